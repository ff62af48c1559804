//! Weight sensitivity: ranks recomputed under seeded random perturbation
//! of the dimension weights.

use super::period::{competition_ranks, ZoneRow};
use super::{Period, RankInterval, SensitivityOptions};
use crate::rng::SplitMix64;

/// The seed of a period's draws: the user's seed mixed with the period, so
/// periods draw independently and reproducibly.
pub(super) fn period_seed(seed: u64, period: Period) -> u64 {
    let label: u64 = match period {
        Period::All => 0,
        Period::Year(y) => 1 + u64::from(y.unsigned_abs()) * 2 + u64::from(y < 0),
        Period::Undated => u64::MAX,
    };
    SplitMix64(seed ^ label.wrapping_mul(0xD6E8_FEB8_6659_FD93)).next_u64()
}

/// Rank intervals under perturbed weights, in `rows` order.
pub(super) fn sensitivity(
    rows: &[ZoneRow],
    period: Period,
    options: &SensitivityOptions,
) -> Vec<Option<RankInterval>> {
    let n = rows.len();
    if options.draws == 0 || n == 0 {
        return vec![None; n];
    }
    let scores: Vec<Vec<f64>> = rows
        .iter()
        .map(|(_, _, s)| s.dimensions.iter().map(|d| d.score).collect())
        .collect();
    let weights: Vec<f64> = rows
        .first()
        .map(|(_, _, s)| s.dimensions.iter().map(|d| d.weight).collect())
        .unwrap_or_default();
    let mut rng = SplitMix64(period_seed(options.seed, period));
    let mut ranks: Vec<Vec<u32>> = vec![Vec::with_capacity(options.draws); n];
    let mut w = vec![0.0; weights.len()];
    let mut totals = vec![0.0; n];
    for _ in 0..options.draws {
        for (wi, base) in w.iter_mut().zip(&weights) {
            *wi = base * (1.0 - options.spread + 2.0 * options.spread * rng.next_f64());
        }
        let sum: f64 = w.iter().sum();
        for (t, s) in totals.iter_mut().zip(&scores) {
            let dot: f64 = s.iter().zip(&w).map(|(a, b)| a * b).sum();
            *t = if sum > 0.0 { 100.0 * dot / sum } else { 0.0 };
        }
        for (list, r) in ranks.iter_mut().zip(competition_ranks(&totals)) {
            list.push(u32::try_from(r).unwrap_or(u32::MAX));
        }
    }
    ranks
        .into_iter()
        .map(|mut list| {
            list.sort_unstable();
            let q = |p: f64| -> usize {
                let idx = ((p * list.len() as f64).ceil() as usize).clamp(1, list.len()) - 1;
                list.get(idx).map_or(0, |&r| r as usize)
            };
            let top = list
                .iter()
                .filter(|&&r| r as usize <= options.top_k)
                .count();
            Some(RankInterval {
                median: q(0.5),
                low: q(0.05),
                high: q(0.95),
                top_k: top as f64 / list.len() as f64,
            })
        })
        .collect()
}
