#!/usr/bin/env python3
"""Writes data/soudan.tsv from the figures of seed 003 (四日市圏域 計画相談支援ガイドブック【別冊】).

The seed is a text extraction of a PDF table; the figures below were read from it by
hand (lines cited in each locator) and are kept here as the importer so that the
TSV can be regenerated and reviewed in one place. Run: python3 tools/gen_soudan_tsv.py
"""
S = "seed-003-yokkaichi-guidebook"
SEC = "https://caretasukeru.com/disability-support-law/compensation/disability-welfare-services-payment-revision-2024/7313/"
FROM = "2024-04"
rows = []


def row(key, value, unit, status, source, locator, note):
    rows.append([key, FROM, "", str(value) if value is not None else "", unit, status, source, locator, note])


T3 = "§3 計画相談支援給付費、障害児相談支援給付費一覧表"
# ---- rules
row("rule.soudan.basic", None, "rule", "official", S, T3 + " 基本報酬（6〜7ページ）",
    "計画相談支援給付費・障害児相談支援給付費（基本報酬）")
row("rule.soudan.addition", None, "rule", "official", S, T3 + " 実施加算・集中支援加算等・体制加算（6〜7ページ）",
    "計画相談支援・障害児相談支援の加算")
row("rule.soudan.monitoring_period", None, "rule", "official", S, "§5 モニタリング期間の設定について【国の標準期間】（施行規則第6条の16、10〜12ページ）",
    "モニタリング期間（国の標準期間）")

# ---- basic units. Rows as labelled in the seed (§3 基本報酬): 機能強化型Ⅱ 1914/1661/2101/1796 etc.
# 機能強化型Ⅰ lost its figures in the extraction (its row carries the header 単位数);
# サービス利用支援費(Ⅰ) 2014 is from the reference (secondary), the rest is missing.
BANDS = [
    ("kyoka-1", "機能強化型（Ⅰ）", None, "機能強化型Ⅰ（数値なし）"),
    ("kyoka-2", "機能強化型（Ⅱ）", (1914, 1661, 2101, 1796), "機能強化型Ⅱ"),
    ("kyoka-3", "機能強化型（Ⅲ）", (1822, 1558, 2016, 1699), "機能強化型Ⅲ"),
    ("kyoka-4", "機能強化型（Ⅳ）", (1672, 1408, 1866, 1548), "機能強化型Ⅳ"),
    ("i", "（Ⅰ）取扱件数40未満", (1572, 1308, 1766, 1448), "Ⅰ 40未満"),
    ("ii", "（Ⅱ）取扱件数40以上", (732, 606, 815, 662), "Ⅱ 40以上"),
]
KINDS = [
    ("keikaku.plan", "サービス利用支援費"),
    ("keikaku.monitoring", "継続サービス利用支援費"),
    ("ji.plan", "障害児支援利用援助費"),
    ("ji.monitoring", "継続障害児支援利用援助費"),
]
for band, blabel, vals, loc in BANDS:
    for i, (k, klabel) in enumerate(KINDS):
        if band.startswith("kyoka"):
            note = "機能強化型" + klabel + blabel.replace("機能強化型", "")
        else:
            note = klabel + blabel
        key = f"soudan.basic.{k}.{band}"
        if vals is not None:
            row(key, vals[i], "units_per_month", "official", S, f"{T3} 基本報酬 {loc}・{klabel}の列（6〜7ページ）", note)
        elif k == "keikaku.plan":
            row(key, 2014, "units_per_month", "secondary", SEC,
                "機能強化型サービス利用支援費(Ⅰ)（ガイドブック §3 の機能強化型Ⅰの行は数値が欠落）", note)
        else:
            row(key, None, "units_per_month", "missing", S,
                f"{T3} 基本報酬 機能強化型Ⅰの行（数値が欠落、6〜7ページ）", note)

row("soudan.case_threshold", 40, "count", "official", S, T3 + " 基本報酬 「40 未満」「40 以上」（6〜7ページ）",
    "取扱件数の区分（40件）: 相談支援専門員1人当たり40未満／40以上")

# ---- 実施加算 (§3)
J = T3 + " 実施加算"
row("soudan.addition.upper_limit_management.keikaku", 150, "units_per_month", "official", S, J + " 利用者負担上限額管理加算 計150（6〜7ページ）", "利用者負担上限額管理加算（計画相談）")
row("soudan.addition.upper_limit_management.ji", 150, "units_per_month", "official", S, J + " 利用者負担上限額管理加算 児150（6〜7ページ）", "利用者負担上限額管理加算（障害児相談）")
row("soudan.limit.upper_limit_management", 1, "count", "official", S, J + " 利用者負担上限額管理加算「1月に1回を限度」（6〜7ページ）", "利用者負担上限額管理加算の限度（1月に1回）")
row("soudan.addition.first.keikaku", 300, "units_per_month", "official", S, J + " 初回加算 計300（6〜7ページ）", "初回加算（計画相談）")
row("soudan.addition.first.ji", 500, "units_per_month", "official", S, J + " 初回加算 児500（6〜7ページ）", "初回加算（障害児相談）")
row("soudan.limit.first_extra", 3, "count", "official", S, J + " 初回加算「面接をした月の回数を加算。3回を限度とする」（6〜7ページ）", "初回加算の面接月の加算の限度（3回）")
row("soudan.addition.hospital_info.i", 300, "units_per_month", "official", S, J + " 入院時情報連携加算 Ⅰ300（6〜7ページ）", "入院時情報連携加算（Ⅰ）（医療機関に出向いて面談）")
row("soudan.addition.hospital_info.ii", 150, "units_per_month", "official", S, J + " 入院時情報連携加算 Ⅱ150（6〜7ページ）", "入院時情報連携加算（Ⅱ）（Ⅰ以外の方法で情報提供）")
row("soudan.limit.hospital_info", 1, "count", "official", S, J + " 入院時情報連携加算「利用者1人につき月1回を限度」（6〜7ページ）", "入院時情報連携加算の限度（利用者1人につき月1回）")
row("soudan.addition.discharge", 300, "units_per_time", "official", S, J + " 退院・退所加算 300（6〜7ページ）", "退院・退所加算")
row("soudan.limit.discharge_stay", 3, "count", "official", S, J + " 退院・退所加算「入院、入所の開始から退院、退所までの間において3回分を限度」（6〜7ページ）", "退院・退所加算の限度（1回の入院・入所につき3回）")
row("soudan.addition.transition.keikaku.visit", 300, "units_per_time", "official", S, J + " 居宅介護支援事業所等連携加算 計300（訪問による面接、6〜7ページ）", "居宅介護支援事業所等連携加算（訪問による面接）")
row("soudan.addition.transition.keikaku.meeting", 300, "units_per_time", "official", S, J + " 居宅介護支援事業所等連携加算 計300（会議参加。300を訪問・会議参加の両方に読む: 本製品の解釈、6〜7ページ）", "居宅介護支援事業所等連携加算（会議参加）")
row("soudan.addition.transition.keikaku.info", 150, "units_per_time", "official", S, J + " 居宅介護支援事業所等連携加算 計150（文書による情報提供、6〜7ページ）", "居宅介護支援事業所等連携加算（情報提供）")
row("soudan.addition.transition.ji.visit", 300, "units_per_time", "official", S, J + " 保育・教育等移行支援加算 児300（訪問による面接、6〜7ページ）", "保育・教育等移行支援加算（訪問による面接）")
row("soudan.addition.transition.ji.meeting", 300, "units_per_time", "official", S, J + " 保育・教育等移行支援加算 児300（会議参加。300を訪問・会議参加の両方に読む: 本製品の解釈、6〜7ページ）", "保育・教育等移行支援加算（会議参加）")
row("soudan.addition.transition.ji.info", 150, "units_per_time", "official", S, J + " 保育・教育等移行支援加算 児150（情報提供、6〜7ページ）", "保育・教育等移行支援加算（情報提供）")
row("soudan.limit.transition.in_use", 2, "count", "official", S, J + " 居宅介護支援事業所等連携加算・保育・教育等移行支援加算「障害福祉サービス利用中には1月につきそれぞれ2回を限度」（6〜7ページ）", "連携加算・移行支援加算の限度（サービス利用中: それぞれ月2回）")
row("soudan.limit.transition.after_end", 1, "count", "official", S, J + " 同「利用を終了した日から起算して6月以内においては、それぞれ1月につき1回を限度」（6〜7ページ）", "連携加算・移行支援加算の限度（利用終了後6月以内: それぞれ月1回）")
row("soudan.addition.medical.meeting_plan", 200, "units_per_month", "official", S, J + " 医療・保育・教育機関等連携加算 200（面談又は会議・計画作成。4つの値を記述の順に読む: 本製品の解釈、6〜7ページ）", "医療・保育・教育機関等連携加算（面談・会議: 計画作成時）")
row("soudan.addition.medical.meeting_monitoring", 300, "units_per_month", "official", S, J + " 医療・保育・教育機関等連携加算 300（面談又は会議・モニタリング。記述の順: 本製品の解釈、6〜7ページ）", "医療・保育・教育機関等連携加算（面談・会議: モニタリング時）")
row("soudan.addition.medical.accompany", 300, "units_per_time", "official", S, J + " 医療・保育・教育機関等連携加算 300（通院同行。記述の順: 本製品の解釈、6〜7ページ）", "医療・保育・教育機関等連携加算（通院同行）")
row("soudan.addition.medical.info", 150, "units_per_time", "official", S, J + " 医療・保育・教育機関等連携加算 150（情報提供。記述の順: 本製品の解釈、6〜7ページ）", "医療・保育・教育機関等連携加算（情報提供）")
row("soudan.limit.medical.accompany", 3, "count", "official", S, J + " 医療・保育・教育機関等連携加算「月3回を限度とする」（6〜7ページ）", "通院同行の限度（月3回）")
row("soudan.limit.medical.accompany_same_hospital", 1, "count", "official", S, J + " 同「同一の病院等については月1回を限度」（6〜7ページ）", "通院同行の限度（同一の病院等は月1回）")
row("soudan.limit.medical.info_each", 1, "count", "official", S, J + " 同「病院・訪問看護事業所、それ以外の福祉サービス等提供機関それぞれで月1回を限度」（6〜7ページ）", "情報提供の限度（病院等・それ以外それぞれ月1回）")

# ---- 集中支援加算 and the others (§3)
K = T3 + " 加算（集中支援加算ほか）"
row("soudan.addition.intensive.visit", 300, "units_per_time", "official", S, K + " 集中支援加算 訪問 300（6〜7ページ）", "集中支援加算（訪問）")
row("soudan.addition.intensive.meeting_held", 300, "units_per_time", "official", S, K + " 集中支援加算 会議開催 300（6〜7ページ）", "集中支援加算（会議開催）")
row("soudan.addition.intensive.meeting_attend", 300, "units_per_time", "official", S, K + " 集中支援加算 会議参加 300（6〜7ページ）", "集中支援加算（会議参加）")
row("soudan.addition.intensive.accompany", 300, "units_per_time", "official", S, K + " 集中支援加算 通院同行 300（6〜7ページ）", "集中支援加算（通院同行）")
row("soudan.addition.intensive.info", 150, "units_per_time", "official", S, K + " 集中支援加算 情報提供 150（6〜7ページ）", "集中支援加算（情報提供）")
row("soudan.limit.intensive.visit", 1, "count", "official", S, K + " 集中支援加算 訪問「1人につき月1回を限度」（6〜7ページ）", "集中支援加算（訪問）の限度（月1回）")
row("soudan.limit.intensive.meeting_held", 1, "count", "official", S, K + " 集中支援加算 会議開催「1人につき月1回を限度」（6〜7ページ）", "集中支援加算（会議開催）の限度（月1回）")
row("soudan.limit.intensive.meeting_attend", 1, "count", "official", S, K + " 集中支援加算 会議参加「1人につき月1回を限度」（6〜7ページ）", "集中支援加算（会議参加）の限度（月1回）")
row("soudan.limit.intensive.accompany", 3, "count", "official", S, K + " 集中支援加算 通院同行「月3回まで」（6〜7ページ）", "集中支援加算（通院同行）の限度（月3回）")
row("soudan.limit.intensive.accompany_same_hospital", 1, "count", "official", S, K + " 集中支援加算 通院同行「同一の病院等については月1回を限度」（6〜7ページ）", "集中支援加算（通院同行）の限度（同一の病院等は月1回）")
row("soudan.limit.intensive.info_each", 1, "count", "official", S, K + " 集中支援加算 情報提供「それぞれで月1回を限度」（6〜7ページ）", "集中支援加算（情報提供）の限度（病院等・それ以外それぞれ月1回）")
row("soudan.addition.conference", 100, "units_per_month", "official", S, K + " サービス担当者会議実施加算 100（6〜7ページ）", "サービス担当者会議実施加算")
row("soudan.limit.conference", 1, "count", "official", S, K + " サービス担当者会議実施加算「利用者1人につき月1回を限度」（6〜7ページ）", "サービス担当者会議実施加算の限度（月1回）")
row("soudan.addition.service_monitoring", 100, "units_per_month", "official", S, K + " サービス提供時モニタリング加算 100（6〜7ページ）", "サービス提供時モニタリング加算")
row("soudan.limit.service_monitoring.per_user", 1, "count", "official", S, K + " サービス提供時モニタリング加算「利用者1人につき月1回を限度」（6〜7ページ）", "サービス提供時モニタリング加算の限度（利用者1人につき月1回）")
row("soudan.limit.service_monitoring.per_specialist", 39, "count", "official", S, K + " サービス提供時モニタリング加算「1人の相談支援専門員の1月の請求上限は39件」（6〜7ページ）", "サービス提供時モニタリング加算の請求上限（相談支援専門員1人につき月39件）")
row("soudan.limit.service_monitoring.per_assistant", 19, "count", "official", S, K + " サービス提供時モニタリング加算「相談支援員の場合は19件」（6〜7ページ）", "サービス提供時モニタリング加算の請求上限（相談支援員1人につき月19件）")
row("soudan.addition.hub_emergency", 700, "units_per_time", "official", S, K + " 地域生活支援拠点等相談強化加算 700（6〜7ページ）", "地域生活支援拠点等相談強化加算")
row("soudan.limit.hub_emergency", 4, "count", "official", S, K + " 地域生活支援拠点等相談強化加算「1月に4回を限度」（6〜7ページ）", "地域生活支援拠点等相談強化加算の限度（月4回）")
row("soudan.addition.community_joint", 2000, "units_per_month", "official", S, K + " 地域体制強化共同支援加算 2000（6〜7ページ）", "地域体制強化共同支援加算")
row("soudan.limit.community_joint", 1, "count", "official", S, K + " 地域体制強化共同支援加算「1月に1回を限度」（6〜7ページ）", "地域体制強化共同支援加算の限度（月1回）")

# ---- 体制加算 (§3)
B = T3 + " 体制加算"
row("soudan.addition.chief.i", 300, "units_per_month", "official", S, B + " 主任相談支援専門員配置加算 Ⅰ 300（6〜7ページ）", "主任相談支援専門員配置加算（Ⅰ）")
row("soudan.addition.chief.ii", 100, "units_per_month", "official", S, B + " 主任相談支援専門員配置加算 Ⅱ 100（6〜7ページ）", "主任相談支援専門員配置加算（Ⅱ）")
for k, lab, ln in [("behavior", "行動障害支援体制加算", "6〜7ページ"), ("medical_care", "要医療児者支援体制加算", "6〜7ページ"),
                   ("mental", "精神障害者支援体制加算", "6〜7ページ"), ("brain", "高次脳機能障害支援体制加算", "6〜7ページ")]:
    row(f"soudan.addition.{k}.i", 60, "units_per_month", "official", S, f"{B} 支援体制加算 {lab.replace('支援体制加算', '')} Ⅰ 60（{ln}）", f"{lab}（Ⅰ）")
    row(f"soudan.addition.{k}.ii", 30, "units_per_month", "official", S, f"{B} 支援体制加算 {lab.replace('支援体制加算', '')} Ⅱ 30（{ln}）", f"{lab}（Ⅱ）")
row("soudan.addition.peer_support", 100, "units_per_month", "official", S, B + " ピアサポート体制加算 100（6〜7ページ）", "ピアサポート体制加算")

# ---- §5 国の標準期間
M = "§5 モニタリング期間の設定について【国の標準期間】（施行規則第6条の16）"
row("soudan.monitoring.period.new", 1, "months", "official", S, M + " 著しい変動のある支給決定を受けた者（新規サービス利用者）1月間（10〜12ページ）", "新規・著しい変動: 1月間")
row("soudan.monitoring.new_months", 3, "months", "official", S, M + " 「利用開始から3月に限る」（10〜12ページ）", "新規・著しい変動の1月間は利用開始から3月に限る")
row("soudan.monitoring.period.intensive", 1, "months", "official", S, M + " 在宅障害者等 集中的に支援が必要な者 1月間（10〜12ページ）", "在宅・集中的に支援が必要な者: 1月間")
row("soudan.monitoring.period.home-3", 3, "months", "official", S, M + " 在宅障害者等 居宅介護…自立生活援助を利用する者 3月間（10〜12ページ）", "在宅・居宅介護等を利用する者: 3月間")
row("soudan.monitoring.period.home-6", 6, "months", "official", S, M + " 在宅障害者等 生活介護…障害児通所支援を利用する者 6月間（10〜12ページ）", "在宅・生活介護等を利用する者: 6月間")
row("soudan.monitoring.period.home-6-elderly", 3, "months", "official", S, M + " 同「★の場合は3月間」★65歳以上で介護保険の居宅介護支援・介護予防支援によるケアマネジメントを受けていない者（10〜12ページ）", "在宅・生活介護等を利用する65歳以上（介護保険のケアマネジメントなし）: 3月間")
row("soudan.monitoring.period.facility", 6, "months", "official", S, M + " 【施設入所者等】障害者支援施設、療養介護、重度障害者等包括支援、地域移行支援を利用する者 6月間（10〜12ページ）", "施設入所者等: 6月間")

with open("data/soudan.tsv", "w", encoding="utf-8") as f:
    f.write("# 計画相談支援・障害児相談支援（令和6年4月〜）。出典: seed 003 四日市圏域 計画相談支援ガイドブック【別冊】§3・§5。\n")
    f.write("# 基本報酬の表（§3、6ページ）は行ラベルのとおりに読む（機能強化型Ⅱ=1914/1661/2101/1796 …）: 参照データの二次資料 機能強化型(Ⅱ)1914・(Ⅲ)1822 と一致し、\n")
    f.write("# 「1行ずれ」の読み（1914を機能強化型Ⅰとする）は参照の(Ⅰ)2014と矛盾するため採らない。機能強化型Ⅰの行は抽出で数値が欠落（サービス利用支援費2014のみ二次資料、他は missing）。\n")
    f.write("# 生成: tools/gen_soudan_tsv.py\n")
    f.write("key\tfrom\tto\tvalue\tunit\tstatus\tsource\tlocator\tnote\n")
    for r in rows:
        f.write("\t".join(r) + "\n")
print(len(rows), "rows")
