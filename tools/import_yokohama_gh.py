#!/usr/bin/env python3
"""Writes data/yokohama_gh.tsv from seed 002 (横浜市 令和7年度 集団指導 資料集),
資料4 令和7年度障害者グループホーム事務マニュアル 第3節〜第6節.

Every figure is read from the seed text itself (the line is located by its
label, the numbers parsed from it) so that a re-run against the seed checks the
data. Run from the repository root (the seed defaults to ../shared/seeds/, beside the repository):
    python3 tools/import_yokohama_gh.py [../shared/seeds/002_b6fb22e942353f26.txt]
"""
import re
import sys
from pathlib import Path

import seed_pages
from seed_pages import cite_pages

SEED = sys.argv[1] if len(sys.argv) > 1 else "../shared/seeds/002_b6fb22e942353f26.txt"
OUT = "data/yokohama_gh.tsv"
SRC = "seed-002-yokohama-r7"
# The manual is the 令和7年度 edition: its figures are given for 令和7年度
# (2025-04 .. 2026-03). Later months are refused as not in force until a newer
# edition is registered (see src/yokohama_gh.rs).
FROM, TO = "2025-04", "2026-03"
CAPS = [4, 5, 6, 7, 8, 9, 10]

lines = open(SEED, encoding="utf-8").read().split("\n")
seed_pages.SEEDS = Path(SEED).resolve().parent
rows = []


def find(pattern, start=0, end=None):
    """(1-based line number, text) of the first line matching pattern in [start, end)."""
    rx = re.compile(pattern)
    for i in range(start, end or len(lines)):
        if rx.search(lines[i]):
            return i + 1, lines[i]
    raise SystemExit(f"not found in seed: {pattern}")


def nums(text):
    return [int(n.replace(",", "")) for n in re.findall(r"\d[\d,]*", text)]


def row(key, value, unit, locator, note):
    """A figure; its locator's seed line becomes the pages of its 節 (資料4's own contents)."""
    rows.append([key, FROM, TO, str(value), unit, "official", SRC, cite_pages("seed-002", locator), note])


def rule(rid, locator, note):
    rows.append([f"rule.{rid}", FROM, TO, "", "rule", "official", SRC, cite_pages("seed-002", locator), note])


sec6, _ = find(r"^## 第6節 市単独加算・運営費補助金")
sec3, _ = find(r"^## 第3節 設置費補助金")
sec4, _ = find(r"^## 第4節 改修費補助金")
sec5, _ = find(r"^## 第5節 スプリンクラー設置費補助金")

rule("yokohama_gh.city_additions", f"資料4 第6節 4 加算の内容（横浜市障害者グループホーム単独加算支給要綱）（seed l.{sec6}–）",
     "横浜市障害者グループホーム 市単独加算（建物借上加算・水道料金加算・介護支援加算・運営基本費・サービス管理費）")
rule("yokohama_gh.operating_subsidy", f"資料4 第6節 5 補助の内容（横浜市障害者グループホーム運営費補助要綱）",
     "横浜市障害者グループホーム 運営費補助金（建物借上補助・サテライト型住居に係る家賃補助・要介護支援費）")
rule("yokohama_gh.setup", "資料4 第3節 設置費補助金／第4節 改修費補助金／第5節 スプリンクラー設置費補助金（11〜18ページ）",
     "横浜市障害者グループホーム 設置費等補助金（整備費・初度調弁費・改修費・スプリンクラー設置費）")

# --- 第6節 4: 建物借上加算 単価表 (上限額)
for area, label, pat in [("urban", "市街化区域", r"^市街化区域\t上限額"), ("adjustment", "市街化調整区域", r"^市街化調整区域 ※\t上限額")]:
    n, t = find(pat, sec6)
    v = nums(t)
    assert len(v) == 7, (pat, v)
    for c, x in zip(CAPS, v):
        row(f"yokohama_gh.rent_addition.cap.{area}.cap-{c}", x, "yen_per_month",
            f"資料4 第6節 4 ○建物借上加算単価表 {label} 定員{c}人（seed l.{n}）",
            f"建物借上加算の上限額（{label}・定員{c}人、1人月額）")
# --- 介護支援加算 単価表
for night, label, pat in [("night", "夜勤または宿直体制あり", r"^夜勤または宿直 体制あり"), ("no-night", "夜勤または宿直体制なし", r"^夜勤または宿直 体制なし")]:
    n, t = find(pat, sec6)
    v = nums(t)
    assert len(v) == 7, (pat, v)
    for c, x in zip(CAPS, v):
        row(f"yokohama_gh.care_addition.{night}.cap-{c}", x, "yen_per_month",
            f"資料4 第6節 4 ○介護支援加算単価表 {label} {c}人定員（seed l.{n}）",
            f"介護支援加算（{label}・{c}人定員、1人月額）")
# --- 運営基本費 単価表
n0, _ = find(r"^援助体制\t障害支援区分\t4人定員", sec6)
BASIC_CAPS = ["cap-4", "cap-5", "cap-6", "cap-7plus"]
BASIC_CAP_LABEL = ["4人定員", "5人定員", "6人定員", "7人定員以上"]
for i, (support, slabel) in enumerate([("weekdays", "平日運営")] * 4 + [("all-year", "365日運営")] * 4):
    n = n0 + 1 + i
    t = lines[n - 1]
    kubun = ["kubun1", "kubun2", "kubun3", "kubun4"][i % 4]
    klabel = ["区分1以下", "区分2", "区分3", "区分4"][i % 4]
    assert klabel in t, (n, t)
    v = nums(t.split(klabel, 1)[1])
    assert len(v) == 4, (n, v)
    for c, cl, x in zip(BASIC_CAPS, BASIC_CAP_LABEL, v):
        row(f"yokohama_gh.basic.{support}.{kubun}.{c}", x, "yen_per_month",
            f"資料4 第6節 4 ○運営基本費単価表 {slabel} {klabel} {cl}（seed l.{n}）",
            f"運営基本費（{slabel}・{klabel}・{cl}、1人月額）")
n, t = find(r"^運営基本費\t1人月額", sec6)
assert "7人定員以上" in lines[n0 - 1]
row("yokohama_gh.basic.capacity_top", 7, "persons", f"資料4 第6節 4 ○運営基本費単価表 列「7人定員以上」（seed l.{n0}）",
    "運営基本費の単価表の最上段の定員（7人定員以上）")
# 運営基本費 worked example is in the rule text; tested, not data.

# --- 水道料金加算, サービス管理費
n, t = find(r"^水道料金加算\t1人月額 上限", sec6)
row("yokohama_gh.water_addition.cap", nums(t)[1], "yen_per_month", f"資料4 第6節 4 水道料金加算 基準額（seed l.{n}）",
    "水道料金加算の上限額（1人月額）")
n, t = find(r"^サービス管理費\t1人月額", sec6)
row("yokohama_gh.service_management", nums(t)[1], "yen_per_month", f"資料4 第6節 4 サービス管理費 基準額（seed l.{n}）",
    "サービス管理費（1人月額・一律）")
# 建物借上加算: 月額家賃の1/2 を定員で除した額
n, t = find(r"^建物借上加算\t1人月額", sec6)
assert "月額家賃の1/2を定員で除した額(10円未満切り捨て)" in t
row("yokohama_gh.rent_share.rate", "0.5", "rate", f"資料4 第6節 4 建物借上加算 算定方法「月額家賃の1/2を定員で除した額」（seed l.{n}）",
    "建物借上加算・建物借上補助で定員で除す家賃の割合（月額家賃の1/2）")
# 定員の範囲 (4人から10人)
n, t = find(r"定員（4人から10人）ごとに、上限額", sec6)
row("yokohama_gh.capacity.min", 4, "persons", f"資料4 第6節 3 (1) 請求コード「建物借上加算」定員（4人から10人）（seed l.{n}）", "単価表の定員の下限（4人）")
row("yokohama_gh.capacity.max", 10, "persons", f"資料4 第6節 3 (1) 請求コード「建物借上加算」定員（4人から10人）（seed l.{n}）", "単価表の定員の上限（10人）")
# 市街化調整区域の単価は平成18年度以降に設置したホーム
n, t = find(r"^※市街化調整区域の単価は、平成18年度以降", sec6)
row("yokohama_gh.adjustment_area.from_fiscal_year", 2006, "fiscal_year", f"資料4 第6節 4 建物借上加算単価表 ※（seed l.{n}）",
    "市街化調整区域の単価を適用するホームの設置年度（平成18年度以降）")
# 介護支援加算: 区分2以上の入居者が入居中
n, t = find(r"^介護支援加算\t1人月額", sec6)
assert "区分2以上の入居者" in t
row("yokohama_gh.care_addition.min_kubun", 2, "count", f"資料4 第6節 4 介護支援加算 対象「区分2以上の入居者が入居中の障害者グループホーム」（seed l.{n}）",
    "介護支援加算・要介護支援費の対象となるホームの入居者の障害支援区分（区分2以上）")

# --- 第6節 5: 運営費補助
for area, label, pat in [("urban", "市街化区域", r"^市街化区域\t44,250"), ("adjustment", "市街化調整区域", r"^市街化調整区域※\t37,500")]:
    n, t = find(pat, sec6)
    v = nums(t)
    assert len(v) == 7, (pat, v)
    for c, x in zip(CAPS, v):
        row(f"yokohama_gh.vacancy_rent.cap.{area}.cap-{c}", x, "yen_per_month",
            f"資料4 第6節 5 ○単価表（1）建物借上補助 {label} 定員{c}人（seed l.{n}）",
            f"建物借上補助の補助基準額（{label}・定員{c}人、空室1室月額）")
for night, label, pat in [("night", "夜勤または宿直体制あり", r"^夜勤または宿直体制あり\t"), ("no-night", "夜勤または宿直体制なし", r"^夜勤または宿直体制なし\t")]:
    n, t = find(pat, sec6)
    v = nums(t)
    assert len(v) == 7, (pat, v)
    for c, x in zip(CAPS, v):
        row(f"yokohama_gh.vacancy_care.{night}.cap-{c}", x, "yen_per_month",
            f"資料4 第6節 5 ○単価表（2）要介護支援費 {label} {c}人定員（seed l.{n}）",
            f"要介護支援費（{label}・{c}人定員、空室1室月額）")
n, t = find(r"^サテライト型住居に係る家賃補助\t", sec6)
v = nums(t)
row("yokohama_gh.satellite_vacancy.cap", v[0], "yen_per_month", f"資料4 第6節 5 サテライト型住居に係る家賃補助 補助基準額（seed l.{n}）",
    "サテライト型住居に係る家賃補助の補助基準額（本体住居の空室1室月額）")
assert "利用開始した月から3年以内" in t
row("yokohama_gh.satellite_vacancy.years", 3, "years", f"資料4 第6節 5 サテライト型住居に係る家賃補助 補助対象経費「利用開始した月から3年以内」（seed l.{n}）",
    "サテライト型住居に係る家賃補助の期間（利用開始月から3年以内）")

# --- 第3節 設置費補助金
n, t = find(r"^整備費\t権利取得費", sec3)
row("yokohama_gh.setup.maintenance-1.cap.no-sprinkler", nums(t)[-1], "yen", f"資料4 第3節 4 (1) 整備費（設置費補助金①）補助上限額 スプリンクラーなし（seed l.{n}）",
    "設置費補助金① 整備費（権利取得費・家屋改造費）の補助上限額（スプリンクラーなし）")
n, t = find(r"^\t家屋改造費\t", sec3)
row("yokohama_gh.setup.maintenance-1.cap.sprinkler", nums(t)[-1], "yen", f"資料4 第3節 4 (1) 整備費（設置費補助金①）補助上限額 スプリンクラーあり（seed l.{n}）",
    "設置費補助金① 整備費（権利取得費・家屋改造費）の補助上限額（スプリンクラーあり）")
n, t = find(r"^権利取得費\t", sec3)
row("yokohama_gh.setup.maintenance-2.rights.cap", nums(t)[-1], "yen", f"資料4 第3節 4 (2) 設置費補助金② 権利取得費 補助上限額（seed l.{n}）",
    "設置費補助金② 権利取得費の補助上限額")
n, t = find(r"^施設整備費\t", sec3)
row("yokohama_gh.setup.maintenance-2.facility.cap.no-sprinkler", nums(t)[-1], "yen", f"資料4 第3節 4 (2) 設置費補助金② 施設整備費 スプリンクラーなし（seed l.{n}）",
    "設置費補助金② 施設整備費の補助上限額（スプリンクラーなし）")
t = lines[n]
row("yokohama_gh.setup.maintenance-2.facility.cap.sprinkler", nums(t)[-1], "yen", f"資料4 第3節 4 (2) 設置費補助金② 施設整備費 スプリンクラーあり（seed l.{n + 1}）",
    "設置費補助金② 施設整備費の補助上限額（スプリンクラーあり）")
n, t = find(r"^設置費補助金③\t", sec3)
row("yokohama_gh.setup.maintenance-3.cap", nums(t)[-1], "yen", f"資料4 第3節 4 (3) 設置費補助金③ 施設整備費（新築）補助上限額（seed l.{n}）",
    "設置費補助金③ 施設整備費（新築）の補助上限額")
n, t = find(r"^設置費補助金④\t", sec3)
row("yokohama_gh.setup.maintenance-4.cap", nums(t)[-1], "yen", f"資料4 第3節 4 (3) 設置費補助金④ 施設整備費（改修）補助上限額（seed l.{n}）",
    "設置費補助金④ 施設整備費（改修）の補助上限額")
n, t = find(r"^※法人が補助対象経費の内、1/4以上を負担", sec3)
row("yokohama_gh.setup.corporate_share.min", "0.25", "rate", f"資料4 第3節 4 (2)(3) ※法人が補助対象経費の内、1/4以上を負担した場合（seed l.{n}）",
    "設置費補助金②（施設整備費）③④で法人が負担する補助対象経費の割合（1/4以上）")
n, t = find(r"^補助上限額\t500,000円", sec3)
row("yokohama_gh.setup.furnishing.cap", nums(t)[0], "yen", f"資料4 第3節 5 初度調弁費の補助内容 補助上限額（seed l.{n}）",
    "初度調弁費の補助上限額")
n, t = find(r"^補助対象外\t.*税込み単価3,000円未満", sec3)
row("yokohama_gh.setup.furnishing.min_item_price", 3000, "yen", f"資料4 第3節 5 初度調弁費 補助対象外「税込み単価3,000円未満のもの」（seed l.{n}）",
    "初度調弁費の対象となる物品の税込単価の下限（3,000円未満は対象外）")
# --- 第4節 改修費
n, t = find(r"1件300,000円以上\(税込\)の工事が対象", sec4)
row("yokohama_gh.setup.renovation.min_work", 300000, "yen", f"資料4 第4節 1 概要と申請時期「1件300,000円以上(税込)の工事が対象」（seed l.{n}）",
    "改修費補助金の対象となる工事1件の金額の下限（税込300,000円以上）")
n, t = find(r"^2,000,000円\t当該経費の実支出額と補助上限額", sec4)
row("yokohama_gh.setup.renovation.cap", nums(t)[0], "yen", f"資料4 第4節 2 補助内容 補助上限額（seed l.{n}）",
    "改修費補助金の補助上限額")
# --- 第5節 スプリンクラー
n, t = find(r"^25,200 円/m", sec5)
v = nums(t)
row("yokohama_gh.setup.sprinkler.cap_per_m2", v[0], "yen_per_m2", f"資料4 第5節 2 補助内容 補助上限（令和6年度）（seed l.{n}）",
    "スプリンクラー設置費補助金の補助上限（1m²あたり・資料4は令和6年度時点の額として掲載）")
row("yokohama_gh.setup.sprinkler.pump_unit", 3090000, "yen", f"資料4 第5節 2 補助内容 補助上限（ポンプユニットが必要な場合の加算）（seed l.{n}）",
    "スプリンクラー設置費補助金のポンプユニット加算（資料4は令和6年度時点の額として掲載）")
assert "3,090,000" in t and "補助率 工事費の3/4" in t
row("yokohama_gh.setup.sprinkler.rate", "0.75", "rate", f"資料4 第5節 2 補助内容 補助基準「補助率 工事費の3/4」（seed l.{n}）",
    "スプリンクラー設置費補助金の補助率（工事費の3/4）")
n, t = find(r"工事事務費は補助対象工事の2.6%", sec5)
row("yokohama_gh.setup.sprinkler.office_rate", "0.026", "rate", f"資料4 第5節 2 補助内容 工事事務費（補助対象工事の2.6%）（seed l.{n}）",
    "スプリンクラー設置費補助金で補助対象経費となる工事事務費の上限（補助対象工事の2.6%）")

header = "\t".join(["key", "from", "to", "value", "unit", "status", "source", "locator", "note"])
with open(OUT, "w", encoding="utf-8") as f:
    f.write("# 横浜市 障害者グループホーム: 市単独加算・運営費補助金（資料4 第6節）と設置費等補助金（第3〜5節）。\n")
    f.write("# 生成: python3 tools/import_yokohama_gh.py（seed 002 の本文から表の各セルを読み取る）。手で編集しないこと。\n")
    f.write("# 期間: 資料4は令和7年度版の事務マニュアル。令和7年度（2025-04〜2026-03）の値として収録し、\n")
    f.write("# それ以降の月は新しい版が登録されるまで「適用されません」と答える（src/yokohama_gh.rs の説明を参照）。\n")
    f.write(header + "\n")
    for r in sorted(rows, key=lambda r: r[0]):
        f.write("\t".join(r) + "\n")
print(f"{len(rows)} rows → {OUT}")
