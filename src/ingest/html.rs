//! HTML: charset, then the visible text of `<body>` and the `<title>`.

use super::text;
use super::IngestError;
use encoding_rs::Encoding;
use html5ever::tendril::TendrilSink;
use markup5ever_rcdom::{Handle, NodeData, RcDom};
use std::borrow::Cow;

mod flat;

/// Text, title and encoding of an HTML page.
#[derive(Debug)]
pub(crate) struct Page {
    pub(crate) text: String,
    pub(crate) title: Option<String>,
    pub(crate) encoding: &'static str,
}

/// Elements whose content is never document text.
pub(super) const SKIPPED: &[&str] = &[
    "script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe",
    "template", "head", "select", "button", "svg", "math", "canvas", "object", "embed", "audio",
    "video",
];

/// Elements that start and end a line.
pub(super) const BLOCKS: &[&str] = &[
    "address",
    "article",
    "blockquote",
    "body",
    "caption",
    "center",
    "dd",
    "details",
    "dialog",
    "dir",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "hgroup",
    "hr",
    "html",
    "legend",
    "li",
    "main",
    "menu",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "tbody",
    "tfoot",
    "thead",
    "tr",
    "ul",
];

/// Table cells: separated by a tab within their row's line (a field
/// separator that normalization keeps and segmentation reads as a clause
/// break, so one cell's negation does not reach the next).
pub(super) const CELLS: &[&str] = &["td", "th"];

/// How many bytes at the start are searched for a charset declaration.
const PRESCAN_BYTES: usize = 4096;

/// The largest text html5ever's buffers can hold (they count in `u32`).
const MAX_HTML_BYTES: usize = u32::MAX as usize;

/// The text of a fixed-size prefix of a document, borrowed when it is valid
/// UTF-8 but for a character cut at its end (as a prefix of a UTF-8 text
/// usually is), which is left out; otherwise `String::from_utf8_lossy`.
/// Leaving the cut character out changes nothing [`looks_like_html`] reads:
/// it would stand last, after whatever the start of the page is.
fn utf8_prefix(prefix: &[u8]) -> Cow<'_, str> {
    match simdutf8::compat::from_utf8(prefix) {
        Ok(text) => Cow::Borrowed(text),
        Err(e) if e.error_len().is_none() => {
            let valid = prefix.get(..e.valid_up_to()).unwrap_or_default();
            Cow::Borrowed(simdutf8::basic::from_utf8(valid).unwrap_or_default())
        }
        Err(_) => String::from_utf8_lossy(prefix),
    }
}

/// Whether the start of `bytes` is unmistakably an HTML page: after an
/// optional byte-order mark, whitespace, comments and an XML declaration it
/// opens with `<!DOCTYPE html`, `<html`, `<head` or `<body`.
pub(crate) fn looks_like_html(bytes: &[u8]) -> bool {
    let prefix = bytes.get(..bytes.len().min(PRESCAN_BYTES)).unwrap_or(bytes);
    let decoded;
    let mut s: &str = match Encoding::for_bom(prefix) {
        Some((encoding, bom_len)) => {
            decoded = encoding
                .decode_without_bom_handling(prefix.get(bom_len..).unwrap_or_default())
                .0;
            &decoded
        }
        None => {
            decoded = utf8_prefix(prefix);
            &decoded
        }
    };
    loop {
        s = s.trim_start();
        if let Some(rest) = s.strip_prefix("<!--") {
            match rest.find("-->") {
                Some(end) => s = rest.get(end + 3..).unwrap_or_default(),
                None => return false,
            }
        } else if let Some(rest) = s.strip_prefix("<?") {
            match rest.find("?>") {
                Some(end) => s = rest.get(end + 2..).unwrap_or_default(),
                None => return false,
            }
        } else {
            break;
        }
    }
    // The tags are ASCII: a byte that is not never equals one of theirs.
    ["<!doctype html", "<html", "<head", "<body"]
        .iter()
        .any(|tag| {
            s.as_bytes()
                .get(..tag.len())
                .is_some_and(|head| head.eq_ignore_ascii_case(tag.as_bytes()))
        })
}

/// Finds a charset declared in the first bytes: `<meta charset=...>`,
/// `<meta http-equiv="Content-Type" content="...; charset=...">` or an XML
/// declaration's `encoding="..."`. UTF-16 labels mean UTF-8 here, as in
/// browsers (a real UTF-16 page has a byte-order mark).
fn declared_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let prefix = bytes.get(..bytes.len().min(PRESCAN_BYTES)).unwrap_or(bytes);
    let lower = prefix.to_ascii_lowercase();
    let mut label = None;
    if lower.starts_with(b"<?xml") {
        let decl_end = memchr::memmem::find(&lower, b"?>").unwrap_or(lower.len());
        let decl = lower.get(..decl_end).unwrap_or_default();
        label = attribute_value(decl, b"encoding");
    }
    let mut from = 0;
    while label.is_none() {
        let rest = lower.get(from..)?;
        let start = memchr::memmem::find(rest, b"<meta")?;
        let tag = rest.get(start..)?;
        let end = memchr::memchr(b'>', tag).unwrap_or(tag.len());
        label = attribute_value(tag.get(..end)?, b"charset");
        from += start + 5;
    }
    let encoding = Encoding::for_label(label?)?;
    Some(
        if encoding == encoding_rs::UTF_16LE || encoding == encoding_rs::UTF_16BE {
            encoding_rs::UTF_8
        } else if encoding == encoding_rs::X_USER_DEFINED {
            encoding_rs::WINDOWS_1252
        } else {
            encoding
        },
    )
}

/// The value after `key` `=` in `tag`, without quotes.
fn attribute_value<'a>(tag: &'a [u8], key: &[u8]) -> Option<&'a [u8]> {
    let at = memchr::memmem::find(tag, key)?;
    let rest = tag.get(at + key.len()..)?;
    let rest = rest
        .trim_ascii_start()
        .strip_prefix(b"=")?
        .trim_ascii_start();
    let (quote, rest) = match rest.first() {
        Some(&q @ (b'"' | b'\'')) => (Some(q), rest.get(1..)?),
        _ => (None, rest),
    };
    let end = rest
        .iter()
        .position(|&b| match quote {
            Some(q) => b == q,
            None => b.is_ascii_whitespace() || matches!(b, b';' | b'"' | b'\'' | b'>' | b'/'),
        })
        .unwrap_or(rest.len());
    let value = rest.get(..end)?.trim_ascii();
    (!value.is_empty()).then_some(value)
}

/// Decodes and parses an HTML page.
pub(crate) fn read(name: &str, bytes: &[u8]) -> Result<Page, IngestError> {
    let decoded = text::decode(name, bytes, declared_charset(bytes))?;
    if decoded.text.len() > MAX_HTML_BYTES {
        return Err(IngestError::Unsupported {
            name: name.to_string(),
            format: "an HTML page over 4 GiB".to_string(),
            hint: "split the page or extract its text with another tool first".to_string(),
        });
    }
    let (text, title) = extract(&decoded.text);
    Ok(Page {
        text,
        title,
        encoding: decoded.encoding,
    })
}

/// Pages whose estimated element nesting is deeper than this are not given
/// to html5ever's tree builder (quadratic in the depth) but extracted by the
/// linear tokenizer pass. Browsers cap the DOM depth at a similar 512.
const MAX_TREE_DEPTH: usize = 512;

/// The visible body text (one line per block) and the title of a page.
pub(crate) fn extract(html: &str) -> (String, Option<String>) {
    let flat = flat::extract(html);
    if flat.max_depth > MAX_TREE_DEPTH {
        return (flat.text, flat.title);
    }
    extract_tree(html)
}

/// [`extract`] with html5ever's tree builder, for pages of sane depth.
fn extract_tree(html: &str) -> (String, Option<String>) {
    let dom = html5ever::parse_document(RcDom::default(), Default::default()).one(html);
    let title = find_title(&dom.document);
    let mut out = Lines::default();
    let root = find_element(&dom.document, "body").unwrap_or_else(|| dom.document.clone());
    let mut stack = vec![Step::Enter(root)];
    while let Some(step) = stack.pop() {
        let node = match step {
            Step::Enter(node) => node,
            Step::LeaveBlock => {
                out.line_break();
                continue;
            }
            Step::LeaveCell => {
                out.cell_break();
                continue;
            }
            Step::LeavePre => {
                out.pre = out.pre.saturating_sub(1);
                continue;
            }
        };
        match &node.data {
            NodeData::Text { contents } => {
                if let Ok(contents) = contents.try_borrow() {
                    out.push_text(&contents);
                }
                continue;
            }
            NodeData::Document => {}
            NodeData::Element { name, attrs, .. } => {
                let local: &str = &name.local;
                if SKIPPED.contains(&local) || attrs.try_borrow().is_ok_and(|a| is_hidden(&a)) {
                    continue;
                }
                if local == "br" {
                    out.line_break();
                    continue;
                }
                if BLOCKS.contains(&local) {
                    out.line_break();
                    stack.push(Step::LeaveBlock);
                } else if CELLS.contains(&local) {
                    out.cell_break();
                    stack.push(Step::LeaveCell);
                }
                if matches!(local, "pre" | "textarea" | "listing" | "plaintext") {
                    out.pre += 1;
                    stack.push(Step::LeavePre);
                }
            }
            _ => continue,
        }
        if let Ok(children) = node.children.try_borrow() {
            stack.extend(children.iter().rev().cloned().map(Step::Enter));
        };
    }
    (out.finish(), title)
}

/// Work items for the iterative walk (deeply nested pages must not overflow
/// the stack).
enum Step {
    Enter(Handle),
    LeaveBlock,
    LeaveCell,
    LeavePre,
}

/// The `hidden` attribute or an inline style that hides the element.
pub(super) fn is_hidden(attrs: &[html5ever::Attribute]) -> bool {
    attrs.iter().any(|a| match &*a.name.local {
        "hidden" => true,
        "style" => {
            let style: String = a
                .value
                .chars()
                .filter(|c| !c.is_whitespace())
                .flat_map(char::to_lowercase)
                .collect();
            style.contains("display:none") || style.contains("visibility:hidden")
        }
        _ => false,
    })
}

/// The first element named `local` in document order, outside SVG/MathML.
fn find_element(root: &Handle, local: &str) -> Option<Handle> {
    let mut stack = vec![root.clone()];
    while let Some(node) = stack.pop() {
        if let NodeData::Element { name, .. } = &node.data {
            if &*name.local == local && &*name.ns == "http://www.w3.org/1999/xhtml" {
                return Some(node);
            }
            if matches!(&*name.local, "svg" | "math") {
                continue;
            }
        }
        if let Ok(children) = node.children.try_borrow() {
            stack.extend(children.iter().rev().cloned());
        }
    }
    None
}

/// The `<title>` text with whitespace collapsed, if present and not empty.
fn find_title(document: &Handle) -> Option<String> {
    let title = find_element(document, "title")?;
    let mut out = Lines::default();
    let mut stack = vec![title];
    while let Some(node) = stack.pop() {
        if let NodeData::Text { contents } = &node.data {
            if let Ok(contents) = contents.try_borrow() {
                out.push_text(&contents);
            }
        }
        if let Ok(children) = node.children.try_borrow() {
            stack.extend(children.iter().rev().cloned());
        }
    }
    let title = out.finish();
    (!title.is_empty()).then_some(title)
}

/// Builds the output text: lines without leading/trailing whitespace, runs
/// of whitespace inside a line collapsed to one space, no empty lines.
#[derive(Default)]
pub(super) struct Lines {
    text: String,
    line: String,
    pending_space: bool,
    /// The pending separator is a table cell's end: a tab, not a space.
    pending_cell: bool,
    /// The pending whitespace contains a line break from the source.
    pending_newline: bool,
    /// Inside `<pre>`-like elements, source line breaks are kept.
    pub(super) pre: usize,
}

impl Lines {
    pub(super) fn push_text(&mut self, s: &str) {
        for c in s.chars() {
            if c == '\n' && self.pre > 0 {
                self.line_break();
            } else if c.is_whitespace() {
                if !self.line.is_empty() {
                    self.pending_space = true;
                    self.pending_newline |= c == '\n' || c == '\r';
                }
            } else {
                if self.pending_cell {
                    self.line.push('\t');
                } else if self.pending_space {
                    // A source line break between two CJK characters is not a
                    // word space (CSS Text 3 segment-break transformation).
                    let joined = self.pending_newline
                        && self.line.chars().next_back().is_some_and(is_cjk)
                        && is_cjk(c);
                    if !joined {
                        self.line.push(' ');
                    }
                }
                self.pending_space = false;
                self.pending_cell = false;
                self.pending_newline = false;
                self.line.push(c);
            }
        }
    }

    /// A table cell begins or ends: the next text in the line goes after a
    /// tab.
    pub(super) fn cell_break(&mut self) {
        if !self.line.is_empty() {
            self.pending_cell = true;
        }
    }

    pub(super) fn line_break(&mut self) {
        if !self.line.is_empty() {
            if !self.text.is_empty() {
                self.text.push('\n');
            }
            self.text.push_str(&self.line);
            self.line.clear();
        }
        self.pending_space = false;
        self.pending_cell = false;
        self.pending_newline = false;
    }

    pub(super) fn finish(mut self) -> String {
        self.line_break();
        self.text
    }
}

/// CJK ideographs, kana, CJK punctuation and full-width forms.
fn is_cjk(c: char) -> bool {
    matches!(u32::from(c),
        0x2E80..=0x2FDF | 0x3000..=0x303F | 0x3040..=0x30FF | 0x3100..=0x312F
        | 0x3190..=0x31FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF
        | 0xFE30..=0xFE4F | 0xFF00..=0xFFEF | 0x20000..=0x3FFFF)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefix_decoding_is_the_lossy_decoding_but_for_a_cut_last_character() {
        let page = "<html>开发区一站式服务";
        let text = page.as_bytes();
        let cut = "<html>开发区一站式服";
        let cases: Vec<(Vec<u8>, String)> = vec![
            (text.to_vec(), page.to_string()),
            // A character cut at the end is left out, not replaced.
            (text[..text.len() - 1].to_vec(), cut.to_string()),
            (text[..text.len() - 2].to_vec(), cut.to_string()),
            ([text, b"\xE5\x80".as_slice()].concat(), page.to_string()),
            // Any other invalid byte is replaced, as lossy decoding does.
            (
                [b"<html>\xFF".as_slice(), text].concat(),
                format!("<html>\u{FFFD}{page}"),
            ),
            (
                [b"\xE5".as_slice(), text].concat(),
                format!("\u{FFFD}{page}"),
            ),
            (Vec::new(), String::new()),
        ];
        for (bytes, want) in cases {
            assert_eq!(utf8_prefix(&bytes), want, "{bytes:?}");
        }
    }

    fn page(html: &str) -> Page {
        read("p.html", html.as_bytes()).unwrap()
    }

    #[test]
    fn body_text_without_page_furniture() {
        let p = page(
            "<!DOCTYPE html><html><head><title> 关于深化\n开发区改革的通知 </title>\
             <style>p { color: red }</style><script>var nav = 1;</script></head>\
             <body><header>网站首页</header><nav><a href=/>首页</a> | <a>政务公开</a></nav>\
             <div class=content><h1>关于深化开发区改革的通知</h1>\
             <p>各有关单位：</p><p>推行&ldquo;管委会+公司&rdquo;模式&nbsp;&amp; 市场化运营。</p>\
             <script>alert('x')</script><noscript>请启用脚本</noscript>\
             <form><input value=搜索><button>提交</button></form>\
             <iframe src=x>框架</iframe><template><p>模板</p></template>\
             <aside>相关链接</aside></div>\
             <footer>版权所有 © 某市人民政府</footer></body></html>",
        );
        assert_eq!(
            p.text,
            "关于深化开发区改革的通知\n各有关单位：\n推行“管委会+公司”模式 & 市场化运营。"
        );
        assert_eq!(p.title.as_deref(), Some("关于深化开发区改革的通知"));
        assert_eq!(p.encoding, "UTF-8");
    }

    #[test]
    fn blocks_breaks_tables_and_whitespace() {
        let p = page(
            "<body>  first   line<br>second\tline<br><br>\
             <ul><li>one</li><li>two</li></ul>\
             <table><tr><td>单位</td><td>负责人</td></tr><tr><th>a</th><th>b</th></tr></table>\
             <section>sec</section><article>art</article>\
             <pre>keep\n  lines</pre><span>in</span><b>line</b></body>",
        );
        assert_eq!(
            p.text,
            "first line\nsecond line\none\ntwo\n单位\t负责人\na\tb\nsec\nart\nkeep\nlines\ninline"
        );
    }

    #[test]
    fn source_line_breaks_between_cjk_are_not_spaces() {
        let p = page("<p>管委会\n  +公司，深化\n改革 reform\nnow</p>");
        assert_eq!(p.text, "管委会 +公司，深化改革 reform now");
    }

    #[test]
    fn hidden_elements_and_comments_are_dropped() {
        let p = page(
            "<body><p>shown</p><p hidden>secret</p><div style=\"DISPLAY: none\">gone</div>\
             <!-- comment --><p>end</p></body>",
        );
        assert_eq!(p.text, "shown\nend");
        assert_eq!(p.title, None);
    }

    #[test]
    fn meta_charset_is_honoured() {
        let html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; \
                    charset=gb2312\"><title>通知</title></head><body><p>开发区体制改革</p></body></html>";
        let (bytes, _, _) = encoding_rs::GBK.encode(html);
        let p = read("p.html", &bytes).unwrap();
        assert_eq!(p.encoding, "GBK");
        assert_eq!(p.text, "开发区体制改革");
        assert_eq!(p.title.as_deref(), Some("通知"));

        let html = "<meta charset='big5'><p>開發區體制改革</p>";
        let (bytes, _, _) = encoding_rs::BIG5.encode(html);
        let p = read("p.htm", &bytes).unwrap();
        assert_eq!((p.text.as_str(), p.encoding), ("開發區體制改革", "Big5"));
    }

    #[test]
    fn bom_and_detection_without_declaration() {
        let html = "<html><body><p>聊城嘉明经济开发区结合开发区体制改革后的职能职责，精准发力</p></body></html>";
        let (bytes, _, _) = encoding_rs::GBK.encode(html);
        let p = read("p.html", &bytes).unwrap();
        assert_eq!(p.encoding, "GBK");
        assert!(p.text.starts_with("聊城嘉明"));

        let mut le = vec![0xFF, 0xFE];
        for unit in html.encode_utf16() {
            le.extend_from_slice(&unit.to_le_bytes());
        }
        assert!(looks_like_html(&le));
        let p = read("p", &le).unwrap();
        assert_eq!(p.encoding, "UTF-16LE");
        assert!(p.text.starts_with("聊城嘉明"));
    }

    #[test]
    fn charset_prescan() {
        assert_eq!(
            declared_charset(b"<meta charset=utf-8>"),
            Some(encoding_rs::UTF_8)
        );
        assert_eq!(
            declared_charset(b"<META CHARSET=\"GBK\" />"),
            Some(encoding_rs::GBK)
        );
        assert_eq!(
            declared_charset(b"<meta charset=utf-16>"),
            Some(encoding_rs::UTF_8)
        );
        assert_eq!(
            declared_charset(b"<?xml version=\"1.0\" encoding=\"gb2312\"?><html>"),
            Some(encoding_rs::GBK)
        );
        assert_eq!(
            declared_charset(b"<meta name=x><meta charset=big5>"),
            Some(encoding_rs::BIG5)
        );
        assert_eq!(declared_charset(b"<meta charset=bogus>"), None);
        assert_eq!(declared_charset(b"<meta charset="), None);
        assert_eq!(declared_charset(b"<p>no meta</p>"), None);
    }

    #[test]
    fn sniffing() {
        assert!(looks_like_html(
            b"\xEF\xBB\xBF\n <!-- x --><?xml x?>\n<HTML lang=zh>"
        ));
        assert!(looks_like_html(b"<body>"));
        assert!(!looks_like_html(b"<!-- unterminated"));
        assert!(!looks_like_html(b"<p>just a fragment</p>"));
        assert!(!looks_like_html("开发区".as_bytes()));
    }

    #[test]
    fn binary_html_is_an_error() {
        let err = read("x.html", b"<html>\0\0\0").unwrap_err();
        assert!(err.to_string().contains("NUL byte"), "{err}");
    }

    #[test]
    fn deep_nesting_does_not_overflow() {
        let html = format!("{}深{}", "<div>".repeat(100_000), "</div>".repeat(100_000));
        assert_eq!(page(&html).text, "深");
        let html = format!("{}浅", "<span><b>".repeat(50_000));
        assert_eq!(page(&html).text, "浅");
    }

    #[test]
    fn empty_and_fragment_pages() {
        assert_eq!(page("").text, "");
        assert_eq!(page("<html></html>").text, "");
        assert_eq!(page("just text & more").text, "just text & more");
    }
}
