//! Checks of settings that change nothing: cues of the lowest level,
//! units with no quantity level, weights too small to move the total,
//! context rules capped no lower than `[generic] cap`.

use super::{LintKind, Linter};

/// The total score runs from 0 to this many points.
const TOTAL_POINTS: f64 = 100.0;

/// A weight that cannot move the total by this many points is tiny: a
/// document would score the same with or without its evidence, to the
/// precision reports give.
const MIN_POINTS: f64 = 1.0;

impl Linter<'_> {
    /// A context rule that can never lower a level: its cap is at or above
    /// `[generic] cap`, and every indicator it applies to has generic terms
    /// only, which never rise above that cap without a bound mechanism...
    /// and a bound mechanism is what the rule would have to override.
    pub(super) fn context_rules(&mut self) {
        let generic_cap = self.rubric.generic.cap;
        let only_generic = |ind: &crate::rubric::Indicator| {
            ind.any.is_empty() && ind.all.is_empty() && !ind.generic.is_empty()
        };
        let mut found = Vec::new();
        for (d, dim) in self.rubric.dimensions.iter().enumerate() {
            let dim_only_generic = dim.indicators.iter().all(only_generic);
            for (r, rule) in dim.context.iter().enumerate() {
                if dim_only_generic && rule.cap >= generic_cap && rule.cap > 0 {
                    found.push((format!("dimensions[{d}].context[{r}].cap"), rule.id.clone()));
                }
            }
            for (i, ind) in dim.indicators.iter().enumerate() {
                for (r, rule) in ind.context.iter().enumerate() {
                    if only_generic(ind) && rule.cap >= generic_cap && rule.cap > 0 {
                        found.push((
                            format!("dimensions[{d}].indicators[{i}].context[{r}].cap"),
                            rule.id.clone(),
                        ));
                    }
                }
            }
        }
        for (path, id) in found {
            self.push(
                LintKind::NoEffect,
                &path,
                format!("context rule {id:?} caps at {} or above, but its indicators have generic terms only, which [generic] already caps there", generic_cap),
                "lower the cap (0 voids the term), or attach the rule where non-generic terms can reach higher levels".to_string(),
            );
        }
    }

    /// Level settings that change nothing.
    pub(super) fn levels(&mut self) {
        let rubric = self.rubric;
        if !rubric.levels.iter().any(|l| l.quantity) && !rubric.quantity.units.is_empty() {
            self.push(
                LintKind::NoEffect,
                "quantity.units",
                "no level has `quantity = true`, so the counting units are never used".to_string(),
                "set `quantity = true` on the level a counted result reaches, or remove [quantity]"
                    .to_string(),
            );
        }
        if let Some(lowest) = rubric.levels.first() {
            if !lowest.cues.is_empty() {
                self.push(
                    LintKind::NoEffect,
                    "levels[0].cues",
                    format!(
                        "cues of the lowest level ({}) lift a sentence nowhere: a sentence without cues is at that level already",
                        lowest.name
                    ),
                    "move them to a higher level, or remove them".to_string(),
                );
            }
        }
        for (l, level) in rubric.levels.iter().enumerate() {
            if !level.unless.is_empty() && level.cues.is_empty() && !level.quantity {
                self.push(
                    LintKind::NoEffect,
                    &format!("levels[{l}].unless"),
                    format!(
                        "level {} has `unless` cues but no cues and no quantities to block",
                        level.name
                    ),
                    "add cues to the level, or remove its `unless` list".to_string(),
                );
            }
        }
    }

    /// Weights too small to move the total by one point.
    pub(super) fn weights(&mut self) {
        let dims = &self.rubric.dimensions;
        let total: f64 = dims.iter().map(|d| d.weight).sum();
        if !(total.is_finite() && total > 0.0) {
            return;
        }
        let mut found = Vec::new();
        for (d, dim) in dims.iter().enumerate() {
            let share = TOTAL_POINTS * dim.weight / total;
            if share < MIN_POINTS {
                found.push((
                    format!("dimensions[{d}].weight"),
                    format!(
                        "dimension {} (weight {}) can move the total by at most {share:.2} points",
                        dim.id, dim.weight
                    ),
                    format!(
                        "raise its weight to at least {:.3}, or remove the dimension",
                        // The weight w at which TOTAL_POINTS · w / (rest + w)
                        // is MIN_POINTS, rest being the other weights.
                        (total - dim.weight) / (TOTAL_POINTS / MIN_POINTS - 1.0)
                    ),
                ));
                continue;
            }
            let inds: f64 = dim.indicators.iter().map(|i| i.weight).sum();
            for (i, ind) in dim.indicators.iter().enumerate() {
                let points = share * ind.weight / inds;
                if inds.is_finite() && points < MIN_POINTS {
                    found.push((
                        format!("dimensions[{d}].indicators[{i}].weight"),
                        format!(
                            "indicator {}.{} (weight {}) can move the total by at most {points:.2} points",
                            dim.id, ind.id, ind.weight
                        ),
                        "raise its weight, or merge it into another indicator".to_string(),
                    ));
                }
            }
        }
        for (path, message, suggestion) in found {
            self.push(LintKind::TinyWeight, &path, message, suggestion);
        }
    }
}
