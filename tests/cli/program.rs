//! `bench`, `validate`, `kwic`, `explain`, `rubric`, `lint`, `check` and `completions`.

use super::*;

#[test]
fn bench_writes_every_report_format() {
    let md = expect(&["bench", "--draws", "20"], 0);
    assert!(md.contains("| rank | zone | total |"), "{md}");
    let v = json(&expect(
        &[
            "bench",
            "data/zones.toml",
            "--format",
            "json",
            "--draws",
            "20",
        ],
        0,
    ));
    let zones = v["periods"][0]["zones"].as_array().map(Vec::len);
    assert_eq!(zones, Some(5));
    let csv = expect(&["bench", "--format", "csv", "--draws", "20"], 0);
    assert!(csv.lines().count() > 5);
    let dir = tempdir();
    let html = dir.path().join("zones.html");
    let o = run(&["bench", "--draws", "20", "--output", &s(&html)]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let page = std::fs::read_to_string(&html).unwrap_or_default();
    assert!(page.contains("<svg class=\"radar\"") && !page.contains("<script"));
}

#[test]
fn bench_takes_a_directory_and_reports_missing_documents() {
    let dir = tempdir();
    write(
        &dir.path().join("zone_a.txt"),
        "推行“管委会+公司”改革,成立了开发公司。",
    );
    write(&dir.path().join("zone_b.txt"), "推行一站式服务。");
    let v = json(&expect(
        &["bench", &s(dir.path()), "--format", "json", "--draws", "0"],
        0,
    ));
    assert_eq!(v["periods"][0]["zones"].as_array().map(Vec::len), Some(2));
    let manifest = dir.path().join("zones.toml");
    write(
        &manifest,
        "[[zones]]\nid = \"a\"\nname = \"A\"\n\n[[documents]]\nzone = \"a\"\nfile = \"zone_a.txt\"\n\n[[documents]]\nzone = \"a\"\nfile = \"gone.txt\"\n",
    );
    let o = run(&["bench", &s(dir.path()), "--draws", "0"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(stderr(&o).contains("gone.txt"), "{}", stderr(&o));
    assert!(stdout(&o).contains("| 1 | A |"), "{}", stdout(&o));
}

// ---- validate --------------------------------------------------------------

#[test]
fn validate_reports_and_passes_or_fails_thresholds() {
    let gold = [
        "validate",
        "--gold",
        "data/gold/seeds.toml",
        "--resamples",
        "20",
    ];
    let md = expect(&gold, 0);
    assert!(
        md.contains("## Overall") && md.contains("## Per collection"),
        "{md}"
    );
    let v = json(&expect(&[&gold[..], &["--format", "json"]].concat(), 0));
    let qwk = v["overall"]["kappa_quadratic"].as_f64().unwrap_or(-1.0);
    assert_eq!(v["documents"].as_array().map(Vec::len), Some(5));
    assert!(v["threshold_failures"]
        .as_array()
        .is_some_and(Vec::is_empty));
    let at = format!("{qwk}");
    expect(
        &[&gold[..], &["--min-qwk", &at, "--min-f1", "0"]].concat(),
        0,
    );
    let above = format!("{}", qwk + 0.01);
    let o = run(&[&gold[..], &["--min-qwk", &above]].concat());
    assert_eq!(o.status.code(), Some(3), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("below threshold: qwk"),
        "{}",
        stderr(&o)
    );
    let o = run(&[&gold[..], &["--min-exact", "1.5", "--format", "json"]].concat());
    assert_eq!(o.status.code(), Some(3));
    assert_eq!(
        json(&stdout(&o))["threshold_failures"][0]["figure"],
        "exact"
    );
}

#[test]
fn validate_lists_offtopic_documents_graded_above_zero() {
    let dir = tempdir();
    let gold = dir.path().join("gold.toml");
    write(
        &gold,
        "[[doc]]\nfile = \"003_3405dfae66af336f.txt\"\n# kind: offtopic\nstaffing = 0\n\n[[doc]]\nfile = \"000_00c8d2bd91da5493.txt\"\n# kind: reform\nstaffing = 2\n",
    );
    let args = [
        "validate",
        "--gold",
        &s(&gold),
        "--docs",
        "data",
        "--resamples",
        "0",
    ];
    let md = expect(&args, 0);
    assert!(
        md.contains("## Off-topic documents graded above 0: 1 of 1"),
        "{md}"
    );
    assert!(md.contains("## Per kind"), "{md}");
    let o = run(&[&args[..], &["--max-offtopic-positive", "0"]].concat());
    assert_eq!(o.status.code(), Some(3));
    assert!(
        stderr(&o).contains("offtopic_positive = 1 > 0"),
        "{}",
        stderr(&o)
    );
    expect(&[&args[..], &["--max-offtopic-positive", "1"]].concat(), 0);
}

#[test]
fn validate_bad_gold_or_missing_document_exits_2() {
    expect(&["validate", "--gold", "no/such/gold.toml"], 2);
    let dir = tempdir();
    let gold = dir.path().join("gold.toml");
    write(&gold, "[[doc]]\nfile = \"nope.txt\"\nstaffing = 1\n");
    let o = run(&["validate", "--gold", &s(&gold), "--docs", "data"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("nope.txt") && stderr(&o).contains("--docs"));
    expect(
        &[
            "validate",
            "--gold",
            "data/gold/seeds.toml",
            "--format",
            "csv",
        ],
        2,
    );
}

/// The shared development set, when this machine has it:
/// `$ZONE_REFORM_DEVSET`, else `../shared/devset` or `/work/shared/devset`.
fn devset() -> Option<PathBuf> {
    let candidates = [
        std::env::var_os("ZONE_REFORM_DEVSET").map(PathBuf::from),
        Some(root().join("../shared/devset")),
        Some(PathBuf::from("/work/shared/devset")),
    ];
    let found = candidates
        .into_iter()
        .flatten()
        .find(|d| d.join("gold.toml").is_file());
    if found.is_none() {
        println!("note: skipped: no development set (set ZONE_REFORM_DEVSET to its folder)");
    }
    found
}

#[test]
fn validate_on_the_development_set_reports_every_collection_and_kind() {
    let Some(dir) = devset() else {
        return;
    };
    let gold_text = std::fs::read_to_string(dir.join("gold.toml")).unwrap_or_default();
    let count = |needle: &str| gold_text.lines().filter(|l| l.trim() == needle).count();
    let o = run(&[
        "validate",
        "--gold",
        &s(&dir.join("gold.toml")),
        "--docs",
        &s(&dir.join("docs")),
        "--resamples",
        "0",
        "--format",
        "json",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let v = json(&stdout(&o));
    let docs = v["documents"].as_array().cloned().unwrap_or_default();
    assert_eq!(docs.len(), count("[[doc]]"));
    for kind in ["reform", "weak", "offtopic"] {
        let n = count(&format!("# kind: {kind}"));
        assert_eq!(
            v["kinds"][kind]["n_docs"].as_u64(),
            Some(n as u64),
            "{kind}"
        );
    }
    let collections = v["collections"].as_object().cloned().unwrap_or_default();
    let in_collections: u64 = collections
        .values()
        .filter_map(|c| c["n_docs"].as_u64())
        .sum();
    assert_eq!(in_collections, docs.len() as u64);
    for p in v["offtopic_positive"]
        .as_array()
        .cloned()
        .unwrap_or_default()
    {
        let file = p["file"].as_str().unwrap_or("");
        let doc = docs.iter().find(|d| d["file"] == file);
        assert_eq!(
            doc.map(|d| d["kind"].clone()),
            Some("offtopic".into()),
            "{file}"
        );
        assert!(p["total"].as_f64().is_some_and(|t| t > 0.0));
    }
}

// ---- kwic, explain ---------------------------------------------------------

#[test]
fn kwic_lists_occurrences_in_every_format() {
    let md = expect(&["kwic", "招商", "data/"], 0);
    assert!(
        md.starts_with("# 招商: generic term of investment/"),
        "{md}"
    );
    assert!(md.contains("【招商】") && md.contains("swallowed by"));
    let v = json(&expect(&["kwic", "招商", "data/", "--format", "json"], 0));
    let n = v["hits"].as_array().map_or(0, Vec::len);
    assert!(n > 0);
    assert_eq!(v["summary"]["occurrences"], n);
    let lines = expect(&["kwic", "招商", "data/", "--format", "jsonl"], 0);
    assert_eq!(lines.lines().count(), n);
    let csv = expect(&["kwic", "招商", "data/", "--format", "csv"], 0);
    assert!(csv.starts_with("document,start,end,"));
    assert!(csv.lines().count() > n);
    let o = run(&["kwic", "招商", DOC, "missing.txt"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("missing.txt"));
    expect(&["kwic", "  ", DOC], 2);
}

#[test]
fn explain_shows_every_term_hit_with_its_verdict() {
    let md = expect(&["explain", DOC, "--dimension", "one_stop"], 0);
    assert!(
        md.contains("## one_stop") && !md.contains("## staffing"),
        "{md}"
    );
    assert!(
        md.contains("## Term hits") && md.contains("counted at 3"),
        "{md}"
    );
    let v = json(&expect(&["explain", DOC, "--format", "json"], 0));
    let hits = v["hits"].as_array().cloned().unwrap_or_default();
    assert!(hits.iter().any(|h| h["verdicts"][0]["status"] == "counted"));
    assert!(hits
        .iter()
        .any(|h| h["verdicts"][0]["status"] == "swallowed"));
    assert_eq!(v["dimensions"].as_array().map(Vec::len), Some(7));
    let piped = run_with(
        &["explain", "-", "-d", "staffing"],
        "推行全员聘任制。尚未推行末位淘汰。".as_bytes(),
    );
    assert_eq!(piped.status.code(), Some(0));
    assert!(stdout(&piped).contains("negated by"), "{}", stdout(&piped));
    expect(&["explain", DOC, "-d", "nope"], 2);
    expect(&["explain", "missing.txt"], 1);
    expect(&["explain", DOC, "--format", "csv"], 2);
}

// ---- rubric, lint, check, completions --------------------------------------

const LINT_ERROR_RUBRIC: &str = "[rubric]\nid = \"t\"\nversion = \"1\"\n\n[[levels]]\nname = \"mention\"\nvalue = 1\n\n[negation]\ncues = [\"未\"]\n\n[[dimensions]]\nid = \"a\"\nname = \"A\"\n\n  [[dimensions.indicators]]\n  id = \"x\"\n  any = [\"一窗受理\", \"未\"]\n";

#[test]
fn rubric_prints_the_builtin_rubric_which_checks_clean() {
    let text = expect(&["rubric"], 0);
    let file = std::fs::read_to_string(root().join("rubrics/zone_reform.toml")).unwrap_or_default();
    assert_eq!(text, file);
    let dir = tempdir();
    let copy = dir.path().join("mine.toml");
    expect(&["rubric", "--output", &s(&copy)], 0);
    let out = expect(&["check", &s(&copy)], 0);
    assert!(out.starts_with("ok: "), "{out}");
}

#[test]
fn lint_and_check_exit_2_on_a_rubric_with_lint_errors() {
    let out = expect(&["lint"], 0);
    assert!(out.contains("0 errors"), "{out}");
    let v = json(&expect(&["lint", "--format", "json", "--notes"], 0));
    assert_eq!(v["counts"]["errors"], 0);
    let dir = tempdir();
    let bad = dir.path().join("bad.toml");
    write(&bad, LINT_ERROR_RUBRIC);
    let o = run(&["lint", &s(&bad)]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stdout(&o).contains("never-counts [error]"),
        "{}",
        stdout(&o)
    );
    let o = run(&["check", "--rubric", &s(&bad), "--format", "json"]);
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(json(&stdout(&o))["ok"], false);
    let v = json(&expect(&["check", "--format", "json"], 0));
    assert_eq!(v["ok"], true);
    assert!(v["phrases"].as_u64().is_some_and(|n| n > 0));
}

#[test]
fn completions_for_each_shell() {
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let script = expect(&["completions", shell], 0);
        assert!(
            script.contains("zone-reform") && script.contains("validate"),
            "{shell}"
        );
    }
    expect(&["completions", "tcsh"], 2);
}

/// On a terminal (a pseudo-terminal from util-linux `script`), a large batch
/// shows the progress bar with documents/s and MB/s; `--quiet` hides it.
#[test]
fn progress_bar_on_a_terminal_for_a_large_batch() {
    let has_script = Command::new("script")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if !has_script {
        println!("note: skipped: no `script` command to give the program a terminal");
        return;
    }
    let dir = tempdir();
    let text = std::fs::read_to_string(root().join(DOC)).unwrap_or_default();
    for i in 0..120 {
        write(&dir.path().join(format!("d{i:03}.txt")), &text);
    }
    let on_tty = |quiet: &str| {
        let command = format!(
            "{BIN} {quiet} score {} --format jsonl --output {}",
            s(dir.path()),
            s(&dir.path().join("out.jsonl"))
        );
        let out = Command::new("script")
            .args(["-qec", &command, "/dev/null"])
            .output()
            .unwrap_or_else(|e| panic!("script: {e}"));
        assert!(out.status.success(), "{command}: {}", out.status);
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let shown = on_tty("");
    assert!(
        shown.contains("documents/s") && shown.contains("MB/s"),
        "{shown}"
    );
    let quiet = on_tty("--quiet");
    assert!(!quiet.contains("documents/s"), "{quiet}");
}

#[test]
fn lint_with_sample_documents_warns_of_those_out_of_scope() {
    // The seeds are the documents the default rubric was written for.
    let seeds = expect(&["lint", "--docs", "data/"], 0);
    assert!(!seeds.contains("out-of-scope"), "{seeds}");
    assert!(seeds.contains("0 warnings"), "{seeds}");
    // A bank's history names no development zone: a warning, not an error.
    let controls = expect(&["lint", "--docs", "tests/fixtures/controls/"], 0);
    let bank = controls
        .lines()
        .filter(|l| l.contains("out-of-scope") && l.contains("bank_history"))
        .count();
    assert_eq!(bank, 2, "{controls}");
}
