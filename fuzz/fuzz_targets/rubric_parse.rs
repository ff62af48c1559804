//! Fuzz target: arbitrary bytes as a rubric. Parsing, validation and
//! compilation must return a value or an error, never panic; a rubric that
//! compiles must score a short text, and survive a serialize/parse round trip.
#![no_main]

use libfuzzer_sys::fuzz_target;
use zone_reform::{Document, Rubric, Scorer};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(rubric) = Rubric::from_toml_str(text, None) else {
        return;
    };
    let Ok(scorer) = Scorer::new(&rubric) else {
        return;
    };
    let score = scorer.score(&Document::from_text("f", text));
    assert!((0.0..=100.0).contains(&score.total));
    if let Ok(again) = rubric.to_toml_string() {
        let back = Rubric::from_toml_str(&again, None).ok();
        let rescored = back.and_then(|r| Scorer::new(&r).ok());
        assert!(rescored.is_some_and(|s| s == scorer), "round trip changed the scorer");
    }
});
