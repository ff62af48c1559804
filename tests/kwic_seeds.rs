//! `Scorer::explain_sentence` and KWIC agree with scoring on the seed
//! documents: every sentence the explanation marks as satisfying an
//! indicator is evidence for it at the same level, cue and terms, and
//! nothing else is; every occurrence KWIC reports as counted lies in an
//! evidence sentence of that indicator at that level.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use zone_reform::kwic::{Kwic, Status};
use zone_reform::matcher::Hit;
use zone_reform::segment::sentences;
use zone_reform::{ingest, Document, Rubric, Scorer};

fn scorer() -> Scorer {
    Scorer::new(&Rubric::builtin().unwrap_or_else(|e| panic!("{e}")))
        .unwrap_or_else(|e| panic!("{e}"))
}

fn seed_docs() -> Vec<Document> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{e}"))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    assert_eq!(files.len(), 5);
    files
        .iter()
        .map(|f| ingest::read_path(f).unwrap_or_else(|e| panic!("{e}")))
        .collect()
}

/// (indicator index, original start, level, terms, cue) of every evidence.
type Row = (u32, usize, u32, Vec<String>, Option<String>);

#[test]
fn explained_sentences_are_exactly_the_scored_evidence() {
    let scorer = scorer();
    for doc in seed_docs() {
        let score = scorer.score(&doc);
        let scored: BTreeSet<Row> = score
            .dimensions
            .iter()
            .flat_map(|d| &d.indicators)
            .enumerate()
            .flat_map(|(i, ind)| {
                ind.evidence.iter().map(move |e| {
                    let terms = e.terms.iter().map(|t| t.to_string()).collect();
                    let cue = e.cue.as_deref().map(str::to_string);
                    (i as u32, e.start, e.level, terms, cue)
                })
            })
            .collect();
        let norm = scorer.normalizer().normalize(&doc.text);
        let hits: Vec<Hit> = scorer.matcher().find_iter(&norm.text).collect();
        let mut explained = BTreeSet::new();
        for s in sentences(&norm.text) {
            let inside: Vec<Hit> = hits
                .iter()
                .filter(|h| h.start >= s.start && h.end <= s.end)
                .copied()
                .collect();
            if inside.is_empty() {
                continue;
            }
            let exp = scorer.explain_sentence(&norm.text, s, &inside);
            let start = norm.original_range(s.range()).start;
            for c in exp.indicators.iter().filter(|c| c.satisfied) {
                explained.insert((c.index, start, c.level, c.terms.clone(), c.cue.clone()));
            }
        }
        assert!(!scored.is_empty());
        assert_eq!(explained, scored, "{}", doc.id);
    }
}

#[test]
fn kwic_counted_occurrences_lie_in_evidence_sentences_at_that_level() {
    let scorer = scorer();
    let docs = seed_docs();
    let mut counted = 0;
    let mut swallowed = 0;
    for phrase in ["招商", "管委会", "一站式", "聘任制", "平台公司", "已", "了"] {
        let kwic = Kwic::new(&scorer, phrase).unwrap_or_else(|e| panic!("{e}"));
        for doc in &docs {
            let score = scorer.score(doc);
            for hit in kwic.find(doc) {
                assert_eq!(doc.text.get(hit.start..hit.end), Some(hit.matched.as_str()));
                assert_eq!(hit.found_by_matcher, hit.swallowed_by.is_none());
                for v in &hit.verdicts {
                    let Some(label) = &v.indicator else { continue };
                    let ind = score
                        .dimensions
                        .iter()
                        .flat_map(|d| d.indicators.iter().map(move |i| (d, i)))
                        .find(|(d, i)| format!("{}/{}", d.id, i.id) == *label)
                        .map(|(_, i)| i)
                        .unwrap_or_else(|| panic!("{label}"));
                    let evidence_here = ind
                        .evidence
                        .iter()
                        .find(|e| e.start <= hit.start && hit.end <= e.end);
                    match &v.status {
                        Status::Counted { level, .. } => {
                            counted += 1;
                            let e = evidence_here.unwrap_or_else(|| panic!("{hit}"));
                            assert_eq!(e.level, *level, "{hit}");
                            assert!(e.terms.iter().any(|t| &**t == kwic.phrase()), "{hit}");
                        }
                        Status::Swallowed { anyway, .. }
                        | Status::Negated { anyway, .. }
                        | Status::Voided { anyway, .. } => {
                            swallowed += 1;
                            assert_eq!(anyway.is_some(), evidence_here.is_some(), "{hit}");
                        }
                        Status::Incomplete { .. } => assert!(evidence_here.is_none(), "{hit}"),
                        Status::NotATerm { .. } => panic!("{hit}"),
                    }
                }
            }
        }
    }
    assert!(counted > 10 && swallowed > 10, "{counted} {swallowed}");
}
