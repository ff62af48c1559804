//! Benchmark: scored documents ([`ScoredDocument`]s) + [`Manifest`] →
//! [`Benchmark`] (ranks, percentiles, peer groups, distance to frontier,
//! grade bands, gaps, weight sensitivity, per period).
//!
//! The benchmark never re-scores text. It takes the [`ZoneScore`] of every
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
use crate::rng::SplitMix64;
use crate::rubric::{Band, BenchmarkSpec, RubricInfo};
use crate::score::{Evidence, Scorer, ZoneScore};
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
    pub score: ZoneScore,
}

impl ScoredDocument {
    /// A scored document of `zone`.
    pub fn new(zone: impl Into<String>, year: Option<i32>, score: ZoneScore) -> Self {
        ScoredDocument {
            zone: zone.into(),
            year,
            score,
        }
    }

    /// A scored document whose zone and year come from its manifest entry.
    pub fn from_entry(entry: &DocumentEntry, score: ZoneScore) -> Self {
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

/// A rubric dimension as the benchmark reports it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DimensionInfo {
    /// Dimension id.
    pub id: String,
    /// Display name.
    pub name: String,
    /// Weight in the total.
    pub weight: f64,
}

/// The frontier and worst point of one dimension or of the total, on 0–100.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Reference {
    /// Dimension id, or `total`.
    pub key: String,
    /// The frontier (best) score.
    pub frontier: f64,
    /// True when the rubric fixes the frontier, false when observed.
    pub frontier_fixed: bool,
    /// The worst score.
    pub worst: f64,
    /// True when the rubric fixes the worst, false when observed.
    pub worst_fixed: bool,
}

impl Reference {
    /// Distance to frontier of `x` on 0–100:
    /// `100 × (x − worst) / (frontier − worst)`, clamped to 0–100; 100 when
    /// the frontier is not above the worst (all zones tie).
    pub fn distance(&self, x: f64) -> f64 {
        let span = self.frontier - self.worst;
        if span > TIE_TOLERANCE {
            (100.0 * (x - self.worst) / span).clamp(0.0, 100.0)
        } else {
            100.0
        }
    }
}

/// A benchmark of zones, one [`PeriodBenchmark`] per period.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Benchmark {
    /// The rubric's id, version and name.
    pub rubric: RubricInfo,
    /// The highest evidence level, L_max.
    pub max_level: u32,
    /// The rubric's dimensions, in rubric order.
    pub dimensions: Vec<DimensionInfo>,
    /// The options the benchmark was built with.
    pub options: BenchmarkOptions,
    /// Frontier and worst per dimension (rubric order), then `total`.
    pub references: Vec<Reference>,
    /// The rubric's grade bands.
    pub bands: Vec<Band>,
    /// The periods, in order (`all`; or years ascending, then `undated`).
    pub periods: Vec<PeriodBenchmark>,
}

/// The benchmark of one period.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PeriodBenchmark {
    /// The period.
    pub period: Period,
    /// The zones with documents in the period, by rank (ties by id).
    pub zones: Vec<ZoneBenchmark>,
    /// Zones (of the manifest or of other periods) without documents in
    /// this period.
    pub missing: Vec<Zone>,
    /// Peer groups, when grouping: key and member zone ids by rank.
    pub groups: Vec<PeerGroup>,
}

/// A peer group of a period.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PeerGroup {
    /// The group's key (a province, kind or level); `None` for zones whose
    /// manifest entry lacks the field.
    pub key: Option<String>,
    /// Member zone ids, by rank.
    pub zones: Vec<String>,
}

/// One zone in one period, with every figure.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ZoneBenchmark {
    /// The zone (from the manifest; id only when the manifest lacks it).
    pub zone: Zone,
    /// Ids of the documents combined into the zone's score.
    pub documents: Vec<String>,
    /// The zone's combined score (union of its documents' evidence).
    pub score: ZoneScore,
    /// Rank by total, 1 = best; ties share a rank.
    pub rank: usize,
    /// 100 × (n − rank) / (n − 1); 100 for a zone alone.
    pub percentile: f64,
    /// Standing in its peer group, when grouping.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group: Option<GroupStanding>,
    /// The rubric band of the total, if any.
    pub band: Option<String>,
    /// Distance to frontier, overall and per dimension.
    pub distance: Distance,
    /// Indicators where a peer reached a higher level.
    pub gaps: Vec<Gap>,
    /// Ranks under perturbed weights, when computed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sensitivity: Option<RankInterval>,
    /// Change since the zone's previous dated period, in a panel.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub change: Option<Change>,
}

impl ZoneBenchmark {
    /// The score on 0–100 of the dimension at `index` (rubric order).
    pub fn dimension_score(&self, index: usize) -> f64 {
        self.score
            .dimensions
            .get(index)
            .map_or(0.0, |d| 100.0 * d.score)
    }
}

/// A zone's standing in its peer group.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GroupStanding {
    /// The group key.
    pub key: Option<String>,
    /// Rank within the group.
    pub rank: usize,
    /// Number of zones in the group.
    pub size: usize,
    /// Percentile within the group.
    pub percentile: f64,
}

/// Distance to frontier on 0–100.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Distance {
    /// Of the total.
    pub total: f64,
    /// Per dimension, in rubric order.
    pub dimensions: Vec<f64>,
}

/// An indicator where a peer did better.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Gap {
    /// Dimension id.
    pub dimension: String,
    /// Indicator id.
    pub indicator: String,
    /// Indicator name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub indicator_name: Option<String>,
    /// The zone's own level.
    pub level: u32,
    /// Name of the zone's level.
    pub level_name: String,
    /// The best peer's zone id.
    pub peer: String,
    /// The best peer's name.
    pub peer_name: String,
    /// The best peer's level.
    pub peer_level: u32,
    /// Name of the best peer's level.
    pub peer_level_name: String,
    /// How many peers reached a higher level than the zone.
    pub peers_ahead: usize,
    /// The peer's first evidence sentence at its level.
    pub evidence: Option<Evidence>,
}

/// Ranks of a zone under perturbed dimension weights.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RankInterval {
    /// Median rank.
    pub median: usize,
    /// 5th percentile of the ranks (the better end).
    pub low: usize,
    /// 95th percentile of the ranks (the worse end).
    pub high: usize,
    /// Share of draws with a rank ≤ `top_k`.
    pub top_k: f64,
}

/// A zone's change since its previous dated period.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Change {
    /// The earlier period compared with.
    pub since: Period,
    /// Change of the total (points on 0–100).
    pub total: f64,
    /// Change of the overall distance to frontier.
    pub distance: f64,
    /// Rank then minus rank now: positive when the zone moved up.
    pub rank: i64,
    /// Change of each dimension score on 0–100, rubric order.
    pub dimensions: Vec<f64>,
}

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
        let expected = layout(&template);
        for doc in &documents {
            let found = layout(&doc.score);
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
        let mut buckets: BTreeMap<Period, BTreeMap<String, Vec<ZoneScore>>> = BTreeMap::new();
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

/// A zone's combined score in one period: the zone, its document ids, the
/// combined score.
type ZoneRow = (Zone, Vec<String>, ZoneScore);

/// `dim.ind,dim.ind,...`: what a score must look like to come from a scorer.
fn layout(score: &ZoneScore) -> String {
    let mut out = String::new();
    for d in &score.dimensions {
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

fn references(
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

fn benchmark_period(
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

/// Gaps of each member of a peer group (`members` index `zones`, which are
/// in rank order), in member order.
fn gaps(scorer: &Scorer, zones: &[ZoneBenchmark], members: &[usize]) -> Vec<Vec<Gap>> {
    let mut out = vec![Vec::new(); members.len()];
    let Some(first) = members.first().and_then(|&i| zones.get(i)) else {
        return out;
    };
    for (d, dim) in first.score.dimensions.iter().enumerate() {
        for (k, ind) in dim.indicators.iter().enumerate() {
            let level_of = |m: usize| -> u32 {
                zones
                    .get(m)
                    .and_then(|z| z.score.dimensions.get(d))
                    .and_then(|dd| dd.indicators.get(k))
                    .map_or(0, |i| i.level)
            };
            // Members are in rank order (then id), so the first member with
            // the highest level is the best peer; keep the runner-up for the
            // best member itself.
            let mut best: Option<(usize, u32)> = None;
            let mut second: Option<(usize, u32)> = None;
            let mut levels: Vec<u32> = Vec::with_capacity(members.len());
            for (pos, &m) in members.iter().enumerate() {
                let level = level_of(m);
                levels.push(level);
                if best.is_none_or(|(_, l)| level > l) {
                    second = best;
                    best = Some((pos, level));
                } else if second.is_none_or(|(_, l)| level > l) {
                    second = Some((pos, level));
                }
            }
            let mut sorted = levels.clone();
            sorted.sort_unstable();
            for (pos, &own) in levels.iter().enumerate() {
                let peer = match best {
                    Some((p, _)) if p == pos => second,
                    other => other,
                };
                let Some((peer_pos, peer_level)) = peer else {
                    continue;
                };
                if peer_level <= own {
                    continue;
                }
                let Some(peer_zone) = members.get(peer_pos).and_then(|&m| zones.get(m)) else {
                    continue;
                };
                let peers_ahead = sorted.len() - sorted.partition_point(|&l| l <= own);
                let evidence = peer_zone
                    .score
                    .dimensions
                    .get(d)
                    .and_then(|dd| dd.indicators.get(k))
                    .and_then(|i| {
                        i.evidence
                            .iter()
                            .find(|e| e.level == peer_level)
                            .or_else(|| i.evidence.first())
                    })
                    .cloned();
                if let Some(list) = out.get_mut(pos) {
                    list.push(Gap {
                        dimension: dim.id.clone(),
                        indicator: ind.id.clone(),
                        indicator_name: ind.name.clone(),
                        level: own,
                        level_name: scorer.level_name(own).to_string(),
                        peer: peer_zone.zone.id.clone(),
                        peer_name: peer_zone.zone.name.clone(),
                        peer_level,
                        peer_level_name: scorer.level_name(peer_level).to_string(),
                        peers_ahead,
                        evidence,
                    });
                }
            }
        }
    }
    out
}

/// The seed of a period's draws: the user's seed mixed with the period, so
/// periods draw independently and reproducibly.
fn period_seed(seed: u64, period: Period) -> u64 {
    let label: u64 = match period {
        Period::All => 0,
        Period::Year(y) => 1 + u64::from(y.unsigned_abs()) * 2 + u64::from(y < 0),
        Period::Undated => u64::MAX,
    };
    SplitMix64(seed ^ label.wrapping_mul(0xD6E8_FEB8_6659_FD93)).next_u64()
}

/// Rank intervals under perturbed weights, in `rows` order.
fn sensitivity(
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

/// Fills each zone's change since its latest earlier dated period.
fn add_changes(periods: &mut [PeriodBenchmark]) {
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

#[cfg(test)]
mod tests {
    use super::*;

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
