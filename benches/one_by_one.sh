#!/usr/bin/env bash
# Checks that scoring a directory as one batch gives, line for line, what
# scoring each file on its own gives: runs `zone-reform score --format jsonl`
# once over DIR, then once per file for the first N files in path order (all
# of them without N), and compares the lines byte for byte. Prints the
# batch's wall-clock time and peak memory, and the number of differences
# (exit 1 if any).
#
#   bash benches/one_by_one.sh target/corpus-1000mb 5700
#
# DIR is a flat directory of documents, such as the throughput example's
# corpus (`cargo run --release --example throughput -- --write-dir DIR --mb 1000`).
set -euo pipefail
cd "$(dirname "$0")/.."
DIR="${1:?usage: one_by_one.sh DIR [N]}"
N="${2:-0}"
cargo build --release --quiet --bin zone-reform
ZR="$PWD/target/release/zone-reform"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

/usr/bin/time -f "batch: %e s wall, %P CPU, peak RSS %M kB" \
    "$ZR" score --quiet --format jsonl "$DIR" > "$WORK/batch.jsonl"
find "$DIR" -maxdepth 1 -type f -name '*.txt' | LC_ALL=C sort > "$WORK/files"
if [ "$N" -gt 0 ]; then
    head -n "$N" "$WORK/files" > "$WORK/picked"
else
    cp "$WORK/files" "$WORK/picked"
fi
count=$(wc -l < "$WORK/picked")
# One process per file, two at a time, each writing its own line file.
nl -ba -w1 -s' ' "$WORK/picked" | xargs -P "$(nproc)" -n 2 sh -c \
    '"$0" score --quiet --format jsonl "$3" > "$1/$2.line"' "$ZR" "$WORK"
for i in $(seq 1 "$count"); do cat "$WORK/$i.line"; done > "$WORK/single.jsonl"
head -n "$count" "$WORK/batch.jsonl" > "$WORK/batch_head.jsonl"
differ=$(diff "$WORK/batch_head.jsonl" "$WORK/single.jsonl" | grep -c '^>' || true)
echo "compared the first $count of $(wc -l < "$WORK/files") files, scored one process each, with the batch: $differ lines differ"
[ "$differ" -eq 0 ]
