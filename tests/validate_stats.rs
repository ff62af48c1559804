//! Cross-checks of the `validate` statistics against reference values, the
//! degenerate cases and the bootstrap (gold-file errors: `gold_errors.rs`).
//!
//! Reference values marked "sklearn / krippendorff / scipy" were computed
//! with Python 3 in a scratch venv: scikit-learn 1.9.1 (`cohen_kappa_score(g,
//! e, labels=[0..=k], weights=None|"linear"|"quadratic")`,
//! `precision_recall_fscore_support(g > 0, e > 0, average="binary")`),
//! krippendorff 0.9.0 (`alpha(reliability_data=[g, e],
//! level_of_measurement="ordinal", value_domain=[0..=k])`, also checked
//! against a direct transcription of Krippendorff 2011's formulas) and SciPy
//! 1.17.1 (`spearmanr`). Printed with `repr`, pasted here.

use approx::assert_relative_eq;
use proptest::prelude::*;
use zone_reform::validate::{
    disagreements, spearman, Agreement, Bootstrap, Cell, ConfusionMatrix, GoldFile,
    OrdinalAgreement, StatsError, Weighting,
};

const EPS: f64 = 1e-12;

/// Pairs from a table of counts (gold rows × engine columns), in row order.
fn expand(table: &[&[u32]]) -> Vec<(u32, u32)> {
    let mut pairs = Vec::new();
    for (g, row) in table.iter().enumerate() {
        for (e, &c) in row.iter().enumerate() {
            for _ in 0..c {
                pairs.push((g as u32, e as u32));
            }
        }
    }
    pairs
}

fn no_bootstrap() -> Bootstrap {
    Bootstrap {
        resamples: 0,
        ..Bootstrap::default()
    }
}

fn agreement(pairs: &[(u32, u32)], k: u32) -> OrdinalAgreement {
    OrdinalAgreement::from_pairs(pairs, k, &no_bootstrap()).unwrap()
}

/// Expected figures for one table.
struct Expected {
    exact: f64,
    kappa: f64,
    linear: f64,
    quadratic: f64,
    alpha: f64,
    precision: f64,
    recall: f64,
    f1: f64,
    rho: f64,
}

fn check(pairs: &[(u32, u32)], k: u32, x: Expected) {
    let a = agreement(pairs, k);
    assert_relative_eq!(a.exact.unwrap(), x.exact, epsilon = EPS);
    assert_relative_eq!(a.kappa.unwrap(), x.kappa, epsilon = EPS);
    assert_relative_eq!(a.kappa_linear.unwrap(), x.linear, epsilon = EPS);
    assert_relative_eq!(a.kappa_quadratic.unwrap(), x.quadratic, epsilon = EPS);
    assert_relative_eq!(a.alpha_ordinal.unwrap(), x.alpha, epsilon = EPS);
    assert_relative_eq!(a.presence_precision.unwrap(), x.precision, epsilon = EPS);
    assert_relative_eq!(a.presence_recall.unwrap(), x.recall, epsilon = EPS);
    assert_relative_eq!(a.presence_f1.unwrap(), x.f1, epsilon = EPS);
    assert_relative_eq!(a.spearman_grades.unwrap(), x.rho, epsilon = EPS);
}

#[test]
fn textbook_binary_kappa() {
    // Wikipedia, "Cohen's kappa", worked example: 50 items, table
    // [[20, 5], [10, 15]] → p_o = 0.7, p_e = 0.5, κ = 0.4 (by hand). With two
    // categories all weightings coincide. α and ρ: krippendorff / scipy.
    check(
        &expand(&[&[20, 5], &[10, 15]]),
        1,
        Expected {
            exact: 0.7,
            kappa: 0.4,
            linear: 0.4,
            quadratic: 0.4,
            alpha: 0.4,
            precision: 0.75,
            recall: 0.6,
            f1: 0.6666666666666666,
            rho: 0.4082482904638631,
        },
    );
    // Wikipedia's second example [[45, 15], [25, 15]]: κ = 0.1304 (3/23).
    check(
        &expand(&[&[45, 15], &[25, 15]]),
        1,
        Expected {
            exact: 0.6,
            kappa: 3.0 / 23.0,
            linear: 0.13043478260869568,
            quadratic: 0.13043478260869568,
            alpha: 0.12527472527472516,
            precision: 0.5,
            recall: 0.375,
            f1: 0.42857142857142855,
            rho: 0.1336306209562122,
        },
    );
}

#[test]
fn four_level_tables_match_sklearn_and_krippendorff() {
    // Mostly diagonal table, grades 0..=3 (sklearn / krippendorff / scipy).
    check(
        &expand(&[&[5, 2, 0, 0], &[1, 4, 2, 0], &[0, 1, 5, 2], &[0, 0, 1, 7]]),
        3,
        Expected {
            exact: 0.7,
            kappa: 0.5988112927191679,
            linear: 0.7584973166368515,
            quadratic: 0.8789237668161435,
            alpha: 0.8809487750556793,
            precision: 0.9166666666666666,
            recall: 0.9565217391304348,
            f1: 0.9361702127659575,
            rho: 0.8834238633973666,
        },
    );
    // A noisy table (sklearn / krippendorff / scipy).
    check(
        &expand(&[&[3, 1, 2, 0], &[2, 1, 0, 1], &[0, 2, 1, 3], &[1, 0, 0, 2]]),
        3,
        Expected {
            exact: 0.3684210526315789,
            kappa: 0.1648351648351648,
            linear: 0.3142250530785562,
            quadratic: 0.43487179487179484,
            alpha: 0.4441472129144528,
            precision: 0.7692307692307693,
            recall: 0.7692307692307693,
            f1: 0.7692307692307693,
            rho: 0.45312500000000006,
        },
    );
}

#[test]
fn off_by_one_shift_by_hand() {
    // gold 0,1,2 vs engine 1,2,3. By hand: κ = −2/7, κ_lin = 2/11,
    // κ_quad = 4/7 (see the unit test in stats.rs); α from krippendorff.
    let a = agreement(&[(0, 1), (1, 2), (2, 3)], 3);
    assert_relative_eq!(a.kappa.unwrap(), -2.0 / 7.0, epsilon = EPS);
    assert_relative_eq!(a.kappa_linear.unwrap(), 2.0 / 11.0, epsilon = EPS);
    assert_relative_eq!(a.kappa_quadratic.unwrap(), 4.0 / 7.0, epsilon = EPS);
    assert_relative_eq!(a.alpha_ordinal.unwrap(), 0.5707070707070707, epsilon = EPS);
    assert_eq!(a.exact, Some(0.0));
    assert_relative_eq!(a.spearman_grades.unwrap(), 1.0, epsilon = EPS);
    assert_eq!(a.presence_counts, [2, 1, 0]);
    assert_relative_eq!(a.presence_f1.unwrap(), 0.8, epsilon = EPS);
    assert_eq!(a.mean_gold, Some(1.0));
    assert_eq!(a.mean_engine, Some(2.0));
}

#[test]
fn one_category_only_is_undefined() {
    // Both raters give every item grade 2: p_e = 1, κ = 0/0 (sklearn: NaN),
    // α = 0/0 (krippendorff: NaN), ρ = 0/0 (scipy: NaN) → None.
    let a = agreement(&[(2, 2); 5], 3);
    assert_eq!(a.exact, Some(1.0));
    assert_eq!(a.kappa, None);
    assert_eq!(a.kappa_linear, None);
    assert_eq!(a.kappa_quadratic, None);
    assert_eq!(a.alpha_ordinal, None);
    assert_eq!(a.spearman_grades, None);
    assert_eq!(a.presence_f1, Some(1.0));
    assert_eq!(a.confusion[2][2], 5);
    // Same when the one grade is 0: nothing present, so presence is undefined too.
    let z = agreement(&[(0, 0); 3], 3);
    assert_eq!(z.kappa, None);
    assert_eq!(
        (z.presence_precision, z.presence_recall, z.presence_f1),
        (None, None, None)
    );
}

#[test]
fn perfect_agreement() {
    // sklearn / krippendorff: 1.0 for every figure.
    let a = agreement(&[(0, 0), (1, 1), (3, 3)], 3);
    for v in [
        a.exact,
        a.kappa,
        a.kappa_linear,
        a.kappa_quadratic,
        a.alpha_ordinal,
        a.presence_f1,
        a.spearman_grades,
    ] {
        assert_relative_eq!(v.unwrap(), 1.0, epsilon = EPS);
    }
}

#[test]
fn total_disagreement() {
    // Full reversal 0,0,3,3 vs 3,3,0,0: κ = −1 for every weighting, α = −0.75
    // (sklearn / krippendorff; α also by hand in stats.rs), ρ = −1.
    let a = agreement(&[(0, 3), (0, 3), (3, 0), (3, 0)], 3);
    assert_eq!(a.exact, Some(0.0));
    assert_relative_eq!(a.kappa.unwrap(), -1.0, epsilon = EPS);
    assert_relative_eq!(a.kappa_linear.unwrap(), -1.0, epsilon = EPS);
    assert_relative_eq!(a.kappa_quadratic.unwrap(), -1.0, epsilon = EPS);
    assert_relative_eq!(a.alpha_ordinal.unwrap(), -0.75, epsilon = EPS);
    assert_relative_eq!(a.spearman_grades.unwrap(), -1.0, epsilon = EPS);
    assert_eq!(a.presence_f1, Some(0.0));
    // Gold all 0, engine all 3: p_o = p_e = 0 → κ = 0 (sklearn), α = −0.75
    // (krippendorff); precision 0, recall undefined, F1 0 (sklearn), ρ undefined.
    let b = agreement(&[(0, 3); 4], 3);
    assert_eq!(b.kappa, Some(0.0));
    assert_eq!(b.kappa_quadratic, Some(0.0));
    assert_relative_eq!(b.alpha_ordinal.unwrap(), -0.75, epsilon = EPS);
    assert_eq!(b.presence_precision, Some(0.0));
    assert_eq!(b.presence_recall, None);
    assert_eq!(b.presence_f1, Some(0.0));
    assert_eq!(b.spearman_grades, None);
}

#[test]
fn single_item() {
    // One disagreeing item (1 vs 2): κ = 0 (sklearn), α = 0 (krippendorff).
    let a = agreement(&[(1, 2)], 3);
    assert_eq!(a.n, 1);
    assert_eq!(a.exact, Some(0.0));
    assert_eq!(a.kappa, Some(0.0));
    assert_eq!(a.kappa_quadratic, Some(0.0));
    assert_eq!(a.alpha_ordinal, Some(0.0));
    assert_eq!(a.spearman_grades, None);
    // One agreeing item: one category only → undefined (sklearn, krippendorff: NaN).
    let b = agreement(&[(1, 1)], 3);
    assert_eq!(b.exact, Some(1.0));
    assert_eq!((b.kappa, b.alpha_ordinal), (None, None));
}

#[test]
fn empty_input() {
    let a = OrdinalAgreement::from_pairs(&[], 3, &Bootstrap::default()).unwrap();
    assert_eq!(a.n, 0);
    assert_eq!(
        (a.exact, a.kappa, a.alpha_ordinal, a.presence_f1),
        (None, None, None, None)
    );
    assert_eq!(a.exact_ci, None);
    assert_eq!(a.confusion, vec![vec![0; 4]; 4]);
    let all = Agreement::compute(&[], &[], 3, &Bootstrap::default()).unwrap();
    assert!(all.dimensions.is_empty());
    assert_eq!(all.overall.spearman, None);
}

#[test]
fn spearman_reference_values() {
    // scipy.stats.spearmanr
    let rho = spearman(
        &[1.0, 2.0, 2.0, 3.0, 5.0, 7.5],
        &[2.0, 1.0, 4.0, 4.0, 6.0, 6.0],
    )
    .unwrap();
    assert_relative_eq!(rho.unwrap(), 0.8508410434878082, epsilon = EPS);
    let rho = spearman(&[10.0, 20.0, 30.0, 40.0, 50.0], &[1.0, 3.0, 2.0, 5.0, 4.0]).unwrap();
    assert_relative_eq!(rho.unwrap(), 0.8, epsilon = EPS);
    // Zero variance, too few items.
    assert_eq!(spearman(&[1.0, 2.0, 3.0], &[4.0; 3]).unwrap(), None);
    assert_eq!(spearman(&[1.0], &[2.0]).unwrap(), None);
    assert_eq!(spearman(&[], &[]).unwrap(), None);
    assert!(matches!(
        spearman(&[1.0, 2.0], &[1.0]),
        Err(StatsError::LengthMismatch { left: 2, right: 1 })
    ));
    assert!(matches!(
        spearman(&[1.0, 2.0], &[1.0, f64::NAN]),
        Err(StatsError::NotFinite { index: 1, .. })
    ));
}

#[test]
fn bootstrap_matches_python_transcription() {
    // The noisy 4-level table above, 2000 resamples, seed 42, level 0.95.
    // Reference: a Python transcription of this crate's bootstrap (SplitMix64,
    // Lemire's bounded draw, pairs in sorted (gold, engine) order) calling
    // sklearn's cohen_kappa_score and krippendorff.alpha per resample, then
    // numpy.quantile([0.025, 0.975]).
    let pairs = expand(&[&[3, 1, 2, 0], &[2, 1, 0, 1], &[0, 2, 1, 3], &[1, 0, 0, 2]]);
    let b = Bootstrap {
        resamples: 2000,
        seed: 42,
        level: 0.95,
    };
    let a = OrdinalAgreement::from_pairs(&pairs, 3, &b).unwrap();
    let [lo, hi] = a.kappa_quadratic_ci.unwrap();
    assert!(lo.abs() < 1e-9, "{lo}"); // Python: -5.551115123116001e-18
    assert_relative_eq!(hi, 0.7485216232569839, epsilon = 1e-9);
    let [lo, hi] = a.alpha_ordinal_ci.unwrap();
    assert_relative_eq!(lo, -0.005123650222505748, epsilon = 1e-9);
    assert_relative_eq!(hi, 0.7456962003051225, epsilon = 1e-9);

    // The generic interval draws the same resamples.
    let generic = b
        .interval(pairs.len(), |idx| {
            let resample: Vec<(u32, u32)> = idx.iter().map(|&i| pairs[i]).collect();
            ConfusionMatrix::from_pairs(&resample, 3)
                .ok()?
                .cohen_kappa(Weighting::Quadratic)
        })
        .unwrap()
        .unwrap();
    assert_relative_eq!(generic[1], 0.7485216232569839, epsilon = 1e-9);
}

#[test]
fn bootstrap_is_reproducible_and_covers_the_estimate() {
    let pairs = expand(&[&[5, 2, 0, 0], &[1, 4, 2, 0], &[0, 1, 5, 2], &[0, 0, 1, 7]]);
    let seeded = |seed| {
        OrdinalAgreement::from_pairs(
            &pairs,
            3,
            &Bootstrap {
                seed,
                ..Bootstrap::default()
            },
        )
        .unwrap()
    };
    let (a, again, other) = (seeded(1), seeded(1), seeded(2));
    assert_eq!(a, again, "same seed, same intervals");
    assert_ne!(
        a.kappa_ci, other.kappa_ci,
        "another seed draws other resamples"
    );
    for (point, ci) in [
        (a.exact, a.exact_ci),
        (a.kappa, a.kappa_ci),
        (a.kappa_linear, a.kappa_linear_ci),
        (a.kappa_quadratic, a.kappa_quadratic_ci),
        (a.alpha_ordinal, a.alpha_ordinal_ci),
        (a.presence_f1, a.presence_f1_ci),
        (a.spearman_grades, a.spearman_grades_ci),
    ] {
        let (p, [lo, hi]) = (point.unwrap(), ci.unwrap());
        assert!(lo <= p && p <= hi && lo < hi, "{lo} <= {p} <= {hi}");
    }
    // An undefined figure has no interval.
    let one = OrdinalAgreement::from_pairs(&[(2, 2); 5], 3, &Bootstrap::default()).unwrap();
    assert_eq!((one.kappa_ci, one.alpha_ordinal_ci), (None, None));
    assert_eq!(one.exact_ci, Some([1.0, 1.0]));
    // A bad level is an error, not a panic.
    let bad = Bootstrap {
        level: 1.5,
        ..Bootstrap::default()
    };
    assert!(matches!(
        OrdinalAgreement::from_pairs(&pairs, 3, &bad),
        Err(StatsError::InvalidLevel { .. })
    ));
}

/// The seed documents' gold grades paired with an invented engine run.
fn seed_cells() -> (Vec<Cell>, Vec<(f64, f64)>) {
    let gold =
        GoldFile::load(concat!(env!("CARGO_MANIFEST_DIR"), "/data/gold/seeds.toml")).unwrap();
    // engine grades per file, in the order mgmt_company, staffing, one_stop, investment
    let engine: [(&str, [u32; 4]); 5] = [
        ("000_00c8d2bd91da5493.txt", [0, 1, 2, 1]),
        ("001_d053e63b2fb7379c.txt", [1, 0, 2, 2]),
        ("002_0df43ffad4ea5701.txt", [0, 0, 2, 3]),
        ("003_3405dfae66af336f.txt", [3, 2, 3, 3]),
        ("004_a3fd544edaa62632.txt", [3, 3, 3, 2]),
    ];
    let dims = ["mgmt_company", "staffing", "one_stop", "investment"];
    let cells = gold.pair_with(|file, dim| {
        let (_, grades) = engine.iter().find(|(f, _)| *f == file)?;
        Some(grades[dims.iter().position(|d| *d == dim)?])
    });
    let totals = engine
        .iter()
        .map(|(f, g)| {
            let engine_total = f64::from(g.iter().sum::<u32>()) / 12.0 * 100.0;
            (engine_total, gold.get(f).unwrap().grade_sum() as f64)
        })
        .collect();
    (cells, totals)
}

#[test]
fn agreement_on_the_seed_documents() {
    let (cells, totals) = seed_cells();
    assert_eq!(cells.len(), 20);
    let a = Agreement::compute(&cells, &totals, 3, &Bootstrap::default()).unwrap();
    // sklearn / krippendorff / scipy on the 20 pooled cells
    let o = &a.overall.cells;
    assert_eq!(o.n, 20);
    assert_relative_eq!(o.exact.unwrap(), 0.75, epsilon = EPS);
    assert_relative_eq!(o.kappa.unwrap(), 0.646643109540636, epsilon = EPS);
    assert_relative_eq!(o.kappa_linear.unwrap(), 0.8062015503875969, epsilon = EPS);
    assert_relative_eq!(o.kappa_quadratic.unwrap(), 0.911660777385159, epsilon = EPS);
    assert_relative_eq!(o.alpha_ordinal.unwrap(), 0.8697141061891297, epsilon = EPS);
    assert_relative_eq!(o.presence_precision.unwrap(), 0.9375, epsilon = EPS);
    assert_relative_eq!(o.presence_recall.unwrap(), 1.0, epsilon = EPS);
    assert_relative_eq!(o.presence_f1.unwrap(), 0.967741935483871, epsilon = EPS);
    assert_relative_eq!(
        o.spearman_grades.unwrap(),
        0.8998070857206453,
        epsilon = EPS
    );
    // engine totals (33.3, 41.7, 41.7, 91.7, 91.7) vs gold sums (5, 4, 6, 12, 12)
    assert_eq!(a.overall.n_docs, 5);
    assert_relative_eq!(
        a.overall.spearman.unwrap(),
        0.8111071056538127,
        epsilon = EPS
    );
    // per dimension
    let d = &a.dimensions["mgmt_company"];
    assert_eq!(d.n, 5);
    assert_relative_eq!(d.kappa.unwrap(), 0.6666666666666667, epsilon = EPS);
    assert_relative_eq!(
        d.kappa_quadratic.unwrap(),
        0.9504950495049505,
        epsilon = EPS
    );
    assert_relative_eq!(d.alpha_ordinal.unwrap(), 0.88, epsilon = EPS);
    assert_relative_eq!(d.presence_precision.unwrap(), 2.0 / 3.0, epsilon = EPS);
    let d = &a.dimensions["staffing"];
    assert_relative_eq!(d.kappa_linear.unwrap(), 0.7222222222222223, epsilon = EPS);
    assert_relative_eq!(
        d.kappa_quadratic.unwrap(),
        0.8809523809523809,
        epsilon = EPS
    );
    assert_relative_eq!(d.alpha_ordinal.unwrap(), 0.898, epsilon = EPS);
    let d = &a.dimensions["one_stop"];
    assert_relative_eq!(
        d.kappa_quadratic.unwrap(),
        0.6153846153846154,
        epsilon = EPS
    );
    assert_relative_eq!(d.alpha_ordinal.unwrap(), 0.64, epsilon = EPS);
    assert_relative_eq!(
        d.spearman_grades.unwrap(),
        0.6666666666666667,
        epsilon = EPS
    );
    let d = &a.dimensions["investment"];
    assert_relative_eq!(d.kappa.unwrap(), 0.6875, epsilon = EPS);
    assert_relative_eq!(
        d.kappa_quadratic.unwrap(),
        0.8387096774193548,
        epsilon = EPS
    );
    assert_relative_eq!(d.alpha_ordinal.unwrap(), 0.7942857142857143, epsilon = EPS);

    // the disagreeing cells, in input order
    let off: Vec<(&str, &str, u32, u32)> = disagreements(&cells)
        .into_iter()
        .map(|c| (c.file.as_str(), c.dimension.as_str(), c.gold, c.engine))
        .collect();
    assert_eq!(
        off,
        [
            ("000_00c8d2bd91da5493.txt", "staffing", 2, 1),
            ("001_d053e63b2fb7379c.txt", "mgmt_company", 0, 1),
            ("002_0df43ffad4ea5701.txt", "one_stop", 3, 2),
            ("003_3405dfae66af336f.txt", "staffing", 3, 2),
            ("004_a3fd544edaa62632.txt", "investment", 3, 2),
        ]
    );
}

#[test]
fn agreement_json_shape() {
    let (cells, totals) = seed_cells();
    let a = Agreement::compute(&cells, &totals, 3, &Bootstrap::default()).unwrap();
    let json = serde_json::to_value(&a).unwrap();
    for key in [
        "kappa",
        "kappa_linear",
        "kappa_quadratic",
        "alpha_ordinal",
        "exact",
        "presence_precision",
        "presence_recall",
        "presence_f1",
        "spearman",
        "spearman_grades",
        "n",
        "n_docs",
    ] {
        assert!(json["overall"][key].is_number(), "overall.{key}: {json}");
    }
    let ci = &json["overall"]["kappa_quadratic_ci"];
    assert_eq!(ci.as_array().map(Vec::len), Some(2), "{ci}");
    assert_eq!(
        json["overall"]["confusion"].as_array().map(Vec::len),
        Some(4)
    );
    assert!(json["dimensions"]["staffing"]["kappa_quadratic"].is_number());
    assert_eq!(json["bootstrap"]["resamples"], 2000);
    // undefined figures are null, not NaN
    let one = vec![Cell {
        file: "a".into(),
        dimension: "d".into(),
        gold: 1,
        engine: 1,
    }];
    let a = Agreement::compute(&one, &[], 3, &Bootstrap::default()).unwrap();
    let json = serde_json::to_string(&a).unwrap();
    assert!(json.contains("\"kappa\":null"), "{json}");
    assert!(!json.contains("NaN"));
}

#[test]
fn agreement_rejects_bad_cells() {
    let cell = |file: &str, gold, engine| Cell {
        file: file.into(),
        dimension: "staffing".into(),
        gold,
        engine,
    };
    let err = Agreement::compute(&[cell("a", 1, 4)], &[], 3, &Bootstrap::default()).unwrap_err();
    assert!(matches!(
        err,
        StatsError::CellOutOfRange {
            rater: "engine",
            grade: 4,
            ..
        }
    ));
    assert!(err.to_string().contains("a / staffing"), "{err}");
    let err = Agreement::compute(
        &[cell("a", 1, 1), cell("a", 2, 2)],
        &[],
        3,
        &Bootstrap::default(),
    )
    .unwrap_err();
    assert!(matches!(err, StatsError::DuplicateCell { .. }), "{err}");
    let err =
        Agreement::compute(&[], &[(1.0, f64::INFINITY)], 3, &Bootstrap::default()).unwrap_err();
    assert!(
        matches!(err, StatsError::NotFinite { index: 0, .. }),
        "{err}"
    );
    let err = Agreement::compute(&[], &[], u32::MAX, &Bootstrap::default()).unwrap_err();
    assert!(matches!(err, StatsError::MaxGradeTooLarge { .. }), "{err}");
}

// ---- properties ----

fn pairs_strategy() -> impl Strategy<Value = Vec<(u32, u32)>> {
    prop::collection::vec((0u32..=3, 0u32..=3), 0..40)
}

fn few_resamples() -> Bootstrap {
    Bootstrap {
        resamples: 30,
        ..Bootstrap::default()
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn kappa_in_range_alpha_at_most_one(pairs in pairs_strategy()) {
        let m = ConfusionMatrix::from_pairs(&pairs, 3).unwrap();
        for w in [Weighting::Unweighted, Weighting::Linear, Weighting::Quadratic] {
            if let Some(k) = m.cohen_kappa(w) {
                prop_assert!((-1.0..=1.0).contains(&k), "{w:?} κ = {k}");
            }
        }
        if let Some(a) = m.krippendorff_alpha_ordinal() {
            prop_assert!(a <= 1.0, "α = {a}");
        }
        // Defined exactly when at least two grades occur.
        let mut used: Vec<u32> = pairs.iter().flat_map(|&(g, e)| [g, e]).collect();
        used.sort_unstable();
        used.dedup();
        prop_assert_eq!(m.cohen_kappa(Weighting::Unweighted).is_some(), used.len() >= 2);
        prop_assert_eq!(m.krippendorff_alpha_ordinal().is_some(), used.len() >= 2);
        // Unused top grades change nothing.
        let wide = ConfusionMatrix::from_pairs(&pairs, 6).unwrap();
        prop_assert_eq!(wide.cohen_kappa(Weighting::Linear), m.cohen_kappa(Weighting::Linear));
        prop_assert_eq!(wide.krippendorff_alpha_ordinal(), m.krippendorff_alpha_ordinal());
    }

    #[test]
    fn permuting_items_changes_nothing(
        (pairs, shuffled) in pairs_strategy().prop_flat_map(|p| (Just(p.clone()), Just(p).prop_shuffle()))
    ) {
        let a = OrdinalAgreement::from_pairs(&pairs, 3, &few_resamples()).unwrap();
        let b = OrdinalAgreement::from_pairs(&shuffled, 3, &few_resamples()).unwrap();
        prop_assert_eq!(a, b);
    }

    #[test]
    fn spearman_of_grades_agrees_with_vectors(pairs in pairs_strategy()) {
        let m = ConfusionMatrix::from_pairs(&pairs, 3).unwrap();
        let x: Vec<f64> = pairs.iter().map(|p| f64::from(p.0)).collect();
        let y: Vec<f64> = pairs.iter().map(|p| f64::from(p.1)).collect();
        match (m.spearman(), spearman(&x, &y).unwrap()) {
            (None, None) => {}
            (Some(a), Some(b)) => prop_assert!((a - b).abs() < 1e-9, "{a} vs {b}"),
            other => prop_assert!(false, "{other:?}"),
        }
    }

    #[test]
    fn document_order_does_not_change_totals_figures(
        (totals, shuffled) in prop::collection::vec((0.0f64..100.0, 0u32..12), 0..12)
            .prop_flat_map(|t| (Just(t.clone()), Just(t).prop_shuffle()))
    ) {
        let conv = |v: &[(f64, u32)]| v.iter().map(|&(a, b)| (a, f64::from(b))).collect::<Vec<_>>();
        let a = Agreement::compute(&[], &conv(&totals), 3, &few_resamples()).unwrap();
        let b = Agreement::compute(&[], &conv(&shuffled), 3, &few_resamples()).unwrap();
        prop_assert_eq!(a.overall.spearman_ci, b.overall.spearman_ci);
        if let Some(r) = a.overall.spearman {
            prop_assert!((-1.0..=1.0).contains(&r));
            prop_assert!((r - b.overall.spearman.unwrap()).abs() < 1e-12);
        }
    }
}
