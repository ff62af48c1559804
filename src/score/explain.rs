//! Explanations for people: the reading of a sentence
//! ([`Scorer::explain_sentence`]) or of a whole document
//! ([`Scorer::explain`]), as plain data. They are built from the same
//! [`Reading`] that scoring records, so they cannot disagree with a score.

use super::sentence::Reading;
use super::{ScopeDecision, Scorer};
use crate::ingest::Document;
use crate::matcher::{Hit, Role};
use crate::segment::{sentences, Sentence};
use serde::Serialize;

/// How the scorer reads one sentence, step by step: what
/// [`Scorer::explain_sentence`] returns. It is the reasoning behind an
/// [`super::Evidence`], exposed for tools that show rubric authors why a
/// phrase did or did not count (see [`crate::kwic`]).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SentenceExplanation {
    /// The `unless` cues met, in sentence order: each blocks its level's
    /// cues after it.
    pub blocking: Vec<MarkedCue>,
    /// The negation cues met, in sentence order, each with its clause.
    pub negations: Vec<MarkedCue>,
    /// Every indicator with at least one term hit in the sentence (negated
    /// and voided hits included), in order of first hit.
    pub indicators: Vec<IndicatorCheck>,
}

/// A cue found in a sentence: an `unless` cue or a negation cue.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MarkedCue {
    /// The normalized phrase.
    pub phrase: String,
    /// Byte offset of the hit in the normalized text.
    pub start: usize,
    /// The clause it falls in (see [`Sentence::clause_of`]).
    pub clause: usize,
    /// For an `unless` cue, the value of the level it blocks; 0 for a
    /// negation cue.
    pub level: u32,
}

/// Whether a sentence satisfies one indicator, from which term hits, and
/// at which level.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct IndicatorCheck {
    /// The indicator's index (as in [`Role::Term`]); see [`Scorer::indicator_ref`].
    pub index: u32,
    /// An `any` or `generic` term counted.
    pub any: bool,
    /// Per `all` group, in rubric order: a term of that group counted.
    /// Empty when the indicator has no `all` groups.
    pub groups: Vec<bool>,
    /// The sentence is evidence for the indicator: `any`, or every group.
    pub satisfied: bool,
    /// The evidence level when `satisfied` (0 otherwise).
    pub level: u32,
    /// The cue that decided the level, as in [`super::Evidence::cue`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cue: Option<String>,
    /// Why the level was capped, as in [`super::Evidence::cap`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cap: Option<String>,
    /// The counted terms, as in [`super::Evidence::terms`].
    pub terms: Vec<String>,
    /// Term hits cancelled by a negation cue in their clause.
    pub negated_terms: Vec<String>,
    /// Term hits voided by a context rule.
    pub voided_terms: Vec<VoidedTerm>,
}

/// A term hit voided by a context rule.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct VoidedTerm {
    /// The normalized term.
    pub term: String,
    /// The rule, its reason and the context word: `<id>: <why> (<word>)`.
    pub rule: String,
}

/// One indicator of a compiled rubric, by index: see [`Scorer::indicator_ref`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct IndicatorRef<'a> {
    /// The id of the dimension it belongs to.
    pub dimension: &'a str,
    /// The indicator's id.
    pub id: &'a str,
    /// Its display name, if any.
    pub name: Option<&'a str>,
    /// The number of its `all` groups.
    pub groups: usize,
}

/// The reading of a whole document: its scope decision and every sentence
/// with a term hit. What [`Scorer::explain`] returns.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DocumentExplanation {
    /// The document's id.
    pub document: String,
    /// The scope decision (`None` when the rubric sets no scope). Out of
    /// scope, the sentences are still read, but nothing counts.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scope: Option<ScopeDecision>,
    /// Sentences with at least one term hit, in document order.
    pub sentences: Vec<ExplainedSentence>,
}

/// One sentence of a [`DocumentExplanation`].
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ExplainedSentence {
    /// The sentence as the author wrote it.
    pub text: String,
    /// Byte offset in [`Document::text`].
    pub start: usize,
    /// Byte offset just past the sentence.
    pub end: usize,
    /// How it was read.
    pub reading: SentenceExplanation,
}

impl Scorer {
    /// The number of indicators, across dimensions.
    pub fn indicator_count(&self) -> usize {
        self.indicators.len()
    }

    /// The value of the level with index `index` (the index [`Role::Cue`]
    /// and [`Role::Unless`] carry, in rubric order), or `None` when out of
    /// range.
    pub fn level_value(&self, index: u32) -> Option<u32> {
        self.levels.get(index as usize).map(|l| l.value)
    }

    /// The indicator with index `index` (the index [`Role::Term`] and
    /// [`Role::Exclude`] carry), or `None` when out of range.
    pub fn indicator_ref(&self, index: u32) -> Option<IndicatorRef<'_>> {
        let i = index as usize;
        let ind = self.indicators.get(i)?;
        let dim = self.dimensions.iter().find(|d| d.indicators.contains(&i))?;
        Some(IndicatorRef {
            dimension: &dim.id,
            id: &ind.id,
            name: ind.name.as_deref(),
            groups: ind.all_mask.count_ones() as usize,
        })
    }

    /// Explains how one sentence is scored: the `unless` and negation cues
    /// in it, and for each indicator with a term hit whether the sentence
    /// satisfies it, at which level, and why hits did not count.
    ///
    /// `text` is the normalized text ([`crate::normalize::NormalizedText::text`]),
    /// `sentence` one of its [`sentences`], and `hits` the hits of
    /// [`Scorer::matcher`]`.find_iter(text)` that lie inside the sentence, in
    /// order (the scorer scans the whole text once, so pass hits from that
    /// scan, not from a scan of the sentence alone). The reading is the one
    /// scoring records: an indicator is `satisfied` exactly when scoring
    /// records the sentence as its evidence, at `level` with `cue`. The
    /// document's scope is not decided here: see [`Scorer::explain`].
    pub fn explain_sentence(
        &self,
        text: &str,
        sentence: Sentence,
        hits: &[Hit],
    ) -> SentenceExplanation {
        let context_hits = self.context_hits_in(text, sentence);
        let mut reading = Reading::default();
        self.read_sentence(text, sentence, hits, &context_hits, &mut reading);
        self.explanation(text, hits, &reading)
    }

    /// Explains a whole document: its scope decision and the reading of
    /// every sentence with a term hit.
    pub fn explain(&self, doc: &Document) -> DocumentExplanation {
        let norm = self.normalizer.normalize(&doc.text);
        let text = norm.text.as_str();
        let context_hits: Vec<Hit> = self
            .context_matcher
            .as_ref()
            .map(|m| m.find_iter(text).collect())
            .unwrap_or_default();
        let hits: Vec<Hit> = self.matcher.find_iter(text).collect();
        let mut reading = Reading::default();
        let mut out = Vec::new();
        for sentence in sentences(text) {
            let inside = |hits: &[Hit]| -> Vec<Hit> {
                let first = hits.partition_point(|h| h.start < sentence.start);
                hits.get(first..)
                    .unwrap_or_default()
                    .iter()
                    .take_while(|h| h.end <= sentence.end)
                    .copied()
                    .collect()
            };
            let sentence_hits = inside(&hits);
            if sentence_hits.is_empty() {
                continue;
            }
            self.read_sentence(
                text,
                sentence,
                &sentence_hits,
                &inside(&context_hits),
                &mut reading,
            );
            let explanation = self.explanation(text, &sentence_hits, &reading);
            if explanation.indicators.is_empty() {
                continue;
            }
            let range = norm.original_range(sentence.range());
            out.push(ExplainedSentence {
                text: doc.text.get(range.clone()).unwrap_or_default().to_string(),
                start: range.start,
                end: range.end,
                reading: explanation,
            });
        }
        DocumentExplanation {
            document: doc.id.clone(),
            scope: self.decide_scope(&context_hits),
            sentences: out,
        }
    }

    /// Context-matcher hits inside one sentence (context words never cross
    /// a sentence end, so scanning the sentence alone finds them all).
    fn context_hits_in(&self, text: &str, sentence: Sentence) -> Vec<Hit> {
        let (Some(matcher), Some(slice)) = (&self.context_matcher, text.get(sentence.range()))
        else {
            return Vec::new();
        };
        matcher
            .find_iter(slice)
            .map(|h| Hit {
                start: h.start + sentence.start,
                end: h.end + sentence.start,
                ..h
            })
            .collect()
    }

    /// A [`SentenceExplanation`] from a reading.
    fn explanation(&self, text: &str, hits: &[Hit], reading: &Reading) -> SentenceExplanation {
        let mark = |hit: &Hit, clause: usize, level: u32| MarkedCue {
            phrase: self.matcher.phrase(hit.phrase).to_string(),
            start: hit.start,
            clause,
            level,
        };
        let mut blocking = Vec::new();
        let mut negations = Vec::new();
        for (hit, &clause) in hits.iter().zip(&reading.clauses) {
            for role in self.matcher.roles(hit.phrase) {
                match *role {
                    Role::Unless { level } => {
                        blocking.push(mark(hit, clause, self.level_value(level).unwrap_or(0)));
                    }
                    Role::Negation => negations.push(mark(hit, clause, 0)),
                    _ => {}
                }
            }
        }
        let phrase = |p: u32| self.matcher.phrase(p).to_string();
        let distinct = |terms: &mut Vec<String>, t: String| {
            if !terms.contains(&t) {
                terms.push(t);
            }
        };
        let indicators = reading
            .touched
            .iter()
            .filter_map(|&i| {
                let slot = reading.indicator(i)?;
                let groups = self.indicators.get(i as usize)?.all_mask.count_ones();
                let mut negated_terms = Vec::new();
                for &(t, _) in &slot.negated {
                    distinct(&mut negated_terms, phrase(t));
                }
                Some(IndicatorCheck {
                    index: i,
                    any: slot.any,
                    groups: (0..groups).map(|g| slot.groups & (1 << g) != 0).collect(),
                    satisfied: slot.satisfied,
                    level: if slot.satisfied { slot.level } else { 0 },
                    cue: slot
                        .cue
                        .filter(|_| slot.satisfied)
                        .map(|c| self.cue_text(text, c)),
                    cap: slot
                        .cap
                        .filter(|_| slot.satisfied)
                        .map(|c| self.cap_text(c)),
                    terms: slot.terms.iter().map(|&p| phrase(p)).collect(),
                    negated_terms,
                    voided_terms: slot
                        .voided
                        .iter()
                        .map(|&(t, rule, word)| VoidedTerm {
                            term: phrase(t),
                            rule: self.rule_text(rule, word),
                        })
                        .collect(),
                })
            })
            .collect();
        SentenceExplanation {
            blocking,
            negations,
            indicators,
        }
    }
}
