//! Spaces between Chinese characters: a line of text → where a run of
//! spaces sits between two characters of Chinese text and is dropped.
//!
//! Chinese writes no spaces between words, but scanned and extracted
//! documents, and pages that letter-space their headings, put them between
//! characters (`管 委 会`, `全 员 聘 任 制`), and typesetting puts them around
//! a plus (`管委会 ＋ 公司`). A phrase never matches across them, so a run of
//! spaces (ASCII or ideographic) is dropped where it stands between two
//! Han characters, or between a Han character and a `+`. Spaces next to
//! Latin letters or digits (`2023年 3月`, `开发区 Development Zone`) stay.
//!
//! A tab is not a gap: it separates fields (the columns of a table exported
//! from a spreadsheet, the cells of an HTML table), so it stays, and
//! [`segment`](crate::segment) reads it as a clause break: a 未 in a
//! table's problem column does not reach its completion column.

use super::gloss::LogicalChars;
use super::is_han;

/// Whether `c`, width-folded, is a space a gap is made of.
pub(super) fn is_gap(c: char) -> bool {
    c == ' '
}

/// The length in bytes of the run of spaces at the start of `rest` when it
/// is dropped after `prev` (the last character kept, width-folded): when
/// the characters on both sides are Han or `+`, and at least one is Han.
/// The next character is read as normalization reads it (width-folded,
/// numeric references decoded), so both normalizers decide alike.
pub(super) fn removable_gap(prev: char, rest: &str) -> Option<usize> {
    let joins = |c: char| is_han(c) || c == '+';
    if !joins(prev) {
        return None;
    }
    let mut chars = LogicalChars { rest, pos: 0 };
    let (at, next) = loop {
        let (at, c, _) = chars.next()?;
        if !is_gap(c) {
            break (at, c);
        }
    };
    (at > 0 && joins(next) && (is_han(prev) || is_han(next))).then_some(at)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gaps_between_han_and_around_a_plus_are_removable() {
        assert_eq!(removable_gap('管', " 委"), Some(1));
        assert_eq!(removable_gap('会', " \u{3000} +"), Some(5));
        assert_eq!(removable_gap('+', "  公"), Some(2));
        assert_eq!(removable_gap('会', " ＋"), Some(1));
        assert_eq!(removable_gap('会', " &#20844;"), Some(1));
    }

    #[test]
    fn gaps_next_to_latin_digits_or_line_ends_stay() {
        assert_eq!(removable_gap('年', " 3月"), None);
        assert_eq!(removable_gap('区', " Development"), None);
        assert_eq!(removable_gap('3', " 月"), None);
        assert_eq!(removable_gap('+', " +"), None);
        assert_eq!(removable_gap('区', "   "), None);
        assert_eq!(removable_gap('区', "委"), None);
    }

    #[test]
    fn a_tab_is_a_field_separator_not_a_gap() {
        assert_eq!(removable_gap('题', "\t整"), None);
        assert_eq!(removable_gap('题', " \t整"), None);
        assert!(!is_gap('\t'));
    }
}
