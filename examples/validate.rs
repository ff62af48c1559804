//! Validate the engine against hand-coded gold grades.
//!
//! ```text
//! cargo run --release --example validate -- --gold data/gold/seeds.toml [--rubric PATH] [--docs DIR] [--json] [--seed N] [--resamples N]
//! ```
//!
//! Scores every document the gold file names (its `file` relative to
//! `--docs`, by default the parent of the gold file's directory:
//! `data/gold/seeds.toml` → `data/`), compares the engine's dimension grades
//! with the gold grades and prints the agreement: overall figures with 95%
//! bootstrap intervals, a table per dimension with its confusion matrix, and
//! every disagreeing cell with the engine's decisive evidence sentence. With
//! `--json`, one JSON object. Exit status 2 for a bad rubric, gold file or
//! missing document.
//!
//! Standard output: a reader that closes early (`| head`, `| less`) just
//! ends the report, without a message, and the exit status stays what it
//! would have been (0, as `head` pipelines expect); any other error writing
//! standard output exits 2.

use clap::Parser;
use std::io::{self, BufWriter, ErrorKind, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use zone_reform::validate::{
    default_docs_dir, Bootstrap, GoldFile, OrdinalAgreement, Validation, DEFAULT_RESAMPLES,
    DEFAULT_SEED,
};
use zone_reform::{Rubric, Scorer};

#[derive(Parser)]
#[command(about = "Agreement of engine grades with hand-coded gold grades")]
struct Args {
    /// Gold file (TOML, see data/gold/seeds.toml).
    #[arg(long)]
    gold: PathBuf,
    /// Rubric file (TOML); the built-in default rubric when omitted.
    #[arg(long)]
    rubric: Option<PathBuf>,
    /// Directory the gold `file` names are relative to; default: the parent
    /// of the gold file's directory.
    #[arg(long)]
    docs: Option<PathBuf>,
    /// Print one JSON object instead of the readable report.
    #[arg(long)]
    json: bool,
    /// Bootstrap seed.
    #[arg(long, default_value_t = DEFAULT_SEED)]
    seed: u64,
    /// Bootstrap resamples (0 turns the intervals off).
    #[arg(long, default_value_t = DEFAULT_RESAMPLES)]
    resamples: usize,
}

fn main() -> ExitCode {
    let args = Args::parse();
    let rubric = Rubric::load_or_builtin(args.rubric.as_deref());
    let scorer = match rubric.and_then(|r| Scorer::new(&r)) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    };
    let gold = match GoldFile::load(&args.gold) {
        Ok(g) => g,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    };
    let docs = args
        .docs
        .clone()
        .unwrap_or_else(|| default_docs_dir(&gold.path));
    let bootstrap = Bootstrap {
        resamples: args.resamples,
        seed: args.seed,
        ..Bootstrap::default()
    };
    let v = match Validation::run(&scorer, &gold, &docs, &bootstrap) {
        Ok(v) => v,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    };
    if args.json {
        match serde_json::to_string_pretty(&v) {
            Ok(json) => {
                if let Err(code) = to_stdout(|w| writeln!(w, "{json}")) {
                    return code;
                }
            }
            Err(e) => {
                eprintln!("error: cannot write JSON: {e}");
                return ExitCode::from(2);
            }
        }
    } else if let Err(code) = to_stdout(|w| print_report(w, &v, &scorer)) {
        return code;
    }
    ExitCode::SUCCESS
}

/// Writes standard output through `write`, buffered. A reader that closed
/// early (broken pipe) ends the output quietly; any other write error is
/// reported and becomes exit status 2.
fn to_stdout(write: impl FnOnce(&mut dyn Write) -> io::Result<()>) -> Result<(), ExitCode> {
    let mut out = BufWriter::new(io::stdout().lock());
    match write(&mut out).and_then(|()| out.flush()) {
        Err(e) if e.kind() != ErrorKind::BrokenPipe => {
            eprintln!("error: cannot write output: {e}");
            Err(ExitCode::from(2))
        }
        _ => Ok(()),
    }
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

fn print_report(w: &mut dyn Write, v: &Validation, scorer: &Scorer) -> io::Result<()> {
    let a = &v.agreement;
    let o = &a.overall.cells;
    writeln!(
        w,
        "# Validation of rubric {} {} against {}",
        v.rubric.id,
        v.rubric.version,
        v.gold.display()
    )?;
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

    writeln!(w, "\n## Overall (all cells pooled; intervals treat cells as independent, so are somewhat narrow)\n")?;
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

    writeln!(w, "\n## Per dimension\n")?;
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

    writeln!(
        w,
        "\n## Disagreements ({} of {} cells)\n",
        v.disagreements.len(),
        v.cells.len()
    )?;
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
                "    no evidence sentence for any indicator (try the kwic example on the terms you expected)"
            )?,
        }
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
