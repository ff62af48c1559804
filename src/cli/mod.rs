//! The program's flags (clap), its subcommands and its exit codes: parsed
//! arguments in, an exit status out. Each subcommand lives in its own file
//! and returns an [`Exit`] or a [`Failure`].

mod bench;
mod explain;
mod inputs;
mod jsonl;
mod kwic;
mod lint;
mod output;
mod progress;
mod score;
mod style;
mod validate;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{CommandFactory, Parser, Subcommand, ValueEnum};
use zone_reform::{Rubric, Scorer};

pub use output::Out;
pub use style::{ColorChoice, Style};

/// Exit codes, as documented in `--help` and README.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    /// Everything worked.
    Ok = 0,
    /// Some documents could not be read or scored (listed on stderr); the
    /// others were processed.
    SomeFailed = 1,
    /// Bad usage, a bad rubric, manifest or gold file, or output that
    /// could not be written.
    Usage = 2,
    /// `validate`: a threshold was not met.
    BelowThreshold = 3,
}

impl Exit {
    /// [`Exit::Ok`], or [`Exit::SomeFailed`] when `failed` documents failed.
    pub fn after(failed: usize) -> Exit {
        if failed == 0 {
            Exit::Ok
        } else {
            Exit::SomeFailed
        }
    }
}

/// Why a subcommand stopped: the exit status and the message for stderr.
#[derive(Debug)]
pub struct Failure {
    /// The exit status.
    pub exit: Exit,
    /// What went wrong and how to fix it.
    pub message: String,
}

impl Failure {
    /// A usage, rubric or input-setup failure (exit 2).
    pub fn usage(message: impl std::fmt::Display) -> Failure {
        Failure {
            exit: Exit::Usage,
            message: message.to_string(),
        }
    }
}

/// What a subcommand returns.
pub type Outcome = Result<Exit, Failure>;

const EXIT_CODES: &str = "\
Exit status:
  0  ok
  1  some documents failed (each is listed on stderr; the rest were processed)
  2  bad usage, bad rubric (invalid, or with lint errors), bad manifest or gold file, or output not written
  3  validate: a --min-*/--max-* threshold was not met (the failing ones are printed)";

/// Score Chinese development-zone reform documents against a TOML rubric,
/// quote the evidence, benchmark zones and validate against hand coding.
#[derive(Debug, Parser)]
#[command(name = "zone-reform", version, after_help = format!("\
Examples:
  zone-reform score data/*.txt
  zone-reform bench data/zones.toml --format html --output zones.html
  zone-reform validate --gold data/gold/seeds.toml --min-qwk 0.6
  zone-reform explain data/003_3405dfae66af336f.txt --dimension one_stop

{EXIT_CODES}"))]
pub struct Cli {
    /// Options shared by the subcommands.
    #[command(flatten)]
    pub global: Global,
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// Options every subcommand takes (where they make sense).
#[derive(Debug, clap::Args)]
pub struct Global {
    /// Rubric file (TOML); the built-in rubric when omitted (`zone-reform rubric` prints it).
    #[arg(long, global = true, value_name = "PATH")]
    pub rubric: Option<PathBuf>,
    /// Output format; each subcommand says which it supports and its default.
    #[arg(long, global = true, value_enum)]
    pub format: Option<Format>,
    /// Write the output to PATH (atomically: a temporary file in the same
    /// directory, then a rename) instead of standard output.
    #[arg(long, short = 'o', global = true, value_name = "PATH")]
    pub output: Option<PathBuf>,
    /// Worker threads (default: one per core).
    #[arg(long, short = 'j', global = true, value_name = "N")]
    pub jobs: Option<usize>,
    /// No progress bar and no notes on stderr (errors are still printed).
    #[arg(long, short = 'q', global = true)]
    pub quiet: bool,
    /// Colour on terminals: auto (when the stream is a terminal and NO_COLOR is unset), always or never.
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
}

/// An output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Markdown / readable text.
    Md,
    /// One JSON object.
    Json,
    /// One JSON object per line.
    Jsonl,
    /// Comma-separated values.
    Csv,
    /// A self-contained HTML page.
    Html,
}

impl Format {
    /// The flag value, as typed.
    pub fn name(self) -> &'static str {
        match self {
            Format::Md => "md",
            Format::Json => "json",
            Format::Jsonl => "jsonl",
            Format::Csv => "csv",
            Format::Html => "html",
        }
    }

    /// The format from a file name's extension (`.md`, `.json`...).
    fn from_extension(path: &Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        Some(match ext.as_str() {
            "md" | "markdown" | "txt" => Format::Md,
            "json" => Format::Json,
            "jsonl" | "ndjson" => Format::Jsonl,
            "csv" => Format::Csv,
            "html" | "htm" => Format::Html,
            _ => return None,
        })
    }
}

impl Global {
    /// The format asked for (`--format`, else `--output`'s extension when
    /// supported, else `default`), checked against what the subcommand
    /// supports.
    pub fn format(
        &self,
        command: &str,
        supported: &[Format],
        default: Format,
    ) -> Result<Format, Failure> {
        let from_ext = self
            .output
            .as_deref()
            .and_then(Format::from_extension)
            .filter(|f| supported.contains(f));
        let format = self.format.or(from_ext).unwrap_or(default);
        if supported.contains(&format) {
            Ok(format)
        } else {
            let names: Vec<&str> = supported.iter().map(|f| f.name()).collect();
            Err(Failure::usage(format!(
                "`{command}` cannot write --format {}; use one of: {}",
                format.name(),
                names.join(", ")
            )))
        }
    }

    /// The rubric (`--rubric` or the built-in one) and its compiled scorer.
    pub fn scorer(&self) -> Result<(Rubric, Scorer), Failure> {
        let rubric = Rubric::load_or_builtin(self.rubric.as_deref()).map_err(Failure::usage)?;
        let scorer = Scorer::new(&rubric).map_err(Failure::usage)?;
        Ok((rubric, scorer))
    }

    /// Where the output goes: `--output` or standard output.
    pub fn out(&self) -> Result<Out, Failure> {
        Out::open(self.output.as_deref())
    }

    /// The style for text written to the output (never colour in a file).
    pub fn stdout_style(&self) -> Style {
        Style::for_stdout(self.color, self.output.is_some())
    }
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Score documents: files, directories (recursively), globs, `-` for stdin, or a JSON-lines stream.
    #[command(after_help = score::EXAMPLES)]
    Score(score::Args),
    /// Benchmark the zones of a manifest (or of a directory, one zone per file).
    #[command(after_help = bench::EXAMPLES)]
    Bench(bench::Args),
    /// Agreement of the engine's grades with hand-coded gold grades, with optional thresholds.
    #[command(after_help = validate::EXAMPLES)]
    Validate(validate::Args),
    /// Key word in context: every occurrence of a phrase and whether it counted.
    #[command(after_help = kwic::EXAMPLES)]
    Kwic(kwic::Args),
    /// Lint a rubric: phrases that cannot count, double counting, cues that are terms...
    #[command(after_help = lint::LINT_EXAMPLES)]
    Lint(lint::LintArgs),
    /// Check a rubric: it loads, compiles and has no lint errors (exit 2 otherwise).
    #[command(after_help = lint::CHECK_EXAMPLES)]
    Check(lint::CheckArgs),
    /// Explain one document: every term hit, and why it counted or not.
    #[command(after_help = explain::EXAMPLES)]
    Explain(explain::Args),
    /// Print the built-in rubric (TOML), to start a rubric of your own from it.
    #[command(
        after_help = "Example:\n  zone-reform rubric --output my_rubric.toml\n  zone-reform check --rubric my_rubric.toml"
    )]
    Rubric,
    /// Print a shell completion script.
    #[command(
        after_help = "Examples:\n  zone-reform completions bash > ~/.local/share/bash-completion/completions/zone-reform\n  zone-reform completions zsh > ~/.zfunc/_zone-reform"
    )]
    Completions {
        /// The shell.
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
}

/// Parses the arguments, runs the subcommand and turns its outcome into
/// the exit status, printing a failure's message on stderr.
pub fn run() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            // --help and --version print and exit 0; real usage errors exit 2.
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() { Exit::Usage as u8 } else { 0 });
        }
    };
    let err_style = Style::for_stderr(cli.global.color);
    let outcome = configure_jobs(cli.global.jobs).and_then(|()| dispatch(&cli));
    match outcome {
        Ok(exit) => ExitCode::from(exit as u8),
        Err(failure) => {
            err_style.error(&failure.message);
            ExitCode::from(failure.exit as u8)
        }
    }
}

/// Sizes rayon's global pool (`--jobs`).
fn configure_jobs(jobs: Option<usize>) -> Result<(), Failure> {
    let Some(n) = jobs else {
        return Ok(());
    };
    if n == 0 {
        return Err(Failure::usage("--jobs must be at least 1"));
    }
    rayon::ThreadPoolBuilder::new()
        .num_threads(n)
        .build_global()
        .map_err(|e| Failure::usage(format!("cannot start {n} worker threads: {e}")))
}

fn dispatch(cli: &Cli) -> Outcome {
    let g = &cli.global;
    match &cli.command {
        Command::Score(args) => score::run(g, args),
        Command::Bench(args) => bench::run(g, args),
        Command::Validate(args) => validate::run(g, args),
        Command::Kwic(args) => kwic::run(g, args),
        Command::Lint(args) => lint::run_lint(g, args),
        Command::Check(args) => lint::run_check(g, args),
        Command::Explain(args) => explain::run(g, args),
        Command::Rubric => {
            g.format("rubric", &[Format::Md], Format::Md)?;
            let mut out = g.out()?;
            out.write_str(zone_reform::rubric::BUILTIN)?;
            out.finish()?;
            Ok(Exit::Ok)
        }
        Command::Completions { shell } => {
            let mut script = Vec::new();
            clap_complete::generate(*shell, &mut Cli::command(), "zone-reform", &mut script);
            let mut out = g.out()?;
            std::io::Write::write_all(&mut out, &script).map_err(|e| out.failure(&e))?;
            out.finish()?;
            Ok(Exit::Ok)
        }
    }
}
