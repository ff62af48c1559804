//! Directory discovery: a directory ([`Path`]) → the document files under
//! it ([`PathBuf`]s, sorted), and which paths a scan takes as documents.

use super::IngestError;
use std::path::{Path, PathBuf};

/// Extensions of the files a directory scan treats as documents (files
/// without an extension are taken too). Manifests, gold files and rubrics
/// (`.toml`) living beside the documents are not documents.
pub const DOCUMENT_EXTENSIONS: &[&str] =
    &["txt", "text", "htm", "html", "xhtml", "docx", "pdf", "md"];

/// Whether a directory scan takes `path` as a document: its extension is
/// one of [`DOCUMENT_EXTENSIONS`] (any case), or it has none.
pub fn is_document(path: &Path) -> bool {
    path.extension().is_none_or(|ext| {
        let ext = ext.to_string_lossy().to_ascii_lowercase();
        DOCUMENT_EXTENSIONS.contains(&ext.as_str())
    })
}

/// The document files under `dir` (recursively; see
/// [`DOCUMENT_EXTENSIONS`]), skipping hidden files and directories, sorted
/// by path so batches are reproducible.
pub fn files_in(dir: &Path) -> Result<Vec<PathBuf>, IngestError> {
    let mut files = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let entries = std::fs::read_dir(&d).map_err(|source| IngestError::Io {
            path: d.clone(),
            source,
        })?;
        for entry in entries.flatten() {
            let path = entry.path();
            let hidden = path
                .file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with('.'));
            if hidden {
                continue;
            }
            if path.is_dir() {
                stack.push(path);
            } else if is_document(&path) {
                files.push(path);
            }
        }
    }
    files.sort();
    Ok(files)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn files_in_lists_the_seed_directory_sorted() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
        let files = files_in(&dir).unwrap_or_default();
        assert_eq!(
            files.len(),
            5,
            "the seeds, not zones.toml or gold/seeds.toml: {files:?}"
        );
        let mut sorted = files.clone();
        sorted.sort();
        assert_eq!(files, sorted);
        assert!(files_in(&dir.join("nope")).is_err());
    }
}
