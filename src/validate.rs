//! Validation against hand-coded gold grades: the gold-file format and the
//! agreement statistics that compare engine grades with gold grades.
//!
//! [`Validation::run`] does it all: it scores the documents a [`GoldFile`]
//! names with a [`crate::Scorer`], pairs grades into [`Cell`]s, computes the
//! [`Agreement`] and lists the disagreements with the engine's decisive
//! evidence sentence.
//!
//! To use the statistics alone, the caller pairs each gold grade with the engine's grade for the same
//! document and dimension ([`Cell`], e.g. via [`GoldFile::pair_with`]) and
//! passes those cells, plus one `(engine_total, gold_sum)` pair per document,
//! to [`Agreement::compute`]. Grades are ordinal categories `0..=max_grade`
//! (`max_grade` is the rubric's L_max, 3 in the default rubric).
//!
//! # Figures
//!
//! * **exact**: proportion of cells with equal grades.
//! * **Cohen's κ**, unweighted, linear and quadratic weights
//!   ([`ConfusionMatrix::cohen_kappa`]); equals scikit-learn's
//!   `cohen_kappa_score(..., labels=range(k+1), weights=...)`.
//! * **Krippendorff's α, ordinal** ([`ConfusionMatrix::krippendorff_alpha_ordinal`]),
//!   Krippendorff (2011); equals the `krippendorff` Python package with
//!   `level_of_measurement="ordinal"`.
//! * **presence** precision, recall, F1 with presence = grade > 0 and gold
//!   as the reference ([`ConfusionMatrix::presence`]).
//! * **Spearman's ρ** with average ranks for ties ([`spearman`]), equal to
//!   `scipy.stats.spearmanr`.
//! * **confusion matrix**, gold rows × engine columns.
//! * **95% intervals** by a seeded percentile bootstrap over the paired items
//!   ([`Bootstrap`]: 2000 resamples by default; same seed, same interval).
//!
//! # Degenerate cases
//!
//! An undefined figure is `None` (JSON `null`), never NaN:
//!
//! * **Empty input**: every figure is `None`; `n = 0`; the confusion matrix
//!   is all zeros.
//! * **One grade only** (both raters gave every item the same grade, e.g. a
//!   single item they agree on): κ (all weightings) is `0/0` because
//!   `p_e = 1`, and α is `0/0` because there is no variation; both are
//!   `None`, as scikit-learn and the `krippendorff` package return NaN.
//!   `exact` is then `1.0` and is the figure to report.
//! * **Perfect agreement** with at least two grades used: κ = α = 1.
//! * **Total disagreement**: κ is 0 when the raters' grades never overlap
//!   in distribution (e.g. gold all 0, engine all 3: `p_o = p_e = 0`) and −1
//!   for a full reversal (gold 0,0,3,3 vs engine 3,3,0,0); α is then −0.75.
//!   κ always lies in `[−1, 1]`; α ≤ 1, and negative α means systematic
//!   disagreement.
//! * **A single item** with different grades: κ = 0 and α = 0.
//! * **Presence**: precision is `None` when the engine marks nothing
//!   present, recall when gold marks nothing present, F1
//!   (`2tp / (2tp + fp + fn)`) only when neither does.
//! * **Spearman**: `None` with fewer than two pairs or when either side is
//!   constant (zero variance).
//! * **Intervals**: `None` when the point figure is `None`; resamples where
//!   the figure is undefined are left out of the percentiles.

mod agreement;
mod bootstrap;
mod gold;
mod run;
mod stats;

pub use agreement::{
    disagreements, Agreement, Cell, DimensionAgreement, OrdinalAgreement, OverallAgreement,
};
pub use bootstrap::{Bootstrap, DEFAULT_RESAMPLES, DEFAULT_SEED};
pub use gold::{GoldDoc, GoldError, GoldFile, Location, KINDS};
pub use run::{
    decisive_evidence, default_docs_dir, DecisiveEvidence, Disagreement, GroupAgreement,
    PositiveDoc, RubricId, ThresholdFailure, Thresholds, ValidateError, ValidatedDoc, Validation,
};
pub use stats::{spearman, ConfusionMatrix, Presence, Weighting, MAX_GRADE_LIMIT};

/// Why agreement statistics could not be computed from the input.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum StatsError {
    /// A pair holds a grade above the highest grade.
    #[error("pair {index} (gold {gold}, engine {engine}) has a grade above the highest grade {max_grade}; pass the rubric's L_max as max_grade or fix the grade")]
    PairOutOfRange {
        /// Position of the pair in the input.
        index: usize,
        /// The gold grade.
        gold: u32,
        /// The engine grade.
        engine: u32,
        /// The highest grade allowed.
        max_grade: u32,
    },
    /// A cell holds a grade above the highest grade.
    #[error("{file} / {dimension}: {rater} grade {grade} is above the highest grade {max_grade}; pass the rubric's L_max as max_grade or fix the grade")]
    CellOutOfRange {
        /// The document file name.
        file: String,
        /// The dimension id.
        dimension: String,
        /// "gold" or "engine".
        rater: &'static str,
        /// The grade found.
        grade: u32,
        /// The highest grade allowed.
        max_grade: u32,
    },
    /// The same file and dimension rated twice.
    #[error("{file} / {dimension}: rated twice; pass one cell per document and dimension")]
    DuplicateCell {
        /// The document file name.
        file: String,
        /// The dimension id.
        dimension: String,
    },
    /// Two vectors that must pair up differ in length.
    #[error("vectors of different lengths ({left} and {right}); pass one value per item in each")]
    LengthMismatch {
        /// Length of the first vector.
        left: usize,
        /// Length of the second vector.
        right: usize,
    },
    /// A NaN or infinite value.
    #[error("value {value} at index {index} is not a finite number; drop or fix that item")]
    NotFinite {
        /// Position of the item.
        index: usize,
        /// The value found.
        value: f64,
    },
    /// A highest grade above [`MAX_GRADE_LIMIT`].
    #[error(
        "max_grade {max_grade} is above the limit {}; pass the rubric's L_max (e.g. 3)",
        MAX_GRADE_LIMIT
    )]
    MaxGradeTooLarge {
        /// The highest grade given.
        max_grade: u32,
    },
    /// A bootstrap confidence level outside (0, 1).
    #[error("bootstrap level {level} is not strictly between 0 and 1; use e.g. 0.95")]
    InvalidLevel {
        /// The level given.
        level: f64,
    },
}
