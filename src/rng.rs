//! A small seeded random-number generator, SplitMix64 (Steele, Lea & Flood
//! 2014), shared by everything that must be reproducible from a seed:
//! bootstrap intervals, weight-sensitivity draws, the benchmark corpus and
//! the rubric test kit.
//!
//! Written here rather than taken from `rand` so that a seed means the same
//! numbers on every platform and with every version of every dependency.

/// SplitMix64: the state advances by the golden-ratio constant, and each
/// output is the state through a 64-bit finalizer.
#[derive(Debug, Clone)]
pub(crate) struct SplitMix64(pub(crate) u64);

/// The golden-ratio increment of the state.
const GAMMA: u64 = 0x9E37_79B9_7F4A_7C15;

impl SplitMix64 {
    /// The next 64 random bits.
    pub(crate) fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(GAMMA);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// The `i`-th output of a generator seeded with `seed`, without
    /// stepping through the ones before it.
    #[cfg(any(test, feature = "testkit"))]
    pub(crate) fn nth(seed: u64, i: u64) -> u64 {
        SplitMix64(seed.wrapping_add(i.wrapping_mul(GAMMA))).next_u64()
    }

    /// Uniform in `[0, 1)`, from the top 53 bits.
    pub(crate) fn next_f64(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 * (1.0 / (1u64 << 53) as f64)
    }

    /// Uniform in `0..n`, without modulo bias (Lemire's multiply-and-reject);
    /// 0 when `n` is 0.
    pub(crate) fn below(&mut self, n: u64) -> u64 {
        if n == 0 {
            return 0;
        }
        let mut m = u128::from(self.next_u64()) * u128::from(n);
        if (m as u64) < n {
            let threshold = n.wrapping_neg() % n;
            while (m as u64) < threshold {
                m = u128::from(self.next_u64()) * u128::from(n);
            }
        }
        (m >> 64) as u64
    }

    /// Uniform in `lo..hi` (`lo` when the range is empty).
    pub(crate) fn range(&mut self, lo: usize, hi: usize) -> usize {
        lo + self.below(hi.saturating_sub(lo) as u64) as usize
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splitmix_reference_values() {
        // First outputs of SplitMix64 seeded with 1234567: the test vector of
        // Vigna's splitmix64.c.
        let mut r = SplitMix64(1_234_567);
        assert_eq!(r.next_u64(), 6_457_827_717_110_365_317);
        assert_eq!(r.next_u64(), 3_203_168_211_198_807_973);
        assert_eq!(r.next_u64(), 9_817_491_932_198_370_423);
    }

    #[test]
    fn nth_output_matches_stepping() {
        let mut r = SplitMix64(99);
        for i in 0..5 {
            assert_eq!(SplitMix64::nth(99, i), r.next_u64());
        }
    }

    #[test]
    fn below_and_range_stay_in_bounds() {
        let mut r = SplitMix64(3);
        for n in [1u64, 2, 3, 7, 1000, u64::MAX] {
            assert!((0..200).all(|_| r.below(n) < n));
        }
        assert_eq!(r.below(0), 0);
        assert_eq!(r.range(5, 5), 5);
        assert!((0..200).all(|_| (10..20).contains(&r.range(10, 20))));
        assert!((0..200).all(|_| (0.0..1.0).contains(&r.next_f64())));
    }
}
