//! The KWIC verdicts, each on the smallest sentence that shows it.

use super::*;
use crate::Rubric;

/// A small rubric: levels mention/measure/achieved, one negation cue,
/// one neutral phrase, and three indicators (an `any` term with an
/// exclusion, and an `all`-group indicator).
fn scorer() -> Scorer {
    let rubric = Rubric::from_toml_str(
        r#"
        [rubric]
        id = "t"
        version = "1"
        [[levels]]
        name = "mention"
        value = 1
        [[levels]]
        name = "measure"
        value = 2
        cues = ["建立"]
        [[levels]]
        name = "achieved"
        value = 3
        cues = ["了"]
        unless = ["将"]
        [negation]
        cues = ["尚未"]
        [neutral]
        phrases = ["了解"]
        [[dimensions]]
        id = "investment"
        name = "招商"
          [[dimensions.indicators]]
          id = "drive"
          any = ["招商", "招商引资"]
          exclude = ["招商银行"]
        [[dimensions]]
        id = "mgmt"
        name = "管委会+公司"
          [[dimensions.indicators]]
          id = "company"
          all = [["管委会"], ["平台公司", "有限公司"], ["成立", "组建"]]
        "#,
        None,
    )
    .unwrap_or_else(|e| panic!("{e}"));
    Scorer::new(&rubric).unwrap_or_else(|e| panic!("{e}"))
}

fn hits(scorer: &Scorer, phrase: &str, text: &str) -> Vec<KwicHit> {
    Kwic::new(scorer, phrase)
        .unwrap_or_else(|e| panic!("{e}"))
        .find(&Document::from_text("d.txt", text))
}

fn lines(hits: &[KwicHit]) -> Vec<String> {
    hits.iter().map(ToString::to_string).collect()
}

#[test]
fn term_inside_an_exclusion_is_listed_as_swallowed_by_the_exclusion() {
    let s = scorer();
    let h = hits(&s, "招商", "招商银行发放贷款。");
    assert_eq!(h.len(), 1);
    assert!(!h[0].found_by_matcher);
    assert_eq!(
        h[0].swallowed_by.as_ref().map(|w| w.phrase.as_str()),
        Some("招商银行")
    );
    let line = &lines(&h)[0];
    assert!(
        line.contains("investment/drive: swallowed by 招商银行 (exclusion of investment/drive)"),
        "{line}"
    );
    assert!(!line.contains("anyway"), "{line}");
}

#[test]
fn term_swallowed_by_a_longer_term_of_the_same_indicator_says_the_sentence_counts_anyway() {
    let s = scorer();
    let h = hits(&s, "招商", "完成了招商引资任务。");
    let line = &lines(&h)[0];
    assert!(
        line.contains("swallowed by 招商引资 (term of investment/drive); sentence counts at 3 anyway via 招商引资"),
        "{line}"
    );
}

#[test]
fn counted_term_reports_the_sentence_level_and_its_cue() {
    let s = scorer();
    let h = hits(&s, "招商", "开展了招商活动。");
    assert!(h[0].found_by_matcher);
    assert_eq!(
        h[0].verdicts[0].status,
        Status::Counted {
            level: 3,
            level_name: "achieved".into(),
            cue: Some("了".into()),
            cap: None,
        }
    );
    assert!(lines(&h)[0].ends_with("investment/drive: counted at 3 (cue 了)"));
    // No cue: the lowest level.
    let h = hits(&s, "招商", "招商工作。");
    assert!(lines(&h)[0].ends_with("counted at 1 (no cue)"));
}

#[test]
fn negated_term_names_the_negation_cue_of_its_clause() {
    let s = scorer();
    let h = hits(&s, "招商", "尚未开展招商,已建立机制。");
    assert_eq!(
        h[0].verdicts[0].status,
        Status::Negated {
            cue: "尚未".into(),
            anyway: None
        }
    );
    assert!(lines(&h)[0].contains("investment/drive: negated by 尚未 in its clause"));
    // A negation in another clause does not touch the term.
    let h = hits(&s, "招商", "尚未结束,开展招商。");
    assert!(matches!(h[0].verdicts[0].status, Status::Counted { .. }));
}

#[test]
fn all_group_term_without_every_group_is_incomplete_and_names_the_missing_group() {
    let s = scorer();
    let h = hits(&s, "管委会", "管委会走访某有限公司。");
    let Status::Incomplete { missing } = &h[0].verdicts[0].status else {
        panic!("{:?}", h[0].verdicts);
    };
    assert_eq!(missing.len(), 1);
    assert_eq!(missing[0].group, 3);
    assert_eq!(missing[0].terms, ["成立", "组建"]);
    let line = &lines(&h)[0];
    assert!(
        line.contains("mgmt/company: incomplete (missing group 3: 成立|组建)"),
        "{line}"
    );
    // With all three groups it counts.
    let h = hits(&s, "管委会", "管委会成立了平台公司。");
    assert!(lines(&h)[0].ends_with("mgmt/company: counted at 3 (cue 了)"));
}

#[test]
fn phrase_that_is_only_a_cue_is_not_a_term() {
    let s = scorer();
    let h = hits(&s, "了", "开展了工作,了解情况。");
    assert_eq!(h.len(), 2);
    let l = lines(&h);
    assert!(
        l[0].ends_with("not a term (cue of level 3 (achieved))"),
        "{}",
        l[0]
    );
    assert!(
        l[1].contains("not a term (cue of level 3 (achieved)); swallowed by 了解 (neutral phrase)"),
        "{}",
        l[1]
    );
}

#[test]
fn phrase_outside_the_rubric_is_not_a_term_and_still_listed() {
    let s = scorer();
    let h = hits(&s, "园区", "园区发展。");
    assert_eq!(h.len(), 1);
    assert!(lines(&h)[0].ends_with("not a term (not in the rubric)"));
}

#[test]
fn context_and_match_are_quoted_from_the_original_text() {
    let s = scorer();
    // Traditional script and full-width comma in the original.
    let text = "一二三四五開展了招商活動，成效明顯。";
    let h = hits(&s, "招商", text);
    assert_eq!(h[0].matched, "招商");
    assert_eq!(&text[h[0].start..h[0].end], "招商");
    assert_eq!(h[0].sentence, text);
    let h = Kwic::new(&s, "招商")
        .unwrap_or_else(|e| panic!("{e}"))
        .with_width(3)
        .find(&Document::from_text("d.txt", text));
    assert_eq!(
        (h[0].left.as_str(), h[0].right.as_str()),
        ("開展了", "活動，")
    );
    assert!(h[0].left_cut && h[0].right_cut);
    assert!(h[0]
        .to_string()
        .starts_with("d.txt:24  …開展了【招商】活動，…  "));
}

#[test]
fn phrase_is_normalized_like_rubric_phrases() {
    let s = scorer();
    // Traditional query, Simplified text.
    let k = Kwic::new(&s, "管委會").unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(k.phrase(), "管委会");
    assert_eq!(k.roles(), ["term of mgmt/company (all group 1)"]);
}

#[test]
fn overlapping_occurrences_are_all_listed() {
    let s = scorer();
    let h = hits(&s, "aa", "aaa。");
    assert_eq!(h.iter().map(|h| h.start).collect::<Vec<_>>(), [0, 1]);
}

#[test]
fn empty_phrase_and_phrase_with_a_sentence_break_are_errors() {
    let s = scorer();
    assert!(matches!(
        Kwic::new(&s, "  "),
        Err(KwicError::EmptyPhrase { .. })
    ));
    assert!(matches!(
        Kwic::new(&s, "招商。引资"),
        Err(KwicError::SentenceBreak { .. })
    ));
}
