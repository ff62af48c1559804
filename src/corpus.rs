//! Corpus: a deterministic generator of zone-report-like documents, for
//! benchmarks and load tests.
//!
//! Real zone reports cannot be shipped in bulk, and a benchmark over five
//! seed files measures the cache, not the engine. This module samples
//! sentences from the seed documents it is given (the shipped ones are
//! listed in `data/zones.toml`, read with [`Corpus::from_manifest`]) and
//! assembles them into as many documents as asked for, in the proportions
//! the seeds show:
//!
//! - both scripts: two documents in five are Traditional (sentences of the
//!   Traditional seeds as written), the others Simplified (the Simplified
//!   seeds, plus the Traditional seeds converted with `fast2s`);
//! - pinyin glosses inside words (`濟(jì)南`), carried by the sentences of the
//!   glossed seed into both scripts;
//! - site boilerplate: header and footer lines (ICP/备案, copyright,
//!   navigation bars, editor credits) and related-link lists at the foot.
//!
//! The output depends only on the seed texts, the seed and the limits: the
//! same builder yields the same bytes on every machine and every run.
//!
//! ```
//! use zone_reform::corpus::{Corpus, Seed};
//! let seeds = [
//!     Seed::simplified("开发区推行全员聘任制。一站式服务中心已运行。\n"),
//!     Seed::traditional("園區實行「管委會+公司」模式。\n"),
//! ];
//! let builder = Corpus::from_seeds(seeds).seed(7).target_bytes(64 * 1024);
//! let corpus = builder.build();
//! assert!(corpus.total_bytes() >= 64 * 1024);
//! assert_eq!(corpus.documents(), builder.build().documents());
//! ```
//!
//! From the shipped seeds, in the source tree:
//!
//! ```no_run
//! use zone_reform::corpus::Corpus;
//! let builder = Corpus::from_manifest("data/zones.toml")?;
//! let corpus = builder.seed(7).documents(10).build();
//! # Ok::<(), zone_reform::corpus::CorpusError>(())
//! ```

use crate::ingest::{Document, IngestError};
use crate::manifest::{Manifest, ManifestError};
use crate::normalize::Normalizer;
use crate::rng::SplitMix64;
use crate::segment::sentences;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// A document to sample sentences and boilerplate from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Seed {
    /// The text, lines and all.
    pub text: String,
    /// Whether the text is in Traditional script.
    pub traditional: bool,
}

impl Seed {
    /// A seed in Simplified script.
    pub fn simplified(text: impl Into<String>) -> Self {
        Seed {
            text: text.into(),
            traditional: false,
        }
    }

    /// A seed in Traditional script.
    pub fn traditional(text: impl Into<String>) -> Self {
        Seed {
            text: text.into(),
            traditional: true,
        }
    }
}

/// Why [`Corpus::from_manifest`] could not read its seeds.
#[derive(Debug, thiserror::Error)]
pub enum CorpusError {
    /// The manifest itself.
    #[error(transparent)]
    Manifest(#[from] ManifestError),
    /// One of the documents it lists.
    #[error(transparent)]
    Document(#[from] IngestError),
}

/// [`TRADITIONAL_SHARE`] documents in [`SCRIPT_OUT_OF`] are Traditional (two
/// of the five seeds are).
const TRADITIONAL_SHARE: u64 = 2;
const SCRIPT_OUT_OF: u64 = 5;
/// Document sizes are drawn between these bounds (the seeds are 6–29 KB).
const MIN_DOC_BYTES: usize = 4 * 1024;
const MAX_DOC_BYTES: usize = 32 * 1024;
/// The last document is shortened to meet the byte target, but not below
/// this, so that no document is a fragment.
const MIN_LAST_DOC_BYTES: usize = 512;

/// Default limit when neither bytes nor a document count is given: 1 MiB.
const DEFAULT_TARGET_BYTES: u64 = 1 << 20;

/// A generated corpus held in memory.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Corpus {
    documents: Vec<Document>,
}

impl Corpus {
    /// A builder that samples `seeds`, with seed 0 and a 1 MiB target.
    pub fn from_seeds(seeds: impl IntoIterator<Item = Seed>) -> CorpusBuilder {
        CorpusBuilder {
            pools: Arc::new(Pools::new(seeds)),
            seed: 0,
            target_bytes: None,
            documents: None,
        }
    }

    /// A builder that samples the documents a manifest lists (read and
    /// decoded as `score` reads them), Traditional where the entry says
    /// `script = "traditional"`.
    pub fn from_manifest(path: impl AsRef<Path>) -> Result<CorpusBuilder, CorpusError> {
        let manifest = Manifest::load(path)?;
        let mut seeds = Vec::with_capacity(manifest.documents.len());
        for entry in &manifest.documents {
            let doc = crate::ingest::read_path(&manifest.path_of(entry))?;
            seeds.push(Seed {
                text: doc.text,
                traditional: entry.script.as_deref() == Some("traditional"),
            });
        }
        Ok(Corpus::from_seeds(seeds))
    }

    /// The documents, in generation order.
    pub fn documents(&self) -> &[Document] {
        &self.documents
    }

    /// Takes the documents out of the corpus.
    pub fn into_documents(self) -> Vec<Document> {
        self.documents
    }

    /// Total size of the documents' text in bytes.
    pub fn total_bytes(&self) -> u64 {
        self.documents.iter().map(|d| d.text.len() as u64).sum()
    }
}

/// Configures a corpus: its seed and how much to generate.
///
/// Generation stops at whichever limit comes first: [`CorpusBuilder::target_bytes`]
/// (total text size) or [`CorpusBuilder::documents`] (a count). With neither,
/// it stops after 1 MiB. Cloning is cheap: the sampled seeds are shared.
#[derive(Debug, Clone)]
pub struct CorpusBuilder {
    pools: Arc<Pools>,
    seed: u64,
    target_bytes: Option<u64>,
    documents: Option<usize>,
}

impl CorpusBuilder {
    /// The random seed; the same seed and limits give the same corpus.
    pub fn seed(mut self, seed: u64) -> Self {
        self.seed = seed;
        self
    }

    /// Stop once the documents hold this many bytes of text in total (the
    /// last document is shortened to land close to it).
    pub fn target_bytes(mut self, bytes: u64) -> Self {
        self.target_bytes = Some(bytes);
        self
    }

    /// Stop after this many documents.
    pub fn documents(mut self, count: usize) -> Self {
        self.documents = Some(count);
        self
    }

    /// The documents one at a time, generated lazily (constant memory, for
    /// corpora larger than RAM).
    pub fn iter(&self) -> Documents {
        let target = match (self.target_bytes, self.documents) {
            (None, None) => Some(DEFAULT_TARGET_BYTES),
            (bytes, _) => bytes,
        };
        Documents {
            pools: Arc::clone(&self.pools),
            rng: SplitMix64(self.seed),
            seed: self.seed,
            index: 0,
            bytes: 0,
            target,
            count: self.documents,
        }
    }

    /// Generates the whole corpus in memory.
    pub fn build(&self) -> Corpus {
        Corpus {
            documents: self.iter().collect(),
        }
    }

    /// Writes the documents as UTF-8 files `000000.txt`, `000001.txt`...
    /// into `dir` (created if needed), one at a time, and says what it wrote.
    pub fn write_dir(&self, dir: impl AsRef<Path>) -> std::io::Result<WriteSummary> {
        let dir = dir.as_ref();
        std::fs::create_dir_all(dir)?;
        let mut summary = WriteSummary {
            dir: dir.to_path_buf(),
            files: 0,
            bytes: 0,
        };
        for (i, doc) in self.iter().enumerate() {
            let path = dir.join(format!("{i:06}.txt"));
            let mut file = std::io::BufWriter::new(std::fs::File::create(&path)?);
            file.write_all(doc.text.as_bytes())?;
            file.flush()?;
            summary.files += 1;
            summary.bytes += doc.text.len() as u64;
        }
        Ok(summary)
    }
}

/// What [`CorpusBuilder::write_dir`] wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WriteSummary {
    /// The directory written to.
    pub dir: PathBuf,
    /// Number of files.
    pub files: usize,
    /// Total bytes written.
    pub bytes: u64,
}

/// Iterator over generated documents; see [`CorpusBuilder::iter`].
#[derive(Debug, Clone)]
pub struct Documents {
    pools: Arc<Pools>,
    rng: SplitMix64,
    seed: u64,
    index: usize,
    bytes: u64,
    target: Option<u64>,
    count: Option<usize>,
}

impl Iterator for Documents {
    type Item = Document;

    fn next(&mut self) -> Option<Document> {
        if self.count.is_some_and(|c| self.index >= c) {
            return None;
        }
        let mut size = self.rng.range(MIN_DOC_BYTES, MAX_DOC_BYTES + 1);
        if let Some(target) = self.target {
            let left = usize::try_from(target.saturating_sub(self.bytes)).unwrap_or(usize::MAX);
            if left == 0 {
                return None;
            }
            size = size.min(left.max(MIN_LAST_DOC_BYTES));
        }
        let text = generate(&self.pools, &mut self.rng, size);
        self.bytes += text.len() as u64;
        let id = format!("gen-{}-{:06}", self.seed, self.index);
        self.index += 1;
        Some(Document::from_text(id, text))
    }
}

/// Sentences and lines sampled from the seeds.
#[derive(Debug, Default)]
struct Pools {
    /// Simplified sentences, in seed order.
    simplified: Vec<String>,
    /// Traditional sentences, in seed order.
    traditional: Vec<String>,
    /// Boilerplate lines: lines the normalizer drops on their own.
    boilerplate: Vec<String>,
    /// Related-link lines (`- headline`), dropped when three or more follow
    /// each other.
    links: Vec<String>,
}

impl Pools {
    fn new(seeds: impl IntoIterator<Item = Seed>) -> Self {
        let normalizer = Normalizer::default();
        let mut pools = Pools::default();
        for seed in seeds {
            for line in seed.text.lines() {
                let trimmed = line.trim();
                if trimmed.is_empty() {
                    continue;
                }
                if ["- ", "·", "•", "●"].iter().any(|p| trimmed.starts_with(p)) {
                    pools.links.push(trimmed.to_string());
                    continue;
                }
                if normalizer.normalize(line).text.is_empty() {
                    pools.boilerplate.push(trimmed.to_string());
                    continue;
                }
                for s in sentences(line) {
                    let Some(sentence) = line.get(s.range()) else {
                        continue;
                    };
                    if seed.traditional {
                        pools.traditional.push(sentence.to_string());
                        pools.simplified.push(fast2s::convert(sentence));
                    } else {
                        pools.simplified.push(sentence.to_string());
                    }
                }
            }
        }
        pools
    }
}

/// One document of about `size` bytes.
fn generate(pools: &Pools, rng: &mut SplitMix64, size: usize) -> String {
    // Traditional documents need Traditional seeds.
    let traditional = !pools.traditional.is_empty() && rng.below(SCRIPT_OUT_OF) < TRADITIONAL_SHARE;
    let blank_lines = rng.below(2) == 0;
    let mut text = String::with_capacity(size + MAX_DOC_BYTES / 8);
    // Header: site name, navigation, a credit line.
    for _ in 0..rng.below(3) {
        push_line(&mut text, pick(rng, &pools.boilerplate));
    }
    // Body: paragraphs of consecutive seed sentences, so that paragraphs
    // read like the seeds (a heading here, a long report line there).
    let footer_room = size / 10;
    while text.len() + footer_room < size {
        let sentences = rng.range(1, 8);
        let (len, start) = if traditional {
            let len = pools.traditional.len();
            (len, rng.below(len as u64) as usize)
        } else {
            let len = pools.simplified.len();
            (len, rng.below(len as u64) as usize)
        };
        if len == 0 {
            break;
        }
        for k in 0..sentences {
            let i = (start + k) % len;
            let pool = if traditional {
                &pools.traditional
            } else {
                &pools.simplified
            };
            text.push_str(pool.get(i).map(String::as_str).unwrap_or_default());
        }
        text.push('\n');
        if blank_lines {
            text.push('\n');
        }
    }
    // Footer: a related-link list, then boilerplate lines.
    if rng.below(2) == 0 {
        for _ in 0..rng.range(3, 9) {
            push_line(&mut text, pick(rng, &pools.links));
        }
    }
    for _ in 0..rng.range(1, 5) {
        push_line(&mut text, pick(rng, &pools.boilerplate));
    }
    text
}

fn push_line(text: &mut String, line: &str) {
    text.push_str(line);
    text.push('\n');
}

fn pick<'a>(rng: &mut SplitMix64, items: &'a [String]) -> &'a str {
    let i = rng.below(items.len() as u64) as usize;
    items.get(i).map(String::as_str).unwrap_or_default()
}

/// The shipped seeds, `data/zones.toml`, for the crate's own tests.
#[cfg(test)]
pub(crate) fn shipped() -> CorpusBuilder {
    let manifest = concat!(env!("CARGO_MANIFEST_DIR"), "/data/zones.toml");
    Corpus::from_manifest(manifest).unwrap_or_else(|e| panic!("{e}"))
}

/// The shipped seed texts, for the crate's own tests.
#[cfg(test)]
pub(crate) fn shipped_texts() -> Vec<String> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/data/zones.toml");
    let manifest = Manifest::load(path).unwrap_or_else(|e| panic!("{e}"));
    manifest
        .documents
        .iter()
        .map(|entry| {
            std::fs::read_to_string(manifest.path_of(entry)).unwrap_or_else(|e| panic!("{e}"))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_seed_same_corpus_other_seed_other_corpus() {
        let a = shipped().seed(1).target_bytes(200_000).build();
        let b = shipped().seed(1).target_bytes(200_000).build();
        let c = shipped().seed(2).target_bytes(200_000).build();
        assert_eq!(a, b);
        assert_ne!(a, c);
    }

    #[test]
    fn byte_target_is_met_closely() {
        let target = 300_000;
        let corpus = shipped().seed(3).target_bytes(target).build();
        let total = corpus.total_bytes();
        assert!(total >= target, "{total}");
        assert!(total < target + MAX_DOC_BYTES as u64, "{total}");
    }

    #[test]
    fn document_count_limit() {
        let corpus = shipped().seed(3).documents(4).build();
        assert_eq!(corpus.documents().len(), 4);
        assert_eq!(shipped().documents(0).build().documents().len(), 0);
        assert_eq!(shipped().target_bytes(0).build().documents().len(), 0);
    }

    #[test]
    fn corpus_mixes_scripts_glosses_and_boilerplate() {
        let corpus = shipped().seed(9).target_bytes(1 << 20).build();
        let all: String = corpus.documents().iter().map(|d| d.text.as_str()).collect();
        // Traditional and Simplified forms of the same seed words.
        assert!(all.contains("園區"), "Traditional");
        assert!(all.contains("园区"), "Simplified");
        // Glosses in both scripts: 濟(jì) (Traditional) and 济(jì) (converted).
        assert!(all.contains("濟(jì)"));
        assert!(all.contains("济(jì)"));
        assert!(all.contains("ICP备"));
        assert!(all.contains("\n- "));
    }

    #[test]
    fn generated_documents_are_scored_without_panics() {
        let scorer =
            crate::Scorer::new(&crate::Rubric::builtin().unwrap_or_else(|e| panic!("{e}")))
                .unwrap_or_else(|e| panic!("{e}"));
        for doc in shipped().seed(5).documents(5).iter() {
            let score = scorer.score(&doc);
            assert!((0.0..=100.0).contains(&score.total));
        }
    }

    #[test]
    fn write_dir_writes_the_iterated_documents() {
        let dir = std::env::temp_dir().join(format!("zone-reform-corpus-{}", std::process::id()));
        let builder = shipped().seed(4).documents(3);
        let summary = builder.write_dir(&dir).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(summary.files, 3);
        for (i, doc) in builder.iter().enumerate() {
            let text = std::fs::read_to_string(dir.join(format!("{i:06}.txt")))
                .unwrap_or_else(|e| panic!("{e}"));
            assert_eq!(text, doc.text);
        }
        let _ = std::fs::remove_dir_all(&dir);
    }
}
