//! Site boilerplate: a normalized line (`&str`) → whether it is site
//! furniture (registration, copyright, navigation, download notices), and a
//! normalized text plus its kept lines → the text without related-link lists.

use super::{NormalizedText, Run};
use crate::matcher::{Matcher, MatcherBuilder, Role};
use std::sync::OnceLock;

/// A line kept in the normalized text: where it starts, and what the rules
/// for whole lists need to know of it.
pub(super) struct KeptLine {
    pub(super) text_start: usize,
    pub(super) runs_start: usize,
    /// A bullet and a headline: an item of a related-link list.
    link: bool,
    /// A headline, with or without a bullet (see [`headline`]).
    headline: bool,
    /// The first kept line after a related-reading heading (往期推荐).
    after_heading: bool,
}

/// The lines normalization keeps, judged one after another: the one place
/// where both normalizers (fast and reference) decide which lines are site
/// furniture, and, at the end, which runs of kept lines are related-link
/// lists.
#[derive(Default)]
pub(super) struct KeptLines {
    lines: Vec<KeptLine>,
    /// A related-reading heading was dropped since the last kept line.
    heading: bool,
}

impl KeptLines {
    /// Judges the normalized `line` (without its line break), which starts
    /// at `text_start` in the output and at `runs_start` in its runs:
    /// `false` when it is site furniture and the caller drops it; otherwise
    /// it is recorded for [`KeptLines::drop_link_lists`].
    pub(super) fn keep(&mut self, line: &str, text_start: usize, runs_start: usize) -> bool {
        if is_list_heading(line) {
            self.heading = true;
            return false;
        }
        if is_boilerplate(line) {
            return false;
        }
        let (bullet, body) = strip_bullet(line);
        let headline = headline(body);
        self.lines.push(KeptLine {
            text_start,
            runs_start,
            link: bullet && headline,
            headline,
            after_heading: std::mem::take(&mut self.heading),
        });
        true
    }

    /// `out` without its related-link lists (see [`drop_link_lists`]).
    pub(super) fn drop_link_lists(&self, out: NormalizedText) -> NormalizedText {
        drop_link_lists(out, &self.lines)
    }
}

/// The headings of related-reading lists, in Simplified: a line whose Han
/// characters are one of these, whatever marks surround them (`【往期推荐】`,
/// `— 相关阅读 —`, `往期推荐 RECOMMEND`), heads the headlines of other
/// pages, not the document's own text.
const LIST_HEADINGS: &[&str] = &[
    "往期推荐",
    "往期回顾",
    "往期精彩",
    "精彩回顾",
    "推荐阅读",
    "阅读推荐",
    "相关阅读",
    "延伸阅读",
    "更多阅读",
    "相关新闻",
    "相关链接",
    "相关文章",
    "相关报道",
    "相关推荐",
    "热门推荐",
    "热点推荐",
    "精彩推荐",
    "热门文章",
    "推荐文章",
    "推荐图文",
    "推荐资讯",
    "同类资讯",
    "猜你喜欢",
];

/// The longest line, in bytes, that can be a related-reading heading: four
/// Han characters and their surrounding marks.
const MAX_HEADING_BYTES: usize = 48;

/// Whether a normalized line is a related-reading heading (see
/// [`LIST_HEADINGS`]).
fn is_list_heading(line: &str) -> bool {
    if line.len() > MAX_HEADING_BYTES {
        return false;
    }
    let han = || line.chars().filter(|&c| super::is_han(c));
    LIST_HEADINGS.iter().any(|h| han().eq(h.chars()))
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
    // A site's licences by their kind or number (新闻信息服务许可证,
    // 经营许可证, 许可证编号), not 许可证 alone: a zone's news reports the
    // permits it issues ("当天取得施工许可证").
    "服务许可证",
    "出版许可证",
    "节目许可证",
    "经营许可证",
    "许可证编号",
    "许可证号",
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

/// The longest line, in characters, that a boilerplate marker drops: a longer
/// line is content even when it contains a marker.
///
/// A boilerplate line is a short footer line; the longest in the seeds is the
/// 114-character disclaimer of seed 003 (`免责声明:本网转载自其它媒体的文章...`).
/// Some pages put a whole report on one line instead (seed 004 has one of
/// over 2,000 characters), and a marker word inside it must not drop the
/// report. 200 keeps footers like that disclaimer, with room to spare, and
/// stays far below a report written as one line.
pub const MAX_BOILERPLATE_CHARS: usize = 200;

/// A navigation bar: at least this many `|` separators between short items
/// without figures (`关于我们| 网站概况| 法律顾问| ...`).
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

/// Whether a normalized line is site furniture: a line of at most
/// [`MAX_BOILERPLATE_CHARS`] characters holding a boilerplate marker, or a
/// navigation bar.
fn is_boilerplate(line: &str) -> bool {
    // A character takes one to four bytes: the byte length alone answers
    // for most lines, and only lines in between are counted.
    let too_long = match line.len() {
        n if n <= MAX_BOILERPLATE_CHARS => false,
        n if n > 4 * MAX_BOILERPLATE_CHARS => true,
        _ => line.chars().count() > MAX_BOILERPLATE_CHARS,
    };
    if too_long {
        return false;
    }
    if contains_marker(line) || is_page_number(line) {
        return true;
    }
    // Most lines have no separator at all; two SIMD searches (the second's
    // searcher built once) say so faster than splitting. The rest are
    // counted without collecting the items.
    static BOX_BAR: OnceLock<memchr::memmem::Finder<'static>> = OnceLock::new();
    let bar = BOX_BAR.get_or_init(|| memchr::memmem::Finder::new("│"));
    let bytes = line.as_bytes();
    if memchr::memchr(b'|', bytes).is_none() && bar.find(bytes).is_none() {
        return false;
    }
    // A row of a table (`| 企业开办 | 3个工作日 | 0.5个工作日 |`) looks the
    // same but for its figures: a navigation bar's items are words.
    let mut items = 0;
    let mut nav_items = true;
    for item in line.split(['|', '│']) {
        items += 1;
        nav_items &= item.trim().chars().count() <= MAX_NAV_ITEM_CHARS
            && !item.bytes().any(|b| b.is_ascii_digit());
    }
    items > MIN_NAV_SEPARATORS && nav_items
}

/// Whether a line is a page number of a printed document: a number of up
/// to four digits alone or between dashes (`— 3 —`, `- 12 -`), `3/5`, or
/// `第 2 页 共 5 页`. A date (`2024-05-12`) is not one.
fn is_page_number(line: &str) -> bool {
    // Most short lines hold some other character: they are answered
    // without building the line's compact form.
    const MARKS: &[char] = &[' ', '\t', '-', '—', '–', '－', '/', '第', '页', '共'];
    if line.len() > 40
        || !line
            .chars()
            .all(|c| c.is_ascii_digit() || MARKS.contains(&c))
    {
        return false;
    }
    let t: String = line.chars().filter(|c| !matches!(c, ' ' | '\t')).collect();
    let number = |s: &str| (1..=4).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit());
    let dashes: &[char] = &['-', '—', '–', '－'];
    if number(t.trim_matches(dashes)) {
        return true;
    }
    if let Some((page, of)) = t.split_once('/') {
        return number(page) && number(of);
    }
    let words = t.replace(['第', '页', '共'], "");
    t.starts_with(['第', '共'])
        && t.contains('页')
        && (1..=8).contains(&words.len())
        && words.bytes().all(|b| b.is_ascii_digit())
}

/// Whether `line` contains one of [`BOILERPLATE_MARKERS`]: one pass of the
/// same kind of scanner as the rubric's (a leftmost-longest search finds a
/// match exactly when some marker occurs), which skips most characters of a
/// line a character at a time, instead of one substring search per marker.
fn contains_marker(line: &str) -> bool {
    static MARKERS: OnceLock<Option<Matcher>> = OnceLock::new();
    let build = || {
        let mut builder = MatcherBuilder::default();
        for marker in BOILERPLATE_MARKERS {
            builder.add((*marker).to_string(), Role::Neutral);
        }
        builder.build().ok()
    };
    match MARKERS.get_or_init(build) {
        Some(matcher) => matcher.find_iter(line).next().is_some(),
        None => BOILERPLATE_MARKERS.iter().any(|m| line.contains(m)),
    }
}

/// A related-link list is a run of at least this many bullet lines.
const MIN_LINK_RUN: usize = 3;
/// A headline in such a list is short; a bulleted paragraph of the document
/// itself is longer or ends a sentence.
const MAX_LINK_CHARS: usize = 80;

/// The bullets of related-link lists: `- `, `·`, `•`, `●`, and the arrows
/// of a WeChat page's lists (`▶`, `►`, `▸`, `▷`, `➤`).
const BULLETS: &[&str] = &["- ", "·", "•", "●", "▶", "►", "▸", "▷", "➤"];

/// Whether a normalized line starts with a bullet (after spaces), and the
/// line without it and its spaces.
fn strip_bullet(line: &str) -> (bool, &str) {
    let line = line.trim();
    match BULLETS.iter().find_map(|b| line.strip_prefix(b)) {
        Some(body) => (true, body.trim()),
        None => (false, line),
    }
}

/// Whether a line (without its bullet) reads as a headline: short, not
/// empty, and not ending a sentence (no `。!?` at its end, before any
/// closing quotes or brackets), such as
/// `大眾日報:濟南新材料產業園區加速打造百億級新型功能材料產業集群`. A
/// paragraph of the document itself is longer or ends a sentence.
fn headline(body: &str) -> bool {
    // A character takes at most four bytes: most paragraphs are too long
    // by their byte length alone, and are not counted.
    if body.is_empty() || body.len() > 4 * MAX_LINK_CHARS {
        return false;
    }
    let ends_sentence = body
        .trim_end_matches(crate::segment::is_closing)
        .ends_with(crate::segment::is_terminator);
    !ends_sentence && body.chars().count() <= MAX_LINK_CHARS
}

/// Drops related-link lists: runs of at least [`MIN_LINK_RUN`] consecutive
/// link lines among the lines kept, and the headlines right after a
/// related-reading heading (which was dropped as it was read).
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
    // Under a related-reading heading, the headlines that follow it, with
    // or without bullets, however few.
    for (k, _) in kept.iter().enumerate().filter(|(_, l)| l.after_heading) {
        let run = kept.get(k..).unwrap_or_default();
        let len = run.iter().take_while(|l| l.headline).count();
        drop.iter_mut().skip(k).take(len).for_each(|d| *d = true);
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
    use super::super::Normalizer;
    use super::MAX_BOILERPLATE_CHARS;

    fn norm(s: &str) -> String {
        Normalizer::default().normalize(s).text
    }

    #[test]
    fn boilerplate_lines_are_dropped() {
        let text = "开发区推行改革。\n京ICP备16016777号-3京公网安备11010802036172号\nCopyright© 2016 Chinajiceng.All Rights Reserved\n关于我们| 网站概况| 法律顾问| 服务条款| 人员查询\n[责任编辑:李希平]";
        assert_eq!(norm(text), "开发区推行改革。\n");
    }

    #[test]
    fn site_licences_are_boilerplate_but_a_zone_issuing_permits_is_not() {
        for footer in [
            "新闻信息服务许可证 互联网出版许可证",
            "互聯網新聞信息服務許可證編號:37120180030",
            "增值电信业务经营许可证:京B2-20090001",
        ] {
            assert_eq!(norm(&format!("正文。\n{footer}")), "正文。\n", "{footer}");
        }
        let permits =
            "开发区推行拿地即开工,企业当天取得施工许可证,今年已有12个项目实现拿地即开工。";
        assert_eq!(norm(permits), format!("{permits}\n"));
    }

    #[test]
    fn related_link_lists_are_dropped_but_single_bullets_stay() {
        let list = "正文。\n- 大眾日報:園區加速打造產業集群\n- 園區:面對面助力企業\n- 總投資11億元!項目簽約落戶園區\n";
        assert_eq!(norm(list), "正文。\n");
        let single = "正文。\n- 建立招商引资项目推进库\n";
        assert_eq!(norm(single), "正文。\n- 建立招商引资项目推进库\n");
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
    fn headlines_under_a_related_reading_heading_are_dropped() {
        // A WeChat page's 往期推荐: other pages' headlines, bulleted or not,
        // however few, up to the first line that is not a headline.
        let page = "正文。\n往期推荐\n高新区全面推行全员聘任制\n▶ 一窗受理再提速\n版权所有\n";
        assert_eq!(norm(page), "正文。\n");
        for heading in [
            "【往期推荐】",
            "— 相關閱讀 —",
            "往期推荐 RECOMMEND",
            "▌推荐阅读",
        ] {
            let page = format!("正文。\n{heading}\n开发区招商引资签约仪式举行\n");
            assert_eq!(norm(&page), "正文。\n", "{heading}");
        }
        // The list ends at the first sentence; a heading with nothing after
        // it goes alone.
        let after = "往期推荐\n开发区招商引资签约仪式举行\n园区实行聘任制。\n下文。\n相关新闻";
        assert_eq!(norm(after), "园区实行聘任制。\n下文。\n");
        // The heading words inside a line of text are not a heading.
        let text = "往期推荐的文章里有开发区的改革经验\n";
        assert_eq!(norm(text), text);
    }

    #[test]
    fn arrow_bullets_make_related_link_lists() {
        let list = "正文。\n▶ 园区加速打造产业集群\n▶ 面对面助力企业\n► 项目签约落户园区\n";
        assert_eq!(norm(list), "正文。\n");
        let sections = "▶ 体制改革\n园区实行管委会+公司模式。\n▶ 招商引资\n";
        assert_eq!(norm(sections), sections);
    }

    #[test]
    fn table_rows_with_figures_are_not_navigation() {
        let row = "| 企业开办 | 3个工作日 | 0.5个工作日 | 1200件 |\n";
        assert_eq!(norm(&format!("正文。\n{row}")), format!("正文。\n{row}"));
        let nav = "首页 | 新闻中心 | 政务公开 | 招商引资 | 联系我们";
        assert_eq!(norm(&format!("正文。\n{nav}")), "正文。\n");
    }

    #[test]
    fn page_numbers_are_dropped() {
        for footer in ["— 3 —", "- 12 -", "第 2 页 共 5 页", "第2頁", "3/5", "18"] {
            assert_eq!(
                norm(&format!("正文。\n{footer}\n下文。")),
                "正文。\n下文。\n",
                "{footer}"
            );
        }
        for kept in [
            "2023年",
            "第3条",
            "共5个",
            "2024-05-12",
            "2024/05/12",
            "12345",
        ] {
            let text = format!("正文。\n{kept}\n");
            assert_eq!(norm(&text), text, "{kept}");
        }
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
    fn marker_drops_a_line_only_up_to_the_length_limit() {
        let at_limit = format!("{}本站", "开".repeat(MAX_BOILERPLATE_CHARS - 2));
        assert_eq!(at_limit.chars().count(), MAX_BOILERPLATE_CHARS);
        assert_eq!(norm(&format!("正文。\n{at_limit}")), "正文。\n");
        let over = format!("开{at_limit}");
        assert_eq!(norm(&over), format!("{over}\n"));
        // The limit is in characters whatever their width: one byte each,
        // or four (the most bytes a line of the limit can take).
        for wide in ["a", "𠀀"] {
            let at_limit = format!("{}本站", wide.repeat(MAX_BOILERPLATE_CHARS - 2));
            assert_eq!(norm(&format!("正文。\n{at_limit}")), "正文。\n", "{wide}");
            let over = format!("{wide}{at_limit}");
            assert_eq!(norm(&over), format!("{over}\n"), "{wide}");
        }
    }
}
