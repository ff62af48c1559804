//! Where a phrase occurs in some documents and whether, and why, it
//! counted: the library's `Kwic` query.
//!
//! ```text
//! cargo run --release --example kwic -- 招商 data/*.txt
//! ```
//!
//! `zone-reform kwic` is the full program (directories, formats, --sentence).

use zone_reform::kwic::Kwic;
use zone_reform::{ingest, Rubric, Scorer};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let phrase = args.next().ok_or("usage: kwic PHRASE FILE...")?;
    let scorer = Scorer::new(&Rubric::builtin()?)?;
    let kwic = Kwic::new(&scorer, &phrase)?;
    println!("# {phrase}: {}", kwic.roles().join(", "));
    for file in args {
        let doc = ingest::read_path(file.as_ref())?;
        for hit in kwic.find(&doc) {
            println!("{hit}");
        }
    }
    Ok(())
}
