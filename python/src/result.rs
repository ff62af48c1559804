//! The score objects: `DocumentScore` → `DimensionScore` → `IndicatorScore`
//! → `Evidence`, views into one shared core score (no copy until an
//! attribute is read), each with `to_dict()` from the library's serde
//! serialization.

use std::sync::Arc;

use pyo3::prelude::*;
use pyo3::types::PyDict;

use crate::{serde_err, serialized_field, to_python, CoreScore};

/// The score of one document: total on 0–100, dimensions with their
/// indicators and evidence. `to_dict()` is the library's JSON shape.
#[pyclass(module = "zone_reform", frozen)]
pub(crate) struct DocumentScore {
    pub(crate) inner: Arc<CoreScore>,
    pub(crate) scorer: Arc<zone_reform::Scorer>,
}

#[pymethods]
impl DocumentScore {
    /// Fields of the serialization without an accessor of their own.
    fn __getattr__<'py>(&self, py: Python<'py>, name: &str) -> PyResult<Bound<'py, PyAny>> {
        serialized_field(py, &*self.inner, name, "DocumentScore")
    }

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
pub(crate) struct DimensionScore {
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
    /// Fields of the serialization without an accessor of their own.
    fn __getattr__<'py>(&self, py: Python<'py>, name: &str) -> PyResult<Bound<'py, PyAny>> {
        serialized_field(py, self.get(), name, "DimensionScore")
    }

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
pub(crate) struct IndicatorScore {
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
    /// Fields of the serialization without an accessor of their own.
    fn __getattr__<'py>(&self, py: Python<'py>, name: &str) -> PyResult<Bound<'py, PyAny>> {
        serialized_field(py, self.get(), name, "IndicatorScore")
    }

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
pub(crate) struct Evidence {
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
    /// Fields of the serialization without an accessor of their own.
    fn __getattr__<'py>(&self, py: Python<'py>, name: &str) -> PyResult<Bound<'py, PyAny>> {
        serialized_field(py, self.get(), name, "Evidence")
    }

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
    fn terms(&self) -> Vec<&str> {
        self.get().terms.iter().map(|t| &**t).collect()
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
