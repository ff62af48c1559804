//! Test kit (cargo feature `testkit`): proptest strategies that build
//! documents from a rubric's own phrases, and [`check_rubric_invariants`],
//! which checks a rubric against the invariants of the design.
//!
//! Enable it for your tests only:
//!
//! ```toml
//! [dev-dependencies]
//! zone-reform = { version = "0.1", features = ["testkit"] }
//! ```
//!
//! Then, in a test of your own rubric:
//!
//! ```
//! use zone_reform::{testkit, Rubric};
//!
//! let rubric = Rubric::from_toml_str(r#"
//!     [rubric]
//!     id = "mine"
//!     version = "1"
//!
//!     [[levels]]
//!     name = "mention"
//!     value = 1
//!
//!     [[levels]]
//!     name = "done"
//!     value = 2
//!     cues = ["已", "完成"]
//!     unless = ["将"]
//!
//!     [negation]
//!     cues = ["尚未"]
//!
//!     [[dimensions]]
//!     id = "one_stop"
//!     name = "一站式服务"
//!
//!       [[dimensions.indicators]]
//!       id = "window"
//!       any = ["一窗受理", "一站式"]
//!       exclude = ["一站式购物"]
//! "#, None)?;
//! // 64 generated documents per invariant; use testkit::cases_from_env()
//! // to honour PROPTEST_CASES.
//! if let Err(violation) = testkit::check_rubric_invariants(&rubric, 64) {
//!     panic!("{violation}");
//! }
//! # Ok::<(), zone_reform::RubricError>(())
//! ```
//!
//! The documents ([`document_strategy`], [`structured_document_strategy`])
//! are made of sentences built from the rubric's terms, exclusions, level
//! cues and `unless` cues, negation cues, counting units with numbers and
//! neutral phrases, mixed with filler words and clause marks, and rendered
//! in either script (Traditional through the inverse of the engine's own
//! table), with full-width forms, upper-case Latin letters and pinyin glosses
//! (`區(qū)`). Lines of site boilerplate (ICP/备案 lines, copyright footers,
//! navigation bars, related-link lists) are mixed in, some of them carrying
//! rubric terms that must not count.
//!
//! What "appending" and "reordering sentences" mean here: every generated
//! content sentence ends with a sentence terminator (`。！？!?`), and
//! sentences are appended on a new line, or moved within their line, or
//! whole lines are moved (a related-link list moves as one block). That is
//! the scope in which the invariants are promised; see the crate docs.
//!
//! The property functions (`check_*`) are public so that a test can drive
//! them with its own strategies; each returns `Err(reason)` when its
//! invariant does not hold for the given input.

use crate::normalize::{normalize_phrase, Normalizer};
use crate::rubric::{Dimension, Indicator, Level, Negation, Neutral, Quantity, RubricInfo};
use crate::{Document, Rubric, Scorer, ZoneScore};
use proptest::prelude::*;
use proptest::strategy::Union;
use proptest::test_runner::{Config, RngAlgorithm, TestCaseError, TestError, TestRng, TestRunner};
use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::sync::{Arc, OnceLock};

pub use proptest;

/// The invariants of the design (DESIGN.md), numbered as there.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Invariant {
    /// 1. Every score lies in its range; totals in [0, 100]; grades in
    ///    [0, L_max] (and evidence quotes lie inside the document).
    ScoresInRange,
    /// 2. Appending sentences never lowers any indicator level.
    AppendingNeverLowers,
    /// 3. Reordering sentences, dimensions or indicators changes no score.
    ReorderingChangesNothing,
    /// 4. Scaling all weights by a positive constant changes no score.
    WeightScaling,
    /// 5. Traditional and Simplified forms of a text score the same.
    ScriptIndependence,
    /// 6. Normalization is idempotent; an empty document scores 0 everywhere.
    NormalizationIdempotent,
    /// 7. A rubric serialized and parsed again compiles to an equal scorer.
    SerializationRoundTrip,
    /// 8. Adding a zone never changes another zone's own scores.
    ZonesIndependent,
}

impl Invariant {
    /// All invariants, in order.
    pub const ALL: [Invariant; 8] = [
        Invariant::ScoresInRange,
        Invariant::AppendingNeverLowers,
        Invariant::ReorderingChangesNothing,
        Invariant::WeightScaling,
        Invariant::ScriptIndependence,
        Invariant::NormalizationIdempotent,
        Invariant::SerializationRoundTrip,
        Invariant::ZonesIndependent,
    ];

    /// The invariant's number in DESIGN.md.
    pub fn number(self) -> u8 {
        match self {
            Invariant::ScoresInRange => 1,
            Invariant::AppendingNeverLowers => 2,
            Invariant::ReorderingChangesNothing => 3,
            Invariant::WeightScaling => 4,
            Invariant::ScriptIndependence => 5,
            Invariant::NormalizationIdempotent => 6,
            Invariant::SerializationRoundTrip => 7,
            Invariant::ZonesIndependent => 8,
        }
    }

    /// What the invariant promises, in one line.
    pub fn statement(self) -> &'static str {
        match self {
            Invariant::ScoresInRange => "every score lies in its range",
            Invariant::AppendingNeverLowers => {
                "appending sentences never lowers an indicator level"
            }
            Invariant::ReorderingChangesNothing => {
                "reordering sentences, dimensions or indicators changes no score"
            }
            Invariant::WeightScaling => {
                "scaling all weights by a positive constant changes no score"
            }
            Invariant::ScriptIndependence => "Traditional and Simplified forms score the same",
            Invariant::NormalizationIdempotent => {
                "normalization is idempotent and an empty document scores 0"
            }
            Invariant::SerializationRoundTrip => {
                "a rubric serialized and parsed again compiles to an equal scorer"
            }
            Invariant::ZonesIndependent => "adding a zone never changes another zone's scores",
        }
    }
}

impl fmt::Display for Invariant {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "invariant {} ({})", self.number(), self.statement())
    }
}

/// An invariant that does not hold, with the minimal document (after
/// shrinking) that shows it.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("{invariant} does not hold: {reason}\n--- minimal case ---\n{case}")]
pub struct InvariantViolation {
    /// Which invariant.
    pub invariant: Invariant,
    /// What went wrong, e.g. which indicator's level dropped.
    pub reason: String,
    /// The minimal failing input, as text (the document, or the documents
    /// and their zones).
    pub case: String,
}

/// The number of cases to run: `PROPTEST_CASES` when set, else proptest's
/// default (256).
pub fn cases_from_env() -> u32 {
    Config::default().cases
}

// ------------------------------------------------------------- scripts ---

/// Traditional characters whose conversion by the engine (fast2s) depends
/// on their neighbours (`批覆` stays `批覆`, `計畫` becomes `计划`); the kit's
/// converter never produces them, so that a Traditional form it makes is
/// one the engine reads back character by character.
const CONTEXT_SENSITIVE: &[char] = &[
    '兒', '覆', '夥', '藉', '瞭', '麽', '幺', '於', '乾', '著', '苧', '闔', '鍾', '讎', '畫',
];

/// Simplified character → its Traditional forms, the inverse of the
/// engine's own Traditional → Simplified table.
fn traditional_table() -> &'static HashMap<char, Vec<char>> {
    static TABLE: OnceLock<HashMap<char, Vec<char>>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut table: HashMap<char, Vec<char>> = HashMap::new();
        let ranges = [
            '\u{3400}'..='\u{4DBF}',
            '\u{4E00}'..='\u{9FFF}',
            '\u{F900}'..='\u{FAFF}',
        ];
        for t in ranges.into_iter().flatten() {
            if CONTEXT_SENSITIVE.contains(&t) {
                continue;
            }
            let converted = fast2s::convert(t.encode_utf8(&mut [0; 4]));
            let mut chars = converted.chars();
            let (Some(s), None) = (chars.next(), chars.next()) else {
                continue;
            };
            // Only where the Simplified form is itself stable, so that the
            // engine maps both forms to the same character.
            if s != t && fast2s::convert(s.encode_utf8(&mut [0; 4])).starts_with(s) {
                table.entry(s).or_default().push(t);
            }
        }
        table
    })
}

/// A deterministic 64-bit mix (the `i`-th SplitMix64 output), for seeded
/// choices.
fn mix(seed: u64, i: u64) -> u64 {
    crate::rng::SplitMix64::nth(seed, i)
}

fn pick<T: Copy>(items: &[T], seed: u64, i: u64) -> Option<T> {
    match items.len() {
        0 => None,
        n => items.get((mix(seed, i) % n as u64) as usize).copied(),
    }
}

/// Converts Simplified text to one of its Traditional forms, chosen by
/// `seed` character by character among the forms the engine's table maps
/// back (so `发` may become `發` or `髮`); characters without a Traditional
/// form are kept. Permissive on purpose: any such form must score as the
/// Simplified source.
///
/// ```
/// use zone_reform::normalize::normalize_phrase;
/// let t = zone_reform::testkit::to_traditional("管委会+公司", 7);
/// assert_ne!(t, "管委会+公司");
/// assert_eq!(normalize_phrase(&t), "管委会+公司");
/// ```
pub fn to_traditional(text: &str, seed: u64) -> String {
    let table = traditional_table();
    text.chars()
        .enumerate()
        .map(|(i, c)| {
            table
                .get(&c)
                .and_then(|forms| pick(forms, seed, i as u64))
                .unwrap_or(c)
        })
        .collect()
}

// ------------------------------------------------------------ documents ---

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
fn shuffle<T>(items: &mut [T], seed: u64) {
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

fn select_str(items: &'static [&'static str]) -> BoxedStrategy<String> {
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

// ---------------------------------------------------- generated rubrics ---

/// Words of zone reform that overlap on purpose (`招商` ⊂ `招商引资` ⊂ …,
/// `招商银行`; `管委` ⊂ `管委会` ⊂ `管委会+公司`; `专班` ⊂ `招商专班`). Every
/// character round-trips through OpenCC's Simplified → Traditional
/// conversion and the engine's Traditional → Simplified table (`复` and
/// `借` are left out: OpenCC writes `批覆`, `藉助`, which fast2s keeps).
pub const TERM_POOL: &[&str] = &[
    "管委会",
    "管委",
    "公司",
    "管委会+公司",
    "平台公司",
    "有限公司",
    "政企分开",
    "一站式",
    "一站式服务中心",
    "服务中心",
    "一窗受理",
    "一次办成",
    "马上办",
    "帮办代办",
    "代办",
    "审批集中",
    "集中审批",
    "区内事区内办",
    "招商",
    "招商引资",
    "招商银行",
    "招商局",
    "双招双引",
    "招商专班",
    "专班",
    "产业链招商",
    "驻地招商",
    "以商招商",
    "项目推进机制",
    "全员聘任制",
    "聘任制",
    "聘任",
    "竞争上岗",
    "双向选聘",
    "末位淘汰",
    "绩效薪酬",
    "任期制",
    "剥离",
    "社会事务",
    "三个剥离",
    "内设机构",
    "精简",
    "人才",
    "人才公寓",
    "专项债",
    "产业基金",
    "融资",
    "贷款",
    "银行",
    "EPC",
    "ppp",
    "PPP模式",
];
/// Level cues (some are terms too, on purpose).
pub const CUE_POOL: &[&str] = &[
    "建立", "推行", "机制", "制度", "方案", "成立", "组建", "注册", "实行", "深化", "已", "了",
    "完成", "累计", "成功", "获批", "先后", "专班",
];
/// `unless` cues.
pub const UNLESS_POOL: &[&str] = &["将", "计划", "力争", "拟", "预计", "争取"];
/// Negation cues.
pub const NEGATION_POOL: &[&str] = &["未", "尚未", "没有", "不再", "并未"];
/// Neutral phrases.
pub const NEUTRAL_POOL: &[&str] = &["了解", "未来", "为了", "完成情况", "了如指掌", "即将召开"];
/// Counting units.
pub const UNIT_POOL: &[&str] = &[
    "项",
    "家",
    "个",
    "件次",
    "亿元",
    "万元",
    "人次",
    "名",
    "%",
    "个工作日",
];
/// Characters for random short phrases that overlap the words above.
const ALPHABET: &[char] = &[
    '管', '委', '会', '公', '司', '招', '商', '引', '资', '项', '目', '一', '站', '式', '服', '务',
    '中', '心', '聘', '任', '制', '专', '班', '剥', '离', '人', '才', '融', '未', '了',
];

/// A phrase as a rubric author might write it: usually Simplified, now and
/// then Traditional or full-width (normalization must make them equal).
fn written_phrase(base: BoxedStrategy<String>) -> BoxedStrategy<String> {
    (
        base,
        prop::option::weighted(0.15, any::<u64>()),
        any::<bool>(),
    )
        .prop_map(|(p, variant, full)| match variant {
            Some(_) if full => p
                .chars()
                .map(|c| match c {
                    '!'..='~' => char::from_u32(c as u32 + 0xFEE0).unwrap_or(c),
                    _ => c,
                })
                .collect(),
            Some(seed) => to_traditional(&p, seed),
            None => p,
        })
        .boxed()
}

fn term_strategy() -> BoxedStrategy<String> {
    let word = select_str(TERM_POOL);
    let random = prop::collection::vec(prop::sample::select(ALPHABET), 1..4)
        .prop_map(|cs| cs.into_iter().collect::<String>())
        .boxed();
    written_phrase(prop_oneof![3 => word, 1 => random].boxed())
}

fn exclusion_strategy() -> BoxedStrategy<String> {
    // A term with something before or after it: it swallows the term.
    (
        term_strategy(),
        prop::sample::select(ALPHABET),
        select_str(&["银行", "局集团", "证券", "基金", "服务"]),
        any::<bool>(),
    )
        .prop_map(|(t, c, word, before)| {
            if before {
                format!("{c}{t}")
            } else {
                format!("{t}{word}")
            }
        })
        .boxed()
}

fn weight_strategy() -> BoxedStrategy<f64> {
    prop_oneof![
        8 => 0.05f64..20.0,
        1 => prop::sample::select(vec![1.0, 0.5, 2.0, 3.0]),
        1 => prop::sample::select(vec![
            f64::MIN_POSITIVE,
            1e-300,
            5e-324,
            1e300,
            f64::MAX,
            f64::MAX / 3.0,
        ]),
    ]
    .boxed()
}

/// `any` terms, `all` groups, exclusions and weight of one indicator.
type IndicatorSpec = (Vec<String>, Vec<Vec<String>>, Vec<String>, f64);

fn indicator_strategy() -> BoxedStrategy<IndicatorSpec> {
    (
        prop::collection::vec(term_strategy(), 0..4),
        prop::collection::vec(prop::collection::vec(term_strategy(), 1..3), 0..3),
        prop::collection::vec(exclusion_strategy(), 0..3),
        weight_strategy(),
    )
        .prop_map(|(mut any, all, exclude, weight)| {
            if any.is_empty() && all.is_empty() {
                any.push("一站式".to_string());
            }
            (any, all, exclude, weight)
        })
        .boxed()
}

fn levels_strategy() -> BoxedStrategy<Vec<Level>> {
    let cue = written_phrase(
        prop_oneof![
            4 => select_str(CUE_POOL),
            1 => select_str(TERM_POOL),
        ]
        .boxed(),
    );
    prop::collection::vec(
        (
            1u32..4,
            prop::collection::vec(cue, 0..4),
            prop::collection::vec(select_str(UNLESS_POOL), 0..3),
            any::<bool>(),
        ),
        1..5,
    )
    .prop_map(|specs| {
        let mut value = 0;
        specs
            .into_iter()
            .enumerate()
            .map(|(i, (step, cues, unless, quantity))| {
                value += step;
                Level {
                    name: format!("level{i}"),
                    value,
                    cues,
                    unless,
                    quantity,
                    description: None,
                }
            })
            .collect()
    })
    .boxed()
}

/// Random valid rubrics over built-in pools of overlapping zone-reform
/// phrases: 1–4 levels with cues, `unless` cues and quantities; negation
/// cues; neutral phrases; 1–4 dimensions of 1–3 indicators with `any`
/// terms, `all` groups, exclusions (a term with more around it) and weights
/// (now and then extreme: 5e-324, 1e300, `f64::MAX`). For testing the
/// engine itself; to test a rubric of your own use
/// [`check_rubric_invariants`].
pub fn rubric_strategy() -> BoxedStrategy<Rubric> {
    let dimension = (
        prop::collection::vec(indicator_strategy(), 1..4),
        weight_strategy(),
    );
    (
        levels_strategy(),
        prop::collection::vec(select_str(NEGATION_POOL), 0..3),
        prop::collection::vec(select_str(UNIT_POOL), 0..5),
        prop::collection::vec(select_str(NEUTRAL_POOL), 0..3),
        prop::collection::vec(dimension, 1..5),
    )
        .prop_map(|(levels, negations, units, neutral, dims)| Rubric {
            rubric: RubricInfo {
                id: "generated".to_string(),
                version: "0".to_string(),
                name: None,
                description: None,
            },
            levels,
            negation: Negation { cues: negations },
            quantity: Quantity { units },
            neutral: Neutral { phrases: neutral },
            dimensions: dims
                .into_iter()
                .enumerate()
                .map(|(d, (inds, weight))| Dimension {
                    id: format!("d{d}"),
                    name: format!("dimension {d}"),
                    weight,
                    description: None,
                    indicators: inds
                        .into_iter()
                        .enumerate()
                        .map(|(i, (any, all, exclude, weight))| Indicator {
                            id: format!("i{i}"),
                            name: None,
                            weight,
                            any,
                            all,
                            exclude,
                            description: None,
                        })
                        .collect(),
                })
                .collect(),
            benchmark: Default::default(),
            aggregation: Default::default(),
        })
        .boxed()
}

// ------------------------------------------------------------ properties ---

/// Tolerance for comparing scores that are computed in a different order
/// or from scaled weights: relative 1e-9, or absolute 1e-12 near zero.
pub fn close(a: f64, b: f64) -> bool {
    let diff = (a - b).abs();
    diff <= 1e-12 || diff <= 1e-9 * a.abs().max(b.abs())
}

type Levels = BTreeMap<(String, String), u32>;

fn levels(score: &ZoneScore) -> Levels {
    score
        .dimensions
        .iter()
        .flat_map(|d| {
            d.indicators
                .iter()
                .map(move |i| ((d.id.clone(), i.id.clone()), i.level))
        })
        .collect()
}

/// Compares two scores of the same rubric (up to the order of dimensions
/// and indicators): levels and grades exactly, scores with [`close`].
fn same_scores(a: &ZoneScore, b: &ZoneScore) -> Result<(), String> {
    if levels(a) != levels(b) {
        let diff: Vec<String> = levels(a)
            .iter()
            .filter(|(k, v)| levels(b).get(*k) != Some(v))
            .map(|((d, i), v)| {
                let other = levels(b).get(&(d.clone(), i.clone())).copied();
                format!("{d}.{i}: {v} vs {other:?}")
            })
            .collect();
        return Err(format!("indicator levels differ: {}", diff.join(", ")));
    }
    let dims = |s: &ZoneScore| -> BTreeMap<String, (f64, u32)> {
        s.dimensions
            .iter()
            .map(|d| (d.id.clone(), (d.score, d.grade)))
            .collect()
    };
    for ((id, (sa, ga)), (_, (sb, gb))) in dims(a).iter().zip(dims(b).iter()) {
        if ga != gb || !close(*sa, *sb) {
            return Err(format!(
                "dimension {id}: score {sa} grade {ga} vs score {sb} grade {gb}"
            ));
        }
    }
    if !close(a.total, b.total) {
        return Err(format!("total {} vs {}", a.total, b.total));
    }
    Ok(())
}

fn score_text(scorer: &Scorer, text: &str) -> ZoneScore {
    scorer.score(&Document::from_text("doc", text))
}

/// Invariant 1: totals in [0, 100], dimension scores in [0, 1], grades and
/// levels in [0, L_max] (each a level value or 0), the grade the maximum
/// level, and every evidence quote the slice of `text` it points at.
pub fn check_scores_in_range(scorer: &Scorer, text: &str) -> Result<(), String> {
    let score = score_text(scorer, text);
    let l_max = scorer.max_level();
    if !(score.total.is_finite() && (0.0..=100.0).contains(&score.total)) {
        return Err(format!("total {} outside [0, 100]", score.total));
    }
    for d in &score.dimensions {
        if !(d.score.is_finite() && (0.0..=1.0).contains(&d.score)) {
            return Err(format!(
                "dimension {} score {} outside [0, 1]",
                d.id, d.score
            ));
        }
        let max = d.indicators.iter().map(|i| i.level).max().unwrap_or(0);
        if d.grade > l_max || d.grade != max {
            return Err(format!(
                "dimension {} grade {} (L_max {l_max}, best indicator {max})",
                d.id, d.grade
            ));
        }
        for i in &d.indicators {
            if i.level > l_max || (i.level > 0 && scorer.level_name(i.level) == "none") {
                return Err(format!("indicator {}.{} level {}", d.id, i.id, i.level));
            }
            for e in &i.evidence {
                if e.level == 0 || e.level > i.level {
                    return Err(format!(
                        "indicator {}.{} evidence level {} above level {}",
                        d.id, i.id, e.level, i.level
                    ));
                }
                if text.get(e.start..e.end) != Some(e.text.as_str()) {
                    return Err(format!(
                        "indicator {}.{} evidence {:?} is not text[{}..{}]",
                        d.id, i.id, e.text, e.start, e.end
                    ));
                }
            }
        }
    }
    Ok(())
}

/// Invariant 2: scoring `base` followed by `appended` on a new line gives
/// every indicator at least the level it had on `base` alone.
pub fn check_appending(scorer: &Scorer, base: &str, appended: &str) -> Result<(), String> {
    let mut longer = base.to_string();
    if !longer.is_empty() && !longer.ends_with('\n') {
        longer.push('\n');
    }
    longer.push_str(appended);
    let before = levels(&score_text(scorer, base));
    let after = levels(&score_text(scorer, &longer));
    for (key, level) in &before {
        let now = after.get(key).copied().unwrap_or(0);
        if now < *level {
            return Err(format!(
                "{}.{} fell from {level} to {now} after appending {appended:?}",
                key.0, key.1
            ));
        }
    }
    Ok(())
}

/// Invariant 3, sentences: the document with its lines and sentences
/// shuffled by `seed` scores as the original.
pub fn check_sentence_reordering(
    scorer: &Scorer,
    doc: &GeneratedDocument,
    seed: u64,
) -> Result<(), String> {
    let shuffled = doc.shuffled(seed).text();
    same_scores(
        &score_text(scorer, &doc.text()),
        &score_text(scorer, &shuffled),
    )
    .map_err(|e| format!("{e}; reordered text {shuffled:?}"))
}

/// The rubric with its dimensions, and the indicators inside each, shuffled
/// by `seed`.
pub fn reordered_rubric(rubric: &Rubric, seed: u64) -> Rubric {
    let mut r = rubric.clone();
    shuffle(&mut r.dimensions, seed);
    for (i, d) in r.dimensions.iter_mut().enumerate() {
        shuffle(&mut d.indicators, mix(seed, i as u64 + 1));
    }
    r
}

/// Invariant 3, rubric: `text` scores the same (by dimension and indicator
/// id) under the rubric with dimensions and indicators reordered.
pub fn check_rubric_reordering(rubric: &Rubric, text: &str, seed: u64) -> Result<(), String> {
    let a = Scorer::new(rubric).map_err(|e| e.to_string())?;
    let b = Scorer::new(&reordered_rubric(rubric, seed)).map_err(|e| e.to_string())?;
    same_scores(&score_text(&a, text), &score_text(&b, text))
}

/// The rubric with every dimension weight multiplied by `dimensions` and
/// every indicator weight by `indicators`.
pub fn scaled_rubric(rubric: &Rubric, dimensions: f64, indicators: f64) -> Rubric {
    let mut r = rubric.clone();
    for d in &mut r.dimensions {
        d.weight *= dimensions;
        for i in &mut d.indicators {
            i.weight *= indicators;
        }
    }
    r
}

/// Invariant 4: `text` scores the same (relative 1e-9) when all dimension
/// weights are scaled by one positive constant and all indicator weights by
/// another. Factors that push a weight out of the positive finite range
/// make an invalid rubric; such a case passes vacuously.
pub fn check_weight_scaling(
    rubric: &Rubric,
    text: &str,
    dimensions: f64,
    indicators: f64,
) -> Result<(), String> {
    let scaled = scaled_rubric(rubric, dimensions, indicators);
    if scaled.validate().is_err() {
        return Ok(());
    }
    let a = Scorer::new(rubric).map_err(|e| e.to_string())?;
    let b = Scorer::new(&scaled).map_err(|e| e.to_string())?;
    same_scores(&score_text(&a, text), &score_text(&b, text))
        .map_err(|e| format!("{e} (weights ×{dimensions}, ×{indicators})"))
}

/// Invariant 5: the Traditional form of a text scores as its Simplified
/// source, down to the level of every evidence sentence.
pub fn check_scripts(scorer: &Scorer, simplified: &str, traditional: &str) -> Result<(), String> {
    let a = score_text(scorer, simplified);
    let b = score_text(scorer, traditional);
    same_scores(&a, &b).map_err(|e| format!("{e}; Traditional form {traditional:?}"))?;
    let evidence = |s: &ZoneScore| -> Vec<Vec<u32>> {
        s.dimensions
            .iter()
            .flat_map(|d| d.indicators.iter())
            .map(|i| i.evidence.iter().map(|e| e.level).collect())
            .collect()
    };
    if evidence(&a) != evidence(&b) {
        return Err(format!(
            "evidence levels differ; Traditional form {traditional:?}"
        ));
    }
    Ok(())
}

/// Invariant 6, first half: normalizing normalized text changes nothing.
pub fn check_normalization(text: &str) -> Result<(), String> {
    let n = Normalizer::default();
    let once = n.normalize(text).text;
    let twice = n.normalize(&once).text;
    if once != twice {
        return Err(format!(
            "normalize({text:?}) = {once:?}, normalized again = {twice:?}"
        ));
    }
    Ok(())
}

/// Invariant 6, second half: a document that is empty, blank, or all
/// boilerplate scores 0 everywhere.
pub fn check_empty(scorer: &Scorer, text: &str) -> Result<(), String> {
    let score = score_text(scorer, text);
    if score.total != 0.0 || levels(&score).values().any(|&l| l != 0) {
        return Err(format!("{text:?} scores total {}", score.total));
    }
    Ok(())
}

/// Invariant 7: the rubric serialized with [`Rubric::to_toml_string`] and
/// parsed again compiles to a scorer equal to the rubric's own.
pub fn check_round_trip(rubric: &Rubric) -> Result<(), String> {
    let scorer = Scorer::new(rubric).map_err(|e| format!("the rubric does not compile: {e}"))?;
    let text = rubric
        .to_toml_string()
        .map_err(|e| format!("cannot serialize: {e}"))?;
    let back = Rubric::from_toml_str(&text, None)
        .map_err(|e| format!("serialized rubric does not parse: {e}\n{text}"))?;
    let again = Scorer::new(&back).map_err(|e| format!("does not compile again: {e}"))?;
    if again != scorer {
        return Err(format!("the scorers differ; serialized:\n{text}"));
    }
    Ok(())
}

/// Scores a batch of documents labelled by zone and combines each zone's
/// documents, as a benchmark does.
fn zone_scores(scorer: &Scorer, batch: &[(usize, String)]) -> BTreeMap<usize, ZoneScore> {
    let mut by_zone: BTreeMap<usize, Vec<ZoneScore>> = BTreeMap::new();
    for (zone, text) in batch {
        let scores = by_zone.entry(*zone).or_default();
        // A document is named within its zone, not by its place in the
        // batch: evidence carries the name, and another zone's documents
        // must not rename it.
        let doc = Document::from_text(format!("zone{zone}-doc{}", scores.len()), text.as_str());
        scores.push(scorer.score(&doc));
    }
    by_zone
        .into_iter()
        .map(|(zone, scores)| (zone, scorer.combine(&format!("zone{zone}"), &scores)))
        .collect()
}

/// Invariant 8 (the part that needs no benchmark): each zone's combined
/// score stays exactly the same when another zone's documents are added to
/// the batch at `position`; a zone of one document scores as that
/// document; and a zone's score does not depend on the order of its
/// documents.
pub fn check_zones_independent(
    scorer: &Scorer,
    zones: &[Vec<String>],
    added: &[String],
    position: usize,
) -> Result<(), String> {
    let batch: Vec<(usize, String)> = zones
        .iter()
        .enumerate()
        .flat_map(|(z, docs)| docs.iter().map(move |d| (z, d.clone())))
        .collect();
    let before = zone_scores(scorer, &batch);
    let mut bigger = batch.clone();
    let at = position % (bigger.len() + 1);
    let new_zone = zones.len();
    for (k, d) in added.iter().enumerate() {
        bigger.insert((at + k).min(bigger.len()), (new_zone, d.clone()));
    }
    let after = zone_scores(scorer, &bigger);
    for (zone, score) in &before {
        if after.get(zone) != Some(score) {
            return Err(format!("zone{zone} changed when zone{new_zone} was added"));
        }
    }
    for docs in zones {
        if let [single] = docs.as_slice() {
            let alone = score_text(scorer, single);
            let combined = scorer.combine("z", std::slice::from_ref(&alone));
            if combined.total != alone.total || levels(&combined) != levels(&alone) {
                return Err(format!(
                    "a zone of one document scores {} but the document {}",
                    combined.total, alone.total
                ));
            }
        }
        let scores: Vec<ZoneScore> = docs.iter().map(|d| score_text(scorer, d)).collect();
        let mut reversed = scores.clone();
        reversed.reverse();
        let (a, b) = (scorer.combine("z", &scores), scorer.combine("z", &reversed));
        if a.total != b.total || levels(&a) != levels(&b) {
            return Err("a zone's score depends on the order of its documents".to_string());
        }
    }
    Ok(())
}

// -------------------------------------------------------------- checker ---

fn runner(cases: u32) -> TestRunner {
    let config = Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    };
    TestRunner::new_with_rng(config, TestRng::deterministic_rng(RngAlgorithm::ChaCha))
}

fn run<S>(
    invariant: Invariant,
    cases: u32,
    strategy: S,
    render: impl Fn(&S::Value) -> String,
    test: impl Fn(&S::Value) -> Result<(), String>,
) -> Result<(), InvariantViolation>
where
    S: Strategy,
{
    match runner(cases).run(&strategy, |value| test(&value).map_err(TestCaseError::fail)) {
        Ok(()) => Ok(()),
        Err(TestError::Fail(reason, value)) => Err(InvariantViolation {
            invariant,
            reason: reason.message().to_string(),
            case: render(&value),
        }),
        Err(TestError::Abort(reason)) => Err(InvariantViolation {
            invariant,
            reason: format!("the test run was aborted: {}", reason.message()),
            case: String::new(),
        }),
    }
}

/// Checks `rubric` against every invariant, on `cases` generated documents
/// each (built from the rubric's own phrases by
/// [`structured_document_strategy`]). Returns the first invariant that does
/// not hold, with the smallest document proptest could shrink the failure
/// to. Runs are deterministic: the same rubric and `cases` test the same
/// documents.
///
/// An invalid rubric is reported as a violation of invariant 7 (it cannot
/// be compiled at all).
pub fn check_rubric_invariants(rubric: &Rubric, cases: u32) -> Result<(), InvariantViolation> {
    let violation = |invariant, reason: String| InvariantViolation {
        invariant,
        reason,
        case: String::new(),
    };
    check_round_trip(rubric).map_err(|e| violation(Invariant::SerializationRoundTrip, e))?;
    let scorer = Scorer::new(rubric)
        .map_err(|e| violation(Invariant::SerializationRoundTrip, e.to_string()))?;
    let docs = || structured_document_strategy(rubric);
    let text = |d: &GeneratedDocument| d.text();

    run(Invariant::ScoresInRange, cases, docs(), text, |d| {
        check_scores_in_range(&scorer, &d.text())
    })?;
    run(
        Invariant::AppendingNeverLowers,
        cases,
        (docs(), docs()),
        |(a, b)| format!("{}--- appended ---\n{}", a.text(), b.text()),
        |(a, b)| check_appending(&scorer, &a.text(), &b.text()),
    )?;
    run(
        Invariant::ReorderingChangesNothing,
        cases,
        (docs(), any::<u64>()),
        |(d, seed)| {
            format!(
                "{}--- reordered ---\n{}",
                d.text(),
                d.shuffled(*seed).text()
            )
        },
        |(d, seed)| {
            check_sentence_reordering(&scorer, d, *seed)?;
            check_rubric_reordering(rubric, &d.text(), *seed)
        },
    )?;
    run(
        Invariant::WeightScaling,
        cases,
        (docs(), 1e-3f64..1e3, 1e-3f64..1e3),
        |(d, a, b)| format!("{}(weights ×{a}, ×{b})", d.text()),
        |(d, a, b)| check_weight_scaling(rubric, &d.text(), *a, *b),
    )?;
    run(
        Invariant::ScriptIndependence,
        cases,
        (docs(), any::<u64>()),
        |(d, seed)| {
            format!(
                "{}--- Traditional ---\n{}",
                d.simplified_text(),
                d.traditional_text(*seed)
            )
        },
        |(d, seed)| check_scripts(&scorer, &d.simplified_text(), &d.traditional_text(*seed)),
    )?;
    run(
        Invariant::NormalizationIdempotent,
        cases,
        docs(),
        text,
        |d| {
            check_normalization(&d.text())?;
            let boilerplate_only = GeneratedDocument {
                lines: d
                    .lines
                    .iter()
                    .filter(|l| matches!(l, GeneratedLine::Boilerplate(_)))
                    .cloned()
                    .collect(),
            };
            check_empty(&scorer, &boilerplate_only.text())
        },
    )?;
    check_empty(&scorer, "").map_err(|e| violation(Invariant::NormalizationIdempotent, e))?;
    check_empty(&scorer, " \n\r\n\t　")
        .map_err(|e| violation(Invariant::NormalizationIdempotent, e))?;
    let texts = || prop::collection::vec(document_strategy(rubric), 1..3);
    run(
        Invariant::ZonesIndependent,
        cases,
        (
            prop::collection::vec(texts(), 1..4),
            texts(),
            any::<usize>(),
        ),
        |(zones, added, _)| format!("zones: {zones:#?}\nadded zone: {added:#?}"),
        |(zones, added, at)| check_zones_independent(&scorer, zones, added, *at),
    )?;
    Ok(())
}
