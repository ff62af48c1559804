//! Rubric: TOML text → [`Rubric`] (the serde model, validated).
//!
//! A rubric is data: evidence levels with their cues, negation cues, counting
//! units, neutral phrases, and dimensions made of indicators made of phrases.
//! [`Rubric::from_toml_str`] parses and validates; every error names the file,
//! line and column of the offending value and says how to fix it. A valid
//! rubric is compiled into a [`crate::Scorer`] by [`crate::Scorer::new`].

use std::path::Path;

mod check;
mod error;
mod locate;
mod model;

pub use error::{line_col, Place, RubricError};
pub use model::*;

pub(crate) use locate::locate;
use locate::nesting_over;

/// The text of `rubrics/zone_reform.toml`.
pub const BUILTIN: &str = include_str!("../../rubrics/zone_reform.toml");

/// Resource limits for rubrics, so a hostile file cannot exhaust memory.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RubricLimits {
    /// Maximum size of the TOML text in bytes.
    pub max_bytes: usize,
    /// Maximum number of phrases (terms, exclusions, cues, units, neutral).
    pub max_phrases: usize,
    /// Maximum nesting of arrays and tables in the TOML text.
    pub max_nesting: usize,
}

impl Default for RubricLimits {
    /// 4 MiB of TOML and 100 000 phrases are far beyond any hand-written
    /// rubric (the default one has a few hundred phrases); nesting deeper
    /// than 16 serves no rubric (the model itself nests 5 deep).
    fn default() -> Self {
        RubricLimits {
            max_bytes: 4 << 20,
            max_phrases: 100_000,
            max_nesting: 16,
        }
    }
}

/// The most `all` groups an indicator may have (they are tracked as bits).
pub const MAX_ALL_GROUPS: usize = 32;

impl Rubric {
    /// The default rubric shipped with the crate (`rubrics/zone_reform.toml`),
    /// compiled into the library. It is checked by the crate's tests, so the
    /// error case only arises if the file was edited into an invalid state.
    ///
    /// ```
    /// let rubric = zone_reform::Rubric::builtin()?;
    /// assert_eq!(rubric.rubric.id, "zone_reform");
    /// # Ok::<(), zone_reform::RubricError>(())
    /// ```
    pub fn builtin() -> Result<Rubric, RubricError> {
        Self::from_toml_str(BUILTIN, Some(Path::new("rubrics/zone_reform.toml")))
    }

    /// The rubric at `path`, or the built-in one when there is none: what
    /// a `--rubric PATH` option usually means.
    pub fn load_or_builtin(path: Option<&Path>) -> Result<Rubric, RubricError> {
        match path {
            Some(path) => Self::load(path),
            None => Self::builtin(),
        }
    }

    /// Reads and validates a rubric file.
    pub fn load(path: impl AsRef<Path>) -> Result<Rubric, RubricError> {
        Self::load_with_limits(path, RubricLimits::default())
    }

    /// Reads and validates a rubric file under the given limits.
    pub fn load_with_limits(
        path: impl AsRef<Path>,
        limits: RubricLimits,
    ) -> Result<Rubric, RubricError> {
        let path = path.as_ref();
        let io = |source| RubricError::Io {
            path: path.to_path_buf(),
            source,
        };
        let size = std::fs::metadata(path).map_err(io)?.len();
        if size > limits.max_bytes as u64 {
            return Err(RubricError::TooLarge {
                place: Place {
                    file: Some(path.to_path_buf()),
                    ..Place::default()
                },
                size: usize::try_from(size).unwrap_or(usize::MAX),
                limit: limits.max_bytes,
            });
        }
        let text = std::fs::read_to_string(path).map_err(io)?;
        Self::parse(&text, Some(path), limits)
    }

    /// Parses and validates a rubric from TOML text. `origin` names the file
    /// in error messages.
    ///
    /// ```
    /// let text = "levels = []\ndimensions = []\n[rubric]\nid = \"x\"\nversion = \"1\"\n";
    /// let err = zone_reform::Rubric::from_toml_str(text, None).unwrap_err();
    /// assert!(err.to_string().contains("no [[levels]]"));
    /// ```
    pub fn from_toml_str(text: &str, origin: Option<&Path>) -> Result<Rubric, RubricError> {
        Self::parse(text, origin, RubricLimits::default())
    }

    /// Like [`Rubric::from_toml_str`], under explicit limits.
    pub fn parse(
        text: &str,
        origin: Option<&Path>,
        limits: RubricLimits,
    ) -> Result<Rubric, RubricError> {
        let place_at = |offset: Option<usize>| Place {
            file: origin.map(Path::to_path_buf),
            line_col: offset.map(|o| line_col(text, o)),
            path: String::new(),
        };
        if text.len() > limits.max_bytes {
            return Err(RubricError::TooLarge {
                place: place_at(None),
                size: text.len(),
                limit: limits.max_bytes,
            });
        }
        if let Some((depth, offset)) = nesting_over(text, limits.max_nesting) {
            return Err(RubricError::TooDeep {
                place: place_at(Some(offset)),
                depth,
                limit: limits.max_nesting,
            });
        }
        let rubric: Rubric = toml::from_str(text).map_err(|e| {
            let place = place_at(e.span().map(|s| s.start));
            let message = e.message().trim().to_string();
            if message.starts_with("unknown field") {
                RubricError::UnknownField { place, message }
            } else {
                RubricError::Syntax { place, message }
            }
        })?;
        rubric.validate_with_limits(limits).map_err(|mut e| {
            if let Some(place) = e.place_mut() {
                place.file = origin.map(Path::to_path_buf);
                place.line_col = locate(text, &place.path).map(|o| line_col(text, o));
            }
            e
        })?;
        Ok(rubric)
    }

    /// Serializes the rubric back to TOML.
    pub fn to_toml_string(&self) -> Result<String, toml::ser::Error> {
        toml::to_string_pretty(self)
    }

    /// The highest level value (L_max), or 0 for a rubric without levels.
    pub fn max_level(&self) -> u32 {
        self.levels.last().map_or(0, |l| l.value)
    }
}
#[cfg(test)]
mod tests {
    use super::*;

    const MINIMAL: &str = r#"
[rubric]
id = "t"
version = "1"

[[levels]]
name = "mention"
value = 1

[[dimensions]]
id = "one_stop"
name = "一站式"

  [[dimensions.indicators]]
  id = "window"
  any = ["一窗受理"]
"#;

    fn err(text: &str) -> RubricError {
        match Rubric::from_toml_str(text, Some(Path::new("r.toml"))) {
            Ok(_) => panic!("expected an error for:\n{text}"),
            Err(e) => e,
        }
    }

    #[test]
    fn line_col_counts_characters_and_survives_odd_offsets() {
        let text = "\u{feff}a = 1\n管委会 = x";
        assert_eq!(line_col(text, 0), (1, 1));
        assert_eq!(
            line_col(text, 3),
            (1, 1),
            "the byte order mark is no column"
        );
        let x = text.find('x').unwrap_or(0);
        assert_eq!(line_col(text, x), (2, 7));
        // Inside a character: backed off to its start, never the whole text.
        let inside = text.find('委').unwrap_or(0) + 1;
        assert_eq!(line_col(text, inside), (2, 2));
        assert_eq!(line_col(text, usize::MAX), (2, 8));
    }

    #[test]
    fn builtin_rubric_is_valid() {
        if let Err(e) = Rubric::from_toml_str(BUILTIN, None) {
            panic!("{e}");
        }
        assert!(Rubric::builtin().is_ok());
    }

    #[test]
    fn minimal_rubric_parses_with_default_weights() {
        let r = Rubric::from_toml_str(MINIMAL, None).expect("valid");
        assert_eq!(r.dimensions[0].weight, 1.0);
        assert_eq!(r.max_level(), 1);
    }

    #[test]
    fn unknown_field_names_file_line_and_column() {
        let text = MINIMAL.replace("any = [", "anny = [");
        let e = err(&text);
        assert!(matches!(e, RubricError::UnknownField { .. }), "{e}");
        let msg = e.to_string();
        assert!(msg.starts_with("r.toml:16:3"), "{msg}");
        assert!(msg.contains("anny"), "{msg}");
    }

    #[test]
    fn empty_term_is_rejected_at_its_line() {
        let e = err(&MINIMAL.replace("[\"一窗受理\"]", "[\"一窗受理\", \"  \"]"));
        assert!(matches!(e, RubricError::EmptyPhrase { .. }), "{e}");
        assert!(e.to_string().starts_with("r.toml:16:18"), "{e}");
        assert!(e.to_string().contains("any[1]"), "{e}");
    }

    #[test]
    fn duplicate_dimension_id_is_rejected() {
        let text = format!(
            "{MINIMAL}\n[[dimensions]]\nid = \"one_stop\"\nname = \"x\"\n[[dimensions.indicators]]\nid = \"a\"\nany = [\"a\"]\n"
        );
        let e = err(&text);
        assert!(matches!(e, RubricError::DuplicateId { .. }), "{e}");
        assert!(e.to_string().starts_with("r.toml:19:6"), "{e}");
    }

    #[test]
    fn bad_weights_are_rejected() {
        for w in ["0.0", "-1.0", "nan", "inf"] {
            let e = err(&MINIMAL.replace(
                "name = \"一站式\"",
                &format!("name = \"一站式\"\nweight = {w}"),
            ));
            assert!(matches!(e, RubricError::BadWeight { .. }), "{w}: {e}");
            assert!(e.to_string().contains("r.toml:13:"), "{e}");
        }
    }

    #[test]
    fn levels_must_ascend() {
        let text = MINIMAL.replace(
            "value = 1\n",
            "value = 2\n\n[[levels]]\nname = \"b\"\nvalue = 2\n",
        );
        let e = err(&text);
        assert!(matches!(e, RubricError::LevelsNotAscending { .. }), "{e}");
        let zero = err(&MINIMAL.replace("value = 1", "value = 0"));
        assert!(
            matches!(zero, RubricError::LevelsNotAscending { .. }),
            "{zero}"
        );
    }

    #[test]
    fn indicator_without_terms_is_rejected() {
        let e = err(&MINIMAL.replace("any = [\"一窗受理\"]", ""));
        assert!(
            matches!(e, RubricError::IndicatorWithoutTerms { .. }),
            "{e}"
        );
    }

    /// MINIMAL with a second level and `extra` appended.
    fn two_levels(extra: &str) -> String {
        let levels =
            "[[levels]]\nname = \"mention\"\nvalue = 1\n\n[[levels]]\nname = \"done\"\nvalue = 2\n";
        format!(
            "{}{extra}",
            MINIMAL.replace("[[levels]]\nname = \"mention\"\nvalue = 1\n", levels)
        )
    }

    #[test]
    fn context_cap_must_be_zero_or_a_level_below_the_highest() {
        let rule = "\n[[context]]\nid = \"p\"\nwhy = \"w\"\nwords = [\"问题\"]\ncap = 2\n";
        let text = two_levels(rule);
        let e = err(&text);
        assert!(matches!(e, RubricError::BadCap { cap: 2, .. }), "{e}");
        let place = e.place().map(|p| (p.path.clone(), p.line_col));
        assert_eq!(place.as_ref().map(|p| p.0.as_str()), Some("context[0].cap"));
        assert!(place.and_then(|p| p.1).is_some(), "{e}");
        assert!(Rubric::from_toml_str(&text.replace("cap = 2", "cap = 1"), None).is_ok());
        assert!(Rubric::from_toml_str(&text.replace("cap = 2", "cap = 0"), None).is_ok());
    }

    #[test]
    fn context_rule_without_words_is_rejected() {
        let text = two_levels("\n[[context]]\nid = \"p\"\nwhy = \"w\"\nwords = []\n");
        let e = err(&text);
        assert!(matches!(e, RubricError::ContextWithoutWords { .. }), "{e}");
    }

    #[test]
    fn scope_needs_terms_and_at_least_one_hit() {
        let e = err(&two_levels("\n[scope]\nterms = []\n"));
        assert!(matches!(e, RubricError::EmptyScope { .. }), "{e}");
        let e = err(&two_levels("\n[scope]\nterms = [\"园区\"]\nmin_hits = 0\n"));
        assert!(matches!(e, RubricError::BadMinHits { .. }), "{e}");
        assert!(e.to_string().contains("r.toml:"), "{e}");
    }

    #[test]
    fn indicator_with_only_generic_terms_is_valid() {
        let text = two_levels("").replace("any = [\"一窗受理\"]", "generic = [\"审批服务\"]");
        assert!(Rubric::from_toml_str(&text, None).is_ok(), "{text}");
    }

    #[test]
    fn new_sections_survive_a_round_trip() {
        let text = two_levels(
            "\n[scope]\nterms = [\"园区\"]\nmin_hits = 2\n[evidence]\ncue_window = \"rest\"\n[[context]]\nid = \"p\"\nwhy = \"w\"\nwords = [\"问题\"]\nwithin = \"sentence\"\ncap = 1\n",
        );
        let rubric = Rubric::from_toml_str(&text, None).unwrap_or_else(|e| panic!("{e}"));
        let again = rubric.to_toml_string().unwrap_or_else(|e| panic!("{e}"));
        let back = Rubric::from_toml_str(&again, None).unwrap_or_else(|e| panic!("{e}\n{again}"));
        assert_eq!(back, rubric);
    }

    #[test]
    fn rubric_without_dimensions_is_rejected() {
        let e = err("dimensions = []\n[rubric]\nid = \"t\"\nversion = \"1\"\n[[levels]]\nname = \"m\"\nvalue = 1\n");
        assert!(matches!(e, RubricError::NoDimensions { .. }), "{e}");
    }

    #[test]
    fn phrase_with_sentence_break_is_rejected() {
        let e = err(&MINIMAL.replace("一窗受理", "一窗。受理"));
        assert!(matches!(e, RubricError::UnmatchablePhrase { .. }), "{e}");
    }

    #[test]
    fn phrase_with_full_width_sentence_break_is_rejected() {
        // Normalization folds `！？` to `!?`, which end a sentence too.
        for mark in ["！", "？", "!", "?"] {
            let e = err(&MINIMAL.replace("一窗受理", &format!("一窗{mark}受理")));
            assert!(
                matches!(e, RubricError::UnmatchablePhrase { .. }),
                "{mark}: {e}"
            );
        }
    }

    #[test]
    fn syntax_error_has_a_place() {
        let e = err("[rubric\nid = 1");
        assert!(matches!(e, RubricError::Syntax { .. }), "{e}");
        assert!(e.to_string().starts_with("r.toml:1:"), "{e}");
    }

    #[test]
    fn deep_nesting_is_refused_before_parsing() {
        let text = format!("x = {}{}", "[".repeat(10_000), "]".repeat(10_000));
        let e = err(&text);
        assert!(matches!(e, RubricError::TooDeep { .. }), "{e}");
    }

    #[test]
    fn brackets_in_strings_do_not_count_as_nesting() {
        let text = MINIMAL.replace("一窗受理", "[[[[[[[[[[[[[[[[[[[[一窗受理");
        assert!(Rubric::from_toml_str(&text, None).is_ok());
    }

    #[test]
    fn benchmark_settings_are_checked() {
        let ok = format!("{MINIMAL}\n[benchmark]\nfrontier = {{ one_stop = 90.0 }}\nworst = {{ total = 0.0 }}\nbands = [{{ name = \"优秀\", min = 85.0 }}, {{ name = \"合格\", min = 60.0 }}]\n");
        let r = Rubric::from_toml_str(&ok, None).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(r.benchmark.bands.len(), 2);
        for bad in [
            "frontier = { nope = 90.0 }",
            "frontier = { one_stop = 120.0 }",
            "frontier = { one_stop = 10.0 }\nworst = { one_stop = 20.0 }",
            "bands = [{ name = \"a\", min = 60.0 }, { name = \"b\", min = 70.0 }]",
        ] {
            let e = err(&format!("{MINIMAL}\n[benchmark]\n{bad}\n"));
            assert!(matches!(e, RubricError::BadBenchmark { .. }), "{bad}: {e}");
            let line = e.place().and_then(|p| p.line_col).map_or(0, |(l, _)| l);
            assert!(line >= 19, "{bad}: {e}");
        }
    }

    #[test]
    fn serialized_rubric_parses_back_equal() {
        let r = Rubric::from_toml_str(MINIMAL, None).expect("valid");
        let text = r.to_toml_string().expect("serializes");
        let back = Rubric::from_toml_str(&text, None).expect("parses back");
        assert_eq!(r, back);
    }
}
