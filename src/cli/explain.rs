//! `zone-reform explain`: one document (and optionally one dimension) →
//! its score, then every term hit with why it counted or not, sentence by
//! sentence (the library's `kwic::term_hits`).

use std::io::{self, Write};
use std::path::PathBuf;

use serde::Serialize;
use zone_reform::kwic::{self, KwicHit, Status};
use zone_reform::score::ScopeDecision;
use zone_reform::validate::decisive_evidence;
use zone_reform::{DimensionScore, DocumentScore, Scorer};

use super::inputs::Source;
use super::output::write_json;
use super::score::{dimension_heading, write_scope};
use super::{Exit, Failure, Format, Global, Outcome};

pub const EXAMPLES: &str = "\
Examples:
  zone-reform explain data/003_3405dfae66af336f.txt
  zone-reform explain data/003_3405dfae66af336f.txt --dimension one_stop
  zone-reform explain - --dimension investment < report.txt
  zone-reform explain data/001_d053e63b2fb7379c.txt --format json

First the dimension scores and each indicator's level with the sentence that
decided it; then, sentence by sentence, every occurrence of a rubric term:
counted at a level (and the cue), negated by a cue in its clause, swallowed
by a longer phrase (an exclusion, a neutral phrase, another term), or an
`all` group left incomplete. Formats: md (default), json.";

/// `explain` flags.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The document (a file, or `-` for standard input).
    pub file: PathBuf,
    /// Only this dimension (its id, e.g. one_stop).
    #[arg(long, short = 'd', value_name = "ID")]
    pub dimension: Option<String>,
    /// Characters of context on each side of a hit.
    #[arg(long, default_value_t = kwic::DEFAULT_WIDTH)]
    pub width: usize,
}

#[derive(Serialize)]
struct JsonOut<'a> {
    document: String,
    total: f64,
    #[serde(skip_serializing_if = "Option::is_none")]
    scope: Option<&'a ScopeDecision>,
    dimensions: Vec<&'a DimensionScore>,
    hits: &'a [KwicHit],
}

pub fn run(g: &Global, args: &Args) -> Outcome {
    let format = g.format("explain", &[Format::Md, Format::Json], Format::Md)?;
    let (_, scorer) = g.scorer()?;
    let source = if args.file.as_os_str() == "-" {
        Source::Stdin
    } else {
        Source::Path(args.file.clone())
    };
    let doc = match source.read() {
        Ok(doc) => doc,
        Err(error) => {
            return Err(Failure {
                exit: Exit::SomeFailed,
                message: error,
            })
        }
    };
    let hits = kwic::term_hits(&scorer, &doc, args.dimension.as_deref(), args.width)
        .map_err(Failure::usage)?;
    let score = scorer.score(&doc);
    let dimensions: Vec<&DimensionScore> = score
        .dimensions
        .iter()
        .filter(|d| args.dimension.as_deref().is_none_or(|id| d.id == id))
        .collect();
    let mut out = g.out()?;
    let written = match format {
        Format::Json => {
            let json = JsonOut {
                document: source.id(),
                total: score.total,
                scope: score.scope.as_ref(),
                dimensions,
                hits: &hits,
            };
            write_json(&mut out, &json)
        }
        _ => print_explanation(
            &mut out,
            g,
            &scorer,
            &source.id(),
            &score,
            &dimensions,
            &hits,
        ),
    };
    written.map_err(|e| out.failure(&e))?;
    out.finish()?;
    Ok(Exit::Ok)
}

fn print_explanation(
    w: &mut dyn Write,
    g: &Global,
    scorer: &Scorer,
    id: &str,
    score: &DocumentScore,
    dimensions: &[&DimensionScore],
    hits: &[KwicHit],
) -> io::Result<()> {
    let style = g.stdout_style();
    writeln!(
        w,
        "{}",
        style.bold(&format!("# {id}: total {:.1} / 100", score.total))
    )?;
    write_scope(w, score.scope.as_ref(), style)?;
    for dim in dimensions {
        writeln!(w, "\n{}", style.bold(&dimension_heading(scorer, dim)))?;
        for ind in &dim.indicators {
            let level = format!("{} ({})", ind.level, ind.level_name);
            let level = if ind.level > 0 {
                style.green(&level)
            } else {
                style.dim(&level)
            };
            writeln!(
                w,
                "  - {}: {level}, {} evidence sentence(s)",
                ind.id,
                ind.evidence.len()
            )?;
        }
        if let Some(e) = decisive_evidence(dim) {
            writeln!(
                w,
                "  decided by {} at {}: 「{}」",
                e.indicator,
                e.evidence.level,
                e.evidence.text.trim()
            )?;
        }
    }
    writeln!(w, "\n{}", style.bold("## Term hits, sentence by sentence"))?;
    if hits.is_empty() {
        writeln!(w, "\n  no rubric term occurs in this document.")?;
    }
    let mut last_sentence: Option<&str> = None;
    for hit in hits {
        if last_sentence != Some(hit.sentence.as_str()) {
            let cue = hit
                .sentence_cue
                .as_deref()
                .map_or_else(String::new, |c| format!(", cue {c}"));
            writeln!(
                w,
                "\n「{}」 {}",
                hit.sentence.trim(),
                style.dim(&format!("[level {}{cue}]", hit.sentence_level))
            )?;
            last_sentence = Some(hit.sentence.as_str());
        }
        for v in &hit.verdicts {
            let label = v.indicator.as_deref().unwrap_or("-");
            let verdict = v.to_string();
            let verdict = verdict
                .strip_prefix(&format!("{label}: "))
                .unwrap_or(&verdict)
                .to_string();
            let verdict = match v.status {
                Status::Counted { .. } => style.green(&verdict),
                _ => style.red(&verdict),
            };
            writeln!(w, "  {} @{} {label}: {verdict}", hit.matched, hit.start)?;
        }
    }
    Ok(())
}
