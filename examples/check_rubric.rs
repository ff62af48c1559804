//! Check a rubric against the invariants of the design with the test kit.
//!
//! ```text
//! cargo run --release --features testkit --example check_rubric -- [PATH] [--cases N]
//! ```
//!
//! With no PATH: a small custom rubric written below. Prints `ok` per
//! invariant group, or the invariant that fails with the smallest document
//! that shows it, and exits 1. Exits 2 when the rubric cannot be read.

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
            println!(
                "ok: rubric {} holds all {} invariants on {cases} generated documents each",
                rubric.rubric.id,
                testkit::Invariant::ALL.len()
            );
            ExitCode::SUCCESS
        }
        Err(violation) => {
            eprintln!("{violation}");
            ExitCode::FAILURE
        }
    }
}
