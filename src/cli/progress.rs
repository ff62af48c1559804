//! The progress bar: on stderr, only when stderr is a terminal, the batch
//! is large and `--quiet` is off; documents/s and MB/s as it goes.

use std::io::IsTerminal;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressState, ProgressStyle};

/// A batch this small finishes before a bar is worth drawing: at 100 MB/s
/// 32 documents or 8 MB take well under a second.
const LARGE_BATCH_DOCUMENTS: u64 = 32;
/// See [`LARGE_BATCH_DOCUMENTS`].
const LARGE_BATCH_BYTES: u64 = 8_000_000;

/// Progress over a batch of documents (a no-op when not shown).
pub struct Progress {
    bar: Option<ProgressBar>,
    bytes: Arc<AtomicU64>,
}

impl Progress {
    /// A bar for `documents` documents of `bytes` bytes in all, shown when
    /// it is worth it.
    pub fn new(documents: u64, bytes: u64, quiet: bool) -> Progress {
        let large = documents >= LARGE_BATCH_DOCUMENTS || bytes >= LARGE_BATCH_BYTES;
        let shown = !quiet && large && std::io::stderr().is_terminal();
        let done = Arc::new(AtomicU64::new(0));
        let bar = shown.then(|| {
            let bar = ProgressBar::with_draw_target(Some(documents), ProgressDrawTarget::stderr());
            let counter = Arc::clone(&done);
            let mbs = move |state: &ProgressState, w: &mut dyn std::fmt::Write| {
                let secs = state.elapsed().as_secs_f64().max(1e-3);
                let mb = counter.load(Ordering::Relaxed) as f64 / 1e6;
                let _ = write!(w, "{:.1} MB/s", mb / secs);
            };
            let docs_per_sec = |state: &ProgressState, w: &mut dyn std::fmt::Write| {
                let _ = write!(w, "{:.0} documents/s", state.per_sec());
            };
            if let Ok(style) = ProgressStyle::with_template(
                "{bar:30} {pos}/{len} documents  {dps}  {mbs}  eta {eta}",
            ) {
                bar.set_style(style.with_key("mbs", mbs).with_key("dps", docs_per_sec));
            }
            bar
        });
        Progress { bar, bytes: done }
    }

    /// One more document of `bytes` bytes done.
    pub fn inc(&self, bytes: u64) {
        self.bytes.fetch_add(bytes, Ordering::Relaxed);
        if let Some(bar) = &self.bar {
            bar.inc(1);
        }
    }

    /// Removes the bar.
    pub fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}
