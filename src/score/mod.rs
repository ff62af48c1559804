//! Score: [`Document`] → [`DocumentScore`] through a compiled, immutable [`Scorer`].
//!
//! [`Scorer::new`] validates a [`crate::Rubric`] and compiles it (phrases normalized
//! into one automaton, indicators and levels into flat tables). Scoring then
//! normalizes the document, decides whether it is in the rubric's scope,
//! finds all phrase hits in one pass, walks the sentences and decides, per
//! sentence, which indicators it is evidence for and at which level.
//! Scoring cannot fail: any text gets a score.
//!
//! - `compile`: rubric → scorer tables.
//! - `sentence`: the one reading of a sentence that scoring, explanations
//!   and KWIC all use (terms, negation, context rules, generic caps, cues).
//! - `document`: a document's scope, its sentences, and the assembled score.
//! - `explain`: the reading of a sentence or a document, for people.

use crate::ingest::Document;
use crate::matcher::{JointScan, Matcher};
use crate::normalize::Normalizer;
use crate::rubric::{RubricInfo, Within};
use serde::Serialize;
use std::sync::Arc;

mod compile;
mod document;
mod explain;
mod sentence;
#[cfg(test)]
mod tests;

pub use explain::{
    DocumentExplanation, ExplainedSentence, IndicatorCheck, IndicatorRef, MarkedCue,
    SentenceExplanation, VoidedTerm,
};

/// A compiled rubric, ready to score documents. Build once, share across
/// threads (`Scorer` is `Send + Sync`), score many.
#[derive(Debug, Clone)]
pub struct Scorer {
    info: RubricInfo,
    normalizer: Normalizer,
    matcher: Matcher,
    /// Scope terms, scope exclusions and context words, matched apart from
    /// the rubric's terms so that they never swallow one; `None` when the
    /// rubric has neither a scope nor context rules.
    context_matcher: Option<Matcher>,
    /// Both matchers in one pass over a text: the terms' hits first, then
    /// the context matcher's (derived from the two, so not compared).
    scan: JointScan,
    levels: Vec<CompiledLevel>,
    /// Bit i set when level i takes a quantity as a cue.
    quantity_levels: u32,
    dimensions: Vec<CompiledDimension>,
    indicators: Vec<CompiledIndicator>,
    rules: Vec<CompiledRule>,
    scope: Option<CompiledScope>,
    /// The highest level value of generic evidence with nothing bound to it.
    generic_cap: u32,
    aggregation: crate::aggregate::Aggregation,
}

impl PartialEq for Scorer {
    /// Equal when the compiled tables are equal (the automata are derived
    /// from the phrases, which the matchers compare).
    fn eq(&self, other: &Self) -> bool {
        self.info == other.info
            && self.matcher == other.matcher
            && self.context_matcher == other.context_matcher
            && self.levels == other.levels
            && self.quantity_levels == other.quantity_levels
            && self.dimensions == other.dimensions
            && self.indicators == other.indicators
            && self.rules == other.rules
            && self.scope == other.scope
            && self.generic_cap == other.generic_cap
            && self.aggregation == other.aggregation
    }
}

#[derive(Debug, Clone, PartialEq)]
struct CompiledLevel {
    name: String,
    value: u32,
    /// Where this level's cues count around a term.
    window: Within,
}

#[derive(Debug, Clone, PartialEq)]
struct CompiledDimension {
    id: String,
    name: String,
    weight: f64,
    /// `weight` divided by the largest dimension weight, in (0, 1]: sums of
    /// shares cannot overflow, however large the weights (two weights of
    /// 1e308 would sum to infinity and make every score NaN).
    share: f64,
    indicators: std::ops::Range<usize>,
}

#[derive(Debug, Clone, PartialEq)]
struct CompiledIndicator {
    id: String,
    name: Option<String>,
    weight: f64,
    /// `weight` divided by the largest indicator weight of its dimension.
    share: f64,
    /// Bit mask of all `all` groups (0 when the indicator has none).
    all_mask: u32,
    /// Its own context rules (indices into `Scorer::rules`); the rubric-wide
    /// rules apply to every indicator.
    rules: Vec<u32>,
}

#[derive(Debug, Clone, PartialEq)]
struct CompiledRule {
    id: String,
    why: String,
    within: Within,
    cap: u32,
    /// A rubric-wide `[[context]]` rule, applying to every indicator.
    global: bool,
}

#[derive(Debug, Clone, PartialEq)]
struct CompiledScope {
    name: String,
    min_hits: u32,
}

/// The score of one document.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DocumentScore {
    /// The document's id.
    pub document: String,
    /// Weighted total on 0–100.
    pub total: f64,
    /// Whether the document is about what the rubric scores, and why;
    /// `None` when the rubric sets no `[scope]`. Out of scope, every grade
    /// is 0 and no evidence is kept.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scope: Option<ScopeDecision>,
    /// One entry per rubric dimension, in rubric order.
    pub dimensions: Vec<DimensionScore>,
    /// The PMC figures, when the rubric aggregates with `method = "pmc"`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pmc: Option<crate::aggregate::PmcScore>,
}

/// The score of a zone: [`Scorer::combine`] of its documents' scores, the
/// union of their evidence (each [`Evidence::document`] names its source).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ZoneScore {
    /// The zone's id.
    pub zone: String,
    /// The ids of the documents combined, in the order given.
    pub documents: Vec<String>,
    /// Weighted total on 0–100, from the combined indicator levels.
    pub total: f64,
    /// In scope when any of its documents is; `None` when the rubric sets
    /// no `[scope]`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scope: Option<ScopeDecision>,
    /// One entry per rubric dimension, in rubric order.
    pub dimensions: Vec<DimensionScore>,
    /// The PMC figures, when the rubric aggregates with `method = "pmc"`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pmc: Option<crate::aggregate::PmcScore>,
}

/// The scope decision for a document (or, combined, for a zone).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ScopeDecision {
    /// The document is scored.
    pub in_scope: bool,
    /// Occurrences of scope terms found.
    pub hits: u32,
    /// Occurrences needed (`[scope] min_hits`).
    pub required: u32,
    /// The distinct scope terms found (normalized), in order of first
    /// occurrence.
    pub terms: Vec<String>,
    /// The decision in a sentence, for reports.
    pub reason: String,
}

/// The score of one dimension.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DimensionScore {
    /// Dimension id.
    pub id: String,
    /// Display name.
    pub name: String,
    /// Weight in the total.
    pub weight: f64,
    /// Σ wᵢ·levelᵢ / (L_max·Σ wᵢ), in [0, 1].
    pub score: f64,
    /// The highest indicator level, in [0, L_max].
    pub grade: u32,
    /// One entry per indicator, in rubric order.
    pub indicators: Vec<IndicatorScore>,
}

/// The level of one indicator and the sentences behind it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct IndicatorScore {
    /// Indicator id.
    pub id: String,
    /// Display name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Weight in its dimension.
    pub weight: f64,
    /// The maximum evidence level over all sentences (0 = no evidence).
    pub level: u32,
    /// The name of that level ("none" for 0).
    pub level_name: String,
    /// Every sentence that satisfies the indicator, in document order.
    pub evidence: Vec<Evidence>,
    /// Term hits that did not count, in document order: voided by a context
    /// rule or cancelled by a negation in their clause.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub discounted: Vec<Discounted>,
}

/// A sentence that is evidence for an indicator.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Evidence {
    /// The sentence as the author wrote it (original script and width),
    /// shared by every indicator the sentence is evidence for.
    pub text: Arc<str>,
    /// Byte offset of the sentence in [`Document::text`].
    pub start: usize,
    /// Byte offset just past the sentence.
    pub end: usize,
    /// The evidence level of the sentence.
    pub level: u32,
    /// The (normalized) terms that satisfied the indicator.
    pub terms: Vec<Arc<str>>,
    /// What decided the level: the cue phrase, `quantity 115件次`, or
    /// nothing when the sentence has no cue (lowest level).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cue: Option<Arc<str>>,
    /// Why the level is lower than the cues alone would give: a generic
    /// term with nothing bound to it, or a context rule (a problem list).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cap: Option<Arc<str>>,
    /// The document the sentence comes from, set by [`Scorer::combine`] when
    /// a zone's evidence gathers several documents (the offsets are then
    /// offsets into that document). `None` in a single document's score.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub document: Option<String>,
}

/// A term hit that did not count, and why.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Discounted {
    /// The sentence as the author wrote it (shared, as for evidence).
    pub text: Arc<str>,
    /// Byte offset of the sentence in [`Document::text`].
    pub start: usize,
    /// Byte offset just past the sentence.
    pub end: usize,
    /// The (normalized) term.
    pub term: Arc<str>,
    /// Why it did not count: `context <id>: <why> (<word>)` or
    /// `negated by <cue>`.
    pub why: String,
    /// As in [`Evidence::document`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub document: Option<String>,
}

impl Scorer {
    /// The rubric's id, version and name.
    pub fn info(&self) -> &RubricInfo {
        &self.info
    }

    /// The compiled phrase matcher.
    pub fn matcher(&self) -> &Matcher {
        &self.matcher
    }

    /// The matcher of the scope terms and context words, scanned apart from
    /// [`Scorer::matcher`] so that they never swallow a term; `None` when
    /// the rubric has neither.
    pub fn context_matcher(&self) -> Option<&Matcher> {
        self.context_matcher.as_ref()
    }

    /// The one-pass scan of both matchers that scoring uses: the hits of
    /// [`Scorer::matcher`], then those of [`Scorer::context_matcher`].
    pub fn joint_scan(&self) -> &JointScan {
        &self.scan
    }

    /// The normalizer documents go through.
    pub fn normalizer(&self) -> &Normalizer {
        &self.normalizer
    }

    /// The highest level value, L_max.
    pub fn max_level(&self) -> u32 {
        self.levels.last().map_or(0, |l| l.value)
    }

    /// Dimension ids in rubric order.
    pub fn dimension_ids(&self) -> impl Iterator<Item = &str> {
        self.dimensions.iter().map(|d| d.id.as_str())
    }

    /// The name of a level value ("none" for 0).
    pub fn level_name(&self, value: u32) -> &str {
        self.levels
            .iter()
            .find(|l| l.value == value)
            .map_or("none", |l| l.name.as_str())
    }

    /// Scores a document. Never fails and never panics: any text gets a
    /// score, an empty text scores 0 everywhere.
    pub fn score(&self, doc: &Document) -> DocumentScore {
        let norm = self.normalizer.normalize(&doc.text);
        self.score_normalized(&doc.id, &doc.text, &norm)
    }
}

/// The largest of some weights (validated positive and finite), or 1 when
/// there are none. Dividing by it keeps every share in (0, 1].
fn largest_weight(weights: impl Iterator<Item = f64>) -> f64 {
    let max = weights.fold(0.0, f64::max);
    if max > 0.0 && max.is_finite() {
        max
    } else {
        1.0
    }
}
