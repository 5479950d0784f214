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


def seikatsu_kaigo_additions(ref, out):
    """生活介護の加算 (secondary): the items the money calculation offers."""
    lines = []
    lvl = {"(Ⅰ) 1.5:1": "i", "(Ⅱ) 1.7:1": "ii", "(Ⅲ) 2:1": "iii", "(Ⅳ) 2.5:1": "iv"}
    scope = {"20人以下": "cap-20-or-less", "21〜60人": "cap-21-60", "61人以上": "cap-61-plus"}
    for r in rows(ref / "seikatsu_kaigo/additions_and_reductions.tsv"):
        item, st, src, v = r["item"], status(r["status"]), r["source_url"], r["value"]
        if item == "jinin_haichi_taisei_kasan":
            lines.append([f"seikatsu_kaigo.addition.staffing.{lvl[r['level']]}.{scope[r['scope']]}", "2024-04", "", v,
                          "units_per_day", st, src, "", f"人員配置体制加算{r['level']}（利用定員{r['scope']}）"])
        elif item == "joukin_kango_shokuin_tou_haichi_kasan":
            lines.append([f"seikatsu_kaigo.addition.nurse.{TIER[r['scope']]}", "2024-04", "", v, "units_per_day", st, src,
                          "", f"常勤看護職員等配置加算（利用定員{r['scope']}、看護職員1人（常勤換算・切捨て）あたり）"])
        elif item == "fukushi_senmon_shokuin_haichi_tou_kasan":
            l = {"(Ⅰ)": "i", "(Ⅱ)": "ii", "(Ⅲ)": "iii"}[r["level"]]
            lines.append([f"seikatsu_kaigo.addition.welfare_professional.{l}", "2024-04", "", v, "units_per_day", st, src, "",
                          f"福祉専門職員配置等加算{r['level']}"])
        elif item == "shokuji_teikyou_taisei_kasan":
            lines.append(["seikatsu_kaigo.addition.meal", "2024-04", "", v, "units_per_day", st, src, "", "食事提供体制加算（低所得者等）"])
        elif item == "sougei_kasan":
            l = {"(Ⅰ)": "i", "(Ⅱ)": "ii"}[r["level"]]
            lines.append([f"seikatsu_kaigo.addition.transport.{l}", "2024-04", "", v, "units_per_time", st, src, "", f"送迎加算{r['level']}（片道）"])
        elif item == "sougei_kasan_juudo_add":
            lines.append(["seikatsu_kaigo.addition.transport.severe", "2024-04", "", v, "units_per_time", st, src, "",
                          "送迎加算の重度者加算（区分5・6等が6割以上、片道）"])
        elif item == "sougei_kasan_same_site":
            lines.append(["seikatsu_kaigo.addition.transport.same_site_rate", "2024-04", "", "0.7", "rate", st, src, "",
                          "送迎加算: 同一敷地内の送迎は100分の70"])
        elif item == "kesseki_ji_taiou_kasan":
            lines.append(["seikatsu_kaigo.addition.absence", "2024-04", "", v, "units_per_time", st, src, "", "欠席時対応加算"])
            lines.append(["seikatsu_kaigo.addition.absence.max_per_month", "2024-04", "", "4", "count", st, src, "",
                          "欠席時対応加算の月の上限回数"])
        elif item == "shoki_kasan":
            lines.append(["seikatsu_kaigo.addition.initial", "2024-04", "", v, "units_per_day", st, src, "", "初期加算（利用開始から30日以内）"])
            lines.append(["seikatsu_kaigo.addition.initial.max_days", "2024-04", "", "30", "days", st, src, "", "初期加算の算定日数の上限（利用開始から30日）"])
    for sid, lo, label in [("cap-20-or-less", "1", "20人以下"), ("cap-21-60", "21", "21人以上60人以下"), ("cap-61-plus", "61", "61人以上")]:
        lines.append([f"seikatsu_kaigo.addition.staffing_scope.{sid}", "2024-04", "", lo, "min_incl", "secondary",
                      "https://syogaifukushi-osaka.com/seikatsu-kaigo-jinin-haichi-taisei-kasan", "", f"人員配置体制加算の定員区分 {label}"])
    write(out / "seikatsu_kaigo_additions.tsv", lines,
          "生活介護の加算（令和6年4月〜）。出典: shared/reference/seikatsu_kaigo/additions_and_reductions.tsv（二次資料）")


def group_home_national(ref, out):
    """共同生活援助（介護サービス包括型）の国の報酬: the cells the reference has."""
    lines = []
    kub = {"区分6": "kubun6", "区分5": "kubun5", "区分4": "kubun4", "区分3": "kubun3", "区分2": "kubun2", "区分1以下": "kubun1-or-less"}
    night_n = {"夜間支援対象 2人以下": "2-or-less", "夜間支援対象 3人": "3", "夜間支援対象 4人": "4", "夜間支援対象 5人": "5", "夜間支援対象 6人": "6"}
    night_k = {"区分4以上": "kubun4-plus", "区分3": "kubun3", "区分2以下": "kubun2-or-less"}
    for r in rows(ref / "group_home/national_units.tsv"):
        t, st, src, v = r["table"], status(r["status"]), r["source_url"], r["units"]
        if st == "missing":
            continue
        if t.startswith("介護サービス包括型 共同生活援助サービス費(Ⅰ)"):
            lines.append([f"group_home.basic.i.{kub[r['band_or_kubun']]}", "2024-04", "", v, "units_per_day", st, src, "",
                          f"共同生活援助サービス費(Ⅰ)（介護サービス包括型・{r['band_or_kubun']}）"])
        elif t.startswith("介護サービス包括型 共同生活援助サービス費(Ⅱ) 体験利用"):
            lines.append([f"group_home.basic.trial.{kub[r['band_or_kubun']]}", "2024-04", "", v, "units_per_day", st, src, "",
                          f"共同生活援助サービス費(Ⅱ)（介護サービス包括型・体験利用・{r['band_or_kubun']}）"])
        elif t.startswith("介護サービス包括型 人員配置体制加算(Ⅰ)"):
            lines.append(["group_home.addition.staffing.i.kubun4-plus", "2024-04", "", v, "units_per_day", st, src, "",
                          "人員配置体制加算(Ⅰ)（介護サービス包括型・区分4以上）"])
        elif t.startswith("夜間支援等体制加算(Ⅰ)"):
            lines.append([f"group_home.addition.night.i.{night_n[r['teiin_tier']]}.{night_k[r['band_or_kubun']]}", "2024-04", "", v,
                          "units_per_day", st, src, "", f"夜間支援等体制加算(Ⅰ)（{r['teiin_tier']}・{r['band_or_kubun']}）"])
    # Cells the reference lacks, and the 令和8年6月 new-designation units: missing, so the user may enter them.
    for k, label in kub.items():
        for kk in ["i", "trial"]:
            if not any(l[0] == f"group_home.basic.{kk}.{label}" for l in lines):
                lines.append([f"group_home.basic.{kk}.{label}", "2024-04", "", "", "units_per_day", "missing", "r6-fee-notice",
                              "第15の1（本製品に未登録）", f"共同生活援助サービス費（{kk}・{k}）"])
        lines.append([f"group_home.basic.i-new.{label}", "2026-06", "", "", "units_per_day", "missing", "r8-fee-notice",
                      "令和8年度の臨時応急的な見直し: 令和8年6月以降に新規指定された事業所の基本報酬（本製品に未登録）",
                      f"共同生活援助サービス費(Ⅰ)（介護サービス包括型・令和8年6月以降の新規指定・{k}）"])
    for n in ["7-plus"]:
        for k in night_k.values():
            lines.append([f"group_home.addition.night.i.{n}.{k}", "2024-04", "", "", "units_per_day", "missing", "r6-fee-notice",
                          "第15の4 夜間支援等体制加算（本製品に未登録）", f"夜間支援等体制加算(Ⅰ)（夜間支援対象7人以上・{k}）"])
    for n, lo, label in [("2-or-less", "0", "2人以下"), ("3", "3", "3人"), ("4", "4", "4人"), ("5", "5", "5人"), ("6", "6", "6人"), ("7-plus", "7", "7人以上")]:
        lines.append([f"group_home.addition.night_scope.{n}", "2024-04", "", lo, "min_incl", "secondary",
                      "https://www.taimimama.com/?p=851", "", f"夜間支援等体制加算(Ⅰ)の夜間支援対象利用者数 {label}"])
    write(out / "group_home_national.tsv", lines,
          "共同生活援助（介護サービス包括型）の基本報酬と加算の一部。出典: shared/reference/group_home/national_units.tsv")


# ---------------------------------------------------------------- money (issue 6)

GRADES = [("1級地", "grade-1"), ("2級地", "grade-2"), ("3級地", "grade-3"), ("4級地", "grade-4"),
          ("5級地", "grade-5"), ("6級地", "grade-6"), ("7級地", "grade-7"), ("その他", "other")]
PRICE_SERVICES = {
    "就労継続支援(A型・B型)": "shuro-keizoku",
    "生活介護": "seikatsu-kaigo",
    "居宅介護・重度訪問介護・同行援護・行動援護・計画相談支援・地域相談支援": "kyotaku-soudan",
    "共同生活援助": "kyodo-seikatsu",
}
MISSING_PRICE_SERVICES = {"就労移行支援": "shuro-ikou", "就労定着支援": "shuro-teichaku", "就労選択支援": "shuro-sentaku"}
MUNICIPALITIES = {"東京都特別区": "tokyo-23ku", "神奈川県横浜市": "kanagawa-yokohama", "神奈川県川崎市": "kanagawa-kawasaki",
                  "三重県四日市市": "mie-yokkaichi", "鹿児島県鹿児島市": "kagoshima-kagoshima", "岡山県津山市": "okayama-tsuyama"}
TREATMENT_LEVELS = {"unified.i": "i", "unified.ii": "ii", "unified.iii": "iii", "unified.iv": "iv",
                    "r8.i-i": "i-i", "r8.i-ro": "i-ro", "r8.ii-i": "ii-i", "r8.ii-ro": "ii-ro", "r8.iii": "iii", "r8.iv": "iv"}
TREATMENT_LABEL = {"i": "Ⅰ", "ii": "Ⅱ", "iii": "Ⅲ", "iv": "Ⅳ", "i-i": "Ⅰイ", "i-ro": "Ⅰロ", "ii-i": "Ⅱイ", "ii-ro": "Ⅱロ"}


def money(ref, out):
    lines = []
    secondary_url = {
        "seikatsu-kaigo": "https://tanaka2732-office.com/seikatsukaigohoushuu",
        "kyotaku-soudan": "https://1consul.com/c-shiteishinsei/1894",
        "kyodo-seikatsu": "https://grouphome-tokyo.com/ghchiikitanka.html",
    }
    last_text = {}
    for r in rows(ref / "money/unit_prices.tsv"):
        grade = dict(GRADES).get(r["grade"])
        svc = PRICE_SERVICES.get(r["service"])
        if not (svc and grade):
            continue
        st = status(r["status"])
        text = last_text.get(svc) if r["source"] == "same" else r["source"]
        last_text[svc] = text
        if st == "official":
            src, loc = "mhlw-unit-price-notice-observed-946c3d96", text
        else:
            src, loc = secondary_url[svc], text
            if r["status"] == "secondary-single":
                loc += "（1ページのみ・未確認）"
        lines.append([f"money.unit_price.{svc}.{grade}", "2024-04", "", r["yen_per_unit"],
                      "yen_per_unit", st, src, loc, f"1単位の単価（{r['service']}・{r['grade']}）"])
    for svc_label, svc in MISSING_PRICE_SERVICES.items():
        for g_label, g in GRADES:
            lines.append([f"money.unit_price.{svc}.{g}", "2024-04", "", "", "yen_per_unit", "missing",
                          "mhlw-unit-price-notice-observed-946c3d96", "本文一 表（本製品に未登録）", f"1単位の単価（{svc_label}・{g_label}）"])
    grade_num = {"1級地": "1", "2級地": "2", "3級地": "3", "4級地": "4", "5級地": "5", "6級地": "6", "7級地": "7", "その他": "0"}
    for r in rows(ref / "money/municipality_grades.tsv"):
        mid = MUNICIPALITIES[r["municipality"]]
        if r["status"] == "missing":
            lines.append([f"money.grade.{mid}", "2024-04", "2027-03", "", "count", "missing", "r6-revision-overview",
                          "令和6〜8年度の地域区分（本製品に未登録）", f"地域区分の級地（{r['municipality']}、1〜7級地、その他は0）"])
        else:
            lines.append([f"money.grade.{mid}", "2024-04", "2027-03", grade_num[r["grade"]], "count", "official",
                          "https://www.wic-net.com/material/document/23182/9", "令和6〜8年度の地域区分（障害児サービスの表。成人サービスも同じ級地）",
                          f"地域区分の級地（{r['municipality']}、1〜7級地、その他は0）"])
    for r in rows(ref / "money/region_add_on_rates.tsv"):
        g = dict(GRADES)[r["grade"]]
        src = r["source"].split(" ;")[0].strip()
        if src == "same":
            src = "https://www.wic-net.com/material/document/12460/139"
        lines.append([f"money.add_on_rate.{g}", "2024-04", "", r["add_on_rate"], "rate", "official", src, "地域区分ごとの上乗せ割合",
                      f"地域区分の上乗せ割合（{r['grade']}）"])
    cap_ids = {"生活保護": "seikatsu-hogo", "低所得": "low-income", "一般1": "general-1", "一般2": "general-2"}
    for r in rows(ref / "money/burden_caps.tsv"):
        lines.append([f"money.burden_cap.{cap_ids[r['category']]}", "2024-04", "", r["monthly_cap_yen"], "yen_per_month", "official",
                      "r6-disability-support-guide-202404", "物理9頁（印字17頁）利用者負担の上限", f"利用者負担の上限月額（{r['category']}: {r['who']}）"])
    # 処遇改善加算 rates: B型 (official); the same levels for other services are missing.
    for r in rows(ref / "b_type/additions.tsv"):
        k = r["key"]
        if not k.startswith("addition.treatment-improvement."):
            continue
        rest = k[len("addition.treatment-improvement."):]
        facility = rest.endswith(".facility")
        rest = rest[:-len(".facility")] if facility else rest
        if rest.startswith("unified.v-"):
            level = rest[len("unified."):]
            label = f"Ⅴ({level[2:]})"
        else:
            level = TREATMENT_LEVELS[rest]
            label = TREATMENT_LABEL[level]
        svc = "shuro-b-facility" if facility else "shuro-b"
        who = "就労継続支援B型・指定障害者支援施設が行う場合" if facility else "就労継続支援B型"
        lines.append([f"money.treatment.{svc}.{level}", r["effective_from"], r["effective_to"], r["value"], "rate", "official",
                      r["document"], r["locator"], f"福祉・介護職員等処遇改善加算({label})の率（{who}）"])
    # The same levels for the other services (and facility variants the reference lacks) are missing.
    have = {l[0] for l in lines}
    r6_levels = ["i", "ii", "iii", "iv"]
    v_levels = [f"v-{n}" for n in range(1, 15)]
    r8_levels = ["i-i", "i-ro", "ii-i", "ii-ro", "iii", "iv"]
    services = {"shuro-b-facility": "就労継続支援B型・指定障害者支援施設が行う場合",
                "shuro-a": "就労継続支援A型", "shuro-ikou": "就労移行支援", "shuro-teichaku": "就労定着支援",
                "shuro-sentaku": "就労選択支援", "seikatsu-kaigo": "生活介護",
                "seikatsu-kaigo-facility": "生活介護・指定障害者支援施設が行う場合", "kyodo-seikatsu": "共同生活援助"}
    periods = [(r6_levels, "2024-06", "2026-05"), (v_levels, "2024-06", "2025-03"), (r8_levels, "2026-06", "")]
    for svc, who in services.items():
        for levels, frm, to in periods:
            for level in levels:
                key = f"money.treatment.{svc}.{level}"
                if any(l[0] == key and l[1] == frm for l in lines):
                    continue
                label = f"Ⅴ({level[2:]})" if level.startswith("v-") else TREATMENT_LABEL[level]
                doc = "r8-fee-notice" if frm == "2026-06" else "r6-fee-notice"
                lines.append([key, frm, to, "", "rate", "missing", doc, "第2条表（本製品に未登録）",
                              f"福祉・介護職員等処遇改善加算({label})の率（{who}）"])
    write(out / "money.tsv", lines, "単位→円（1単位の単価、地域区分）、利用者負担の上限、処遇改善加算の率。出典: shared/reference/money/, b_type/additions.tsv")



if __name__ == "__main__":
    ref = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/reference")
    out = pathlib.Path(__file__).resolve().parent.parent / "data"
    seikatsu_kaigo(ref, out)
    seikatsu_kaigo_additions(ref, out)
    group_home_national(ref, out)
    money(ref, out)
