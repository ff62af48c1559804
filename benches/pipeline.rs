//! Criterion benchmarks of the scoring pipeline, stage by stage, each
//! reporting throughput in bytes: `decode` (bytes → `Document`: UTF-8 and
//! quality checks), `normalize`, `segment_match` (sentences, the term scan
//! and the context scan apart, and the joint scan of both that scoring
//! uses), `score_normalized` (everything scoring does after
//! normalization), `report` (scores as JSON), then one document and the
//! whole corpus end to end (`score_document`, `batch`).
//!
//! ```text
//! cargo bench --bench pipeline
//! ```
//!
//! The input is a 2 MB corpus from `zone_reform::corpus` sampling the seed
//! documents of `data/zones.toml` (seed 7: both
//! scripts, pinyin glosses and site boilerplate mixed in as in the seed
//! documents). Sample sizes and times are kept small so that a run takes
//! well under a minute; `examples/throughput.rs` gives the headline figures.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use rayon::prelude::*;
use std::hint::black_box;
use std::time::Duration;
use zone_reform::corpus::Corpus;
use zone_reform::matcher::JointHits;
use zone_reform::segment::sentences;
use zone_reform::{ingest, Document, Rubric, Scorer};

const CORPUS_BYTES: u64 = 2_000_000;

fn scorer() -> Scorer {
    Rubric::builtin()
        .and_then(|r| Scorer::new(&r))
        .unwrap_or_else(|e| panic!("the built-in rubric compiles: {e}"))
}

/// The benchmark corpus: `CORPUS_BYTES` sampled from the shipped seeds
/// with seed 7.
fn corpus() -> Vec<Document> {
    Corpus::from_manifest(concat!(env!("CARGO_MANIFEST_DIR"), "/data/zones.toml"))
        .unwrap_or_else(|e| panic!("the seed manifest reads: {e}"))
        .seed(7)
        .target_bytes(CORPUS_BYTES)
        .build()
        .into_documents()
}

fn bytes_of(docs: &[Document]) -> u64 {
    docs.iter().map(|d| d.text.len() as u64).sum()
}

/// Decoding alone: bytes → `Document` (UTF-8 validation, the quality
/// check, the copy into the document).
fn decode(c: &mut Criterion) {
    let docs = corpus();
    let mut group = c.benchmark_group("decode");
    group.throughput(Throughput::Bytes(bytes_of(&docs)));
    group.bench_function("utf8", |b| {
        b.iter(|| {
            docs.iter()
                .filter_map(|d| ingest::read_bytes(&d.id, black_box(d.text.as_bytes())).ok())
                .map(|d| d.text.len())
                .sum::<usize>()
        })
    });
    group.finish();
}

/// Normalization alone: width folding, T→S, glosses, boilerplate, offset map.
fn normalize(c: &mut Criterion) {
    let scorer = scorer();
    let docs = corpus();
    let mut group = c.benchmark_group("normalize");
    group.throughput(Throughput::Bytes(bytes_of(&docs)));
    group.bench_function("corpus", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| scorer.normalizer().normalize(black_box(&d.text)).text.len())
                .sum::<usize>()
        })
    });
    group.finish();
}

/// Segmentation and matching over normalized text (what scoring does before
/// it looks at the hits), and each alone.
fn segment_match(c: &mut Criterion) {
    let scorer = scorer();
    let docs = corpus();
    let texts: Vec<String> = docs
        .iter()
        .map(|d| scorer.normalizer().normalize(&d.text).text)
        .collect();
    let bytes: u64 = texts.iter().map(|t| t.len() as u64).sum();
    let matcher = scorer.matcher();
    let mut group = c.benchmark_group("segment_match");
    group.throughput(Throughput::Bytes(bytes));
    group.bench_function("segment", |b| {
        b.iter(|| {
            texts
                .iter()
                .map(|t| sentences(black_box(t)).count())
                .sum::<usize>()
        })
    });
    group.bench_function("match", |b| {
        b.iter(|| {
            texts
                .iter()
                .map(|t| matcher.find_iter(black_box(t)).count())
                .sum::<usize>()
        })
    });
    if let Some(context) = scorer.context_matcher() {
        group.bench_function("context", |b| {
            b.iter(|| {
                texts
                    .iter()
                    .map(|t| context.find_iter(black_box(t)).count())
                    .sum::<usize>()
            })
        });
    }
    group.bench_function("joint", |b| {
        let mut hits = JointHits::default();
        b.iter(|| {
            texts
                .iter()
                .map(|t| {
                    scorer.joint_scan().scan(black_box(t), &mut hits);
                    hits.of(0).len() + hits.of(1).len()
                })
                .sum::<usize>()
        })
    });
    group.bench_function("segment_and_match", |b| {
        b.iter(|| {
            texts
                .iter()
                .map(|t| sentences(black_box(t)).count() + matcher.find_iter(t).count())
                .sum::<usize>()
        })
    });
    group.finish();
}

/// Scoring normalized text (both scans, sentences, cues and levels,
/// context rules, evidence), and the scores written as JSON.
fn score_and_report(c: &mut Criterion) {
    let scorer = scorer();
    let docs = corpus();
    let normalized: Vec<_> = docs
        .iter()
        .map(|d| scorer.normalizer().normalize(&d.text))
        .collect();
    let mut group = c.benchmark_group("score_normalized");
    group.throughput(Throughput::Bytes(bytes_of(&docs)));
    group.bench_function("corpus", |b| {
        b.iter(|| {
            docs.iter()
                .zip(&normalized)
                .map(|(d, n)| scorer.score_normalized(&d.id, &d.text, black_box(n)).total)
                .sum::<f64>()
        })
    });
    group.finish();
    let scores: Vec<_> = docs
        .iter()
        .zip(&normalized)
        .map(|(d, n)| scorer.score_normalized(&d.id, &d.text, n))
        .collect();
    let mut group = c.benchmark_group("report");
    group.throughput(Throughput::Bytes(bytes_of(&docs)));
    group.bench_function("json", |b| {
        b.iter(|| {
            scores
                .iter()
                .filter(|s| serde_json::to_writer(std::io::sink(), black_box(s)).is_ok())
                .count()
        })
    });
    group.finish();
}

/// One document, bytes to score: the median-sized document of the corpus.
fn score_document(c: &mut Criterion) {
    let scorer = scorer();
    let mut docs = corpus();
    docs.sort_by_key(|d| d.text.len());
    let Some(doc) = docs.get(docs.len() / 2) else {
        return;
    };
    let mut group = c.benchmark_group("score_document");
    group.throughput(Throughput::Bytes(doc.text.len() as u64));
    group.bench_function("median", |b| {
        b.iter(
            || match ingest::read_bytes(&doc.id, black_box(doc.text.as_bytes())) {
                Ok(d) => scorer.score(&d).total,
                Err(_) => 0.0,
            },
        )
    });
    group.finish();
}

/// The whole corpus, bytes to scores, on one thread and on all.
fn batch(c: &mut Criterion) {
    let scorer = scorer();
    let docs = corpus();
    let score = |d: &Document| match ingest::read_bytes(&d.id, d.text.as_bytes()) {
        Ok(d) => scorer.score(&d).total,
        Err(_) => 0.0,
    };
    let mut group = c.benchmark_group("batch");
    group.throughput(Throughput::Bytes(bytes_of(&docs)));
    group.bench_function("single_thread", |b| {
        b.iter(|| black_box(&docs).iter().map(score).sum::<f64>())
    });
    group.bench_function("all_threads", |b| {
        b.iter(|| black_box(&docs).par_iter().map(score).sum::<f64>())
    });
    group.finish();
}

criterion_group! {
    name = pipeline;
    config = Criterion::default()
        .sample_size(10)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2));
    targets = decode, normalize, segment_match, score_and_report, score_document, batch
}
criterion_main!(pipeline);
