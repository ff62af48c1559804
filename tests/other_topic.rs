//! A rubric about something that is not a development zone at all: bakery
//! hygiene (烘焙卫生). Not one of its phrases is a reform word, and made-up
//! bakery inspection notes score exactly as its rules say, with both
//! aggregation methods. Nothing in the engine knows about zones.

use zone_reform::{Document, DocumentScore, Rubric, Scorer};

const BAKERY: &str = r#"
[rubric]
id = "bakery_hygiene"
version = "1"
name = "烘焙店卫生检查"

[[levels]]
name = "noted"
value = 1

[[levels]]
name = "practised"
value = 2
cues = ["执行", "坚持", "规定"]

[[levels]]
name = "verified"
value = 3
cues = ["已", "抽检合格"]
unless = ["应当", "计划"]
quantity = true

[negation]
cues = ["未", "没有"]

[quantity]
units = ["次", "℃", "份"]

[neutral]
# 已经 is a perfective too, 已 inside it counts; 而已 is not.
phrases = ["而已"]

[[dimensions]]
id = "hands"
name = "手部卫生"
weight = 2.0

  [[dimensions.indicators]]
  id = "washing"
  any = ["洗手", "手部消毒"]
  # The restroom is not hand washing.
  exclude = ["洗手间"]

  [[dimensions.indicators]]
  id = "gloves"
  all = [["手套"], ["佩戴", "更换"]]

[[dimensions]]
id = "storage"
name = "原料储存"

  [[dimensions.indicators]]
  id = "cold_chain"
  any = ["冷藏", "冷冻"]

  [[dimensions.indicators]]
  id = "shelf_life"
  any = ["保质期"]
  exclude = ["保质期内免费退换"]

[[dimensions]]
id = "pests"
name = "虫害防治"

  [[dimensions.indicators]]
  id = "traps"
  any = ["灭蝇灯", "防鼠板", "捕鼠"]
"#;

fn scorer(text: &str) -> Scorer {
    let rubric = Rubric::from_toml_str(text, None).unwrap_or_else(|e| panic!("{e}"));
    Scorer::new(&rubric).unwrap_or_else(|e| panic!("{e}"))
}

fn score(scorer: &Scorer, text: &str) -> DocumentScore {
    scorer.score(&Document::from_text("note", text))
}

fn level(score: &DocumentScore, indicator: &str) -> u32 {
    score
        .dimensions
        .iter()
        .flat_map(|d| &d.indicators)
        .find(|i| i.id == indicator)
        .map_or_else(|| panic!("no indicator {indicator}"), |i| i.level)
}

/// (note, indicator, level, why): one row per rule of the engine.
const RULES: &[(&str, &str, u32, &str)] = &[
    (
        "店员洗手。",
        "washing",
        1,
        "a term with no cue is the lowest level",
    ),
    ("店员坚持洗手。", "washing", 2, "a cue of the middle level"),
    ("店员已洗手。", "washing", 3, "the top level's cue"),
    (
        "店员应当已洗手。",
        "washing",
        1,
        "an unless cue blocks the top level after it",
    ),
    (
        "今日抽查洗手5次。",
        "washing",
        3,
        "a number with a unit is a top-level cue",
    ),
    (
        "计划抽查洗手5次。",
        "washing",
        1,
        "unless blocks the quantity too",
    ),
    (
        "店员未洗手。",
        "washing",
        0,
        "negation cancels the term in its clause",
    ),
    (
        "店员未戴帽,已洗手。",
        "washing",
        3,
        "negation stays in its own clause",
    ),
    (
        "洗手间已打扫。",
        "washing",
        0,
        "the exclusion swallows the shorter term",
    ),
    (
        "洗手间旁已设洗手池。",
        "washing",
        3,
        "the term outside the exclusion counts",
    ),
    (
        "后厨佩戴手套。",
        "gloves",
        1,
        "both all-groups in one sentence",
    ),
    (
        "后厨有手套。佩戴整齐。",
        "gloves",
        0,
        "all-groups in different sentences",
    ),
    ("奶油冷藏于4℃。", "cold_chain", 3, "the rubric's own unit"),
    (
        "奶油冷藏于4度。",
        "cold_chain",
        1,
        "a unit the rubric does not list",
    ),
    (
        "保质期内免费退换。",
        "shelf_life",
        0,
        "a false friend of the shelf-life check",
    ),
    (
        "麵粉已標註保質期。",
        "shelf_life",
        3,
        "Traditional script scores as Simplified",
    ),
    (
        "安装灭蝇灯而已。",
        "traps",
        1,
        "a neutral phrase shields the cue in it",
    ),
    (
        "灭蝇灯抽检合格?",
        "traps",
        1,
        "a question reports no result",
    ),
];

#[test]
fn bakery_rules_hold_sentence_by_sentence() {
    let sc = scorer(BAKERY);
    for &(note, indicator, want, why) in RULES {
        let got = level(&score(&sc, note), indicator);
        assert_eq!(got, want, "{note:?} {indicator}: {why}");
    }
}

#[test]
fn bakery_totals_follow_the_weighted_formulas() {
    let sc = scorer(BAKERY);
    let s = score(&sc, "店员已洗手。冷藏柜坚持每日检查。");
    // hands (weight 2): (3 + 0) / (3 · 2) = 1/2; storage: (2 + 0) / 6 = 1/3;
    // pests 0. Total 100 · (2 · 1/2 + 1/3) / 4 = 33.33…
    assert!((s.dimensions[0].score - 0.5).abs() < 1e-12);
    assert!((s.dimensions[1].score - 1.0 / 3.0).abs() < 1e-12);
    assert_eq!(s.dimensions[2].score, 0.0);
    assert!((s.total - 100.0 / 3.0).abs() < 1e-9, "{}", s.total);
    assert_eq!(s.pmc, None, "no [aggregation]: weighted, no PMC figures");
}

#[test]
fn bakery_pmc_index_follows_the_pmc_formulas() {
    let pmc = BAKERY.replace(
        "[[dimensions]]\nid = \"hands\"",
        "[aggregation]\nmethod = \"pmc\"\nmin_level = 2\nbands = [{ name = \"放心\", min = 2.0 }, { name = \"整改\", min = 0.0 }]\n\n[[dimensions]]\nid = \"hands\"",
    );
    let sc = scorer(&pmc);
    let s = score(
        &sc,
        "店员已洗手。后厨佩戴手套。冷藏柜坚持每日检查。已更换防鼠板。",
    );
    // washing 3 → 1, gloves 1 → 0 (below min_level 2): hands 1/2.
    // cold_chain 2 → 1, shelf_life 0 → 0: storage 1/2. traps 3 → 1: pests 1.
    // Index 2, band 放心; total 100 · 2 / 3; weights play no part.
    let p = s.pmc.as_ref().unwrap_or_else(|| panic!("PMC figures"));
    assert_eq!(p.dimensions, vec![0.5, 0.5, 1.0]);
    assert_eq!(p.index, 2.0);
    assert_eq!(p.band.as_deref(), Some("放心"));
    assert!((s.total - 200.0 / 3.0).abs() < 1e-9, "{}", s.total);
    assert_eq!(s.dimensions[0].grade, 3);
}

#[test]
fn zone_words_mean_nothing_to_the_bakery_rubric_and_back() {
    let bakery = scorer(BAKERY);
    let zone = Scorer::new(&Rubric::builtin().unwrap_or_else(|e| panic!("{e}")))
        .unwrap_or_else(|e| panic!("{e}"));
    let reform = "开发区已推行管委会+公司改革,累计招商引资签约项目15个,实现一窗受理。";
    let note = "店员已洗手,奶油冷藏于4℃,已更换防鼠板。";
    assert_eq!(score(&bakery, reform).total, 0.0);
    assert!(score(&bakery, note).total > 0.0);
    assert_eq!(score(&zone, note).total, 0.0);
    assert!(score(&zone, reform).total > 0.0);
}
