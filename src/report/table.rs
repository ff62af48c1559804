//! CSV: [`Report`] → comma-separated text, one row per period × zone ×
//! dimension, quoted by the `csv` crate, text cells neutralized against
//! formula injection ([`neutralize_cell`]).

use super::{neutralize_cell, one_line, Report, ReportError};
use crate::benchmark::ZoneBenchmark;
use crate::score::DimensionScore;

/// The header row.
pub(super) const HEADER: [&str; 32] = [
    "period",
    "rank",
    "zone",
    "zone_name",
    "province",
    "city",
    "kind",
    "level",
    "documents",
    "total",
    "band",
    "percentile",
    "distance_total",
    "group",
    "group_rank",
    "group_size",
    "median_rank",
    "rank_p05",
    "rank_p95",
    "p_top_k",
    "change_total",
    "change_since",
    "dimension",
    "dimension_name",
    "weight",
    "score",
    "grade",
    "distance",
    "frontier",
    "worst",
    "change_score",
    "evidence",
];

/// A number with at most 4 decimals, trailing zeros dropped (`66.6667`,
/// `100`, `-2.5`).
fn num(x: f64) -> String {
    let s = format!("{x:.4}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s == "-0" {
        "0".to_string()
    } else {
        s.to_string()
    }
}

fn text(s: &str) -> String {
    neutralize_cell(&one_line(s)).into_owned()
}

fn opt<T>(value: Option<T>, f: impl FnOnce(T) -> String) -> String {
    value.map_or_else(String::new, f)
}

/// The sentence behind a dimension's grade: the first evidence at the grade
/// level of the first indicator that reached it.
fn deciding_evidence(dim: &DimensionScore) -> Option<&str> {
    if dim.grade == 0 {
        return None;
    }
    dim.indicators
        .iter()
        .filter(|i| i.level == dim.grade)
        .find_map(|i| i.evidence.iter().find(|e| e.level == dim.grade))
        .map(|e| &*e.text)
}

pub(super) fn render(report: &Report<'_>) -> Result<String, ReportError> {
    let b = report.benchmark();
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(HEADER)?;
    for p in &b.periods {
        let period = p.period.to_string();
        for z in &p.zones {
            for (i, dim) in z.score.dimensions.iter().enumerate() {
                w.write_record(row(b, &period, z, i, dim))?;
            }
        }
    }
    let bytes = w
        .into_inner()
        .map_err(|e| csv::Error::from(e.into_error()))?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

fn row(
    b: &crate::benchmark::Benchmark,
    period: &str,
    z: &ZoneBenchmark,
    i: usize,
    dim: &DimensionScore,
) -> Vec<String> {
    let reference = b.reference(&dim.id);
    let s = z.sensitivity.as_ref();
    let g = z.group.as_ref();
    let c = z.change.as_ref();
    vec![
        text(period),
        z.rank.to_string(),
        text(&z.zone.id),
        text(&z.zone.name),
        text(z.zone.province.as_deref().unwrap_or_default()),
        text(z.zone.city.as_deref().unwrap_or_default()),
        text(z.zone.kind.as_deref().unwrap_or_default()),
        text(z.zone.level.as_deref().unwrap_or_default()),
        z.documents.len().to_string(),
        num(z.score.total),
        text(z.band.as_deref().unwrap_or_default()),
        num(z.percentile),
        num(z.distance.total),
        opt(g, |g| text(g.key.as_deref().unwrap_or_default())),
        opt(g, |g| g.rank.to_string()),
        opt(g, |g| g.size.to_string()),
        opt(s, |s| s.median.to_string()),
        opt(s, |s| s.low.to_string()),
        opt(s, |s| s.high.to_string()),
        opt(s, |s| num(s.top_k)),
        opt(c, |c| num(c.total)),
        opt(c, |c| text(&c.since.to_string())),
        text(&dim.id),
        text(&dim.name),
        num(dim.weight),
        num(100.0 * dim.score),
        dim.grade.to_string(),
        opt(z.distance.dimensions.get(i), |d| num(*d)),
        opt(reference, |r| num(r.frontier)),
        opt(reference, |r| num(r.worst)),
        opt(c.and_then(|c| c.dimensions.get(i)), |d| num(*d)),
        text(deciding_evidence(dim).unwrap_or_default()),
    ]
}
