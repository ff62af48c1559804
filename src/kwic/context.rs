//! Where a phrase occurs and the text around it: overlapping substring
//! search and context cut to a number of characters on one line.

/// Every occurrence of `needle` in `text`, overlapping ones included, as
/// byte ranges.
pub(super) fn find_overlapping(text: &str, needle: &str) -> Vec<(usize, usize)> {
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

/// Up to `width` characters before byte `at`, and whether more precede them.
pub(super) fn left_context(text: &str, at: usize, width: usize) -> (String, bool) {
    let before = text.get(..at).unwrap_or_default();
    let mut chars: Vec<char> = before.chars().rev().take(width + 1).collect();
    let cut = chars.len() > width;
    chars.truncate(width);
    chars.reverse();
    (one_line(chars.into_iter()), cut)
}

/// Up to `width` characters after byte `at`, and whether more follow them.
pub(super) fn right_context(text: &str, at: usize, width: usize) -> (String, bool) {
    let after = text.get(at..).unwrap_or_default();
    let mut chars: Vec<char> = after.chars().take(width + 1).collect();
    let cut = chars.len() > width;
    chars.truncate(width);
    (one_line(chars.into_iter()), cut)
}

/// Line breaks and tabs as spaces, so a hit prints on one line.
pub(super) fn one_line(chars: impl Iterator<Item = char>) -> String {
    chars
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}
