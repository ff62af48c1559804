//! Rubric: TOML text → [`Rubric`] (the serde model, validated).
//!
//! A rubric is data: evidence levels with their cues, negation cues, counting
//! units, neutral phrases, and dimensions made of indicators made of phrases.
//! [`Rubric::from_toml_str`] parses and validates; every error names the file,
//! line and column of the offending value and says how to fix it. A valid
//! rubric is compiled into a [`crate::Scorer`] by [`crate::Scorer::new`].

use crate::aggregate::{Aggregation, AggregationError};
use crate::normalize::normalize_phrase;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashSet};
use std::fmt;
use std::path::{Path, PathBuf};

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
    /// How levels become dimension scores and the total: weighted (the
    /// default) or the PMC index (`[aggregation]`, see [`crate::aggregate`]).
    #[serde(default, skip_serializing_if = "Aggregation::is_default")]
    pub aggregation: Aggregation,
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

/// The text of `rubrics/zone_reform.toml`.
pub const BUILTIN: &str = include_str!("../rubrics/zone_reform.toml");

fn one() -> f64 {
    1.0
}

/// Resource limits for rubrics, so a hostile file cannot exhaust memory.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RubricLimits {
    /// Maximum size of the TOML text in bytes.
    pub max_bytes: usize,
    /// Maximum number of phrases (terms, exclusions, cues, units, neutral).
    pub max_phrases: usize,
    /// Maximum nesting of arrays and tables in the TOML text.
    pub max_nesting: usize,
}

impl Default for RubricLimits {
    /// 4 MiB of TOML and 100 000 phrases are far beyond any hand-written
    /// rubric (the default one has a few hundred phrases); nesting deeper
    /// than 16 serves no rubric (the model itself nests 5 deep).
    fn default() -> Self {
        RubricLimits {
            max_bytes: 4 << 20,
            max_phrases: 100_000,
            max_nesting: 16,
        }
    }
}

/// The most `all` groups an indicator may have (they are tracked as bits).
pub const MAX_ALL_GROUPS: usize = 32;

/// Where a problem is: the file, line and column when known, and the path of
/// the value in the rubric (`dimensions[1].indicators[0].any[2]`).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Place {
    /// The rubric file, when the rubric was read from one.
    pub file: Option<PathBuf>,
    /// 1-based line and column in the TOML text, when known.
    pub line_col: Option<(usize, usize)>,
    /// The path of the value inside the rubric.
    pub path: String,
}

impl fmt::Display for Place {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let file = self
            .file
            .as_ref()
            .map_or_else(|| "<rubric>".to_string(), |p| p.display().to_string());
        match self.line_col {
            Some((l, c)) => write!(f, "{file}:{l}:{c}")?,
            None => write!(f, "{file}")?,
        }
        if !self.path.is_empty() {
            write!(f, " ({})", self.path)?;
        }
        Ok(())
    }
}

/// Everything that can be wrong with a rubric.
#[derive(Debug, thiserror::Error)]
pub enum RubricError {
    /// The rubric file could not be read.
    #[error("{path}: cannot read rubric: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// The I/O error.
        #[source]
        source: std::io::Error,
    },
    /// The TOML text is larger than the limit.
    #[error("{place}: rubric is {size} bytes, over the limit of {limit}; split it or raise RubricLimits::max_bytes")]
    TooLarge {
        /// Where.
        place: Place,
        /// Its size.
        size: usize,
        /// The limit.
        limit: usize,
    },
    /// The TOML nests arrays or tables deeper than the limit.
    #[error("{place}: arrays/tables nest {depth} deep, over the limit of {limit}; a rubric needs at most 5")]
    TooDeep {
        /// Where the limit was crossed.
        place: Place,
        /// How deep.
        depth: usize,
        /// The limit.
        limit: usize,
    },
    /// The rubric has more phrases than the limit.
    #[error(
        "{place}: {count} phrases, over the limit of {limit}; raise RubricLimits::max_phrases"
    )]
    TooManyPhrases {
        /// Where.
        place: Place,
        /// How many.
        count: usize,
        /// The limit.
        limit: usize,
    },
    /// Not valid TOML, or a value of the wrong type.
    #[error("{place}: {message}")]
    Syntax {
        /// Where.
        place: Place,
        /// The parser's message.
        message: String,
    },
    /// A key that the rubric format does not have.
    #[error("{place}: unknown field: {message}; check the spelling against the rubric reference in README.md")]
    UnknownField {
        /// Where.
        place: Place,
        /// The parser's message, naming the field and the expected ones.
        message: String,
    },
    /// A phrase that is empty, or empty after normalization.
    #[error("{place}: empty phrase {phrase:?}; remove it or write the words to match")]
    EmptyPhrase {
        /// Where.
        place: Place,
        /// The phrase as written.
        phrase: String,
    },
    /// A phrase containing a sentence terminator can never match.
    #[error("{place}: phrase {phrase:?} contains a sentence or line break and can never match inside one sentence; split it into separate phrases")]
    UnmatchablePhrase {
        /// Where.
        place: Place,
        /// The phrase as written.
        phrase: String,
    },
    /// An id used twice.
    #[error("{place}: duplicate id {id:?}; ids must be unique (dimensions in the rubric, indicators in their dimension)")]
    DuplicateId {
        /// Where the second use is.
        place: Place,
        /// The id.
        id: String,
    },
    /// An empty id.
    #[error("{place}: empty id; give it a short identifier such as \"one_stop\"")]
    EmptyId {
        /// Where.
        place: Place,
    },
    /// A weight that is not a positive finite number.
    #[error("{place}: weight {weight} must be a positive finite number; use e.g. 1.0")]
    BadWeight {
        /// Where.
        place: Place,
        /// The weight.
        weight: f64,
    },
    /// No levels at all.
    #[error("{place}: the rubric has no [[levels]]; add at least one, e.g. name = \"mention\", value = 1")]
    NoLevels {
        /// Where.
        place: Place,
    },
    /// Level values that are zero or not strictly ascending.
    #[error("{place}: level {name:?} has value {value}, but level values must be positive and strictly ascending (previous: {previous}); list levels from lowest to highest")]
    LevelsNotAscending {
        /// Where.
        place: Place,
        /// The level's name.
        name: String,
        /// Its value.
        value: u32,
        /// The previous level's value (0 for the first).
        previous: u32,
    },
    /// More levels than the engine tracks.
    #[error("{place}: {count} levels; at most 32 are supported")]
    TooManyLevels {
        /// Where.
        place: Place,
        /// How many.
        count: usize,
    },
    /// An indicator with neither `any` terms nor `all` groups.
    #[error("{place}: indicator {id:?} has no terms; add `any = [...]` or `all = [[...], [...]]`")]
    IndicatorWithoutTerms {
        /// Where.
        place: Place,
        /// The indicator's id.
        id: String,
    },
    /// An `all` group with no terms.
    #[error("{place}: empty `all` group; every group needs at least one term")]
    EmptyGroup {
        /// Where.
        place: Place,
    },
    /// Too many `all` groups.
    #[error("{place}: indicator {id:?} has {count} `all` groups; at most {MAX_ALL_GROUPS} are supported")]
    TooManyGroups {
        /// Where.
        place: Place,
        /// The indicator.
        id: String,
        /// How many.
        count: usize,
    },
    /// A dimension with no indicators.
    #[error(
        "{place}: dimension {id:?} has no indicators; add at least one [[dimensions.indicators]]"
    )]
    DimensionWithoutIndicators {
        /// Where.
        place: Place,
        /// The dimension's id.
        id: String,
    },
    /// No dimensions at all.
    #[error("{place}: the rubric has no [[dimensions]]; add at least one")]
    NoDimensions {
        /// Where.
        place: Place,
    },
    /// A `[benchmark]` setting that makes no sense.
    #[error("{place}: {problem}; fix the [benchmark] table (see README)")]
    BadBenchmark {
        /// Where.
        place: Place,
        /// What is wrong.
        problem: String,
    },
    /// An `[aggregation]` setting that makes no sense.
    #[error("{place}: {source}")]
    BadAggregation {
        /// Where.
        place: Place,
        /// What is wrong and how to fix it.
        source: AggregationError,
    },
}

/// Expands to a match on every variant of [`RubricError`] that carries a
/// place, binding it to `$place`; `Io` gives `$none`.
macro_rules! on_place {
    ($err:expr, $place:ident => $some:expr, $none:expr) => {{
        use RubricError::*;
        match $err {
            Io { .. } => $none,
            TooLarge { $place, .. }
            | TooDeep { $place, .. }
            | TooManyPhrases { $place, .. }
            | Syntax { $place, .. }
            | UnknownField { $place, .. }
            | EmptyPhrase { $place, .. }
            | UnmatchablePhrase { $place, .. }
            | DuplicateId { $place, .. }
            | EmptyId { $place }
            | BadWeight { $place, .. }
            | NoLevels { $place }
            | LevelsNotAscending { $place, .. }
            | TooManyLevels { $place, .. }
            | IndicatorWithoutTerms { $place, .. }
            | EmptyGroup { $place }
            | TooManyGroups { $place, .. }
            | DimensionWithoutIndicators { $place, .. }
            | NoDimensions { $place }
            | BadBenchmark { $place, .. }
            | BadAggregation { $place, .. } => $some,
        }
    }};
}

impl RubricError {
    /// Where the problem is, when the error concerns a place in the rubric.
    pub fn place(&self) -> Option<&Place> {
        on_place!(self, place => Some(place), None)
    }

    fn place_mut(&mut self) -> Option<&mut Place> {
        on_place!(self, place => Some(place), None)
    }
}

/// One segment of the path to a value inside the rubric.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Seg {
    Key(&'static str),
    Index(usize),
}

fn path_string(path: &[Seg]) -> String {
    let mut s = String::new();
    for seg in path {
        match seg {
            Seg::Key(k) => {
                if !s.is_empty() {
                    s.push('.');
                }
                s.push_str(k);
            }
            Seg::Index(i) => s.push_str(&format!("[{i}]")),
        }
    }
    s
}

fn at(path: &[Seg]) -> Place {
    Place {
        file: None,
        line_col: None,
        path: path_string(path),
    }
}

/// 1-based line and column (in characters, as an editor shows them) of a
/// byte offset, clamped to the text and backed off to a character boundary;
/// a byte order mark is not counted as a column.
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let mut end = offset.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let before = text.get(..end).unwrap_or_default();
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let col = before
        .get(line_start..)
        .map_or(0, |s| s.chars().filter(|&c| c != '\u{feff}').count())
        + 1;
    (line, col)
}

impl Rubric {
    /// The default rubric shipped with the crate (`rubrics/zone_reform.toml`),
    /// compiled into the library. It is checked by the crate's tests, so the
    /// error case only arises if the file was edited into an invalid state.
    ///
    /// ```
    /// let rubric = zone_reform::Rubric::builtin()?;
    /// assert_eq!(rubric.rubric.id, "zone_reform");
    /// # Ok::<(), zone_reform::RubricError>(())
    /// ```
    pub fn builtin() -> Result<Rubric, RubricError> {
        Self::from_toml_str(BUILTIN, Some(Path::new("rubrics/zone_reform.toml")))
    }

    /// The rubric at `path`, or the built-in one when there is none: what
    /// a `--rubric PATH` option usually means.
    pub fn load_or_builtin(path: Option<&Path>) -> Result<Rubric, RubricError> {
        match path {
            Some(path) => Self::load(path),
            None => Self::builtin(),
        }
    }

    /// Reads and validates a rubric file.
    pub fn load(path: impl AsRef<Path>) -> Result<Rubric, RubricError> {
        Self::load_with_limits(path, RubricLimits::default())
    }

    /// Reads and validates a rubric file under the given limits.
    pub fn load_with_limits(
        path: impl AsRef<Path>,
        limits: RubricLimits,
    ) -> Result<Rubric, RubricError> {
        let path = path.as_ref();
        let io = |source| RubricError::Io {
            path: path.to_path_buf(),
            source,
        };
        let size = std::fs::metadata(path).map_err(io)?.len();
        if size > limits.max_bytes as u64 {
            return Err(RubricError::TooLarge {
                place: Place {
                    file: Some(path.to_path_buf()),
                    ..Place::default()
                },
                size: usize::try_from(size).unwrap_or(usize::MAX),
                limit: limits.max_bytes,
            });
        }
        let text = std::fs::read_to_string(path).map_err(io)?;
        Self::parse(&text, Some(path), limits)
    }

    /// Parses and validates a rubric from TOML text. `origin` names the file
    /// in error messages.
    ///
    /// ```
    /// let text = "levels = []\ndimensions = []\n[rubric]\nid = \"x\"\nversion = \"1\"\n";
    /// let err = zone_reform::Rubric::from_toml_str(text, None).unwrap_err();
    /// assert!(err.to_string().contains("no [[levels]]"));
    /// ```
    pub fn from_toml_str(text: &str, origin: Option<&Path>) -> Result<Rubric, RubricError> {
        Self::parse(text, origin, RubricLimits::default())
    }

    /// Like [`Rubric::from_toml_str`], under explicit limits.
    pub fn parse(
        text: &str,
        origin: Option<&Path>,
        limits: RubricLimits,
    ) -> Result<Rubric, RubricError> {
        let place_at = |offset: Option<usize>| Place {
            file: origin.map(Path::to_path_buf),
            line_col: offset.map(|o| line_col(text, o)),
            path: String::new(),
        };
        if text.len() > limits.max_bytes {
            return Err(RubricError::TooLarge {
                place: place_at(None),
                size: text.len(),
                limit: limits.max_bytes,
            });
        }
        if let Some((depth, offset)) = nesting_over(text, limits.max_nesting) {
            return Err(RubricError::TooDeep {
                place: place_at(Some(offset)),
                depth,
                limit: limits.max_nesting,
            });
        }
        let rubric: Rubric = toml::from_str(text).map_err(|e| {
            let place = place_at(e.span().map(|s| s.start));
            let message = e.message().trim().to_string();
            if message.starts_with("unknown field") {
                RubricError::UnknownField { place, message }
            } else {
                RubricError::Syntax { place, message }
            }
        })?;
        rubric.validate_with_limits(limits).map_err(|mut e| {
            if let Some(place) = e.place_mut() {
                place.file = origin.map(Path::to_path_buf);
                place.line_col = locate(text, &place.path).map(|o| line_col(text, o));
            }
            e
        })?;
        Ok(rubric)
    }

    /// Serializes the rubric back to TOML.
    pub fn to_toml_string(&self) -> Result<String, toml::ser::Error> {
        toml::to_string_pretty(self)
    }

    /// The highest level value (L_max), or 0 for a rubric without levels.
    pub fn max_level(&self) -> u32 {
        self.levels.last().map_or(0, |l| l.value)
    }

    /// Checks the rubric under default limits; see [`Rubric::validate_with_limits`].
    pub fn validate(&self) -> Result<(), RubricError> {
        self.validate_with_limits(RubricLimits::default())
    }

    /// Checks everything that [`Rubric::from_toml_str`] checks after parsing:
    /// ids, weights, levels, phrases. Errors carry the path of the value (and
    /// no line, since a rubric built in code has no text).
    pub fn validate_with_limits(&self, limits: RubricLimits) -> Result<(), RubricError> {
        let mut count = 0usize;
        let mut phrase = |path: &[Seg], p: &str| -> Result<(), RubricError> {
            count += 1;
            check_phrase(path, p)
        };
        if self.levels.is_empty() {
            return Err(RubricError::NoLevels {
                place: at(&[Seg::Key("levels")]),
            });
        }
        if self.levels.len() > 32 {
            return Err(RubricError::TooManyLevels {
                place: at(&[Seg::Key("levels")]),
                count: self.levels.len(),
            });
        }
        let mut previous = 0;
        for (i, level) in self.levels.iter().enumerate() {
            let path = [Seg::Key("levels"), Seg::Index(i)];
            if level.value <= previous {
                return Err(RubricError::LevelsNotAscending {
                    place: at(&[path[0], path[1], Seg::Key("value")]),
                    name: level.name.clone(),
                    value: level.value,
                    previous,
                });
            }
            previous = level.value;
            for (j, c) in level.cues.iter().enumerate() {
                phrase(&[path[0], path[1], Seg::Key("cues"), Seg::Index(j)], c)?;
            }
            for (j, c) in level.unless.iter().enumerate() {
                phrase(&[path[0], path[1], Seg::Key("unless"), Seg::Index(j)], c)?;
            }
        }
        for (j, c) in self.negation.cues.iter().enumerate() {
            phrase(&[Seg::Key("negation"), Seg::Key("cues"), Seg::Index(j)], c)?;
        }
        for (j, c) in self.quantity.units.iter().enumerate() {
            phrase(&[Seg::Key("quantity"), Seg::Key("units"), Seg::Index(j)], c)?;
        }
        for (j, c) in self.neutral.phrases.iter().enumerate() {
            phrase(
                &[Seg::Key("neutral"), Seg::Key("phrases"), Seg::Index(j)],
                c,
            )?;
        }
        if self.dimensions.is_empty() {
            return Err(RubricError::NoDimensions {
                place: at(&[Seg::Key("dimensions")]),
            });
        }
        let mut dim_ids = HashSet::new();
        for (d, dim) in self.dimensions.iter().enumerate() {
            let dpath = [Seg::Key("dimensions"), Seg::Index(d)];
            check_id(&dpath, &dim.id, &mut dim_ids)?;
            check_weight(&dpath, dim.weight)?;
            if dim.indicators.is_empty() {
                return Err(RubricError::DimensionWithoutIndicators {
                    place: at(&[dpath[0], dpath[1], Seg::Key("indicators")]),
                    id: dim.id.clone(),
                });
            }
            let mut ind_ids = HashSet::new();
            for (i, ind) in dim.indicators.iter().enumerate() {
                let ipath = [dpath[0], dpath[1], Seg::Key("indicators"), Seg::Index(i)];
                check_id(&ipath, &ind.id, &mut ind_ids)?;
                check_weight(&ipath, ind.weight)?;
                if ind.any.is_empty() && ind.all.is_empty() {
                    return Err(RubricError::IndicatorWithoutTerms {
                        place: at(&ipath),
                        id: ind.id.clone(),
                    });
                }
                if ind.all.len() > MAX_ALL_GROUPS {
                    return Err(RubricError::TooManyGroups {
                        place: at(&[ipath[0], ipath[1], ipath[2], ipath[3], Seg::Key("all")]),
                        id: ind.id.clone(),
                        count: ind.all.len(),
                    });
                }
                for (j, t) in ind.any.iter().enumerate() {
                    phrase(
                        &[
                            ipath[0],
                            ipath[1],
                            ipath[2],
                            ipath[3],
                            Seg::Key("any"),
                            Seg::Index(j),
                        ],
                        t,
                    )?;
                }
                for (g, group) in ind.all.iter().enumerate() {
                    let gpath = [
                        ipath[0],
                        ipath[1],
                        ipath[2],
                        ipath[3],
                        Seg::Key("all"),
                        Seg::Index(g),
                    ];
                    if group.is_empty() {
                        return Err(RubricError::EmptyGroup { place: at(&gpath) });
                    }
                    for (j, t) in group.iter().enumerate() {
                        phrase(
                            &[
                                gpath[0],
                                gpath[1],
                                gpath[2],
                                gpath[3],
                                gpath[4],
                                gpath[5],
                                Seg::Index(j),
                            ],
                            t,
                        )?;
                    }
                }
                for (j, t) in ind.exclude.iter().enumerate() {
                    phrase(
                        &[
                            ipath[0],
                            ipath[1],
                            ipath[2],
                            ipath[3],
                            Seg::Key("exclude"),
                            Seg::Index(j),
                        ],
                        t,
                    )?;
                }
            }
        }
        self.validate_benchmark()?;
        let level_values: Vec<u32> = self.levels.iter().map(|l| l.value).collect();
        self.aggregation
            .validate(&level_values, self.dimensions.len())
            .map_err(|source| RubricError::BadAggregation {
                place: Place {
                    path: source.path.clone(),
                    ..Place::default()
                },
                source,
            })?;
        if count > limits.max_phrases {
            return Err(RubricError::TooManyPhrases {
                place: at(&[]),
                count,
                limit: limits.max_phrases,
            });
        }
        Ok(())
    }
}

impl Rubric {
    fn validate_benchmark(&self) -> Result<(), RubricError> {
        let spec = &self.benchmark;
        let known = |key: &str| key == "total" || self.dimensions.iter().any(|d| d.id == key);
        for (table, map) in [("frontier", &spec.frontier), ("worst", &spec.worst)] {
            for (key, &value) in map {
                let place = Place {
                    path: format!("benchmark.{table}.{key}"),
                    ..Place::default()
                };
                if !known(key) {
                    return Err(RubricError::BadBenchmark {
                        place,
                        problem: format!("{key:?} is neither a dimension id nor \"total\""),
                    });
                }
                if !(value.is_finite() && (0.0..=100.0).contains(&value)) {
                    return Err(RubricError::BadBenchmark {
                        place,
                        problem: format!("{value} is not a score on 0–100"),
                    });
                }
            }
        }
        for (key, &frontier) in &spec.frontier {
            if let Some(&worst) = spec.worst.get(key) {
                if frontier <= worst {
                    return Err(RubricError::BadBenchmark {
                        place: Place {
                            path: format!("benchmark.frontier.{key}"),
                            ..Place::default()
                        },
                        problem: format!("frontier {frontier} must be above worst {worst}"),
                    });
                }
            }
        }
        let mut previous = f64::INFINITY;
        for (i, band) in spec.bands.iter().enumerate() {
            let place = Place {
                path: format!("benchmark.bands[{i}].min"),
                ..Place::default()
            };
            if !(band.min.is_finite() && (0.0..=100.0).contains(&band.min)) || band.min >= previous
            {
                return Err(RubricError::BadBenchmark {
                    place,
                    problem: format!(
                        "band {:?} min {} must be on 0–100 and below the band before it",
                        band.name, band.min
                    ),
                });
            }
            previous = band.min;
        }
        Ok(())
    }
}

fn check_phrase(path: &[Seg], phrase: &str) -> Result<(), RubricError> {
    let normalized = normalize_phrase(phrase);
    if normalized.is_empty() {
        return Err(RubricError::EmptyPhrase {
            place: at(path),
            phrase: phrase.to_string(),
        });
    }
    if normalized
        .chars()
        .any(|c| matches!(c, '。' | '!' | '?' | '\n' | '\r'))
    {
        return Err(RubricError::UnmatchablePhrase {
            place: at(path),
            phrase: phrase.to_string(),
        });
    }
    Ok(())
}

fn check_id(path: &[Seg], id: &str, seen: &mut HashSet<String>) -> Result<(), RubricError> {
    let mut p = path.to_vec();
    p.push(Seg::Key("id"));
    if id.trim().is_empty() {
        return Err(RubricError::EmptyId { place: at(&p) });
    }
    if !seen.insert(id.to_string()) {
        return Err(RubricError::DuplicateId {
            place: at(&p),
            id: id.to_string(),
        });
    }
    Ok(())
}

fn check_weight(path: &[Seg], weight: f64) -> Result<(), RubricError> {
    if !(weight.is_finite() && weight > 0.0) {
        let mut p = path.to_vec();
        p.push(Seg::Key("weight"));
        return Err(RubricError::BadWeight {
            place: at(&p),
            weight,
        });
    }
    Ok(())
}

/// Finds the first place where arrays/tables nest deeper than `limit`,
/// counting brackets outside strings and comments. Returns the depth and the
/// byte offset. This runs before the TOML parser, whose recursion would
/// otherwise be driven by the input.
fn nesting_over(text: &str, limit: usize) -> Option<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut depth = 0usize;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'#' => {
                while i < bytes.len() && bytes[i] != b'\n' {
                    i += 1;
                }
            }
            q @ (b'"' | b'\'') => {
                let triple = bytes.get(i..i + 3) == Some(&[q, q, q][..]);
                if triple {
                    i += 3;
                    while i < bytes.len() && bytes.get(i..i + 3) != Some(&[q, q, q][..]) {
                        i += if q == b'"' && bytes[i] == b'\\' { 2 } else { 1 };
                    }
                    i += 2;
                } else {
                    i += 1;
                    while i < bytes.len() && bytes[i] != q && bytes[i] != b'\n' {
                        i += if q == b'"' && bytes[i] == b'\\' { 2 } else { 1 };
                    }
                }
            }
            b'[' | b'{' => {
                depth += 1;
                if depth > limit {
                    return Some((depth, i));
                }
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            b'\n' => {
                // A table header `[a]` or `[[a]]` closes on its own line;
                // unbalanced brackets in values are TOML errors anyway.
            }
            _ => {}
        }
        i += 1;
    }
    None
}

/// Byte offset of the value at `path` (as printed by `path_string`) in the
/// TOML text, found through the span-preserving parse of `toml::de::DeTable`.
pub(crate) fn locate(text: &str, path: &str) -> Option<usize> {
    use toml::de::{DeTable, DeValue};
    let root = DeTable::parse(text).ok()?;
    let root_start = root.span().start;
    let root = DeValue::Table(root.into_inner());
    let mut cur = &root;
    let mut start = root_start;
    for part in path_parts(path) {
        let next = match part {
            PathPart::Key(k) => cur.get(k)?,
            PathPart::Index(i) => cur.get(i)?,
        };
        start = next.span().start;
        cur = next.get_ref();
    }
    Some(start)
}

enum PathPart<'a> {
    Key(&'a str),
    Index(usize),
}

fn path_parts(path: &str) -> Vec<PathPart<'_>> {
    let mut parts = Vec::new();
    for piece in path.split('.').filter(|p| !p.is_empty()) {
        let (key, rest) = piece.split_once('[').map_or((piece, ""), |(k, r)| (k, r));
        if !key.is_empty() {
            parts.push(PathPart::Key(key));
        }
        for idx in rest.split('[') {
            if let Ok(i) = idx.trim_end_matches(']').parse::<usize>() {
                parts.push(PathPart::Index(i));
            }
        }
    }
    parts
}

#[cfg(test)]
mod tests {
    use super::*;

    const MINIMAL: &str = r#"
[rubric]
id = "t"
version = "1"

[[levels]]
name = "mention"
value = 1

[[dimensions]]
id = "one_stop"
name = "一站式"

  [[dimensions.indicators]]
  id = "window"
  any = ["一窗受理"]
"#;

    fn err(text: &str) -> RubricError {
        match Rubric::from_toml_str(text, Some(Path::new("r.toml"))) {
            Ok(_) => panic!("expected an error for:\n{text}"),
            Err(e) => e,
        }
    }

    #[test]
    fn line_col_counts_characters_and_survives_odd_offsets() {
        let text = "\u{feff}a = 1\n管委会 = x";
        assert_eq!(line_col(text, 0), (1, 1));
        assert_eq!(
            line_col(text, 3),
            (1, 1),
            "the byte order mark is no column"
        );
        let x = text.find('x').unwrap_or(0);
        assert_eq!(line_col(text, x), (2, 7));
        // Inside a character: backed off to its start, never the whole text.
        let inside = text.find('委').unwrap_or(0) + 1;
        assert_eq!(line_col(text, inside), (2, 2));
        assert_eq!(line_col(text, usize::MAX), (2, 8));
    }

    #[test]
    fn builtin_rubric_is_valid() {
        if let Err(e) = Rubric::from_toml_str(BUILTIN, None) {
            panic!("{e}");
        }
        assert!(Rubric::builtin().is_ok());
    }

    #[test]
    fn minimal_rubric_parses_with_default_weights() {
        let r = Rubric::from_toml_str(MINIMAL, None).expect("valid");
        assert_eq!(r.dimensions[0].weight, 1.0);
        assert_eq!(r.max_level(), 1);
    }

    #[test]
    fn unknown_field_names_file_line_and_column() {
        let text = MINIMAL.replace("any = [", "anny = [");
        let e = err(&text);
        assert!(matches!(e, RubricError::UnknownField { .. }), "{e}");
        let msg = e.to_string();
        assert!(msg.starts_with("r.toml:16:3"), "{msg}");
        assert!(msg.contains("anny"), "{msg}");
    }

    #[test]
    fn empty_term_is_rejected_at_its_line() {
        let e = err(&MINIMAL.replace("[\"一窗受理\"]", "[\"一窗受理\", \"  \"]"));
        assert!(matches!(e, RubricError::EmptyPhrase { .. }), "{e}");
        assert!(e.to_string().starts_with("r.toml:16:18"), "{e}");
        assert!(e.to_string().contains("any[1]"), "{e}");
    }

    #[test]
    fn duplicate_dimension_id_is_rejected() {
        let text = format!(
            "{MINIMAL}\n[[dimensions]]\nid = \"one_stop\"\nname = \"x\"\n[[dimensions.indicators]]\nid = \"a\"\nany = [\"a\"]\n"
        );
        let e = err(&text);
        assert!(matches!(e, RubricError::DuplicateId { .. }), "{e}");
        assert!(e.to_string().starts_with("r.toml:19:6"), "{e}");
    }

    #[test]
    fn bad_weights_are_rejected() {
        for w in ["0.0", "-1.0", "nan", "inf"] {
            let e = err(&MINIMAL.replace(
                "name = \"一站式\"",
                &format!("name = \"一站式\"\nweight = {w}"),
            ));
            assert!(matches!(e, RubricError::BadWeight { .. }), "{w}: {e}");
            assert!(e.to_string().contains("r.toml:13:"), "{e}");
        }
    }

    #[test]
    fn levels_must_ascend() {
        let text = MINIMAL.replace(
            "value = 1\n",
            "value = 2\n\n[[levels]]\nname = \"b\"\nvalue = 2\n",
        );
        let e = err(&text);
        assert!(matches!(e, RubricError::LevelsNotAscending { .. }), "{e}");
        let zero = err(&MINIMAL.replace("value = 1", "value = 0"));
        assert!(
            matches!(zero, RubricError::LevelsNotAscending { .. }),
            "{zero}"
        );
    }

    #[test]
    fn indicator_without_terms_is_rejected() {
        let e = err(&MINIMAL.replace("any = [\"一窗受理\"]", ""));
        assert!(
            matches!(e, RubricError::IndicatorWithoutTerms { .. }),
            "{e}"
        );
    }

    #[test]
    fn rubric_without_dimensions_is_rejected() {
        let e = err("dimensions = []\n[rubric]\nid = \"t\"\nversion = \"1\"\n[[levels]]\nname = \"m\"\nvalue = 1\n");
        assert!(matches!(e, RubricError::NoDimensions { .. }), "{e}");
    }

    #[test]
    fn phrase_with_sentence_break_is_rejected() {
        let e = err(&MINIMAL.replace("一窗受理", "一窗。受理"));
        assert!(matches!(e, RubricError::UnmatchablePhrase { .. }), "{e}");
    }

    #[test]
    fn syntax_error_has_a_place() {
        let e = err("[rubric\nid = 1");
        assert!(matches!(e, RubricError::Syntax { .. }), "{e}");
        assert!(e.to_string().starts_with("r.toml:1:"), "{e}");
    }

    #[test]
    fn deep_nesting_is_refused_before_parsing() {
        let text = format!("x = {}{}", "[".repeat(10_000), "]".repeat(10_000));
        let e = err(&text);
        assert!(matches!(e, RubricError::TooDeep { .. }), "{e}");
    }

    #[test]
    fn brackets_in_strings_do_not_count_as_nesting() {
        let text = MINIMAL.replace("一窗受理", "[[[[[[[[[[[[[[[[[[[[一窗受理");
        assert!(Rubric::from_toml_str(&text, None).is_ok());
    }

    #[test]
    fn benchmark_settings_are_checked() {
        let ok = format!("{MINIMAL}\n[benchmark]\nfrontier = {{ one_stop = 90.0 }}\nworst = {{ total = 0.0 }}\nbands = [{{ name = \"优秀\", min = 85.0 }}, {{ name = \"合格\", min = 60.0 }}]\n");
        let r = Rubric::from_toml_str(&ok, None).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(r.benchmark.bands.len(), 2);
        for bad in [
            "frontier = { nope = 90.0 }",
            "frontier = { one_stop = 120.0 }",
            "frontier = { one_stop = 10.0 }\nworst = { one_stop = 20.0 }",
            "bands = [{ name = \"a\", min = 60.0 }, { name = \"b\", min = 70.0 }]",
        ] {
            let e = err(&format!("{MINIMAL}\n[benchmark]\n{bad}\n"));
            assert!(matches!(e, RubricError::BadBenchmark { .. }), "{bad}: {e}");
            let line = e.place().and_then(|p| p.line_col).map_or(0, |(l, _)| l);
            assert!(line >= 19, "{bad}: {e}");
        }
    }

    #[test]
    fn serialized_rubric_parses_back_equal() {
        let r = Rubric::from_toml_str(MINIMAL, None).expect("valid");
        let text = r.to_toml_string().expect("serializes");
        let back = Rubric::from_toml_str(&text, None).expect("parses back");
        assert_eq!(r, back);
    }
}
