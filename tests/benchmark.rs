//! Benchmark figures and reports on hand-made score tables: ranks and ties,
//! percentiles, distance to frontier (observed and fixed, all-tie rule),
//! bands, gaps, peer groups, periods and changes, weight sensitivity, and
//! the escaping of HTML and CSV output. One end-to-end run over `data/`.

use std::path::{Path, PathBuf};
use zone_reform::benchmark::{
    band_of, Benchmark, BenchmarkError, BenchmarkOptions, GroupBy, Period, PeriodMode,
    ScoredDocument, SensitivityOptions,
};
use zone_reform::manifest::Zone;
use zone_reform::report::{Format, Report};
use zone_reform::rubric::{Band, BenchmarkSpec};
use zone_reform::{ingest, Document, DocumentScore, Evidence, Manifest, Rubric, Scorer};

/// Two dimensions: `a` (indicators a1, a2) and `b` (b1); levels 1–3.
const RUBRIC: &str = r#"
[rubric]
id = "t"
version = "1"

[[levels]]
name = "mention"
value = 1

[[levels]]
name = "measure"
value = 2

[[levels]]
name = "achieved"
value = 3

[[dimensions]]
id = "a"
name = "A"

  [[dimensions.indicators]]
  id = "a1"
  any = ["甲一"]

  [[dimensions.indicators]]
  id = "a2"
  any = ["甲二"]

[[dimensions]]
id = "b"
name = "B"

  [[dimensions.indicators]]
  id = "b1"
  any = ["乙一"]
"#;

fn scorer() -> Scorer {
    let rubric = Rubric::from_toml_str(RUBRIC, None).unwrap_or_else(|e| panic!("{e}"));
    Scorer::new(&rubric).unwrap_or_else(|e| panic!("{e}"))
}

/// A document score with indicator levels `[a1, a2, b1]`; each indicator
/// above 0 has one evidence sentence `"<doc> <indicator>"`.
fn doc_score(scorer: &Scorer, doc: &str, levels: [u32; 3]) -> DocumentScore {
    let mut score = scorer.score(&Document::from_text(doc, ""));
    let indicators = score
        .dimensions
        .iter_mut()
        .flat_map(|d| d.indicators.iter_mut());
    for (ind, level) in indicators.zip(levels) {
        ind.level = level;
        if level > 0 {
            ind.evidence.push(Evidence {
                text: format!("{doc} {}", ind.id),
                start: 0,
                end: 0,
                level,
                terms: vec![ind.id.clone()],
                cue: None,
                cap: None,
                document: None,
            });
        }
    }
    // Recompute dimension scores and the total from the levels.
    let zone = scorer.combine(doc, &[score]);
    DocumentScore {
        document: doc.to_string(),
        total: zone.total,
        scope: zone.scope,
        dimensions: zone.dimensions,
        pmc: zone.pmc,
    }
}

fn doc(scorer: &Scorer, zone: &str, year: Option<i32>, levels: [u32; 3]) -> ScoredDocument {
    let id = format!("{zone}-{}", year.map_or("x".to_string(), |y| y.to_string()));
    ScoredDocument::new(zone, year, doc_score(scorer, &id, levels))
}

fn build(
    scorer: &Scorer,
    spec: &BenchmarkSpec,
    manifest: &Manifest,
    docs: Vec<ScoredDocument>,
    options: &BenchmarkOptions,
) -> Benchmark {
    Benchmark::new(scorer, spec, manifest, docs, options).unwrap_or_else(|e| panic!("{e}"))
}

fn simple(scorer: &Scorer, docs: Vec<ScoredDocument>) -> Benchmark {
    build(
        scorer,
        &BenchmarkSpec::default(),
        &Manifest::default(),
        docs,
        &BenchmarkOptions::default(),
    )
}

fn ranks(b: &Benchmark) -> Vec<(String, usize)> {
    b.periods[0]
        .zones
        .iter()
        .map(|z| (z.zone.id.clone(), z.rank))
        .collect()
}

fn zone(id: &str, province: &str) -> Zone {
    Zone {
        id: id.into(),
        name: format!("{id} zone"),
        province: Some(province.into()),
        ..Zone::default()
    }
}

#[test]
fn ties_share_a_rank_and_the_next_rank_is_skipped() {
    let s = scorer();
    let b = simple(
        &s,
        vec![
            doc(&s, "top", None, [3, 3, 3]),
            // Same total (25) from different indicators.
            doc(&s, "tie1", None, [3, 0, 0]),
            doc(&s, "tie2", None, [0, 3, 0]),
            doc(&s, "low", None, [1, 0, 0]),
        ],
    );
    assert_eq!(
        ranks(&b),
        vec![
            ("top".into(), 1),
            ("tie1".into(), 2),
            ("tie2".into(), 2),
            ("low".into(), 4)
        ]
    );
    let pct: Vec<f64> = b.periods[0].zones.iter().map(|z| z.percentile).collect();
    // 100 × (n − rank) / (n − 1)
    assert_eq!(pct, vec![100.0, 100.0 * 2.0 / 3.0, 100.0 * 2.0 / 3.0, 0.0]);
}

#[test]
fn a_single_zone_ranks_first_with_percentile_and_distance_100() {
    let s = scorer();
    let b = simple(&s, vec![doc(&s, "only", None, [1, 0, 2])]);
    let z = &b.periods[0].zones[0];
    assert_eq!(z.rank, 1);
    assert_eq!(z.percentile, 100.0);
    assert_eq!(z.distance.total, 100.0);
    assert_eq!(z.distance.dimensions, vec![100.0, 100.0]);
    assert!(z.gaps.is_empty());
    let sens = z.sensitivity.as_ref().expect("computed");
    assert_eq!(
        (sens.median, sens.low, sens.high, sens.top_k),
        (1, 1, 1, 1.0)
    );
}

#[test]
fn when_all_zones_tie_everyone_ranks_first_with_distance_100() {
    let s = scorer();
    let b = simple(
        &s,
        ["x", "y", "z"]
            .iter()
            .map(|z| doc(&s, z, None, [2, 1, 3]))
            .collect(),
    );
    for z in &b.periods[0].zones {
        assert_eq!(z.rank, 1);
        assert_eq!(z.percentile, 100.0);
        assert_eq!(z.distance.total, 100.0, "nobody is behind");
        assert_eq!(z.distance.dimensions, vec![100.0, 100.0]);
        assert!(z.gaps.is_empty());
        let sens = z.sensitivity.as_ref().expect("computed");
        assert_eq!((sens.median, sens.high, sens.top_k), (1, 1, 1.0));
    }
    // Also all at zero.
    let b = simple(
        &s,
        vec![doc(&s, "x", None, [0; 3]), doc(&s, "y", None, [0; 3])],
    );
    assert!(b.periods[0].zones.iter().all(|z| z.distance.total == 100.0));
}

#[test]
fn the_frontier_zone_of_each_dimension_has_distance_100_and_the_worst_0() {
    let s = scorer();
    let b = simple(
        &s,
        vec![
            doc(&s, "a_leader", None, [3, 3, 0]),
            doc(&s, "b_leader", None, [0, 0, 3]),
            doc(&s, "middle", None, [2, 1, 2]),
        ],
    );
    let p = &b.periods[0];
    for (i, dim) in b.dimensions.iter().enumerate() {
        let best = p
            .zones
            .iter()
            .max_by(|x, y| x.dimension_score(i).total_cmp(&y.dimension_score(i)))
            .expect("zones");
        assert_eq!(best.distance.dimensions[i], 100.0, "{}", dim.id);
        let worst = p
            .zones
            .iter()
            .min_by(|x, y| x.dimension_score(i).total_cmp(&y.dimension_score(i)))
            .expect("zones");
        assert_eq!(worst.distance.dimensions[i], 0.0, "{}", dim.id);
    }
    // middle: a = 3/6 → 50 on a 0–100 span; b = 2/3 → 66.7.
    let middle = p.zone("middle").expect("middle");
    assert!((middle.distance.dimensions[0] - 50.0).abs() < 1e-9);
    assert!((middle.distance.dimensions[1] - 200.0 / 3.0).abs() < 1e-9);
    // Overall: on the totals. a_leader 50, b_leader 50, middle 58.3.
    assert_eq!(p.zones[0].zone.id, "middle");
    assert_eq!(p.zones[0].distance.total, 100.0);
    assert_eq!(p.zone("a_leader").map(|z| z.distance.total), Some(0.0));
}

#[test]
fn fixed_frontier_and_worst_from_the_rubric_set_the_scale() {
    let s = scorer();
    let spec = BenchmarkSpec {
        frontier: [("a".to_string(), 80.0), ("total".to_string(), 100.0)].into(),
        worst: [("total".to_string(), 0.0)].into(),
        bands: Vec::new(),
    };
    let b = build(
        &s,
        &spec,
        &Manifest::default(),
        vec![
            doc(&s, "full", None, [3, 3, 3]),
            doc(&s, "half", None, [3, 0, 0]),
        ],
        &BenchmarkOptions::default(),
    );
    let full = b.periods[0].zone("full").expect("full");
    let half = b.periods[0].zone("half").expect("half");
    // Total: fixed 0–100, so the distance is the total itself.
    assert_eq!(full.distance.total, 100.0);
    assert!((half.distance.total - 25.0).abs() < 1e-9);
    // a: frontier fixed at 80, worst observed (50): 100 above the frontier
    // is clamped, 50 is the worst.
    assert_eq!(full.distance.dimensions[0], 100.0);
    assert_eq!(half.distance.dimensions[0], 0.0);
    let r = b.reference("a").expect("a");
    assert!(r.frontier_fixed && !r.worst_fixed);
    assert_eq!((r.frontier, r.worst), (80.0, 50.0));
}

#[test]
fn adding_a_zone_never_changes_another_zones_own_scores() {
    let s = scorer();
    let base = vec![doc(&s, "p", None, [1, 2, 3]), doc(&s, "q", None, [3, 0, 1])];
    let before = simple(&s, base.clone());
    let mut more = base;
    more.push(doc(&s, "r", None, [3, 3, 3]));
    let after = simple(&s, more);
    for z in &before.periods[0].zones {
        let again = after.periods[0].zone(&z.zone.id).expect("still there");
        assert_eq!(z.score, again.score, "{}", z.zone.id);
    }
}

#[test]
fn weight_sensitivity_is_reproducible_with_the_same_seed() {
    let s = scorer();
    let docs = || {
        vec![
            doc(&s, "a_heavy", None, [3, 3, 0]),
            doc(&s, "b_heavy", None, [0, 0, 3]),
            doc(&s, "even", None, [2, 1, 1]),
            doc(&s, "weak", None, [1, 0, 1]),
        ]
    };
    let opts = |seed| BenchmarkOptions {
        sensitivity: SensitivityOptions {
            seed,
            ..SensitivityOptions::default()
        },
        ..BenchmarkOptions::default()
    };
    let run = |seed| {
        build(
            &s,
            &BenchmarkSpec::default(),
            &Manifest::default(),
            docs(),
            &opts(seed),
        )
    };
    assert_eq!(run(7), run(7));
    // a_heavy and b_heavy tie at 50 with equal weights; perturbed weights
    // split them, each winning about half the draws.
    let b = run(7);
    let a = b.periods[0]
        .zone("a_heavy")
        .and_then(|z| z.sensitivity.clone());
    let a = a.expect("computed");
    assert_eq!((a.low, a.high), (1, 3));
    let top3 = |b: &Benchmark, id: &str| {
        let z = b.periods[0].zone(id).expect("zone");
        z.sensitivity.as_ref().map_or(0.0, |s| s.top_k)
    };
    // `even` always beats `weak`, whatever the weights; `weak` passes
    // `a_heavy` only when dimension a gets under 2/7 of the total weight.
    assert!(top3(&b, "weak") < 0.05, "{}", top3(&b, "weak"));
    assert_eq!(top3(&b, "even"), 1.0);
}

#[test]
fn sensitivity_top_k_probability_splits_a_two_way_tie() {
    let s = scorer();
    let options = BenchmarkOptions {
        sensitivity: SensitivityOptions {
            top_k: 1,
            draws: 2000,
            ..SensitivityOptions::default()
        },
        ..BenchmarkOptions::default()
    };
    let b = build(
        &s,
        &BenchmarkSpec::default(),
        &Manifest::default(),
        vec![
            doc(&s, "a_heavy", None, [3, 3, 0]),
            doc(&s, "b_heavy", None, [0, 0, 3]),
        ],
        &options,
    );
    let p: Vec<f64> = b.periods[0]
        .zones
        .iter()
        .map(|z| z.sensitivity.as_ref().map_or(0.0, |s| s.top_k))
        .collect();
    for x in &p {
        assert!((0.4..0.6).contains(x), "{p:?}");
    }
    assert!(
        (p[0] + p[1] - 1.0).abs() < 1e-9,
        "exactly one wins each draw"
    );
}

#[test]
fn zero_draws_skip_the_sensitivity_analysis() {
    let s = scorer();
    let options = BenchmarkOptions {
        sensitivity: SensitivityOptions {
            draws: 0,
            ..SensitivityOptions::default()
        },
        ..BenchmarkOptions::default()
    };
    let b = build(
        &s,
        &BenchmarkSpec::default(),
        &Manifest::default(),
        vec![doc(&s, "x", None, [1, 1, 1])],
        &options,
    );
    assert!(b.periods[0].zones[0].sensitivity.is_none());
}

#[test]
fn bad_sensitivity_options_are_rejected() {
    let s = scorer();
    for sensitivity in [
        SensitivityOptions {
            draws: 2_000_000,
            ..SensitivityOptions::default()
        },
        SensitivityOptions {
            spread: 1.0,
            ..SensitivityOptions::default()
        },
        SensitivityOptions {
            spread: f64::NAN,
            ..SensitivityOptions::default()
        },
    ] {
        let options = BenchmarkOptions {
            sensitivity,
            ..BenchmarkOptions::default()
        };
        let r = Benchmark::new(
            &s,
            &BenchmarkSpec::default(),
            &Manifest::default(),
            Vec::new(),
            &options,
        );
        assert!(
            matches!(
                r,
                Err(BenchmarkError::TooManyDraws { .. } | BenchmarkError::BadSpread { .. })
            ),
            "{r:?}"
        );
    }
}

#[test]
fn documents_of_one_zone_are_combined_as_the_union_of_their_evidence() {
    let s = scorer();
    let b = simple(
        &s,
        vec![
            ScoredDocument::new("z", None, doc_score(&s, "d1", [3, 0, 0])),
            ScoredDocument::new("z", None, doc_score(&s, "d2", [1, 0, 2])),
        ],
    );
    let z = &b.periods[0].zones[0];
    assert_eq!(z.documents, vec!["d1", "d2"]);
    let levels: Vec<u32> = z
        .score
        .dimensions
        .iter()
        .flat_map(|d| d.indicators.iter().map(|i| i.level))
        .collect();
    assert_eq!(levels, vec![3, 0, 2]);
    let a1 = &z.score.dimensions[0].indicators[0];
    assert_eq!(a1.evidence.len(), 2, "evidence of both documents");
}

#[test]
fn by_year_a_zone_without_documents_in_a_period_is_missing_and_changes_skip_it() {
    let s = scorer();
    let options = BenchmarkOptions {
        periods: PeriodMode::ByYear,
        ..BenchmarkOptions::default()
    };
    let b = build(
        &s,
        &BenchmarkSpec::default(),
        &Manifest::default(),
        vec![
            doc(&s, "steady", Some(2021), [1, 0, 0]),
            doc(&s, "steady", Some(2022), [2, 0, 0]),
            doc(&s, "steady", Some(2023), [3, 0, 3]),
            doc(&s, "gappy", Some(2021), [3, 3, 3]),
            doc(&s, "gappy", Some(2023), [3, 3, 0]),
            doc(&s, "undated", None, [1, 1, 1]),
        ],
        &options,
    );
    let periods: Vec<Period> = b.periods.iter().map(|p| p.period).collect();
    assert_eq!(
        periods,
        vec![
            Period::Year(2021),
            Period::Year(2022),
            Period::Year(2023),
            Period::Undated
        ]
    );
    let y2022 = b.period(Period::Year(2022)).expect("2022");
    assert_eq!(y2022.zones.len(), 1);
    let missing: Vec<&str> = y2022.missing.iter().map(|z| z.id.as_str()).collect();
    assert_eq!(missing, vec!["gappy", "undated"]);
    assert!(y2022.zone("gappy").is_none());

    let y2023 = b.period(Period::Year(2023)).expect("2023");
    let gappy = y2023.zone("gappy").and_then(|z| z.change.clone());
    let gappy = gappy.expect("change since 2021");
    assert_eq!(gappy.since, Period::Year(2021));
    assert!((gappy.total - (50.0 - 100.0)).abs() < 1e-9, "{gappy:?}");
    assert_eq!(gappy.rank, 1 - 2, "from 1st of 2 to 2nd of 2");
    assert!((gappy.dimensions[1] + 100.0).abs() < 1e-9);
    let steady = y2023.zone("steady").and_then(|z| z.change.clone());
    assert_eq!(steady.map(|c| c.since), Some(Period::Year(2022)));
    // The first year and the undated period have no changes.
    let first = b.period(Period::Year(2021)).expect("2021");
    assert!(first.zones.iter().all(|z| z.change.is_none()));
    let undated = b.period(Period::Undated).expect("undated");
    assert!(undated.zones.iter().all(|z| z.change.is_none()));
}

#[test]
fn with_no_documents_every_zone_is_missing_from_the_single_period() {
    let s = scorer();
    let manifest = Manifest {
        zones: vec![zone("a", "山东"), zone("b", "吉林")],
        ..Manifest::default()
    };
    let b = build(
        &s,
        &BenchmarkSpec::default(),
        &manifest,
        Vec::new(),
        &BenchmarkOptions::default(),
    );
    assert_eq!(b.periods.len(), 1);
    assert!(b.periods[0].zones.is_empty());
    assert_eq!(b.periods[0].missing.len(), 2);
    for format in [Format::Markdown, Format::Json, Format::Csv, Format::Html] {
        let text = Report::new(&b)
            .render(format)
            .unwrap_or_else(|e| panic!("{e}"));
        assert!(!text.is_empty());
    }
}

#[test]
fn gaps_name_the_best_peer_and_quote_its_evidence_sentence() {
    let s = scorer();
    let b = simple(
        &s,
        vec![
            doc(&s, "leader", None, [3, 2, 3]),
            doc(&s, "second", None, [2, 3, 1]),
            doc(&s, "laggard", None, [1, 0, 0]),
        ],
    );
    let p = &b.periods[0];
    let laggard = p.zone("laggard").expect("laggard");
    let got: Vec<(&str, &str, u32, u32, usize)> = laggard
        .gaps
        .iter()
        .map(|g| {
            (
                g.indicator.as_str(),
                g.peer.as_str(),
                g.level,
                g.peer_level,
                g.peers_ahead,
            )
        })
        .collect();
    assert_eq!(
        got,
        vec![
            ("a1", "leader", 1, 3, 2),
            ("a2", "second", 0, 3, 2),
            ("b1", "leader", 0, 3, 2)
        ]
    );
    let quote = laggard.gaps[1].evidence.as_ref().map(|e| e.text.as_str());
    assert_eq!(quote, Some("second-x a2"));
    assert_eq!(laggard.gaps[1].peer_level_name, "achieved");
    // The leader lags only on a2, where `second` is ahead.
    let leader = p.zone("leader").expect("leader");
    assert_eq!(leader.gaps.len(), 1);
    assert_eq!(leader.gaps[0].peer, "second");
}

#[test]
fn peer_groups_rank_within_the_group_and_take_gaps_from_it() {
    let s = scorer();
    let manifest = Manifest {
        zones: vec![
            zone("sd1", "山东"),
            zone("sd2", "山东"),
            zone("jl1", "吉林"),
            Zone {
                id: "nowhere".into(),
                name: "unknown province".into(),
                ..Zone::default()
            },
        ],
        ..Manifest::default()
    };
    let options = BenchmarkOptions {
        group_by: Some(GroupBy::Province),
        ..BenchmarkOptions::default()
    };
    let b = build(
        &s,
        &BenchmarkSpec::default(),
        &manifest,
        vec![
            doc(&s, "jl1", None, [3, 3, 3]),
            doc(&s, "sd1", None, [2, 0, 1]),
            doc(&s, "sd2", None, [1, 0, 0]),
            doc(&s, "nowhere", None, [0, 0, 0]),
        ],
        &options,
    );
    let p = &b.periods[0];
    let sd2 = p.zone("sd2").expect("sd2");
    assert_eq!(sd2.rank, 3);
    let g = sd2.group.as_ref().expect("grouped");
    assert_eq!(
        (g.key.as_deref(), g.rank, g.size, g.percentile),
        (Some("山东"), 2, 2, 0.0)
    );
    // Gaps only against sd1, never against the better jl1 of another province.
    assert!(sd2.gaps.iter().all(|g| g.peer == "sd1"), "{:?}", sd2.gaps);
    assert_eq!(sd2.gaps.len(), 2);
    let jl1 = p.zone("jl1").expect("jl1");
    assert_eq!(jl1.group.as_ref().map(|g| (g.rank, g.size)), Some((1, 1)));
    assert!(jl1.gaps.is_empty());
    let nowhere = p.zone("nowhere").expect("nowhere");
    assert_eq!(nowhere.group.as_ref().map(|g| g.key.clone()), Some(None));
    let keys: Vec<Option<&str>> = p.groups.iter().map(|g| g.key.as_deref()).collect();
    assert_eq!(keys, vec![None, Some("吉林"), Some("山东")]);
}

#[test]
fn bands_follow_the_rubric_thresholds() {
    let bands = vec![
        Band {
            name: "优秀".into(),
            min: 85.0,
        },
        Band {
            name: "良好".into(),
            min: 70.0,
        },
        Band {
            name: "合格".into(),
            min: 60.0,
        },
    ];
    let name = |t| band_of(&bands, t).map(|b| b.name.as_str());
    assert_eq!(name(100.0), Some("优秀"));
    assert_eq!(name(85.0), Some("优秀"));
    assert_eq!(name(84.99), Some("良好"));
    assert_eq!(name(60.0), Some("合格"));
    assert_eq!(name(59.9), None);
    let s = scorer();
    let spec = BenchmarkSpec {
        bands,
        ..BenchmarkSpec::default()
    };
    let b = build(
        &s,
        &spec,
        &Manifest::default(),
        vec![doc(&s, "x", None, [3, 3, 3]), doc(&s, "y", None, [0, 0, 0])],
        &BenchmarkOptions::default(),
    );
    let got: Vec<Option<&str>> = b.periods[0]
        .zones
        .iter()
        .map(|z| z.band.as_deref())
        .collect();
    assert_eq!(got, vec![Some("优秀"), None]);
}

#[test]
fn scores_from_another_rubric_are_rejected() {
    let s = scorer();
    let other = Scorer::new(&Rubric::builtin().unwrap_or_else(|e| panic!("{e}")))
        .unwrap_or_else(|e| panic!("{e}"));
    let foreign = ScoredDocument::new("z", None, other.score(&Document::from_text("d", "")));
    let r = Benchmark::new(
        &s,
        &BenchmarkSpec::default(),
        &Manifest::default(),
        vec![foreign],
        &BenchmarkOptions::default(),
    );
    assert!(
        matches!(r, Err(BenchmarkError::ForeignScore { .. })),
        "{r:?}"
    );
}

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

mod properties {
    use super::*;
    use proptest::prelude::*;

    fn options() -> BenchmarkOptions {
        BenchmarkOptions {
            sensitivity: SensitivityOptions {
                draws: 50,
                ..SensitivityOptions::default()
            },
            ..BenchmarkOptions::default()
        }
    }

    fn run(s: &Scorer, table: &[[u32; 3]]) -> Benchmark {
        let docs = table
            .iter()
            .enumerate()
            .map(|(i, levels)| doc(s, &format!("z{i:02}"), None, *levels))
            .collect();
        build(
            s,
            &BenchmarkSpec::default(),
            &Manifest::default(),
            docs,
            &options(),
        )
    }

    proptest! {
        /// Invariant 8: the frontier zone of a dimension has distance 100 on
        /// it, distances lie on 0–100, ranks follow totals, and adding a
        /// zone never changes another zone's own scores.
        #[test]
        fn frontier_zone_has_distance_100_and_adding_a_zone_changes_no_score(
            table in prop::collection::vec(prop::array::uniform3(0u32..=3), 1..8),
            extra in prop::array::uniform3(0u32..=3),
        ) {
            let s = scorer();
            let b = run(&s, &table);
            let zones = &b.periods[0].zones;
            for i in 0..b.dimensions.len() {
                let best = zones.iter().map(|z| z.dimension_score(i)).fold(f64::MIN, f64::max);
                for z in zones {
                    let d = z.distance.dimensions[i];
                    prop_assert!((0.0..=100.0).contains(&d));
                    if z.dimension_score(i) == best {
                        prop_assert_eq!(d, 100.0);
                    }
                }
            }
            for x in zones {
                prop_assert!((0.0..=100.0).contains(&x.distance.total));
                for y in zones {
                    if x.score.total > y.score.total + 1e-9 {
                        prop_assert!(x.rank < y.rank);
                    }
                }
            }
            let mut more = table.clone();
            more.push(extra);
            let after = run(&s, &more);
            for z in zones {
                let again = after.periods[0].zone(&z.zone.id);
                prop_assert_eq!(Some(&z.score), again.map(|a| &a.score));
            }
        }
    }
}
