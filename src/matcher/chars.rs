//! The characters phrases begin with: a set over the Basic Multilingual
//! Plane, and the skip over a text to the next character in it.
//!
//! Both scans (the DFA of one matcher, the joint scan of several) stand in
//! their start state most of the time on Chinese text, where a character
//! that begins no phrase leads back to the start state and ends no match.
//! Such characters are skipped a whole character at a time with bit tests
//! in 8 KiB sets that stay in the L1 cache, instead of a walk through the
//! automaton: the DFA with the first characters alone ([`FirstChars::skip`]),
//! the joint scan with the first pairs and the one-character phrases
//! combined ([`next_start`]). Most characters of a report begin no phrase.

/// A bit set of code points below U+10000; characters outside the Basic
/// Multilingual Plane are never skipped (see [`FirstChars::skip`]).
#[derive(Clone)]
pub(super) struct FirstChars {
    bits: Box<[u64; 1024]>,
}

impl std::fmt::Debug for FirstChars {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let count: u32 = self.bits.iter().map(|w| w.count_ones()).sum();
        write!(f, "FirstChars({count} characters)")
    }
}

/// Where [`FirstChars::skip`] stopped.
pub(super) enum Stop {
    /// At a character of the set: its code point and width in bytes.
    First(usize, usize),
    /// Anywhere else (a four-byte character, a byte that begins no
    /// character, or the end): the caller goes on without skipping.
    Other,
}

impl FirstChars {
    /// The first characters of `phrases`.
    pub(super) fn of<'a>(phrases: impl IntoIterator<Item = &'a str>) -> FirstChars {
        let mut bits = Box::new([0u64; 1024]);
        for c in phrases.into_iter().filter_map(|p| p.chars().next()) {
            // Characters outside the BMP are never skipped (see `skip`).
            if (c as usize) < 0x10000 {
                set_bit(&mut bits, c as usize);
            }
        }
        FirstChars { bits }
    }

    /// Whether `cp` (below U+10000) is in the set.
    #[inline]
    fn contains(&self, cp: usize) -> bool {
        test_bit(&self.bits, cp)
    }

    /// Skips, from `i` (a character boundary), the characters that are not
    /// in the set; returns where it stopped.
    #[inline]
    pub(super) fn skip(&self, haystack: &[u8], mut i: usize) -> (usize, Stop) {
        let is_first = |cp: usize| self.contains(cp);
        loop {
            // Three-byte characters, most of a Chinese text, in a loop of
            // their own: one length check, one lead-byte test and one bit
            // test a character.
            while let Some(&[b, b1, b2]) = haystack.get(i..i + 3) {
                if b & 0xF0 != 0xE0 {
                    break;
                }
                let cp = three_byte(b, b1, b2) as usize;
                if is_first(cp) {
                    return (i, Stop::First(cp, 3));
                }
                i += 3;
            }
            // One- and two-byte characters, one at a time (every whole
            // three-byte character went through the loop above).
            let (cp, width) = match *haystack.get(i..).unwrap_or_default() {
                [b, ..] if b < 0x80 => (usize::from(b), 1),
                [b, b1, ..] if b & 0xE0 == 0xC0 => {
                    ((usize::from(b & 0x1F) << 6) | usize::from(b1 & 0x3F), 2)
                }
                _ => return (i, Stop::Other),
            };
            if is_first(cp) {
                return (i, Stop::First(cp, width));
            }
            i += width;
        }
    }
}

/// The first two characters of phrases, as a filter: a character that
/// begins a phrase but is not one, followed by a character that no phrase
/// has after it, starts no occurrence, and a scan at the root may pass it
/// by. Pairs are hashed into a bit set (8 KiB, like [`FirstChars`]); a
/// collision only sends a pair through the automaton, which decides.
#[derive(Clone)]
pub(super) struct FirstPairs {
    pairs: Box<[u64; 1024]>,
    /// Characters that are whole phrases (`项`, `了`): never passed by.
    singles: FirstChars,
}

impl std::fmt::Debug for FirstPairs {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let count: u32 = self.pairs.iter().map(|w| w.count_ones()).sum();
        write!(f, "FirstPairs({count} bits, singles {:?})", self.singles)
    }
}

impl FirstPairs {
    /// The first pairs and the one-character phrases of `phrases`.
    pub(super) fn of<'a>(phrases: impl IntoIterator<Item = &'a str> + Clone) -> FirstPairs {
        let mut pairs = Box::new([0u64; 1024]);
        for p in phrases.clone() {
            let mut chars = p.chars();
            if let (Some(a), Some(b)) = (chars.next(), chars.next()) {
                set_bit(&mut pairs, pair_hash(a as u32, b as u32));
            }
        }
        let singles = phrases.into_iter().filter(|p| p.chars().nth(1).is_none());
        FirstPairs {
            pairs,
            singles: FirstChars::of(singles),
        }
    }
}

/// The next place, from byte `i` (a character boundary) of `haystack`,
/// where an occurrence of a phrase may start: a character followed by a
/// pair of `pairs`, or one that is a whole phrase, or a four-byte character
/// (the tables hold the plane below); with that character's code point and
/// width. `None` at the end.
///
/// One test a character, without a branch on what the text says until the
/// answer: the pair's bit and the single's bit are combined. The pair set
/// alone stands for "begins a phrase and is followed by its second
/// character": a character that begins no phrase has no pair in it but by
/// a hash collision (about one pair in forty for the default rubric), which
/// only sends the character through the automaton, so a test of the first
/// characters as well cost more than the collisions it saved.
///
/// Runs of three-byte characters, most of a Chinese text, go through a loop
/// of their own that decodes each character once, from a fixed window and
/// without a branch on its width.
#[inline]
pub(super) fn next_start(
    pairs: &FirstPairs,
    haystack: &[u8],
    mut i: usize,
) -> Option<(usize, u32, usize)> {
    let starts = |cp: u32, next: u32| {
        test_bit(&pairs.pairs, pair_hash(cp, next)) | pairs.singles.contains(cp as usize & 0xFFFF)
    };
    loop {
        if let Some(&[b0, b1, b2]) = haystack.get(i..i + 3) {
            if b0 & 0xF0 == 0xE0 {
                let mut cp = three_byte(b0, b1, b2);
                while let Some(&[b3, b4, b5]) = haystack.get(i + 3..i + 6) {
                    if b3 & 0xF0 != 0xE0 {
                        break;
                    }
                    let next = three_byte(b3, b4, b5);
                    if starts(cp, next) {
                        return Some((i, cp, 3));
                    }
                    i += 3;
                    cp = next;
                }
            }
        }
        // One character of any width: the last of a run, or one beside a
        // character of another width.
        let (cp, width) = decode(haystack, i)?;
        let (next, _) = decode(haystack, i + width).unwrap_or((0, 0));
        if starts(cp, next) | (width == 4) {
            return Some((i, cp, width));
        }
        i += width;
    }
}

/// The code point of a three-byte UTF-8 sequence.
#[inline]
pub(super) fn three_byte(b0: u8, b1: u8, b2: u8) -> u32 {
    (u32::from(b0 & 0x0F) << 12) | (u32::from(b1 & 0x3F) << 6) | u32::from(b2 & 0x3F)
}

/// The code point at byte `i` of UTF-8 and its width, from its bytes.
#[inline]
pub(super) fn decode(bytes: &[u8], i: usize) -> Option<(u32, usize)> {
    let cont = |k: usize| bytes.get(i + k).map_or(0, |&b| u32::from(b & 0x3F));
    let b = u32::from(*bytes.get(i)?);
    Some(if b < 0x80 {
        (b, 1)
    } else if b < 0xE0 {
        (((b & 0x1F) << 6) | cont(1), 2)
    } else if b < 0xF0 {
        (((b & 0x0F) << 12) | (cont(1) << 6) | cont(2), 3)
    } else {
        (
            ((b & 0x07) << 18) | (cont(1) << 12) | (cont(2) << 6) | cont(3),
            4,
        )
    })
}

/// Sets bit `i` (below 65,536) of a 8 KiB bit set.
fn set_bit(bits: &mut [u64; 1024], i: usize) {
    bits[(i >> 6) & 1023] |= 1 << (i & 63);
}

/// Bit `i` (below 65,536) of a 8 KiB bit set; the mask keeps the index in
/// bounds without a check.
#[inline]
fn test_bit(bits: &[u64; 1024], i: usize) -> bool {
    (bits[(i >> 6) & 1023] >> (i & 63)) & 1 == 1
}

/// A 16-bit hash of two code points (multiplicative hashing).
#[inline]
fn pair_hash(a: u32, b: u32) -> usize {
    let x = (u64::from(a) << 21 | u64::from(b)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    (x >> 48) as usize
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stops(set: &FirstChars, text: &str) -> Vec<(usize, Option<usize>)> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < text.len() {
            let (at, stop) = set.skip(text.as_bytes(), i);
            match stop {
                Stop::First(cp, width) => {
                    out.push((at, Some(cp)));
                    i = at + width;
                }
                Stop::Other => {
                    out.push((at, None));
                    i = at + text[at..].chars().next().map_or(1, char::len_utf8);
                }
            }
        }
        out
    }

    #[test]
    fn starts_are_phrase_pairs_single_phrases_and_characters_beyond_the_plane() {
        let phrases = ["新区", "项目专班", "项", "a", "é区"];
        let pairs = FirstPairs::of(phrases);
        let starts = |text: &str| -> Vec<(usize, char)> {
            let mut out = Vec::new();
            let mut i = 0;
            while let Some((at, cp, width)) = next_start(&pairs, text.as_bytes(), i) {
                out.push((at, char::from_u32(cp).unwrap_or('?')));
                i = at + width;
            }
            out
        };
        // 新的 starts nothing (unless the hash collides, which it does
        // not); 新区 does, and so does 项 whatever follows it, a, é before
        // 区, and a four-byte character (never filtered).
        let text = "新的新区项甲a乙é区é乙𠀀";
        let at = |s: &str| text.find(s).unwrap_or(usize::MAX);
        assert_eq!(
            starts(text),
            [
                (at("新区"), '新'),
                (at("项"), '项'),
                (at("a"), 'a'),
                (at("é区"), 'é'),
                (at("𠀀"), '𠀀'),
            ]
        );
        assert!(starts("").is_empty());
        assert_eq!(starts("新"), []);
    }

    #[test]
    fn skip_stops_at_first_characters_of_every_width_and_outside_the_plane() {
        let set = FirstChars::of(["招商", "a", "é", "𠀀"]);
        // 甲 0..3, 招 3..6, b 6, 乙 7..10, a 10, é 11..13, 𠀀 13..17, 丙 17..20:
        // four-byte characters are never skipped, and the end is a stop.
        let want = [
            (3, Some('招' as usize)),
            (10, Some('a' as usize)),
            (11, Some('é' as usize)),
            (13, None),
            (20, None),
        ];
        assert_eq!(stops(&set, "甲招b乙aé𠀀丙"), want);
    }
}
