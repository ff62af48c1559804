//! Checks of a parsed rubric: ids, weights, levels, phrases, benchmark settings.

use std::collections::HashSet;

use super::error::{at, Seg};
use super::{ContextRule, Place, Rubric, RubricError, RubricLimits, MAX_ALL_GROUPS};
use crate::normalize::normalize_phrase;

impl Rubric {
    /// Checks the rubric under default limits; see [`Rubric::validate_with_limits`].
    pub fn validate(&self) -> Result<(), RubricError> {
        self.validate_with_limits(RubricLimits::default())
    }

    /// Checks everything that [`Rubric::from_toml_str`] checks after parsing:
    /// ids, weights, levels, phrases. Errors carry the path of the value (and
    /// no line, since a rubric built in code has no text).
    pub fn validate_with_limits(&self, limits: RubricLimits) -> Result<(), RubricError> {
        let mut count = 0usize;
        let mut phrase = |path: &[Seg], p: &str| -> Result<(), RubricError> {
            count += 1;
            check_phrase(path, p)
        };
        if self.levels.is_empty() {
            return Err(RubricError::NoLevels {
                place: at(&[Seg::Key("levels")]),
            });
        }
        if self.levels.len() > 32 {
            return Err(RubricError::TooManyLevels {
                place: at(&[Seg::Key("levels")]),
                count: self.levels.len(),
            });
        }
        let mut previous = 0;
        for (i, level) in self.levels.iter().enumerate() {
            let path = [Seg::Key("levels"), Seg::Index(i)];
            if level.value <= previous {
                return Err(RubricError::LevelsNotAscending {
                    place: at(&[path[0], path[1], Seg::Key("value")]),
                    name: level.name.clone(),
                    value: level.value,
                    previous,
                });
            }
            previous = level.value;
            for (j, c) in level.cues.iter().enumerate() {
                phrase(&[path[0], path[1], Seg::Key("cues"), Seg::Index(j)], c)?;
            }
            for (j, c) in level.unless.iter().enumerate() {
                phrase(&[path[0], path[1], Seg::Key("unless"), Seg::Index(j)], c)?;
            }
        }
        for (j, c) in self.negation.cues.iter().enumerate() {
            phrase(&[Seg::Key("negation"), Seg::Key("cues"), Seg::Index(j)], c)?;
        }
        for (j, c) in self.quantity.units.iter().enumerate() {
            phrase(&[Seg::Key("quantity"), Seg::Key("units"), Seg::Index(j)], c)?;
        }
        for (j, c) in self.neutral.phrases.iter().enumerate() {
            phrase(
                &[Seg::Key("neutral"), Seg::Key("phrases"), Seg::Index(j)],
                c,
            )?;
        }
        if let Some(scope) = &self.scope {
            if scope.terms.is_empty() {
                return Err(RubricError::EmptyScope {
                    place: at(&[Seg::Key("scope"), Seg::Key("terms")]),
                });
            }
            if scope.min_hits == 0 {
                return Err(RubricError::BadMinHits {
                    place: at(&[Seg::Key("scope"), Seg::Key("min_hits")]),
                });
            }
            for (j, t) in scope.terms.iter().enumerate() {
                phrase(&[Seg::Key("scope"), Seg::Key("terms"), Seg::Index(j)], t)?;
            }
            for (j, t) in scope.exclude.iter().enumerate() {
                phrase(&[Seg::Key("scope"), Seg::Key("exclude"), Seg::Index(j)], t)?;
            }
        }
        for (r, rule) in self.context.iter().enumerate() {
            self.check_context(&[Seg::Key("context"), Seg::Index(r)], rule, &mut phrase)?;
        }
        let has_generic = self
            .dimensions
            .iter()
            .flat_map(|d| &d.indicators)
            .any(|i| !i.generic.is_empty());
        if has_generic {
            self.check_cap(
                &[Seg::Key("generic"), Seg::Key("cap")],
                self.generic.cap,
                false,
            )?;
        }
        for (j, t) in self.generic.bound.iter().enumerate() {
            phrase(&[Seg::Key("generic"), Seg::Key("bound"), Seg::Index(j)], t)?;
        }
        if self.dimensions.is_empty() {
            return Err(RubricError::NoDimensions {
                place: at(&[Seg::Key("dimensions")]),
            });
        }
        let mut dim_ids = HashSet::new();
        for (d, dim) in self.dimensions.iter().enumerate() {
            let dpath = [Seg::Key("dimensions"), Seg::Index(d)];
            check_id(&dpath, &dim.id, &mut dim_ids)?;
            check_weight(&dpath, dim.weight)?;
            if dim.indicators.is_empty() {
                return Err(RubricError::DimensionWithoutIndicators {
                    place: at(&[dpath[0], dpath[1], Seg::Key("indicators")]),
                    id: dim.id.clone(),
                });
            }
            for (r, rule) in dim.context.iter().enumerate() {
                let rpath = [dpath[0], dpath[1], Seg::Key("context"), Seg::Index(r)];
                self.check_context(&rpath, rule, &mut phrase)?;
            }
            let mut ind_ids = HashSet::new();
            for (i, ind) in dim.indicators.iter().enumerate() {
                let ipath = [dpath[0], dpath[1], Seg::Key("indicators"), Seg::Index(i)];
                check_id(&ipath, &ind.id, &mut ind_ids)?;
                check_weight(&ipath, ind.weight)?;
                if ind.any.is_empty() && ind.all.is_empty() && ind.generic.is_empty() {
                    return Err(RubricError::IndicatorWithoutTerms {
                        place: at(&ipath),
                        id: ind.id.clone(),
                    });
                }
                if ind.all.len() > MAX_ALL_GROUPS {
                    return Err(RubricError::TooManyGroups {
                        place: at(&[ipath[0], ipath[1], ipath[2], ipath[3], Seg::Key("all")]),
                        id: ind.id.clone(),
                        count: ind.all.len(),
                    });
                }
                for (j, t) in ind.any.iter().enumerate() {
                    phrase(
                        &[
                            ipath[0],
                            ipath[1],
                            ipath[2],
                            ipath[3],
                            Seg::Key("any"),
                            Seg::Index(j),
                        ],
                        t,
                    )?;
                }
                for (g, group) in ind.all.iter().enumerate() {
                    let gpath = [
                        ipath[0],
                        ipath[1],
                        ipath[2],
                        ipath[3],
                        Seg::Key("all"),
                        Seg::Index(g),
                    ];
                    if group.is_empty() {
                        return Err(RubricError::EmptyGroup { place: at(&gpath) });
                    }
                    for (j, t) in group.iter().enumerate() {
                        phrase(
                            &[
                                gpath[0],
                                gpath[1],
                                gpath[2],
                                gpath[3],
                                gpath[4],
                                gpath[5],
                                Seg::Index(j),
                            ],
                            t,
                        )?;
                    }
                }
                for (j, t) in ind.generic.iter().enumerate() {
                    phrase(
                        &[
                            ipath[0],
                            ipath[1],
                            ipath[2],
                            ipath[3],
                            Seg::Key("generic"),
                            Seg::Index(j),
                        ],
                        t,
                    )?;
                }
                for (r, rule) in ind.context.iter().enumerate() {
                    let rpath = [
                        ipath[0],
                        ipath[1],
                        ipath[2],
                        ipath[3],
                        Seg::Key("context"),
                        Seg::Index(r),
                    ];
                    self.check_context(&rpath, rule, &mut phrase)?;
                }
                for (j, t) in ind.exclude.iter().enumerate() {
                    phrase(
                        &[
                            ipath[0],
                            ipath[1],
                            ipath[2],
                            ipath[3],
                            Seg::Key("exclude"),
                            Seg::Index(j),
                        ],
                        t,
                    )?;
                }
            }
        }
        self.validate_benchmark()?;
        let level_values: Vec<u32> = self.levels.iter().map(|l| l.value).collect();
        self.aggregation
            .validate(&level_values, self.dimensions.len())
            .map_err(|source| RubricError::BadAggregation {
                place: Place {
                    path: source.path.clone(),
                    ..Place::default()
                },
                source,
            })?;
        if count > limits.max_phrases {
            return Err(RubricError::TooManyPhrases {
                place: at(&[]),
                count,
                limit: limits.max_phrases,
            });
        }
        Ok(())
    }
}

impl Rubric {
    /// A context rule needs an id, words, and a cap below the highest level.
    fn check_context(
        &self,
        path: &[Seg],
        rule: &ContextRule,
        phrase: &mut impl FnMut(&[Seg], &str) -> Result<(), RubricError>,
    ) -> Result<(), RubricError> {
        let key = |k: &'static str| {
            let mut p = path.to_vec();
            p.push(Seg::Key(k));
            p
        };
        if rule.id.trim().is_empty() {
            return Err(RubricError::EmptyId {
                place: at(&key("id")),
            });
        }
        if rule.words.is_empty() {
            return Err(RubricError::ContextWithoutWords {
                place: at(&key("words")),
                id: rule.id.clone(),
            });
        }
        let words = key("words");
        for (j, w) in rule.words.iter().enumerate() {
            let mut p = words.clone();
            p.push(Seg::Index(j));
            phrase(&p, w)?;
        }
        self.check_cap(&key("cap"), rule.cap, true)
    }

    /// A cap is the value of a level below the highest (a cap at the highest
    /// level caps nothing), or 0 where `zero` voids.
    fn check_cap(&self, path: &[Seg], cap: u32, zero: bool) -> Result<(), RubricError> {
        let below_top = &self.levels[..self.levels.len().saturating_sub(1)];
        let mut allowed: Vec<u32> = if zero { vec![0] } else { Vec::new() };
        allowed.extend(below_top.iter().map(|l| l.value));
        if allowed.contains(&cap) {
            return Ok(());
        }
        Err(RubricError::BadCap {
            place: at(path),
            cap,
            allowed,
        })
    }

    fn validate_benchmark(&self) -> Result<(), RubricError> {
        let spec = &self.benchmark;
        let known = |key: &str| key == "total" || self.dimensions.iter().any(|d| d.id == key);
        for (table, map) in [("frontier", &spec.frontier), ("worst", &spec.worst)] {
            for (key, &value) in map {
                let place = Place {
                    path: format!("benchmark.{table}.{key}"),
                    ..Place::default()
                };
                if !known(key) {
                    return Err(RubricError::BadBenchmark {
                        place,
                        problem: format!("{key:?} is neither a dimension id nor \"total\""),
                    });
                }
                if !(value.is_finite() && (0.0..=100.0).contains(&value)) {
                    return Err(RubricError::BadBenchmark {
                        place,
                        problem: format!("{value} is not a score on 0–100"),
                    });
                }
            }
        }
        for (key, &frontier) in &spec.frontier {
            if let Some(&worst) = spec.worst.get(key) {
                if frontier <= worst {
                    return Err(RubricError::BadBenchmark {
                        place: Place {
                            path: format!("benchmark.frontier.{key}"),
                            ..Place::default()
                        },
                        problem: format!("frontier {frontier} must be above worst {worst}"),
                    });
                }
            }
        }
        let mut previous = f64::INFINITY;
        for (i, band) in spec.bands.iter().enumerate() {
            let place = Place {
                path: format!("benchmark.bands[{i}].min"),
                ..Place::default()
            };
            if !(band.min.is_finite() && (0.0..=100.0).contains(&band.min)) || band.min >= previous
            {
                return Err(RubricError::BadBenchmark {
                    place,
                    problem: format!(
                        "band {:?} min {} must be on 0–100 and below the band before it",
                        band.name, band.min
                    ),
                });
            }
            previous = band.min;
        }
        Ok(())
    }
}

fn check_phrase(path: &[Seg], phrase: &str) -> Result<(), RubricError> {
    let normalized = normalize_phrase(phrase);
    if normalized.is_empty() {
        return Err(RubricError::EmptyPhrase {
            place: at(path),
            phrase: phrase.to_string(),
        });
    }
    if normalized.chars().any(crate::segment::is_terminator) {
        return Err(RubricError::UnmatchablePhrase {
            place: at(path),
            phrase: phrase.to_string(),
        });
    }
    Ok(())
}

fn check_id(path: &[Seg], id: &str, seen: &mut HashSet<String>) -> Result<(), RubricError> {
    let mut p = path.to_vec();
    p.push(Seg::Key("id"));
    if id.trim().is_empty() {
        return Err(RubricError::EmptyId { place: at(&p) });
    }
    if !seen.insert(id.to_string()) {
        return Err(RubricError::DuplicateId {
            place: at(&p),
            id: id.to_string(),
        });
    }
    Ok(())
}

fn check_weight(path: &[Seg], weight: f64) -> Result<(), RubricError> {
    if !(weight.is_finite() && weight > 0.0) {
        let mut p = path.to_vec();
        p.push(Seg::Key("weight"));
        return Err(RubricError::BadWeight {
            place: at(&p),
            weight,
        });
    }
    Ok(())
}
