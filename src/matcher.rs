//! Matcher: normalized text → [`Hit`]s of rubric phrases, each with its roles.
//!
//! Every phrase of a rubric (terms, `all` group terms, exclusions, level cues
//! and their `unless` cues, negation cues, counting units, neutral phrases) is
//! normalized and compiled into one leftmost-longest Aho-Corasick automaton,
//! so one pass over the text finds them all. Leftmost-longest is what makes
//! exclusions and neutral phrases work: in `招商银行` the longer phrase wins
//! and the term `招商` inside it is never reported.
//!
//! A phrase may play several roles (a term of two indicators, or a term and a
//! cue); [`Matcher::roles`] lists them.

use aho_corasick::{AhoCorasick, MatchKind};
use std::collections::HashMap;

/// What a phrase means to the scorer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Role {
    /// A term of indicator `indicator` (index in rubric order, across
    /// dimensions); `group` is `None` for `any` terms and `Some(g)` for terms
    /// of the `g`-th `all` group.
    Term {
        /// Indicator index.
        indicator: u32,
        /// `all` group, if any.
        group: Option<u32>,
    },
    /// An exclusion of an indicator: it only swallows.
    Exclude {
        /// Indicator index.
        indicator: u32,
    },
    /// A cue of the level with this index (into the rubric's levels).
    Cue {
        /// Level index.
        level: u32,
    },
    /// An `unless` cue of the level with this index.
    Unless {
        /// Level index.
        level: u32,
    },
    /// A negation cue.
    Negation,
    /// A counting unit.
    Unit,
    /// A neutral phrase: it only swallows.
    Neutral,
}

/// One occurrence of a phrase in a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    /// The phrase's index in [`Matcher::phrases`].
    pub phrase: u32,
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset just past the last byte.
    pub end: usize,
}

/// Collects phrases and their roles, then builds a [`Matcher`].
#[derive(Debug, Default, Clone)]
pub struct MatcherBuilder {
    phrases: Vec<String>,
    roles: Vec<Vec<Role>>,
    index: HashMap<String, usize>,
}

impl MatcherBuilder {
    /// Adds a phrase (already normalized) with a role. The same phrase added
    /// twice keeps one pattern with both roles.
    pub fn add(&mut self, phrase: String, role: Role) {
        let idx = match self.index.get(&phrase) {
            Some(&i) => i,
            None => {
                let i = self.phrases.len();
                self.index.insert(phrase.clone(), i);
                self.phrases.push(phrase);
                self.roles.push(Vec::new());
                i
            }
        };
        if let Some(roles) = self.roles.get_mut(idx) {
            if !roles.contains(&role) {
                roles.push(role);
                roles.sort_unstable();
            }
        }
    }

    /// Builds the automaton.
    pub fn build(self) -> Result<Matcher, aho_corasick::BuildError> {
        let automaton = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .build(&self.phrases)?;
        Ok(Matcher {
            automaton,
            phrases: self.phrases,
            roles: self.roles,
        })
    }
}

/// All phrases of a rubric in one leftmost-longest automaton.
#[derive(Debug, Clone)]
pub struct Matcher {
    automaton: AhoCorasick,
    phrases: Vec<String>,
    roles: Vec<Vec<Role>>,
}

impl PartialEq for Matcher {
    /// Two matchers are equal when they hold the same phrases with the same
    /// roles; the automaton is derived from them.
    fn eq(&self, other: &Self) -> bool {
        self.phrases == other.phrases && self.roles == other.roles
    }
}

impl Matcher {
    /// Every non-overlapping leftmost-longest hit in `text`, in order.
    pub fn find_iter<'a>(&'a self, text: &'a str) -> impl Iterator<Item = Hit> + 'a {
        self.automaton.find_iter(text).map(|m| Hit {
            phrase: m.pattern().as_u32(),
            start: m.start(),
            end: m.end(),
        })
    }

    /// The normalized phrases, indexed by [`Hit::phrase`].
    pub fn phrases(&self) -> &[String] {
        &self.phrases
    }

    /// The phrase of a hit.
    pub fn phrase(&self, phrase: u32) -> &str {
        self.phrases.get(phrase as usize).map_or("", String::as_str)
    }

    /// The roles of a phrase.
    pub fn roles(&self, phrase: u32) -> &[Role] {
        self.roles.get(phrase as usize).map_or(&[], Vec::as_slice)
    }

    /// The underlying automaton (for measuring a raw scan).
    pub fn automaton(&self) -> &AhoCorasick {
        &self.automaton
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn matcher(items: &[(&str, Role)]) -> Matcher {
        let mut b = MatcherBuilder::default();
        for (p, r) in items {
            b.add((*p).to_string(), *r);
        }
        b.build().unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn exclusion_swallows_shorter_term() {
        let term = Role::Term {
            indicator: 0,
            group: None,
        };
        let m = matcher(&[("招商", term), ("招商银行", Role::Exclude { indicator: 0 })]);
        let hits: Vec<&str> = m
            .find_iter("招商银行支持招商工作")
            .map(|h| m.phrase(h.phrase))
            .collect();
        assert_eq!(hits, ["招商银行", "招商"]);
    }

    #[test]
    fn one_phrase_keeps_all_its_roles() {
        let m = matcher(&[
            ("完成", Role::Cue { level: 2 }),
            (
                "完成",
                Role::Term {
                    indicator: 1,
                    group: Some(0),
                },
            ),
        ]);
        assert_eq!(m.phrases().len(), 1);
        assert_eq!(m.roles(0).len(), 2);
    }
}
