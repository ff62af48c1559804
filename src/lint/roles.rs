//! Checks of a phrase that plays two roles: a term that is a negation cue,
//! an `all` group that can never meet, the same phrase twice (duplicates,
//! double counting, cues that are terms).

use super::entries::{term, Entry};
use super::{LintKind, Linter};
use crate::matcher::Role;
use std::collections::BTreeMap;

impl Linter<'_> {
    /// Terms that are also negation cues cancel themselves.
    pub(super) fn self_negating_terms(&mut self) {
        let mut found = Vec::new();
        for e in &self.entries {
            if let Some((indicator, _)) = term(e.role) {
                if self.with_norm(&e.norm).any(|o| o.role == Role::Negation) {
                    found.push((
                        e.path.clone(),
                        format!(
                            "term 「{}」 of {} is also a negation cue, so every hit cancels itself and it never counts",
                            e.written,
                            self.indicator_name(indicator)
                        ),
                    ));
                }
            }
        }
        for (path, message) in found {
            self.push(
                LintKind::NeverCounts,
                &path,
                message,
                "remove it from the terms or from [negation] cues".to_string(),
            );
        }
    }

    /// A term that can never count: it negates itself.
    fn dead_term(&self, e: &Entry) -> bool {
        self.with_norm(&e.norm).any(|o| o.role == Role::Negation)
    }

    /// `all` groups none of whose terms can count never meet.
    pub(super) fn all_groups(&mut self) {
        let mut found = Vec::new();
        for (indicator, (d, i), _, ind) in self.rubric.indicators() {
            for g in 0..ind.all.len() {
                let role = Role::Term {
                    indicator,
                    group: Some(g as u32),
                };
                let group: Vec<&Entry> = self.entries.iter().filter(|e| e.role == role).collect();
                if !group.is_empty() && group.iter().all(|e| self.dead_term(e)) {
                    found.push((
                            format!("dimensions[{d}].indicators[{i}].all[{g}]"),
                            format!(
                                "no term of `all` group {g} of {} can count, so its groups never meet in one sentence and the indicator can only be met through `any`",
                                self.indicator_name(indicator)
                            ),
                        ));
                }
            }
        }
        for (path, message) in found {
            self.push(
                LintKind::AllNeverMeet,
                &path,
                message,
                "give the group a term that can count".to_string(),
            );
        }
    }

    /// Duplicates, double counting across dimensions, cues that are terms.
    pub(super) fn shared_phrases(&mut self) {
        let mut by_norm: BTreeMap<&str, Vec<&Entry>> = BTreeMap::new();
        for e in &self.entries {
            by_norm.entry(e.norm.as_str()).or_default().push(e);
        }
        let mut found = Vec::new();
        for group in by_norm.values() {
            for (k, e) in group.iter().enumerate() {
                for first in group.iter().take(k) {
                    if let Some(f) = self.pair(first, e) {
                        found.push(f);
                        break;
                    }
                }
            }
        }
        for (kind, path, message, suggestion) in found {
            self.push(kind, &path, message, suggestion);
        }
    }

    /// What is wrong with `e` given an earlier entry with the same
    /// normalized phrase.
    fn pair(&self, first: &Entry, e: &Entry) -> Option<(LintKind, String, String, String)> {
        let same = |what: &str| {
            format!(
                "「{}」 is {what} already ({}, at {})",
                e.written,
                self.describe(first.role),
                first.path
            )
        };
        let fix_dup = "remove one of them".to_string();
        let (kind, message, fix) = match ((first.role, term(first.role)), (e.role, term(e.role))) {
            ((_, Some((a, _))), (_, Some((b, _)))) if a == b => {
                (LintKind::Duplicate, same("listed in this indicator"), fix_dup)
            }
            ((_, Some((a, _))), (_, Some((b, _))))
                if self.dimension_of(a) != self.dimension_of(b) =>
            {
                (
                LintKind::DoubleCount,
                format!(
                    "term 「{}」 of {} is also {}: one sentence counts in two dimensions",
                    e.written,
                    self.indicator_name(b),
                    self.describe(first.role)
                ),
                "keep the term in the dimension it measures".to_string(),
            )
            }
            ((_, Some(_)), (_, Some((b, _)))) => (
                LintKind::SameDimension,
                format!(
                    "term 「{}」 of {} is also {}: one sentence counts for both indicators",
                    e.written,
                    self.indicator_name(b),
                    self.describe(first.role)
                ),
                "keep it in one indicator unless both are meant".to_string(),
            ),
            ((Role::Cue { .. } | Role::Unless { .. }, _), (_, Some((b, _)))) => (
                LintKind::CueTerm,
                format!(
                    "term 「{}」 of {} is also {}: every sentence with the term {}",
                    e.written,
                    self.indicator_name(b),
                    self.describe(first.role),
                    if matches!(first.role, Role::Cue { .. }) {
                        "is at least at that level"
                    } else {
                        "blocks that level's cues after it"
                    }
                ),
                "use a different phrase for the term or the cue, or accept it with `# lint: allow(cue-term)`"
                    .to_string(),
            ),
            ((Role::Exclude { indicator: a }, _), (Role::Exclude { indicator: b }, _)) if a == b => {
                (LintKind::Duplicate, same("an exclusion of this indicator"), fix_dup)
            }
            ((Role::Cue { level }, _), (Role::Cue { level: l }, _)) if level == l => {
                (LintKind::Duplicate, same("a cue of this level"), fix_dup)
            }
            ((Role::Cue { .. }, _), (Role::Cue { .. }, _)) => (
                LintKind::Duplicate,
                same("a cue of another level (the higher one decides)"),
                "keep it in one level".to_string(),
            ),
            ((Role::Unless { level }, _), (Role::Unless { level: l }, _)) if level == l => {
                (LintKind::Duplicate, same("an `unless` cue of this level"), fix_dup)
            }
            ((Role::Negation, _), (Role::Negation, _))
            | ((Role::Unit, _), (Role::Unit, _))
            | ((Role::Neutral, _), (Role::Neutral, _)) => (LintKind::Duplicate, same("in this list"), fix_dup),
            _ => return None,
        };
        Some((kind, e.path.clone(), message, fix))
    }
}
