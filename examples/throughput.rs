//! Throughput of the scoring pipeline against a raw phrase scan.
//!
//! ```text
//! cargo run --release --example throughput -- [--mb N] [--seed S] [--repeat R]
//! cargo run --release --example throughput -- --write-dir DIR [--mb N] [--seed S]
//! ```
//!
//! Generates an N MB corpus in memory (`zone_reform::corpus`, seeded) and
//! measures, in one run:
//!
//! - (a) raw scan, single-threaded: aho-corasick's leftmost-longest search
//!   for all the compiled rubric phrases over every document's bytes,
//!   counting matches, in the crate's fastest configuration for them (a DFA).
//!   This is the floor: no scorer can do less than look at every byte once.
//!   For reference it also times the crate's default configuration and the
//!   scorer's own matcher alone.
//! - (b) pipeline, single-threaded: bytes → `Document` → `DocumentScore` for every
//!   document (UTF-8 check, normalization, segmentation, matching, scoring,
//!   evidence).
//! - (c) the same pipeline on all cores (rayon, one document per task).
//! - (d) the pipeline's stages one after another over the whole corpus:
//!   decode (`ingest`: UTF-8 check, quality check), normalize, match (the
//!   scorer's joint scan for its phrases, scope terms and context words
//!   over the normalized text), segment (sentence boundaries), read (what
//!   `Scorer::score_normalized` takes beyond the scan and segmentation:
//!   cues, levels, context rules and evidence for every sentence with a
//!   term hit) and report (the scores as JSON to a sink). Each is printed
//!   with its time, its share of the pipeline and its time against the raw
//!   scan's.
//!
//! Each measurement is repeated R times (default 3), interleaved, and the
//! fastest run counts, which is the usual defence against a noisy, shared
//! machine. MB is 10^6 bytes of document text. The last line is one JSON
//! object: `{"mb", "raw_scan_mb_s", "pipeline_mb_s", "ratio",
//! "parallel_mb_s", "threads"}` with `ratio` = pipeline / raw scan.
//!
//! `--only raw|matcher|pipeline|parallel` runs one measurement once, for profiling:
//! `valgrind --tool=callgrind target/release/examples/throughput --mb 4 --only pipeline`.
//!
//! With `--write-dir DIR` it writes the corpus as files instead (for
//! `examples/score_dir.rs` and the Python baseline) and measures nothing.

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use clap::Parser;
use rayon::prelude::*;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::{Duration, Instant};
use zone_reform::corpus::Corpus;
use zone_reform::matcher::JointHits;
use zone_reform::segment::sentences;
use zone_reform::{ingest, Document, Rubric, Scorer};

const MB: f64 = 1e6;

#[derive(Parser)]
#[command(about = "Measure pipeline throughput against a raw Aho-Corasick scan")]
struct Args {
    /// Corpus size in MB (10^6 bytes).
    #[arg(long, default_value_t = 32)]
    mb: u64,
    /// Corpus seed.
    #[arg(long, default_value_t = 7)]
    seed: u64,
    /// Runs of each measurement; the fastest counts.
    #[arg(long, default_value_t = 3)]
    repeat: u32,
    /// The manifest of the seed documents the corpus samples.
    #[arg(long, default_value = concat!(env!("CARGO_MANIFEST_DIR"), "/data/zones.toml"))]
    seeds: PathBuf,
    /// Write the corpus as files into this directory and exit.
    #[arg(long)]
    write_dir: Option<PathBuf>,
    /// Run one measurement once and print nothing else (for profilers such
    /// as `valgrind --tool=callgrind`).
    #[arg(long, value_enum)]
    only: Option<Stage>,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum Stage {
    Raw,
    Matcher,
    Pipeline,
    Parallel,
}

fn main() -> ExitCode {
    let args = Args::parse();
    let corpus = match Corpus::from_manifest(&args.seeds) {
        Ok(builder) => builder,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    };
    let corpus = corpus
        .seed(args.seed)
        .target_bytes(args.mb.saturating_mul(1_000_000));
    if let Some(dir) = &args.write_dir {
        return match corpus.write_dir(dir) {
            Ok(s) => {
                println!(
                    "wrote {} files, {} bytes ({:.1} MB) to {}",
                    s.files,
                    s.bytes,
                    s.bytes as f64 / MB,
                    s.dir.display()
                );
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("error: cannot write {}: {e}", dir.display());
                ExitCode::FAILURE
            }
        };
    }
    let scorer = match Rubric::builtin().and_then(|r| Scorer::new(&r)) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    };
    let docs = corpus.build().into_documents();
    if let Some(stage) = args.only {
        let out = match stage {
            Stage::Raw => match AhoCorasick::builder()
                .match_kind(MatchKind::LeftmostLongest)
                .kind(Some(AhoCorasickKind::DFA))
                .build(scorer.matcher().phrases())
            {
                Ok(ac) => raw_scan(&ac, &docs) as f64,
                Err(_) => 0.0,
            },
            Stage::Matcher => matcher_scan(&scorer, &docs) as f64,
            Stage::Pipeline => pipeline(&scorer, &docs),
            Stage::Parallel => pipeline_parallel(&scorer, &docs),
        };
        println!("{out}");
        return ExitCode::SUCCESS;
    }
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    let mb = bytes as f64 / MB;
    let threads = rayon::current_num_threads();
    println!(
        "corpus: {} documents, {bytes} bytes ({mb:.1} MB), seed {}; {threads} threads",
        docs.len(),
        args.seed
    );

    // Raw scans, for reference: (a) is aho-corasick's own leftmost-longest
    // search in its fastest configuration for these phrases (a DFA; left to
    // itself the crate picks a contiguous NFA above 100 patterns, shown too),
    // and the scorer's own matcher over the same bytes.
    let phrases = scorer.matcher().phrases();
    let dfa = match AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .kind(Some(AhoCorasickKind::DFA))
        .build(phrases)
    {
        Ok(ac) => ac,
        Err(e) => {
            eprintln!("error: cannot build the raw-scan automaton: {e}");
            return ExitCode::FAILURE;
        }
    };
    // The crate's default choice for these phrases, as the matcher builds
    // its fallback automaton.
    let auto = match AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .build(phrases)
    {
        Ok(ac) => ac,
        Err(e) => {
            eprintln!("error: cannot build the default automaton: {e}");
            return ExitCode::FAILURE;
        }
    };
    // raw scan (DFA), raw scan (crate default), matcher scan, pipeline, parallel
    let mut best = [Duration::MAX; 5];
    let mut best_stages = [Duration::MAX; STAGES.len()];
    // CPU seconds (all threads) of the single-threaded and parallel pipeline:
    // on a shared machine they tell whether a poor parallel speed-up comes
    // from the work (more CPU time in parallel) or from not getting the cores.
    let (mut cpu_single, mut cpu_parallel) = (f64::MAX, f64::MAX);
    for run in 1..=args.repeat.max(1) {
        let (t_raw, matches) = timed(|| raw_scan(&dfa, &docs));
        let (t_auto, auto_matches) = timed(|| raw_scan(&auto, &docs));
        let (t_matcher, matcher_hits) = timed(|| matcher_scan(&scorer, &docs));
        let cpu_before = cpu_seconds();
        let (t_pipe, sum) = timed(|| pipeline(&scorer, &docs));
        let cpu_between = cpu_seconds();
        let (t_par, par_sum) = timed(|| pipeline_parallel(&scorer, &docs));
        let cpu_after = cpu_seconds();
        if let (Some(a), Some(b), Some(c)) = (cpu_before, cpu_between, cpu_after) {
            cpu_single = cpu_single.min(b - a);
            cpu_parallel = cpu_parallel.min(c - b);
        }
        let (stage_times, stage_sum) = stages(&scorer, &docs);
        for (b, t) in best_stages.iter_mut().zip(stage_times) {
            *b = (*b).min(t);
        }
        for (how, other) in [("parallel", par_sum), ("stage-by-stage", stage_sum)] {
            if sum.to_bits() != other.to_bits() {
                eprintln!("error: {how} scores differ from single-threaded ({sum} vs {other})");
                return ExitCode::FAILURE;
            }
        }
        if matches != auto_matches || matches != matcher_hits {
            eprintln!("error: scans disagree ({matches}, {auto_matches}, {matcher_hits} matches)");
            return ExitCode::FAILURE;
        }
        println!(
            "run {run}: raw scan {:.1} MB/s ({matches} matches; crate default kind {:.1} MB/s; scorer's matcher {:.1} MB/s), pipeline {:.1} MB/s, parallel {:.1} MB/s (sum of totals {sum:.1})",
            mb / t_raw.as_secs_f64(),
            mb / t_auto.as_secs_f64(),
            mb / t_matcher.as_secs_f64(),
            mb / t_pipe.as_secs_f64(),
            mb / t_par.as_secs_f64(),
        );
        for (b, t) in best
            .iter_mut()
            .zip([t_raw, t_auto, t_matcher, t_pipe, t_par])
        {
            *b = (*b).min(t);
        }
    }
    let [raw, auto, matcher, pipe, par] = best.map(|t| mb / t.as_secs_f64());
    println!(
        "best: raw scan {raw:.1} MB/s (crate default kind {auto:.1}, scorer's matcher {matcher:.1}), pipeline {pipe:.1} MB/s ({:.2} of raw), parallel {par:.1} MB/s ({:.2}x single)",
        pipe / raw,
        par / pipe
    );
    let stage_total: f64 = best_stages.iter().map(Duration::as_secs_f64).sum();
    let raw_secs = mb / raw;
    let line: Vec<String> = STAGES
        .iter()
        .zip(best_stages)
        .map(|(name, t)| {
            let secs = t.as_secs_f64();
            format!(
                "{name} {:.1} ms ({:.0} %, {:.2}x raw scan time)",
                secs * 1e3,
                100.0 * secs / stage_total.max(f64::EPSILON),
                secs / raw_secs.max(f64::EPSILON)
            )
        })
        .collect();
    println!(
        "stages (best of each, sum {:.1} ms = {:.1} MB/s): {}",
        stage_total * 1e3,
        mb / stage_total.max(f64::EPSILON),
        line.join("; ")
    );
    if cpu_single < f64::MAX && cpu_parallel < f64::MAX {
        println!(
            "cpu time: pipeline {cpu_single:.2} s single-threaded, {cpu_parallel:.2} s over {threads} threads (speed-up with {threads} free cores at most {:.2}x)",
            threads as f64 * cpu_single / cpu_parallel.max(f64::EPSILON)
        );
    }
    // Written by hand to keep the documented key order.
    println!(
        "{{\"mb\": {mb:.1}, \"raw_scan_mb_s\": {raw:.1}, \"pipeline_mb_s\": {pipe:.1}, \"ratio\": {:.3}, \"parallel_mb_s\": {par:.1}, \"threads\": {threads}}}",
        pipe / raw
    );
    ExitCode::SUCCESS
}

/// User plus system CPU time of the whole process (all threads), from
/// `/proc/self/stat` (Linux; in clock ticks of 10 ms).
fn cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    let fields: Vec<&str> = stat.rsplit_once(')')?.1.split_whitespace().collect();
    let utime: f64 = fields.get(11)?.parse().ok()?;
    let stime: f64 = fields.get(12)?.parse().ok()?;
    Some((utime + stime) / 100.0)
}

fn timed<T>(f: impl FnOnce() -> T) -> (Duration, T) {
    let start = Instant::now();
    let out = f();
    (start.elapsed(), out)
}

/// (a) An aho-corasick automaton over every document, counting matches.
#[inline(never)] // a frame of its own, for `callgrind --toggle-collect`
fn raw_scan(ac: &AhoCorasick, docs: &[Document]) -> usize {
    docs.iter().map(|d| ac.find_iter(&d.text).count()).sum()
}

/// The scorer's matcher alone over every document, counting hits.
#[inline(never)] // a frame of its own, for `callgrind --toggle-collect`
fn matcher_scan(scorer: &Scorer, docs: &[Document]) -> usize {
    let matcher = scorer.matcher();
    docs.iter()
        .map(|d| matcher.find_iter(&d.text).count())
        .sum()
}

/// Bytes → `Document` → `DocumentScore`; returns the total, so nothing is
/// optimised away and runs can be compared.
fn score_bytes(scorer: &Scorer, doc: &Document) -> f64 {
    match ingest::read_bytes(&doc.id, doc.text.as_bytes()) {
        Ok(d) => scorer.score(&d).total,
        Err(_) => 0.0,
    }
}

/// (b) The full pipeline, one document after another.
#[inline(never)] // a frame of its own, for `callgrind --toggle-collect`
fn pipeline(scorer: &Scorer, docs: &[Document]) -> f64 {
    docs.iter().map(|d| score_bytes(scorer, d)).sum()
}

/// The stages of (d), in pipeline order.
const STAGES: [&str; 6] = ["decode", "normalize", "match", "segment", "read", "report"];

/// (d) The pipeline stage by stage over the whole corpus, each stage's
/// output kept for the next; returns each stage's time and the sum of the
/// totals (equal to the pipeline's).
///
/// `Scorer::score_normalized` scans for terms and context words in one
/// pass, segments, and reads the sentences that hold a hit; the first two
/// are timed alone (match, segment), and "read" is what scoring takes
/// beyond them (cues and levels, context rules, evidence), so that the
/// stages add up to the pipeline.
#[inline(never)] // a frame of its own, for `callgrind --toggle-collect`
fn stages(scorer: &Scorer, docs: &[Document]) -> ([Duration; STAGES.len()], f64) {
    let (decode, decoded) = timed(|| {
        docs.iter()
            .filter_map(|d| ingest::read_bytes(&d.id, d.text.as_bytes()).ok())
            .collect::<Vec<_>>()
    });
    let (normalize, normalized) = timed(|| {
        decoded
            .iter()
            .map(|d| scorer.normalizer().normalize(&d.text))
            .collect::<Vec<_>>()
    });
    let (matching, _) = timed(|| {
        let mut hits = JointHits::default();
        normalized
            .iter()
            .map(|n| {
                scorer.joint_scan().scan(&n.text, &mut hits);
                hits.of(0).len() + hits.of(1).len()
            })
            .sum::<usize>()
    });
    let (segment, _) = timed(|| {
        normalized
            .iter()
            .map(|n| sentences(&n.text).count())
            .sum::<usize>()
    });
    let (score, scores) = timed(|| {
        decoded
            .iter()
            .zip(&normalized)
            .map(|(d, n)| scorer.score_normalized(&d.id, &d.text, n))
            .collect::<Vec<_>>()
    });
    let read = score.saturating_sub(matching + segment);
    let (report, _) = timed(|| {
        scores
            .iter()
            .filter(|s| serde_json::to_writer(std::io::sink(), s).is_ok())
            .count()
    });
    let sum = scores.iter().map(|s| s.total).sum();
    ([decode, normalize, matching, segment, read, report], sum)
}

/// (c) The full pipeline on all cores. Summed in document order so the
/// result is bit-identical to the single-threaded sum.
#[inline(never)] // a frame of its own, for `callgrind --toggle-collect`
fn pipeline_parallel(scorer: &Scorer, docs: &[Document]) -> f64 {
    let totals: Vec<f64> = docs.par_iter().map(|d| score_bytes(scorer, d)).collect();
    totals.iter().sum()
}
