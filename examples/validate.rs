//! Compare the engine's grades with hand-coded gold grades: the pooled
//! agreement, per collection, and every disagreement with the engine's
//! decisive sentence.
//!
//! ```text
//! cargo run --release --example validate                       # data/gold/seeds.toml
//! cargo run --release --example validate -- my_gold.toml corpus/
//! ```
//!
//! `zone-reform validate` is the full program (report, JSON, thresholds).

use std::path::PathBuf;
use zone_reform::validate::{default_docs_dir, Bootstrap, GoldFile, Validation};
use zone_reform::{Rubric, Scorer};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args_os().skip(1).map(PathBuf::from);
    let gold_path = args
        .next()
        .unwrap_or_else(|| concat!(env!("CARGO_MANIFEST_DIR"), "/data/gold/seeds.toml").into());
    let gold = GoldFile::load(&gold_path)?;
    let docs = args.next().unwrap_or_else(|| default_docs_dir(&gold.path));

    let scorer = Scorer::new(&Rubric::builtin()?)?;
    let v = Validation::run(&scorer, &gold, &docs, &Bootstrap::default())?;
    let o = &v.agreement.overall.cells;
    println!(
        "{} cells: exact {:?}, quadratic kappa {:?}, presence F1 {:?}",
        o.n, o.exact, o.kappa_quadratic, o.presence_f1
    );
    for (name, group) in &v.collections {
        let g = &group.agreement.overall.cells;
        println!(
            "  collection {name}: {} documents, exact {:?}",
            group.n_docs, g.exact
        );
    }
    for d in &v.disagreements {
        let c = &d.cell;
        println!(
            "{} / {}: gold {}, engine {}",
            c.file, c.dimension, c.gold, c.engine
        );
        if let Some(e) = &d.evidence {
            println!("    {}: 「{}」", e.indicator, e.evidence.text.trim());
        }
    }
    Ok(())
}
