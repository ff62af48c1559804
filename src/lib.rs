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
//! assert_eq!(evidence.text, "設立園區一站式服務中心，累計受理115件次。");
//! assert_eq!(evidence.cue.as_deref(), Some("quantity 115件次"));
//! # Ok::<(), zone_reform::RubricError>(())
//! ```
//!
//! The default rubric, `rubrics/zone_reform.toml`, is built in:
//! [`Rubric::builtin`].
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
//! | rubric | [`rubric`] | TOML → [`Rubric`] |
//! | score | [`score`] | [`Document`] → [`ZoneScore`] |
//! | validate | [`validate`] | engine grades + gold grades → agreement figures |
//!
//! ## How a level is decided
//!
//! - Documents and rubric phrases are normalized alike: full-width forms fold
//!   to ASCII (`＋` → `+`), Traditional becomes Simplified, pinyin glosses
//!   inside words are removed (`濟(jì)南` → `济南`), and site boilerplate lines
//!   (ICP/备案, copyright and navigation footers, download-site notices,
//!   related-link lists) are dropped.
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
//!   `100余次`) as a cue. With no cue, the sentence is at the lowest level.
//! - A negation cue (`未`, `尚未`...) in the same clause cancels a term.
//! - Matching is leftmost-longest over all phrases at once, so an exclusion
//!   (`招商银行`) or a neutral phrase (`了解`, `未来`) swallows the shorter
//!   phrases inside it.
//! - Indicator level = the maximum over its evidence sentences. Dimension
//!   score = Σ wᵢ·levelᵢ / (L_max·Σ wᵢ) ∈ [0, 1]; dimension grade = the
//!   maximum indicator level. Total = 100 · Σ W_d·score_d / Σ W_d.
//!
//! ## Performance
//!
//! Building a [`Scorer`] normalizes every phrase and builds one Aho-Corasick
//! automaton; do it once. Scoring normalizes a document in one pass per line,
//! runs the automaton once over the whole normalized text, and evaluates only
//! the sentences that contain a hit.
#![warn(missing_docs)]

pub mod ingest;
pub mod lint;
pub mod manifest;
pub mod matcher;
pub mod normalize;
pub mod rubric;
pub mod score;
pub mod segment;
#[cfg(feature = "testkit")]
pub mod testkit;
pub mod validate;

pub use ingest::Document;
pub use manifest::Manifest;
pub use rubric::{Rubric, RubricError};
pub use score::{DimensionScore, Evidence, IndicatorScore, Scorer, ZoneScore};

/// The README's Rust examples, compiled and run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
