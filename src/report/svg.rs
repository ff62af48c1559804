//! SVG: scores → inline SVG charts (a radar of dimension scores, a bar chart
//! of totals with rank intervals). A small writer of our own; every label is
//! escaped with [`escape_html`], which is also valid XML escaping.

use super::{clip, escape_html};
use std::f64::consts::PI;
use std::fmt::Write;

/// One zone in the bar chart.
pub(super) struct BarRow<'a> {
    pub name: &'a str,
    pub total: f64,
    pub rank: usize,
    /// (5th percentile, median, 95th percentile) rank under perturbed weights.
    pub interval: Option<(usize, usize, usize)>,
}

/// Coordinates with two decimals keep the markup short.
fn c(x: f64) -> String {
    let s = format!("{x:.2}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s == "-0" {
        "0".to_string()
    } else {
        s.to_string()
    }
}

/// A radar chart: one axis per dimension (0 at the centre, 100 at the rim),
/// the zone's scores as a filled polygon, the period's best scores dashed.
pub(super) fn radar(title: &str, labels: &[&str], values: &[f64], best: &[f64]) -> String {
    const WIDTH: f64 = 340.0;
    const HEIGHT: f64 = 280.0;
    const R: f64 = 105.0;
    let (cx, cy) = (WIDTH / 2.0, 140.0);
    let n = labels.len().max(1);
    let point = |i: usize, v: f64| {
        let angle = -PI / 2.0 + 2.0 * PI * i as f64 / n as f64;
        let r = R * v.clamp(0.0, 100.0) / 100.0;
        (cx + r * angle.cos(), cy + r * angle.sin())
    };
    let polygon = |vals: &mut dyn Iterator<Item = f64>| -> String {
        vals.enumerate()
            .map(|(i, v)| {
                let (x, y) = point(i, v);
                format!("{},{}", c(x), c(y))
            })
            .collect::<Vec<_>>()
            .join(" ")
    };
    let mut s = String::new();
    let _ = write!(
        s,
        r#"<svg class="radar" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {w} {h}" width="{w}" height="{h}" role="img"><title>{t}</title>"#,
        w = WIDTH,
        h = HEIGHT,
        t = escape_html(title)
    );
    for ring in [25.0, 50.0, 75.0, 100.0] {
        let _ = write!(
            s,
            r##"<polygon class="grid" points="{}" fill="none" stroke="#ccc" stroke-width="1"/>"##,
            polygon(&mut std::iter::repeat_n(ring, n))
        );
    }
    for (i, label) in labels.iter().enumerate() {
        let (x, y) = point(i, 100.0);
        let _ = write!(
            s,
            r##"<line x1="{}" y1="{}" x2="{}" y2="{}" stroke="#ccc" stroke-width="1"/>"##,
            c(cx),
            c(cy),
            c(x),
            c(y)
        );
        let angle = -PI / 2.0 + 2.0 * PI * i as f64 / n as f64;
        let (lx, ly) = (cx + (R + 12.0) * angle.cos(), cy + (R + 12.0) * angle.sin());
        let anchor = if angle.cos() > 0.3 {
            "start"
        } else if angle.cos() < -0.3 {
            "end"
        } else {
            "middle"
        };
        let dy = if angle.sin() > 0.3 {
            "0.9em"
        } else if angle.sin() < -0.3 {
            "-0.2em"
        } else {
            "0.35em"
        };
        let _ = write!(
            s,
            r#"<text x="{}" y="{}" dy="{dy}" text-anchor="{anchor}" font-size="11">{}</text>"#,
            c(lx),
            c(ly),
            escape_html(&clip(label, 14))
        );
    }
    if !best.is_empty() {
        let _ = write!(
            s,
            r##"<polygon class="frontier" points="{}" fill="none" stroke="#888" stroke-width="1.5" stroke-dasharray="4 3"/>"##,
            polygon(&mut best.iter().copied())
        );
    }
    let _ = write!(
        s,
        r##"<polygon class="zone" points="{}" fill="#2b6cb0" fill-opacity="0.3" stroke="#2b6cb0" stroke-width="2"/>"##,
        polygon(&mut values.iter().copied())
    );
    for (i, &v) in values.iter().enumerate() {
        let (x, y) = point(i, v);
        let label = labels.get(i).copied().unwrap_or_default();
        let _ = write!(
            s,
            r##"<circle cx="{}" cy="{}" r="3" fill="#2b6cb0"><title>{}: {:.1}</title></circle>"##,
            c(x),
            c(y),
            escape_html(label),
            v
        );
    }
    s.push_str("</svg>");
    s
}

/// A bar chart of totals (0–100) with, to the right, each zone's rank
/// interval under perturbed weights (5–95% line, median dot, actual rank
/// tick).
pub(super) fn bars(title: &str, rows: &[BarRow<'_>], zones: usize) -> String {
    const LABEL: f64 = 230.0;
    const BAR: f64 = 360.0;
    const GAP: f64 = 70.0;
    const RANKS: f64 = 280.0;
    const ROW: f64 = 26.0;
    const TOP: f64 = 34.0;
    let width = LABEL + BAR + GAP + RANKS + 30.0;
    let height = TOP + ROW * rows.len() as f64 + 34.0;
    let x_total = |v: f64| LABEL + BAR * v.clamp(0.0, 100.0) / 100.0;
    let n = zones.max(1);
    let x_rank = |r: usize| {
        let left = LABEL + BAR + GAP;
        if n <= 1 {
            left + RANKS / 2.0
        } else {
            left + RANKS * (r.saturating_sub(1)) as f64 / (n - 1) as f64
        }
    };
    let mut s = String::new();
    let _ = write!(
        s,
        r#"<svg class="bars" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {w} {h}" width="{w}" height="{h}" role="img"><title>{t}</title>"#,
        w = c(width),
        h = c(height),
        t = escape_html(title)
    );
    // Axes and headings.
    let _ = write!(
        s,
        r#"<text x="{}" y="14" font-size="12" font-weight="bold">total (0–100)</text><text x="{}" y="14" font-size="12" font-weight="bold">rank under perturbed weights (1 = best)</text>"#,
        c(LABEL),
        c(LABEL + BAR + GAP)
    );
    let bottom = TOP + ROW * rows.len() as f64;
    for tick in [0.0, 25.0, 50.0, 75.0, 100.0] {
        let x = x_total(tick);
        let _ = write!(
            s,
            r##"<line x1="{x}" y1="{top}" x2="{x}" y2="{bottom}" stroke="#e2e2e2"/><text x="{x}" y="{ty}" font-size="10" text-anchor="middle">{tick}</text>"##,
            x = c(x),
            top = c(TOP - 6.0),
            bottom = c(bottom),
            ty = c(bottom + 14.0),
        );
    }
    let step = n.div_ceil(10).max(1);
    let mut ticks: Vec<usize> = (1..=n).step_by(step).collect();
    if ticks.last() != Some(&n) {
        ticks.push(n);
    }
    for r in ticks {
        let x = x_rank(r);
        let _ = write!(
            s,
            r##"<line x1="{x}" y1="{top}" x2="{x}" y2="{bottom}" stroke="#eee"/><text x="{x}" y="{ty}" font-size="10" text-anchor="middle">{r}</text>"##,
            x = c(x),
            top = c(TOP - 6.0),
            bottom = c(bottom),
            ty = c(bottom + 14.0),
        );
    }
    for (i, row) in rows.iter().enumerate() {
        let y = TOP + ROW * i as f64;
        let mid = y + ROW / 2.0;
        let _ = write!(
            s,
            r#"<g class="bar-row"><title>{name}: total {total:.1}, rank {rank}</title><text x="{lx}" y="{ty}" font-size="12" text-anchor="end">{rank}. {label}</text>"#,
            name = escape_html(row.name),
            total = row.total,
            rank = row.rank,
            lx = c(LABEL - 8.0),
            ty = c(mid + 4.0),
            label = escape_html(&clip(row.name, 16)),
        );
        let _ = write!(
            s,
            r##"<rect class="bar" x="{x}" y="{y}" width="{w}" height="{h}" fill="#2b6cb0"/><text x="{tx}" y="{ty}" font-size="11">{total:.1}</text>"##,
            x = c(LABEL),
            y = c(y + 4.0),
            w = c(x_total(row.total) - LABEL),
            h = c(ROW - 8.0),
            tx = c(x_total(row.total) + 4.0),
            ty = c(mid + 4.0),
            total = row.total,
        );
        if let Some((low, median, high)) = row.interval {
            let _ = write!(
                s,
                r##"<line class="interval" x1="{x1}" y1="{y}" x2="{x2}" y2="{y}" stroke="#c05621" stroke-width="3" stroke-linecap="round"/><circle cx="{xm}" cy="{y}" r="4.5" fill="#c05621"><title>median rank {median}, 5–95%: {low}–{high}</title></circle>"##,
                x1 = c(x_rank(low)),
                x2 = c(x_rank(high)),
                xm = c(x_rank(median)),
                y = c(mid),
            );
        }
        let _ = write!(
            s,
            r##"<line class="rank-mark" x1="{x}" y1="{y1}" x2="{x}" y2="{y2}" stroke="#1a202c" stroke-width="2"/></g>"##,
            x = c(x_rank(row.rank)),
            y1 = c(y + 3.0),
            y2 = c(y + ROW - 3.0),
        );
    }
    s.push_str("</svg>");
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn radar_labels_are_escaped_and_polygons_drawn() {
        let svg = radar("<a>", &["<b>", "c", "d"], &[50.0, 100.0, 0.0], &[100.0; 3]);
        assert!(svg.starts_with("<svg class=\"radar\""));
        assert!(svg.contains("&lt;b&gt;") && !svg.contains("<b>"));
        assert!(svg.contains("class=\"zone\"") && svg.contains("class=\"frontier\""));
    }

    #[test]
    fn bars_draw_one_row_per_zone_with_interval() {
        let rows = [
            BarRow {
                name: "a",
                total: 80.0,
                rank: 1,
                interval: Some((1, 1, 2)),
            },
            BarRow {
                name: "b",
                total: 20.0,
                rank: 2,
                interval: None,
            },
        ];
        let svg = bars("t", &rows, 2);
        assert_eq!(svg.matches("class=\"bar\"").count(), 2);
        assert_eq!(svg.matches("class=\"interval\"").count(), 1);
    }

    #[test]
    fn coordinates_are_short() {
        assert_eq!(c(1.0), "1");
        assert_eq!(c(1.256), "1.26");
        assert_eq!(c(-0.001), "0");
    }
}
