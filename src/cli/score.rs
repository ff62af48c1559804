//! `zone-reform score`: documents → their scores with evidence, as a
//! readable report, one JSON object, JSON lines or CSV rows.

use std::collections::HashMap;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use serde::Serialize;
use zone_reform::batch::{self, BatchItem};
use zone_reform::report::neutralize_cell;
use zone_reform::score::ScopeDecision;
use zone_reform::validate::decisive_evidence;
use zone_reform::{DimensionScore, DocumentScore, Manifest, Scorer};

use super::inputs::{ListError, Listing};
use super::output::write_json_line;
use super::progress::Progress;
use super::{jsonl, Exit, Format, Global, Outcome, Style};

pub const EXAMPLES: &str = "\
Examples:
  zone-reform score data/003_3405dfae66af336f.txt
  zone-reform score --format json data/ > scores.json
  zone-reform score 'reports/**/*.html' --format csv --output scores.csv
  cat report.txt | zone-reform score -
  zone-reform score --jsonl < requests.jsonl > results.jsonl

Formats: md (readable, default), json (one object: rubric, documents, errors),
jsonl (one line per document as it is scored), csv (one row per document and dimension).

--jsonl reads JSON lines {\"id\": .., \"text\": ..} or {\"id\": .., \"path\": ..} on standard
input and writes one line per input line, in the same order: {\"id\", \"total\",
\"dimensions\"} or {\"id\", \"error\"}; it works under Spark's RDD.pipe, Hadoop streaming
and GNU parallel.";

/// `score` flags.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Documents: files, directories (every document file under them),
    /// glob patterns (quoted), or `-` for standard input.
    #[arg(required_unless_present = "jsonl", conflicts_with = "jsonl")]
    pub files: Vec<PathBuf>,
    /// Stream JSON lines from standard input instead (see below).
    #[arg(long)]
    pub jsonl: bool,
}

#[derive(Serialize)]
struct RubricId<'a> {
    id: &'a str,
    version: &'a str,
}

/// One scored document in the output.
#[derive(Serialize)]
struct DocOut {
    file: String,
    zone: String,
    #[serde(flatten)]
    score: DocumentScore,
}

/// One failed document in the output.
#[derive(Serialize)]
struct ErrorOut {
    file: String,
    error: String,
}

/// A scored document turned into output by a batch worker.
enum Done {
    /// Its report, JSON line, CSV rows or element of the JSON report's
    /// `documents`, ready to write.
    Bytes(usize, io::Result<Vec<u8>>),
    /// A document that failed, and its JSON line when the format has one.
    Failed(usize, ErrorOut, Option<io::Result<Vec<u8>>>),
}

/// `value` as indented JSON nested `indent` deep: every line, the first
/// included, starts with `indent`, as in `serde_json`'s pretty output of the
/// object around it (a JSON text has no raw line break inside a string, so
/// its lines are its structure).
fn indented<T: Serialize>(value: &T, indent: &str) -> io::Result<Vec<u8>> {
    let pretty = serde_json::to_vec_pretty(value).map_err(io::Error::other)?;
    let mut out = Vec::with_capacity(pretty.len() + pretty.len() / 8);
    for line in pretty.split(|&b| b == b'\n') {
        if !out.is_empty() {
            out.push(b'\n');
        }
        out.extend_from_slice(indent.as_bytes());
        out.extend_from_slice(line);
    }
    Ok(out)
}

/// What `write` writes, as bytes.
fn rendered(write: impl FnOnce(&mut Vec<u8>) -> io::Result<()>) -> io::Result<Vec<u8>> {
    let mut bytes = Vec::new();
    write(&mut bytes)?;
    Ok(bytes)
}

/// `value` as one JSON line.
fn json_line<T: Serialize>(value: &T) -> io::Result<Vec<u8>> {
    rendered(|w| write_json_line(w, value))
}

pub fn run(g: &Global, args: &Args) -> Outcome {
    let (_, scorer) = g.scorer()?;
    if args.jsonl {
        g.format("score --jsonl", &[Format::Jsonl], Format::Jsonl)?;
        return jsonl::stream(g, &scorer);
    }
    let format = g.format(
        "score",
        &[Format::Md, Format::Json, Format::Jsonl, Format::Csv],
        Format::Md,
    )?;
    let listing = Listing::of(&args.files)?;
    let err_style = Style::for_stderr(g.color);
    if !g.quiet {
        for at in &listing.loops {
            err_style.warning(&format!("{at}: skipped a symbolic link loop"));
        }
    }
    let mut errors: Vec<ErrorOut> = listing.errors.iter().map(error_out).collect();
    let progress = Progress::new(listing.sources.len() as u64, listing.bytes(), g.quiet);
    let mut sizes = Vec::new();
    let mut inputs = Vec::new();
    for source in listing.sources {
        let size = source.size();
        match source.into_input() {
            Ok(input) => {
                sizes.push(size);
                inputs.push(input);
            }
            Err(e) => errors.push(error_out(&e)),
        }
    }

    let mut out = g.out()?;
    let style = g.stdout_style();
    let zones = Mutex::new(ZoneLookup::default());
    let rubric = RubricId {
        id: &scorer.info().id,
        version: &scorer.info().version,
    };
    // The JSON report is one object, written as it goes: its head now, each
    // document as it is done, its errors at the end.
    let mut json_documents = 0usize;
    if format == Format::Json {
        let head = indented(&rubric, "  ").map(|r| {
            [
                b"{\n  \"rubric\": ".as_slice(),
                r.trim_ascii_start(),
                b",\n  \"documents\": [",
            ]
            .concat()
        });
        head.and_then(|h| out.write_all(&h))
            .map_err(|e| out.failure(&e))?;
    }
    let mut write_error: Option<io::Error> = None;
    let mut csv_header = format == Format::Csv;
    // On the worker that scored it, each result becomes its output (the
    // report, the JSON line, the CSV rows or the element of the JSON
    // report's documents), written as soon as the results before it are.
    let format_item = |item: BatchItem| -> Done {
        let doc = match item.result {
            Ok(score) => DocOut {
                zone: zones
                    .lock()
                    .map_or_else(|_| ZoneLookup::stem(&item.id), |mut z| z.zone_of(&item.id)),
                file: item.id,
                score,
            },
            Err(e) => {
                let failed = ErrorOut {
                    file: item.id,
                    error: e.to_string(),
                };
                let line = (format == Format::Jsonl).then(|| json_line(&failed));
                return Done::Failed(item.index, failed, line);
            }
        };
        let bytes = match format {
            Format::Jsonl => json_line(&doc),
            Format::Csv => rendered(|w| write_csv(w, &scorer, &doc, false)),
            Format::Md => rendered(|w| print_report(w, &scorer, &doc, style)),
            // Format::Json, the only other one `score` takes
            _ => indented(&doc, "    "),
        };
        Done::Bytes(item.index, bytes)
    };
    batch::map_stream(
        &scorer,
        inputs,
        batch::default_chunk(),
        format_item,
        |done: Done| {
            let (index, bytes) = match done {
                Done::Bytes(index, bytes) => (index, Some(bytes)),
                Done::Failed(index, failed, line) => {
                    errors.push(failed);
                    (index, line)
                }
            };
            progress.inc(sizes.get(index).copied().unwrap_or(0));
            if write_error.is_some() {
                return;
            }
            if let Some(bytes) = bytes {
                if std::mem::take(&mut csv_header) {
                    write_error = write_csv_header(&mut out).err();
                }
                if format == Format::Json {
                    let separator: &[u8] = if json_documents == 0 { b"\n" } else { b",\n" };
                    json_documents += 1;
                    write_error = write_error
                        .take()
                        .or_else(|| out.write_all(separator).err());
                }
                write_error = write_error
                    .take()
                    .or_else(|| bytes.and_then(|b| out.write_all(&b)).err());
            }
        },
    );
    progress.finish();
    if let Some(e) = write_error {
        return Err(out.failure(&e));
    }
    let written = match format {
        Format::Json => {
            let close: &[u8] = if json_documents == 0 { b"]" } else { b"\n  ]" };
            indented(&errors, "  ").and_then(|e| {
                let tail = [close, b",\n  \"errors\": ", e.trim_ascii_start(), b"\n}\n"].concat();
                out.write_all(&tail)
            })
        }
        Format::Csv if csv_header => write_csv_header(&mut out),
        _ => Ok(()),
    };
    written.map_err(|e| out.failure(&e))?;
    out.finish()?;
    for e in &errors {
        err_style.error(&e.error);
    }
    Ok(Exit::after(errors.len()))
}

fn error_out(e: &ListError) -> ErrorOut {
    let error = if e.error.starts_with(&e.file) {
        e.error.clone()
    } else {
        format!("{}: {}", e.file, e.error)
    };
    ErrorOut {
        file: e.file.clone(),
        error,
    }
}

const CSV_HEADER: [&str; 10] = [
    "file",
    "zone",
    "total",
    "dimension",
    "score",
    "grade",
    "grade_name",
    "indicator",
    "evidence",
    "cue",
];

fn write_csv_header(out: &mut dyn Write) -> io::Result<()> {
    let mut w = csv::Writer::from_writer(out);
    w.write_record(CSV_HEADER)?;
    w.flush()
}

/// One row per dimension: its score and grade, and the decisive evidence
/// sentence (formula-guarded like the benchmark CSV).
fn write_csv(out: &mut dyn Write, scorer: &Scorer, doc: &DocOut, header: bool) -> io::Result<()> {
    let mut w = csv::Writer::from_writer(out);
    if header {
        w.write_record(CSV_HEADER)?;
    }
    for dim in &doc.score.dimensions {
        let evidence = decisive_evidence(dim);
        let (indicator, text, cue) = evidence.as_ref().map_or(("", "", ""), |e| {
            (
                e.indicator.as_str(),
                &*e.evidence.text,
                e.evidence.cue.as_deref().unwrap_or(""),
            )
        });
        w.write_record([
            neutralize_cell(&doc.file).as_ref(),
            neutralize_cell(&doc.zone).as_ref(),
            &format!("{:.3}", doc.score.total),
            neutralize_cell(&dim.id).as_ref(),
            &format!("{:.4}", dim.score),
            &dim.grade.to_string(),
            neutralize_cell(scorer.level_name(dim.grade)).as_ref(),
            neutralize_cell(indicator).as_ref(),
            neutralize_cell(text.trim()).as_ref(),
            neutralize_cell(cue).as_ref(),
        ])?;
    }
    w.flush()
}

/// The zone of a file: from a `zones.toml` manifest in its directory that
/// lists it, else the file stem. Each directory's manifest is read once.
#[derive(Default)]
struct ZoneLookup {
    manifests: HashMap<PathBuf, Option<Manifest>>,
}

impl ZoneLookup {
    fn zone_of(&mut self, id: &str) -> String {
        let file = Path::new(id);
        let dir = file.parent().unwrap_or(Path::new("")).to_path_buf();
        let manifest = self.manifests.entry(dir.clone()).or_insert_with(|| {
            let at = if dir.as_os_str().is_empty() {
                PathBuf::from("zones.toml")
            } else {
                dir.join("zones.toml")
            };
            at.is_file().then(|| Manifest::load(&at).ok()).flatten()
        });
        manifest
            .as_ref()
            .and_then(|m| m.entry_for_file(file).map(|e| e.zone.clone()))
            .unwrap_or_else(|| Self::stem(id))
    }

    /// The zone of a file no manifest lists: its file stem.
    fn stem(id: &str) -> String {
        Path::new(id)
            .file_stem()
            .map_or_else(String::new, |s| s.to_string_lossy().into_owned())
    }
}

/// `## id name: score S, grade G (level name)`.
pub fn dimension_heading(scorer: &Scorer, dim: &DimensionScore) -> String {
    format!(
        "## {} {}: score {:.2}, grade {} ({})",
        dim.id,
        dim.name,
        dim.score,
        dim.grade,
        scorer.level_name(dim.grade)
    )
}

/// The `scope:` line of a readable report (none when the rubric sets no
/// scope): dim when in scope, red when out.
pub fn write_scope(
    w: &mut dyn Write,
    scope: Option<&ScopeDecision>,
    style: Style,
) -> io::Result<()> {
    let Some(scope) = scope else {
        return Ok(());
    };
    let line = format!("scope: {}", scope.reason);
    let line = if scope.in_scope {
        style.dim(&line)
    } else {
        style.red(&line)
    };
    writeln!(w, "{line}")
}

/// How much of a sentence a "not counted" line quotes: enough to find it.
const QUOTE_CHARS: usize = 40;

/// The readable report of one document: per dimension its score and grade,
/// per indicator the sentence that decided its level.
fn print_report(w: &mut dyn Write, scorer: &Scorer, doc: &DocOut, style: Style) -> io::Result<()> {
    let s = &doc.score;
    writeln!(
        w,
        "{}",
        style.bold(&format!("# {} ({})", doc.file, doc.zone))
    )?;
    writeln!(w, "total: {:.1} / 100", s.total)?;
    write_scope(w, s.scope.as_ref(), style)?;
    for dim in &s.dimensions {
        writeln!(w, "\n{}", style.bold(&dimension_heading(scorer, dim)))?;
        for ind in &dim.indicators {
            if ind.level == 0 {
                writeln!(w, "  - {}: {}", ind.id, style.dim("none"))?;
                continue;
            }
            // The first sentence at the indicator's level decided it.
            let best = ind.evidence.iter().find(|e| e.level == ind.level);
            let others = ind.evidence.len().saturating_sub(1);
            let level = format!("{} ({})", ind.level, ind.level_name);
            writeln!(w, "  - {}: {}", ind.id, style.green(&level))?;
            if let Some(e) = best {
                let cue = e.cue.as_deref().unwrap_or("no cue");
                writeln!(w, "      「{}」", e.text.trim())?;
                let more = if others > 0 {
                    format!("; {others} more sentence(s)")
                } else {
                    String::new()
                };
                let detail = format!(
                    "[bytes {}..{}; terms: {}; cue: {cue}{more}]",
                    e.start,
                    e.end,
                    e.terms.join(", "),
                );
                writeln!(w, "      {}", style.dim(&detail))?;
                if let Some(cap) = &e.cap {
                    writeln!(w, "      {}", style.dim(&format!("[{cap}]")))?;
                }
            }
        }
        for ind in &dim.indicators {
            for d in &ind.discounted {
                let quote: String = d.text.trim().chars().take(QUOTE_CHARS).collect();
                let cut = if d.text.trim().chars().count() > QUOTE_CHARS {
                    "…"
                } else {
                    ""
                };
                let line = format!("not counted: {} in 「{quote}{cut}」: {}", d.term, d.why);
                writeln!(w, "  - {}: {}", ind.id, style.dim(&line))?;
            }
        }
    }
    writeln!(w)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn indented_values_nest_as_serde_json_nests_them() {
        let values = vec![
            serde_json::json!({"file": "a\nb.txt", "dims": [], "score": {"x": [1, {"y": "“引号”"}]}}),
            serde_json::json!({}),
            serde_json::json!([[], {}, "line\\nbreak"]),
        ];
        let mut ours = b"[".to_vec();
        for (i, v) in values.iter().enumerate() {
            ours.extend_from_slice(if i == 0 { b"\n" } else { b",\n" });
            ours.extend(indented(v, "  ").unwrap_or_default());
        }
        ours.extend_from_slice(b"\n]");
        let theirs = serde_json::to_vec_pretty(&values).unwrap_or_default();
        assert_eq!(
            String::from_utf8_lossy(&ours),
            String::from_utf8_lossy(&theirs)
        );
    }
}
