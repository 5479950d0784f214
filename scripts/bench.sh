#!/usr/bin/env bash
# Benchmark: reports figures, asserts none. Not part of scripts/test.sh.
#
#   scripts/bench.sh                  (BENCH_RUNS=5, BENCH_SECONDS=0.5 per run)
#   BENCH_PAGES="seikatsu-kaigo.html money.html" scripts/bench.sh
#
#   1 the wasm each page loads (its area's module) and the whole core's:
#     raw, gzip -9, brotli                                (tests/bench/sizes.mjs)
#   2 per page, in headless Chromium, beside a blank page loaded in the same
#     run: navigation start → first result painted, and its ratio to the
#     blank page; the result in the page; data-ready; when the wasm fetch
#     started; instantiate → first result; a recalculation (one keystroke)
#     → result updated, → painted                          (tests/bench/pages.mjs)
#   3 native vs wasm on the same request doing the same work (JSON text in,
#     JSON text out): examples/bench.rs and tests/bench/wasm-bench.mjs, on a
#     生活介護 day (tests/cases/bench-request.json) and on money.office_month
#     with 1,000 users (generated from tests/cases/money/office_month.json);
#     and the site's area module of each request (objects in and out)
#
# The table is printed and written to bench-results/bench.txt (the figures
# as JSON beside it); README「性能」 quotes it.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
RUNS="${BENCH_RUNS:-5}"
SECS="${BENCH_SECONDS:-0.5}"
read -r -a PAGES <<<"${BENCH_PAGES:-}"

# shellcheck source=scripts/setup.sh
source scripts/setup.sh
setup_all --browser
export HOSHU_SETUP_DONE=1
scripts/build.sh >/dev/null

OUT=bench-results
mkdir -p "$OUT"

echo "  [bench] sizes"
node tests/bench/sizes.mjs > "$OUT/sizes.json"

echo "  [bench] pages in headless Chromium ($RUNS loads each, beside a blank page)"
node tests/bench/pages.mjs "$RUNS" "${PAGES[@]}" > "$OUT/pages.json"

echo "  [bench] native and wasm, same requests, same work"
cargo build --release --example bench -q
BIG="$OUT/bench-1000-users.json"
node --input-type=module - "$BIG" <<'JS'
// money.office_month with 1,000 users: the first case of
// tests/cases/money/office_month.json, its users repeated.
import fs from "node:fs";
const [first] = JSON.parse(fs.readFileSync("tests/cases/money/office_month.json", "utf8"));
const r = structuredClone(first.request);
r.users = Array.from({ length: 1000 }, (_, i) => ({ ...first.request.users[i % first.request.users.length], label: `U${i + 1}` }));
fs.writeFileSync(process.argv[2], JSON.stringify(r));
JS
native_bin="${CARGO_TARGET_DIR:-target}/release/examples/bench"
{
  echo "{\"runs\": $RUNS, \"requests\": ["
  sep=""
  for spec in "生活介護 1日 (tests/cases/bench-request.json)|tests/cases/bench-request.json||pkg/areas/seikatsu_kaigo" \
              "事業所の1か月 1,000人 (money.office_month)|$BIG|1000|pkg/areas/money"; do
    IFS='|' read -r label file users area <<<"$spec"
    n="$("$native_bin" "$file" "$RUNS" "$SECS")"
    w="$(node tests/bench/wasm-bench.mjs "$file" "$RUNS" "$SECS" "$area")"
    printf '%s{"label": "%s", "users": %s, "native": %s, "wasm": %s}\n' "$sep" "$label" "${users:-null}" "$n" "$w"
    sep=","
  done
  echo "]}"
} > "$OUT/throughput.json"

head1="hoshu benchmark  $(date -u +%Y-%m-%dT%H:%M:%SZ)  commit $(git rev-parse --short HEAD 2>/dev/null || echo '?')$(git diff --quiet HEAD -- 2>/dev/null || echo '+dirty')"
head2="machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), node $(node --version), $(rustc --version | cut -d' ' -f1-2), $(/usr/bin/chromium --version 2>/dev/null | head -n1)"
node tests/bench/report.mjs "$OUT" "$head1" "$head2" | tee "$OUT/bench.txt"
