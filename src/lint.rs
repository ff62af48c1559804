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

use crate::normalize::{boilerplate_marker, normalize_phrase};
use crate::rubric::{line_col, locate, Place, Rubric, RubricError};
use std::collections::BTreeMap;
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

/// What a phrase does in the rubric.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Term {
        dim: usize,
        ind: usize,
        group: Option<usize>,
    },
    Exclude {
        dim: usize,
        ind: usize,
    },
    Cue {
        level: usize,
    },
    Unless {
        level: usize,
    },
    Negation,
    Unit,
    Neutral,
}

/// One phrase of the rubric: as written, normalized, its role and path.
#[derive(Debug, Clone)]
struct Entry {
    written: String,
    norm: String,
    role: Role,
    path: String,
}

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

fn entries(rubric: &Rubric) -> Vec<Entry> {
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
        for (j, c) in level.cues.iter().enumerate() {
            add(c, Role::Cue { level: l }, format!("levels[{l}].cues[{j}]"));
        }
        for (j, c) in level.unless.iter().enumerate() {
            add(
                c,
                Role::Unless { level: l },
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
    for (d, dim) in rubric.dimensions.iter().enumerate() {
        for (i, ind) in dim.indicators.iter().enumerate() {
            let base = format!("dimensions[{d}].indicators[{i}]");
            for (j, t) in ind.any.iter().enumerate() {
                let role = Role::Term {
                    dim: d,
                    ind: i,
                    group: None,
                };
                add(t, role, format!("{base}.any[{j}]"));
            }
            for (g, group) in ind.all.iter().enumerate() {
                for (j, t) in group.iter().enumerate() {
                    let role = Role::Term {
                        dim: d,
                        ind: i,
                        group: Some(g),
                    };
                    add(t, role, format!("{base}.all[{g}][{j}]"));
                }
            }
            // Generic terms count like `any` terms (capped), so they are
            // checked as terms.
            for (j, t) in ind.generic.iter().enumerate() {
                let role = Role::Term {
                    dim: d,
                    ind: i,
                    group: None,
                };
                add(t, role, format!("{base}.generic[{j}]"));
            }
            for (j, t) in ind.exclude.iter().enumerate() {
                let role = Role::Exclude { dim: d, ind: i };
                add(t, role, format!("{base}.exclude[{j}]"));
            }
        }
    }
    out
}

impl Linter<'_> {
    fn push(&mut self, kind: LintKind, path: &str, message: String, suggestion: String) {
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

    fn indicator_name(&self, dim: usize, ind: usize) -> String {
        let d = self.rubric.dimensions.get(dim);
        let i = d.and_then(|d| d.indicators.get(ind));
        format!(
            "{}.{}",
            d.map_or("?", |d| d.id.as_str()),
            i.map_or("?", |i| i.id.as_str())
        )
    }

    fn level_name(&self, level: usize) -> String {
        self.rubric
            .levels
            .get(level)
            .map_or_else(|| "?".to_string(), |l| l.name.clone())
    }

    fn describe(&self, role: Role) -> String {
        match role {
            Role::Term { dim, ind, .. } => format!("a term of {}", self.indicator_name(dim, ind)),
            Role::Exclude { dim, ind } => {
                format!("an exclusion of {}", self.indicator_name(dim, ind))
            }
            Role::Cue { level } => format!("a cue of level {}", self.level_name(level)),
            Role::Unless { level } => {
                format!("an `unless` cue of level {}", self.level_name(level))
            }
            Role::Negation => "a negation cue".to_string(),
            Role::Unit => "a counting unit".to_string(),
            Role::Neutral => "a neutral phrase".to_string(),
        }
    }

    /// A context rule that can never lower a level: its cap is at or above
    /// `[generic] cap`, and every indicator it applies to has generic terms
    /// only, which never rise above that cap without a bound mechanism...
    /// and a bound mechanism is what the rule would have to override.
    fn context_rules(&mut self) {
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

    fn with_norm(&self, norm: &str) -> impl Iterator<Item = &Entry> {
        let norm = norm.to_string();
        self.entries.iter().filter(move |e| e.norm == norm)
    }

    /// Terms that are also negation cues cancel themselves.
    fn self_negating_terms(&mut self) {
        let mut found = Vec::new();
        for e in &self.entries {
            if let Role::Term { dim, ind, .. } = e.role {
                if self.with_norm(&e.norm).any(|o| o.role == Role::Negation) {
                    found.push((
                        e.path.clone(),
                        format!(
                            "term 「{}」 of {} is also a negation cue, so every hit cancels itself and it never counts",
                            e.written,
                            self.indicator_name(dim, ind)
                        ),
                    ));
                }
            }
        }
        for (path, message) in found {
            self.push(
                LintKind::NeverCounts,
                &path,
                message,
                "remove it from the terms or from [negation] cues".to_string(),
            );
        }
    }

    /// Exclusions equal to a term of their own indicator exclude nothing;
    /// exclusions containing no term of their indicator have no effect on
    /// it (and may swallow other indicators' terms).
    fn exclusions(&mut self) {
        let mut found = Vec::new();
        for e in &self.entries {
            let Role::Exclude { dim, ind } = e.role else {
                continue;
            };
            let own = |o: &&Entry| matches!(o.role, Role::Term { dim: d, ind: i, .. } if d == dim && i == ind);
            let name = self.indicator_name(dim, ind);
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
                        matches!(
                            o.role,
                            Role::Term { .. } | Role::Cue { .. } | Role::Negation
                        ) && o.norm != e.norm
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
    fn neutral_phrases(&mut self) {
        let mut found = Vec::new();
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
            let shields = self.entries.iter().any(|o| {
                !matches!(o.role, Role::Neutral | Role::Exclude { .. })
                    && o.norm.len() < e.norm.len()
                    && e.norm.contains(&o.norm)
            });
            if !shields {
                found.push((
                    LintKind::NoEffect,
                    e.path.clone(),
                    format!(
                        "neutral phrase 「{}」 contains no cue, term or unit, so it shields nothing",
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

    /// A term that can never count: it negates itself.
    fn dead_term(&self, e: &Entry) -> bool {
        self.with_norm(&e.norm).any(|o| o.role == Role::Negation)
    }

    /// `all` groups none of whose terms can count never meet.
    fn all_groups(&mut self) {
        let mut found = Vec::new();
        for (d, dim) in self.rubric.dimensions.iter().enumerate() {
            for (i, ind) in dim.indicators.iter().enumerate() {
                for g in 0..ind.all.len() {
                    let group: Vec<&Entry> = self
                        .entries
                        .iter()
                        .filter(|e| {
                            e.role
                                == Role::Term {
                                    dim: d,
                                    ind: i,
                                    group: Some(g),
                                }
                        })
                        .collect();
                    if !group.is_empty() && group.iter().all(|e| self.dead_term(e)) {
                        found.push((
                            format!("dimensions[{d}].indicators[{i}].all[{g}]"),
                            format!(
                                "no term of `all` group {g} of {} can count, so its groups never meet in one sentence and the indicator can only be met through `any`",
                                self.indicator_name(d, i)
                            ),
                        ));
                    }
                }
            }
        }
        for (path, message) in found {
            self.push(
                LintKind::AllNeverMeet,
                &path,
                message,
                "give the group a term that can count".to_string(),
            );
        }
    }

    /// Phrases holding a boilerplate marker sit on lines that are dropped.
    fn boilerplate(&mut self) {
        let found: Vec<(String, String)> = self
            .entries
            .iter()
            .filter(|e| !matches!(e.role, Role::Exclude { .. } | Role::Neutral))
            .filter_map(|e| {
                boilerplate_marker(&e.norm).map(|m| {
                    (
                        e.path.clone(),
                        format!(
                            "「{}」 holds the boilerplate marker 「{m}」: a line with it is dropped as site furniture unless longer than 200 characters, so it almost never counts",
                            e.written
                        ),
                    )
                })
            })
            .collect();
        for (path, message) in found {
            self.push(
                LintKind::Boilerplate,
                &path,
                message,
                "use a phrase without the marker".to_string(),
            );
        }
    }

    /// Phrases that start with a closing mark straddle sentences.
    fn closing_marks(&mut self) {
        let found: Vec<(String, String, String)> = self
            .entries
            .iter()
            .filter_map(|e| {
                let first = e.norm.chars().next()?;
                crate::segment::is_closing(first).then(|| {
                    let rest: String = e.norm.chars().skip(1).collect();
                    (
                        e.path.clone(),
                        format!(
                            "「{}」 starts with 「{first}」, which right after 。！？ is read as the closing mark of the previous sentence: there the phrase straddles two sentences and is lost",
                            e.written
                        ),
                        format!("drop the leading mark: 「{rest}」 matches the same words"),
                    )
                })
            })
            .collect();
        for (path, message, suggestion) in found {
            self.push(LintKind::ClosingMark, &path, message, suggestion);
        }
    }

    /// Whether the phrase `norm` has, in some entry, the effect `role` has:
    /// then swallowing `role`'s phrase inside it loses nothing.
    fn carries(&self, norm: &str, role: Role) -> bool {
        self.with_norm(norm).any(|o| match (role, o.role) {
            (
                Role::Term { dim, ind, group },
                Role::Term {
                    dim: d,
                    ind: i,
                    group: g,
                },
            ) => d == dim && i == ind && (g.is_none() || g == group),
            (Role::Term { dim, ind, .. }, Role::Exclude { dim: d, ind: i }) => d == dim && i == ind,
            (Role::Cue { level }, Role::Cue { level: l }) => l >= level,
            (a, b) => a == b,
        })
    }

    /// Terms and cues that do not count where they are part of a longer
    /// phrase that lacks their role: one finding per phrase and kind,
    /// naming every longer phrase.
    fn swallowed(&mut self) {
        let mut found = Vec::new();
        for p in &self.entries {
            let is_term = matches!(p.role, Role::Term { .. });
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
                let kind = match (p.role, q.role) {
                    (Role::Term { dim, ind, .. }, Role::Exclude { dim: d, ind: i })
                        if (d, i) != (dim, ind) =>
                    {
                        LintKind::Swallowed
                    }
                    (Role::Term { dim, .. }, Role::Term { dim: d, .. }) if d != dim => {
                        LintKind::Swallowed
                    }
                    (Role::Term { .. }, Role::Term { .. })
                    | (Role::Cue { .. }, Role::Term { .. }) => LintKind::Shadowed,
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
                let fix = match (p.role, kind) {
                    (_, LintKind::Shadowed) if !is_term => {
                        "if the longer term should lift its sentence too, add it to the level's cues"
                            .to_string()
                    }
                    (Role::Term { dim, ind, .. }, _) => format!(
                        "if the longer phrase is evidence for {} too, add it to that indicator's terms (or narrow the exclusion); if not, accept it with `# lint: allow({kind})`",
                        self.indicator_name(dim, ind)
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

    /// Level settings that change nothing.
    fn levels(&mut self) {
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

    /// Duplicates, double counting across dimensions, cues that are terms.
    fn shared_phrases(&mut self) {
        let mut by_norm: BTreeMap<&str, Vec<&Entry>> = BTreeMap::new();
        for e in &self.entries {
            by_norm.entry(e.norm.as_str()).or_default().push(e);
        }
        let mut found = Vec::new();
        for group in by_norm.values() {
            for (k, e) in group.iter().enumerate() {
                for first in group.iter().take(k) {
                    if let Some(f) = self.pair(first, e) {
                        found.push(f);
                        break;
                    }
                }
            }
        }
        for (kind, path, message, suggestion) in found {
            self.push(kind, &path, message, suggestion);
        }
    }

    /// What is wrong with `e` given an earlier entry with the same
    /// normalized phrase.
    fn pair(&self, first: &Entry, e: &Entry) -> Option<(LintKind, String, String, String)> {
        let same = |what: &str| {
            format!(
                "「{}」 is {what} already ({}, at {})",
                e.written,
                self.describe(first.role),
                first.path
            )
        };
        let fix_dup = "remove one of them".to_string();
        let (kind, message, fix) = match (first.role, e.role) {
            (Role::Term { dim, ind, .. }, Role::Term { dim: d, ind: i, .. })
                if (dim, ind) == (d, i) =>
            {
                (LintKind::Duplicate, same("listed in this indicator"), fix_dup)
            }
            (Role::Term { dim, .. }, Role::Term { dim: d, ind: i, .. }) if dim != d => (
                LintKind::DoubleCount,
                format!(
                    "term 「{}」 of {} is also {}: one sentence counts in two dimensions",
                    e.written,
                    self.indicator_name(d, i),
                    self.describe(first.role)
                ),
                "keep the term in the dimension it measures".to_string(),
            ),
            (Role::Term { .. }, Role::Term { dim: d, ind: i, .. }) => (
                LintKind::SameDimension,
                format!(
                    "term 「{}」 of {} is also {}: one sentence counts for both indicators",
                    e.written,
                    self.indicator_name(d, i),
                    self.describe(first.role)
                ),
                "keep it in one indicator unless both are meant".to_string(),
            ),
            (Role::Cue { .. } | Role::Unless { .. }, Role::Term { dim, ind, .. }) => (
                LintKind::CueTerm,
                format!(
                    "term 「{}」 of {} is also {}: every sentence with the term {}",
                    e.written,
                    self.indicator_name(dim, ind),
                    self.describe(first.role),
                    if matches!(first.role, Role::Cue { .. }) {
                        "is at least at that level"
                    } else {
                        "blocks that level's cues after it"
                    }
                ),
                "use a different phrase for the term or the cue, or accept it with `# lint: allow(cue-term)`"
                    .to_string(),
            ),
            (Role::Exclude { dim, ind }, Role::Exclude { dim: d, ind: i })
                if (dim, ind) == (d, i) =>
            {
                (LintKind::Duplicate, same("an exclusion of this indicator"), fix_dup)
            }
            (Role::Cue { level }, Role::Cue { level: l }) if level == l => {
                (LintKind::Duplicate, same("a cue of this level"), fix_dup)
            }
            (Role::Cue { .. }, Role::Cue { .. }) => (
                LintKind::Duplicate,
                same("a cue of another level (the higher one decides)"),
                "keep it in one level".to_string(),
            ),
            (Role::Unless { level }, Role::Unless { level: l }) if level == l => {
                (LintKind::Duplicate, same("an `unless` cue of this level"), fix_dup)
            }
            (Role::Negation, Role::Negation)
            | (Role::Unit, Role::Unit)
            | (Role::Neutral, Role::Neutral) => (LintKind::Duplicate, same("in this list"), fix_dup),
            _ => return None,
        };
        Some((kind, e.path.clone(), message, fix))
    }

    /// Weights too small to move the total by one point.
    fn weights(&mut self) {
        let dims = &self.rubric.dimensions;
        let total: f64 = dims.iter().map(|d| d.weight).sum();
        if !(total.is_finite() && total > 0.0) {
            return;
        }
        let mut found = Vec::new();
        for (d, dim) in dims.iter().enumerate() {
            let share = 100.0 * dim.weight / total;
            if share < 1.0 {
                found.push((
                    format!("dimensions[{d}].weight"),
                    format!(
                        "dimension {} (weight {}) can move the total by at most {share:.2} points",
                        dim.id, dim.weight
                    ),
                    format!(
                        "raise its weight to at least {:.3}, or remove the dimension",
                        (total - dim.weight) / 99.0
                    ),
                ));
                continue;
            }
            let inds: f64 = dim.indicators.iter().map(|i| i.weight).sum();
            for (i, ind) in dim.indicators.iter().enumerate() {
                let points = share * ind.weight / inds;
                if inds.is_finite() && points < 1.0 {
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

    /// Phrases that normalization changes.
    fn normalized(&mut self) {
        let mut found = Vec::new();
        for e in &self.entries {
            if e.norm == e.written {
                continue;
            }
            let mut why = Vec::new();
            if e.written.trim() != e.written {
                why.push("surrounding spaces");
            }
            if e.written
                .chars()
                .any(|c| matches!(c, '\u{FF01}'..='\u{FF5E}' | '\u{3000}'))
            {
                why.push("full-width forms");
            }
            if e.written.chars().any(|c| c.is_ascii_uppercase()) {
                why.push("upper-case letters");
            }
            if fast2s::convert(&e.written) != e.written {
                why.push("Traditional characters");
            }
            if e.written.contains(['(', '（']) && !e.norm.contains('(') {
                why.push("a pinyin gloss");
            }
            if why.is_empty() {
                why.push("normalization");
            }
            found.push((
                e.path.clone(),
                format!(
                    "「{}」 is matched as 「{}」 ({}): fine, documents in either form match it",
                    e.written,
                    e.norm,
                    why.join(", ")
                ),
                format!("write 「{}」 to say what is matched", e.norm),
            ));
        }
        for (path, message, suggestion) in found {
            self.push(LintKind::Normalized, &path, message, suggestion);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEAD: &str = "[rubric]\nid = \"t\"\nversion = \"1\"\n\n[[levels]]\nname = \"mention\"\nvalue = 1\n\n[[levels]]\nname = \"done\"\nvalue = 2\ncues = [\"已\", \"成立\"]\nunless = [\"将\"]\n\n[negation]\ncues = [\"未\"]\n\n";

    fn lint_of(body: &str) -> Lint {
        let text = format!("{HEAD}{body}");
        lint_toml(&text, Some(Path::new("r.toml"))).unwrap_or_else(|e| panic!("{e}\n{text}"))
    }

    fn kinds(l: &Lint) -> Vec<LintKind> {
        l.findings.iter().map(|f| f.kind).collect()
    }

    const DIM: &str = "[[dimensions]]\nid = \"a\"\nname = \"A\"\n";

    #[test]
    fn clean_rubric_has_no_findings() {
        let l = lint_of(&format!(
            "{DIM}[[dimensions.indicators]]\nid = \"x\"\nany = [\"一窗受理\", \"招商\"]\nexclude = [\"招商银行\"]\n"
        ));
        assert!(l.findings.is_empty(), "{:?}", l.findings);
        assert!(l.is_clean() && !l.has_errors());
    }

    #[test]
    fn term_that_is_a_negation_cue_never_counts() {
        let l = lint_of(&format!(
            "{DIM}[[dimensions.indicators]]\nid = \"x\"\nany = [\"一窗受理\", \"未\"]\n"
        ));
        assert_eq!(kinds(&l), [LintKind::NeverCounts]);
        assert_eq!(l.findings[0].place.line_col, Some((23, 16)));
        assert!(l.has_errors());
        assert!(l.findings[0]
            .to_string()
            .starts_with("r.toml:23:16: never-counts [error]:"));
    }

    #[test]
    fn exclusion_of_another_indicator_swallowing_a_term_is_reported() {
        let l = lint_of(&format!(
            "{DIM}[[dimensions.indicators]]\nid = \"x\"\nany = [\"市场化运营\"]\nexclude = [\"人才公寓服务管理模式\"]\n\
             [[dimensions]]\nid = \"b\"\nname = \"B\"\n[[dimensions.indicators]]\nid = \"y\"\nany = [\"人才公寓\"]\n"
        ));
        assert_eq!(kinds(&l), [LintKind::NoEffect, LintKind::Swallowed]);
        assert!(
            l.findings[0].message.contains("「人才公寓」"),
            "{}",
            l.findings[0]
        );
    }

    #[test]
    fn exclusion_equal_to_its_own_term_excludes_nothing() {
        let l = lint_of(&format!(
            "{DIM}[[dimensions.indicators]]\nid = \"x\"\nany = [\"招商\"]\nexclude = [\"招商\"]\n"
        ));
        assert_eq!(kinds(&l), [LintKind::NeverCounts]);
    }

    #[test]
    fn same_term_in_two_dimensions_double_counts() {
        let l = lint_of(&format!(
            "{DIM}[[dimensions.indicators]]\nid = \"x\"\nany = [\"一站式\"]\n\
             [[dimensions]]\nid = \"b\"\nname = \"B\"\n[[dimensions.indicators]]\nid = \"y\"\nany = [\"一站式\"]\n"
        ));
        assert_eq!(kinds(&l), [LintKind::DoubleCount]);
        assert_eq!(
            l.findings[0].place.path,
            "dimensions[1].indicators[0].any[0]"
        );
    }

    #[test]
    fn longer_term_of_another_dimension_swallows_a_term() {
        let l = lint_of(&format!(
            "{DIM}[[dimensions.indicators]]\nid = \"x\"\nany = [\"一站式\"]\n\
             [[dimensions]]\nid = \"b\"\nname = \"B\"\n[[dimensions.indicators]]\nid = \"y\"\nany = [\"一站式服务中心\"]\n"
        ));
        assert_eq!(kinds(&l), [LintKind::Swallowed]);
    }

    #[test]
    fn cue_that_is_a_term_is_reported_and_can_be_allowed() {
        let body = format!(
            "{DIM}[[dimensions.indicators]]\nid = \"x\"\nall = [[\"管委会\"], [\"成立\"]]\n"
        );
        assert_eq!(kinds(&lint_of(&body)), [LintKind::CueTerm]);
        let allowed = lint_of(&body.replace("]]\n", "]]  # lint: allow(cue-term)\n"));
        assert!(allowed.findings.is_empty(), "{:?}", allowed.findings);
        assert_eq!(allowed.allowed.len(), 1);
        let above = lint_of(&body.replace(
            "all = ",
            "# on purpose  # lint: allow(duplicate, cue-term)\nall = ",
        ));
        assert!(above.findings.is_empty(), "{:?}", above.findings);
    }

    #[test]
    fn all_group_of_self_negating_terms_never_meets() {
        let l = lint_of(&format!(
            "{DIM}[[dimensions.indicators]]\nid = \"x\"\nall = [[\"管委会\"], [\"未\"]]\n"
        ));
        assert!(
            kinds(&l).contains(&LintKind::AllNeverMeet),
            "{:?}",
            l.findings
        );
    }

    #[test]
    fn tiny_dimension_weight_is_reported() {
        let l = lint_of(&format!(
            "{DIM}weight = 100.0\n[[dimensions.indicators]]\nid = \"x\"\nany = [\"一窗受理\"]\n\
             [[dimensions]]\nid = \"b\"\nname = \"B\"\nweight = 0.5\n[[dimensions.indicators]]\nid = \"y\"\nany = [\"马上办\"]\n"
        ));
        assert_eq!(kinds(&l), [LintKind::TinyWeight]);
        assert_eq!(l.findings[0].place.path, "dimensions[1].weight");
    }

    #[test]
    fn traditional_and_full_width_phrases_get_a_note() {
        let l = lint_of(&format!(
            "{DIM}[[dimensions.indicators]]\nid = \"x\"\nany = [\"管委會＋公司\"]\n"
        ));
        assert_eq!(kinds(&l), [LintKind::Normalized]);
        let msg = &l.findings[0].message;
        assert!(
            msg.contains("full-width") && msg.contains("Traditional"),
            "{msg}"
        );
        assert!(l.is_clean());
    }

    #[test]
    fn phrase_with_a_boilerplate_marker_is_reported() {
        let l = lint_of(&format!(
            "{DIM}[[dimensions.indicators]]\nid = \"x\"\nany = [\"本站服务\"]\n"
        ));
        assert_eq!(kinds(&l), [LintKind::Boilerplate]);
    }

    #[test]
    fn phrase_starting_with_a_closing_mark_is_reported() {
        let l = lint_of(&format!(
            "{DIM}[[dimensions.indicators]]\nid = \"x\"\nany = ['\"马上办\"', \"一窗受理\"]\n"
        ));
        assert_eq!(kinds(&l), [LintKind::ClosingMark]);
        assert!(
            l.findings[0].suggestion.contains("「马上办\"」"),
            "{}",
            l.findings[0]
        );
    }

    #[test]
    fn units_without_a_quantity_level_have_no_effect() {
        let l = lint_of(&format!(
            "[quantity]\nunits = [\"项\"]\n\n{DIM}[[dimensions.indicators]]\nid = \"x\"\nany = [\"一窗受理\"]\n"
        ));
        assert_eq!(kinds(&l), [LintKind::NoEffect]);
    }

    #[test]
    fn invalid_rubric_is_an_error_not_a_finding() {
        let e = lint_toml("[rubric]\nid = 1", Some(Path::new("r.toml")));
        assert!(e.is_err());
    }
}
