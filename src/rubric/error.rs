//! Rubric errors: what is wrong, where (file, line, column, path) and how to fix it.

use std::fmt;
use std::path::PathBuf;

use super::MAX_ALL_GROUPS;

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
    /// A `[scope]` without terms.
    #[error("{place}: [scope] has no terms; list the words that show what documents must be about, e.g. terms = [\"开发区\", \"园区\"], or remove the table")]
    EmptyScope {
        /// Where.
        place: Place,
    },
    /// `min_hits = 0` would put every document in scope.
    #[error("{place}: min_hits must be at least 1; remove [scope] to score every document")]
    BadMinHits {
        /// Where.
        place: Place,
    },
    /// A context rule without words can never apply.
    #[error("{place}: context rule {id:?} has no words; list the words that change what a term is worth")]
    ContextWithoutWords {
        /// Where.
        place: Place,
        /// The rule's id.
        id: String,
    },
    /// A cap that is not a level value below the highest.
    #[error("{place}: cap {cap} is not one of {allowed:?}; a cap is 0 (void, for context rules) or the value of a level below the highest")]
    BadCap {
        /// Where.
        place: Place,
        /// The cap as written.
        cap: u32,
        /// The values a cap may take here.
        allowed: Vec<u32>,
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
        source: crate::aggregate::AggregationError,
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
            | EmptyScope { $place }
            | BadMinHits { $place }
            | ContextWithoutWords { $place, .. }
            | BadCap { $place, .. }
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

    pub(super) fn place_mut(&mut self) -> Option<&mut Place> {
        on_place!(self, place => Some(place), None)
    }
}

/// One segment of the path to a value inside the rubric.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Seg {
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

pub(super) fn at(path: &[Seg]) -> Place {
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
