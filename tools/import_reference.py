#!/usr/bin/env python3
"""Import figures from ../shared/reference/ into data/*.tsv (the product's own format).

Run by hand when the reference gains rows; the output is committed and is the
source of truth for the build (build.rs validates it). Usage:
    python3 tools/import_reference.py ../shared/reference
"""
import csv, re, sys, pathlib

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


# The reference's notes in English, as a reader of a result's 根拠 reads them.
LOCATOR_JA = {
    "MHLW slide 2023-05 (wic-net 9231/15, 1〜3級地) + blogs (tanaka2732-office.com, 1consul.com R6)":
        "厚生労働省資料 2023年5月（wic-net 9231/15、1〜3級地）と解説ページ（tanaka2732-office.com、1consul.com 令和6年版）",
    "1consul.com/c-shiteishinsei/1894 (R6); 1級地 agrees with the 留意事項通知 worked example":
        "1consul.com/c-shiteishinsei/1894（令和6年版）。1級地は留意事項通知の計算例と一致",
    " (one page only; unconfirmed)": "",
}


def readable(locator):
    """A locator in Japanese: a サービスコード表's `workbook-order=38;row=921` is
    「38番目のシート 921行」; the reference's English notes are translated."""
    for en, ja in LOCATOR_JA.items():
        locator = locator.replace(en, ja)
    return re.sub(r"workbook-order=(\d+);row=(\d+)", r"\1番目のシート \2行", locator)


def write(path, lines, comment):
    with open(path, "w", encoding="utf-8") as f:
        f.write(f"# {comment}\n")
        f.write("\t".join(HEADER) + "\n")
        for l in lines:
            l = l[:7] + [readable(l[7])] + l[8:]
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
    # 相談支援系 (計画相談支援・地域相談支援・障害児相談支援): one rate from 2026-06, none before.
    for r in rows(ref / "soudan/treatment_improvement.tsv"):
        if r["key"] != "soudan.treatment_improvement.rate":
            continue
        lines.append(["money.treatment.soudan.single", r["from"], r["to"], r["value"], "rate", status(r["status"]),
                      "r8-treatment-notice-soudan-quoted", "別紙1（公開されている請求支援スクリプトによる引用。原文は未確認）",
                      "福祉・介護職員等処遇改善加算の率（相談支援系: 計画相談支援・地域相談支援・障害児相談支援、単一の率。令和8年5月まではなし）"])
    write(out / "money.tsv", lines, "単位→円（1単位の単価、地域区分）、利用者負担の上限、処遇改善加算の率。出典: shared/reference/money/, b_type/additions.tsv, soudan/treatment_improvement.tsv")



# ---------------------------------------------------------------- 就労系 (issue 3)

SHURO_CAP = {"20人以下": "cap-20-or-less", "21〜40人": "cap-21-40", "41〜60人": "cap-41-60",
             "61〜80人": "cap-61-80", "81人以上": "cap-81-plus"}
SHURO_CAP_LABEL = {v: k for k, v in SHURO_CAP.items()}
B_STAFF = {"staff-6-1": ("staff-6-1", "6:1"), "staff-7.5-1": ("staff-7_5-1", "7.5:1"), "staff-10-1": ("staff-10-1", "10:1")}
B_PARTICIPATION = {"staff-6-1": "Ⅳ", "staff-7.5-1": "Ⅴ", "staff-10-1": "Ⅵ"}
B_WAGE_STAFF = {"staff-6-1": "Ⅰ", "staff-7.5-1": "Ⅱ", "staff-10-1": "Ⅲ"}
B_BAND_LABEL = {
    "band-45000-plus": "4.5万円以上", "band-35000-45000": "3.5万円以上4.5万円未満", "band-30000-35000": "3万円以上3.5万円未満",
    "band-25000-30000": "2.5万円以上3万円未満", "band-20000-25000": "2万円以上2.5万円未満", "band-15000-20000": "1.5万円以上2万円未満",
    "band-10000-15000": "1万円以上1.5万円未満", "band-under-10000": "1万円未満",
    "band-48000-plus": "4.8万円以上", "band-45000-48000": "4.5万円以上4.8万円未満", "band-38000-45000": "3.8万円以上4.5万円未満",
    "band-35000-38000": "3.5万円以上3.8万円未満", "band-33000-35000": "3.3万円以上3.5万円未満", "band-30000-33000": "3万円以上3.3万円未満",
    "band-28000-30000": "2.8万円以上3万円未満", "band-25000-28000": "2.5万円以上2.8万円未満", "band-23000-25000": "2.3万円以上2.5万円未満",
    "band-20000-23000": "2万円以上2.3万円未満", "band-18000-20000": "1.8万円以上2万円未満", "band-15000-18000": "1.5万円以上1.8万円未満",
    "band-participation": "利用者の就労や生産活動等への参加等をもって一律に評価",
}
IKOU_BAND = {"5割以上": "rate-50-plus", "4割以上5割未満": "rate-40-50", "3割以上4割未満": "rate-30-40", "2割以上3割未満": "rate-20-30",
             "1割以上2割未満": "rate-10-20", "0割超1割未満": "rate-0-10", "0": "rate-zero"}
A_BAND = {"170点以上": "score-170-plus", "150点以上170点未満": "score-150-170", "130点以上150点未満": "score-130-150",
          "105点以上130点未満": "score-105-130", "80点以上105点未満": "score-80-105", "60点以上80点未満": "score-60-80", "60点未満": "score-under-60"}
TEICHAKU_BAND = {"就労定着率 9割5分以上": "rate-95-plus", "9割以上9割5分未満": "rate-90-95", "8割以上9割未満": "rate-80-90",
                 "7割以上8割未満": "rate-70-80", "5割以上7割未満": "rate-50-70", "3割以上5割未満": "rate-30-50", "3割未満": "rate-under-30"}
A_HOURS = {"1日の平均労働時間 7時間以上": "h7-plus", "6時間以上7時間未満": "h6-7", "5時間以上6時間未満": "h5-6",
           "4時間30分以上5時間未満": "h4_5-5", "4時間以上4時間30分未満": "h4-4_5", "3時間以上4時間未満": "h3-4",
           "2時間以上3時間未満": "h2-3", "2時間未満": "h-under-2"}
A_HOURS_MIN = {"h7-plus": 420, "h6-7": 360, "h5-6": 300, "h4_5-5": 270, "h4-4_5": 240, "h3-4": 180, "h2-3": 120, "h-under-2": 0}
SEED1 = "seed-001-mhlw-shuro-summary"
SEED4 = "seed-004-kagoshima-shuro"
B_ADD_URL_NOTE = "shared/reference/b_type/additions.tsv"


def shuro(ref, out):
    """就労系: B型 (official), 移行・A型・定着・選択 (seed 001 where it gives the figure, else secondary/missing)."""
    lines = []
    for r in rows(ref / "b_type/basic_units.tsv"):
        cap, band = r["capacity"], r["band"]
        staff, ratio = B_STAFF[r["staffing"]]
        if band == "band-participation":
            name = f"就労継続支援B型サービス費({B_PARTICIPATION[r['staffing']]})"
        else:
            name = f"就労継続支援B型サービス費({B_WAGE_STAFF[r['staffing']]})"
        table = "令和8年6月〜の区分" if r["effective_from"] == "2026-06" else "令和6年4月〜"
        note = f"{name}（利用定員{SHURO_CAP_LABEL[cap]}・{ratio}・{B_BAND_LABEL[band]}・{table}）"
        loc = f"{r['locator']} サービスコード{r['service_code']}"
        lines.append([f"shuro.b.basic.{cap}.{staff}.{band}", r["effective_from"], r["effective_to"], r["units"], "units_per_day",
                      "official", r["document"], loc, note])
    # 令和8年6月以降に新規指定されたB型事業所の基本報酬: not in the reference.
    for cap in SHURO_CAP.values():
        for staff, ratio in B_STAFF.values():
            lines.append([f"shuro.b.basic-new-r8.{cap}.{staff}", "2026-06", "", "", "units_per_day", "missing", "r8-fee-notice",
                          "令和8年度の臨時応急的な見直し: 令和8年6月以降に新規指定された事業所の基本報酬（本製品に未登録）",
                          f"就労継続支援B型サービス費（令和8年6月以降の新規指定・利用定員{SHURO_CAP_LABEL[cap]}・{ratio}）"])
    for r in rows(ref / "shuro/basic_units.tsv"):
        svc, table, tier, band, units, st, src = (r["service"], r["table"], r["teiin_tier"], r["band_or_kubun"], r["units"],
                                                   status(r["status"]), r["source_url"])
        loc = ""
        if svc == "就労移行支援":
            kind = "ii" if "(Ⅱ)" in table else "i"
            key = f"shuro.ikou.basic.{kind}.{SHURO_CAP[tier]}.{IKOU_BAND[band]}"
            note = f"{table}（利用定員{tier}・就職後6月以上定着率{band}）"
            if kind == "i" and tier == "20人以下":
                st, src, loc = "official", SEED1, f"就労移行支援 ○報酬単価 基本報酬（就職後6月以上定着率 {band}）"
        elif svc == "就労継続支援A型":
            staff = "staff-10-1" if "(Ⅱ)" in table else "staff-7_5-1"
            key = f"shuro.a.basic.{staff}.{SHURO_CAP[tier]}.{A_BAND[band]}"
            note = f"{table.replace('A型サービス費', '就労継続支援A型サービス費')}（利用定員{tier}・スコア{band}）"
            if staff == "staff-7_5-1" and tier == "20人以下":
                st, src, loc = "official", SEED1, f"就労継続支援A型 ○報酬単価 <定員20人以下、人員配置7.5:1の場合> スコア {band}"
        elif svc == "就労定着支援":
            key = f"shuro.teichaku.basic.{TEICHAKU_BAND[band]}"
            label = band.replace("就労定着率 ", "")
            note = f"就労定着支援サービス費（1月につき・就労定着率{label}）"
            st, src, loc = "official", SEED1, f"就労定着支援 ○報酬単価(令和6年4月~) 就労定着率 {label}"
        elif svc == "就労選択支援":
            key = "shuro.sentaku.basic"
            note = "就労選択支援サービス費（1日につき）"
            st, src, loc = "official", SEED1, "就労選択支援 ○報酬単価 基本報酬 就労選択支援サービス費 1,210単位/日"
        else:
            continue
        if st == "missing":
            src, loc = "r6-fee-notice", "第13・第14 基本報酬（本製品に未登録）"
        unit = "units_per_month" if svc == "就労定着支援" else "units_per_day"
        lines.append([key, r["effective_from"], "", units, unit, st, src, loc, note])
    write(out / "shuro_basic.tsv", lines,
          "就労系サービスの基本報酬。出典: shared/reference/b_type/basic_units.tsv, shuro/basic_units.tsv（seed 001 が同じ値を示す列は seed 001 を出典とする）")

    # A型 スコア: 労働時間 points (secondary) and the maximum.
    lines = []
    for r in rows(ref / "shuro/a_type_score.tsv"):
        band, st, src = r["band_or_kubun"], status(r["status"]), r["source_url"]
        if band in A_HOURS:
            hid = A_HOURS[band]
            label = band.replace("1日の平均労働時間 ", "")
            lines.append([f"shuro.a.score.hours_band.{hid}", "2024-04", "", str(A_HOURS_MIN[hid]), "min_incl", st, src, "",
                          f"スコア Ⅰ労働時間: 1日の平均労働時間{label}（分）"])
            lines.append([f"shuro.a.score.hours_points.{hid}", "2024-04", "", r["units"], "points", st, src, "",
                          f"スコア Ⅰ労働時間の点数（1日の平均労働時間{label}）"])
        elif band == "maximum":
            lines.append(["shuro.a.score.max", "2024-04", "", r["units"], "points", st, src, "", "スコアの合計の上限（200点）"])
    write(out / "shuro_a_score.tsv", lines, "就労継続支援A型 スコア（労働時間の点数、合計の上限）。出典: shared/reference/shuro/a_type_score.tsv（二次資料）")

    # 加算・減算.
    lines = []
    lvl = {"i": "Ⅰ", "ii": "Ⅱ", "iii": "Ⅲ"}
    badd = {r["key"]: r for r in rows(ref / "b_type/additions.tsv")}
    for l, v in [("i", "15"), ("ii", "10"), ("iii", "6")]:
        r = badd[f"addition.welfare-professional-staffing.{l}"]
        lines.append([f"shuro.b.addition.welfare_professional.{l}", r["effective_from"], r["effective_to"], r["value"], "units_per_day",
                      "official", r["document"], r["locator"], f"福祉専門職員配置等加算({lvl[l]})（就労継続支援B型）"])
        for svc, name, frm in [("ikou", "就労移行支援", "2024-04"), ("a", "就労継続支援A型", "2024-04"), ("sentaku", "就労選択支援", "2025-10")]:
            lines.append([f"shuro.{svc}.addition.welfare_professional.{l}", frm, "", v, "units_per_day", "official", SEED1,
                          f"{name} 主な加算 福祉専門職員配置等加算(Ⅰ)、(Ⅱ)、(Ⅲ) 15、10、6単位", f"福祉専門職員配置等加算({lvl[l]})（{name}）"])
        lines.append([f"shuro.teichaku.addition.welfare_professional.{l}", "2024-04", "", "", "units_per_month", "missing", "r6-fee-notice",
                      "第14の2 就労定着支援（本製品に未登録）", f"福祉専門職員配置等加算({lvl[l]})（就労定着支援）"])
    for key, frm, v, loc, note in [
        ("shuro.welfare_professional.qualified_ratio.i", "2024-04", "0.35", "⇒ I:社会福祉士等資格保有者が常勤職員の35%", "福祉専門職員配置等加算(Ⅰ): 常勤の生活支援員等のうち社会福祉士等の割合"),
        ("shuro.welfare_professional.qualified_ratio.ii", "2024-04", "0.25", "⇒ II:社会福祉士等資格保有者が常勤職員の25%", "福祉専門職員配置等加算(Ⅱ): 常勤の生活支援員等のうち社会福祉士等の割合"),
        ("shuro.welfare_professional.fulltime_ratio.iii", "2024-04", "0.75", "⇒ Ⅲ:常勤職員が75%以上", "福祉専門職員配置等加算(Ⅲ): 生活支援員等のうち常勤職員の割合"),
        ("shuro.welfare_professional.tenure_ratio.iii", "2024-04", "0.30", "⇒ Ⅲ:…又は勤続3年以上が30%以上", "福祉専門職員配置等加算(Ⅲ): 常勤職員のうち勤続3年以上の割合"),
    ]:
        lines.append([key, frm, "", v, "rate", "official", SEED1, f"就労継続支援B型 (1)及び(2)共通の主な加算 {loc}", note])
    r = badd["addition.meal-provision"]
    lines.append(["shuro.b.addition.meal", r["effective_from"], r["effective_to"], r["value"], "units_per_day", "official", r["document"], r["locator"], "食事提供体制加算（就労継続支援B型）"])
    r = badd["addition.absence-response"]
    lines.append(["shuro.b.addition.absence", r["effective_from"], r["effective_to"], r["value"], "units_per_time", "official", r["document"], r["locator"], "欠席時対応加算（就労継続支援B型、1回につき）"])
    for l in ["i", "ii"]:
        r = badd[f"addition.transport.{l}"]
        lines.append([f"shuro.b.addition.transport.{l}", r["effective_from"], r["effective_to"], r["value"], "units_per_time", "official", r["document"], r["locator"],
                      f"送迎加算({lvl[l]})（就労継続支援B型、片道につき）"])
    # A型・移行: not in the reference; secondary pages (one row of each covers 就労移行・A型・B型,
    # and agrees with B型's official value).
    for svc, name in [("ikou", "就労移行支援"), ("a", "就労継続支援A型")]:
        lines.append([f"shuro.{svc}.addition.meal", "2024-04", "", "30", "units_per_day", "secondary", MEAL_URL,
                      f"「食事提供体制加算のサービス種別と単位数」の表 {name}の行（1日につき）", f"食事提供体制加算（{name}）"])
        lines.append([f"shuro.{svc}.addition.absence", "2024-04", "", "94", "units_per_time", "secondary", "https://fukusi.kabudata-dll.com/kessekiji-taiou-kasan",
                      "「報酬告示と留意事項」欠席時対応加算の単位数（生活介護・自立訓練・就労選択支援・就労移行支援・就労継続支援A型・B型に共通の行、1回につき）",
                      f"欠席時対応加算（{name}、1回につき）"])
        for l, v in [("i", "21"), ("ii", "10")]:
            lines.append([f"shuro.{svc}.addition.transport.{l}", "2024-04", "", v, "units_per_time", "secondary", TRANSPORT_URL,
                          f"「対象サービス」（生活介護、自立訓練、就労移行支援、就労継続支援A型・B型、就労選択支援）の「加算区分」表 送迎加算({lvl[l]})（片道につき）",
                          f"送迎加算({lvl[l]})（{name}、片道につき）"])
    for svc, name in [("ikou", "就労移行支援"), ("a", "就労継続支援A型"), ("b", "就労継続支援B型")]:
        lines.append([f"shuro.{svc}.addition.absence.max_per_month", "2024-04", "", "4", "count", "secondary", "https://fukusi.kabudata-dll.com/kessekiji-taiou-kasan", "",
                      f"欠席時対応加算の月の上限回数（{name}）"])
    lines.append(["shuro.b.addition.regional_collab", "2024-04", "", "30", "units_per_day", "official", SEED1,
                  "就労継続支援B型 (2)一律に評価する報酬体系【独自の加算】地域協働加算 30単位/日", "地域協働加算（就労継続支援B型・一律評価型）"])
    lines.append(["shuro.b.addition.peer_support", "2024-04", "", "100", "units_per_month", "official", SEED1,
                  "就労継続支援B型 (2)一律に評価する報酬体系【独自の加算】ピアサポート実施加算 100単位/月", "ピアサポート実施加算（就労継続支援B型・一律評価型、支援を受けた利用者1人・1月につき）"])
    # 減算.
    lines.append(["shuro.sentaku.reduction.concentration", "2025-10", "", "200", "units_per_day", "official", SEED1,
                  "就労選択支援 主な減算 特定事業所集中減算 200単位/日（所定単位数から減算）", "特定事業所集中減算（就労選択支援、1日につき）"])
    lines.append(["shuro.sentaku.reduction.concentration.threshold", "2025-10", "", "0.8", "rate", "official", SEED1,
                  "就労選択支援 主な減算 特定事業所集中減算（同一の事業者によって提供されたものの占める割合が100分の80を超えている場合）", "特定事業所集中減算: 同一事業者の割合の基準（この割合を超えると減算）"])
    for mid, lo, rate, loc in [("m1-2", "1", "0.7", "1. 減算が適用される月から3月未満の月については、所定単位数の100分の70"),
                               ("m3-plus", "3", "0.5", "2. 減算が適用される月から連続して3月以上の月については、所定単位数の100分の50")]:
        label = "1〜2か月目" if mid == "m1-2" else "3か月目以降"
        lines.append([f"shuro.reduction.plan_missing.month_band.{mid}", "2024-04", "", lo, "min_incl", "official", SEED4, f"個別支援計画未作成減算(2) {loc}", f"個別支援計画未作成減算の{label}"])
        lines.append([f"shuro.reduction.plan_missing.rate.{mid}", "2024-04", "", rate, "rate", "official", SEED4, f"個別支援計画未作成減算(2) {loc}", f"個別支援計画未作成減算（{label}）の割合"])
    red = rows(ref / "shuro/reductions.tsv")
    over = next(r for r in red if r["table"].startswith("定員超過利用減算: rate"))
    short = {("m1-2" if "1–2" in r["band_or_kubun"] else "m3-plus"): r for r in red if r["table"] == "サービス提供職員欠如減算: rate"}
    for svc, name in [("ikou", "就労移行支援"), ("a", "就労継続支援A型"), ("b", "就労継続支援B型"), ("sentaku", "就労選択支援"), ("teichaku", "就労定着支援")]:
        frm = "2025-10" if svc == "sentaku" else "2024-04"
        if svc == "teichaku":
            lines.append([f"shuro.{svc}.reduction.over_capacity.rate", frm, "", "", "rate", "missing", "r6-fee-notice", "定員超過利用減算（本製品に未登録）", f"定員超過利用減算の割合（{name}）"])
        else:
            lines.append([f"shuro.{svc}.reduction.over_capacity.rate", frm, "", "0.7", "rate", status(over["status"]), over["source_url"], "", f"定員超過利用減算の割合（{name}、所定単位数の100分の70）"])
        for mid, r in sorted(short.items()):
            label = "1〜2か月目" if mid == "m1-2" else "3か月目以降"
            if svc == "sentaku":
                lines.append([f"shuro.{svc}.reduction.staff_shortage.rate.{mid}", frm, "", "", "rate", "missing", "r6-fee-notice", "人員欠如減算（本製品に未登録）", f"人員欠如減算（{label}）の割合（{name}）"])
            else:
                v = "0.7" if mid == "m1-2" else "0.5"
                lines.append([f"shuro.{svc}.reduction.staff_shortage.rate.{mid}", frm, "", v, "rate", status(r["status"]), r["source_url"], "", f"人員欠如減算（{label}）の割合（{name}）"])
    for mid, lo in [("m1-2", "1"), ("m3-plus", "3")]:
        label = "1〜2か月目" if mid == "m1-2" else "3か月目以降"
        lines.append([f"shuro.reduction.staff_shortage.month_band.{mid}", "2024-04", "", lo, "min_incl", status(short[mid]["status"]), short[mid]["source_url"], "", f"人員欠如減算の{label}"])
    b_more(ref, lines)
    write(out / "shuro_additions.tsv", lines,
          "就労系サービスの加算・減算。出典: seed 001・004、shared/reference/b_type/additions.tsv（処遇改善加算の率を除く）、shuro/reductions.tsv")


# Secondary sources for figures the reference does not hold.
MEAL_URL = "https://kabe-nashi.jp/work/column/addsub-meal-provision-system-surcharge.html"
TRANSPORT_URL = "https://office-ota.info/archives/582"
# 就労移行支援体制加算 (B型, 令和6年4月〜令和8年5月): a public repository's transcription of
# the サービスコード表 row (its basic row 就継ＢⅠ１１ = 837 is the official 6:1・20人以下・4.5万円以上 cell).
TSUMUGI_URL = ("https://github.com/SilentMalachite/Tsumugi/blob/45b97306fe290cef319e30238b6fb45bc026fe73/"
               "docs/superpowers/specs/2026-07-13-phase3-1-task12-claim-master-schema-v2-design.md")
TSUMUGI_LOC = ("§15.4 Representative gap fixtures: サービスコード表（r6-service-codes-2-xlsx）「18就労継続支援(B・基本)」941行 "
               "サービスコード465240「就継Ｂ就労移行支援体制加算Ⅰ１１」（1日につき）の行の転記")
TRANSITION_FOUND = {"shuro.b.addition.transition_system.cap-20-or-less.staff-6-1.band-45000-plus": "93"}


def b_more(ref, lines):
    """B型: 目標工賃達成指導員配置加算 (by 利用定員), 短時間利用減算 (一律評価型), and
    就労移行支援体制加算 (not in the reference: one row per 基本報酬 cell and period, missing
    except the cells of TRANSITION_FOUND)."""
    badd = {r["key"]: r for r in rows(ref / "b_type/additions.tsv")}
    for cap in SHURO_CAP.values():
        r = badd[f"addition.target-wage-instructor.{cap}"]
        lines.append([f"shuro.b.addition.target_wage_instructor.{cap}", r["effective_from"], r["effective_to"], r["value"], "units_per_day",
                      "official", r["document"], r["locator"], f"目標工賃達成指導員配置加算（就労継続支援B型・利用定員{SHURO_CAP_LABEL[cap]}）"])
    short = next(r for r in rows(ref / "shuro/reductions.tsv") if r["table"].startswith("短時間利用減算"))
    text, st, url = short["band_or_kubun"], status(short["status"]), short["source_url"]
    assert "4時間未満" in text and "5割以上" in text and short["units"] == "70/100", short
    for key, v, unit, note in [
        ("minutes", "240", "minutes", "短時間利用減算: 算定利用時間の基準（この時間未満の利用者を数える、分）"),
        ("ratio", "0.5", "rate", "短時間利用減算: 算定利用時間が基準未満の利用者の割合の基準（この割合以上で減算）"),
        ("rate", "0.7", "rate", "短時間利用減算の割合（就労継続支援B型・一律評価型、所定単位数の100分の70）"),
    ]:
        lines.append([f"shuro.b.reduction.short_time.{key}", short["effective_from"], "", v, unit, st, url,
                      f"{short['table']}: {text} → 所定単位数の{short['units']}", note])
    cells = {}
    for r in rows(ref / "b_type/basic_units.tsv"):
        cells.setdefault((r["capacity"], r["staffing"], r["band"]), r["effective_from"])
    for (cap, staffing, band), frm in sorted(cells.items()):
        staff, ratio = B_STAFF[staffing]
        name = f"就労移行支援体制加算（就労継続支援B型・利用定員{SHURO_CAP_LABEL[cap]}・{ratio}・{B_BAND_LABEL[band]}、定着者1人・1日につき"
        key = f"shuro.b.addition.transition_system.{cap}.{staff}.{band}"
        if frm == "2024-04" and key in TRANSITION_FOUND:
            lines.append([key, "2024-04", "2026-05", TRANSITION_FOUND[key], "units_per_day", "secondary", TSUMUGI_URL, TSUMUGI_LOC, f"{name}・令和6年4月〜）"])
        elif frm == "2024-04":
            lines.append([key, "2024-04", "2026-05", "", "units_per_day", "missing", "r6-fee-notice",
                          "第14 就労継続支援B型 就労移行支援体制加算（本製品に未登録）", f"{name}・令和6年4月〜）"])
        lines.append([key, "2026-06", "", "", "units_per_day", "missing", "r8-employment-transition-guide",
                      "別紙6 就労移行支援体制加算の見直し（令和8年6月〜、本製品に未登録）", f"{name}・令和8年6月〜）"])


if __name__ == "__main__":
    ref = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/reference")
    out = pathlib.Path(__file__).resolve().parent.parent / "data"
    seikatsu_kaigo(ref, out)
    seikatsu_kaigo_additions(ref, out)
    group_home_national(ref, out)
    money(ref, out)
    shuro(ref, out)
