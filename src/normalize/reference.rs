//! The reference normalizer: document text → [`NormalizedText`] by folding
//! each line into a buffer and converting it with `fast2s`. It defines what
//! normalization computes; rubric phrases (`&str` → `String`) go this way.

use super::boilerplate::KeptLines;
use super::gap::{is_gap, removable_gap};
use super::gloss::{gloss_len, LogicalChars};
use super::{append, is_han, split_lines, NormalizedText, Normalizer};

impl Normalizer {
    /// The straightforward implementation: fold each line into a buffer,
    /// convert the buffer with `fast2s`, append it. It defines what
    /// [`Normalizer::normalize`] computes; the fast path must agree with it
    /// byte for byte (tested), and it takes over should `fast2s` ever change a
    /// character's width.
    pub(super) fn normalize_reference(&self, text: &str) -> NormalizedText {
        let mut out = NormalizedText {
            text: String::with_capacity(text.len()),
            runs: Vec::new(),
        };
        let mut line_buf = NormalizedText::default();
        let mut kept = KeptLines::default();
        for line in split_lines(text) {
            let Some(raw) = text.get(line.clone()) else {
                continue;
            };
            if raw.trim().is_empty() {
                continue;
            }
            line_buf.text.clear();
            line_buf.runs.clear();
            fold_line(raw, line.start, &mut line_buf);
            to_simplified(&mut line_buf);
            if self.drop_boilerplate && !kept.keep(&line_buf.text, out.text.len(), out.runs.len()) {
                continue;
            }
            append(&mut out, &line_buf, line.end);
        }
        if self.drop_boilerplate {
            kept.drop_link_lists(out)
        } else {
            out
        }
    }
}

/// Folds widths, decodes numeric references, removes pinyin glosses and
/// the spaces between Chinese characters of one line into `out`.
pub(super) fn fold_line(line: &str, offset: usize, out: &mut NormalizedText) {
    let mut chars = LogicalChars { rest: line, pos: 0 };
    // The last character kept; '0' (not Han) at the line's start.
    let mut prev = '0';
    while let Some((i, c, len)) = chars.next() {
        if is_han(prev) && c == '(' {
            if let Some(gloss) = line.get(i..).and_then(gloss_len) {
                chars.pos = i + gloss;
                continue;
            }
        }
        if is_gap(c) {
            if let Some(gap) = line.get(i..).and_then(|rest| removable_gap(prev, rest)) {
                chars.pos = i + gap;
                continue;
            }
        }
        let folded = c.to_ascii_lowercase();
        out.push(folded, offset + i, len);
        prev = folded;
    }
}

/// Converts a folded line to Simplified characters in place.
///
/// `fast2s` converts character by character (with a little context, e.g.
/// 乾隆 keeps 乾), so the character count is unchanged; its table maps
/// three-byte characters to three-byte characters, so the offset map stays
/// valid. Should a conversion ever change a width, the map is rebuilt
/// character by character.
pub(super) fn to_simplified(line: &mut NormalizedText) {
    if line.text.is_ascii() {
        return;
    }
    let converted = fast2s::convert(&line.text);
    if converted.len() == line.text.len() {
        line.text = converted;
        return;
    }
    let old = std::mem::take(line);
    for ((pos, _), new) in old.text.char_indices().zip(converted.chars()) {
        let r =
            old.original_range(pos..pos + old.text[pos..].chars().next().map_or(1, char::len_utf8));
        line.push(new, r.start, r.end - r.start);
    }
}
