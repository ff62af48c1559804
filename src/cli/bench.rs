//! `zone-reform bench`: a manifest of zones (or a directory, one zone per
//! file) → the benchmark report of the library's `report` module.

use std::path::{Path, PathBuf};

use rayon::prelude::*;
use zone_reform::benchmark::{
    Benchmark, BenchmarkOptions, GroupBy, PeriodMode, ScoredDocument, SensitivityOptions,
    DEFAULT_DRAWS, DEFAULT_SEED, DEFAULT_SPREAD, DEFAULT_TOP_K,
};
use zone_reform::report::{self, Report};
use zone_reform::{ingest, Manifest, Scorer};

use super::progress::Progress;
use super::{Exit, Failure, Format, Global, Outcome, Style};

pub const EXAMPLES: &str = "\
Examples:
  zone-reform bench                                   # data/zones.toml, Markdown on stdout
  zone-reform bench data/zones.toml --format html --output zones.html
  zone-reform bench corpus/ --output zones.json       # a directory: zones.toml in it, else one zone per file
  zone-reform bench --by-year --group-by province --seed 7 --draws 5000

Formats: md (default), json, csv, html; with --output the extension chooses
when --format is not given. A document that cannot be read is listed on
stderr and left out (exit status 1).";

/// `bench` flags.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// A manifest (TOML), or a directory: its `zones.toml` when it has one,
    /// else every document file under it is a zone named after the file.
    #[arg(default_value = "data/zones.toml", value_name = "MANIFEST|DIR")]
    pub source: PathBuf,
    /// One period per year of the documents' dates, with changes.
    #[arg(long)]
    pub by_year: bool,
    /// Peer groups for group ranks and gaps.
    #[arg(long, value_parser = ["province", "kind", "level"])]
    pub group_by: Option<String>,
    /// Seed of the weight-sensitivity draws.
    #[arg(long, default_value_t = DEFAULT_SEED)]
    pub seed: u64,
    /// Number of weight-sensitivity draws (0 skips them).
    #[arg(long, default_value_t = DEFAULT_DRAWS)]
    pub draws: usize,
    /// Weight factors are uniform on [1 − spread, 1 + spread).
    #[arg(long, default_value_t = DEFAULT_SPREAD)]
    pub spread: f64,
    /// k of the probability of a top-k place.
    #[arg(long, default_value_t = DEFAULT_TOP_K)]
    pub top_k: usize,
}

/// The manifest `source` names.
fn manifest_of(source: &Path) -> Result<Manifest, Failure> {
    if source.is_dir() {
        let inside = source.join("zones.toml");
        if inside.is_file() {
            return Manifest::load(&inside).map_err(Failure::usage);
        }
        return Manifest::from_dir(source).map_err(Failure::usage);
    }
    if !source.exists() {
        return Err(Failure::usage(format!(
            "{}: no such manifest; pass a manifest (TOML) or a directory of documents, e.g. `zone-reform bench data/`",
            source.display()
        )));
    }
    Manifest::load(source).map_err(Failure::usage)
}

/// Scores every document of the manifest in parallel. Returns the scored
/// documents and one message per document that could not be read.
fn score_documents(
    scorer: &Scorer,
    manifest: &Manifest,
    quiet: bool,
) -> (Vec<ScoredDocument>, Vec<String>) {
    let paths: Vec<PathBuf> = manifest
        .documents
        .iter()
        .map(|e| manifest.path_of(e))
        .collect();
    let bytes = paths
        .iter()
        .filter_map(|p| p.metadata().ok())
        .map(|m| m.len())
        .sum();
    let progress = Progress::new(paths.len() as u64, bytes, quiet);
    let results: Vec<Result<ScoredDocument, String>> = manifest
        .documents
        .par_iter()
        .zip(paths.par_iter())
        .map(|(entry, path)| {
            let result = ingest::read_path(path)
                .map(|doc| ScoredDocument::from_entry(entry, scorer.score(&doc)))
                .map_err(|e| e.to_string());
            progress.inc(path.metadata().map_or(0, |m| m.len()));
            result
        })
        .collect();
    progress.finish();
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

pub fn run(g: &Global, args: &Args) -> Outcome {
    let format = g.format(
        "bench",
        &[Format::Md, Format::Json, Format::Csv, Format::Html],
        Format::Md,
    )?;
    let (rubric, scorer) = g.scorer()?;
    let manifest = manifest_of(&args.source)?;
    let group_by = match args.group_by.as_deref() {
        Some(name) => Some(name.parse::<GroupBy>().map_err(Failure::usage)?),
        None => None,
    };
    let (documents, errors) = score_documents(&scorer, &manifest, g.quiet);
    let options = BenchmarkOptions {
        periods: if args.by_year {
            PeriodMode::ByYear
        } else {
            PeriodMode::All
        },
        group_by,
        sensitivity: SensitivityOptions {
            draws: args.draws,
            seed: args.seed,
            spread: args.spread,
            top_k: args.top_k,
        },
    };
    let bench = Benchmark::new(&scorer, &rubric.benchmark, &manifest, documents, &options)
        .map_err(Failure::usage)?;
    let report = Report::new(&bench).with_source(args.source.display().to_string());
    let format = match format {
        Format::Json => report::Format::Json,
        Format::Csv => report::Format::Csv,
        Format::Html => report::Format::Html,
        _ => report::Format::Markdown,
    };
    let mut out = g.out()?;
    match report.write_to(format, &mut out) {
        Err(report::ReportError::Write { source }) => return Err(out.failure(&source)),
        written => written.map_err(Failure::usage)?,
    }
    out.finish()?;
    if let (Some(path), false) = (&g.output, g.quiet) {
        eprintln!("wrote {format} report to {}", path.display());
    }
    let style = Style::for_stderr(g.color);
    for e in &errors {
        style.error(e);
    }
    Ok(Exit::after(errors.len()))
}
