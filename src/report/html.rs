//! HTML: [`Report`] → one self-contained page (inline CSS and SVG, no
//! scripts, no external assets). Every piece of text from documents, the
//! manifest or the rubric goes through [`escape_html`](super::escape_html).
//!
//! Per period: the ranking table (`table.ranking`), a bar chart of totals
//! with rank intervals (`svg.bars`), a radar chart per zone (`svg.radar`),
//! with a PMC rubric a PMC surface per zone (`svg.pmc-surface`),
//! dimension scores with distance to frontier (`table.dimensions`), the gap
//! list (`ul.gap-list`) and each zone's evidence sentences
//! (`details.evidence`).

use super::svg::{bars, radar, BarRow};
use super::{
    escape_html as e, fmt1, not_counted, one_line, sensitivity_method, signed1, Report, NOT_COUNTED,
};
use crate::benchmark::{Benchmark, PeriodBenchmark, PeriodMode, ZoneBenchmark};
use std::fmt::Write;

const STYLE: &str = r#"
body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", system-ui, sans-serif; margin: 0 auto; padding: 1em 2em 3em; max-width: 1320px; color: #1a202c; line-height: 1.45; }
h1 { font-size: 1.6em; margin-bottom: 0.2em; }
h2 { border-bottom: 2px solid #2b6cb0; padding-bottom: 0.2em; margin-top: 2em; }
h3 { margin-top: 1.6em; }
.meta, .note { color: #4a5568; font-size: 0.92em; }
nav a { margin-right: 1em; }
table { border-collapse: collapse; margin: 0.5em 0 1em; font-size: 0.92em; }
th, td { border: 1px solid #d2d6dc; padding: 0.25em 0.55em; vertical-align: top; }
th { background: #edf2f7; text-align: left; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tr.reference td { color: #4a5568; font-style: italic; background: #f7fafc; }
.band { display: inline-block; white-space: nowrap; padding: 0 0.45em; border-radius: 0.6em; background: #e2e8f0; font-size: 0.9em; }
.band-0 { background: #c6f6d5; } .band-1 { background: #bee3f8; } .band-2 { background: #fefcbf; } .band-3 { background: #fed7d7; }
.radars { display: flex; flex-wrap: wrap; gap: 0.5em 1.5em; }
.radars figure { margin: 0; text-align: center; }
.radars figcaption { font-size: 0.9em; max-width: 320px; }
.legend { font-size: 0.85em; color: #4a5568; }
.legend .swatch { display: inline-block; width: 1.6em; height: 0.7em; vertical-align: middle; margin: 0 0.3em 0 0.8em; }
ul.gap-list { margin-top: 0.3em; }
ul.gap-list li { margin-bottom: 0.5em; }
blockquote, q.sentence { quotes: "「" "」"; }
blockquote { margin: 0.2em 0 0.2em 1em; padding: 0.2em 0.7em; border-left: 3px solid #cbd5e0; background: #f7fafc; color: #2d3748; }
details.evidence { margin: 0.3em 0; border: 1px solid #e2e8f0; border-radius: 4px; padding: 0.3em 0.8em; }
details.evidence summary { cursor: pointer; font-weight: bold; }
details.evidence li { margin-bottom: 0.35em; }
.tag { font-size: 0.8em; color: #4a5568; }
.up { color: #276749; } .down { color: #9b2c2c; }
footer { margin-top: 3em; border-top: 1px solid #e2e8f0; padding-top: 0.5em; }
"#;

pub(super) fn render(report: &Report<'_>) -> String {
    let b = report.benchmark();
    let mut out = String::with_capacity(64 * 1024);
    let title = format!(
        "Development-zone reform benchmark: {} {}",
        b.rubric.id, b.rubric.version
    );
    let _ = writeln!(
        out,
        "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>",
        e(&title)
    );
    let _ = write!(out, "<header>\n<h1>{}</h1>\n<p class=\"meta\">", e(&title));
    if let Some(name) = &b.rubric.name {
        let _ = write!(out, "Rubric: {}. ", e(name));
    }
    if let Some(source) = report.source() {
        let _ = write!(out, "Documents: {}. ", e(source));
    }
    let dims: Vec<String> = b
        .dimensions
        .iter()
        .map(|d| format!("{} ({}, weight {})", e(&d.id), e(&d.name), d.weight))
        .collect();
    let _ = writeln!(out, "Dimensions: {}.</p>", dims.join("; "));
    if b.periods.len() > 1 {
        out.push_str("<nav>Periods: ");
        for p in &b.periods {
            let label = p.period.to_string();
            let _ = write!(out, "<a href=\"#period-{0}\">{0}</a>", e(&label));
        }
        out.push_str("</nav>\n");
    }
    out.push_str("</header>\n");
    for p in &b.periods {
        period(b, p, &mut out);
    }
    footer(b, &mut out);
    out.push_str("</body>\n</html>\n");
    out
}

fn period(b: &Benchmark, p: &PeriodBenchmark, out: &mut String) {
    let label = p.period.to_string();
    let _ = writeln!(
        out,
        "<section class=\"period\" id=\"period-{0}\">\n<h2>Period: {0}</h2>",
        e(&label)
    );
    if b.options.periods == PeriodMode::ByYear {
        out.push_str("<p class=\"note\">Each zone is scored on the union of its documents dated in this period.</p>\n");
    }
    if !p.missing.is_empty() {
        let names: Vec<String> = p.missing.iter().map(|z| e(&z.name).into_owned()).collect();
        let _ = writeln!(
            out,
            "<p class=\"missing note\">No documents in this period (not ranked): {}.</p>",
            names.join("、")
        );
    }
    if p.zones.is_empty() {
        out.push_str("<p>No zone has documents in this period.</p>\n</section>\n");
        return;
    }
    ranking(b, p, out);
    bar_chart(b, p, out);
    radars(b, p, out);
    super::pmc::surfaces(b, p, out);
    dimension_table(b, p, out);
    gaps(b, p, out);
    evidence(p, out);
    out.push_str("</section>\n");
}

fn band_class(b: &Benchmark, band: Option<&str>) -> String {
    match band.and_then(|name| b.bands.iter().position(|x| x.name == name)) {
        Some(i) => format!("band band-{}", i.min(3)),
        None => "band".to_string(),
    }
}

fn zone_meta(z: &ZoneBenchmark) -> String {
    [
        z.zone.province.as_deref(),
        z.zone.city.as_deref(),
        z.zone.kind.as_deref(),
        z.zone.level.as_deref(),
    ]
    .into_iter()
    .flatten()
    .map(|s| e(s).into_owned())
    .collect::<Vec<_>>()
    .join(" · ")
}

fn ranking(b: &Benchmark, p: &PeriodBenchmark, out: &mut String) {
    let sens = b.options.sensitivity.draws > 0;
    let panel = b.options.periods == PeriodMode::ByYear;
    out.push_str("<h3>Ranking</h3>\n<table class=\"ranking\">\n<thead><tr><th>rank</th><th>zone</th><th>province · city · kind · level</th><th>documents</th><th>total</th><th>band</th><th>percentile</th><th>distance to frontier</th>");
    if sens {
        let _ = write!(
            out,
            "<th>median rank (5–95%)</th><th>P(top {})</th>",
            b.options.sensitivity.top_k
        );
    }
    if let Some(g) = b.options.group_by {
        let _ = write!(out, "<th>{g}</th><th>rank in {g}</th>");
    }
    if panel {
        out.push_str("<th>change in total</th><th>change in rank</th>");
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    for z in &p.zones {
        let _ = write!(
            out,
            "<tr><td class=\"num\">{}</td><td>{}</td><td>{}</td><td class=\"num\">{}</td><td class=\"num\">{:.1}</td><td><span class=\"{}\">{}</span></td><td class=\"num\">{}</td><td class=\"num\">{}</td>",
            z.rank,
            e(&z.zone.name),
            zone_meta(z),
            z.documents.len(),
            z.score.total,
            band_class(b, z.band.as_deref()),
            z.band.as_deref().map_or_else(|| "—".into(), e),
            fmt1(z.percentile),
            fmt1(z.distance.total),
        );
        if sens {
            match &z.sensitivity {
                Some(s) => {
                    let _ = write!(
                        out,
                        "<td class=\"num\">{} ({}–{})</td><td class=\"num\">{:.0}%</td>",
                        s.median,
                        s.low,
                        s.high,
                        100.0 * s.top_k
                    );
                }
                None => out.push_str("<td>—</td><td>—</td>"),
            }
        }
        if b.options.group_by.is_some() {
            match &z.group {
                Some(g) => {
                    let _ = write!(
                        out,
                        "<td>{}</td><td class=\"num\">{} of {}</td>",
                        g.key.as_deref().map_or_else(|| "unspecified".into(), e),
                        g.rank,
                        g.size
                    );
                }
                None => out.push_str("<td>—</td><td>—</td>"),
            }
        }
        if panel {
            match &z.change {
                Some(c) => {
                    let class = |x: f64| {
                        if x > 0.05 {
                            "up"
                        } else if x < -0.05 {
                            "down"
                        } else {
                            ""
                        }
                    };
                    let _ = write!(
                        out,
                        "<td class=\"num {}\">{} <span class=\"tag\">since {}</span></td><td class=\"num {}\">{:+}</td>",
                        class(c.total),
                        signed1(c.total),
                        c.since,
                        class(c.rank as f64),
                        c.rank
                    );
                }
                None => out.push_str("<td>—</td><td>—</td>"),
            }
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody>\n</table>\n");
}

fn bar_chart(b: &Benchmark, p: &PeriodBenchmark, out: &mut String) {
    let rows: Vec<BarRow<'_>> = p
        .zones
        .iter()
        .map(|z| BarRow {
            name: &z.zone.name,
            total: z.score.total,
            rank: z.rank,
            interval: z.sensitivity.as_ref().map(|s| (s.low, s.median, s.high)),
        })
        .collect();
    out.push_str("<h3>Totals and rank intervals</h3>\n");
    out.push_str(&bars(
        &format!("Totals and rank intervals, period {}", p.period),
        &rows,
        p.zones.len(),
    ));
    let s = &b.options.sensitivity;
    if s.draws > 0 {
        let _ = writeln!(
            out,
            "\n<p class=\"legend\">Bars: total on 0–100. Right: rank under {} random weightings (seed {}); <span class=\"swatch\" style=\"background:#c05621\"></span>line = 5–95% of ranks, dot = median rank; black tick = rank with the rubric's weights.</p>",
            s.draws, s.seed
        );
    } else {
        out.push_str("\n<p class=\"legend\">Bars: total on 0–100; black tick: rank.</p>\n");
    }
}

fn radars(b: &Benchmark, p: &PeriodBenchmark, out: &mut String) {
    let labels: Vec<&str> = b.dimensions.iter().map(|d| d.id.as_str()).collect();
    let best: Vec<f64> = (0..labels.len())
        .map(|i| {
            p.zones
                .iter()
                .map(|z| z.dimension_score(i))
                .fold(0.0, f64::max)
        })
        .collect();
    out.push_str("<h3>Dimension profiles</h3>\n<p class=\"legend\"><span class=\"swatch\" style=\"background:#2b6cb0;opacity:0.5\"></span>the zone's dimension scores (0 at the centre, 100 at the rim)<span class=\"swatch\" style=\"border-top:2px dashed #888;height:0\"></span>the best score of the period on each dimension</p>\n<div class=\"radars\">\n");
    for z in &p.zones {
        let values: Vec<f64> = (0..labels.len()).map(|i| z.dimension_score(i)).collect();
        let _ = writeln!(
            out,
            "<figure>{}<figcaption>{}. {} ({:.1})</figcaption></figure>",
            radar(
                &format!("{}: dimension scores", z.zone.name),
                &labels,
                &values,
                &best
            ),
            z.rank,
            e(&z.zone.name),
            z.score.total
        );
    }
    out.push_str("</div>\n");
}

/// Cell colour from a distance to frontier: white at 0, blue at 100.
fn heat(distance: f64) -> String {
    let light = 97.0 - 0.35 * distance.clamp(0.0, 100.0);
    format!("background:hsl(210,70%,{light:.0}%)")
}

fn dimension_table(b: &Benchmark, p: &PeriodBenchmark, out: &mut String) {
    out.push_str("<h3>Dimension scores and distance to frontier</h3>\n<p class=\"note\">Each cell: dimension score on 0–100, grade in parentheses, and distance to frontier below; darker = closer to the frontier.</p>\n<table class=\"dimensions\">\n<thead><tr><th>zone</th><th>total</th>");
    for d in &b.dimensions {
        let _ = write!(out, "<th title=\"{}\">{}</th>", e(&d.name), e(&d.id));
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    for z in &p.zones {
        let _ = write!(
            out,
            "<tr><td>{}</td><td class=\"num\" style=\"{}\">{:.1}<br><span class=\"tag\">DTF {}</span></td>",
            e(&z.zone.name),
            heat(z.distance.total),
            z.score.total,
            fmt1(z.distance.total)
        );
        for (i, d) in z.score.dimensions.iter().enumerate() {
            let dist = z.distance.dimensions.get(i).copied().unwrap_or(0.0);
            let _ = write!(
                out,
                "<td class=\"num\" style=\"{}\">{:.1} ({})<br><span class=\"tag\">DTF {}</span></td>",
                heat(dist),
                100.0 * d.score,
                d.grade,
                fmt1(dist)
            );
        }
        out.push_str("</tr>\n");
    }
    for (label, frontier) in [("frontier", true), ("worst", false)] {
        let value = |key: &str| {
            b.reference(key).map_or_else(
                || "—".to_string(),
                |r| {
                    let (v, fixed) = if frontier {
                        (r.frontier, r.frontier_fixed)
                    } else {
                        (r.worst, r.worst_fixed)
                    };
                    format!("{}{}", fmt1(v), if fixed { " (fixed)" } else { "" })
                },
            )
        };
        let _ = write!(
            out,
            "<tr class=\"reference\"><td>{label}</td><td class=\"num\">{}</td>",
            value("total")
        );
        for d in &b.dimensions {
            let _ = write!(out, "<td class=\"num\">{}</td>", value(&d.id));
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody>\n</table>\n");
}

fn gaps(b: &Benchmark, p: &PeriodBenchmark, out: &mut String) {
    let peers = match b.options.group_by {
        Some(g) => format!("zones of the same {g} in this period"),
        None => "the other zones in this period".to_string(),
    };
    let _ = writeln!(
        out,
        "<h3>Gaps</h3>\n<p class=\"note\">For each zone, the indicators on which a peer ({}) reached a higher level, with the best such peer and the sentence that earned its level: what to copy.</p>\n<div class=\"gaps\">",
        e(&peers)
    );
    for z in &p.zones {
        let _ = writeln!(
            out,
            "<h4>{}. {} <span class=\"tag\">{} gap{}</span></h4>",
            z.rank,
            e(&z.zone.name),
            z.gaps.len(),
            if z.gaps.len() == 1 { "" } else { "s" }
        );
        let skipped = not_counted(&z.score, NOT_COUNTED);
        if !skipped.is_empty() {
            out.push_str("<ul class=\"not-counted\">\n");
            for line in skipped {
                let _ = writeln!(out, "<li class=\"note\">{}</li>", e(&line));
            }
            out.push_str("</ul>\n");
        }
        if z.gaps.is_empty() {
            out.push_str(
                "<p class=\"note\">No gaps: no peer reached a higher level on any indicator.</p>\n",
            );
            continue;
        }
        out.push_str("<ul class=\"gap-list\">\n");
        for g in &z.gaps {
            let ind = g.indicator_name.as_deref().unwrap_or(&g.indicator);
            let _ = write!(
                out,
                "<li><b>{}</b> / {}: own level {} ({}); <b>{}</b> reached {} ({})",
                e(&g.dimension),
                e(ind),
                g.level,
                e(&g.level_name),
                e(&g.peer_name),
                g.peer_level,
                e(&g.peer_level_name)
            );
            if g.peers_ahead > 1 {
                let _ = write!(
                    out,
                    " <span class=\"tag\">({} peers ahead)</span>",
                    g.peers_ahead
                );
            }
            if let Some(ev) = &g.evidence {
                let _ = write!(
                    out,
                    "<blockquote class=\"sentence\">{}</blockquote>",
                    e(&one_line(&ev.text))
                );
            }
            out.push_str("</li>\n");
        }
        out.push_str("</ul>\n");
    }
    out.push_str("</div>\n");
}

fn evidence(p: &PeriodBenchmark, out: &mut String) {
    out.push_str("<h3>Evidence</h3>\n<p class=\"note\">Every sentence behind each zone's indicator levels, quoted as the author wrote it. Click a zone to unfold.</p>\n<div class=\"evidence-list\">\n");
    for z in &p.zones {
        let count: usize = z
            .score
            .dimensions
            .iter()
            .flat_map(|d| &d.indicators)
            .map(|i| i.evidence.len())
            .sum();
        let _ = writeln!(
            out,
            "<details class=\"evidence\" id=\"evidence-{}-{}\"><summary>{}. {} <span class=\"tag\">{} sentences from {} document{}</span></summary>",
            e(&p.period.to_string()),
            e(&z.zone.id),
            z.rank,
            e(&z.zone.name),
            count,
            z.documents.len(),
            if z.documents.len() == 1 { "" } else { "s" }
        );
        for d in &z.score.dimensions {
            let _ = writeln!(
                out,
                "<h5>{} {} <span class=\"tag\">score {:.1}, grade {}</span></h5>",
                e(&d.id),
                e(&d.name),
                100.0 * d.score,
                d.grade
            );
            let with_evidence: Vec<_> = d.indicators.iter().filter(|i| i.level > 0).collect();
            if with_evidence.is_empty() {
                out.push_str("<p class=\"note\">No evidence.</p>\n");
                continue;
            }
            out.push_str("<ul>\n");
            for ind in with_evidence {
                let _ = write!(
                    out,
                    "<li>{}: level {} ({})<ul>",
                    e(ind.name.as_deref().unwrap_or(&ind.id)),
                    ind.level,
                    e(&ind.level_name)
                );
                for ev in &ind.evidence {
                    let _ = write!(
                        out,
                        "<li><q class=\"sentence\">{}</q> <span class=\"tag\">level {}; terms: {}",
                        e(&one_line(&ev.text)),
                        ev.level,
                        e(&ev.terms.join(", "))
                    );
                    if let Some(cue) = &ev.cue {
                        let _ = write!(out, "; cue: {}", e(cue));
                    }
                    out.push_str("</span></li>");
                }
                out.push_str("</ul></li>\n");
            }
            out.push_str("</ul>\n");
        }
        out.push_str("</details>\n");
    }
    out.push_str("</div>\n");
}

fn footer(b: &Benchmark, out: &mut String) {
    out.push_str("<footer class=\"note\">\n<p><b>How to read this page.</b> Rank by total (0–100), ties share a rank. Percentile = 100 × (n − rank) / (n − 1). Distance to frontier (DTF) = 100 × (x − worst) / (frontier − worst) per dimension and for the total; it is 100 for every zone when the frontier is not above the worst (all zones tie). ");
    let fixed = b
        .references
        .iter()
        .any(|r| r.frontier_fixed || r.worst_fixed);
    if fixed {
        out.push_str("Frontier and worst marked “fixed” come from the rubric; the others are the best and worst zone observed. ");
    } else {
        out.push_str("Frontier and worst are the best and worst zone observed. ");
    }
    if !b.bands.is_empty() {
        let bands: Vec<String> = b
            .bands
            .iter()
            .map(|x| format!("{} ≥ {}", e(&x.name), x.min))
            .collect();
        let _ = write!(out, "Bands on the total: {}. ", bands.join(", "));
    }
    if let Some(method) = sensitivity_method(&b.options.sensitivity) {
        out.push_str(&e(&method));
    }
    let _ = writeln!(
        out,
        "</p>\n<p>Rubric {} {}; generated by zone-reform {}.</p>\n</footer>",
        e(&b.rubric.id),
        e(&b.rubric.version),
        env!("CARGO_PKG_VERSION")
    );
}
