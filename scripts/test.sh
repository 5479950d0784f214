#!/usr/bin/env bash
# Runs every test, failing fast:
#   1 setup (tools, npm packages, Chromium)
#   2 host Rust tests        cargo test --lib --tests
#   3 build                  scripts/build.sh (pkg/, dist/)
#   4 wasm Rust tests        cargo test --target wasm32-unknown-unknown --test wasm (node)
#   5 JS tests of pkg/       node --test tests/js/
#   6 TypeScript check       node tests/ts/gen-cases.mjs (every typed case's request and the
#                            response pkg/ gives it), then tsc --noEmit -p tests/ts/tsconfig.json
#   7 browser tests          node --test tests/browser/   (last: CI reads its summary); they
#                            also write dist/accessibility.html, the accessibility test report
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
START=$SECONDS

stage() {
  printf '\n==== [%s] %s  (%ss)\n' "$1" "$2" "$((SECONDS - START))"
}

stage 1/7 "setup"
# shellcheck source=scripts/setup.sh
source scripts/setup.sh
setup_all --browser
export HOSHU_SETUP_DONE=1

stage 2/7 "host Rust tests: cargo test --lib --tests"
cargo test --lib --tests

stage 3/7 "build: scripts/build.sh"
scripts/build.sh

stage 4/7 "wasm Rust tests: cargo test --target wasm32-unknown-unknown --test wasm (node)"
cargo test --target wasm32-unknown-unknown --test wasm

stage 5/7 "JS tests of pkg/: node --test tests/js/"
node --test tests/js/

stage 6/7 "TypeScript check: requests and real responses, tsc --noEmit -p tests/ts/tsconfig.json"
node tests/ts/gen-cases.mjs
node_modules/.bin/tsc --noEmit -p tests/ts/tsconfig.json
echo "tsc: no type errors"

stage 7/7 "browser tests (headless Chromium): node --test tests/browser/"
node --test tests/browser/
