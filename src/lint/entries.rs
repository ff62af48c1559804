//! The phrase table the checks read: every phrase of a [`Rubric`] as
//! written and normalized, with its [`Role`] and path, and the names
//! findings give to indicators and levels.

use super::{Finding, LintKind, Linter};
use crate::matcher::Role;
use crate::normalize::normalize_phrase;
use crate::rubric::{Dimension, Indicator, Place, Rubric};

/// One phrase of the rubric: as written, normalized, its role and path.
#[derive(Debug, Clone)]
pub(super) struct Entry {
    pub(super) written: String,
    pub(super) norm: String,
    /// The role the scorer gives it: indicators are numbered as the
    /// compiled scorer numbers them ([`Rubric::indicators`], as [`Linter::indicator`] reads it), levels by
    /// their index in the rubric.
    pub(super) role: Role,
    /// The path of the value, as [`crate::rubric::locate`] takes it.
    pub(super) path: String,
}

/// A term's indicator and `all` group (`None` for `any` and generic
/// terms). Generic terms count like `any` terms (capped), so every check
/// that asks about a term asks about them too.
pub(super) fn term(role: Role) -> Option<(u32, Option<u32>)> {
    match role {
        Role::Term { indicator, group } => Some((indicator, group)),
        Role::Generic { indicator } => Some((indicator, None)),
        _ => None,
    }
}

/// Every phrase of the rubric with its role, in rubric order: levels,
/// negation, units, neutral phrases, then each indicator's `any`, `all`,
/// `generic` and `exclude` lists.
pub(super) fn entries(rubric: &Rubric) -> Vec<Entry> {
    let mut out = Vec::new();
    let mut add = |written: &str, role: Role, path: String| {
        out.push(Entry {
            written: written.to_string(),
            norm: normalize_phrase(written),
            role,
            path,
        });
    };
    for (l, level) in rubric.levels.iter().enumerate() {
        let index = l as u32;
        for (j, c) in level.cues.iter().enumerate() {
            add(
                c,
                Role::Cue { level: index },
                format!("levels[{l}].cues[{j}]"),
            );
        }
        for (j, c) in level.unless.iter().enumerate() {
            add(
                c,
                Role::Unless { level: index },
                format!("levels[{l}].unless[{j}]"),
            );
        }
    }
    for (j, c) in rubric.negation.cues.iter().enumerate() {
        add(c, Role::Negation, format!("negation.cues[{j}]"));
    }
    for (j, c) in rubric.quantity.units.iter().enumerate() {
        add(c, Role::Unit, format!("quantity.units[{j}]"));
    }
    for (j, c) in rubric.neutral.phrases.iter().enumerate() {
        add(c, Role::Neutral, format!("neutral.phrases[{j}]"));
    }
    for (indicator, (d, i), _, ind) in rubric.indicators() {
        let base = format!("dimensions[{d}].indicators[{i}]");
        for (j, t) in ind.any.iter().enumerate() {
            let role = Role::Term {
                indicator,
                group: None,
            };
            add(t, role, format!("{base}.any[{j}]"));
        }
        for (g, group) in ind.all.iter().enumerate() {
            for (j, t) in group.iter().enumerate() {
                let role = Role::Term {
                    indicator,
                    group: Some(g as u32),
                };
                add(t, role, format!("{base}.all[{g}][{j}]"));
            }
        }
        for (j, t) in ind.generic.iter().enumerate() {
            add(
                t,
                Role::Generic { indicator },
                format!("{base}.generic[{j}]"),
            );
        }
        for (j, t) in ind.exclude.iter().enumerate() {
            let role = Role::Exclude { indicator };
            add(t, role, format!("{base}.exclude[{j}]"));
        }
    }
    out
}

impl Linter<'_> {
    pub(super) fn push(&mut self, kind: LintKind, path: &str, message: String, suggestion: String) {
        self.findings.push(Finding {
            kind,
            place: Place {
                file: None,
                line_col: None,
                path: path.to_string(),
            },
            message,
            suggestion,
        });
    }

    /// The indicator with index `index` (see [`Rubric::indicators`]): its
    /// dimension's index, the dimension, and the indicator.
    pub(super) fn indicator(&self, index: u32) -> Option<(usize, &Dimension, &Indicator)> {
        self.rubric
            .indicators()
            .nth(index as usize)
            .map(|(_, (d, _), dim, ind)| (d, dim, ind))
    }

    /// The index of the dimension indicator `index` belongs to.
    pub(super) fn dimension_of(&self, index: u32) -> Option<usize> {
        self.indicator(index).map(|(d, _, _)| d)
    }

    /// `dimension.indicator`, the ids findings name an indicator by.
    pub(super) fn indicator_name(&self, index: u32) -> String {
        let found = self.indicator(index);
        format!(
            "{}.{}",
            found.map_or("?", |(_, d, _)| d.id.as_str()),
            found.map_or("?", |(_, _, i)| i.id.as_str())
        )
    }

    fn level_name(&self, level: u32) -> String {
        self.rubric
            .levels
            .get(level as usize)
            .map_or_else(|| "?".to_string(), |l| l.name.clone())
    }

    /// What a phrase with `role` is, as findings say it.
    pub(super) fn describe(&self, role: Role) -> String {
        match role {
            Role::Term { indicator, .. } | Role::Generic { indicator } => {
                format!("a term of {}", self.indicator_name(indicator))
            }
            Role::Exclude { indicator } => {
                format!("an exclusion of {}", self.indicator_name(indicator))
            }
            Role::Cue { level } => format!("a cue of level {}", self.level_name(level)),
            Role::Unless { level } => {
                format!("an `unless` cue of level {}", self.level_name(level))
            }
            Role::Negation => "a negation cue".to_string(),
            Role::Unit => "a counting unit".to_string(),
            Role::Neutral => "a neutral phrase".to_string(),
            // Not entered by the lint (see `entries`); named for completeness.
            Role::Bound => "a mechanism bound to generic terms".to_string(),
            Role::Context { rule } => format!("a word of context rule {rule}"),
            Role::Scope => "a scope term".to_string(),
            Role::ScopeExclude => "a scope exclusion".to_string(),
        }
    }

    /// The entries whose normalized phrase is `norm`.
    pub(super) fn with_norm(&self, norm: &str) -> impl Iterator<Item = &Entry> {
        let norm = norm.to_string();
        self.entries.iter().filter(move |e| e.norm == norm)
    }
}
