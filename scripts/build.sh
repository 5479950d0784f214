#!/usr/bin/env bash
# Builds the WebAssembly modules into pkg/ and the static site into dist/.
#
#   scripts/build.sh
#
#   pkg/              the whole core (every calculator), for npm and embedders:
#                     wasm-bindgen's web-target output (hoshu.js, hoshu.d.ts,
#                     hoshu_bg.wasm) and its package.json
#   pkg/areas/<area>/ one module per area of the site (src/engine/areas.rs,
#                     the `area-*` features of Cargo.toml): only that area's
#                     calculators and the figure tables they read
#   dist/             a copy of www/ with pkg/areas/ inside it (what is
#                     served); each page's <!--#head-->, <!--#header-->…
#                     markers replaced by the shared markup of www/partials/
#                     (scripts/include.py, which also writes each page's
#                     preloads of its area's module and wasm); each page's
#                     script bundled into one file, js/bundle/<page>.mjs
#                     (esbuild: its modules of js/pages/ and js/lib/, which
#                     stay beside it as written, for tests and embedders);
#                     sw.js with the list of files kept for offline use and
#                     their version (scripts/precache.py: every file of dist/
#                     but the modules as written, so every area's module)
#
# Each area module is built with the `wasm` profile (opt-level "z"; the whole
# core with `wasm-full`, opt-level 3, for speed), run through wasm-bindgen, and shrunk by a pass
# chosen by measurement (README「性能」):
# strip, remove unused items, merge duplicate functions, binaryen's -Os minus
# its inlining, order functions by name — on gzip it beats `wasm-opt -Oz`.
# A module is rebuilt only when its inputs changed (pkg/**/.build-stamp).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
# shellcheck source=scripts/setup.sh
source scripts/setup.sh
if [[ "${HOSHU_SETUP_DONE:-}" != 1 ]]; then
  setup_all
fi

TARGET_DIR="${CARGO_TARGET_DIR:-target}"
# Rust's default wasm32 features; wasm-bindgen's output uses some of them
# (externref tables, bulk memory, multi-value returns…). Debian's old
# wasm-opt without them broke the module, so they are named explicitly.
WASM_FEATURES=(
  --enable-bulk-memory --enable-bulk-memory-opt --enable-nontrapping-float-to-int
  --enable-sign-ext --enable-mutable-globals --enable-reference-types
  --enable-multivalue --enable-call-indirect-overlong
)
# The post-processing pass (measured on gzip, see README): strip, drop unused
# items, merge duplicate functions, binaryen's -Os without its inlining
# (inlining is what made -Oz larger once gzipped) and without
# simplify-locals (it costs gzip here), then order functions by name, so that
# the copies of one generic function sit side by side and compress together.
# 1–2% smaller than the strip-only pass before it.
WASM_PASS=(--strip-debug --strip-producers --remove-unused-module-elements --duplicate-function-elimination
  -Os --always-inline-max-function-size 0 --one-caller-inline-max-function-size 0
  --flexible-inline-max-function-size 0 --skip-pass=simplify-locals
  --reorder-functions-by-name)

# The areas: every `area-<name>` feature of Cargo.toml.
mapfile -t AREAS < <(sed -n 's/^area-\([a-z_]*\) *=.*/\1/p' Cargo.toml)

# What every module is built from (a change anywhere rebuilds them all).
inputs="$( { find src data types -type f -print0 | sort -z | xargs -0 sha256sum;
             sha256sum build.rs Cargo.toml Cargo.lock scripts/build.sh www/js/lib/core.mjs;
             wasm-bindgen --version; node_modules/.bin/wasm-opt --version; } | sha256sum | cut -d' ' -f1)"

# finish_module NAME OUT_DIR COMPILED_WASM: wasm-bindgen, the pass, a check
# that it loads and answers; then the module is moved into OUT_DIR. Runs in
# the background while cargo compiles the next module (2 cores: cargo's
# final LTO step uses one).
finish_module() {
  local name="$1" dest="$2" compiled="$3"
  # Built in a scratch folder and moved into place at the end, so an
  # interrupted or concurrent build never leaves a half-made module.
  local out
  out="$(mktemp -d "$TARGET_DIR/pkg.XXXXXX")"
  wasm-bindgen --target web --out-dir "$out" --out-name hoshu "$compiled"
  # ES modules, for node and bundlers (pkg/ itself gets its full package.json below).
  echo '{ "type": "module" }' > "$out/package.json"
  local before after
  before=$(gzip -9 -c "$out/hoshu_bg.wasm" | wc -c)
  node_modules/.bin/wasm-opt "${WASM_PASS[@]}" "${WASM_FEATURES[@]}" \
    "$out/hoshu_bg.wasm" -o "$out/hoshu_bg.opt.wasm"
  mv "$out/hoshu_bg.opt.wasm" "$out/hoshu_bg.wasm"
  after=$(gzip -9 -c "$out/hoshu_bg.wasm" | wc -c)
  # The module must still load and answer; an area's calculators are its own.
  node --input-type=module - "$out" "$name" <<'JS'
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
const [dir, name] = [path.resolve(process.argv[2]), process.argv[3]];
const m = await import(pathToFileURL(path.join(dir, "hoshu.js")).href);
m.initSync({ module: fs.readFileSync(path.join(dir, "hoshu_bg.wasm")) });
const v = m.version(), names = m.calculators().map(([n]) => n);
if (!v) throw new Error(`${name}: the module does not answer`);
// The site routes each calculator to an area www/js/lib/core.mjs names.
const { holds } = await import(pathToFileURL(path.resolve("www/js/lib/core.mjs")).href);
const foreign = name === "full" ? [] : names.filter((n) => !holds(name, n));
if (foreign.length) throw new Error(`${name}: holds calculators www/js/lib/core.mjs routes elsewhere: ${foreign.join(", ")}`);
console.log(`  [build] ${name} loads in node: version ${v}, ${names.length} calculators`);
JS
  echo "  [build] $name: hoshu_bg.wasm gzip $before → $after bytes"
  echo "$inputs $name" > "$out/.build-stamp"
  chmod 755 "$out"
  mkdir -p "$(dirname "$dest")"
  rm -rf "$dest" "$compiled"
  mv "$out" "$dest"
}

# build_module NAME OUT_DIR PROFILE [cargo args…]: the module in OUT_DIR,
# unless it is up to date.
pending=()
build_module() {
  local name="$1" dest="$2" profile="$3"
  shift 3
  if [[ -f "$dest/.build-stamp" && "$(cat "$dest/.build-stamp")" == "$inputs $name" && -f "$dest/hoshu_bg.wasm" ]]; then
    echo "  [build] $dest is up to date"
    return 0
  fi
  echo "  [build] $name: cargo build --profile $profile --target wasm32-unknown-unknown --lib $*"
  cargo build --profile "$profile" --target wasm32-unknown-unknown --lib "$@"
  local compiled="$TARGET_DIR/hoshu-$name.wasm"
  cp "$TARGET_DIR/wasm32-unknown-unknown/$profile/hoshu.wasm" "$compiled"
  finish_module "$name" "$dest" "$compiled" &
  pending+=("$!")
}

# Each area is built for size (the `wasm` profile, opt-level "z": what a page
# downloads), the whole core for speed (`wasm-full`, opt-level 3 as the
# host's release, dependencies included: the npm package's batches of many
# users) — measured, see README「性能」.
mkdir -p pkg/areas
build_module full pkg/.full wasm-full
for area in "${AREAS[@]}"; do
  build_module "$area" "pkg/areas/$area" wasm --no-default-features --features "area-$area"
done
for pid in "${pending[@]}"; do
  wait "$pid"
done
# Drop the modules of areas that no longer exist.
for d in pkg/areas/*/; do
  a="$(basename "$d")"
  if ! printf '%s\n' "${AREAS[@]}" | grep -qx "$a"; then rm -rf "$d"; fi
done

# pkg/ itself: the whole module and its package.json (the areas beside it).
cp pkg/.full/hoshu.js pkg/.full/hoshu.d.ts pkg/.full/hoshu_bg.wasm pkg/.full/hoshu_bg.wasm.d.ts pkg/
version="$(sed -n 's/^version *= *"\(.*\)"/\1/p' Cargo.toml | head -n1)"
cat > pkg/package.json <<JSON
{
  "name": "hoshu",
  "version": "$version",
  "description": "障害福祉サービス等報酬の計算（WebAssembly）",
  "license": "MIT",
  "type": "module",
  "main": "hoshu.js",
  "module": "hoshu.js",
  "types": "hoshu.d.ts",
  "files": [
    "hoshu_bg.wasm",
    "hoshu_bg.wasm.d.ts",
    "hoshu.js",
    "hoshu.d.ts",
    "areas/*/hoshu_bg.wasm",
    "areas/*/hoshu_bg.wasm.d.ts",
    "areas/*/hoshu.js",
    "areas/*/hoshu.d.ts",
    "areas/*/package.json"
  ],
  "sideEffects": [
    "./snippets/*"
  ]
}
JSON

echo "  [build] dist/ = www/ (pages with their shared header, footer… and preloads) + pkg/areas/"
rm -rf dist
python3 scripts/include.py www dist
# The worked examples (集団指導) with their test cases' requests (session.html).
python3 scripts/examples.py dist
# Each page's script: its module graph (www/js/pages/<page>.mjs and the
# js/lib/ modules it imports) in one minified ES module, dist/js/bundle/
# <page>.mjs, so the browser fetches one file instead of ~20 (README「性能」).
# The area modules' glue (pkg/areas/<area>/hoshu.js) stays outside: core.mjs
# imports it on demand. A warning of esbuild (a duplicate key, say) stops
# the build.
echo "  [build] dist/js/bundle/: each page's modules in one file (esbuild)"
if ! bundle_log="$(node_modules/.bin/esbuild www/js/pages/*.mjs --bundle --format=esm --minify \
       --outdir=dist/js/bundle --out-extension:.js=.mjs --log-level=warning 2>&1)" || [[ -n "$bundle_log" ]]; then
  echo "$bundle_log" >&2
  echo "  [build] esbuild failed or warned (above): fix the page's modules" >&2
  exit 1
fi
for area in "${AREAS[@]}"; do
  mkdir -p "dist/pkg/areas/$area"
  cp "pkg/areas/$area/hoshu.js" "pkg/areas/$area/hoshu_bg.wasm" "pkg/areas/$area/package.json" "dist/pkg/areas/$area/"
done
# The offline copy: sw.js's version and list of files, and the data's date.
python3 scripts/precache.py dist
echo "  [build] done: dist/ ($(find dist -type f | wc -l) files)"
