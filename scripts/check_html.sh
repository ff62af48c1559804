#!/usr/bin/env bash
# Render the HTML benchmark report of data/ in headless Chromium and check it.
#
#   bash scripts/check_html.sh [OUT_DIR]     (default: target/html-check)
#
# Writes OUT_DIR/report.html (benchmark_zones --format html), renders it to
# OUT_DIR/report.png and dumps the DOM Chromium built from it to
# OUT_DIR/dom.html, then checks that the DOM holds the ranking table, the SVG
# radar and bar charts, the gap list and the evidence sentences, and no
# <script> element. Installs Debian's chromium (and CJK fonts, so Chinese
# renders) with apt-get when chromium is missing; needs root for that.
# Not part of CI: it needs a browser.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-target/html-check}"
mkdir -p "$out"
out="$(cd "$out" && pwd)"

browser="$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)"
if [ -z "$browser" ]; then
    echo "== installing chromium (apt-get)"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk >/dev/null
    browser="$(command -v chromium)"
fi

echo "== writing $out/report.html"
cargo run --quiet --release --example benchmark_zones -- --format html --out "$out/report.html"

profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
flags=(--headless --no-sandbox --disable-gpu --disable-background-networking
       --disable-component-update --disable-sync --no-first-run
       --user-data-dir="$profile")

echo "== rendering $out/report.png with $browser"
"$browser" "${flags[@]}" --hide-scrollbars --window-size=1400,3000 \
    --screenshot="$out/report.png" "file://$out/report.html" 2>/dev/null
test -s "$out/report.png" || { echo "FAIL: no screenshot"; exit 1; }

echo "== dumping the DOM to $out/dom.html"
"$browser" "${flags[@]}" --dump-dom "file://$out/report.html" >"$out/dom.html" 2>/dev/null

fail=0
check() { # check NAME MIN_COUNT PATTERN
    local n
    n="$(grep -o -- "$3" "$out/dom.html" | wc -l)"
    if [ "$n" -ge "$2" ]; then
        echo "ok   $1 ($n)"
    else
        echo "FAIL $1: found $n, want at least $2 of /$3/"
        fail=1
    fi
}
zones="$(grep -c '^\[\[zones\]\]' data/zones.toml)"
check "ranking table" 1 '<table class="ranking">'
check "ranking rows" "$zones" '<tr><td class="num">[0-9]'
check "bar chart of totals" 1 '<svg class="bars"'
check "rank intervals" 1 'class="interval"'
check "radar chart per zone" "$zones" '<svg class="radar"'
check "gap list" 1 '<ul class="gap-list">'
check "gap evidence sentences" 1 '<blockquote class="sentence">'
check "evidence per zone" "$zones" '<details class="evidence"'
check "evidence sentences" "$zones" '<q class="sentence">'
check "Chinese zone names" 1 '大善县先进制造业开发区'
if grep -q '<script' "$out/dom.html"; then
    echo "FAIL the page contains a <script> element"
    fail=1
else
    echo "ok   no <script> element"
fi
if grep -Eq '(src|href)="(https?:)?//' "$out/dom.html"; then
    echo "FAIL the page loads an external asset"
    fail=1
else
    echo "ok   no external assets"
fi
[ "$fail" -eq 0 ] && echo "== all checks passed; look at $out/report.png"
exit "$fail"
