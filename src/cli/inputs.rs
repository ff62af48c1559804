//! Document arguments → the list of documents to read: files, directories
//! (walked recursively, hidden entries skipped, symlink loops detected),
//! glob patterns, and `-` for standard input. The list is sorted by path
//! (standard input first) so output order never depends on the walk.

use std::io::Read;
use std::path::{Path, PathBuf};

use walkdir::WalkDir;
use zone_reform::batch::Input;
use zone_reform::ingest;

use super::Failure;

/// One document to read.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Source {
    /// Standard input (`-`).
    Stdin,
    /// A file.
    Path(PathBuf),
}

/// A document that could not even be listed: the argument or path and why.
#[derive(Debug, Clone)]
pub struct ListError {
    /// The argument or the path under it.
    pub file: String,
    /// Why.
    pub error: String,
}

/// The documents the arguments name, and what could not be listed.
#[derive(Debug, Default)]
pub struct Listing {
    /// The documents, sorted and without repeats.
    pub sources: Vec<Source>,
    /// Arguments or entries that could not be listed (counted as failed
    /// documents).
    pub errors: Vec<ListError>,
    /// Symlink loops skipped.
    pub loops: Vec<String>,
}

fn is_hidden(entry: &walkdir::DirEntry) -> bool {
    entry.depth() > 0 && entry.file_name().to_string_lossy().starts_with('.')
}

fn has_glob_chars(s: &str) -> bool {
    s.contains(['*', '?', '['])
}

impl Listing {
    /// Lists the documents under `args`.
    ///
    /// # Errors
    /// A malformed glob pattern (a usage error).
    pub fn of(args: &[PathBuf]) -> Result<Listing, Failure> {
        let mut listing = Listing::default();
        for arg in args {
            let text = arg.to_string_lossy();
            if text == "-" {
                listing.sources.push(Source::Stdin);
            } else if arg.is_dir() {
                listing.walk(arg);
            } else if arg.exists() {
                listing.sources.push(Source::Path(arg.clone()));
            } else if has_glob_chars(&text) {
                listing.glob(&text)?;
            } else {
                // Reading it reports why (no such file, permission...).
                listing.sources.push(Source::Path(arg.clone()));
            }
        }
        listing.sources.sort();
        listing.sources.dedup();
        Ok(listing)
    }

    /// Every document file under `dir` ([`ingest::is_document`]).
    fn walk(&mut self, dir: &Path) {
        let walker = WalkDir::new(dir)
            .follow_links(true)
            .into_iter()
            .filter_entry(|e| !is_hidden(e));
        for entry in walker {
            match entry {
                Ok(e) if e.file_type().is_file() && ingest::is_document(e.path()) => {
                    self.sources.push(Source::Path(e.into_path()));
                }
                Ok(_) => {}
                Err(e) if e.loop_ancestor().is_some() => {
                    let at = e
                        .path()
                        .map_or_else(String::new, |p| p.display().to_string());
                    self.loops.push(at);
                }
                Err(e) => self.errors.push(ListError {
                    file: e.path().unwrap_or(dir).display().to_string(),
                    error: format!("cannot list: {e}"),
                }),
            }
        }
    }

    /// The files (and directories, walked) a glob pattern matches.
    fn glob(&mut self, pattern: &str) -> Result<(), Failure> {
        let paths = glob::glob(pattern).map_err(|e| {
            Failure::usage(format!(
                "bad glob pattern `{pattern}`: {e}; quote the pattern or escape `[` as `[[]`"
            ))
        })?;
        let before = self.sources.len() + self.errors.len();
        for path in paths {
            match path {
                Ok(p) if p.is_dir() => self.walk(&p),
                Ok(p) => self.sources.push(Source::Path(p)),
                Err(e) => self.errors.push(ListError {
                    file: e.path().display().to_string(),
                    error: format!("cannot list: {}", e.error()),
                }),
            }
        }
        if self.sources.len() + self.errors.len() == before {
            self.errors.push(ListError {
                file: pattern.to_string(),
                error: "no file matches this pattern".to_string(),
            });
        }
        Ok(())
    }

    /// Total size of the listed files in bytes (for the progress bar).
    pub fn bytes(&self) -> u64 {
        self.sources
            .iter()
            .filter_map(|s| match s {
                Source::Path(p) => p.metadata().ok().map(|m| m.len()),
                Source::Stdin => None,
            })
            .sum()
    }
}

impl Source {
    /// The id results are reported under: the path as given, or `-`.
    pub fn id(&self) -> String {
        match self {
            Source::Stdin => "-".to_string(),
            Source::Path(p) => p.display().to_string(),
        }
    }

    /// The size in bytes, when it is a file that can be looked at.
    pub fn size(&self) -> u64 {
        match self {
            Source::Stdin => 0,
            Source::Path(p) => p.metadata().map_or(0, |m| m.len()),
        }
    }

    /// The library's batch input: a path, or standard input read and
    /// decoded like a file (any encoding, HTML, DOCX).
    pub fn into_input(self) -> Result<Input, ListError> {
        match self {
            Source::Path(p) => Ok(Input::Path(p)),
            Source::Stdin => {
                let doc = read_stdin().map_err(|error| ListError {
                    file: "-".to_string(),
                    error,
                })?;
                Ok(Input::Text {
                    id: "-".to_string(),
                    text: doc.text,
                })
            }
        }
    }

    /// Reads the document.
    pub fn read(&self) -> Result<ingest::Document, String> {
        match self {
            Source::Stdin => read_stdin(),
            Source::Path(p) => ingest::read_path(p).map_err(|e| e.to_string()),
        }
    }
}

/// Standard input as a document named `-`.
fn read_stdin() -> Result<ingest::Document, String> {
    let mut bytes = Vec::new();
    std::io::stdin()
        .lock()
        .read_to_end(&mut bytes)
        .map_err(|e| format!("-: cannot read standard input: {e}"))?;
    ingest::read_bytes("-", &bytes).map_err(|e| e.to_string())
}
