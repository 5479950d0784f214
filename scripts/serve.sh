#!/usr/bin/env bash
# Builds, then serves dist/ on this machine only.
#
#   scripts/serve.sh            # http://127.0.0.1:8000/
#   PORT=8080 scripts/serve.sh
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
PORT="${PORT:-8000}"

scripts/build.sh

echo
echo "  ブラウザで開いてください: http://127.0.0.1:${PORT}/"
echo "  Open in your browser:     http://127.0.0.1:${PORT}/"
echo "  （止めるには Ctrl+C / Ctrl+C to stop）"
echo
exec python3 -m http.server --bind 127.0.0.1 "$PORT" --directory dist
