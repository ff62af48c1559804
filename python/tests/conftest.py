"""Shared fixtures: the repository root, the Rust CLI's JSON as reference,
and the development set (third-party text, read in place, never copied)."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

import zone_reform as zr

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "data"
SEEDS = sorted(DATA.glob("*.txt"))
SEED_GOLD = DATA / "gold" / "seeds.toml"


def _target_dir() -> Path:
    return Path(os.environ.get("CARGO_TARGET_DIR", ROOT / "target"))


@pytest.fixture(scope="session")
def cli():
    """Runs an example binary of the root crate (built once, release) and
    returns its parsed JSON output; `.examples` is the binaries' folder."""
    subprocess.run(
        ["cargo", "build", "--release", "--quiet", "--example", "score_zone", "--example", "validate",
         "--example", "benchmark_zones"],
        cwd=ROOT,
        check=True,
    )
    examples = _target_dir() / "release" / "examples"

    def run(example: str, *args: str) -> dict:
        out = subprocess.run(
            [str(examples / example), *args], cwd=ROOT, capture_output=True, text=True
        )
        assert out.returncode == 0, f"{example} {args} failed ({out.returncode}): {out.stderr}"
        return json.loads(out.stdout)

    run.examples = examples  # type: ignore[attr-defined]
    return run


def devset_dir() -> Path | None:
    """The development set: $ZONE_REFORM_DEVSET, else shared/devset beside
    the repository (CI's layout) or beside the worktree folder."""
    candidates = []
    if os.environ.get("ZONE_REFORM_DEVSET"):
        candidates.append(Path(os.environ["ZONE_REFORM_DEVSET"]))
    candidates += [ROOT.parent / "shared" / "devset", ROOT.parent.parent / "shared" / "devset"]
    for c in candidates:
        if (c / "docs").is_dir():
            return c
    return None


@pytest.fixture(scope="session")
def devset() -> Path:
    d = devset_dir()
    if d is None:
        pytest.skip(
            "development set not found: set ZONE_REFORM_DEVSET to the devset folder "
            "(holding docs/ and gold.toml), or place shared/devset beside the repository"
        )
    return d


@pytest.fixture(scope="session")
def scorer() -> zr.Scorer:
    return zr.Scorer(zr.Rubric.builtin())


def cli_score(doc: dict) -> dict:
    """A document of `score_zone --json` without the CLI's own keys (file,
    zone): the library's serialization of the score."""
    return {k: v for k, v in doc.items() if k not in ("file", "zone")}
