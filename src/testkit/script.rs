//! Simplified → Traditional rendering for generated text: the inverse of
//! the engine's own table, minus the characters whose conversion depends
//! on their neighbours.

use std::collections::HashMap;
use std::sync::OnceLock;

/// Traditional characters whose conversion by the engine (fast2s) depends
/// on their neighbours (`批覆` stays `批覆`, `計畫` becomes `计划`); the kit's
/// converter never produces them, so that a Traditional form it makes is
/// one the engine reads back character by character.
const CONTEXT_SENSITIVE: &[char] = &[
    '兒', '覆', '夥', '藉', '瞭', '麽', '幺', '於', '乾', '著', '苧', '闔', '鍾', '讎', '畫',
];

/// Simplified character → its Traditional forms, the inverse of the
/// engine's own Traditional → Simplified table.
fn traditional_table() -> &'static HashMap<char, Vec<char>> {
    static TABLE: OnceLock<HashMap<char, Vec<char>>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut table: HashMap<char, Vec<char>> = HashMap::new();
        let ranges = [
            '\u{3400}'..='\u{4DBF}',
            '\u{4E00}'..='\u{9FFF}',
            '\u{F900}'..='\u{FAFF}',
        ];
        for t in ranges.into_iter().flatten() {
            if CONTEXT_SENSITIVE.contains(&t) {
                continue;
            }
            let converted = fast2s::convert(t.encode_utf8(&mut [0; 4]));
            let mut chars = converted.chars();
            let (Some(s), None) = (chars.next(), chars.next()) else {
                continue;
            };
            // Only where the Simplified form is itself stable, so that the
            // engine maps both forms to the same character.
            if s != t && fast2s::convert(s.encode_utf8(&mut [0; 4])).starts_with(s) {
                table.entry(s).or_default().push(t);
            }
        }
        table
    })
}

/// A deterministic 64-bit mix (the `i`-th SplitMix64 output), for seeded
/// choices.
pub(super) fn mix(seed: u64, i: u64) -> u64 {
    crate::rng::SplitMix64::nth(seed, i)
}

pub(super) fn pick<T: Copy>(items: &[T], seed: u64, i: u64) -> Option<T> {
    match items.len() {
        0 => None,
        n => items.get((mix(seed, i) % n as u64) as usize).copied(),
    }
}

/// Converts Simplified text to one of its Traditional forms, chosen by
/// `seed` character by character among the forms the engine's table maps
/// back (so `发` may become `發` or `髮`); characters without a Traditional
/// form are kept. Permissive on purpose: any such form must score as the
/// Simplified source.
///
/// ```
/// use zone_reform::normalize::normalize_phrase;
/// let t = zone_reform::testkit::to_traditional("管委会+公司", 7);
/// assert_ne!(t, "管委会+公司");
/// assert_eq!(normalize_phrase(&t), "管委会+公司");
/// ```
pub fn to_traditional(text: &str, seed: u64) -> String {
    let table = traditional_table();
    text.chars()
        .enumerate()
        .map(|(i, c)| {
            table
                .get(&c)
                .and_then(|forms| pick(forms, seed, i as u64))
                .unwrap_or(c)
        })
        .collect()
}
