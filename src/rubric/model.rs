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
    /// The reform dimensions (`[[dimensions]]`).
    pub dimensions: Vec<Dimension>,
    /// Benchmarking settings: fixed frontier and worst points, grade bands
    /// (`[benchmark]`).
    #[serde(default, skip_serializing_if = "BenchmarkSpec::is_empty")]
    pub benchmark: BenchmarkSpec,
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
    /// from negating, `了解` keeps `了` from reading as an achievement.
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
    /// Longer phrases that swallow a term inside them (`招商银行`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub exclude: Vec<String>,
    /// What the indicator means, for readers of the rubric.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

pub(super) fn one() -> f64 {
    1.0
}
