//! The example binaries stop quietly when their reader closes early
//! (`... | head -1`): no "failed printing to stdout" panic, no message, and
//! the exit status the run would have had anyway.
//!
//! Each example runs with standard output on a pipe whose reading end is
//! already closed, so every write fails with a broken pipe, deterministically.
//! The binaries are the ones `cargo test` builds next to this test
//! (`target/<profile>/examples/<name>`); an example that is not built, or
//! older than its source (`cargo test --test examples_pipe` does not build
//! examples), is skipped with a note.

use std::path::{Path, PathBuf};
use std::process::Command;

/// The built example `name`, if it is there and not older than its source.
fn example_binary(name: &str) -> Option<PathBuf> {
    let exe = std::env::current_exe().ok()?;
    // target/<profile>/deps/examples_pipe-<hash> → target/<profile>/examples/<name>
    let bin = exe
        .parent()?
        .parent()?
        .join("examples")
        .join(format!("{name}{}", std::env::consts::EXE_SUFFIX));
    let source = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("examples")
        .join(format!("{name}.rs"));
    let built = bin.metadata().and_then(|m| m.modified());
    let written = source.metadata().and_then(|m| m.modified());
    let why = match (built, written) {
        (Ok(built), Ok(written)) if built >= written => return Some(bin),
        (Ok(_), Ok(_)) => "older than its source (`cargo test` rebuilds the examples)",
        _ => "not built (`cargo test` builds it; check_rubric needs `--all-features`)",
    };
    println!("note: skipped {name}: {} is {why}", bin.display());
    None
}

/// Runs the example with standard output on a pipe nobody reads and checks
/// that it ends with exit status 0 and nothing on standard error.
fn assert_quiet_on_closed_pipe(name: &str, args: &[&str]) {
    let Some(bin) = example_binary(name) else {
        return;
    };
    let (reader, writer) = std::io::pipe().expect("pipe");
    drop(reader);
    let out = Command::new(&bin)
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdout(writer)
        .output()
        .expect("run example");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.code() == Some(0) && stderr.is_empty(),
        "{name} {args:?} on a closed pipe: {}, stderr: {stderr}",
        out.status
    );
}

const DOC: &str = "data/000_00c8d2bd91da5493.txt";

#[test]
fn score_zone_stops_quietly() {
    assert_quiet_on_closed_pipe("score_zone", &[DOC]);
    assert_quiet_on_closed_pipe("score_zone", &["--json", DOC]);
}

#[test]
fn kwic_stops_quietly() {
    assert_quiet_on_closed_pipe("kwic", &["招商", DOC]);
    assert_quiet_on_closed_pipe("kwic", &["--json", "招商", DOC]);
}

#[test]
fn benchmark_zones_stops_quietly() {
    assert_quiet_on_closed_pipe("benchmark_zones", &["--draws", "20"]);
    assert_quiet_on_closed_pipe("benchmark_zones", &["--draws", "20", "--format", "json"]);
}

#[test]
fn validate_stops_quietly() {
    let gold = ["--gold", "data/gold/seeds.toml", "--resamples", "20"];
    assert_quiet_on_closed_pipe("validate", &gold);
    assert_quiet_on_closed_pipe("validate", &[&gold[..], &["--json"]].concat());
}

#[test]
fn lint_rubric_stops_quietly() {
    assert_quiet_on_closed_pipe(
        "lint_rubric",
        &["--notes", "--allowed", "rubrics/zone_reform.toml"],
    );
}

#[test]
fn check_rubric_stops_quietly() {
    assert_quiet_on_closed_pipe("check_rubric", &["--cases", "4"]);
}
