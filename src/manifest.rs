//! Manifest: `zones.toml` → [`Manifest`] (zones and the documents about them).
//!
//! Part of the ingest stage: a manifest tells which zone each document
//! belongs to, with the zone's province, kind and level (for peer groups) and
//! each document's date (for periods). Files are relative to the manifest.

use crate::rubric::{line_col, Place};
use serde::{Deserialize, Serialize};
use std::collections::HashSet;
use std::path::{Path, PathBuf};

/// A manifest of zones and documents.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    /// The zones (`[[zones]]`).
    #[serde(default)]
    pub zones: Vec<Zone>,
    /// The documents (`[[documents]]`).
    #[serde(default)]
    pub documents: Vec<DocumentEntry>,
    /// The directory files are relative to (the manifest's own directory).
    #[serde(skip)]
    pub base: PathBuf,
}

/// A development zone.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Zone {
    /// Identifier used in reports.
    pub id: String,
    /// Full name.
    pub name: String,
    /// Province.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub province: Option<String>,
    /// City.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    /// Zone kind: 经开区, 高新区, 产业园区, 开发区...
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// Administrative level: 国家级, 省级...
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<String>,
}

/// One document of a zone.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DocumentEntry {
    /// The zone id.
    pub zone: String,
    /// The file, relative to the manifest.
    pub file: PathBuf,
    /// Publication date, `YYYY-MM-DD` or `YYYY`, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// Title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Where it was published.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// `simplified` or `traditional`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub script: Option<String>,
    /// Free notes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
}

impl DocumentEntry {
    /// The year of the document's date, if it has one.
    pub fn year(&self) -> Option<i32> {
        self.date.as_deref()?.get(..4)?.parse().ok()
    }
}

/// What can be wrong with a manifest.
#[derive(Debug, thiserror::Error)]
pub enum ManifestError {
    /// The file could not be read.
    #[error("{path}: cannot read manifest: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// The I/O error.
        #[source]
        source: std::io::Error,
    },
    /// Not valid TOML or not the manifest format.
    #[error("{place}: {message}; see the manifest format in README.md")]
    Syntax {
        /// Where.
        place: Place,
        /// What.
        message: String,
    },
    /// A zone id used twice.
    #[error("{path}: zone id {id:?} is listed twice; give each [[zones]] its own id")]
    DuplicateZone {
        /// The manifest.
        path: PathBuf,
        /// The id.
        id: String,
    },
    /// A document that names a zone the manifest does not list.
    #[error("{path}: document {file:?} names zone {zone:?}, which has no [[zones]] entry; add the zone or fix the id")]
    UnknownZone {
        /// The manifest.
        path: PathBuf,
        /// The document file.
        file: PathBuf,
        /// The zone id it names.
        zone: String,
    },
}

impl Manifest {
    /// Reads and checks a manifest file.
    pub fn load(path: impl AsRef<Path>) -> Result<Manifest, ManifestError> {
        let path = path.as_ref();
        let text = std::fs::read_to_string(path).map_err(|source| ManifestError::Io {
            path: path.to_path_buf(),
            source,
        })?;
        let base = path.parent().map(Path::to_path_buf).unwrap_or_default();
        Self::from_toml_str(&text, path, base)
    }

    /// Parses a manifest; `origin` names it in errors, `base` is the
    /// directory its files are relative to.
    pub fn from_toml_str(
        text: &str,
        origin: &Path,
        base: PathBuf,
    ) -> Result<Manifest, ManifestError> {
        let mut manifest: Manifest = toml::from_str(text).map_err(|e| ManifestError::Syntax {
            place: Place {
                file: Some(origin.to_path_buf()),
                line_col: e.span().map(|s| line_col(text, s.start)),
                path: String::new(),
            },
            message: e.message().trim().to_string(),
        })?;
        manifest.base = base;
        let mut ids = HashSet::new();
        for zone in &manifest.zones {
            if !ids.insert(zone.id.as_str()) {
                return Err(ManifestError::DuplicateZone {
                    path: origin.to_path_buf(),
                    id: zone.id.clone(),
                });
            }
        }
        for doc in &manifest.documents {
            if !ids.contains(doc.zone.as_str()) {
                return Err(ManifestError::UnknownZone {
                    path: origin.to_path_buf(),
                    file: doc.file.clone(),
                    zone: doc.zone.clone(),
                });
            }
        }
        Ok(manifest)
    }

    /// A manifest for a directory of documents without one: every document
    /// file under `dir` ([`crate::ingest::files_in`]) is one zone, whose id
    /// and name are the file's stem (`zone_a.txt` → `zone_a`). Two files
    /// with the same stem in different folders are two documents of one zone.
    pub fn from_dir(dir: &Path) -> Result<Manifest, crate::ingest::IngestError> {
        let files = crate::ingest::files_in(dir)?;
        let mut manifest = Manifest {
            base: dir.to_path_buf(),
            ..Manifest::default()
        };
        for file in files {
            let id = file
                .file_stem()
                .map_or_else(String::new, |s| s.to_string_lossy().into_owned());
            if manifest.zone(&id).is_none() {
                manifest.zones.push(Zone {
                    id: id.clone(),
                    name: id.clone(),
                    ..Zone::default()
                });
            }
            let relative = file
                .strip_prefix(dir)
                .map_or_else(|_| file.clone(), Path::to_path_buf);
            manifest.documents.push(DocumentEntry {
                zone: id,
                file: relative,
                ..DocumentEntry::default()
            });
        }
        Ok(manifest)
    }

    /// The zone with this id.
    pub fn zone(&self, id: &str) -> Option<&Zone> {
        self.zones.iter().find(|z| z.id == id)
    }

    /// The full path of a document's file.
    pub fn path_of(&self, doc: &DocumentEntry) -> PathBuf {
        self.base.join(&doc.file)
    }

    /// The entry whose file has this file name, if any.
    pub fn entry_for_file(&self, file: &Path) -> Option<&DocumentEntry> {
        let name = file.file_name()?;
        self.documents
            .iter()
            .find(|d| d.file.file_name() == Some(name))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shipped_manifest_lists_five_zones_with_their_files() {
        let m = Manifest::load(concat!(env!("CARGO_MANIFEST_DIR"), "/data/zones.toml"))
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(m.zones.len(), 5);
        assert_eq!(m.documents.len(), 5);
        for d in &m.documents {
            assert!(m.path_of(d).is_file(), "{}", d.file.display());
        }
    }

    #[test]
    fn document_with_unknown_zone_is_an_error() {
        let text =
            "[[zones]]\nid = \"a\"\nname = \"A\"\n[[documents]]\nzone = \"b\"\nfile = \"x.txt\"\n";
        let e = Manifest::from_toml_str(text, Path::new("m.toml"), PathBuf::new());
        assert!(matches!(e, Err(ManifestError::UnknownZone { .. })));
    }

    #[test]
    fn unknown_key_names_line() {
        let text = "[[zones]]\nid = \"a\"\nname = \"A\"\nprovence = \"x\"\n";
        let e = Manifest::from_toml_str(text, Path::new("m.toml"), PathBuf::new());
        let msg = e.map(|_| String::new()).unwrap_or_else(|e| e.to_string());
        assert!(msg.starts_with("m.toml:4:"), "{msg}");
    }

    #[test]
    fn a_directory_without_manifest_gives_one_zone_per_file() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
        let m = Manifest::from_dir(&dir).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(m.zones.len(), 5);
        assert_eq!(m.zones[0].id, "000_00c8d2bd91da5493");
        assert!(m.documents.iter().all(|d| m.path_of(d).is_file()));
        assert!(Manifest::from_dir(&dir.join("missing")).is_err());
    }

    #[test]
    fn year_comes_from_the_date() {
        let d = DocumentEntry {
            date: Some("2024-01-12".into()),
            ..Default::default()
        };
        assert_eq!(d.year(), Some(2024));
    }
}
