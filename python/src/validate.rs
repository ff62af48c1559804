//! `validate`: agreement of results with a gold file through the library's
//! `Validation::from_scores`, as a dict shaped like `validate --json`.

use std::path::PathBuf;
use std::sync::Arc;

use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use zone_reform::validate::{Bootstrap, GoldFile, Validation, DEFAULT_RESAMPLES, DEFAULT_SEED};

use crate::result::DocumentScore;
use crate::scorer::Scorer;
use crate::{to_python, validate_err, CoreScore};

/// The core scores behind a sequence of DocumentScore objects, each with
/// the scorer that made it.
pub(crate) fn core_scores(
    results: &Bound<'_, PyAny>,
) -> PyResult<Vec<(CoreScore, Arc<zone_reform::Scorer>)>> {
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

pub(crate) fn run_validation<'py>(
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
pub(crate) fn validate<'py>(
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
