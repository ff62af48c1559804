//! Markdown: [`Report`] → Markdown text (tables and lists).
//!
//! Per period: the ranking table (the table `benchmark_zones` has always
//! printed), standing, distance to frontier by dimension, and gaps; notes on
//! the formulas at the end.

use super::{clip, fmt1, not_counted, one_line, sensitivity_method, signed1, Report, NOT_COUNTED};

/// Evidence sentences in gap lists are cut to this many characters; the
/// JSON and HTML reports quote them whole.
const SENTENCE: usize = 120;
use crate::benchmark::{Benchmark, PeriodBenchmark, PeriodMode, ZoneBenchmark};
use std::collections::BTreeSet;
use std::fmt::Write;

/// Text on one line with `<` and `>` backslash-escaped, so a Markdown
/// renderer shows document text such as `<script>` as text, never as HTML.
fn text(raw: &str) -> String {
    one_line(raw).replace('<', "\\<").replace('>', "\\>")
}

/// A table cell: [`text`] with `|` escaped too.
fn cell(raw: &str) -> String {
    text(raw).replace('|', "\\|")
}

pub(super) fn render(report: &Report<'_>) -> String {
    let b = report.benchmark();
    let mut out = String::new();
    let zones: BTreeSet<&str> = b
        .periods
        .iter()
        .flat_map(|p| p.zones.iter().map(|z| z.zone.id.as_str()))
        .collect();
    let _ = write!(
        out,
        "Rubric {} {}; {} zones",
        cell(&b.rubric.id),
        cell(&b.rubric.version),
        zones.len()
    );
    if let Some(source) = report.source() {
        let _ = write!(out, " from {}", cell(source));
    }
    out.push_str("\n\n");
    for period in &b.periods {
        render_period(b, period, &mut out);
    }
    notes(b, &mut out);
    out
}

fn render_period(b: &Benchmark, p: &PeriodBenchmark, out: &mut String) {
    let panel = b.options.periods == PeriodMode::ByYear;
    if panel {
        let _ = writeln!(out, "## Period {}\n", p.period);
    }
    let dims: Vec<String> = b.dimensions.iter().map(|d| cell(&d.id)).collect();
    let _ = writeln!(out, "| rank | zone | total | {} |", dims.join(" | "));
    let _ = writeln!(out, "|---:|---|---:|{}", "---:|".repeat(dims.len()));
    for z in &p.zones {
        let cells: Vec<String> = z
            .score
            .dimensions
            .iter()
            .map(|d| format!("{:.1} ({})", 100.0 * d.score, d.grade))
            .collect();
        let _ = writeln!(
            out,
            "| {} | {} | {:.1} | {} |",
            z.rank,
            cell(&z.zone.name),
            z.score.total,
            cells.join(" | ")
        );
    }
    let _ = writeln!(
        out,
        "\nCells: dimension score on 0–100 (grade 0–{}).\n",
        b.max_level
    );
    if p.zones.is_empty() {
        out.push_str("No zone has documents in this period.\n\n");
    }
    if !p.missing.is_empty() {
        let names: Vec<String> = p.missing.iter().map(|z| cell(&z.name)).collect();
        let _ = writeln!(
            out,
            "No documents in this period (not ranked): {}.\n",
            names.join(", ")
        );
    }
    if p.zones.is_empty() {
        return;
    }
    standing(b, p, out);
    distances(b, p, out);
    gaps(p, out);
}

fn standing(b: &Benchmark, p: &PeriodBenchmark, out: &mut String) {
    let grouped = b.options.group_by.is_some();
    let panel = b.options.periods == PeriodMode::ByYear;
    let sens = b.options.sensitivity.draws > 0;
    let k = b.options.sensitivity.top_k;
    out.push_str("### Standing\n\n| rank | zone | band | percentile | distance to frontier |");
    if sens {
        let _ = write!(out, " median rank (5–95%) | P(top {k}) |");
    }
    if let Some(g) = b.options.group_by {
        let _ = write!(out, " {g} | rank in {g} |");
    }
    if panel {
        out.push_str(" change in total | since |");
    }
    out.push_str("\n|---:|---|---|---:|---:|");
    if sens {
        out.push_str("---:|---:|");
    }
    if grouped {
        out.push_str("---|---:|");
    }
    if panel {
        out.push_str("---:|---|");
    }
    out.push('\n');
    for z in &p.zones {
        let _ = write!(
            out,
            "| {} | {} | {} | {} | {} |",
            z.rank,
            cell(&z.zone.name),
            z.band.as_deref().map_or_else(|| "—".to_string(), cell),
            fmt1(z.percentile),
            fmt1(z.distance.total)
        );
        if sens {
            match &z.sensitivity {
                Some(s) => {
                    let _ = write!(
                        out,
                        " {} ({}–{}) | {:.0}% |",
                        s.median,
                        s.low,
                        s.high,
                        100.0 * s.top_k
                    );
                }
                None => out.push_str(" — | — |"),
            }
        }
        if grouped {
            match &z.group {
                Some(g) => {
                    let _ = write!(
                        out,
                        " {} | {} of {} |",
                        g.key
                            .as_deref()
                            .map_or_else(|| "unspecified".to_string(), cell),
                        g.rank,
                        g.size
                    );
                }
                None => out.push_str(" — | — |"),
            }
        }
        if panel {
            match &z.change {
                Some(c) => {
                    let _ = write!(out, " {} | {} |", signed1(c.total), c.since);
                }
                None => out.push_str(" — | — |"),
            }
        }
        out.push('\n');
    }
    out.push('\n');
}

fn distances(b: &Benchmark, p: &PeriodBenchmark, out: &mut String) {
    let dims: Vec<String> = b.dimensions.iter().map(|d| cell(&d.id)).collect();
    let _ = writeln!(
        out,
        "### Distance to frontier (0–100)\n\n| zone | total | {} |",
        dims.join(" | ")
    );
    let _ = writeln!(out, "|---|---:|{}", "---:|".repeat(dims.len()));
    for z in &p.zones {
        let cells: Vec<String> = z.distance.dimensions.iter().map(|&d| fmt1(d)).collect();
        let _ = writeln!(
            out,
            "| {} | {} | {} |",
            cell(&z.zone.name),
            fmt1(z.distance.total),
            cells.join(" | ")
        );
    }
    for (label, pick) in [("frontier", true), ("worst", false)] {
        let value = |key: &str| {
            b.reference(key).map_or_else(
                || "—".to_string(),
                |r| {
                    let (v, fixed) = if pick {
                        (r.frontier, r.frontier_fixed)
                    } else {
                        (r.worst, r.worst_fixed)
                    };
                    format!("{}{}", fmt1(v), if fixed { " (fixed)" } else { "" })
                },
            )
        };
        let cells: Vec<String> = b.dimensions.iter().map(|d| value(&d.id)).collect();
        let _ = writeln!(
            out,
            "| *{label}* | {} | {} |",
            value("total"),
            cells.join(" | ")
        );
    }
    out.push('\n');
}

fn gaps(p: &PeriodBenchmark, out: &mut String) {
    out.push_str("### Gaps: indicators where a peer reached a higher level\n\n");
    for z in &p.zones {
        zone_gaps(z, out);
    }
}

fn zone_gaps(z: &ZoneBenchmark, out: &mut String) {
    let _ = writeln!(out, "**{}** (rank {})", cell(&z.zone.name), z.rank);
    for line in not_counted(&z.score, NOT_COUNTED) {
        let _ = writeln!(out, "\n- {}", text(&line));
    }
    if z.gaps.is_empty() {
        out.push_str("\n- none: no peer reached a higher level on any indicator\n\n");
        return;
    }
    out.push('\n');
    for g in &z.gaps {
        let _ = write!(
            out,
            "- {}/{}: {} ({}); {} reached {} ({})",
            cell(&g.dimension),
            cell(&g.indicator),
            g.level,
            cell(&g.level_name),
            cell(&g.peer_name),
            g.peer_level,
            cell(&g.peer_level_name)
        );
        if g.peers_ahead > 1 {
            let _ = write!(out, " [{} peers ahead]", g.peers_ahead);
        }
        match &g.evidence {
            Some(e) => {
                let _ = writeln!(out, ": 「{}」", text(&clip(&one_line(&e.text), SENTENCE)));
            }
            None => out.push('\n'),
        }
    }
    out.push('\n');
}

fn notes(b: &Benchmark, out: &mut String) {
    out.push_str(
        "Notes: rank by total, ties share a rank; percentile = 100 × (n − rank) / (n − 1); ",
    );
    out.push_str("distance to frontier = 100 × (x − worst) / (frontier − worst), 100 for all when the frontier is not above the worst; ");
    out.push_str("frontier and worst are fixed by the rubric where marked, else the best and worst zone observed");
    if b.options.periods == PeriodMode::ByYear {
        out.push_str(" over all periods");
    }
    out.push('.');
    if let Some(method) = sensitivity_method(&b.options.sensitivity) {
        out.push(' ');
        out.push_str(&method);
    }
    let _ = write!(
        out,
        " Gap sentences are cut at {SENTENCE} characters; the JSON and HTML reports quote them whole."
    );
    out.push('\n');
}
