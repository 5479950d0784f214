#!/usr/bin/env bash
# Builds the WebAssembly module into pkg/ and the static site into dist/.
#
#   scripts/build.sh
#
#   pkg/   wasm-bindgen's web-target output (hoshu.js, hoshu.d.ts,
#          hoshu_bg.wasm shrunk by npm's wasm-opt) and its package.json
#   dist/  a copy of www/ with pkg/ inside it (what is served); each page's
#          <!--#header-->, <!--#footer-->… markers replaced by the shared
#          markup of www/partials/ (scripts/include.py); sw.js with the list
#          of files kept for offline use and their version (scripts/precache.py)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
# shellcheck source=scripts/setup.sh
source scripts/setup.sh
if [[ "${HOSHU_SETUP_DONE:-}" != 1 ]]; then
  setup_all
fi

WASM_IN="${CARGO_TARGET_DIR:-target}/wasm32-unknown-unknown/release/hoshu.wasm"
# Rust's default wasm32 features; wasm-bindgen's output uses some of them
# (externref tables, bulk memory, multi-value returns…). Debian's old
# wasm-opt without them broke the module, so they are named explicitly.
WASM_FEATURES=(
  --enable-bulk-memory --enable-bulk-memory-opt --enable-nontrapping-float-to-int
  --enable-sign-ext --enable-mutable-globals --enable-reference-types
  --enable-multivalue --enable-call-indirect-overlong
)

echo "  [build] cargo build --release --target wasm32-unknown-unknown --lib"
cargo build --release --target wasm32-unknown-unknown --lib

# wasm-bindgen and wasm-opt again only when the compiled module, this
# script, Cargo.toml or the tools' versions changed.
stamp="$( { cat "$WASM_IN" scripts/build.sh Cargo.toml; wasm-bindgen --version;
            node_modules/.bin/wasm-opt --version; } | sha256sum | cut -d' ' -f1)"
if [[ -f pkg/.build-stamp && "$(cat pkg/.build-stamp)" == "$stamp" && -f pkg/hoshu_bg.wasm ]]; then
  echo "  [build] pkg/ is up to date"
else
  # Built in a scratch folder and moved into place at the end, so an
  # interrupted or concurrent build never leaves a half-made pkg/.
  target_dir="${CARGO_TARGET_DIR:-target}"
  out="$(mktemp -d "$target_dir/pkg.XXXXXX")"
  trap 'rm -rf "$out"' EXIT
  echo "  [build] wasm-bindgen --target web --out-dir pkg"
  wasm-bindgen --target web --out-dir "$out" "$WASM_IN"

  version="$(sed -n 's/^version *= *"\(.*\)"/\1/p' Cargo.toml | head -n1)"
  cat > "$out/package.json" <<JSON
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
    "hoshu.d.ts"
  ],
  "sideEffects": [
    "./snippets/*"
  ]
}
JSON

  before=$(stat -c %s "$out/hoshu_bg.wasm")
  echo "  [build] wasm-opt -Oz pkg/hoshu_bg.wasm"
  node_modules/.bin/wasm-opt -Oz "${WASM_FEATURES[@]}" \
    "$out/hoshu_bg.wasm" -o "$out/hoshu_bg.opt.wasm"
  mv "$out/hoshu_bg.opt.wasm" "$out/hoshu_bg.wasm"
  after=$(stat -c %s "$out/hoshu_bg.wasm")
  echo "  [build] hoshu_bg.wasm: $before → $after bytes"

  # The optimised module must still load and answer.
  node --input-type=module - "$out" <<'JS'
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
const dir = path.resolve(process.argv[2]);
const m = await import(pathToFileURL(path.join(dir, "hoshu.js")).href);
m.initSync({ module: fs.readFileSync(path.join(dir, "hoshu_bg.wasm")) });
const v = m.version(), n = m.calculators().length;
if (!v || !n) throw new Error("the optimised module does not answer");
console.log(`  [build] pkg/ loads in node: version ${v}, ${n} calculators`);
JS
  echo "$stamp" > "$out/.build-stamp"
  rm -rf pkg
  mv "$out" pkg
  chmod 755 pkg
  trap - EXIT
fi

echo "  [build] dist/ = www/ (pages with their shared header, footer… from www/partials/) + pkg/"
rm -rf dist
python3 scripts/include.py www dist
# The worked examples (集団指導) with their test cases' requests (session.html).
python3 scripts/examples.py dist
mkdir -p dist/pkg
cp pkg/hoshu.js pkg/hoshu.d.ts pkg/hoshu_bg.wasm pkg/hoshu_bg.wasm.d.ts pkg/package.json dist/pkg/
if [[ -d pkg/snippets ]]; then cp -r pkg/snippets dist/pkg/; fi
# The offline copy: sw.js's version and list of files, and the data's date.
python3 scripts/precache.py dist
echo "  [build] done: dist/ ($(find dist -type f | wc -l) files)"
