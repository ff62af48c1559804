//! Normalize: document text → [`NormalizedText`] (one canonical form plus a
//! map back to the original bytes).
//!
//! In one pass over each line: full-width forms are folded to ASCII (`＋` →
//! `+`, `，` → `,`), ASCII letters are lower-cased, pinyin glosses inside words
//! are removed (`濟(jì)南` → `濟南`), Traditional characters become Simplified
//! (`濟南` → `济南`), and whole lines of site boilerplate (ICP/备案 lines,
//! copyright and navigation footers, download-site notices, related-link
//! lists) are dropped. Rubric phrases go through the same function without the
//! boilerplate step, so a rubric may be written in either script. The lines
//! of a hard-wrapped text (a PDF extract, broken every few dozen characters)
//! are joined back into their paragraphs (`wrap.rs`).
//!
//! Every normalized byte keeps its original position: [`NormalizedText::original_range`]
//! turns a range of the normalized text into the range of the text the author
//! wrote, which is what evidence quotes.

// The stage is split by concern:
// - this file: the public types, the offset map, the Han test and the
//   dispatch between the two implementations;
// - `fast.rs`: the one-pass normalizer used in practice;
// - `reference.rs`: the straightforward normalizer that defines the result
//   (the fast one is tested against it), and the phrase path;
// - `gloss.rs`: how a line's characters are read (numeric references) and
//   which parentheses are pinyin glosses;
// - `tables.rs`: per-character mappings (width folding, Traditional →
//   Simplified table);
// - `boilerplate.rs`: which lines are site furniture, and related-link lists;
// - `gap.rs`: spaces between Chinese characters that go;
// - `wrap.rs`: which line breaks of a hard-wrapped text join two lines.

mod boilerplate;
mod fast;
mod gap;
mod gloss;
mod reference;
mod tables;
mod wrap;

pub use boilerplate::MAX_BOILERPLATE_CHARS;

pub(crate) use boilerplate::boilerplate_marker;

use reference::{fold_line, to_simplified};
use std::ops::Range;
use tables::t2s_table;

/// A text in canonical form with a map back to the original bytes.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NormalizedText {
    /// The normalized text. Lines kept from the original end with `\n`.
    pub text: String,
    runs: Vec<Run>,
}

/// Where the last lookup of [`NormalizedText::original_range_from`] ended in
/// the offset map; start with `RunCursor::default()` for each text.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RunCursor(usize);

/// A stretch of normalized bytes that maps onto a stretch of original bytes.
///
/// Either both lengths are equal and the map is byte for byte (copied or
/// converted characters of equal width), or the run is one folded character
/// whose normalized and original lengths differ (`，` is 3 bytes, `,` is 1).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Run {
    norm: usize,
    orig: usize,
    norm_len: usize,
    orig_len: usize,
}

impl Run {
    fn is_identity(&self) -> bool {
        self.norm_len == self.orig_len
    }
}

impl NormalizedText {
    /// Maps a byte range of [`NormalizedText::text`] to the byte range of the
    /// original text it came from. Ranges that span dropped lines or removed
    /// glosses include them, so a quoted sentence reads as the author wrote it.
    pub fn original_range(&self, range: Range<usize>) -> Range<usize> {
        if self.runs.is_empty() || range.start >= range.end {
            let at = self.original_start(range.start);
            return at..at;
        }
        self.original_start(range.start)..self.original_end(range.end)
    }

    /// [`NormalizedText::original_range`] for ranges asked for in text
    /// order, as scoring asks for its sentences: `cursor` remembers where
    /// the last lookup ended in the offset map and the next walks on from
    /// there instead of searching the whole map (a page has a run for every
    /// full-width comma). Any order still gives the right range.
    pub fn original_range_from(&self, range: Range<usize>, cursor: &mut RunCursor) -> Range<usize> {
        if self.runs.is_empty() || range.start >= range.end {
            return self.original_range(range);
        }
        let start = self.start_in(self.run_from(range.start, cursor), range.start);
        let end = self.end_in(
            self.run_from(range.end.saturating_sub(1), cursor),
            range.end,
        );
        start..end
    }

    /// The run containing `pos`, as [`NormalizedText::run_containing`]
    /// finds it, but walking on from `cursor` when `pos` lies at or after
    /// the cursor's run instead of searching.
    fn run_from(&self, pos: usize, cursor: &mut RunCursor) -> Option<&Run> {
        let at_or_after = self.runs.get(cursor.0).is_some_and(|r| r.norm <= pos);
        let mut i = if at_or_after {
            cursor.0
        } else {
            self.runs
                .partition_point(|r| r.norm <= pos)
                .checked_sub(1)?
        };
        while self.runs.get(i + 1).is_some_and(|r| r.norm <= pos) {
            i += 1;
        }
        cursor.0 = i;
        self.runs.get(i)
    }

    fn run_containing(&self, pos: usize) -> Option<&Run> {
        let idx = self.runs.partition_point(|r| r.norm <= pos);
        idx.checked_sub(1).and_then(|i| self.runs.get(i))
    }

    fn original_start(&self, pos: usize) -> usize {
        self.start_in(self.run_containing(pos), pos)
    }

    fn start_in(&self, run: Option<&Run>, pos: usize) -> usize {
        match run {
            Some(r) if r.is_identity() => r.orig + (pos - r.norm).min(r.orig_len),
            Some(r) => r.orig,
            None => 0,
        }
    }

    fn original_end(&self, pos: usize) -> usize {
        self.end_in(self.run_containing(pos.saturating_sub(1)), pos)
    }

    fn end_in(&self, run: Option<&Run>, pos: usize) -> usize {
        match run {
            Some(r) if r.is_identity() => r.orig + (pos - r.norm).min(r.orig_len),
            Some(r) => r.orig + r.orig_len,
            None => 0,
        }
    }

    /// The bytes of the original text that go when the line ending at the
    /// line break at `brk` (a byte position of [`NormalizedText::text`]) is
    /// joined to the next kept line: from the end of the line to where the
    /// next begins, with the line breaks and any lines dropped between.
    fn cut_at(&self, brk: usize) -> Option<Range<usize>> {
        let end = self.run_containing(brk).map(|r| r.orig)?;
        if self.text.len() <= brk + 1 {
            return None;
        }
        let start = self.original_start(brk + 1);
        (end < start).then_some(end..start)
    }

    /// Maps the runs of a text normalized from a shortened original back
    /// to the original: an identity run across a place where bytes were
    /// removed is split there.
    fn shift_back(&mut self, shifts: &wrap::Shifts) {
        let mut runs = Vec::with_capacity(self.runs.len() + 8);
        for mut run in self.runs.iter().copied() {
            if run.is_identity() {
                while let Some(at) = shifts
                    .next_change(run.orig)
                    .filter(|&at| at < run.orig + run.orig_len)
                {
                    let len = at - run.orig;
                    runs.push(Run {
                        norm: run.norm,
                        orig: shifts.original(run.orig),
                        norm_len: len,
                        orig_len: len,
                    });
                    run = Run {
                        norm: run.norm + len,
                        orig: at,
                        norm_len: run.norm_len - len,
                        orig_len: run.orig_len - len,
                    };
                }
            }
            runs.push(Run {
                orig: shifts.original(run.orig),
                ..run
            });
        }
        self.runs = runs;
    }

    fn push(&mut self, ch: char, orig: usize, orig_len: usize) {
        let norm = self.text.len();
        self.text.push(ch);
        let norm_len = ch.len_utf8();
        if norm_len == orig_len {
            if let Some(last) = self.runs.last_mut() {
                if last.is_identity()
                    && last.norm + last.norm_len == norm
                    && last.orig + last.orig_len == orig
                {
                    last.norm_len += norm_len;
                    last.orig_len += orig_len;
                    return;
                }
            }
        }
        self.runs.push(Run {
            norm,
            orig,
            norm_len,
            orig_len,
        });
    }
}

/// The normalization stage: builds [`NormalizedText`] from document text.
///
/// By default a line of boilerplate (a marker such as `版权所有` or `ICP备` in
/// a line of at most [`MAX_BOILERPLATE_CHARS`] characters, a navigation bar,
/// a related-link list) is dropped; see [`Normalizer::keeping_boilerplate`].
///
/// ```
/// use zone_reform::normalize::Normalizer;
/// let n = Normalizer::default().normalize("愛濟(jì)南：推行“管委會＋公司”改革");
/// assert_eq!(n.text, "爱济南:推行“管委会+公司”改革\n");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Normalizer {
    drop_boilerplate: bool,
}

impl Default for Normalizer {
    fn default() -> Self {
        Normalizer {
            drop_boilerplate: true,
        }
    }
}

impl Normalizer {
    /// A normalizer that keeps boilerplate lines (useful to see what a page
    /// says in its footer, or for text that is known to be clean).
    pub fn keeping_boilerplate() -> Self {
        Normalizer {
            drop_boilerplate: false,
        }
    }

    /// Normalizes a whole document, line by line; the lines of a
    /// hard-wrapped text (a PDF extract) are joined back into their
    /// paragraphs.
    ///
    /// Whether lines join is decided on the normalized lines; the text
    /// with those line breaks removed from the original (and whatever was
    /// dropped between the lines) is normalized again, each paragraph as
    /// one line, so that a word, a gloss or a marker cut by a break reads
    /// whole, until a round joins nothing. Normalizing the result again
    /// therefore finds nothing to join, and normalization stays idempotent.
    pub fn normalize(&self, text: &str) -> NormalizedText {
        let mut out = self.normalize_lines(text);
        let mut breaks = wrap::breaks_to_join(&out.text);
        if breaks.is_empty() {
            return out;
        }
        let mut joined = text.to_string();
        let mut shifts = wrap::Shifts::default();
        for _ in 0..MAX_JOIN_ROUNDS {
            let cuts: Vec<Range<usize>> = breaks.iter().filter_map(|&b| out.cut_at(b)).collect();
            if cuts.is_empty() {
                // Nothing to join (or nothing that can be cut): normalizing
                // the same text again would give the same result.
                break;
            }
            joined = wrap::remove(&joined, &cuts);
            shifts = shifts.after_removing(&cuts);
            out = self.normalize_lines(&joined);
            breaks = wrap::breaks_to_join(&out.text);
        }
        out.shift_back(&shifts);
        out
    }

    /// Normalizes a document line by line.
    fn normalize_lines(&self, text: &str) -> NormalizedText {
        match t2s_table() {
            Some(table) => self
                .normalize_fast(text, table)
                .unwrap_or_else(|| self.normalize_reference(text)),
            None => self.normalize_reference(text),
        }
    }
}

/// At most this many rounds of joining hard-wrapped lines (each normalizes
/// the document again); real texts need one, or two when parts of a
/// document were wrapped at different widths.
const MAX_JOIN_ROUNDS: usize = 8;

/// True for CJK ideographs (the blocks real zone documents use).
pub(crate) fn is_han(c: char) -> bool {
    matches!(c,
        '\u{4E00}'..='\u{9FFF}'
        | '\u{3400}'..='\u{4DBF}'
        | '\u{F900}'..='\u{FAFF}'
        | '\u{20000}'..='\u{2FFFF}')
}

/// Normalizes one rubric phrase: folding, gloss removal and Traditional →
/// Simplified, as for documents, but no boilerplate step and no line break.
pub fn normalize_phrase(phrase: &str) -> String {
    let mut buf = NormalizedText::default();
    fold_line(phrase.trim(), 0, &mut buf);
    to_simplified(&mut buf);
    buf.text.trim().to_string()
}

/// Byte ranges of the lines of `text`, without their line terminators.
fn split_lines(text: &str) -> Vec<Range<usize>> {
    let mut lines = Vec::new();
    let mut start = 0;
    // memchr2 looks at 16 or 32 bytes at a time; lines are long in Chinese
    // text, so this is a small fraction of a pass.
    for i in memchr::memchr2_iter(b'\n', b'\r', text.as_bytes()) {
        lines.push(start..i);
        start = i + 1;
    }
    lines.push(start..text.len());
    lines
}

/// Appends a normalized line and a `\n` that maps to the line's end.
fn append(out: &mut NormalizedText, line: &NormalizedText, line_end: usize) {
    let base = out.text.len();
    out.text.push_str(&line.text);
    for run in &line.runs {
        let shifted = Run {
            norm: run.norm + base,
            ..*run
        };
        match out.runs.last_mut() {
            Some(last)
                if last.is_identity()
                    && shifted.is_identity()
                    && last.norm + last.norm_len == shifted.norm
                    && last.orig + last.orig_len == shifted.orig =>
            {
                last.norm_len += shifted.norm_len;
                last.orig_len += shifted.orig_len;
            }
            _ => out.runs.push(shifted),
        }
    }
    push_line_break(out, line_end);
}

/// Appends a `\n` that maps to the end of the original line, so that a
/// sentence ending at a line break ends where the line ends.
fn push_line_break(out: &mut NormalizedText, line_end: usize) {
    let norm = out.text.len();
    out.text.push('\n');
    out.runs.push(Run {
        norm,
        orig: line_end,
        norm_len: 1,
        orig_len: 0,
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn norm(s: &str) -> String {
        Normalizer::default().normalize(s).text
    }

    #[test]
    fn full_width_forms_fold_to_ascii() {
        assert_eq!(normalize_phrase("管委会＋公司"), "管委会+公司");
        assert_eq!(normalize_phrase("ＩＣＰ备"), "icp备");
        assert_eq!(norm("一，二；三：四"), "一,二;三:四\n");
    }

    #[test]
    fn traditional_becomes_simplified() {
        assert_eq!(normalize_phrase("雙招雙引"), "双招双引");
        assert_eq!(normalize_phrase("一窗受理、集成服務"), "一窗受理、集成服务");
        assert_eq!(normalize_phrase("管委會"), "管委会");
    }

    #[test]
    fn pinyin_gloss_inside_word_is_removed() {
        assert_eq!(normalize_phrase("濟(jì)南"), "济南");
        assert_eq!(normalize_phrase("園區(qū)"), "园区");
        assert_eq!(normalize_phrase("展現(xiàn)"), "展现");
    }

    #[test]
    fn spaces_between_chinese_characters_are_removed() {
        // Letter-spaced headings and scanned text, and a plus set off by
        // spaces: the phrases read whole, and the quote maps back to all
        // of what the author wrote.
        let text = "管 委 会 ＋ 公 司 模式，全　员　聘　任　制";
        let n = Normalizer::default().normalize(text);
        assert_eq!(n.text, "管委会+公司模式,全员聘任制\n");
        let at = n.text.find("全员").unwrap_or_default();
        let range = n.original_range(at..n.text.len() - 1);
        assert_eq!(&text[range], "全　员　聘　任　制");
        // Spaces beside Latin letters and digits stay.
        for kept in ["2023年 3月", "开发区 development zone", "第 1 名", "+ +"] {
            assert_eq!(normalize_phrase(kept), kept, "{kept}");
        }
        // A tab separates fields (table cells), so it stays.
        let cells = "问题\t整改措施\t已完成";
        assert_eq!(
            Normalizer::default().normalize(cells).text,
            format!("{cells}\n")
        );
    }

    #[test]
    fn parentheses_that_are_not_glosses_stay() {
        assert_eq!(normalize_phrase("采用(EPC)模式"), "采用(epc)模式");
        assert_eq!(normalize_phrase("政务服务平台(窗口)"), "政务服务平台(窗口)");
        assert_eq!(normalize_phrase("建设(a)"), "建设(a)");
    }

    #[test]
    fn numeric_references_are_decoded_inside_glosses_too() {
        assert_eq!(normalize_phrase("濟(j&#236;)南"), "济南");
        assert_eq!(normalize_phrase("園&#x5340;"), "园区");
        assert_eq!(normalize_phrase("＆＃２３６；"), "ì");
        // Documents too: the fast path hands such lines to the reference path.
        let doc = "愛濟(j&#236;)南客戶端。\n園區(q&#363;)建設。";
        let n = Normalizer::default().normalize(doc);
        assert_eq!(n.text, "爱济南客户端。\n园区建设。\n");
        let end = n.text.find('\n').unwrap_or(0);
        assert_eq!(&doc[n.original_range(0..end)], "愛濟(j&#236;)南客戶端。");
        // ASCII and broken references stay as written.
        assert_eq!(
            normalize_phrase("a&#38;b &#; &#xZZ; &#99999999999;"),
            "a&#38;b &#; &#xzz; &#99999999999;"
        );
    }

    proptest::proptest! {
        #[test]
        fn original_range_from_a_cursor_equals_the_search(
            parts in proptest::collection::vec(proptest::sample::select(vec![
                "濟", "(jì)", "南", "，", "：", "ＡＢ", "a", "。", "\n", " ", "開發區", "　",
            ]), 0..40),
            cuts in proptest::collection::vec((0usize..200, 0usize..200), 0..20)
        ) {
            let text: String = parts.concat();
            let norm = Normalizer::default().normalize(&text);
            let len = norm.text.len();
            // Ranges in text order, as scoring asks, then in any order.
            let mut ranges: Vec<(usize, usize)> = cuts
                .iter()
                .map(|&(a, b)| (a.min(b).min(len), a.max(b).min(len)))
                .collect();
            ranges.sort_unstable();
            let mut cursor = RunCursor::default();
            for &(a, b) in ranges.iter().chain(cuts.iter()) {
                let (a, b) = (a.min(len), b.min(len));
                proptest::prop_assert_eq!(
                    norm.original_range_from(a..b, &mut cursor),
                    norm.original_range(a..b),
                    "{:?} in {:?}", a..b, norm.text
                );
            }
        }
    }

    #[test]
    fn original_range_quotes_what_the_author_wrote() {
        let src = "愛濟(jì)南：客戶端，好。";
        let n = Normalizer::default().normalize(src);
        assert_eq!(n.text, "爱济南:客户端,好。\n");
        let start = n.text.find("济南").unwrap_or(0);
        let end = n.text.find('。').map_or(0, |i| i + '。'.len_utf8());
        let r = n.original_range(start..end);
        assert_eq!(&src[r], "濟(jì)南：客戶端，好。");
    }

    #[test]
    fn glosses_are_recognised_in_either_case() {
        assert_eq!(normalize_phrase("濟(JÌ)南"), "济南");
        assert_eq!(normalize_phrase("產（CHAN）業"), "产业");
        assert_eq!(normalize_phrase("園區(Qū)"), "园区");
    }

    #[test]
    fn abbreviations_in_parentheses_are_not_glosses_in_either_case() {
        assert_eq!(normalize_phrase("采用(EPC)模式"), "采用(epc)模式");
        assert_eq!(normalize_phrase("采用(epc)模式"), "采用(epc)模式");
        assert_eq!(normalize_phrase("推广(PPP)项目"), "推广(ppp)项目");
    }

    #[test]
    fn normalizing_twice_changes_nothing_for_glosses_of_any_case() {
        for src in [
            "產(QU)業",
            "采用(EPC)模式",
            "基金（ZHĀO）开发区(QU)开发区。",
            "a(JI)b",
        ] {
            let once = norm(src);
            assert_eq!(norm(&once), once, "{src}");
        }
    }

    #[test]
    fn normalization_is_idempotent_on_seed_like_text() {
        let src = "濟(jì)南新材料產業園區：推行“一窗受理”，ＡＢＣ。\n- a\n";
        let once = norm(src);
        assert_eq!(norm(&once), once);
    }

    #[test]
    fn empty_and_blank_text_normalize_to_nothing() {
        assert_eq!(norm(""), "");
        assert_eq!(norm(" \n\r\n\t"), "");
    }
}
