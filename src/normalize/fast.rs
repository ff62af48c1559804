//! The fast normalizer: document text → [`NormalizedText`] in one pass per
//! line, converting from a table built once instead of asking `fast2s` per
//! character; it must agree byte for byte with the reference path (tested
//! here).

use super::boilerplate::KeptLines;
use super::gap::{is_gap, removable_gap};
use super::gloss::{gloss_len, numeric_reference};
use super::tables::{fold_char, is_han_u32, T2sTable, SLOW};
use super::{push_line_break, split_lines, NormalizedText, Normalizer, Run};

impl Normalizer {
    /// One pass per line, straight into the output: characters that stay as
    /// they are (most of a Simplified text, and the digits and punctuation of
    /// any text) are copied in bulk; the others are converted from a table
    /// built once from `fast2s`. This saves, per character, fast2s's three
    /// hash lookups, and per line, two intermediate strings and the copy of
    /// the offset map. `None` when a `fast2s` context rule would change a
    /// character's width (never with fast2s 0.3.1, whose conversions all keep
    /// the width), so the caller falls back to [`Normalizer::normalize_reference`].
    pub(super) fn normalize_fast(&self, text: &str, table: &T2sTable) -> Option<NormalizedText> {
        let mut out = NormalizedText {
            // Lines only shrink, and each gets one line break: at most one
            // byte more than the input (a last line without a break).
            text: String::with_capacity(text.len() + 1),
            runs: Vec::new(),
        };
        let mut kept = KeptLines::default();
        for line in split_lines(text) {
            let raw = text.get(line.clone()).unwrap_or_default();
            if raw.trim().is_empty() {
                continue;
            }
            let (text_mark, runs_mark) = (out.text.len(), out.runs.len());
            fold_convert_line(raw, line.start, &mut out, table)?;
            if self.drop_boilerplate {
                let normalized = out.text.get(text_mark..).unwrap_or_default();
                if !kept.keep(normalized, text_mark, runs_mark) {
                    // The run before this line is the previous line break,
                    // which a line never merges into, so truncating
                    // restores it.
                    out.text.truncate(text_mark);
                    out.runs.truncate(runs_mark);
                    continue;
                }
            }
            push_line_break(&mut out, line.end);
        }
        Some(if self.drop_boilerplate {
            kept.drop_link_lists(out)
        } else {
            out
        })
    }
}

/// Folds widths, removes pinyin glosses and converts to Simplified one line,
/// appending it (without a line break) and its offset map to `out`: the fast
/// equivalent of [`fold_line`](super::reference::fold_line) then
/// [`to_simplified`](super::reference::to_simplified).
///
/// Bytes that stay as they are are not copied one by one: `copied` trails
/// `i`, and the stretch between them goes in with one `push_str` when a
/// character changes or the line ends. Converted and lower-cased characters
/// keep their width, so they extend the current identity run; only folds and
/// removed glosses close it. Returns `None` if the line holds a numeric
/// character reference (`&#236;`), or if a context conversion would
/// change a width (see [`Normalizer::normalize_fast`]).
fn fold_convert_line(
    line: &str,
    offset: usize,
    out: &mut NormalizedText,
    table: &T2sTable,
) -> Option<()> {
    let bytes = line.as_bytes();
    let mut i = 0;
    let mut copied = 0;
    // The open identity run: where it starts in the output and the original.
    let mut run_norm = out.text.len();
    let mut run_orig = offset;
    // The previous kept character, unfolded; '0' is fast2s's own marker for
    // "no character" at a line start, and is not Han.
    let mut prev = u32::from('0');
    loop {
        (i, copied, prev) = convert_plain(line, (i, copied, prev), &mut out.text, table);
        // One character on the general path. Only what `convert_plain` leaves
        // comes here (a `(`, a two- or four-byte character, a table entry
        // marked SLOW), but every case is handled, so the two cannot drift
        // apart.
        let Some(&b) = bytes.get(i) else {
            break;
        };
        if b < 0x80 {
            if b == b'&' && line.get(i..).and_then(numeric_reference).is_some() {
                // Numeric references (`&#236;`) are rare: the reference
                // path decodes them.
                return None;
            }
            if let Some(len) = removal(line, i, prev, char::from(b)) {
                (i, (run_norm, run_orig)) =
                    remove(out, line, offset, (copied, i), (run_norm, run_orig), len);
                copied = i;
                continue;
            }
            if b.is_ascii_uppercase() {
                flush(out, line, copied, i);
                out.text.push(char::from(b.to_ascii_lowercase()));
                copied = i + 1;
            }
            prev = u32::from(b);
            i += 1;
            continue;
        }
        let three = match (b, bytes.get(i + 1), bytes.get(i + 2)) {
            (0xE0..=0xEF, Some(&b1), Some(&b2)) => Some(
                (u32::from(b & 0x0F) << 12) | (u32::from(b1 & 0x3F) << 6) | u32::from(b2 & 0x3F),
            ),
            _ => None,
        };
        let Some(cp) = three else {
            // Two- and four-byte characters: neither folded nor converted.
            let c = line.get(i..).and_then(|r| r.chars().next())?;
            prev = u32::from(c);
            i += c.len_utf8();
            continue;
        };
        let entry = table[cp as usize];
        if entry == 0 {
            prev = cp;
            i += 3;
            continue;
        }
        let c = char::from_u32(cp)?;
        if entry != SLOW {
            flush(out, line, copied, i);
            out.text.push(char::from_u32(u32::from(entry))?);
            copied = i + 3;
            prev = cp;
            i += 3;
            continue;
        }
        // The careful path: a gloss, a gap, a width fold, or a context rule.
        if let Some(len) = removal(line, i, prev, c) {
            (i, (run_norm, run_orig)) =
                remove(out, line, offset, (copied, i), (run_norm, run_orig), len);
            copied = i;
            continue;
        }
        let folded = fold_char(c);
        if folded == '&' && line.get(i..).and_then(numeric_reference).is_some() {
            return None;
        }
        if folded.len_utf8() != 3 {
            flush(out, line, copied, i);
            close_run(out, run_norm, run_orig);
            out.runs.push(Run {
                norm: out.text.len(),
                orig: offset + i,
                norm_len: folded.len_utf8(),
                orig_len: 3,
            });
            out.text.push(folded);
            copied = i + 3;
            (run_norm, run_orig) = (out.text.len(), offset + copied);
        } else {
            let before = char::from_u32(prev).map_or('0', fold_char);
            let new = convert_in_context(before, folded, next_folded(line, i + 3, folded));
            if new != c {
                if new.len_utf8() != 3 {
                    return None;
                }
                flush(out, line, copied, i);
                out.text.push(new);
                copied = i + 3;
            }
        }
        prev = cp;
        i += 3;
    }
    flush(out, line, copied, line.len());
    close_run(out, run_norm, run_orig);
    Some(())
}

/// The hot loop of [`fold_convert_line`]: from byte `i` on, the characters
/// that need no care — ASCII other than `(`, and three-byte characters that
/// stay as they are or convert through the table — which are most of any
/// text. Returns at the first other character (a possible gloss, a
/// two- or four-byte character, one to fold or to convert in context) or at
/// the end, with the updated `(i, copied, prev)` of the caller.
///
/// A function of its own so that its few registers are not spilled by the
/// general path; unchanged bytes are not copied here but left between
/// `copied` and `i` for one bulk copy.
#[inline(never)]
fn convert_plain(
    line: &str,
    (mut i, mut copied, mut prev): (usize, usize, u32),
    out: &mut String,
    table: &T2sTable,
) -> (usize, usize, u32) {
    let bytes = line.as_bytes();
    // Slice patterns: one length check per character, no index arithmetic.
    let mut rest = bytes.get(i..).unwrap_or_default();
    loop {
        match *rest {
            [b, ref tail @ ..] if b < 0x80 => {
                if b == b'(' || b == b'&' {
                    break;
                }
                // A space after a character that may join across it (Han,
                // or a plus): the general path decides whether it goes.
                if b == b' ' && (prev > 0x7F || prev == u32::from(b'+')) {
                    break;
                }
                if b.is_ascii_uppercase() {
                    let at = bytes.len() - rest.len();
                    out.push_str(line.get(copied..at).unwrap_or_default());
                    out.push(char::from(b.to_ascii_lowercase()));
                    copied = at + 1;
                }
                prev = u32::from(b);
                rest = tail;
            }
            [b, b1, b2, ref tail @ ..] if b & 0xF0 == 0xE0 => {
                let cp = (u32::from(b & 0x0F) << 12)
                    | (u32::from(b1 & 0x3F) << 6)
                    | u32::from(b2 & 0x3F);
                let entry = table[cp as usize];
                if entry != 0 {
                    let Some(new) = char::from_u32(u32::from(entry)).filter(|_| entry != SLOW)
                    else {
                        break;
                    };
                    let at = bytes.len() - rest.len();
                    out.push_str(line.get(copied..at).unwrap_or_default());
                    out.push(new);
                    copied = at + 3;
                }
                prev = cp;
                rest = tail;
            }
            _ => break,
        }
    }
    i = bytes.len() - rest.len();
    (i, copied, prev)
}

/// The length of what goes from the output at byte `i` of `line`, where
/// the character `c` begins after the kept character `prev` (unfolded): a
/// pinyin gloss after a Han character, or a gap of spaces between Chinese
/// characters.
fn removal(line: &str, i: usize, prev: u32, c: char) -> Option<usize> {
    match c {
        c if is_gap(fold_char(c)) => gap_at(line, i, prev),
        '(' | '（' if is_han_u32(prev) => gloss_at(line, i),
        _ => None,
    }
}

/// Removes the `len` bytes at `i` of `line` (a gloss or a gap) from the
/// output: copies what stays before them (from `copied`), ends the open
/// identity run `(norm, orig)`, and returns where the line goes on and the
/// new open run.
fn remove(
    out: &mut NormalizedText,
    line: &str,
    offset: usize,
    (copied, i): (usize, usize),
    (norm, orig): (usize, usize),
    len: usize,
) -> (usize, (usize, usize)) {
    flush(out, line, copied, i);
    close_run(out, norm, orig);
    let next = i + len;
    (next, (out.text.len(), offset + next))
}

/// Copies the unchanged bytes `line[from..to]` to the output.
fn flush(out: &mut NormalizedText, line: &str, from: usize, to: usize) {
    out.text.push_str(line.get(from..to).unwrap_or_default());
}

/// Ends the identity run that started at `norm` (output) and `orig`
/// (original), if it holds anything.
fn close_run(out: &mut NormalizedText, norm: usize, orig: usize) {
    let len = out.text.len() - norm;
    if len > 0 {
        out.runs.push(Run {
            norm,
            orig,
            norm_len: len,
            orig_len: len,
        });
    }
}

/// The length of the gloss starting at byte `i` of `line`, if one does.
fn gloss_at(line: &str, i: usize) -> Option<usize> {
    line.get(i..).and_then(gloss_len)
}

/// The next character a context rule sees after the context character
/// `context` ending at `pos`: glosses after it and a gap of spaces before
/// Chinese text are removed first (the context characters are Han, so
/// either may follow), then the character is folded; '0' at the line's end,
/// as in fast2s.
fn next_folded(line: &str, mut pos: usize, context: char) -> char {
    loop {
        let Some(c) = line.get(pos..).and_then(|r| r.chars().next()) else {
            return '0';
        };
        match removal(line, pos, u32::from(context), c) {
            Some(len) => pos += len,
            None => return fold_char(c),
        }
    }
}

/// The length of the gap of spaces starting at byte `i` of `line` after the
/// kept character `prev` (unfolded), if it is removed.
fn gap_at(line: &str, i: usize, prev: u32) -> Option<usize> {
    let prev = char::from_u32(prev).map_or('0', fold_char);
    line.get(i..).and_then(|rest| removable_gap(prev, rest))
}

/// What fast2s makes of `c` between `before` and `after`.
fn convert_in_context(before: char, c: char, after: char) -> char {
    let window: String = [before, c, after].iter().collect();
    fast2s::convert(&window).chars().nth(1).unwrap_or(c)
}

#[cfg(test)]
mod tests {
    use super::super::tables::t2s_table;
    use super::*;

    /// Both normalizers, fast path against the reference, text and offset
    /// map alike.
    fn assert_fast_matches_reference(text: &str) {
        let table = t2s_table().unwrap_or_else(|| panic!("fast2s table unavailable"));
        for n in [Normalizer::default(), Normalizer::keeping_boilerplate()] {
            let fast = n.normalize_fast(text, table);
            let reference = n.normalize_reference(text);
            assert_eq!(fast.as_ref(), Some(&reference), "{text:?}");
        }
    }

    #[test]
    fn fast_path_matches_reference_on_seeds_and_generated_text() {
        for seed in crate::corpus::shipped_texts() {
            assert_fast_matches_reference(&seed);
        }
        for doc in crate::corpus::shipped().seed(11).documents(40).iter() {
            assert_fast_matches_reference(&doc.text);
        }
    }

    #[test]
    fn fast_path_matches_reference_on_context_rules() {
        // fast2s's own examples of its context rules, plus glosses, folds
        // and line ends next to context characters.
        for text in [
            "乾隆的乾兒子一邊乾淨利落地擲出了一個乾卦，一邊嘴裡嚼着芒果乾。",
            "企畫 計畫 企劃 計劃 畫圖 畫畫",
            "「藉」其他意义仍然保留的，藉口、憑藉的藉（jiè）简化作借，慰藉（jiè）、狼藉（jí）等的藉仍用藉。",
            "「於」曾被視為「于」的異體字，如樊於期。",
            "看著 苧麻 闔家 鍾書 校讎 讎定 仇讎 兒寬 答覆 批覆 回覆 甚夥 瞭望 幺麽",
            "計畫(huà)書 計(jì)畫 乾(qián)隆 乾\n隆 乾 畫",
            "畫ＡＢ 計畫　乾（qián）隆 樊於(yú)期",
        ] {
            assert_fast_matches_reference(text);
        }
    }

    proptest::proptest! {
        #[test]
        fn fast_path_matches_reference_on_random_text(
            parts in proptest::collection::vec(proptest::sample::select(vec![
                "濟", "南", "園", "區", "乾", "隆", "畫", "計", "藉", "口", "著", "看",
                "於", "樊", "兒", "寬", "覆", "批", "开发区", "(jì)", "（qū）", "(ab)",
                "(EPC)", "(", "（", ")", "）", "ǎ", "ü", "ＡＢＣ", "，", "：", "　", "Ab",
                "1", "。", "\n", "\r\n", " ", "- ", "·", "|", "│", "icp备", "版權所有",
                "邮箱:", "𠀀", "é", "©", "0", "往期推荐", "相關閱讀", "▶ ", "标题",
                "+", "＋", "\t", "  ", "a",
            ]), 0..60)
        ) {
            assert_fast_matches_reference(&parts.concat());
        }
    }
}
