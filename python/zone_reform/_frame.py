"""pandas helpers: score results → one row per document.

Columns: ``total`` (0–100), then per dimension, in rubric order,
``<id>_score`` (0–1) and ``<id>_grade`` (0–L_max). Evidence stays in the
result objects (``DocumentScore.to_dict()``); rows carry numbers only.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any, Optional

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

    from ._native import DocumentScore, Scorer


def _pandas():
    try:
        import pandas as pd
    except ImportError as e:  # pragma: no cover - depends on the environment
        raise ImportError(
            "zone_reform's DataFrame helpers need pandas: pip install pandas"
        ) from e
    return pd


def to_pandas(results: Iterable["DocumentScore"]) -> "pd.DataFrame":
    """One row per result: ``document``, ``total``, ``<dim>_score``, ``<dim>_grade``.

    Results from rubrics with different dimensions get the union of the
    columns (missing cells are NaN).
    """
    pd = _pandas()
    rows = [r.to_row() for r in results]
    if not rows:
        return pd.DataFrame(columns=["document", "total"])
    return pd.DataFrame(rows)


def _check_texts(texts: Sequence[Any], labels: Sequence[Any], column: str) -> None:
    for label, text in zip(labels, texts):
        if not isinstance(text, str):
            hint = (
                f"; drop or fill missing texts first, e.g. df[{column!r}].fillna('')"
                if text is None or isinstance(text, float)
                else ""
            )
            raise TypeError(
                f"column {column!r} at row {label!r} is {type(text).__name__}, not str{hint}"
            )


def score_columns(
    scorer: "Scorer",
    frame: "pd.DataFrame",
    text_col: str,
    id_col: Optional[str] = None,
    jobs: Optional[int] = None,
    prefix: str = "",
    json_col: Optional[str] = None,
    index_ids: bool = True,
) -> dict[str, list]:
    """The score columns for ``frame`` (a dict of equal-length lists).

    Shared by :func:`score_frame` and :mod:`zone_reform.spark`, so pandas
    and Spark give the same columns. Without ``id_col`` the documents are
    named by the index labels (``index_ids``) or "".
    """
    if text_col not in frame.columns:
        raise KeyError(f"no column {text_col!r}; the columns are {list(frame.columns)}")
    texts = frame[text_col].tolist()
    _check_texts(texts, frame.index.tolist(), text_col)
    if id_col is None:
        ids = [str(i) if index_ids else "" for i in frame.index]
    else:
        if id_col not in frame.columns:
            raise KeyError(f"no column {id_col!r}; the columns are {list(frame.columns)}")
        ids = [str(i) for i in frame[id_col].tolist()]
    results = scorer.score_many(texts, ids=ids, jobs=jobs)
    columns: dict[str, list] = {f"{prefix}total": [r.total for r in results]}
    for dim in scorer.dimension_ids:
        columns[f"{prefix}{dim}_score"] = []
        columns[f"{prefix}{dim}_grade"] = []
    for r in results:
        row = r.to_row()
        for dim in scorer.dimension_ids:
            columns[f"{prefix}{dim}_score"].append(row[f"{dim}_score"])
            columns[f"{prefix}{dim}_grade"].append(row[f"{dim}_grade"])
    if json_col is not None:
        columns[json_col] = [r.to_json() for r in results]
    return columns


def output_columns(scorer: "Scorer", prefix: str = "", json_col: Optional[str] = None) -> list[str]:
    """The names :func:`score_columns` adds, in order."""
    names = [f"{prefix}total"]
    for dim in scorer.dimension_ids:
        names += [f"{prefix}{dim}_score", f"{prefix}{dim}_grade"]
    if json_col is not None:
        names.append(json_col)
    return names


def check_collisions(existing: Iterable[str], added: Iterable[str]) -> None:
    """Raises ValueError when an added column already exists."""
    clash = sorted(set(existing) & set(added))
    if clash:
        raise ValueError(
            f"the frame already has column(s) {clash}; pass prefix='zr_' (or rename them)"
        )


def score_frame(
    df: "pd.DataFrame",
    text_col: str,
    id_col: Optional[str] = None,
    scorer: Optional["Scorer"] = None,
    jobs: Optional[int] = None,
    prefix: str = "",
    json_col: Optional[str] = None,
) -> "pd.DataFrame":
    """``df`` with the score columns added: ``total``, ``<dim>_score``, ``<dim>_grade``.

    One row per document (the input's rows and index). ``id_col`` names the
    documents in the results (default: the index labels); ``json_col``, when
    given, adds a column holding each document's full score as JSON, with
    its evidence. ``scorer`` defaults to the built-in rubric.
    """
    pd = _pandas()
    if scorer is None:
        from ._native import Scorer

        scorer = Scorer()
    check_collisions(df.columns, output_columns(scorer, prefix, json_col))
    columns = score_columns(scorer, df, text_col, id_col, jobs, prefix, json_col)
    added = pd.DataFrame(columns, index=df.index)
    return pd.concat([df, added], axis=1)
