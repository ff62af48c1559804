//! Ingest: bytes or files → [`Document`] (decoded UTF-8 text plus metadata).
//!
//! This is the first stage of the pipeline. Everything after it works on the
//! decoded text; evidence offsets are byte offsets into [`Document::text`].
//!
//! Supported inputs (see [`Format`]):
//!
//! * **Text** in UTF-8 (with or without a byte-order mark), UTF-16 LE/BE with
//!   a byte-order mark, or a legacy encoding guessed by `chardetng`
//!   (GBK/GB18030 and Big5 are the ones that matter for Chinese documents).
//!   The decoded text is returned exactly, line endings included.
//! * **HTML**: the visible text of `<body>` (navigation, scripts, forms and
//!   similar page furniture are dropped), one line per block element, and the
//!   `<title>` as [`Metadata::title`].
//! * **DOCX**: the paragraphs of `word/document.xml`, one line each, and the
//!   title from `docProps/core.xml`.
//! * **PDF** and legacy binary Office files are recognised and refused with an
//!   error that says how to convert them.
//!
//! Size limits are in [`Limits`]; [`read_bytes`] and [`read_path`] use the
//! defaults, an [`Ingestor`] uses the limits it was given.
//!
//! ```
//! use zone_reform::ingest::{self, Ingestor, Limits};
//!
//! let doc = ingest::read_bytes("notice.txt", "开发区推行“管委会+公司”改革。".as_bytes()).unwrap();
//! assert_eq!(doc.meta.format.as_deref(), Some("text"));
//!
//! let small = Ingestor::new(Limits { max_document_bytes: 4, ..Limits::default() });
//! let err = small.read_bytes("notice.txt", b"too long").unwrap_err();
//! assert!(err.to_string().contains("max_document_bytes"));
//! ```

mod discover;
mod docx;
mod html;
mod limits;
mod text;

pub use discover::{files_in, is_document, DOCUMENT_EXTENSIONS};
pub use limits::{Limits, DEFAULT_MAX_DOCUMENT_BYTES, DEFAULT_MAX_UNCOMPRESSED_BYTES};

use std::fmt;
use std::io::Read;
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
    /// The detected format ("text", "html", "docx"), see [`Format::as_str`].
    pub format: Option<String>,
    /// The encoding the bytes were decoded from ("UTF-8", "UTF-16LE", "GBK",
    /// "gb18030", "Big5", ...), as named by `encoding_rs`.
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
///
/// Every message names the document (file name or stream id), says what is
/// wrong and how to fix it.
#[derive(Debug, thiserror::Error)]
pub enum IngestError {
    /// The file could not be opened or read.
    #[error(
        "{path}: cannot read file: {source}; check that the path exists and is a readable file"
    )]
    Io {
        /// The file that failed.
        path: PathBuf,
        /// The underlying I/O error.
        #[source]
        source: std::io::Error,
    },
    /// The bytes do not decode to text.
    #[error(
        "{name}: does not look like text ({reason}); if it is a text file, convert it to UTF-8 \
         (e.g. `iconv -f GB18030 -t UTF-8`), otherwise give a .txt, .html or .docx version of it"
    )]
    NotText {
        /// The document name.
        name: String,
        /// What made the bytes undecodable.
        reason: String,
    },
    /// The input is bigger than a configured [`Limits`] field allows.
    #[error(
        "{name}: {what} is {size} bytes, over the limit Limits::{limit} = {max} bytes; split the \
         document or raise the limit with `Ingestor::new(Limits {{ {limit}: ..., ..Limits::default() }})`"
    )]
    TooLarge {
        /// The document name.
        name: String,
        /// What was measured ("the document", "word/document.xml uncompressed", ...).
        what: String,
        /// Its size in bytes (at least; reading stops just past the limit).
        size: u64,
        /// The name of the [`Limits`] field that was exceeded.
        limit: &'static str,
        /// The value of that field.
        max: u64,
    },
    /// The input is in a format ingest recognises but cannot read.
    #[error("{name}: {format} is not supported; {hint}")]
    Unsupported {
        /// The document name.
        name: String,
        /// The recognised format, e.g. "PDF".
        format: String,
        /// How to turn the input into something ingest can read.
        hint: String,
    },
    /// The input looks like a DOCX file but is damaged or not a Word document.
    #[error(
        "{name}: cannot read as DOCX ({reason}); open and re-save it in Word, WPS or LibreOffice, \
         or convert it to text (e.g. `pandoc -t plain`)"
    )]
    BadDocx {
        /// The document name.
        name: String,
        /// What is wrong with the archive or its XML.
        reason: String,
    },
}

/// The kinds of input ingest tells apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Format {
    /// Plain text in some character encoding.
    Text,
    /// An HTML page.
    Html,
    /// A Word 2007+ document (a ZIP archive with `word/document.xml`).
    Docx,
    /// A PDF file (recognised, not read).
    Pdf,
    /// A ZIP archive that is not a Word document (XLSX, ODT, plain ZIP, ...).
    OtherZip,
    /// A legacy binary Office or WPS file (.doc, .wps, .xls; OLE2 container).
    LegacyOffice,
}

impl Format {
    /// The short lower-case name stored in [`Metadata::format`].
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Html => "html",
            Format::Docx => "docx",
            Format::Pdf => "pdf",
            Format::OtherZip => "zip",
            Format::LegacyOffice => "legacy-office",
        }
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

const ZIP_MAGIC: &[u8] = b"PK\x03\x04";
const EMPTY_ZIP_MAGIC: &[u8] = b"PK\x05\x06";
const OLE2_MAGIC: &[u8] = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";
const PDF_MAGIC: &[u8] = b"%PDF-";

/// Guesses the format of `bytes` from their content and the extension of `name`.
///
/// Content wins over the extension where it is unambiguous (PDF, ZIP and OLE2
/// signatures, a page that starts with `<!DOCTYPE html>` or `<html>`); the
/// extension decides otherwise (`.html`, `.htm`, `.xhtml`, `.shtml` → HTML,
/// `.pdf` → PDF, `.docx` → DOCX, `.doc`/`.wps` → legacy Office). Anything
/// else is text.
///
/// ```
/// use zone_reform::ingest::{detect_format, Format};
/// assert_eq!(detect_format("a.bin", b"%PDF-1.7\n"), Format::Pdf);
/// assert_eq!(detect_format("page.htm", "<p>开发区</p>".as_bytes()), Format::Html);
/// assert_eq!(detect_format("notice", b"<!DOCTYPE html><title>t</title>"), Format::Html);
/// assert_eq!(detect_format("notice.txt", "开发区".as_bytes()), Format::Text);
/// ```
pub fn detect_format(name: &str, bytes: &[u8]) -> Format {
    let ext = extension(name);
    let ext = ext.as_str();
    if bytes.starts_with(PDF_MAGIC) || ext == "pdf" {
        return Format::Pdf;
    }
    if bytes.starts_with(ZIP_MAGIC) || bytes.starts_with(EMPTY_ZIP_MAGIC) {
        let docx_ext = matches!(ext, "docx" | "docm" | "dotx" | "dotm");
        if docx_ext || memchr::memmem::find(bytes, b"word/document.xml").is_some() {
            return Format::Docx;
        }
        return Format::OtherZip;
    }
    if bytes.starts_with(OLE2_MAGIC) {
        return Format::LegacyOffice;
    }
    match ext {
        "docx" | "docm" | "dotx" | "dotm" => return Format::Docx,
        "doc" | "dot" | "wps" | "xls" | "ppt" => return Format::LegacyOffice,
        "html" | "htm" | "xhtml" | "shtml" => return Format::Html,
        _ => {}
    }
    if html::looks_like_html(bytes) {
        return Format::Html;
    }
    Format::Text
}

/// The lower-cased extension of a document name, or "" if it has none.
fn extension(name: &str) -> String {
    Path::new(name)
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default()
}

/// Reads documents under a set of [`Limits`].
///
/// ```
/// use zone_reform::ingest::{Ingestor, Limits};
///
/// let ingestor = Ingestor::new(Limits::default());
/// let doc = ingestor
///     .read_bytes("page.html", "<html><title>通知</title><body><p>深化改革</p></body></html>".as_bytes())
///     .unwrap();
/// assert_eq!(doc.text, "深化改革");
/// assert_eq!(doc.meta.title.as_deref(), Some("通知"));
/// ```
#[derive(Debug, Clone, Default)]
pub struct Ingestor {
    limits: Limits,
}

impl Ingestor {
    /// An ingestor that enforces `limits`.
    pub fn new(limits: Limits) -> Self {
        Ingestor { limits }
    }

    /// The limits this ingestor enforces.
    pub fn limits(&self) -> &Limits {
        &self.limits
    }

    /// Reads a document from bytes; `name` is its id and its extension is a
    /// format hint (see [`detect_format`]).
    ///
    /// Empty input gives an empty text document, not an error.
    pub fn read_bytes(&self, name: &str, bytes: &[u8]) -> Result<Document, IngestError> {
        let size = bytes.len() as u64;
        if size > self.limits.max_document_bytes {
            return Err(self.too_large(name, "the document", size));
        }
        let format = detect_format(name, bytes);
        let mut doc = Document::from_text(name, String::new());
        match format {
            Format::Text => {
                let decoded = text::decode(name, bytes, None)?;
                doc.text = decoded.text;
                doc.meta.encoding = Some(decoded.encoding.to_string());
            }
            Format::Html => {
                let page = html::read(name, bytes)?;
                doc.text = page.text;
                doc.meta.title = page.title;
                doc.meta.encoding = Some(page.encoding.to_string());
            }
            Format::Docx => {
                let word = docx::read(name, bytes, &self.limits)?;
                doc.text = word.text;
                doc.meta.title = word.title;
                doc.meta.encoding = Some("UTF-8".to_string());
            }
            Format::Pdf => {
                return Err(IngestError::Unsupported {
                    name: name.to_string(),
                    format: "PDF".to_string(),
                    hint: "convert the PDF to text or DOCX first, e.g. \
                           `pdftotext -enc UTF-8 file.pdf file.txt` \
                           (scanned PDFs need OCR first)"
                        .to_string(),
                });
            }
            Format::OtherZip => {
                return Err(IngestError::Unsupported {
                    name: name.to_string(),
                    format: "a ZIP archive without word/document.xml (not a DOCX file)".to_string(),
                    hint: "unpack it and give the documents inside, or save the document as \
                           .docx, .html or UTF-8 .txt"
                        .to_string(),
                });
            }
            Format::LegacyOffice => {
                return Err(IngestError::Unsupported {
                    name: name.to_string(),
                    format: "a legacy binary Office/WPS file (.doc, .wps, .xls)".to_string(),
                    hint: "save it as .docx or UTF-8 text, e.g. \
                           `libreoffice --headless --convert-to docx file.doc`"
                        .to_string(),
                });
            }
        }
        doc.meta.format = Some(format.as_str().to_string());
        Ok(doc)
    }

    /// Reads a document from a file; its id is the file name.
    ///
    /// The file size is checked against [`Limits::max_document_bytes`] before
    /// anything is read, and reading stops just past the limit in case the
    /// file grows or its size is not known in advance.
    pub fn read_path(&self, path: &Path) -> Result<Document, IngestError> {
        let io_err = |source| IngestError::Io {
            path: path.to_path_buf(),
            source,
        };
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| path.display().to_string());
        let file = std::fs::File::open(path).map_err(io_err)?;
        let metadata = file.metadata().map_err(io_err)?;
        if metadata.is_dir() {
            return Err(io_err(std::io::Error::new(
                std::io::ErrorKind::InvalidInput,
                "is a directory",
            )));
        }
        let max = self.limits.max_document_bytes;
        if metadata.len() > max {
            return Err(self.too_large(&path.display().to_string(), "the file", metadata.len()));
        }
        // Room for the whole file, so that it is read in one go instead of
        // into a buffer grown and copied as it fills.
        let mut bytes = Vec::with_capacity(usize::try_from(metadata.len()).unwrap_or(0));
        file.take(max.saturating_add(1))
            .read_to_end(&mut bytes)
            .map_err(io_err)?;
        if bytes.len() as u64 > max {
            return Err(self.too_large(
                &path.display().to_string(),
                "the file",
                bytes.len() as u64,
            ));
        }
        let mut doc = self
            .read_bytes(&name, &bytes)
            .map_err(|e| e.with_name(path))?;
        doc.meta.source = Some(path.to_path_buf());
        Ok(doc)
    }

    fn too_large(&self, name: &str, what: &str, size: u64) -> IngestError {
        IngestError::TooLarge {
            name: name.to_string(),
            what: what.to_string(),
            size,
            limit: "max_document_bytes",
            max: self.limits.max_document_bytes,
        }
    }
}

impl IngestError {
    /// Replaces the bare file name in a decoding error by the full path, so
    /// errors from [`Ingestor::read_path`] say where the file is.
    fn with_name(mut self, path: &Path) -> Self {
        let full = path.display().to_string();
        match &mut self {
            IngestError::NotText { name, .. }
            | IngestError::TooLarge { name, .. }
            | IngestError::Unsupported { name, .. }
            | IngestError::BadDocx { name, .. } => *name = full,
            IngestError::Io { .. } => {}
        }
        self
    }
}

/// Reads a document from bytes with the default [`Limits`]; see
/// [`Ingestor::read_bytes`].
pub fn read_bytes(name: &str, bytes: &[u8]) -> Result<Document, IngestError> {
    Ingestor::default().read_bytes(name, bytes)
}

/// Reads a document from a file with the default [`Limits`]; its id is the
/// file name. See [`Ingestor::read_path`].
pub fn read_path(path: &Path) -> Result<Document, IngestError> {
    Ingestor::default().read_path(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_input_is_an_empty_text_document() {
        let doc = read_bytes("empty.txt", b"").unwrap();
        assert_eq!(doc.text, "");
        assert_eq!(doc.id, "empty.txt");
        assert_eq!(doc.meta.format.as_deref(), Some("text"));
    }

    #[test]
    fn detects_formats_from_content_and_extension() {
        assert_eq!(detect_format("x", b"%PDF-1.4 ..."), Format::Pdf);
        assert_eq!(detect_format("x.pdf", b"anything"), Format::Pdf);
        assert_eq!(
            detect_format("x", b"PK\x03\x04....word/document.xml...."),
            Format::Docx
        );
        assert_eq!(detect_format("x.docx", b"PK\x03\x04...."), Format::Docx);
        assert_eq!(detect_format("x.zip", b"PK\x03\x04...."), Format::OtherZip);
        assert_eq!(detect_format("x", OLE2_MAGIC), Format::LegacyOffice);
        assert_eq!(detect_format("x.DOC", b"whatever"), Format::LegacyOffice);
        assert_eq!(detect_format("x.HTM", b"plain"), Format::Html);
        assert_eq!(detect_format("x.txt", b"  <!doctype HTML>"), Format::Html);
        assert_eq!(detect_format("x.txt", b"a < b"), Format::Text);
        assert_eq!(detect_format("", b""), Format::Text);
        assert_eq!(Format::Docx.to_string(), "docx");
    }

    #[test]
    fn pdf_is_refused_with_a_conversion_hint() {
        let err = read_bytes("report.pdf", b"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n").unwrap_err();
        assert!(matches!(err, IngestError::Unsupported { .. }), "{err:?}");
        let msg = err.to_string();
        assert!(msg.starts_with("report.pdf: PDF is not supported"), "{msg}");
        assert!(msg.contains("pdftotext -enc UTF-8"), "{msg}");
    }

    #[test]
    fn legacy_office_and_other_zips_are_refused() {
        let mut ole = OLE2_MAGIC.to_vec();
        ole.extend_from_slice(&[0u8; 64]);
        let err = read_bytes("old.doc", &ole).unwrap_err();
        assert!(err.to_string().contains("--convert-to docx"), "{err}");
        let err = read_bytes(
            "sheet.xlsx",
            b"PK\x05\x06\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0",
        )
        .unwrap_err();
        assert!(matches!(err, IngestError::Unsupported { .. }), "{err:?}");
        assert!(err.to_string().contains("not a DOCX"), "{err}");
    }

    #[test]
    fn document_limit_names_the_field() {
        let ingestor = Ingestor::new(Limits {
            max_document_bytes: 3,
            ..Limits::default()
        });
        assert!(ingestor.read_bytes("ok.txt", b"abc").is_ok());
        let err = ingestor.read_bytes("big.txt", b"abcd").unwrap_err();
        assert!(matches!(
            err,
            IngestError::TooLarge {
                size: 4,
                max: 3,
                ..
            }
        ));
        let msg = err.to_string();
        assert!(msg.contains("big.txt"), "{msg}");
        assert!(msg.contains("Limits::max_document_bytes = 3"), "{msg}");
        assert!(msg.contains("raise the limit"), "{msg}");
    }

    #[test]
    fn read_path_checks_size_before_reading_and_names_the_path() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path();
        let path = dir.join("big.txt");
        std::fs::write(&path, "开发区改革").unwrap();
        let small = Ingestor::new(Limits {
            max_document_bytes: 4,
            ..Limits::default()
        });
        let err = small.read_path(&path).unwrap_err();
        assert!(
            matches!(err, IngestError::TooLarge { size: 15, .. }),
            "{err:?}"
        );
        assert!(err.to_string().contains(&path.display().to_string()));

        let doc = read_path(&path).unwrap();
        assert_eq!(doc.id, "big.txt");
        assert_eq!(doc.text, "开发区改革");
        assert_eq!(doc.meta.source.as_deref(), Some(path.as_path()));
        assert_eq!(doc.meta.encoding.as_deref(), Some("UTF-8"));

        let bin = dir.join("data.bin");
        std::fs::write(&bin, b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").unwrap();
        let err = read_path(&bin).unwrap_err();
        assert!(
            err.to_string().starts_with(&bin.display().to_string()),
            "{err}"
        );

        let err = read_path(&dir.join("missing.txt")).unwrap_err();
        assert!(matches!(err, IngestError::Io { .. }), "{err:?}");
        assert!(err.to_string().contains("missing.txt"), "{err}");
        let err = read_path(dir).unwrap_err();
        assert!(matches!(err, IngestError::Io { .. }), "{err:?}");
    }
}
