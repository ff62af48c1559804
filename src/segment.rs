//! Segment: normalized text → [`Sentence`]s, each with its clauses.
//!
//! A sentence ends at `。！？!?` (full-width forms are folded to ASCII by
//! normalization) or at a line break; closing quotes and brackets right after
//! the terminator stay with the sentence. Clauses split a sentence further at
//! `，,；;：:` and at a tab (which separates a table's cells; normalization
//! keeps it), but not at `、`, which lists items inside one clause
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
            .map_or(0, count_clause_breaks)
    }
}

/// The number of clause separators in `bytes`: `,;:` (`，；：` fold to
/// them) and the tab between table cells, not `、`, which lists items
/// inside one clause. Gaps between hits are short, so a plain count (which
/// the compiler vectorizes) beats a SIMD search set up for each.
pub(crate) fn count_clause_breaks(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&x| is_clause_break(x)).count()
}

/// The punctuation that separates clauses, as bytes: `,;:` (`，；：` fold
/// to them).
const CLAUSE_MARKS: [u8; 3] = *b",;:";

/// The separator of table cells (a tab, which normalization keeps), a
/// clause break too.
const CELL_SEPARATOR: u8 = b'\t';

/// Whether the byte `x` is a clause separator of [`count_clause_breaks`].
fn is_clause_break(x: u8) -> bool {
    let [a, b, c] = CLAUSE_MARKS;
    x == a || x == b || x == c || x == CELL_SEPARATOR
}

/// Where the clause separators in `bytes` lie, in order, for a whole
/// sentence whose hits all need their clause: one SIMD search for the
/// punctuation and one for tabs, merged.
pub(crate) fn clause_break_positions(bytes: &[u8]) -> impl Iterator<Item = usize> + '_ {
    let [a, b, c] = CLAUSE_MARKS;
    ClauseBreaks {
        marks: memchr::memchr3_iter(a, b, c, bytes).peekable(),
        tabs: memchr::memchr_iter(CELL_SEPARATOR, bytes).peekable(),
    }
}

/// Two ascending position lists merged into one, for
/// [`clause_break_positions`].
struct ClauseBreaks<M: Iterator<Item = usize>, T: Iterator<Item = usize>> {
    marks: std::iter::Peekable<M>,
    tabs: std::iter::Peekable<T>,
}

impl<M: Iterator<Item = usize>, T: Iterator<Item = usize>> Iterator for ClauseBreaks<M, T> {
    type Item = usize;

    fn next(&mut self) -> Option<usize> {
        match (self.marks.peek(), self.tabs.peek()) {
            (Some(&m), Some(&t)) if t < m => self.tabs.next(),
            (Some(_), _) => self.marks.next(),
            (None, _) => self.tabs.next(),
        }
    }
}

/// Sentence terminators: `。！？!?` and line breaks. The one list: rubric
/// checks (a phrase cannot hold one), KWIC queries and normalization's line
/// tests (a headline, a hard-wrapped line) use it too.
pub(crate) fn is_terminator(c: char) -> bool {
    matches!(c, '。' | '!' | '?' | '！' | '？' | '\n' | '\r')
}

/// Closing marks that belong to the sentence they follow: `……。”`. The one
/// list: lint (a phrase starting with one) and normalization's link lines
/// use it too.
pub(crate) fn is_closing(c: char) -> bool {
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
    Sentences {
        text,
        pos: 0,
        next_ascii: None,
        next_lead: None,
    }
}

/// Iterator over the [`Sentence`]s of a text; see [`sentences`].
#[derive(Debug, Clone)]
pub struct Sentences<'a> {
    text: &'a str,
    pos: usize,
    /// Where the last searches for terminator bytes stopped: the next `\n`,
    /// `!` or `?`, and the next `\r` or lead byte of `。！？` (E3, EF), at or
    /// after where each search began (the text's length if none). Kept
    /// between sentences so that each byte is searched once, not once per
    /// sentence.
    next_ascii: Option<usize>,
    next_lead: Option<usize>,
}

impl Iterator for Sentences<'_> {
    type Item = Sentence;

    fn next(&mut self) -> Option<Sentence> {
        loop {
            let rest = self.text.get(self.pos..)?;
            if rest.is_empty() {
                return None;
            }
            let end = match self.find_terminator() {
                Some(at) => sentence_end(rest, at - self.pos),
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

impl Sentences<'_> {
    /// The byte offset (in the whole text) of the first terminator at or
    /// after `self.pos`.
    ///
    /// Terminators begin with `\n`, `\r`, `!`, `?`, or the lead byte of `。`
    /// (E3 80 82) or of `！` `？` (EF BC 81, EF BC 9F). Two `memchr3` searches
    /// find those bytes 16 or 32 at a time instead of decoding every
    /// character; E3 also leads `、「」《》`, so its hits are checked and the
    /// search resumes after a miss. Exact, because UTF-8 lead bytes and ASCII
    /// never occur inside another character.
    fn find_terminator(&mut self) -> Option<usize> {
        let bytes = self.text.as_bytes();
        let mut from = self.pos;
        loop {
            let ascii = next_of(&mut self.next_ascii, bytes, from, [b'\n', b'!', b'?']);
            let lead = next_of(&mut self.next_lead, bytes, from, [b'\r', 0xE3, 0xEF]);
            let at = ascii.min(lead);
            let is_terminator = match bytes.get(at) {
                None => return None,
                Some(0xE3) => matches!(bytes.get(at + 1..at + 3), Some([0x80, 0x82])),
                Some(0xEF) => matches!(bytes.get(at + 1..at + 3), Some([0xBC, 0x81 | 0x9F])),
                Some(_) => true,
            };
            if is_terminator {
                return Some(at);
            }
            from = at + 1;
        }
    }
}

/// The next occurrence of one of `needles` at or after `from`, reusing the
/// `cached` result of an earlier search when it is still ahead.
fn next_of(cached: &mut Option<usize>, bytes: &[u8], from: usize, needles: [u8; 3]) -> usize {
    match *cached {
        Some(at) if at >= from => at,
        _ => {
            let [a, b, c] = needles;
            let at = bytes
                .get(from..)
                .and_then(|rest| memchr::memchr3(a, b, c, rest))
                .map_or(bytes.len(), |i| from + i);
            *cached = Some(at);
            at
        }
    }
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
    fn clauses_split_at_commas_semicolons_and_colons_but_not_enumeration_commas() {
        let text = "一楼式办公、一窗式受理,成立中心;推行:马上办";
        assert_eq!(count_clause_breaks(text.as_bytes()), 3);
        let s = Sentence {
            start: 0,
            end: text.len(),
        };
        assert_eq!(s.clause_of(text, text.find("一窗").unwrap_or(0)), 0);
        assert_eq!(s.clause_of(text, text.find("马上办").unwrap_or(0)), 3);
    }

    #[test]
    fn a_tab_between_table_cells_is_a_clause_break() {
        let text = "部分事项未进驻综合窗口\t推动事项全部进驻\t已完成";
        assert_eq!(count_clause_breaks(text.as_bytes()), 2);
        let at = |s: &str| text.find(s).unwrap_or(0);
        assert_eq!(
            clause_break_positions(text.as_bytes()).collect::<Vec<_>>(),
            [at("\t推动"), at("\t已完成")]
        );
        let s = Sentence {
            start: 0,
            end: text.len(),
        };
        assert_eq!(s.clause_of(text, at("未进驻")), 0);
        assert_eq!(s.clause_of(text, at("推动")), 1);
        assert_eq!(s.clause_of(text, at("已完成")), 2);
    }

    #[test]
    fn clause_break_positions_merge_marks_and_tabs_in_order() {
        for text in [
            "甲,乙\t丙;丁\t\t戊:己",
            "\t\t,",
            ",,\t",
            "",
            "无分隔",
            "\t甲,",
        ] {
            let bytes = text.as_bytes();
            let expected: Vec<usize> = (0..bytes.len())
                .filter(|&i| bytes.get(i).copied().is_some_and(is_clause_break))
                .collect();
            assert_eq!(
                clause_break_positions(bytes).collect::<Vec<_>>(),
                expected,
                "{text}"
            );
            assert_eq!(count_clause_breaks(bytes), expected.len(), "{text}");
        }
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
        for seed in crate::corpus::shipped_texts() {
            let normalized = crate::normalize::Normalizer::default()
                .normalize(&seed)
                .text;
            for text in [seed.as_str(), normalized.as_str()] {
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
