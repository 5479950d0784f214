#!/usr/bin/env python3
"""Builds the served site: copies www/ to dist/, writing into each page the
shared partials (www/partials/<name>.html) its markers name.

    python3 scripts/include.py www dist

A marker stands alone on its line, e.g.

    <!--#header related="soudan.html" related-label="計画相談支援の給付費"-->

and is replaced by the partial, indented as the marker is. Attribute values
are HTML text, written as they would be in the page. A partial may itself
hold markers (expanded in turn). In a partial:

    {{name}}                 the attribute's value ("" when not given)
    {{name|default text}}    the attribute's value, or the default when not given
    {{#name}}…{{/name}}      kept only when the attribute is given
    {{^name}}…{{/name}}      kept only when it is not

An unknown partial, an attribute the partial does not use, or a marker left
in a page stops the build. www/partials/ itself is not copied.

The `head` partial is also given `{{preloads}}`, computed here from the page
(`page="…"`, `area="…"`). The page's script is one file, js/bundle/<page>.mjs
(its module graph bundled by scripts/build.sh after this step), so no module
of js/lib/ is preloaded. When the page uses the core (js/lib/core.mjs, found
by following its script's static imports), the head gets its area's module
(pkg/areas/<area>/hoshu.js, `base` when no area is named: a modulepreload,
as core.mjs imports it on demand) with a preload of that module's wasm —
or, when the page chooses its area from its URL (`areas="param=value:area
…"`), neither: js/boot.js fetches it — and js/boot.js, which starts
compiling it at once and fetching the site's figure sets index and the
page's worked examples (`data-examples`, when www/examples/ has the page's)
— so the browser fetches them all at once, beside the page's script.
"""

import re
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
IMPORT = re.compile(r'(?:^|[;\s])(?:import|export)\s+(?:[^;"\']*?\sfrom\s*)?["\'](\.{1,2}/[^"\']+)["\']', re.M)
CORE = "js/lib/core.mjs"

NAME = r"[a-z][a-z0-9-]*"
MARKER = re.compile(rf'^([ \t]*)<!--#({NAME})((?:\s+{NAME}(?:="[^"]*")?)*)\s*-->[ \t]*\n', re.M)
ATTR = re.compile(rf'({NAME})(?:="([^"]*)")?')
SECTION = re.compile(rf"\{{\{{([#^])({NAME})\}}\}}(.*?)\{{\{{/\2\}}\}}", re.S)
VAR = re.compile(rf"\{{\{{({NAME})(?:\|([^}}]*))?\}}\}}")


def render(template, attrs):
    out = template
    while True:
        new = SECTION.sub(lambda m: m.group(3) if (m.group(1) == "#") == (m.group(2) in attrs) else "", out)
        if new == out:
            break
        out = new
    return VAR.sub(lambda m: attrs[m.group(1)] if m.group(1) in attrs else (m.group(2) or ""), out)


def names_in(template):
    return {m.group(2) for m in SECTION.finditer(template)} | {m.group(1) for m in VAR.finditer(template)}


def areas():
    """The areas of the site's modules: the `area-<name>` features of Cargo.toml."""
    text = (ROOT / "Cargo.toml").read_text(encoding="utf-8")
    return re.findall(r"^area-([a-z_]+)\s*=", text, re.M)


def import_graph(src, start):
    """Every module `start` (a path under src) imports, itself first, in order."""
    seen, todo = [], [start]
    while todo:
        rel = todo.pop(0)
        if rel in seen:
            continue
        seen.append(rel)
        path = src / rel
        if not path.is_file():
            sys.exit(f"www/{rel}: imported but missing")
        for m in IMPORT.finditer(path.read_text(encoding="utf-8")):
            todo.append((Path(rel).parent / m.group(1)).as_posix())
    return [normalize(r) for r in seen]


def normalize(rel):
    parts = []
    for p in rel.split("/"):
        if p == "..":
            parts.pop()
        elif p not in ("", "."):
            parts.append(p)
    return "/".join(parts)


def preloads(src, attrs, where):
    """The head's preload links for a page (see the module's doc)."""
    page = attrs.get("page", "")
    if not page:
        return ""
    graph = import_graph(src, f"js/pages/{page}.mjs")
    links = []
    if CORE in graph:
        area = attrs.setdefault("area", "base") or "base"
        if area not in areas():
            sys.exit(f"{where}: area=\"{area}\" is not an area of Cargo.toml ({', '.join(areas())})")
        # First in line (the browser opens few connections at once): the
        # script that starts the compile and the page's fetches, the wasm
        # (the largest file), then its glue.
        examples = f' data-examples="examples/{page}.json"' if (src / "examples" / f"{page}.json").is_file() else ""
        links[:0] = [f'<script src="js/boot.js" async fetchpriority="high"{examples}></script>']
        # A page whose module depends on its URL (`areas="param=value:area …"`,
        # see js/lib/core.mjs pageArea) has it fetched by js/boot.js, which
        # reads the URL; the others preload it from here.
        for rule in attrs.get("areas", "").split():
            if rule.count(":") != 1 or rule.split(":")[1] not in areas():
                sys.exit(f"{where}: areas=\"…{rule}…\" is not param=value:area or param:area with an area of Cargo.toml")
        if not attrs.get("areas"):
            links[1:1] = [
                f'<link rel="preload" href="pkg/areas/{area}/hoshu_bg.wasm" as="fetch" type="application/wasm" crossorigin>',
                f'<link rel="modulepreload" href="pkg/areas/{area}/hoshu.js">',
            ]
    return "\n".join(links)


def expand(text, partials, where, depth=0, src=None):
    """`text` with its markers replaced; a partial's own markers are expanded in turn."""
    if depth > 3:
        sys.exit(f"{where}: partials nest more than 3 deep")

    def replace(m):
        indent, name, attr_text = m.group(1), m.group(2), m.group(3)
        if name not in partials:
            sys.exit(f"{where}: no partial www/partials/{name}.html for <!--#{name}-->")
        attrs = {a.group(1): a.group(2) or "" for a in ATTR.finditer(attr_text)}
        unknown = set(attrs) - names_in(partials[name])
        if unknown or "preloads" in attrs:
            sys.exit(f"{where}: <!--#{name}--> has attributes the partial does not use: {', '.join(sorted(unknown | {'preloads'} & set(attrs)))}")
        if name == "head" and src is not None:
            attrs["preloads"] = preloads(src, attrs, where)
        body = expand(render(partials[name], attrs), partials, where, depth + 1, src)
        return "".join(indent + line if line.strip() else line for line in body.splitlines(keepends=True))

    return MARKER.sub(replace, text)


def build_page(text, partials, where, src=None):
    out = expand(text, partials, where, src=src)
    if "<!--#" in out or "{{" in out:
        sys.exit(f"{where}: a marker or a partial's placeholder is left (a marker must stand alone on its line)")
    return out


def main(src, dst):
    src, dst = Path(src), Path(dst)
    partials = {p.stem: p.read_text(encoding="utf-8") for p in (src / "partials").glob("*.html")}
    shutil.copytree(src, dst, ignore=lambda d, names: ["partials"] if Path(d) == src else [])
    pages = 0
    for page in dst.rglob("*.html"):
        rel = page.relative_to(dst)
        page.write_text(build_page(page.read_text(encoding="utf-8"), partials, f"www/{rel}", src), encoding="utf-8")
        pages += 1
    print(f"  [build] {pages} pages with the partials of www/partials/ ({', '.join(sorted(partials))})")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: include.py SRC DST")
    main(sys.argv[1], sys.argv[2])
