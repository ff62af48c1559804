//! Score zone documents against a rubric and show the evidence.
//!
//! ```text
//! cargo run --release --example score_zone -- [--rubric PATH] [--json] FILE|DIR...
//! cargo run --release --example score_zone -- [--rubric PATH] --jsonl < requests.jsonl
//! ```
//!
//! For each file: the total (0–100), each dimension's score and grade, and
//! the sentence behind each indicator, quoted as written. With `--json`, one
//! JSON object on stdout. A file that cannot be read goes into `errors`; the
//! others are still scored, and the exit status is 1 when any file failed.
//! When a file's directory holds a `zones.toml` manifest that lists it, the
//! zone id comes from there; otherwise it is the file stem. A directory
//! stands for every file under it.
//!
//! `--jsonl` is the streaming mode for clusters (Spark `RDD.pipe`, Hadoop
//! streaming, GNU parallel): each line of standard input is a JSON object
//! `{"id": .., "text": ..}` or `{"id": .., "path": ..}`; each line of standard
//! output is the result for the input line at the same position,
//! `{"id", "total", "dimensions": [...]}` or `{"id", "error"}`, flushed as
//! each chunk of lines is done.
//!
//! Standard output: a reader that closes early (`| head`, `| less`) just
//! ends the output, without a message, and the exit status stays what it
//! would have been (0 when every file was scored, as `head` pipelines
//! expect); any other error writing standard output exits 2. In `--jsonl`
//! mode a closed reader leaves results undelivered, so the exit status is 1.

use clap::Parser;
use serde::Serialize;
use std::io::{self, BufWriter, ErrorKind, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use zone_reform::batch::{self, BatchItem, Input};
use zone_reform::{Manifest, Rubric, Scorer, ZoneScore};

#[derive(Parser)]
#[command(about = "Score zone documents against a reform rubric")]
struct Args {
    /// Rubric file (TOML); the built-in default rubric when omitted.
    #[arg(long)]
    rubric: Option<PathBuf>,
    /// Print one JSON object instead of the readable report.
    #[arg(long)]
    json: bool,
    /// Stream: JSON lines {"id","text"} or {"id","path"} on stdin, one result
    /// per line on stdout, in the same order.
    #[arg(long, conflicts_with_all = ["json", "files"])]
    jsonl: bool,
    /// Documents (files or directories) to score.
    #[arg(required_unless_present = "jsonl")]
    files: Vec<PathBuf>,
}

#[derive(Serialize)]
struct Output<'a> {
    rubric: RubricId<'a>,
    documents: Vec<DocOut>,
    errors: Vec<ErrorOut>,
}

#[derive(Serialize)]
struct RubricId<'a> {
    id: &'a str,
    version: &'a str,
}

#[derive(Serialize)]
struct DocOut {
    file: String,
    zone: String,
    #[serde(flatten)]
    score: ZoneScore,
}

#[derive(Serialize)]
struct ErrorOut {
    file: String,
    error: String,
}

fn zone_of(file: &Path) -> String {
    let from_manifest = file
        .parent()
        .map(|dir| dir.join("zones.toml"))
        .filter(|m| m.is_file())
        .and_then(|m| Manifest::load(m).ok())
        .and_then(|m| m.entry_for_file(file).map(|e| e.zone.clone()));
    from_manifest.unwrap_or_else(|| {
        file.file_stem()
            .map_or_else(String::new, |s| s.to_string_lossy().into_owned())
    })
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
    if args.jsonl {
        return stream_jsonl(&scorer);
    }
    let mut files = Vec::new();
    for path in &args.files {
        if path.is_dir() {
            match batch::files_in(path) {
                Ok(found) => files.extend(found),
                Err(e) => {
                    eprintln!("error: {e}");
                    return ExitCode::from(2);
                }
            }
        } else {
            files.push(path.clone());
        }
    }
    let mut out = Output {
        rubric: RubricId {
            id: &scorer.info().id,
            version: &scorer.info().version,
        },
        documents: Vec::new(),
        errors: Vec::new(),
    };
    let inputs = files.iter().cloned().map(Input::Path);
    batch::score_stream(
        &scorer,
        inputs,
        batch::default_chunk(),
        |item: BatchItem| {
            let file = files
                .get(item.index)
                .map_or(Path::new(""), PathBuf::as_path);
            match item.result {
                Ok(score) => out.documents.push(DocOut {
                    file: item.id,
                    zone: zone_of(file),
                    score,
                }),
                Err(e) => out.errors.push(ErrorOut {
                    file: item.id,
                    error: e.to_string(),
                }),
            }
        },
    );
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
    } else {
        let written = to_stdout(|w| {
            out.documents
                .iter()
                .try_for_each(|doc| print_report(w, &scorer, doc))
        });
        if let Err(code) = written {
            return code;
        }
        for err in &out.errors {
            eprintln!("error: {}", err.error);
        }
    }
    if out.errors.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
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

fn print_report(w: &mut dyn Write, scorer: &Scorer, doc: &DocOut) -> io::Result<()> {
    let s = &doc.score;
    writeln!(w, "# {} ({})", doc.file, doc.zone)?;
    writeln!(w, "total: {:.1} / 100", s.total)?;
    for dim in &s.dimensions {
        writeln!(
            w,
            "\n## {} {}: score {:.2}, grade {} ({})",
            dim.id,
            dim.name,
            dim.score,
            dim.grade,
            scorer.level_name(dim.grade)
        )?;
        for ind in &dim.indicators {
            if ind.level == 0 {
                writeln!(w, "  - {}: none", ind.id)?;
                continue;
            }
            // The first sentence at the indicator's level decided it.
            let best = ind.evidence.iter().find(|e| e.level == ind.level);
            let others = ind.evidence.len().saturating_sub(1);
            writeln!(w, "  - {}: {} ({})", ind.id, ind.level, ind.level_name)?;
            if let Some(e) = best {
                let cue = e.cue.as_deref().unwrap_or("no cue");
                writeln!(w, "      「{}」", e.text)?;
                writeln!(
                    w,
                    "      [bytes {}..{}; terms: {}; cue: {}{}]",
                    e.start,
                    e.end,
                    e.terms.join(", "),
                    cue,
                    if others > 0 {
                        format!("; {others} more sentence(s)")
                    } else {
                        String::new()
                    }
                )?;
            }
        }
    }
    writeln!(w)
}

/// The `--jsonl` loop over standard input and output.
fn stream_jsonl(scorer: &Scorer) -> ExitCode {
    let stdin = std::io::stdin().lock();
    let stdout = std::io::stdout().lock();
    match batch::score_jsonl(scorer, stdin, stdout, batch::default_chunk()) {
        Ok(summary) if summary.failed == 0 => ExitCode::SUCCESS,
        Ok(_) => ExitCode::FAILURE,
        Err(e) => {
            // A closed pipe ends the stream; anything else is worth saying.
            if e.kind() != std::io::ErrorKind::BrokenPipe {
                eprintln!("error: {e}");
            }
            ExitCode::FAILURE
        }
    }
}
