//! The second shipped rubric, `rubrics/business_environment.toml` (营商环境),
//! and PMC aggregation: the rubric lints clean and compiles; its codebook
//! decisions hold sentence by sentence; its PMC figures match a hand
//! computation; and, over generated rubrics and documents, the PMC index is
//! the sum of the dimension means and lies in [0, number of dimensions].

use proptest::prelude::*;
use std::path::Path;
use zone_reform::lint::{lint_file, Severity};
use zone_reform::{Document, DocumentScore, Rubric, Scorer};

const PATH: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/rubrics/business_environment.toml"
);

fn scorer() -> Scorer {
    let rubric = Rubric::load(PATH).unwrap_or_else(|e| panic!("{e}"));
    Scorer::new(&rubric).unwrap_or_else(|e| panic!("{e}"))
}

/// A zone's page header: two scope terms, no term and no cue, so that a
/// fixture sentence is in the rubric's scope.
const ZONE_HEADER: &str = "某某经济开发区管委会\n";

/// Scores text as part of a zone's page.
fn score(scorer: &Scorer, text: &str) -> DocumentScore {
    scorer.score(&Document::from_text("doc", format!("{ZONE_HEADER}{text}")))
}

#[test]
fn text_about_no_zone_is_out_of_scope() {
    let s = scorer().score(&Document::from_text(
        "bank",
        "本行已全面推行“一网通办”,累计办理1200件。",
    ));
    assert!(s.dimensions.iter().all(|d| d.grade == 0));
    assert_eq!(s.scope.map(|x| x.in_scope), Some(false));
}

fn level(score: &DocumentScore, indicator: &str) -> u32 {
    score
        .dimensions
        .iter()
        .flat_map(|d| &d.indicators)
        .find(|i| i.id == indicator)
        .map_or_else(|| panic!("no indicator {indicator}"), |i| i.level)
}

#[test]
fn business_rubric_lints_clean_and_compiles() {
    let lint = lint_file(Path::new(PATH)).unwrap_or_else(|e| panic!("{e}"));
    let serious: Vec<String> = lint
        .findings
        .iter()
        .filter(|f| f.severity() >= Severity::Warning)
        .map(|f| f.to_string())
        .collect();
    assert!(serious.is_empty(), "{}", serious.join("\n"));
    let sc = scorer();
    assert_eq!(sc.info().id, "business_environment");
    assert!(sc.dimension_ids().count() >= 5);
}

/// (sentence, indicator, level, why): the codebook's decisions.
const CODEBOOK: &[(&str, &str, u32, &str)] = &[
    (
        "已全面推行“证照分离”改革。",
        "licensing",
        3,
        "done, with 已",
    ),
    (
        "将全面推行“证照分离”改革。",
        "licensing",
        2,
        "a plan with an action verb is a measure",
    ),
    (
        "要全面推行告知承诺制。",
        "licensing",
        2,
        "要 keeps a directive at the middle level",
    ),
    (
        "力争审批时限压缩至3个工作日。",
        "approval_speed",
        2,
        "a target with a number is a measure",
    ),
    (
        "审批时限压缩至3个工作日。",
        "approval_speed",
        3,
        "the same figure reported is a result",
    ),
    (
        "累计为企业办理“一网通办”事项1200件。",
        "online_service",
        3,
        "a counted result",
    ),
    ("尚未实现一网通办。", "online_service", 0, "negated"),
    (
        "已全面推行「證照分離」改革。",
        "licensing",
        3,
        "Traditional script",
    ),
    (
        "对轻微违法行为实行首违不罚。",
        "inclusive_regulation",
        2,
        "a term written in Traditional in the rubric",
    ),
    (
        "市场主体是经济的力量载体,要高度重视营商环境。",
        "be_evaluation",
        0,
        "the slogan is no evaluation",
    ),
    (
        "对营商环境工作进行了总结,要把企业满意度工作放在平时。",
        "good_bad_review",
        1,
        "a meeting's 了 is no result",
    ),
    (
        "优化“一站式”人才服务平台。",
        "fewer_trips",
        0,
        "a talent service is not the approval window",
    ),
    (
        "抓住低利率窗口期融资。",
        "financing",
        0,
        "窗口期 and bare 融资 are no business environment",
    ),
    (
        "对符合条件的企业适用优惠企业所得税税率。",
        "direct_benefits",
        0,
        "惠企 inside 优惠企业 is a tax rate",
    ),
    (
        "企业信息:统一社会信用代码91370100MA3C。",
        "credit",
        0,
        "a registration number is not credit regulation",
    ),
    (
        "提供地址查询服务。",
        "land",
        0,
        "供地 inside 提供地址 is an address",
    ),
    (
        "强化要素保障。",
        "land",
        0,
        "the dimension's slogan names no land supply",
    ),
    (
        "已为企业办理续贷5000万元。",
        "financing",
        3,
        "financing arranged for firms",
    ),
    (
        "建立“好差评”制度。",
        "good_bad_review",
        2,
        "an instrument set up",
    ),
];

#[test]
fn codebook_decisions_hold_sentence_by_sentence() {
    let sc = scorer();
    for &(sentence, indicator, want, why) in CODEBOOK {
        let got = level(&score(&sc, sentence), indicator);
        assert_eq!(got, want, "{sentence:?} {indicator}: {why}");
    }
}

#[test]
fn pmc_figures_of_a_short_report_match_a_hand_computation() {
    let sc = scorer();
    let s = score(
        &sc,
        "已全面推行“证照分离”改革,累计为企业办理“一网通办”事项1200件。\
         出让标准地207亩。\
         持续优化营商环境,深化“放管服”。\
         建立“好差评”制度。",
    );
    // min_level 2. gov_service: licensing 3, online_service 3, fewer_trips 0,
    // approval_speed (放管服 after 深化, a measure) 2 → 3 of 4 = 0.75.
    // factors: land 3 (quantity 207亩) → 1 of 3. market_entities 0 of 4,
    // rule_of_law 0 of 4. credit_evaluation: good_bad_review 2 → 1 of 3.
    // Index 0.75 + 1/3 + 1/3 = 1.4166…; total 100 · index / 5 = 28.33….
    let p = s.pmc.as_ref().unwrap_or_else(|| panic!("PMC figures"));
    let want = [0.75, 1.0 / 3.0, 0.0, 0.0, 1.0 / 3.0];
    for (got, want) in p.dimensions.iter().zip(want) {
        assert!((got - want).abs() < 1e-12, "{:?}", p.dimensions);
    }
    assert!((p.index - (0.75 + 2.0 / 3.0)).abs() < 1e-12, "{}", p.index);
    assert_eq!(p.max_index, 5);
    assert!((s.total - 20.0 * p.index).abs() < 1e-9, "{}", s.total);
    assert_eq!(p.band.as_deref(), Some("不良"));
    // The dimension score everything downstream reads is the PMC mean.
    assert!((s.dimensions[0].score - 0.75).abs() < 1e-12);
}

// ---------------------------------------------------- property tests ---

/// A made-up term for indicator `k`: Latin letters only, so no term holds a
/// cue, a unit or another term.
fn term(k: usize) -> String {
    let a = (b'a' + (k % 26) as u8) as char;
    let b = (b'a' + (k / 26 % 26) as u8) as char;
    format!("zq{a}{b}x")
}

/// A PMC rubric with `sizes[d]` indicators in dimension `d`, levels 1..=3
/// (推行 lifts to 2, 已 to 3), and `min_level`.
fn pmc_rubric(sizes: &[usize], min_level: u32) -> String {
    let mut text = format!(
        "[rubric]\nid = \"p\"\nversion = \"1\"\n\
         [[levels]]\nname = \"m\"\nvalue = 1\n\
         [[levels]]\nname = \"s\"\nvalue = 2\ncues = [\"推行\"]\n\
         [[levels]]\nname = \"d\"\nvalue = 3\ncues = [\"已\"]\n\
         [aggregation]\nmethod = \"pmc\"\nmin_level = {min_level}\n"
    );
    let mut k = 0;
    for (d, &n) in sizes.iter().enumerate() {
        text.push_str(&format!(
            "[[dimensions]]\nid = \"d{d}\"\nname = \"D{d}\"\nweight = {}.5\n",
            d + 1
        ));
        for i in 0..n {
            text.push_str(&format!(
                "[[dimensions.indicators]]\nid = \"i{i}\"\nany = [\"{}\"]\n",
                term(k)
            ));
            k += 1;
        }
    }
    text
}

fn sentence(term: &str, level: u32) -> String {
    match level {
        0 => String::new(),
        1 => format!("{term}。"),
        2 => format!("推行{term}。"),
        _ => format!("已{term}。"),
    }
}

fn case() -> impl Strategy<Value = (Vec<usize>, u32, Vec<u32>)> {
    (prop::collection::vec(1usize..5, 1..10), 1u32..=3).prop_flat_map(|(sizes, min)| {
        let n: usize = sizes.iter().sum();
        (Just(sizes), Just(min), prop::collection::vec(0u32..=3, n))
    })
}

proptest! {
    #[test]
    fn pmc_index_is_the_sum_of_dimension_means_within_range(
        (sizes, min_level, levels) in case()
    ) {
        let text = pmc_rubric(&sizes, min_level);
        let rubric = Rubric::from_toml_str(&text, None)
            .map_err(|e| TestCaseError::fail(format!("{e}\n{text}")))?;
        let sc = Scorer::new(&rubric).map_err(|e| TestCaseError::fail(e.to_string()))?;
        let doc: String = levels
            .iter()
            .enumerate()
            .map(|(k, &l)| sentence(&term(k), l))
            .collect();
        let s = score(&sc, &doc);
        let p = s.pmc.as_ref().ok_or_else(|| TestCaseError::fail("no PMC figures"))?;
        let n = sizes.len() as f64;
        let sum: f64 = p.dimensions.iter().sum();
        prop_assert!((p.index - sum).abs() < 1e-12);
        prop_assert!((0.0..=n).contains(&p.index), "{} not in [0, {n}]", p.index);
        prop_assert!((s.total - 100.0 * p.index / n).abs() < 1e-9);
        // Each mean is the share of the dimension's indicators at or above
        // min_level, computed here from the levels the document was built with.
        let mut k = 0;
        for (d, &size) in sizes.iter().enumerate() {
            let reached = levels[k..k + size].iter().filter(|&&l| l >= min_level).count();
            k += size;
            let want = reached as f64 / size as f64;
            prop_assert!((p.dimensions[d] - want).abs() < 1e-12, "dimension {d}");
            prop_assert!((s.dimensions[d].score - want).abs() < 1e-12);
        }
    }
}

#[cfg(feature = "testkit")]
#[test]
fn business_rubric_keeps_the_design_invariants() {
    let rubric = Rubric::load(PATH).unwrap_or_else(|e| panic!("{e}"));
    let cases = zone_reform::testkit::cases_from_env().min(64);
    if let Err(violation) = zone_reform::testkit::check_rubric_invariants(&rubric, cases) {
        panic!("{violation}");
    }
}
