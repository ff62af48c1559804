//! Report formats: escaping of hostile text, the JSON figures, and the seed data end to end.

use super::*;

/// A benchmark whose zone name and evidence carry hostile text.
fn hostile() -> Benchmark {
    let s = scorer();
    let mut score = doc_score(&s, "evil-doc", [3, 0, 0]);
    score.dimensions[0].indicators[0].evidence[0].text =
        "<script>alert('x')</script>=cmd|' /C calc'!A0".into();
    let manifest = Manifest {
        zones: vec![
            Zone {
                id: "evil".into(),
                name: "=HYPERLINK(\"http://x\")<img src=x onerror=alert(1)>".into(),
                province: Some("@SUM(A1)".into()),
                ..Zone::default()
            },
            zone("plain", "山东"),
        ],
        ..Manifest::default()
    };
    build(
        &s,
        &BenchmarkSpec::default(),
        &manifest,
        vec![
            ScoredDocument::new("evil", None, score),
            doc(&s, "plain", None, [1, 0, 0]),
        ],
        &BenchmarkOptions::default(),
    )
}

#[test]
fn html_shows_an_injected_script_as_text() {
    let html = Report::new(&hostile()).html();
    assert!(!html.contains("<script"), "a <script> element got through");
    assert!(!html.contains("<img"));
    assert!(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
    assert!(html.contains("&lt;img src=x onerror=alert(1)&gt;"));
    // Self-contained: no external stylesheet, script or image.
    for needle in ["<link", "src=\"http", "href=\"http", "@import", "url("] {
        assert!(!html.contains(needle), "{needle}");
    }
    // The elements of the page.
    for needle in [
        "<table class=\"ranking\">",
        "<svg class=\"bars\"",
        "<svg class=\"radar\"",
        "<ul class=\"gap-list\">",
        "<details class=\"evidence\"",
    ] {
        assert!(html.contains(needle), "{needle}");
    }
}

#[test]
fn markdown_shows_markup_in_document_text_as_text() {
    let md = Report::new(&hostile()).markdown();
    let bare = md
        .char_indices()
        .filter(|&(i, c)| c == '<' && !md[..i].ends_with('\\'))
        .count();
    assert_eq!(bare, 0, "every < is backslash-escaped:\n{md}");
    assert!(md.contains("\\<script\\>alert('x')\\</script\\>"), "{md}");
}

#[test]
fn csv_neutralises_formula_cells_and_has_one_row_per_zone_and_dimension() {
    let csv = Report::new(&hostile())
        .csv()
        .unwrap_or_else(|e| panic!("{e}"));
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let headers = reader.headers().cloned().unwrap_or_else(|e| panic!("{e}"));
    let col = |name: &str| {
        headers
            .iter()
            .position(|h| h == name)
            .unwrap_or_else(|| panic!("{name}"))
    };
    let rows: Vec<csv::StringRecord> = reader
        .records()
        .map(|r| r.unwrap_or_else(|e| panic!("{e}")))
        .collect();
    assert_eq!(rows.len(), 2 * 2, "2 zones × 2 dimensions");
    let evil: Vec<&csv::StringRecord> = rows.iter().filter(|r| &r[col("zone")] == "evil").collect();
    assert_eq!(
        &evil[0][col("zone_name")],
        "'=HYPERLINK(\"http://x\")<img src=x onerror=alert(1)>"
    );
    assert_eq!(&evil[0][col("province")], "'@SUM(A1)");
    for row in &rows {
        for cell in row.iter() {
            assert!(
                !cell.starts_with(['=', '+', '@']),
                "unneutralised cell {cell:?}"
            );
        }
    }
    // The evidence starts with `<script>`, not a formula character, so it
    // stays as written; a sentence that starts with `=` is neutralised.
    assert!(evil[0][col("evidence")].starts_with("<script>"));
    let s = scorer();
    let mut score = doc_score(&s, "d", [3, 0, 0]);
    score.dimensions[0].indicators[0].evidence[0].text = "=cmd|' /C calc'!A0".into();
    let b = simple(&s, vec![ScoredDocument::new("z", None, score)]);
    let csv = Report::new(&b).csv().unwrap_or_else(|e| panic!("{e}"));
    assert!(csv.contains("'=cmd|' /C calc'!A0"), "{csv}");
    assert!(!csv.contains(",=cmd"), "{csv}");
}

#[test]
fn json_carries_every_figure() {
    let s = scorer();
    let options = BenchmarkOptions {
        periods: PeriodMode::ByYear,
        group_by: Some(GroupBy::Province),
        ..BenchmarkOptions::default()
    };
    let manifest = Manifest {
        zones: vec![zone("a", "山东"), zone("b", "山东")],
        ..Manifest::default()
    };
    let b = build(
        &s,
        &BenchmarkSpec {
            bands: vec![Band {
                name: "合格".into(),
                min: 0.0,
            }],
            ..BenchmarkSpec::default()
        },
        &manifest,
        vec![
            doc(&s, "a", Some(2022), [1, 0, 0]),
            doc(&s, "a", Some(2023), [3, 0, 0]),
            doc(&s, "b", Some(2023), [1, 0, 0]),
        ],
        &options,
    );
    let json = Report::new(&b)
        .with_source("m.toml")
        .json()
        .unwrap_or_else(|e| panic!("{e}"));
    let v: serde_json::Value = serde_json::from_str(&json).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(v["source"], "m.toml");
    assert_eq!(v["periods"][0]["period"], "2022");
    let z = &v["periods"][1]["zones"][0];
    for key in [
        "zone",
        "documents",
        "score",
        "rank",
        "percentile",
        "group",
        "band",
        "distance",
        "gaps",
        "sensitivity",
        "change",
    ] {
        assert!(!z[key].is_null(), "{key} missing in {z}");
    }
    assert_eq!(z["change"]["since"], "2022");
    assert_eq!(v["references"][2]["key"], "total");
    assert_eq!(v["options"]["sensitivity"]["draws"], 1000);
}

#[test]
fn markdown_starts_with_the_ranking_table() {
    let s = scorer();
    let b = simple(
        &s,
        vec![doc(&s, "x", None, [3, 3, 3]), doc(&s, "y", None, [1, 0, 0])],
    );
    let md = Report::new(&b).with_source("zones.toml").markdown();
    let mut lines = md.lines();
    assert_eq!(lines.next(), Some("Rubric t 1; 2 zones from zones.toml"));
    assert_eq!(lines.next(), Some(""));
    assert_eq!(lines.next(), Some("| rank | zone | total | a | b |"));
    assert_eq!(lines.next(), Some("|---:|---|---:|---:|---:|"));
    assert_eq!(
        lines.next(),
        Some("| 1 | x | 100.0 | 100.0 (3) | 100.0 (3) |")
    );
    assert!(md.contains("### Gaps"));
}

fn data() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("data")
}

#[test]
fn the_seed_data_benchmarks_in_all_four_formats() {
    let rubric = Rubric::builtin().unwrap_or_else(|e| panic!("{e}"));
    let scorer = Scorer::new(&rubric).unwrap_or_else(|e| panic!("{e}"));
    let manifest = Manifest::load(data().join("zones.toml")).unwrap_or_else(|e| panic!("{e}"));
    let docs: Vec<ScoredDocument> = manifest
        .documents
        .iter()
        .map(|entry| {
            let doc = ingest::read_path(&manifest.path_of(entry)).unwrap_or_else(|e| panic!("{e}"));
            ScoredDocument::from_entry(entry, scorer.score(&doc))
        })
        .collect();
    let b = build(
        &scorer,
        &rubric.benchmark,
        &manifest,
        docs,
        &BenchmarkOptions::default(),
    );
    let p = &b.periods[0];
    assert_eq!(p.zones.len(), 5);
    assert!(p.missing.is_empty());
    assert_eq!(p.zones[0].distance.total, 100.0);
    assert!(
        p.zones.iter().all(|z| z.band.is_some()),
        "default bands cover 0–100"
    );
    let report = Report::new(&b);
    let dir = std::env::temp_dir().join(format!("zone-reform-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{e}"));
    for format in [Format::Markdown, Format::Json, Format::Csv, Format::Html] {
        let path = dir.join(format!("report.{}", format.extension()));
        report
            .write(format, &path)
            .unwrap_or_else(|e| panic!("{e}"));
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{e}"));
        assert!(text.contains("大善县先进制造业开发区"), "{format}");
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn writing_a_report_gives_the_rendered_bytes_and_reports_write_errors() {
    let b = hostile();
    let report = Report::new(&b).with_source("zones.toml");
    for format in [Format::Markdown, Format::Json, Format::Csv, Format::Html] {
        let mut out = Vec::new();
        report
            .write_to(format, &mut out)
            .unwrap_or_else(|e| panic!("{e}"));
        let rendered = report.render(format).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(String::from_utf8(out).ok(), Some(rendered), "{format}");
    }
    /// A writer whose disk is full.
    struct Full;
    impl std::io::Write for Full {
        fn write(&mut self, _: &[u8]) -> std::io::Result<usize> {
            Err(std::io::Error::other("no space left on device"))
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }
    for format in [Format::Markdown, Format::Json] {
        let err = report.write_to(format, &mut Full).err();
        assert!(
            matches!(err, Some(zone_reform::report::ReportError::Write { .. })),
            "{format}: {err:?}"
        );
    }
}
