//! Lint a rubric file: phrases that can never count, double counting, cues
//! that are terms, weights too small to matter.
//!
//! ```text
//! cargo run --example lint_rubric                      # rubrics/zone_reform.toml
//! cargo run --example lint_rubric -- my_rubric.toml
//! ```
//!
//! Exits 1 when a finding is an error. `zone-reform lint` is the full
//! program (notes, allowed findings, JSON).

use std::process::ExitCode;
use zone_reform::lint::{self, Severity};

fn main() -> Result<ExitCode, Box<dyn std::error::Error>> {
    let path = std::env::args().nth(1).unwrap_or_else(|| {
        concat!(env!("CARGO_MANIFEST_DIR"), "/rubrics/zone_reform.toml").to_string()
    });
    let result = lint::lint_file(&path)?;
    for f in result
        .findings
        .iter()
        .filter(|f| f.severity() > Severity::Note)
    {
        println!("{f}");
    }
    println!(
        "{path}: {} findings ({} allowed by comments)",
        result.findings.len(),
        result.allowed.len()
    );
    Ok(if result.has_errors() {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}
