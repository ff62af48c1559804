//! # zone-reform
//!
//! Score Chinese development-zone (开发区 / 经开区 / 高新区 / 产业园区) reform
//! documents against a rubric written in TOML, quote the sentence behind every
//! point, and benchmark zones against each other.
//!
//! A [`Rubric`] describes reform dimensions (管委会+公司, 全员聘任制, 一站式服务,
//! 招商引资...), their indicators and phrases, and evidence levels. It is
//! compiled once into a [`Scorer`], an immutable, `Send + Sync` object that
//! scores any number of documents, from any number of threads.
//!
//! ```
//! use zone_reform::{Document, Rubric, Scorer};
//!
//! let rubric = Rubric::from_toml_str(r#"
//!     [rubric]
//!     id = "demo"
//!     version = "1"
//!
//!     [[levels]]
//!     name = "mention"
//!     value = 1
//!
//!     [[levels]]
//!     name = "achieved"
//!     value = 2
//!     cues = ["已"]
//!     unless = ["将"]
//!     quantity = true
//!
//!     [quantity]
//!     units = ["件次"]
//!
//!     [[dimensions]]
//!     id = "one_stop"
//!     name = "一站式服务"
//!
//!       [[dimensions.indicators]]
//!       id = "window"
//!       any = ["一站式", "一窗受理"]
//! "#, None)?;
//! let scorer = Scorer::new(&rubric)?;
//!
//! // Traditional script, full-width punctuation: normalized before matching.
//! let doc = Document::from_text("zone-a", "設立園區一站式服務中心，累計受理115件次。");
//! let score = scorer.score(&doc);
//! let one_stop = &score.dimensions[0];
//! assert_eq!(one_stop.grade, 2);
//! assert_eq!(score.total, 100.0);
//! // The evidence is quoted as the author wrote it.
//! let evidence = &one_stop.indicators[0].evidence[0];
//! assert_eq!(&*evidence.text, "設立園區一站式服務中心，累計受理115件次。");
//! assert_eq!(evidence.cue.as_deref(), Some("quantity 115件次"));
//! # Ok::<(), zone_reform::RubricError>(())
//! ```
//!
//! The default rubric, `rubrics/zone_reform.toml`, is built in:
//! [`Rubric::builtin`].
//!
//! ## The program
//!
//! The crate also builds `zone-reform` (`cargo install --path .`), a
//! command-line program over this library: `score`, `bench`, `validate`,
//! `kwic`, `explain`, `lint`, `check`, `rubric`, `completions`. It owns the
//! flags, terminal output, progress bars, JSON-lines framing and exit codes;
//! the library returns values and errors and knows nothing of a terminal.
//! The program sits behind the default feature `cli`; depend on the crate
//! with `default-features = false` to leave clap, indicatif and the rest
//! out.
//!
//! ## Pipeline
//!
//! One module per stage; data flows one way.
//!
//! | stage | module | in → out |
//! |---|---|---|
//! | ingest | [`ingest`], [`manifest`] | bytes, files → [`Document`] |
//! | normalize | [`normalize`] | text → [`normalize::NormalizedText`] |
//! | segment | [`segment`] | normalized text → [`segment::Sentence`]s |
//! | matcher | [`matcher`] | text → [`matcher::Hit`]s of every rubric phrase |
//! | rubric | [`rubric`], [`lint`] | TOML → [`Rubric`]; findings about a rubric |
//! | score | [`score`], [`aggregate`] | [`Document`] → [`DocumentScore`] (levels aggregated as the rubric says) |
//! | batch | [`batch`] | many inputs → scores in input order, in parallel, bounded memory |
//! | benchmark | [`benchmark`] | [`DocumentScore`]s of many documents → [`benchmark::Benchmark`] |
//! | report | [`report`] | [`benchmark::Benchmark`] → Markdown, JSON, CSV, HTML |
//! | validate | [`validate`] | engine grades + gold grades → agreement figures |
//! | kwic | [`kwic`] | a phrase → its occurrences, and why each counted or not |
//!
//! ## How a level is decided
//!
//! - Documents and rubric phrases are normalized alike: full-width forms fold
//!   to ASCII (`＋` → `+`), Traditional becomes Simplified, pinyin glosses
//!   inside words are removed (`濟(jì)南` → `济南`; a gloss has a tone mark, or
//!   is one pinyin syllable followed by a Han character, in either case, so
//!   `(EPC)模式` stays), and site boilerplate lines (ICP/备案, copyright and
//!   navigation footers, download-site notices, related-link lists: three or
//!   more bullet headlines that do not end a sentence) are dropped. The
//!   lines of a hard-wrapped text (a PDF extract broken every few dozen
//!   characters) are joined back into their paragraphs, so a sentence cut
//!   by a line break reads whole.
//! - A sentence ends at `。！？!?` or a line break; clauses split further at
//!   `，,；;：:` (not at `、`).
//! - A sentence is evidence for an indicator when it contains one of its
//!   `any` terms, or a term of every one of its `all` groups.
//! - Its level is the highest level whose cues occur in it. An `unless` cue
//!   of a level blocks that level's cues *after it* in the sentence: in
//!   `“七一”前将完成审批大厅建设,实现33项业务集中办理` the future marker `将`
//!   keeps both `完成` and the quantity `33项` from reading as achieved, while
//!   in `管委会注册成立了投资有限公司,公司将以项目合作方式…` the achievement
//!   `了` comes first and stands. A level with `quantity = true` also takes a
//!   number in Arabic digits followed by a counting unit (`115件次`,
//!   `100余次`) as a cue. With no cue, the sentence is at the lowest level;
//!   so is a question (`改革带来了哪些变化?`), which asserts nothing.
//! - A negation cue (`未`, `尚未`...) cancels the terms and the level cues in
//!   its clause: `尚未推行全员聘任制` is no evidence, and in `尚未完成评估`
//!   the cue `完成` does not count.
//! - A rubric may say what its documents must be about (`[scope]`): a
//!   document with fewer than `min_hits` scope terms is out of scope, grade
//!   0 everywhere, with the reason in [`score::ScopeDecision`]. Counting
//!   occurrences keeps invariants 2 and 3: adding text never takes a
//!   document out of scope, reordering changes nothing.
//! - Context rules (`[[context]]`, `[[dimensions.context]]`,
//!   `[[dimensions.indicators.context]]`) cap a term whose clause (or
//!   sentence) holds one of their words: `cap = 0` voids it (a mall's 招商
//!   of tenants), `cap = 1` keeps it a mention (a problem list). Voided and
//!   negated hits are kept in [`score::IndicatorScore::discounted`], caps in
//!   [`score::Evidence::cap`].
//! - An indicator's `generic` terms (招商引资) count like `any` terms, but
//!   evidence from them alone stays at `[generic] cap` unless a `bound`
//!   phrase (机制, 专班) or a counted result lies in their clause.
//! - Where a level's cues count around a term is `[evidence] cue_window`
//!   (or the level's `window`): the sentence, the term's clause, or the
//!   rest of the sentence from the term's clause on.
//! - Matching is leftmost-longest over all phrases at once, so an exclusion
//!   (`招商银行`) or a neutral phrase (`了解`, `未来`) swallows the shorter
//!   phrases inside it.
//! - Indicator level = the maximum over its evidence sentences. Dimension
//!   score = Σ wᵢ·levelᵢ / (L_max·Σ wᵢ) ∈ [0, 1]; dimension grade = the
//!   maximum indicator level. Total = 100 · Σ W_d·score_d / Σ W_d.
//! - That is the default aggregation (`method = "weighted"`). A rubric may
//!   choose the PMC index model instead (`[aggregation] method = "pmc"`,
//!   see [`aggregate`]): each indicator is 1 when its level reaches
//!   `min_level`, a dimension's score is the mean of those 0/1 values, the
//!   PMC index their sum ([`DocumentScore::pmc`]), and the total 100 · index /
//!   number of dimensions, so benchmarks and reports read it unchanged.
//!
//! ## Invariants
//!
//! These hold for every rubric and document and are property-tested
//! (`tests/invariants.rs`; the test kit, `zone_reform::testkit` behind the
//! `testkit` feature, checks them for a rubric of your own):
//!
//! 1. Every score lies in its range: totals in [0, 100], dimension scores in
//!    [0, 1], grades and levels in [0, L_max], whatever the weights (they
//!    enter the sums as shares of the largest weight, so even weights near
//!    `f64::MAX` cannot overflow).
//! 2. Appending sentences (text ending in `。！？!?`) on a new line never
//!    lowers an indicator level. (A line is site boilerplate or not as a
//!    whole: appending `本站…` to a short line drops that line. A bullet
//!    headline without final punctuation is no sentence: appended below two
//!    others it completes a related-link list, which is dropped.)
//! 3. Reordering sentences within their lines, whole lines, dimensions or
//!    indicators changes no level or grade, and no score beyond
//!    floating-point rounding (relative 1e-9: sums are taken in rubric
//!    order). (Bullet headlines moved together or apart can make or break a
//!    related-link list.)
//! 4. Scaling all weights by a positive constant changes no score beyond
//!    rounding (relative 1e-9).
//! 5. Traditional and Simplified forms of a text score the same, for the
//!    Traditional forms the conversion table (`fast2s`) maps back. It keeps
//!    `覆` in `批覆`/`答覆`/`回覆` and `藉` in `藉助`, so a Traditional
//!    document writing `批覆` does not match a rubric's `批复`: write both
//!    forms in the rubric where it matters.
//! 6. Normalization is idempotent; an empty, blank or boilerplate-only
//!    document scores 0 everywhere.
//! 7. A rubric serialized ([`Rubric::to_toml_string`]) and parsed again
//!    compiles to an equal [`Scorer`].
//! 8. A zone's own scores ([`Scorer::combine`] over its documents) do not
//!    depend on the other zones scored with it, and in a
//!    [`benchmark::Benchmark`] the frontier zone of a dimension has distance
//!    to frontier 100 on it (property-tested in `tests/benchmark/properties.rs`).
//!
//! [`lint`] finds what a valid rubric may still get wrong: phrases that
//! cannot count, double counting, cues that are terms, weights too small to
//! matter (`zone-reform lint PATH`).
//!
//! ## Performance
//!
//! Building a [`Scorer`] normalizes every phrase and builds its automata; do
//! it once. Scoring validates the bytes once, normalizes a document in one
//! pass per line, and runs one joint scan over the normalized text
//! ([`matcher::JointScan`]): a compact character-wise automaton of the
//! rubric's phrases and of its scope and context words together, from which
//! each set's own leftmost-longest hits are taken, so that the two sets
//! never swallow each other's phrases yet the text is read once. Characters
//! that begin no phrase, or begin one but are not followed by any phrase's
//! second character, are stepped over a character at a time with one
//! combined test of three 8 KiB bit sets. Only the sentences that hold a term hit are read,
//! with buffers reused per thread. `examples/throughput.rs` prints each
//! stage's time against a raw Aho-Corasick scan of the same phrases.
#![warn(missing_docs)]

pub mod aggregate;
pub mod batch;
pub mod benchmark;
pub mod corpus;
pub mod ingest;
pub mod kwic;
pub mod lint;
pub mod manifest;
pub mod matcher;
pub mod normalize;
pub mod report;
mod rng;
pub mod rubric;
pub mod score;
pub mod segment;
#[cfg(feature = "testkit")]
pub mod testkit;
pub mod validate;

pub use ingest::{Document, IngestError, Ingestor, Limits};
pub use manifest::Manifest;
pub use rubric::{Rubric, RubricError};
pub use score::{DimensionScore, DocumentScore, Evidence, IndicatorScore, Scorer, ZoneScore};

/// The README's Rust examples, compiled and run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
