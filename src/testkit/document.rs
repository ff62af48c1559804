//! Generated documents: sentences from a rubric's own phrases, in either
//! script, with glosses, full-width forms and site boilerplate, as
//! proptest strategies.

use std::fmt;
use std::sync::Arc;

use proptest::prelude::*;
use proptest::strategy::Union;

use super::script::{mix, pick, to_traditional};
use crate::normalize::normalize_phrase;
use crate::Rubric;

/// A piece of generated text in its Simplified form, with the seed of its
/// Traditional rendering when it is to be shown in Traditional script.
#[derive(Clone, PartialEq, Eq)]
pub struct ScriptText {
    /// The text in Simplified characters (widths, case and glosses already
    /// varied).
    pub simplified: String,
    /// `Some(seed)`: rendered in Traditional script via [`to_traditional`].
    pub traditional: Option<u64>,
}

impl ScriptText {
    /// The text as it appears in the document.
    pub fn render(&self) -> String {
        match self.traditional {
            Some(seed) => to_traditional(&self.simplified, seed),
            None => self.simplified.clone(),
        }
    }
}

impl fmt::Debug for ScriptText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}", self.render())
    }
}

/// One line of a generated document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GeneratedLine {
    /// Content: sentences, each ending with a sentence terminator, after an
    /// optional prefix (indent or list mark).
    Content {
        /// Indent or list mark (`　　`, `- `, `1、`), possibly empty.
        prefix: String,
        /// The sentences, in order.
        sentences: Vec<ScriptText>,
    },
    /// A block of site boilerplate lines (an ICP line, a navigation bar, a
    /// related-link list...) that normalization drops; kept together when
    /// lines are reordered.
    Boilerplate(Vec<ScriptText>),
}

/// A generated document: lines of sentences and boilerplate.
#[derive(Clone, PartialEq, Eq, Default)]
pub struct GeneratedDocument {
    /// The lines, in order.
    pub lines: Vec<GeneratedLine>,
}

impl fmt::Debug for GeneratedDocument {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "GeneratedDocument {:?}", self.text())
    }
}

impl GeneratedDocument {
    fn render_with(&self, render: impl Fn(&ScriptText) -> String) -> String {
        let mut out = String::new();
        for line in &self.lines {
            match line {
                GeneratedLine::Content { prefix, sentences } => {
                    out.push_str(prefix);
                    sentences.iter().for_each(|s| out.push_str(&render(s)));
                    out.push('\n');
                }
                GeneratedLine::Boilerplate(lines) => {
                    for l in lines {
                        out.push_str(&render(l));
                        out.push('\n');
                    }
                }
            }
        }
        out
    }

    /// The document's text; every line ends with `\n`.
    pub fn text(&self) -> String {
        self.render_with(ScriptText::render)
    }

    /// The same document with every sentence and line in Simplified script.
    pub fn simplified_text(&self) -> String {
        self.render_with(|s| s.simplified.clone())
    }

    /// The same document with every sentence and line in Traditional script.
    pub fn traditional_text(&self, seed: u64) -> String {
        to_traditional(&self.simplified_text(), seed)
    }

    /// The number of content sentences.
    pub fn sentence_count(&self) -> usize {
        self.lines
            .iter()
            .map(|l| match l {
                GeneratedLine::Content { sentences, .. } => sentences.len(),
                GeneratedLine::Boilerplate(_) => 0,
            })
            .sum()
    }

    /// The document with its lines (boilerplate blocks as a whole) and the
    /// sentences inside each line shuffled by `seed`.
    pub fn shuffled(&self, seed: u64) -> GeneratedDocument {
        let mut lines = self.lines.clone();
        shuffle(&mut lines, seed);
        for (i, line) in lines.iter_mut().enumerate() {
            if let GeneratedLine::Content { sentences, .. } = line {
                shuffle(sentences, mix(seed, i as u64 + 1));
            }
        }
        GeneratedDocument { lines }
    }
}

/// Fisher–Yates with seeded choices.
pub(super) fn shuffle<T>(items: &mut [T], seed: u64) {
    for i in (1..items.len()).rev() {
        let j = (mix(seed, i as u64) % (i as u64 + 1)) as usize;
        items.swap(i, j);
    }
}

/// The phrases of a rubric, normalized, by role: the material documents
/// are built from.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Vocabulary {
    /// `any` terms and `all` group terms of every indicator.
    pub terms: Vec<String>,
    /// Exclusions.
    pub exclusions: Vec<String>,
    /// Level cues.
    pub cues: Vec<String>,
    /// `unless` cues.
    pub unless: Vec<String>,
    /// Negation cues.
    pub negations: Vec<String>,
    /// Counting units.
    pub units: Vec<String>,
    /// Neutral phrases.
    pub neutral: Vec<String>,
}

fn normalized_set<'a>(phrases: impl IntoIterator<Item = &'a String>) -> Vec<String> {
    let mut out: Vec<String> = phrases
        .into_iter()
        .map(|p| normalize_phrase(p))
        .filter(|p| !p.is_empty())
        .collect();
    out.sort();
    out.dedup();
    out
}

impl Vocabulary {
    /// The normalized phrases of `rubric`.
    pub fn of(rubric: &Rubric) -> Vocabulary {
        let inds = || rubric.dimensions.iter().flat_map(|d| d.indicators.iter());
        Vocabulary {
            terms: normalized_set(inds().flat_map(|i| i.any.iter().chain(i.all.iter().flatten()))),
            exclusions: normalized_set(inds().flat_map(|i| i.exclude.iter())),
            cues: normalized_set(rubric.levels.iter().flat_map(|l| l.cues.iter())),
            unless: normalized_set(rubric.levels.iter().flat_map(|l| l.unless.iter())),
            negations: normalized_set(&rubric.negation.cues),
            units: normalized_set(&rubric.quantity.units),
            neutral: normalized_set(&rubric.neutral.phrases),
        }
    }
}

/// Words of zone reports that surround the rubric's phrases. Some are
/// phrases of the default rubric too, on purpose.
pub const FILLERS: &[&str] = &[
    "开发区",
    "园区",
    "企业",
    "项目",
    "工作",
    "服务",
    "全面",
    "进一步",
    "高新区",
    "经开区",
    "改革",
    "发展",
    "我们",
    "推进",
    "实现",
    "落实",
    "办理",
    "审批",
    "窗口",
    "大厅",
    "集中",
    "受理",
    "中心",
    "政务",
    "入驻",
    "签约",
    "引进",
    "产业",
    "资金",
    "基金",
    "岗位",
    "干部",
    "员工",
    "的",
    "和",
    "在",
    "对",
    "为",
    "管委会",
    "公司",
    "年",
    "月",
];

/// Pinyin glosses with a tone mark: removed wherever they follow a Han
/// character.
const TONED_GLOSSES: &[&str] = &[
    "jì", "qū", "chǎn", "yè", "wù", "guǎn", "huì", "zhāo", "shāng", "xiàng",
];
/// Pinyin glosses without a tone mark: removed when a Han character follows.
const PLAIN_GLOSSES: &[&str] = &[
    "ji", "qu", "chan", "ye", "wu", "guan", "hui", "zhao", "shang",
];

const TERMINATORS: &[&str] = &["。", "。", "。", "！", "？", "!", "?", "。”", "！！"];
const CLAUSE_MARKS: &[&str] = &["，", "，", ",", "；", ";", "：", ":", "、"];
/// Line prefixes. A prefix belongs to the line's first sentence, so it
/// holds nothing a rubric phrase could match (`（一）` would: `一` is a
/// phrase of some rubrics, and reordering the line would move it to
/// another sentence).
const PREFIXES: &[&str] = &["", "", "", "　　", "  ", "- ", "· ", "1、", "（1）"];

fn select(items: &[String]) -> Option<BoxedStrategy<String>> {
    (!items.is_empty()).then(|| prop::sample::select(items.to_vec()).boxed())
}

pub(super) fn select_str(items: &'static [&'static str]) -> BoxedStrategy<String> {
    prop::sample::select(items).prop_map(str::to_string).boxed()
}

/// One fragment of a sentence: a rubric phrase, a quantity, a filler word
/// or a clause mark.
fn fragment_strategy(v: &Vocabulary) -> BoxedStrategy<String> {
    let mut options: Vec<(u32, BoxedStrategy<String>)> = Vec::new();
    let mut add = |weight: u32, s: Option<BoxedStrategy<String>>| {
        if let Some(s) = s {
            options.push((weight, s));
        }
    };
    add(6, select(&v.terms));
    add(
        1,
        select(&v.terms).map(|s| s.prop_map(|t| format!("“{t}”")).boxed()),
    );
    add(3, select(&v.cues));
    add(2, select(&v.unless));
    add(2, select(&v.negations));
    add(1, select(&v.neutral));
    add(2, select(&v.exclusions));
    add(
        2,
        select(&v.units).map(|units| {
            (
                1u32..100_000,
                prop::option::of(0u8..10),
                select_str(&["", "", "余", "多", "+"]),
                units,
            )
                .prop_map(|(n, frac, approx, unit)| match frac {
                    Some(f) => format!("{n}.{f}{approx}{unit}"),
                    None => format!("{n}{approx}{unit}"),
                })
                .boxed()
        }),
    );
    add(5, Some(select_str(FILLERS)));
    add(2, Some(select_str(CLAUSE_MARKS)));
    Union::new_weighted(options).boxed()
}

/// Variations of form that normalization must undo: full-width forms,
/// upper-case Latin letters and pinyin glosses after Han characters.
#[derive(Debug, Clone, Copy)]
struct Variation {
    full_width: Option<u64>,
    upper_case: Option<u64>,
    glosses: Option<u64>,
}

fn variation_strategy() -> impl Strategy<Value = Variation> {
    (
        prop::option::weighted(0.3, any::<u64>()),
        prop::option::weighted(0.2, any::<u64>()),
        prop::option::weighted(0.3, any::<u64>()),
    )
        .prop_map(|(full_width, upper_case, glosses)| Variation {
            full_width,
            upper_case,
            glosses,
        })
}

fn is_han(c: char) -> bool {
    crate::normalize::is_han(c)
}

impl Variation {
    fn apply(&self, text: &str) -> String {
        let chars: Vec<char> = text.chars().collect();
        let mut out = String::with_capacity(text.len() * 2);
        for (i, &c) in chars.iter().enumerate() {
            let idx = i as u64;
            let mut c = c;
            if let Some(seed) = self.upper_case {
                if c.is_ascii_lowercase() && mix(seed, idx).is_multiple_of(2) {
                    c = c.to_ascii_uppercase();
                }
            }
            if let Some(seed) = self.full_width {
                if ('!'..='~').contains(&c) && mix(seed, idx).is_multiple_of(2) {
                    c = char::from_u32(c as u32 + 0xFEE0).unwrap_or(c);
                }
            }
            out.push(c);
            if let Some(seed) = self.glosses {
                if is_han(c) && mix(seed, idx).is_multiple_of(5) {
                    let next_han = chars.get(i + 1).is_some_and(|&n| is_han(n));
                    let r = mix(seed, idx + 1_000_003);
                    let syllable = if next_han && r.is_multiple_of(2) {
                        pick(PLAIN_GLOSSES, r, 1)
                    } else {
                        pick(TONED_GLOSSES, r, 2)
                    };
                    let syllable = syllable.unwrap_or("jì");
                    let syllable = if r.is_multiple_of(7) {
                        syllable.to_uppercase()
                    } else {
                        syllable.to_string()
                    };
                    if r.is_multiple_of(3) {
                        out.push_str(&format!("（{syllable}）"));
                    } else {
                        out.push_str(&format!("({syllable})"));
                    }
                }
            }
        }
        out
    }
}

fn script_strategy() -> impl Strategy<Value = Option<u64>> {
    prop::option::weighted(0.4, any::<u64>())
}

/// One content sentence built from the vocabulary, ending with a sentence
/// terminator, in either script.
fn sentence_strategy(v: &Vocabulary) -> BoxedStrategy<ScriptText> {
    (
        prop::collection::vec(fragment_strategy(v), 1..8),
        select_str(TERMINATORS),
        variation_strategy(),
        script_strategy(),
    )
        .prop_map(|(fragments, terminator, variation, traditional)| {
            let body = variation.apply(&fragments.concat());
            ScriptText {
                simplified: format!("{body}{terminator}"),
                traditional,
            }
        })
        .boxed()
}

/// Terms short enough to sit in a boilerplate line without making it long.
fn short_terms(v: &Vocabulary, max_chars: usize) -> Vec<String> {
    let mut out: Vec<String> = v
        .terms
        .iter()
        .filter(|t| t.chars().count() <= max_chars)
        .cloned()
        .collect();
    out.extend(["园区", "开发区", "新闻"].map(str::to_string));
    out
}

/// A block of boilerplate lines, some carrying rubric terms.
fn boilerplate_strategy(v: &Vocabulary) -> BoxedStrategy<GeneratedLine> {
    let nav_items = short_terms(v, 10);
    let headlines = short_terms(v, 30);
    let one = |s: String| vec![s];
    let icp = (1_000_000u32..99_999_999, 1u8..9)
        .prop_map(move |(n, d)| one(format!("京ICP备{n}号-{d}")))
        .boxed();
    let copyright = (2000u32..2030, prop::sample::select(headlines.clone()))
        .prop_map(move |(y, t)| one(format!("Copyright © {y} {t}网 All Rights Reserved")))
        .boxed();
    let editor = prop::sample::select(headlines.clone())
        .prop_map(move |t| one(format!("[责任编辑:{t}]")))
        .boxed();
    let nav = prop::collection::vec(prop::sample::select(nav_items), 4..7)
        .prop_map(|items| vec![items.join("| ")])
        .boxed();
    let links = prop::collection::vec(
        (
            prop::sample::select(headlines.clone()),
            select_str(FILLERS),
            select_str(&["", "!", ":", "——"]),
            prop::sample::select(headlines),
        ),
        3..6,
    )
    .prop_map(|items| {
        items
            .into_iter()
            .map(|(a, b, mark, c)| format!("- {a}{b}{mark}{c}"))
            .collect()
    })
    .boxed();
    (
        prop_oneof![icp, copyright, editor, nav, links],
        script_strategy(),
    )
        .prop_map(|(lines, traditional)| {
            GeneratedLine::Boilerplate(
                lines
                    .into_iter()
                    .map(|simplified| ScriptText {
                        simplified,
                        traditional,
                    })
                    .collect(),
            )
        })
        .boxed()
}

fn content_line_strategy(v: &Vocabulary) -> BoxedStrategy<GeneratedLine> {
    (
        select_str(PREFIXES),
        prop::collection::vec(sentence_strategy(v), 1..4),
    )
        .prop_map(|(prefix, sentences)| GeneratedLine::Content { prefix, sentences })
        .boxed()
}

fn line_strategy(v: &Vocabulary) -> BoxedStrategy<GeneratedLine> {
    prop_oneof![
        5 => content_line_strategy(v),
        1 => boilerplate_strategy(v),
    ]
    .boxed()
}

/// Documents built from `rubric`'s own phrases, as structured values that
/// can be reordered, appended to, and rendered in either script.
pub fn structured_document_strategy(rubric: &Rubric) -> BoxedStrategy<GeneratedDocument> {
    let v = Arc::new(Vocabulary::of(rubric));
    prop::collection::vec(line_strategy(&v), 0..8)
        .prop_map(|lines| GeneratedDocument { lines })
        .boxed()
}

/// Document texts built from `rubric`'s own phrases, cues, negations,
/// quantities and boilerplate, in either script, with full-width forms and
/// pinyin glosses.
///
/// ```
/// use proptest::strategy::{Strategy, ValueTree};
/// use proptest::test_runner::TestRunner;
/// let rubric = zone_reform::Rubric::builtin()?;
/// let mut runner = TestRunner::deterministic();
/// let text = zone_reform::testkit::document_strategy(&rubric)
///     .new_tree(&mut runner)
///     .map(|tree| tree.current())
///     .unwrap_or_default();
/// assert!(text.is_empty() || text.ends_with('\n'));
/// # Ok::<(), zone_reform::RubricError>(())
/// ```
pub fn document_strategy(rubric: &Rubric) -> BoxedStrategy<String> {
    structured_document_strategy(rubric)
        .prop_map(|d| d.text())
        .boxed()
}
