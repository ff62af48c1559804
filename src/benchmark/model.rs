//! What a benchmark returns: per period, per zone, its rank, distance to
//! frontier, gaps, rank interval and change; the references and groups.

use serde::Serialize;

use super::{BenchmarkOptions, Period, TIE_TOLERANCE};
use crate::manifest::Zone;
use crate::rubric::{Band, RubricInfo};
use crate::score::{Evidence, ZoneScore};

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
