//! Checks of how a phrase meets the text: lines dropped as boilerplate,
//! leading marks that close the previous sentence, and what normalization
//! changes in a phrase.

use super::{LintKind, Linter};
use crate::matcher::Role;
use crate::normalize::{boilerplate_marker, MAX_BOILERPLATE_CHARS};

impl Linter<'_> {
    /// Phrases holding a boilerplate marker sit on lines that are dropped.
    pub(super) fn boilerplate(&mut self) {
        let found: Vec<(String, String)> = self
            .entries
            .iter()
            .filter(|e| !matches!(e.role, Role::Exclude { .. } | Role::Neutral))
            .filter_map(|e| {
                boilerplate_marker(&e.norm).map(|m| {
                    (
                        e.path.clone(),
                        format!(
                            "「{}」 holds the boilerplate marker 「{m}」: a line with it is dropped as site furniture unless longer than {MAX_BOILERPLATE_CHARS} characters, so it almost never counts",
                            e.written
                        ),
                    )
                })
            })
            .collect();
        for (path, message) in found {
            self.push(
                LintKind::Boilerplate,
                &path,
                message,
                "use a phrase without the marker".to_string(),
            );
        }
    }

    /// Phrases that start with a closing mark straddle sentences.
    pub(super) fn closing_marks(&mut self) {
        let found: Vec<(String, String, String)> = self
            .entries
            .iter()
            .filter_map(|e| {
                let first = e.norm.chars().next()?;
                crate::segment::is_closing(first).then(|| {
                    let rest: String = e.norm.chars().skip(1).collect();
                    (
                        e.path.clone(),
                        format!(
                            "「{}」 starts with 「{first}」, which right after 。！？ is read as the closing mark of the previous sentence: there the phrase straddles two sentences and is lost",
                            e.written
                        ),
                        format!("drop the leading mark: 「{rest}」 matches the same words"),
                    )
                })
            })
            .collect();
        for (path, message, suggestion) in found {
            self.push(LintKind::ClosingMark, &path, message, suggestion);
        }
    }

    /// Phrases that normalization changes.
    pub(super) fn normalized(&mut self) {
        let mut found = Vec::new();
        for e in &self.entries {
            if e.norm == e.written {
                continue;
            }
            let mut why = Vec::new();
            if e.written.trim() != e.written {
                why.push("surrounding spaces");
            }
            if e.written
                .chars()
                .any(|c| matches!(c, '\u{FF01}'..='\u{FF5E}' | '\u{3000}'))
            {
                why.push("full-width forms");
            }
            if e.written.chars().any(|c| c.is_ascii_uppercase()) {
                why.push("upper-case letters");
            }
            if fast2s::convert(&e.written) != e.written {
                why.push("Traditional characters");
            }
            if e.written.contains(['(', '（']) && !e.norm.contains('(') {
                why.push("a pinyin gloss");
            }
            if why.is_empty() {
                why.push("normalization");
            }
            found.push((
                e.path.clone(),
                format!(
                    "「{}」 is matched as 「{}」 ({}): fine, documents in either form match it",
                    e.written,
                    e.norm,
                    why.join(", ")
                ),
                format!("write 「{}」 to say what is matched", e.norm),
            ));
        }
        for (path, message, suggestion) in found {
            self.push(LintKind::Normalized, &path, message, suggestion);
        }
    }
}
