//! KWIC (key word in context) for rubric authors: every occurrence of a
//! phrase in some documents, with its context and whether, and how, it
//! counted.
//!
//! The phrase is normalized like a rubric phrase
//! ([`normalize_phrase`]) and looked for in each document's normalized text
//! twice:
//!
//! - by the scorer's own matcher, so an occurrence is listed exactly as the
//!   scorer sees it, and
//! - by a plain substring search, so occurrences that the leftmost-longest
//!   matcher swallowed into a longer phrase (`招商` inside `招商银行`) are
//!   listed too, marked with the phrase that swallowed them.
//!
//! For each occurrence and each indicator the phrase is a term of, a
//! [`Status`] says what happened: counted at a level (with the deciding
//! cue), negated by a cue in the same clause, swallowed by a longer phrase,
//! or an `all`-group indicator left incomplete (with the missing groups).
//! The reasoning comes from [`Scorer::explain_sentence`], which follows the
//! scoring rules exactly.
//!
//! ```
//! use zone_reform::{kwic::Kwic, Document, Rubric, Scorer};
//!
//! let rubric = Rubric::from_toml_str(r#"
//!     [rubric]
//!     id = "demo"
//!     version = "1"
//!     [[levels]]
//!     name = "mention"
//!     value = 1
//!     [[levels]]
//!     name = "achieved"
//!     value = 2
//!     cues = ["了"]
//!     [[dimensions]]
//!     id = "investment"
//!     name = "招商引资"
//!       [[dimensions.indicators]]
//!       id = "drive"
//!       any = ["招商"]
//!       exclude = ["招商银行"]
//! "#, None)?;
//! let scorer = Scorer::new(&rubric)?;
//! let kwic = Kwic::new(&scorer, "招商")?;
//! let doc = Document::from_text("a.txt", "招商银行提供贷款。开展了招商活动。");
//! let hits = kwic.find(&doc);
//! assert_eq!(hits.len(), 2);
//! assert!(hits[0].to_string().contains("swallowed by 招商银行"));
//! assert!(hits[1].to_string().contains("investment/drive: counted at 2 (cue 了)"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use serde::Serialize;

use crate::ingest::Document;
use crate::matcher::{Hit, Role};
use crate::normalize::{normalize_phrase, NormalizedText};
use crate::score::{Scorer, SentenceExplanation};
use crate::segment::{sentences, Sentence};

/// Characters of context on each side of a hit by default.
pub const DEFAULT_WIDTH: usize = 20;

/// Why a KWIC query cannot run.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum KwicError {
    /// The phrase is empty once normalized.
    #[error("empty phrase {phrase:?}; give the words to look for, e.g. 招商")]
    EmptyPhrase {
        /// The phrase as given.
        phrase: String,
    },
    /// The phrase holds a sentence break, so no rubric phrase can be it.
    #[error("phrase {phrase:?} contains a sentence break (。!? or a line break); rubric phrases lie inside one sentence, so look for a shorter phrase")]
    SentenceBreak {
        /// The phrase as given.
        phrase: String,
    },
    /// [`term_hits`] was asked for a dimension the rubric does not have.
    #[error("dimension `{dimension}` is not in the rubric, whose dimensions are {}; use one of them", known.join(", "))]
    UnknownDimension {
        /// The dimension asked for.
        dimension: String,
        /// The rubric's dimension ids, in rubric order.
        known: Vec<String>,
    },
}

mod context;
mod display;
mod roles;
mod terms;
#[cfg(test)]
mod tests;

use context::{find_overlapping, left_context, right_context};
use roles::{describe_roles, group_terms, indicator_label};
pub use terms::term_hits;

/// A KWIC query: one phrase, looked up with one scorer.
#[derive(Debug, Clone)]
pub struct Kwic<'s> {
    scorer: &'s Scorer,
    phrase: String,
    /// The phrase's index in the scorer's matcher, when it is a rubric phrase.
    index: Option<u32>,
    /// Indicators the phrase is a term of, in index order.
    term_of: Vec<u32>,
    width: usize,
}

/// One occurrence of the phrase in a document.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct KwicHit {
    /// The document's id.
    pub document: String,
    /// Byte offset of the occurrence in the original text ([`Document::text`]).
    pub start: usize,
    /// Byte offset just past the occurrence in the original text.
    pub end: usize,
    /// Up to `width` characters of original text before the occurrence
    /// (line breaks and tabs shown as spaces).
    pub left: String,
    /// The occurrence as the author wrote it (original script and width).
    pub matched: String,
    /// Up to `width` characters of original text after the occurrence.
    pub right: String,
    /// Whether `left` was cut short (there is more text before it).
    pub left_cut: bool,
    /// Whether `right` was cut short (there is more text after it).
    pub right_cut: bool,
    /// The sentence holding the occurrence, quoted from the original text.
    pub sentence: String,
    /// The highest level at which the sentence is evidence for any
    /// indicator (0 when it is evidence for none); each verdict carries the
    /// level for its own indicator.
    pub sentence_level: u32,
    /// The cue that decided `sentence_level`, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sentence_cue: Option<String>,
    /// True when the scorer's matcher reports this occurrence itself; false
    /// when a longer phrase swallowed it (see `swallowed_by`).
    pub found_by_matcher: bool,
    /// The phrase the matcher reported over this occurrence instead, when it
    /// swallowed it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub swallowed_by: Option<Swallower>,
    /// One verdict per indicator the phrase is a term of; a single
    /// [`Status::NotATerm`] verdict when it is a term of none.
    pub verdicts: Vec<Verdict>,
}

/// The longer phrase that swallowed an occurrence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Swallower {
    /// The swallowing phrase (normalized).
    pub phrase: String,
    /// What that phrase is in the rubric, e.g. `exclusion of investment/attraction_drive`.
    pub roles: Vec<String>,
}

/// What one occurrence did for one indicator.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Verdict {
    /// `dimension/indicator`, or `None` for [`Status::NotATerm`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub indicator: Option<String>,
    /// What happened.
    #[serde(flatten)]
    pub status: Status,
}

/// What happened to one occurrence of a term, for one indicator.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "status", rename_all = "snake_case")]
pub enum Status {
    /// The sentence is evidence for the indicator at this level.
    Counted {
        /// The level value.
        level: u32,
        /// The level's name.
        level_name: String,
        /// The deciding cue, if the sentence has one.
        #[serde(skip_serializing_if = "Option::is_none")]
        cue: Option<String>,
        /// Why the level was capped, if it was.
        #[serde(skip_serializing_if = "Option::is_none")]
        cap: Option<String>,
    },
    /// A context rule near the term voided it.
    Voided {
        /// The rule, its reason and its word.
        rule: String,
        /// Set when the sentence is evidence for the indicator anyway,
        /// through other terms.
        #[serde(skip_serializing_if = "Option::is_none")]
        anyway: Option<Anyway>,
    },
    /// A negation cue in the same clause cancelled the term.
    Negated {
        /// The negation cue.
        cue: String,
        /// Set when the sentence is evidence for the indicator anyway,
        /// through other terms.
        #[serde(skip_serializing_if = "Option::is_none")]
        anyway: Option<Anyway>,
    },
    /// A longer phrase swallowed the occurrence: the scorer never saw it.
    Swallowed {
        /// The swallowing phrase.
        by: String,
        /// What that phrase is in the rubric.
        roles: Vec<String>,
        /// Set when the sentence is evidence for the indicator anyway,
        /// through other terms (often the swallowing phrase itself, as
        /// `招商引资` swallows `招商`).
        #[serde(skip_serializing_if = "Option::is_none")]
        anyway: Option<Anyway>,
    },
    /// The term belongs to an `all` group, and some other group has no
    /// (counted) term in the sentence.
    Incomplete {
        /// The groups without a counted term (their terms in the matcher's
        /// phrase order, not necessarily the rubric's).
        missing: Vec<MissingGroup>,
    },
    /// The phrase is not a term of any indicator.
    NotATerm {
        /// What the phrase is instead (`cue of level 3 (achieved)`,
        /// `counting unit`...), or `not in the rubric`.
        roles: Vec<String>,
    },
}

/// The sentence counts for the indicator even though this occurrence did
/// not: the level and the terms that carried it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Anyway {
    /// The sentence's level value.
    pub level: u32,
    /// The counted terms of the indicator in the sentence.
    pub terms: Vec<String>,
}

/// An `all` group with no counted term in a sentence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MissingGroup {
    /// The group's number, from 1, in rubric order.
    pub group: usize,
    /// The group's terms (normalized), in the matcher's phrase order.
    pub terms: Vec<String>,
}

impl<'s> Kwic<'s> {
    /// A query for `phrase` (normalized like a rubric phrase) with `scorer`'s
    /// rubric, [`DEFAULT_WIDTH`] characters of context.
    ///
    /// # Errors
    /// [`KwicError::EmptyPhrase`] when the phrase normalizes to nothing,
    /// [`KwicError::SentenceBreak`] when it holds a sentence break.
    pub fn new(scorer: &'s Scorer, phrase: &str) -> Result<Self, KwicError> {
        let normalized = normalize_phrase(phrase);
        if normalized.is_empty() {
            return Err(KwicError::EmptyPhrase {
                phrase: phrase.to_string(),
            });
        }
        if normalized.chars().any(crate::segment::is_terminator) {
            return Err(KwicError::SentenceBreak {
                phrase: phrase.to_string(),
            });
        }
        let matcher = scorer.matcher();
        let index = matcher
            .phrases()
            .iter()
            .position(|p| *p == normalized)
            .and_then(|i| u32::try_from(i).ok());
        let mut term_of: Vec<u32> = index
            .map(|i| matcher.roles(i))
            .unwrap_or_default()
            .iter()
            .filter_map(|r| match *r {
                Role::Term { indicator, .. } | Role::Generic { indicator } => Some(indicator),
                _ => None,
            })
            .collect();
        term_of.sort_unstable();
        term_of.dedup();
        Ok(Kwic {
            scorer,
            phrase: normalized,
            index,
            term_of,
            width: DEFAULT_WIDTH,
        })
    }

    /// The same query with `width` characters of context on each side.
    pub fn with_width(mut self, width: usize) -> Self {
        self.width = width;
        self
    }

    /// The normalized phrase looked for.
    pub fn phrase(&self) -> &str {
        &self.phrase
    }

    /// What the phrase is in the rubric (`term of one_stop/single_window`,
    /// `cue of level 3 (achieved)`...); empty when it is not a rubric phrase.
    pub fn roles(&self) -> Vec<String> {
        self.index
            .map(|i| describe_roles(self.scorer, self.scorer.matcher().roles(i)))
            .unwrap_or_default()
    }

    /// Every occurrence of the phrase in `doc`'s normalized text, in order.
    pub fn find(&self, doc: &Document) -> Vec<KwicHit> {
        let norm = self.scorer.normalizer().normalize(&doc.text);
        self.find_normalized(&doc.id, &doc.text, &norm)
    }

    /// As [`Kwic::find`] for text already normalized by
    /// [`Scorer::normalizer`]; `original` is the text `norm` was made from.
    pub fn find_normalized(&self, id: &str, original: &str, norm: &NormalizedText) -> Vec<KwicHit> {
        let text = norm.text.as_str();
        let occurrences = find_overlapping(text, &self.phrase);
        if occurrences.is_empty() {
            return Vec::new();
        }
        let matcher = self.scorer.matcher();
        let hits: Vec<Hit> = matcher.find_iter(text).collect();
        let sents: Vec<Sentence> = sentences(text).collect();
        let mut cache: Option<(Sentence, SentenceExplanation)> = None;
        let mut out = Vec::with_capacity(occurrences.len());
        for (s, e) in occurrences {
            let idx = sents.partition_point(|x| x.end <= s);
            let sentence = sents
                .get(idx)
                .copied()
                .filter(|x| x.start <= s)
                .unwrap_or(Sentence { start: s, end: e });
            let first = hits.partition_point(|h| h.start < sentence.start);
            let in_sentence: Vec<Hit> = hits
                .get(first..)
                .unwrap_or_default()
                .iter()
                .take_while(|h| h.end <= sentence.end)
                .copied()
                .collect();
            let explanation = match &cache {
                Some((cached, exp)) if *cached == sentence => exp.clone(),
                _ => {
                    let exp = self.scorer.explain_sentence(text, sentence, &in_sentence);
                    cache = Some((sentence, exp.clone()));
                    exp
                }
            };
            let own = hits.iter().find(|h| h.start == s && h.end == e).copied();
            let over = hits
                .get(hits.partition_point(|h| h.end <= s)..)
                .unwrap_or_default()
                .iter()
                .find(|h| h.start < e && h.end > s)
                .copied();
            let swallowed_by = match (own, over) {
                (None, Some(h)) => Some(Swallower {
                    phrase: matcher.phrase(h.phrase).to_string(),
                    roles: describe_roles(self.scorer, matcher.roles(h.phrase)),
                }),
                _ => None,
            };
            let best = explanation
                .indicators
                .iter()
                .filter(|c| c.satisfied)
                .max_by_key(|c| c.level);
            let verdicts = self.verdicts(text, sentence, &explanation, s, own, &swallowed_by);
            let range = norm.original_range(s..e);
            let sentence_range = norm.original_range(sentence.range());
            let (left, left_cut) = left_context(original, range.start, self.width);
            let (right, right_cut) = right_context(original, range.end, self.width);
            out.push(KwicHit {
                document: id.to_string(),
                start: range.start,
                end: range.end,
                left,
                matched: original.get(range.clone()).unwrap_or_default().to_string(),
                right,
                left_cut,
                right_cut,
                sentence: original.get(sentence_range).unwrap_or_default().to_string(),
                sentence_level: best.map_or(0, |c| c.level),
                sentence_cue: best.and_then(|c| c.cue.clone()),
                found_by_matcher: own.is_some(),
                swallowed_by,
                verdicts,
            });
        }
        out
    }

    /// The verdicts for one occurrence at normalized bytes `start..`.
    fn verdicts(
        &self,
        text: &str,
        sentence: Sentence,
        explanation: &SentenceExplanation,
        start: usize,
        own: Option<Hit>,
        swallowed_by: &Option<Swallower>,
    ) -> Vec<Verdict> {
        if self.term_of.is_empty() {
            let mut roles = self.roles();
            if roles.is_empty() {
                roles.push("not in the rubric".to_string());
            }
            return vec![Verdict {
                indicator: None,
                status: Status::NotATerm { roles },
            }];
        }
        let clause = sentence.clause_of(text, start);
        let negation = explanation
            .negations
            .iter()
            .find(|n| n.clause == clause)
            .map(|n| n.phrase.clone());
        self.term_of
            .iter()
            .map(|&i| {
                let check = explanation.indicators.iter().find(|c| c.index == i);
                let anyway = check.filter(|c| c.satisfied).map(|c| Anyway {
                    level: c.level,
                    terms: c.terms.clone(),
                });
                let voided = check.and_then(|c| {
                    let counted = c.terms.contains(&self.phrase);
                    let voided = c.voided_terms.iter().find(|v| v.term == self.phrase);
                    voided.filter(|_| !counted).map(|v| v.rule.clone())
                });
                let status = match (own, swallowed_by, &negation) {
                    (_, Some(sw), _) => Status::Swallowed {
                        by: sw.phrase.clone(),
                        roles: sw.roles.clone(),
                        anyway,
                    },
                    (None, None, _) => Status::Swallowed {
                        by: String::new(),
                        roles: vec!["no phrase matched here".to_string()],
                        anyway,
                    },
                    (Some(_), None, Some(cue)) => Status::Negated {
                        cue: cue.clone(),
                        anyway,
                    },
                    (Some(_), None, None) => match check {
                        _ if voided.is_some() => Status::Voided {
                            rule: voided.unwrap_or_default(),
                            anyway,
                        },
                        Some(c) if c.satisfied => Status::Counted {
                            level: c.level,
                            level_name: self.scorer.level_name(c.level).to_string(),
                            cue: c.cue.clone(),
                            cap: c.cap.clone(),
                        },
                        Some(c) => Status::Incomplete {
                            missing: c
                                .groups
                                .iter()
                                .enumerate()
                                .filter(|(_, &hit)| !hit)
                                .map(|(g, _)| MissingGroup {
                                    group: g + 1,
                                    terms: group_terms(self.scorer, i, g),
                                })
                                .collect(),
                        },
                        None => Status::Incomplete {
                            missing: Vec::new(),
                        },
                    },
                };
                Verdict {
                    indicator: Some(indicator_label(self.scorer, i)),
                    status,
                }
            })
            .collect()
    }
}
