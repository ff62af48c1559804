//! Python bindings for `zone-reform`: [`Rubric`], [`Scorer`], the score
//! objects, `validate` and the exception hierarchy, as the native module
//! `zone_reform._native`. The pure-Python package `zone_reform` re-exports
//! them and adds pandas and Spark helpers.
//!
//! Every result is owned by Rust and shared (`Arc`) with the Python objects
//! that view it: `score.dimensions[0].indicators[1].evidence[0]` copies no
//! text until an attribute is read. `to_dict()` goes through the library's
//! serde serialization, so fields the core adds appear there without a change
//! here.

use std::path::PathBuf;
use std::sync::Arc;

use pyo3::exceptions::{PyException, PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyString, PyTuple};
use rayon::prelude::*;
use zone_reform::validate::{Bootstrap, GoldFile, Validation, DEFAULT_RESAMPLES, DEFAULT_SEED};

/// The library's per-document score. One name to change when the core
/// renames it (`ZoneScore` → `DocumentScore`).
type CoreScore = zone_reform::ZoneScore;

pyo3::create_exception!(
    zone_reform,
    ZoneReformError,
    PyException,
    "Base class of every error zone_reform raises on bad input."
);
pyo3::create_exception!(
    zone_reform,
    RubricError,
    ZoneReformError,
    "A rubric that cannot be read, parsed or compiled; the message names file:line:col."
);
pyo3::create_exception!(
    zone_reform,
    IngestError,
    ZoneReformError,
    "A document that cannot be read or decoded (missing file, not text, unsupported format, too large)."
);
pyo3::create_exception!(
    zone_reform,
    ValidateError,
    ZoneReformError,
    "A validation that cannot run: a bad gold file, an unknown dimension, a document without a score."
);

fn rubric_err(e: zone_reform::RubricError) -> PyErr {
    RubricError::new_err(e.to_string())
}

fn ingest_err(e: zone_reform::IngestError) -> PyErr {
    IngestError::new_err(e.to_string())
}

fn validate_err(e: impl std::fmt::Display) -> PyErr {
    ValidateError::new_err(e.to_string())
}

fn serde_err(e: impl std::fmt::Display) -> PyErr {
    ZoneReformError::new_err(format!("cannot convert the result to Python: {e}"))
}

/// The library's JSON serialization, parsed by Python's `json`: the dict
/// has exactly the keys, order and types of the JSON the examples print
/// (lists, not tuples; `null` for undefined figures).
fn to_python<'py, T: serde::Serialize>(py: Python<'py>, value: &T) -> PyResult<Bound<'py, PyAny>> {
    let json = serde_json::to_string(value).map_err(serde_err)?;
    py.import("json")?.getattr("loads")?.call1((json,))
}

/// A text argument as a Rust string, or a TypeError that says which
/// argument and what was passed instead.
fn text_arg(obj: &Bound<'_, PyAny>, what: &str) -> PyResult<String> {
    match obj.cast::<PyString>() {
        Ok(s) => Ok(s.to_cow()?.into_owned()),
        Err(_) => {
            let type_name = obj
                .get_type()
                .name()
                .map_or_else(|_| "?".to_string(), |n| n.to_string());
            let hint = if obj.is_none() || type_name == "float" {
                " (a missing value? fill it first, e.g. df[col].fillna(\"\"))"
            } else if type_name == "bytes" {
                " (decode it first, or use Scorer.score_file for files in any encoding)"
            } else {
                ""
            };
            Err(PyTypeError::new_err(format!(
                "{what} must be str, not {type_name}{hint}"
            )))
        }
    }
}

/// A rayon pool of `jobs` threads, or None for rayon's global pool (all
/// cores).
fn thread_pool(jobs: Option<usize>) -> PyResult<Option<rayon::ThreadPool>> {
    match jobs {
        None => Ok(None),
        Some(0) => Err(PyValueError::new_err(
            "jobs must be at least 1 (or None for all cores)",
        )),
        Some(n) => rayon::ThreadPoolBuilder::new()
            .num_threads(n)
            .build()
            .map(Some)
            .map_err(|e| ZoneReformError::new_err(format!("cannot start {n} threads: {e}"))),
    }
}

/// A rubric: dimensions, indicators, phrases and evidence levels, as read
/// from TOML. Build a `Scorer` from it to score documents.
#[pyclass(module = "zone_reform", frozen, from_py_object)]
#[derive(Clone)]
struct Rubric {
    inner: Arc<zone_reform::Rubric>,
    /// The TOML it was read from and its file, when it came from text, so
    /// a pickled rubric (Spark ships it to executors) is rebuilt from the
    /// same bytes and errors keep naming the same file.
    source: Option<(String, Option<PathBuf>)>,
}

#[pymethods]
impl Rubric {
    /// Reads and validates a rubric file. Raises RubricError naming
    /// file:line:col and what is wrong.
    #[staticmethod]
    fn load(path: PathBuf) -> PyResult<Rubric> {
        let text = std::fs::read_to_string(&path).ok();
        let inner = zone_reform::Rubric::load(&path).map_err(rubric_err)?;
        Ok(Rubric {
            inner: Arc::new(inner),
            source: text.map(|t| (t, Some(path))),
        })
    }

    /// The default rubric shipped with the crate (rubrics/zone_reform.toml).
    #[staticmethod]
    fn builtin() -> PyResult<Rubric> {
        let inner = zone_reform::Rubric::builtin().map_err(rubric_err)?;
        Ok(Rubric {
            inner: Arc::new(inner),
            source: None,
        })
    }

    /// Parses and validates a rubric from TOML text; `origin` is the file
    /// name errors are reported under.
    #[staticmethod]
    #[pyo3(signature = (text, origin=None))]
    fn from_toml(text: &str, origin: Option<PathBuf>) -> PyResult<Rubric> {
        let inner =
            zone_reform::Rubric::from_toml_str(text, origin.as_deref()).map_err(rubric_err)?;
        Ok(Rubric {
            inner: Arc::new(inner),
            source: Some((text.to_string(), origin)),
        })
    }

    /// The rubric written as TOML (parses back to an equal rubric).
    fn to_toml(&self) -> PyResult<String> {
        self.inner
            .to_toml_string()
            .map_err(|e| RubricError::new_err(format!("cannot write the rubric as TOML: {e}")))
    }

    /// The rubric as a dict, in the shape of its TOML.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_python(py, &*self.inner)
    }

    /// The rubric's id, e.g. "zone_reform".
    #[getter]
    fn id(&self) -> &str {
        &self.inner.rubric.id
    }

    /// The rubric's own version.
    #[getter]
    fn version(&self) -> &str {
        &self.inner.rubric.version
    }

    /// The dimension ids, in rubric order.
    #[getter]
    fn dimension_ids(&self) -> Vec<String> {
        self.inner.dimensions.iter().map(|d| d.id.clone()).collect()
    }

    /// The highest evidence level (L_max).
    #[getter]
    fn max_level(&self) -> u32 {
        self.inner.max_level()
    }

    fn __reduce__<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        let (text, origin) = match &self.source {
            Some((t, o)) => (t.clone(), o.clone()),
            None => (self.to_toml()?, None),
        };
        let ctor = py.get_type::<Rubric>().getattr("from_toml")?;
        (ctor, (text, origin)).into_pyobject(py)
    }

    fn __repr__(&self) -> String {
        format!(
            "Rubric(id={:?}, version={:?}, dimensions={})",
            self.inner.rubric.id,
            self.inner.rubric.version,
            self.inner.dimensions.len()
        )
    }
}

/// A compiled rubric: build once, score many documents, from any thread.
#[pyclass(module = "zone_reform", frozen)]
struct Scorer {
    inner: Arc<zone_reform::Scorer>,
    rubric: Rubric,
}

impl Scorer {
    fn wrap(&self, score: CoreScore) -> DocumentScore {
        DocumentScore {
            inner: Arc::new(score),
            scorer: self.inner.clone(),
        }
    }
}

#[pymethods]
impl Scorer {
    /// Compiles `rubric` (the built-in rubric when None). Raises
    /// RubricError when it cannot be compiled.
    #[new]
    #[pyo3(signature = (rubric=None))]
    fn new(rubric: Option<Rubric>) -> PyResult<Scorer> {
        let rubric = match rubric {
            Some(r) => r,
            None => Rubric::builtin()?,
        };
        let inner = zone_reform::Scorer::new(&rubric.inner).map_err(rubric_err)?;
        Ok(Scorer {
            inner: Arc::new(inner),
            rubric,
        })
    }

    /// The rubric this scorer was compiled from.
    #[getter]
    fn rubric(&self) -> Rubric {
        self.rubric.clone()
    }

    /// The dimension ids, in rubric order.
    #[getter]
    fn dimension_ids(&self) -> Vec<String> {
        self.inner.dimension_ids().map(str::to_string).collect()
    }

    /// The highest evidence level (L_max).
    #[getter]
    fn max_level(&self) -> u32 {
        self.inner.max_level()
    }

    /// Scores one text (already decoded). `id` names the document in the
    /// result (default ""). Releases the GIL while scoring.
    #[pyo3(signature = (text, id=None))]
    fn score(
        &self,
        py: Python<'_>,
        text: &Bound<'_, PyAny>,
        id: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<DocumentScore> {
        let text = text_arg(text, "text")?;
        let id = match id {
            Some(id) if !id.is_none() => text_arg(id, "id")?,
            _ => String::new(),
        };
        let scorer = self.inner.clone();
        let score = py.detach(move || scorer.score(&zone_reform::Document::from_text(id, text)));
        Ok(self.wrap(score))
    }

    /// Reads a file through the library's ingest (UTF-8/16, GB18030, Big5...,
    /// HTML, DOCX) and scores it; the document id is the file name. Raises
    /// IngestError when the file cannot be read or decoded.
    fn score_file(&self, py: Python<'_>, path: PathBuf) -> PyResult<DocumentScore> {
        let scorer = self.inner.clone();
        let score = py
            .detach(move || zone_reform::ingest::read_path(&path).map(|doc| scorer.score(&doc)))
            .map_err(ingest_err)?;
        Ok(self.wrap(score))
    }

    /// Scores many texts in parallel (rayon) with the GIL released. `ids`
    /// (same length) name the documents, else "0", "1", ...; `jobs` is the
    /// number of threads (default: all cores). Results are in input order.
    #[pyo3(signature = (texts, ids=None, jobs=None))]
    fn score_many(
        &self,
        py: Python<'_>,
        texts: &Bound<'_, PyAny>,
        ids: Option<&Bound<'_, PyAny>>,
        jobs: Option<usize>,
    ) -> PyResult<Vec<DocumentScore>> {
        if texts.is_instance_of::<PyString>() {
            return Err(PyTypeError::new_err(
                "texts must be a sequence of str, not one str; use Scorer.score for one text",
            ));
        }
        let mut docs = Vec::new();
        for (i, t) in texts.try_iter()?.enumerate() {
            docs.push((i.to_string(), text_arg(&t?, &format!("texts[{i}]"))?));
        }
        if let Some(ids) = ids.filter(|x| !x.is_none()) {
            let mut n = 0;
            for (i, id) in ids.try_iter()?.enumerate() {
                let id = id?;
                let id = match id.cast::<PyString>() {
                    Ok(s) => s.to_cow()?.into_owned(),
                    Err(_) => id.str()?.to_cow()?.into_owned(),
                };
                if let Some(slot) = docs.get_mut(i) {
                    slot.0 = id;
                }
                n = i + 1;
            }
            if n != docs.len() {
                return Err(PyValueError::new_err(format!(
                    "ids has {n} items but texts has {}; pass one id per text",
                    docs.len()
                )));
            }
        }
        let pool = thread_pool(jobs)?;
        let scorer = self.inner.clone();
        let scores: Vec<CoreScore> = py.detach(move || {
            let run = || {
                docs.into_par_iter()
                    .map(|(id, text)| scorer.score(&zone_reform::Document::from_text(id, text)))
                    .collect()
            };
            match pool {
                Some(p) => p.install(run),
                None => run(),
            }
        });
        Ok(scores.into_iter().map(|s| self.wrap(s)).collect())
    }

    /// Reads and scores many files in parallel (as `score_file`, GIL
    /// released), results in input order. With `errors="raise"` (default)
    /// the first file that cannot be read, in input order, raises
    /// IngestError; with `errors="return"` its place in the list holds the
    /// IngestError instead and the other files are still scored.
    #[pyo3(signature = (paths, jobs=None, errors="raise"))]
    fn score_files<'py>(
        &self,
        py: Python<'py>,
        paths: &Bound<'py, PyAny>,
        jobs: Option<usize>,
        errors: &str,
    ) -> PyResult<Vec<Bound<'py, PyAny>>> {
        let keep_errors = match errors {
            "raise" => false,
            "return" => true,
            other => {
                return Err(PyValueError::new_err(format!(
                    "errors must be \"raise\" or \"return\", not {other:?}"
                )))
            }
        };
        if paths.is_instance_of::<PyString>() {
            return Err(PyTypeError::new_err(
                "paths must be a sequence of paths, not one str; use Scorer.score_file for one file",
            ));
        }
        let mut list: Vec<PathBuf> = Vec::new();
        for (i, p) in paths.try_iter()?.enumerate() {
            let p = p?;
            list.push(p.extract::<PathBuf>().map_err(|_| {
                PyTypeError::new_err(format!(
                    "paths[{i}] must be str or os.PathLike, not {}",
                    p.get_type()
                        .name()
                        .map_or_else(|_| "?".to_string(), |n| n.to_string())
                ))
            })?);
        }
        let pool = thread_pool(jobs)?;
        let scorer = self.inner.clone();
        let outcomes: Vec<Result<CoreScore, zone_reform::IngestError>> = py.detach(move || {
            let run = || {
                list.into_par_iter()
                    .map(|p| zone_reform::ingest::read_path(&p).map(|doc| scorer.score(&doc)))
                    .collect()
            };
            match pool {
                Some(p) => p.install(run),
                None => run(),
            }
        });
        let mut out = Vec::with_capacity(outcomes.len());
        for o in outcomes {
            match o {
                Ok(score) => out.push(Bound::new(py, self.wrap(score))?.into_any()),
                Err(e) if keep_errors => {
                    out.push(ingest_err(e).into_value(py).into_bound(py).into_any())
                }
                Err(e) => return Err(ingest_err(e)),
            }
        }
        Ok(out)
    }

    /// Agreement of these results' dimension grades with a gold file, as
    /// the `validate` example computes it; see `zone_reform.validate`.
    #[pyo3(signature = (results, gold_path, seed=DEFAULT_SEED, resamples=DEFAULT_RESAMPLES))]
    fn validate<'py>(
        &self,
        py: Python<'py>,
        results: &Bound<'py, PyAny>,
        gold_path: PathBuf,
        seed: u64,
        resamples: usize,
    ) -> PyResult<Bound<'py, PyAny>> {
        let scores = core_scores(results)?;
        run_validation(py, self.inner.clone(), scores, gold_path, seed, resamples)
    }

    /// One row per result: `document`, `total`, `<dim>_score`, `<dim>_grade`
    /// (a pandas DataFrame; see `zone_reform.to_pandas`).
    fn to_pandas<'py>(
        &self,
        py: Python<'py>,
        results: &Bound<'py, PyAny>,
    ) -> PyResult<Bound<'py, PyAny>> {
        py.import("zone_reform._frame")?
            .getattr("to_pandas")?
            .call1((results,))
    }

    /// `df` with `total`, `<dim>_score` and `<dim>_grade` columns added, one
    /// row per document (see `zone_reform.score_frame`).
    #[pyo3(signature = (df, text_col, id_col=None, jobs=None, prefix="", json_col=None))]
    #[allow(clippy::too_many_arguments)]
    fn score_frame<'py>(
        slf: &Bound<'py, Self>,
        df: &Bound<'py, PyAny>,
        text_col: &str,
        id_col: Option<&str>,
        jobs: Option<usize>,
        prefix: &str,
        json_col: Option<&str>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let py = slf.py();
        let kwargs = PyDict::new(py);
        kwargs.set_item("id_col", id_col)?;
        kwargs.set_item("scorer", slf)?;
        kwargs.set_item("jobs", jobs)?;
        kwargs.set_item("prefix", prefix)?;
        kwargs.set_item("json_col", json_col)?;
        py.import("zone_reform._frame")?
            .getattr("score_frame")?
            .call((df, text_col), Some(&kwargs))
    }

    fn __reduce__<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        let ctor = py.get_type::<Scorer>();
        (ctor, (self.rubric.clone(),)).into_pyobject(py)
    }

    fn __repr__(&self) -> String {
        format!(
            "Scorer(rubric={:?}, version={:?})",
            self.inner.info().id,
            self.inner.info().version
        )
    }
}

/// The score of one document: total on 0–100, dimensions with their
/// indicators and evidence. `to_dict()` is the library's JSON shape.
#[pyclass(module = "zone_reform", frozen)]
struct DocumentScore {
    inner: Arc<CoreScore>,
    scorer: Arc<zone_reform::Scorer>,
}

#[pymethods]
impl DocumentScore {
    /// The document id.
    #[getter]
    fn document(&self) -> &str {
        &self.inner.document
    }

    /// The total on 0–100.
    #[getter]
    fn total(&self) -> f64 {
        self.inner.total
    }

    /// The dimensions, in rubric order.
    #[getter]
    fn dimensions(&self) -> Vec<DimensionScore> {
        (0..self.inner.dimensions.len())
            .map(|d| DimensionScore {
                score: self.inner.clone(),
                d,
            })
            .collect()
    }

    /// The dimension with this id. Raises KeyError when there is none.
    fn dimension(&self, id: &str) -> PyResult<DimensionScore> {
        self.inner
            .dimensions
            .iter()
            .position(|d| d.id == id)
            .map(|d| DimensionScore {
                score: self.inner.clone(),
                d,
            })
            .ok_or_else(|| {
                let known: Vec<&str> = self
                    .inner
                    .dimensions
                    .iter()
                    .map(|d| d.id.as_str())
                    .collect();
                pyo3::exceptions::PyKeyError::new_err(format!(
                    "no dimension {id:?}; the rubric's dimensions are {}",
                    known.join(", ")
                ))
            })
    }

    /// The score as a dict, exactly as the library serializes it to JSON.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_python(py, &*self.inner)
    }

    /// The score as a JSON string (the library's serialization).
    #[pyo3(signature = (indent=None))]
    fn to_json(&self, indent: Option<usize>) -> PyResult<String> {
        match indent {
            None => serde_json::to_string(&*self.inner).map_err(serde_err),
            Some(n) => {
                let pad = vec![b' '; n];
                let fmt = serde_json::ser::PrettyFormatter::with_indent(&pad);
                let mut out = Vec::new();
                let mut ser = serde_json::Serializer::with_formatter(&mut out, fmt);
                serde::Serialize::serialize(&*self.inner, &mut ser).map_err(serde_err)?;
                String::from_utf8(out).map_err(serde_err)
            }
        }
    }

    /// One flat row without evidence: document, total, then `<dim>_score`
    /// (0–1) and `<dim>_grade` (0–L_max) per dimension, in rubric order.
    fn to_row<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let row = PyDict::new(py);
        row.set_item("document", &self.inner.document)?;
        row.set_item("total", self.inner.total)?;
        for d in &self.inner.dimensions {
            row.set_item(format!("{}_score", d.id), d.score)?;
            row.set_item(format!("{}_grade", d.id), d.grade)?;
        }
        Ok(row)
    }

    /// The rubric id and version of the scorer that produced this result.
    #[getter]
    fn rubric_id(&self) -> (String, String) {
        let info = self.scorer.info();
        (info.id.clone(), info.version.clone())
    }

    fn __repr__(&self) -> String {
        format!(
            "DocumentScore(document={:?}, total={:.1})",
            self.inner.document, self.inner.total
        )
    }
}

/// One dimension's score (0–1), grade (0–L_max) and indicators.
#[pyclass(module = "zone_reform", frozen)]
struct DimensionScore {
    score: Arc<CoreScore>,
    d: usize,
}

impl DimensionScore {
    fn get(&self) -> &zone_reform::DimensionScore {
        &self.score.dimensions[self.d]
    }
}

#[pymethods]
impl DimensionScore {
    /// The dimension id, e.g. "one_stop".
    #[getter]
    fn id(&self) -> &str {
        &self.get().id
    }
    /// The dimension's display name.
    #[getter]
    fn name(&self) -> &str {
        &self.get().name
    }
    /// Its weight in the total.
    #[getter]
    fn weight(&self) -> f64 {
        self.get().weight
    }
    /// Σ wᵢ·levelᵢ / (L_max·Σ wᵢ), on 0–1.
    #[getter]
    fn score(&self) -> f64 {
        self.get().score
    }
    /// The highest indicator level in the dimension.
    #[getter]
    fn grade(&self) -> u32 {
        self.get().grade
    }
    /// The indicators, in rubric order.
    #[getter]
    fn indicators(&self) -> Vec<IndicatorScore> {
        (0..self.get().indicators.len())
            .map(|i| IndicatorScore {
                score: self.score.clone(),
                d: self.d,
                i,
            })
            .collect()
    }
    /// The dimension as a dict (the library's serialization).
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_python(py, self.get())
    }
    fn __repr__(&self) -> String {
        let d = self.get();
        format!(
            "DimensionScore(id={:?}, score={:.3}, grade={})",
            d.id, d.score, d.grade
        )
    }
}

/// One indicator's level and the evidence sentences behind it.
#[pyclass(module = "zone_reform", frozen)]
struct IndicatorScore {
    score: Arc<CoreScore>,
    d: usize,
    i: usize,
}

impl IndicatorScore {
    fn get(&self) -> &zone_reform::IndicatorScore {
        &self.score.dimensions[self.d].indicators[self.i]
    }
}

#[pymethods]
impl IndicatorScore {
    /// The indicator id, unique in its dimension.
    #[getter]
    fn id(&self) -> &str {
        &self.get().id
    }
    /// The indicator's display name, if the rubric gives one.
    #[getter]
    fn name(&self) -> Option<&str> {
        self.get().name.as_deref()
    }
    /// Its weight in the dimension.
    #[getter]
    fn weight(&self) -> f64 {
        self.get().weight
    }
    /// The highest evidence level (0 = no evidence).
    #[getter]
    fn level(&self) -> u32 {
        self.get().level
    }
    /// The name of that level ("achieved", ...).
    #[getter]
    fn level_name(&self) -> &str {
        &self.get().level_name
    }
    /// Every sentence that satisfies the indicator, in document order.
    #[getter]
    fn evidence(&self) -> Vec<Evidence> {
        (0..self.get().evidence.len())
            .map(|e| Evidence {
                score: self.score.clone(),
                d: self.d,
                i: self.i,
                e,
            })
            .collect()
    }
    /// The indicator as a dict (the library's serialization).
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_python(py, self.get())
    }
    fn __repr__(&self) -> String {
        let i = self.get();
        format!(
            "IndicatorScore(id={:?}, level={}, evidence={})",
            i.id,
            i.level,
            i.evidence.len()
        )
    }
}

/// A sentence quoted as the author wrote it, with the UTF-8 byte range
/// `start..end` in the decoded document, its level, the matched (normalized)
/// terms and the cue that decided the level.
#[pyclass(module = "zone_reform", frozen)]
struct Evidence {
    score: Arc<CoreScore>,
    d: usize,
    i: usize,
    e: usize,
}

impl Evidence {
    fn get(&self) -> &zone_reform::Evidence {
        &self.score.dimensions[self.d].indicators[self.i].evidence[self.e]
    }
}

#[pymethods]
impl Evidence {
    /// The sentence, as written.
    #[getter]
    fn text(&self) -> &str {
        &self.get().text
    }
    /// UTF-8 byte offset of the sentence's start in the document text.
    #[getter]
    fn start(&self) -> usize {
        self.get().start
    }
    /// UTF-8 byte offset of the sentence's end.
    #[getter]
    fn end(&self) -> usize {
        self.get().end
    }
    /// The sentence's evidence level.
    #[getter]
    fn level(&self) -> u32 {
        self.get().level
    }
    /// The terms that matched, normalized.
    #[getter]
    fn terms(&self) -> Vec<String> {
        self.get().terms.clone()
    }
    /// What decided the level, or None when the sentence had no cue.
    #[getter]
    fn cue(&self) -> Option<&str> {
        self.get().cue.as_deref()
    }
    /// The document the sentence is from, once a zone combines several.
    #[getter]
    fn document(&self) -> Option<&str> {
        self.get().document.as_deref()
    }
    /// The evidence as a dict (the library's serialization).
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_python(py, self.get())
    }
    fn __repr__(&self) -> String {
        let e = self.get();
        format!(
            "Evidence(level={}, start={}, end={}, text={:?})",
            e.level, e.start, e.end, e.text
        )
    }
}

/// The core scores behind a sequence of DocumentScore objects, each with
/// the scorer that made it.
fn core_scores(results: &Bound<'_, PyAny>) -> PyResult<Vec<(CoreScore, Arc<zone_reform::Scorer>)>> {
    let mut scores = Vec::new();
    for (i, r) in results.try_iter()?.enumerate() {
        let r = r?;
        let r = r.cast::<DocumentScore>().map_err(|_| {
            PyTypeError::new_err(format!(
                "results[{i}] is not a DocumentScore; pass the results of Scorer.score, score_many or score_file"
            ))
        })?;
        let r = r.get();
        scores.push((r.inner.as_ref().clone(), r.scorer.clone()));
    }
    Ok(scores)
}

fn run_validation<'py>(
    py: Python<'py>,
    scorer: Arc<zone_reform::Scorer>,
    scores: Vec<(CoreScore, Arc<zone_reform::Scorer>)>,
    gold_path: PathBuf,
    seed: u64,
    resamples: usize,
) -> PyResult<Bound<'py, PyAny>> {
    if scores
        .iter()
        .any(|(_, s)| !Arc::ptr_eq(s, &scorer) && **s != *scorer)
    {
        return Err(PyValueError::new_err(
            "some results come from a scorer with another rubric; validate each rubric's results separately",
        ));
    }
    let scores: Vec<CoreScore> = scores.into_iter().map(|(s, _)| s).collect();
    let gold = GoldFile::load(&gold_path).map_err(validate_err)?;
    let bootstrap = Bootstrap {
        resamples,
        seed,
        ..Bootstrap::default()
    };
    let v = py
        .detach(move || Validation::from_scores(&scorer, &gold, &scores, &bootstrap))
        .map_err(validate_err)?;
    to_python(py, &v)
}

/// Agreement of engine grades with hand-coded gold grades: the figures of
/// the `validate` example's `--json` output, as a dict. `results` must come
/// from one Scorer (or pass `scorer`); each gold `file` is matched against
/// a result's `document`.
#[pyfunction]
#[pyo3(signature = (results, gold_path, scorer=None, seed=DEFAULT_SEED, resamples=DEFAULT_RESAMPLES))]
fn validate<'py>(
    py: Python<'py>,
    results: &Bound<'py, PyAny>,
    gold_path: PathBuf,
    scorer: Option<&Bound<'py, Scorer>>,
    seed: u64,
    resamples: usize,
) -> PyResult<Bound<'py, PyAny>> {
    let scores = core_scores(results)?;
    let core = match (scorer, scores.first()) {
        (Some(s), _) => s.get().inner.clone(),
        (None, Some((_, s))) => s.clone(),
        (None, None) => {
            return Err(PyValueError::new_err(
                "no results to validate; pass scorer= to validate an empty list",
            ))
        }
    };
    run_validation(py, core, scores, gold_path, seed, resamples)
}

/// The native part of zone_reform.
#[pymodule]
fn _native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    let py = m.py();
    m.add_class::<Rubric>()?;
    m.add_class::<Scorer>()?;
    m.add_class::<DocumentScore>()?;
    m.add_class::<DimensionScore>()?;
    m.add_class::<IndicatorScore>()?;
    m.add_class::<Evidence>()?;
    m.add_function(wrap_pyfunction!(validate, m)?)?;
    m.add("ZoneReformError", py.get_type::<ZoneReformError>())?;
    m.add("RubricError", py.get_type::<RubricError>())?;
    m.add("IngestError", py.get_type::<IngestError>())?;
    m.add("ValidateError", py.get_type::<ValidateError>())?;
    m.add("DEFAULT_SEED", DEFAULT_SEED)?;
    m.add("DEFAULT_RESAMPLES", DEFAULT_RESAMPLES)?;
    Ok(())
}
