//! Benchmark the zones of a manifest and print the Markdown report:
//! documents scored in parallel, merged per zone, ranked and compared.
//!
//! ```text
//! cargo run --release --example benchmark_zones                  # data/zones.toml
//! cargo run --release --example benchmark_zones -- my/zones.toml html > zones.html
//! ```
//!
//! The second argument is the format: md (default), json, csv or html.
//! `zone-reform bench` is the full program (options, progress, --output).

use rayon::prelude::*;
use zone_reform::benchmark::{Benchmark, BenchmarkOptions, ScoredDocument};
use zone_reform::report::{Format, Report};
use zone_reform::{ingest, Manifest, Rubric, Scorer};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let manifest_path = args
        .next()
        .unwrap_or_else(|| concat!(env!("CARGO_MANIFEST_DIR"), "/data/zones.toml").to_string());
    let format: Format = args.next().as_deref().unwrap_or("md").parse()?;

    let rubric = Rubric::builtin()?;
    let scorer = Scorer::new(&rubric)?;
    let manifest = Manifest::load(&manifest_path)?;
    let scored = manifest
        .documents
        .par_iter()
        .map(|entry| {
            let doc = ingest::read_path(&manifest.path_of(entry))?;
            Ok(ScoredDocument::from_entry(entry, scorer.score(&doc)))
        })
        .collect::<Result<Vec<_>, ingest::IngestError>>()?;
    let options = BenchmarkOptions::default();
    let bench = Benchmark::new(&scorer, &rubric.benchmark, &manifest, scored, &options)?;
    print!("{}", Report::new(&bench).render(format)?);
    Ok(())
}
