//! Lint: a valid rubric → [`Finding`]s about phrases and weights that do not
//! do what they seem to, each with its file:line:col and a suggested fix.
//!
//! A rubric can be valid and still wrong: a term that an exclusion of
//! another indicator swallows, a phrase counted in two dimensions, a cue
//! that is also a term, a weight too small to move the total. The checks
//! follow the matching rules (see the crate docs): every phrase is
//! normalized and matched leftmost-longest, and a phrase written twice keeps
//! all its roles.
//!
//! | kind | severity | what |
//! |---|---|---|
//! | `never-counts` | error | a term that is also a negation cue (it cancels itself); an exclusion equal to a term of its own indicator (a phrase keeps all its roles, so it still counts and excludes nothing) |
//! | `all-never-meet` | error | an indicator with an `all` group none of whose terms can count, so its groups never meet in one sentence |
//! | `boilerplate` | warning | a phrase holding a boilerplate marker (`本站`, `版权所有`...): its line is dropped unless longer than 200 characters |
//! | `closing-mark` | warning | a phrase that starts with a mark read as closing the previous sentence (`"`, `'`, `)`, `”`, `」`...): after `。！？` the hit straddles two sentences and is lost |
//! | `swallowed` | warning | a term that never counts where it is part of a longer phrase of the rubric: an exclusion of another indicator, or a term of another dimension |
//! | `no-effect` | warning | an exclusion that contains no term of its indicator; a neutral phrase that contains no phrase, or that is also a cue or term (it counts as that); units when no level takes quantities; `unless` cues of a level without cues; cues of the lowest level |
//! | `double-count` | warning | the same term in two dimensions |
//! | `cue-term` | warning | a level cue or `unless` cue that is also a term |
//! | `duplicate` | warning | the same phrase twice in one indicator, level or list |
//! | `tiny-weight` | warning | a dimension (or an indicator) whose weight cannot move the total by one point |
//! | `shadowed` | note | a cue, or a term, that does not count where it is part of a longer term (of the same dimension, for a term) |
//! | `same-dimension` | note | the same term in two indicators of one dimension |
//! | `normalized` | note | a phrase that normalization changes (Traditional, full-width, upper case, gloss): fine, but matched in its normalized form |
//!
//! A finding that is intended is accepted with a comment on its line, or
//! on a comment line right above it: `# lint: allow(cue-term)` (several
//! kinds separated by commas). Accepted findings are kept apart in
//! [`Lint::allowed`].
//!
//! ```
//! let lint = zone_reform::lint::lint_toml(r#"
//!     [rubric]
//!     id = "t"
//!     version = "1"
//!     [[levels]]
//!     name = "mention"
//!     value = 1
//!     [negation]
//!     cues = ["未"]
//!     [[dimensions]]
//!     id = "a"
//!     name = "A"
//!       [[dimensions.indicators]]
//!       id = "x"
//!       any = ["一窗受理", "未"]
//! "#, None)?;
//! let finding = &lint.findings[0];
//! assert_eq!(finding.kind, zone_reform::lint::LintKind::NeverCounts);
//! assert_eq!(finding.place.line_col, Some((15, 22)));
//! assert!(lint.has_errors());
//! # Ok::<(), zone_reform::RubricError>(())
//! ```

mod entries;
mod overlap;
mod roles;
mod settings;
mod text;

use crate::rubric::{line_col, locate, Place, Rubric, RubricError};
use entries::{entries, Entry};
use std::fmt;
use std::path::Path;

/// How serious a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// Worth knowing; nothing is wrong.
    Note,
    /// Probably not what the author meant.
    Warning,
    /// Certainly a defect: something in the rubric can never work.
    Error,
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Severity::Note => "note",
            Severity::Warning => "warning",
            Severity::Error => "error",
        })
    }
}

/// What a finding is about; see the table in the module docs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum LintKind {
    /// A phrase that can never count in its role.
    NeverCounts,
    /// An `all` indicator whose groups can never meet in one sentence.
    AllNeverMeet,
    /// A phrase holding a boilerplate marker.
    Boilerplate,
    /// A phrase starting with a mark that closes the previous sentence.
    ClosingMark,
    /// A term swallowed by a longer phrase of another indicator.
    Swallowed,
    /// A phrase or setting that changes nothing.
    NoEffect,
    /// The same term in two dimensions.
    DoubleCount,
    /// A cue that is also a term.
    CueTerm,
    /// The same phrase twice in one place.
    Duplicate,
    /// A weight too small to move the total by one point.
    TinyWeight,
    /// A cue, or a term of the same dimension, swallowed by a longer term.
    Shadowed,
    /// The same term in two indicators of one dimension.
    SameDimension,
    /// A phrase that normalization changes.
    Normalized,
    /// A sample document (the seeds, say) that the rubric's `[scope]` puts
    /// out of scope: see [`scope_findings`].
    OutOfScope,
}

impl LintKind {
    /// Every kind, in order of the module docs.
    pub const ALL: [LintKind; 14] = [
        LintKind::NeverCounts,
        LintKind::AllNeverMeet,
        LintKind::Boilerplate,
        LintKind::ClosingMark,
        LintKind::Swallowed,
        LintKind::NoEffect,
        LintKind::DoubleCount,
        LintKind::CueTerm,
        LintKind::Duplicate,
        LintKind::TinyWeight,
        LintKind::Shadowed,
        LintKind::SameDimension,
        LintKind::Normalized,
        LintKind::OutOfScope,
    ];

    /// The kind's name in output and in `# lint: allow(...)` comments.
    pub fn name(self) -> &'static str {
        match self {
            LintKind::NeverCounts => "never-counts",
            LintKind::AllNeverMeet => "all-never-meet",
            LintKind::Boilerplate => "boilerplate",
            LintKind::ClosingMark => "closing-mark",
            LintKind::Swallowed => "swallowed",
            LintKind::NoEffect => "no-effect",
            LintKind::DoubleCount => "double-count",
            LintKind::CueTerm => "cue-term",
            LintKind::Duplicate => "duplicate",
            LintKind::TinyWeight => "tiny-weight",
            LintKind::Shadowed => "shadowed",
            LintKind::SameDimension => "same-dimension",
            LintKind::Normalized => "normalized",
            LintKind::OutOfScope => "out-of-scope",
        }
    }

    /// The kind with this name.
    pub fn from_name(name: &str) -> Option<LintKind> {
        LintKind::ALL.into_iter().find(|k| k.name() == name.trim())
    }

    /// How serious findings of this kind are.
    pub fn severity(self) -> Severity {
        match self {
            LintKind::NeverCounts | LintKind::AllNeverMeet => Severity::Error,
            LintKind::Boilerplate
            | LintKind::ClosingMark
            | LintKind::Swallowed
            | LintKind::NoEffect
            | LintKind::DoubleCount
            | LintKind::CueTerm
            | LintKind::Duplicate
            | LintKind::TinyWeight
            | LintKind::OutOfScope => Severity::Warning,
            LintKind::Shadowed | LintKind::SameDimension | LintKind::Normalized => Severity::Note,
        }
    }
}

impl fmt::Display for LintKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// One finding: what, where, and how to fix it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// What kind of problem.
    pub kind: LintKind,
    /// Where: the path of the value, and its file, line and column when the
    /// rubric was linted from its text.
    pub place: Place,
    /// What is wrong.
    pub message: String,
    /// A suggested fix.
    pub suggestion: String,
}

impl Finding {
    /// The kind's severity.
    pub fn severity(&self) -> Severity {
        self.kind.severity()
    }
}

impl fmt::Display for Finding {
    /// `file:line:col: kind [severity]: message (fix: suggestion)`; the
    /// path of the value stands in for the line when it is not known.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let file = self
            .place
            .file
            .as_ref()
            .map_or_else(|| "<rubric>".to_string(), |p| p.display().to_string());
        match self.place.line_col {
            Some((l, c)) => write!(f, "{file}:{l}:{c}")?,
            None => write!(f, "{file} ({})", self.place.path)?,
        }
        write!(
            f,
            ": {} [{}]: {} (fix: {})",
            self.kind,
            self.severity(),
            self.message,
            self.suggestion
        )
    }
}

/// The result of linting a rubric's text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Lint {
    /// Findings to act on, in file order.
    pub findings: Vec<Finding>,
    /// Findings accepted by a `# lint: allow(kind)` comment.
    pub allowed: Vec<Finding>,
}

impl Lint {
    /// Whether any finding is an error.
    pub fn has_errors(&self) -> bool {
        self.findings
            .iter()
            .any(|f| f.severity() == Severity::Error)
    }

    /// Whether there are no errors and no warnings (notes may remain).
    pub fn is_clean(&self) -> bool {
        self.findings.iter().all(|f| f.severity() == Severity::Note)
    }
}

/// Parses, validates and lints a rubric's TOML text, placing every finding
/// at its file:line:col and applying `# lint: allow(...)` comments. Fails
/// only when the rubric is invalid (that error is placed the same way).
pub fn lint_toml(text: &str, origin: Option<&Path>) -> Result<Lint, RubricError> {
    let rubric = Rubric::from_toml_str(text, origin)?;
    let lines: Vec<&str> = text.lines().collect();
    let mut out = Lint::default();
    for mut finding in lint(&rubric) {
        finding.place.file = origin.map(Path::to_path_buf);
        let offset = locate(text, &finding.place.path);
        finding.place.line_col = offset.map(|o| line_col(text, o));
        let allowed = finding
            .place
            .line_col
            .is_some_and(|(line, _)| allows(&lines, line, finding.kind));
        if allowed {
            out.allowed.push(finding);
        } else {
            out.findings.push(finding);
        }
    }
    let key = |f: &Finding| (f.place.line_col, f.kind);
    out.findings.sort_by_key(key);
    out.allowed.sort_by_key(key);
    Ok(out)
}

/// Reads and lints a rubric file; see [`lint_toml`].
pub fn lint_file(path: impl AsRef<Path>) -> Result<Lint, RubricError> {
    let path = path.as_ref();
    let text = std::fs::read_to_string(path).map_err(|source| RubricError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    lint_toml(&text, Some(path))
}

/// Whether 1-based `line`, or a comment line right above it, carries
/// `# lint: allow(...)` naming `kind`.
fn allows(lines: &[&str], line: usize, kind: LintKind) -> bool {
    let names = |l: &str| -> bool {
        l.find("# lint: allow(").is_some_and(|i| {
            let rest = l.get(i + "# lint: allow(".len()..).unwrap_or_default();
            let list = rest.split(')').next().unwrap_or_default();
            list.split(',')
                .any(|n| LintKind::from_name(n) == Some(kind))
        })
    };
    let own = line.checked_sub(1).and_then(|i| lines.get(i));
    let above = line.checked_sub(2).and_then(|i| lines.get(i));
    own.is_some_and(|l| names(l))
        || above.is_some_and(|l| l.trim_start().starts_with('#') && names(l))
}

/// The checks' shared state: the rubric, its phrase table, and the
/// findings so far. Each check is a method, in the file of its concern.
struct Linter<'a> {
    rubric: &'a Rubric,
    entries: Vec<Entry>,
    findings: Vec<Finding>,
}

/// Lints a rubric built in code or already parsed. Findings carry the path
/// of each value but no line (use [`lint_toml`] for that); no allow
/// comments apply. The rubric should be valid ([`Rubric::validate`]).
pub fn lint(rubric: &Rubric) -> Vec<Finding> {
    let mut linter = Linter {
        rubric,
        entries: entries(rubric),
        findings: Vec::new(),
    };
    linter.self_negating_terms();
    linter.exclusions();
    linter.neutral_phrases();
    linter.all_groups();
    linter.boilerplate();
    linter.closing_marks();
    linter.swallowed();
    linter.levels();
    linter.shared_phrases();
    linter.weights();
    linter.normalized();
    linter.context_rules();
    linter.findings
}

/// Findings about sample documents the rubric's `[scope]` leaves out: a
/// scope that excludes the very documents a rubric was written for (the
/// seeds in `data/`, say) is a defect of the scope. One
/// [`LintKind::OutOfScope`] finding per such document, at the `[scope]`
/// table; none when the rubric sets no scope.
pub fn scope_findings(scorer: &crate::Scorer, docs: &[crate::Document]) -> Vec<Finding> {
    docs.iter()
        .filter_map(|doc| {
            let scope = scorer.score(doc).scope?;
            (!scope.in_scope).then(|| Finding {
                kind: LintKind::OutOfScope,
                place: Place {
                    file: None,
                    line_col: None,
                    path: "scope.min_hits".to_string(),
                },
                message: format!("sample document {} is {}", doc.id, scope.reason),
                suggestion: "add the words this document uses for its subject to [scope] terms, or lower min_hits".to_string(),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests;
