//! Score: [`Document`] → [`ZoneScore`] through a compiled, immutable [`Scorer`].
//!
//! [`Scorer::new`] validates a [`Rubric`] and compiles it (phrases normalized
//! into one automaton, indicators and levels into flat tables). Scoring then
//! normalizes the document, finds all phrase hits in one pass, walks the
//! sentences and decides, per sentence, which indicators it is evidence for
//! and at which level. Scoring cannot fail: any text gets a score.

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
    /// Weighted total on 0–100.
    pub total: f64,
    /// One entry per rubric dimension, in rubric order.
    pub dimensions: Vec<DimensionScore>,
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
                    ev.extend(ind.evidence.iter().cloned());
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
        // Pass 1: the sentence's level, from cues read left to right (an
        // `unless` cue blocks its level's cues from there to the sentence end),
        // and the clauses that hold a negation cue.
        let mut blocked = 0u32;
        let mut present = 0u32;
        let mut decisive: [Option<String>; 32] = Default::default();
        let mut negated_clauses: Vec<usize> = Vec::new();
        for hit in hits {
            for role in self.matcher.roles(hit.phrase) {
                match *role {
                    Role::Unless { level } => blocked |= 1 << level,
                    Role::Cue { level } if blocked & (1 << level) == 0 => {
                        present |= 1 << level;
                        if let Some(slot) = decisive.get_mut(level as usize) {
                            slot.get_or_insert_with(|| self.matcher.phrase(hit.phrase).to_string());
                        }
                    }
                    Role::Unit => {
                        let levels = self.quantity_levels & !blocked;
                        if levels != 0 {
                            if let Some(number) = quantity_before(text, sentence.start, hit) {
                                present |= levels;
                                for l in 0..32 {
                                    if levels & (1 << l) != 0 {
                                        if let Some(slot) = decisive.get_mut(l) {
                                            slot.get_or_insert_with(|| {
                                                format!("quantity {number}")
                                            });
                                        }
                                    }
                                }
                            }
                        }
                    }
                    Role::Negation => negated_clauses.push(sentence.clause_of(text, hit.start)),
                    _ => {}
                }
            }
        }
        let (level_idx, cue) = match present.checked_ilog2() {
            Some(top) => (
                top as usize,
                decisive.get_mut(top as usize).and_then(Option::take),
            ),
            None => (0, None),
        };
        let level = self.levels.get(level_idx).map_or(0, |l| l.value);

        // Pass 2: which indicators the sentence satisfies.
        state.touched.clear();
        for hit in hits {
            for role in self.matcher.roles(hit.phrase) {
                let Role::Term { indicator, group } = *role else {
                    continue;
                };
                if !negated_clauses.is_empty()
                    && negated_clauses.contains(&sentence.clause_of(text, hit.start))
                {
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
                    cue: cue.clone(),
                });
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
        let total = if weight_sum > 0.0 {
            (100.0 * weighted / weight_sum).clamp(0.0, 100.0)
        } else {
            0.0
        };
        ZoneScore {
            document: id.to_string(),
            total,
            dimensions,
        }
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

/// Characters allowed between a number and its unit: `100余次`, `30多家`,
/// `100+家`.
const APPROXIMATORS: [char; 3] = ['余', '多', '+'];

/// If the unit `hit` follows a number written in Arabic digits, returns the
/// quantity as written (`115件次`). Chinese numerals are not counted: `一次办成`,
/// `一站式` and `三个剥离` would read as quantities.
fn quantity_before(text: &str, sentence_start: usize, hit: &Hit) -> Option<String> {
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
    text.get(sentence_start + start..hit.end)
        .map(str::to_string)
}

#[cfg(test)]
mod tests {
    use super::*;

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
