//! One period: zone scores → ranks, percentiles, bands, distances to the
//! frontier and group standings; then the changes between periods.

use std::collections::{BTreeMap, HashMap};

use super::gaps::gaps;
use super::sensitivity::sensitivity;
use super::{
    BenchmarkOptions, Change, DimensionInfo, Distance, GroupStanding, PeerGroup, Period,
    PeriodBenchmark, Reference, ZoneBenchmark, TIE_TOLERANCE,
};
use crate::manifest::Zone;
use crate::rubric::{Band, BenchmarkSpec};
use crate::score::{DimensionScore, Scorer, ZoneScore};

/// A zone's combined score in one period: the zone, its document ids, the
/// combined score.
pub(super) type ZoneRow = (Zone, Vec<String>, ZoneScore);

/// `dim.ind,dim.ind,...`: what a score must look like to come from a scorer.
pub(super) fn layout(dimensions: &[DimensionScore]) -> String {
    let mut out = String::new();
    for d in dimensions {
        for i in &d.indicators {
            if !out.is_empty() {
                out.push(',');
            }
            out.push_str(&d.id);
            out.push('.');
            out.push_str(&i.id);
        }
    }
    out
}

/// The band of a total: the band with the highest `min` at or below it.
pub fn band_of(bands: &[Band], total: f64) -> Option<&Band> {
    bands
        .iter()
        .filter(|b| b.min <= total + TIE_TOLERANCE)
        .max_by(|a, b| a.min.total_cmp(&b.min))
}

/// Competition ranks (1, 2, 2, 4) of `totals`, higher is better; totals
/// within [`TIE_TOLERANCE`] of the one ranked just above share its rank.
pub fn competition_ranks(totals: &[f64]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..totals.len()).collect();
    order.sort_by(|&a, &b| totals[b].total_cmp(&totals[a]));
    let mut ranks = vec![0; totals.len()];
    let mut rank = 0;
    let mut prev = f64::NAN;
    for (pos, &i) in order.iter().enumerate() {
        let t = totals[i];
        if pos == 0 || (prev - t).abs() > TIE_TOLERANCE {
            rank = pos + 1;
        }
        ranks[i] = rank;
        prev = t;
    }
    ranks
}

/// Percentile of a rank among `n`: 100 × (n − rank) / (n − 1); 100 when
/// `n ≤ 1`.
pub fn percentile(rank: usize, n: usize) -> f64 {
    if n <= 1 {
        100.0
    } else {
        100.0 * n.saturating_sub(rank) as f64 / (n - 1) as f64
    }
}

pub(super) fn references(
    spec: &BenchmarkSpec,
    dimensions: &[DimensionInfo],
    combined: &[(Period, Vec<ZoneRow>)],
) -> Vec<Reference> {
    let all = || combined.iter().flat_map(|(_, rows)| rows.iter());
    let mut out = Vec::with_capacity(dimensions.len() + 1);
    let mut make = |key: &str, values: Vec<f64>| {
        let best = values.iter().copied().fold(f64::NAN, f64::max);
        let worst = values.iter().copied().fold(f64::NAN, f64::min);
        let (best, worst) = if values.is_empty() {
            (0.0, 0.0)
        } else {
            (best, worst)
        };
        let frontier = spec.frontier.get(key).copied();
        let fixed_worst = spec.worst.get(key).copied();
        out.push(Reference {
            key: key.to_string(),
            frontier: frontier.unwrap_or(best),
            frontier_fixed: frontier.is_some(),
            worst: fixed_worst.unwrap_or(worst),
            worst_fixed: fixed_worst.is_some(),
        });
    };
    for (i, dim) in dimensions.iter().enumerate() {
        let values = all()
            .map(|(_, _, s)| s.dimensions.get(i).map_or(0.0, |d| 100.0 * d.score))
            .collect();
        make(&dim.id, values);
    }
    make("total", all().map(|(_, _, s)| s.total).collect());
    out
}

pub(super) fn benchmark_period(
    scorer: &Scorer,
    spec: &BenchmarkSpec,
    references: &[Reference],
    options: &BenchmarkOptions,
    period: Period,
    rows: Vec<ZoneRow>,
) -> PeriodBenchmark {
    let totals: Vec<f64> = rows.iter().map(|(_, _, s)| s.total).collect();
    let ranks = competition_ranks(&totals);
    let n = rows.len();
    let sensitivity = sensitivity(&rows, period, &options.sensitivity);
    let total_ref = references.last();
    let mut zones: Vec<ZoneBenchmark> = rows
        .into_iter()
        .zip(ranks)
        .zip(sensitivity)
        .map(|(((zone, documents, score), rank), sensitivity)| {
            let distance = Distance {
                total: total_ref.map_or(100.0, |r| r.distance(score.total)),
                dimensions: score
                    .dimensions
                    .iter()
                    .zip(references)
                    .map(|(d, r)| r.distance(100.0 * d.score))
                    .collect(),
            };
            ZoneBenchmark {
                band: band_of(&spec.bands, score.total).map(|b| b.name.clone()),
                zone,
                documents,
                rank,
                percentile: percentile(rank, n),
                group: None,
                distance,
                gaps: Vec::new(),
                sensitivity,
                change: None,
                score,
            }
        })
        .collect();
    zones.sort_by(|a, b| a.rank.cmp(&b.rank).then_with(|| a.zone.id.cmp(&b.zone.id)));

    // Peer groups: all zones, or one group per key.
    let mut groups: BTreeMap<Option<String>, Vec<usize>> = BTreeMap::new();
    for (i, z) in zones.iter().enumerate() {
        let key = options
            .group_by
            .and_then(|g| g.key(&z.zone).map(str::to_string));
        groups.entry(key).or_default().push(i);
    }
    let mut peer_groups = Vec::new();
    for (key, members) in &groups {
        let member_totals: Vec<f64> = members.iter().map(|&i| zones[i].score.total).collect();
        let group_ranks = competition_ranks(&member_totals);
        let gaps = gaps(scorer, &zones, members);
        for ((&i, rank), gaps) in members.iter().zip(group_ranks).zip(gaps) {
            if let Some(z) = zones.get_mut(i) {
                z.gaps = gaps;
                if options.group_by.is_some() {
                    z.group = Some(GroupStanding {
                        key: key.clone(),
                        rank,
                        size: members.len(),
                        percentile: percentile(rank, members.len()),
                    });
                }
            }
        }
        if options.group_by.is_some() {
            peer_groups.push(PeerGroup {
                key: key.clone(),
                zones: members.iter().map(|&i| zones[i].zone.id.clone()).collect(),
            });
        }
    }
    PeriodBenchmark {
        period,
        zones,
        missing: Vec::new(),
        groups: peer_groups,
    }
}

/// Fills each zone's change since its latest earlier dated period.
pub(super) fn add_changes(periods: &mut [PeriodBenchmark]) {
    // zone id → (period, total, distance, rank, dimension scores)
    let mut last: HashMap<String, (Period, f64, f64, usize, Vec<f64>)> = HashMap::new();
    for p in periods.iter_mut() {
        if !matches!(p.period, Period::Year(_)) {
            continue;
        }
        for z in &mut p.zones {
            let dims: Vec<f64> = (0..z.score.dimensions.len())
                .map(|i| z.dimension_score(i))
                .collect();
            if let Some((since, total, distance, rank, prev)) = last.get(&z.zone.id) {
                z.change = Some(Change {
                    since: *since,
                    total: z.score.total - total,
                    distance: z.distance.total - distance,
                    rank: *rank as i64 - z.rank as i64,
                    dimensions: dims.iter().zip(prev).map(|(a, b)| a - b).collect(),
                });
            }
            last.insert(
                z.zone.id.clone(),
                (p.period, z.score.total, z.distance.total, z.rank, dims),
            );
        }
    }
}
