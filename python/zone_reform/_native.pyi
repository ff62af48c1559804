"""Type stubs for the native module zone_reform._native (PyO3)."""

from collections.abc import Iterable
from os import PathLike
from typing import Any, Optional, Union

import pandas as pd

_Path = Union[str, PathLike[str]]

DEFAULT_SEED: int
DEFAULT_RESAMPLES: int

class ZoneReformError(Exception):
    """Base class of every error zone_reform raises on bad input."""

class RubricError(ZoneReformError):
    """A rubric that cannot be read, parsed or compiled; the message names file:line:col."""

class IngestError(ZoneReformError):
    """A document that cannot be read or decoded."""

class ValidateError(ZoneReformError):
    """A validation that cannot run: bad gold file, unknown dimension, unscored document."""

class Rubric:
    """A rubric as read from TOML: dimensions, indicators, phrases, levels."""

    @staticmethod
    def load(path: _Path) -> Rubric:
        """Reads and validates a rubric file; RubricError names file:line:col."""
    @staticmethod
    def builtin() -> Rubric:
        """The default rubric (rubrics/zone_reform.toml)."""
    @staticmethod
    def from_toml(text: str, origin: Optional[_Path] = None) -> Rubric:
        """Parses a rubric from TOML text; ``origin`` names it in errors."""
    def to_toml(self) -> str:
        """The rubric as TOML (parses back to an equal rubric)."""
    def to_dict(self) -> dict[str, Any]:
        """The rubric as a dict, in the shape of its TOML."""
    @property
    def id(self) -> str: ...
    @property
    def version(self) -> str: ...
    @property
    def dimension_ids(self) -> list[str]: ...
    @property
    def max_level(self) -> int: ...

class Scorer:
    """A compiled rubric: build once, score many documents."""

    def __init__(self, rubric: Optional[Rubric] = None) -> None:
        """Compiles ``rubric`` (the built-in one when None)."""
    @property
    def rubric(self) -> Rubric: ...
    @property
    def dimension_ids(self) -> list[str]: ...
    @property
    def max_level(self) -> int: ...
    def score(self, text: str, id: Optional[str] = None) -> DocumentScore:
        """Scores one decoded text; ``id`` names the document (default "")."""
    def score_file(self, path: _Path) -> DocumentScore:
        """Reads a file through the library's ingest (encodings, HTML, DOCX) and scores it."""
    def score_files(
        self,
        paths: Iterable[_Path],
        jobs: Optional[int] = None,
        errors: str = "raise",
    ) -> list[Union[DocumentScore, IngestError]]:
        """Reads and scores files in parallel (GIL released), in input order.

        ``errors="raise"``: the first unreadable file raises IngestError;
        ``errors="return"``: its place holds the IngestError instead.
        """
    def score_many(
        self,
        texts: Iterable[str],
        ids: Optional[Iterable[Any]] = None,
        jobs: Optional[int] = None,
    ) -> list[DocumentScore]:
        """Scores texts in parallel with the GIL released; results in input order."""
    def combine(self, id: str, results: Iterable[DocumentScore]) -> DocumentScore:
        """Merges one zone's document scores: highest level per indicator, all evidence."""
    def validate(
        self,
        results: Iterable[DocumentScore],
        gold_path: _Path,
        seed: int = ...,
        resamples: int = ...,
    ) -> dict[str, Any]:
        """Agreement with a gold file, as ``validate --json`` prints it."""
    def to_pandas(self, results: Iterable[DocumentScore]) -> pd.DataFrame:
        """One row per result: document, total, <dim>_score, <dim>_grade."""
    def score_frame(
        self,
        df: pd.DataFrame,
        text_col: str,
        id_col: Optional[str] = None,
        jobs: Optional[int] = None,
        prefix: str = "",
        json_col: Optional[str] = None,
    ) -> pd.DataFrame:
        """``df`` with total, <dim>_score and <dim>_grade columns added."""

class DocumentScore:
    """The score of one document."""

    @property
    def document(self) -> str: ...
    @property
    def total(self) -> float:
        """The total on 0-100."""
    @property
    def dimensions(self) -> list[DimensionScore]: ...
    @property
    def rubric_id(self) -> tuple[str, str]:
        """(id, version) of the rubric that produced the score."""
    def dimension(self, id: str) -> DimensionScore:
        """The dimension with this id; KeyError when there is none."""
    def to_dict(self) -> dict[str, Any]:
        """The library's JSON serialization, as a dict."""
    def to_json(self, indent: Optional[int] = None) -> str:
        """The library's JSON serialization."""
    def to_row(self) -> dict[str, Any]:
        """document, total, <dim>_score, <dim>_grade (no evidence)."""

class DimensionScore:
    @property
    def id(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def weight(self) -> float: ...
    @property
    def score(self) -> float:
        """On 0-1."""
    @property
    def grade(self) -> int:
        """The highest indicator level, 0-L_max."""
    @property
    def indicators(self) -> list[IndicatorScore]: ...
    def to_dict(self) -> dict[str, Any]: ...

class IndicatorScore:
    @property
    def id(self) -> str: ...
    @property
    def name(self) -> Optional[str]: ...
    @property
    def weight(self) -> float: ...
    @property
    def level(self) -> int: ...
    @property
    def level_name(self) -> str: ...
    @property
    def evidence(self) -> list[Evidence]: ...
    def to_dict(self) -> dict[str, Any]: ...

class Evidence:
    """A sentence quoted as written; ``start``/``end`` are UTF-8 byte offsets."""

    @property
    def text(self) -> str: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def level(self) -> int: ...
    @property
    def terms(self) -> list[str]: ...
    @property
    def cue(self) -> Optional[str]: ...
    @property
    def document(self) -> Optional[str]: ...
    def to_dict(self) -> dict[str, Any]: ...

def validate(
    results: Iterable[DocumentScore],
    gold_path: _Path,
    scorer: Optional[Scorer] = None,
    seed: int = ...,
    resamples: int = ...,
) -> dict[str, Any]:
    """Agreement of engine grades with a gold file (the ``validate --json`` figures)."""
