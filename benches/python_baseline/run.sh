#!/usr/bin/env bash
# Times the Python pipeline a researcher would write (OpenCC T->S, then
# pyahocorasick over the rubric's phrases, then per-dimension counts) next to
# the crate, on the same generated corpus, and prints both throughputs and
# their ratio.
#
#   bash benches/python_baseline/run.sh            # 100 MB corpus
#   MB=20 bash benches/python_baseline/run.sh
#
# Needs python3 (3.11+, for tomllib) with venv, and PyPI access the first
# time. The virtualenv and the corpus go under target/ (not committed) and
# are reused by later runs.
set -euo pipefail
cd "$(dirname "$0")/../.."

MB="${MB:-100}"
VENV="${VENV:-target/python-baseline/venv}"
CORPUS="${CORPUS:-target/python-baseline/corpus-${MB}mb}"

if [ ! -x "$VENV/bin/python" ]; then
    python3 -m venv "$VENV"
fi
"$VENV/bin/pip" install --quiet -r benches/python_baseline/requirements.txt

cargo build --release --quiet --example throughput --example score_dir
if [ ! -d "$CORPUS" ]; then
    target/release/examples/throughput --write-dir "$CORPUS" --mb "$MB"
fi
# Both sides read the files; warm the page cache so neither pays for the disk.
find "$CORPUS" -name '*.txt' -exec cat {} + > /dev/null

echo "== Python: OpenCC + pyahocorasick (one thread)"
py=$("$VENV/bin/python" benches/python_baseline/baseline.py rubrics/zone_reform.toml "$CORPUS" | tail -n 1)
echo "$py"
echo "== zone-reform score_dir, one thread"
rs1=$(RAYON_NUM_THREADS=1 target/release/examples/score_dir "$CORPUS" | tail -n 1)
echo "$rs1"
echo "== zone-reform score_dir, all threads"
rsn=$(target/release/examples/score_dir "$CORPUS" | tail -n 1)
echo "$rsn"

python3 - "$py" "$rs1" "$rsn" <<'PY'
import json, sys
py, rs1, rsn = (json.loads(a) for a in sys.argv[1:])
print(f"python {py['mb_s']} MB/s; zone-reform {rs1['mb_s']} MB/s on one thread "
      f"({rs1['mb_s'] / py['mb_s']:.1f}x), {rsn['mb_s']} MB/s on {rsn['threads']} threads "
      f"({rsn['mb_s'] / py['mb_s']:.1f}x)")
PY
