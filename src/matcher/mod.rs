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
//!
//! A scorer keeps its scope terms and context words in a second matcher, so
//! that they never swallow a term; [`JointScan`] finds the hits of both in
//! one pass. The files: `mod.rs` (roles, hits, the matcher), `dfa.rs` (the
//! DFA loop behind [`Matcher::find_iter`]), `chars.rs` (the first-character
//! and first-pair tables both scans skip with), `joint.rs` (the joint scan).

use aho_corasick::{AhoCorasick, MatchKind};
use dfa::{DfaHits, Scan};
use std::collections::HashMap;
use std::sync::{Arc, OnceLock};

mod chars;
mod dfa;
mod joint;

pub use joint::{JointHits, JointScan};

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
    /// A generic term of indicator `indicator`: counts like an `any` term,
    /// capped unless a mechanism or a result is bound to it.
    Generic {
        /// Indicator index.
        indicator: u32,
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
    /// A phrase naming a mechanism, which lifts the cap of generic terms in
    /// its clause (`[generic] bound`).
    Bound,
    /// A word of the context rule with this index (rubric-wide rules first,
    /// then each indicator's, in rubric order). Context words are matched
    /// by a matcher of their own, so they never swallow a term.
    Context {
        /// Rule index.
        rule: u32,
    },
    /// A scope term (`[scope] terms`), in the context matcher.
    Scope,
    /// A scope exclusion: it only swallows scope terms.
    ScopeExclude,
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
            scan: Arc::default(),
            shared: self.phrases.iter().map(|p| Arc::from(p.as_str())).collect(),
            phrases: self.phrases,
            roles: Roles::flatten(self.roles),
        })
    }
}

/// Above this many bytes of phrases (about four times the default rubric's
/// terms, 16.6 KB whose DFA takes 4.7 MB), scanning uses
/// [`Matcher::automaton`] instead of a DFA: a DFA's table grows with
/// states × byte classes, up to a kilobyte per pattern byte.
const MAX_DFA_PATTERN_BYTES: usize = 64 * 1024;

/// All phrases of a rubric in one leftmost-longest automaton.
#[derive(Debug, Clone)]
pub struct Matcher {
    automaton: AhoCorasick,
    /// The same phrases as a DFA, for [`Matcher::find_iter`], built on its
    /// first use: scoring scans with [`JointScan`], so only explanations,
    /// KWIC and the boilerplate markers need it, and a program that only
    /// scores does not pay for it at start-up. `None` inside for rubrics
    /// too large for a DFA (or with an empty phrase), which are scanned
    /// with `automaton`. Shared, so that cloning a matcher (or a scorer)
    /// stays cheap and clones build it once between them.
    scan: Arc<OnceLock<Option<Scan>>>,
    phrases: Vec<String>,
    /// The same phrases as shared strings, which scores hand out as the
    /// terms of their evidence without copying them.
    shared: Vec<Arc<str>>,
    roles: Roles,
}

/// Every phrase's roles in one vector, so that looking up the roles of a hit
/// is one indexed read into memory that stays cached rather than a pointer
/// chase into a small allocation per phrase.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Roles {
    all: Vec<Role>,
    /// Phrase index → start and end in `all`.
    spans: Vec<(u32, u32)>,
}

impl Roles {
    fn flatten(per_phrase: Vec<Vec<Role>>) -> Roles {
        let mut all = Vec::with_capacity(per_phrase.iter().map(Vec::len).sum());
        let mut spans = Vec::with_capacity(per_phrase.len());
        for roles in per_phrase {
            let start = all.len() as u32;
            all.extend(roles);
            spans.push((start, all.len() as u32));
        }
        Roles { all, spans }
    }

    fn of(&self, phrase: u32) -> &[Role] {
        self.spans
            .get(phrase as usize)
            .and_then(|&(start, end)| self.all.get(start as usize..end as usize))
            .unwrap_or_default()
    }
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
        match self.dfa() {
            Some(scan) => HitIter::Dfa(DfaHits::new(scan, text.as_bytes())),
            None => HitIter::Automaton(self.automaton.find_iter(text)),
        }
    }

    /// The DFA [`Matcher::find_iter`] scans with, built on first use; `None`
    /// when the phrases are too many for one (or one is empty), or if it
    /// cannot be built: `automaton` finds the same hits.
    fn dfa(&self) -> Option<&Scan> {
        self.scan
            .get_or_init(|| {
                let pattern_bytes: usize = self.phrases.iter().map(String::len).sum();
                let fits = pattern_bytes <= MAX_DFA_PATTERN_BYTES
                    && self.phrases.iter().all(|p| !p.is_empty());
                fits.then(|| Scan::new(&self.phrases).ok().flatten())
                    .flatten()
            })
            .as_ref()
    }

    /// The normalized phrases, indexed by [`Hit::phrase`].
    pub fn phrases(&self) -> &[String] {
        &self.phrases
    }

    /// The phrase of a hit.
    pub fn phrase(&self, phrase: u32) -> &str {
        self.phrases.get(phrase as usize).map_or("", String::as_str)
    }

    /// The phrase of a hit as a shared string (a reference count, no copy);
    /// `None` for an index that is not one of the matcher's phrases.
    pub fn shared_phrase(&self, phrase: u32) -> Option<Arc<str>> {
        self.shared.get(phrase as usize).cloned()
    }

    /// The roles of a phrase.
    pub fn roles(&self, phrase: u32) -> &[Role] {
        self.roles.of(phrase)
    }

    /// The underlying automaton, for the test that checks the DFA loop
    /// against it. It finds the same hits as [`Matcher::find_iter`], which
    /// usually scans with a DFA of the same phrases instead; it is not part
    /// of the public API, so the engine may change how it scans.
    #[cfg(test)]
    pub(crate) fn automaton(&self) -> &AhoCorasick {
        &self.automaton
    }
}

/// The iterator behind [`Matcher::find_iter`].
enum HitIter<'a> {
    Dfa(DfaHits<'a>),
    Automaton(aho_corasick::FindIter<'a, 'a>),
}

impl Iterator for HitIter<'_> {
    type Item = Hit;

    fn next(&mut self) -> Option<Hit> {
        match self {
            HitIter::Dfa(hits) => hits.next(),
            HitIter::Automaton(matches) => matches.next().map(|m| Hit {
                phrase: m.pattern().as_u32(),
                start: m.start(),
                end: m.end(),
            }),
        }
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

    /// The default rubric's matcher, built once for all tests.
    fn builtin() -> &'static Matcher {
        static MATCHER: std::sync::OnceLock<Matcher> = std::sync::OnceLock::new();
        MATCHER.get_or_init(|| {
            let rubric = crate::Rubric::builtin().unwrap_or_else(|e| panic!("{e}"));
            crate::Scorer::new(&rubric)
                .unwrap_or_else(|e| panic!("{e}"))
                .matcher()
                .clone()
        })
    }

    /// The DFA loop against aho-corasick's own leftmost-longest search.
    fn assert_same_hits(m: &Matcher, text: &str) {
        let ours: Vec<Hit> = m.find_iter(text).collect();
        let theirs: Vec<Hit> = m
            .automaton()
            .find_iter(text)
            .map(|x| Hit {
                phrase: x.pattern().as_u32(),
                start: x.start(),
                end: x.end(),
            })
            .collect();
        assert_eq!(ours, theirs);
    }

    #[test]
    fn dfa_scan_finds_what_aho_corasick_finds() {
        let m = builtin();
        assert!(
            m.dfa().is_some(),
            "the default rubric is scanned with a DFA"
        );
        let normalizer = crate::normalize::Normalizer::default();
        for doc in crate::corpus::shipped().seed(3).documents(30).iter() {
            assert_same_hits(m, &doc.text);
            assert_same_hits(m, &normalizer.normalize(&doc.text).text);
        }
        // Overlapping and nested phrases, at the very start and end.
        let text: String = m.phrases().iter().rev().map(String::as_str).collect();
        assert_same_hits(m, &text);
        assert_same_hits(m, "");
    }

    #[test]
    fn large_phrase_sets_and_empty_phrases_use_the_automaton() {
        let term = Role::Term {
            indicator: 0,
            group: None,
        };
        // Just past the limit, whatever it is set to.
        let mut b = MatcherBuilder::default();
        let (mut i, mut bytes) = (0, 0);
        while bytes <= MAX_DFA_PATTERN_BYTES {
            let phrase = format!("改革{i}号");
            bytes += phrase.len();
            b.add(phrase, term);
            i += 1;
        }
        let big = b.build().unwrap_or_else(|e| panic!("{e}"));
        assert!(big.dfa().is_none());
        assert_same_hits(&big, &format!("推进改革12号和改革{}号", i - 1));
        let empty = matcher(&[("", term), ("改革", term)]);
        assert!(empty.dfa().is_none());
        assert_same_hits(&empty, "推进改革");
    }

    proptest::proptest! {
        #[test]
        fn dfa_scan_matches_on_random_phrase_soup(
            picks in proptest::collection::vec((0usize..1000, 0usize..4), 0..40)
        ) {
            let m = builtin();
            let phrases = m.phrases();
            let mut text = String::new();
            for (i, cut) in picks {
                let p = &phrases[i % phrases.len()];
                // Whole phrases, and phrases cut short by a character or two.
                let chars: Vec<char> = p.chars().collect();
                let keep = chars.len().saturating_sub(cut % 3).max(1);
                text.extend(&chars[..keep]);
                // Characters of every width between phrases, for the
                // skipping loop: ASCII, two-byte, three-byte that begin no
                // phrase, four-byte.
                text.push(['。', 'a', 'é', '𠀀', '\n', '甲'][(i + cut) % 6]);
            }
            assert_same_hits(m, &text);
        }

        #[test]
        fn dfa_scan_matches_with_random_small_phrase_sets(
            phrases in proptest::collection::vec(proptest::collection::vec(0usize..7, 1..4), 1..12),
            text in proptest::collection::vec(0usize..7, 0..80)
        ) {
            // A small alphabet of every width, so that single-character
            // phrases, shared first characters, pairs and near misses are
            // common.
            const ALPHABET: [char; 7] = ['一', '站', '式', '乙', 'a', 'é', '𠀀'];
            let term = Role::Term { indicator: 0, group: None };
            let mut b = MatcherBuilder::default();
            for p in &phrases {
                b.add(p.iter().map(|&i| ALPHABET[i]).collect(), term);
            }
            let m = b.build().unwrap_or_else(|e| panic!("{e}"));
            proptest::prop_assert!(m.dfa().is_some());
            let text: String = text.iter().map(|&i| ALPHABET[i]).collect();
            assert_same_hits(&m, &text);
        }
    }
}
