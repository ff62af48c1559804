"""score_many against the pure-Python pipeline, on the same texts, one run.

    python python/bench/bench_score_many.py            # 40 MB corpus
    python python/bench/bench_score_many.py --mb 4     # quick

The corpus is the one benches/python_baseline/run.sh uses: sentences of the
five seed documents in both scripts, with pinyin glosses and site
boilerplate, written by `cargo run --release --example throughput --
--write-dir DIR --mb N` (generated here when missing; nothing is committed).
All files are read and decoded first; the timings cover only the work on
the texts in memory:

- python: benches/python_baseline/baseline.py's pipeline (OpenCC T→S, one
  pyahocorasick leftmost-longest automaton over every rubric phrase, term
  counts per dimension), one thread. It does much less than the engine: no
  width folding, glosses, boilerplate, sentences, levels or evidence.
- zone_reform: Scorer.score_many(texts, jobs=1) and with all cores, full
  scores with evidence.

Prints one line per side and a JSON line with the figures and ratios.
Needs OpenCC and pyahocorasick (benches/python_baseline/requirements.txt).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import subprocess
import sys
import time
import tomllib
from pathlib import Path

import zone_reform as zr

ROOT = Path(__file__).resolve().parents[2]


def load_baseline():
    spec = importlib.util.spec_from_file_location(
        "baseline", ROOT / "benches" / "python_baseline" / "baseline.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def corpus(mb: int, directory: Path | None) -> list[Path]:
    directory = directory or ROOT / "target" / "python-baseline" / f"corpus-{mb}mb"
    if not directory.is_dir():
        subprocess.run(
            ["cargo", "run", "--release", "--quiet", "--example", "throughput", "--",
             "--write-dir", str(directory), "--mb", str(mb)],
            cwd=ROOT, check=True,
        )
    return sorted(directory.rglob("*.txt"))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=int, default=40, help="corpus size in MB (default 40)")
    ap.add_argument("--corpus", type=Path, help="directory of .txt files (default: generated)")
    args = ap.parse_args()

    files = corpus(args.mb, args.corpus)
    texts = [p.read_bytes().decode("utf-8", errors="replace") for p in files]
    nbytes = sum(len(t.encode("utf-8")) for t in texts)
    mb = nbytes / 1e6

    baseline = load_baseline()
    import opencc

    with open(ROOT / "rubrics" / "zone_reform.toml", "rb") as f:
        rubric = tomllib.load(f)
    converter = opencc.OpenCC("t2s")
    automaton = baseline.build(rubric, converter)
    counts = {d["id"]: 0 for d in rubric["dimensions"]}
    start = time.perf_counter()
    for text in texts:
        for _end, dims in automaton.iter_long(converter.convert(text)):
            for dim in dims:
                counts[dim] += 1
    py_s = time.perf_counter() - start

    scorer = zr.Scorer(zr.Rubric.builtin())
    start = time.perf_counter()
    one = scorer.score_many(texts, jobs=1)
    zr1_s = time.perf_counter() - start
    del one
    threads = os.cpu_count() or 1
    start = time.perf_counter()
    results = scorer.score_many(texts)
    zrn_s = time.perf_counter() - start
    assert len(results) == len(texts)

    out = {
        "files": len(files),
        "mb": round(mb, 1),
        "python_mb_s": round(mb / py_s, 1),
        "score_many_1_mb_s": round(mb / zr1_s, 1),
        "score_many_mb_s": round(mb / zrn_s, 1),
        "threads": threads,
        "ratio_1": round(py_s / zr1_s, 1),
        "ratio": round(py_s / zrn_s, 1),
    }
    print(f"python (OpenCC + pyahocorasick, counts only): {py_s:.2f} s, {out['python_mb_s']} MB/s")
    print(f"zone_reform score_many, 1 thread: {zr1_s:.2f} s, {out['score_many_1_mb_s']} MB/s "
          f"({out['ratio_1']}x)")
    print(f"zone_reform score_many, {threads} threads: {zrn_s:.2f} s, {out['score_many_mb_s']} MB/s "
          f"({out['ratio']}x)")
    print(json.dumps(out))


if __name__ == "__main__":
    sys.exit(main())
