//! `zone-reform lint` and `zone-reform check`: a rubric → its lint
//! findings, or a short verdict that it loads, compiles and lints without
//! errors. A rubric that is invalid or has lint errors exits 2.

use std::io::{self, Write};
use std::path::{Path, PathBuf};

use serde::Serialize;
use zone_reform::lint::{self, Finding, Lint, Severity};
use zone_reform::{rubric, Rubric, Scorer};

use super::output::write_json;
use super::{Exit, Failure, Format, Global, Outcome, Style};

pub const LINT_EXAMPLES: &str = "\
Examples:
  zone-reform lint                          # the built-in rubric
  zone-reform lint my_rubric.toml --notes
  zone-reform lint --rubric my_rubric.toml --format json

One line per finding: file:line:col: kind [severity]: message (fix: ...).
Warnings and errors always, notes with --notes, findings accepted by a
`# lint: allow(kind)` comment with --allowed. Exit status 2 when the rubric
is invalid or a finding is an error.";

pub const CHECK_EXAMPLES: &str = "\
Examples:
  zone-reform check                         # the built-in rubric
  zone-reform check my_rubric.toml
  zone-reform check --rubric my_rubric.toml --format json

Loads and validates the rubric, compiles it into a scorer and lints it;
prints its size and the count of findings. Exit status 2 when any step
fails or a lint finding is an error (`zone-reform lint` lists them).";

/// `lint` flags.
#[derive(Debug, clap::Args)]
pub struct LintArgs {
    /// The rubric to lint (or --rubric); the built-in one when neither is given.
    pub path: Option<PathBuf>,
    /// Show notes too.
    #[arg(long)]
    pub notes: bool,
    /// Show the findings accepted by `# lint: allow(...)` comments.
    #[arg(long)]
    pub allowed: bool,
    /// Sample documents the rubric is written for (a directory, read
    /// recursively): each one its `[scope]` leaves out is a warning
    /// (`out-of-scope`), e.g. `--docs data/` for the seeds.
    #[arg(long, value_name = "DIR")]
    pub docs: Option<PathBuf>,
}

/// `check` flags.
#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    /// The rubric to check (or --rubric); the built-in one when neither is given.
    pub path: Option<PathBuf>,
}

/// Where the built-in rubric's findings are placed.
const BUILTIN_NAME: &str = "rubrics/zone_reform.toml";

/// The rubric path asked for (positional, then `--rubric`), if any.
fn rubric_path<'a>(g: &'a Global, path: &'a Option<PathBuf>) -> Option<&'a Path> {
    path.as_deref().or(g.rubric.as_deref())
}

/// Lints the rubric at `path`, or the built-in one.
fn lint_rubric(path: Option<&Path>) -> Result<Lint, Failure> {
    match path {
        Some(p) => lint::lint_file(p),
        None => lint::lint_toml(rubric::BUILTIN, Some(Path::new(BUILTIN_NAME))),
    }
    .map_err(Failure::usage)
}

/// The `out-of-scope` findings for the documents under `dir`.
fn scope_findings(path: Option<&Path>, dir: &Path) -> Result<Vec<lint::Finding>, Failure> {
    let rubric = Rubric::load_or_builtin(path).map_err(Failure::usage)?;
    let scorer = Scorer::new(&rubric).map_err(Failure::usage)?;
    let files = zone_reform::ingest::files_in(dir).map_err(Failure::usage)?;
    let docs = files
        .iter()
        .map(|f| zone_reform::ingest::read_path(f))
        .collect::<Result<Vec<_>, _>>()
        .map_err(Failure::usage)?;
    Ok(lint::scope_findings(&scorer, &docs))
}

/// A finding as JSON.
#[derive(Serialize)]
struct FindingOut {
    kind: &'static str,
    severity: String,
    file: Option<String>,
    line: Option<usize>,
    column: Option<usize>,
    path: String,
    message: String,
    suggestion: String,
    allowed: bool,
}

impl FindingOut {
    fn new(f: &Finding, allowed: bool) -> FindingOut {
        FindingOut {
            kind: f.kind.name(),
            severity: f.severity().to_string(),
            file: f.place.file.as_ref().map(|p| p.display().to_string()),
            line: f.place.line_col.map(|(l, _)| l),
            column: f.place.line_col.map(|(_, c)| c),
            path: f.place.path.clone(),
            message: f.message.clone(),
            suggestion: f.suggestion.clone(),
            allowed,
        }
    }
}

/// Counts of findings by severity.
#[derive(Serialize)]
struct Counts {
    errors: usize,
    warnings: usize,
    notes: usize,
    allowed: usize,
}

impl Counts {
    fn of(lint: &Lint) -> Counts {
        let count = |s: Severity| lint.findings.iter().filter(|f| f.severity() == s).count();
        Counts {
            errors: count(Severity::Error),
            warnings: count(Severity::Warning),
            notes: count(Severity::Note),
            allowed: lint.allowed.len(),
        }
    }
}

fn paint(style: Style, f: &Finding) -> String {
    let text = f.to_string();
    match f.severity() {
        Severity::Error => style.red(&text),
        Severity::Warning => style.yellow(&text),
        Severity::Note => style.dim(&text),
    }
}

pub fn run_lint(g: &Global, args: &LintArgs) -> Outcome {
    let format = g.format("lint", &[Format::Md, Format::Json], Format::Md)?;
    let path = rubric_path(g, &args.path);
    let mut result = lint_rubric(path)?;
    if let Some(dir) = &args.docs {
        result.findings.extend(scope_findings(path, dir)?);
    }
    let name = path.map_or_else(|| BUILTIN_NAME.to_string(), |p| p.display().to_string());
    let counts = Counts::of(&result);
    let mut out = g.out()?;
    let style = g.stdout_style();
    let written = match format {
        Format::Json => {
            let findings: Vec<FindingOut> = result
                .findings
                .iter()
                .map(|f| FindingOut::new(f, false))
                .chain(result.allowed.iter().map(|f| FindingOut::new(f, true)))
                .collect();
            let json =
                serde_json::json!({ "rubric": name, "counts": counts, "findings": findings });
            write_json(&mut out, &json)
        }
        _ => (|| -> io::Result<()> {
            for f in &result.findings {
                if f.severity() != Severity::Note || args.notes {
                    writeln!(out, "{}", paint(style, f))?;
                }
            }
            if args.allowed {
                for f in &result.allowed {
                    writeln!(out, "allowed: {f}")?;
                }
            }
            let hidden = if counts.notes > 0 && !args.notes {
                " (--notes shows them)"
            } else {
                ""
            };
            writeln!(
                out,
                "{name}: {} errors, {} warnings, {} notes{hidden}, {} allowed by comments",
                counts.errors, counts.warnings, counts.notes, counts.allowed
            )
        })(),
    };
    written.map_err(|e| out.failure(&e))?;
    out.finish()?;
    if result.has_errors() {
        return Err(Failure::usage(format!(
            "{name}: the rubric has {} lint error(s); fix them (each line above says how)",
            counts.errors
        )));
    }
    Ok(Exit::Ok)
}

pub fn run_check(g: &Global, args: &CheckArgs) -> Outcome {
    let format = g.format("check", &[Format::Md, Format::Json], Format::Md)?;
    let path = rubric_path(g, &args.path);
    let name = path.map_or_else(|| BUILTIN_NAME.to_string(), |p| p.display().to_string());
    let rubric = Rubric::load_or_builtin(path).map_err(Failure::usage)?;
    let scorer = Scorer::new(&rubric).map_err(Failure::usage)?;
    let result = lint_rubric(path)?;
    let counts = Counts::of(&result);
    let indicators = scorer.indicator_count();
    let phrases = scorer.matcher().phrases().len();
    let dimensions = scorer.dimension_ids().count();
    let mut out = g.out()?;
    let written = match format {
        Format::Json => {
            let json = serde_json::json!({
                "rubric": name,
                "id": rubric.rubric.id,
                "version": rubric.rubric.version,
                "dimensions": dimensions,
                "indicators": indicators,
                "phrases": phrases,
                "max_level": scorer.max_level(),
                "lint": counts,
                "ok": !result.has_errors(),
            });
            write_json(&mut out, &json)
        }
        _ => {
            let style = g.stdout_style();
            let verdict = if result.has_errors() {
                style.red("not ok")
            } else {
                style.green("ok")
            };
            writeln!(
                out,
                "{verdict}: {name}: rubric {} {}: {dimensions} dimensions, {indicators} indicators, {phrases} phrases, levels 0..={}; lint: {} errors, {} warnings, {} notes, {} allowed",
                rubric.rubric.id,
                rubric.rubric.version,
                scorer.max_level(),
                counts.errors,
                counts.warnings,
                counts.notes,
                counts.allowed
            )
        }
    };
    written.map_err(|e| out.failure(&e))?;
    out.finish()?;
    if result.has_errors() {
        return Err(Failure::usage(format!(
            "{name}: {} lint error(s); `zone-reform lint {name}` lists them",
            counts.errors
        )));
    }
    Ok(Exit::Ok)
}
