//! Score documents with the built-in rubric and print, per dimension, the
//! grade and the sentence that decided it: `Scorer` built once, used for
//! every file.
//!
//! ```text
//! cargo run --release --example score_zone -- data/003_3405dfae66af336f.txt
//! ```
//!
//! The `zone-reform score` program does this with every option (formats,
//! directories, globs, stdin, JSON lines); this is the library underneath.

use zone_reform::validate::decisive_evidence;
use zone_reform::{ingest, Rubric, Scorer};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let scorer = Scorer::new(&Rubric::builtin()?)?;
    for path in std::env::args_os().skip(1) {
        let doc = ingest::read_path(path.as_ref())?;
        let score = scorer.score(&doc);
        println!("# {}: total {:.1} / 100", doc.id, score.total);
        for dim in &score.dimensions {
            println!(
                "  {} grade {} ({}), score {:.2}",
                dim.id,
                dim.grade,
                scorer.level_name(dim.grade),
                dim.score
            );
            if let Some(e) = decisive_evidence(dim) {
                let cue = e.evidence.cue.as_deref().unwrap_or("no cue");
                println!("    {} 「{}」 ({cue})", e.indicator, e.evidence.text.trim());
            }
        }
    }
    Ok(())
}
