//! Benchmark the zones of a manifest against a rubric: manifest + rubric →
//! report (Markdown, JSON, CSV or HTML).
//!
//! ```text
//! cargo run --release --example benchmark_zones -- [--manifest PATH | DIR] [--rubric PATH]
//!     [--format md|json|csv|html] [--out PATH] [--by-year] [--group-by province|kind|level]
//!     [--seed N] [--draws N] [--spread S] [--top-k K]
//! ```
//!
//! With no arguments: the zones of `data/zones.toml`, the built-in default
//! rubric, a Markdown report on stdout. It starts with the ranking table:
//! rank (ties share a rank), zone, total on 0–100, and each dimension's
//! score on 0–100 with its grade; then standing (band, percentile, distance
//! to frontier, rank interval under random weights), distances by dimension
//! and gaps. A zone with several documents is scored on the union of their
//! evidence. Given a directory `DIR` instead of a manifest, every document
//! file under it is a zone named after the file. `--out` writes to a file (the format follows its extension
//! unless `--format` is given). A progress bar shows on stderr while the
//! documents are scored, when stderr is a terminal.
//!
//! Standard output: a reader that closes early (`| head`, `| less`) just
//! ends the report, without a message, and the exit status stays what it
//! would have been (0 when every document was read, as `head` pipelines
//! expect); any other error writing standard output exits 2.

use clap::Parser;
use indicatif::{ParallelProgressIterator, ProgressBar, ProgressDrawTarget};
use rayon::prelude::*;
use std::io::{self, BufWriter, ErrorKind, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use zone_reform::benchmark::{
    Benchmark, BenchmarkOptions, GroupBy, PeriodMode, ScoredDocument, SensitivityOptions,
    DEFAULT_DRAWS, DEFAULT_SEED, DEFAULT_SPREAD, DEFAULT_TOP_K,
};
use zone_reform::report::{Format, Report};
use zone_reform::{ingest, Manifest, Rubric, Scorer};

#[derive(Parser)]
#[command(about = "Rank development zones on a reform rubric")]
struct Args {
    /// Manifest listing zones and their documents.
    #[arg(long, default_value = concat!(env!("CARGO_MANIFEST_DIR"), "/data/zones.toml"))]
    manifest: PathBuf,
    /// A directory of documents to benchmark without a manifest: each file
    /// is a zone named after the file (overrides --manifest).
    dir: Option<PathBuf>,
    /// Rubric file (TOML); the built-in default rubric when omitted.
    #[arg(long)]
    rubric: Option<PathBuf>,
    /// Output format: md, json, csv or html (default: from --out's
    /// extension, else md).
    #[arg(long)]
    format: Option<Format>,
    /// Write the report to this file instead of stdout.
    #[arg(long)]
    out: Option<PathBuf>,
    /// One period per year of the documents' dates, with changes.
    #[arg(long)]
    by_year: bool,
    /// Peer groups for group ranks and gaps: province, kind or level.
    #[arg(long)]
    group_by: Option<GroupBy>,
    /// Seed of the weight-sensitivity draws.
    #[arg(long, default_value_t = DEFAULT_SEED)]
    seed: u64,
    /// Number of weight-sensitivity draws (0 to skip).
    #[arg(long, default_value_t = DEFAULT_DRAWS)]
    draws: usize,
    /// Weight factors are uniform on [1 − spread, 1 + spread).
    #[arg(long, default_value_t = DEFAULT_SPREAD)]
    spread: f64,
    /// k of the probability of a top-k place.
    #[arg(long, default_value_t = DEFAULT_TOP_K)]
    top_k: usize,
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

/// Scores every document of the manifest (in parallel, with a progress bar
/// on a terminal). Returns the scored documents and one message per
/// document that could not be read.
fn score_documents(scorer: &Scorer, manifest: &Manifest) -> (Vec<ScoredDocument>, Vec<String>) {
    let target = if std::io::stderr().is_terminal() {
        ProgressDrawTarget::stderr()
    } else {
        ProgressDrawTarget::hidden()
    };
    let bar = ProgressBar::with_draw_target(Some(manifest.documents.len() as u64), target);
    let results: Vec<Result<ScoredDocument, String>> = manifest
        .documents
        .par_iter()
        .progress_with(bar.clone())
        .map(|entry| {
            ingest::read_path(&manifest.path_of(entry))
                .map(|doc| ScoredDocument::from_entry(entry, scorer.score(&doc)))
                .map_err(|e| e.to_string())
        })
        .collect();
    bar.finish_and_clear();
    let mut scored = Vec::with_capacity(results.len());
    let mut errors = Vec::new();
    for result in results {
        match result {
            Ok(doc) => scored.push(doc),
            Err(e) => errors.push(e),
        }
    }
    (scored, errors)
}

fn main() -> ExitCode {
    let args = Args::parse();
    let rubric = Rubric::load_or_builtin(args.rubric.as_deref());
    let (rubric, scorer) = match rubric.and_then(|r| Scorer::new(&r).map(|s| (r, s))) {
        Ok(pair) => pair,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    };
    let (manifest, source) = match &args.dir {
        Some(dir) => (
            Manifest::from_dir(dir).map_err(|e| e.to_string()),
            dir.clone(),
        ),
        None => (
            Manifest::load(&args.manifest).map_err(|e| e.to_string()),
            args.manifest.clone(),
        ),
    };
    let manifest = match manifest {
        Ok(m) => m,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    };
    let (documents, errors) = score_documents(&scorer, &manifest);
    for e in &errors {
        eprintln!("error: {e}");
    }
    let options = BenchmarkOptions {
        periods: if args.by_year {
            PeriodMode::ByYear
        } else {
            PeriodMode::All
        },
        group_by: args.group_by,
        sensitivity: SensitivityOptions {
            draws: args.draws,
            seed: args.seed,
            spread: args.spread,
            top_k: args.top_k,
        },
    };
    let bench = match Benchmark::new(&scorer, &rubric.benchmark, &manifest, documents, &options) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    };
    let format = args.format.unwrap_or_else(|| {
        args.out
            .as_ref()
            .and_then(|p| p.extension())
            .and_then(|x| x.to_str())
            .and_then(|x| x.parse().ok())
            .unwrap_or_default()
    });
    // The default manifest is found through the crate's own directory;
    // name it as a user would type it.
    let shown = source
        .strip_prefix(env!("CARGO_MANIFEST_DIR"))
        .map_or(source.as_path(), |rel| rel);
    let report = Report::new(&bench).with_source(shown.display().to_string());
    match &args.out {
        Some(path) => {
            if let Err(e) = report.write(format, path) {
                eprintln!("error: {e}");
                return ExitCode::from(2);
            }
            eprintln!("wrote {format} report to {}", path.display());
        }
        None => match report.render(format) {
            Ok(text) => {
                if let Err(code) = to_stdout(|w| w.write_all(text.as_bytes())) {
                    return code;
                }
            }
            Err(e) => {
                eprintln!("error: {e}");
                return ExitCode::from(2);
            }
        },
    }
    if errors.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
