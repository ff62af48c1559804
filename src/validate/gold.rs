//! Hand-coded gold grades: the format of `data/gold/seeds.toml`.
//!
//! ```toml
//! [[doc]]
//! file = "000_00c8d2bd91da5493.txt"   # required, unique
//! zone = "聊城嘉明经济开发区"           # optional
//! mgmt_company = 0                    # every other key is a dimension id
//! staffing = 2                        # with a non-negative integer grade
//! # kind: reform                      # optional: reform, weak or offtopic
//! collection = "B"                    # optional; else the file name's leading letters
//! ```
//!
//! The `# kind:` comment line says what the document is: a `reform` text, a
//! `weak` one (reform words, little substance) or an `offtopic` control that
//! should score 0 everywhere. It is a comment so that the grades stay plain
//! TOML; it belongs to the `[[doc]]` table it is written in.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::ops::Range;
use std::path::{Path, PathBuf};

use toml::de::{DeTable, DeValue};

use super::Cell;

/// A place in a text file: 1-based line and 1-based column, the column
/// counted in characters (not bytes), as editors show it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
pub struct Location {
    /// Line number, from 1.
    pub line: usize,
    /// Column number in characters, from 1.
    pub column: usize,
}

impl std::fmt::Display for Location {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}", self.line, self.column)
    }
}

impl Location {
    /// The line and column of byte `offset` in `text` (clamped to the text;
    /// a byte order mark is not counted as a column).
    pub fn of_offset(text: &str, offset: usize) -> Location {
        let (line, column) = crate::rubric::line_col(text, offset);
        Location { line, column }
    }
}

/// Why a gold file could not be read. Every variant but [`GoldError::Io`]
/// names the file, line and column, says what is wrong and how to fix it.
#[derive(Debug, thiserror::Error)]
pub enum GoldError {
    /// The file could not be read.
    #[error("{}: cannot read gold file: {source}; check that the path exists and is readable", path.display())]
    Io {
        /// The gold file.
        path: PathBuf,
        /// The underlying I/O error.
        #[source]
        source: std::io::Error,
    },
    /// The text is not valid TOML.
    #[error("{}:{at}: TOML syntax error: {message}; fix the syntax there (see data/gold/seeds.toml for the format)", path.display())]
    Syntax {
        /// The gold file.
        path: PathBuf,
        /// Where the parser stopped.
        at: Location,
        /// The parser's message.
        message: String,
    },
    /// Something other than `[[doc]]` tables at the top level.
    #[error("{}:{at}: {problem}; a gold file holds only [[doc]] tables, one per document", path.display())]
    Layout {
        /// The gold file.
        path: PathBuf,
        /// The offending key or value.
        at: Location,
        /// What was found.
        problem: String,
    },
    /// A `[[doc]]` without a `file` key.
    #[error("{}:{at}: this [[doc]] has no `file` key; add `file = \"NNN_xxxx.txt\"` naming the graded document", path.display())]
    MissingFile {
        /// The gold file.
        path: PathBuf,
        /// The `[[doc]]` header.
        at: Location,
    },
    /// `file` or `zone` is not a non-empty string.
    #[error("{}:{at}: `{key}` must be a non-empty string, found {found}; write it as `{key} = \"...\"`", path.display())]
    BadField {
        /// The gold file.
        path: PathBuf,
        /// The offending value.
        at: Location,
        /// `file` or `zone`.
        key: String,
        /// What was found, e.g. "integer `3`".
        found: String,
    },
    /// A grade that is not a non-negative integer.
    #[error("{}:{at}: grade `{dimension}` must be a non-negative integer, found {found}; write a whole number from 0 to the rubric's highest level, e.g. `{dimension} = 2`", path.display())]
    BadGrade {
        /// The gold file.
        path: PathBuf,
        /// The offending value.
        at: Location,
        /// The dimension id (the key).
        dimension: String,
        /// What was found, e.g. "float `2.5`" or "negative integer `-1`".
        found: String,
    },
    /// The same `file` graded twice.
    #[error("{}:{at}: duplicate `file = \"{file}\"`, first given at line {first_line}; grade each document in one [[doc]] only: merge the two entries or correct the file name", path.display())]
    DuplicateFile {
        /// The gold file.
        path: PathBuf,
        /// The second `file` value.
        at: Location,
        /// The document file name.
        file: String,
        /// Line of the first `file` value.
        first_line: usize,
    },
    /// A `# kind:` comment with a kind other than the known ones.
    #[error("{}:{at}: unknown document kind `{found}`; write `# kind: reform`, `# kind: weak` or `# kind: offtopic`", path.display())]
    BadKind {
        /// The gold file.
        path: PathBuf,
        /// The comment line.
        at: Location,
        /// The kind written.
        found: String,
    },
    /// Two `# kind:` comments in one `[[doc]]` table.
    #[error("{}:{at}: a second `# kind:` comment in this [[doc]] (the first is at line {first_line}); keep one", path.display())]
    DuplicateKind {
        /// The gold file.
        path: PathBuf,
        /// The second comment.
        at: Location,
        /// Line of the first comment.
        first_line: usize,
    },
    /// A grade above the rubric's highest level (see [`GoldFile::check_max_grade`]).
    #[error("{}:{at}: grade `{dimension} = {grade}` for {file} is above the rubric's highest level {max_grade}; use a grade from 0 to {max_grade}", path.display())]
    GradeAboveMax {
        /// The gold file.
        path: PathBuf,
        /// The offending value.
        at: Location,
        /// The document file name.
        file: String,
        /// The dimension id.
        dimension: String,
        /// The grade found.
        grade: u32,
        /// The highest grade allowed.
        max_grade: u32,
    },
}

/// One graded document: one `[[doc]]` table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GoldDoc {
    /// The document's file name (the `file` key), unique within the gold file.
    pub file: String,
    /// The zone's name (the `zone` key), if given.
    pub zone: Option<String>,
    /// What the document is, from a `# kind: ...` comment line inside its
    /// table: one of [`KINDS`].
    pub kind: Option<String>,
    /// The `collection` key, if given; see [`GoldDoc::collection`].
    pub explicit_collection: Option<String>,
    /// Grades by dimension id: every key besides `file`, `zone` and
    /// `collection`.
    pub grades: BTreeMap<String, u32>,
    /// Where the `[[doc]]` header is.
    pub location: Location,
    grade_locations: BTreeMap<String, Location>,
}

impl GoldDoc {
    /// A document built in code (locations all `1:1`).
    pub fn new(
        file: impl Into<String>,
        zone: Option<String>,
        grades: BTreeMap<String, u32>,
    ) -> Self {
        let start = Location { line: 1, column: 1 };
        GoldDoc {
            file: file.into(),
            zone,
            kind: None,
            explicit_collection: None,
            grade_locations: grades.keys().map(|k| (k.clone(), start)).collect(),
            grades,
            location: start,
        }
    }

    /// The collection the document belongs to: the `collection` key when
    /// given, else the leading ASCII letters of the file name
    /// (`B01_x.txt` → `B`), else the empty string.
    ///
    /// ```
    /// use zone_reform::validate::GoldDoc;
    /// let doc = GoldDoc::new("dir/C07_bank.txt", None, Default::default());
    /// assert_eq!(doc.collection(), "C");
    /// ```
    pub fn collection(&self) -> &str {
        if let Some(c) = &self.explicit_collection {
            return c;
        }
        let name = self.file.rsplit(['/', '\\']).next().unwrap_or("");
        let letters = name.bytes().take_while(u8::is_ascii_alphabetic).count();
        name.get(..letters).unwrap_or("")
    }

    /// The grade for `dimension`, if graded.
    pub fn grade(&self, dimension: &str) -> Option<u32> {
        self.grades.get(dimension).copied()
    }

    /// Where the grade for `dimension` is written.
    pub fn grade_location(&self, dimension: &str) -> Option<Location> {
        self.grade_locations.get(dimension).copied()
    }

    /// The sum of this document's gold grades (compare with the engine total).
    pub fn grade_sum(&self) -> u64 {
        self.grades.values().map(|&g| u64::from(g)).sum()
    }
}

/// A parsed gold file: the hand-coded grades of some documents.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GoldFile {
    /// Where the file was read from (used in messages).
    pub path: PathBuf,
    /// The documents in file order.
    pub docs: Vec<GoldDoc>,
}

/// A short description of a TOML value for messages: its type and its text.
fn describe(value: &DeValue<'_>, text: &str, span: Range<usize>) -> String {
    let raw = text.get(span).unwrap_or("").trim();
    let raw: String = raw.chars().take(40).collect();
    format!("{} `{raw}`", value.type_str())
}

impl GoldFile {
    /// Reads and parses a gold file.
    ///
    /// # Errors
    /// [`GoldError::Io`] when the file cannot be read, otherwise as
    /// [`GoldFile::from_toml_str`].
    pub fn load(path: impl AsRef<Path>) -> Result<GoldFile, GoldError> {
        let path = path.as_ref();
        let text = std::fs::read_to_string(path).map_err(|source| GoldError::Io {
            path: path.to_path_buf(),
            source,
        })?;
        GoldFile::from_toml_str(&text, path)
    }

    /// Parses gold-file text; `origin_path` is only used in messages.
    ///
    /// ```
    /// let gold = zone_reform::validate::GoldFile::from_toml_str(
    ///     "[[doc]]\nfile = \"a.txt\"\nzone = \"某开发区\"\nstaffing = 2\n",
    ///     "gold.toml",
    /// )?;
    /// assert_eq!(gold.docs[0].grade("staffing"), Some(2));
    /// # Ok::<(), zone_reform::validate::GoldError>(())
    /// ```
    ///
    /// # Errors
    /// [`GoldError::Syntax`] for invalid TOML, [`GoldError::Layout`] for
    /// anything but `[[doc]]` tables at the top level,
    /// [`GoldError::MissingFile`], [`GoldError::BadField`],
    /// [`GoldError::BadGrade`] (non-integer, negative or above `u32::MAX`)
    /// and [`GoldError::DuplicateFile`].
    pub fn from_toml_str(text: &str, origin_path: impl AsRef<Path>) -> Result<GoldFile, GoldError> {
        let path = origin_path.as_ref().to_path_buf();
        let at = |offset: usize| Location::of_offset(text, offset);
        let root = DeTable::parse(text).map_err(|e| GoldError::Syntax {
            path: path.clone(),
            at: at(e.span().map_or(0, |s| s.start)),
            message: e.message().to_string(),
        })?;
        let mut top: Vec<_> = root.get_ref().iter().collect();
        top.sort_by_key(|(k, _)| k.span().start);
        let mut docs = Vec::new();
        let mut first_seen: HashMap<String, usize> = HashMap::new();
        for (key, value) in top {
            if key.get_ref() != "doc" {
                return Err(GoldError::Layout {
                    path,
                    at: at(key.span().start),
                    problem: format!("unexpected top-level key `{}`", key.get_ref()),
                });
            }
            let items = match value.get_ref() {
                DeValue::Array(items) => items,
                other => {
                    return Err(GoldError::Layout {
                        path,
                        at: at(value.span().start),
                        problem: format!(
                            "`doc` must be written as [[doc]] tables, found {}",
                            other.type_str()
                        ),
                    })
                }
            };
            for item in items {
                let DeValue::Table(table) = item.get_ref() else {
                    return Err(GoldError::Layout {
                        path,
                        at: at(item.span().start),
                        problem: format!(
                            "`doc` must be written as [[doc]] tables, found an array holding {}",
                            item.get_ref().type_str()
                        ),
                    });
                };
                let (mut file, file_at) = parse_doc(table, at(item.span().start), text, &path)?;
                file.kind = kind_comment(text, item.span().start, &path)?;
                if let Some(&first_line) = first_seen.get(&file.file) {
                    return Err(GoldError::DuplicateFile {
                        path,
                        at: file_at,
                        file: file.file,
                        first_line,
                    });
                }
                first_seen.insert(file.file.clone(), file_at.line);
                docs.push(file);
            }
        }
        Ok(GoldFile { path, docs })
    }

    /// The document graded for `file`, if any.
    pub fn get(&self, file: &str) -> Option<&GoldDoc> {
        self.docs.iter().find(|d| d.file == file)
    }

    /// Every dimension id graded in at least one document, sorted.
    pub fn dimensions(&self) -> BTreeSet<&str> {
        self.docs
            .iter()
            .flat_map(|d| d.grades.keys().map(String::as_str))
            .collect()
    }

    /// Checks that no grade exceeds the rubric's highest level.
    ///
    /// # Errors
    /// [`GoldError::GradeAboveMax`] for the first grade (in file order) above
    /// `max_grade`, with its line and column.
    pub fn check_max_grade(&self, max_grade: u32) -> Result<(), GoldError> {
        let mut worst: Option<(Location, &GoldDoc, &str, u32)> = None;
        for doc in &self.docs {
            for (dim, &grade) in &doc.grades {
                if grade > max_grade {
                    let loc = doc.grade_location(dim).unwrap_or(doc.location);
                    if worst.is_none_or(|w| loc < w.0) {
                        worst = Some((loc, doc, dim, grade));
                    }
                }
            }
        }
        match worst {
            None => Ok(()),
            Some((at, doc, dim, grade)) => Err(GoldError::GradeAboveMax {
                path: self.path.clone(),
                at,
                file: doc.file.clone(),
                dimension: dim.to_string(),
                grade,
                max_grade,
            }),
        }
    }

    /// Pairs every gold grade with the engine's grade for the same document
    /// and dimension. `engine(file, dimension)` returns the engine grade, or
    /// `None` to leave that cell out (document not scored, dimension not in
    /// the rubric). Cells come in file order, dimensions sorted.
    pub fn pair_with<F>(&self, mut engine: F) -> Vec<Cell>
    where
        F: FnMut(&str, &str) -> Option<u32>,
    {
        let mut cells = Vec::new();
        for doc in &self.docs {
            for (dim, &gold) in &doc.grades {
                if let Some(e) = engine(&doc.file, dim) {
                    cells.push(Cell {
                        file: doc.file.clone(),
                        dimension: dim.clone(),
                        gold,
                        engine: e,
                    });
                }
            }
        }
        cells
    }
}

/// The document kinds a `# kind:` comment may name.
pub const KINDS: [&str; 3] = ["reform", "weak", "offtopic"];

/// The `# kind: X` comment of the `[[doc]]` table whose body starts at byte
/// `start`: the comment lines after the table's header, up to the next
/// table header.
fn kind_comment(text: &str, start: usize, path: &Path) -> Result<Option<String>, GoldError> {
    let Some(body) = text.get(start..) else {
        return Ok(None);
    };
    let mut offset = start;
    let mut found: Option<(String, Location)> = None;
    for (n, line) in body.split_inclusive('\n').enumerate() {
        let here = offset;
        offset += line.len();
        let trimmed = line.trim();
        if n > 0 && trimmed.starts_with('[') {
            break;
        }
        let Some(comment) = trimmed.strip_prefix('#') else {
            continue;
        };
        let Some(value) = comment.trim_start().strip_prefix("kind:") else {
            continue;
        };
        let at = Location::of_offset(text, here);
        let value = value.trim();
        if !KINDS.contains(&value) {
            return Err(GoldError::BadKind {
                path: path.to_path_buf(),
                at,
                found: value.to_string(),
            });
        }
        if let Some((_, first)) = &found {
            return Err(GoldError::DuplicateKind {
                path: path.to_path_buf(),
                at,
                first_line: first.line,
            });
        }
        found = Some((value.to_string(), at));
    }
    Ok(found.map(|(k, _)| k))
}

/// Parses one `[[doc]]` table; returns the doc and where its `file` value is.
fn parse_doc(
    table: &DeTable<'_>,
    header: Location,
    text: &str,
    path: &Path,
) -> Result<(GoldDoc, Location), GoldError> {
    let at = |offset: usize| Location::of_offset(text, offset);
    let mut entries: Vec<_> = table.iter().collect();
    entries.sort_by_key(|(k, _)| k.span().start);
    let mut file = None;
    let mut zone = None;
    let mut collection = None;
    let mut grades = BTreeMap::new();
    let mut grade_locations = BTreeMap::new();
    for (key, value) in entries {
        let name = key.get_ref().as_ref();
        let loc = at(value.span().start);
        match name {
            "file" | "zone" | "collection" => {
                let s = match value.get_ref() {
                    DeValue::String(s) if !s.trim().is_empty() => s.to_string(),
                    other => {
                        return Err(GoldError::BadField {
                            path: path.to_path_buf(),
                            at: loc,
                            key: name.to_string(),
                            found: describe(other, text, value.span()),
                        })
                    }
                };
                match name {
                    "file" => file = Some((s, loc)),
                    "zone" => zone = Some(s),
                    _ => collection = Some(s),
                }
            }
            _ => {
                let bad = |found: String| GoldError::BadGrade {
                    path: path.to_path_buf(),
                    at: loc,
                    dimension: name.to_string(),
                    found,
                };
                let grade = match value.get_ref() {
                    DeValue::Integer(i) => match i128::from_str_radix(i.as_str(), i.radix()) {
                        Ok(n) if n < 0 => return Err(bad(format!("negative integer `{n}`"))),
                        Ok(n) => u32::try_from(n)
                            .map_err(|_| bad(format!("integer `{n}`, which is too large")))?,
                        Err(_) => return Err(bad(describe(value.get_ref(), text, value.span()))),
                    },
                    DeValue::Table(_) => {
                        return Err(bad(format!("a table `[doc.{name}]`")));
                    }
                    other => return Err(bad(describe(other, text, value.span()))),
                };
                grades.insert(name.to_string(), grade);
                grade_locations.insert(name.to_string(), loc);
            }
        }
    }
    let Some((file, file_at)) = file else {
        return Err(GoldError::MissingFile {
            path: path.to_path_buf(),
            at: header,
        });
    };
    Ok((
        GoldDoc {
            file,
            zone,
            kind: None,
            explicit_collection: collection,
            grades,
            location: header,
            grade_locations,
        },
        file_at,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn location_counts_characters() {
        let text = "a\n开发区 = x\n";
        assert_eq!(
            Location::of_offset(text, 0),
            Location { line: 1, column: 1 }
        );
        // byte offset of 'x': 2 + 9 (three CJK chars) + 3 (" = ")
        assert_eq!(
            Location::of_offset(text, 14),
            Location { line: 2, column: 7 }
        );
        // inside a multi-byte char: clamps back to its start
        assert_eq!(
            Location::of_offset(text, 3),
            Location { line: 2, column: 1 }
        );
        assert_eq!(Location::of_offset(text, 999).line, 3);
        assert_eq!(
            Location::of_offset("\u{feff}ab", 4),
            Location { line: 1, column: 2 }
        );
    }

    #[test]
    fn seeds_file_parses() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/data/gold/seeds.toml");
        let gold = GoldFile::load(path).unwrap();
        assert_eq!(gold.docs.len(), 5);
        let d = gold.get("003_3405dfae66af336f.txt").unwrap();
        assert_eq!(d.zone.as_deref(), Some("吉林船营经济开发区"));
        assert_eq!(d.grade("staffing"), Some(3));
        assert_eq!(d.grade_sum(), 12);
        assert_eq!(
            gold.dimensions().into_iter().collect::<Vec<_>>(),
            ["investment", "mgmt_company", "one_stop", "staffing"]
        );
        gold.check_max_grade(3).unwrap();
        let err = gold.check_max_grade(2).unwrap_err().to_string();
        // first grade 3 in file order: one_stop of doc 002 at line 27
        assert!(err.contains("seeds.toml:27:12:"), "{err}");
    }
}
