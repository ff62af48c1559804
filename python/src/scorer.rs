//! `Scorer`: a compiled rubric scoring texts, files and batches (in
//! parallel, GIL released) into `DocumentScore`s.

use std::path::PathBuf;
use std::sync::Arc;

use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyString, PyTuple};
use rayon::prelude::*;
use zone_reform::validate::{DEFAULT_RESAMPLES, DEFAULT_SEED};

use crate::result::DocumentScore;
use crate::rubric::Rubric;
use crate::validate::{core_scores, run_validation};
use crate::{ingest_err, rubric_err, text_arg, thread_pool, CoreScore};

/// A compiled rubric: build once, score many documents, from any thread.
#[pyclass(module = "zone_reform", frozen)]
pub(crate) struct Scorer {
    pub(crate) inner: Arc<zone_reform::Scorer>,
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

    /// Merges the scores of several documents about one zone into the
    /// zone's score (`Scorer::combine`): each indicator takes the highest
    /// level any document reached, with every document's evidence (each
    /// evidence naming its `document`). The results must come from this
    /// scorer's rubric.
    fn combine(&self, id: &str, results: &Bound<'_, PyAny>) -> PyResult<DocumentScore> {
        let scores = core_scores(results)?;
        if scores
            .iter()
            .any(|(_, s)| !Arc::ptr_eq(s, &self.inner) && **s != *self.inner)
        {
            return Err(PyValueError::new_err(
                "some results come from a scorer with another rubric; combine results of this scorer only",
            ));
        }
        let scores: Vec<CoreScore> = scores.into_iter().map(|(s, _)| s).collect();
        // The zone's score has the shape of a document's, named by the
        // zone's id (its `documents` list is the ids the caller passed).
        let zone = self.inner.combine(id, &scores);
        Ok(self.wrap(CoreScore {
            document: zone.zone,
            total: zone.total,
            scope: zone.scope,
            dimensions: zone.dimensions,
            pmc: zone.pmc,
        }))
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
