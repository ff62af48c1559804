//! Fuzz target: arbitrary bytes as a document, through ingest and scoring
//! with the default rubric. Ingest may refuse the bytes; scoring must not
//! panic, and scores must stay in range with evidence quoting real bytes.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;
use zone_reform::{ingest, Rubric, Scorer};

fn scorer() -> Option<&'static Scorer> {
    static SCORER: OnceLock<Option<Scorer>> = OnceLock::new();
    SCORER
        .get_or_init(|| Rubric::builtin().ok().and_then(|r| Scorer::new(&r).ok()))
        .as_ref()
}

fuzz_target!(|data: &[u8]| {
    let Some(scorer) = scorer() else {
        return;
    };
    let Ok(doc) = ingest::read_bytes("fuzz.txt", data) else {
        return;
    };
    let score = scorer.score(&doc);
    assert!((0.0..=100.0).contains(&score.total));
    for dim in &score.dimensions {
        assert!((0.0..=1.0).contains(&dim.score));
        for ind in &dim.indicators {
            for e in &ind.evidence {
                assert_eq!(doc.text.get(e.start..e.end), Some(e.text.as_str()));
            }
        }
    }
});
