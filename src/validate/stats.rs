//! Agreement statistics over paired ordinal ratings (gold, engine).
//!
//! Every figure here is computed from a [`ConfusionMatrix`] (gold rows ×
//! engine columns) except [`spearman`], which works on two `f64` vectors.
//! A figure that is undefined for the data (a `0/0`) is `None`, never NaN;
//! the conventions are listed on each function and in the module docs of
//! [`crate::validate`].

use super::StatsError;

/// The highest `max_grade` accepted (rubrics use a handful of levels; the
/// limit keeps a mistaken argument from allocating a huge table).
pub const MAX_GRADE_LIMIT: u32 = 1000;

/// A figure computed from a confusion matrix (`None` when undefined).
pub(crate) type MatrixStat = fn(&ConfusionMatrix) -> Option<f64>;

/// Which disagreement weights Cohen's κ uses.
///
/// With `i` the gold grade, `j` the engine grade and `k` the highest grade:
/// unweighted `w = [i ≠ j]`, linear `w = |i − j| / k`, quadratic
/// `w = (i − j)² / k²`. (The `1/k` scale cancels in κ.)
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Weighting {
    /// Cohen's original κ: every disagreement weighs the same.
    Unweighted,
    /// Linear weights `|i − j|`.
    Linear,
    /// Quadratic weights `(i − j)²`.
    Quadratic,
}

impl Weighting {
    fn weight(self, i: usize, j: usize) -> f64 {
        let d = i.abs_diff(j) as f64;
        match self {
            Weighting::Unweighted => {
                if i == j {
                    0.0
                } else {
                    1.0
                }
            }
            Weighting::Linear => d,
            Weighting::Quadratic => d * d,
        }
    }
}

/// Presence (grade > 0) counts and figures, with gold as the reference.
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize)]
pub struct Presence {
    /// Gold > 0 and engine > 0.
    pub true_positives: u64,
    /// Gold = 0 but engine > 0.
    pub false_positives: u64,
    /// Gold > 0 but engine = 0.
    pub false_negatives: u64,
    /// `tp / (tp + fp)`; `None` when the engine marks nothing present.
    pub precision: Option<f64>,
    /// `tp / (tp + fn)`; `None` when gold marks nothing present.
    pub recall: Option<f64>,
    /// `2tp / (2tp + fp + fn)`; `None` only when neither side marks anything
    /// present. (It is `0.0`, not `None`, when precision alone is undefined,
    /// as in scikit-learn ≥ 1.3.)
    pub f1: Option<f64>,
}

/// A square table of counts: gold grade rows × engine grade columns, grades
/// `0..=max_grade`.
///
/// ```
/// use zone_reform::validate::{ConfusionMatrix, Weighting};
/// let m = ConfusionMatrix::from_pairs(&[(0, 0), (1, 1), (2, 1), (3, 3)], 3)?;
/// assert_eq!(m.get(2, 1), 1);
/// assert_eq!(m.exact_agreement(), Some(0.75));
/// assert!(m.cohen_kappa(Weighting::Quadratic).unwrap() > 0.8);
/// # Ok::<(), zone_reform::validate::StatsError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfusionMatrix {
    size: usize,
    counts: Vec<u64>,
}

impl ConfusionMatrix {
    /// An empty `(max_grade + 1) × (max_grade + 1)` table.
    ///
    /// # Errors
    /// [`StatsError::MaxGradeTooLarge`] when `max_grade` exceeds
    /// [`MAX_GRADE_LIMIT`].
    pub fn new(max_grade: u32) -> Result<Self, StatsError> {
        if max_grade > MAX_GRADE_LIMIT {
            return Err(StatsError::MaxGradeTooLarge { max_grade });
        }
        let size = max_grade as usize + 1;
        Ok(ConfusionMatrix {
            size,
            counts: vec![0; size * size],
        })
    }

    /// A table counting `(gold, engine)` pairs.
    ///
    /// # Errors
    /// [`StatsError::PairOutOfRange`] when a grade is above `max_grade`,
    /// [`StatsError::MaxGradeTooLarge`] as in [`ConfusionMatrix::new`].
    pub fn from_pairs(pairs: &[(u32, u32)], max_grade: u32) -> Result<Self, StatsError> {
        let mut m = ConfusionMatrix::new(max_grade)?;
        for (index, &(gold, engine)) in pairs.iter().enumerate() {
            if !m.try_add(gold, engine) {
                return Err(StatsError::PairOutOfRange {
                    index,
                    gold,
                    engine,
                    max_grade,
                });
            }
        }
        Ok(m)
    }

    /// Counts one pair; `false` (and nothing counted) when a grade is above
    /// [`Self::max_grade`].
    pub fn try_add(&mut self, gold: u32, engine: u32) -> bool {
        let (g, e) = (gold as usize, engine as usize);
        if g >= self.size || e >= self.size {
            return false;
        }
        self.counts[g * self.size + e] += 1;
        true
    }

    pub(crate) fn add_unchecked_in_range(&mut self, g: usize, e: usize) {
        self.counts[g * self.size + e] += 1;
    }

    pub(crate) fn clear(&mut self) {
        self.counts.iter_mut().for_each(|c| *c = 0);
    }

    /// The highest grade the table holds.
    pub fn max_grade(&self) -> u32 {
        (self.size - 1) as u32
    }

    /// How many pairs have gold grade `gold` and engine grade `engine`
    /// (0 outside the table).
    pub fn get(&self, gold: u32, engine: u32) -> u64 {
        let (g, e) = (gold as usize, engine as usize);
        if g >= self.size || e >= self.size {
            0
        } else {
            self.counts[g * self.size + e]
        }
    }

    /// The number of pairs counted.
    pub fn total(&self) -> u64 {
        self.counts.iter().sum()
    }

    /// The table as rows (gold grade) of columns (engine grade).
    pub fn rows(&self) -> Vec<Vec<u64>> {
        self.counts.chunks(self.size).map(<[u64]>::to_vec).collect()
    }

    fn at(&self, g: usize, e: usize) -> f64 {
        self.counts[g * self.size + e] as f64
    }

    /// Row sums (gold marginal counts) and column sums (engine marginal counts).
    fn marginals(&self) -> (Vec<f64>, Vec<f64>) {
        let mut rows = vec![0.0; self.size];
        let mut cols = vec![0.0; self.size];
        for (g, row) in self.counts.chunks(self.size).enumerate() {
            for (e, &c) in row.iter().enumerate() {
                rows[g] += c as f64;
                cols[e] += c as f64;
            }
        }
        (rows, cols)
    }

    /// How many grades occur at all, on either side.
    fn categories_used(&self) -> usize {
        let (rows, cols) = self.marginals();
        rows.iter()
            .zip(&cols)
            .filter(|(r, c)| **r + **c > 0.0)
            .count()
    }

    /// Proportion of pairs with equal grades; `None` for an empty table.
    pub fn exact_agreement(&self) -> Option<f64> {
        let n = self.total();
        if n == 0 {
            return None;
        }
        let diag: u64 = (0..self.size).map(|i| self.counts[i * self.size + i]).sum();
        Some(diag as f64 / n as f64)
    }

    /// Cohen's κ with the given weights:
    /// `κ_w = 1 − Σ w·p_obs / Σ w·p_exp`, with `p_exp` the product of the two
    /// raters' marginal proportions (for unweighted κ this is
    /// `(p_o − p_e) / (1 − p_e)`).
    ///
    /// `None` when the expected disagreement is zero, which happens exactly
    /// when the table is empty or both raters used one and the same grade for
    /// every item (then `p_e = 1` and κ is `0/0`; scikit-learn returns NaN).
    /// The result always lies in `[−1, 1]`.
    pub fn cohen_kappa(&self, weighting: Weighting) -> Option<f64> {
        let n = self.total();
        if n == 0 || self.categories_used() < 2 {
            return None;
        }
        let (rows, cols) = self.marginals();
        let mut observed = 0.0;
        let mut expected = 0.0;
        for (g, row) in self.counts.chunks(self.size).enumerate() {
            for (e, &c) in row.iter().enumerate() {
                let w = weighting.weight(g, e);
                if w > 0.0 {
                    observed += w * c as f64;
                    expected += w * rows[g] * cols[e];
                }
            }
        }
        // Counts are integers, so `observed * n` and `expected` are exact for
        // any realistic table; κ = 1 − (Σw·O/n) / (Σw·R·C/n²).
        Some(1.0 - observed * n as f64 / expected)
    }

    /// Krippendorff's α for ordinal data, two coders, no missing values.
    ///
    /// Follows Krippendorff (2011), *Computing Krippendorff's
    /// Alpha-Reliability*: the coincidence matrix is `o = C + Cᵀ`, `n_c` its
    /// row sums, `n = 2N`, the ordinal metric is
    /// `δ²(c, k) = (Σ_{g=c}^{k} n_g − (n_c + n_k)/2)²` and
    /// `α = 1 − (n − 1) Σ o_ck δ²_ck / Σ n_c n_k δ²_ck`.
    ///
    /// `None` when the table is empty or only one grade occurs at all (no
    /// variation: expected disagreement is zero). α ≤ 1 always.
    pub fn krippendorff_alpha_ordinal(&self) -> Option<f64> {
        let n_items = self.total();
        if n_items == 0 || self.categories_used() < 2 {
            return None;
        }
        let (rows, cols) = self.marginals();
        let n_c: Vec<f64> = rows.iter().zip(&cols).map(|(r, c)| r + c).collect();
        let n = 2.0 * n_items as f64;
        // prefix[i] = Σ_{g<i} n_g
        let mut prefix = vec![0.0; self.size + 1];
        for i in 0..self.size {
            prefix[i + 1] = prefix[i] + n_c[i];
        }
        // δ² scaled by 4 so everything stays integral: (2S − n_c − n_k)².
        let delta2 = |c: usize, k: usize| {
            let (lo, hi) = if c <= k { (c, k) } else { (k, c) };
            let s = prefix[hi + 1] - prefix[lo];
            let d = 2.0 * s - n_c[c] - n_c[k];
            d * d
        };
        let mut observed = 0.0;
        let mut expected = 0.0;
        for c in 0..self.size {
            for k in 0..self.size {
                if c == k {
                    continue;
                }
                let d = delta2(c, k);
                observed += (self.at(c, k) + self.at(k, c)) * d;
                expected += n_c[c] * n_c[k] * d;
            }
        }
        Some(1.0 - (n - 1.0) * observed / expected)
    }

    /// Presence precision, recall and F1 where presence means grade > 0 and
    /// gold is the reference.
    pub fn presence(&self) -> Presence {
        let mut tp = 0;
        let mut fp = 0;
        let mut fn_ = 0;
        for g in 0..self.size {
            for e in 0..self.size {
                let c = self.counts[g * self.size + e];
                match (g > 0, e > 0) {
                    (true, true) => tp += c,
                    (false, true) => fp += c,
                    (true, false) => fn_ += c,
                    (false, false) => {}
                }
            }
        }
        let ratio = |num: u64, den: u64| (den > 0).then(|| num as f64 / den as f64);
        Presence {
            true_positives: tp,
            false_positives: fp,
            false_negatives: fn_,
            precision: ratio(tp, tp + fp),
            recall: ratio(tp, tp + fn_),
            f1: ratio(2 * tp, 2 * tp + fp + fn_),
        }
    }

    /// Mean gold grade and mean engine grade; `None` for an empty table.
    pub fn means(&self) -> Option<(f64, f64)> {
        let n = self.total();
        if n == 0 {
            return None;
        }
        let (rows, cols) = self.marginals();
        let mean =
            |m: &[f64]| m.iter().enumerate().map(|(i, c)| i as f64 * c).sum::<f64>() / n as f64;
        Some((mean(&rows), mean(&cols)))
    }

    /// Spearman's ρ between the gold and engine grades of the pairs in the
    /// table, with average ranks for ties. Same value as [`spearman`] on the
    /// expanded pairs; `None` when either side has a single grade (zero
    /// variance) or the table is empty.
    pub fn spearman(&self) -> Option<f64> {
        let (rows, cols) = self.marginals();
        let rank_of = |m: &[f64]| {
            let mut below = 0.0;
            m.iter()
                .map(|&c| {
                    let r = below + (c + 1.0) / 2.0;
                    below += c;
                    r
                })
                .collect::<Vec<f64>>()
        };
        let used = |m: &[f64]| m.iter().filter(|&&c| c > 0.0).count();
        if used(&rows) < 2 || used(&cols) < 2 {
            return None;
        }
        let (rg, re) = (rank_of(&rows), rank_of(&cols));
        let n = self.total() as f64;
        let mg = rows.iter().zip(&rg).map(|(c, r)| c * r).sum::<f64>() / n;
        let me = cols.iter().zip(&re).map(|(c, r)| c * r).sum::<f64>() / n;
        let (mut sxy, mut sxx, mut syy) = (0.0, 0.0, 0.0);
        for (g, row) in self.counts.chunks(self.size).enumerate() {
            sxx += rows[g] * (rg[g] - mg).powi(2);
            syy += cols[g] * (re[g] - me).powi(2);
            for (e, &c) in row.iter().enumerate() {
                sxy += c as f64 * (rg[g] - mg) * (re[e] - me);
            }
        }
        correlation(sxy, sxx, syy)
    }
}

/// Pearson's r from centred sums; `None` for zero variance.
fn correlation(sxy: f64, sxx: f64, syy: f64) -> Option<f64> {
    if sxx <= 0.0 || syy <= 0.0 {
        return None;
    }
    Some((sxy / (sxx.sqrt() * syy.sqrt())).clamp(-1.0, 1.0))
}

/// Ranks starting at 1, ties given the average of the ranks they span.
fn average_ranks(v: &[f64]) -> Vec<f64> {
    let mut order: Vec<usize> = (0..v.len()).collect();
    order.sort_by(|&a, &b| v[a].total_cmp(&v[b]));
    let mut ranks = vec![0.0; v.len()];
    let mut start = 0;
    while start < order.len() {
        let mut end = start + 1;
        // `==` (not total_cmp) so that -0.0 and 0.0 tie.
        while end < order.len() && v[order[end]] == v[order[start]] {
            end += 1;
        }
        let avg = (start + 1 + end) as f64 / 2.0;
        for &i in &order[start..end] {
            ranks[i] = avg;
        }
        start = end;
    }
    ranks
}

/// Spearman's rank correlation ρ between `x` and `y` (Pearson's r of their
/// ranks, average ranks for ties — the same as `scipy.stats.spearmanr`).
///
/// `Ok(None)` when fewer than two pairs or when either vector is constant
/// (zero variance: ρ is `0/0`).
///
/// # Errors
/// [`StatsError::LengthMismatch`] when the vectors differ in length,
/// [`StatsError::NotFinite`] when a value is NaN or infinite.
///
/// ```
/// let rho = zone_reform::validate::spearman(&[1.0, 2.0, 3.0], &[10.0, 30.0, 20.0])?;
/// assert!((rho.unwrap() - 0.5).abs() < 1e-12);
/// # Ok::<(), zone_reform::validate::StatsError>(())
/// ```
pub fn spearman(x: &[f64], y: &[f64]) -> Result<Option<f64>, StatsError> {
    if x.len() != y.len() {
        return Err(StatsError::LengthMismatch {
            left: x.len(),
            right: y.len(),
        });
    }
    for (index, &value) in x.iter().chain(y).enumerate() {
        if !value.is_finite() {
            let index = if index >= x.len() {
                index - x.len()
            } else {
                index
            };
            return Err(StatsError::NotFinite { index, value });
        }
    }
    Ok(spearman_finite(x, y))
}

pub(crate) fn spearman_finite(x: &[f64], y: &[f64]) -> Option<f64> {
    if x.len() < 2 {
        return None;
    }
    let constant = |v: &[f64]| v.iter().all(|&a| a == v[0]);
    if constant(x) || constant(y) {
        return None;
    }
    let (rx, ry) = (average_ranks(x), average_ranks(y));
    let n = x.len() as f64;
    let mx = rx.iter().sum::<f64>() / n;
    let my = ry.iter().sum::<f64>() / n;
    let (mut sxy, mut sxx, mut syy) = (0.0, 0.0, 0.0);
    for (a, b) in rx.iter().zip(&ry) {
        sxy += (a - mx) * (b - my);
        sxx += (a - mx).powi(2);
        syy += (b - my).powi(2);
    }
    correlation(sxy, sxx, syy)
}

#[cfg(test)]
mod tests {
    use super::*;
    use approx::assert_relative_eq;

    fn table(rows: &[&[u64]]) -> ConfusionMatrix {
        let mut m = ConfusionMatrix::new(rows.len() as u32 - 1).unwrap();
        for (g, row) in rows.iter().enumerate() {
            for (e, &c) in row.iter().enumerate() {
                for _ in 0..c {
                    assert!(m.try_add(g as u32, e as u32));
                }
            }
        }
        m
    }

    #[test]
    fn kappa_by_hand_binary() {
        // Wikipedia "Cohen's kappa" worked example: p_o = 35/50 = 0.7,
        // p_e = (25·30 + 25·20)/50² = 0.5, κ = 0.2/0.5 = 0.4.
        let m = table(&[&[20, 5], &[10, 15]]);
        for w in [
            Weighting::Unweighted,
            Weighting::Linear,
            Weighting::Quadratic,
        ] {
            assert_relative_eq!(m.cohen_kappa(w).unwrap(), 0.4, epsilon = 1e-12);
        }
    }

    #[test]
    fn kappa_by_hand_shift() {
        // gold 0,1,2 vs engine 1,2,3: every pair off by one.
        // Unweighted: p_o = 0, p_e = 2/9 → κ = −(2/9)/(7/9) = −2/7.
        // Linear: Σ|d|·O/N = 1, Σ|d|·E = 11/9 → κ = 1 − 9/11 = 2/11.
        // Quadratic: Σd²·O/N = 1, Σd²·E = 21/9 → κ = 1 − 9/21 = 4/7.
        let m = ConfusionMatrix::from_pairs(&[(0, 1), (1, 2), (2, 3)], 3).unwrap();
        assert_relative_eq!(
            m.cohen_kappa(Weighting::Unweighted).unwrap(),
            -2.0 / 7.0,
            epsilon = 1e-12
        );
        assert_relative_eq!(
            m.cohen_kappa(Weighting::Linear).unwrap(),
            2.0 / 11.0,
            epsilon = 1e-12
        );
        assert_relative_eq!(
            m.cohen_kappa(Weighting::Quadratic).unwrap(),
            4.0 / 7.0,
            epsilon = 1e-12
        );
    }

    #[test]
    fn alpha_by_hand_total_reversal() {
        // gold 0,0,3,3 vs engine 3,3,0,0: n = 8, n_0 = n_3 = 4, o_03 = o_30 = 4.
        // δ²(0,3) = (8 − 4)² = 16 (grades 1, 2 unused).
        // α = 1 − 7·(8·16)/(2·4·4·16) = 1 − 7/4 = −0.75.
        let m = ConfusionMatrix::from_pairs(&[(0, 3), (0, 3), (3, 0), (3, 0)], 3).unwrap();
        assert_relative_eq!(
            m.krippendorff_alpha_ordinal().unwrap(),
            -0.75,
            epsilon = 1e-12
        );
    }

    #[test]
    fn average_ranks_ties() {
        assert_eq!(
            average_ranks(&[3.0, 1.0, 3.0, 2.0, -0.0, 0.0]),
            vec![5.5, 3.0, 5.5, 4.0, 1.5, 1.5]
        );
    }

    #[test]
    fn matrix_spearman_matches_vector_spearman() {
        let pairs = [(0, 1), (1, 1), (2, 3), (3, 2), (0, 0), (2, 2), (1, 3)];
        let m = ConfusionMatrix::from_pairs(&pairs, 3).unwrap();
        let x: Vec<f64> = pairs.iter().map(|p| p.0 as f64).collect();
        let y: Vec<f64> = pairs.iter().map(|p| p.1 as f64).collect();
        assert_relative_eq!(
            m.spearman().unwrap(),
            spearman(&x, &y).unwrap().unwrap(),
            epsilon = 1e-12
        );
    }

    #[test]
    fn out_of_range_is_rejected() {
        let err = ConfusionMatrix::from_pairs(&[(0, 0), (4, 1)], 3).unwrap_err();
        assert!(err.to_string().contains("pair 1"), "{err}");
        let mut m = ConfusionMatrix::new(1).unwrap();
        assert!(!m.try_add(2, 0));
        assert_eq!(m.total(), 0);
    }
}
