//! Benchmark: scored documents ([`ScoredDocument`]s) + [`Manifest`] →
//! [`Benchmark`] (ranks, percentiles, peer groups, distance to frontier,
//! grade bands, gaps, weight sensitivity, per period).
//!
//! The benchmark never re-scores text. It takes the [`DocumentScore`] of every
//! document, tagged with its zone and year, and merges the documents of one
//! zone in one period with [`Scorer::combine`] (the union of their evidence).
//! Every figure below is then computed from those combined zone scores.
//!
//! # Periods
//!
//! - [`PeriodMode::All`] (the default): one period, [`Period::All`], with all
//!   documents of a zone together.
//! - [`PeriodMode::ByYear`]: a panel, one period per year of the documents'
//!   dates, in ascending order. Documents without a date form their own
//!   period, [`Period::Undated`], listed last and left out of changes. Each
//!   zone's [`Change`] compares it with its own latest earlier year that has
//!   documents. A zone without documents in a period is not ranked in it and
//!   is listed in [`PeriodBenchmark::missing`].
//!
//! # Figures
//!
//! - **Rank** by total, descending; totals equal to within
//!   [`TIE_TOLERANCE`] share a rank (competition ranking: 1, 2, 2, 4).
//! - **Percentile** = 100 × (n − rank) / (n − 1): the share of the other
//!   zones that score at or below the zone. The top zone has 100, a zone
//!   alone in its period has 100, and zones that all tie have 100.
//! - **Peer groups** ([`GroupBy`]: province, kind or level from the
//!   manifest): rank and percentile within the group. Zones whose manifest
//!   entry lacks the field form one group of their own (key `None`).
//! - **Distance to frontier** (World Bank Doing Business / B-READY style),
//!   per dimension and overall, on 0–100:
//!   `100 × (x − worst) / (frontier − worst)`, clamped to 0–100, where `x` is
//!   the dimension score on 0–100 (or the total). The frontier and worst of
//!   each dimension and of `total` are fixed by the rubric's `[benchmark]`
//!   table where set, else the best and worst zone observed over all periods
//!   of the benchmark (so distances stay comparable between the periods of
//!   one panel; fix them in the rubric to compare across benchmarks).
//!   **Tie rule:** when the frontier is not above the worst (all zones tie,
//!   e.g. a single zone), every zone's distance is 100: nobody is behind.
//! - **Band**: the rubric band with the highest `min` at or below the total
//!   (`None` below every band; a band with `min = 0` catches all).
//! - **Gaps**: for each zone, each indicator where a peer (another zone in
//!   the same period and, with [`GroupBy`], the same group) reached a higher
//!   level, with the best such peer (highest level, then better rank, then
//!   id) and that peer's first evidence sentence at its level.
//! - **Weight sensitivity**: `draws` times, every dimension weight is
//!   multiplied by an independent factor drawn uniformly from
//!   `[1 − spread, 1 + spread)` (default `[0.5, 1.5)`), totals are recomputed
//!   from the zones' dimension scores (which do not depend on dimension
//!   weights) and zones re-ranked. Each zone gets its median rank, the 5th
//!   and 95th percentile of its ranks (nearest-rank method) and the share of
//!   draws in which it ranked in the top `top_k` (default 3). The random
//!   numbers come from SplitMix64 seeded with `seed` mixed with the period,
//!   so the same seed gives the same result, and adding a zone does not
//!   change the weight draws.
//!
//! ```
//! use zone_reform::benchmark::{Benchmark, BenchmarkOptions, ScoredDocument};
//! use zone_reform::{Document, Manifest, Rubric, Scorer};
//!
//! let rubric = Rubric::builtin()?;
//! let scorer = Scorer::new(&rubric)?;
//! let docs = vec![
//!     ScoredDocument::new("a", None, scorer.score(&Document::from_text("a1", "设立一站式服务中心，累计受理115件次。"))),
//!     ScoredDocument::new("b", None, scorer.score(&Document::from_text("b1", "推行一窗受理。"))),
//! ];
//! let bench = Benchmark::new(&scorer, &rubric.benchmark, &Manifest::default(), docs, &BenchmarkOptions::default())?;
//! let all = &bench.periods[0];
//! assert_eq!(all.zones[0].zone.id, "a");
//! assert_eq!(all.zones[0].rank, 1);
//! assert_eq!(all.zones[0].distance.total, 100.0);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use crate::manifest::{DocumentEntry, Manifest, Zone};
use crate::rubric::BenchmarkSpec;
use crate::score::{DocumentScore, Scorer};
use serde::{Serialize, Serializer};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt;
use std::str::FromStr;

/// Default number of weight draws for the sensitivity analysis.
pub const DEFAULT_DRAWS: usize = 1000;
/// Default seed of the sensitivity analysis.
pub const DEFAULT_SEED: u64 = 42;
/// Default half-width of the weight factors: factors in `[0.5, 1.5)`.
pub const DEFAULT_SPREAD: f64 = 0.5;
/// Default `k` of the "top-k place" probability.
pub const DEFAULT_TOP_K: usize = 3;
/// The most weight draws a benchmark accepts.
pub const MAX_DRAWS: usize = 1_000_000;
/// Totals (and scores) closer than this are equal for ranking and bands.
pub const TIE_TOLERANCE: f64 = 1e-9;

/// The score of one document, with the zone it belongs to and its year.
#[derive(Debug, Clone, PartialEq)]
pub struct ScoredDocument {
    /// The zone id.
    pub zone: String,
    /// The year of the document's date, when known.
    pub year: Option<i32>,
    /// The document's score.
    pub score: DocumentScore,
}

impl ScoredDocument {
    /// A scored document of `zone`.
    pub fn new(zone: impl Into<String>, year: Option<i32>, score: DocumentScore) -> Self {
        ScoredDocument {
            zone: zone.into(),
            year,
            score,
        }
    }

    /// A scored document whose zone and year come from its manifest entry.
    pub fn from_entry(entry: &DocumentEntry, score: DocumentScore) -> Self {
        Self::new(entry.zone.clone(), entry.year(), score)
    }
}

/// How documents are split into periods.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PeriodMode {
    /// One period with all documents.
    #[default]
    All,
    /// One period per year; undated documents in [`Period::Undated`].
    ByYear,
}

/// A period of the panel.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Period {
    /// All documents together.
    All,
    /// Documents dated in this year.
    Year(i32),
    /// Documents without a date (in [`PeriodMode::ByYear`]).
    Undated,
}

impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Period::All => f.write_str("all"),
            Period::Year(y) => write!(f, "{y}"),
            Period::Undated => f.write_str("undated"),
        }
    }
}

impl Serialize for Period {
    /// Serialized as its label: `"all"`, `"2024"`, `"undated"`.
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// The manifest field that defines peer groups.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum GroupBy {
    /// [`Zone::province`].
    Province,
    /// [`Zone::kind`] (经开区, 高新区...).
    Kind,
    /// [`Zone::level`] (国家级, 省级...).
    Level,
}

impl GroupBy {
    /// The zone's group key, `None` when the manifest does not give it.
    pub fn key<'a>(&self, zone: &'a Zone) -> Option<&'a str> {
        match self {
            GroupBy::Province => zone.province.as_deref(),
            GroupBy::Kind => zone.kind.as_deref(),
            GroupBy::Level => zone.level.as_deref(),
        }
    }
}

impl fmt::Display for GroupBy {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            GroupBy::Province => "province",
            GroupBy::Kind => "kind",
            GroupBy::Level => "level",
        })
    }
}

impl FromStr for GroupBy {
    type Err = BenchmarkError;

    /// Parses `province`, `kind` or `level`.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "province" => Ok(GroupBy::Province),
            "kind" => Ok(GroupBy::Kind),
            "level" => Ok(GroupBy::Level),
            other => Err(BenchmarkError::UnknownGroupBy {
                value: other.to_string(),
            }),
        }
    }
}

/// Settings of the weight-sensitivity analysis.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SensitivityOptions {
    /// Number of weight draws; 0 skips the analysis.
    pub draws: usize,
    /// Seed of the random numbers.
    pub seed: u64,
    /// Factors are drawn uniformly from `[1 − spread, 1 + spread)`;
    /// `spread` must be in `[0, 1)`.
    pub spread: f64,
    /// `k` of the probability of a top-k place.
    pub top_k: usize,
}

impl Default for SensitivityOptions {
    fn default() -> Self {
        SensitivityOptions {
            draws: DEFAULT_DRAWS,
            seed: DEFAULT_SEED,
            spread: DEFAULT_SPREAD,
            top_k: DEFAULT_TOP_K,
        }
    }
}

/// How to benchmark.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct BenchmarkOptions {
    /// One period or a panel by year.
    pub periods: PeriodMode,
    /// Peer groups for group ranks and gaps; `None`: all zones are peers.
    pub group_by: Option<GroupBy>,
    /// Weight sensitivity.
    pub sensitivity: SensitivityOptions,
}

/// What can go wrong when building a benchmark.
#[derive(Debug, thiserror::Error)]
pub enum BenchmarkError {
    /// A score whose dimensions or indicators are not the scorer's.
    #[error("document {document:?} of zone {zone:?} was not scored with this rubric (expected indicators {expected}, found {found}); score every document with the same Scorer")]
    ForeignScore {
        /// The zone.
        zone: String,
        /// The document id.
        document: String,
        /// The rubric's indicator layout, `dimension.indicator` joined by `,`.
        expected: String,
        /// The document's layout.
        found: String,
    },
    /// Too many weight draws.
    #[error("{draws} weight draws is more than the limit of {limit}; use fewer draws")]
    TooManyDraws {
        /// Draws asked for.
        draws: usize,
        /// The limit, [`MAX_DRAWS`].
        limit: usize,
    },
    /// A spread outside `[0, 1)`.
    #[error(
        "weight spread {spread} must be a number in [0, 1), e.g. 0.5 for factors in [0.5, 1.5)"
    )]
    BadSpread {
        /// The spread given.
        spread: f64,
    },
    /// An unknown peer-group field.
    #[error("unknown peer group {value:?}; use province, kind or level")]
    UnknownGroupBy {
        /// The value given.
        value: String,
    },
}

mod gaps;
mod model;
mod period;
mod sensitivity;

pub use model::*;
use period::{add_changes, benchmark_period, layout, references, ZoneRow};
pub use period::{band_of, competition_ranks, percentile};

impl Benchmark {
    /// Benchmarks scored documents.
    ///
    /// `scorer` must be the one that scored the documents (it merges a
    /// zone's documents); `spec` is the rubric's `[benchmark]` table;
    /// `manifest` gives zone names and peer-group fields (zones it does not
    /// list are reported under their id; `Manifest::default()` is fine).
    pub fn new(
        scorer: &Scorer,
        spec: &BenchmarkSpec,
        manifest: &Manifest,
        documents: Vec<ScoredDocument>,
        options: &BenchmarkOptions,
    ) -> Result<Benchmark, BenchmarkError> {
        let sens = &options.sensitivity;
        if sens.draws > MAX_DRAWS {
            return Err(BenchmarkError::TooManyDraws {
                draws: sens.draws,
                limit: MAX_DRAWS,
            });
        }
        if !(0.0..1.0).contains(&sens.spread) {
            return Err(BenchmarkError::BadSpread {
                spread: sens.spread,
            });
        }
        let template = scorer.combine("", &[]);
        let expected = layout(&template.dimensions);
        for doc in &documents {
            let found = layout(&doc.score.dimensions);
            if found != expected {
                return Err(BenchmarkError::ForeignScore {
                    zone: doc.zone.clone(),
                    document: doc.score.document.clone(),
                    expected,
                    found,
                });
            }
        }
        let dimensions: Vec<DimensionInfo> = template
            .dimensions
            .iter()
            .map(|d| DimensionInfo {
                id: d.id.clone(),
                name: d.name.clone(),
                weight: d.weight,
            })
            .collect();

        // Every zone known: the manifest's, then any others, by id.
        let listed: HashSet<&str> = manifest.zones.iter().map(|z| z.id.as_str()).collect();
        let mut universe: Vec<Zone> = manifest.zones.clone();
        let mut extra: Vec<&str> = documents
            .iter()
            .map(|d| d.zone.as_str())
            .filter(|z| !listed.contains(z))
            .collect();
        extra.sort_unstable();
        extra.dedup();
        universe.extend(extra.into_iter().map(|id| Zone {
            id: id.to_string(),
            name: id.to_string(),
            ..Zone::default()
        }));
        let zone_of: HashMap<&str, &Zone> = universe.iter().map(|z| (z.id.as_str(), z)).collect();

        // Bucket documents by period and zone.
        let mut buckets: BTreeMap<Period, BTreeMap<String, Vec<DocumentScore>>> = BTreeMap::new();
        if options.periods == PeriodMode::All {
            buckets.entry(Period::All).or_default();
        }
        for doc in documents {
            let period = match (options.periods, doc.year) {
                (PeriodMode::All, _) => Period::All,
                (PeriodMode::ByYear, Some(y)) => Period::Year(y),
                (PeriodMode::ByYear, None) => Period::Undated,
            };
            buckets
                .entry(period)
                .or_default()
                .entry(doc.zone)
                .or_default()
                .push(doc.score);
        }

        // Combine each zone's documents per period.
        let mut combined: Vec<(Period, Vec<ZoneRow>)> = Vec::new();
        for (period, zones) in buckets {
            let rows = zones
                .into_iter()
                .map(|(id, scores)| {
                    let zone = zone_of.get(id.as_str()).map_or_else(
                        || Zone {
                            id: id.clone(),
                            name: id.clone(),
                            ..Zone::default()
                        },
                        |z| (*z).clone(),
                    );
                    let docs = scores.iter().map(|s| s.document.clone()).collect();
                    let score = scorer.combine(&id, &scores);
                    (zone, docs, score)
                })
                .collect();
            combined.push((period, rows));
        }

        let references = references(spec, &dimensions, &combined);
        let mut periods = Vec::with_capacity(combined.len());
        for (period, rows) in combined {
            let present: HashSet<&str> = rows.iter().map(|(z, _, _)| z.id.as_str()).collect();
            let missing = universe
                .iter()
                .filter(|z| !present.contains(&z.id.as_str()))
                .cloned()
                .collect();
            let mut pb = benchmark_period(scorer, spec, &references, options, period, rows);
            pb.missing = missing;
            periods.push(pb);
        }
        add_changes(&mut periods);
        Ok(Benchmark {
            rubric: scorer.info().clone(),
            max_level: scorer.max_level(),
            dimensions,
            options: options.clone(),
            references,
            bands: spec.bands.clone(),
            periods,
        })
    }

    /// The reference (frontier and worst) of a dimension id or `total`.
    pub fn reference(&self, key: &str) -> Option<&Reference> {
        self.references.iter().find(|r| r.key == key)
    }

    /// The benchmark of one period.
    pub fn period(&self, period: Period) -> Option<&PeriodBenchmark> {
        self.periods.iter().find(|p| p.period == period)
    }
}

impl PeriodBenchmark {
    /// The zone with this id, if it has documents in the period.
    pub fn zone(&self, id: &str) -> Option<&ZoneBenchmark> {
        self.zones.iter().find(|z| z.zone.id == id)
    }
}

#[cfg(test)]
mod tests {
    use super::sensitivity::period_seed;
    use super::*;
    use crate::rng::SplitMix64;

    #[test]
    fn competition_ranks_share_ties_and_skip_after_them() {
        assert_eq!(
            competition_ranks(&[50.0, 80.0, 50.0, 10.0]),
            vec![2, 1, 2, 4]
        );
        assert_eq!(competition_ranks(&[7.0, 7.0, 7.0]), vec![1, 1, 1]);
        assert_eq!(competition_ranks(&[]), Vec::<usize>::new());
        // Rounding noise is a tie.
        assert_eq!(competition_ranks(&[0.1 + 0.2, 0.3]), vec![1, 1]);
    }

    #[test]
    fn percentile_is_the_share_of_others_at_or_below() {
        assert_eq!(percentile(1, 5), 100.0);
        assert_eq!(percentile(5, 5), 0.0);
        assert_eq!(percentile(2, 3), 50.0);
        assert_eq!(percentile(1, 1), 100.0);
    }

    #[test]
    fn distance_is_100_for_everyone_when_frontier_equals_worst() {
        let r = Reference {
            key: "x".into(),
            frontier: 40.0,
            frontier_fixed: false,
            worst: 40.0,
            worst_fixed: false,
        };
        assert_eq!(r.distance(40.0), 100.0);
        let r = Reference {
            frontier: 80.0,
            worst: 20.0,
            ..r
        };
        assert_eq!(r.distance(50.0), 50.0);
        assert_eq!(r.distance(95.0), 100.0, "above a fixed frontier: clamped");
        assert_eq!(r.distance(0.0), 0.0, "below a fixed worst: clamped");
    }

    #[test]
    fn period_seeds_differ_between_periods_and_repeat_for_one_period() {
        let seeds: Vec<u64> = [
            Period::All,
            Period::Year(2023),
            Period::Year(2024),
            Period::Undated,
        ]
        .into_iter()
        .map(|p| period_seed(42, p))
        .collect();
        let mut unique = seeds.clone();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(unique.len(), seeds.len());
        assert_eq!(period_seed(42, Period::Year(2024)), seeds[2]);
    }

    #[test]
    fn uniform_draws_stay_in_the_unit_interval() {
        let mut rng = SplitMix64(1);
        let draws: Vec<f64> = (0..10_000).map(|_| rng.next_f64()).collect();
        assert!(draws.iter().all(|x| (0.0..1.0).contains(x)));
        let mean = draws.iter().sum::<f64>() / draws.len() as f64;
        assert!((mean - 0.5).abs() < 0.02, "{mean}");
    }

    #[test]
    fn group_by_parses_its_names() {
        assert_eq!("kind".parse::<GroupBy>().ok(), Some(GroupBy::Kind));
        assert!("city".parse::<GroupBy>().is_err());
        assert_eq!(Period::Year(2024).to_string(), "2024");
    }
}
