//! `zone-reform validate`: a gold file → the agreement of the engine's
//! grades with it (readable report or JSON), and an exit status that says
//! whether the thresholds were met.

use std::io::{self, Write};
use std::path::PathBuf;

use serde::Serialize;
use zone_reform::validate::{
    default_docs_dir, Bootstrap, GoldFile, GroupAgreement, OrdinalAgreement, ThresholdFailure,
    Thresholds, ValidateError, Validation, DEFAULT_RESAMPLES, DEFAULT_SEED,
};
use zone_reform::Scorer;

use super::output::write_json;
use super::{Exit, Failure, Format, Global, Outcome, Style};

pub const EXAMPLES: &str = "\
Examples:
  zone-reform validate --gold data/gold/seeds.toml
  zone-reform validate --gold data/gold/seeds.toml --format json --output agreement.json
  zone-reform validate --gold gold.toml --docs corpus/ --min-qwk 0.6 --min-f1 0.8 --max-offtopic-positive 0

Gold documents are `[[doc]]` tables with `file`, optional `zone`, optional
`collection` (else the file name's leading letters: B01_x.txt → B), a
`# kind: reform|weak|offtopic` comment line, and one `dimension = grade` line
per graded dimension. Agreement is reported pooled, per dimension, per
collection and per kind; off-topic documents the engine graded above 0 are
listed. Exit status 3 when a threshold is not met (each failing one is
printed on stderr); 2 for a bad rubric, gold file or missing document.";

/// `validate` flags.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Gold file (TOML, see data/gold/seeds.toml).
    #[arg(long, value_name = "PATH")]
    pub gold: PathBuf,
    /// Directory the gold `file` names are relative to; default: the parent
    /// of the gold file's directory (data/gold/seeds.toml → data/).
    #[arg(long, value_name = "DIR")]
    pub docs: Option<PathBuf>,
    /// Bootstrap seed.
    #[arg(long, default_value_t = DEFAULT_SEED)]
    pub seed: u64,
    /// Bootstrap resamples (0 turns the intervals off).
    #[arg(long, default_value_t = DEFAULT_RESAMPLES)]
    pub resamples: usize,
    /// Fail (exit 3) when the pooled quadratic-weighted kappa is below X.
    #[arg(long, value_name = "X")]
    pub min_qwk: Option<f64>,
    /// Fail (exit 3) when the pooled exact agreement is below X.
    #[arg(long, value_name = "X")]
    pub min_exact: Option<f64>,
    /// Fail (exit 3) when the pooled presence F1 is below X.
    #[arg(long, value_name = "X")]
    pub min_f1: Option<f64>,
    /// Fail (exit 3) when more than N off-topic documents get a grade above 0.
    #[arg(long, value_name = "N")]
    pub max_offtopic_positive: Option<usize>,
}

/// The JSON output: the validation and the threshold verdict.
#[derive(Serialize)]
struct JsonOut<'a> {
    #[serde(flatten)]
    validation: &'a Validation,
    threshold_failures: &'a [ThresholdFailure],
}

pub fn run(g: &Global, args: &Args) -> Outcome {
    let format = g.format("validate", &[Format::Md, Format::Json], Format::Md)?;
    let (_, scorer) = g.scorer()?;
    let gold = GoldFile::load(&args.gold).map_err(Failure::usage)?;
    let docs = args
        .docs
        .clone()
        .unwrap_or_else(|| default_docs_dir(&gold.path));
    let bootstrap = Bootstrap {
        resamples: args.resamples,
        seed: args.seed,
        ..Bootstrap::default()
    };
    let v = Validation::run(&scorer, &gold, &docs, &bootstrap).map_err(|e| match e {
        ValidateError::MissingDocument { .. } => {
            Failure::usage(format!("{e} (the documents directory is set with --docs)"))
        }
        ValidateError::UnknownDimension { .. } => {
            Failure::usage(format!("{e} (the rubric is set with --rubric)"))
        }
        e => Failure::usage(e),
    })?;
    let thresholds = Thresholds {
        min_qwk: args.min_qwk,
        min_exact: args.min_exact,
        min_f1: args.min_f1,
        max_offtopic_positive: args.max_offtopic_positive,
    };
    let failures = v.check(&thresholds);
    let mut out = g.out()?;
    let written = match format {
        Format::Json => {
            let json = JsonOut {
                validation: &v,
                threshold_failures: &failures,
            };
            write_json(&mut out, &json)
        }
        _ => print_report(&mut out, &v, &scorer, g.stdout_style()),
    };
    written.map_err(|e| out.failure(&e))?;
    out.finish()?;
    let style = Style::for_stderr(g.color);
    for f in &failures {
        eprintln!("{} {f}", style.red("below threshold:"));
    }
    Ok(if failures.is_empty() {
        Exit::Ok
    } else {
        Exit::BelowThreshold
    })
}

/// A figure with three decimals, or `–` when undefined.
fn num(x: Option<f64>) -> String {
    x.map_or_else(|| "–".to_string(), |x| format!("{x:.3}"))
}

/// A figure and its interval.
fn with_ci(x: Option<f64>, ci: Option<[f64; 2]>) -> String {
    match ci {
        Some([lo, hi]) => format!("{}  [{lo:.3}, {hi:.3}]", num(x)),
        None => num(x),
    }
}

fn print_report(
    w: &mut dyn Write,
    v: &Validation,
    scorer: &Scorer,
    style: Style,
) -> io::Result<()> {
    let a = &v.agreement;
    let o = &a.overall.cells;
    let title = format!(
        "# Validation of rubric {} {} against {}",
        v.rubric.id,
        v.rubric.version,
        v.gold.display()
    );
    writeln!(w, "{}", style.bold(&title))?;
    writeln!(
        w,
        "{} documents, {} cells ({} dimensions), grades 0..={}",
        v.documents.len(),
        v.cells.len(),
        a.dimensions.len(),
        a.max_grade
    )?;
    if a.bootstrap.resamples > 0 {
        writeln!(
            w,
            "intervals: {:.0}% percentile bootstrap, {} resamples, seed {} ({:#x})",
            a.bootstrap.level * 100.0,
            a.bootstrap.resamples,
            a.bootstrap.seed,
            a.bootstrap.seed
        )?;
    } else {
        writeln!(w, "intervals: off (--resamples 0)")?;
    }

    writeln!(w, "\n{}\n", style.bold("## Overall (all cells pooled; intervals treat cells as independent, so are somewhat narrow)"))?;
    let rows = [
        ("exact agreement", with_ci(o.exact, o.exact_ci)),
        ("Cohen's kappa", with_ci(o.kappa, o.kappa_ci)),
        ("kappa, linear", with_ci(o.kappa_linear, o.kappa_linear_ci)),
        (
            "kappa, quadratic",
            with_ci(o.kappa_quadratic, o.kappa_quadratic_ci),
        ),
        (
            "Krippendorff alpha, ordinal",
            with_ci(o.alpha_ordinal, o.alpha_ordinal_ci),
        ),
        (
            "presence precision / recall",
            format!(
                "{} / {}  (tp {}, fp {}, fn {})",
                num(o.presence_precision),
                num(o.presence_recall),
                o.presence_counts[0],
                o.presence_counts[1],
                o.presence_counts[2]
            ),
        ),
        ("presence F1", with_ci(o.presence_f1, o.presence_f1_ci)),
        (
            "Spearman, grades",
            with_ci(o.spearman_grades, o.spearman_grades_ci),
        ),
        (
            "Spearman, totals vs gold sums",
            format!(
                "{}  ({} documents)",
                with_ci(a.overall.spearman, a.overall.spearman_ci),
                a.overall.n_docs
            ),
        ),
        (
            "mean grade, gold / engine",
            format!("{} / {}", num(o.mean_gold), num(o.mean_engine)),
        ),
    ];
    for (name, value) in rows {
        writeln!(w, "  {name:<30} {value}")?;
    }
    let rubric_dims = scorer.dimension_ids().count();
    if rubric_dims > a.dimensions.len() {
        writeln!(
            w,
            "  (engine totals weigh all {rubric_dims} rubric dimensions; gold sums only the {} graded ones)",
            a.dimensions.len()
        )?;
    }

    writeln!(w, "\n{}\n", style.bold("## Per dimension"))?;
    writeln!(
        w,
        "| dimension | n | exact | κ | κ_lin | κ_quad | α | P | R | F1 | gold mean | engine mean |"
    )?;
    writeln!(
        w,
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
    )?;
    for (id, d) in &a.dimensions {
        writeln!(
            w,
            "| {id} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} |",
            d.n,
            num(d.exact),
            num(d.kappa),
            num(d.kappa_linear),
            num(d.kappa_quadratic),
            num(d.alpha_ordinal),
            num(d.presence_precision),
            num(d.presence_recall),
            num(d.presence_f1),
            num(d.mean_gold),
            num(d.mean_engine)
        )?;
    }
    for (id, d) in &a.dimensions {
        writeln!(w, "\n### {id}\n")?;
        writeln!(
            w,
            "  exact {}; κ_quad {}; α {}",
            with_ci(d.exact, d.exact_ci),
            with_ci(d.kappa_quadratic, d.kappa_quadratic_ci),
            with_ci(d.alpha_ordinal, d.alpha_ordinal_ci)
        )?;
        print_confusion(w, d)?;
    }

    print_groups(w, "## Per collection", "collection", &v.collections, style)?;
    if !v.kinds.is_empty() {
        print_groups(w, "## Per kind", "kind", &v.kinds, style)?;
    }
    let offtopic = v
        .documents
        .iter()
        .filter(|d| d.kind.as_deref() == Some("offtopic"))
        .count();
    if offtopic > 0 {
        let heading = format!(
            "## Off-topic documents graded above 0: {} of {offtopic}",
            v.offtopic_positive.len()
        );
        writeln!(w, "\n{}\n", style.bold(&heading))?;
        if v.offtopic_positive.is_empty() {
            writeln!(
                w,
                "  none: every off-topic control scores 0 on every dimension the gold file grades."
            )?;
        }
        for p in &v.offtopic_positive {
            let dims: Vec<String> = p
                .dimensions
                .iter()
                .map(|(d, g)| format!("{d} {g}"))
                .collect();
            writeln!(
                w,
                "- {} (total {:.1}): {}",
                p.file,
                p.total,
                style.red(&dims.join(", "))
            )?;
            if let Some(e) = &p.evidence {
                writeln!(
                    w,
                    "    {} at {}: 「{}」",
                    e.indicator,
                    e.evidence.level,
                    e.evidence.text.trim()
                )?;
            }
        }
    }

    let heading = format!(
        "## Disagreements ({} of {} cells)",
        v.disagreements.len(),
        v.cells.len()
    );
    writeln!(w, "\n{}\n", style.bold(&heading))?;
    if v.disagreements.is_empty() {
        writeln!(w, "  none: the engine gives every cell its gold grade.")?;
    }
    for d in &v.disagreements {
        let c = &d.cell;
        let zone = d
            .zone
            .as_deref()
            .map_or_else(String::new, |z| format!(" ({z})"));
        writeln!(
            w,
            "- {}{zone} / {}: gold {} ({}), engine {} ({})",
            c.file,
            c.dimension,
            c.gold,
            scorer.level_name(c.gold),
            c.engine,
            scorer.level_name(c.engine)
        )?;
        match &d.evidence {
            Some(e) => {
                let ev = &e.evidence;
                writeln!(w, "    {} at {}: 「{}」", e.indicator, ev.level, ev.text.trim())?;
                writeln!(
                    w,
                    "    [bytes {}..{}; terms: {}; cue: {}]",
                    ev.start,
                    ev.end,
                    ev.terms.join(", "),
                    ev.cue.as_deref().unwrap_or("no cue")
                )?;
            }
            None => writeln!(
                w,
                "    no evidence sentence for any indicator (try `zone-reform kwic` on the terms you expected)"
            )?,
        }
    }
    Ok(())
}

/// One table row per group: documents, cells and the pooled figures.
fn print_groups(
    w: &mut dyn Write,
    heading: &str,
    label: &str,
    groups: &std::collections::BTreeMap<String, GroupAgreement>,
    style: Style,
) -> io::Result<()> {
    writeln!(w, "\n{}\n", style.bold(heading))?;
    writeln!(
        w,
        "| {label} | docs | graded > 0 | cells | exact | κ_quad | α | F1 | Spearman, totals |"
    )?;
    writeln!(w, "|---|---:|---:|---:|---:|---:|---:|---:|---:|")?;
    for (name, g) in groups {
        let o = &g.agreement.overall;
        let name = if name.is_empty() { "(none)" } else { name };
        writeln!(
            w,
            "| {name} | {} | {} | {} | {} | {} | {} | {} | {} |",
            g.n_docs,
            g.positive_docs,
            o.cells.n,
            num(o.cells.exact),
            num(o.cells.kappa_quadratic),
            num(o.cells.alpha_ordinal),
            num(o.cells.presence_f1),
            num(o.spearman)
        )?;
    }
    Ok(())
}

/// Gold rows × engine columns.
fn print_confusion(w: &mut dyn Write, d: &OrdinalAgreement) -> io::Result<()> {
    let k = d.confusion.len();
    let header: String = (0..k).map(|j| format!("{j:>4}")).collect();
    writeln!(w, "  gold \\ engine{header}")?;
    for (i, row) in d.confusion.iter().enumerate() {
        let cells: String = row.iter().map(|c| format!("{c:>4}")).collect();
        writeln!(w, "  {i:>13}{cells}")?;
    }
    Ok(())
}
