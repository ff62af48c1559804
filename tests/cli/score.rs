//! Help, usage errors, and `score` in every input form and format.

use super::*;

// ---- help, usage, exit 2 -------------------------------------------------

#[test]
fn every_subcommand_has_help_with_an_example() {
    let top = expect(&["--help"], 0);
    for code in [
        "0  ok",
        "1  some documents failed",
        "2  bad usage",
        "3  validate",
    ] {
        assert!(top.contains(code), "top-level help lacks `{code}`");
    }
    for sub in [
        "score",
        "bench",
        "validate",
        "kwic",
        "lint",
        "check",
        "explain",
        "rubric",
        "completions",
    ] {
        let help = expect(&[sub, "--help"], 0);
        assert!(
            help.contains("Example"),
            "{sub} --help has no example:\n{help}"
        );
        assert!(
            help.contains(&format!("zone-reform {sub}")),
            "{sub}: {help}"
        );
    }
}

#[test]
fn bad_usage_exits_2() {
    expect(&["score"], 2);
    expect(&["no-such-command"], 2);
    expect(&["score", "--format", "yaml", DOC], 2);
    let o = run(&["score", "--format", "html", DOC]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("use one of: md, json, jsonl, csv"),
        "{}",
        stderr(&o)
    );
    expect(&["--jobs", "0", "score", DOC], 2);
    expect(&["bench", "--format", "jsonl"], 2);
    expect(&["bench", "no/such/manifest.toml"], 2);
}

#[test]
fn a_bad_rubric_exits_2_naming_the_file() {
    let dir = tempdir();
    let rubric = dir.path().join("bad.toml");
    write(
        &rubric,
        "[rubric]\nid = \"x\"\nversion = \"1\"\nbogus = 3\n",
    );
    for sub in [
        vec!["score", DOC],
        vec!["bench"],
        vec!["kwic", "招商", DOC],
        vec!["explain", DOC],
        vec!["validate", "--gold", "data/gold/seeds.toml"],
        vec!["check"],
        vec!["lint"],
    ] {
        let mut args = vec!["--rubric".to_string(), s(&rubric)];
        args.extend(sub.iter().map(|a| a.to_string()));
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let o = run(&args);
        assert_eq!(o.status.code(), Some(2), "{args:?}: {}", stderr(&o));
        assert!(stderr(&o).contains("bad.toml"), "{args:?}: {}", stderr(&o));
    }
}

// ---- score -----------------------------------------------------------------

#[test]
fn score_md_quotes_the_deciding_sentence() {
    let out = expect(&["score", DOC], 0);
    assert!(
        out.starts_with("# data/003_3405dfae66af336f.txt (jilin_chuanying)"),
        "{out}"
    );
    assert!(out.contains("total: "));
    assert!(out.contains("## one_stop"));
    assert!(out.contains("「") && out.contains("terms: "));
}

#[test]
fn score_json_lists_documents_sorted_by_path_and_errors() {
    let out = run(&[
        "score",
        "--format",
        "json",
        "data/",
        "missing.txt",
        DOC_OTHER,
    ]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let v = json(&stdout(&out));
    let files: Vec<&str> = v["documents"]
        .as_array()
        .map(|d| d.iter().filter_map(|x| x["file"].as_str()).collect())
        .unwrap_or_default();
    assert_eq!(files.len(), 5, "{files:?}"); // DOC_OTHER is listed once
    let mut sorted = files.clone();
    sorted.sort();
    assert_eq!(files, sorted);
    assert_eq!(v["errors"][0]["file"], "missing.txt");
    assert!(stderr(&out).contains("missing.txt"), "{}", stderr(&out));
    assert_eq!(v["rubric"]["id"], "zone_reform");
}

#[test]
fn score_jsonl_and_csv_give_one_line_per_document_and_dimension() {
    let lines = expect(&["score", "--format", "jsonl", "data/"], 0);
    let rows: Vec<serde_json::Value> = lines.lines().map(json).collect();
    assert_eq!(rows.len(), 5);
    assert!(rows
        .iter()
        .all(|r| r["total"].is_number() && r["file"].is_string()));
    let csv = expect(&["score", "--format", "csv", DOC, DOC_OTHER], 0);
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let headers = reader.headers().cloned().unwrap_or_default();
    assert_eq!(&headers[0], "file");
    let records: Vec<csv::StringRecord> = reader.records().filter_map(Result::ok).collect();
    let dims = run(&["check", "--format", "json"]);
    let n_dims = json(&stdout(&dims))["dimensions"].as_u64().unwrap_or(0) as usize;
    assert_eq!(records.len(), 2 * n_dims);
}

#[test]
fn score_reads_standard_input_and_globs() {
    let text = std::fs::read(root().join(DOC)).unwrap_or_default();
    let piped = run_with(&["score", "--format", "json", "-"], &text);
    assert_eq!(piped.status.code(), Some(0), "{}", stderr(&piped));
    let file = json(&expect(&["score", "--format", "json", DOC], 0));
    let piped = json(&stdout(&piped));
    assert_eq!(piped["documents"][0]["file"], "-");
    assert_eq!(
        piped["documents"][0]["total"],
        file["documents"][0]["total"]
    );
    let globbed = json(&expect(
        &["score", "--format", "json", "data/00[34]_*.txt"],
        0,
    ));
    assert_eq!(globbed["documents"].as_array().map(Vec::len), Some(2));
    let none = run(&["score", "data/nothing*.txt"]);
    assert_eq!(none.status.code(), Some(1));
    assert!(
        stderr(&none).contains("no file matches"),
        "{}",
        stderr(&none)
    );
}

#[test]
fn score_walks_directories_skipping_hidden_files_and_symlink_loops() {
    let dir = tempdir();
    let d = dir.path();
    write(&d.join("b/one.txt"), "推行“一窗受理”。");
    write(&d.join("a.txt"), "开发区推行全员聘任制。");
    write(&d.join(".hidden.txt"), "推行全员聘任制。");
    write(&d.join(".git/x.txt"), "推行全员聘任制。");
    write(&d.join("notes.toml"), "x = 1");
    #[cfg(unix)]
    std::os::unix::fs::symlink(d, d.join("b/loop")).unwrap_or_else(|e| panic!("{e}"));
    let out = run(&["score", "--format", "jsonl", &s(d)]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let files: Vec<String> = stdout(&out)
        .lines()
        .map(|l| json(l)["file"].as_str().unwrap_or("").to_string())
        .collect();
    assert_eq!(files, [s(&d.join("a.txt")), s(&d.join("b/one.txt"))]);
}

#[test]
fn score_jsonl_stream_answers_each_line_in_order() {
    let input = "{\"id\": 1, \"text\": \"推行一站式服务。\"}\nnot json\n{\"id\": \"p\", \"path\": \"data/000_00c8d2bd91da5493.txt\"}\n";
    let o = run_with(&["score", "--jsonl"], input.as_bytes());
    assert_eq!(o.status.code(), Some(1), "a bad line fails: {}", stderr(&o));
    let lines: Vec<serde_json::Value> = stdout(&o).lines().map(json).collect();
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[0]["id"], 1);
    assert!(lines[1]["id"].is_null() && lines[1]["error"].is_string());
    assert!(lines[2]["total"].as_f64().is_some_and(|t| t > 0.0));
    let good = run_with(&["score", "--jsonl"], b"{\"id\": 1, \"text\": \"x\"}\n");
    assert_eq!(good.status.code(), Some(0));
}

#[test]
fn output_is_written_atomically_and_jobs_do_not_change_results() {
    let dir = tempdir();
    let path = dir.path().join("scores.json");
    let o = run(&["score", "data/", "--output", &s(&path), "--jobs", "1"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(o.stdout.is_empty());
    let one = std::fs::read_to_string(&path).unwrap_or_default();
    let left: Vec<_> = std::fs::read_dir(dir.path())
        .map(|r| r.filter_map(Result::ok).map(|e| e.file_name()).collect())
        .unwrap_or_default();
    assert_eq!(left.len(), 1, "temporary files left: {left:?}");
    let two = expect(&["score", "data/", "--format", "json", "--jobs", "2"], 0);
    assert_eq!(json(&one), json(&two));
    let nowhere = run(&["score", DOC, "--output", "/no/such/dir/x.json"]);
    assert_eq!(nowhere.status.code(), Some(2));
}

#[test]
fn color_only_when_asked_and_no_progress_bar_on_pipes() {
    let plain = run(&["score", "data/"]);
    assert!(!stdout(&plain).contains('\x1b'));
    assert!(
        stderr(&plain).is_empty(),
        "stderr on a pipe: {}",
        stderr(&plain)
    );
    let colored = expect(&["--color", "always", "score", DOC], 0);
    assert!(colored.contains("\x1b[1m"));
    let never = expect(&["--color", "never", "score", DOC], 0);
    assert!(!never.contains('\x1b'));
}

#[test]
fn a_closed_reader_ends_output_quietly() {
    for args in [
        vec!["score", DOC],
        vec!["score", "--format", "json", "data/"],
        vec!["bench", "--draws", "20"],
        vec![
            "validate",
            "--gold",
            "data/gold/seeds.toml",
            "--resamples",
            "20",
        ],
        vec!["kwic", "招商", "data/"],
        vec!["explain", DOC],
        vec!["lint", "--notes"],
        vec!["rubric"],
    ] {
        let (reader, writer) = std::io::pipe().unwrap_or_else(|e| panic!("pipe: {e}"));
        drop(reader);
        let out = Command::new(BIN)
            .args(&args)
            .current_dir(root())
            .stdout(writer)
            .output()
            .unwrap_or_else(|e| panic!("{e}"));
        assert!(
            out.status.code() == Some(0) && out.stderr.is_empty(),
            "{args:?} on a closed pipe: {}, stderr: {}",
            out.status,
            String::from_utf8_lossy(&out.stderr)
        );
    }
}
