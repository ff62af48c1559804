//! Integration tests over the five real seed documents in `data/`.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use zone_reform::{ingest, Document, DocumentScore, Rubric, Scorer};

const FOUR: [&str; 4] = ["mgmt_company", "staffing", "one_stop", "investment"];

fn data(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("data")
        .join(name)
}

fn scorer() -> Scorer {
    let rubric =
        Rubric::load(Path::new(env!("CARGO_MANIFEST_DIR")).join("rubrics/zone_reform.toml"))
            .unwrap_or_else(|e| panic!("{e}"));
    Scorer::new(&rubric).unwrap_or_else(|e| panic!("{e}"))
}

fn seed_files() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(data(""))
        .unwrap_or_else(|e| panic!("{e}"))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    files
}

fn read(path: &Path) -> Document {
    ingest::read_path(path).unwrap_or_else(|e| panic!("{e}"))
}

fn grades(score: &DocumentScore) -> BTreeMap<String, u32> {
    score
        .dimensions
        .iter()
        .map(|d| (d.id.clone(), d.grade))
        .collect()
}

/// Gold grades: file → dimension → grade, from data/gold/seeds.toml.
fn gold() -> BTreeMap<String, BTreeMap<String, u32>> {
    let text = std::fs::read_to_string(data("gold/seeds.toml")).unwrap_or_else(|e| panic!("{e}"));
    let value: toml::Table = toml::from_str(&text).unwrap_or_else(|e| panic!("{e}"));
    let docs = value
        .get("doc")
        .and_then(|d| d.as_array())
        .cloned()
        .unwrap_or_default();
    docs.iter()
        .filter_map(|d| d.as_table())
        .map(|t| {
            let file = t
                .get("file")
                .and_then(|f| f.as_str())
                .unwrap_or_default()
                .to_string();
            let grades = FOUR
                .iter()
                .map(|dim| {
                    let g = t.get(*dim).and_then(|v| v.as_integer()).unwrap_or(-1);
                    (dim.to_string(), u32::try_from(g).unwrap_or(u32::MAX))
                })
                .collect();
            (file, grades)
        })
        .collect()
}

#[test]
fn engine_agrees_with_hand_coded_seed_grades() {
    let scorer = scorer();
    let gold = gold();
    assert_eq!(gold.len(), 5, "five labelled seeds");
    let mut exact = 0;
    let mut table = String::new();
    for (file, labels) in &gold {
        let score = scorer.score(&read(&data(file)));
        let got = grades(&score);
        for dim in FOUR {
            let (g, e) = (labels[dim], got[dim]);
            table.push_str(&format!("{file} {dim}: engine {e}, gold {g}\n"));
            assert!(
                g.abs_diff(e) <= 1,
                "{file} {dim}: engine {e} vs gold {g}\n{table}"
            );
            exact += usize::from(g == e);
        }
    }
    assert!(
        exact >= 16,
        "exact agreement in {exact} of 20 cells:\n{table}"
    );
}

#[test]
fn traditional_seeds_score_the_same_as_their_simplified_conversion() {
    let scorer = scorer();
    for name in ["001_d053e63b2fb7379c.txt", "002_0df43ffad4ea5701.txt"] {
        let doc = read(&data(name));
        let simplified = Document::from_text(name, fast2s::convert(&doc.text));
        assert_ne!(doc.text, simplified.text, "{name} is Traditional");
        let (a, b) = (scorer.score(&doc), scorer.score(&simplified));
        assert_eq!(grades(&a), grades(&b), "{name}");
        assert_eq!(a.total, b.total, "{name}");
        for (da, db) in a.dimensions.iter().zip(&b.dimensions) {
            for (ia, ib) in da.indicators.iter().zip(&db.indicators) {
                let la: Vec<u32> = ia.evidence.iter().map(|e| e.level).collect();
                let lb: Vec<u32> = ib.evidence.iter().map(|e| e.level).collect();
                assert_eq!(la, lb, "{name} {}", ia.id);
            }
        }
    }
}

/// Lines of each seed that are site furniture, not the document, listed by
/// hand (a prefix of each line). Removing them must change no score.
const BOILERPLATE: &[(&str, &[&str])] = &[
    (
        "000_00c8d2bd91da5493.txt",
        &[
            "中国网小记者",
            "基层门户网",
            "2022-09-17 15:35:04",
            "[责任编辑",
            "呵护地球",
            "让爱成长",
            "关爱留守儿童",
            "绿色出行",
            "鲁冰花",
            "关于我们|",
            "有害短信息举报",
            "邮箱:",
            "京ICP备",
            "Copyright",
        ],
    ),
    ("001_d053e63b2fb7379c.txt", &["- "]),
    (
        "002_0df43ffad4ea5701.txt",
        &[
            "2024-01-12",
            "2023-12-17",
            "2023-11-0",
            "聊城新聞網",
            "互聯網新聞",
            "信息網絡傳播",
            "本網違法",
        ],
    ),
    (
        "003_3405dfae66af336f.txt",
        &[
            "科技是第一生产力",
            "氢能科技",
            "免责声明",
            "更多>",
            "推荐图文",
            "推荐资讯",
            "点击排行",
            "网站首页",
            "粤公网安备",
            " ",
        ],
    ),
    (
        "004_a3fd544edaa62632.txt",
        &[
            "-",
            "资源ID",
            "资源大小",
            "全文页数",
            "- 资源格式",
            "下载积分",
            "友情提示",
            "2、",
            "3、",
            "4、",
            "5、",
            "|",
        ],
    ),
];

#[test]
fn removing_boilerplate_by_hand_changes_no_score() {
    let scorer = scorer();
    for (name, prefixes) in BOILERPLATE {
        let doc = read(&data(name));
        let clean: String = doc
            .text
            .lines()
            .filter(|l| !prefixes.iter().any(|p| l.starts_with(p)))
            .map(|l| format!("{l}\n"))
            .collect();
        assert!(
            clean.len() < doc.text.len(),
            "{name}: some boilerplate removed"
        );
        let a = scorer.score(&doc);
        let b = scorer.score(&Document::from_text(*name, clean));
        assert_eq!(a.total, b.total, "{name}");
        assert_eq!(grades(&a), grades(&b), "{name}");
    }
}

#[test]
fn evidence_quotes_the_original_bytes() {
    let scorer = scorer();
    for file in seed_files() {
        let doc = read(&file);
        let score = scorer.score(&doc);
        for dim in &score.dimensions {
            for ind in &dim.indicators {
                for e in &ind.evidence {
                    assert_eq!(doc.text.get(e.start..e.end), Some(&*e.text));
                    assert!(!e.text.trim().is_empty());
                    assert!(e.level >= 1 && e.level <= scorer.max_level());
                }
            }
        }
    }
}

#[test]
fn glossed_seed_quotes_keep_the_glosses() {
    let scorer = scorer();
    let score = scorer.score(&read(&data("001_d053e63b2fb7379c.txt")));
    let investment = score.dimensions.iter().find(|d| d.id == "investment");
    let quote = investment
        .and_then(|d| d.indicators.iter().find_map(|i| i.evidence.first()))
        .map(|e| e.text.clone())
        .unwrap_or_default();
    assert!(quote.contains("雙招雙引"), "{quote}");
    assert!(
        quote.contains("(qū)"),
        "quoted as written, glosses and all: {quote}"
    );
}

#[test]
fn all_seeds_score_between_bounds_and_rank_the_reformers_first() {
    let scorer = scorer();
    let totals: Vec<(String, f64)> = seed_files()
        .iter()
        .map(|f| {
            let s = scorer.score(&read(f));
            (s.document.clone(), s.total)
        })
        .collect();
    for (name, t) in &totals {
        assert!((0.0..=100.0).contains(t), "{name}: {t}");
    }
    // The two zones that report completed 管委会+公司 and staffing reforms
    // (003, 004) outrank the three that do not.
    let reformers: Vec<f64> = totals
        .iter()
        .filter(|(n, _)| n.starts_with("003") || n.starts_with("004"))
        .map(|(_, t)| *t)
        .collect();
    let others: Vec<f64> = totals
        .iter()
        .filter(|(n, _)| !(n.starts_with("003") || n.starts_with("004")))
        .map(|(_, t)| *t)
        .collect();
    let min_reformer = reformers.iter().copied().fold(f64::INFINITY, f64::min);
    let max_other = others.iter().copied().fold(0.0, f64::max);
    assert!(min_reformer > max_other, "{totals:?}");
}

#[test]
fn every_seed_is_in_the_default_rubrics_scope() {
    let docs: Vec<Document> = seed_files().iter().map(|p| read(p)).collect();
    let findings = zone_reform::lint::scope_findings(&scorer(), &docs);
    assert!(findings.is_empty(), "{findings:?}");
}

#[test]
fn a_scope_that_excludes_the_seeds_is_a_lint_finding() {
    let mut rubric = Rubric::builtin().unwrap_or_else(|e| panic!("{e}"));
    if let Some(scope) = rubric.scope.as_mut() {
        scope.terms = vec!["自由贸易试验区".to_string()];
    }
    let scorer = Scorer::new(&rubric).unwrap_or_else(|e| panic!("{e}"));
    let docs: Vec<Document> = seed_files().iter().map(|p| read(p)).collect();
    let findings = zone_reform::lint::scope_findings(&scorer, &docs);
    assert_eq!(findings.len(), docs.len(), "{findings:?}");
    assert!(findings
        .iter()
        .all(|f| f.kind == zone_reform::lint::LintKind::OutOfScope));
}
