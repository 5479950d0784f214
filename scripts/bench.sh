#!/usr/bin/env bash
# Benchmark: reports figures, asserts none. Not part of scripts/test.sh.
#
#   scripts/bench.sh            (BENCH_SECONDS=2 BENCH_RUNS=5 by default)
#
#   - size of pkg/hoshu_bg.wasm, raw and gzip -9
#   - navigation start → first result of dist/seikatsu-kaigo.html in headless Chromium
#   - calculations per second: native (examples/bench.rs) and wasm in node
#     (tests/bench/wasm-bench.mjs), on tests/cases/bench-request.json, and their ratio
# The table is printed and written to bench-results/bench.txt.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
SECS="${BENCH_SECONDS:-2}"
RUNS="${BENCH_RUNS:-5}"
# The page opens with its state in the URL (a shared link), so it computes on load.
DEFAULT_PAGE='seikatsu-kaigo.html?service_month=2024-06&office.capacity=75&user.kubun=6&plan.service_minutes.h=6&plan.service_minutes.m=0&day.3.use=1&day.4.use=1&day.5.use=1'
PAGE="${BENCH_PAGE:-$DEFAULT_PAGE}"
REQUEST="tests/cases/bench-request.json"

# shellcheck source=scripts/setup.sh
source scripts/setup.sh
setup_all --browser
export HOSHU_SETUP_DONE=1
scripts/build.sh >/dev/null

echo "  [bench] wasm size"
raw=$(stat -c %s pkg/hoshu_bg.wasm)
gz=$(gzip -9 -c pkg/hoshu_bg.wasm | wc -c)
js_raw=$(stat -c %s pkg/hoshu.js)
js_gz=$(gzip -9 -c pkg/hoshu.js | wc -c)

echo "  [bench] first result of $PAGE in headless Chromium ($RUNS loads)"
fr_json="$(node tests/bench/first-result.mjs "$PAGE" "$RUNS")"
jget() { node -e 'const o=JSON.parse(process.argv[1]);const v=o[process.argv[2]];process.stdout.write(v==null?"n/a":(typeof v==="number"?v.toFixed(0):String(v)))' "$fr_json" "$1"; }
fr_med="$(jget firstResultMedianMs)"
fr_min="$(jget firstResultMinMs)"
ready_med="$(jget readyMedianMs)"
fr_src="$(jget source)"

echo "  [bench] native calc/s (${SECS}s)"
cargo build --release --example bench -q
native_line="$(target/release/examples/bench "$REQUEST" "$SECS")"
native=$(awk '{print $3}' <<<"$native_line")

echo "  [bench] wasm calc/s in node (${SECS}s)"
wasm_line="$(node tests/bench/wasm-bench.mjs "$REQUEST" "$SECS")"
wasm=$(awk '{print $3}' <<<"$wasm_line")
ratio=$(awk -v n="$native" -v w="$wasm" 'BEGIN { if (w > 0) printf "%.2f", n / w; else print "n/a" }')

mkdir -p bench-results
{
  echo "hoshu benchmark  $(date -u +%Y-%m-%dT%H:%M:%SZ)  commit $(git rev-parse --short HEAD 2>/dev/null || echo '?')$(git diff --quiet HEAD -- 2>/dev/null || echo '+dirty')"
  echo "machine: $(nproc) cores, node $(node --version), $(rustc --version | cut -d' ' -f1-2), $(/usr/bin/chromium --version 2>/dev/null | head -n1)"
  echo
  printf '%-44s %s\n' "measure" "value"
  printf '%-44s %s\n' "--------------------------------------------" "------------------------------"
  printf '%-44s %s\n' "pkg/hoshu_bg.wasm raw" "$raw bytes ($((raw / 1024)) KiB)"
  printf '%-44s %s\n' "pkg/hoshu_bg.wasm gzip -9" "$gz bytes ($((gz / 1024)) KiB)"
  printf '%-44s %s\n' "pkg/hoshu.js raw / gzip -9" "$js_raw / $js_gz bytes"
  if [[ "$fr_med" == n/a ]]; then
    printf '%-44s %s\n' "$PAGE: navigation → first result" "n/a (no result within 3 s of data-ready; the page set neither data-first-result-ms nor #result[data-state=ok])"
  else
    printf '%-44s %s\n' "$PAGE: navigation → first result" "median $fr_med ms, best $fr_min ms ($RUNS loads; $fr_src)"
  fi
  printf '%-44s %s\n' "$PAGE: navigation → data-ready" "median $ready_med ms"
  printf '%-44s %s\n' "native calc/s (run_json)" "$native"
  printf '%-44s %s\n' "wasm calc/s in node (calculate)" "$wasm"
  printf '%-44s %s\n' "native / wasm" "$ratio"
  echo
  echo "request: $REQUEST; calc/s over ${SECS}s after warm-up; figures only, nothing asserted."
} | tee bench-results/bench.txt
