"""The Python API: attribute accessors agree with the serialized dict,
DataFrames have one row per document, objects pickle, custom rubrics work."""

from __future__ import annotations

import pickle

import pandas as pd
import pytest

import zone_reform as zr
from conftest import SEEDS

DEMO_RUBRIC = """
[rubric]
id = "demo"
version = "1"

[[levels]]
name = "mention"
value = 1

[[levels]]
name = "achieved"
value = 2
cues = ["已"]
unless = ["将"]
quantity = true

[quantity]
units = ["件次"]

[[dimensions]]
id = "one_stop"
name = "一站式服务"

  [[dimensions.indicators]]
  id = "window"
  any = ["一站式", "一窗受理"]

[[dimensions]]
id = "staffing"
name = "全员聘任制"

  [[dimensions.indicators]]
  id = "appointment"
  any = ["全员聘任"]
"""


def test_custom_rubric_quotes_traditional_text_as_written():
    scorer = zr.Scorer(zr.Rubric.from_toml(DEMO_RUBRIC))
    text = "設立園區一站式服務中心，累計受理115件次。"
    r = scorer.score(text, id="zone-a")
    assert r.document == "zone-a"
    one_stop = r.dimension("one_stop")
    assert (one_stop.grade, one_stop.score) == (2, 1.0)
    assert r.dimension("staffing").grade == 0
    assert r.total == 50.0
    ev = one_stop.indicators[0].evidence[0]
    assert ev.text == text
    assert ev.cue == "quantity 115件次"
    assert ev.terms == ["一站式"]
    assert text.encode("utf-8")[ev.start : ev.end].decode("utf-8") == ev.text
    with pytest.raises(KeyError, match="one_stop, staffing"):
        r.dimension("nope")


def test_accessors_agree_with_to_dict(scorer):
    for path in SEEDS:
        r = scorer.score_file(path)
        d = r.to_dict()
        assert (r.document, r.total) == (d["document"], d["total"])
        assert len(r.dimensions) == len(d["dimensions"]) == len(scorer.dimension_ids)
        n_evidence = 0
        for dim, dd in zip(r.dimensions, d["dimensions"]):
            assert (dim.id, dim.name, dim.weight, dim.score, dim.grade) == (
                dd["id"], dd["name"], dd["weight"], dd["score"], dd["grade"])
            assert dim.to_dict() == dd
            assert dim.grade == max((i.level for i in dim.indicators), default=0)
            for ind, di in zip(dim.indicators, dd["indicators"]):
                assert (ind.id, ind.level, ind.level_name, ind.weight) == (
                    di["id"], di["level"], di["level_name"], di["weight"])
                assert ind.to_dict() == di
                for ev, de in zip(ind.evidence, di["evidence"]):
                    n_evidence += 1
                    assert (ev.text, ev.start, ev.end, ev.level, ev.terms, ev.cue) == (
                        de["text"], de["start"], de["end"], de["level"], de["terms"], de.get("cue"))
                    assert ev.to_dict() == de
        assert n_evidence > 0, path.name


def test_to_pandas_one_row_per_document(scorer):
    results = scorer.score_many([p.read_text(encoding="utf-8") for p in SEEDS],
                                ids=[p.name for p in SEEDS])
    df = scorer.to_pandas(results)
    assert list(df["document"]) == [p.name for p in SEEDS]
    dims = scorer.dimension_ids
    assert list(df.columns) == ["document", "total"] + [
        c for d in dims for c in (f"{d}_score", f"{d}_grade")]
    for row, r in zip(df.itertuples(index=False), results):
        assert row.total == r.total
        for dim in r.dimensions:
            assert getattr(row, f"{dim.id}_score") == dim.score
            assert getattr(row, f"{dim.id}_grade") == dim.grade
    assert df["one_stop_grade"].dtype.kind == "i"
    ranking = df.sort_values("total", ascending=False)["document"].tolist()
    assert ranking == [r.document for r in sorted(results, key=lambda r: -r.total)]
    assert zr.to_pandas(results).equals(df)


def test_score_frame_keeps_rows_and_index(scorer):
    texts = [p.read_text(encoding="utf-8") for p in SEEDS]
    df = pd.DataFrame({"name": [p.name for p in SEEDS], "text": texts},
                      index=[10, 20, 30, 40, 50])
    out = zr.score_frame(df, "text", id_col="name", scorer=scorer, json_col="score_json")
    assert list(out.index) == [10, 20, 30, 40, 50]
    assert list(out.columns[:2]) == ["name", "text"]
    direct = [scorer.score(t, id=n) for t, n in zip(texts, df["name"])]
    assert list(out["total"]) == [r.total for r in direct]
    assert list(out["score_json"]) == [r.to_json() for r in direct]
    # The method form, with a prefix; collisions are refused.
    again = scorer.score_frame(out, "text", prefix="zr_")
    assert list(again["zr_total"]) == list(out["total"])
    with pytest.raises(ValueError, match="already has column"):
        scorer.score_frame(out, "text")


def test_pickled_rubric_and_scorer_score_the_same(scorer, tmp_path):
    path = tmp_path / "demo.toml"
    path.write_text(DEMO_RUBRIC, encoding="utf-8")
    text = SEEDS[2].read_text(encoding="utf-8")
    for rubric in (zr.Rubric.builtin(), zr.Rubric.load(path), zr.Rubric.from_toml(DEMO_RUBRIC)):
        s = zr.Scorer(rubric)
        s2 = pickle.loads(pickle.dumps(s))
        r2 = pickle.loads(pickle.dumps(rubric))
        assert (r2.id, r2.version, r2.dimension_ids) == (rubric.id, rubric.version, rubric.dimension_ids)
        assert r2.to_dict() == rubric.to_dict()
        assert s2.score(text).to_dict() == s.score(text).to_dict()
    # The built-in rubric round-trips through TOML to the same scores.
    rt = zr.Scorer(zr.Rubric.from_toml(zr.Rubric.builtin().to_toml()))
    assert rt.score(text).to_dict() == scorer.score(text).to_dict()


def test_score_many_defaults_and_empty(scorer):
    rs = scorer.score_many(["推行“管委会+公司”改革。", ""])
    assert [r.document for r in rs] == ["0", "1"]
    assert rs[1].total == 0.0 and all(d.grade == 0 for d in rs[1].dimensions)
    assert scorer.score_many([]) == []
    assert scorer.score_many(iter(["开发区管委会推行一站式服务。"]))[0].dimension("one_stop").grade > 0


def test_zone_score_alias_and_exception_hierarchy():
    assert zr.ZoneScore is zr.DocumentScore
    for exc in (zr.RubricError, zr.IngestError, zr.ValidateError):
        assert issubclass(exc, zr.ZoneReformError)
    assert issubclass(zr.ZoneReformError, Exception)


def test_score_many_releases_the_gil(scorer):
    """While score_many runs in one thread, another Python thread keeps
    running: the longest pause it sees is far below the scoring time."""
    import threading
    import time

    texts = [p.read_text(encoding="utf-8") for p in SEEDS] * 400  # ~25 MB
    start = time.perf_counter()
    scorer.score_many(texts, jobs=1)
    alone = time.perf_counter() - start
    done = threading.Event()

    def work():
        scorer.score_many(texts, jobs=1)
        done.set()

    worker = threading.Thread(target=work)
    worker.start()
    longest, last = 0.0, time.perf_counter()
    while not done.is_set():
        now = time.perf_counter()
        longest, last = max(longest, now - last), now
    worker.join()
    assert longest < alone / 3, f"longest pause {longest:.3f}s while scoring took {alone:.3f}s"


def test_stubs_cover_the_native_module():
    import ast
    from pathlib import Path

    from zone_reform import _native

    stub = ast.parse((Path(zr.__file__).parent / "_native.pyi").read_text(encoding="utf-8"))
    classes = {n.name: n for n in stub.body if isinstance(n, ast.ClassDef)}
    functions = {n.name for n in stub.body if isinstance(n, ast.FunctionDef)}
    names = {n.target.id for n in stub.body if isinstance(n, ast.AnnAssign)}
    public = {n for n in dir(_native) if not n.startswith("_")}
    assert public == set(classes) | functions | names
    for name, node in classes.items():
        cls = getattr(_native, name)
        if issubclass(cls, Exception):
            continue
        declared = {n.name for n in node.body if isinstance(n, ast.FunctionDef)} - {"__init__"}
        actual = {n for n in vars(cls) if not n.startswith("_")}
        assert declared == actual, name
        assert cls.__doc__, f"{name} has no docstring"


def test_unknown_attribute_names_the_serialized_fields(scorer):
    # Attributes without an accessor are looked up in the serialization (so
    # a field the core adds later, e.g. a scope decision, is an attribute
    # too); a name that is not there is an AttributeError listing the fields.
    r = scorer.score_file(SEEDS[3])
    with pytest.raises(AttributeError, match="'DocumentScore' object has no attribute 'nope'; its fields are dimensions, document, scope, total"):
        r.nope
    ev = r.dimension("one_stop").indicators[0].evidence[0]
    with pytest.raises(AttributeError, match="'Evidence' object has no attribute 'x'; its fields are .*terms"):
        ev.x
    assert not hasattr(ev, "_repr_html_")
    assert getattr(r.dimensions[0], "grade") == r.dimensions[0].to_dict()["grade"]
