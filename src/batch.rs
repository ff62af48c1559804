//! Batch: many inputs (files, in-memory texts) → [`BatchItem`]s in input
//! order, scored in parallel with bounded memory.
//!
//! Documents are read, scored and handed to the caller's sink one chunk at a
//! time: a chunk of inputs is read and scored on all cores (rayon), its
//! results are passed on in input order, and only then is the next chunk
//! read. At most one chunk of documents is in memory, whatever the size of
//! the batch. A document that cannot be read is reported as an error item;
//! the rest of the batch goes on.
//!
//! Framing (JSON lines on standard input and output, progress) is the
//! `zone-reform` program's job: `zone-reform score --jsonl`.

pub use crate::ingest::files_in;
use crate::ingest::{self, Document, IngestError};
use crate::score::{DocumentScore, Scorer};
use rayon::prelude::*;
use std::path::PathBuf;

/// One input of a batch.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    /// A file to read with [`ingest::read_path`].
    Path(PathBuf),
    /// A text already in memory.
    Text {
        /// The document id.
        id: String,
        /// The text.
        text: String,
    },
}

impl Input {
    /// The id results are reported under: the path as given, or the id.
    pub fn id(&self) -> String {
        match self {
            Input::Path(p) => p.display().to_string(),
            Input::Text { id, .. } => id.clone(),
        }
    }

    fn read(self) -> Result<Document, IngestError> {
        match self {
            Input::Path(p) => ingest::read_path(&p),
            Input::Text { id, text } => Ok(Document::from_text(id, text)),
        }
    }
}

/// The outcome for one input.
#[derive(Debug)]
pub struct BatchItem {
    /// Position of the input in the batch, from 0.
    pub index: usize,
    /// The input's id ([`Input::id`]).
    pub id: String,
    /// Its score, or why it could not be read.
    pub result: Result<DocumentScore, IngestError>,
}

/// Counts of a finished batch.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct BatchSummary {
    /// Inputs scored.
    pub scored: usize,
    /// Inputs that failed.
    pub failed: usize,
}

/// Scores a stream of inputs in parallel, in chunks, calling `sink` for
/// each result in input order.
///
/// `chunk` is how many documents may be in memory at once (at least 1; a
/// few per core keeps all cores busy: [`default_chunk`]).
///
/// ```
/// use zone_reform::batch::{score_stream, Input};
/// use zone_reform::{Rubric, Scorer};
/// let scorer = Scorer::new(&Rubric::builtin()?)?;
/// let inputs = vec![
///     Input::Text { id: "a".into(), text: "推行“管委会+公司”改革。".into() },
///     Input::Path("no/such/file.txt".into()),
/// ];
/// let mut seen = Vec::new();
/// let summary = score_stream(&scorer, inputs, 8, |item| seen.push((item.id, item.result.is_ok())));
/// assert_eq!(seen, [("a".to_string(), true), ("no/such/file.txt".to_string(), false)]);
/// assert_eq!((summary.scored, summary.failed), (1, 1));
/// # Ok::<(), zone_reform::RubricError>(())
/// ```
pub fn score_stream<I, F>(scorer: &Scorer, inputs: I, chunk: usize, mut sink: F) -> BatchSummary
where
    I: IntoIterator<Item = Input>,
    F: FnMut(BatchItem),
{
    let chunk = chunk.max(1);
    let mut summary = BatchSummary::default();
    let mut inputs = inputs.into_iter().enumerate().peekable();
    let mut pending: Vec<(usize, Input)> = Vec::with_capacity(chunk);
    while inputs.peek().is_some() {
        pending.clear();
        pending.extend(inputs.by_ref().take(chunk));
        let mut done: Vec<BatchItem> = pending
            .par_drain(..)
            .map(|(index, input)| {
                let id = input.id();
                let result = input.read().map(|doc| scorer.score(&doc));
                BatchItem { index, id, result }
            })
            .collect();
        done.sort_by_key(|item| item.index);
        for item in done {
            if item.result.is_ok() {
                summary.scored += 1;
            } else {
                summary.failed += 1;
            }
            sink(item);
        }
    }
    summary
}

/// A chunk size that keeps every core busy: four documents per thread.
pub fn default_chunk() -> usize {
    4 * rayon::current_num_threads().max(1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Rubric;

    fn scorer() -> Scorer {
        let rubric = Rubric::builtin().unwrap_or_else(|e| panic!("{e}"));
        Scorer::new(&rubric).unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn results_come_in_input_order_whatever_the_chunk() {
        let sc = scorer();
        let inputs: Vec<Input> = (0..37)
            .map(|i| Input::Text {
                id: format!("doc{i}"),
                text: "开发区推行一站式服务。".repeat(i % 5),
            })
            .collect();
        for chunk in [1, 3, 8, 100] {
            let mut ids = Vec::new();
            score_stream(&sc, inputs.clone(), chunk, |item| ids.push(item.index));
            assert_eq!(ids, (0..37).collect::<Vec<_>>(), "chunk {chunk}");
        }
    }

    #[test]
    fn a_bad_document_is_reported_and_the_batch_goes_on() {
        let sc = scorer();
        let inputs = vec![
            Input::Path("/definitely/not/here.txt".into()),
            Input::Text {
                id: "ok".into(),
                text: "推行全员聘任制。".into(),
            },
        ];
        let mut items = Vec::new();
        let summary = score_stream(&sc, inputs, 2, |item| items.push(item));
        assert_eq!(
            summary,
            BatchSummary {
                scored: 1,
                failed: 1
            }
        );
        assert!(items[0].result.is_err());
        assert!(items[1].result.is_ok());
    }

    #[test]
    fn batch_scores_equal_single_scores() {
        let sc = scorer();
        let texts = ["推行“管委会+公司”改革。", "", "累计受理115件次一站式服务。"];
        let inputs = texts.iter().enumerate().map(|(i, t)| Input::Text {
            id: i.to_string(),
            text: (*t).to_string(),
        });
        let mut got = Vec::new();
        score_stream(&sc, inputs, 2, |item| got.push(item.result.ok()));
        for (i, t) in texts.iter().enumerate() {
            let single = sc.score(&Document::from_text(i.to_string(), *t));
            assert_eq!(got[i].as_ref(), Some(&single));
        }
    }
}
