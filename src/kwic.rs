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

use std::fmt;

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

/// Every occurrence of every term of the rubric in `doc` (of one
/// dimension's indicators when `dimension` is given), with `width`
/// characters of context: the [`Kwic`] hits of each term, in document
/// order, each with the verdicts of the indicators of that dimension. An
/// occurrence of a term inside a longer term is listed under both, so the
/// list says for every term hit why it counted or not.
///
/// ```
/// use zone_reform::{kwic, Document, Rubric, Scorer};
/// let scorer = Scorer::new(&Rubric::builtin()?)?;
/// let doc = Document::from_text("a.txt", "招商银行提供贷款。我区成立招商专班,签约项目32个。");
/// let hits = kwic::term_hits(&scorer, &doc, Some("investment"), 10)?;
/// assert!(hits.iter().any(|h| h.to_string().contains("counted at 3")));
/// assert!(hits.iter().all(|h| h.verdicts.iter().all(|v| {
///     v.indicator.as_deref().is_some_and(|i| i.starts_with("investment/"))
/// })));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
/// [`KwicError::UnknownDimension`] for a dimension the rubric lacks.
pub fn term_hits(
    scorer: &Scorer,
    doc: &Document,
    dimension: Option<&str>,
    width: usize,
) -> Result<Vec<KwicHit>, KwicError> {
    if let Some(dim) = dimension {
        if !scorer.dimension_ids().any(|d| d == dim) {
            return Err(KwicError::UnknownDimension {
                dimension: dim.to_string(),
                known: scorer.dimension_ids().map(str::to_string).collect(),
            });
        }
    }
    let in_scope = |indicator: u32| {
        scorer
            .indicator_ref(indicator)
            .is_some_and(|r| dimension.is_none_or(|d| r.dimension == d))
    };
    let matcher = scorer.matcher();
    let terms = matcher.phrases().iter().enumerate().filter(|(i, _)| {
        u32::try_from(*i).is_ok_and(|i| {
            matcher
                .roles(i)
                .iter()
                .any(|r| matches!(*r, Role::Term { indicator, .. } if in_scope(indicator)))
        })
    });
    let norm = scorer.normalizer().normalize(&doc.text);
    let prefix = dimension.map(|d| format!("{d}/"));
    let mut hits = Vec::new();
    for (_, term) in terms {
        let kwic = Kwic::new(scorer, term)?.with_width(width);
        for mut hit in kwic.find_normalized(&doc.id, &doc.text, &norm) {
            if let Some(prefix) = &prefix {
                hit.verdicts.retain(|v| {
                    v.indicator
                        .as_deref()
                        .is_some_and(|i| i.starts_with(prefix))
                });
            }
            hits.push(hit);
        }
    }
    hits.sort_by(|a, b| (a.start, a.end, &a.matched).cmp(&(b.start, b.end, &b.matched)));
    Ok(hits)
}

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
    /// The sentence's level value, as the scorer reads it.
    pub sentence_level: u32,
    /// The cue that decided the sentence's level, if any.
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
        if normalized
            .chars()
            .any(|c| matches!(c, '。' | '!' | '?' | '！' | '？' | '\n' | '\r'))
        {
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
                Role::Term { indicator, .. } => Some(indicator),
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
                sentence_level: explanation.level,
                sentence_cue: explanation.cue.clone(),
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
                    level: explanation.level,
                    terms: c.terms.clone(),
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
                        Some(c) if c.satisfied => Status::Counted {
                            level: explanation.level,
                            level_name: self.scorer.level_name(explanation.level).to_string(),
                            cue: explanation.cue.clone(),
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

/// Every occurrence of `needle` in `text`, overlapping ones included, as
/// byte ranges.
fn find_overlapping(text: &str, needle: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(pos) = text.get(from..).and_then(|rest| rest.find(needle)) {
        let start = from + pos;
        out.push((start, start + needle.len()));
        let step = text
            .get(start..)
            .and_then(|r| r.chars().next())
            .map_or(1, char::len_utf8);
        from = start + step;
    }
    out
}

/// `dimension/indicator` for an indicator index.
fn indicator_label(scorer: &Scorer, index: u32) -> String {
    scorer.indicator_ref(index).map_or_else(
        || format!("#{index}"),
        |r| format!("{}/{}", r.dimension, r.id),
    )
}

/// The terms of the `group`-th `all` group of an indicator, in the matcher's
/// phrase order.
fn group_terms(scorer: &Scorer, indicator: u32, group: usize) -> Vec<String> {
    let matcher = scorer.matcher();
    matcher
        .phrases()
        .iter()
        .enumerate()
        .filter(|(i, _)| {
            u32::try_from(*i).is_ok_and(|i| {
                matcher.roles(i).iter().any(|r| {
                    *r == Role::Term {
                        indicator,
                        group: u32::try_from(group).ok(),
                    }
                })
            })
        })
        .map(|(_, p)| p.clone())
        .collect()
}

/// Human-readable descriptions of a phrase's roles.
fn describe_roles(scorer: &Scorer, roles: &[Role]) -> Vec<String> {
    let level = |idx: u32| match scorer.level_value(idx) {
        Some(value) => format!("level {value} ({})", scorer.level_name(value)),
        None => format!("level #{idx}"),
    };
    roles
        .iter()
        .map(|r| match *r {
            Role::Term {
                indicator,
                group: None,
            } => format!("term of {}", indicator_label(scorer, indicator)),
            Role::Term {
                indicator,
                group: Some(g),
            } => format!(
                "term of {} (all group {})",
                indicator_label(scorer, indicator),
                g + 1
            ),
            Role::Exclude { indicator } => {
                format!("exclusion of {}", indicator_label(scorer, indicator))
            }
            Role::Cue { level: l } => format!("cue of {}", level(l)),
            Role::Unless { level: l } => format!("unless cue of {}", level(l)),
            Role::Negation => "negation cue".to_string(),
            Role::Unit => "counting unit".to_string(),
            Role::Neutral => "neutral phrase".to_string(),
        })
        .collect()
}

/// Up to `width` characters before byte `at`, and whether more precede them.
fn left_context(text: &str, at: usize, width: usize) -> (String, bool) {
    let before = text.get(..at).unwrap_or_default();
    let mut chars: Vec<char> = before.chars().rev().take(width + 1).collect();
    let cut = chars.len() > width;
    chars.truncate(width);
    chars.reverse();
    (one_line(chars.into_iter()), cut)
}

/// Up to `width` characters after byte `at`, and whether more follow them.
fn right_context(text: &str, at: usize, width: usize) -> (String, bool) {
    let after = text.get(at..).unwrap_or_default();
    let mut chars: Vec<char> = after.chars().take(width + 1).collect();
    let cut = chars.len() > width;
    chars.truncate(width);
    (one_line(chars.into_iter()), cut)
}

/// Line breaks and tabs as spaces, so a hit prints on one line.
fn one_line(chars: impl Iterator<Item = char>) -> String {
    chars
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

/// `; sentence counts at L via a, b` when the indicator counts anyway.
fn write_anyway(f: &mut fmt::Formatter<'_>, anyway: &Option<Anyway>) -> fmt::Result {
    match anyway {
        Some(a) => write!(
            f,
            "; sentence counts at {} anyway via {}",
            a.level,
            a.terms.join(", ")
        ),
        None => Ok(()),
    }
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Status::Counted {
                level, cue: None, ..
            } => write!(f, "counted at {level} (no cue)"),
            Status::Counted {
                level,
                cue: Some(cue),
                ..
            } => write!(f, "counted at {level} (cue {cue})"),
            Status::Negated { cue, anyway } => {
                write!(f, "negated by {cue} in its clause")?;
                write_anyway(f, anyway)
            }
            Status::Swallowed { by, roles, anyway } if by.is_empty() => {
                write!(f, "not matched ({})", roles.join(", "))?;
                write_anyway(f, anyway)
            }
            Status::Swallowed { by, roles, anyway } => {
                write!(f, "swallowed by {by} ({})", roles.join(", "))?;
                write_anyway(f, anyway)
            }
            Status::Incomplete { missing } if missing.is_empty() => write!(f, "incomplete"),
            Status::Incomplete { missing } => {
                write!(f, "incomplete (missing")?;
                for (i, m) in missing.iter().enumerate() {
                    let sep = if i == 0 { " " } else { "; " };
                    let shown: Vec<&str> = m.terms.iter().take(4).map(String::as_str).collect();
                    let more = if m.terms.len() > shown.len() {
                        "|…"
                    } else {
                        ""
                    };
                    write!(f, "{sep}group {}: {}{more}", m.group, shown.join("|"))?;
                }
                write!(f, ")")
            }
            Status::NotATerm { roles } => write!(f, "not a term ({})", roles.join(", ")),
        }
    }
}

impl fmt::Display for Verdict {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.indicator {
            Some(ind) => write!(f, "{ind}: {}", self.status),
            None => write!(f, "{}", self.status),
        }
    }
}

impl fmt::Display for KwicHit {
    /// One line: `doc:offset  …left【match】right…  verdict; verdict`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let l = if self.left_cut { "…" } else { "" };
        let r = if self.right_cut { "…" } else { "" };
        write!(
            f,
            "{}:{}  {l}{}【{}】{}{r}  ",
            self.document, self.start, self.left, self.matched, self.right
        )?;
        for (i, v) in self.verdicts.iter().enumerate() {
            if i > 0 {
                write!(f, "; ")?;
            }
            write!(f, "{v}")?;
        }
        if let (
            Some(sw),
            Some(Verdict {
                status: Status::NotATerm { .. },
                ..
            }),
        ) = (&self.swallowed_by, self.verdicts.first())
        {
            write!(f, "; swallowed by {} ({})", sw.phrase, sw.roles.join(", "))?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Rubric;

    /// A small rubric: levels mention/measure/achieved, one negation cue,
    /// one neutral phrase, and three indicators (an `any` term with an
    /// exclusion, and an `all`-group indicator).
    fn scorer() -> Scorer {
        let rubric = Rubric::from_toml_str(
            r#"
            [rubric]
            id = "t"
            version = "1"
            [[levels]]
            name = "mention"
            value = 1
            [[levels]]
            name = "measure"
            value = 2
            cues = ["建立"]
            [[levels]]
            name = "achieved"
            value = 3
            cues = ["了"]
            unless = ["将"]
            [negation]
            cues = ["尚未"]
            [neutral]
            phrases = ["了解"]
            [[dimensions]]
            id = "investment"
            name = "招商"
              [[dimensions.indicators]]
              id = "drive"
              any = ["招商", "招商引资"]
              exclude = ["招商银行"]
            [[dimensions]]
            id = "mgmt"
            name = "管委会+公司"
              [[dimensions.indicators]]
              id = "company"
              all = [["管委会"], ["平台公司", "有限公司"], ["成立", "组建"]]
            "#,
            None,
        )
        .unwrap_or_else(|e| panic!("{e}"));
        Scorer::new(&rubric).unwrap_or_else(|e| panic!("{e}"))
    }

    fn hits(scorer: &Scorer, phrase: &str, text: &str) -> Vec<KwicHit> {
        Kwic::new(scorer, phrase)
            .unwrap_or_else(|e| panic!("{e}"))
            .find(&Document::from_text("d.txt", text))
    }

    fn lines(hits: &[KwicHit]) -> Vec<String> {
        hits.iter().map(ToString::to_string).collect()
    }

    #[test]
    fn term_inside_an_exclusion_is_listed_as_swallowed_by_the_exclusion() {
        let s = scorer();
        let h = hits(&s, "招商", "招商银行发放贷款。");
        assert_eq!(h.len(), 1);
        assert!(!h[0].found_by_matcher);
        assert_eq!(
            h[0].swallowed_by.as_ref().map(|w| w.phrase.as_str()),
            Some("招商银行")
        );
        let line = &lines(&h)[0];
        assert!(
            line.contains(
                "investment/drive: swallowed by 招商银行 (exclusion of investment/drive)"
            ),
            "{line}"
        );
        assert!(!line.contains("anyway"), "{line}");
    }

    #[test]
    fn term_swallowed_by_a_longer_term_of_the_same_indicator_says_the_sentence_counts_anyway() {
        let s = scorer();
        let h = hits(&s, "招商", "完成了招商引资任务。");
        let line = &lines(&h)[0];
        assert!(
            line.contains("swallowed by 招商引资 (term of investment/drive); sentence counts at 3 anyway via 招商引资"),
            "{line}"
        );
    }

    #[test]
    fn counted_term_reports_the_sentence_level_and_its_cue() {
        let s = scorer();
        let h = hits(&s, "招商", "开展了招商活动。");
        assert!(h[0].found_by_matcher);
        assert_eq!(
            h[0].verdicts[0].status,
            Status::Counted {
                level: 3,
                level_name: "achieved".into(),
                cue: Some("了".into())
            }
        );
        assert!(lines(&h)[0].ends_with("investment/drive: counted at 3 (cue 了)"));
        // No cue: the lowest level.
        let h = hits(&s, "招商", "招商工作。");
        assert!(lines(&h)[0].ends_with("counted at 1 (no cue)"));
    }

    #[test]
    fn negated_term_names_the_negation_cue_of_its_clause() {
        let s = scorer();
        let h = hits(&s, "招商", "尚未开展招商,已建立机制。");
        assert_eq!(
            h[0].verdicts[0].status,
            Status::Negated {
                cue: "尚未".into(),
                anyway: None
            }
        );
        assert!(lines(&h)[0].contains("investment/drive: negated by 尚未 in its clause"));
        // A negation in another clause does not touch the term.
        let h = hits(&s, "招商", "尚未结束,开展招商。");
        assert!(matches!(h[0].verdicts[0].status, Status::Counted { .. }));
    }

    #[test]
    fn all_group_term_without_every_group_is_incomplete_and_names_the_missing_group() {
        let s = scorer();
        let h = hits(&s, "管委会", "管委会走访某有限公司。");
        let Status::Incomplete { missing } = &h[0].verdicts[0].status else {
            panic!("{:?}", h[0].verdicts);
        };
        assert_eq!(missing.len(), 1);
        assert_eq!(missing[0].group, 3);
        assert_eq!(missing[0].terms, ["成立", "组建"]);
        let line = &lines(&h)[0];
        assert!(
            line.contains("mgmt/company: incomplete (missing group 3: 成立|组建)"),
            "{line}"
        );
        // With all three groups it counts.
        let h = hits(&s, "管委会", "管委会成立了平台公司。");
        assert!(lines(&h)[0].ends_with("mgmt/company: counted at 3 (cue 了)"));
    }

    #[test]
    fn phrase_that_is_only_a_cue_is_not_a_term() {
        let s = scorer();
        let h = hits(&s, "了", "开展了工作,了解情况。");
        assert_eq!(h.len(), 2);
        let l = lines(&h);
        assert!(
            l[0].ends_with("not a term (cue of level 3 (achieved))"),
            "{}",
            l[0]
        );
        assert!(
            l[1].contains(
                "not a term (cue of level 3 (achieved)); swallowed by 了解 (neutral phrase)"
            ),
            "{}",
            l[1]
        );
    }

    #[test]
    fn phrase_outside_the_rubric_is_not_a_term_and_still_listed() {
        let s = scorer();
        let h = hits(&s, "园区", "园区发展。");
        assert_eq!(h.len(), 1);
        assert!(lines(&h)[0].ends_with("not a term (not in the rubric)"));
    }

    #[test]
    fn context_and_match_are_quoted_from_the_original_text() {
        let s = scorer();
        // Traditional script and full-width comma in the original.
        let text = "一二三四五開展了招商活動，成效明顯。";
        let h = hits(&s, "招商", text);
        assert_eq!(h[0].matched, "招商");
        assert_eq!(&text[h[0].start..h[0].end], "招商");
        assert_eq!(h[0].sentence, text);
        let h = Kwic::new(&s, "招商")
            .unwrap_or_else(|e| panic!("{e}"))
            .with_width(3)
            .find(&Document::from_text("d.txt", text));
        assert_eq!(
            (h[0].left.as_str(), h[0].right.as_str()),
            ("開展了", "活動，")
        );
        assert!(h[0].left_cut && h[0].right_cut);
        assert!(h[0]
            .to_string()
            .starts_with("d.txt:24  …開展了【招商】活動，…  "));
    }

    #[test]
    fn phrase_is_normalized_like_rubric_phrases() {
        let s = scorer();
        // Traditional query, Simplified text.
        let k = Kwic::new(&s, "管委會").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(k.phrase(), "管委会");
        assert_eq!(k.roles(), ["term of mgmt/company (all group 1)"]);
    }

    #[test]
    fn overlapping_occurrences_are_all_listed() {
        let s = scorer();
        let h = hits(&s, "aa", "aaa。");
        assert_eq!(h.iter().map(|h| h.start).collect::<Vec<_>>(), [0, 1]);
    }

    #[test]
    fn empty_phrase_and_phrase_with_a_sentence_break_are_errors() {
        let s = scorer();
        assert!(matches!(
            Kwic::new(&s, "  "),
            Err(KwicError::EmptyPhrase { .. })
        ));
        assert!(matches!(
            Kwic::new(&s, "招商。引资"),
            Err(KwicError::SentenceBreak { .. })
        ));
    }
}
