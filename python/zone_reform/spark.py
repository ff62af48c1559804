"""Scoring a Spark DataFrame column with zone_reform.

    from zone_reform.spark import score_column
    scored = score_column(df, "text", id_col="doc_id")

:func:`score_column` uses ``DataFrame.mapInPandas``: the rubric is checked
and compiled once on the driver (a bad rubric fails there, with its
file:line:col), shipped to the executors as its TOML text, and compiled
again once per partition; each Arrow batch of the partition is then scored
by the Rust engine. Needs ``pyspark`` with ``pandas`` and ``pyarrow``.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import TYPE_CHECKING, Optional, Union

from ._frame import check_collisions, output_columns, score_columns
from ._native import Rubric, Scorer

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd
    from pyspark.sql import DataFrame

RubricLike = Union[Rubric, str, "os.PathLike[str]", None]


def _as_rubric(rubric: RubricLike) -> Rubric:
    if rubric is None:
        return Rubric.builtin()
    if isinstance(rubric, Rubric):
        return rubric
    if isinstance(rubric, (str, os.PathLike)):
        # Read on the driver: executors need not see the file.
        return Rubric.load(rubric)
    raise TypeError(
        f"rubric must be a zone_reform.Rubric, a path or None, not {type(rubric).__name__}"
    )


def score_column(
    df: "DataFrame",
    text_col: str,
    rubric: RubricLike = None,
    id_col: Optional[str] = None,
    prefix: str = "",
    json_col: Optional[str] = None,
) -> "DataFrame":
    """``df`` with score columns added, computed on the executors.

    Adds ``total`` (double, 0–100) and, per dimension in rubric order,
    ``<id>_score`` (double, 0–1) and ``<id>_grade`` (long, 0–L_max); with
    ``json_col``, a string column with each document's full score as JSON
    (evidence included), whose ``document`` is the ``id_col`` value.
    ``rubric`` is a :class:`~zone_reform.Rubric`, a path to a rubric file
    (read on the driver), or None for the built-in rubric. A null or
    non-string text fails the job with a TypeError naming the column.
    """
    from pyspark.sql.types import DoubleType, LongType, StringType, StructField, StructType

    rubric = _as_rubric(rubric)
    scorer = Scorer(rubric)  # compile on the driver: errors surface here
    names = output_columns(scorer, prefix, json_col)
    check_collisions(df.columns, names)
    if text_col not in df.columns:
        raise KeyError(f"no column {text_col!r}; the columns are {df.columns}")
    if id_col is not None and id_col not in df.columns:
        raise KeyError(f"no column {id_col!r}; the columns are {df.columns}")
    fields = [StructField(f"{prefix}total", DoubleType(), False)]
    for dim in scorer.dimension_ids:
        fields.append(StructField(f"{prefix}{dim}_score", DoubleType(), False))
        fields.append(StructField(f"{prefix}{dim}_grade", LongType(), False))
    if json_col is not None:
        fields.append(StructField(json_col, StringType(), False))
    schema = StructType(df.schema.fields + fields)

    def score_partition(batches: Iterator["pd.DataFrame"]) -> Iterator["pd.DataFrame"]:
        # Once per partition; Spark already runs one task per core, so each
        # task scores on one thread.
        local = Scorer(rubric)
        for pdf in batches:
            pdf = pdf.reset_index(drop=True)
            columns = score_columns(
                local, pdf, text_col, id_col, 1, prefix, json_col, index_ids=False
            )
            yield pdf.assign(**columns)

    return df.mapInPandas(score_partition, schema)
