//! Score every file of a directory tree on all cores, holding one document
//! per thread in memory at a time, and print counts.
//!
//! ```text
//! cargo run --release --example score_dir -- DIR
//! /usr/bin/time -v target/release/examples/score_dir DIR   # peak RSS
//! ```
//!
//! Files are listed lazily and handed to rayon with `par_bridge`; each is
//! read, scored and dropped, so memory stays flat however large the
//! directory is. Prints the number of files scored and failed, their bytes,
//! the mean total and the throughput, then the same as one JSON line
//! (`{"files", "bytes", "seconds", "mb_s", "threads"}`). `RAYON_NUM_THREADS=1`
//! runs it on one thread. Write a test directory with
//! `cargo run --release --example throughput -- --write-dir DIR --mb 1000`.

use rayon::prelude::*;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;
use zone_reform::{ingest, Rubric, Scorer};

#[derive(Default, Clone, Copy)]
struct Tally {
    files: u64,
    errors: u64,
    bytes: u64,
    total: f64,
}

impl Tally {
    fn add(self, other: Tally) -> Tally {
        Tally {
            files: self.files + other.files,
            errors: self.errors + other.errors,
            bytes: self.bytes + other.bytes,
            total: self.total + other.total,
        }
    }
}

/// Regular files under `root`, depth first, listed as they are found.
fn walk(root: &Path) -> impl Iterator<Item = PathBuf> + Send {
    let mut stack = vec![root.to_path_buf()];
    let mut current: Option<std::fs::ReadDir> = None;
    std::iter::from_fn(move || loop {
        if let Some(entries) = current.as_mut() {
            match entries.next() {
                Some(Ok(entry)) => {
                    let path = entry.path();
                    match entry.file_type() {
                        Ok(t) if t.is_dir() => stack.push(path),
                        Ok(t) if t.is_file() => return Some(path),
                        _ => {}
                    }
                    continue;
                }
                Some(Err(e)) => {
                    eprintln!("warning: {e}");
                    continue;
                }
                None => current = None,
            }
        }
        let dir = stack.pop()?;
        match std::fs::read_dir(&dir) {
            Ok(entries) => current = Some(entries),
            Err(e) => eprintln!("warning: {}: {e}", dir.display()),
        }
    })
}

fn main() -> ExitCode {
    let Some(root) = std::env::args_os().nth(1).map(PathBuf::from) else {
        eprintln!("usage: score_dir DIR");
        return ExitCode::from(2);
    };
    let scorer = match Rubric::builtin().and_then(|r| Scorer::new(&r)) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    };
    let start = Instant::now();
    let tally = walk(&root)
        .par_bridge()
        .map(|path| match ingest::read_path(&path) {
            Ok(doc) => Tally {
                files: 1,
                errors: 0,
                bytes: doc.text.len() as u64,
                total: scorer.score(&doc).total,
            },
            Err(e) => {
                eprintln!("error: {e}");
                Tally {
                    errors: 1,
                    ..Tally::default()
                }
            }
        })
        .reduce(Tally::default, Tally::add);
    let secs = start.elapsed().as_secs_f64();
    let mean = if tally.files > 0 {
        tally.total / tally.files as f64
    } else {
        0.0
    };
    let threads = rayon::current_num_threads();
    let mb_s = tally.bytes as f64 / 1e6 / secs;
    println!(
        "scored {} files ({} failed), {} bytes ({:.1} MB) in {secs:.2} s: {mb_s:.1} MB/s on {threads} threads; mean total {mean:.2}",
        tally.files,
        tally.errors,
        tally.bytes,
        tally.bytes as f64 / 1e6,
    );
    println!(
        "{{\"files\": {}, \"bytes\": {}, \"seconds\": {secs:.3}, \"mb_s\": {mb_s:.1}, \"threads\": {threads}}}",
        tally.files, tally.bytes
    );
    if tally.errors == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
