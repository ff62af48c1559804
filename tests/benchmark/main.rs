//! Benchmark figures and reports on hand-made score tables: ranks and ties,
//! percentiles, distance to frontier (observed and fixed, all-tie rule),
//! bands, gaps, peer groups, periods and changes, weight sensitivity, and
//! the escaping of HTML and CSV output. One end-to-end run over `data/`.

use std::path::{Path, PathBuf};
use zone_reform::benchmark::{
    band_of, Benchmark, BenchmarkError, BenchmarkOptions, GroupBy, Period, PeriodMode,
    ScoredDocument, SensitivityOptions,
};
use zone_reform::manifest::Zone;
use zone_reform::report::{Format, Report};
use zone_reform::rubric::{Band, BenchmarkSpec};
use zone_reform::{ingest, Document, DocumentScore, Evidence, Manifest, Rubric, Scorer};

/// Two dimensions: `a` (indicators a1, a2) and `b` (b1); levels 1–3.
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

[[levels]]
name = "achieved"
value = 3

[[dimensions]]
id = "a"
name = "A"

  [[dimensions.indicators]]
  id = "a1"
  any = ["甲一"]

  [[dimensions.indicators]]
  id = "a2"
  any = ["甲二"]

[[dimensions]]
id = "b"
name = "B"

  [[dimensions.indicators]]
  id = "b1"
  any = ["乙一"]
"#;

fn scorer() -> Scorer {
    let rubric = Rubric::from_toml_str(RUBRIC, None).unwrap_or_else(|e| panic!("{e}"));
    Scorer::new(&rubric).unwrap_or_else(|e| panic!("{e}"))
}

/// A document score with indicator levels `[a1, a2, b1]`; each indicator
/// above 0 has one evidence sentence `"<doc> <indicator>"`.
fn doc_score(scorer: &Scorer, doc: &str, levels: [u32; 3]) -> DocumentScore {
    let mut score = scorer.score(&Document::from_text(doc, ""));
    let indicators = score
        .dimensions
        .iter_mut()
        .flat_map(|d| d.indicators.iter_mut());
    for (ind, level) in indicators.zip(levels) {
        ind.level = level;
        if level > 0 {
            ind.evidence.push(Evidence {
                text: format!("{doc} {}", ind.id).into(),
                start: 0,
                end: 0,
                level,
                terms: vec![ind.id.as_str().into()],
                cue: None,
                cap: None,
                document: None,
            });
        }
    }
    // Recompute dimension scores and the total from the levels.
    let zone = scorer.combine(doc, &[score]);
    DocumentScore {
        document: doc.to_string(),
        total: zone.total,
        scope: zone.scope,
        dimensions: zone.dimensions,
        pmc: zone.pmc,
    }
}

fn doc(scorer: &Scorer, zone: &str, year: Option<i32>, levels: [u32; 3]) -> ScoredDocument {
    let id = format!("{zone}-{}", year.map_or("x".to_string(), |y| y.to_string()));
    ScoredDocument::new(zone, year, doc_score(scorer, &id, levels))
}

fn build(
    scorer: &Scorer,
    spec: &BenchmarkSpec,
    manifest: &Manifest,
    docs: Vec<ScoredDocument>,
    options: &BenchmarkOptions,
) -> Benchmark {
    Benchmark::new(scorer, spec, manifest, docs, options).unwrap_or_else(|e| panic!("{e}"))
}

fn simple(scorer: &Scorer, docs: Vec<ScoredDocument>) -> Benchmark {
    build(
        scorer,
        &BenchmarkSpec::default(),
        &Manifest::default(),
        docs,
        &BenchmarkOptions::default(),
    )
}

fn ranks(b: &Benchmark) -> Vec<(String, usize)> {
    b.periods[0]
        .zones
        .iter()
        .map(|z| (z.zone.id.clone(), z.rank))
        .collect()
}

fn zone(id: &str, province: &str) -> Zone {
    Zone {
        id: id.into(),
        name: format!("{id} zone"),
        province: Some(province.into()),
        ..Zone::default()
    }
}

mod periods;
mod properties;
mod ranking;
mod reports;
