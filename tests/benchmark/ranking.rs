//! Ranks and ties, frontier distance (observed and fixed), weight sensitivity.

use super::*;

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
