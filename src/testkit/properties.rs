//! The invariants as functions: each `check_*` returns `Err(reason)` when
//! its invariant does not hold for the given input.

use std::collections::BTreeMap;

use super::document::{shuffle, GeneratedDocument};
use super::script::mix;
use crate::normalize::Normalizer;
use crate::{DimensionScore, Document, DocumentScore, Rubric, Scorer, ZoneScore};

/// Tolerance for comparing scores that are computed in a different order
/// or from scaled weights: relative 1e-9, or absolute 1e-12 near zero.
pub fn close(a: f64, b: f64) -> bool {
    let diff = (a - b).abs();
    diff <= 1e-12 || diff <= 1e-9 * a.abs().max(b.abs())
}

type Levels = BTreeMap<(String, String), u32>;

fn levels(dimensions: &[DimensionScore]) -> Levels {
    dimensions
        .iter()
        .flat_map(|d| {
            d.indicators
                .iter()
                .map(move |i| ((d.id.clone(), i.id.clone()), i.level))
        })
        .collect()
}

/// Compares two scores of the same rubric (up to the order of dimensions
/// and indicators): levels and grades exactly, scores with [`close`].
fn same_scores(a: &DocumentScore, b: &DocumentScore) -> Result<(), String> {
    let (la, lb) = (levels(&a.dimensions), levels(&b.dimensions));
    if la != lb {
        let diff: Vec<String> = la
            .iter()
            .filter(|(k, v)| lb.get(*k) != Some(v))
            .map(|((d, i), v)| {
                let other = lb.get(&(d.clone(), i.clone())).copied();
                format!("{d}.{i}: {v} vs {other:?}")
            })
            .collect();
        return Err(format!("indicator levels differ: {}", diff.join(", ")));
    }
    let dims = |s: &DocumentScore| -> BTreeMap<String, (f64, u32)> {
        s.dimensions
            .iter()
            .map(|d| (d.id.clone(), (d.score, d.grade)))
            .collect()
    };
    for ((id, (sa, ga)), (_, (sb, gb))) in dims(a).iter().zip(dims(b).iter()) {
        if ga != gb || !close(*sa, *sb) {
            return Err(format!(
                "dimension {id}: score {sa} grade {ga} vs score {sb} grade {gb}"
            ));
        }
    }
    if !close(a.total, b.total) {
        return Err(format!("total {} vs {}", a.total, b.total));
    }
    Ok(())
}

fn score_text(scorer: &Scorer, text: &str) -> DocumentScore {
    scorer.score(&Document::from_text("doc", text))
}

/// Invariant 1: totals in [0, 100], dimension scores in [0, 1], grades and
/// levels in [0, L_max] (each a level value or 0), the grade the maximum
/// level, and every evidence quote the slice of `text` it points at.
pub fn check_scores_in_range(scorer: &Scorer, text: &str) -> Result<(), String> {
    let score = score_text(scorer, text);
    let l_max = scorer.max_level();
    if !(score.total.is_finite() && (0.0..=100.0).contains(&score.total)) {
        return Err(format!("total {} outside [0, 100]", score.total));
    }
    for d in &score.dimensions {
        if !(d.score.is_finite() && (0.0..=1.0).contains(&d.score)) {
            return Err(format!(
                "dimension {} score {} outside [0, 1]",
                d.id, d.score
            ));
        }
        let max = d.indicators.iter().map(|i| i.level).max().unwrap_or(0);
        if d.grade > l_max || d.grade != max {
            return Err(format!(
                "dimension {} grade {} (L_max {l_max}, best indicator {max})",
                d.id, d.grade
            ));
        }
        for i in &d.indicators {
            if i.level > l_max || (i.level > 0 && scorer.level_name(i.level) == "none") {
                return Err(format!("indicator {}.{} level {}", d.id, i.id, i.level));
            }
            for e in &i.evidence {
                if e.level == 0 || e.level > i.level {
                    return Err(format!(
                        "indicator {}.{} evidence level {} above level {}",
                        d.id, i.id, e.level, i.level
                    ));
                }
                if text.get(e.start..e.end) != Some(&*e.text) {
                    return Err(format!(
                        "indicator {}.{} evidence {:?} is not text[{}..{}]",
                        d.id, i.id, e.text, e.start, e.end
                    ));
                }
            }
        }
    }
    Ok(())
}

/// Invariant 2: scoring `base` followed by `appended` on a new line gives
/// every indicator at least the level it had on `base` alone.
pub fn check_appending(scorer: &Scorer, base: &str, appended: &str) -> Result<(), String> {
    let mut longer = base.to_string();
    if !longer.is_empty() && !longer.ends_with('\n') {
        longer.push('\n');
    }
    longer.push_str(appended);
    let before = levels(&score_text(scorer, base).dimensions);
    let after = levels(&score_text(scorer, &longer).dimensions);
    for (key, level) in &before {
        let now = after.get(key).copied().unwrap_or(0);
        if now < *level {
            return Err(format!(
                "{}.{} fell from {level} to {now} after appending {appended:?}",
                key.0, key.1
            ));
        }
    }
    Ok(())
}

/// Invariant 3, sentences: the document with its lines and sentences
/// shuffled by `seed` scores as the original.
pub fn check_sentence_reordering(
    scorer: &Scorer,
    doc: &GeneratedDocument,
    seed: u64,
) -> Result<(), String> {
    let shuffled = doc.shuffled(seed).text();
    same_scores(
        &score_text(scorer, &doc.text()),
        &score_text(scorer, &shuffled),
    )
    .map_err(|e| format!("{e}; reordered text {shuffled:?}"))
}

/// The rubric with its dimensions, and the indicators inside each, shuffled
/// by `seed`.
pub fn reordered_rubric(rubric: &Rubric, seed: u64) -> Rubric {
    let mut r = rubric.clone();
    shuffle(&mut r.dimensions, seed);
    for (i, d) in r.dimensions.iter_mut().enumerate() {
        shuffle(&mut d.indicators, mix(seed, i as u64 + 1));
    }
    r
}

/// Invariant 3, rubric: `text` scores the same (by dimension and indicator
/// id) under the rubric with dimensions and indicators reordered.
pub fn check_rubric_reordering(rubric: &Rubric, text: &str, seed: u64) -> Result<(), String> {
    let a = Scorer::new(rubric).map_err(|e| e.to_string())?;
    let b = Scorer::new(&reordered_rubric(rubric, seed)).map_err(|e| e.to_string())?;
    same_scores(&score_text(&a, text), &score_text(&b, text))
}

/// The rubric with every dimension weight multiplied by `dimensions` and
/// every indicator weight by `indicators`.
pub fn scaled_rubric(rubric: &Rubric, dimensions: f64, indicators: f64) -> Rubric {
    let mut r = rubric.clone();
    for d in &mut r.dimensions {
        d.weight *= dimensions;
        for i in &mut d.indicators {
            i.weight *= indicators;
        }
    }
    r
}

/// Invariant 4: `text` scores the same (relative 1e-9) when all dimension
/// weights are scaled by one positive constant and all indicator weights by
/// another. Factors that push a weight out of the positive finite range
/// make an invalid rubric; such a case passes vacuously.
pub fn check_weight_scaling(
    rubric: &Rubric,
    text: &str,
    dimensions: f64,
    indicators: f64,
) -> Result<(), String> {
    let scaled = scaled_rubric(rubric, dimensions, indicators);
    if scaled.validate().is_err() {
        return Ok(());
    }
    let a = Scorer::new(rubric).map_err(|e| e.to_string())?;
    let b = Scorer::new(&scaled).map_err(|e| e.to_string())?;
    same_scores(&score_text(&a, text), &score_text(&b, text))
        .map_err(|e| format!("{e} (weights ×{dimensions}, ×{indicators})"))
}

/// Invariant 5: the Traditional form of a text scores as its Simplified
/// source, down to the level of every evidence sentence.
pub fn check_scripts(scorer: &Scorer, simplified: &str, traditional: &str) -> Result<(), String> {
    let a = score_text(scorer, simplified);
    let b = score_text(scorer, traditional);
    same_scores(&a, &b).map_err(|e| format!("{e}; Traditional form {traditional:?}"))?;
    let evidence = |s: &DocumentScore| -> Vec<Vec<u32>> {
        s.dimensions
            .iter()
            .flat_map(|d| d.indicators.iter())
            .map(|i| i.evidence.iter().map(|e| e.level).collect())
            .collect()
    };
    if evidence(&a) != evidence(&b) {
        return Err(format!(
            "evidence levels differ; Traditional form {traditional:?}"
        ));
    }
    Ok(())
}

/// Invariant 6, first half: normalizing normalized text changes nothing.
pub fn check_normalization(text: &str) -> Result<(), String> {
    let n = Normalizer::default();
    let once = n.normalize(text).text;
    let twice = n.normalize(&once).text;
    if once != twice {
        return Err(format!(
            "normalize({text:?}) = {once:?}, normalized again = {twice:?}"
        ));
    }
    Ok(())
}

/// Invariant 6, second half: a document that is empty, blank, or all
/// boilerplate scores 0 everywhere.
pub fn check_empty(scorer: &Scorer, text: &str) -> Result<(), String> {
    let score = score_text(scorer, text);
    if score.total != 0.0 || levels(&score.dimensions).values().any(|&l| l != 0) {
        return Err(format!("{text:?} scores total {}", score.total));
    }
    Ok(())
}

/// Invariant 7: the rubric serialized with [`Rubric::to_toml_string`] and
/// parsed again compiles to a scorer equal to the rubric's own.
pub fn check_round_trip(rubric: &Rubric) -> Result<(), String> {
    let scorer = Scorer::new(rubric).map_err(|e| format!("the rubric does not compile: {e}"))?;
    let text = rubric
        .to_toml_string()
        .map_err(|e| format!("cannot serialize: {e}"))?;
    let back = Rubric::from_toml_str(&text, None)
        .map_err(|e| format!("serialized rubric does not parse: {e}\n{text}"))?;
    let again = Scorer::new(&back).map_err(|e| format!("does not compile again: {e}"))?;
    if again != scorer {
        return Err(format!("the scorers differ; serialized:\n{text}"));
    }
    Ok(())
}

/// Scores a batch of documents labelled by zone and combines each zone's
/// documents, as a benchmark does.
fn zone_scores(scorer: &Scorer, batch: &[(usize, String)]) -> BTreeMap<usize, ZoneScore> {
    let mut by_zone: BTreeMap<usize, Vec<DocumentScore>> = BTreeMap::new();
    for (zone, text) in batch {
        let scores = by_zone.entry(*zone).or_default();
        // A document is named within its zone, not by its place in the
        // batch: evidence carries the name, and another zone's documents
        // must not rename it.
        let doc = Document::from_text(format!("zone{zone}-doc{}", scores.len()), text.as_str());
        scores.push(scorer.score(&doc));
    }
    by_zone
        .into_iter()
        .map(|(zone, scores)| (zone, scorer.combine(&format!("zone{zone}"), &scores)))
        .collect()
}

/// Invariant 8 (the part that needs no benchmark): each zone's combined
/// score stays exactly the same when another zone's documents are added to
/// the batch at `position`; a zone of one document scores as that
/// document; and a zone's score does not depend on the order of its
/// documents.
pub fn check_zones_independent(
    scorer: &Scorer,
    zones: &[Vec<String>],
    added: &[String],
    position: usize,
) -> Result<(), String> {
    let batch: Vec<(usize, String)> = zones
        .iter()
        .enumerate()
        .flat_map(|(z, docs)| docs.iter().map(move |d| (z, d.clone())))
        .collect();
    let before = zone_scores(scorer, &batch);
    let mut bigger = batch.clone();
    let at = position % (bigger.len() + 1);
    let new_zone = zones.len();
    for (k, d) in added.iter().enumerate() {
        bigger.insert((at + k).min(bigger.len()), (new_zone, d.clone()));
    }
    let after = zone_scores(scorer, &bigger);
    for (zone, score) in &before {
        if after.get(zone) != Some(score) {
            return Err(format!("zone{zone} changed when zone{new_zone} was added"));
        }
    }
    for docs in zones {
        if let [single] = docs.as_slice() {
            let alone = score_text(scorer, single);
            let combined = scorer.combine("z", std::slice::from_ref(&alone));
            if combined.total != alone.total
                || levels(&combined.dimensions) != levels(&alone.dimensions)
            {
                return Err(format!(
                    "a zone of one document scores {} but the document {}",
                    combined.total, alone.total
                ));
            }
        }
        let scores: Vec<DocumentScore> = docs.iter().map(|d| score_text(scorer, d)).collect();
        let mut reversed = scores.clone();
        reversed.reverse();
        let (a, b) = (scorer.combine("z", &scores), scorer.combine("z", &reversed));
        if a.total != b.total || levels(&a.dimensions) != levels(&b.dimensions) {
            return Err("a zone's score depends on the order of its documents".to_string());
        }
    }
    Ok(())
}
