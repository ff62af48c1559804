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

mod result;
mod rubric;
mod scorer;
mod validate;

use pyo3::exceptions::{PyException, PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::PyString;
use zone_reform::validate::{DEFAULT_RESAMPLES, DEFAULT_SEED};

use result::{DimensionScore, DocumentScore, Evidence, IndicatorScore};
use rubric::Rubric;
use scorer::Scorer;

/// The library's per-document score. One name to change when the core
/// renamed it (`ZoneScore` → `DocumentScore`).
pub(crate) type CoreScore = zone_reform::DocumentScore;

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

pub(crate) fn rubric_err(e: zone_reform::RubricError) -> PyErr {
    RubricError::new_err(e.to_string())
}

pub(crate) fn ingest_err(e: zone_reform::IngestError) -> PyErr {
    IngestError::new_err(e.to_string())
}

pub(crate) fn validate_err(e: impl std::fmt::Display) -> PyErr {
    ValidateError::new_err(e.to_string())
}

pub(crate) fn serde_err(e: impl std::fmt::Display) -> PyErr {
    ZoneReformError::new_err(format!("cannot convert the result to Python: {e}"))
}

/// The library's JSON serialization, parsed by Python's `json`: the dict
/// has exactly the keys, order and types of the JSON the examples print
/// (lists, not tuples; `null` for undefined figures).
pub(crate) fn to_python<'py, T: serde::Serialize>(
    py: Python<'py>,
    value: &T,
) -> PyResult<Bound<'py, PyAny>> {
    let json = serde_json::to_string(value).map_err(serde_err)?;
    py.import("json")?.getattr("loads")?.call1((json,))
}

/// A field of `value`'s serialization that has no accessor of its own
/// (one the core added later, say), for `__getattr__`; AttributeError
/// naming the fields there are otherwise.
pub(crate) fn serialized_field<'py, T: serde::Serialize>(
    py: Python<'py>,
    value: &T,
    name: &str,
    what: &str,
) -> PyResult<Bound<'py, PyAny>> {
    let json = serde_json::to_value(value).map_err(serde_err)?;
    match json.get(name) {
        Some(field) => to_python(py, field),
        None => {
            let fields: Vec<&str> = json
                .as_object()
                .map(|o| o.keys().map(String::as_str).collect())
                .unwrap_or_default();
            Err(pyo3::exceptions::PyAttributeError::new_err(format!(
                "'{what}' object has no attribute '{name}'; its fields are {}",
                fields.join(", ")
            )))
        }
    }
}

/// A text argument as a Rust string, or a TypeError that says which
/// argument and what was passed instead.
pub(crate) fn text_arg(obj: &Bound<'_, PyAny>, what: &str) -> PyResult<String> {
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
pub(crate) fn thread_pool(jobs: Option<usize>) -> PyResult<Option<rayon::ThreadPool>> {
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
    m.add_function(wrap_pyfunction!(validate::validate, m)?)?;
    m.add("ZoneReformError", py.get_type::<ZoneReformError>())?;
    m.add("RubricError", py.get_type::<RubricError>())?;
    m.add("IngestError", py.get_type::<IngestError>())?;
    m.add("ValidateError", py.get_type::<ValidateError>())?;
    m.add("DEFAULT_SEED", DEFAULT_SEED)?;
    m.add("DEFAULT_RESAMPLES", DEFAULT_RESAMPLES)?;
    Ok(())
}
