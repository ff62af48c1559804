//! Seeded percentile bootstrap over paired items.

use super::stats::{ConfusionMatrix, MatrixStat};
use super::StatsError;
use crate::rng::SplitMix64;

/// The seed used by [`Bootstrap::default`].
pub const DEFAULT_SEED: u64 = 0x5EED_2024;

/// The number of resamples used by [`Bootstrap::default`].
pub const DEFAULT_RESAMPLES: usize = 2000;

/// Settings of the percentile bootstrap that gives the confidence intervals.
///
/// Each resample draws as many items as the data has, uniformly with
/// replacement, recomputes the statistic, and the interval is the
/// `(1 − level)/2` and `(1 + level)/2` quantiles of the resampled values
/// (linear interpolation between order statistics, `numpy.quantile`'s
/// default). Resamples where the statistic is undefined (for instance a
/// resample that drew a single grade, making κ `0/0`) are left out.
///
/// [`crate::validate::Agreement`] sorts the items into a canonical order
/// before resampling (grade pairs by `(gold, engine)`, document totals by
/// value), so permuting the input changes neither figures nor intervals.
/// [`Bootstrap::interval`] resamples the indices in the order given.
///
/// The random numbers come from SplitMix64 seeded with [`Bootstrap::seed`],
/// implemented in this crate so the intervals stay the same across
/// dependency upgrades and platforms: the same data, settings and seed
/// always give the same interval.
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Bootstrap {
    /// How many resamples to draw (default 2000). `0` turns the intervals
    /// off: every interval is `None`.
    pub resamples: usize,
    /// The random seed (default [`DEFAULT_SEED`]).
    pub seed: u64,
    /// The confidence level, strictly between 0 and 1 (default 0.95).
    pub level: f64,
}

impl Default for Bootstrap {
    fn default() -> Self {
        Bootstrap {
            resamples: DEFAULT_RESAMPLES,
            seed: DEFAULT_SEED,
            level: 0.95,
        }
    }
}

impl Bootstrap {
    /// Checks the settings.
    ///
    /// # Errors
    /// [`StatsError::InvalidLevel`] when `level` is not strictly between 0 and 1.
    pub fn check(&self) -> Result<(), StatsError> {
        if self.level > 0.0 && self.level < 1.0 {
            Ok(())
        } else {
            Err(StatsError::InvalidLevel { level: self.level })
        }
    }

    /// The percentile interval `[lo, hi]` of a statistic over `n_items`
    /// paired items. `stat` receives the indices of one resample (length
    /// `n_items`, with repeats) and returns the statistic, `None` when
    /// undefined.
    ///
    /// `Ok(None)` when there are no items, no resamples, or the statistic was
    /// undefined in every resample.
    ///
    /// ```
    /// use zone_reform::validate::Bootstrap;
    /// let data = [1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0];
    /// let mean = |idx: &[usize]| Some(idx.iter().map(|&i| data[i]).sum::<f64>() / idx.len() as f64);
    /// let b = Bootstrap::default();
    /// let [lo, hi] = b.interval(data.len(), mean)?.unwrap();
    /// assert!(lo < 4.5 && 4.5 < hi);
    /// assert_eq!(b.interval(data.len(), mean)?, Some([lo, hi])); // same seed, same interval
    /// # Ok::<(), zone_reform::validate::StatsError>(())
    /// ```
    ///
    /// # Errors
    /// [`StatsError::InvalidLevel`], see [`Bootstrap::check`].
    pub fn interval<F>(&self, n_items: usize, mut stat: F) -> Result<Option<[f64; 2]>, StatsError>
    where
        F: FnMut(&[usize]) -> Option<f64>,
    {
        self.check()?;
        if n_items == 0 || self.resamples == 0 {
            return Ok(None);
        }
        let mut rng = SplitMix64(self.seed);
        let mut idx = vec![0usize; n_items];
        let mut values = Vec::with_capacity(self.resamples.min(1 << 16));
        for _ in 0..self.resamples {
            for slot in idx.iter_mut() {
                *slot = rng.below(n_items as u64) as usize;
            }
            if let Some(v) = stat(&idx).filter(|v| v.is_finite()) {
                values.push(v);
            }
        }
        Ok(self.percentiles(values))
    }

    /// Intervals for several statistics of the confusion matrix of `pairs`
    /// (grades already checked to be `<= max_grade`), all from the same
    /// resamples: the draws of [`Bootstrap::interval`] with the same seed,
    /// applied to the pairs sorted by `(gold, engine)`.
    pub(crate) fn confusion_intervals(
        &self,
        pairs: &[(usize, usize)],
        max_grade: u32,
        stats: &[MatrixStat],
    ) -> Result<Vec<Option<[f64; 2]>>, StatsError> {
        self.check()?;
        if pairs.is_empty() || self.resamples == 0 {
            return Ok(vec![None; stats.len()]);
        }
        // Canonical order: the figures depend only on the multiset of pairs,
        // so sorting makes the intervals independent of the input order.
        let mut pairs = pairs.to_vec();
        pairs.sort_unstable();
        let mut rng = SplitMix64(self.seed);
        let n = pairs.len() as u64;
        let mut m = ConfusionMatrix::new(max_grade)?;
        let mut values: Vec<Vec<f64>> =
            vec![Vec::with_capacity(self.resamples.min(1 << 16)); stats.len()];
        for _ in 0..self.resamples {
            m.clear();
            for _ in 0..pairs.len() {
                let (g, e) = pairs[rng.below(n) as usize];
                m.add_unchecked_in_range(g, e);
            }
            for (stat, vals) in stats.iter().zip(values.iter_mut()) {
                if let Some(v) = stat(&m).filter(|v| v.is_finite()) {
                    vals.push(v);
                }
            }
        }
        Ok(values.into_iter().map(|v| self.percentiles(v)).collect())
    }

    fn percentiles(&self, mut values: Vec<f64>) -> Option<[f64; 2]> {
        if values.is_empty() {
            return None;
        }
        values.sort_by(f64::total_cmp);
        let tail = (1.0 - self.level) / 2.0;
        Some([quantile(&values, tail), quantile(&values, 1.0 - tail)])
    }
}

/// The `p` quantile of sorted, non-empty `v` (Hyndman & Fan type 7).
fn quantile(v: &[f64], p: f64) -> f64 {
    let h = (v.len() - 1) as f64 * p.clamp(0.0, 1.0);
    let i = h.floor() as usize;
    let frac = h - i as f64;
    match v.get(i + 1) {
        Some(next) if frac > 0.0 => v[i] + frac * (next - v[i]),
        _ => v[i],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quantile_type7() {
        let v = [1.0, 2.0, 3.0, 4.0];
        assert_eq!(quantile(&v, 0.0), 1.0);
        assert_eq!(quantile(&v, 1.0), 4.0);
        assert_eq!(quantile(&v, 0.5), 2.5);
        assert!((quantile(&v, 0.025) - 1.075).abs() < 1e-12);
        assert_eq!(quantile(&[5.0], 0.975), 5.0);
    }
}
