//! Find every occurrence of a phrase and say whether, and why, it counted.
//!
//! ```text
//! cargo run --release --example kwic -- PHRASE FILE... [--rubric PATH] [--width N] [--sentence] [--json]
//! ```
//!
//! One line per occurrence: document, byte offset in the original text, the
//! occurrence in context (quoted as written), and for each indicator the
//! phrase is a term of: counted at a level (and the cue), negated, swallowed
//! by a longer phrase (an exclusion, a neutral phrase, another term), or an
//! `all` group incomplete. Occurrences the matcher swallowed are listed too.
//! A last line sums up. With `--json`, one JSON object on stdout. A file that
//! cannot be read is reported and the exit status is 1; a bad rubric or
//! phrase exits with 2.
//!
//! Standard output: a reader that closes early (`| head`, `| grep -m1`)
//! just ends the output, without a message, and the exit status stays what
//! it would have been (0 when every file was read, as `head` pipelines
//! expect); any other error writing standard output exits 2.

use clap::Parser;
use serde::Serialize;
use std::collections::BTreeMap;
use std::io::{self, BufWriter, ErrorKind, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use zone_reform::kwic::{Kwic, KwicHit, Status, DEFAULT_WIDTH};
use zone_reform::{ingest, Rubric, Scorer};

#[derive(Parser)]
#[command(about = "Key word in context: where a phrase occurs and whether it counted")]
struct Args {
    /// The phrase to look for (either script, any width).
    phrase: String,
    /// Documents to search.
    #[arg(required = true)]
    files: Vec<PathBuf>,
    /// Rubric file (TOML); the built-in default rubric when omitted.
    #[arg(long)]
    rubric: Option<PathBuf>,
    /// Characters of context on each side.
    #[arg(long, default_value_t = DEFAULT_WIDTH)]
    width: usize,
    /// Also print the whole sentence under each hit.
    #[arg(long)]
    sentence: bool,
    /// Print one JSON object instead of lines.
    #[arg(long)]
    json: bool,
}

#[derive(Serialize)]
struct Output<'a> {
    phrase: &'a str,
    roles: Vec<String>,
    hits: Vec<KwicHit>,
    summary: BTreeMap<&'static str, usize>,
    errors: Vec<ErrorOut>,
}

#[derive(Serialize)]
struct ErrorOut {
    file: String,
    error: String,
}

fn main() -> ExitCode {
    let args = Args::parse();
    let rubric = Rubric::load_or_builtin(args.rubric.as_deref());
    let scorer = match rubric.and_then(|r| Scorer::new(&r)) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    };
    let kwic = match Kwic::new(&scorer, &args.phrase) {
        Ok(k) => k.with_width(args.width),
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    };
    let mut hits = Vec::new();
    let mut errors = Vec::new();
    for file in &args.files {
        match ingest::read_path(file) {
            Ok(doc) => hits.extend(kwic.find(&doc)),
            Err(e) => errors.push(ErrorOut {
                file: file.display().to_string(),
                error: e.to_string(),
            }),
        }
    }
    let summary = summarize(&hits);
    let out = Output {
        phrase: kwic.phrase(),
        roles: kwic.roles(),
        hits,
        summary,
        errors,
    };
    if args.json {
        match serde_json::to_string_pretty(&out) {
            Ok(json) => {
                if let Err(code) = to_stdout(|w| writeln!(w, "{json}")) {
                    return code;
                }
            }
            Err(e) => {
                eprintln!("error: cannot write JSON: {e}");
                return ExitCode::from(2);
            }
        }
    } else if let Err(code) = to_stdout(|w| print_lines(w, &out, args.sentence)) {
        return code;
    }
    for err in &out.errors {
        eprintln!("error: {}", err.error);
    }
    if out.errors.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// Counts verdicts by status, plus occurrences and swallowed occurrences.
fn summarize(hits: &[KwicHit]) -> BTreeMap<&'static str, usize> {
    let mut counts = BTreeMap::new();
    counts.insert("occurrences", hits.len());
    counts.insert(
        "swallowed_occurrences",
        hits.iter().filter(|h| !h.found_by_matcher).count(),
    );
    for v in hits.iter().flat_map(|h| &h.verdicts) {
        let key = match v.status {
            Status::Counted { .. } => "counted",
            Status::Negated { .. } => "negated",
            Status::Voided { .. } => "voided",
            Status::Swallowed { .. } => "swallowed",
            Status::Incomplete { .. } => "incomplete",
            Status::NotATerm { .. } => "not_a_term",
        };
        *counts.entry(key).or_insert(0) += 1;
    }
    counts
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

fn print_lines(w: &mut dyn Write, out: &Output<'_>, sentence: bool) -> io::Result<()> {
    let roles = if out.roles.is_empty() {
        "not a rubric phrase".to_string()
    } else {
        out.roles.join(", ")
    };
    writeln!(w, "# {}: {roles}", out.phrase)?;
    for hit in &out.hits {
        writeln!(w, "{hit}")?;
        if sentence {
            writeln!(w, "    「{}」", hit.sentence.trim())?;
        }
    }
    let docs = {
        let mut d: Vec<&str> = out.hits.iter().map(|h| h.document.as_str()).collect();
        d.dedup();
        d.len()
    };
    let verdicts: Vec<String> = out
        .summary
        .iter()
        .filter(|(k, _)| !matches!(**k, "occurrences" | "swallowed_occurrences"))
        .map(|(k, v)| format!("{k} {v}"))
        .collect();
    writeln!(
        w,
        "# {} occurrence(s) in {docs} document(s), {} swallowed by the matcher; verdicts: {}",
        out.hits.len(),
        out.summary
            .get("swallowed_occurrences")
            .copied()
            .unwrap_or(0),
        if verdicts.is_empty() {
            "none".to_string()
        } else {
            verdicts.join(", ")
        }
    )
}
