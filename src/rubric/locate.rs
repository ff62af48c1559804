//! Locating values in the TOML text: the nesting guard that runs before parsing,
//! and the byte offset of a value by its path, for error positions.

/// Finds the first place where arrays/tables nest deeper than `limit`,
/// counting brackets outside strings and comments. Returns the depth and the
/// byte offset. This runs before the TOML parser, whose recursion would
/// otherwise be driven by the input.
pub(super) fn nesting_over(text: &str, limit: usize) -> Option<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut depth = 0usize;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'#' => {
                while i < bytes.len() && bytes[i] != b'\n' {
                    i += 1;
                }
            }
            q @ (b'"' | b'\'') => {
                let triple = bytes.get(i..i + 3) == Some(&[q, q, q][..]);
                if triple {
                    i += 3;
                    while i < bytes.len() && bytes.get(i..i + 3) != Some(&[q, q, q][..]) {
                        i += if q == b'"' && bytes[i] == b'\\' { 2 } else { 1 };
                    }
                    i += 2;
                } else {
                    i += 1;
                    while i < bytes.len() && bytes[i] != q && bytes[i] != b'\n' {
                        i += if q == b'"' && bytes[i] == b'\\' { 2 } else { 1 };
                    }
                }
            }
            b'[' | b'{' => {
                depth += 1;
                if depth > limit {
                    return Some((depth, i));
                }
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            b'\n' => {
                // A table header `[a]` or `[[a]]` closes on its own line;
                // unbalanced brackets in values are TOML errors anyway.
            }
            _ => {}
        }
        i += 1;
    }
    None
}

/// Byte offset of the value at `path` (as printed by `path_string`) in the
/// TOML text, found through the span-preserving parse of `toml::de::DeTable`.
pub(crate) fn locate(text: &str, path: &str) -> Option<usize> {
    use toml::de::{DeTable, DeValue};
    let root = DeTable::parse(text).ok()?;
    let root_start = root.span().start;
    let root = DeValue::Table(root.into_inner());
    let mut cur = &root;
    let mut start = root_start;
    for part in path_parts(path) {
        let next = match part {
            PathPart::Key(k) => cur.get(k)?,
            PathPart::Index(i) => cur.get(i)?,
        };
        start = next.span().start;
        cur = next.get_ref();
    }
    Some(start)
}

enum PathPart<'a> {
    Key(&'a str),
    Index(usize),
}

fn path_parts(path: &str) -> Vec<PathPart<'_>> {
    let mut parts = Vec::new();
    for piece in path.split('.').filter(|p| !p.is_empty()) {
        let (key, rest) = piece.split_once('[').map_or((piece, ""), |(k, r)| (k, r));
        if !key.is_empty() {
            parts.push(PathPart::Key(key));
        }
        for idx in rest.split('[') {
            if let Ok(i) = idx.trim_end_matches(']').parse::<usize>() {
                parts.push(PathPart::Index(i));
            }
        }
    }
    parts
}
