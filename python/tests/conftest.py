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


# The example names the tests were written against, as subcommands of the
# `zone-reform` program, and how their flags translate.
_SUBCOMMANDS = {"score_zone": "score", "validate": "validate", "benchmark_zones": "bench"}
_FLAGS = {"--json": ["--format", "json"], "--out": ["--output"]}


@pytest.fixture(scope="session")
def cli():
    """Runs the root crate's `zone-reform` program (built once, release) and
    returns its parsed JSON output; `.command(name, *args)` gives the argv of
    a subcommand for tests that run it themselves."""
    subprocess.run(
        ["cargo", "build", "--release", "--quiet", "--bin", "zone-reform"],
        cwd=ROOT,
        check=True,
    )
    binary = _target_dir() / "release" / "zone-reform"

    def command(name: str, *args: str) -> list[str]:
        argv = [str(binary), _SUBCOMMANDS[name], "--quiet"]
        for a in args:
            argv += _FLAGS.get(a, [a])
        return argv

    def run(name: str, *args: str) -> dict:
        out = subprocess.run(command(name, *args), cwd=ROOT, capture_output=True, text=True)
        assert out.returncode == 0, f"{name} {args} failed ({out.returncode}): {out.stderr}"
        parsed = json.loads(out.stdout)
        # The program adds which --min-* thresholds failed; the library's
        # validation (what the bindings return) has no thresholds.
        if name == "validate":
            parsed.pop("threshold_failures", None)
        return parsed

    run.command = command  # type: ignore[attr-defined]
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
    """A document of `zone-reform score --format json` without the CLI's own keys (file,
    zone): the library's serialization of the score."""
    return {k: v for k, v in doc.items() if k not in ("file", "zone")}
