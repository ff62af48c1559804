"""Score Chinese development-zone reform documents against a TOML rubric.

The engine is the ``zone-reform`` Rust crate; this package exposes it to
Python (PyO3), with pandas and Spark helpers::

    import zone_reform as zr

    scorer = zr.Scorer(zr.Rubric.builtin())       # build once (validates the rubric)
    result = scorer.score("推行“管委会+公司”改革,成立平台公司。", id="doc1")
    result.total, result.dimensions[0].grade
    result.to_dict()                               # the library's JSON shape

    results = scorer.score_many(texts, jobs=4)     # parallel, GIL released
    frame = scorer.to_pandas(results)              # one row per document

Every error is a :class:`ZoneReformError` (:class:`RubricError`,
:class:`IngestError`, :class:`ValidateError`), carrying the Rust error's
message (file:line:col for rubrics and gold files). A text that is not a
``str`` raises ``TypeError``.
"""

from ._native import (
    DEFAULT_RESAMPLES,
    DEFAULT_SEED,
    DimensionScore,
    DocumentScore,
    Evidence,
    IndicatorScore,
    IngestError,
    Rubric,
    RubricError,
    Scorer,
    ValidateError,
    ZoneReformError,
    validate,
)
from ._frame import score_frame, to_pandas

#: The library's name for a document's score (it may be renamed
#: DocumentScore there too); both names refer to one class.
ZoneScore = DocumentScore

__all__ = [
    "DEFAULT_RESAMPLES",
    "DEFAULT_SEED",
    "DimensionScore",
    "DocumentScore",
    "Evidence",
    "IndicatorScore",
    "IngestError",
    "Rubric",
    "RubricError",
    "Scorer",
    "ValidateError",
    "ZoneReformError",
    "ZoneScore",
    "score_frame",
    "to_pandas",
    "validate",
]
