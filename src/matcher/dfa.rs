//! The DFA scan behind [`Matcher::find_iter`](super::Matcher::find_iter):
//! normalized text → leftmost-longest [`Hit`]s, skipping the characters that
//! begin no phrase a whole character at a time.

use super::chars::{FirstChars as CharSet, Stop};
use super::Hit;
use aho_corasick::automaton::{Automaton, StateID};
use aho_corasick::dfa::DFA;
use aho_corasick::{Anchored, MatchKind};

/// What [`Matcher::find_iter`](super::Matcher::find_iter) scans with: a DFA of all phrases, its
/// unanchored start state, and the characters that begin a phrase.
#[derive(Debug, Clone)]
pub(super) struct Scan {
    dfa: DFA,
    start: StateID,
    first: FirstChars,
}

impl Scan {
    /// The DFA of `phrases` (none empty) and its skip table; `None` if the
    /// DFA has no unanchored start state.
    pub(super) fn new(phrases: &[String]) -> Result<Option<Scan>, aho_corasick::BuildError> {
        let dfa = DFA::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .prefilter(false)
            .build(phrases)?;
        Ok(dfa.start_state(Anchored::No).ok().map(|start| Scan {
            first: FirstChars::of(phrases, &dfa, start),
            dfa,
            start,
        }))
    }
}

/// The characters phrases begin with and, for each of them, the DFA state
/// after it (read from the start state).
#[derive(Debug, Clone)]
struct FirstChars {
    set: CharSet,
    /// Indexed by code point; only the entries of first characters are read.
    after: Box<[StateID]>,
}

impl FirstChars {
    fn of(phrases: &[String], dfa: &DFA, start: StateID) -> FirstChars {
        let mut after = vec![start; 0x10000].into_boxed_slice();
        for c in phrases.iter().filter_map(|p| p.chars().next()) {
            // Characters outside the BMP are never skipped (see `skip`).
            if let Some(state) = after.get_mut(c as usize) {
                *state = c
                    .encode_utf8(&mut [0; 4])
                    .bytes()
                    .fold(start, |sid, b| dfa.next_state(Anchored::No, sid, b));
            }
        }
        FirstChars {
            set: CharSet::of(phrases.iter().map(String::as_str)),
            after,
        }
    }
}

/// Leftmost-longest search over a DFA, written out with aho-corasick's
/// low-level [`Automaton`] API.
///
/// It is the loop of the crate's own forward search for a DFA without a
/// prefilter, specialised to this case (no dynamic dispatch, no per-match
/// set-up): from `at`, follow transitions; remember the last match state
/// seen; stop at the dead state (in leftmost mode the DFA dies once no
/// longer match is possible) or the end; report the last match and resume
/// at its end. No phrase is empty (checked when building), so every hit
/// advances.
///
/// One addition makes it fast on Chinese text: in the start state, at a
/// character boundary, characters that begin no phrase are skipped a whole
/// character at a time, with one lookup in an L1-resident bit set instead
/// of three dependent loads from the transition table (4.7 MB for the
/// default rubric's terms). Skipping them changes nothing: phrases are
/// whole UTF-8 characters, so from the start state such a character leads
/// back to the start state (its prefixes begin no phrase that it
/// completes, and its proper suffixes begin with
/// continuation bytes, which no phrase does), and passes no match state.
/// Most characters of a report begin no phrase.
pub(super) struct DfaHits<'a> {
    scan: &'a Scan,
    haystack: &'a [u8],
    at: usize,
}

impl<'a> DfaHits<'a> {
    pub(super) fn new(scan: &'a Scan, haystack: &'a [u8]) -> DfaHits<'a> {
        DfaHits {
            scan,
            haystack,
            at: 0,
        }
    }
}

impl Iterator for DfaHits<'_> {
    type Item = Hit;

    fn next(&mut self) -> Option<Hit> {
        let Scan { dfa, start, first } = self.scan;
        let mut sid = *start;
        let mut last: Option<(StateID, usize)> = None;
        let mut i = self.at;
        loop {
            if sid == *start && self.haystack.get(i).is_some_and(|&b| (b as i8) >= -0x40) {
                let stop;
                (i, stop) = first.set.skip(self.haystack, i);
                let after = match stop {
                    Stop::First(cp, width) => first.after.get(cp).map(|&s| (width, s)),
                    Stop::Other => None,
                };
                if let Some((width, state)) = after {
                    // The whole first character in one step: the state after
                    // it is known, and no phrase ends inside a character.
                    sid = state;
                    i += width;
                    if dfa.is_match(sid) {
                        last = Some((sid, i));
                    }
                    continue;
                }
            }
            let Some(&byte) = self.haystack.get(i) else {
                break;
            };
            sid = dfa.next_state(Anchored::No, sid, byte);
            i += 1;
            if dfa.is_special(sid) {
                if dfa.is_dead(sid) {
                    break;
                }
                if dfa.is_match(sid) {
                    last = Some((sid, i));
                }
            }
        }
        let Some((sid, end)) = last else {
            self.at = self.haystack.len();
            return None;
        };
        let pattern = dfa.match_pattern(sid, 0);
        self.at = end;
        Some(Hit {
            phrase: pattern.as_u32(),
            start: end - dfa.pattern_len(pattern),
            end,
        })
    }
}
