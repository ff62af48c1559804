//! The reading of one sentence: which indicators it is evidence for, at
//! which level, and why each term hit did or did not count.
//!
//! This is the only place where the scoring rules are applied. Scoring
//! ([`Scorer::score`]), explanations ([`Scorer::explain_sentence`]) and KWIC
//! all read sentences through [`Scorer::read_sentence`], so a report can
//! never disagree with a score.
//!
//! The rules, in the order they apply to a term hit:
//! 1. A negation cue in the term's clause cancels it.
//! 2. A context rule whose word is in the term's clause (or sentence, for
//!    `within = "sentence"`) caps it; a cap of 0 voids it.
//! 3. The sentence is evidence when an `any`/`generic` term counts, or a
//!    term of every `all` group.
//! 4. Its level: the highest level whose cues occur (in the term's clauses
//!    with `cue_window = "clause"`), an `unless` cue blocking its level's
//!    cues after it; no cue, or a question, gives the lowest level.
//! 5. Evidence from generic terms alone stays at `[generic] cap` unless a
//!    `bound` phrase is in their clauses or a quantity in their clauses
//!    reaches the highest level; evidence from capped terms alone stays at
//!    their cap.

use super::Scorer;
use crate::matcher::{Hit, Role};
use crate::rubric::Within;
use crate::segment::{clause_break_positions, Sentence};

/// What decided a sentence's level, before it is written out for
/// [`super::Evidence::cue`]: a cue phrase, or the byte range of a quantity
/// (`115件次`) in the normalized text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Cue {
    Phrase(u32),
    /// Start and end of the quantity.
    Quantity(usize, usize),
}

/// Why evidence sits below the level its cues give.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Cap {
    /// Generic terms only, with no mechanism or result bound to them.
    Generic { cap: u32 },
    /// Capped terms only: the context rule `rule`, through its word hit
    /// (a phrase of the context matcher).
    Rule { rule: u32, word: u32, cap: u32 },
}

/// The reading of one indicator in one sentence.
#[derive(Debug, Clone, Default)]
pub(crate) struct IndicatorReading {
    /// An `any` or `generic` term counted.
    pub(crate) any: bool,
    /// Bit g set when a term of `all` group g counted.
    pub(crate) groups: u32,
    /// The counted terms (phrase indices), distinct, in sentence order.
    pub(crate) terms: Vec<u32>,
    /// Terms cancelled by a negation: (term phrase, negation phrase).
    pub(crate) negated: Vec<(u32, u32)>,
    /// Terms voided by a context rule: (term phrase, rule, word phrase).
    pub(crate) voided: Vec<(u32, u32, u32)>,
    /// The sentence is evidence for the indicator.
    pub(crate) satisfied: bool,
    /// The evidence level (meaningful when `satisfied`).
    pub(crate) level: u32,
    /// What decided the level before any cap.
    pub(crate) cue: Option<Cue>,
    /// The cap that lowered the level, if one did.
    pub(crate) cap: Option<Cap>,
    /// Clauses holding counted terms.
    clauses: Vec<usize>,
    /// Every counted term is generic.
    all_generic: bool,
    /// Some counted term is under no context cap.
    uncapped: bool,
    /// The highest cap among capped counted terms: (cap, rule, word).
    best_cap: Option<(u32, u32, u32)>,
}

/// A reusable reading of a sentence: scratch space kept between sentences
/// so that reading allocates only when a sentence is larger than any before.
#[derive(Debug, Clone, Default)]
pub(crate) struct Reading {
    /// Per indicator, indexed like the rubric's indicators.
    slots: Vec<IndicatorReading>,
    /// Indicators with a term hit in this sentence, in order of first hit.
    pub(crate) touched: Vec<u32>,
    /// Clause of each term-matcher hit.
    pub(crate) clauses: Vec<usize>,
    /// Negated clauses: (clause, negation phrase).
    pub(crate) negations: Vec<(usize, u32)>,
    /// Context word hits: (rule, clause, word phrase).
    context: Vec<(u32, usize, u32)>,
    /// What the sentence's hits say about levels, in sentence order, read
    /// once for all the indicators it is evidence for.
    events: Vec<LevelEvent>,
    /// Clause of each context-matcher hit (scratch for `context`).
    context_clauses: Vec<usize>,
    /// Positions of the sentence's clause separators (scratch for the
    /// clause indices).
    breaks: Vec<usize>,
}

impl Reading {
    /// The reading of indicator `i` (empty when it had no term hit).
    pub(crate) fn indicator(&self, i: u32) -> Option<&IndicatorReading> {
        self.slots.get(i as usize)
    }

    fn reset(&mut self, indicators: usize) {
        if self.slots.len() != indicators {
            self.slots = vec![IndicatorReading::default(); indicators];
        }
        for &i in &self.touched {
            if let Some(slot) = self.slots.get_mut(i as usize) {
                slot.any = false;
                slot.groups = 0;
                slot.terms.clear();
                slot.negated.clear();
                slot.voided.clear();
                slot.satisfied = false;
                slot.level = 0;
                slot.cue = None;
                slot.cap = None;
                slot.clauses.clear();
                slot.all_generic = true;
                slot.uncapped = false;
                slot.best_cap = None;
            }
        }
        self.touched.clear();
        self.clauses.clear();
        self.negations.clear();
        self.context.clear();
        self.context_clauses.clear();
        self.breaks.clear();
        self.events.clear();
    }

    fn touch(&mut self, i: u32) -> Option<&mut IndicatorReading> {
        let slot = self.slots.get_mut(i as usize)?;
        if !self.touched.contains(&i) {
            self.touched.push(i);
            slot.all_generic = true;
        }
        Some(slot)
    }
}

/// Where the clause separators of `sentence` lie, from its start up to byte
/// `until`: one SIMD search over the sentence, shared by both hit lists,
/// instead of a count over the gap before every hit.
fn clause_breaks(text: &str, sentence: Sentence, until: usize, out: &mut Vec<usize>) {
    let end = until.clamp(sentence.start, sentence.end.max(sentence.start));
    let bytes = text.as_bytes().get(sentence.start..end).unwrap_or_default();
    out.extend(clause_break_positions(bytes).map(|i| sentence.start + i));
}

/// The clause index (number of clause separators since the sentence start)
/// of each hit, from the separators' positions (`breaks`, in order).
fn clause_indices(breaks: &[usize], hits: &[Hit], out: &mut Vec<usize>) {
    let mut before = 0;
    for hit in hits {
        while breaks.get(before).is_some_and(|&at| at < hit.start) {
            before += 1;
        }
        out.push(before);
    }
}

/// A hit's bearing on levels, in the clause it lies in: an `unless` cue
/// (which counts even in a negated clause), or, outside negated clauses, a
/// cue or a counted quantity (the unit's number already found).
#[derive(Debug, Clone, Copy)]
struct LevelEvent {
    clause: usize,
    kind: LevelEventKind,
}

#[derive(Debug, Clone, Copy)]
enum LevelEventKind {
    Unless { level: u32 },
    Cue { level: u32, phrase: u32 },
    Quantity { start: usize, end: usize },
}

/// The level of some evidence and the cue that decided it.
struct LevelDecision {
    /// Index into the levels.
    index: usize,
    /// The deciding cue and the clause it lies in.
    cue: Option<(Cue, usize)>,
}

impl Scorer {
    /// Reads one sentence: `hits` are the term-matcher hits inside it (from
    /// a scan of the whole text), `context_hits` the context-matcher hits
    /// inside it. The result is left in `reading`.
    pub(crate) fn read_sentence(
        &self,
        text: &str,
        sentence: Sentence,
        hits: &[Hit],
        context_hits: &[Hit],
        reading: &mut Reading,
    ) {
        reading.reset(self.indicators.len());
        let last = |hits: &[Hit]| hits.last().map_or(sentence.start, |h| h.start);
        let until = last(hits).max(last(context_hits));
        clause_breaks(text, sentence, until, &mut reading.breaks);
        clause_indices(&reading.breaks, hits, &mut reading.clauses);
        if let Some(context) = &self.context_matcher {
            clause_indices(&reading.breaks, context_hits, &mut reading.context_clauses);
            for (hit, &clause) in context_hits.iter().zip(&reading.context_clauses) {
                for role in context.roles(hit.phrase) {
                    if let Role::Context { rule } = *role {
                        reading.context.push((rule, clause, hit.phrase));
                    }
                }
            }
        }
        for (hit, &clause) in hits.iter().zip(&reading.clauses) {
            if self.matcher.roles(hit.phrase).contains(&Role::Negation) {
                reading.negations.push((clause, hit.phrase));
            }
        }
        self.level_events(text, sentence, hits, reading);

        for k in 0..hits.len() {
            let (Some(hit), Some(&clause)) = (hits.get(k), reading.clauses.get(k)) else {
                continue;
            };
            for role in self.matcher.roles(hit.phrase) {
                let (indicator, group, generic) = match *role {
                    Role::Term { indicator, group } => (indicator, group, false),
                    Role::Generic { indicator } => (indicator, None, true),
                    _ => continue,
                };
                let negation = reading
                    .negations
                    .iter()
                    .find(|(c, _)| *c == clause)
                    .map(|&(_, p)| p);
                let ceiling = self.ceiling(indicator, clause, &reading.context);
                let Some(slot) = reading.touch(indicator) else {
                    continue;
                };
                if let Some(cue) = negation {
                    slot.negated.push((hit.phrase, cue));
                    continue;
                }
                match ceiling {
                    Some((0, rule, word)) => {
                        slot.voided.push((hit.phrase, rule, word));
                        continue;
                    }
                    Some(cap) => {
                        if slot.best_cap.is_none_or(|best| cap.0 > best.0) {
                            slot.best_cap = Some(cap);
                        }
                    }
                    None => slot.uncapped = true,
                }
                match group {
                    None => slot.any = true,
                    Some(g) => slot.groups |= 1 << g,
                }
                slot.all_generic &= generic;
                if !slot.terms.contains(&hit.phrase) {
                    slot.terms.push(hit.phrase);
                }
                if !slot.clauses.contains(&clause) {
                    slot.clauses.push(clause);
                }
            }
        }

        for t in 0..reading.touched.len() {
            let Some(&i) = reading.touched.get(t) else {
                continue;
            };
            let Some(ind) = self.indicators.get(i as usize) else {
                continue;
            };
            let Some(slot) = reading.slots.get(i as usize) else {
                continue;
            };
            let satisfied = slot.any || (ind.all_mask != 0 && slot.groups == ind.all_mask);
            if !satisfied {
                continue;
            }
            let decision = self.decide_level(text, sentence, reading, &slot.clauses);
            let bound = slot.all_generic && self.bound_in(hits, reading, &slot.clauses);
            let mut level = self.levels.get(decision.index).map_or(0, |l| l.value);
            let mut cap = None;
            let top = self.levels.len().saturating_sub(1);
            // A counted result lifts generic terms only in their own clause:
            // in "开展“双招双引”专题培训,全区60余名干部参加" the count is of
            // trainees, not of what the attraction brought.
            let result = decision.index == top
                && matches!(decision.cue, Some((Cue::Quantity(..), clause))
                    if slot.clauses.contains(&clause));
            if slot.all_generic && !bound && !result && level > self.generic_cap {
                level = self.generic_cap;
                cap = Some(Cap::Generic {
                    cap: self.generic_cap,
                });
            }
            if let (false, Some((c, rule, word))) = (slot.uncapped, slot.best_cap) {
                if level > c {
                    level = c;
                    cap = Some(Cap::Rule { rule, word, cap: c });
                }
            }
            if let Some(slot) = reading.slots.get_mut(i as usize) {
                slot.satisfied = true;
                slot.level = level;
                slot.cue = decision.cue.map(|(cue, _)| cue);
                slot.cap = cap;
            }
        }
    }

    /// The lowest cap the context rules of indicator `i` put on a term in
    /// `clause`, with the rule and the word that set it.
    fn ceiling(
        &self,
        i: u32,
        clause: usize,
        context: &[(u32, usize, u32)],
    ) -> Option<(u32, u32, u32)> {
        let own = self
            .indicators
            .get(i as usize)
            .map(|ind| ind.rules.as_slice());
        let mut lowest: Option<(u32, u32, u32)> = None;
        for &(rule, word_clause, word) in context {
            let Some(r) = self.rules.get(rule as usize) else {
                continue;
            };
            let applies = r.global || own.is_some_and(|own| own.contains(&rule));
            let near = match r.within {
                Within::Clause => word_clause == clause,
                Within::Rest => word_clause >= clause,
                Within::Sentence => true,
            };
            if applies && near && lowest.is_none_or(|l| r.cap < l.0) {
                lowest = Some((r.cap, rule, word));
            }
        }
        lowest
    }

    /// Whether a `bound` phrase lies in one of `clauses`, outside a negated
    /// clause.
    fn bound_in(&self, hits: &[Hit], reading: &Reading, clauses: &[usize]) -> bool {
        hits.iter().zip(&reading.clauses).any(|(hit, clause)| {
            clauses.contains(clause)
                && !reading.negations.iter().any(|(c, _)| c == clause)
                && self.matcher.roles(hit.phrase).contains(&Role::Bound)
        })
    }

    /// The sentence's [`LevelEvent`]s, in order, into `reading.events`: the
    /// part of deciding a level that does not depend on the indicator (a
    /// sentence is often evidence for several), done once.
    fn level_events(&self, text: &str, sentence: Sentence, hits: &[Hit], reading: &mut Reading) {
        for (hit, &clause) in hits.iter().zip(&reading.clauses) {
            let negated = reading.negations.iter().any(|&(c, _)| c == clause);
            for role in self.matcher.roles(hit.phrase) {
                let kind = match *role {
                    Role::Unless { level } => LevelEventKind::Unless { level },
                    Role::Cue { level } if !negated => LevelEventKind::Cue {
                        level,
                        phrase: hit.phrase,
                    },
                    Role::Unit if !negated && self.quantity_levels != 0 => {
                        match quantity_before(text, sentence.start, hit) {
                            Some(number) => LevelEventKind::Quantity {
                                start: number.start,
                                end: number.end,
                            },
                            None => continue,
                        }
                    }
                    _ => continue,
                };
                reading.events.push(LevelEvent { clause, kind });
            }
        }
    }

    /// The level of evidence whose terms lie in `term_clauses`, from the
    /// sentence's cues read left to right: an `unless` cue blocks its
    /// level's cues from there to the sentence end, cues in negated clauses
    /// do not count, and a level's cues count only inside its window around
    /// the terms.
    fn decide_level(
        &self,
        text: &str,
        sentence: Sentence,
        reading: &Reading,
        term_clauses: &[usize],
    ) -> LevelDecision {
        let first = term_clauses.iter().copied().min().unwrap_or(0);
        // Bit l set when level l's cues count in `clause`.
        let allowed = |clause: usize| -> u32 {
            self.levels
                .iter()
                .enumerate()
                .filter(|(_, l)| match l.window {
                    Within::Clause => term_clauses.contains(&clause),
                    Within::Rest => clause >= first,
                    Within::Sentence => true,
                })
                .fold(0, |mask, (i, _)| mask | 1 << i)
        };
        let mut blocked = 0u32;
        let mut present = 0u32;
        // What decided each level, kept as a phrase index or a byte range
        // (the text is written out only where it is needed), with its clause.
        let mut decisive: [Option<(Cue, usize)>; 32] = [None; 32];
        for event in &reading.events {
            match event.kind {
                LevelEventKind::Unless { level } => blocked |= 1 << level,
                LevelEventKind::Cue { level, phrase } => {
                    let bit = 1u32 << level;
                    if allowed(event.clause) & bit != 0 && blocked & bit == 0 {
                        present |= bit;
                        if let Some(slot) = decisive.get_mut(level as usize) {
                            slot.get_or_insert((Cue::Phrase(phrase), event.clause));
                        }
                    }
                }
                LevelEventKind::Quantity { start, end } => {
                    let levels = self.quantity_levels & !blocked & allowed(event.clause);
                    present |= levels;
                    for (l, slot) in decisive.iter_mut().enumerate() {
                        if levels & (1 << l) != 0 {
                            slot.get_or_insert((Cue::Quantity(start, end), event.clause));
                        }
                    }
                }
            }
        }
        match present.checked_ilog2() {
            // A question asserts nothing: "改革给开发区带来了哪些变化?" reports
            // no result, so its cues do not count.
            Some(_) if is_question(text, sentence) => LevelDecision {
                index: 0,
                cue: None,
            },
            Some(top) => LevelDecision {
                index: top as usize,
                cue: decisive.get(top as usize).copied().flatten(),
            },
            None => LevelDecision {
                index: 0,
                cue: None,
            },
        }
    }

    /// The text of a deciding cue, as in [`super::Evidence::cue`].
    pub(crate) fn cue_text(&self, text: &str, cue: Cue) -> String {
        match cue {
            Cue::Phrase(p) => self.matcher.phrase(p).to_string(),
            Cue::Quantity(start, end) => {
                format!("quantity {}", text.get(start..end).unwrap_or_default())
            }
        }
    }

    /// The text of a cap, as in [`super::Evidence::cap`].
    pub(crate) fn cap_text(&self, cap: Cap) -> String {
        match cap {
            Cap::Generic { cap } => format!(
                "capped at {} ({cap}): generic terms with no mechanism or result bound to them in their clause",
                self.level_name(cap)
            ),
            Cap::Rule { rule, word, cap } => format!(
                "capped at {} ({cap}) by context {}",
                self.level_name(cap),
                self.rule_text(rule, word)
            ),
        }
    }

    /// `<id>: <why> (<word>)` for a context rule and the word that fired it.
    pub(crate) fn rule_text(&self, rule: u32, word: u32) -> String {
        let word = self.context_matcher.as_ref().map_or("", |m| m.phrase(word));
        match self.rules.get(rule as usize) {
            Some(r) => format!("{}: {} ({word})", r.id, r.why),
            None => format!("rule {rule} ({word})"),
        }
    }
}

/// True when the sentence ends with a question mark, the closing quotes and
/// brackets of [`crate::segment::is_closing`] after it aside (`为什么？」`,
/// `……?]`). Full-width `？` is folded to `?` by normalization.
fn is_question(text: &str, sentence: Sentence) -> bool {
    text.get(sentence.range())
        .and_then(|s| {
            s.trim_end_matches(crate::segment::is_closing)
                .chars()
                .next_back()
        })
        .is_some_and(|c| c == '?' || c == '？')
}

/// Characters allowed between a number and its unit: `100余次`, `30多家`,
/// `100+家`.
const APPROXIMATORS: [char; 3] = ['余', '多', '+'];

/// If the unit `hit` follows a number written in Arabic digits, returns the
/// byte range of the quantity as written (`115件次`). Chinese numerals are
/// not counted: `一次办成`, `一站式` and `三个剥离` would read as quantities.
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

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// The clause of every hit, from the separators found once per
        /// sentence, is the one `Sentence::clause_of` counts up to it.
        #[test]
        fn clause_indices_agree_with_clause_of(
            parts in proptest::collection::vec(
                proptest::sample::select(vec!["改革", ",", ";", ":", "、", "a", "𠀀", "。", " "]),
                0..40),
            picks in proptest::collection::vec(proptest::bool::ANY, 40),
        ) {
            let text: String = parts.concat();
            for sentence in crate::segment::sentences(&text) {
                // Hits at some character starts of the sentence, in order.
                let hits: Vec<Hit> = text[sentence.range()]
                    .char_indices()
                    .zip(&picks)
                    .filter(|(_, &pick)| pick)
                    .map(|((i, c), _)| Hit {
                        phrase: 0,
                        start: sentence.start + i,
                        end: sentence.start + i + c.len_utf8(),
                    })
                    .collect();
                let until = hits.last().map_or(sentence.start, |h| h.start);
                let mut breaks = Vec::new();
                clause_breaks(&text, sentence, until, &mut breaks);
                let mut clauses = Vec::new();
                clause_indices(&breaks, &hits, &mut clauses);
                let want: Vec<usize> =
                    hits.iter().map(|h| sentence.clause_of(&text, h.start)).collect();
                proptest::prop_assert_eq!(clauses, want);
            }
        }
    }
}
