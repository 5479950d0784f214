"""Where a line of a seed text is in its document: the section and the pages the
document's own table of contents gives (e.g. seed 003 「3. 計画相談支援給付費、…
一覧表 6」, seed 002 「第6節 市単独加算・運営費補助金について 19ページ」), so that
a locator cites the document, never a line of our text file.

    from seed_pages import cite_pages
    cite_pages("seed-003", "§3 初回加算（l.225）")  → "§3 初回加算（6〜7ページ）"
"""

import re
from pathlib import Path

SEEDS = Path(__file__).resolve().parent.parent.parent / "shared" / "seeds"


def _seed(prefix):
    return next(SEEDS.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8").splitlines()


def _sections_003():
    """(first line, last line, pages) of each numbered section of seed 003."""
    lines = _seed("003")
    toc = {}
    for l in lines[:60]:
        m = re.match(r"^(\d+)\. .*\t(\d+)$", l)
        if m:
            toc[int(m.group(1))] = int(m.group(2))
    starts = {}
    for i, l in enumerate(lines, 1):
        m = re.match(r"^(\d+)\. ", l)
        if m and i > 44 and int(m.group(1)) in toc:
            starts[int(m.group(1))] = i  # the last heading of that number (the body's)
    return _ranges(starts, toc)


def _sections_002():
    """(first line, last line, pages) of each 節 of seed 002's 資料4."""
    lines = _seed("002")
    toc, starts = {}, {}
    for i, l in enumerate(lines, 1):
        m = re.match(r"^#+ 第(\d)節 .* (\d+)ページ$", l)
        if m:
            toc[int(m.group(1))] = int(m.group(2))
            continue
        m = re.match(r"^#+ 第(\d)節 ", l)
        if m and int(m.group(1)) in toc:
            starts[int(m.group(1))] = i
    return _ranges(starts, toc)


def _ranges(starts, toc):
    out = []
    keys = sorted(starts)
    for k, n in enumerate(keys):
        last_line = starts[keys[k + 1]] - 1 if k + 1 < len(keys) else 10**9
        first_page = toc[n]
        nxt = toc.get(n + 1)
        last_page = max(first_page, nxt - 1) if nxt else first_page
        pages = f"{first_page}ページ" if last_page == first_page else f"{first_page}〜{last_page}ページ"
        out.append((starts[n], last_line, pages))
    return out


_SECTIONS = {}


def pages(seed, line):
    """The pages of the section of `seed` ("seed-003", "seed-002") that holds `line`."""
    if seed not in _SECTIONS:
        _SECTIONS[seed] = _sections_003() if seed == "seed-003" else _sections_002()
    for first, last, p in _SECTIONS[seed]:
        if first <= line <= last:
            return p
    # A line of the table of contents: the pages of the section it names.
    text = _seed(seed[-3:])[line - 1]
    m = re.match(r"^#+ 第(\d)節 ", text) or re.match(r"^(\d+)\. ", text)
    if m:
        k = int(m.group(1))
        body = [s for s in _SECTIONS[seed] if re.match(rf"^#+ 第{k}節 |^{k}\. ", _seed(seed[-3:])[s[0] - 1])]
        if body:
            return body[0][2]
    raise ValueError(f"{seed} line {line} is in no section")


LINE = re.compile(r"(?:seed(?:[ -]\d{3})? )?l\.(\d+)(?:[–-](\d+)?)?")


def cite_pages(seed, text):
    """`text` with every line reference (`l.225`, `seed l.2336`, `l.206–215`)
    replaced by the pages of its section, once, at the end."""
    found = [int(m.group(1)) for m in LINE.finditer(text)]
    if not found:
        return text
    p = pages(seed, found[0])
    out = LINE.sub("", text)
    out = re.sub(r"[（(]\s*[;；、,]?\s*[）)]", "", out)  # parentheses left empty
    out = re.sub(r"（\s*[;；、]\s*", "（", out)
    out = re.sub(r"\s*[;；、]\s*）", "）", out)
    out = re.sub(r"\s*;\s*$", "", out)
    out = re.sub(r"[ \t]{2,}", " ", out).rstrip()
    out = re.sub(r"（\s+", "（", out).replace(" ）", "）")
    if out.endswith("）") and not out.endswith("ページ）"):
        # The last parenthesis holds words: the pages go inside it.
        return out[:-1] + f"、{p}）"
    return out + f"（{p}）"
