#!/usr/bin/env python3
"""Attaches each worked example's request to the built site's examples.

    python3 scripts/examples.py dist

Every www/examples/<page>.json example names its test case
(`{"case": {"file": "examples/<page>.json", "name": …}}` under tests/cases/);
the case's request — what the page sends for the example's form state, checked
by tests/browser/present.test.mjs — is copied into dist/examples/<page>.json,
so the session handout (session.html) can calculate any example without
loading its page. dist/examples/index.json lists the pages that have examples.
A missing case stops the build.
"""
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CASES = ROOT / "tests" / "cases"


def main(dist: str) -> None:
    folder = Path(dist) / "examples"
    pages = []
    for path in sorted(folder.glob("*.json")):
        if path.name in ("index.json", "drills.json"):
            continue
        data = json.loads(path.read_text(encoding="utf-8"))
        for ex in data.get("examples", []):
            ref = ex["case"]
            cases = json.loads((CASES / ref["file"]).read_text(encoding="utf-8"))
            found = [c for c in cases if c["name"] == ref["name"]]
            if len(found) != 1:
                sys.exit(f"examples: {path.name} {ex['id']}: case {ref['file']} «{ref['name']}» not found once")
            ex["request"] = found[0]["request"]
        if data.get("examples"):
            html = (Path(dist) / f"{path.stem}.html").read_text(encoding="utf-8")
            title = re.sub(r"<[^>]+>", "", re.search(r"<h1[^>]*>(.*?)</h1>", html, re.S).group(1)).strip()
            pages.append({"name": path.stem, "title": title})
        path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    # In the order of the site's index of calculators.
    order = re.findall(r'href="([a-z-]+)\.html', (Path(dist) / "index.html").read_text(encoding="utf-8"))
    pages.sort(key=lambda p: order.index(p["name"]) if p["name"] in order else len(order))
    (folder / "index.json").write_text(json.dumps({"pages": pages}, ensure_ascii=False), encoding="utf-8")
    print(f"  [build] examples: {len(pages)} pages, requests attached from tests/cases/")


if __name__ == "__main__":
    main(sys.argv[1])
