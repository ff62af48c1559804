//! Checks of a phrase inside a longer one: exclusions and neutral phrases
//! that shield nothing or the wrong thing, terms and cues swallowed by a
//! longer phrase (matching is leftmost-longest).

use super::entries::{term, Entry};
use super::{LintKind, Linter};
use crate::matcher::Role;
use crate::normalize::normalize_phrase;
use std::collections::BTreeMap;

impl Linter<'_> {
    /// Exclusions equal to a term of their own indicator exclude nothing;
    /// exclusions containing no term of their indicator have no effect on
    /// it (and may swallow other indicators' terms).
    pub(super) fn exclusions(&mut self) {
        let mut found = Vec::new();
        for e in &self.entries {
            let Role::Exclude { indicator } = e.role else {
                continue;
            };
            let own = |o: &&Entry| term(o.role).is_some_and(|(i, _)| i == indicator);
            let name = self.indicator_name(indicator);
            if self.entries.iter().filter(own).any(|o| o.norm == e.norm) {
                found.push((
                    LintKind::NeverCounts,
                    e.path.clone(),
                    format!("exclusion 「{}」 is also a term of {name}; a phrase keeps all its roles, so it still counts and excludes nothing", e.written),
                    "remove the exclusion, or the term".to_string(),
                ));
                continue;
            }
            let swallows_own = self
                .entries
                .iter()
                .filter(own)
                .any(|o| e.norm.contains(&o.norm));
            if !swallows_own {
                let others: Vec<String> = self
                    .entries
                    .iter()
                    .filter(|o| {
                        (term(o.role).is_some()
                            || matches!(o.role, Role::Cue { .. } | Role::Negation))
                            && o.norm != e.norm
                            && e.norm.contains(&o.norm)
                            && !self.carries(&e.norm, o.role)
                    })
                    .map(|o| format!("「{}」 ({})", o.written, self.describe(o.role)))
                    .collect();
                let also = if others.is_empty() {
                    String::new()
                } else {
                    format!("; it does swallow {}", others.join(", "))
                };
                found.push((
                    LintKind::NoEffect,
                    e.path.clone(),
                    format!(
                        "exclusion 「{}」 contains no term of {name}, so it excludes nothing from it{also}",
                        e.written
                    ),
                    format!("remove it, or write the longer phrase around a term of {name} that should not count"),
                ));
            }
        }
        for (kind, path, message, suggestion) in found {
            self.push(kind, &path, message, suggestion);
        }
    }

    /// Neutral phrases must count for nothing and shield something.
    pub(super) fn neutral_phrases(&mut self) {
        let mut found = Vec::new();
        let context_phrases = self.context_phrases();
        for e in self.entries.iter().filter(|e| e.role == Role::Neutral) {
            if let Some(o) = self
                .with_norm(&e.norm)
                .find(|o| !matches!(o.role, Role::Neutral | Role::Exclude { .. }))
            {
                found.push((
                    LintKind::NoEffect,
                    e.path.clone(),
                    format!(
                        "neutral phrase 「{}」 is also {} ({}): a phrase keeps all its roles, so it counts as that, and it shields the words inside it either way; the neutral listing adds nothing",
                        e.written,
                        self.describe(o.role),
                        o.path
                    ),
                    "remove it from [neutral] (or from the other list, if it should count for nothing)"
                        .to_string(),
                ));
                continue;
            }
            let inside = |norm: &str| norm.len() < e.norm.len() && e.norm.contains(norm);
            let shields = self.entries.iter().any(|o| {
                !matches!(o.role, Role::Neutral | Role::Exclude { .. }) && inside(&o.norm)
            }) || context_phrases.iter().any(|c| inside(c));
            if !shields {
                found.push((
                    LintKind::NoEffect,
                    e.path.clone(),
                    format!(
                        "neutral phrase 「{}」 contains no cue, term, unit, context word or scope term, so it shields nothing",
                        e.written
                    ),
                    "remove it".to_string(),
                ));
            }
        }
        for (kind, path, message, suggestion) in found {
            self.push(kind, &path, message, suggestion);
        }
    }

    /// The phrases of the context matcher, normalized: every context rule's
    /// words (global, per dimension, per indicator) and the scope's terms
    /// and exclusions. Neutral phrases shield these too.
    fn context_phrases(&self) -> Vec<String> {
        let r = self.rubric;
        let rules = r.context.iter().chain(r.dimensions.iter().flat_map(|d| {
            d.context
                .iter()
                .chain(d.indicators.iter().flat_map(|i| i.context.iter()))
        }));
        let scope = r
            .scope
            .iter()
            .flat_map(|s| s.terms.iter().chain(&s.exclude));
        rules
            .flat_map(|rule| rule.words.iter())
            .chain(scope)
            .map(|w| normalize_phrase(w))
            .collect()
    }

    /// Whether the phrase `norm` has, in some entry, the effect `role` has:
    /// then swallowing `role`'s phrase inside it loses nothing.
    fn carries(&self, norm: &str, role: Role) -> bool {
        self.with_norm(norm)
            .any(|o| match (term(role), term(o.role)) {
                // A term of the same indicator, in any group or in the same one.
                (Some((indicator, group)), Some((i, g))) => {
                    i == indicator && (g.is_none() || g == group)
                }
                (Some((indicator, _)), None) => o.role == Role::Exclude { indicator },
                (None, _) => match (role, o.role) {
                    (Role::Cue { level }, Role::Cue { level: l }) => l >= level,
                    (a, b) => a == b,
                },
            })
    }

    /// Terms and cues that do not count where they are part of a longer
    /// phrase that lacks their role: one finding per phrase and kind,
    /// naming every longer phrase.
    pub(super) fn swallowed(&mut self) {
        let mut found = Vec::new();
        for p in &self.entries {
            let is_term = term(p.role).is_some();
            if !is_term && !matches!(p.role, Role::Cue { .. }) {
                continue;
            }
            let mut by_kind: BTreeMap<LintKind, Vec<&Entry>> = BTreeMap::new();
            for q in &self.entries {
                if q.norm.len() <= p.norm.len()
                    || !q.norm.contains(&p.norm)
                    || self.carries(&q.norm, p.role)
                {
                    continue;
                }
                let kind = match (term(p.role), q.role, term(q.role)) {
                    (Some((a, _)), Role::Exclude { indicator: b }, _) if a != b => {
                        LintKind::Swallowed
                    }
                    (Some((a, _)), _, Some((b, _)))
                        if self.dimension_of(a) != self.dimension_of(b) =>
                    {
                        LintKind::Swallowed
                    }
                    (Some(_), _, Some(_)) => LintKind::Shadowed,
                    (None, _, Some(_)) if matches!(p.role, Role::Cue { .. }) => LintKind::Shadowed,
                    _ => continue,
                };
                let list = by_kind.entry(kind).or_default();
                if !list.iter().any(|e| e.norm == q.norm) {
                    list.push(q);
                }
            }
            for (kind, qs) in by_kind {
                let longer: Vec<String> = qs
                    .iter()
                    .map(|q| format!("「{}」 ({})", q.written, self.describe(q.role)))
                    .collect();
                let what = if is_term { "term" } else { "cue" };
                let fix = match (term(p.role), kind) {
                    (_, LintKind::Shadowed) if !is_term => {
                        "if the longer term should lift its sentence too, add it to the level's cues"
                            .to_string()
                    }
                    (Some((indicator, _)), _) => format!(
                        "if the longer phrase is evidence for {} too, add it to that indicator's terms (or narrow the exclusion); if not, accept it with `# lint: allow({kind})`",
                        self.indicator_name(indicator)
                    ),
                    _ => format!("accept it with `# lint: allow({kind})`"),
                };
                found.push((
                    kind,
                    p.path.clone(),
                    format!(
                        "{what} 「{}」 ({}) never counts where it is part of {}",
                        p.written,
                        self.describe(p.role),
                        longer.join(", ")
                    ),
                    fix,
                ));
            }
        }
        for (kind, path, message, suggestion) in found {
            self.push(kind, &path, message, suggestion);
        }
    }
}
