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
            let start = self.pos;
            self.pos += end;
            let raw = &rest[..end];
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
}
