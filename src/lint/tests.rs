//! The lint's rules as tests: each the smallest rubric that shows a finding.

use super::*;

const HEAD: &str = "[rubric]\nid = \"t\"\nversion = \"1\"\n\n[[levels]]\nname = \"mention\"\nvalue = 1\n\n[[levels]]\nname = \"done\"\nvalue = 2\ncues = [\"已\", \"成立\"]\nunless = [\"将\"]\n\n[negation]\ncues = [\"未\"]\n\n";

fn lint_of(body: &str) -> Lint {
    let text = format!("{HEAD}{body}");
    lint_toml(&text, Some(Path::new("r.toml"))).unwrap_or_else(|e| panic!("{e}\n{text}"))
}

fn kinds(l: &Lint) -> Vec<LintKind> {
    l.findings.iter().map(|f| f.kind).collect()
}

const DIM: &str = "[[dimensions]]\nid = \"a\"\nname = \"A\"\n";

#[test]
fn clean_rubric_has_no_findings() {
    let l = lint_of(&format!(
        "{DIM}[[dimensions.indicators]]\nid = \"x\"\nany = [\"一窗受理\", \"招商\"]\nexclude = [\"招商银行\"]\n"
    ));
    assert!(l.findings.is_empty(), "{:?}", l.findings);
    assert!(l.is_clean() && !l.has_errors());
}

#[test]
fn term_that_is_a_negation_cue_never_counts() {
    let l = lint_of(&format!(
        "{DIM}[[dimensions.indicators]]\nid = \"x\"\nany = [\"一窗受理\", \"未\"]\n"
    ));
    assert_eq!(kinds(&l), [LintKind::NeverCounts]);
    assert_eq!(l.findings[0].place.line_col, Some((23, 16)));
    assert!(l.has_errors());
    assert!(l.findings[0]
        .to_string()
        .starts_with("r.toml:23:16: never-counts [error]:"));
}

#[test]
fn exclusion_of_another_indicator_swallowing_a_term_is_reported() {
    let l = lint_of(&format!(
        "{DIM}[[dimensions.indicators]]\nid = \"x\"\nany = [\"市场化运营\"]\nexclude = [\"人才公寓服务管理模式\"]\n\
         [[dimensions]]\nid = \"b\"\nname = \"B\"\n[[dimensions.indicators]]\nid = \"y\"\nany = [\"人才公寓\"]\n"
    ));
    assert_eq!(kinds(&l), [LintKind::NoEffect, LintKind::Swallowed]);
    assert!(
        l.findings[0].message.contains("「人才公寓」"),
        "{}",
        l.findings[0]
    );
}

#[test]
fn exclusion_equal_to_its_own_term_excludes_nothing() {
    let l = lint_of(&format!(
        "{DIM}[[dimensions.indicators]]\nid = \"x\"\nany = [\"招商\"]\nexclude = [\"招商\"]\n"
    ));
    assert_eq!(kinds(&l), [LintKind::NeverCounts]);
}

#[test]
fn same_term_in_two_dimensions_double_counts() {
    let l = lint_of(&format!(
        "{DIM}[[dimensions.indicators]]\nid = \"x\"\nany = [\"一站式\"]\n\
         [[dimensions]]\nid = \"b\"\nname = \"B\"\n[[dimensions.indicators]]\nid = \"y\"\nany = [\"一站式\"]\n"
    ));
    assert_eq!(kinds(&l), [LintKind::DoubleCount]);
    assert_eq!(
        l.findings[0].place.path,
        "dimensions[1].indicators[0].any[0]"
    );
}

#[test]
fn longer_term_of_another_dimension_swallows_a_term() {
    let l = lint_of(&format!(
        "{DIM}[[dimensions.indicators]]\nid = \"x\"\nany = [\"一站式\"]\n\
         [[dimensions]]\nid = \"b\"\nname = \"B\"\n[[dimensions.indicators]]\nid = \"y\"\nany = [\"一站式服务中心\"]\n"
    ));
    assert_eq!(kinds(&l), [LintKind::Swallowed]);
}

#[test]
fn cue_that_is_a_term_is_reported_and_can_be_allowed() {
    let body =
        format!("{DIM}[[dimensions.indicators]]\nid = \"x\"\nall = [[\"管委会\"], [\"成立\"]]\n");
    assert_eq!(kinds(&lint_of(&body)), [LintKind::CueTerm]);
    let allowed = lint_of(&body.replace("]]\n", "]]  # lint: allow(cue-term)\n"));
    assert!(allowed.findings.is_empty(), "{:?}", allowed.findings);
    assert_eq!(allowed.allowed.len(), 1);
    let above = lint_of(&body.replace(
        "all = ",
        "# on purpose  # lint: allow(duplicate, cue-term)\nall = ",
    ));
    assert!(above.findings.is_empty(), "{:?}", above.findings);
}

#[test]
fn all_group_of_self_negating_terms_never_meets() {
    let l = lint_of(&format!(
        "{DIM}[[dimensions.indicators]]\nid = \"x\"\nall = [[\"管委会\"], [\"未\"]]\n"
    ));
    assert!(
        kinds(&l).contains(&LintKind::AllNeverMeet),
        "{:?}",
        l.findings
    );
}

#[test]
fn tiny_dimension_weight_is_reported() {
    let l = lint_of(&format!(
        "{DIM}weight = 100.0\n[[dimensions.indicators]]\nid = \"x\"\nany = [\"一窗受理\"]\n\
         [[dimensions]]\nid = \"b\"\nname = \"B\"\nweight = 0.5\n[[dimensions.indicators]]\nid = \"y\"\nany = [\"马上办\"]\n"
    ));
    assert_eq!(kinds(&l), [LintKind::TinyWeight]);
    assert_eq!(l.findings[0].place.path, "dimensions[1].weight");
}

#[test]
fn traditional_and_full_width_phrases_get_a_note() {
    let l = lint_of(&format!(
        "{DIM}[[dimensions.indicators]]\nid = \"x\"\nany = [\"管委會＋公司\"]\n"
    ));
    assert_eq!(kinds(&l), [LintKind::Normalized]);
    let msg = &l.findings[0].message;
    assert!(
        msg.contains("full-width") && msg.contains("Traditional"),
        "{msg}"
    );
    assert!(l.is_clean());
}

#[test]
fn phrase_with_a_boilerplate_marker_is_reported() {
    let l = lint_of(&format!(
        "{DIM}[[dimensions.indicators]]\nid = \"x\"\nany = [\"本站服务\"]\n"
    ));
    assert_eq!(kinds(&l), [LintKind::Boilerplate]);
}

#[test]
fn phrase_starting_with_a_closing_mark_is_reported() {
    let l = lint_of(&format!(
        "{DIM}[[dimensions.indicators]]\nid = \"x\"\nany = ['\"马上办\"', \"一窗受理\"]\n"
    ));
    assert_eq!(kinds(&l), [LintKind::ClosingMark]);
    assert!(
        l.findings[0].suggestion.contains("「马上办\"」"),
        "{}",
        l.findings[0]
    );
}

#[test]
fn units_without_a_quantity_level_have_no_effect() {
    let l = lint_of(&format!(
        "[quantity]\nunits = [\"项\"]\n\n{DIM}[[dimensions.indicators]]\nid = \"x\"\nany = [\"一窗受理\"]\n"
    ));
    assert_eq!(kinds(&l), [LintKind::NoEffect]);
}

#[test]
fn invalid_rubric_is_an_error_not_a_finding() {
    let e = lint_toml("[rubric]\nid = 1", Some(Path::new("r.toml")));
    assert!(e.is_err());
}

#[test]
fn neutral_phrase_shields_a_context_word_but_not_nothing() {
    let rubric = |neutral: &str| {
        format!(
            "[neutral]\nphrases = [\"{neutral}\"]\n\n{DIM}[[dimensions.context]]\nid = \"uni\"\nwhy = \"a university's staffing\"\ncap = 0\nwords = [\"高校\"]\n\
             [[dimensions.indicators]]\nid = \"x\"\nany = [\"全员聘任制\"]\n"
        )
    };
    // 高校 inside 高校毕业生: the neutral phrase keeps the context word from
    // counting, so it has an effect.
    assert!(lint_of(&rubric("高校毕业生")).findings.is_empty());
    let l = lint_of(&rubric("应届毕业生"));
    assert_eq!(kinds(&l), [LintKind::NoEffect]);
    assert!(
        l.findings[0].message.contains("context word"),
        "{}",
        l.findings[0]
    );
}
