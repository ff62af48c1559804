//! Generated rubrics: overlapping reform terms, cues, exclusions and
//! weights, as a proptest strategy.

use proptest::prelude::*;

use super::document::select_str;
use super::script::to_traditional;
use crate::rubric::{Dimension, Indicator, Level, Negation, Neutral, Quantity, RubricInfo};
use crate::Rubric;

/// Words of zone reform that overlap on purpose (`招商` ⊂ `招商引资` ⊂ …,
/// `招商银行`; `管委` ⊂ `管委会` ⊂ `管委会+公司`; `专班` ⊂ `招商专班`). Every
/// character round-trips through OpenCC's Simplified → Traditional
/// conversion and the engine's Traditional → Simplified table (`复` and
/// `借` are left out: OpenCC writes `批覆`, `藉助`, which fast2s keeps).
pub const TERM_POOL: &[&str] = &[
    "管委会",
    "管委",
    "公司",
    "管委会+公司",
    "平台公司",
    "有限公司",
    "政企分开",
    "一站式",
    "一站式服务中心",
    "服务中心",
    "一窗受理",
    "一次办成",
    "马上办",
    "帮办代办",
    "代办",
    "审批集中",
    "集中审批",
    "区内事区内办",
    "招商",
    "招商引资",
    "招商银行",
    "招商局",
    "双招双引",
    "招商专班",
    "专班",
    "产业链招商",
    "驻地招商",
    "以商招商",
    "项目推进机制",
    "全员聘任制",
    "聘任制",
    "聘任",
    "竞争上岗",
    "双向选聘",
    "末位淘汰",
    "绩效薪酬",
    "任期制",
    "剥离",
    "社会事务",
    "三个剥离",
    "内设机构",
    "精简",
    "人才",
    "人才公寓",
    "专项债",
    "产业基金",
    "融资",
    "贷款",
    "银行",
    "EPC",
    "ppp",
    "PPP模式",
];
/// Level cues (some are terms too, on purpose).
pub const CUE_POOL: &[&str] = &[
    "建立", "推行", "机制", "制度", "方案", "成立", "组建", "注册", "实行", "深化", "已", "了",
    "完成", "累计", "成功", "获批", "先后", "专班",
];
/// `unless` cues.
pub const UNLESS_POOL: &[&str] = &["将", "计划", "力争", "拟", "预计", "争取"];
/// Negation cues.
pub const NEGATION_POOL: &[&str] = &["未", "尚未", "没有", "不再", "并未"];
/// Neutral phrases.
pub const NEUTRAL_POOL: &[&str] = &["了解", "未来", "为了", "完成情况", "了如指掌", "即将召开"];
/// Counting units.
pub const UNIT_POOL: &[&str] = &[
    "项",
    "家",
    "个",
    "件次",
    "亿元",
    "万元",
    "人次",
    "名",
    "%",
    "个工作日",
];
/// Characters for random short phrases that overlap the words above.
const ALPHABET: &[char] = &[
    '管', '委', '会', '公', '司', '招', '商', '引', '资', '项', '目', '一', '站', '式', '服', '务',
    '中', '心', '聘', '任', '制', '专', '班', '剥', '离', '人', '才', '融', '未', '了',
];

/// A phrase as a rubric author might write it: usually Simplified, now and
/// then Traditional or full-width (normalization must make them equal).
fn written_phrase(base: BoxedStrategy<String>) -> BoxedStrategy<String> {
    (
        base,
        prop::option::weighted(0.15, any::<u64>()),
        any::<bool>(),
    )
        .prop_map(|(p, variant, full)| match variant {
            Some(_) if full => p
                .chars()
                .map(|c| match c {
                    '!'..='~' => char::from_u32(c as u32 + 0xFEE0).unwrap_or(c),
                    _ => c,
                })
                .collect(),
            Some(seed) => to_traditional(&p, seed),
            None => p,
        })
        .boxed()
}

fn term_strategy() -> BoxedStrategy<String> {
    let word = select_str(TERM_POOL);
    let random = prop::collection::vec(prop::sample::select(ALPHABET), 1..4)
        .prop_map(|cs| cs.into_iter().collect::<String>())
        .boxed();
    written_phrase(prop_oneof![3 => word, 1 => random].boxed())
}

fn exclusion_strategy() -> BoxedStrategy<String> {
    // A term with something before or after it: it swallows the term.
    (
        term_strategy(),
        prop::sample::select(ALPHABET),
        select_str(&["银行", "局集团", "证券", "基金", "服务"]),
        any::<bool>(),
    )
        .prop_map(|(t, c, word, before)| {
            if before {
                format!("{c}{t}")
            } else {
                format!("{t}{word}")
            }
        })
        .boxed()
}

fn weight_strategy() -> BoxedStrategy<f64> {
    prop_oneof![
        8 => 0.05f64..20.0,
        1 => prop::sample::select(vec![1.0, 0.5, 2.0, 3.0]),
        1 => prop::sample::select(vec![
            f64::MIN_POSITIVE,
            1e-300,
            5e-324,
            1e300,
            f64::MAX,
            f64::MAX / 3.0,
        ]),
    ]
    .boxed()
}

/// `any` terms, `all` groups, exclusions and weight of one indicator.
type IndicatorSpec = (Vec<String>, Vec<Vec<String>>, Vec<String>, f64);

fn indicator_strategy() -> BoxedStrategy<IndicatorSpec> {
    (
        prop::collection::vec(term_strategy(), 0..4),
        prop::collection::vec(prop::collection::vec(term_strategy(), 1..3), 0..3),
        prop::collection::vec(exclusion_strategy(), 0..3),
        weight_strategy(),
    )
        .prop_map(|(mut any, all, exclude, weight)| {
            if any.is_empty() && all.is_empty() {
                any.push("一站式".to_string());
            }
            (any, all, exclude, weight)
        })
        .boxed()
}

fn levels_strategy() -> BoxedStrategy<Vec<Level>> {
    let cue = written_phrase(
        prop_oneof![
            4 => select_str(CUE_POOL),
            1 => select_str(TERM_POOL),
        ]
        .boxed(),
    );
    prop::collection::vec(
        (
            1u32..4,
            prop::collection::vec(cue, 0..4),
            prop::collection::vec(select_str(UNLESS_POOL), 0..3),
            any::<bool>(),
        ),
        1..5,
    )
    .prop_map(|specs| {
        let mut value = 0;
        specs
            .into_iter()
            .enumerate()
            .map(|(i, (step, cues, unless, quantity))| {
                value += step;
                Level {
                    name: format!("level{i}"),
                    value,
                    cues,
                    unless,
                    window: None,
                    quantity,
                    description: None,
                }
            })
            .collect()
    })
    .boxed()
}

/// Random valid rubrics over built-in pools of overlapping zone-reform
/// phrases: 1–4 levels with cues, `unless` cues and quantities; negation
/// cues; neutral phrases; 1–4 dimensions of 1–3 indicators with `any`
/// terms, `all` groups, exclusions (a term with more around it) and weights
/// (now and then extreme: 5e-324, 1e300, `f64::MAX`). For testing the
/// engine itself; to test a rubric of your own use
/// [`check_rubric_invariants`](super::check_rubric_invariants).
pub fn rubric_strategy() -> BoxedStrategy<Rubric> {
    let dimension = (
        prop::collection::vec(indicator_strategy(), 1..4),
        weight_strategy(),
    );
    (
        levels_strategy(),
        prop::collection::vec(select_str(NEGATION_POOL), 0..3),
        prop::collection::vec(select_str(UNIT_POOL), 0..5),
        prop::collection::vec(select_str(NEUTRAL_POOL), 0..3),
        prop::collection::vec(dimension, 1..5),
    )
        .prop_map(|(levels, negations, units, neutral, dims)| Rubric {
            rubric: RubricInfo {
                id: "generated".to_string(),
                version: "0".to_string(),
                name: None,
                description: None,
            },
            levels,
            negation: Negation { cues: negations },
            quantity: Quantity { units },
            neutral: Neutral { phrases: neutral },
            scope: None,
            context: Vec::new(),
            generic: Default::default(),
            evidence: Default::default(),
            dimensions: dims
                .into_iter()
                .enumerate()
                .map(|(d, (inds, weight))| Dimension {
                    id: format!("d{d}"),
                    name: format!("dimension {d}"),
                    weight,
                    description: None,
                    context: Vec::new(),
                    indicators: inds
                        .into_iter()
                        .enumerate()
                        .map(|(i, (any, all, exclude, weight))| Indicator {
                            id: format!("i{i}"),
                            name: None,
                            weight,
                            any,
                            all,
                            exclude,
                            generic: Vec::new(),
                            context: Vec::new(),
                            description: None,
                        })
                        .collect(),
                })
                .collect(),
            benchmark: Default::default(),
            aggregation: Default::default(),
        })
        .boxed()
}
