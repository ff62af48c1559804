//! Segment: normalized text → [`Sentence`]s, each with its clauses.
//!
//! A sentence ends at `。！？!?` (full-width forms are folded to ASCII by
//! normalization) or at a line break; closing quotes and brackets right after
//! the terminator stay with the sentence. Clauses split a sentence further at
//! `，,；;：:`, but not at `、`, which lists items inside one clause
//! (`一楼式办公、一窗式受理、一站式办公`). Clauses are the scope of negation.

use std::ops::Range;

/// One sentence of a normalized text, as a byte range.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    /// Byte offset of the first character (leading white space skipped).
    pub start: usize,
    /// Byte offset just past the last character.
    pub end: usize,
}

impl Sentence {
    /// The sentence as a byte range.
    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }

    /// The index of the clause that byte `pos` (inside the sentence) falls
    /// in: the number of clause separators before it.
    pub fn clause_of(&self, text: &str, pos: usize) -> usize {
        let end = pos.clamp(self.start, self.end);
        text.as_bytes()
            .get(self.start..end)
            .map_or(0, |b| b.iter().filter(|&&b| is_clause_break(b)).count())
    }
}

/// Clause separators after width folding: `，；：` fold to `,;:`.
fn is_clause_break(b: u8) -> bool {
    matches!(b, b',' | b';' | b':')
}

fn is_terminator(c: char) -> bool {
    matches!(c, '。' | '!' | '?' | '！' | '？' | '\n' | '\r')
}

/// Closing marks that belong to the sentence they follow: `……。”`.
fn is_closing(c: char) -> bool {
    matches!(
        c,
        '”' | '’' | '"' | '\'' | ')' | '）' | '」' | '』' | '》' | '】' | ']'
    )
}

/// Splits `text` into sentences, skipping empty ones.
///
/// ```
/// use zone_reform::segment::sentences;
/// let text = "成立“马上办”办公室。推行全覆盖!\n下一步";
/// let s: Vec<&str> = sentences(text).map(|s| &text[s.range()]).collect();
/// assert_eq!(s, ["成立“马上办”办公室。", "推行全覆盖!", "下一步"]);
/// ```
pub fn sentences(text: &str) -> Sentences<'_> {
    Sentences { text, pos: 0 }
}

/// Iterator over the [`Sentence`]s of a text; see [`sentences`].
#[derive(Debug, Clone)]
pub struct Sentences<'a> {
    text: &'a str,
    pos: usize,
}

impl Iterator for Sentences<'_> {
    type Item = Sentence;

    fn next(&mut self) -> Option<Sentence> {
        loop {
            let rest = self.text.get(self.pos..)?;
            if rest.is_empty() {
                return None;
            }
            let end = match find_terminator(rest.as_bytes()) {
                Some(at) => sentence_end(rest, at),
                None => rest.len(),
            };
            let start = self.pos;
            self.pos += end;
            let raw = rest.get(..end).unwrap_or_default();
            let trimmed_start = raw.len() - raw.trim_start().len();
            let body = raw.trim();
            if body.is_empty() {
                continue;
            }
            return Some(Sentence {
                start: start + trimmed_start,
                end: start + trimmed_start + body.len(),
            });
        }
    }
}

/// Bytes that can begin a terminator: `\n`, `\r`, `!`, `?`, and the lead
/// bytes of `。` (E3 80 82) and of `！` `？` (EF BC 81, EF BC 9F).
const TERMINATOR_LEAD: [bool; 256] = {
    let mut t = [false; 256];
    t[b'\n' as usize] = true;
    t[b'\r' as usize] = true;
    t[b'!' as usize] = true;
    t[b'?' as usize] = true;
    t[0xE3] = true;
    t[0xEF] = true;
    t
};

/// The byte offset of the first terminator in `bytes`.
///
/// A byte-level search: one table lookup per byte instead of decoding every
/// character, which is what makes segmentation a small part of a pass. It
/// is exact because UTF-8 lead bytes and ASCII never occur inside another
/// character.
fn find_terminator(bytes: &[u8]) -> Option<usize> {
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if TERMINATOR_LEAD[usize::from(b)] {
            let is_terminator = match b {
                0xE3 => matches!(bytes.get(i + 1..i + 3), Some([0x80, 0x82])),
                0xEF => matches!(bytes.get(i + 1..i + 3), Some([0xBC, 0x81 | 0x9F])),
                _ => true,
            };
            if is_terminator {
                return Some(i);
            }
        }
        i += 1;
    }
    None
}

/// The end of a sentence whose terminator starts at byte `at` of `rest`:
/// past the terminator and, unless it is a line break, past the closing
/// marks and further terminators that follow it (`……。”`, `好!!`).
fn sentence_end(rest: &str, at: usize) -> usize {
    let mut chars = rest.get(at..).unwrap_or_default().char_indices().peekable();
    let Some((_, c)) = chars.next() else {
        return rest.len();
    };
    let mut end = at + c.len_utf8();
    if c != '\n' && c != '\r' {
        while let Some(&(j, d)) = chars.peek() {
            if is_closing(d) || (is_terminator(d) && d != '\n' && d != '\r') {
                end = at + j + d.len_utf8();
                chars.next();
            } else {
                break;
            }
        }
    }
    end
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        sentences(text).map(|s| &text[s.range()]).collect()
    }

    #[test]
    fn sentences_end_at_terminators_and_line_breaks() {
        assert_eq!(
            split("甲。乙!丙?丁\n戊"),
            ["甲。", "乙!", "丙?", "丁", "戊"]
        );
    }

    #[test]
    fn closing_quote_stays_with_its_sentence() {
        assert_eq!(split("他说“已完成。”随后"), ["他说“已完成。”", "随后"]);
        assert_eq!(split("好!!下"), ["好!!", "下"]);
    }

    #[test]
    fn empty_sentences_are_skipped() {
        assert!(split("").is_empty());
        assert!(split("\n\n 。").len() == 1);
    }

    #[test]
    fn clauses_split_at_commas_but_not_at_enumeration_comma() {
        let text = "一楼式办公、一窗式受理,尚未实行;其他:好。";
        let s = sentences(text)
            .next()
            .unwrap_or(Sentence { start: 0, end: 0 });
        let pos = |needle: &str| text.find(needle).unwrap_or(0);
        assert_eq!(s.clause_of(text, pos("一窗式")), 0);
        assert_eq!(s.clause_of(text, pos("尚未")), 1);
        assert_eq!(s.clause_of(text, pos("其他")), 2);
        assert_eq!(s.clause_of(text, pos("好")), 3);
    }

    /// The character-by-character splitter the byte-level search replaced;
    /// kept as the definition the fast one is tested against.
    fn reference_split(text: &str) -> Vec<Sentence> {
        let mut out = Vec::new();
        let mut pos = 0;
        while let Some(rest) = text.get(pos..).filter(|r| !r.is_empty()) {
            let mut end = rest.len();
            let mut chars = rest.char_indices().peekable();
            while let Some((i, c)) = chars.next() {
                if is_terminator(c) {
                    end = i + c.len_utf8();
                    if c != '\n' && c != '\r' {
                        while let Some(&(j, d)) = chars.peek() {
                            if is_closing(d) || (is_terminator(d) && d != '\n' && d != '\r') {
                                end = j + d.len_utf8();
                                chars.next();
                            } else {
                                break;
                            }
                        }
                    }
                    break;
                }
            }
            let start = pos;
            pos += end;
            let raw = &rest[..end];
            let trimmed_start = raw.len() - raw.trim_start().len();
            let body = raw.trim();
            if !body.is_empty() {
                out.push(Sentence {
                    start: start + trimmed_start,
                    end: start + trimmed_start + body.len(),
                });
            }
        }
        out
    }

    #[test]
    fn byte_search_matches_reference_on_seeds() {
        for (seed, _) in crate::corpus::SEEDS {
            let normalized = crate::normalize::Normalizer::default().normalize(seed).text;
            for text in [seed, normalized.as_str()] {
                assert_eq!(sentences(text).collect::<Vec<_>>(), reference_split(text));
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn byte_search_matches_reference_on_random_text(
            parts in proptest::collection::vec(proptest::sample::select(vec![
                "。", "！", "？", "!", "?", "\n", "\r", "\r\n", "”", "’", "\"", "'", ")",
                "）", "」", "』", "》", "】", "]", "、", "「", "，", ",", " ", "\u{3000}", "\t",
                "改革", "a", "ｂ", "𠀀", "é", "\u{FF01}", "\u{FF1F}", "\u{3002}", "\u{3001}", "\u{FF20}",
            ]), 0..40)
        ) {
            let text = parts.concat();
            proptest::prop_assert_eq!(sentences(&text).collect::<Vec<_>>(), reference_split(&text));
        }
    }
}
