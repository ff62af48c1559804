//! The public entry point: agreement of engine grades with gold grades,
//! per dimension and overall.

use std::collections::{BTreeMap, HashSet};

use super::bootstrap::Bootstrap;
use super::stats::{spearman, spearman_finite, ConfusionMatrix, MatrixStat, Weighting};
use super::StatsError;

/// One rated cell: the gold and engine grade of one document on one dimension.
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub struct Cell {
    /// The document's file name.
    pub file: String,
    /// The dimension id.
    pub dimension: String,
    /// The hand-coded grade.
    pub gold: u32,
    /// The engine's grade.
    pub engine: u32,
}

/// Every agreement figure for one set of paired grades (one dimension, or all
/// cells pooled). `None` means undefined for the data (see the conventions
/// in [`crate::validate`]); every `*_ci` is a bootstrap percentile interval
/// `[lo, hi]` (see [`Bootstrap`]), `None` when the figure is undefined or the
/// bootstrap is off.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct OrdinalAgreement {
    /// Number of paired cells.
    pub n: usize,
    /// Proportion of cells where gold and engine agree exactly.
    pub exact: Option<f64>,
    /// Interval for `exact`.
    pub exact_ci: Option<[f64; 2]>,
    /// Cohen's κ, unweighted.
    pub kappa: Option<f64>,
    /// Interval for `kappa`.
    pub kappa_ci: Option<[f64; 2]>,
    /// Cohen's κ with linear weights.
    pub kappa_linear: Option<f64>,
    /// Interval for `kappa_linear`.
    pub kappa_linear_ci: Option<[f64; 2]>,
    /// Cohen's κ with quadratic weights.
    pub kappa_quadratic: Option<f64>,
    /// Interval for `kappa_quadratic`.
    pub kappa_quadratic_ci: Option<[f64; 2]>,
    /// Krippendorff's α with the ordinal metric.
    pub alpha_ordinal: Option<f64>,
    /// Interval for `alpha_ordinal`.
    pub alpha_ordinal_ci: Option<[f64; 2]>,
    /// Presence (grade > 0) precision of the engine against gold.
    pub presence_precision: Option<f64>,
    /// Presence recall of the engine against gold.
    pub presence_recall: Option<f64>,
    /// Presence F1.
    pub presence_f1: Option<f64>,
    /// Interval for `presence_f1`.
    pub presence_f1_ci: Option<[f64; 2]>,
    /// Presence counts `[true positives, false positives, false negatives]`.
    pub presence_counts: [u64; 3],
    /// Spearman's ρ between gold and engine grades of these cells.
    pub spearman_grades: Option<f64>,
    /// Interval for `spearman_grades`.
    pub spearman_grades_ci: Option<[f64; 2]>,
    /// Mean gold grade.
    pub mean_gold: Option<f64>,
    /// Mean engine grade (compare with `mean_gold` for a systematic bias).
    pub mean_engine: Option<f64>,
    /// Counts, gold grade rows × engine grade columns, `(max_grade + 1)²`.
    pub confusion: Vec<Vec<u64>>,
}

/// Agreement on one dimension.
pub type DimensionAgreement = OrdinalAgreement;

/// The figures given an interval, in the order of the `*_ci` fields.
const INTERVAL_STATS: [MatrixStat; 7] = [
    ConfusionMatrix::exact_agreement,
    |m| m.cohen_kappa(Weighting::Unweighted),
    |m| m.cohen_kappa(Weighting::Linear),
    |m| m.cohen_kappa(Weighting::Quadratic),
    ConfusionMatrix::krippendorff_alpha_ordinal,
    |m| m.presence().f1,
    ConfusionMatrix::spearman,
];

impl OrdinalAgreement {
    /// All figures for `(gold, engine)` pairs with grades `0..=max_grade`.
    ///
    /// # Errors
    /// [`StatsError::PairOutOfRange`] for a grade above `max_grade`,
    /// [`StatsError::InvalidLevel`] for a bad bootstrap level,
    /// [`StatsError::MaxGradeTooLarge`] for `max_grade` above
    /// [`crate::validate::MAX_GRADE_LIMIT`].
    pub fn from_pairs(
        pairs: &[(u32, u32)],
        max_grade: u32,
        bootstrap: &Bootstrap,
    ) -> Result<Self, StatsError> {
        let m = ConfusionMatrix::from_pairs(pairs, max_grade)?;
        let idx: Vec<(usize, usize)> = pairs
            .iter()
            .map(|&(g, e)| (g as usize, e as usize))
            .collect();
        let points: Vec<Option<f64>> = INTERVAL_STATS.iter().map(|f| f(&m)).collect();
        let cis = bootstrap.confusion_intervals(&idx, max_grade, &INTERVAL_STATS)?;
        // An interval only where the point estimate is defined.
        let ci = |i: usize| points[i].and(cis.get(i).copied().flatten());
        let presence = m.presence();
        let means = m.means();
        Ok(OrdinalAgreement {
            n: pairs.len(),
            exact: points[0],
            exact_ci: ci(0),
            kappa: points[1],
            kappa_ci: ci(1),
            kappa_linear: points[2],
            kappa_linear_ci: ci(2),
            kappa_quadratic: points[3],
            kappa_quadratic_ci: ci(3),
            alpha_ordinal: points[4],
            alpha_ordinal_ci: ci(4),
            presence_precision: presence.precision,
            presence_recall: presence.recall,
            presence_f1: points[5],
            presence_f1_ci: ci(5),
            presence_counts: [
                presence.true_positives,
                presence.false_positives,
                presence.false_negatives,
            ],
            spearman_grades: points[6],
            spearman_grades_ci: ci(6),
            mean_gold: means.map(|m| m.0),
            mean_engine: means.map(|m| m.1),
            confusion: m.rows(),
        })
    }
}

/// Agreement over all cells pooled, plus the document-level rank correlation
/// of engine totals with gold grade sums.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct OverallAgreement {
    /// The figures over all cells pooled (serialized flat, next to the
    /// fields below).
    #[serde(flatten)]
    pub cells: OrdinalAgreement,
    /// Number of `(engine_total, gold_sum)` document pairs.
    pub n_docs: usize,
    /// Spearman's ρ between engine totals and gold grade sums.
    pub spearman: Option<f64>,
    /// Interval for `spearman` (documents resampled).
    pub spearman_ci: Option<[f64; 2]>,
}

/// Agreement of engine grades with gold grades: per dimension and overall.
///
/// Serializes to JSON as
/// `{"max_grade", "bootstrap", "overall": {...}, "dimensions": {id: {...}}}`.
///
/// ```
/// use zone_reform::validate::{Agreement, Bootstrap, Cell};
/// let cell = |file: &str, dim: &str, gold, engine| Cell {
///     file: file.into(), dimension: dim.into(), gold, engine,
/// };
/// let cells = [
///     cell("a.txt", "staffing", 0, 0), cell("a.txt", "one_stop", 2, 3),
///     cell("b.txt", "staffing", 3, 3), cell("b.txt", "one_stop", 1, 1),
/// ];
/// let totals = [(40.0, 2.0), (80.0, 4.0)]; // (engine_total, gold_sum) per document
/// let a = Agreement::compute(&cells, &totals, 3, &Bootstrap::default())?;
/// assert_eq!(a.overall.cells.exact, Some(0.75));
/// assert_eq!(a.dimensions["staffing"].exact, Some(1.0));
/// let json = serde_json::to_value(&a).unwrap();
/// assert!(json["overall"]["kappa_quadratic"].is_number());
/// # Ok::<(), zone_reform::validate::StatsError>(())
/// ```
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Agreement {
    /// The highest grade (L_max).
    pub max_grade: u32,
    /// The bootstrap settings the intervals were computed with.
    pub bootstrap: Bootstrap,
    /// All cells pooled, and engine totals against gold sums.
    pub overall: OverallAgreement,
    /// Per dimension id.
    pub dimensions: BTreeMap<String, DimensionAgreement>,
}

impl Agreement {
    /// Computes every figure.
    ///
    /// `cells` are the rated cells (at most one per file and dimension);
    /// `totals` holds one `(engine_total, gold_sum)` pair per document, used
    /// only for [`OverallAgreement::spearman`]. Each dimension and the pooled
    /// cells are bootstrapped separately, each from `bootstrap.seed`, so
    /// adding a dimension leaves the others' intervals unchanged.
    ///
    /// The pooled intervals resample cells as if independent; the cells of
    /// one document are correlated, so read them as somewhat too narrow.
    /// The per-dimension intervals (one cell per document) have no such issue.
    ///
    /// # Errors
    /// [`StatsError::CellOutOfRange`] for a grade above `max_grade`,
    /// [`StatsError::DuplicateCell`] for a file and dimension rated twice,
    /// [`StatsError::NotFinite`] for a NaN or infinite total,
    /// [`StatsError::InvalidLevel`] for a bad bootstrap level,
    /// [`StatsError::MaxGradeTooLarge`] for `max_grade` above
    /// [`crate::validate::MAX_GRADE_LIMIT`].
    pub fn compute(
        cells: &[Cell],
        totals: &[(f64, f64)],
        max_grade: u32,
        bootstrap: &Bootstrap,
    ) -> Result<Agreement, StatsError> {
        bootstrap.check()?;
        let mut seen = HashSet::new();
        let mut by_dim: BTreeMap<&str, Vec<(u32, u32)>> = BTreeMap::new();
        for cell in cells {
            for (rater, grade) in [("gold", cell.gold), ("engine", cell.engine)] {
                if grade > max_grade {
                    return Err(StatsError::CellOutOfRange {
                        file: cell.file.clone(),
                        dimension: cell.dimension.clone(),
                        rater,
                        grade,
                        max_grade,
                    });
                }
            }
            if !seen.insert((cell.file.as_str(), cell.dimension.as_str())) {
                return Err(StatsError::DuplicateCell {
                    file: cell.file.clone(),
                    dimension: cell.dimension.clone(),
                });
            }
            by_dim
                .entry(cell.dimension.as_str())
                .or_default()
                .push((cell.gold, cell.engine));
        }
        let all: Vec<(u32, u32)> = cells.iter().map(|c| (c.gold, c.engine)).collect();
        let pooled = OrdinalAgreement::from_pairs(&all, max_grade, bootstrap)?;

        let engine: Vec<f64> = totals.iter().map(|t| t.0).collect();
        let gold: Vec<f64> = totals.iter().map(|t| t.1).collect();
        // Checks finiteness, reporting indices in the caller's order.
        let rho = spearman(&engine, &gold)?;
        // Canonical order for the bootstrap (see `Bootstrap`).
        let mut sorted = totals.to_vec();
        sorted.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.total_cmp(&b.1)));
        let engine: Vec<f64> = sorted.iter().map(|t| t.0).collect();
        let gold: Vec<f64> = sorted.iter().map(|t| t.1).collect();
        let rho_ci = match rho {
            None => None,
            Some(_) => bootstrap.interval(totals.len(), |idx| {
                let x: Vec<f64> = idx.iter().map(|&i| engine[i]).collect();
                let y: Vec<f64> = idx.iter().map(|&i| gold[i]).collect();
                spearman_finite(&x, &y)
            })?,
        };

        let mut dimensions = BTreeMap::new();
        for (dim, pairs) in by_dim {
            dimensions.insert(
                dim.to_string(),
                OrdinalAgreement::from_pairs(&pairs, max_grade, bootstrap)?,
            );
        }
        Ok(Agreement {
            max_grade,
            bootstrap: *bootstrap,
            overall: OverallAgreement {
                cells: pooled,
                n_docs: totals.len(),
                spearman: rho,
                spearman_ci: rho_ci,
            },
            dimensions,
        })
    }
}

/// The cells where gold and engine disagree, in input order.
pub fn disagreements(cells: &[Cell]) -> Vec<&Cell> {
    cells.iter().filter(|c| c.gold != c.engine).collect()
}
