//! Validation end to end on the seed documents and `data/gold/seeds.toml`:
//! the figures agree with the cells they come from, disagreements carry the
//! engine's decisive evidence, and bad inputs are clear errors.
//!
//! The checks are about consistency, not values, so they hold whatever the
//! rubric's current grades are.

use std::path::{Path, PathBuf};
use zone_reform::validate::{
    decisive_evidence, default_docs_dir, Bootstrap, GoldError, GoldFile, Thresholds, ValidateError,
    Validation,
};
use zone_reform::{ingest, Rubric, Scorer};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn scorer() -> Scorer {
    Scorer::new(&Rubric::builtin().unwrap_or_else(|e| panic!("{e}")))
        .unwrap_or_else(|e| panic!("{e}"))
}

fn seeds() -> GoldFile {
    GoldFile::load(root().join("data/gold/seeds.toml")).unwrap_or_else(|e| panic!("{e}"))
}

fn data() -> PathBuf {
    root().join("data")
}

fn quick() -> Bootstrap {
    Bootstrap {
        resamples: 200,
        ..Bootstrap::default()
    }
}

fn run(gold: &GoldFile) -> Result<Validation, ValidateError> {
    Validation::run(&scorer(), gold, &data(), &quick())
}

/// The seeds with some grades changed, so that there are disagreements.
fn altered_seeds() -> GoldFile {
    let text = std::fs::read_to_string(root().join("data/gold/seeds.toml"))
        .unwrap_or_else(|e| panic!("{e}"));
    let mut g = GoldFile::from_toml_str(&text, "altered.toml").unwrap_or_else(|e| panic!("{e}"));
    // Move every fifth grade one step, down when possible.
    let mut k = 0;
    for doc in &mut g.docs {
        for grade in doc.grades.values_mut() {
            if k % 5 == 0 {
                *grade = if *grade > 0 { *grade - 1 } else { 1 };
            }
            k += 1;
        }
    }
    g
}

#[test]
fn seeds_validation_has_one_cell_per_gold_grade_and_one_total_per_document() {
    let gold = seeds();
    let v = run(&gold).unwrap_or_else(|e| panic!("{e}"));
    let graded: usize = gold.docs.iter().map(|d| d.grades.len()).sum();
    assert_eq!(graded, 20);
    assert_eq!(v.cells.len(), 20);
    assert_eq!(v.documents.len(), 5);
    assert_eq!(v.totals.len(), 5);
    for (doc, g) in v.documents.iter().zip(&gold.docs) {
        assert_eq!(doc.file, g.file);
        assert_eq!(doc.gold_sum, g.grade_sum());
        assert_eq!(doc.score.document, g.file);
        assert_eq!(doc.total, doc.score.total);
    }
    // Engine grade of each cell = the dimension's grade in the score.
    for c in &v.cells {
        let doc = v
            .documents
            .iter()
            .find(|d| d.file == c.file)
            .unwrap_or_else(|| panic!("{}", c.file));
        let dim = doc
            .score
            .dimensions
            .iter()
            .find(|d| d.id == c.dimension)
            .unwrap_or_else(|| panic!("{}", c.dimension));
        assert_eq!(c.engine, dim.grade);
        assert_eq!(
            Some(c.gold),
            gold.get(&c.file).and_then(|g| g.grade(&c.dimension))
        );
    }
}

#[test]
fn exact_agreement_equals_the_share_of_equal_cells() {
    for gold in [seeds(), altered_seeds()] {
        let v = run(&gold).unwrap_or_else(|e| panic!("{e}"));
        let equal = v.cells.iter().filter(|c| c.gold == c.engine).count();
        let exact = v.agreement.overall.cells.exact.unwrap_or(f64::NAN);
        assert!((exact - equal as f64 / v.cells.len() as f64).abs() < 1e-12);
        for (dim, d) in &v.agreement.dimensions {
            let cells: Vec<_> = v.cells.iter().filter(|c| &c.dimension == dim).collect();
            let equal = cells.iter().filter(|c| c.gold == c.engine).count();
            assert_eq!(d.n, cells.len());
            let exact = d.exact.unwrap_or(f64::NAN);
            assert!((exact - equal as f64 / cells.len() as f64).abs() < 1e-12);
        }
    }
}

#[test]
fn confusion_matrices_sum_to_the_cells_and_match_them() {
    for gold in [seeds(), altered_seeds()] {
        let v = run(&gold).unwrap_or_else(|e| panic!("{e}"));
        let overall = &v.agreement.overall.cells.confusion;
        assert_eq!(overall.iter().flatten().sum::<u64>(), 20);
        assert_eq!(overall.len(), 4); // grades 0..=3
        for (g, row) in overall.iter().enumerate() {
            for (e, &count) in row.iter().enumerate() {
                let n = v
                    .cells
                    .iter()
                    .filter(|c| c.gold as usize == g && c.engine as usize == e)
                    .count();
                assert_eq!(count, n as u64, "gold {g} engine {e}");
            }
        }
        let mut summed = vec![vec![0u64; 4]; 4];
        for d in v.agreement.dimensions.values() {
            assert_eq!(d.confusion.iter().flatten().sum::<u64>(), 5);
            for (g, row) in d.confusion.iter().enumerate() {
                for (e, &c) in row.iter().enumerate() {
                    summed[g][e] += c;
                }
            }
        }
        assert_eq!(&summed, overall);
        assert_eq!(v.agreement.dimensions.len(), 4);
    }
}

#[test]
fn listed_disagreements_are_exactly_the_unequal_cells() {
    for gold in [seeds(), altered_seeds()] {
        let v = run(&gold).unwrap_or_else(|e| panic!("{e}"));
        let unequal: Vec<_> = v.cells.iter().filter(|c| c.gold != c.engine).collect();
        let listed: Vec<_> = v.disagreements.iter().map(|d| &d.cell).collect();
        assert_eq!(listed, unequal);
    }
    // The altered gold file does disagree.
    let v = run(&altered_seeds()).unwrap_or_else(|e| panic!("{e}"));
    assert!(v.disagreements.len() >= 3, "{:?}", v.disagreements);
}

#[test]
fn each_disagreement_quotes_the_first_evidence_sentence_at_the_engine_grade() {
    let v = run(&altered_seeds()).unwrap_or_else(|e| panic!("{e}"));
    for d in &v.disagreements {
        let doc = v
            .documents
            .iter()
            .find(|x| x.file == d.cell.file)
            .unwrap_or_else(|| panic!("{}", d.cell.file));
        let dim = doc
            .score
            .dimensions
            .iter()
            .find(|x| x.id == d.cell.dimension)
            .unwrap_or_else(|| panic!("{}", d.cell.dimension));
        match &d.evidence {
            None => assert_eq!(d.cell.engine, 0, "{d:?}"),
            Some(e) => {
                assert_eq!(e.evidence.level, d.cell.engine);
                // No evidence at that level starts earlier, in any indicator.
                let earliest = dim
                    .indicators
                    .iter()
                    .flat_map(|i| &i.evidence)
                    .filter(|x| x.level == dim.grade)
                    .map(|x| x.start)
                    .min();
                assert_eq!(Some(e.evidence.start), earliest);
                assert!(dim.indicators.iter().any(|i| i.id == e.indicator));
                // Quoted from the original text.
                let text = ingest::read_path(&data().join(&d.cell.file))
                    .unwrap_or_else(|e| panic!("{e}"))
                    .text;
                assert_eq!(
                    text.get(e.evidence.start..e.evidence.end),
                    Some(&*e.evidence.text)
                );
                assert!(!e.evidence.terms.is_empty());
                assert_eq!(decisive_evidence(dim).as_ref(), Some(e));
            }
        }
        assert_eq!(
            d.zone,
            v.documents
                .iter()
                .find(|x| x.file == d.cell.file)
                .and_then(|x| x.zone.clone())
        );
    }
}

#[test]
fn json_has_overall_dimensions_and_disagreements() {
    let v = run(&altered_seeds()).unwrap_or_else(|e| panic!("{e}"));
    let json = serde_json::to_value(&v).unwrap_or_else(|e| panic!("{e}"));
    for key in [
        "kappa_quadratic",
        "alpha_ordinal",
        "exact",
        "presence_f1",
        "spearman",
    ] {
        assert!(
            json["overall"][key].is_number(),
            "{key}: {}",
            json["overall"]
        );
    }
    assert!(json["dimensions"]["one_stop"]["confusion"].is_array());
    let listed = json["disagreements"].as_array().map_or(0, Vec::len);
    assert_eq!(listed, v.disagreements.len());
    let first = &json["disagreements"][0];
    for key in ["file", "dimension", "gold", "engine", "evidence"] {
        assert!(first.get(key).is_some(), "{key}: {first}");
    }
    assert_eq!(json["rubric"]["id"], "zone_reform");
}

#[test]
fn same_seed_gives_the_same_validation() {
    let a = run(&seeds()).unwrap_or_else(|e| panic!("{e}"));
    let b = run(&seeds()).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(a, b);
}

#[test]
fn gold_document_missing_from_the_docs_directory_is_an_error_naming_the_file() {
    let gold = GoldFile::from_toml_str(
        "[[doc]]\nfile = \"000_00c8d2bd91da5493.txt\"\nstaffing = 2\n\n[[doc]]\nfile = \"nope.txt\"\nstaffing = 1\n",
        "g.toml",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let err = run(&gold).err().unwrap_or_else(|| panic!("no error"));
    assert!(matches!(&err, ValidateError::MissingDocument { file, .. } if file == "nope.txt"));
    let msg = err.to_string();
    assert!(msg.starts_with("g.toml:5:1: document `nope.txt`"), "{msg}");
    assert!(msg.contains("the documents directory"), "{msg}");
}

#[test]
fn gold_dimension_absent_from_the_rubric_is_an_error_naming_it() {
    let gold = GoldFile::from_toml_str(
        "[[doc]]\nfile = \"000_00c8d2bd91da5493.txt\"\nstaffing = 2\ngovernance = 1\n",
        "g.toml",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let err = run(&gold).err().unwrap_or_else(|| panic!("no error"));
    assert!(
        matches!(&err, ValidateError::UnknownDimension { dimension, .. } if dimension == "governance")
    );
    let msg = err.to_string();
    assert!(
        msg.starts_with("g.toml:4:14: dimension `governance`"),
        "{msg}"
    );
    assert!(msg.contains("mgmt_company, staffing, one_stop"), "{msg}");
}

#[test]
fn unknown_dimension_is_reported_before_a_missing_document() {
    let gold = GoldFile::from_toml_str("[[doc]]\nfile = \"nope.txt\"\ngovernance = 1\n", "g.toml")
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(matches!(
        run(&gold),
        Err(ValidateError::UnknownDimension { .. })
    ));
}

#[test]
fn gold_grade_above_the_rubric_highest_level_is_an_error() {
    let gold = GoldFile::from_toml_str(
        "[[doc]]\nfile = \"000_00c8d2bd91da5493.txt\"\nstaffing = 4\n",
        "g.toml",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let err = run(&gold).err().unwrap_or_else(|| panic!("no error"));
    assert!(matches!(
        err,
        ValidateError::Gold(GoldError::GradeAboveMax { grade: 4, .. })
    ));
}

#[test]
fn from_scores_without_a_score_for_a_gold_document_is_an_error() {
    let gold = seeds();
    let err = Validation::from_scores(&scorer(), &gold, &[], &quick())
        .err()
        .unwrap_or_else(|| panic!("no error"));
    assert!(
        matches!(&err, ValidateError::NotScored { file, .. } if file == "000_00c8d2bd91da5493.txt")
    );
}

#[test]
fn bad_bootstrap_settings_are_an_error() {
    let bad = Bootstrap {
        level: 1.5,
        ..Bootstrap::default()
    };
    let err = Validation::run(&scorer(), &seeds(), &data(), &bad).err();
    assert!(matches!(err, Some(ValidateError::Stats(_))));
}

#[test]
fn docs_directory_defaults_to_the_parent_of_the_gold_directory() {
    assert_eq!(
        default_docs_dir(Path::new("data/gold/seeds.toml")),
        Path::new("data")
    );
    assert_eq!(
        default_docs_dir(Path::new("gold/seeds.toml")),
        Path::new(".")
    );
    assert_eq!(default_docs_dir(Path::new("seeds.toml")), Path::new("."));
    assert_eq!(
        default_docs_dir(&root().join("data/gold/seeds.toml")),
        data()
    );
}

/// The seeds with a kind and a collection written into the gold text.
fn seeds_with_kinds(kinds: &[(&str, &str, &str)]) -> GoldFile {
    let mut text = String::new();
    for (file, kind, collection) in kinds {
        let doc = seeds();
        let grades = doc.get(file).map(|d| d.grades.clone()).unwrap_or_default();
        text.push_str(&format!(
            "[[doc]]\nfile = \"{file}\"\n# kind: {kind}\ncollection = \"{collection}\"\n"
        ));
        for (dim, g) in grades {
            text.push_str(&format!("{dim} = {g}\n"));
        }
        text.push('\n');
    }
    GoldFile::from_toml_str(&text, "g.toml").unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn agreement_per_collection_uses_only_that_collections_cells() {
    let gold = seeds_with_kinds(&[
        ("000_00c8d2bd91da5493.txt", "weak", "x"),
        ("002_0df43ffad4ea5701.txt", "reform", "y"),
        ("003_3405dfae66af336f.txt", "reform", "y"),
    ]);
    let v = run(&gold).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(v.collections.keys().collect::<Vec<_>>(), ["x", "y"]);
    let x = &v.collections["x"];
    assert_eq!((x.n_docs, x.agreement.overall.cells.n), (1, 4));
    let y = &v.collections["y"];
    assert_eq!((y.n_docs, y.agreement.overall.cells.n), (2, 8));
    let expected_y = v
        .cells
        .iter()
        .filter(|c| c.file != "000_00c8d2bd91da5493.txt")
        .filter(|c| c.gold == c.engine)
        .count() as f64
        / 8.0;
    assert_eq!(y.agreement.overall.cells.exact, Some(expected_y));
    assert_eq!(v.kinds["reform"].n_docs, 2);
    assert_eq!(v.kinds["weak"].n_docs, 1);
}

#[test]
fn collection_defaults_to_the_file_names_leading_letters() {
    let gold = GoldFile::from_toml_str(
        "[[doc]]\nfile = \"B01_x.txt\"\n\n[[doc]]\nfile = \"sub/C7.txt\"\n\n[[doc]]\nfile = \"000_a.txt\"\n",
        "g.toml",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let names: Vec<&str> = gold.docs.iter().map(|d| d.collection()).collect();
    assert_eq!(names, ["B", "C", ""]);
    assert!(gold.docs.iter().all(|d| d.kind.is_none()));
}

#[test]
fn an_offtopic_document_the_engine_grades_is_listed_and_fails_its_threshold() {
    // 003 scores on every core dimension: as an off-topic control it is a
    // false positive.
    let gold = seeds_with_kinds(&[
        ("003_3405dfae66af336f.txt", "offtopic", "C"),
        ("000_00c8d2bd91da5493.txt", "reform", "B"),
    ]);
    let v = run(&gold).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(v.offtopic_positive.len(), 1);
    assert_eq!(v.kinds["offtopic"].positive_docs, 1);
    let p = &v.offtopic_positive[0];
    assert_eq!(p.file, "003_3405dfae66af336f.txt");
    assert!(!p.dimensions.is_empty() && p.dimensions.iter().all(|(_, g)| *g > 0));
    assert!(p.evidence.is_some());
    let none = Thresholds {
        max_offtopic_positive: Some(0),
        ..Thresholds::default()
    };
    let failures = v.check(&none);
    assert_eq!(failures.len(), 1);
    assert_eq!(failures[0].figure, "offtopic_positive");
    assert_eq!(
        failures[0].to_string(),
        "offtopic_positive = 1 > 0 (must be at most 0)"
    );
    let one = Thresholds {
        max_offtopic_positive: Some(1),
        ..Thresholds::default()
    };
    assert!(v.check(&one).is_empty());
}

#[test]
fn thresholds_fail_exactly_when_the_pooled_figure_is_below_them() {
    let v = run(&seeds()).unwrap_or_else(|e| panic!("{e}"));
    let o = &v.agreement.overall.cells;
    let (qwk, exact, f1) = (
        o.kappa_quadratic.unwrap_or(0.0),
        o.exact.unwrap_or(0.0),
        o.presence_f1.unwrap_or(0.0),
    );
    let at = Thresholds {
        min_qwk: Some(qwk),
        min_exact: Some(exact),
        min_f1: Some(f1),
        max_offtopic_positive: Some(0),
    };
    assert!(v.check(&at).is_empty(), "{:?}", v.check(&at));
    let above = Thresholds {
        min_qwk: Some(qwk + 0.01),
        min_exact: Some(exact + 0.01),
        min_f1: Some(f1 + 0.01),
        max_offtopic_positive: None,
    };
    let figures: Vec<&str> = v.check(&above).iter().map(|f| f.figure).collect();
    assert_eq!(figures, ["qwk", "exact", "f1"]);
}

#[test]
fn a_kind_comment_must_name_a_known_kind_once() {
    let bad = GoldFile::from_toml_str("[[doc]]\nfile = \"a.txt\"\n# kind: off-topic\n", "g.toml");
    let err = bad.err().map(|e| e.to_string()).unwrap_or_default();
    assert!(
        err.starts_with("g.toml:3:1: unknown document kind `off-topic`"),
        "{err}"
    );
    let twice = GoldFile::from_toml_str(
        "[[doc]]\nfile = \"a.txt\"\n# kind: weak\n# kind: reform\n",
        "g.toml",
    );
    assert!(matches!(
        twice,
        Err(GoldError::DuplicateKind { first_line: 3, .. })
    ));
    let ok = GoldFile::from_toml_str(
        "[[doc]]\nfile = \"a.txt\"\n# kind: weak\n\n[[doc]]\nfile = \"b.txt\"\nstaffing = 1 # kind: reform is not a kind line\n",
        "g.toml",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(ok.docs[0].kind.as_deref(), Some("weak"));
    assert_eq!(ok.docs[1].kind, None);
}
