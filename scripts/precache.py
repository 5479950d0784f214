#!/usr/bin/env python3
"""Writes what the offline copy needs into a built site (run by scripts/build.sh):

    python3 scripts/precache.py dist

- dist/build-info.json: {"data_date": the date of the last commit that changed
  data/ (YYYY-MM-DD, or null outside a git checkout)} — shown by about.html;
- dist/sw.js: VERSION = a hash of every file the worker keeps, FILES = those
  files (relative to the site's folder, "./" for its index), so a new build is
  a new version and the browser updates the worker.

Not kept: sw.js itself, accessibility.html (the test run rewrites it after
the build; it is always fetched), pkg/'s TypeScript declarations and
package.json, and the modules as written (js/lib/, js/pages/: each page
loads its bundle, js/bundle/<page>.mjs) — none is used by the pages.
"""

import hashlib
import json
import re
import subprocess
import sys
from pathlib import Path

NOT_KEPT = {"sw.js", "accessibility.html"}
NOT_KEPT_DIRS = ("js/lib/", "js/pages/")


def data_date(repo):
    try:
        out = subprocess.run(["git", "log", "-1", "--format=%cs", "--", "data"], cwd=repo,
                             capture_output=True, text=True, check=True).stdout.strip()
        return out or None
    except (OSError, subprocess.CalledProcessError):
        return None


def main(dist):
    dist = Path(dist)
    repo = Path(__file__).resolve().parent.parent
    (dist / "build-info.json").write_text(json.dumps({"data_date": data_date(repo)}) + "\n", encoding="utf-8")
    files = sorted(p.relative_to(dist).as_posix() for p in dist.rglob("*") if p.is_file())
    files = [f for f in files if f not in NOT_KEPT and not f.endswith(".d.ts") and f != "pkg/package.json"
             and not f.startswith(NOT_KEPT_DIRS)]
    digest = hashlib.sha256()
    for f in files:
        digest.update(f.encode() + b"\0" + (dist / f).read_bytes() + b"\0")
    version = digest.hexdigest()[:16]
    sw = dist / "sw.js"
    text = sw.read_text(encoding="utf-8")
    text, n1 = re.subn(r'^const VERSION = "dev";$', f'const VERSION = "{version}";', text, flags=re.M)
    text, n2 = re.subn(r"^const FILES = \[\];$", "const FILES = " + json.dumps(["./"] + files, ensure_ascii=False) + ";", text, flags=re.M)
    if (n1, n2) != (1, 1):
        sys.exit("precache.py: dist/sw.js lacks its VERSION or FILES line")
    sw.write_text(text, encoding="utf-8")
    print(f"  [build] sw.js: version {version}, {len(files)} files kept for offline use")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: precache.py DIST")
    main(sys.argv[1])
