//! Tests of the sentence reading: each mechanism on the smallest text
//! that shows it (scope, context caps and voids, generic terms, cue
//! windows).

use crate::{Document, Rubric, Scorer};

/// A small rubric with every mechanism: scope, a rubric-wide context
/// rule that caps, an indicator's rule that voids, generic terms with a
/// bound mechanism, and measure cues in the term's clause only.
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
cues = ["建立", "推动"]
quantity = true
window = "clause"

[[levels]]
name = "achieved"
value = 3
cues = ["已", "了"]
unless = ["将", "要"]
quantity = true

[quantity]
units = ["个"]

[evidence]
cue_window = "rest"

[scope]
terms = ["园区"]
min_hits = 2

[generic]
bound = ["机制"]

[[context]]
id = "problem"
why = "a problem found"
within = "sentence"
cap = 1
words = ["存在问题"]

[[dimensions]]
id = "invest"
name = "招商"

  [[dimensions.indicators]]
  id = "drive"
  generic = ["招商"]
  any = ["招商专班"]

[[dimensions.indicators.context]]
id = "leasing"
why = "tenant leasing"
cap = 0
words = ["商铺"]
"#;

fn grade(text: &str) -> u32 {
    let rubric = Rubric::from_toml_str(RUBRIC, None).unwrap_or_else(|e| panic!("{e}"));
    let scorer = Scorer::new(&rubric).unwrap_or_else(|e| panic!("{e}"));
    let doc = Document::from_text("t", format!("园区新闻。园区动态。\n{text}"));
    scorer.score(&doc).dimensions[0].grade
}

#[test]
fn document_without_enough_scope_terms_scores_zero() {
    let rubric = Rubric::from_toml_str(RUBRIC, None).unwrap_or_else(|e| panic!("{e}"));
    let scorer = Scorer::new(&rubric).unwrap_or_else(|e| panic!("{e}"));
    let score = scorer.score(&Document::from_text("t", "园区成立了招商专班。"));
    assert_eq!(score.dimensions[0].grade, 0);
    let scope = score.scope.unwrap_or_else(|| panic!("no scope decision"));
    assert!(!scope.in_scope && scope.hits == 1 && scope.required == 2);
    assert!(scope.reason.starts_with("out of scope"), "{}", scope.reason);
    assert!(score.dimensions[0].indicators[0].evidence.is_empty());
}

#[test]
fn generic_term_alone_stays_a_mention() {
    assert_eq!(grade("推动招商工作取得新成效了。"), 1);
}

#[test]
fn mechanism_bound_in_the_clause_lifts_a_generic_term() {
    assert_eq!(grade("建立招商机制。"), 2);
    // Bound in another clause: no lift.
    assert_eq!(grade("建立制度,做好招商,完善机制。"), 1);
}

#[test]
fn counted_result_lifts_a_generic_term_but_a_target_does_not() {
    assert_eq!(grade("招商签约项目10个。"), 3);
    assert_eq!(grade("将招商签约项目10个。"), 1);
}

#[test]
fn measure_cue_counts_only_in_the_terms_clause() {
    assert_eq!(grade("成立招商专班。"), 1);
    assert_eq!(grade("建立招商专班。"), 2);
    assert_eq!(grade("招商专班运行,推动发展。"), 1);
}

#[test]
fn result_after_the_term_counts_but_not_before_it() {
    assert_eq!(grade("招商专班运行,签约项目10个。"), 3);
    assert_eq!(grade("已签约项目10个,招商专班运行。"), 1);
}

#[test]
fn context_word_in_the_sentence_caps_the_term() {
    assert_eq!(grade("存在问题:招商专班已运行。"), 1);
}

#[test]
fn voiding_context_word_must_share_the_clause() {
    assert_eq!(grade("商铺招商专班已运行。"), 0);
    assert_eq!(grade("出租商铺,招商专班已运行。"), 3);
}

#[test]
fn discounted_terms_say_why() {
    let rubric = Rubric::from_toml_str(RUBRIC, None).unwrap_or_else(|e| panic!("{e}"));
    let scorer = Scorer::new(&rubric).unwrap_or_else(|e| panic!("{e}"));
    let doc = Document::from_text(
        "t",
        "园区新闻。园区动态。\n商铺招商专班已运行。存在问题:已建立招商专班。",
    );
    let score = scorer.score(&doc);
    let ind = &score.dimensions[0].indicators[0];
    assert_eq!(ind.discounted.len(), 1);
    assert!(
        ind.discounted[0].why.contains("leasing"),
        "{}",
        ind.discounted[0].why
    );
    let capped = ind
        .evidence
        .iter()
        .find_map(|e| e.cap.clone())
        .unwrap_or_default();
    assert!(capped.contains("problem"), "{capped}");
}
