#!/usr/bin/env bash
# Installs everything the build and the tests need, and nothing twice.
#
#   scripts/setup.sh            # Rust target, wasm-bindgen-cli, npm packages
#   scripts/setup.sh --browser  # … and Debian's Chromium + Japanese font
#
# Sourcing it (`source scripts/setup.sh`) only defines the functions.
# Everything comes from crates.io, npm and Debian's packages; nothing here
# downloads a binary from elsewhere (no wasm-pack, no `playwright install`,
# never Debian's `binaryen`: its wasm-opt 108 breaks the module).
set -euo pipefail

HOSHU_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$HOME/.cargo/bin:$PATH"

setup_log() { printf '  [setup] %s\n' "$*"; }

# The wasm-bindgen version the crate is locked to (Cargo.lock).
wasm_bindgen_version() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/"/, "", $3); print $3; exit }' \
    "$HOSHU_ROOT/Cargo.lock"
}

setup_rust_target() {
  if rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    setup_log "wasm32-unknown-unknown: installed"
  else
    setup_log "rustup target add wasm32-unknown-unknown"
    rustup target add wasm32-unknown-unknown
  fi
}

setup_wasm_bindgen() {
  local want have
  want="$(wasm_bindgen_version)"
  if [[ -z "$want" ]]; then
    echo "setup: no wasm-bindgen in Cargo.lock (run cargo generate-lockfile?)" >&2
    return 1
  fi
  have="$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)"
  if [[ "$have" == "$want" ]] && command -v wasm-bindgen-test-runner >/dev/null; then
    setup_log "wasm-bindgen-cli $want: installed"
  else
    setup_log "cargo install wasm-bindgen-cli =$want (once, ≈2 min; have '${have:-none}')"
    # Not --locked: the CLI's own lockfile pins a crate version this registry lacks.
    cargo install wasm-bindgen-cli --version "=$want" --force
  fi
}

setup_npm() {
  cd "$HOSHU_ROOT"
  # Reinstall only when node_modules is missing or older than the lockfile.
  if [[ -d node_modules && -f node_modules/.package-lock.json \
        && ! package-lock.json -nt node_modules/.package-lock.json \
        && ! package.json -nt node_modules/.package-lock.json ]]; then
    setup_log "node_modules: up to date"
  elif [[ -f package-lock.json ]]; then
    setup_log "npm ci"
    npm ci --no-audit --no-fund --loglevel=error
  else
    setup_log "npm install"
    npm install --no-audit --no-fund --loglevel=error
  fi
}

# Debian's Chromium, its driver and a Japanese font (without it every glyph
# is a box in screenshots). Only the browser tests need these.
setup_browser() {
  if [[ -x /usr/bin/chromium ]]; then
    setup_log "chromium: installed"
    return 0
  fi
  local sudo=""
  [[ "$(id -u)" -ne 0 ]] && sudo="sudo"
  local pkgs=(chromium chromium-driver fonts-ipafont-gothic)
  setup_log "apt-get install ${pkgs[*]}"
  if ! DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y "${pkgs[@]}"; then
    setup_log "apt-get update"
    $sudo apt-get update
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y "${pkgs[@]}"
  fi
}

setup_all() {
  setup_rust_target
  setup_wasm_bindgen
  setup_npm
  if [[ "${1:-}" == "--browser" ]]; then
    setup_browser
  fi
}

# Run when executed, not when sourced.
if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
  setup_all "$@"
fi
