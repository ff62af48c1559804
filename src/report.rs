//! Report: [`Benchmark`] → text in a [`Format`] (Markdown, JSON, CSV, HTML).
//!
//! [`Report`] renders one benchmark:
//!
//! - **Markdown** ([`Report::markdown`]): per period, the ranking table
//!   (rank, zone, total, each dimension's score with its grade), then
//!   standing (band, percentile, distance to frontier, rank interval under
//!   weight perturbation, group rank, change), distance to frontier by
//!   dimension, and each zone's gaps with the peer's evidence sentence.
//! - **JSON** ([`Report::json`]): every figure of the [`Benchmark`], with
//!   each zone's combined score and all its evidence.
//! - **CSV** ([`Report::csv`]): one row per period × zone × dimension.
//!   Every text cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage
//!   return (after any leading spaces) is prefixed with `'`, so a spreadsheet
//!   shows it as text instead of running it as a formula
//!   ([`neutralize_cell`]). Numeric cells are numbers the crate formats
//!   itself (a leading `-` there is a sign).
//! - **HTML** ([`Report::html`]): one self-contained page (inline CSS and
//!   SVG, no scripts, no external assets) with the ranking table, a bar chart
//!   of totals with rank intervals, a radar chart per zone, distances by
//!   dimension, the gap list and every evidence sentence; with a PMC rubric,
//!   also each zone's PMC surface ([`pmc_surface`]). All text from
//!   documents, manifest and rubric is HTML-escaped ([`escape_html`]).

mod html;
mod markdown;
mod pmc;
mod svg;
mod table;

pub use pmc::surface as pmc_surface;

use crate::benchmark::Benchmark;
use serde::Serialize;
use std::borrow::Cow;
use std::fmt;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::str::FromStr;

/// An output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Format {
    /// Markdown tables and lists.
    #[default]
    Markdown,
    /// One JSON object.
    Json,
    /// Comma-separated values, one row per zone × dimension.
    Csv,
    /// A self-contained HTML page.
    Html,
}

impl Format {
    /// The usual file extension.
    pub fn extension(&self) -> &'static str {
        match self {
            Format::Markdown => "md",
            Format::Json => "json",
            Format::Csv => "csv",
            Format::Html => "html",
        }
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.extension())
    }
}

impl FromStr for Format {
    type Err = ReportError;

    /// Parses `md` (or `markdown`), `json`, `csv` or `html`.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.to_ascii_lowercase().as_str() {
            "md" | "markdown" => Ok(Format::Markdown),
            "json" => Ok(Format::Json),
            "csv" => Ok(Format::Csv),
            "html" | "htm" => Ok(Format::Html),
            _ => Err(ReportError::UnknownFormat {
                value: s.to_string(),
            }),
        }
    }
}

/// What can go wrong when rendering or writing a report.
#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    /// An unknown format name.
    #[error("unknown report format {value:?}; use md, json, csv or html")]
    UnknownFormat {
        /// The name given.
        value: String,
    },
    /// JSON serialization failed.
    #[error("cannot write JSON: {0}")]
    Json(#[from] serde_json::Error),
    /// CSV writing failed.
    #[error("cannot write CSV: {0}")]
    Csv(#[from] csv::Error),
    /// The report could not be written to its writer.
    #[error("cannot write report: {source}")]
    Write {
        /// The I/O error.
        source: std::io::Error,
    },
    /// The output file could not be written.
    #[error("{path}: cannot write report: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// The I/O error.
        #[source]
        source: std::io::Error,
    },
}

/// A benchmark ready to render.
#[derive(Debug, Clone)]
pub struct Report<'a> {
    bench: &'a Benchmark,
    source: Option<String>,
}

/// The JSON report: the source, then every field of the benchmark.
#[derive(Serialize)]
struct JsonReport<'b> {
    #[serde(skip_serializing_if = "Option::is_none")]
    source: Option<&'b str>,
    #[serde(flatten)]
    benchmark: &'b Benchmark,
}

impl<'a> Report<'a> {
    /// A report of `bench`.
    pub fn new(bench: &'a Benchmark) -> Self {
        Report {
            bench,
            source: None,
        }
    }

    /// Names where the documents came from (e.g. the manifest path), shown
    /// in every format.
    pub fn with_source(mut self, source: impl Into<String>) -> Self {
        self.source = Some(source.into());
        self
    }

    /// The benchmark.
    pub fn benchmark(&self) -> &Benchmark {
        self.bench
    }

    /// The source, if set.
    pub fn source(&self) -> Option<&str> {
        self.source.as_deref()
    }

    /// Renders in `format`.
    pub fn render(&self, format: Format) -> Result<String, ReportError> {
        match format {
            Format::Markdown => Ok(self.markdown()),
            Format::Json => self.json(),
            Format::Csv => self.csv(),
            Format::Html => Ok(self.html()),
        }
    }

    /// Writes the report in `format` to `out`. JSON is serialized straight
    /// into the writer, without the whole report as one string first (on a
    /// large benchmark the report is larger than the benchmark); the other
    /// formats are rendered, then written.
    pub fn write_to(&self, format: Format, out: &mut dyn Write) -> Result<(), ReportError> {
        let written = match format {
            Format::Json => match serde_json::to_writer_pretty(&mut *out, &self.json_document()) {
                // A value JSON cannot hold is a JSON error; the writer failing
                // is a write error, like the other formats'.
                Err(e) if !e.is_io() => return Err(e.into()),
                Err(e) => Err(std::io::Error::from(e)),
                Ok(()) => out.write_all(b"\n"),
            },
            _ => out.write_all(self.render(format)?.as_bytes()),
        };
        written.map_err(|source| ReportError::Write { source })
    }

    /// Renders in `format` and writes the file at `path`.
    pub fn write(&self, format: Format, path: &Path) -> Result<(), ReportError> {
        let io_error = |source| ReportError::Io {
            path: path.to_path_buf(),
            source,
        };
        let file = std::fs::File::create(path).map_err(io_error)?;
        let mut out = std::io::BufWriter::new(file);
        match self.write_to(format, &mut out) {
            Err(ReportError::Write { source }) => Err(io_error(source)),
            other => other,
        }?;
        out.flush().map_err(io_error)
    }

    /// The Markdown report.
    pub fn markdown(&self) -> String {
        markdown::render(self)
    }

    /// The JSON report: `{"source": ..., "rubric": ..., "periods": [...], ...}`
    /// with every field of [`Benchmark`].
    pub fn json(&self) -> Result<String, ReportError> {
        let mut text = serde_json::to_string_pretty(&self.json_document())?;
        text.push('\n');
        Ok(text)
    }

    /// What [`Report::json`] serializes.
    fn json_document(&self) -> JsonReport<'_> {
        JsonReport {
            source: self.source.as_deref(),
            benchmark: self.bench,
        }
    }

    /// The CSV report, one row per period × zone × dimension.
    pub fn csv(&self) -> Result<String, ReportError> {
        table::render(self)
    }

    /// The self-contained HTML page.
    pub fn html(&self) -> String {
        html::render(self)
    }
}

/// Escapes `&`, `<`, `>`, `"` and `'` for HTML text and attribute values.
pub fn escape_html(text: &str) -> Cow<'_, str> {
    if !text.contains(['&', '<', '>', '"', '\'']) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// Guards a CSV text cell against spreadsheet formula injection: a cell
/// whose first non-space character is `=`, `+`, `-` or `@`, or that starts
/// with a tab or carriage return, gets a leading `'`.
pub fn neutralize_cell(text: &str) -> Cow<'_, str> {
    let risky = text.starts_with(['\t', '\r'])
        || text
            .trim_start_matches(' ')
            .starts_with(['=', '+', '-', '@']);
    if risky {
        Cow::Owned(format!("'{text}"))
    } else {
        Cow::Borrowed(text)
    }
}

/// A number on 0–100 with one decimal, as the tables show it.
fn fmt1(x: f64) -> String {
    format!("{x:.1}")
}

/// A number with at most 6 decimals, trailing zeros dropped (`0.1`, not
/// `0.09999999999999998`).
fn short(x: f64) -> String {
    let s = format!("{x:.6}");
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

/// How the rank intervals were drawn, in one sentence (no markup), or
/// `None` when the sensitivity analysis was skipped. Every report format
/// states the method with these words.
fn sensitivity_method(s: &crate::benchmark::SensitivityOptions) -> Option<String> {
    (s.draws > 0).then(|| {
        format!(
            "Rank intervals: {} draws with seed {}, each dimension weight multiplied by an independent factor uniform on [{}, {}); totals recomputed from the dimension scores and zones re-ranked.",
            s.draws,
            s.seed,
            short(1.0 - s.spread),
            short(1.0 + s.spread)
        )
    })
}

/// A signed change with one decimal (`+2.5`, `-1.0`, `±0.0`).
fn signed1(x: f64) -> String {
    if x.abs() < 0.05 {
        "±0.0".to_string()
    } else {
        format!("{x:+.1}")
    }
}

/// At most `max` characters, with an ellipsis when cut.
fn clip(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_string()
    } else {
        let mut s: String = text.chars().take(max.saturating_sub(1)).collect();
        s.push('…');
        s
    }
}

/// One line of text: line breaks and tabs become spaces.
/// How many term hits that did not count a report lists per zone; the
/// rest are summed up in one line.
const NOT_COUNTED: usize = 3;

/// What a zone's score did not count, one line each, for the reports: the
/// scope decision when the zone is out of scope, then up to `max` term hits
/// voided by context or negated (with how many more there are).
fn not_counted(score: &crate::ZoneScore, max: usize) -> Vec<String> {
    let mut lines = Vec::new();
    if let Some(scope) = score.scope.as_ref().filter(|s| !s.in_scope) {
        lines.push(scope.reason.clone());
    }
    let discounted: Vec<_> = score
        .dimensions
        .iter()
        .flat_map(|d| d.indicators.iter().map(move |i| (d, i)))
        .flat_map(|(d, i)| i.discounted.iter().map(move |x| (d, i, x)))
        .collect();
    for (d, i, x) in discounted.iter().take(max) {
        lines.push(format!(
            "{}/{}: {} not counted, {}: 「{}」",
            d.id,
            i.id,
            x.term,
            x.why,
            clip(&one_line(&x.text), 60)
        ));
    }
    if discounted.len() > max {
        lines.push(format!(
            "and {} more term hits not counted (zone-reform explain shows them all)",
            discounted.len() - max
        ));
    }
    lines
}

fn one_line(text: &str) -> String {
    text.split(['\n', '\r', '\t'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sensitivity_method_names_draws_seed_and_factor_range() {
        use crate::benchmark::SensitivityOptions;
        let s = SensitivityOptions {
            draws: 500,
            seed: 9,
            spread: 0.2,
            ..SensitivityOptions::default()
        };
        let text = sensitivity_method(&s).unwrap_or_default();
        assert!(text.contains("500 draws with seed 9"), "{text}");
        assert!(text.contains("uniform on [0.8, 1.2)"), "{text}");
        let none = SensitivityOptions { draws: 0, ..s };
        assert_eq!(sensitivity_method(&none), None);
    }

    #[test]
    fn html_escape_turns_markup_into_text() {
        assert_eq!(
            escape_html("<script>alert('x') && \"y\"</script>"),
            "&lt;script&gt;alert(&#39;x&#39;) &amp;&amp; &quot;y&quot;&lt;/script&gt;"
        );
        assert!(matches!(escape_html("一站式服务"), Cow::Borrowed(_)));
    }

    #[test]
    fn csv_cells_starting_with_formula_characters_are_neutralized() {
        for risky in [
            "=cmd|' /C calc'!A0",
            "+1",
            "-2+3",
            "@SUM(A1)",
            "\t=1",
            "  =1",
        ] {
            assert_eq!(neutralize_cell(risky), format!("'{risky}"), "{risky}");
        }
        for safe in ["一站式", "a=b", "", "'quoted"] {
            assert_eq!(neutralize_cell(safe), safe);
        }
    }

    #[test]
    fn formats_parse_from_their_names() {
        assert_eq!("md".parse::<Format>().ok(), Some(Format::Markdown));
        assert_eq!("HTML".parse::<Format>().ok(), Some(Format::Html));
        assert!("pdf".parse::<Format>().is_err());
        assert_eq!(Format::Csv.to_string(), "csv");
    }

    #[test]
    fn changes_are_signed() {
        assert_eq!(signed1(2.46), "+2.5");
        assert_eq!(signed1(-1.0), "-1.0");
        assert_eq!(signed1(0.01), "±0.0");
    }

    #[test]
    fn short_numbers_drop_float_noise() {
        assert_eq!(short(1.0 - 0.9), "0.1");
        assert_eq!(short(1.5), "1.5");
        assert_eq!(short(2.0), "2");
    }

    #[test]
    fn one_line_joins_lines() {
        assert_eq!(one_line("a\n b\r\n\tc"), "a b c");
    }
}
