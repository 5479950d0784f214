#!/usr/bin/env python3
"""Writes tests/cases/soudan.json: a case for every figure, limit edge and 併給不可 pair of data/soudan.tsv. Run: python3 tools/gen_soudan_cases.py"""
import json
C=[]
S1="seed-001 就労系の概要"
def case(name, source, req, expect, typed=True):
    c={"name":name,"source":source,"request":req,"expect":expect}
    if not typed: c["typed"]=False
    C.append(c)
def b(month, office, users=None):
    o={"capacity":20,"staffing":"6"}; o.update(office)
    return {"calculator":"shuro.b.month","service_month":month,"office":o,"users":users or [{"label":"利用者A","days":20}]}
# --- B 令和6 6:1 20人以下: every cell, both sides of every edge (seed 001 table)
r6=[(45000,837),(35000,805),(30000,758),(25000,738),(20000,726),(15000,703),(10000,673),(0,590)]
for i,(lo,u) in enumerate(r6):
    case(f"B型(Ⅰ) 20人以下 平均工賃月額{lo:,}円ちょうど → {u}単位", S1+" 就労継続支援B型 (1)平均工賃月額に応じた報酬体系", b("2024-06",{"average_wage":lo}), {"/ok":True,"/result/basic/units":u,"/result/basic/table":"r6","/result/users/0/lines/0/units":u*20})
    if lo>0:
        below=r6[i+1][1]
        case(f"B型(Ⅰ) 20人以下 平均工賃月額{lo-1:,}円（{lo:,}円の1円下）→ {below}単位", S1+" 就労継続支援B型 (1)", b("2024-06",{"average_wage":lo-1}), {"/ok":True,"/result/basic/units":below})
case("B型(Ⅳ) 一律評価型 20人以下 6:1 → 584単位", S1+" 就労継続支援B型 (2)一律に評価する報酬体系", b("2024-06",{"b_system":"participation"}), {"/ok":True,"/result/basic/units":584,"/result/basic/item":"就労継続支援B型サービス費(Ⅳ)"})
# --- 令和8年6月 twelve bands for 令和8改定対象
r8=[(48000,837),(45000,812),(38000,805),(35000,781),(33000,758),(30000,738),(28000,738),(25000,726),(23000,726),(20000,705),(18000,703),(15000,682),(10000,673)]
for i,(lo,u) in enumerate(r8[:-1]):
    case(f"令和8改定対象 2026-06 平均工賃月額{lo:,}円 → {u}単位", "reference b_type/basic_units.tsv（r8-service-codes-2-xlsx）・r8-b-reward-band-guide", b("2026-06",{"average_wage":lo,"r8_target":True}), {"/ok":True,"/result/basic/units":u,"/result/basic/table":"r8"})
    case(f"令和8改定対象 2026-06 平均工賃月額{lo-1:,}円 → {r8[i+1][1]}単位", "reference b_type/basic_units.tsv（r8-service-codes-2-xlsx）", b("2026-06",{"average_wage":lo-1,"r8_target":True}), {"/ok":True,"/result/basic/units":r8[i+1][1]})
for m,t,w,u,tbl in [("2026-05",True,46000,837,"r6"),("2026-06",True,46000,812,"r8"),("2026-05",False,46000,837,"r6"),("2026-06",False,46000,837,"r6"),
                    ("2026-05",True,16000,703,"r6"),("2026-06",True,16000,682,"r8"),("2026-06",False,16000,703,"r6")]:
    case(f"表の切替: {m} {'令和8改定対象' if t else '対象外'} 平均工賃月額{w:,}円 → {u}単位（{tbl}）", "reference README: 令和8改定対象の事業所のみ12区分", b(m,{"average_wage":w,"r8_target":t}), {"/ok":True,"/result/basic/units":u,"/result/basic/table":tbl})
# --- 平均工賃月額 rounding
case("平均工賃月額: 1日平均利用者数 3001÷250＝12.004 → 12.1人（小数点第2位切上げ）、5,000,000÷12.1÷12＝34,435.26 → 34,435円", "r6-qa-v2 問24（訂正後）", b("2024-06",{"wage_total":5000000,"wage_user_days":3001,"wage_open_days":250}),
     {"/ok":True,"/result/basic/daily_average_users":"12.1","/result/basic/average_wage":34435,"/result/basic/units":758})
case("平均工賃月額: 3,600,060÷10.0÷12＝30,000.5 → 30,001円（四捨五入）", "reference README 四捨五入", b("2024-06",{"wage_total":3600060,"wage_user_days":2500,"wage_open_days":250}), {"/ok":True,"/result/basic/average_wage":30001,"/result/basic/daily_average_users":"10.0"})
case("平均工賃月額: 3,600,059÷10.0÷12＝30,000.49 → 30,000円", "reference README 四捨五入", b("2024-06",{"wage_total":3600059,"wage_user_days":2500,"wage_open_days":250}), {"/ok":True,"/result/basic/average_wage":30000,"/result/basic/units":758})
case("平均工賃月額: 切上げで区分が変わる 5,399,940÷(2501÷250＝10.004→10.1)÷12＝44,553 → 3.5万円以上", "r6-qa-v2 問24", b("2024-06",{"wage_total":5399940,"wage_user_days":2501,"wage_open_days":250}), {"/ok":True,"/result/basic/average_wage":44554,"/result/basic/units":805})
case("開所日数0日は問題（区分ではない）", "reference README", b("2024-06",{"wage_total":1000000,"wage_user_days":100,"wage_open_days":0}), {"/ok":False,"/problems/0/field":"office.wage_open_days","/problems/0/code":"out_of_range"})
case("延べ利用者数0人は問題（区分ではない）", "reference README", b("2024-06",{"wage_total":1000000,"wage_user_days":0,"wage_open_days":250}), {"/ok":False,"/problems/0/field":"office.wage_user_days"})
case("新規指定1年目は1万円未満として算定 → 590単位", "reference README 新規指定", b("2024-06",{"new_designation":True}), {"/ok":True,"/result/basic/band":"band-under-10000","/result/basic/units":590})
case("令和8年6月以降の新規指定: 基本報酬は未登録（入力欄）", "reference README: 新規指定B型の令和8年6月からの単位は missing", b("2026-06",{"new_designation":True,"designated_r8_or_later":True}), {"/ok":False,"/problems/0/code":"missing_figure","/problems/0/field":"user_figures.shuro.b.basic-new-r8.cap-20-or-less.staff-6-1"})
case("平均工賃月額が未入力: 問題がその欄に", "入力検査", b("2024-06",{}), {"/ok":False,"/problems/0/field":"office.average_wage"})
case("令和6年3月は対象外（not in force）", "dated rules", b("2024-03",{"average_wage":45000}), {"/ok":False,"/problems/0/code":"not_in_force","/problems/0/field":"service_month"})
# --- 減算
case("個別支援計画未作成減算 2か月目: 837×0.7＝585.9→586", "seed-004 個別支援計画未作成減算(2)", b("2024-06",{"average_wage":45000},[{"days":20,"plan_missing_month":2}]), {"/ok":True,"/result/users/0/lines/1/per":-251,"/result/users/0/total_units":586*20})
case("個別支援計画未作成減算 3か月目: 837×0.5＝418.5→419", "seed-004 個別支援計画未作成減算(2)", b("2024-06",{"average_wage":45000},[{"days":20,"plan_missing_month":3}]), {"/ok":True,"/result/users/0/lines/1/per":-418,"/result/users/0/total_units":419*20})
case("減算は加算の前の所定単位数に: 3か月目＋食事提供10日", "seed-004 所定単位数とは各種加算がなされる前の単位数", b("2024-06",{"average_wage":45000},[{"days":20,"plan_missing_month":3,"meal_days":10}]), {"/ok":True,"/result/users/0/total_units":419*20+300})
case("定員超過(0.7)と人員欠如3か月目(0.5): 大きい方のみ → 837×0.5→419", "seed-004 減算における留意点", b("2024-06",{"average_wage":45000,"over_capacity":True,"staff_shortage_month":3}), {"/ok":True,"/result/users/0/lines/1/per":-418,"/result/users/0/lines/2":None,"/result/users/0/total_units":419*20})
case("定員超過と人員欠如1か月目（同率）: 一方のみ → 586", "seed-004 減算における留意点", b("2024-06",{"average_wage":45000,"over_capacity":True,"staff_shortage_month":1}), {"/ok":True,"/result/users/0/total_units":586*20})
case("個別支援計画未作成(0.7)と定員超過(0.7)は乗ずる: 837→586→410.2→410", "seed-004 減算における留意点（それぞれの減算割合を乗ずる）", b("2024-06",{"average_wage":45000,"over_capacity":True},[{"days":20,"plan_missing_month":1}]), {"/ok":True,"/result/users/0/total_units":410*20})
# --- 加算
case("福祉専門職員配置等加算: 資格保有者 7/20＝35% → (Ⅰ) 15単位", S1+" 福祉専門職員配置等加算", b("2024-06",{"average_wage":45000,"staff_total":25,"staff_fulltime":20,"staff_qualified":7,"staff_tenure3":0}), {"/ok":True,"/result/welfare_professional":"i","/result/users/0/lines/1/per":15})
case("福祉専門職員配置等加算: 6/20＝30% → (Ⅱ) 10単位", S1, b("2024-06",{"average_wage":45000,"staff_total":25,"staff_fulltime":20,"staff_qualified":6,"staff_tenure3":0}), {"/ok":True,"/result/welfare_professional":"ii","/result/users/0/lines/1/per":10})
case("福祉専門職員配置等加算: 5/20＝25% → (Ⅱ)", S1, b("2024-06",{"average_wage":45000,"staff_total":25,"staff_fulltime":20,"staff_qualified":5,"staff_tenure3":0}), {"/ok":True,"/result/welfare_professional":"ii"})
case("福祉専門職員配置等加算: 4/20＝20%、常勤20/27＝74.07%、勤続3年 5/20＝25% → なし", S1, b("2024-06",{"average_wage":45000,"staff_total":27,"staff_fulltime":20,"staff_qualified":4,"staff_tenure3":5}), {"/ok":True,"/result/welfare_professional":None,"/result/users/0/lines/1":None})
case("福祉専門職員配置等加算: 常勤15/20＝75% → (Ⅲ) 6単位", S1, b("2024-06",{"average_wage":45000,"staff_total":20,"staff_fulltime":15,"staff_qualified":0,"staff_tenure3":0}), {"/ok":True,"/result/welfare_professional":"iii","/result/users/0/lines/1/per":6})
case("福祉専門職員配置等加算: 勤続3年以上 6/20＝30% → (Ⅲ)", S1, b("2024-06",{"average_wage":45000,"staff_total":40,"staff_fulltime":20,"staff_qualified":0,"staff_tenure3":6}), {"/ok":True,"/result/welfare_professional":"iii"})
case("地域協働加算 30単位/日・ピアサポート実施加算 100単位/月（一律評価型）", S1+" 【独自の加算】", b("2024-06",{"b_system":"participation","regional_collab":True},[{"days":20,"peer_support":True}]), {"/ok":True,"/result/users/0/lines/1/per":30,"/result/users/0/lines/2/units":100,"/result/users/0/total_units":584*20+600+100})
case("ピアサポート実施加算は平均工賃月額型では問題", S1, b("2024-06",{"average_wage":45000},[{"days":20,"peer_support":True}]), {"/ok":False,"/problems/0/field":"users[0].peer_support"})
case("欠席時対応加算は月4回まで", "reference b_type/additions.tsv", b("2024-06",{"average_wage":45000},[{"days":20,"absence_responses":6}]), {"/ok":True,"/result/users/0/lines/1/count":4,"/result/users/0/lines/1/units":376})
case("利用日数が月の日数を超えると問題がその欄に", "入力検査", b("2024-06",{"average_wage":45000},[{"days":31}]), {"/ok":False,"/problems/0/field":"users[0].days"})
case("問題はすべて一度に: 利用定員と人員配置", "入力検査", {"calculator":"shuro.b.month","service_month":"2024-06","office":{"staffing":"5","average_wage":1},"users":[{"days":1}]}, {"/ok":False,"/problems/0/field":"office.capacity","/problems/1/field":"office.staffing"})
# --- A型
def a(month, office, users=None):
    o={"capacity":20,"staffing":"7.5"}; o.update(office)
    return {"calculator":"shuro.a.month","service_month":month,"office":o,"users":users or [{"days":20}]}
ar=[(170,791),(150,733),(130,701),(105,666),(80,533),(60,419),(0,325)]
for i,(lo,u) in enumerate(ar):
    case(f"A型(Ⅰ) 20人以下 7.5:1 スコア{lo}点 → {u}単位", S1+" 就労継続支援A型 <定員20人以下、人員配置7.5:1の場合>", a("2024-06",{"score":lo}), {"/ok":True,"/result/basic/units":u})
    if lo>0:
        case(f"A型(Ⅰ) 20人以下 7.5:1 スコア{lo-1}点 → {ar[i+1][1]}単位", S1+" 就労継続支援A型", a("2024-06",{"score":lo-1}), {"/ok":True,"/result/basic/units":ar[i+1][1]})
case("A型: 平均労働時間7:00（90点）＋他80点＝170点 → 791単位", "reference shuro/a_type_score.tsv", a("2024-06",{"work_minutes":"7:00","other_points":80}), {"/ok":True,"/result/basic/score":170,"/result/basic/units":791})
case("A型: 平均労働時間6:59（80点）＋他80点＝160点 → 733単位", "reference shuro/a_type_score.tsv", a("2024-06",{"work_minutes":"6:59","other_points":80}), {"/ok":True,"/result/basic/score":160,"/result/basic/units":733})
case("A型: スコア201点は上限200点を超える問題", "reference shuro/a_type_score.tsv 合計 maximum", a("2024-06",{"score":201}), {"/ok":False,"/problems/0/field":"office.score"})
case("A型(Ⅱ) 10:1 21〜40人 170点 → 655単位（二次資料）", "reference shuro/basic_units.tsv", a("2024-06",{"score":170,"staffing":"10","capacity":30}), {"/ok":True,"/result/basic/units":655,"/result/basic/citation/status":"secondary"})
case("A型(Ⅱ) 10:1 41〜60人は未登録: 値を入力する欄", "reference shuro/basic_units.tsv missing", a("2024-06",{"score":170,"staffing":"10","capacity":50}), {"/ok":False,"/problems/0/code":"missing_figure","/problems/0/field":"user_figures.shuro.a.basic.staff-10-1.cap-41-60.score-170-plus"})
r=a("2024-06",{"score":170,"staffing":"10","capacity":50}); r["user_figures"]={"shuro.a.basic.staff-10-1.cap-41-60.score-170-plus":"600"}
case("A型: 未登録の値を入力すると計算", "Ctx::figure user_figures", r, {"/ok":True,"/result/basic/units":600,"/result/basic/citation/status":"user"})
case("A型の人員配置6:1は問題", "入力検査", a("2024-06",{"score":170,"staffing":"6"}), {"/ok":False,"/problems/0/field":"office.staffing"})
# --- 移行
def ik(month, office, users=None):
    o={"capacity":20}; o.update(office)
    return {"calculator":"shuro.ikou.month","service_month":month,"office":o,"users":users or [{"days":20}]}
for n,d,u in [(10,20,1210),(49,100,1020),(8,20,1020),(79,200,879),(6,20,879),(59,200,719),(4,20,719),(39,200,569),(2,20,569),(19,200,519),(1,20,519),(0,20,479)]:
    case(f"就労移行支援(Ⅰ) 20人以下 定着率{n}/{d} → {u}単位", S1+" 就労移行支援 ○報酬単価", ik("2024-06",{"settled":n,"settled_base":d}), {"/ok":True,"/result/basic/units":u,"/result/basic/citation/document":"seed-001-mhlw-shuro-summary"})
case("就労移行支援: 分母0人は問題", "入力検査", ik("2024-06",{"settled":0,"settled_base":0}), {"/ok":False,"/problems/0/field":"office.settled_base"})
case("就労移行支援(Ⅱ) 養成施設 21〜40人 5割以上 → 699単位（二次資料）", "reference shuro/basic_units.tsv", ik("2024-06",{"capacity":30,"ikou_type":"ii","settled":15,"settled_base":30}), {"/ok":True,"/result/basic/units":699})
# --- 定着
def te(month, office, users=None):
    return {"calculator":"shuro.teichaku.month","service_month":month,"office":office,"users":users or [{"label":"利用者A"}]}
for n,d,u in [(19,20,3512),(94,100,3348),(9,10,3348),(89,100,2768),(8,10,2768),(79,100,2234),(7,10,2234),(69,100,1690),(5,10,1690),(49,100,1433),(3,10,1433),(29,100,1074)]:
    case(f"就労定着支援 就労定着率{n}/{d} → {u}単位/月", S1+" 就労定着支援 ○報酬単価(令和6年4月~)", te("2024-06",{"retained":n,"retained_base":d}), {"/ok":True,"/result/basic/units":u,"/result/users/0/total_units":u,"/result/basic/per":"month"})
case("就労定着支援 2人: 月の合計", S1, te("2024-06",{"retained":19,"retained_base":20},[{"label":"A"},{"label":"B"}]), {"/ok":True,"/result/total_units":7024})
case("就労定着支援 個別支援計画未作成3か月目: 3512×0.5＝1756", "seed-004 個別支援計画未作成減算（就労定着支援も対象）", te("2024-06",{"retained":19,"retained_base":20},[{"plan_missing_month":3}]), {"/ok":True,"/result/users/0/total_units":1756})
case("就労定着支援の定員超過利用減算は未登録", "reference shuro/reductions.tsv missing", te("2024-06",{"retained":19,"retained_base":20,"over_capacity":True}), {"/ok":False,"/problems/0/code":"missing_figure"})
# --- 選択
def se(month, office=None, users=None):
    return {"calculator":"shuro.sentaku.month","service_month":month,"office":office or {},"users":users or [{"days":10}]}
case("就労選択支援 2025-09 は施行前（not in force）", S1+" 就労選択支援（令和7年10月から）", se("2025-09"), {"/ok":False,"/problems/0/code":"not_in_force","/problems/0/field":"service_month"})
case("就労選択支援 2025-10 → 1,210単位/日", S1+" 就労選択支援 ○報酬単価", se("2025-10"), {"/ok":True,"/result/basic/units":1210,"/result/users/0/total_units":12100,"/result/basic/citation/status":"official"})
case("特定事業所集中減算: 8/10＝80%ちょうどは減算しない", S1+" 特定事業所集中減算（100分の80を超えている場合）", se("2025-10",{"concentration":{"b_total":10,"b_top":8}}), {"/ok":True,"/result/concentration_reduction":False,"/result/users/0/total_units":12100})
case("特定事業所集中減算: 9/10＝90% → −200単位/日", S1+" 特定事業所集中減算 200単位/日", se("2025-10",{"concentration":{"b_total":10,"b_top":9}}), {"/ok":True,"/result/concentration_reduction":True,"/result/users/0/lines/1/per":-200,"/result/users/0/total_units":10100})
case("特定事業所集中減算: 81/100 → 減算", S1, se("2025-10",{"concentration":{"ikou_total":100,"ikou_top":81}}), {"/ok":True,"/result/concentration_reduction":True})
case("特定事業所集中減算: 正当な理由があれば減算しない", S1+" 正当な理由なく", se("2025-10",{"concentration":{"b_total":10,"b_top":9,"justified":True}}), {"/ok":True,"/result/concentration_reduction":False})
case("就労選択支援: 日中活動サービスと同じ日は算定しない（10日中2日）", "seed-004 就労選択支援に係る注意事項", se("2025-10",None,[{"days":10,"same_day_other_days":2}]), {"/ok":True,"/result/users/0/lines/0/count":8})
case("就労選択支援: 個別支援計画未作成減算はない（問題）", S1+" 個別支援計画の作成は不要", se("2025-10",None,[{"days":10,"plan_missing_month":1}]), {"/ok":False,"/problems/0/field":"users[0].plan_missing_month"})
case("就労選択支援: 福祉専門職員配置等加算(Ⅱ) 10単位", S1+" 就労選択支援 主な加算", se("2025-10",{"staff_total":4,"staff_fulltime":4,"staff_qualified":1,"staff_tenure3":0}), {"/ok":True,"/result/welfare_professional":"ii","/result/users/0/lines/1/units":100})
# --- eligibility
def el(date, **kw):
    r={"calculator":"shuro.eligibility","date":date}; r.update(kw); return r
case("就労選択支援 2025-09-30 は施行前", S1+" 就労選択支援（令和7年10月から）", el("2025-09-30",service="sentaku"), {"/ok":False,"/problems/0/code":"not_in_force","/problems/0/field":"date"})
case("就労選択支援 2025-10-01 は算定可", S1, el("2025-10-01",service="sentaku"), {"/ok":True,"/result/verdict":"may_use"})
case("就労選択支援: 日中活動サービスと同日は算定不可", "seed-004 就労選択支援に係る注意事項", el("2025-10-01",service="sentaku",other_day_service_same_day=True), {"/ok":True,"/result/verdict":"not_same_day"})
case("B型: 50歳ちょうどは直接利用", S1+" 就労継続支援B型 ○対象者②", el("2025-10-01",service="b",age=50), {"/ok":True,"/result/verdict":"direct"})
case("B型: 49歳・就労経験なし・2025-10-01 → 就労選択支援が先", S1+" 就労選択支援 ○対象者 ※令和7年10月から", el("2025-10-01",service="b",age=49), {"/ok":True,"/result/verdict":"needs_sentaku"})
case("B型: 49歳・就労経験なし・2025-09-30 → 就労移行支援事業者等のアセスメント", "seed-004 就労継続支援B型(2)", el("2025-09-30",service="b",age=49), {"/ok":True,"/result/verdict":"needs_assessment"})
case("B型: 障害基礎年金1級 → 直接利用", S1, el("2025-10-01",service="b",pension_grade1=True), {"/ok":True,"/result/verdict":"direct"})
case("B型: 就労経験あり → 直接利用", S1, el("2025-10-01",service="b",work_experience=True), {"/ok":True,"/result/verdict":"direct"})
case("B型: 就労選択支援のアセスメント済み → 利用可（③）", S1, el("2025-10-01",service="b",assessed=True), {"/ok":True,"/result/verdict":"after_assessment"})
case("A型: 令和9年3月までは就労選択支援は希望に応じて", "seed-000 就労選択支援の対象者（令和9年4月～）", el("2027-03-31",service="a"), {"/ok":True,"/result/verdict":"may_use"})
case("A型: 令和9年4月は収録範囲外", "dataset.verified_through", el("2027-04-01",service="a"), {"/ok":False,"/problems/0/code":"not_in_force"})
case("就労移行支援: 標準利用期間を超える更新（令和9年3月まで）", "seed-000", el("2026-04-01",service="ikou",beyond_standard_period=True), {"/ok":True,"/result/verdict":"may_use"})
json.dump(C, open("/work/wt-issue3/tests/cases/shuro.json","w"), ensure_ascii=False, indent=1)
print(len(C))
