//! Hard-wrapped text: lines joined back into their paragraphs.
//!
//! Text extracted from a PDF file (or typed with a line break every few
//! dozen characters) breaks its sentences, and even its words, at a fixed
//! width: `管委会\n+公司`, `营业收入24\n亿元`, a plan's 将 on one line and
//! the rest of the plan on the next. Phrases cut in two are not found and a
//! sentence's cue is read without its sentence.
//!
//! The decision is taken on normalized text only ([`breaks_to_join`]), and
//! [`Normalizer::normalize`](super::Normalizer::normalize) normalizes the
//! joined text again until nothing more joins, so normalization stays
//! idempotent: the output of a round that joins nothing is the result, and
//! normalizing that output again reproduces it and joins nothing.

use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};
use std::ops::Range;

/// The narrowest wrap width, in characters, that is taken for one.
const MIN_WRAP_WIDTH: u32 = 20;
/// The widest wrap width, in characters.
const MAX_WRAP_WIDTH: u32 = 120;
/// Different lines (a running header or a caption repeated under every
/// picture counts once) of about the wrap width that make a wrapped text.
const MIN_WRAPPED_LINES: usize = 3;
/// The share of all lines, in tenths, that lines of about the wrap width
/// must reach.
const MIN_WRAPPED_SHARE: usize = 3;

/// The byte positions of the line breaks of normalized `text` after which
/// the next line goes on with the same paragraph of a hard-wrapped text.
///
/// A text is hard-wrapped at width `W` when, among its lines that end no
/// sentence and are between [`MIN_WRAP_WIDTH`] and [`MAX_WRAP_WIDTH`]
/// characters long, `W` is the most common length (the longer on a tie),
/// and the lines of length `W` or `W - 1` are at least
/// [`MIN_WRAPPED_LINES`] different lines and a [`MIN_WRAPPED_SHARE`] of all
/// lines. Then a line that ends no sentence and is `W - 2` to `W + W / 3`
/// characters long (half-width digits and letters make a full line longer)
/// is joined to the next, unless that one starts a paragraph (indented, a
/// numbered item or a bullet) or both sides of the break are Latin letters.
/// Web pages, whose lines are paragraphs, are not hard-wrapped: their
/// lengths vary and their lines end sentences.
pub(super) fn breaks_to_join(text: &str) -> Vec<usize> {
    let Some(width) = wrap_width(text) else {
        return Vec::new();
    };
    let mut breaks = Vec::new();
    let mut lines = lines(text).peekable();
    while let Some((line, brk)) = lines.next() {
        let Some(&(next, _)) = lines.peek() else {
            break;
        };
        if !is_open(line) || starts_paragraph(next) {
            continue;
        }
        let w = char_width(line);
        let full = w + 2 >= width && w <= width + width / 3;
        let latin = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphabetic());
        if full && !(latin(line.trim_end().chars().last()) && latin(next.chars().next())) {
            breaks.push(brk);
        }
    }
    breaks
}

/// The wrap width of `text`, if it is hard-wrapped (see
/// [`breaks_to_join`]). Most lines of a web page end a sentence or are too
/// short or too long to count, and are passed over without counting their
/// characters.
fn wrap_width(text: &str) -> Option<u32> {
    let mut total = 0usize;
    let mut open: Vec<(u32, u64)> = Vec::new();
    for (line, _) in lines(text) {
        total += 1;
        let bytes = line.len();
        if bytes < MIN_WRAP_WIDTH as usize || bytes > 4 * MAX_WRAP_WIDTH as usize {
            continue;
        }
        if !is_open(line) {
            continue;
        }
        let w = char_width(line);
        if (MIN_WRAP_WIDTH..=MAX_WRAP_WIDTH).contains(&w) {
            let mut h = DefaultHasher::new();
            line.hash(&mut h);
            open.push((w, h.finish()));
        }
    }
    if open.len() < MIN_WRAPPED_LINES || open.len() * 10 < total * MIN_WRAPPED_SHARE {
        return None;
    }
    let mut counts: Vec<(u32, usize)> = Vec::new();
    for &(w, _) in &open {
        match counts.iter_mut().find(|(c, _)| *c == w) {
            Some((_, n)) => *n += 1,
            None => counts.push((w, 1)),
        }
    }
    let width = counts
        .iter()
        .max_by_key(|&&(w, n)| (n, w))
        .map(|&(w, _)| w)?;
    let mut near: Vec<u64> = open
        .iter()
        .filter(|&&(w, _)| w + 1 >= width && w <= width)
        .map(|&(_, h)| h)
        .collect();
    let lines_near = near.len();
    near.sort_unstable();
    near.dedup();
    (near.len() >= MIN_WRAPPED_LINES && lines_near * 10 >= total * MIN_WRAPPED_SHARE)
        .then_some(width)
}

/// The lines of normalized text (each ends with `\n`), without their line
/// break, with the byte position of that break.
fn lines(text: &str) -> impl Iterator<Item = (&str, usize)> + '_ {
    let mut start = 0;
    memchr::memchr_iter(b'\n', text.as_bytes()).map(move |brk| {
        let line = text.get(start..brk).unwrap_or_default();
        start = brk + 1;
        (line, brk)
    })
}

/// The length of a line in characters.
fn char_width(line: &str) -> u32 {
    u32::try_from(line.chars().count()).unwrap_or(u32::MAX)
}

/// Whether a line ends no sentence (a sentence terminator, or a full stop
/// `.`, before closing marks) and is not blank.
fn is_open(line: &str) -> bool {
    use crate::segment::{is_closing, is_terminator};
    let body = line.trim_end().trim_end_matches(is_closing);
    !body.is_empty() && !body.ends_with(|c| is_terminator(c) || c == '.')
}

/// Whether a line starts a paragraph: indented, a bullet, or a numbered
/// item (`一、`, `(二)`, `3.`, `4、`, `第五条`).
fn starts_paragraph(line: &str) -> bool {
    const BULLETS: [char; 12] = ['-', '*', '·', '•', '●', '○', '■', '□', '◆', '◇', '▶', '►'];
    if line.starts_with([' ', '\t']) || line.starts_with(BULLETS) {
        return true;
    }
    let numeral = |c: char| c.is_ascii_digit() || "一二三四五六七八九十百零".contains(c);
    if let Some(rest) = line.strip_prefix('第') {
        let after = rest.trim_start_matches(numeral);
        return after.len() < rest.len() && after.starts_with(['条', '章', '节', '部']);
    }
    let rest = line.trim_start_matches('(');
    let after = rest.trim_start_matches(numeral);
    if after.len() == rest.len() {
        return false;
    }
    if rest.len() < line.len() {
        after.starts_with(')')
    } else {
        after.starts_with(['、', '.'])
    }
}

/// Removes `ranges` (ascending, not overlapping) from `text`.
pub(super) fn remove(text: &str, ranges: &[Range<usize>]) -> String {
    let mut out = String::with_capacity(text.len());
    let mut from = 0;
    for r in ranges {
        out.push_str(text.get(from..r.start).unwrap_or_default());
        from = r.end;
    }
    out.push_str(text.get(from..).unwrap_or_default());
    out
}

/// Where the bytes of a text with some ranges removed came from in the
/// text before any removal: from each `(at, shift)` on (positions in the
/// shortened text, ascending), a byte comes from `shift` bytes further on.
#[derive(Debug, Clone, Default)]
pub(super) struct Shifts(Vec<(usize, usize)>);

impl Shifts {
    /// The position in the original text of byte `pos` of the shortened
    /// one.
    pub(super) fn original(&self, pos: usize) -> usize {
        let i = self.0.partition_point(|&(at, _)| at <= pos);
        pos + i
            .checked_sub(1)
            .and_then(|i| self.0.get(i))
            .map_or(0, |&(_, s)| s)
    }

    /// The first place after `pos` where the shift changes.
    pub(super) fn next_change(&self, pos: usize) -> Option<usize> {
        let i = self.0.partition_point(|&(at, _)| at <= pos);
        self.0.get(i).map(|&(at, _)| at)
    }

    /// The shifts after `ranges` (ascending, not overlapping, positions in
    /// the current shortened text) are removed from it too.
    pub(super) fn after_removing(&self, ranges: &[Range<usize>]) -> Shifts {
        // Every place where the shift changes, in the new text: the old
        // changes that survive, and the places of the new cuts.
        let mut removed = 0;
        let mut points: Vec<usize> = Vec::new();
        let mut old = self.0.iter().map(|&(at, _)| at).peekable();
        for r in ranges {
            while let Some(&at) = old.peek() {
                if at > r.start {
                    break;
                }
                points.push(at - removed);
                old.next();
            }
            // Old changes inside the removed range are cut with it.
            while old.peek().is_some_and(|&at| at < r.end) {
                old.next();
            }
            points.push(r.start - removed);
            removed += r.end - r.start;
        }
        points.extend(old.map(|at| at - removed));
        points.dedup();
        // The position in the text before this removal of each new point,
        // then in the original text.
        let before = |p: usize| {
            let mut q = p;
            for r in ranges {
                if r.start <= q {
                    q += r.end - r.start;
                } else {
                    break;
                }
            }
            q
        };
        Shifts(
            points
                .into_iter()
                .map(|p| (p, self.original(before(p)) - p))
                .collect(),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::super::Normalizer;
    use super::*;

    fn norm(s: &str) -> String {
        Normalizer::default().normalize(s).text
    }

    /// `paragraphs` broken into lines of `width` characters, each paragraph
    /// indented by two ideographic spaces, as text extracted from a PDF.
    fn wrapped(paragraphs: &[&str], width: usize) -> String {
        let mut lines = Vec::new();
        for p in paragraphs {
            let chars: Vec<char> = format!("\u{3000}\u{3000}{p}").chars().collect();
            lines.extend(chars.chunks(width).map(|c| c.iter().collect::<String>()));
        }
        lines.join("\n")
    }

    const PARAGRAPHS: [&str; 2] = [
        "为深化开发区体制机制改革，开发区推行“管委会+公司”模式，组建开发区建设发展有限公司，注册资本五亿元，承接园区开发建设和招商运营等职能，实现管理机构与开发运营企业分离。",
        "开发区政务服务中心全面推行一窗受理、集成服务，设立企业开办和项目审批两个综合窗口，组建帮办代办队伍，为重点项目提供全程代办服务。",
    ];

    /// [`PARAGRAPHS`] normalized, one indented paragraph to a line.
    fn unwrapped() -> String {
        norm(
            &PARAGRAPHS
                .map(|p| format!("\u{3000}\u{3000}{p}"))
                .join("\n"),
        )
    }

    #[test]
    fn hard_wrapped_lines_are_joined_back_into_their_paragraphs() {
        let whole = unwrapped();
        assert_eq!(whole.lines().count(), 2);
        for width in [24, 30, 37] {
            let text = wrapped(&PARAGRAPHS, width);
            assert_eq!(norm(&text), whole, "width {width}");
            // A page number between pages is dropped, and the lines around
            // it still join; so do lines ending in CRLF.
            let paged = text.replacen('\n', "\n— 1 —\n", 2);
            assert_eq!(norm(&paged), whole, "width {width}, paged");
            assert_eq!(
                norm(&text.replace('\n', "\r\n")),
                whole,
                "width {width}, CRLF"
            );
        }
    }

    #[test]
    fn a_gloss_or_a_gap_cut_by_the_break_is_read_whole() {
        let whole = unwrapped();
        for width in [20, 24] {
            let text = wrapped(&PARAGRAPHS, width);
            let mut lines: Vec<String> = text.lines().map(String::from).collect();
            // A gloss cut by the first break, a gap of spaces by the second
            // (each line still ends after a Han character).
            lines[0].push_str("(ch");
            lines[1].insert_str(0, "ǎn)");
            lines[1].push(' ');
            let once = norm(&lines.join("\n"));
            assert_eq!(once, whole, "width {width}");
            assert_eq!(norm(&once), once);
        }
    }

    #[test]
    fn a_quote_across_a_joined_break_maps_back_to_both_lines() {
        let text = wrapped(&PARAGRAPHS, 24).replacen('\n', "\n— 2 —\n", 1);
        let n = Normalizer::default().normalize(&text);
        let phrase = "管委会+公司";
        let at = n.text.find(phrase).unwrap_or_default();
        let range = n.original_range(at..at + phrase.len());
        let quoted = text.get(range).unwrap_or_default();
        // The quote holds what was dropped between the lines, as any quote
        // over a dropped line does.
        assert_eq!(quoted, "管委会\n— 2 —\n+公司");
        // Every byte of the normalized text maps inside the original, in
        // order.
        let mut last = 0;
        for (i, _) in n.text.char_indices() {
            let r = n.original_range(i..i + 1);
            assert!(r.start >= last && r.end <= text.len(), "{i}: {r:?}");
            last = r.start;
        }
    }

    #[test]
    fn lines_of_other_pages_are_not_joined() {
        // Paragraphs one to a line, a heading without a full stop, short
        // lines of a list.
        let web = "某某开发区召开改革推进会\n2024-05-12 来源:管委会\n开发区推行全员聘任制。\n开发区组建招商专班,全年签约项目12个。\n一、推行聘任制\n二、完善考核\n";
        assert_eq!(norm(web), web);
        // A caption repeated under every picture, as wide as it may be,
        // is not a wrapped text.
        let caption = "某某开发区党工委中心组组织2018年第10次扩大学习";
        let page = format!("{caption}\n8月15日,开发区召开学习会议,会议由管委会主任主持。\n{caption}\n会议传达学习了有关文件精神。\n{caption}\n{caption}\n{caption}\n最后,主任对近期工作作出部署。\n");
        assert_eq!(norm(&page), page);
    }

    #[test]
    fn wrapped_lines_stop_at_indents_numbered_items_and_latin_words() {
        let lines = [
            "开发区深化体制机制改革，推行“管委会+公司”模式，组建",
            "开发运营公司，承接园区开发建设和招商运营等职能，",
            "实现管理机构与开发运营企业分离，主要措施如下：",
            "（一）实行全员聘任制，按照按需设岗的原则竞聘上岗，",
            "　　二是推行一窗受理，开发区政务服务中心设立综合窗",
            "口，为企业提供帮办代办服务，开发区引进英国企业ABC",
            "Group，总投资十二亿元，实现当年签约当年开工投产。",
        ];
        let out = norm(&lines.join("\n"));
        let kept: Vec<&str> = out.lines().collect();
        assert_eq!(kept.len(), 4, "{out}");
        assert!(kept[0].ends_with("主要措施如下:"), "{out}");
        assert!(kept[1].starts_with("(一)实行全员聘任制"), "{out}");
        assert!(kept[2].ends_with("英国企业abc"), "{out}");
        assert!(kept[3].starts_with("group,"), "{out}");
    }

    #[test]
    fn paragraph_starts() {
        for line in [
            "  缩进",
            "一、总则",
            "(二)措施",
            "3.目标",
            "4、任务",
            "第五条 职责",
            "● 要点",
            "- 条目",
        ] {
            assert!(starts_paragraph(line), "{line}");
        }
        for line in ["开发区", "2023年签约", "(注)说明", "第一批项目", "一是推行"]
        {
            assert!(!starts_paragraph(line), "{line}");
        }
    }

    #[test]
    fn shifts_compose_over_rounds() {
        let text = "0123456789abcdefghij";
        let first = [2..4, 10..12];
        let once = remove(text, &first);
        assert_eq!(once, "01456789cdefghij");
        let shifts = Shifts::default().after_removing(&first);
        for (i, c) in once.char_indices() {
            assert_eq!(text.as_bytes()[shifts.original(i)], c as u8, "{i}");
        }
        let second = [1..3, 8..9];
        let twice = remove(&once, &second);
        let shifts = shifts.after_removing(&second);
        for (i, c) in twice.char_indices() {
            assert_eq!(text.as_bytes()[shifts.original(i)], c as u8, "{i}");
        }
    }
}
