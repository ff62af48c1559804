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
//!
//! Standard output: a reader that closes early (`| head`, `| grep -m1`)
//! just ends the output, without a message, and the exit status stays what
//! it would have been; any other error writing standard output exits 2.

use std::io::{self, BufWriter, ErrorKind, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use zone_reform::lint::{self, Severity};

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

fn main() -> ExitCode {
    let mut notes = false;
    let mut allowed = false;
    let mut path = None;
    for arg in std::env::args().skip(1) {
        match arg.as_str() {
            "--notes" => notes = true,
            "--allowed" => allowed = true,
            "-h" | "--help" => {
                let usage = "usage: lint_rubric [--notes] [--allowed] [PATH]";
                return match to_stdout(|w| writeln!(w, "{usage}")) {
                    Ok(()) => ExitCode::SUCCESS,
                    Err(code) => code,
                };
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
    let written = to_stdout(|w| {
        let mut hidden_notes = 0;
        for f in &result.findings {
            if f.severity() == Severity::Note && !notes {
                hidden_notes += 1;
            } else {
                writeln!(w, "{f}")?;
            }
        }
        if allowed {
            for f in &result.allowed {
                writeln!(w, "allowed: {f}")?;
            }
        }
        let count = |s: Severity| result.findings.iter().filter(|f| f.severity() == s).count();
        writeln!(
            w,
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
        )
    });
    if let Err(code) = written {
        return code;
    }
    if result.has_errors() {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
