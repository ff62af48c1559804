//! `zone-reform kwic`: a phrase and documents → every occurrence in
//! context, with what the scorer made of it (the library's `kwic`).

use std::collections::BTreeMap;
use std::io::{self, Write};
use std::path::PathBuf;

use serde::Serialize;
use zone_reform::kwic::{Kwic, KwicHit, Status, DEFAULT_WIDTH};
use zone_reform::report::neutralize_cell;

use super::inputs::Listing;
use super::output::{write_json, write_json_line};
use super::{Exit, Failure, Format, Global, Outcome, Style};

pub const EXAMPLES: &str = "\
Examples:
  zone-reform kwic 招商 data/
  zone-reform kwic 平台公司 data/*.txt --width 30 --sentence
  zone-reform kwic 管委会 data/ --format json --rubric my_rubric.toml

One line per occurrence: document:byte offset, the occurrence in 【】 with
context as written, and per indicator the phrase is a term of: counted at a
level (cue), negated by a cue in its clause, swallowed by a longer phrase,
or an incomplete `all` group. Formats: md (lines, default), json, jsonl (one
hit per line), csv.";

/// `kwic` flags.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The phrase to look for (either script, any width).
    pub phrase: String,
    /// Documents: files, directories, glob patterns, `-` for standard input.
    #[arg(required = true)]
    pub files: Vec<PathBuf>,
    /// Characters of context on each side.
    #[arg(long, default_value_t = DEFAULT_WIDTH)]
    pub width: usize,
    /// Also print the whole sentence under each hit.
    #[arg(long)]
    pub sentence: bool,
}

#[derive(Serialize)]
struct JsonOut<'a> {
    phrase: &'a str,
    roles: Vec<String>,
    hits: &'a [KwicHit],
    summary: BTreeMap<&'static str, usize>,
    errors: &'a [ErrorOut],
}

#[derive(Serialize)]
struct ErrorOut {
    file: String,
    error: String,
}

pub fn run(g: &Global, args: &Args) -> Outcome {
    let format = g.format(
        "kwic",
        &[Format::Md, Format::Json, Format::Jsonl, Format::Csv],
        Format::Md,
    )?;
    let (_, scorer) = g.scorer()?;
    let kwic = Kwic::new(&scorer, &args.phrase)
        .map_err(Failure::usage)?
        .with_width(args.width);
    let listing = Listing::of(&args.files)?;
    let mut errors: Vec<ErrorOut> = listing
        .errors
        .iter()
        .map(|e| ErrorOut {
            file: e.file.clone(),
            error: format!("{}: {}", e.file, e.error),
        })
        .collect();
    let mut hits = Vec::new();
    for source in &listing.sources {
        match source.read() {
            Ok(doc) => hits.extend(kwic.find(&doc)),
            Err(error) => errors.push(ErrorOut {
                file: source.id(),
                error,
            }),
        }
    }
    let summary = summarize(&hits);
    let mut out = g.out()?;
    let roles = kwic.roles();
    let written = match format {
        Format::Json => {
            let json = JsonOut {
                phrase: kwic.phrase(),
                roles,
                hits: &hits,
                summary,
                errors: &errors,
            };
            write_json(&mut out, &json)
        }
        Format::Jsonl => hits.iter().try_for_each(|h| write_json_line(&mut out, h)),
        Format::Csv => write_csv(&mut out, &hits),
        _ => print_lines(
            &mut out,
            kwic.phrase(),
            &roles,
            &hits,
            &summary,
            args.sentence,
            g.stdout_style(),
        ),
    };
    written.map_err(|e| out.failure(&e))?;
    out.finish()?;
    let style = Style::for_stderr(g.color);
    for e in &errors {
        style.error(&e.error);
    }
    Ok(Exit::after(errors.len()))
}

/// The short name of a verdict's status.
fn status_name(status: &Status) -> &'static str {
    match status {
        Status::Counted { .. } => "counted",
        Status::Negated { .. } => "negated",
        Status::Voided { .. } => "voided",
        Status::Swallowed { .. } => "swallowed",
        Status::Incomplete { .. } => "incomplete",
        Status::NotATerm { .. } => "not_a_term",
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
        *counts.entry(status_name(&v.status)).or_insert(0) += 1;
    }
    counts
}

/// One row per occurrence and indicator verdict.
fn write_csv(out: &mut dyn Write, hits: &[KwicHit]) -> io::Result<()> {
    let mut w = csv::Writer::from_writer(out);
    w.write_record([
        "document",
        "start",
        "end",
        "left",
        "matched",
        "right",
        "sentence_level",
        "indicator",
        "status",
    ])?;
    for h in hits {
        for v in &h.verdicts {
            w.write_record([
                neutralize_cell(&h.document).as_ref(),
                &h.start.to_string(),
                &h.end.to_string(),
                neutralize_cell(&h.left).as_ref(),
                neutralize_cell(&h.matched).as_ref(),
                neutralize_cell(&h.right).as_ref(),
                &h.sentence_level.to_string(),
                neutralize_cell(v.indicator.as_deref().unwrap_or("")).as_ref(),
                status_name(&v.status),
            ])?;
        }
    }
    w.flush()
}

fn print_lines(
    w: &mut dyn Write,
    phrase: &str,
    roles: &[String],
    hits: &[KwicHit],
    summary: &BTreeMap<&'static str, usize>,
    sentence: bool,
    style: Style,
) -> io::Result<()> {
    let roles = if roles.is_empty() {
        "not a rubric phrase".to_string()
    } else {
        roles.join(", ")
    };
    writeln!(w, "{}", style.bold(&format!("# {phrase}: {roles}")))?;
    for hit in hits {
        let line = hit.to_string();
        // Highlight the occurrence itself (the library marks it with 【】).
        let marked = format!("【{}】", hit.matched);
        writeln!(w, "{}", line.replacen(&marked, &style.yellow(&marked), 1))?;
        if sentence {
            writeln!(
                w,
                "    「{}」 [sentence level {}{}]",
                hit.sentence.trim(),
                hit.sentence_level,
                hit.sentence_cue
                    .as_deref()
                    .map_or_else(String::new, |c| format!(", cue {c}"))
            )?;
        }
    }
    let docs = {
        let mut d: Vec<&str> = hits.iter().map(|h| h.document.as_str()).collect();
        d.dedup();
        d.len()
    };
    let verdicts: Vec<String> = summary
        .iter()
        .filter(|(k, _)| !matches!(**k, "occurrences" | "swallowed_occurrences"))
        .map(|(k, v)| format!("{k} {v}"))
        .collect();
    writeln!(
        w,
        "# {} occurrence(s) in {docs} document(s), {} swallowed by the matcher; verdicts: {}",
        hits.len(),
        summary.get("swallowed_occurrences").copied().unwrap_or(0),
        if verdicts.is_empty() {
            "none".to_string()
        } else {
            verdicts.join(", ")
        }
    )
}
