//! The rubric model: the serde types of a rubric as written in TOML.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A whole rubric, as written in TOML.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rubric {
    /// Identity of the rubric (`[rubric]` table).
    pub rubric: RubricInfo,
    /// Evidence levels in strictly ascending order of value (`[[levels]]`).
    pub levels: Vec<Level>,
    /// Cues that cancel a term in the same clause (`[negation]`).
    #[serde(default)]
    pub negation: Negation,
    /// Counting units that make a number a quantity cue (`[quantity]`).
    #[serde(default)]
    pub quantity: Quantity,
    /// Phrases matched only to shield the words inside them (`[neutral]`).
    #[serde(default)]
    pub neutral: Neutral,
    /// What a document must be about to be scored at all (`[scope]`); no
    /// scope means every document is in scope.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<Scope>,
    /// Context rules that apply to every indicator (`[[context]]`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub context: Vec<ContextRule>,
    /// How far a generic term counts without a mechanism (`[generic]`).
    #[serde(default, skip_serializing_if = "Generic::is_default")]
    pub generic: Generic,
    /// Where a sentence's level cues are read (`[evidence]`).
    #[serde(default, skip_serializing_if = "EvidenceSpec::is_default")]
    pub evidence: EvidenceSpec,
    /// The reform dimensions (`[[dimensions]]`).
    pub dimensions: Vec<Dimension>,
    /// Benchmarking settings: fixed frontier and worst points, grade bands
    /// (`[benchmark]`).
    #[serde(default, skip_serializing_if = "BenchmarkSpec::is_empty")]
    pub benchmark: BenchmarkSpec,
    /// How levels become dimension scores and the total: weighted (the
    /// default) or the PMC index (`[aggregation]`, see [`crate::aggregate`]).
    #[serde(
        default,
        skip_serializing_if = "crate::aggregate::Aggregation::is_default"
    )]
    pub aggregation: crate::aggregate::Aggregation,
}

/// The `[benchmark]` table: reference points that keep distance-to-frontier
/// comparable across years, and the names of grade bands.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BenchmarkSpec {
    /// Fixed frontier (best attainable) score on 0–100, per dimension id or
    /// `total`. Where absent, the best zone observed is the frontier.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub frontier: BTreeMap<String, f64>,
    /// Fixed worst score on 0–100, per dimension id or `total`. Where
    /// absent, the worst zone observed.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub worst: BTreeMap<String, f64>,
    /// Grade bands on the total, e.g. 优秀 ≥ 85; listed from the highest
    /// threshold down. A total below every band gets none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub bands: Vec<Band>,
}

impl Rubric {
    /// Every indicator in rubric order across dimensions, with its index in
    /// that order (the numbering of the compiled scorer's indicators,
    /// [`crate::Scorer::indicator_ref`], and of the lint's roles), its
    /// dimension's index and its own index in the dimension, the dimension
    /// and the indicator.
    pub(crate) fn indicators(
        &self,
    ) -> impl Iterator<Item = (u32, (usize, usize), &Dimension, &Indicator)> {
        self.dimensions
            .iter()
            .enumerate()
            .flat_map(|(d, dim)| {
                dim.indicators
                    .iter()
                    .enumerate()
                    .map(move |(i, ind)| ((d, i), dim, ind))
            })
            .enumerate()
            .map(|(index, (at, dim, ind))| (index as u32, at, dim, ind))
    }
}

impl BenchmarkSpec {
    /// True when nothing is set.
    pub fn is_empty(&self) -> bool {
        self.frontier.is_empty() && self.worst.is_empty() && self.bands.is_empty()
    }
}

/// A grade band: totals at or above `min` (and below the next band up).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Band {
    /// The band's name (`优秀`).
    pub name: String,
    /// The lowest total in the band, on 0–100.
    pub min: f64,
}

/// The `[rubric]` table: what this rubric is.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RubricInfo {
    /// A short identifier, e.g. `zone_reform`.
    pub id: String,
    /// The rubric's own version, reported with every score.
    pub version: String,
    /// A human-readable title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// What the rubric measures and how it was built.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

/// One evidence level (`[[levels]]`), e.g. `commitment = 2`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Level {
    /// The level's name, e.g. `achieved`.
    pub name: String,
    /// Its value, a positive integer; values ascend strictly.
    pub value: u32,
    /// Phrases that lift a sentence to this level.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub cues: Vec<String>,
    /// Phrases that, when they occur before a cue in the same sentence, keep
    /// that cue from counting (`将完成` is a commitment, not an achievement).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub unless: Vec<String>,
    /// Where this level's cues count around a term, overriding
    /// `[evidence] cue_window` (e.g. measure verbs in the term's own clause,
    /// results anywhere after it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub window: Option<Within>,
    /// Whether a number with a counting unit (`115件次`) is a cue of this level.
    #[serde(default, skip_serializing_if = "is_false")]
    pub quantity: bool,
    /// What the level means, for readers of the rubric.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

fn is_false(b: &bool) -> bool {
    !*b
}

/// The `[negation]` table.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Negation {
    /// Cues (`未`, `尚未`, `没有`) that cancel a term hit in the same clause.
    #[serde(default)]
    pub cues: Vec<String>,
}

/// The `[quantity]` table.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Quantity {
    /// Counting units (`项`, `家`, `件次`, `亿元`, `%`); a unit right after
    /// Arabic digits (optionally with `余`/`多` between) is a quantity.
    #[serde(default)]
    pub units: Vec<String>,
}

/// The `[neutral]` table.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Neutral {
    /// Phrases that count for nothing but, being matched leftmost-longest,
    /// keep the shorter phrases inside them from counting: `未来` keeps `未`
    /// from negating, `了解` keeps `了` from reading as an achievement, and
    /// `高校毕业生` keeps the context word `高校` from voiding a term.
    #[serde(default)]
    pub phrases: Vec<String>,
}

/// A reform dimension (`[[dimensions]]`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dimension {
    /// Identifier, unique in the rubric (`mgmt_company`).
    pub id: String,
    /// Display name (`管委会+公司`).
    pub name: String,
    /// Weight in the total; positive and finite. Defaults to 1.
    #[serde(default = "one")]
    pub weight: f64,
    /// What the dimension covers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Context rules of every indicator of this dimension
    /// (`[[dimensions.context]]`), besides the rubric's `[[context]]`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub context: Vec<ContextRule>,
    /// The indicators (`[[dimensions.indicators]]`).
    pub indicators: Vec<Indicator>,
}

/// An indicator: phrases whose presence in a sentence is evidence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Indicator {
    /// Identifier, unique within its dimension.
    pub id: String,
    /// Display name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Weight within the dimension; positive and finite. Defaults to 1.
    #[serde(default = "one")]
    pub weight: f64,
    /// Terms of which one suffices.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub any: Vec<String>,
    /// Groups of terms; each group needs one hit in the same sentence.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub all: Vec<Vec<String>>,
    /// Terms that name a field of work rather than a mechanism (`招商引资`):
    /// each counts like an `any` term, but its evidence stays at or below
    /// [`Generic::cap`] unless a mechanism or a result is bound to it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub generic: Vec<String>,
    /// Longer phrases that swallow a term inside them (`招商银行`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub exclude: Vec<String>,
    /// Context rules of this indicator alone
    /// (`[[dimensions.indicators.context]]`), besides the rubric's `[[context]]`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub context: Vec<ContextRule>,
    /// What the indicator means, for readers of the rubric.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

pub(super) fn one() -> f64 {
    1.0
}

/// The `[scope]` table: what a document must be about. A document with
/// fewer than `min_hits` occurrences of the scope `terms` (outside the
/// `exclude` phrases, which swallow them leftmost-longest) is out of scope:
/// grade 0 on every dimension, with the reason in its score.
///
/// The decision counts occurrences, so adding text can bring a document
/// into scope but never out of it, and reordering its sentences changes
/// nothing.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scope {
    /// What documents must be about, for reasons shown to readers
    /// (`"a development zone"`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Words that show the subject (`开发区`, `经开区`, `高新区`, `园区`...).
    pub terms: Vec<String>,
    /// Longer phrases that contain a scope term but name something else
    /// (`风景名胜区管理委员会`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub exclude: Vec<String>,
    /// How many occurrences of the terms a document needs; at least 1.
    #[serde(default = "one_u32")]
    pub min_hits: u32,
}

fn one_u32() -> u32 {
    1
}

/// A context rule: words that, near a term, change what the term is worth.
/// In the rubric's `[[context]]` it applies to every indicator; in a
/// dimension's `[[dimensions.context]]`, to the indicators of that
/// dimension; in an indicator's `[[dimensions.indicators.context]]`, to that
/// indicator only.
///
/// A term hit with one of the `words` in the same clause (or sentence, with
/// `within = "sentence"`) counts at most at level `cap`: `cap = 0` voids
/// it (a mall's 招商 of tenants is no investment attraction), `cap = 1`
/// keeps it a mention (a mechanism named in an audit's problem list).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ContextRule {
    /// A short identifier, shown with every decision it makes.
    pub id: String,
    /// Why the rule exists, shown to readers with the decision.
    pub why: String,
    /// The context words.
    pub words: Vec<String>,
    /// Where the words must be: `clause` (default) or `sentence`.
    #[serde(default, skip_serializing_if = "Within::is_clause")]
    pub within: Within,
    /// The highest level value the term can reach next to the words; 0
    /// voids the term. Must be 0 or the value of a level below the highest.
    #[serde(default)]
    pub cap: u32,
}

/// Where a context word or a level cue is looked for, relative to a term.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Within {
    /// The clause holding the term (between `，；：` marks).
    #[default]
    Clause,
    /// The term's clause and every clause after it, to the sentence end:
    /// Chinese reports name the measure first and its results after
    /// (`成立“马上办”办公室,…,在20分钟内…办结`).
    Rest,
    /// The whole sentence.
    Sentence,
}

impl Within {
    fn is_clause(&self) -> bool {
        *self == Within::Clause
    }
}

/// The `[generic]` table: how far an indicator's `generic` terms count on
/// their own. Evidence whose counted terms are all generic stays at or below
/// `cap` unless the clauses holding them name a mechanism (one of `bound`)
/// or report a result (a quantity that reaches the highest level).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Generic {
    /// The highest level value of unbound generic evidence (default 1).
    #[serde(default = "one_u32")]
    pub cap: u32,
    /// Phrases naming a mechanism (`机制`, `专班`, `考核办法`); one in the
    /// clause of a generic term lifts the cap.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub bound: Vec<String>,
}

impl Default for Generic {
    fn default() -> Self {
        Generic {
            cap: 1,
            bound: Vec::new(),
        }
    }
}

impl Generic {
    fn is_default(&self) -> bool {
        *self == Generic::default()
    }
}

/// The `[evidence]` table: where level cues are read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EvidenceSpec {
    /// `sentence` (default): a level cue anywhere in the sentence counts for
    /// every indicator the sentence is evidence for. `clause`: only cues in
    /// the clauses that hold the indicator's terms count, so a number or a
    /// perfective elsewhere in a long sentence cannot lift a passing mention.
    #[serde(default = "sentence")]
    pub cue_window: Within,
}

fn sentence() -> Within {
    Within::Sentence
}

impl Default for EvidenceSpec {
    fn default() -> Self {
        EvidenceSpec {
            cue_window: Within::Sentence,
        }
    }
}

impl EvidenceSpec {
    fn is_default(&self) -> bool {
        *self == EvidenceSpec::default()
    }
}
