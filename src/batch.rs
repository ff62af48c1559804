//! Batch: many inputs (files, in-memory texts) → [`BatchItem`]s in input
//! order, scored in parallel with bounded memory.
//!
//! One worker thread per core (as many as rayon's pool has, so `--jobs`
//! and `RAYON_NUM_THREADS` apply) takes the next input from a queue, reads
//! and scores it, and turns the result into what the caller keeps (for the
//! `zone-reform` program, the output line already formatted). The calling
//! thread is one of them: it feeds the queue, puts results back in input
//! order with a small reorder buffer, hands each to the caller's sink as
//! soon as all before it are done, and scores inputs itself in between, so
//! one thread runs alone and results do not wait on a thread woken for
//! each. At most `window` inputs are
//! queued, being scored or waiting to be passed on at any time, whatever
//! the size of the batch, so memory stays bounded. A document that cannot
//! be read is reported as an error item; the rest of the batch goes on.
//!
//! Framing (JSON lines on standard input and output, progress) is the
//! `zone-reform` program's job: `zone-reform score --jsonl`.

pub use crate::ingest::files_in;
use crate::ingest::{self, Document, IngestError};
use crate::score::{DocumentScore, Scorer};
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::{mpsc, Mutex};

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

/// Scores a stream of inputs in parallel, calling `sink` for each result in
/// input order.
///
/// `window` is how many documents may be in memory at once (at least 1; a
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
pub fn score_stream<I, F>(scorer: &Scorer, inputs: I, window: usize, sink: F) -> BatchSummary
where
    I: IntoIterator<Item = Input>,
    F: FnMut(BatchItem),
{
    map_stream(scorer, inputs, window, |item| item, sink)
}

/// [`score_stream`] with a `map` applied to each result on the worker that
/// scored it, so that the work of turning a score into output (serializing
/// it, say) is done in parallel too and `sink` only receives the mapped
/// values, in input order.
///
/// ```
/// use zone_reform::batch::{map_stream, Input};
/// use zone_reform::{Rubric, Scorer};
/// let scorer = Scorer::new(&Rubric::builtin()?)?;
/// let inputs = (0..20).map(|i| Input::Text { id: i.to_string(), text: "一站式服务。".repeat(i) });
/// let mut lines = Vec::new();
/// map_stream(&scorer, inputs, 4, |item| format!("{} {:.1}", item.id, item.result.map_or(-1.0, |s| s.total)), |line| lines.push(line));
/// assert_eq!(lines.len(), 20);
/// assert!(lines[0].starts_with("0 ") && lines[19].starts_with("19 "));
/// # Ok::<(), zone_reform::RubricError>(())
/// ```
pub fn map_stream<I, T, M, F>(
    scorer: &Scorer,
    inputs: I,
    window: usize,
    map: M,
    mut sink: F,
) -> BatchSummary
where
    I: IntoIterator<Item = Input>,
    T: Send,
    M: Fn(BatchItem) -> T + Sync,
    F: FnMut(T),
{
    let window = window.max(1);
    let threads = rayon::current_num_threads().clamp(1, window);
    let mut summary = BatchSummary::default();
    let (work, queue) = mpsc::channel::<(usize, Input)>();
    let queue = Mutex::new(queue);
    let (done, results) = mpsc::channel::<(usize, bool, T)>();
    // One input, read, scored and mapped on the thread that takes it.
    let process = |index: usize, input: Input| {
        let id = input.id();
        let result = input.read().map(|doc| scorer.score(&doc));
        let ok = result.is_ok();
        (ok, map(BatchItem { index, id, result }))
    };
    std::thread::scope(|scope| {
        // The calling thread is one of the workers: it scores whenever it
        // has nothing to pass on, so one thread needs no other thread, and
        // results are not handed from thread to thread one wake-up each.
        for _ in 1..threads {
            let (queue, done, process) = (&queue, done.clone(), &process);
            scope.spawn(move || loop {
                // The lock is held while waiting for work: the others wait
                // for the lock instead, and one of them gets the next input.
                let next = queue.lock().ok().and_then(|q| q.recv().ok());
                let Some((index, input)) = next else {
                    break;
                };
                let (ok, value) = process(index, input);
                if done.send((index, ok, value)).is_err() {
                    break;
                }
            });
        }
        drop(done);
        let mut work = Some(work);
        let mut inputs = inputs.into_iter().enumerate();
        // Inputs handed to the workers and not yet passed to `sink`.
        let mut in_flight = 0usize;
        let mut next = 0usize;
        let mut ready: BTreeMap<usize, (bool, T)> = BTreeMap::new();
        loop {
            while in_flight < window {
                let Some(sender) = &work else { break };
                match inputs.next().map(|job| sender.send(job)) {
                    Some(Ok(())) => in_flight += 1,
                    // No more inputs: the workers stop once the queue is
                    // empty. (A failed send means they are all gone.)
                    _ => work = None,
                }
            }
            if in_flight == 0 {
                break;
            }
            // A result a worker finished, else an input of our own (unless
            // a worker holds the queue, waiting for one), else wait for a
            // worker.
            let finished = match results.try_recv() {
                Ok(finished) => Some(finished),
                Err(_) => {
                    let own = queue.try_lock().ok().and_then(|q| q.try_recv().ok());
                    match own {
                        Some((index, input)) => {
                            let (ok, value) = process(index, input);
                            Some((index, ok, value))
                        }
                        // Every worker gone (one panicked): nothing more
                        // will come, and the scope passes the panic on.
                        None => results.recv().ok(),
                    }
                }
            };
            let Some((index, ok, value)) = finished else {
                break;
            };
            ready.insert(index, (ok, value));
            while let Some((ok, value)) = ready.remove(&next) {
                next += 1;
                in_flight -= 1;
                if ok {
                    summary.scored += 1;
                } else {
                    summary.failed += 1;
                }
                sink(value);
            }
        }
        // Ends the workers if the loop stopped early.
        drop(work);
    });
    summary
}

/// A window that keeps every core busy: four documents per thread.
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
    fn no_more_than_the_window_of_documents_is_in_flight() {
        use std::cell::Cell;
        let sc = scorer();
        for window in [1, 2, 5] {
            let (pulled, passed, most) = (Cell::new(0usize), Cell::new(0usize), Cell::new(0));
            let inputs = (0..40).map(|i| {
                pulled.set(pulled.get() + 1);
                most.set(most.get().max(pulled.get() - passed.get()));
                Input::Text {
                    id: i.to_string(),
                    text: "推行全员聘任制。".repeat(i % 7),
                }
            });
            let mut order = Vec::new();
            map_stream(
                &sc,
                inputs,
                window,
                |item| item.index,
                |index| {
                    passed.set(passed.get() + 1);
                    order.push(index);
                },
            );
            assert_eq!(order, (0..40).collect::<Vec<_>>(), "window {window}");
            assert!(
                most.get() <= window,
                "window {window}: {} in flight",
                most.get()
            );
        }
    }

    #[test]
    fn the_map_runs_once_per_input_and_an_empty_batch_is_empty() {
        let sc = scorer();
        let summary = map_stream(&sc, Vec::<Input>::new(), 4, |_| (), |()| {});
        assert_eq!(summary, BatchSummary::default());
        let inputs = (0..9).map(|i| Input::Text {
            id: format!("d{i}"),
            text: "一窗受理。".into(),
        });
        let mut ids = Vec::new();
        let summary = map_stream(&sc, inputs, 3, |item| item.id, |id| ids.push(id));
        assert_eq!(summary.scored, 9);
        assert_eq!(ids, (0..9).map(|i| format!("d{i}")).collect::<Vec<_>>());
    }

    #[test]
    fn one_thread_scores_everything_on_the_calling_thread_in_input_order() {
        let sc = scorer();
        let inputs = || {
            (0..24).map(|i| Input::Text {
                id: format!("d{i}"),
                text: "开发区推行一窗受理。".repeat(1 + i % 4),
            })
        };
        for threads in [1, 2] {
            let pool = rayon::ThreadPoolBuilder::new()
                .num_threads(threads)
                .build()
                .unwrap_or_else(|e| panic!("{e}"));
            let mut seen = Vec::new();
            pool.install(|| {
                // `install` runs this on a thread of the pool: that thread
                // is the caller here.
                let caller = std::thread::current().id();
                map_stream(
                    &sc,
                    inputs(),
                    8,
                    |item| (item.index, std::thread::current().id() == caller),
                    |done| seen.push(done),
                );
            });
            assert_eq!(
                seen.iter().map(|s| s.0).collect::<Vec<_>>(),
                (0..24).collect::<Vec<_>>()
            );
            if threads == 1 {
                assert!(seen.iter().all(|s| s.1), "one thread: all on the caller");
            }
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
