#!/usr/bin/env bash
# Whole process against whole process: the Python pipeline a researcher
# would write (OpenCC T->S, then pyahocorasick over the rubric's phrases,
# then per-dimension counts) and the installed `zone-reform score` program,
# on the same generated files, in the same run; prints the wall-clock time,
# throughput and peak memory of each and their ratio.
#
#   bash benches/python_baseline/run.sh            # 40 MB corpus
#   MB=100 bash benches/python_baseline/run.sh
#
# Needs python3 (3.11+, for tomllib) with venv, and PyPI access the first
# time. The virtualenv and the corpus go under target/ (not committed) and
# are reused by later runs. REPEAT (default 3) runs of each, interleaved;
# the best of each counts.
set -euo pipefail
cd "$(dirname "$0")/../.."

MB="${MB:-40}"
REPEAT="${REPEAT:-3}"
VENV="${VENV:-target/python-baseline/venv}"
CORPUS="${CORPUS:-target/python-baseline/corpus-${MB}mb}"

if [ ! -x "$VENV/bin/python" ]; then
    python3 -m venv "$VENV"
fi
"$VENV/bin/pip" install --quiet -r benches/python_baseline/requirements.txt

cargo build --release --quiet --bin zone-reform --example throughput
ZR=target/release/zone-reform
if [ ! -d "$CORPUS" ]; then
    target/release/examples/throughput --write-dir "$CORPUS" --mb "$MB"
fi
# Both sides read the files; warm the page cache so neither pays for the disk.
find "$CORPUS" -name '*.txt' -exec cat {} + > /dev/null
BYTES=$(find "$CORPUS" -name '*.txt' -exec cat {} + | wc -c)
TIMES=$(mktemp)
trap 'rm -f "$TIMES"' EXIT

# One timed run: NAME COMMAND...; appends "NAME SECONDS KB" to $TIMES.
timed() {
    local name=$1
    shift
    /usr/bin/time -f "$name %e %M" -a -o "$TIMES" "$@" > /dev/null
}

for _ in $(seq "$REPEAT"); do
    timed python "$VENV/bin/python" benches/python_baseline/baseline.py rubrics/zone_reform.toml "$CORPUS"
    timed zr1 env RAYON_NUM_THREADS=1 "$ZR" score --quiet --format jsonl "$CORPUS"
    timed zrn "$ZR" score --quiet --format jsonl "$CORPUS"
done

python3 - "$TIMES" "$BYTES" "$(nproc)" <<'PY'
import sys
times, nbytes, cores = sys.argv[1], int(sys.argv[2]), sys.argv[3]
best = {}
for line in open(times):
    parts = line.split()
    if len(parts) != 3:
        continue  # a line /usr/bin/time wrote about a failed command
    name, secs, kb = parts[0], float(parts[1]), int(parts[2])
    if name not in best or secs < best[name][0]:
        best[name] = (secs, kb)
mb = nbytes / 1e6
label = {"python": "python (OpenCC + pyahocorasick)",
         "zr1": "zone-reform score, 1 thread",
         "zrn": f"zone-reform score, {cores} threads"}
for name in ("python", "zr1", "zrn"):
    secs, kb = best[name]
    ratio = best["python"][0] / secs
    print(f"{label[name]}: {secs:.2f} s, {mb / secs:.1f} MB/s, peak RSS {kb / 1024:.0f} MiB"
          + ("" if name == "python" else f" ({ratio:.1f}x python)"))
PY
