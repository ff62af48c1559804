//! Normalize: document text → [`NormalizedText`] (one canonical form plus a
//! map back to the original bytes).
//!
//! In one pass over each line: full-width forms are folded to ASCII (`＋` →
//! `+`, `，` → `,`), ASCII letters are lower-cased, pinyin glosses inside words
//! are removed (`濟(jì)南` → `濟南`), Traditional characters become Simplified
//! (`濟南` → `济南`), and whole lines of site boilerplate (ICP/备案 lines,
//! copyright and navigation footers, download-site notices, related-link
//! lists) are dropped. Rubric phrases go through the same function without the
//! boilerplate step, so a rubric may be written in either script.
//!
//! Every normalized byte keeps its original position: [`NormalizedText::original_range`]
//! turns a range of the normalized text into the range of the text the author
//! wrote, which is what evidence quotes.

use std::ops::Range;

/// A text in canonical form with a map back to the original bytes.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NormalizedText {
    /// The normalized text. Lines kept from the original end with `\n`.
    pub text: String,
    runs: Vec<Run>,
}

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

    fn run_containing(&self, pos: usize) -> Option<&Run> {
        let idx = self.runs.partition_point(|r| r.norm <= pos);
        idx.checked_sub(1).and_then(|i| self.runs.get(i))
    }

    fn original_start(&self, pos: usize) -> usize {
        match self.run_containing(pos) {
            Some(r) if r.is_identity() => r.orig + (pos - r.norm).min(r.orig_len),
            Some(r) => r.orig,
            None => 0,
        }
    }

    fn original_end(&self, pos: usize) -> usize {
        match self.run_containing(pos.saturating_sub(1)) {
            Some(r) if r.is_identity() => r.orig + (pos - r.norm).min(r.orig_len),
            Some(r) => r.orig + r.orig_len,
            None => 0,
        }
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

    /// Normalizes a whole document, line by line.
    pub fn normalize(&self, text: &str) -> NormalizedText {
        let mut out = NormalizedText {
            text: String::with_capacity(text.len()),
            runs: Vec::new(),
        };
        let mut line_buf = NormalizedText::default();
        let mut kept = Vec::new();
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
            if self.drop_boilerplate {
                if is_boilerplate(&line_buf.text) {
                    continue;
                }
                kept.push(KeptLine {
                    text_start: out.text.len(),
                    runs_start: out.runs.len(),
                    link: is_link_line(&line_buf.text),
                });
            }
            append(&mut out, &line_buf, line.end);
        }
        if self.drop_boilerplate {
            drop_link_lists(out, &kept)
        } else {
            out
        }
    }
}

/// A line kept in the normalized text: where it starts, and whether it
/// looks like an item of a related-link list.
struct KeptLine {
    text_start: usize,
    runs_start: usize,
    link: bool,
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
    for (i, b) in text.bytes().enumerate() {
        if b == b'\n' || b == b'\r' {
            lines.push(start..i);
            start = i + 1;
        }
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
    // The line break maps to the (empty) end of the original line, so that a
    // sentence ending at a line break ends where the line ends.
    let norm = out.text.len();
    out.text.push('\n');
    out.runs.push(Run {
        norm,
        orig: line_end,
        norm_len: 1,
        orig_len: 0,
    });
}

/// True for CJK ideographs (the blocks real zone documents use).
pub(crate) fn is_han(c: char) -> bool {
    matches!(c,
        '\u{4E00}'..='\u{9FFF}'
        | '\u{3400}'..='\u{4DBF}'
        | '\u{F900}'..='\u{FAFF}'
        | '\u{20000}'..='\u{2FFFF}')
}

/// Full-width ASCII forms (U+FF01..U+FF5E) and the ideographic space fold to
/// ASCII. Case is kept here (glosses are recognised by their lower-case
/// letters, so `(EPC)` is not one); [`fold_line`] lower-cases afterwards so
/// `ICP` and `icp` read alike.
fn fold_width(c: char) -> char {
    match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        '\u{3000}' => ' ',
        _ => c,
    }
}

fn is_pinyin_letter(c: char) -> bool {
    c.is_ascii_lowercase() || is_tone_vowel(c)
}

/// Lower case for recognising glosses: `(JÌ)` and `(jì)` are the same gloss.
/// (Normalization lower-cases ASCII letters, so a case-sensitive test would
/// find a gloss in its own output that it did not find in the input.)
fn gloss_lower(c: char) -> char {
    c.to_lowercase().next().unwrap_or(c)
}

/// Pinyin initials, longest first.
const INITIALS: &[&str] = &[
    "zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x", "r",
    "z", "c", "s", "y", "w",
];
/// Pinyin finals (without tone marks; `v` stands for ü).
const FINALS: &[&str] = &[
    "a", "o", "e", "i", "u", "ai", "ei", "ui", "ao", "ou", "iu", "ie", "ue", "er", "an", "en",
    "in", "un", "ang", "eng", "ing", "ong", "ia", "iao", "ian", "iang", "iong", "ua", "uo", "uai",
    "uan", "uang", "v", "ve", "van", "vn",
];

/// Whether lower-case ASCII `letters` form one pinyin syllable without tone
/// marks (initial + final, loosely: `ji`, `qu`, `zhuang`, `an`), so that an
/// abbreviation such as `(EPC)` or `(ppp)` is not taken for a gloss.
fn is_pinyin_syllable(letters: &str) -> bool {
    let final_ok = |f: &str| FINALS.contains(&f);
    final_ok(letters)
        || INITIALS.iter().any(|i| {
            letters
                .strip_prefix(i)
                .is_some_and(|f| final_ok(f) && (!f.starts_with('v') || matches!(*i, "n" | "l")))
        })
}

fn is_tone_vowel(c: char) -> bool {
    "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüê".contains(c)
}

/// Longest pinyin syllable is 6 letters (`zhuang`); a gloss of two syllables
/// is rare inside a word, so longer parentheses are left alone.
const MAX_GLOSS_LETTERS: usize = 6;

/// If `rest` (after a Han character) starts with a pinyin gloss such as
/// `(jì)` or `(qū)`, returns its length in bytes.
///
/// Scraped news pages for readers learning characters put the reading of a
/// rare or polyphonic character right after it: `濟(jì)南`, `園區(qū)`. A gloss is
/// 1–6 Latin letters in parentheses, in either case and width, with a tone
/// mark; or, without a tone mark, one pinyin syllable followed by a Han
/// character (`產(chan)業`). So `(EPC)模式` and `(ppp)项目` (not syllables)
/// and `(a)` at a clause end stay.
fn gloss_len(rest: &str) -> Option<usize> {
    let mut chars = LogicalChars { rest, pos: 0 };
    let (_, open, _) = chars.next()?;
    if open != '(' {
        return None;
    }
    let mut toned = false;
    let mut plain = [0u8; MAX_GLOSS_LETTERS];
    for (letters, (i, c, len)) in chars.enumerate() {
        let c = gloss_lower(c);
        if c == ')' {
            if letters == 0 {
                return None;
            }
            let end = i + len;
            let next = rest
                .get(end..)
                .and_then(|r| LogicalChars { rest: r, pos: 0 }.next());
            let followed_by_han = next.is_some_and(|(_, c, _)| is_han(c));
            let syllable = plain
                .get(..letters)
                .and_then(|b| std::str::from_utf8(b).ok())
                .is_some_and(is_pinyin_syllable);
            return (toned || (followed_by_han && syllable)).then_some(end);
        }
        if !is_pinyin_letter(c) || letters == MAX_GLOSS_LETTERS {
            return None;
        }
        toned |= is_tone_vowel(c);
        if let (Some(slot), true) = (plain.get_mut(letters), c.is_ascii()) {
            *slot = c as u8;
        }
    }
    None
}

/// The characters of a line as normalization reads them: width-folded (case
/// kept), with numeric character references decoded, each with its byte
/// offset and length in the line.
///
/// A reference such as `&#236;` is what an encoder writes for a character
/// the target encoding lacks: the Traditional seed saved as Big5 turns the
/// gloss `濟(jì)南` into `濟(j&#236;)南`. Only references to non-ASCII
/// characters are decoded, so decoding can never build a new reference out
/// of the text around it, and normalizing twice changes nothing.
struct LogicalChars<'a> {
    rest: &'a str,
    pos: usize,
}

impl Iterator for LogicalChars<'_> {
    type Item = (usize, char, usize);

    fn next(&mut self) -> Option<Self::Item> {
        let rest = self.rest.get(self.pos..)?;
        let c = rest.chars().next()?;
        let (ch, len) = match fold_width(c) {
            '&' => numeric_reference(rest).unwrap_or(('&', c.len_utf8())),
            folded => (folded, c.len_utf8()),
        };
        let at = self.pos;
        self.pos += len;
        Some((at, ch, len))
    }
}

/// Longest numeric reference we decode: `&#x10FFFF;` has 8 digits at most.
const MAX_REFERENCE_DIGITS: usize = 8;

/// Decodes `&#NNN;` or `&#xHHH;` (width-folded) at the start of `rest` into
/// a non-ASCII, non-control character and the bytes it spans.
fn numeric_reference(rest: &str) -> Option<(char, usize)> {
    let mut chars = rest
        .char_indices()
        .map(|(i, c)| (i, fold_width(c), c.len_utf8()));
    chars.next()?; // the '&'
    if chars.next()?.1 != '#' {
        return None;
    }
    let mut radix = 10;
    let mut value: u32 = 0;
    let mut digits = 0;
    for (i, c, len) in chars {
        match c {
            'x' | 'X' if digits == 0 && radix == 10 => radix = 16,
            ';' if digits > 0 => {
                let ch = char::from_u32(value)?;
                return (!ch.is_ascii() && !ch.is_control()).then_some((ch, i + len));
            }
            _ if digits < MAX_REFERENCE_DIGITS => {
                value = value * radix + c.to_digit(radix)?;
                digits += 1;
            }
            _ => return None,
        }
    }
    None
}

/// Folds widths, decodes numeric references and removes pinyin glosses of
/// one line into `out`.
fn fold_line(line: &str, offset: usize, out: &mut NormalizedText) {
    let mut chars = LogicalChars { rest: line, pos: 0 };
    let mut prev_han = false;
    while let Some((i, c, len)) = chars.next() {
        if prev_han && c == '(' {
            if let Some(gloss) = line.get(i..).and_then(gloss_len) {
                chars.pos = i + gloss;
                continue;
            }
        }
        let folded = c.to_ascii_lowercase();
        out.push(folded, offset + i, len);
        prev_han = is_han(folded);
    }
}

/// Converts a folded line to Simplified characters in place.
///
/// `fast2s` converts character by character (with a little context, e.g.
/// 乾隆 keeps 乾), so the character count is unchanged; its table maps
/// three-byte characters to three-byte characters, so the offset map stays
/// valid. Should a conversion ever change a width, the map is rebuilt
/// character by character.
fn to_simplified(line: &mut NormalizedText) {
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

/// Phrases that mark a line as site furniture rather than the document:
/// registration numbers, copyright, editor credits, licences, report
/// hotlines, download-site notices and widget labels. They are matched on the
/// normalized line (Simplified, lower-case), so `版權所有` and `ICP` match too.
const BOILERPLATE_MARKERS: &[&str] = &[
    "icp备",
    "icp证",
    "公网安备",
    "版权所有",
    "copyright",
    "all rights reserved",
    "免责声明",
    "责任编辑",
    "许可证",
    "举报电话",
    "举报邮箱",
    "违法和不良信息",
    "资源id",
    "资源大小",
    "资源格式",
    "全文页数",
    "下载积分",
    "友情提示",
    "本站",
    "迅雷",
    "试题试卷",
    "更多>",
    "推荐图文",
    "推荐资讯",
    "同类资讯",
    "点击排行",
    "上一篇",
    "下一篇",
    "分享到",
    "打印本页",
    "关闭窗口",
    "扫一扫",
    "邮箱:",
    "电话:",
];

/// Lines longer than this are content even when they contain a marker: a
/// boilerplate line is a short footer line, while some pages (seed 004) put a
/// whole report on one line.
const MAX_BOILERPLATE_CHARS: usize = 200;

/// A navigation bar: at least this many `|` separators between short items
/// (`关于我们| 网站概况| 法律顾问| ...`).
const MIN_NAV_SEPARATORS: usize = 3;
const MAX_NAV_ITEM_CHARS: usize = 12;

/// The boilerplate marker that `normalized` contains, if any: a line of at
/// most [`MAX_BOILERPLATE_CHARS`] characters holding it is dropped.
pub(crate) fn boilerplate_marker(normalized: &str) -> Option<&'static str> {
    BOILERPLATE_MARKERS
        .iter()
        .copied()
        .find(|m| normalized.contains(m))
}

fn is_boilerplate(line: &str) -> bool {
    let chars = line.chars().count();
    if chars > MAX_BOILERPLATE_CHARS {
        return false;
    }
    if BOILERPLATE_MARKERS.iter().any(|m| line.contains(m)) {
        return true;
    }
    let items: Vec<&str> = line.split(['|', '│']).map(str::trim).collect();
    items.len() > MIN_NAV_SEPARATORS
        && items
            .iter()
            .all(|item| item.chars().count() <= MAX_NAV_ITEM_CHARS)
}

/// A related-link list is a run of at least this many bullet lines.
const MIN_LINK_RUN: usize = 3;
/// A headline in such a list is short; a bulleted paragraph of the document
/// itself is longer or ends a sentence.
const MAX_LINK_CHARS: usize = 80;

/// Whether a normalized line looks like an item of a related-link list: a
/// bullet (`- `, `·`, `•`, `●`) and a short headline that does not end a
/// sentence (no `。!?` at its end, before any closing quotes or brackets),
/// such as `- 大眾日報:濟南新材料產業園區加速打造百億級新型功能材料產業集群`.
fn is_link_line(line: &str) -> bool {
    let line = line.trim();
    let body = line
        .strip_prefix("- ")
        .or_else(|| line.strip_prefix('·'))
        .or_else(|| line.strip_prefix('•'))
        .or_else(|| line.strip_prefix('●'));
    body.is_some_and(|b| {
        let b = b.trim_end();
        let ends_sentence = b
            .trim_end_matches(crate::segment::is_closing)
            .ends_with(['。', '!', '?']);
        b.chars().count() <= MAX_LINK_CHARS && !ends_sentence
    })
}

/// Drops related-link lists at a page's foot: runs of at least
/// [`MIN_LINK_RUN`] consecutive link lines among the lines kept so far.
///
/// The runs are judged on normalized lines and blank or boilerplate lines
/// do not break them, so that normalizing the output again finds no new
/// run (idempotence) and a list with blank lines or CRLF line ends between
/// its items is recognised as well.
fn drop_link_lists(out: NormalizedText, kept: &[KeptLine]) -> NormalizedText {
    let mut drop = vec![false; kept.len()];
    let mut i = 0;
    while i < kept.len() {
        let start = i;
        while kept.get(i).is_some_and(|l| l.link) {
            i += 1;
        }
        if i - start >= MIN_LINK_RUN {
            drop.iter_mut().take(i).skip(start).for_each(|d| *d = true);
        }
        i = i.max(start + 1);
    }
    if !drop.contains(&true) {
        return out;
    }
    let mut new = NormalizedText {
        text: String::with_capacity(out.text.len()),
        runs: Vec::with_capacity(out.runs.len()),
    };
    for (k, line) in kept.iter().enumerate() {
        if drop.get(k).copied().unwrap_or(false) {
            continue;
        }
        let next = kept.get(k + 1);
        let text_end = next.map_or(out.text.len(), |l| l.text_start);
        let runs_end = next.map_or(out.runs.len(), |l| l.runs_start);
        let base = new.text.len();
        new.text
            .push_str(out.text.get(line.text_start..text_end).unwrap_or_default());
        // A line's runs never merge with another line's: each line ends
        // with its own line-break run.
        for run in out.runs.get(line.runs_start..runs_end).unwrap_or_default() {
            new.runs.push(Run {
                norm: run.norm.saturating_sub(line.text_start) + base,
                ..*run
            });
        }
    }
    new
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
        // ASCII and broken references stay as written.
        assert_eq!(
            normalize_phrase("a&#38;b &#; &#xZZ; &#99999999999;"),
            "a&#38;b &#; &#xzz; &#99999999999;"
        );
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
    fn boilerplate_lines_are_dropped() {
        let text = "开发区推行改革。\n京ICP备16016777号-3京公网安备11010802036172号\nCopyright© 2016 Chinajiceng.All Rights Reserved\n关于我们| 网站概况| 法律顾问| 服务条款| 人员查询\n[责任编辑:李希平]";
        assert_eq!(norm(text), "开发区推行改革。\n");
    }

    #[test]
    fn related_link_lists_are_dropped_but_single_bullets_stay() {
        let list = "正文。\n- 大眾日報:園區加速打造產業集群\n- 園區:面對面助力企業\n- 總投資11億元!項目簽約落戶園區\n";
        assert_eq!(norm(list), "正文。\n");
        let single = "正文。\n- 建立招商引资项目推进库\n";
        assert_eq!(norm(single), "正文。\n- 建立招商引资项目推进库\n");
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
    fn related_link_list_with_blank_lines_or_crlf_is_dropped() {
        let blank = "正文。\n- 园区加速打造产业集群\n\n- 面对面助力企业\n\n- 项目签约落户园区\n";
        assert_eq!(norm(blank), "正文。\n");
        let crlf = "正文。\r\n- 园区加速打造产业集群\r\n- 面对面助力企业\r\n- 项目签约落户园区\r\n";
        assert_eq!(norm(crlf), "正文。\n");
        let once = norm("- 甲\n\n- 乙\n京ICP备1号\n- 丙\n正文。");
        assert_eq!(once, "正文。\n");
    }

    #[test]
    fn bullet_sentences_are_not_related_links() {
        let text = "- 推行一窗受理!\n- 建立项目库?\n- 实行聘任制。”\n- 链接标题\n";
        assert_eq!(norm(text), text);
    }

    #[test]
    fn long_content_line_with_marker_word_is_kept() {
        let long = format!("{}本站", "开发区".repeat(80));
        assert_eq!(norm(&long), format!("{long}\n"));
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

    #[test]
    fn fast2s_keeps_the_width_of_every_bmp_character() {
        // The offset map relies on this: a 3-byte character converts to a
        // 3-byte character.
        let all: String = ('\u{0800}'..='\u{FFFF}').collect();
        let converted = fast2s::convert(&all);
        assert_eq!(converted.chars().count(), all.chars().count());
        for (a, b) in all.chars().zip(converted.chars()) {
            assert_eq!(a.len_utf8(), b.len_utf8(), "{a} -> {b}");
        }
    }
}
