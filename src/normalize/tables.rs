//! Per-character mappings: a character → its width-folded, lower-cased form,
//! and the Traditional → Simplified table (code point → code point) that the
//! fast path reads instead of calling `fast2s`.

use super::is_han;
use std::sync::OnceLock;

/// Width folding and ASCII lower-casing: what a character becomes in the
/// normalized text (outside glosses and references).
pub(super) fn fold_char(c: char) -> char {
    fold_width(c).to_ascii_lowercase()
}

/// Full-width ASCII forms (U+FF01..U+FF5E) and the ideographic space fold to
/// ASCII. Case is kept here (glosses are recognised by their lower-case
/// letters, so `(EPC)` is not one); [`fold_line`](super::reference::fold_line)
/// lower-cases afterwards so `ICP` and `icp` read alike.
pub(super) fn fold_width(c: char) -> char {
    match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        '\u{3000}' => ' ',
        _ => c,
    }
}

/// The characters `fast2s` converts depending on their neighbours (the keys
/// of its `T2S_EXCLUDE` and `T2S_SPECIAL_CONVERT_TYPE` tables in 0.3.1, e.g.
/// 乾隆 keeps 乾 while 乾淨 becomes 干净). The table sends them to the careful
/// path, which asks `fast2s` with their neighbours. The dependency is pinned
/// to that version for this reason.
const T2S_CONTEXT_CHARS: [char; 15] = [
    '兒', '覆', '夥', '藉', '瞭', '麽', '幺', '於', '乾', '著', '苧', '闔', '鍾', '讎', '畫',
];

/// A table entry for a character that needs the careful path: width folding
/// (full-width forms, ideographic space), a possible gloss (`（`), or a
/// `fast2s` context rule. Entries are otherwise 0 (unchanged) or the code
/// point of the Simplified character, which is at least U+0800.
pub(super) const SLOW: u16 = 1;

/// Traditional → Simplified for every three-byte (BMP, U+0800..U+FFFF)
/// character, indexed by code point (128 KiB), built once from `fast2s`.
/// `None` if `fast2s` ever maps a three-byte character to anything but one
/// three-byte character: then the reference path does the work.
pub(super) fn t2s_table() -> Option<&'static T2sTable> {
    static TABLE: OnceLock<Option<Box<T2sTable>>> = OnceLock::new();
    TABLE.get_or_init(build_t2s_table).as_deref()
}

/// Indexed by a BMP code point; a fixed size, so that indexing with a code
/// point decoded from three bytes needs no bounds check.
pub(super) type T2sTable = [u16; 0x10000];

fn build_t2s_table() -> Option<Box<T2sTable>> {
    let chars: Vec<char> = (0x800u32..=0xFFFF).filter_map(char::from_u32).collect();
    // One call for all characters, separated by spaces: outside the context
    // characters (marked SLOW below) fast2s maps a character alone.
    let mut joined = String::with_capacity(chars.len() * 4);
    for &c in &chars {
        joined.push(c);
        joined.push(' ');
    }
    let converted = fast2s::convert(&joined);
    // fast2s maps characters one to one; anything else and the pieces below
    // would not line up.
    if converted.chars().count() != joined.chars().count() {
        return None;
    }
    let mut pieces = converted.split(' ');
    let mut table = vec![0u16; 0x10000];
    for &c in &chars {
        let mut piece = pieces.next()?.chars();
        let (Some(new), None) = (piece.next(), piece.next()) else {
            return None;
        };
        if new.len_utf8() != 3 {
            return None;
        }
        if new != c {
            *table.get_mut(c as usize)? = u16::try_from(u32::from(new)).ok()?;
        }
    }
    let slow = ('\u{FF01}'..='\u{FF5E}')
        .chain(['\u{3000}'])
        .chain(T2S_CONTEXT_CHARS);
    for c in slow {
        *table.get_mut(c as usize)? = SLOW;
    }
    table.into_boxed_slice().try_into().ok()
}

pub(super) fn is_han_u32(c: u32) -> bool {
    char::from_u32(c).is_some_and(is_han)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fast2s_keeps_the_width_of_every_bmp_character() {
        // The offset map relies on this: a 3-byte character converts to a
        // 3-byte character.
        let all: String = ('\u{0800}'..='\u{FFFF}').collect();
        let converted = fast2s::convert(&all);
        assert_eq!(converted.chars().count(), all.chars().count());
        for (a, b) in all.chars().zip(converted.chars()) {
            assert_eq!(a.len_utf8(), b.len_utf8(), "{a} -> {b}");
        }
    }

    #[test]
    fn fast_path_is_available_with_the_pinned_fast2s() {
        assert!(t2s_table().is_some());
    }

    #[test]
    fn context_characters_are_han() {
        // next_folded relies on it: a gloss may follow a context character.
        assert!(T2S_CONTEXT_CHARS.iter().all(|&c| is_han(c)));
    }
}
