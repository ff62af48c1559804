//! Replays every input kept in `fuzz/regressions/<target>/` through the same
//! checks as the fuzz targets in `fuzz/fuzz_targets/`, so a crash found by
//! fuzzing stays fixed without a fuzzer installed.

use std::path::{Path, PathBuf};
use zone_reform::{ingest, Document, Rubric, Scorer};

fn inputs(target: &str) -> Vec<(PathBuf, Vec<u8>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fuzz/regressions")
        .join(target);
    let mut out: Vec<(PathBuf, Vec<u8>)> = std::fs::read_dir(&dir)
        .map(|entries| {
            entries
                .flatten()
                .map(|e| e.path())
                .filter(|p| p.is_file() && p.file_name().is_some_and(|n| n != ".gitkeep"))
                .filter_map(|p| std::fs::read(&p).ok().map(|b| (p, b)))
                .collect()
        })
        .unwrap_or_default();
    out.sort();
    out
}

#[test]
fn rubric_parse_regressions_do_not_panic() {
    for (path, data) in inputs("rubric_parse") {
        let Ok(text) = std::str::from_utf8(&data) else {
            continue;
        };
        let Ok(rubric) = Rubric::from_toml_str(text, None) else {
            continue;
        };
        let Ok(scorer) = Scorer::new(&rubric) else {
            continue;
        };
        let score = scorer.score(&Document::from_text("f", text));
        assert!((0.0..=100.0).contains(&score.total), "{}", path.display());
        if let Ok(again) = rubric.to_toml_string() {
            let back = Rubric::from_toml_str(&again, None).ok();
            let rescored = back.and_then(|r| Scorer::new(&r).ok());
            assert!(rescored.is_some_and(|s| s == scorer), "{}", path.display());
        }
    }
}

#[test]
fn score_document_regressions_do_not_panic() {
    let scorer = Rubric::builtin()
        .and_then(|r| Scorer::new(&r))
        .unwrap_or_else(|e| panic!("{e}"));
    for (path, data) in inputs("score_document") {
        let Ok(doc) = ingest::read_bytes("fuzz.txt", &data) else {
            continue;
        };
        let score = scorer.score(&doc);
        assert!((0.0..=100.0).contains(&score.total), "{}", path.display());
        for ind in score.dimensions.iter().flat_map(|d| &d.indicators) {
            for e in &ind.evidence {
                assert_eq!(
                    doc.text.get(e.start..e.end),
                    Some(&*e.text),
                    "{}",
                    path.display()
                );
            }
        }
    }
}
