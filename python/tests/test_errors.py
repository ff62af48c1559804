"""Bad input raises a clear exception carrying the Rust error's message."""

from __future__ import annotations

import math

import pandas as pd
import pytest

import zone_reform as zr
from conftest import SEEDS


def test_bad_rubric_toml_names_line_and_column(tmp_path):
    with pytest.raises(zr.RubricError, match=r"^bad\.toml:2:6: string values must be quoted"):
        zr.Rubric.from_toml("[rubric]\nid = \n", origin="bad.toml")
    path = tmp_path / "typo.toml"
    path.write_text('[rubric]\nid = "x"\nversion = "1"\nbogus = 1\n', encoding="utf-8")
    with pytest.raises(zr.RubricError) as info:
        zr.Rubric.load(path)
    assert str(info.value).startswith(f"{path}:4:1: unknown field")
    assert "bogus" in str(info.value)
    assert isinstance(info.value, zr.ZoneReformError)


def test_invalid_rubric_values_are_rubric_errors():
    toml = """
[rubric]
id = "x"
version = "1"
[[levels]]
name = "mention"
value = 1
[[dimensions]]
id = "d"
name = "D"
weight = -1.0
  [[dimensions.indicators]]
  id = "i"
  any = ["一站式"]
"""
    with pytest.raises(zr.RubricError, match=r"^x\.toml:11:10 \(dimensions\[0\]\.weight\): weight -1 must be a positive finite number"):
        zr.Rubric.from_toml(toml, origin="x.toml")


def test_missing_files():
    with pytest.raises(zr.RubricError, match="/no/such/rubric.toml: cannot read rubric"):
        zr.Rubric.load("/no/such/rubric.toml")
    with pytest.raises(zr.IngestError, match="/no/such/doc.txt: cannot read file"):
        zr.Scorer().score_file("/no/such/doc.txt")


def test_undecodable_file_is_an_ingest_error(tmp_path):
    path = tmp_path / "binary.txt"
    path.write_bytes(b"\x00\x01\x02" * 100)
    with pytest.raises(zr.IngestError, match="binary.txt"):
        zr.Scorer().score_file(path)


def test_non_string_text_is_a_type_error():
    scorer = zr.Scorer()
    with pytest.raises(TypeError, match="^text must be str, not int$"):
        scorer.score(123)
    with pytest.raises(TypeError, match="text must be str, not bytes .*score_file"):
        scorer.score("一站式".encode())
    with pytest.raises(TypeError, match=r"texts\[1\] must be str, not NoneType .*fillna"):
        scorer.score_many(["一站式服务。", None])
    with pytest.raises(TypeError, match="not one str"):
        scorer.score_many("一站式服务。")
    with pytest.raises(ValueError, match="ids has 1 items but texts has 2"):
        scorer.score_many(["a", "b"], ids=["x"])
    with pytest.raises(ValueError, match="jobs must be at least 1"):
        scorer.score_many(["a"], jobs=0)
    df = pd.DataFrame({"text": ["一站式服务。", math.nan]}, index=["a", "b"])
    with pytest.raises(TypeError, match=r"column 'text' at row 'b' is float, not str.*fillna"):
        zr.score_frame(df, "text")
    with pytest.raises(KeyError, match="no column 'body'"):
        zr.score_frame(df, "body")


def test_validate_errors(tmp_path):
    scorer = zr.Scorer()
    results = [scorer.score_file(p) for p in SEEDS]
    gold = tmp_path / "gold.toml"
    gold.write_text('[[doc]]\nfile = "000_00c8d2bd91da5493.txt"\nno_such_dim = 2\n', encoding="utf-8")
    with pytest.raises(zr.ValidateError, match=rf"^{gold}:3:15: dimension `no_such_dim`.*not in the rubric"):
        zr.validate(results, gold)
    gold.write_text('[[doc]]\nfile = "elsewhere.txt"\none_stop = 2\n', encoding="utf-8")
    with pytest.raises(zr.ValidateError, match="document `elsewhere.txt` named here has no score"):
        zr.validate(results, gold)
    with pytest.raises(zr.ValidateError, match="cannot read gold file"):
        zr.validate(results, tmp_path / "missing.toml")
    with pytest.raises(ValueError, match="no results"):
        zr.validate([], gold)
    with pytest.raises(TypeError, match=r"results\[0\] is not a DocumentScore"):
        zr.validate(["x"], gold)
    other = zr.Scorer(zr.Rubric.from_toml(zr.Rubric.builtin().to_toml().replace('id = "zone_reform"', 'id = "other"', 1)))
    with pytest.raises(ValueError, match="another rubric"):
        zr.validate([results[0], other.score("x")], gold)
