//! A linear-time fallback extractor on html5ever's tokenizer alone.
//!
//! html5ever's tree builder walks the stack of open elements for many tags,
//! so a page with thousands of unclosed nested elements takes quadratic time
//! (20,000 nested `<div>`s: seconds; a 64 MiB page: hours). This pass runs
//! first on every page: it estimates the nesting depth and extracts the text
//! with the same rules, without building a tree. The caller uses its text
//! when the page is nested too deeply for the tree builder.

use super::{is_hidden, Lines, BLOCKS, CELLS, SKIPPED};
use html5ever::tendril::StrTendril;
use html5ever::tokenizer::states::RawKind;
use html5ever::tokenizer::{
    BufferQueue, Tag, TagKind, Token, TokenSink, TokenSinkResult, Tokenizer,
};
use html5ever::{LocalName, TokenizerResult};
use std::cell::RefCell;

/// Elements that never have content.
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
    "wbr", "param", "keygen",
];

/// Elements whose end tag is optional and that the tree builder closes
/// implicitly instead of nesting (`<p>` closes an open `<p>`, and so on);
/// they do not count towards the nesting depth.
const OPTIONAL_END: &[&str] = &[
    "html", "head", "body", "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead",
    "tbody", "tfoot", "colgroup", "caption", "rb", "rt", "rtc", "rp",
];

/// How far down the stack of skipped elements an end tag is matched.
const SKIP_MATCH_WINDOW: usize = 64;

/// Text, title and estimated nesting depth of a page.
pub(super) struct Flat {
    pub(super) text: String,
    pub(super) title: Option<String>,
    pub(super) max_depth: usize,
}

/// Tokenizes `html` once and extracts its text without building a tree.
pub(super) fn extract(html: &str) -> Flat {
    let tokenizer = Tokenizer::new(Sink::default(), Default::default());
    let input = BufferQueue::default();
    input.push_back(StrTendril::from_slice(html));
    while let TokenizerResult::Script(()) = tokenizer.feed(&input) {}
    tokenizer.end();
    let state = tokenizer.sink.state.into_inner();
    let title = state.title.finish();
    Flat {
        text: state.out.finish(),
        title: (!title.is_empty()).then_some(title),
        max_depth: state.max_depth,
    }
}

#[derive(Default)]
struct Sink {
    state: RefCell<State>,
}

#[derive(Default)]
struct State {
    out: Lines,
    title: Lines,
    in_title: bool,
    title_seen: bool,
    /// Open elements whose content is skipped.
    skip: Vec<LocalName>,
    depth: usize,
    max_depth: usize,
}

impl TokenSink for Sink {
    type Handle = ();

    fn process_token(&self, token: Token, _line_number: u64) -> TokenSinkResult<()> {
        let Ok(mut state) = self.state.try_borrow_mut() else {
            return TokenSinkResult::Continue;
        };
        match token {
            Token::TagToken(tag) => return state.tag(tag),
            Token::CharacterTokens(text) => state.text(&text),
            _ => {}
        }
        TokenSinkResult::Continue
    }
}

impl State {
    fn text(&mut self, text: &str) {
        if self.in_title {
            self.title.push_text(text);
        } else if self.skip.is_empty() {
            self.out.push_text(text);
        }
    }

    fn tag(&mut self, tag: Tag) -> TokenSinkResult<()> {
        let name: &str = &tag.name;
        let void = VOID.contains(&name);
        let nests = !void && !OPTIONAL_END.contains(&name);
        match tag.kind {
            TagKind::StartTag => {
                if nests && !tag.self_closing {
                    self.depth += 1;
                    self.max_depth = self.max_depth.max(self.depth);
                }
                if name == "title" && !self.title_seen {
                    self.in_title = true;
                }
                let skipped = SKIPPED.contains(&name) && name != "head" || is_hidden(&tag.attrs);
                if skipped && !void && !tag.self_closing {
                    self.skip.push(tag.name.clone());
                } else if self.skip.is_empty() {
                    self.open(name);
                }
                raw_state(name)
            }
            TagKind::EndTag => {
                if nests {
                    self.depth = self.depth.saturating_sub(1);
                }
                if name == "title" && self.in_title {
                    self.in_title = false;
                    self.title_seen = true;
                }
                let open_skip = self
                    .skip
                    .iter()
                    .enumerate()
                    .rev()
                    .take(SKIP_MATCH_WINDOW)
                    .find(|(_, open)| **open == tag.name)
                    .map(|(i, _)| i);
                if let Some(i) = open_skip {
                    self.skip.truncate(i);
                } else if self.skip.is_empty() {
                    self.close(name);
                }
                TokenSinkResult::Continue
            }
        }
    }

    fn open(&mut self, name: &str) {
        if name == "br" || BLOCKS.contains(&name) {
            self.out.line_break();
        } else if CELLS.contains(&name) {
            self.out.cell_break();
        }
        if matches!(name, "pre" | "textarea" | "listing" | "plaintext") {
            self.out.pre += 1;
        }
    }

    fn close(&mut self, name: &str) {
        if name == "br" || BLOCKS.contains(&name) {
            self.out.line_break();
        } else if CELLS.contains(&name) {
            self.out.cell_break();
        }
        if matches!(name, "pre" | "textarea" | "listing") {
            self.out.pre = self.out.pre.saturating_sub(1);
        }
    }
}

/// The tokenizer state the tree builder would switch to after this start
/// tag (so `<script>if (a<b)</script>` is not read as markup).
fn raw_state(name: &str) -> TokenSinkResult<()> {
    match name {
        "script" => TokenSinkResult::RawData(RawKind::ScriptData),
        "style" | "xmp" | "iframe" | "noembed" | "noframes" | "noscript" => {
            TokenSinkResult::RawData(RawKind::Rawtext)
        }
        "title" | "textarea" => TokenSinkResult::RawData(RawKind::Rcdata),
        "plaintext" => TokenSinkResult::Plaintext,
        _ => TokenSinkResult::Continue,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_text_as_the_tree_builder_on_a_normal_page() {
        let html = "<!DOCTYPE html><html><head><title>通知</title><style>p{}</style></head>\
                    <body><nav>首页</nav><div><h1>标题</h1><p>第一段<br>续行</p>\
                    <script>if (a<b) { x = '<p>no</p>' }</script>\
                    <table><tr><td>甲</td><td>乙</td></tr></table>\
                    <p hidden>隐藏</p><footer>版权</footer></div></body></html>";
        let flat = extract(html);
        let (tree_text, tree_title) = super::super::extract_tree(html);
        assert_eq!(flat.text, "标题\n第一段\n续行\n甲\t乙");
        assert_eq!(flat.text, tree_text);
        assert_eq!(flat.title, tree_title);
        assert_eq!(flat.title.as_deref(), Some("通知"));
        assert!(flat.max_depth < 10, "{}", flat.max_depth);
    }

    #[test]
    fn depth_ignores_void_and_implicitly_closed_elements() {
        let html = "<p>a<p>b<li>c<li>d<br><img src=x><hr><div>e</div><span/>".repeat(1000);
        assert!(
            extract(&html).max_depth <= 2,
            "{}",
            extract(&html).max_depth
        );
        let html = "<div>".repeat(1000);
        assert_eq!(extract(&html).max_depth, 1000);
    }

    #[test]
    fn unclosed_skipped_elements_skip_to_the_end() {
        let flat = extract("<p>keep</p><nav>menu<p>lost");
        assert_eq!(flat.text, "keep");
    }
}
