//! Ingest: bytes or files → [`Document`] (decoded UTF-8 text plus metadata).
//!
//! This is the first stage of the pipeline. Everything after it works on the
//! decoded text; evidence offsets are byte offsets into [`Document::text`].

use std::path::{Path, PathBuf};

/// One document to score: its decoded text and what is known about it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Document {
    /// A stable identifier (file name, manifest id or stream id).
    pub id: String,
    /// The decoded text, as the author wrote it. Evidence offsets point here.
    pub text: String,
    /// Metadata found while reading (title, source path, format, encoding).
    pub meta: Metadata,
}

/// What ingest learned about a document besides its text.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Metadata {
    /// The `<title>` of an HTML page or the title of a Word document.
    pub title: Option<String>,
    /// Where the document was read from, when it came from a file.
    pub source: Option<PathBuf>,
    /// The detected format ("text", "html", "docx").
    pub format: Option<String>,
    /// The encoding the bytes were decoded from ("UTF-8", "GBK", ...).
    pub encoding: Option<String>,
}

impl Document {
    /// A document from text already in memory.
    ///
    /// ```
    /// let doc = zone_reform::Document::from_text("demo", "开发区推行“管委会+公司”改革。");
    /// assert_eq!(doc.id, "demo");
    /// ```
    pub fn from_text(id: impl Into<String>, text: impl Into<String>) -> Self {
        Document {
            id: id.into(),
            text: text.into(),
            meta: Metadata::default(),
        }
    }
}

/// Why a document could not be read.
#[derive(Debug, thiserror::Error)]
pub enum IngestError {
    /// The file could not be opened or read.
    #[error("{path}: cannot read file: {source}; check that the path exists and is readable")]
    Io {
        /// The file that failed.
        path: PathBuf,
        /// The underlying I/O error.
        #[source]
        source: std::io::Error,
    },
    /// The bytes are not text in UTF-8.
    #[error("{name}: not UTF-8 text ({reason}); convert the file to UTF-8")]
    NotText {
        /// The document name.
        name: String,
        /// What made the bytes undecodable.
        reason: String,
    },
}

/// Reads a UTF-8 document from bytes.
pub fn read_bytes(name: &str, bytes: &[u8]) -> Result<Document, IngestError> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = std::str::from_utf8(bytes).map_err(|e| IngestError::NotText {
        name: name.to_string(),
        reason: e.to_string(),
    })?;
    Ok(Document::from_text(name, text))
}

/// Reads a document from a file; its id is the file name.
pub fn read_path(path: &Path) -> Result<Document, IngestError> {
    let bytes = std::fs::read(path).map_err(|source| IngestError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string());
    let mut doc = read_bytes(&name, &bytes)?;
    doc.meta.source = Some(path.to_path_buf());
    Ok(doc)
}
