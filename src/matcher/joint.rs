//! The joint scan: normalized text → the hits of several [`Matcher`]s at
//! once, in one pass over the text.
//!
//! Each matcher finds its phrases leftmost-longest among its own phrases
//! only (a context word never swallows a term of the rubric, and a term
//! never swallows a context word). One automaton of all their phrases,
//! searched for every occurrence of every phrase, finds exactly what each
//! would find: for one matcher, its occurrences sorted by start (the longer
//! first) and taken greedily when they begin at or after the end of the
//! last one taken, which is what a leftmost-longest search reports.
//!
//! What it saves: one pass over the text instead of one per matcher, and an
//! automaton that stays in the cache between the other stages of scoring.
//! The automaton is daachorse's character-wise double array (about 330 KB
//! for the default rubric's 2,257 distinct phrases, where one byte-wise DFA
//! of its 1,334 terms alone takes 4.7 MB); scanning two DFAs one after
//! another between normalization and reading cost twice their time alone,
//! as each evicted the other.

use super::chars::{decode, next_start, three_byte, FirstPairs};
use super::{Hit, Matcher};
use daachorse::CharwiseDoubleArrayAhoCorasick;
use std::collections::HashMap;
use std::sync::Arc;

/// Several matchers scanned in one pass. Build once, share across threads.
#[derive(Debug, Clone)]
pub struct JointScan {
    engine: Engine,
}

#[derive(Debug, Clone)]
enum Engine {
    /// Every distinct phrase of the matchers in one automaton, and how many
    /// matchers there are.
    Joint(Arc<Joint>, usize),
    /// Phrases that cannot go into one automaton (an empty phrase, or more
    /// than the automaton can hold): each matcher scans apart, and only
    /// then does the scan keep the matchers.
    Apart(Vec<Matcher>),
}

struct Joint {
    automaton: CharwiseDoubleArrayAhoCorasick<u32>,
    pairs: FirstPairs,
    /// Per distinct phrase: its length in bytes, and where its owners
    /// start and end in `owners`; one read for each occurrence.
    phrases: Vec<(u32, u32, u32)>,
    /// (matcher, phrase index in it), for each distinct phrase in turn.
    owners: Vec<(u32, u32)>,
}

impl std::fmt::Debug for Joint {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "Joint({} phrases, {} bytes, {:?})",
            self.phrases.len(),
            self.automaton.heap_bytes(),
            self.pairs
        )
    }
}

/// The hits of a [`JointScan`], per matcher, and the scratch space the scan
/// reuses from one text to the next.
#[derive(Debug, Clone, Default)]
pub struct JointHits {
    hits: Vec<Vec<Hit>>,
    occurrences: Vec<Vec<Hit>>,
}

impl JointHits {
    /// The hits of matcher `m` (in the order given to [`JointScan::new`])
    /// in the last text scanned, in text order.
    pub fn of(&self, m: usize) -> &[Hit] {
        self.hits.get(m).map_or(&[], Vec::as_slice)
    }

    fn reset(&mut self, matchers: usize) {
        for list in [&mut self.hits, &mut self.occurrences] {
            list.resize_with(matchers, Vec::new);
            list.iter_mut().for_each(Vec::clear);
        }
    }

    /// Gives back the memory of lists that grew past `max` hits (one huge
    /// document), so that scratch space kept between texts stays small.
    pub fn shrink_to(&mut self, max: usize) {
        for list in self.hits.iter_mut().chain(self.occurrences.iter_mut()) {
            if list.capacity() > max {
                list.clear();
                list.shrink_to(max);
            }
        }
    }
}

impl JointScan {
    /// One scan for `matchers`; their hits come back in this order.
    pub fn new(matchers: &[&Matcher]) -> JointScan {
        let engine = match Joint::new(matchers) {
            Some(joint) => Engine::Joint(Arc::new(joint), matchers.len()),
            None => Engine::Apart(matchers.iter().map(|&m| m.clone()).collect()),
        };
        JointScan { engine }
    }

    /// Whether the matchers share one automaton (else each scans apart,
    /// with the same hits).
    pub fn is_joint(&self) -> bool {
        matches!(self.engine, Engine::Joint(..))
    }

    /// Scans `text`: afterwards `hits.of(m)` are the hits that
    /// `matchers[m].find_iter(text)` finds.
    pub fn scan(&self, text: &str, hits: &mut JointHits) {
        let (joint, count) = match &self.engine {
            Engine::Joint(joint, count) => (joint, *count),
            Engine::Apart(matchers) => {
                hits.reset(matchers.len());
                for (matcher, out) in matchers.iter().zip(&mut hits.hits) {
                    out.extend(matcher.find_iter(text));
                }
                return;
            }
        };
        hits.reset(count);
        joint.occurrences(text, &mut hits.occurrences);
        for (occurrences, out) in hits.occurrences.iter_mut().zip(&mut hits.hits) {
            leftmost_longest(occurrences, out);
        }
    }
}

impl Joint {
    fn new(matchers: &[&Matcher]) -> Option<Joint> {
        let mut index: HashMap<&str, usize> = HashMap::new();
        let mut phrases: Vec<&str> = Vec::new();
        let mut owned: Vec<Vec<(u32, u32)>> = Vec::new();
        for (m, matcher) in matchers.iter().enumerate() {
            for (p, phrase) in matcher.phrases().iter().enumerate() {
                if phrase.is_empty() {
                    return None;
                }
                let u = *index.entry(phrase).or_insert_with(|| {
                    phrases.push(phrase);
                    owned.push(Vec::new());
                    phrases.len() - 1
                });
                owned.get_mut(u)?.push((m as u32, p as u32));
            }
        }
        let mut automaton =
            CharwiseDoubleArrayAhoCorasick::<u32>::new(phrases.iter().copied()).ok()?;
        // The depth of the current state tells when the scan is back at the
        // root, where characters that begin no phrase are skipped.
        automaton.cache_depths().ok()?;
        let mut spans = Vec::with_capacity(owned.len());
        let mut owners = Vec::new();
        for (phrase, list) in phrases.iter().zip(owned) {
            let start = owners.len() as u32;
            owners.extend(list);
            spans.push((
                u32::try_from(phrase.len()).ok()?,
                start,
                owners.len() as u32,
            ));
        }
        Some(Joint {
            pairs: FirstPairs::of(phrases.iter().copied()),
            automaton,
            phrases: spans,
            owners,
        })
    }

    /// Every occurrence of every phrase in `text`, per matcher, in order of
    /// their ends.
    fn occurrences(&self, text: &str, out: &mut [Vec<Hit>]) {
        let bytes = text.as_bytes();
        let mut stepper = self.automaton.find_overlapping_stepper();
        let mut i = 0;
        // At the root, characters where no occurrence starts lead back to
        // it.
        'root: while let Some((at, cp, width)) = next_start(&self.pairs, bytes, i) {
            i = at;
            let Some((mut c, mut width)) = char::from_u32(cp).map(|c| (c, width)) else {
                break;
            };
            // Away from the root, every character goes through the automaton.
            loop {
                i += width;
                stepper.consume(c);
                for m in stepper.matches() {
                    let u = m.value() as usize;
                    let Some(&(len, from, to)) = self.phrases.get(u) else {
                        continue;
                    };
                    let owners = self
                        .owners
                        .get(from as usize..to as usize)
                        .unwrap_or_default();
                    for &(matcher, phrase) in owners {
                        if let Some(list) = out.get_mut(matcher as usize) {
                            list.push(Hit {
                                phrase,
                                start: i - len as usize,
                                end: i,
                            });
                        }
                    }
                }
                if stepper.depth() == Some(0) {
                    continue 'root;
                }
                match char_at(bytes, i) {
                    Some(next) => (c, width) = next,
                    None => break 'root,
                }
            }
        }
    }
}

/// The character at byte `i` of valid UTF-8 and its width, read from its
/// bytes without the checks of `str::chars` (the text is a `str`).
#[inline]
fn char_at(bytes: &[u8], i: usize) -> Option<(char, usize)> {
    // The three-byte window here, not in `decode`: there it also sat in
    // front of the root filter's one-character step, which only sees the
    // other widths and the ends of runs (14 M more instructions per 4 MB,
    // callgrind).
    let (cp, width) = match bytes.get(i..i + 3) {
        Some(&[b0, b1, b2]) if b0 & 0xF0 == 0xE0 => (three_byte(b0, b1, b2), 3),
        _ => decode(bytes, i)?,
    };
    char::from_u32(cp).map(|c| (c, width))
}

/// The leftmost-longest hits among `occurrences` (all occurrences of one
/// matcher's phrases, in order of their ends): sorted by start, the longer
/// first, each taken when it begins at or after the end of the last one
/// taken.
///
/// The occurrences come almost sorted: only one inside another (`招商` in
/// `招商银行`, reported first) is out of place, and by less than a phrase, so
/// an insertion sort moves few of them (a general sort took a tenth of the
/// scan).
fn leftmost_longest(occurrences: &mut [Hit], out: &mut Vec<Hit>) {
    let before = |a: &Hit, b: &Hit| a.start < b.start || (a.start == b.start && a.end > b.end);
    for k in 1..occurrences.len() {
        let mut j = k;
        while j > 0 && before(&occurrences[j], &occurrences[j - 1]) {
            occurrences.swap(j, j - 1);
            j -= 1;
        }
    }
    let mut end = 0;
    for &hit in occurrences.iter() {
        if hit.start >= end {
            out.push(hit);
            end = hit.end;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::matcher::{MatcherBuilder, Role};

    fn matcher(phrases: &[&str]) -> Matcher {
        let mut b = MatcherBuilder::default();
        for p in phrases {
            b.add((*p).to_string(), Role::Neutral);
        }
        b.build().unwrap_or_else(|e| panic!("{e}"))
    }

    fn assert_same_as_apart(matchers: &[&Matcher], text: &str) {
        let scan = JointScan::new(matchers);
        let mut hits = JointHits::default();
        scan.scan(text, &mut hits);
        for (m, matcher) in matchers.iter().enumerate() {
            let apart: Vec<Hit> = matcher.find_iter(text).collect();
            assert_eq!(hits.of(m), apart.as_slice(), "matcher {m} in {text:?}");
        }
    }

    #[test]
    fn each_matcher_swallows_only_its_own_phrases() {
        // 景区管委会 (a context word) must not swallow 管委会 (a term), nor
        // 招商银行 (a term's exclusion) swallow 招商 in the context matcher.
        let terms = matcher(&["管委会", "招商", "招商银行"]);
        let context = matcher(&["景区管委会", "招商", "银行"]);
        let scan = JointScan::new(&[&terms, &context]);
        assert!(scan.is_joint());
        let mut hits = JointHits::default();
        scan.scan("景区管委会与招商银行", &mut hits);
        let names = |m: &Matcher, hits: &[Hit]| -> Vec<String> {
            hits.iter()
                .map(|h| m.phrase(h.phrase).to_string())
                .collect()
        };
        assert_eq!(names(&terms, hits.of(0)), ["管委会", "招商银行"]);
        assert_eq!(names(&context, hits.of(1)), ["景区管委会", "招商", "银行"]);
        assert_same_as_apart(&[&terms, &context], "景区管委会与招商银行");
    }

    #[test]
    fn scratch_grown_by_a_huge_text_shrinks_back() {
        let terms = matcher(&["改革"]);
        let scan = JointScan::new(&[&terms]);
        let mut hits = JointHits::default();
        scan.scan(&"改革".repeat(10_000), &mut hits);
        assert_eq!(hits.of(0).len(), 10_000);
        hits.shrink_to(100);
        assert!(hits
            .hits
            .iter()
            .chain(&hits.occurrences)
            .all(|l| l.capacity() <= 100));
        // Small lists keep their memory and their hits.
        scan.scan("推进改革", &mut hits);
        hits.shrink_to(100);
        assert_eq!(hits.of(0).len(), 1);
    }

    #[test]
    fn an_empty_phrase_scans_apart_with_the_same_hits() {
        let with_empty = matcher(&["", "改革"]);
        let scan = JointScan::new(&[&with_empty]);
        assert!(!scan.is_joint());
        assert_same_as_apart(&[&with_empty, &matcher(&["改"])], "推进改革");
    }

    #[test]
    fn joint_scan_finds_what_the_default_rubric_matchers_find() {
        let scorer =
            crate::Scorer::new(&crate::Rubric::builtin().unwrap_or_else(|e| panic!("{e}")))
                .unwrap_or_else(|e| panic!("{e}"));
        let mut matchers = vec![scorer.matcher()];
        matchers.extend(scorer.context_matcher());
        let normalizer = crate::normalize::Normalizer::default();
        for doc in crate::corpus::shipped().seed(5).documents(30).iter() {
            assert_same_as_apart(&matchers, &normalizer.normalize(&doc.text).text);
        }
        // Every phrase back to back, at the very start and end.
        let all: String = matchers
            .iter()
            .flat_map(|m| m.phrases().iter().rev())
            .map(String::as_str)
            .collect();
        assert_same_as_apart(&matchers, &all);
        assert_same_as_apart(&matchers, "");
    }

    proptest::proptest! {
        #[test]
        fn joint_scan_matches_scans_apart_on_random_phrase_sets(
            sets in proptest::collection::vec(
                proptest::collection::vec(proptest::collection::vec(0usize..7, 1..4), 1..8),
                1..4),
            text in proptest::collection::vec(0usize..7, 0..80)
        ) {
            // A small alphabet of every width, so that shared prefixes and
            // suffixes, phrases of one matcher inside another's, and near
            // misses are common.
            const ALPHABET: [char; 7] = ['管', '委', '会', '乙', 'a', 'é', '𠀀'];
            let spell = |p: &[usize]| -> String { p.iter().map(|&i| ALPHABET[i]).collect() };
            let matchers: Vec<Matcher> = sets
                .iter()
                .map(|set| {
                    let phrases: Vec<String> = set.iter().map(|p| spell(p)).collect();
                    matcher(&phrases.iter().map(String::as_str).collect::<Vec<_>>())
                })
                .collect();
            let refs: Vec<&Matcher> = matchers.iter().collect();
            assert_same_as_apart(&refs, &spell(&text));
        }
    }
}
