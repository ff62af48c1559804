//! PMC surface: the PMC figures of a document or zone ([`PmcScore`]) → an
//! inline SVG heat map of its dimension values.
//!
//! The PMC index model draws its "surface" from the main variables laid out
//! in a square matrix (3×3 for nine variables). Here the dimensions fill a
//! near-square grid in rubric order (`cols = ⌈√n⌉`, `rows = ⌈n / cols⌉`, so
//! five dimensions take a 3×2 grid with one empty cell), each cell coloured
//! by the dimension's mean from pale (0) to deep red (1) and labelled with
//! the dimension's name, value and id. Static markup only: no script.

use super::{clip, escape_html};
use crate::aggregate::PmcScore;
use crate::benchmark::{Benchmark, PeriodBenchmark};
use std::fmt::Write;

const CELL_W: f64 = 124.0;
const CELL_H: f64 = 78.0;
const GAP: f64 = 4.0;
const MARGIN: f64 = 6.0;

/// Columns and rows of the near-square grid for `n` cells: 3×3 for 9, 3×2
/// for 5, 2×2 for 4, 1×1 for 1 (and for 0, which draws an empty grid).
fn grid(n: usize) -> (usize, usize) {
    let n = n.max(1);
    let mut cols = 1;
    while cols * cols < n {
        cols += 1;
    }
    (cols, n.div_ceil(cols))
}

/// Fill colour of a cell: the mean on 0–1 from pale yellow to deep red.
fn heat(value: f64) -> String {
    let v = if value.is_finite() {
        value.clamp(0.0, 1.0)
    } else {
        0.0
    };
    let hue = 50.0 - 45.0 * v;
    let light = 94.0 - 52.0 * v;
    format!("hsl({hue:.0},80%,{light:.0}%)")
}

/// The short form of a dimension name: the part before an English gloss in
/// parentheses (`政务服务 (government services)` → `政务服务`).
fn short_name(name: &str) -> &str {
    name.split_once(" (").map_or(name, |(head, _)| head).trim()
}

/// The PMC surface as an SVG element. `ids` and `names` are the rubric's
/// dimensions in order; `pmc` the figures of one document or zone (its
/// dimension values are matched to `ids` by position).
pub fn surface(title: &str, ids: &[&str], names: &[&str], pmc: &PmcScore) -> String {
    let n = ids.len().max(pmc.dimensions.len());
    let (cols, rows) = grid(n);
    let width = 2.0 * MARGIN + cols as f64 * CELL_W + (cols as f64 - 1.0) * GAP;
    let height = 2.0 * MARGIN + rows as f64 * CELL_H + (rows as f64 - 1.0) * GAP;
    let mut s = String::new();
    let _ = write!(
        s,
        r#"<svg class="pmc-surface" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="{width}" height="{height}" role="img"><title>{}</title>"#,
        escape_html(title)
    );
    for cell in 0..cols * rows {
        let (col, row) = (cell % cols, cell / cols);
        let x = MARGIN + col as f64 * (CELL_W + GAP);
        let y = MARGIN + row as f64 * (CELL_H + GAP);
        let Some(id) = ids.get(cell).copied().or_else(|| {
            // A score with more dimensions than labels still shows them all.
            (cell < pmc.dimensions.len()).then_some("")
        }) else {
            let _ = write!(
                s,
                r##"<rect class="pmc-empty" x="{x}" y="{y}" width="{CELL_W}" height="{CELL_H}" fill="none" stroke="#cbd5e0" stroke-dasharray="4 3"/>"##
            );
            continue;
        };
        let value = pmc.dimensions.get(cell).copied().unwrap_or(0.0);
        let name = names.get(cell).map_or(id, |n| short_name(n));
        let ink = if value > 0.55 { "#ffffff" } else { "#1a202c" };
        let cx = x + CELL_W / 2.0;
        let _ = write!(
            s,
            r##"<g class="pmc-cell"><title>{id_full} {name_full}: {value:.3}</title><rect x="{x}" y="{y}" width="{CELL_W}" height="{CELL_H}" rx="4" fill="{fill}" stroke="#a0aec0"/><text x="{cx}" y="{ty1}" font-size="13" text-anchor="middle" fill="{ink}">{label}</text><text x="{cx}" y="{ty2}" font-size="20" font-weight="bold" text-anchor="middle" fill="{ink}">{value:.2}</text><text x="{cx}" y="{ty3}" font-size="10" text-anchor="middle" fill="{ink}">{id_short}</text></g>"##,
            id_full = escape_html(id),
            name_full = escape_html(names.get(cell).copied().unwrap_or("")),
            fill = heat(value),
            ty1 = y + 20.0,
            ty2 = y + 47.0,
            ty3 = y + 68.0,
            label = escape_html(&clip(name, 9)),
            id_short = escape_html(&clip(id, 20)),
        );
    }
    s.push_str("</svg>");
    s
}

/// The HTML section of a period: one PMC surface per zone that has PMC
/// figures, with its index and band. Writes nothing when no zone has them
/// (a weighted rubric).
pub(super) fn surfaces(b: &Benchmark, p: &PeriodBenchmark, out: &mut String) {
    if p.zones.iter().all(|z| z.score.pmc.is_none()) {
        return;
    }
    let ids: Vec<&str> = b.dimensions.iter().map(|d| d.id.as_str()).collect();
    let names: Vec<&str> = b.dimensions.iter().map(|d| d.name.as_str()).collect();
    let (cols, rows) = grid(ids.len());
    let _ = writeln!(
        out,
        "<h3>PMC surfaces</h3>\n<p class=\"legend\">PMC index model: each indicator counts 1 when its level reaches the rubric's minimum, each dimension is the mean of its indicators (0–1, pale to deep red), the index is the sum over the {} dimensions ({cols}×{rows} grid, rubric order).</p>\n<div class=\"radars pmc-surfaces\">",
        ids.len()
    );
    for z in &p.zones {
        let Some(pmc) = &z.score.pmc else {
            continue;
        };
        let band = pmc
            .band
            .as_deref()
            .map(|band| format!(", {}", escape_html(band)))
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "<figure>{}<figcaption>{}. {}: PMC index {:.2} / {}{band}</figcaption></figure>",
            surface(&format!("{}: PMC surface", z.zone.name), &ids, &names, pmc),
            z.rank,
            escape_html(&z.zone.name),
            pmc.index,
            pmc.max_index,
        );
    }
    out.push_str("</div>\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pmc(values: &[f64]) -> PmcScore {
        PmcScore {
            index: values.iter().sum(),
            max_index: values.len(),
            dimensions: values.to_vec(),
            band: None,
            min_level: 1,
        }
    }

    #[test]
    fn grid_is_near_square() {
        assert_eq!(grid(9), (3, 3));
        assert_eq!(grid(5), (3, 2));
        assert_eq!(grid(4), (2, 2));
        assert_eq!(grid(7), (3, 3));
        assert_eq!(grid(10), (4, 3));
        assert_eq!(grid(1), (1, 1));
        assert_eq!(grid(0), (1, 1));
    }

    #[test]
    fn surface_has_one_cell_per_dimension_and_dashed_empty_cells() {
        let ids = ["a", "b", "c", "d", "e"];
        let svg = surface("z", &ids, &ids, &pmc(&[0.0, 0.25, 0.5, 0.75, 1.0]));
        assert_eq!(svg.matches("class=\"pmc-cell\"").count(), 5);
        assert_eq!(svg.matches("class=\"pmc-empty\"").count(), 1);
        assert!(svg.contains(">0.75<"), "{svg}");
        assert!(!svg.contains("<script"));
    }

    #[test]
    fn higher_values_are_darker() {
        let light = |v: f64| {
            let h = heat(v);
            h.rsplit(',')
                .next()
                .and_then(|l| l.trim_end_matches("%)").parse::<f64>().ok())
                .unwrap_or(f64::NAN)
        };
        assert!(light(0.0) > light(0.5) && light(0.5) > light(1.0));
        assert_eq!(heat(f64::NAN), heat(0.0));
    }

    #[test]
    fn labels_are_escaped() {
        let svg = surface("<z>", &["<a>"], &["A&B (gloss)"], &pmc(&[1.0]));
        assert!(
            svg.contains("&lt;a&gt;") && svg.contains("A&amp;B"),
            "{svg}"
        );
        assert!(!svg.contains("<a>") && !svg.contains("<z>"));
    }
}
