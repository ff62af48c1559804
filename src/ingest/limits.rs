//! Size limits: the [`Limits`] an [`Ingestor`](super::Ingestor) enforces
//! (bytes per document, bytes per uncompressed DOCX part) and their defaults.

/// Default for [`Limits::max_document_bytes`]: 64 MiB.
pub const DEFAULT_MAX_DOCUMENT_BYTES: u64 = 64 * 1024 * 1024;
/// Default for [`Limits::max_uncompressed_bytes`]: 256 MiB.
pub const DEFAULT_MAX_UNCOMPRESSED_BYTES: u64 = 256 * 1024 * 1024;

/// Size limits that protect the pipeline from oversized or malicious input.
///
/// Every error caused by a limit names the field, so a caller knows which one
/// to raise.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Limits {
    /// Largest input accepted, in bytes: the file size for
    /// [`Ingestor::read_path`](super::Ingestor::read_path) (checked before
    /// the file is read) or the slice length for
    /// [`Ingestor::read_bytes`](super::Ingestor::read_bytes). Default 64 MiB.
    pub max_document_bytes: u64,
    /// Largest uncompressed size of one part read from a DOCX archive
    /// (`word/document.xml`, `docProps/core.xml`), in bytes. This is the
    /// zip-bomb guard: reading stops once the cap is passed. Default 256 MiB.
    pub max_uncompressed_bytes: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_document_bytes: DEFAULT_MAX_DOCUMENT_BYTES,
            max_uncompressed_bytes: DEFAULT_MAX_UNCOMPRESSED_BYTES,
        }
    }
}
