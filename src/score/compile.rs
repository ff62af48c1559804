//! Compiling a [`Rubric`] into a [`Scorer`]: every phrase normalized into
//! the matchers with its roles, indicators, levels and context rules into
//! flat tables.

use super::{
    largest_weight, CompiledDimension, CompiledIndicator, CompiledLevel, CompiledRule,
    CompiledScope, Scorer,
};
use crate::matcher::{JointScan, MatcherBuilder, Role};
use crate::normalize::{normalize_phrase, Normalizer};
use crate::rubric::{ContextRule, Place, Rubric, RubricError};

impl Scorer {
    /// Validates and compiles a rubric.
    ///
    /// ```
    /// # use zone_reform::{Rubric, Scorer};
    /// let rubric = Rubric::load(concat!(env!("CARGO_MANIFEST_DIR"), "/rubrics/zone_reform.toml"))?;
    /// let scorer = Scorer::new(&rubric)?;
    /// assert!(scorer.dimension_ids().any(|id| id == "one_stop"));
    /// # Ok::<(), zone_reform::RubricError>(())
    /// ```
    pub fn new(rubric: &Rubric) -> Result<Scorer, RubricError> {
        rubric.validate()?;
        let mut builder = MatcherBuilder::default();
        let mut add = |phrase: &str, role: Role| builder.add(normalize_phrase(phrase), role);
        let mut levels = Vec::with_capacity(rubric.levels.len());
        for (i, level) in rubric.levels.iter().enumerate() {
            let li = i as u32;
            level
                .cues
                .iter()
                .for_each(|c| add(c, Role::Cue { level: li }));
            level
                .unless
                .iter()
                .for_each(|c| add(c, Role::Unless { level: li }));
            levels.push(CompiledLevel {
                name: level.name.clone(),
                value: level.value,
                window: level.window.unwrap_or(rubric.evidence.cue_window),
            });
        }
        rubric
            .negation
            .cues
            .iter()
            .for_each(|c| add(c, Role::Negation));
        if rubric.levels.iter().any(|l| l.quantity) {
            rubric
                .quantity
                .units
                .iter()
                .for_each(|u| add(u, Role::Unit));
        }
        rubric
            .neutral
            .phrases
            .iter()
            .for_each(|p| add(p, Role::Neutral));
        rubric
            .generic
            .bound
            .iter()
            .for_each(|p| add(p, Role::Bound));

        // Context words and scope terms go into a matcher of their own.
        let mut context = MatcherBuilder::default();
        let mut rules = Vec::new();
        let mut add_rule = |rule: &ContextRule, global: bool| -> u32 {
            let index = rules.len() as u32;
            for w in &rule.words {
                context.add(normalize_phrase(w), Role::Context { rule: index });
            }
            rules.push(CompiledRule {
                id: rule.id.clone(),
                why: rule.why.clone(),
                within: rule.within,
                cap: rule.cap,
                global,
            });
            index
        };
        for rule in &rubric.context {
            add_rule(rule, true);
        }

        let mut dimensions = Vec::with_capacity(rubric.dimensions.len());
        let mut indicators = Vec::new();
        for (d, dim) in rubric.dimensions.iter().enumerate() {
            let first = indicators.len();
            let dimension_rules: Vec<u32> =
                dim.context.iter().map(|r| add_rule(r, false)).collect();
            // The one numbering of indicators the lint's roles use too.
            let numbered = rubric.indicators().filter(|(_, (at, _), _, _)| *at == d);
            for (idx, _, _, ind) in numbered {
                for t in &ind.any {
                    add(
                        t,
                        Role::Term {
                            indicator: idx,
                            group: None,
                        },
                    );
                }
                for t in &ind.generic {
                    add(t, Role::Generic { indicator: idx });
                }
                for (g, group) in ind.all.iter().enumerate() {
                    for t in group {
                        add(
                            t,
                            Role::Term {
                                indicator: idx,
                                group: Some(g as u32),
                            },
                        );
                    }
                }
                for t in &ind.exclude {
                    add(t, Role::Exclude { indicator: idx });
                }
                let all_mask = match ind.all.len() {
                    0 => 0,
                    n => u32::MAX >> (32 - n as u32),
                };
                indicators.push(CompiledIndicator {
                    id: ind.id.clone(),
                    name: ind.name.clone(),
                    weight: ind.weight,
                    share: ind.weight / largest_weight(dim.indicators.iter().map(|i| i.weight)),
                    all_mask,
                    rules: dimension_rules
                        .iter()
                        .copied()
                        .chain(ind.context.iter().map(|r| add_rule(r, false)))
                        .collect(),
                });
            }
            dimensions.push(CompiledDimension {
                id: dim.id.clone(),
                name: dim.name.clone(),
                weight: dim.weight,
                share: dim.weight / largest_weight(rubric.dimensions.iter().map(|d| d.weight)),
                indicators: first..indicators.len(),
            });
        }
        let scope = rubric.scope.as_ref().map(|scope| {
            for t in &scope.terms {
                context.add(normalize_phrase(t), Role::Scope);
            }
            for t in &scope.exclude {
                context.add(normalize_phrase(t), Role::ScopeExclude);
            }
            CompiledScope {
                name: scope
                    .name
                    .clone()
                    .unwrap_or_else(|| "the rubric's subject".to_string()),
                min_hits: scope.min_hits,
            }
        });
        let automaton_error = |e: aho_corasick::BuildError| RubricError::Syntax {
            place: Place::default(),
            message: format!("cannot build the phrase automaton: {e}"),
        };
        let matcher = builder.build().map_err(automaton_error)?;
        // Neutral phrases keep a context word or a scope term inside them
        // from counting, as they keep cues: 高校 (a university's own
        // staffing) inside 高校毕业生 (the graduates a zone hires).
        for p in &rubric.neutral.phrases {
            context.add(normalize_phrase(p), Role::Neutral);
        }
        let context_matcher = if rules.is_empty() && scope.is_none() {
            None
        } else {
            Some(context.build().map_err(automaton_error)?)
        };
        let mut scanned = vec![&matcher];
        scanned.extend(context_matcher.as_ref());
        let scan = JointScan::new(&scanned);
        let quantity_levels = rubric
            .levels
            .iter()
            .enumerate()
            .filter(|(_, l)| l.quantity)
            .fold(0u32, |mask, (i, _)| mask | 1 << i);
        Ok(Scorer {
            info: rubric.rubric.clone(),
            normalizer: Normalizer::default(),
            matcher,
            context_matcher,
            scan,
            levels,
            quantity_levels,
            dimensions,
            indicators,
            rules,
            scope,
            generic_cap: rubric.generic.cap,
            aggregation: rubric.aggregation.clone(),
        })
    }
}
