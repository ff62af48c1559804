//! Test kit (cargo feature `testkit`): proptest strategies that build
//! documents from a rubric's own phrases, and [`check_rubric_invariants`],
//! which checks a rubric against the invariants of the design.
//!
//! Enable it for your tests only:
//!
//! ```toml
//! [dev-dependencies]
//! zone-reform = { version = "0.1", features = ["testkit"] }
//! ```
//!
//! Then, in a test of your own rubric:
//!
//! ```
//! use zone_reform::{testkit, Rubric};
//!
//! let rubric = Rubric::from_toml_str(r#"
//!     [rubric]
//!     id = "mine"
//!     version = "1"
//!
//!     [[levels]]
//!     name = "mention"
//!     value = 1
//!
//!     [[levels]]
//!     name = "done"
//!     value = 2
//!     cues = ["已", "完成"]
//!     unless = ["将"]
//!
//!     [negation]
//!     cues = ["尚未"]
//!
//!     [[dimensions]]
//!     id = "one_stop"
//!     name = "一站式服务"
//!
//!       [[dimensions.indicators]]
//!       id = "window"
//!       any = ["一窗受理", "一站式"]
//!       exclude = ["一站式购物"]
//! "#, None)?;
//! // 64 generated documents per invariant; use testkit::cases_from_env()
//! // to honour PROPTEST_CASES.
//! if let Err(violation) = testkit::check_rubric_invariants(&rubric, 64) {
//!     panic!("{violation}");
//! }
//! # Ok::<(), zone_reform::RubricError>(())
//! ```
//!
//! The documents ([`document_strategy`], [`structured_document_strategy`])
//! are made of sentences built from the rubric's terms, exclusions, level
//! cues and `unless` cues, negation cues, counting units with numbers and
//! neutral phrases, mixed with filler words and clause marks, and rendered
//! in either script (Traditional through the inverse of the engine's own
//! table), with full-width forms, upper-case Latin letters and pinyin glosses
//! (`區(qū)`). Lines of site boilerplate (ICP/备案 lines, copyright footers,
//! navigation bars, related-link lists) are mixed in, some of them carrying
//! rubric terms that must not count.
//!
//! What "appending" and "reordering sentences" mean here: every generated
//! content sentence ends with a sentence terminator (`。！？!?`), and
//! sentences are appended on a new line, or moved within their line, or
//! whole lines are moved (a related-link list moves as one block). That is
//! the scope in which the invariants are promised; see the crate docs.
//!
//! The property functions (`check_*`) are public so that a test can drive
//! them with its own strategies; each returns `Err(reason)` when its
//! invariant does not hold for the given input.

use crate::{Rubric, Scorer};
use proptest::prelude::*;
use proptest::test_runner::{Config, RngAlgorithm, TestCaseError, TestError, TestRng, TestRunner};
use std::fmt;

pub use proptest;

/// The invariants of the design (DESIGN.md), numbered as there.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Invariant {
    /// 1. Every score lies in its range; totals in [0, 100]; grades in
    ///    [0, L_max] (and evidence quotes lie inside the document).
    ScoresInRange,
    /// 2. Appending sentences never lowers any indicator level.
    AppendingNeverLowers,
    /// 3. Reordering sentences, dimensions or indicators changes no score.
    ReorderingChangesNothing,
    /// 4. Scaling all weights by a positive constant changes no score.
    WeightScaling,
    /// 5. Traditional and Simplified forms of a text score the same.
    ScriptIndependence,
    /// 6. Normalization is idempotent; an empty document scores 0 everywhere.
    NormalizationIdempotent,
    /// 7. A rubric serialized and parsed again compiles to an equal scorer.
    SerializationRoundTrip,
    /// 8. Adding a zone never changes another zone's own scores.
    ZonesIndependent,
}

impl Invariant {
    /// All invariants, in order.
    pub const ALL: [Invariant; 8] = [
        Invariant::ScoresInRange,
        Invariant::AppendingNeverLowers,
        Invariant::ReorderingChangesNothing,
        Invariant::WeightScaling,
        Invariant::ScriptIndependence,
        Invariant::NormalizationIdempotent,
        Invariant::SerializationRoundTrip,
        Invariant::ZonesIndependent,
    ];

    /// The invariant's number in DESIGN.md.
    pub fn number(self) -> u8 {
        match self {
            Invariant::ScoresInRange => 1,
            Invariant::AppendingNeverLowers => 2,
            Invariant::ReorderingChangesNothing => 3,
            Invariant::WeightScaling => 4,
            Invariant::ScriptIndependence => 5,
            Invariant::NormalizationIdempotent => 6,
            Invariant::SerializationRoundTrip => 7,
            Invariant::ZonesIndependent => 8,
        }
    }

    /// What the invariant promises, in one line.
    pub fn statement(self) -> &'static str {
        match self {
            Invariant::ScoresInRange => "every score lies in its range",
            Invariant::AppendingNeverLowers => {
                "appending sentences never lowers an indicator level"
            }
            Invariant::ReorderingChangesNothing => {
                "reordering sentences, dimensions or indicators changes no score"
            }
            Invariant::WeightScaling => {
                "scaling all weights by a positive constant changes no score"
            }
            Invariant::ScriptIndependence => "Traditional and Simplified forms score the same",
            Invariant::NormalizationIdempotent => {
                "normalization is idempotent and an empty document scores 0"
            }
            Invariant::SerializationRoundTrip => {
                "a rubric serialized and parsed again compiles to an equal scorer"
            }
            Invariant::ZonesIndependent => "adding a zone never changes another zone's scores",
        }
    }
}

impl fmt::Display for Invariant {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "invariant {} ({})", self.number(), self.statement())
    }
}

/// An invariant that does not hold, with the minimal document (after
/// shrinking) that shows it.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("{invariant} does not hold: {reason}\n--- minimal case ---\n{case}")]
pub struct InvariantViolation {
    /// Which invariant.
    pub invariant: Invariant,
    /// What went wrong, e.g. which indicator's level dropped.
    pub reason: String,
    /// The minimal failing input, as text (the document, or the documents
    /// and their zones).
    pub case: String,
}

/// The number of cases to run: `PROPTEST_CASES` when set, else proptest's
/// default (256).
pub fn cases_from_env() -> u32 {
    Config::default().cases
}

mod document;
mod generate;
mod properties;
mod script;

pub use document::*;
pub use generate::*;
pub use properties::*;
pub use script::*;

fn runner(cases: u32) -> TestRunner {
    let config = Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    };
    TestRunner::new_with_rng(config, TestRng::deterministic_rng(RngAlgorithm::ChaCha))
}

fn run<S>(
    invariant: Invariant,
    cases: u32,
    strategy: S,
    render: impl Fn(&S::Value) -> String,
    test: impl Fn(&S::Value) -> Result<(), String>,
) -> Result<(), InvariantViolation>
where
    S: Strategy,
{
    match runner(cases).run(&strategy, |value| test(&value).map_err(TestCaseError::fail)) {
        Ok(()) => Ok(()),
        Err(TestError::Fail(reason, value)) => Err(InvariantViolation {
            invariant,
            reason: reason.message().to_string(),
            case: render(&value),
        }),
        Err(TestError::Abort(reason)) => Err(InvariantViolation {
            invariant,
            reason: format!("the test run was aborted: {}", reason.message()),
            case: String::new(),
        }),
    }
}

/// Checks `rubric` against every invariant, on `cases` generated documents
/// each (built from the rubric's own phrases by
/// [`structured_document_strategy`]). Returns the first invariant that does
/// not hold, with the smallest document proptest could shrink the failure
/// to. Runs are deterministic: the same rubric and `cases` test the same
/// documents.
///
/// An invalid rubric is reported as a violation of invariant 7 (it cannot
/// be compiled at all).
pub fn check_rubric_invariants(rubric: &Rubric, cases: u32) -> Result<(), InvariantViolation> {
    let violation = |invariant, reason: String| InvariantViolation {
        invariant,
        reason,
        case: String::new(),
    };
    check_round_trip(rubric).map_err(|e| violation(Invariant::SerializationRoundTrip, e))?;
    let scorer = Scorer::new(rubric)
        .map_err(|e| violation(Invariant::SerializationRoundTrip, e.to_string()))?;
    let docs = || structured_document_strategy(rubric);
    let text = |d: &GeneratedDocument| d.text();

    run(Invariant::ScoresInRange, cases, docs(), text, |d| {
        check_scores_in_range(&scorer, &d.text())
    })?;
    run(
        Invariant::AppendingNeverLowers,
        cases,
        (docs(), docs()),
        |(a, b)| format!("{}--- appended ---\n{}", a.text(), b.text()),
        |(a, b)| check_appending(&scorer, &a.text(), &b.text()),
    )?;
    run(
        Invariant::ReorderingChangesNothing,
        cases,
        (docs(), any::<u64>()),
        |(d, seed)| {
            format!(
                "{}--- reordered ---\n{}",
                d.text(),
                d.shuffled(*seed).text()
            )
        },
        |(d, seed)| {
            check_sentence_reordering(&scorer, d, *seed)?;
            check_rubric_reordering(rubric, &d.text(), *seed)
        },
    )?;
    run(
        Invariant::WeightScaling,
        cases,
        (docs(), 1e-3f64..1e3, 1e-3f64..1e3),
        |(d, a, b)| format!("{}(weights ×{a}, ×{b})", d.text()),
        |(d, a, b)| check_weight_scaling(rubric, &d.text(), *a, *b),
    )?;
    run(
        Invariant::ScriptIndependence,
        cases,
        (docs(), any::<u64>()),
        |(d, seed)| {
            format!(
                "{}--- Traditional ---\n{}",
                d.simplified_text(),
                d.traditional_text(*seed)
            )
        },
        |(d, seed)| check_scripts(&scorer, &d.simplified_text(), &d.traditional_text(*seed)),
    )?;
    run(
        Invariant::NormalizationIdempotent,
        cases,
        docs(),
        text,
        |d| {
            check_normalization(&d.text())?;
            let boilerplate_only = GeneratedDocument {
                lines: d
                    .lines
                    .iter()
                    .filter(|l| matches!(l, GeneratedLine::Boilerplate(_)))
                    .cloned()
                    .collect(),
            };
            check_empty(&scorer, &boilerplate_only.text())
        },
    )?;
    check_empty(&scorer, "").map_err(|e| violation(Invariant::NormalizationIdempotent, e))?;
    check_empty(&scorer, " \n\r\n\t　")
        .map_err(|e| violation(Invariant::NormalizationIdempotent, e))?;
    let texts = || prop::collection::vec(document_strategy(rubric), 1..3);
    run(
        Invariant::ZonesIndependent,
        cases,
        (
            prop::collection::vec(texts(), 1..4),
            texts(),
            any::<usize>(),
        ),
        |(zones, added, _)| format!("zones: {zones:#?}\nadded zone: {added:#?}"),
        |(zones, added, at)| check_zones_independent(&scorer, zones, added, *at),
    )?;
    Ok(())
}
