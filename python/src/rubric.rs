//! `Rubric`: a rubric read from a file, the built-in one or TOML text, and
//! pickled as its TOML so Spark can ship it to executors.

use std::path::PathBuf;
use std::sync::Arc;

use pyo3::prelude::*;
use pyo3::types::PyTuple;

use crate::{rubric_err, to_python, RubricError};

/// A rubric: dimensions, indicators, phrases and evidence levels, as read
/// from TOML. Build a `Scorer` from it to score documents.
#[pyclass(module = "zone_reform", frozen, from_py_object)]
#[derive(Clone)]
pub(crate) struct Rubric {
    pub(crate) inner: Arc<zone_reform::Rubric>,
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
    pub(crate) fn builtin() -> PyResult<Rubric> {
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
