//! Lint a rubric: phrases that can never count, double counting, cues that
//! are terms, weights too small to matter...
//!
//! ```text
//! cargo run --example lint_rubric -- [--notes] [--allowed] [PATH]
//! ```
//!
//! With no PATH: `rubrics/zone_reform.toml`. Prints one line per finding,
//! `file:line:col: kind [severity]: message (fix: ...)`, warnings and
//! errors always, notes with `--notes`, findings accepted by
//! `# lint: allow(kind)` comments with `--allowed`. Exits 1 when a finding
//! is an error, 2 when the rubric cannot be read or is invalid, else 0.

use std::path::PathBuf;
use std::process::ExitCode;
use zone_reform::lint::{self, Severity};

fn main() -> ExitCode {
    let mut notes = false;
    let mut allowed = false;
    let mut path = None;
    for arg in std::env::args().skip(1) {
        match arg.as_str() {
            "--notes" => notes = true,
            "--allowed" => allowed = true,
            "-h" | "--help" => {
                println!("usage: lint_rubric [--notes] [--allowed] [PATH]");
                return ExitCode::SUCCESS;
            }
            _ => path = Some(PathBuf::from(arg)),
        }
    }
    let path = path.unwrap_or_else(|| {
        let relative = PathBuf::from("rubrics/zone_reform.toml");
        if relative.is_file() {
            relative
        } else {
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(relative)
        }
    });
    let result = match lint::lint_file(&path) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    };
    let mut hidden_notes = 0;
    for f in &result.findings {
        if f.severity() == Severity::Note && !notes {
            hidden_notes += 1;
        } else {
            println!("{f}");
        }
    }
    if allowed {
        for f in &result.allowed {
            println!("allowed: {f}");
        }
    }
    let count = |s: Severity| result.findings.iter().filter(|f| f.severity() == s).count();
    println!(
        "{}: {} errors, {} warnings, {} notes{}, {} allowed by comments",
        path.display(),
        count(Severity::Error),
        count(Severity::Warning),
        count(Severity::Note),
        if hidden_notes > 0 {
            " (--notes shows them)"
        } else {
            ""
        },
        result.allowed.len()
    );
    if result.has_errors() {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
