//! What a phrase is in the rubric, in words: `term of dim/ind (all group
//! 2)`, `cue of level 3 (achieved)`...

use crate::matcher::Role;
use crate::score::Scorer;

/// `dimension/indicator` for an indicator index.
pub(super) fn indicator_label(scorer: &Scorer, index: u32) -> String {
    scorer.indicator_ref(index).map_or_else(
        || format!("#{index}"),
        |r| format!("{}/{}", r.dimension, r.id),
    )
}

/// The terms of the `group`-th `all` group of an indicator, in the matcher's
/// phrase order.
pub(super) fn group_terms(scorer: &Scorer, indicator: u32, group: usize) -> Vec<String> {
    let matcher = scorer.matcher();
    matcher
        .phrases()
        .iter()
        .enumerate()
        .filter(|(i, _)| {
            u32::try_from(*i).is_ok_and(|i| {
                matcher.roles(i).iter().any(|r| {
                    *r == Role::Term {
                        indicator,
                        group: u32::try_from(group).ok(),
                    }
                })
            })
        })
        .map(|(_, p)| p.clone())
        .collect()
}

/// Human-readable descriptions of a phrase's roles.
pub(super) fn describe_roles(scorer: &Scorer, roles: &[Role]) -> Vec<String> {
    let level = |idx: u32| match scorer.level_value(idx) {
        Some(value) => format!("level {value} ({})", scorer.level_name(value)),
        None => format!("level #{idx}"),
    };
    roles
        .iter()
        .map(|r| match *r {
            Role::Term {
                indicator,
                group: None,
            } => format!("term of {}", indicator_label(scorer, indicator)),
            Role::Term {
                indicator,
                group: Some(g),
            } => format!(
                "term of {} (all group {})",
                indicator_label(scorer, indicator),
                g + 1
            ),
            Role::Generic { indicator } => {
                format!("generic term of {}", indicator_label(scorer, indicator))
            }
            Role::Exclude { indicator } => {
                format!("exclusion of {}", indicator_label(scorer, indicator))
            }
            Role::Bound => "mechanism bound to generic terms".to_string(),
            Role::Context { rule } => format!("context word of rule {rule}"),
            Role::Scope => "scope term".to_string(),
            Role::ScopeExclude => "scope exclusion".to_string(),
            Role::Cue { level: l } => format!("cue of {}", level(l)),
            Role::Unless { level: l } => format!("unless cue of {}", level(l)),
            Role::Negation => "negation cue".to_string(),
            Role::Unit => "counting unit".to_string(),
            Role::Neutral => "neutral phrase".to_string(),
        })
        .collect()
}
