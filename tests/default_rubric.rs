//! The default rubric on off-topic controls and on the smallest real
//! sentences that show each of its rules.

use std::path::Path;
use zone_reform::{Document, DocumentScore, Rubric, Scorer};

fn scorer() -> Scorer {
    let rubric = Rubric::builtin().unwrap_or_else(|e| panic!("{e}"));
    Scorer::new(&rubric).unwrap_or_else(|e| panic!("{e}"))
}

fn grade(score: &DocumentScore, dim: &str) -> u32 {
    score
        .dimensions
        .iter()
        .find(|d| d.id == dim)
        .map_or_else(|| panic!("no dimension {dim}"), |d| d.grade)
}

/// A zone's page header, so that a one-sentence fixture is in the
/// rubric's scope (it names no term and has no cue).
const ZONE_HEADER: &str = "某某经济开发区管委会\n";

/// Scores one sentence as part of a zone's page.
fn score_text(text: &str) -> DocumentScore {
    scorer().score(&Document::from_text("t", format!("{ZONE_HEADER}{text}")))
}

fn control(name: &str) -> DocumentScore {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/controls")
        .join(name);
    let doc = zone_reform::ingest::read_path(&path).unwrap_or_else(|e| panic!("{e}"));
    scorer().score(&doc)
}

#[test]
fn bank_history_full_of_china_merchants_names_is_not_investment_attraction() {
    for name in ["bank_history.txt", "bank_history_traditional.txt"] {
        let s = control(name);
        assert_eq!(grade(&s, "investment"), 0, "{name}");
        assert_eq!(
            grade(&s, "staffing"),
            0,
            "{name}: 董事会聘任 a president is not 聘任制"
        );
        assert_eq!(
            grade(&s, "finance"),
            0,
            "{name}: a bank's lending is not a zone service"
        );
        assert!(s.total < 10.0, "{name}: {}", s.total);
    }
}

#[test]
fn traditional_control_scores_like_its_simplified_twin() {
    let (a, b) = (
        control("bank_history.txt"),
        control("bank_history_traditional.txt"),
    );
    assert_eq!(a.total, b.total);
}

#[test]
fn road_building_news_with_a_platform_company_is_not_a_governance_reform() {
    let s = control("road_news.txt");
    assert_eq!(grade(&s, "mgmt_company"), 0);
    assert_eq!(grade(&s, "finance"), 0);
    assert!(s.total < 10.0, "{}", s.total);
}

#[test]
fn reforms_said_to_be_missing_score_nothing() {
    let s = control("negated_reform.txt");
    for dim in ["mgmt_company", "staffing", "one_stop"] {
        assert_eq!(grade(&s, dim), 0, "{dim}");
    }
}

#[test]
fn committee_visiting_a_firm_and_hiring_an_agency_are_not_reforms() {
    let s = control("committee_visit.txt");
    assert_eq!(grade(&s, "mgmt_company"), 0);
    assert_eq!(grade(&s, "staffing"), 0);
}

#[test]
fn committee_registering_its_own_company_is_an_achieved_reform() {
    let s = score_text("开发区管委会注册成立了吉林船开投资有限公司,公司将以项目合作方式引导社会资本参与开发区建设。");
    assert_eq!(grade(&s, "mgmt_company"), 3);
}

#[test]
fn future_marker_keeps_a_result_a_plan() {
    let s = score_text(
        "“七一”前将完成园区审批大厅建设,实现33项市区审批业务集中办理,实行“一窗受理、集成服务”。",
    );
    assert_eq!(grade(&s, "one_stop"), 2);
}

#[test]
fn numeric_target_is_a_mention_without_a_mechanism_and_a_counted_result_is_achieved() {
    // The codebook's B18 case: a yearly target with no mechanism is 1.
    assert_eq!(
        grade(&score_text("力争全年引进招商项目10个。"), "investment"),
        1
    );
    // With a mechanism named, the target is a plan: 2 at most.
    assert_eq!(
        grade(
            &score_text("力争通过产业链招商全年引进项目10个。"),
            "investment"
        ),
        2
    );
    assert_eq!(
        grade(&score_text("全年开展各类招商活动100余次。"), "investment"),
        3
    );
}

#[test]
fn slogan_is_a_mention() {
    let s = score_text("做好“双招双引”,结交新朋友,但也不忘老朋友。");
    assert_eq!(grade(&s, "investment"), 1);
}

#[test]
fn zone_investment_bureau_counts_but_china_merchants_does_not() {
    assert_eq!(
        grade(
            &score_text("重新设立党政办、招商局、企业服务局三个内设机构。"),
            "investment"
        ),
        2
    );
    assert_eq!(
        grade(&score_text("招商局的前身是轮船招商局。"), "investment"),
        0
    );
    assert_eq!(
        grade(&score_text("招商银行为园区企业提供贷款。"), "investment"),
        0
    );
}

#[test]
fn party_building_liaison_is_not_an_enterprise_service_agent() {
    let s = score_text("在每个产业链明确1名党建联络员。");
    assert_eq!(grade(&s, "one_stop"), 0);
    let s = score_text("为辖区内24家在建企业配备联络员负责主动跟踪服务。");
    assert_eq!(grade(&s, "one_stop"), 3);
}

#[test]
fn understanding_is_not_an_achievement() {
    // 了解 would otherwise read as the perfective 了.
    let s = score_text("管委会推行一站式服务,了解企业需求。");
    assert_eq!(grade(&s, "one_stop"), 2);
}

#[test]
fn threshold_is_a_target_not_a_result() {
    let s = score_text("对全体人员实行绩效考核,每年培训不少于30个学时。");
    assert_eq!(grade(&s, "staffing"), 2);
}

#[test]
fn future_word_is_not_a_negation() {
    let s = score_text("未来,开发区推行全员聘任制。");
    assert_eq!(grade(&s, "staffing"), 2);
}

#[test]
fn every_committee_plus_company_variant_counts() {
    for text in [
        "推行“党工委(管委会)+公司”管理模式。",
        "推行“管委会+平台公司”改革。",
        "深化“管委会＋运营公司”模式。",
    ] {
        assert_eq!(grade(&score_text(text), "mgmt_company"), 2, "{text}");
    }
}

#[test]
fn handing_development_functions_to_a_company_is_de_administration() {
    let s = score_text("开发区已把开发运营职能剥离至区属国有企业。");
    assert_eq!(grade(&s, "mgmt_company"), 3);
}

#[test]
fn rhetorical_question_is_only_a_mention() {
    let s = score_text("以去行政化改革为方向,这场改革给开发区带来了哪些变化?");
    assert_eq!(grade(&s, "mgmt_company"), 1);
}
