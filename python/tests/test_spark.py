"""zone_reform.spark in pyspark local mode: the scores of a DataFrame of the
seeds equal the direct scores and the CLI's JSON, over several partitions."""

from __future__ import annotations

import json
import os
import sys

import pytest

import zone_reform as zr
from conftest import ROOT, SEEDS, cli_score

pyspark = pytest.importorskip("pyspark")
from pyspark.sql import SparkSession  # noqa: E402

from zone_reform.spark import score_column  # noqa: E402


@pytest.fixture(scope="module")
def spark():
    # Executors run this interpreter (the venv with zone_reform installed).
    os.environ["PYSPARK_PYTHON"] = sys.executable
    os.environ["PYSPARK_DRIVER_PYTHON"] = sys.executable
    session = (
        SparkSession.builder.master("local[2]")
        .appName("zone_reform-tests")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


def _seed_frame(spark):
    rows = [(p.name, p.read_text(encoding="utf-8"), i) for i, p in enumerate(SEEDS)]
    return spark.createDataFrame(rows, "id string, text string, n long").repartition(3)


def test_score_column_equals_direct_scores(spark, scorer, cli):
    expected = {d["document"]: cli_score(d)
                for d in cli("score_zone", "--json", *(str(p.relative_to(ROOT)) for p in SEEDS))["documents"]}
    scored = score_column(_seed_frame(spark), "text", id_col="id", json_col="score_json")
    dims = scorer.dimension_ids
    assert scored.columns == ["id", "text", "n", "total"] + [
        c for d in dims for c in (f"{d}_score", f"{d}_grade")] + ["score_json"]
    rows = {r["id"]: r for r in scored.collect()}
    assert sorted(rows) == [p.name for p in SEEDS]
    for p in SEEDS:
        direct = scorer.score_file(p)
        row = rows[p.name]
        assert row["total"] == direct.total
        for dim in direct.dimensions:
            assert row[f"{dim.id}_score"] == dim.score
            assert row[f"{dim.id}_grade"] == dim.grade
        assert json.loads(row["score_json"]) == direct.to_dict() == expected[p.name]


def test_score_column_with_rubric_path_and_ranking(spark, scorer):
    scored = score_column(_seed_frame(spark), "text", rubric=str(ROOT / "rubrics" / "zone_reform.toml"),
                          id_col="id", prefix="zr_")
    ranking = [r["id"] for r in scored.orderBy("zr_total", ascending=False).select("id").collect()]
    direct = sorted(SEEDS, key=lambda p: -scorer.score_file(p).total)
    assert ranking == [p.name for p in direct]


def test_bad_rubric_fails_on_the_driver(spark, tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text("[rubric]\nid = \n", encoding="utf-8")
    with pytest.raises(zr.RubricError, match=rf"^{bad}:2:6:"):
        score_column(_seed_frame(spark), "text", rubric=str(bad))
    with pytest.raises(KeyError, match="no column 'body'"):
        score_column(_seed_frame(spark), "body")
