//! Reading a line's characters: a line (`&str`) → its logical characters
//! (width-folded, numeric references such as `&#236;` decoded), and the
//! length of a pinyin gloss (`(jì)`) that starts at a given byte, if any.

use super::is_han;
use super::tables::fold_width;

fn is_pinyin_letter(c: char) -> bool {
    c.is_ascii_lowercase() || is_tone_vowel(c)
}

/// Lower case for recognising glosses: `(JÌ)` and `(jì)` are the same gloss.
/// (Normalization lower-cases ASCII letters, so a case-sensitive test would
/// find a gloss in its own output that it did not find in the input.)
fn gloss_lower(c: char) -> char {
    c.to_lowercase().next().unwrap_or(c)
}

/// Pinyin initials, longest first.
const INITIALS: &[&str] = &[
    "zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x", "r",
    "z", "c", "s", "y", "w",
];
/// Pinyin finals (without tone marks; `v` stands for ü).
const FINALS: &[&str] = &[
    "a", "o", "e", "i", "u", "ai", "ei", "ui", "ao", "ou", "iu", "ie", "ue", "er", "an", "en",
    "in", "un", "ang", "eng", "ing", "ong", "ia", "iao", "ian", "iang", "iong", "ua", "uo", "uai",
    "uan", "uang", "v", "ve", "van", "vn",
];

/// Whether lower-case ASCII `letters` form one pinyin syllable without tone
/// marks (initial + final, loosely: `ji`, `qu`, `zhuang`, `an`), so that an
/// abbreviation such as `(EPC)` or `(ppp)` is not taken for a gloss.
fn is_pinyin_syllable(letters: &str) -> bool {
    let final_ok = |f: &str| FINALS.contains(&f);
    final_ok(letters)
        || INITIALS.iter().any(|i| {
            letters
                .strip_prefix(i)
                .is_some_and(|f| final_ok(f) && (!f.starts_with('v') || matches!(*i, "n" | "l")))
        })
}

fn is_tone_vowel(c: char) -> bool {
    // A `match` rather than `"āáǎ…".contains(c)`: glosses are common in some
    // pages, and each of their letters is tested.
    matches!(
        c,
        'ā' | 'á'
            | 'ǎ'
            | 'à'
            | 'ē'
            | 'é'
            | 'ě'
            | 'è'
            | 'ī'
            | 'í'
            | 'ǐ'
            | 'ì'
            | 'ō'
            | 'ó'
            | 'ǒ'
            | 'ò'
            | 'ū'
            | 'ú'
            | 'ǔ'
            | 'ù'
            | 'ǖ'
            | 'ǘ'
            | 'ǚ'
            | 'ǜ'
            | 'ü'
            | 'ê'
    )
}

/// Longest pinyin syllable is 6 letters (`zhuang`); a gloss of two syllables
/// is rare inside a word, so longer parentheses are left alone.
const MAX_GLOSS_LETTERS: usize = 6;

/// If `rest` (after a Han character) starts with a pinyin gloss such as
/// `(jì)` or `(qū)`, returns its length in bytes.
///
/// Scraped news pages for readers learning characters put the reading of a
/// rare or polyphonic character right after it: `濟(jì)南`, `園區(qū)`. A gloss is
/// 1–6 Latin letters in parentheses, in either case and width, with a tone
/// mark; or, without a tone mark, one pinyin syllable followed by a Han
/// character (`產(chan)業`). So `(EPC)模式` and `(ppp)项目` (not syllables)
/// and `(a)` at a clause end stay.
pub(super) fn gloss_len(rest: &str) -> Option<usize> {
    match plain_gloss_len(rest) {
        Some(answer) => answer,
        None => logical_gloss_len(rest),
    }
}

/// [`gloss_len`] for the common case, straight from the characters: a gloss
/// written with ASCII letters and lower-case tone vowels in ASCII or
/// full-width parentheses, or a parenthesis that is plainly none. `None`
/// (not decided) for anything that needs the logical reading: a numeric
/// reference, a full-width or upper-case non-ASCII letter, or a gloss
/// without tone marks (which needs the syllable check and the character
/// after it).
fn plain_gloss_len(rest: &str) -> Option<Option<usize>> {
    let mut chars = rest.char_indices();
    if !matches!(chars.next(), Some((_, '(' | '（'))) {
        return None;
    }
    let mut toned = false;
    for (letters, (i, c)) in chars.enumerate() {
        if c == ')' || c == '）' {
            return match (letters, toned) {
                (0, _) => Some(None),
                (_, true) => Some(Some(i + c.len_utf8())),
                (_, false) => None,
            };
        }
        let letter = if c.is_ascii() {
            if c == '&' {
                return None;
            }
            c.is_ascii_alphabetic()
        } else if is_tone_vowel(c) {
            toned = true;
            true
        } else {
            return None;
        };
        if !letter || letters == MAX_GLOSS_LETTERS {
            return Some(None);
        }
    }
    Some(None)
}

/// [`gloss_len`] over the logical characters of `rest`.
fn logical_gloss_len(rest: &str) -> Option<usize> {
    let mut chars = LogicalChars { rest, pos: 0 };
    let (_, open, _) = chars.next()?;
    if open != '(' {
        return None;
    }
    let mut toned = false;
    let mut plain = [0u8; MAX_GLOSS_LETTERS];
    for (letters, (i, c, len)) in chars.enumerate() {
        let c = gloss_lower(c);
        if c == ')' {
            if letters == 0 {
                return None;
            }
            let end = i + len;
            let next = rest
                .get(end..)
                .and_then(|r| LogicalChars { rest: r, pos: 0 }.next());
            // A toned gloss needs no syllable check (most glosses are).
            let syllable = || {
                plain
                    .get(..letters)
                    .and_then(|b| std::str::from_utf8(b).ok())
                    .is_some_and(is_pinyin_syllable)
            };
            let followed_by_han = || next.is_some_and(|(_, c, _)| is_han(c));
            return (toned || (followed_by_han() && syllable())).then_some(end);
        }
        if !is_pinyin_letter(c) || letters == MAX_GLOSS_LETTERS {
            return None;
        }
        toned |= is_tone_vowel(c);
        if let (Some(slot), true) = (plain.get_mut(letters), c.is_ascii()) {
            *slot = c as u8;
        }
    }
    None
}

/// The characters of a line as normalization reads them: width-folded (case
/// kept), with numeric character references decoded, each with its byte
/// offset and length in the line.
///
/// A reference such as `&#236;` is what an encoder writes for a character
/// the target encoding lacks: the Traditional seed saved as Big5 turns the
/// gloss `濟(jì)南` into `濟(j&#236;)南`. Only references to non-ASCII
/// characters are decoded, so decoding can never build a new reference out
/// of the text around it, and normalizing twice changes nothing.
pub(super) struct LogicalChars<'a> {
    pub(super) rest: &'a str,
    pub(super) pos: usize,
}

impl Iterator for LogicalChars<'_> {
    type Item = (usize, char, usize);

    fn next(&mut self) -> Option<Self::Item> {
        let rest = self.rest.get(self.pos..)?;
        let c = rest.chars().next()?;
        let (ch, len) = match fold_width(c) {
            '&' => numeric_reference(rest).unwrap_or(('&', c.len_utf8())),
            folded => (folded, c.len_utf8()),
        };
        let at = self.pos;
        self.pos += len;
        Some((at, ch, len))
    }
}

/// Longest numeric reference we decode: `&#x10FFFF;` has 8 digits at most.
const MAX_REFERENCE_DIGITS: usize = 8;

/// Decodes `&#NNN;` or `&#xHHH;` (width-folded) at the start of `rest` into
/// a non-ASCII, non-control character and the bytes it spans.
pub(super) fn numeric_reference(rest: &str) -> Option<(char, usize)> {
    let mut chars = rest
        .char_indices()
        .map(|(i, c)| (i, fold_width(c), c.len_utf8()));
    chars.next()?; // the '&'
    if chars.next()?.1 != '#' {
        return None;
    }
    let mut radix = 10;
    let mut value: u32 = 0;
    let mut digits = 0;
    for (i, c, len) in chars {
        match c {
            'x' | 'X' if digits == 0 && radix == 10 => radix = 16,
            ';' if digits > 0 => {
                let ch = char::from_u32(value)?;
                return (!ch.is_ascii() && !ch.is_control()).then_some((ch, i + len));
            }
            _ if digits < MAX_REFERENCE_DIGITS => {
                value = value * radix + c.to_digit(radix)?;
                digits += 1;
            }
            _ => return None,
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_and_logical_gloss_readings_agree_on_edges() {
        for rest in [
            "(jì)南",
            "（jì）南",
            "(JÌ)南",
            "(chan)业",
            "(EPC)模式",
            "()",
            "(a)",
            "(jìjìjì)",
            "(jìjìjìj)",
            "(j&#236;)南",
            "(ｊì)",
            "(jì",
            "(",
            "（）",
            "(qū)",
            "(ü)",
            "(zhuàng)x",
        ] {
            assert_eq!(gloss_len(rest), logical_gloss_len(rest), "{rest}");
        }
    }

    proptest::proptest! {
        #[test]
        fn plain_and_logical_gloss_readings_agree(
            picks in proptest::collection::vec(0usize..16, 0..12)
        ) {
            const PIECES: [&str; 16] = [
                "(", "（", ")", "）", "j", "Q", "ì", "Ì", "ü", "&#236;", "ｊ", "南", " ", "1",
                "zh", "ang",
            ];
            let rest: String = picks.iter().map(|&i| PIECES[i]).collect();
            proptest::prop_assert_eq!(gloss_len(&rest), logical_gloss_len(&rest), "{}", rest);
        }
    }

    #[test]
    fn tone_vowels_are_the_pinyin_set() {
        let set = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüê";
        for c in ('\u{0}'..='\u{2FF}').chain(['ê', 'ü']) {
            assert_eq!(is_tone_vowel(c), set.contains(c), "{c}");
        }
    }
}
