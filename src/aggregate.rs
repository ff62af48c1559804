//! Aggregate: indicator levels → dimension scores and the total, as the
//! rubric's `[aggregation]` table says ([`Aggregation`] → [`PmcScore`]).
//!
//! Two methods:
//!
//! - **`weighted`** (the default, also when the table is absent): dimension
//!   score = Σ wᵢ·levelᵢ / (L_max·Σ wᵢ), total = 100 · Σ W_d·score_d / Σ W_d.
//!   The scorer computes it; this module leaves it as it is.
//! - **`pmc`**, the PMC index model (Policy Modeling Consistency, Ruiz
//!   Estrada 2011) as used in Chinese policy-text quantification: every
//!   indicator is a binary sub-variable, 1 when its level is at least
//!   `min_level`; a dimension (main variable) is the mean of its
//!   sub-variables, in [0, 1]; the document's PMC index is the sum of the
//!   dimension means, in [0, number of dimensions]. Weights play no part: the
//!   model counts policy elements, it does not weigh them.
//!
//! With `pmc`, the scorer reports the index in [`PmcScore`] and also
//! rewrites the figures everything downstream reads: a dimension's `score`
//! becomes its mean and the `total` becomes 100 · index / number of
//! dimensions. Ranks, percentiles, distance to frontier and gaps of a
//! benchmark are then computed on the PMC figures unchanged. A dimension's
//! `grade` stays the highest indicator level.
//!
//! PMC grade bands are rubric data (`bands`, on the index scale). The usual
//! scheme for nine main variables (完美 ≥ 8, 优秀 ≥ 6, 可接受 ≥ 4, 不良 below)
//! scales with the dimension count: for n dimensions, multiply by n/9.

use crate::rubric::Band;
use crate::score::DimensionScore;
use serde::{Deserialize, Serialize};

/// How indicator levels become dimension scores and a total (`[aggregation]`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Method {
    /// Weighted mean of levels (the scorer's own formulas).
    #[default]
    Weighted,
    /// PMC index: binary sub-variables, dimension means, their sum.
    Pmc,
}

/// The `[aggregation]` table of a rubric.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Aggregation {
    /// `"weighted"` (default) or `"pmc"`.
    #[serde(default)]
    pub method: Method,
    /// For `pmc`: the level value at which an indicator counts as 1. One of
    /// the rubric's level values; when absent, the lowest level (any
    /// evidence counts).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_level: Option<u32>,
    /// For `pmc`: grade bands on the index, from the highest `min` down; an
    /// index below every band gets none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub bands: Vec<Band>,
}

/// The PMC figures of one document or zone.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PmcScore {
    /// Σ of the dimension means, in [0, number of dimensions].
    pub index: f64,
    /// The number of dimensions: the largest possible index.
    pub max_index: usize,
    /// Each dimension's mean of its 0/1 sub-variables, in rubric order.
    pub dimensions: Vec<f64>,
    /// The band of the index, when the rubric defines bands and the index
    /// reaches one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub band: Option<String>,
    /// The level at which an indicator counts as 1.
    pub min_level: u32,
}

/// A problem with the `[aggregation]` table: the path of the value and what
/// is wrong, with how to fix it. [`crate::RubricError::BadAggregation`]
/// carries it with the file, line and column.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{problem}")]
pub struct AggregationError {
    /// The path of the offending value (`aggregation.bands[1].min`).
    pub path: String,
    /// What is wrong and how to fix it.
    pub problem: String,
}

impl Aggregation {
    /// True for the default: weighted, nothing else set.
    pub fn is_default(&self) -> bool {
        *self == Aggregation::default()
    }

    /// The level at which an indicator counts as 1 under `pmc`, given the
    /// value of the rubric's lowest level.
    pub fn threshold(&self, lowest_level: u32) -> u32 {
        self.min_level.unwrap_or(lowest_level)
    }

    /// Checks the table against the rubric's level values (ascending) and
    /// its dimension count.
    pub fn validate(&self, levels: &[u32], dimensions: usize) -> Result<(), AggregationError> {
        let fail = |path: String, problem: String| Err(AggregationError { path, problem });
        if self.method == Method::Weighted {
            if self.min_level.is_some() {
                return fail(
                    "aggregation.min_level".into(),
                    "min_level applies only to method = \"pmc\"; set method = \"pmc\" or remove min_level".into(),
                );
            }
            if !self.bands.is_empty() {
                return fail(
                    "aggregation.bands".into(),
                    "aggregation bands apply only to method = \"pmc\" (bands on the weighted total go in [benchmark]); set method = \"pmc\" or move them".into(),
                );
            }
            return Ok(());
        }
        if let Some(min) = self.min_level {
            if !levels.contains(&min) {
                let values: Vec<String> = levels.iter().map(u32::to_string).collect();
                return fail(
                    "aggregation.min_level".into(),
                    format!(
                        "min_level {min} is not a level value of this rubric; use one of {}",
                        values.join(", ")
                    ),
                );
            }
        }
        let top = dimensions as f64;
        let mut previous = f64::INFINITY;
        let mut names: Vec<&str> = Vec::with_capacity(self.bands.len());
        for (i, band) in self.bands.iter().enumerate() {
            if band.name.trim().is_empty() {
                return fail(
                    format!("aggregation.bands[{i}].name"),
                    "empty band name; name it, e.g. \"优秀\"".into(),
                );
            }
            if names.contains(&band.name.as_str()) {
                return fail(
                    format!("aggregation.bands[{i}].name"),
                    format!(
                        "band name {:?} is used twice; band names must be unique",
                        band.name
                    ),
                );
            }
            names.push(&band.name);
            if !(band.min.is_finite() && (0.0..=top).contains(&band.min)) {
                return fail(
                    format!("aggregation.bands[{i}].min"),
                    format!(
                        "band {:?} min {} is not on the PMC index scale 0–{dimensions} (the rubric has {dimensions} dimensions); scale the thresholds to the dimension count",
                        band.name, band.min
                    ),
                );
            }
            if band.min >= previous {
                return fail(
                    format!("aggregation.bands[{i}].min"),
                    format!(
                        "band {:?} min {} is not below the band before it ({previous}); list bands from the highest threshold down",
                        band.name, band.min
                    ),
                );
            }
            previous = band.min;
        }
        Ok(())
    }

    /// Applies the method to scores the scorer assembled with the weighted
    /// formulas. `weighted` leaves them as they are and returns `None`;
    /// `pmc` rewrites each dimension's `score` to its mean of 0/1
    /// sub-variables and `total` to 100 · index / number of dimensions, and
    /// returns the PMC figures. `lowest_level` is the value of the rubric's
    /// lowest level (the default `min_level`).
    pub fn apply(
        &self,
        lowest_level: u32,
        dimensions: &mut [DimensionScore],
        total: &mut f64,
    ) -> Option<PmcScore> {
        if self.method != Method::Pmc {
            return None;
        }
        let min_level = self.threshold(lowest_level);
        let means: Vec<f64> = dimensions
            .iter()
            .map(|d| dimension_mean(d.indicators.iter().map(|i| i.level), min_level))
            .collect();
        let index: f64 = means.iter().sum();
        for (d, &mean) in dimensions.iter_mut().zip(&means) {
            d.score = mean;
        }
        *total = if means.is_empty() {
            0.0
        } else {
            (100.0 * index / means.len() as f64).clamp(0.0, 100.0)
        };
        Some(PmcScore {
            index,
            max_index: means.len(),
            band: band_of(&self.bands, index).map(|b| b.name.clone()),
            dimensions: means,
            min_level,
        })
    }
}

/// The mean of an indicator list's 0/1 sub-variables (1 when the level is
/// at least `min_level`); 0 for no indicators.
pub fn dimension_mean(levels: impl Iterator<Item = u32>, min_level: u32) -> f64 {
    let (reached, count) = levels.fold((0usize, 0usize), |(r, n), level| {
        (r + usize::from(level >= min_level.max(1)), n + 1)
    });
    if count == 0 {
        0.0
    } else {
        reached as f64 / count as f64
    }
}

/// Slack for comparing an index with a band threshold: the index is a sum of
/// fractions such as 1/3, so 2/3 + 1/3 may fall a hair below 1.
const BAND_EPSILON: f64 = 1e-9;

/// The band of a PMC index: the first band (highest `min`) at or below it.
pub fn band_of(bands: &[Band], index: f64) -> Option<&Band> {
    bands.iter().find(|b| index + BAND_EPSILON >= b.min)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A dimension `id` whose indicators are at `levels` (rubric levels
    /// 1..=3), built through a scorer rather than by hand so that the test
    /// does not depend on every field of the score structs.
    fn dim(id: &str, levels: &[u32]) -> DimensionScore {
        let mut text = format!(
            "[rubric]\nid = \"t\"\nversion = \"1\"\n\
             [[levels]]\nname = \"a\"\nvalue = 1\n[[levels]]\nname = \"b\"\nvalue = 2\n\
             [[levels]]\nname = \"c\"\nvalue = 3\n\
             [[dimensions]]\nid = \"{id}\"\nname = \"{id}\"\n"
        );
        for i in 0..levels.len() {
            text.push_str(&format!(
                "[[dimensions.indicators]]\nid = \"i{i}\"\nany = [\"t{i}\"]\n"
            ));
        }
        let rubric = crate::Rubric::from_toml_str(&text, None).unwrap_or_else(|e| panic!("{e}"));
        let scorer = crate::Scorer::new(&rubric).unwrap_or_else(|e| panic!("{e}"));
        let mut score = scorer.combine(id, &[]);
        let mut dim = score.dimensions.remove(0);
        for (ind, &level) in dim.indicators.iter_mut().zip(levels) {
            ind.level = level;
        }
        dim.grade = levels.iter().copied().max().unwrap_or(0);
        dim
    }

    fn band(name: &str, min: f64) -> Band {
        Band {
            name: name.into(),
            min,
        }
    }

    fn pmc(min_level: Option<u32>, bands: Vec<Band>) -> Aggregation {
        Aggregation {
            method: Method::Pmc,
            min_level,
            bands,
        }
    }

    #[test]
    fn weighted_method_leaves_scores_alone() {
        let mut dims = vec![dim("a", &[3, 0])];
        dims[0].score = 0.5;
        let mut total = 50.0;
        assert_eq!(Aggregation::default().apply(1, &mut dims, &mut total), None);
        assert_eq!((dims[0].score, total), (0.5, 50.0));
    }

    #[test]
    fn pmc_index_matches_a_hand_computation() {
        // Levels 1..=3, min_level 2. Dimension a: levels 3, 1, 2 → 1, 0, 1 →
        // 2/3. b: 0, 2 → 0, 1 → 1/2. c: 1 → 0. Index 2/3 + 1/2 + 0 = 7/6;
        // total 100 · (7/6) / 3 = 38.888…
        let mut dims = vec![dim("a", &[3, 1, 2]), dim("b", &[0, 2]), dim("c", &[1])];
        let mut total = 0.0;
        let agg = pmc(
            Some(2),
            vec![band("好", 2.0), band("中", 1.0), band("差", 0.0)],
        );
        let p = agg
            .apply(1, &mut dims, &mut total)
            .unwrap_or_else(|| panic!("pmc gives figures"));
        assert!((p.index - 7.0 / 6.0).abs() < 1e-12, "{}", p.index);
        assert_eq!(p.max_index, 3);
        assert!((p.dimensions[0] - 2.0 / 3.0).abs() < 1e-12);
        assert_eq!(&p.dimensions[1..], &[0.5, 0.0]);
        assert!((total - 700.0 / 18.0).abs() < 1e-9, "{total}");
        assert!((dims[0].score - 2.0 / 3.0).abs() < 1e-12);
        assert_eq!(dims[2].grade, 1, "the grade stays the highest level");
        assert_eq!(p.band.as_deref(), Some("中"));
        assert_eq!(p.min_level, 2);
    }

    #[test]
    fn min_level_defaults_to_the_lowest_level() {
        let mut dims = vec![dim("a", &[1, 0])];
        let mut total = 0.0;
        let p = pmc(None, Vec::new()).apply(1, &mut dims, &mut total);
        assert_eq!(p.map(|p| (p.index, p.min_level)), Some((0.5, 1)));
        assert_eq!(total, 50.0);
    }

    #[test]
    fn index_reaching_a_threshold_through_fractions_gets_its_band() {
        // 1/3 + 2/3 sums to 1 only up to rounding.
        let mut dims = vec![dim("a", &[1, 0, 0]), dim("b", &[1, 1, 0])];
        let mut total = 0.0;
        let p = pmc(None, vec![band("一", 1.0), band("零", 0.0)]).apply(1, &mut dims, &mut total);
        assert_eq!(p.and_then(|p| p.band).as_deref(), Some("一"));
    }

    #[test]
    fn weighted_method_refuses_pmc_settings() {
        let agg = Aggregation {
            min_level: Some(1),
            ..Aggregation::default()
        };
        assert_eq!(
            agg.validate(&[1], 2).map_err(|e| e.path),
            Err("aggregation.min_level".to_string())
        );
        let agg = Aggregation {
            bands: vec![band("a", 1.0)],
            ..Aggregation::default()
        };
        assert!(agg.validate(&[1], 2).is_err());
    }

    #[test]
    fn min_level_must_be_a_level_value() {
        assert!(pmc(Some(2), Vec::new()).validate(&[1, 2, 3], 2).is_ok());
        for bad in [0, 4] {
            let e = pmc(Some(bad), Vec::new()).validate(&[1, 2, 3], 2);
            assert!(
                e.as_ref().is_err_and(|e| e.problem.contains("1, 2, 3")),
                "{bad}: {e:?}"
            );
        }
    }

    #[test]
    fn bands_must_descend_on_the_index_scale_with_unique_names() {
        let ok = pmc(
            None,
            vec![band("优秀", 4.0), band("合格", 2.0), band("不良", 0.0)],
        );
        assert!(ok.validate(&[1], 5).is_ok());
        for (bands, path) in [
            (vec![band("a", 6.0)], "aggregation.bands[0].min"),
            (vec![band("a", -1.0)], "aggregation.bands[0].min"),
            (vec![band("a", f64::NAN)], "aggregation.bands[0].min"),
            (
                vec![band("a", 1.0), band("b", 2.0)],
                "aggregation.bands[1].min",
            ),
            (
                vec![band("a", 2.0), band("b", 2.0)],
                "aggregation.bands[1].min",
            ),
            (
                vec![band("a", 2.0), band("a", 1.0)],
                "aggregation.bands[1].name",
            ),
            (vec![band(" ", 2.0)], "aggregation.bands[0].name"),
        ] {
            let e = pmc(None, bands.clone()).validate(&[1], 5);
            assert_eq!(e.map_err(|e| e.path), Err(path.to_string()), "{bands:?}");
        }
    }

    const RUBRIC: &str = r#"[rubric]
id = "t"
version = "1"

[[levels]]
name = "mention"
value = 1

[[levels]]
name = "done"
value = 2
cues = ["已"]

[aggregation]
method = "pmc"
min_level = 2
bands = [{ name = "好", min = 1.5 }, { name = "差", min = 0.0 }]

[[dimensions]]
id = "a"
name = "a"

  [[dimensions.indicators]]
  id = "x"
  any = ["一窗受理"]

  [[dimensions.indicators]]
  id = "y"
  any = ["马上办"]

[[dimensions]]
id = "b"
name = "b"

  [[dimensions.indicators]]
  id = "z"
  any = ["标准地"]
"#;

    fn parse(text: &str) -> Result<crate::Rubric, crate::RubricError> {
        crate::Rubric::from_toml_str(text, Some(std::path::Path::new("r.toml")))
    }

    #[test]
    fn pmc_rubric_scores_documents_as_the_model_says() {
        let rubric = parse(RUBRIC).unwrap_or_else(|e| panic!("{e}"));
        let scorer = crate::Scorer::new(&rubric).unwrap_or_else(|e| panic!("{e}"));
        // x at 2 (counts), y at 1 (below min_level), z at 2: a = 1/2, b = 1.
        let doc = crate::Document::from_text("d", "已推行一窗受理。马上办。已实行标准地。");
        let s = scorer.score(&doc);
        let p = s.pmc.as_ref().unwrap_or_else(|| panic!("pmc figures"));
        assert_eq!(p.dimensions, vec![0.5, 1.0]);
        assert_eq!(p.index, 1.5);
        assert_eq!(p.band.as_deref(), Some("好"));
        assert_eq!(s.total, 75.0);
        assert_eq!((s.dimensions[0].score, s.dimensions[0].grade), (0.5, 2));
        // A zone's combined score is aggregated the same way.
        let zone = scorer.combine("z", std::slice::from_ref(&s));
        assert_eq!(zone.pmc, s.pmc);
        assert_eq!(zone.total, 75.0);
    }

    #[test]
    fn aggregation_errors_name_file_line_and_column() {
        let e = parse(&RUBRIC.replace("min = 0.0", "min = 3.0"));
        let msg = e.map(|_| ()).map_err(|e| e.to_string());
        let Err(msg) = msg else {
            panic!("bands out of order must be refused");
        };
        assert!(msg.starts_with("r.toml:17:57"), "{msg}");
        assert!(msg.contains("aggregation.bands[1].min"), "{msg}");
        let e = parse(&RUBRIC.replace("min_level = 2", "min_level = 7"));
        let msg = e.map(|_| ()).map_err(|e| e.to_string());
        assert!(
            msg.as_ref().is_err_and(|m| m.starts_with("r.toml:16:13")),
            "{msg:?}"
        );
        let e = parse(&RUBRIC.replace("\"pmc\"", "\"pmx\""));
        let msg = e.map(|_| ()).map_err(|e| e.to_string());
        assert!(
            msg.as_ref()
                .is_err_and(|m| m.starts_with("r.toml:15:") && m.contains("pmc")),
            "{msg:?}"
        );
        let e = parse(&RUBRIC.replace("method = \"pmc\"", "method = \"pmc\"\nmethd = 1"));
        assert!(
            matches!(e, Err(crate::RubricError::UnknownField { .. })),
            "{e:?}"
        );
    }

    #[test]
    fn pmc_rubric_round_trips_through_toml() {
        let rubric = parse(RUBRIC).unwrap_or_else(|e| panic!("{e}"));
        let text = rubric.to_toml_string().unwrap_or_else(|e| panic!("{e}"));
        let back = parse(&text).unwrap_or_else(|e| panic!("{e}\n{text}"));
        assert_eq!(back.aggregation, rubric.aggregation);
        assert_eq!(back.aggregation.method, Method::Pmc);
    }

    #[test]
    fn empty_indicator_list_has_mean_zero() {
        assert_eq!(dimension_mean(std::iter::empty(), 1), 0.0);
    }
}
