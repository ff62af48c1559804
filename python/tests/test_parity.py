"""The bindings give exactly what the Rust CLI gives: scores (every field,
evidence included) and validation figures, on the seeds and the devset."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

import zone_reform as zr
from conftest import ROOT, SEED_GOLD, SEEDS, cli_score


def _rel(p: Path) -> str:
    return str(p.relative_to(ROOT))


@pytest.fixture(scope="module")
def seeds_cli(cli):
    out = cli("score_zone", "--json", *map(_rel, SEEDS))
    assert not out["errors"], out["errors"]
    assert len(out["documents"]) == len(SEEDS) == 5
    return out


def test_score_file_equals_cli_json_on_seeds(scorer, seeds_cli):
    for path, doc in zip(SEEDS, seeds_cli["documents"]):
        got = scorer.score_file(path).to_dict()
        assert got == cli_score(doc), path.name


def test_score_text_equals_cli_json_on_seeds(scorer, seeds_cli):
    # The seeds are UTF-8 without BOM, so the decoded text is what ingest reads.
    for path, doc in zip(SEEDS, seeds_cli["documents"]):
        got = scorer.score(path.read_text(encoding="utf-8"), id=path.name).to_dict()
        assert got == cli_score(doc), path.name


def test_score_many_equals_cli_json_on_seeds(scorer, seeds_cli):
    texts = [p.read_text(encoding="utf-8") for p in SEEDS]
    for jobs in (None, 1, 2):
        results = scorer.score_many(texts, ids=[p.name for p in SEEDS], jobs=jobs)
        assert [r.to_dict() for r in results] == [cli_score(d) for d in seeds_cli["documents"]]


def test_score_files_equals_cli_json_on_seeds(scorer, seeds_cli, tmp_path):
    expected = [cli_score(d) for d in seeds_cli["documents"]]
    for jobs in (None, 1):
        assert [r.to_dict() for r in scorer.score_files(SEEDS, jobs=jobs)] == expected
    missing = tmp_path / "missing.txt"
    with pytest.raises(zr.IngestError, match="missing.txt: cannot read file"):
        scorer.score_files([SEEDS[0], missing, SEEDS[1]])
    mixed = scorer.score_files([SEEDS[0], missing, SEEDS[1]], errors="return")
    assert isinstance(mixed[1], zr.IngestError) and "missing.txt" in str(mixed[1])
    assert [mixed[0].to_dict(), mixed[2].to_dict()] == expected[:2]
    with pytest.raises(ValueError, match="errors must be"):
        scorer.score_files(SEEDS, errors="skip")


def test_rubric_file_gives_cli_scores(seeds_cli):
    # The same rubric loaded from its file (as --rubric would) scores the same.
    scorer = zr.Scorer(zr.Rubric.load(ROOT / "rubrics" / "zone_reform.toml"))
    got = [scorer.score_file(p).to_dict() for p in SEEDS]
    assert got == [cli_score(d) for d in seeds_cli["documents"]]


def test_json_string_is_the_library_serialization(scorer, seeds_cli):
    r = scorer.score_file(SEEDS[3])
    assert json.loads(r.to_json()) == cli_score(seeds_cli["documents"][3])
    assert json.loads(r.to_json(indent=2)) == json.loads(r.to_json())


def test_validate_equals_cli_on_seeds(cli, scorer, monkeypatch):
    # The gold path is reported as given: give both the same relative path.
    monkeypatch.chdir(ROOT)
    expected = cli("validate", "--gold", _rel(SEED_GOLD), "--json")
    results = [scorer.score_file(p) for p in SEEDS]
    got = zr.validate(results, _rel(SEED_GOLD))
    assert got == expected
    assert got["overall"]["exact"] == 1.0
    # The method form, with other bootstrap settings, as --seed/--resamples.
    expected7 = cli("validate", "--gold", _rel(SEED_GOLD), "--json", "--seed", "7", "--resamples", "300")
    assert scorer.validate(results, _rel(SEED_GOLD), seed=7, resamples=300) == expected7


def test_devset_scores_equal_cli_json(cli, scorer, devset):
    docs = sorted((devset / "docs").iterdir())
    assert docs, f"{devset}/docs is empty"
    out = cli("score_zone", "--json", *map(str, docs))
    assert not out["errors"], out["errors"]
    expected = [cli_score(d) for d in out["documents"]]
    assert [scorer.score_file(p).to_dict() for p in docs] == expected
    # In memory, in parallel: the same, provided the file decodes as UTF-8
    # the way ingest reads it (no BOM).
    texts = [p.read_bytes() for p in docs]
    plain = [i for i, b in enumerate(texts) if not b.startswith(b"\xef\xbb\xbf")]
    results = scorer.score_many(
        [texts[i].decode("utf-8") for i in plain], ids=[docs[i].name for i in plain], jobs=2
    )
    assert [r.to_dict() for r in results] == [expected[i] for i in plain]


def test_devset_validation_equals_cli(cli, scorer, devset):
    gold = devset / "gold.toml"
    if not gold.is_file():
        pytest.skip(f"{gold} not found")
    expected = cli("validate", "--gold", str(gold), "--docs", str(devset / "docs"), "--json")
    results = [scorer.score_file(devset / "docs" / d["file"]) for d in expected["documents"]]
    assert zr.validate(results, str(gold)) == expected


def test_combine_equals_benchmark_zone_scores(cli, scorer, tmp_path):
    # benchmark_zones merges each zone's documents with Scorer::combine.
    out = tmp_path / "zones.json"
    subprocess.run(cli.command("benchmark_zones", "--out", str(out), "--draws", "0"),
                   cwd=ROOT, check=True, capture_output=True)
    zones = json.loads(out.read_text(encoding="utf-8"))["periods"][0]["zones"]
    assert len(zones) == 5
    for z in zones:
        docs = [scorer.score_file(ROOT / "data" / f) for f in z["documents"]]
        # The program's zone score names its zone and documents; the
        # bindings' combined score is named by the zone's id.
        expected = dict(z["score"])
        expected["document"] = expected.pop("zone")
        expected.pop("documents")
        assert scorer.combine(z["zone"]["id"], docs).to_dict() == expected, z["zone"]["id"]


def test_combine_takes_the_highest_level_and_all_evidence(scorer):
    results = [scorer.score_file(p) for p in SEEDS]
    zone = scorer.combine("all", results)
    assert zone.document == "all"
    assert zone.total >= max(r.total for r in results)
    for d, dim in enumerate(zone.dimensions):
        for i, ind in enumerate(dim.indicators):
            inputs = [r.dimensions[d].indicators[i] for r in results]
            assert ind.level == max(x.level for x in inputs)
            assert len(ind.evidence) == sum(len(x.evidence) for x in inputs)
            assert {e.document for e in ind.evidence} <= {p.name for p in SEEDS}
    other = zr.Scorer(zr.Rubric.from_toml(zr.Rubric.builtin().to_toml().replace('id = "zone_reform"', 'id = "x"', 1)))
    with pytest.raises(ValueError, match="another rubric"):
        scorer.combine("z", [other.score("一站式服务。")])
