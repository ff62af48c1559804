//! A document's score: its scope decision, the reading of each sentence
//! with a hit, and the assembly of indicator levels into dimension scores
//! and the total. Also the union of several documents into a zone's score.

use super::sentence::{Cap, Cue, Reading};
use super::{
    DimensionScore, Discounted, DocumentScore, Evidence, IndicatorScore, ScopeDecision, Scorer,
    ZoneScore,
};
use crate::matcher::{Hit, JointHits, Role};
use crate::normalize::{NormalizedText, RunCursor};
use crate::segment::sentences;
use std::sync::Arc;

/// Scratch space that scoring reuses from one document to the next on the
/// same thread, so that a batch allocates its hit lists and sentence
/// readings once per thread instead of once per document.
#[derive(Default)]
struct Scratch {
    hits: JointHits,
    reading: Reading,
}

/// The most hits a thread's scratch lists keep room for between documents:
/// a 17 KB report has a few hundred, a 1 MB one some 20,000 (24 bytes
/// each); a longer document's lists are freed once it is scored, so that a
/// batch's memory does not stay at the size of its largest document.
const MAX_KEPT_HITS: usize = 1 << 16;

thread_local! {
    static SCRATCH: std::cell::RefCell<Scratch> = std::cell::RefCell::default();
}

/// Per-document results, indexed by indicator.
pub(super) struct State {
    levels: Vec<u32>,
    evidence: Vec<Vec<Evidence>>,
    discounted: Vec<Vec<Discounted>>,
    /// Where the last sentence recorded ended in the offset map.
    cursor: RunCursor,
    /// The text of each cap written out so far: a document's evidence
    /// shares it instead of formatting it again.
    caps: Vec<(Cap, Arc<str>)>,
}

impl State {
    fn new(n: usize) -> Self {
        State {
            levels: vec![0; n],
            evidence: vec![Vec::new(); n],
            discounted: vec![Vec::new(); n],
            cursor: RunCursor::default(),
            caps: Vec::new(),
        }
    }
}

impl Scorer {
    /// Scores text already normalized by [`Scorer::normalizer`]; `original`
    /// is the text `norm` was made from (evidence is quoted from it).
    pub fn score_normalized(
        &self,
        id: &str,
        original: &str,
        norm: &NormalizedText,
    ) -> DocumentScore {
        SCRATCH.with(|scratch| match scratch.try_borrow_mut() {
            Ok(mut scratch) => {
                let score = self.score_with(id, original, norm, &mut scratch);
                scratch.hits.shrink_to(MAX_KEPT_HITS);
                score
            }
            // Only if scoring were re-entered on this thread; never in practice.
            Err(_) => self.score_with(id, original, norm, &mut Scratch::default()),
        })
    }

    fn score_with(
        &self,
        id: &str,
        original: &str,
        norm: &NormalizedText,
        scratch: &mut Scratch,
    ) -> DocumentScore {
        let Scratch {
            hits: scanned,
            reading,
        } = scratch;
        let mut state = State::new(self.indicators.len());
        self.scan.scan(&norm.text, scanned);
        let (hits, context_hits) = (scanned.of(0), scanned.of(1));
        let scope = self.decide_scope(context_hits);
        if scope.as_ref().is_some_and(|s| !s.in_scope) {
            return self.assemble(id, state, scope);
        }
        let (mut next, mut next_context) = (0, 0);
        for sentence in sentences(&norm.text) {
            let inside = |hits: &[Hit], next: &mut usize| -> std::ops::Range<usize> {
                while hits.get(*next).is_some_and(|h| h.start < sentence.start) {
                    *next += 1;
                }
                let first = *next;
                while hits.get(*next).is_some_and(|h| h.end <= sentence.end) {
                    *next += 1;
                }
                first..*next
            };
            let range = inside(hits, &mut next);
            if range.is_empty() {
                continue;
            }
            let context_range = inside(context_hits, &mut next_context);
            let (Some(sentence_hits), Some(sentence_context)) =
                (hits.get(range), context_hits.get(context_range))
            else {
                continue;
            };
            // Only term hits make a reading touch an indicator: a sentence
            // of cues, negations or excluded phrases alone records nothing.
            if !sentence_hits.iter().any(|h| self.counts_for_indicator(h)) {
                continue;
            }
            self.read_sentence(
                &norm.text,
                sentence,
                sentence_hits,
                sentence_context,
                reading,
            );
            self.record(&norm.text, original, norm, sentence, reading, &mut state);
        }
        self.assemble(id, state, scope)
    }

    /// Whether `hit` is an indicator's term (`any`, `all` or generic), the
    /// only roles [`Scorer::read_sentence`] records anything for.
    fn counts_for_indicator(&self, hit: &Hit) -> bool {
        self.matcher
            .roles(hit.phrase)
            .iter()
            .any(|r| matches!(r, Role::Term { .. } | Role::Generic { .. }))
    }

    /// Records a sentence's reading: evidence for every satisfied indicator,
    /// and the term hits that did not count.
    fn record(
        &self,
        text: &str,
        original: &str,
        norm: &NormalizedText,
        sentence: crate::segment::Sentence,
        reading: &Reading,
        state: &mut State,
    ) {
        let range = norm.original_range_from(sentence.range(), &mut state.cursor);
        // The sentence is copied once, when it is first needed, and shared
        // by every indicator it is evidence for.
        let mut shared: Option<Arc<str>> = None;
        let mut quote = || {
            shared
                .get_or_insert_with(|| Arc::from(original.get(range.clone()).unwrap_or_default()))
                .clone()
        };
        for &i in &reading.touched {
            let Some(slot) = reading.indicator(i) else {
                continue;
            };
            let i = i as usize;
            if let Some(discounted) = state.discounted.get_mut(i) {
                let negated = slot
                    .negated
                    .iter()
                    .map(|&(term, cue)| (term, format!("negated by {}", self.matcher.phrase(cue))));
                let voided = slot.voided.iter().map(|&(term, rule, word)| {
                    (
                        term,
                        format!("voided by context {}", self.rule_text(rule, word)),
                    )
                });
                for (term, why) in negated.chain(voided) {
                    let term_text = self.matcher.phrase(term);
                    // Once per sentence, term and reason.
                    let seen = discounted
                        .iter()
                        .rev()
                        .take_while(|d| d.start == range.start)
                        .any(|d| &*d.term == term_text && d.why == why);
                    if seen {
                        continue;
                    }
                    discounted.push(Discounted {
                        text: quote(),
                        start: range.start,
                        end: range.end,
                        term: self.shared_phrase(term),
                        why,
                        document: None,
                    });
                }
            }
            if !slot.satisfied {
                continue;
            }
            if let Some(best) = state.levels.get_mut(i) {
                *best = (*best).max(slot.level);
            }
            if let Some(evidence) = state.evidence.get_mut(i) {
                evidence.push(Evidence {
                    text: quote(),
                    start: range.start,
                    end: range.end,
                    level: slot.level,
                    terms: slot.terms.iter().map(|&p| self.shared_phrase(p)).collect(),
                    cue: slot.cue.map(|c| self.shared_cue_text(text, c)),
                    cap: slot.cap.map(|c| self.shared_cap_text(c, &mut state.caps)),
                    document: None,
                });
            }
        }
    }

    /// A term-matcher phrase as a shared string.
    fn shared_phrase(&self, phrase: u32) -> Arc<str> {
        self.matcher
            .shared_phrase(phrase)
            .unwrap_or_else(|| Arc::from(""))
    }

    /// [`Scorer::cue_text`] as a shared string: a cue phrase is the
    /// matcher's own string, a quantity is written out.
    fn shared_cue_text(&self, text: &str, cue: Cue) -> Arc<str> {
        match cue {
            Cue::Phrase(p) => self.shared_phrase(p),
            Cue::Quantity(..) => Arc::from(self.cue_text(text, cue)),
        }
    }

    /// [`Scorer::cap_text`] as a shared string, written out once per
    /// document and cap.
    fn shared_cap_text(&self, cap: Cap, written: &mut Vec<(Cap, Arc<str>)>) -> Arc<str> {
        if let Some((_, text)) = written.iter().find(|(c, _)| *c == cap) {
            return text.clone();
        }
        let text: Arc<str> = Arc::from(self.cap_text(cap));
        written.push((cap, text.clone()));
        text
    }

    /// The scope decision from the context matcher's hits over the whole
    /// document; `None` when the rubric sets no scope.
    pub(super) fn decide_scope(&self, context_hits: &[Hit]) -> Option<ScopeDecision> {
        let scope = self.scope.as_ref()?;
        let matcher = self.context_matcher.as_ref()?;
        let mut hits = 0u32;
        let mut terms: Vec<String> = Vec::new();
        for hit in context_hits {
            if matcher.roles(hit.phrase).contains(&Role::Scope) {
                hits = hits.saturating_add(1);
                let term = matcher.phrase(hit.phrase);
                if !terms.iter().any(|t| t == term) {
                    terms.push(term.to_string());
                }
            }
        }
        let in_scope = hits >= scope.min_hits;
        let found = if terms.is_empty() {
            "no scope term".to_string()
        } else {
            format!("{hits} scope term(s): {}", terms.join(", "))
        };
        let reason = if in_scope {
            format!(
                "in scope: about {} ({found}; {} needed)",
                scope.name, scope.min_hits
            )
        } else {
            format!(
                "out of scope: not about {} ({found}; {} needed), so every grade is 0",
                scope.name, scope.min_hits
            )
        };
        Some(ScopeDecision {
            in_scope,
            hits,
            required: scope.min_hits,
            terms,
            reason,
        })
    }

    /// Combines the scores of several documents about one zone into the
    /// zone's score: the union of their evidence. Each indicator takes the
    /// highest level any document reached, with all documents' evidence;
    /// dimension scores and the total are recomputed from those levels. The
    /// zone is in scope when any of its documents is.
    /// `scores` must come from this scorer; an empty slice scores 0.
    pub fn combine(&self, id: &str, scores: &[DocumentScore]) -> ZoneScore {
        let mut state = State::new(self.indicators.len());
        for score in scores {
            let inds = score.dimensions.iter().flat_map(|d| d.indicators.iter());
            for (i, ind) in inds.enumerate() {
                let document =
                    |d: &Option<String>| d.clone().or_else(|| Some(score.document.clone()));
                if let Some(level) = state.levels.get_mut(i) {
                    *level = (*level).max(ind.level);
                }
                if let Some(ev) = state.evidence.get_mut(i) {
                    ev.extend(ind.evidence.iter().map(|e| Evidence {
                        document: document(&e.document),
                        ..e.clone()
                    }));
                }
                if let Some(dis) = state.discounted.get_mut(i) {
                    dis.extend(ind.discounted.iter().map(|e| Discounted {
                        document: document(&e.document),
                        ..e.clone()
                    }));
                }
            }
        }
        let scopes: Vec<&ScopeDecision> = scores.iter().filter_map(|s| s.scope.as_ref()).collect();
        let scope = (!scopes.is_empty()).then(|| {
            let inside = scopes.iter().filter(|s| s.in_scope).count();
            let mut terms: Vec<String> = Vec::new();
            for t in scopes.iter().flat_map(|s| &s.terms) {
                if !terms.contains(t) {
                    terms.push(t.clone());
                }
            }
            ScopeDecision {
                in_scope: inside > 0,
                hits: scopes.iter().fold(0u32, |n, s| n.saturating_add(s.hits)),
                required: scopes.first().map_or(1, |s| s.required),
                terms,
                reason: format!(
                    "{inside} of {} documents in scope{}",
                    scopes.len(),
                    if inside == 0 {
                        ", so every grade is 0"
                    } else {
                        ""
                    }
                ),
            }
        });
        let DocumentScore {
            total,
            scope,
            dimensions,
            pmc,
            ..
        } = self.assemble(id, state, scope);
        ZoneScore {
            zone: id.to_string(),
            documents: scores.iter().map(|s| s.document.clone()).collect(),
            total,
            scope,
            dimensions,
            pmc,
        }
    }

    fn assemble(&self, id: &str, mut state: State, scope: Option<ScopeDecision>) -> DocumentScore {
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
                let evidence = take(&mut state.evidence, i);
                let discounted = take(&mut state.discounted, i);
                indicators.push(IndicatorScore {
                    id: ind.id.clone(),
                    name: ind.name.clone(),
                    weight: ind.weight,
                    level,
                    level_name: self.level_name(level).to_string(),
                    evidence,
                    discounted,
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
        DocumentScore {
            document: id.to_string(),
            total,
            scope,
            dimensions,
            pmc,
        }
    }
}

/// Moves entry `i` out of a per-indicator table.
fn take<T>(table: &mut [Vec<T>], i: usize) -> Vec<T> {
    table.get_mut(i).map(std::mem::take).unwrap_or_default()
}
#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Document, Rubric};

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
        // Every closing mark of the segmenter, brackets included.
        assert_eq!(level("招商完成了哪些任务?]", "drive"), 1);
        assert_eq!(level("(招商完成了哪些任务？）", "drive"), 1);
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
