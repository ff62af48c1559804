//! Score: [`Document`] → [`ZoneScore`] through a compiled, immutable [`Scorer`].
//!
//! [`Scorer::new`] validates a [`Rubric`] and compiles it (phrases normalized
//! into one automaton, indicators and levels into flat tables). Scoring then
//! normalizes the document, finds all phrase hits in one pass, walks the
//! sentences and decides, per sentence, which indicators it is evidence for
//! and at which level. Scoring cannot fail: any text gets a score.

use crate::aggregate::{Aggregation, PmcScore};
use crate::ingest::Document;
use crate::matcher::{Hit, Matcher, MatcherBuilder, Role};
use crate::normalize::{normalize_phrase, NormalizedText, Normalizer};
use crate::rubric::{Place, Rubric, RubricError, RubricInfo};
use crate::segment::{sentences, Sentence};
use serde::Serialize;

/// A compiled rubric, ready to score documents. Build once, share across
/// threads (`Scorer` is `Send + Sync`), score many.
#[derive(Debug, Clone)]
pub struct Scorer {
    info: RubricInfo,
    normalizer: Normalizer,
    matcher: Matcher,
    levels: Vec<CompiledLevel>,
    /// Bit i set when level i takes a quantity as a cue.
    quantity_levels: u32,
    dimensions: Vec<CompiledDimension>,
    indicators: Vec<CompiledIndicator>,
    aggregation: Aggregation,
}

impl PartialEq for Scorer {
    /// Equal when the compiled tables are equal (the automaton is derived
    /// from the phrases, which the matcher compares).
    fn eq(&self, other: &Self) -> bool {
        self.info == other.info
            && self.matcher == other.matcher
            && self.levels == other.levels
            && self.quantity_levels == other.quantity_levels
            && self.dimensions == other.dimensions
            && self.indicators == other.indicators
            && self.aggregation == other.aggregation
    }
}

#[derive(Debug, Clone, PartialEq)]
struct CompiledLevel {
    name: String,
    value: u32,
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
}

/// The score of one document.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ZoneScore {
    /// The document's id.
    pub document: String,
    /// Weighted total on 0–100 (with PMC aggregation, 100 · index /
    /// number of dimensions).
    pub total: f64,
    /// One entry per rubric dimension, in rubric order.
    pub dimensions: Vec<DimensionScore>,
    /// The PMC figures, when the rubric aggregates with `method = "pmc"`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pmc: Option<PmcScore>,
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
    /// Σ wᵢ·levelᵢ / (L_max·Σ wᵢ), in [0, 1] (with PMC aggregation, the
    /// mean of the indicators' 0/1 sub-variables).
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
}

/// A sentence that is evidence for an indicator.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Evidence {
    /// The sentence as the author wrote it (original script and width).
    pub text: String,
    /// Byte offset of the sentence in [`Document::text`].
    pub start: usize,
    /// Byte offset just past the sentence.
    pub end: usize,
    /// The evidence level of the sentence.
    pub level: u32,
    /// The (normalized) terms that satisfied the indicator.
    pub terms: Vec<String>,
    /// What decided the level: the cue phrase, `quantity 115件次`, or
    /// nothing when the sentence has no cue (lowest level).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cue: Option<String>,
    /// The document the sentence comes from, set by [`Scorer::combine`] when
    /// a zone's evidence gathers several documents (the offsets are then
    /// offsets into that document). `None` in a single document's score.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub document: Option<String>,
}

impl Scorer {
    /// Validates and compiles a rubric.
    ///
    /// ```
    /// # use zone_reform::{Rubric, Scorer};
    /// let rubric = Rubric::load(concat!(env!("CARGO_MANIFEST_DIR"), "/rubrics/zone_reform.toml"))?;
    /// let scorer = Scorer::new(&rubric)?;
    /// assert!(scorer.dimension_ids().any(|id| id == "one_stop"));
    /// # Ok::<(), zone_reform::RubricError>(())
    /// ```
    pub fn new(rubric: &Rubric) -> Result<Scorer, RubricError> {
        rubric.validate()?;
        let mut builder = MatcherBuilder::default();
        let mut add = |phrase: &str, role: Role| builder.add(normalize_phrase(phrase), role);
        let mut levels = Vec::with_capacity(rubric.levels.len());
        for (i, level) in rubric.levels.iter().enumerate() {
            let li = i as u32;
            level
                .cues
                .iter()
                .for_each(|c| add(c, Role::Cue { level: li }));
            level
                .unless
                .iter()
                .for_each(|c| add(c, Role::Unless { level: li }));
            levels.push(CompiledLevel {
                name: level.name.clone(),
                value: level.value,
            });
        }
        rubric
            .negation
            .cues
            .iter()
            .for_each(|c| add(c, Role::Negation));
        if rubric.levels.iter().any(|l| l.quantity) {
            rubric
                .quantity
                .units
                .iter()
                .for_each(|u| add(u, Role::Unit));
        }
        rubric
            .neutral
            .phrases
            .iter()
            .for_each(|p| add(p, Role::Neutral));
        let mut dimensions = Vec::with_capacity(rubric.dimensions.len());
        let mut indicators = Vec::new();
        for dim in &rubric.dimensions {
            let first = indicators.len();
            for ind in &dim.indicators {
                let idx = indicators.len() as u32;
                for t in &ind.any {
                    add(
                        t,
                        Role::Term {
                            indicator: idx,
                            group: None,
                        },
                    );
                }
                for (g, group) in ind.all.iter().enumerate() {
                    for t in group {
                        add(
                            t,
                            Role::Term {
                                indicator: idx,
                                group: Some(g as u32),
                            },
                        );
                    }
                }
                for t in &ind.exclude {
                    add(t, Role::Exclude { indicator: idx });
                }
                let all_mask = match ind.all.len() {
                    0 => 0,
                    n => u32::MAX >> (32 - n as u32),
                };
                indicators.push(CompiledIndicator {
                    id: ind.id.clone(),
                    name: ind.name.clone(),
                    weight: ind.weight,
                    share: ind.weight / largest_weight(dim.indicators.iter().map(|i| i.weight)),
                    all_mask,
                });
            }
            dimensions.push(CompiledDimension {
                id: dim.id.clone(),
                name: dim.name.clone(),
                weight: dim.weight,
                share: dim.weight / largest_weight(rubric.dimensions.iter().map(|d| d.weight)),
                indicators: first..indicators.len(),
            });
        }
        let matcher = builder.build().map_err(|e| RubricError::Syntax {
            place: Place::default(),
            message: format!("cannot build the phrase automaton: {e}"),
        })?;
        let quantity_levels = rubric
            .levels
            .iter()
            .enumerate()
            .filter(|(_, l)| l.quantity)
            .fold(0u32, |mask, (i, _)| mask | 1 << i);
        Ok(Scorer {
            info: rubric.rubric.clone(),
            normalizer: Normalizer::default(),
            matcher,
            levels,
            quantity_levels,
            dimensions,
            indicators,
            aggregation: rubric.aggregation.clone(),
        })
    }

    /// The rubric's id, version and name.
    pub fn info(&self) -> &RubricInfo {
        &self.info
    }

    /// The compiled phrase matcher.
    pub fn matcher(&self) -> &Matcher {
        &self.matcher
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

    /// Combines the scores of several documents about one zone into the
    /// zone's score: the union of their evidence. Each indicator takes the
    /// highest level any document reached, with all documents' evidence;
    /// dimension scores and the total are recomputed from those levels.
    /// `scores` must come from this scorer; an empty slice scores 0.
    pub fn combine(&self, id: &str, scores: &[ZoneScore]) -> ZoneScore {
        let mut state = State::new(self.indicators.len());
        for score in scores {
            let inds = score.dimensions.iter().flat_map(|d| d.indicators.iter());
            for (i, ind) in inds.enumerate() {
                if let Some(level) = state.levels.get_mut(i) {
                    *level = (*level).max(ind.level);
                }
                if let Some(ev) = state.evidence.get_mut(i) {
                    ev.extend(ind.evidence.iter().map(|e| Evidence {
                        document: e.document.clone().or_else(|| Some(score.document.clone())),
                        ..e.clone()
                    }));
                }
            }
        }
        self.assemble(id, state)
    }

    /// Scores a document. Never fails and never panics: any text gets a
    /// score, an empty text scores 0 everywhere.
    pub fn score(&self, doc: &Document) -> ZoneScore {
        let norm = self.normalizer.normalize(&doc.text);
        self.score_normalized(&doc.id, &doc.text, &norm)
    }

    /// Scores text already normalized by [`Scorer::normalizer`]; `original`
    /// is the text `norm` was made from (evidence is quoted from it).
    pub fn score_normalized(&self, id: &str, original: &str, norm: &NormalizedText) -> ZoneScore {
        let mut state = State::new(self.indicators.len());
        let hits: Vec<Hit> = self.matcher.find_iter(&norm.text).collect();
        let mut next = 0;
        for sentence in sentences(&norm.text) {
            while hits.get(next).is_some_and(|h| h.start < sentence.start) {
                next += 1;
            }
            let first = next;
            while hits.get(next).is_some_and(|h| h.end <= sentence.end) {
                next += 1;
            }
            if let Some(sentence_hits) = hits.get(first..next) {
                if !sentence_hits.is_empty() {
                    self.score_sentence(
                        &norm.text,
                        original,
                        norm,
                        sentence,
                        sentence_hits,
                        &mut state,
                    );
                }
            }
        }
        self.assemble(id, state)
    }

    /// Decides which indicators a sentence is evidence for, and at which level.
    fn score_sentence(
        &self,
        text: &str,
        original: &str,
        norm: &NormalizedText,
        sentence: Sentence,
        hits: &[Hit],
        state: &mut State,
    ) {
        let negated_clauses = self.negated_clauses(text, sentence, hits);
        let negated = |hit: &Hit| {
            !negated_clauses.is_empty()
                && negated_clauses.contains(&sentence.clause_of(text, hit.start))
        };
        let LevelDecision { level, cue } =
            self.decide_level(text, sentence, hits, &negated_clauses);
        // Written out once, on the first evidence, and cloned for the others:
        // most sentences with a cue are evidence for nothing.
        let mut cue_text: Option<Option<String>> = None;
        let mut cue_text = || {
            cue_text
                .get_or_insert_with(|| cue.map(|c| self.cue_text(text, c)))
                .clone()
        };

        // Pass 2: which indicators the sentence satisfies.
        state.touched.clear();
        for hit in hits {
            for role in self.matcher.roles(hit.phrase) {
                let Role::Term { indicator, group } = *role else {
                    continue;
                };
                if negated(hit) {
                    continue;
                }
                let i = indicator as usize;
                let Some(slot) = state.groups.get_mut(i) else {
                    continue;
                };
                if slot.mask == 0 && !slot.any {
                    state.touched.push(i);
                    slot.terms.clear();
                }
                match group {
                    None => slot.any = true,
                    Some(g) => slot.mask |= 1 << g,
                }
                let term = self.matcher.phrase(hit.phrase);
                if !slot.terms.iter().any(|t| t == term) {
                    slot.terms.push(term.to_string());
                }
            }
        }
        let range = norm.original_range(sentence.range());
        let quote = original.get(range.clone()).unwrap_or_default();
        for &i in &state.touched {
            let (Some(slot), Some(ind)) = (state.groups.get_mut(i), self.indicators.get(i)) else {
                continue;
            };
            let satisfied = slot.any || (ind.all_mask != 0 && slot.mask == ind.all_mask);
            slot.any = false;
            slot.mask = 0;
            if !satisfied {
                continue;
            }
            if let Some(best) = state.levels.get_mut(i) {
                *best = (*best).max(level);
            }
            if let Some(ev) = state.evidence.get_mut(i) {
                ev.push(Evidence {
                    text: quote.to_string(),
                    start: range.start,
                    end: range.end,
                    level,
                    terms: std::mem::take(&mut slot.terms),
                    cue: cue_text(),
                    document: None,
                });
            }
        }
    }

    /// The clauses of a sentence that hold a negation cue. A negation
    /// cancels the terms and the level cues of its clause: "尚未完成" is not an
    /// achievement any more than "尚未推行全员聘任制" is a reform.
    fn negated_clauses(&self, text: &str, sentence: Sentence, hits: &[Hit]) -> Vec<usize> {
        hits.iter()
            .filter(|h| self.matcher.roles(h.phrase).contains(&Role::Negation))
            .map(|h| sentence.clause_of(text, h.start))
            .collect()
    }

    /// The level of a sentence, from its cues read left to right: an
    /// `unless` cue blocks its level's cues from there to the sentence end,
    /// and cues in negated clauses do not count.
    fn decide_level(
        &self,
        text: &str,
        sentence: Sentence,
        hits: &[Hit],
        negated_clauses: &[usize],
    ) -> LevelDecision {
        let negated = |hit: &Hit| {
            !negated_clauses.is_empty()
                && negated_clauses.contains(&sentence.clause_of(text, hit.start))
        };
        let mut blocked = 0u32;
        let mut present = 0u32;
        // What decided each level, kept as a phrase index or a byte range;
        // the text is written out only where it is needed.
        let mut decisive: [Option<Cue>; 32] = [None; 32];
        for hit in hits {
            for role in self.matcher.roles(hit.phrase) {
                match *role {
                    Role::Unless { level } => blocked |= 1 << level,
                    Role::Cue { .. } | Role::Unit if negated(hit) => {}
                    Role::Cue { level } if blocked & (1 << level) == 0 => {
                        present |= 1 << level;
                        if let Some(slot) = decisive.get_mut(level as usize) {
                            slot.get_or_insert(Cue::Phrase(hit.phrase));
                        }
                    }
                    Role::Unit => {
                        let levels = self.quantity_levels & !blocked;
                        if levels == 0 {
                            continue;
                        }
                        if let Some(number) = quantity_before(text, sentence.start, hit) {
                            present |= levels;
                            for (l, slot) in decisive.iter_mut().enumerate() {
                                if levels & (1 << l) != 0 {
                                    slot.get_or_insert(Cue::Quantity(number.start, number.end));
                                }
                            }
                        }
                    }
                    _ => {}
                }
            }
        }
        let (level_idx, cue) = match present.checked_ilog2() {
            // A question asserts nothing: "改革给开发区带来了哪些变化?" reports
            // no result, so its cues do not count.
            Some(_) if is_question(text, sentence) => (0, None),
            Some(top) => (top as usize, decisive.get(top as usize).copied().flatten()),
            None => (0, None),
        };
        LevelDecision {
            level: self.levels.get(level_idx).map_or(0, |l| l.value),
            cue,
        }
    }

    /// The text of a deciding cue, as in [`Evidence::cue`].
    fn cue_text(&self, text: &str, cue: Cue) -> String {
        match cue {
            Cue::Phrase(p) => self.matcher.phrase(p).to_string(),
            Cue::Quantity(start, end) => {
                format!("quantity {}", text.get(start..end).unwrap_or_default())
            }
        }
    }

    fn assemble(&self, id: &str, mut state: State) -> ZoneScore {
        let l_max = f64::from(self.max_level().max(1));
        let mut dimensions = Vec::with_capacity(self.dimensions.len());
        let mut weighted = 0.0;
        let mut weight_sum = 0.0;
        for dim in &self.dimensions {
            let mut indicators = Vec::with_capacity(dim.indicators.len());
            let mut num = 0.0;
            let mut den = 0.0;
            let mut grade = 0;
            for i in dim.indicators.clone() {
                let Some(ind) = self.indicators.get(i) else {
                    continue;
                };
                let level = state.levels.get(i).copied().unwrap_or(0);
                num += ind.share * f64::from(level);
                den += ind.share;
                grade = grade.max(level);
                indicators.push(IndicatorScore {
                    id: ind.id.clone(),
                    name: ind.name.clone(),
                    weight: ind.weight,
                    level,
                    level_name: self.level_name(level).to_string(),
                    evidence: state
                        .evidence
                        .get_mut(i)
                        .map(std::mem::take)
                        .unwrap_or_default(),
                });
            }
            let score = if den > 0.0 {
                (num / (l_max * den)).clamp(0.0, 1.0)
            } else {
                0.0
            };
            weighted += dim.share * score;
            weight_sum += dim.share;
            dimensions.push(DimensionScore {
                id: dim.id.clone(),
                name: dim.name.clone(),
                weight: dim.weight,
                score,
                grade,
                indicators,
            });
        }
        let mut total = if weight_sum > 0.0 {
            (100.0 * weighted / weight_sum).clamp(0.0, 100.0)
        } else {
            0.0
        };
        let lowest = self.levels.first().map_or(1, |l| l.value);
        let pmc = self.aggregation.apply(lowest, &mut dimensions, &mut total);
        ZoneScore {
            document: id.to_string(),
            total,
            dimensions,
            pmc,
        }
    }
}

/// The level of one sentence and the cue that decided it.
struct LevelDecision {
    level: u32,
    cue: Option<Cue>,
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

/// Per-document scratch space, indexed by indicator.
struct State {
    groups: Vec<GroupHits>,
    touched: Vec<usize>,
    levels: Vec<u32>,
    evidence: Vec<Vec<Evidence>>,
}

#[derive(Default, Clone)]
struct GroupHits {
    any: bool,
    mask: u32,
    terms: Vec<String>,
}

impl State {
    fn new(n: usize) -> Self {
        State {
            groups: vec![GroupHits::default(); n],
            touched: Vec::new(),
            levels: vec![0; n],
            evidence: vec![Vec::new(); n],
        }
    }
}

/// True when the sentence ends with a question mark (closing quotes and
/// brackets after it aside). Full-width `？` is folded to `?` by normalization.
fn is_question(text: &str, sentence: Sentence) -> bool {
    text.get(sentence.range())
        .and_then(|s| {
            s.trim_end_matches(['”', '’', '"', '\'', ')', '」', '』', '》', '】'])
                .chars()
                .next_back()
        })
        .is_some_and(|c| c == '?' || c == '？')
}

/// Characters allowed between a number and its unit: `100余次`, `30多家`,
/// `100+家`.
const APPROXIMATORS: [char; 3] = ['余', '多', '+'];

/// What decided a sentence's level, before it is written out for
/// [`Evidence::cue`]: a cue phrase, or the byte range of a quantity
/// (`115件次`) in the normalized text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cue {
    Phrase(u32),
    /// Start and end of the quantity.
    Quantity(usize, usize),
}

/// If the unit `hit` follows a number written in Arabic digits, returns the
/// byte range of the quantity as written (`115件次`). Chinese numerals are not counted: `一次办成`,
/// `一站式` and `三个剥离` would read as quantities.
fn quantity_before(text: &str, sentence_start: usize, hit: &Hit) -> Option<std::ops::Range<usize>> {
    let before = text.get(sentence_start..hit.start)?;
    let mut chars = before.char_indices().rev().peekable();
    let mut skipped = 0;
    while let Some(&(_, c)) = chars.peek() {
        if APPROXIMATORS.contains(&c) && skipped < 1 {
            skipped += 1;
            chars.next();
        } else {
            break;
        }
    }
    let mut start = None;
    while let Some(&(i, c)) = chars.peek() {
        if c.is_ascii_digit() || (c == '.' && start.is_some()) {
            start = Some(i);
            chars.next();
        } else {
            break;
        }
    }
    let start = start?;
    let range = sentence_start + start..hit.end;
    text.get(range.clone()).map(|_| range)
}

/// How the scorer reads one sentence, step by step: what [`Scorer::explain_sentence`]
/// returns. It is the reasoning behind an [`Evidence`], exposed for tools
/// that show rubric authors why a phrase did or did not count (see
/// [`crate::kwic`]).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SentenceExplanation {
    /// The sentence's level value (the lowest level when it has no cue).
    pub level: u32,
    /// The cue that decided the level, as in [`Evidence::cue`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cue: Option<String>,
    /// The `unless` cues met, in sentence order: each blocks its level's
    /// cues after it.
    pub blocking: Vec<MarkedCue>,
    /// The negation cues met, in sentence order, each with its clause.
    pub negations: Vec<MarkedCue>,
    /// Every indicator with at least one term hit in the sentence (negated
    /// hits included), in order of first hit.
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

/// Whether a sentence satisfies one indicator, and from which term hits.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct IndicatorCheck {
    /// The indicator's index (as in [`Role::Term`]); see [`Scorer::indicator_ref`].
    pub index: u32,
    /// An `any` term hit outside a negated clause.
    pub any: bool,
    /// Per `all` group, in rubric order: a term of that group hit outside a
    /// negated clause. Empty when the indicator has no `all` groups.
    pub groups: Vec<bool>,
    /// The sentence is evidence for the indicator: `any`, or every group.
    pub satisfied: bool,
    /// The counted (not negated) terms, as in [`Evidence::terms`].
    pub terms: Vec<String>,
    /// Term hits cancelled by a negation cue in their clause.
    pub negated_terms: Vec<String>,
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

    /// Explains how one sentence is scored: its level and deciding cue, the
    /// `unless` and negation cues in it, and for each indicator with a term
    /// hit whether the sentence satisfies it.
    ///
    /// `text` is the normalized text ([`NormalizedText::text`]), `sentence`
    /// one of its [`sentences`], and `hits` the hits of
    /// [`Scorer::matcher`]`.find_iter(text)` that lie inside the sentence, in
    /// order (the scorer scans the whole text once, so pass hits from that
    /// scan, not from a scan of the sentence alone). The result follows the
    /// same rules as [`Scorer::score`]: an indicator is `satisfied` exactly
    /// when scoring records the sentence as its evidence, at `level` with
    /// `cue`. Scoring itself does not call this function.
    pub fn explain_sentence(
        &self,
        text: &str,
        sentence: Sentence,
        hits: &[Hit],
    ) -> SentenceExplanation {
        let mark = |hit: &Hit, level: u32| MarkedCue {
            phrase: self.matcher.phrase(hit.phrase).to_string(),
            start: hit.start,
            clause: sentence.clause_of(text, hit.start),
            level,
        };
        let mut blocking = Vec::new();
        let mut negations = Vec::new();
        for hit in hits {
            for role in self.matcher.roles(hit.phrase) {
                match *role {
                    Role::Unless { level } => {
                        blocking.push(mark(hit, self.level_value(level).unwrap_or(0)));
                    }
                    Role::Negation => negations.push(mark(hit, 0)),
                    _ => {}
                }
            }
        }
        let negated_clauses = self.negated_clauses(text, sentence, hits);
        let LevelDecision { level, cue } =
            self.decide_level(text, sentence, hits, &negated_clauses);

        let mut indicators: Vec<IndicatorCheck> = Vec::new();
        for hit in hits {
            for role in self.matcher.roles(hit.phrase) {
                let Role::Term { indicator, group } = *role else {
                    continue;
                };
                let Some(ind) = self.indicators.get(indicator as usize) else {
                    continue;
                };
                let pos = match indicators.iter().position(|c| c.index == indicator) {
                    Some(p) => p,
                    None => {
                        indicators.push(IndicatorCheck {
                            index: indicator,
                            any: false,
                            groups: vec![false; ind.all_mask.count_ones() as usize],
                            satisfied: false,
                            terms: Vec::new(),
                            negated_terms: Vec::new(),
                        });
                        indicators.len() - 1
                    }
                };
                let Some(check) = indicators.get_mut(pos) else {
                    continue;
                };
                let term = self.matcher.phrase(hit.phrase);
                let clause = sentence.clause_of(text, hit.start);
                if negated_clauses.contains(&clause) {
                    if !check.negated_terms.iter().any(|t| t == term) {
                        check.negated_terms.push(term.to_string());
                    }
                    continue;
                }
                match group {
                    None => check.any = true,
                    Some(g) => {
                        if let Some(slot) = check.groups.get_mut(g as usize) {
                            *slot = true;
                        }
                    }
                }
                if !check.terms.iter().any(|t| t == term) {
                    check.terms.push(term.to_string());
                }
            }
        }
        for check in &mut indicators {
            check.satisfied =
                check.any || (!check.groups.is_empty() && check.groups.iter().all(|&g| g));
        }
        SentenceExplanation {
            level,
            cue: cue.map(|c| self.cue_text(text, c)),
            blocking,
            negations,
            indicators,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
cues = ["推行"]

[[levels]]
name = "achieved"
value = 3
cues = ["了", "完成"]
unless = ["将"]
quantity = true

[negation]
cues = ["尚未"]

[quantity]
units = ["件次", "项"]

[neutral]
phrases = ["了解"]

[[dimensions]]
id = "mgmt"
name = "管委会+公司"
weight = 2.0

  [[dimensions.indicators]]
  id = "model"
  any = ["管委会+公司"]

  [[dimensions.indicators]]
  id = "company"
  all = [["管委会"], ["有限公司"]]

[[dimensions]]
id = "invest"
name = "招商"

  [[dimensions.indicators]]
  id = "drive"
  any = ["招商"]
  exclude = ["招商银行"]
"#;

    fn scorer() -> Scorer {
        let rubric = Rubric::from_toml_str(RUBRIC, None).unwrap_or_else(|e| panic!("{e}"));
        Scorer::new(&rubric).unwrap_or_else(|e| panic!("{e}"))
    }

    fn level(text: &str, indicator: &str) -> u32 {
        let s = scorer().score(&Document::from_text("t", text));
        s.dimensions
            .iter()
            .flat_map(|d| &d.indicators)
            .find(|i| i.id == indicator)
            .map_or(99, |i| i.level)
    }

    #[test]
    fn sentence_without_cue_is_at_the_lowest_level() {
        assert_eq!(level("开展招商。", "drive"), 1);
    }

    #[test]
    fn highest_cued_level_wins() {
        assert_eq!(level("推行招商,完成签约。", "drive"), 3);
    }

    #[test]
    fn future_cue_blocks_achieved_level_after_it() {
        assert_eq!(level("将完成招商。", "drive"), 1);
        assert_eq!(level("将推行招商,完成签约。", "drive"), 2);
    }

    #[test]
    fn unless_cue_does_not_reach_back_before_it() {
        assert_eq!(level("完成了招商,下一步将扩大。", "drive"), 3);
    }

    #[test]
    fn question_sentence_stays_at_the_lowest_level() {
        assert_eq!(level("招商完成了哪些任务?", "drive"), 1);
        assert_eq!(level("招商完成了哪些任务?”", "drive"), 1);
        assert_eq!(level("招商完成了任务。", "drive"), 3);
    }

    #[test]
    fn quantity_is_an_achieved_cue_unless_blocked() {
        assert_eq!(level("招商累计受理115件次。", "drive"), 3);
        assert_eq!(level("将招商115件次。", "drive"), 1);
        // Chinese numerals are not counted.
        assert_eq!(level("招商一次办成。", "drive"), 1);
    }

    #[test]
    fn negation_cancels_a_term_in_its_clause_only() {
        assert_eq!(level("尚未推行管委会+公司。", "model"), 0);
        assert_eq!(level("尚未完成评估,已推行管委会+公司。", "model"), 2);
    }

    #[test]
    fn exclusion_swallows_shorter_term() {
        assert_eq!(level("招商银行提供贷款。", "drive"), 0);
        assert_eq!(level("招商银行参加招商推介。", "drive"), 1);
    }

    #[test]
    fn neutral_phrase_shields_the_cue_inside_it() {
        assert_eq!(level("了解招商需求。", "drive"), 1);
    }

    #[test]
    fn all_groups_must_meet_in_one_sentence() {
        assert_eq!(level("管委会开会。恒丰有限公司投产。", "company"), 0);
        assert_eq!(level("管委会成立了有限公司。", "company"), 3);
    }

    #[test]
    fn scores_follow_the_formulas() {
        let s = scorer().score(&Document::from_text("t", "推行管委会+公司。招商。"));
        // mgmt: (1·2 + 1·0) / (3·2) = 1/3; invest: 1/3.
        assert!((s.dimensions[0].score - 1.0 / 3.0).abs() < 1e-12);
        assert!((s.dimensions[1].score - 1.0 / 3.0).abs() < 1e-12);
        assert!((s.total - 100.0 / 3.0).abs() < 1e-9);
        assert_eq!(s.dimensions[0].grade, 2);
    }

    #[test]
    fn empty_document_scores_zero_everywhere() {
        let s = scorer().score(&Document::from_text("t", ""));
        assert_eq!(s.total, 0.0);
        assert!(s.dimensions.iter().all(|d| d.grade == 0 && d.score == 0.0));
    }

    #[test]
    fn combining_documents_takes_the_union_of_evidence() {
        let sc = scorer();
        let a = sc.score(&Document::from_text("a", "推行管委会+公司。"));
        let b = sc.score(&Document::from_text("b", "完成了招商。"));
        let z = sc.combine("zone", &[a, b]);
        assert_eq!(z.dimensions[0].grade, 2);
        assert_eq!(z.dimensions[1].grade, 3);
        assert_eq!(z.dimensions[1].indicators[0].evidence.len(), 1);
        // Each sentence says which document it came from.
        let ev = &z.dimensions[1].indicators[0].evidence[0];
        assert_eq!(ev.document.as_deref(), Some("b"));
        assert_eq!(sc.combine("none", &[]).total, 0.0);
    }

    #[test]
    fn scorer_is_send_and_sync() {
        fn check<T: Send + Sync>() {}
        check::<Scorer>();
    }

    fn rubric(weights: &[f64]) -> Rubric {
        let mut text = String::from(
            "[rubric]\nid = \"t\"\nversion = \"1\"\n[[levels]]\nname = \"m\"\nvalue = 1\n",
        );
        for (i, w) in weights.iter().enumerate() {
            text.push_str(&format!(
                "[[dimensions]]\nid = \"d{i}\"\nname = \"d\"\nweight = {w:e}\n\
                 [[dimensions.indicators]]\nid = \"a\"\nweight = {w:e}\nany = [\"一窗受理\"]\n\
                 [[dimensions.indicators]]\nid = \"b\"\nweight = {w:e}\nany = [\"马上办\"]\n"
            ));
        }
        Rubric::from_toml_str(&text, None).unwrap_or_else(|e| panic!("{e}\n{text}"))
    }

    #[test]
    fn huge_weights_do_not_overflow_into_nan_scores() {
        let scorer = Scorer::new(&rubric(&[f64::MAX, f64::MAX])).unwrap_or_else(|e| panic!("{e}"));
        let score = scorer.score(&Document::from_text("d", "推行一窗受理。"));
        assert_eq!(score.dimensions[0].score, 0.5);
        assert_eq!(score.total, 50.0);
        assert_eq!(
            score.dimensions[0].weight,
            f64::MAX,
            "weights are reported as written"
        );
    }

    #[test]
    fn tiny_weights_score_like_unit_weights() {
        let tiny = Scorer::new(&rubric(&[5e-324, 5e-324])).unwrap_or_else(|e| panic!("{e}"));
        let unit = Scorer::new(&rubric(&[1.0, 1.0])).unwrap_or_else(|e| panic!("{e}"));
        let doc = Document::from_text("d", "推行一窗受理。马上办。");
        assert_eq!(tiny.score(&doc).total, unit.score(&doc).total);
    }
}
