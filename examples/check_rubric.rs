//! Check a rubric against the invariants of the design with the test kit.
//!
//! ```text
//! cargo run --release --features testkit --example check_rubric -- [PATH] [--cases N]
//! ```
//!
//! With no PATH: a small custom rubric written below. Prints `ok` per
//! invariant group, or the invariant that fails with the smallest document
//! that shows it, and exits 1. Exits 2 when the rubric cannot be read.
//!
//! Standard output: a reader that closes early (`| head`) just ends
//! the output, without a message, and the exit status stays what it would
//! have been; any other error writing standard output exits 2.

use std::io::{self, BufWriter, ErrorKind, Write};
use std::process::ExitCode;
use zone_reform::{testkit, Rubric};

/// A custom rubric, as a research group might write one: one dimension on
/// one-stop service with an exclusion, written partly in Traditional and
/// full-width forms.
const CUSTOM: &str = r#"
[rubric]
id = "one_stop_only"
version = "1"

[[levels]]
name = "mention"
value = 1

[[levels]]
name = "measure"
value = 2
cues = ["推行", "建立", "機制"]

[[levels]]
name = "achieved"
value = 3
cues = ["已", "累計"]
unless = ["將", "计划"]
quantity = true

[negation]
cues = ["尚未", "没有"]

[quantity]
units = ["件次", "項", "個工作日"]

[[dimensions]]
id = "one_stop"
name = "一站式服务"
weight = 2.0

  [[dimensions.indicators]]
  id = "window"
  any = ["一窗受理", "一站式", "最多跑一次"]
  exclude = ["一站式購物"]

  [[dimensions.indicators]]
  id = "agency"
  weight = 0.5
  any = ["帮办代办", "代辦"]

[[dimensions]]
id = "investment"
name = "招商引资"

  [[dimensions.indicators]]
  id = "drive"
  any = ["招商引资", "雙招雙引", "招商"]
  exclude = ["招商銀行"]
"#;

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
    let mut args = std::env::args().skip(1);
    let mut path = None;
    let mut cases = testkit::cases_from_env();
    while let Some(arg) = args.next() {
        if arg == "--cases" {
            match args.next().and_then(|n| n.parse().ok()) {
                Some(n) => cases = n,
                None => {
                    eprintln!("error: --cases needs a number");
                    return ExitCode::from(2);
                }
            }
        } else {
            path = Some(arg);
        }
    }
    let rubric = match &path {
        Some(p) => Rubric::load(p),
        None => Rubric::from_toml_str(CUSTOM, None),
    };
    let rubric = match rubric {
        Ok(r) => r,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    };
    match testkit::check_rubric_invariants(&rubric, cases) {
        Ok(()) => {
            let written = to_stdout(|w| {
                writeln!(
                    w,
                    "ok: rubric {} holds all {} invariants on {cases} generated documents each",
                    rubric.rubric.id,
                    testkit::Invariant::ALL.len()
                )
            });
            match written {
                Ok(()) => ExitCode::SUCCESS,
                Err(code) => code,
            }
        }
        Err(violation) => {
            eprintln!("{violation}");
            ExitCode::FAILURE
        }
    }
}
