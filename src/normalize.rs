//! Normalize: document text → [`NormalizedText`] (one canonical form plus a
//! map back to the original bytes).
//!
//! In one pass over each line: full-width forms are folded to ASCII (`＋` →
//! `+`, `，` → `,`), ASCII letters are lower-cased, pinyin glosses inside words
//! are removed (`濟(jì)南` → `濟南`), Traditional characters become Simplified
//! (`濟南` → `济南`), and whole lines of site boilerplate (ICP/备案 lines,
//! copyright and navigation footers, download-site notices, related-link
//! lists) are dropped. Rubric phrases go through the same function without the
//! boilerplate step, so a rubric may be written in either script.
//!
//! Every normalized byte keeps its original position: [`NormalizedText::original_range`]
//! turns a range of the normalized text into the range of the text the author
//! wrote, which is what evidence quotes.

use crate::matcher::{Matcher, MatcherBuilder, Role};
use std::ops::Range;
use std::sync::OnceLock;

/// A text in canonical form with a map back to the original bytes.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NormalizedText {
    /// The normalized text. Lines kept from the original end with `\n`.
    pub text: String,
    runs: Vec<Run>,
}

/// A stretch of normalized bytes that maps onto a stretch of original bytes.
///
/// Either both lengths are equal and the map is byte for byte (copied or
/// converted characters of equal width), or the run is one folded character
/// whose normalized and original lengths differ (`，` is 3 bytes, `,` is 1).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Run {
    norm: usize,
    orig: usize,
    norm_len: usize,
    orig_len: usize,
}

impl Run {
    fn is_identity(&self) -> bool {
        self.norm_len == self.orig_len
    }
}

impl NormalizedText {
    /// Maps a byte range of [`NormalizedText::text`] to the byte range of the
    /// original text it came from. Ranges that span dropped lines or removed
    /// glosses include them, so a quoted sentence reads as the author wrote it.
    pub fn original_range(&self, range: Range<usize>) -> Range<usize> {
        if self.runs.is_empty() || range.start >= range.end {
            let at = self.original_start(range.start);
            return at..at;
        }
        self.original_start(range.start)..self.original_end(range.end)
    }

    fn run_containing(&self, pos: usize) -> Option<&Run> {
        let idx = self.runs.partition_point(|r| r.norm <= pos);
        idx.checked_sub(1).and_then(|i| self.runs.get(i))
    }

    fn original_start(&self, pos: usize) -> usize {
        match self.run_containing(pos) {
            Some(r) if r.is_identity() => r.orig + (pos - r.norm).min(r.orig_len),
            Some(r) => r.orig,
            None => 0,
        }
    }

    fn original_end(&self, pos: usize) -> usize {
        match self.run_containing(pos.saturating_sub(1)) {
            Some(r) if r.is_identity() => r.orig + (pos - r.norm).min(r.orig_len),
            Some(r) => r.orig + r.orig_len,
            None => 0,
        }
    }

    fn push(&mut self, ch: char, orig: usize, orig_len: usize) {
        let norm = self.text.len();
        self.text.push(ch);
        let norm_len = ch.len_utf8();
        if norm_len == orig_len {
            if let Some(last) = self.runs.last_mut() {
                if last.is_identity()
                    && last.norm + last.norm_len == norm
                    && last.orig + last.orig_len == orig
                {
                    last.norm_len += norm_len;
                    last.orig_len += orig_len;
                    return;
                }
            }
        }
        self.runs.push(Run {
            norm,
            orig,
            norm_len,
            orig_len,
        });
    }
}

/// The normalization stage: builds [`NormalizedText`] from document text.
///
/// ```
/// use zone_reform::normalize::Normalizer;
/// let n = Normalizer::default().normalize("愛濟(jì)南：推行“管委會＋公司”改革");
/// assert_eq!(n.text, "爱济南:推行“管委会+公司”改革\n");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Normalizer {
    drop_boilerplate: bool,
}

impl Default for Normalizer {
    fn default() -> Self {
        Normalizer {
            drop_boilerplate: true,
        }
    }
}

impl Normalizer {
    /// A normalizer that keeps boilerplate lines (useful to see what a page
    /// says in its footer, or for text that is known to be clean).
    pub fn keeping_boilerplate() -> Self {
        Normalizer {
            drop_boilerplate: false,
        }
    }

    /// Normalizes a whole document, line by line.
    pub fn normalize(&self, text: &str) -> NormalizedText {
        match t2s_table() {
            Some(table) => self
                .normalize_fast(text, table)
                .unwrap_or_else(|| self.normalize_reference(text)),
            None => self.normalize_reference(text),
        }
    }

    /// One pass per line, straight into the output: characters that stay as
    /// they are (most of a Simplified text, and the digits and punctuation of
    /// any text) are copied in bulk; the others are converted from a table
    /// built once from `fast2s`. This saves, per character, fast2s's three
    /// hash lookups, and per line, two intermediate strings and the copy of
    /// the offset map. `None` when a `fast2s` context rule would change a
    /// character's width (never with fast2s 0.3.1, whose conversions all keep
    /// the width), so the caller falls back to [`Normalizer::normalize_reference`].
    fn normalize_fast(&self, text: &str, table: &T2sTable) -> Option<NormalizedText> {
        let mut out = NormalizedText {
            // Lines only shrink, and each gets one line break: at most one
            // byte more than the input (a last line without a break).
            text: String::with_capacity(text.len() + 1),
            runs: Vec::new(),
        };
        let mut kept = Vec::new();
        for line in split_lines(text) {
            let raw = text.get(line.clone()).unwrap_or_default();
            if raw.trim().is_empty() {
                continue;
            }
            let (text_mark, runs_mark) = (out.text.len(), out.runs.len());
            fold_convert_line(raw, line.start, &mut out, table)?;
            if self.drop_boilerplate {
                let normalized = out.text.get(text_mark..).unwrap_or_default();
                if is_boilerplate(normalized) {
                    // The run before this line is the previous line break,
                    // which a line never merges into, so truncating
                    // restores it.
                    out.text.truncate(text_mark);
                    out.runs.truncate(runs_mark);
                    continue;
                }
                kept.push(KeptLine {
                    text_start: text_mark,
                    runs_start: runs_mark,
                    link: is_link_line(normalized),
                });
            }
            push_line_break(&mut out, line.end);
        }
        Some(if self.drop_boilerplate {
            drop_link_lists(out, &kept)
        } else {
            out
        })
    }

    /// The straightforward implementation: fold each line into a buffer,
    /// convert the buffer with `fast2s`, append it. It defines what
    /// [`Normalizer::normalize`] computes; the fast path must agree with it
    /// byte for byte (tested), and it takes over should `fast2s` ever change a
    /// character's width.
    fn normalize_reference(&self, text: &str) -> NormalizedText {
        let mut out = NormalizedText {
            text: String::with_capacity(text.len()),
            runs: Vec::new(),
        };
        let mut line_buf = NormalizedText::default();
        let mut kept = Vec::new();
        for line in split_lines(text) {
            let Some(raw) = text.get(line.clone()) else {
                continue;
            };
            if raw.trim().is_empty() {
                continue;
            }
            line_buf.text.clear();
            line_buf.runs.clear();
            fold_line(raw, line.start, &mut line_buf);
            to_simplified(&mut line_buf);
            if self.drop_boilerplate {
                if is_boilerplate(&line_buf.text) {
                    continue;
                }
                kept.push(KeptLine {
                    text_start: out.text.len(),
                    runs_start: out.runs.len(),
                    link: is_link_line(&line_buf.text),
                });
            }
            append(&mut out, &line_buf, line.end);
        }
        if self.drop_boilerplate {
            drop_link_lists(out, &kept)
        } else {
            out
        }
    }
}

/// A line kept in the normalized text: where it starts, and whether it
/// looks like an item of a related-link list.
struct KeptLine {
    text_start: usize,
    runs_start: usize,
    link: bool,
}

/// Normalizes one rubric phrase: folding, gloss removal and Traditional →
/// Simplified, as for documents, but no boilerplate step and no line break.
pub fn normalize_phrase(phrase: &str) -> String {
    let mut buf = NormalizedText::default();
    fold_line(phrase.trim(), 0, &mut buf);
    to_simplified(&mut buf);
    buf.text.trim().to_string()
}

/// Byte ranges of the lines of `text`, without their line terminators.
fn split_lines(text: &str) -> Vec<Range<usize>> {
    let mut lines = Vec::new();
    let mut start = 0;
    // memchr2 looks at 16 or 32 bytes at a time; lines are long in Chinese
    // text, so this is a small fraction of a pass.
    for i in memchr::memchr2_iter(b'\n', b'\r', text.as_bytes()) {
        lines.push(start..i);
        start = i + 1;
    }
    lines.push(start..text.len());
    lines
}

/// Appends a normalized line and a `\n` that maps to the line's end.
fn append(out: &mut NormalizedText, line: &NormalizedText, line_end: usize) {
    let base = out.text.len();
    out.text.push_str(&line.text);
    for run in &line.runs {
        let shifted = Run {
            norm: run.norm + base,
            ..*run
        };
        match out.runs.last_mut() {
            Some(last)
                if last.is_identity()
                    && shifted.is_identity()
                    && last.norm + last.norm_len == shifted.norm
                    && last.orig + last.orig_len == shifted.orig =>
            {
                last.norm_len += shifted.norm_len;
                last.orig_len += shifted.orig_len;
            }
            _ => out.runs.push(shifted),
        }
    }
    push_line_break(out, line_end);
}

/// Appends a `\n` that maps to the end of the original line, so that a
/// sentence ending at a line break ends where the line ends.
fn push_line_break(out: &mut NormalizedText, line_end: usize) {
    let norm = out.text.len();
    out.text.push('\n');
    out.runs.push(Run {
        norm,
        orig: line_end,
        norm_len: 1,
        orig_len: 0,
    });
}

/// True for CJK ideographs (the blocks real zone documents use).
pub(crate) fn is_han(c: char) -> bool {
    matches!(c,
        '\u{4E00}'..='\u{9FFF}'
        | '\u{3400}'..='\u{4DBF}'
        | '\u{F900}'..='\u{FAFF}'
        | '\u{20000}'..='\u{2FFFF}')
}

/// Width folding and ASCII lower-casing: what a character becomes in the
/// normalized text (outside glosses and references).
fn fold_char(c: char) -> char {
    fold_width(c).to_ascii_lowercase()
}

/// Full-width ASCII forms (U+FF01..U+FF5E) and the ideographic space fold to
/// ASCII. Case is kept here (glosses are recognised by their lower-case
/// letters, so `(EPC)` is not one); [`fold_line`] lower-cases afterwards so
/// `ICP` and `icp` read alike.
fn fold_width(c: char) -> char {
    match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        '\u{3000}' => ' ',
        _ => c,
    }
}

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
fn gloss_len(rest: &str) -> Option<usize> {
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
            let followed_by_han = next.is_some_and(|(_, c, _)| is_han(c));
            let syllable = plain
                .get(..letters)
                .and_then(|b| std::str::from_utf8(b).ok())
                .is_some_and(is_pinyin_syllable);
            return (toned || (followed_by_han && syllable)).then_some(end);
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
struct LogicalChars<'a> {
    rest: &'a str,
    pos: usize,
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
fn numeric_reference(rest: &str) -> Option<(char, usize)> {
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

/// Folds widths, decodes numeric references and removes pinyin glosses of
/// one line into `out`.
fn fold_line(line: &str, offset: usize, out: &mut NormalizedText) {
    let mut chars = LogicalChars { rest: line, pos: 0 };
    let mut prev_han = false;
    while let Some((i, c, len)) = chars.next() {
        if prev_han && c == '(' {
            if let Some(gloss) = line.get(i..).and_then(gloss_len) {
                chars.pos = i + gloss;
                continue;
            }
        }
        let folded = c.to_ascii_lowercase();
        out.push(folded, offset + i, len);
        prev_han = is_han(folded);
    }
}

/// Converts a folded line to Simplified characters in place.
///
/// `fast2s` converts character by character (with a little context, e.g.
/// 乾隆 keeps 乾), so the character count is unchanged; its table maps
/// three-byte characters to three-byte characters, so the offset map stays
/// valid. Should a conversion ever change a width, the map is rebuilt
/// character by character.
fn to_simplified(line: &mut NormalizedText) {
    if line.text.is_ascii() {
        return;
    }
    let converted = fast2s::convert(&line.text);
    if converted.len() == line.text.len() {
        line.text = converted;
        return;
    }
    let old = std::mem::take(line);
    for ((pos, _), new) in old.text.char_indices().zip(converted.chars()) {
        let r =
            old.original_range(pos..pos + old.text[pos..].chars().next().map_or(1, char::len_utf8));
        line.push(new, r.start, r.end - r.start);
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
const SLOW: u16 = 1;

/// Traditional → Simplified for every three-byte (BMP, U+0800..U+FFFF)
/// character, indexed by code point (128 KiB), built once from `fast2s`.
/// `None` if `fast2s` ever maps a three-byte character to anything but one
/// three-byte character: then the reference path does the work.
fn t2s_table() -> Option<&'static T2sTable> {
    static TABLE: OnceLock<Option<Box<T2sTable>>> = OnceLock::new();
    TABLE.get_or_init(build_t2s_table).as_deref()
}

/// Indexed by a BMP code point; a fixed size, so that indexing with a code
/// point decoded from three bytes needs no bounds check.
type T2sTable = [u16; 0x10000];

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

fn is_han_u32(c: u32) -> bool {
    char::from_u32(c).is_some_and(is_han)
}

/// Folds widths, removes pinyin glosses and converts to Simplified one line,
/// appending it (without a line break) and its offset map to `out`: the fast
/// equivalent of [`fold_line`] then [`to_simplified`].
///
/// Bytes that stay as they are are not copied one by one: `copied` trails
/// `i`, and the stretch between them goes in with one `push_str` when a
/// character changes or the line ends. Converted and lower-cased characters
/// keep their width, so they extend the current identity run; only folds and
/// removed glosses close it. Returns `None` if the line holds a numeric
/// character reference (`&#236;`), or if a context conversion would
/// change a width (see [`Normalizer::normalize_fast`]).
fn fold_convert_line(
    line: &str,
    offset: usize,
    out: &mut NormalizedText,
    table: &T2sTable,
) -> Option<()> {
    let bytes = line.as_bytes();
    let mut i = 0;
    let mut copied = 0;
    // The open identity run: where it starts in the output and the original.
    let mut run_norm = out.text.len();
    let mut run_orig = offset;
    // The previous kept character, unfolded; '0' is fast2s's own marker for
    // "no character" at a line start, and is not Han.
    let mut prev = u32::from('0');
    loop {
        (i, copied, prev) = convert_plain(line, (i, copied, prev), &mut out.text, table);
        // One character on the general path. Only what `convert_plain` leaves
        // comes here (a `(`, a two- or four-byte character, a table entry
        // marked SLOW), but every case is handled, so the two cannot drift
        // apart.
        let Some(&b) = bytes.get(i) else {
            break;
        };
        if b < 0x80 {
            if b == b'&' && line.get(i..).and_then(numeric_reference).is_some() {
                // Numeric references (`&#236;`) are rare: the reference
                // path decodes them.
                return None;
            }
            if b == b'(' && is_han_u32(prev) {
                if let Some(len) = gloss_at(line, i) {
                    flush(out, line, copied, i);
                    close_run(out, run_norm, run_orig);
                    i += len;
                    copied = i;
                    (run_norm, run_orig) = (out.text.len(), offset + i);
                    continue;
                }
            }
            if b.is_ascii_uppercase() {
                flush(out, line, copied, i);
                out.text.push(char::from(b.to_ascii_lowercase()));
                copied = i + 1;
            }
            prev = u32::from(b);
            i += 1;
            continue;
        }
        let three = match (b, bytes.get(i + 1), bytes.get(i + 2)) {
            (0xE0..=0xEF, Some(&b1), Some(&b2)) => Some(
                (u32::from(b & 0x0F) << 12) | (u32::from(b1 & 0x3F) << 6) | u32::from(b2 & 0x3F),
            ),
            _ => None,
        };
        let Some(cp) = three else {
            // Two- and four-byte characters: neither folded nor converted.
            let c = line.get(i..).and_then(|r| r.chars().next())?;
            prev = u32::from(c);
            i += c.len_utf8();
            continue;
        };
        let entry = table[cp as usize];
        if entry == 0 {
            prev = cp;
            i += 3;
            continue;
        }
        let c = char::from_u32(cp)?;
        if entry != SLOW {
            flush(out, line, copied, i);
            out.text.push(char::from_u32(u32::from(entry))?);
            copied = i + 3;
            prev = cp;
            i += 3;
            continue;
        }
        // The careful path: a gloss, a width fold, or a context rule.
        if c == '（' && is_han_u32(prev) {
            if let Some(len) = gloss_at(line, i) {
                flush(out, line, copied, i);
                close_run(out, run_norm, run_orig);
                i += len;
                copied = i;
                (run_norm, run_orig) = (out.text.len(), offset + i);
                continue;
            }
        }
        let folded = fold_char(c);
        if folded == '&' && line.get(i..).and_then(numeric_reference).is_some() {
            return None;
        }
        if folded.len_utf8() != 3 {
            flush(out, line, copied, i);
            close_run(out, run_norm, run_orig);
            out.runs.push(Run {
                norm: out.text.len(),
                orig: offset + i,
                norm_len: folded.len_utf8(),
                orig_len: 3,
            });
            out.text.push(folded);
            copied = i + 3;
            (run_norm, run_orig) = (out.text.len(), offset + copied);
        } else {
            let before = char::from_u32(prev).map_or('0', fold_char);
            let new = convert_in_context(before, folded, next_folded(line, i + 3));
            if new != c {
                if new.len_utf8() != 3 {
                    return None;
                }
                flush(out, line, copied, i);
                out.text.push(new);
                copied = i + 3;
            }
        }
        prev = cp;
        i += 3;
    }
    flush(out, line, copied, line.len());
    close_run(out, run_norm, run_orig);
    Some(())
}

/// The hot loop of [`fold_convert_line`]: from byte `i` on, the characters
/// that need no care — ASCII other than `(`, and three-byte characters that
/// stay as they are or convert through the table — which are most of any
/// text. Returns at the first other character (a possible gloss, a
/// two- or four-byte character, one to fold or to convert in context) or at
/// the end, with the updated `(i, copied, prev)` of the caller.
///
/// A function of its own so that its few registers are not spilled by the
/// general path; unchanged bytes are not copied here but left between
/// `copied` and `i` for one bulk copy.
#[inline(never)]
fn convert_plain(
    line: &str,
    (mut i, mut copied, mut prev): (usize, usize, u32),
    out: &mut String,
    table: &T2sTable,
) -> (usize, usize, u32) {
    let bytes = line.as_bytes();
    // Slice patterns: one length check per character, no index arithmetic.
    let mut rest = bytes.get(i..).unwrap_or_default();
    loop {
        match *rest {
            [b, ref tail @ ..] if b < 0x80 => {
                if b == b'(' || b == b'&' {
                    break;
                }
                if b.is_ascii_uppercase() {
                    let at = bytes.len() - rest.len();
                    out.push_str(line.get(copied..at).unwrap_or_default());
                    out.push(char::from(b.to_ascii_lowercase()));
                    copied = at + 1;
                }
                prev = u32::from(b);
                rest = tail;
            }
            [b, b1, b2, ref tail @ ..] if b & 0xF0 == 0xE0 => {
                let cp = (u32::from(b & 0x0F) << 12)
                    | (u32::from(b1 & 0x3F) << 6)
                    | u32::from(b2 & 0x3F);
                let entry = table[cp as usize];
                if entry != 0 {
                    let Some(new) = char::from_u32(u32::from(entry)).filter(|_| entry != SLOW)
                    else {
                        break;
                    };
                    let at = bytes.len() - rest.len();
                    out.push_str(line.get(copied..at).unwrap_or_default());
                    out.push(new);
                    copied = at + 3;
                }
                prev = cp;
                rest = tail;
            }
            _ => break,
        }
    }
    i = bytes.len() - rest.len();
    (i, copied, prev)
}

/// Copies the unchanged bytes `line[from..to]` to the output.
fn flush(out: &mut NormalizedText, line: &str, from: usize, to: usize) {
    out.text.push_str(line.get(from..to).unwrap_or_default());
}

/// Ends the identity run that started at `norm` (output) and `orig`
/// (original), if it holds anything.
fn close_run(out: &mut NormalizedText, norm: usize, orig: usize) {
    let len = out.text.len() - norm;
    if len > 0 {
        out.runs.push(Run {
            norm,
            orig,
            norm_len: len,
            orig_len: len,
        });
    }
}

/// The length of the gloss starting at byte `i` of `line`, if one does.
fn gloss_at(line: &str, i: usize) -> Option<usize> {
    line.get(i..).and_then(gloss_len)
}

/// The next character a context rule sees after a context character at
/// `pos`: glosses after it are removed first (the context characters are
/// Han, so a gloss may follow), then the character is folded; '0' at the
/// line's end, as in fast2s.
fn next_folded(line: &str, mut pos: usize) -> char {
    loop {
        let Some(c) = line.get(pos..).and_then(|r| r.chars().next()) else {
            return '0';
        };
        if c == '(' || c == '（' {
            if let Some(len) = gloss_at(line, pos) {
                pos += len;
                continue;
            }
        }
        return fold_char(c);
    }
}

/// What fast2s makes of `c` between `before` and `after`.
fn convert_in_context(before: char, c: char, after: char) -> char {
    let window: String = [before, c, after].iter().collect();
    fast2s::convert(&window).chars().nth(1).unwrap_or(c)
}

/// Phrases that mark a line as site furniture rather than the document:
/// registration numbers, copyright, editor credits, licences, report
/// hotlines, download-site notices and widget labels. They are matched on the
/// normalized line (Simplified, lower-case), so `版權所有` and `ICP` match too.
const BOILERPLATE_MARKERS: &[&str] = &[
    "icp备",
    "icp证",
    "公网安备",
    "版权所有",
    "copyright",
    "all rights reserved",
    "免责声明",
    "责任编辑",
    "许可证",
    "举报电话",
    "举报邮箱",
    "违法和不良信息",
    "资源id",
    "资源大小",
    "资源格式",
    "全文页数",
    "下载积分",
    "友情提示",
    "本站",
    "迅雷",
    "试题试卷",
    "更多>",
    "推荐图文",
    "推荐资讯",
    "同类资讯",
    "点击排行",
    "上一篇",
    "下一篇",
    "分享到",
    "打印本页",
    "关闭窗口",
    "扫一扫",
    "邮箱:",
    "电话:",
];

/// Lines longer than this are content even when they contain a marker: a
/// boilerplate line is a short footer line, while some pages (seed 004) put a
/// whole report on one line.
const MAX_BOILERPLATE_CHARS: usize = 200;

/// A navigation bar: at least this many `|` separators between short items
/// (`关于我们| 网站概况| 法律顾问| ...`).
const MIN_NAV_SEPARATORS: usize = 3;
const MAX_NAV_ITEM_CHARS: usize = 12;

/// The boilerplate marker that `normalized` contains, if any: a line of at
/// most [`MAX_BOILERPLATE_CHARS`] characters holding it is dropped.
pub(crate) fn boilerplate_marker(normalized: &str) -> Option<&'static str> {
    BOILERPLATE_MARKERS
        .iter()
        .copied()
        .find(|m| normalized.contains(m))
}

fn is_boilerplate(line: &str) -> bool {
    let chars = line.chars().count();
    if chars > MAX_BOILERPLATE_CHARS {
        return false;
    }
    if contains_marker(line) {
        return true;
    }
    // Most lines have no separator at all; two SIMD searches say so faster
    // than splitting. The rest are counted without collecting the items.
    let bytes = line.as_bytes();
    if memchr::memchr(b'|', bytes).is_none()
        && memchr::memmem::find(bytes, "│".as_bytes()).is_none()
    {
        return false;
    }
    let mut items = 0;
    let mut all_short = true;
    for item in line.split(['|', '│']) {
        items += 1;
        all_short &= item.trim().chars().count() <= MAX_NAV_ITEM_CHARS;
    }
    items > MIN_NAV_SEPARATORS && all_short
}

/// Whether `line` contains one of [`BOILERPLATE_MARKERS`]: one pass of the
/// same kind of scanner as the rubric's (a leftmost-longest search finds a
/// match exactly when some marker occurs), which skips most characters of a
/// line a character at a time, instead of one substring search per marker.
fn contains_marker(line: &str) -> bool {
    static MARKERS: OnceLock<Option<Matcher>> = OnceLock::new();
    let build = || {
        let mut builder = MatcherBuilder::default();
        for marker in BOILERPLATE_MARKERS {
            builder.add((*marker).to_string(), Role::Neutral);
        }
        builder.build().ok()
    };
    match MARKERS.get_or_init(build) {
        Some(matcher) => matcher.find_iter(line).next().is_some(),
        None => BOILERPLATE_MARKERS.iter().any(|m| line.contains(m)),
    }
}

/// A related-link list is a run of at least this many bullet lines.
const MIN_LINK_RUN: usize = 3;
/// A headline in such a list is short; a bulleted paragraph of the document
/// itself is longer or ends a sentence.
const MAX_LINK_CHARS: usize = 80;

/// Whether a normalized line looks like an item of a related-link list: a
/// bullet (`- `, `·`, `•`, `●`) and a short headline that does not end a
/// sentence (no `。!?` at its end, before any closing quotes or brackets),
/// such as `- 大眾日報:濟南新材料產業園區加速打造百億級新型功能材料產業集群`.
fn is_link_line(line: &str) -> bool {
    let line = line.trim();
    let body = line
        .strip_prefix("- ")
        .or_else(|| line.strip_prefix('·'))
        .or_else(|| line.strip_prefix('•'))
        .or_else(|| line.strip_prefix('●'));
    body.is_some_and(|b| {
        let b = b.trim_end();
        let ends_sentence = b
            .trim_end_matches(crate::segment::is_closing)
            .ends_with(['。', '!', '?']);
        b.chars().count() <= MAX_LINK_CHARS && !ends_sentence
    })
}

/// Drops related-link lists at a page's foot: runs of at least
/// [`MIN_LINK_RUN`] consecutive link lines among the lines kept so far.
///
/// The runs are judged on normalized lines and blank or boilerplate lines
/// do not break them, so that normalizing the output again finds no new
/// run (idempotence) and a list with blank lines or CRLF line ends between
/// its items is recognised as well.
fn drop_link_lists(out: NormalizedText, kept: &[KeptLine]) -> NormalizedText {
    let mut drop = vec![false; kept.len()];
    let mut i = 0;
    while i < kept.len() {
        let start = i;
        while kept.get(i).is_some_and(|l| l.link) {
            i += 1;
        }
        if i - start >= MIN_LINK_RUN {
            drop.iter_mut().take(i).skip(start).for_each(|d| *d = true);
        }
        i = i.max(start + 1);
    }
    if !drop.contains(&true) {
        return out;
    }
    let mut new = NormalizedText {
        text: String::with_capacity(out.text.len()),
        runs: Vec::with_capacity(out.runs.len()),
    };
    for (k, line) in kept.iter().enumerate() {
        if drop.get(k).copied().unwrap_or(false) {
            continue;
        }
        let next = kept.get(k + 1);
        let text_end = next.map_or(out.text.len(), |l| l.text_start);
        let runs_end = next.map_or(out.runs.len(), |l| l.runs_start);
        let base = new.text.len();
        new.text
            .push_str(out.text.get(line.text_start..text_end).unwrap_or_default());
        // A line's runs never merge with another line's: each line ends
        // with its own line-break run.
        for run in out.runs.get(line.runs_start..runs_end).unwrap_or_default() {
            new.runs.push(Run {
                norm: run.norm.saturating_sub(line.text_start) + base,
                ..*run
            });
        }
    }
    new
}

#[cfg(test)]
mod tests {
    use super::*;

    fn norm(s: &str) -> String {
        Normalizer::default().normalize(s).text
    }

    #[test]
    fn full_width_forms_fold_to_ascii() {
        assert_eq!(normalize_phrase("管委会＋公司"), "管委会+公司");
        assert_eq!(normalize_phrase("ＩＣＰ备"), "icp备");
        assert_eq!(norm("一，二；三：四"), "一,二;三:四\n");
    }

    #[test]
    fn traditional_becomes_simplified() {
        assert_eq!(normalize_phrase("雙招雙引"), "双招双引");
        assert_eq!(normalize_phrase("一窗受理、集成服務"), "一窗受理、集成服务");
        assert_eq!(normalize_phrase("管委會"), "管委会");
    }

    #[test]
    fn pinyin_gloss_inside_word_is_removed() {
        assert_eq!(normalize_phrase("濟(jì)南"), "济南");
        assert_eq!(normalize_phrase("園區(qū)"), "园区");
        assert_eq!(normalize_phrase("展現(xiàn)"), "展现");
    }

    #[test]
    fn parentheses_that_are_not_glosses_stay() {
        assert_eq!(normalize_phrase("采用(EPC)模式"), "采用(epc)模式");
        assert_eq!(normalize_phrase("政务服务平台(窗口)"), "政务服务平台(窗口)");
        assert_eq!(normalize_phrase("建设(a)"), "建设(a)");
    }

    #[test]
    fn numeric_references_are_decoded_inside_glosses_too() {
        assert_eq!(normalize_phrase("濟(j&#236;)南"), "济南");
        assert_eq!(normalize_phrase("園&#x5340;"), "园区");
        assert_eq!(normalize_phrase("＆＃２３６；"), "ì");
        // Documents too: the fast path hands such lines to the reference path.
        let doc = "愛濟(j&#236;)南客戶端。\n園區(q&#363;)建設。";
        let n = Normalizer::default().normalize(doc);
        assert_eq!(n.text, "爱济南客户端。\n园区建设。\n");
        let end = n.text.find('\n').unwrap_or(0);
        assert_eq!(&doc[n.original_range(0..end)], "愛濟(j&#236;)南客戶端。");
        // ASCII and broken references stay as written.
        assert_eq!(
            normalize_phrase("a&#38;b &#; &#xZZ; &#99999999999;"),
            "a&#38;b &#; &#xzz; &#99999999999;"
        );
    }

    #[test]
    fn original_range_quotes_what_the_author_wrote() {
        let src = "愛濟(jì)南：客戶端，好。";
        let n = Normalizer::default().normalize(src);
        assert_eq!(n.text, "爱济南:客户端,好。\n");
        let start = n.text.find("济南").unwrap_or(0);
        let end = n.text.find('。').map_or(0, |i| i + '。'.len_utf8());
        let r = n.original_range(start..end);
        assert_eq!(&src[r], "濟(jì)南：客戶端，好。");
    }

    #[test]
    fn boilerplate_lines_are_dropped() {
        let text = "开发区推行改革。\n京ICP备16016777号-3京公网安备11010802036172号\nCopyright© 2016 Chinajiceng.All Rights Reserved\n关于我们| 网站概况| 法律顾问| 服务条款| 人员查询\n[责任编辑:李希平]";
        assert_eq!(norm(text), "开发区推行改革。\n");
    }

    #[test]
    fn related_link_lists_are_dropped_but_single_bullets_stay() {
        let list = "正文。\n- 大眾日報:園區加速打造產業集群\n- 園區:面對面助力企業\n- 總投資11億元!項目簽約落戶園區\n";
        assert_eq!(norm(list), "正文。\n");
        let single = "正文。\n- 建立招商引资项目推进库\n";
        assert_eq!(norm(single), "正文。\n- 建立招商引资项目推进库\n");
    }

    #[test]
    fn glosses_are_recognised_in_either_case() {
        assert_eq!(normalize_phrase("濟(JÌ)南"), "济南");
        assert_eq!(normalize_phrase("產（CHAN）業"), "产业");
        assert_eq!(normalize_phrase("園區(Qū)"), "园区");
    }

    #[test]
    fn abbreviations_in_parentheses_are_not_glosses_in_either_case() {
        assert_eq!(normalize_phrase("采用(EPC)模式"), "采用(epc)模式");
        assert_eq!(normalize_phrase("采用(epc)模式"), "采用(epc)模式");
        assert_eq!(normalize_phrase("推广(PPP)项目"), "推广(ppp)项目");
    }

    #[test]
    fn normalizing_twice_changes_nothing_for_glosses_of_any_case() {
        for src in [
            "產(QU)業",
            "采用(EPC)模式",
            "基金（ZHĀO）开发区(QU)开发区。",
            "a(JI)b",
        ] {
            let once = norm(src);
            assert_eq!(norm(&once), once, "{src}");
        }
    }

    #[test]
    fn related_link_list_with_blank_lines_or_crlf_is_dropped() {
        let blank = "正文。\n- 园区加速打造产业集群\n\n- 面对面助力企业\n\n- 项目签约落户园区\n";
        assert_eq!(norm(blank), "正文。\n");
        let crlf = "正文。\r\n- 园区加速打造产业集群\r\n- 面对面助力企业\r\n- 项目签约落户园区\r\n";
        assert_eq!(norm(crlf), "正文。\n");
        let once = norm("- 甲\n\n- 乙\n京ICP备1号\n- 丙\n正文。");
        assert_eq!(once, "正文。\n");
    }

    #[test]
    fn bullet_sentences_are_not_related_links() {
        let text = "- 推行一窗受理!\n- 建立项目库?\n- 实行聘任制。”\n- 链接标题\n";
        assert_eq!(norm(text), text);
    }

    #[test]
    fn long_content_line_with_marker_word_is_kept() {
        let long = format!("{}本站", "开发区".repeat(80));
        assert_eq!(norm(&long), format!("{long}\n"));
    }

    #[test]
    fn normalization_is_idempotent_on_seed_like_text() {
        let src = "濟(jì)南新材料產業園區：推行“一窗受理”，ＡＢＣ。\n- a\n";
        let once = norm(src);
        assert_eq!(norm(&once), once);
    }

    #[test]
    fn empty_and_blank_text_normalize_to_nothing() {
        assert_eq!(norm(""), "");
        assert_eq!(norm(" \n\r\n\t"), "");
    }

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

    /// Both normalizers, fast path against the reference, text and offset
    /// map alike.
    fn assert_fast_matches_reference(text: &str) {
        let table = t2s_table().unwrap_or_else(|| panic!("fast2s table unavailable"));
        for n in [Normalizer::default(), Normalizer::keeping_boilerplate()] {
            let fast = n.normalize_fast(text, table);
            let reference = n.normalize_reference(text);
            assert_eq!(fast.as_ref(), Some(&reference), "{text:?}");
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

    #[test]
    fn fast_path_matches_reference_on_seeds_and_generated_text() {
        for (seed, _) in crate::corpus::SEEDS {
            assert_fast_matches_reference(seed);
        }
        for doc in crate::corpus::Corpus::builder()
            .seed(11)
            .documents(40)
            .iter()
        {
            assert_fast_matches_reference(&doc.text);
        }
    }

    #[test]
    fn fast_path_matches_reference_on_context_rules() {
        // fast2s's own examples of its context rules, plus glosses, folds
        // and line ends next to context characters.
        for text in [
            "乾隆的乾兒子一邊乾淨利落地擲出了一個乾卦，一邊嘴裡嚼着芒果乾。",
            "企畫 計畫 企劃 計劃 畫圖 畫畫",
            "「藉」其他意义仍然保留的，藉口、憑藉的藉（jiè）简化作借，慰藉（jiè）、狼藉（jí）等的藉仍用藉。",
            "「於」曾被視為「于」的異體字，如樊於期。",
            "看著 苧麻 闔家 鍾書 校讎 讎定 仇讎 兒寬 答覆 批覆 回覆 甚夥 瞭望 幺麽",
            "計畫(huà)書 計(jì)畫 乾(qián)隆 乾\n隆 乾 畫",
            "畫ＡＢ 計畫　乾（qián）隆 樊於(yú)期",
        ] {
            assert_fast_matches_reference(text);
        }
    }

    #[test]
    fn tone_vowels_are_the_pinyin_set() {
        let set = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüê";
        for c in ('\u{0}'..='\u{2FF}').chain(['ê', 'ü']) {
            assert_eq!(is_tone_vowel(c), set.contains(c), "{c}");
        }
    }

    proptest::proptest! {
        #[test]
        fn fast_path_matches_reference_on_random_text(
            parts in proptest::collection::vec(proptest::sample::select(vec![
                "濟", "南", "園", "區", "乾", "隆", "畫", "計", "藉", "口", "著", "看",
                "於", "樊", "兒", "寬", "覆", "批", "开发区", "(jì)", "（qū）", "(ab)",
                "(EPC)", "(", "（", ")", "）", "ǎ", "ü", "ＡＢＣ", "，", "：", "　", "Ab",
                "1", "。", "\n", "\r\n", " ", "- ", "·", "|", "│", "icp备", "版權所有",
                "邮箱:", "𠀀", "é", "©", "0",
            ]), 0..60)
        ) {
            assert_fast_matches_reference(&parts.concat());
        }
    }
}
