//! Rank the zones of a manifest against a rubric.
//!
//! ```text
//! cargo run --release --example benchmark_zones -- [--manifest PATH] [--rubric PATH]
//! ```
//!
//! With no arguments: the zones of `data/zones.toml`, the built-in default
//! rubric. Prints a Markdown table: rank (ties share a rank), zone, total on
//! 0–100, and each dimension's score on 0–100 with its grade. A zone with
//! several documents is scored on the union of their evidence.

use clap::Parser;
use rayon::prelude::*;
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::process::ExitCode;
use zone_reform::{ingest, Manifest, Rubric, Scorer, ZoneScore};

#[derive(Parser)]
#[command(about = "Rank development zones on a reform rubric")]
struct Args {
    /// Manifest listing zones and their documents.
    #[arg(long, default_value = concat!(env!("CARGO_MANIFEST_DIR"), "/data/zones.toml"))]
    manifest: PathBuf,
    /// Rubric file (TOML); the built-in default rubric when omitted.
    #[arg(long)]
    rubric: Option<PathBuf>,
}

fn main() -> ExitCode {
    let args = Args::parse();
    let rubric = match &args.rubric {
        Some(path) => Rubric::load(path),
        None => Rubric::builtin(),
    };
    let scorer = match rubric.and_then(|r| Scorer::new(&r)) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    };
    let manifest = match Manifest::load(&args.manifest) {
        Ok(m) => m,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    };
    let results: Vec<(String, Result<ZoneScore, String>)> = manifest
        .documents
        .par_iter()
        .map(|entry| {
            let path = manifest.path_of(entry);
            let score = ingest::read_path(&path)
                .map(|doc| scorer.score(&doc))
                .map_err(|e| e.to_string());
            (entry.zone.clone(), score)
        })
        .collect();
    let mut by_zone: BTreeMap<String, Vec<ZoneScore>> = BTreeMap::new();
    let mut failed = false;
    for (zone, result) in results {
        match result {
            Ok(score) => by_zone.entry(zone).or_default().push(score),
            Err(e) => {
                eprintln!("error: {e}");
                failed = true;
            }
        }
    }
    let mut zones: Vec<ZoneScore> = manifest
        .zones
        .iter()
        .filter_map(|z| by_zone.get(&z.id).map(|s| scorer.combine(&z.id, s)))
        .collect();
    zones.sort_by(|a, b| b.total.total_cmp(&a.total));

    let dims: Vec<&str> = scorer.dimension_ids().collect();
    println!(
        "Rubric {} {}; {} zones from {}\n",
        scorer.info().id,
        scorer.info().version,
        zones.len(),
        args.manifest.display()
    );
    println!("| rank | zone | total | {} |", dims.join(" | "));
    println!("|---:|---|---:|{}", "---:|".repeat(dims.len()));
    let mut rank = 0;
    for (i, z) in zones.iter().enumerate() {
        // Competition ranking: equal totals share the better rank (1, 2, 2, 4).
        if i == 0 || zones.get(i - 1).is_none_or(|prev| prev.total != z.total) {
            rank = i + 1;
        }
        let name = manifest
            .zone(&z.document)
            .map_or(z.document.as_str(), |m| m.name.as_str());
        let cells: Vec<String> = z
            .dimensions
            .iter()
            .map(|d| format!("{:.1} ({})", 100.0 * d.score, d.grade))
            .collect();
        println!(
            "| {rank} | {name} | {:.1} | {} |",
            z.total,
            cells.join(" | ")
        );
    }
    println!(
        "\nCells: dimension score on 0–100 (grade 0–{}).",
        scorer.max_level()
    );
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
