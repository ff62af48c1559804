//! Zones combined from their documents, periods and changes, gaps, peer groups, bands.

use super::*;

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
    let quote = laggard.gaps[1].evidence.as_ref().map(|e| &*e.text);
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
