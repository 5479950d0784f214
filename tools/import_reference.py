#!/usr/bin/env python3
"""Import figures from ../shared/reference/ into data/*.tsv (the product's own format).

Run by hand when the reference gains rows; the output is committed and is the
source of truth for the build (build.rs validates it). Usage:
    python3 tools/import_reference.py ../shared/reference
"""
import csv, sys, pathlib

HEADER = ["key", "from", "to", "value", "unit", "status", "source", "locator", "note"]

TIER = {"5人以下": "cap-5-or-less", "6〜10人": "cap-6-10", "11〜20人": "cap-11-20",
        "21〜30人": "cap-21-30", "31〜40人": "cap-31-40", "41〜50人": "cap-41-50",
        "51〜60人": "cap-51-60", "61〜70人": "cap-61-70", "71〜80人": "cap-71-80",
        "81人以上": "cap-81-plus"}
KUBUN = {"区分6": "kubun6", "区分5": "kubun5", "区分4": "kubun4", "区分3": "kubun3",
         "区分2以下": "kubun2-or-less"}
BAND = {"3時間未満": "lt3h", "3時間以上4時間未満": "3-4h", "4時間以上5時間未満": "4-5h",
        "5時間以上6時間未満": "5-6h", "6時間以上7時間未満": "6-7h",
        "7時間以上8時間未満": "7-8h", "8時間以上9時間未満": "8-9h"}


def rows(path):
    with open(path, encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def status(s):
    return {"mhlw": "official", "official": "official", "secondary": "secondary",
            "secondary-single": "secondary", "missing": "missing"}[s]


def seikatsu_kaigo(ref, out):
    lines = []
    for r in rows(ref / "seikatsu_kaigo/basic_units.tsv"):
        key = f"seikatsu_kaigo.basic.{TIER[r['teiin_tier']]}.{KUBUN[r['kubun']]}.{BAND[r['time_band']]}"
        st = status(r["status"])
        src = r["source_url"]
        loc = ""
        if st == "official":
            loc = "第6の1 生活介護サービス費（71〜80人の列。列の一致から定員区分を推定）"
        if st == "missing":
            src, loc = "r6-fee-notice", "第6の1 生活介護サービス費（本製品に未登録）"
        note = f"生活介護サービス費（利用定員{r['teiin_tier']}・{r['kubun']}・{r['time_band']}）"
        lines.append([key, "2024-04", "", r["units"], "units_per_day", st, src, loc, note])
    write(out / "seikatsu_kaigo_basic.tsv", lines,
          "生活介護サービス費 基本報酬（令和6年4月〜）。出典: shared/reference/seikatsu_kaigo/basic_units.tsv")


def write(path, lines, comment):
    with open(path, "w", encoding="utf-8") as f:
        f.write(f"# {comment}\n")
        f.write("\t".join(HEADER) + "\n")
        for l in lines:
            f.write("\t".join(l) + "\n")


if __name__ == "__main__":
    ref = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/reference")
    out = pathlib.Path(__file__).resolve().parent.parent / "data"
    seikatsu_kaigo(ref, out)
