//! Running a validation end to end: score the documents a gold file names
//! with a [`Scorer`], pair the engine's dimension grades with the gold
//! grades, compute the [`Agreement`], and explain every disagreement with
//! the engine's decisive evidence sentence. The agreement is also given per
//! collection and per document kind, the off-topic controls the engine
//! graded above 0 are listed, and [`Thresholds`] turn the figures into a
//! pass or fail.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

use rayon::prelude::*;
use serde::Serialize;

use super::agreement::{Agreement, Cell};
use super::bootstrap::Bootstrap;
use super::gold::{GoldError, GoldFile, Location};
use super::StatsError;
use crate::ingest::{self, IngestError};
use crate::score::{DimensionScore, DocumentScore, Evidence, Scorer};

/// Why a validation could not run. Every message names the gold file (and
/// line and column where there is one) and says what to fix.
#[derive(Debug, thiserror::Error)]
pub enum ValidateError {
    /// The gold file itself is wrong (e.g. a grade above the rubric's
    /// highest level).
    #[error(transparent)]
    Gold(#[from] GoldError),
    /// A document named in the gold file cannot be read.
    #[error("{}:{at}: document `{file}` named here cannot be read: {source}. Gold files name documents relative to the documents directory {} ; fix the name or the documents directory", gold.display(), docs_dir.display())]
    MissingDocument {
        /// The gold file.
        gold: PathBuf,
        /// The `[[doc]]` naming the document.
        at: Location,
        /// The `file` value.
        file: String,
        /// The directory the file was looked for in.
        docs_dir: PathBuf,
        /// Why it could not be read.
        #[source]
        source: Box<IngestError>,
    },
    /// A gold document has no engine score ([`Validation::from_scores`]).
    #[error("{}:{at}: document `{file}` named here has no score; pass a DocumentScore whose `document` is `{file}`", gold.display())]
    NotScored {
        /// The gold file.
        gold: PathBuf,
        /// The `[[doc]]` naming the document.
        at: Location,
        /// The `file` value.
        file: String,
    },
    /// A gold grade for a dimension the rubric does not have.
    #[error("{}:{at}: dimension `{dimension}` (graded for {file}) is not in the rubric, whose dimensions are {}; rename the key to one of them or use the rubric that defines it", gold.display(), known.join(", "))]
    UnknownDimension {
        /// The gold file.
        gold: PathBuf,
        /// Where the grade is written.
        at: Location,
        /// The document it grades.
        file: String,
        /// The unknown dimension id.
        dimension: String,
        /// The rubric's dimension ids, in rubric order.
        known: Vec<String>,
    },
    /// The statistics could not be computed (e.g. bad bootstrap settings).
    #[error(transparent)]
    Stats(#[from] StatsError),
}

/// The rubric a validation ran with.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RubricId {
    /// The rubric's id.
    pub id: String,
    /// The rubric's version.
    pub version: String,
}

/// One gold document as scored.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ValidatedDoc {
    /// The gold `file` value (also the score's document id).
    pub file: String,
    /// The gold `zone` value, if given.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub zone: Option<String>,
    /// The document's kind (`# kind:` comment), if given.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// The document's collection ([`crate::validate::GoldDoc::collection`]).
    pub collection: String,
    /// The engine's total on 0–100.
    pub total: f64,
    /// The sum of the document's gold grades.
    pub gold_sum: u64,
    /// The engine's full score (not serialized; score the document itself
    /// for that).
    #[serde(skip)]
    pub score: DocumentScore,
    /// The dimensions the gold file grades for this document (not
    /// serialized; the cells carry them): an off-topic document counts as
    /// graded above 0 only on these, since a rubric may score more
    /// dimensions than the coders coded.
    #[serde(skip)]
    pub graded: Vec<String>,
}

/// The sentence that decided an engine grade: the first evidence sentence,
/// in document order, at the dimension's grade, across its indicators.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DecisiveEvidence {
    /// The indicator it is evidence for.
    pub indicator: String,
    /// The sentence, its byte range, level, terms and cue.
    #[serde(flatten)]
    pub evidence: Evidence,
}

/// A cell where the engine and gold disagree, with the engine's reason.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Disagreement {
    /// The document, dimension and both grades.
    #[serde(flatten)]
    pub cell: Cell,
    /// The gold `zone` value, if given.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub zone: Option<String>,
    /// The engine's decisive evidence; `None` when the engine grade is 0
    /// (no indicator has evidence).
    pub evidence: Option<DecisiveEvidence>,
}

/// A finished validation: the scored documents, the cells, the agreement
/// figures and the disagreements.
///
/// Serializes to JSON as `{"rubric", "gold", "max_grade", "bootstrap",
/// "overall", "dimensions", "documents", "cells", "disagreements"}`, the
/// figures as in [`Agreement`].
///
/// ```no_run
/// use zone_reform::validate::{default_docs_dir, Bootstrap, GoldFile, Validation};
/// use zone_reform::{Rubric, Scorer};
///
/// let scorer = Scorer::new(&Rubric::builtin()?)?;
/// let gold = GoldFile::load("data/gold/seeds.toml")?;
/// let docs = default_docs_dir(&gold.path); // data/
/// let v = Validation::run(&scorer, &gold, &docs, &Bootstrap::default())?;
/// println!("quadratic kappa {:?}", v.agreement.overall.cells.kappa_quadratic);
/// for d in &v.disagreements {
///     println!("{} / {}: gold {} engine {}", d.cell.file, d.cell.dimension, d.cell.gold, d.cell.engine);
/// }
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Validation {
    /// The rubric the engine ran with.
    pub rubric: RubricId,
    /// The gold file's path.
    pub gold: PathBuf,
    /// The agreement figures (serialized flat: `max_grade`, `bootstrap`,
    /// `overall`, `dimensions`).
    #[serde(flatten)]
    pub agreement: Agreement,
    /// The gold documents in gold-file order, as scored.
    pub documents: Vec<ValidatedDoc>,
    /// One cell per gold grade, in gold-file order, dimensions sorted.
    pub cells: Vec<Cell>,
    /// `(engine_total, gold_sum)` per document, in gold-file order (what
    /// [`Agreement::compute`] was given).
    #[serde(skip)]
    pub totals: Vec<(f64, f64)>,
    /// The cells where gold and engine differ, in `cells` order.
    pub disagreements: Vec<Disagreement>,
    /// The agreement within each collection, by collection name (cells
    /// and documents of that collection only).
    pub collections: BTreeMap<String, GroupAgreement>,
    /// The agreement within each document kind, by kind; documents without
    /// a kind are left out.
    pub kinds: BTreeMap<String, GroupAgreement>,
    /// The `offtopic` documents the engine graded above 0 on at least one
    /// dimension (graded or not by gold), in gold-file order.
    pub offtopic_positive: Vec<PositiveDoc>,
}

/// The agreement over one group of documents (a collection or a kind).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GroupAgreement {
    /// Number of documents in the group.
    pub n_docs: usize,
    /// How many of them the engine graded above 0 on at least one
    /// dimension (for off-topic controls: the false positives).
    pub positive_docs: usize,
    /// Their agreement figures, as for all documents.
    #[serde(flatten)]
    pub agreement: Agreement,
}

/// A document the engine graded above 0, with the dimensions it did.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PositiveDoc {
    /// The gold `file` value.
    pub file: String,
    /// Its collection.
    pub collection: String,
    /// The engine's total.
    pub total: f64,
    /// `(dimension id, engine grade)` for every dimension graded above 0,
    /// in rubric order.
    pub dimensions: Vec<(String, u32)>,
    /// The decisive evidence of the first such dimension.
    pub evidence: Option<DecisiveEvidence>,
}

/// Floors (and a ceiling) on the pooled figures of a [`Validation`]; each
/// `None` is not checked. See [`Validation::check`].
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Thresholds {
    /// Lowest acceptable quadratic-weighted κ over all cells.
    pub min_qwk: Option<f64>,
    /// Lowest acceptable exact agreement over all cells.
    pub min_exact: Option<f64>,
    /// Lowest acceptable presence F1 over all cells.
    pub min_f1: Option<f64>,
    /// Most off-topic documents the engine may grade above 0.
    pub max_offtopic_positive: Option<usize>,
}

/// One threshold a validation did not meet.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ThresholdFailure {
    /// Which figure: `qwk`, `exact`, `f1` or `offtopic_positive`.
    pub figure: &'static str,
    /// Its value; `None` when it is undefined on this data (which fails
    /// any floor: it cannot be shown to hold).
    pub value: Option<f64>,
    /// The threshold.
    pub limit: f64,
    /// `true` for a floor (value must be at least `limit`), `false` for a
    /// ceiling (at most `limit`).
    pub floor: bool,
}

impl std::fmt::Display for ThresholdFailure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let (rel, word) = if self.floor {
            ("<", "at least")
        } else {
            (">", "at most")
        };
        match self.value {
            // A count: no decimals.
            Some(v) if !self.floor => write!(
                f,
                "{} = {v:.0} {rel} {:.0} (must be {word} {:.0})",
                self.figure, self.limit, self.limit
            ),
            Some(v) => write!(
                f,
                "{} = {v:.3} {rel} {:.3} (must be {word} {:.3})",
                self.figure, self.limit, self.limit
            ),
            None => write!(
                f,
                "{} is undefined on this data (must be {word} {:.3})",
                self.figure, self.limit
            ),
        }
    }
}

/// The directory gold `file` values are relative to by default: the parent
/// of the gold file's directory (`data/gold/seeds.toml` → `data`), or `.`
/// when the gold path has no such parent.
pub fn default_docs_dir(gold_path: &Path) -> PathBuf {
    gold_path
        .parent()
        .and_then(Path::parent)
        .filter(|p| !p.as_os_str().is_empty())
        .map_or_else(|| PathBuf::from("."), Path::to_path_buf)
}

/// The first evidence sentence, in document order, at the dimension's
/// grade, across its indicators (ties go to the indicator listed first);
/// `None` when the grade is 0.
pub fn decisive_evidence(dim: &DimensionScore) -> Option<DecisiveEvidence> {
    if dim.grade == 0 {
        return None;
    }
    dim.indicators
        .iter()
        .filter_map(|ind| {
            ind.evidence
                .iter()
                .find(|e| e.level == dim.grade)
                .map(|e| (ind, e))
        })
        .min_by_key(|(_, e)| e.start)
        .map(|(ind, e)| DecisiveEvidence {
            indicator: ind.id.clone(),
            evidence: e.clone(),
        })
}

impl Validation {
    /// Reads and scores every document `gold` names (its `file` resolved
    /// against `docs_dir`, see [`default_docs_dir`]), then computes the
    /// agreement as [`Validation::from_scores`]. Documents are scored in
    /// parallel.
    ///
    /// # Errors
    /// [`ValidateError::UnknownDimension`] for a gold dimension the rubric
    /// lacks, [`ValidateError::Gold`] for a grade above the rubric's highest
    /// level, [`ValidateError::MissingDocument`] for the first document (in
    /// gold-file order) that cannot be read, and [`ValidateError::Stats`]
    /// for bad bootstrap settings. The gold file is checked before any
    /// document is read.
    pub fn run(
        scorer: &Scorer,
        gold: &GoldFile,
        docs_dir: &Path,
        bootstrap: &Bootstrap,
    ) -> Result<Validation, ValidateError> {
        check_gold(scorer, gold)?;
        let mut docs = Vec::with_capacity(gold.docs.len());
        for g in &gold.docs {
            let path = docs_dir.join(&g.file);
            let mut doc =
                ingest::read_path(&path).map_err(|source| ValidateError::MissingDocument {
                    gold: gold.path.clone(),
                    at: g.location,
                    file: g.file.clone(),
                    docs_dir: docs_dir.to_path_buf(),
                    source: Box::new(source),
                })?;
            doc.id = g.file.clone();
            docs.push(doc);
        }
        let scores: Vec<DocumentScore> = docs.par_iter().map(|d| scorer.score(d)).collect();
        Validation::from_scores(scorer, gold, &scores, bootstrap)
    }

    /// The validation from scores already computed by `scorer`: a gold
    /// document matches the score whose `document` equals its `file`.
    /// Builds one [`Cell`] per gold grade (engine grade = the dimension's
    /// grade), one `(total, gold_sum)` pair per document, the
    /// [`Agreement`], and the disagreements with their decisive evidence.
    ///
    /// # Errors
    /// [`ValidateError::UnknownDimension`], [`ValidateError::Gold`] (grade
    /// above the highest level), [`ValidateError::NotScored`] for a gold
    /// document without a score, [`ValidateError::Stats`].
    pub fn from_scores(
        scorer: &Scorer,
        gold: &GoldFile,
        scores: &[DocumentScore],
        bootstrap: &Bootstrap,
    ) -> Result<Validation, ValidateError> {
        check_gold(scorer, gold)?;
        let by_id: HashMap<&str, &DocumentScore> =
            scores.iter().map(|s| (s.document.as_str(), s)).collect();
        let mut documents = Vec::with_capacity(gold.docs.len());
        for g in &gold.docs {
            let Some(score) = by_id.get(g.file.as_str()) else {
                return Err(ValidateError::NotScored {
                    gold: gold.path.clone(),
                    at: g.location,
                    file: g.file.clone(),
                });
            };
            documents.push(ValidatedDoc {
                file: g.file.clone(),
                zone: g.zone.clone(),
                kind: g.kind.clone(),
                collection: g.collection().to_string(),
                total: score.total,
                gold_sum: g.grade_sum(),
                score: (*score).clone(),
                graded: g.grades.keys().cloned().collect(),
            });
        }
        let doc_of: HashMap<&str, &ValidatedDoc> =
            documents.iter().map(|d| (d.file.as_str(), d)).collect();
        let dimension = |file: &str, dim: &str| -> Option<&DimensionScore> {
            doc_of
                .get(file)
                .and_then(|d| d.score.dimensions.iter().find(|x| x.id == dim))
        };
        let cells = gold.pair_with(|file, dim| dimension(file, dim).map(|d| d.grade));
        let totals: Vec<(f64, f64)> = documents
            .iter()
            .map(|d| (d.total, d.gold_sum as f64))
            .collect();
        let agreement = Agreement::compute(&cells, &totals, scorer.max_level(), bootstrap)?;
        let disagreements = cells
            .iter()
            .filter(|c| c.gold != c.engine)
            .map(|c| Disagreement {
                cell: c.clone(),
                zone: doc_of.get(c.file.as_str()).and_then(|d| d.zone.clone()),
                evidence: dimension(&c.file, &c.dimension).and_then(decisive_evidence),
            })
            .collect();
        let max_level = scorer.max_level();
        let group = |key: &dyn Fn(&ValidatedDoc) -> Option<String>| {
            group_agreements(&documents, &cells, key, max_level, bootstrap)
        };
        let collections = group(&|d| Some(d.collection.clone()))?;
        let kinds = group(&|d| d.kind.clone())?;
        let offtopic_positive = documents
            .iter()
            .filter(|d| d.kind.as_deref() == Some("offtopic"))
            .filter_map(positive_doc)
            .collect();
        Ok(Validation {
            rubric: RubricId {
                id: scorer.info().id.clone(),
                version: scorer.info().version.clone(),
            },
            gold: gold.path.clone(),
            agreement,
            documents,
            cells,
            totals,
            disagreements,
            collections,
            kinds,
            offtopic_positive,
        })
    }

    /// The thresholds this validation does not meet, in the order qwk,
    /// exact, f1, off-topic positives; empty when it meets them all.
    ///
    /// ```no_run
    /// # use zone_reform::validate::{default_docs_dir, Bootstrap, GoldFile, Thresholds, Validation};
    /// # use zone_reform::{Rubric, Scorer};
    /// # let scorer = Scorer::new(&Rubric::builtin()?)?;
    /// # let gold = GoldFile::load("data/gold/seeds.toml")?;
    /// # let v = Validation::run(&scorer, &gold, &default_docs_dir(&gold.path), &Bootstrap::default())?;
    /// let floor = Thresholds { min_qwk: Some(0.6), ..Thresholds::default() };
    /// for failure in v.check(&floor) {
    ///     eprintln!("below threshold: {failure}");
    /// }
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn check(&self, thresholds: &Thresholds) -> Vec<ThresholdFailure> {
        let o = &self.agreement.overall.cells;
        let floors = [
            ("qwk", thresholds.min_qwk, o.kappa_quadratic),
            ("exact", thresholds.min_exact, o.exact),
            ("f1", thresholds.min_f1, o.presence_f1),
        ];
        let mut failures: Vec<ThresholdFailure> = floors
            .into_iter()
            .filter_map(|(figure, limit, value)| {
                let limit = limit?;
                let met = value.is_some_and(|v| v >= limit);
                (!met).then_some(ThresholdFailure {
                    figure,
                    value,
                    limit,
                    floor: true,
                })
            })
            .collect();
        if let Some(max) = thresholds.max_offtopic_positive {
            let n = self.offtopic_positive.len();
            if n > max {
                failures.push(ThresholdFailure {
                    figure: "offtopic_positive",
                    value: Some(n as f64),
                    limit: max as f64,
                    floor: false,
                });
            }
        }
        failures
    }
}

/// The agreement within each group of documents `key` puts them in
/// (documents with no key are left out).
fn group_agreements(
    documents: &[ValidatedDoc],
    cells: &[Cell],
    key: &dyn Fn(&ValidatedDoc) -> Option<String>,
    max_grade: u32,
    bootstrap: &Bootstrap,
) -> Result<BTreeMap<String, GroupAgreement>, ValidateError> {
    let mut members: BTreeMap<String, Vec<&ValidatedDoc>> = BTreeMap::new();
    for d in documents {
        if let Some(k) = key(d) {
            members.entry(k).or_default().push(d);
        }
    }
    let mut out = BTreeMap::new();
    for (name, docs) in members {
        let files: std::collections::HashSet<&str> = docs.iter().map(|d| d.file.as_str()).collect();
        let group_cells: Vec<Cell> = cells
            .iter()
            .filter(|c| files.contains(c.file.as_str()))
            .cloned()
            .collect();
        let totals: Vec<(f64, f64)> = docs.iter().map(|d| (d.total, d.gold_sum as f64)).collect();
        let agreement = Agreement::compute(&group_cells, &totals, max_grade, bootstrap)?;
        out.insert(
            name,
            GroupAgreement {
                n_docs: docs.len(),
                positive_docs: docs.iter().filter(|d| positive_doc(d).is_some()).count(),
                agreement,
            },
        );
    }
    Ok(out)
}

/// The document as a [`PositiveDoc`] when the engine graded any dimension
/// above 0.
fn positive_doc(d: &ValidatedDoc) -> Option<PositiveDoc> {
    let dims: Vec<&DimensionScore> = d
        .score
        .dimensions
        .iter()
        .filter(|x| x.grade > 0 && d.graded.contains(&x.id))
        .collect();
    let first = dims.first()?;
    Some(PositiveDoc {
        file: d.file.clone(),
        collection: d.collection.clone(),
        total: d.total,
        dimensions: dims.iter().map(|x| (x.id.clone(), x.grade)).collect(),
        evidence: decisive_evidence(first),
    })
}

/// Checks that every gold dimension is in the rubric (the first unknown one
/// in file order is reported) and no grade exceeds the highest level.
fn check_gold(scorer: &Scorer, gold: &GoldFile) -> Result<(), ValidateError> {
    let known: Vec<&str> = scorer.dimension_ids().collect();
    let mut first: Option<(Location, &str, &str)> = None;
    for doc in &gold.docs {
        for dim in doc.grades.keys() {
            if known.contains(&dim.as_str()) {
                continue;
            }
            let at = doc.grade_location(dim).unwrap_or(doc.location);
            if first.is_none_or(|f| at < f.0) {
                first = Some((at, doc.file.as_str(), dim.as_str()));
            }
        }
    }
    if let Some((at, file, dimension)) = first {
        return Err(ValidateError::UnknownDimension {
            gold: gold.path.clone(),
            at,
            file: file.to_string(),
            dimension: dimension.to_string(),
            known: known.iter().map(|k| k.to_string()).collect(),
        });
    }
    gold.check_max_grade(scorer.max_level())?;
    Ok(())
}
