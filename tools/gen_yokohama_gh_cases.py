# Writes tests/cases/local/yokohama/gh/*.json, one file per rule group (cases.file below). The
# expected amounts are typed here from seed 002 資料4 第6節, independently of
# tools/import_yokohama_gh.py (which reads the data from the seed). The folder is this script's own:
# its case files are replaced on every run (tests/generated.rs checks they match).
# Run from the repository root: python3 tools/gen_yokohama_gh_cases.py
import json, os
# Tables typed from seed 002 資料4 第6節 (independently of the importer).
RENT = {"urban": [44250,35400,29500,25280,36870,32770,29500], "adjustment": [37500,30000,25000,21420,31250,27770,25000]}
CARE = {True: [24170,19340,16110,13810,12080,10740,9670], False: [18000,14400,12000,10280,9000,8000,7200]}
BASIC = {
 "weekdays": {"1": [14000,18000,22000,18000], "2": [2000,10000,16000,15000], "3": [0,3000,9000,8000], "4": [0,0,1000,2000]},
 "all_year": {"1": [27000,22000,25000,19000], "2": [14000,12000,18000,16000], "3": [5000,4000,9000,8000], "4": [0,0,1000,2000]},
}
SRC6 = "seed-002 資料4 第6節 4 ○建物借上加算単価表・○介護支援加算単価表／5 ○単価表（1）（2）"
OUT = "tests/cases/local/yokohama/gh"
class Cases(list):
    """The cases, each with the file (OUT/<file>.json) it goes to: the `file` set last."""
    file = None
    def append(self, c): super().append((self.file, c))
cases = Cases()
M = "2025-06"
def home(**kw):
    h = {"capacity": 4, "area": "urban", "building": "rented", "monthly_rent": 2000000, "support": "all_year", "night_support": True}
    h.update(kw); return h
def req(h, residents, month=M, **kw):
    r = {"calculator": "yokohama_gh.month", "service_month": month, "home": h, "residents": residents}
    r.update(kw); return r
yk = lambda **kw: dict({"kubun": "3", "authority": "yokohama"}, **kw)

cases.file = "unit_tables"  # 建物借上加算・介護支援加算の単価表 (and the vacancy subsidies that share them)
for i, cap in enumerate(range(4, 11)):
    for area, night in [("urban", True), ("adjustment", False), ("urban", False), ("adjustment", True)]:
        h = home(capacity=cap, area=area, night_support=night, empty_rooms=1)
        if area == "adjustment": h["established_fiscal_year"] = "平成18年度"
        cases.append({"name": f"単価表: {area} 定員{cap}人 夜間{'あり' if night else 'なし'} → 建物借上加算上限{RENT[area][i]}円・介護支援加算{CARE[night][i]}円（空室の建物借上補助・要介護支援費も同じ表）",
          "source": SRC6, "request": req(h, [yk()]),
          "expect": {"/ok": True, "/result/rent_cap": RENT[area][i], "/result/rent_unit": RENT[area][i],
                     "/result/care_unit": CARE[night][i], "/result/residents/0/rent_addition/amount": RENT[area][i],
                     "/result/residents/0/care_addition/amount": CARE[night][i],
                     "/result/vacancy/rent_per_room": RENT[area][i], "/result/vacancy/care_per_room": CARE[night][i]}})
cases.file = "basic_operation"  # 運営基本費
for sup in ["weekdays", "all_year"]:
    for k in ["1", "2", "3", "4"]:
        for j, cap in enumerate([4, 5, 6, 7]):
            v = BASIC[sup][k][j]
            cases.append({"name": f"運営基本費単価表: {sup} 区分{k} {cap}人定員{'以上' if cap == 7 else ''} → {v}円",
              "source": "seed-002 資料4 第6節 4 ○運営基本費単価表",
              "request": req(home(capacity=cap, support=sup), [yk(kubun=k)]),
              "expect": {"/ok": True, "/result/residents/0/basic_operation/amount": v, "/result/residents/0/basic_operation/eligible": True}})
# 7人定員以上 for 8-10, 区分1以下 for 非該当, 区分4の行 for 5・6 (reading)
for cap in [8, 9, 10]:
    cases.append({"name": f"運営基本費: {cap}人定員は「7人定員以上」の列（365日・区分2 → 16,000円）", "source": "seed-002 資料4 第6節 4 ○運営基本費単価表",
      "request": req(home(capacity=cap), [yk(kubun="2")]), "expect": {"/result/residents/0/basic_operation/amount": 16000}})
cases.append({"name": "運営基本費: 非該当は「区分1以下」の行（平日・4人 → 14,000円）", "source": "seed-002 資料4 第6節 4 ○運営基本費単価表",
  "request": req(home(support="weekdays"), [yk(kubun="none")]), "expect": {"/result/residents/0/basic_operation/amount": 14000}})
for k in ["5", "6"]:
    cases.append({"name": f"運営基本費: 区分{k}は区分4の行（本製品の解釈: 区分4以上）（365日・7人以上 → 2,000円）", "source": "product-reading 資料4 第6節 4 ○運営基本費単価表 区分5・6",
      "request": req(home(capacity=7), [yk(kubun=k)]), "expect": {"/result/residents/0/basic_operation/amount": 2000}})
# The seed's worked example
cases.file = "proration"  # 日割り
cases.append({"name": "資料4の例: 1月17日入居、4人定員・365日・区分2 → (14,000×15)÷31 = 6,774円",
  "source": "seed-002 資料4 第6節 4 運営基本費 算定方法【例】",
  "request": req(home(), [yk(kubun="2", move_in="2026-01-17")], month="2026-01"),
  "expect": {"/ok": True, "/result/residents/0/days_enrolled": 15, "/result/residents/0/month_days": 31,
             "/result/residents/0/basic_operation/amount": 6774, "/result/residents/0/service_management/amount": 5000,
             "/result/residents/0/rent_addition/amount": 0, "/result/residents/0/water_addition/amount": 0, "/result/residents/0/care_addition/amount": 0,
             "/result/residents/0/on_first_day": False}})
# 水道料金加算, サービス管理費
cases.file = "city_additions"  # 水道料金加算, 建物借上加算 (按分・上限), 市街化調整区域
cases.append({"name": "水道料金加算: 実費未入力は上限1,300円、サービス管理費 5,000円", "source": "seed-002 資料4 第6節 4 水道料金加算・サービス管理費",
  "request": req(home(), [yk()]), "expect": {"/result/water_unit": 1300, "/result/residents/0/water_addition/amount": 1300, "/result/residents/0/service_management/amount": 5000}})
cases.append({"name": "水道料金加算: 実費1,299円（上限未満）は実費", "source": "seed-002 資料4 第6節 4 水道料金加算「上限額に達しない場合は実費」",
  "request": req(home(water_cost_per_resident=1299), [yk()]), "expect": {"/result/water_unit": 1299}})
cases.append({"name": "水道料金加算: 実費1,301円は上限1,300円", "source": "seed-002 資料4 第6節 4 水道料金加算",
  "request": req(home(water_cost_per_resident=1301), [yk()]), "expect": {"/result/water_unit": 1300}})
# 10円 cut and cap vs share
cases.append({"name": "建物借上加算: 家賃123,456円÷2÷4人 = 15,432円 → 10円未満切捨て 15,430円", "source": "seed-002 資料4 第6節 4 建物借上加算 算定方法（10円未満切り捨て）",
  "request": req(home(monthly_rent=123456), [yk()]), "expect": {"/result/rent_share": 15430, "/result/rent_unit": 15430, "/result/residents/0/rent_addition/amount": 15430}})
cases.append({"name": "建物借上加算: 按分額が上限額と等しい（5人・市街化 354,000円 → 35,400円）", "source": "seed-002 資料4 第6節 4 建物借上加算",
  "request": req(home(capacity=5, monthly_rent=354000), [yk()]), "expect": {"/result/rent_share": 35400, "/result/rent_unit": 35400}})
cases.append({"name": "建物借上加算: 按分額が上限額を超える（354,100円 → 35,410円 > 35,400円 → 上限35,400円）", "source": "seed-002 資料4 第6節 4 建物借上加算",
  "request": req(home(capacity=5, monthly_rent=354100), [yk()]), "expect": {"/result/rent_share": 35410, "/result/rent_unit": 35400}})
cases.append({"name": "建物借上加算: 按分額が上限額未満（353,990円 → 35,399円 → 35,390円）", "source": "seed-002 資料4 第6節 4 建物借上加算",
  "request": req(home(capacity=5, monthly_rent=353990), [yk()]), "expect": {"/result/rent_share": 35390, "/result/rent_unit": 35390, "/result/vacancy/rent_per_room": 35390, "/result/vacancy/rent": 0}})
cases.file = "operating_subsidy"
cases.append({"name": "建物借上補助（空室2室）: 按分額と補助基準額の少ない方×空室数", "source": "seed-002 資料4 第6節 5 建物借上補助",
  "request": req(home(capacity=5, monthly_rent=300000, empty_rooms=2), [yk()]), "expect": {"/result/vacancy/rent_per_room": 30000, "/result/vacancy/rent": 60000, "/result/vacancy/care": 38680}})
cases.file = "city_additions"
# 市街化調整区域 before 平成18年度 → 市街化区域 (reading); satellite
cases.append({"name": "市街化調整区域で平成17年度設置のホームは市街化区域の単価（本製品の解釈）", "source": "seed-002 資料4 第6節 4 建物借上加算単価表 ※",
  "request": req(home(area="adjustment", established_fiscal_year="平成17年度"), [yk()]), "expect": {"/result/rent_cap": 44250}})
cases.append({"name": "市街化調整区域で平成18年度設置のホームは調整区域の単価", "source": "seed-002 資料4 第6節 4 建物借上加算単価表 ※",
  "request": req(home(area="adjustment", established_fiscal_year=2006), [yk()]), "expect": {"/result/rent_cap": 37500}})
cases.append({"name": "市街化調整区域で設置年度がないと問題（欄の横に表示）", "source": "seed-002 資料4 第6節 4 建物借上加算単価表 ※",
  "request": req(home(area="adjustment"), [yk()]), "expect": {"/ok": False, "/problems/0/field": "home.established_fiscal_year", "/problems/0/code": "required"}})
cases.file = "proration"
# 日割り February (common year in range), 区分 change, move out
cases.append({"name": "日割り: 令和8年2月（平年28日）2月15日入居 → (27,000×14)÷28 = 13,500円", "source": "seed-002 資料4 第6節 4 運営基本費 日割の計算式",
  "request": req(home(), [yk(kubun="1", move_in="2026-02-15")], month="2026-02"), "expect": {"/result/residents/0/days_enrolled": 14, "/result/residents/0/month_days": 28, "/result/residents/0/basic_operation/amount": 13500}})
cases.append({"name": "日割り: 令和8年2月 2月10日入居 → (27,000×19)÷28 = 18,321.4… → 18,321円", "source": "seed-002 資料4 第6節 4 運営基本費 日割の計算式",
  "request": req(home(), [yk(kubun="1", move_in="2026-02-10")], month="2026-02"), "expect": {"/result/residents/0/basic_operation/amount": 18321}})
cases.append({"name": "月途中の区分変更: 1月10日に区分2→区分4でも当該月は月の初日の区分2（14,000円）", "source": "seed-002 資料4 第6節 3 (1)・4 運営基本費「当該月の初日の障害支援区分」",
  "request": req(home(), [yk(kubun="2", kubun_change_date="2026-01-10", new_kubun="4")], month="2026-01"), "expect": {"/ok": True, "/result/residents/0/basic_operation/amount": 14000}})
cases.append({"name": "月途中の退居: 1月10日退居 → 運営基本費 (14,000×10)÷31 = 4,516円、建物借上加算等は月の初日に入居のため満額", "source": "seed-002 資料4 第6節 4 運営基本費・建物借上加算",
  "request": req(home(monthly_rent=200000), [yk(kubun="2", move_out="2026-01-10")], month="2026-01"),
  "expect": {"/result/residents/0/days_enrolled": 10, "/result/residents/0/basic_operation/amount": 4516, "/result/residents/0/rent_addition/amount": 25000,
             "/result/residents/0/water_addition/amount": 1300, "/result/residents/0/care_addition/amount": 24170, "/result/residents/0/service_management/amount": 5000}})
cases.file = "eligibility"  # which items each resident gets
# Eligibility table 2 (市単独加算の詳細), column by column
def elig(name, res, expect_items, src="seed-002 " + "資料4 第6節 末尾「市単独加算の詳細」表", h=None, month="2026-01", extra=None):
    rs = [res] if extra is None else [res] + extra
    e = {"/ok": True}
    for item, (ok, route) in expect_items.items():
        e[f"/result/residents/0/{item}/eligible"] = ok
        if route: e[f"/result/residents/0/{item}/route"] = route
    cases.append({"name": name, "source": src, "request": req(h or home(monthly_rent=200000), rs, month=month), "expect": e})
Q, MK = "quarterly_invoice", "monthly_kanagawa"
elig("詳細表 列1: 市外・家賃補助なし → 建物借上○ 水道○ 介護支援○ 運営基本費× サービス管理費×（四半期ごとに請求書）",
     {"kubun": "3", "authority": "other"}, {"rent_addition": (True, Q), "water_addition": (True, Q), "care_addition": (True, Q), "basic_operation": (False, None), "service_management": (False, None)})
elig("詳細表 列2: 市外・家賃補助あり → 建物借上× 水道× 介護支援○ 運営基本費× サービス管理費×",
     {"kubun": "3", "authority": "other", "other_rent_subsidy": True}, {"rent_addition": (False, None), "water_addition": (False, None), "care_addition": (True, Q), "basic_operation": (False, None), "service_management": (False, None)})
elig("詳細表 列3: 横浜市・入院等で国への本体請求（加算含む）なし → 建物借上○ 水道○ 介護支援○（四半期ごとに請求書） 運営基本費× サービス管理費×",
     {"kubun": "3", "authority": "yokohama", "national_claim": "none"}, {"rent_addition": (True, Q), "water_addition": (True, Q), "care_addition": (True, Q), "basic_operation": (False, None), "service_management": (False, None)})
elig("詳細表 列4: 月途中で入居 → 建物借上× 水道× 介護支援× 運営基本費○（日割り） サービス管理費○",
     {"kubun": "3", "authority": "yokohama", "move_in": "2026-01-05"}, {"rent_addition": (False, None), "water_addition": (False, None), "care_addition": (False, None), "basic_operation": (True, MK), "service_management": (True, MK)})
elig("詳細表 列4: 月途中で入居した体験利用 → 運営基本費○ サービス管理費○ のみ",
     {"kubun": "3", "authority": "yokohama", "move_in": "2026-01-05", "trial": True}, {"rent_addition": (False, None), "water_addition": (False, None), "care_addition": (False, None), "basic_operation": (True, MK), "service_management": (True, MK)})
elig("体験利用（月の初日から）→ 運営基本費・サービス管理費のみ（第6節 3 (1)）",
     {"kubun": "3", "authority": "yokohama", "trial": True}, {"rent_addition": (False, None), "water_addition": (False, None), "care_addition": (False, None), "basic_operation": (True, MK), "service_management": (True, MK)}, src="seed-002 資料4 第6節 3 (1)")
cases.file = "routes"  # 請求方法
# Route overview table (第6節 2) rows (1)-(3); (4) vacancy below
elig("請求方法の概要 (1): 横浜市の区役所が受給者証を発行 → 5つとも毎月かながわシステム",
     {"kubun": "3", "authority": "yokohama"}, {k: (True, MK) for k in ["rent_addition", "water_addition", "care_addition", "basic_operation", "service_management"]}, src="seed-002 資料4 第6節 2 請求方法の概要 (1)")
elig("請求方法の概要 (2): 市外・補助を受けていない → 建物借上・水道・介護支援を四半期ごとに請求書",
     {"kubun": "3", "authority": "other"}, {"rent_addition": (True, Q), "water_addition": (True, Q), "care_addition": (True, Q)}, src="seed-002 資料4 第6節 2 請求方法の概要 (2)")
elig("請求方法の概要 (3): 市外・補助（家賃・人件費）を受けている → 介護支援加算のみ…人件費の助成も受けていれば介護支援加算もなし",
     {"kubun": "3", "authority": "other", "other_rent_subsidy": True, "other_staff_subsidy": True}, {"rent_addition": (False, None), "water_addition": (False, None), "care_addition": (False, None)}, src="seed-002 資料4 第6節 2 (3)・4 介護支援加算「入居者」")
cases.file = "eligibility"
elig("市外・人件費の助成のみ → 建物借上・水道は○、介護支援加算×",
     {"kubun": "3", "authority": "other", "other_staff_subsidy": True}, {"rent_addition": (True, Q), "water_addition": (True, Q), "care_addition": (False, None)}, src="seed-002 資料4 第6節 4 介護支援加算「入居者」")
cases.file = "routes"
elig("（注意）本体請求0日・加算のみ → かながわシステムで「イ 本体請求が0日の場合」のコード",
     {"kubun": "3", "authority": "yokohama", "national_claim": "additions_only"}, {k: (True, MK) for k in ["rent_addition", "water_addition", "care_addition", "basic_operation", "service_management"]}, src="seed-002 資料4 第6節 4（注意）")
cases.file = "eligibility"
elig("個別支援計画未作成減算の月はサービス管理費なし",
     {"kubun": "3", "authority": "yokohama", "plan_missing_reduction": True}, {"service_management": (False, None), "basic_operation": (True, MK)}, src="seed-002 資料4 第6節 4 サービス管理費 補助対象")
elig("区分2以上の入居者がいないホーム → 介護支援加算なし",
     {"kubun": "1", "authority": "yokohama"}, {"care_addition": (False, None), "rent_addition": (True, MK)}, src="seed-002 資料4 第6節 4 介護支援加算 対象")
# 補助金等一覧表 (市単独加算 rows): rented / owned × new / move
for b, exp in [("rented", True), ("owned", False)]:
    h = home(building=b) if b == "rented" else {k: v for k, v in home(building=b).items() if k != "monthly_rent"}
    elig(f"補助金等一覧表: {'賃借' if b == 'rented' else '法人所有'}の建物 → 建物借上加算{'○' if exp else '×'}、水道料金加算・介護支援加算・運営基本費・サービス管理費○（新規設置・移転とも）",
         {"kubun": "3", "authority": "yokohama"}, {"rent_addition": (exp, MK if exp else None), "water_addition": (True, MK), "care_addition": (True, MK), "basic_operation": (True, MK), "service_management": (True, MK)},
         src="seed-002 資料4 第6節 末尾「横浜市障害者グループホームへの補助金等一覧表」", h=h)
# Vacancy, satellite
cases.file = "operating_subsidy"  # 第6節 5: 建物借上補助, 要介護支援費, サテライト型住居に係る家賃補助
cases.append({"name": "請求方法の概要 (4): 空室1室（5人・夜間あり）→ 建物借上補助＋要介護支援費、2月に交付申請（年度分）",
  "source": "seed-002 資料4 第6節 2 (4)・5 補助の内容",
  "request": req(home(capacity=5, monthly_rent=400000, empty_rooms=1), [yk()]),
  "expect": {"/result/vacancy/rent": 35400, "/result/vacancy/care": 19340, "/result/route_totals/2/route": "yearly_grant", "/result/route_totals/2/amount": 54740}})
cases.append({"name": "サテライト型住居に係る家賃補助: 空室の家賃40,000円 → 35,400円、30,000円 → 30,000円",
  "source": "seed-002 資料4 第6節 5 サテライト型住居に係る家賃補助",
  "request": req(home(satellite_vacancies=[{"rent": 40000, "start_month": "2025-06"}, {"rent": 30000, "start_month": "2025-01"}]), [yk()]),
  "expect": {"/result/vacancy/satellite/0": 35400, "/result/vacancy/satellite/1": 30000, "/result/vacancy/satellite_total": 65400}})
cases.append({"name": "サテライト型住居に係る家賃補助: 利用開始から36か月目まで（令和4年7月開始・令和7年6月 → 対象）",
  "source": "seed-002 資料4 第6節 5「利用開始した月から3年以内」（本製品の解釈: 開始月を1か月目として36か月目まで）",
  "request": req(home(satellite_vacancies=[{"rent": 40000, "start_month": "2022-07"}]), [yk()]), "expect": {"/result/vacancy/satellite/0": 35400}})
cases.append({"name": "サテライト型住居に係る家賃補助: 37か月目は対象外（令和4年6月開始・令和7年6月）",
  "source": "seed-002 資料4 第6節 5「利用開始した月から3年以内」",
  "request": req(home(satellite_vacancies=[{"rent": 40000, "start_month": "2022-06"}]), [yk()]), "expect": {"/result/vacancy/satellite/0": 0}})
# Totals
cases.file = "month"  # the home's totals, problems and periods
cases.append({"name": "ホームの合計: 項目別・請求方法別（横浜市2人・市外1人・空室1）",
  "source": "seed-002 資料4 第6節 2 請求方法の概要",
  "request": req(home(monthly_rent=200000, empty_rooms=1), [yk(kubun="2"), yk(kubun="4"), {"kubun": "3", "authority": "other"}]),
  "expect": {"/result/item_totals/0/amount": 75000, "/result/route_totals/0/amount": 2*25000+2*1300+2*24170+14000+0+2*5000,
             "/result/route_totals/1/amount": 25000+1300+24170, "/result/route_totals/2/amount": 25000+24170,
             "/result/total": 2*25000+2*1300+2*24170+14000+2*5000+25000+1300+24170+25000+24170}})
# Problems and periods
cases.append({"name": "定員11人は単価表にない（欄の横に問題）", "source": "seed-002 資料4 第6節 3 (1) 定員（4人から10人）",
  "request": req(home(capacity=11), [yk()]), "expect": {"/ok": False, "/problems/0/field": "home.capacity", "/problems/0/code": "out_of_range"}})
cases.append({"name": "定員3人は単価表にない", "source": "seed-002 資料4 第6節 3 (1) 定員（4人から10人）",
  "request": req(home(capacity=3), [yk()]), "expect": {"/ok": False, "/problems/0/field": "home.capacity"}})
cases.append({"name": "すべての問題を一度に: 区分・実施機関・退居日", "source": "product", "typed": False,
  "request": req(home(), [{"kubun": "7", "authority": "x", "move_in": "2025-06-10", "move_out": "2025-06-05"}]),
  "expect": {"/ok": False, "/problems/0/field": "residents[0].kubun", "/problems/1/field": "residents[0].authority", "/problems/2/field": "residents[0].move_out"}})
cases.append({"name": "令和8年4月は令和7年度版の値を使わず「適用されません」", "source": "seed-002 資料4（令和7年度版）",
  "request": req(home(), [yk()], month="2026-04"), "expect": {"/ok": False, "/problems/0/code": "not_in_force", "/problems/0/field": "service_month"}})
cases.append({"name": "令和7年3月は「適用されません」", "source": "seed-002 資料4（令和7年度版）",
  "request": req(home(), [yk()], month="2025-03"), "expect": {"/ok": False, "/problems/0/code": "not_in_force"}})
cases.append({"name": "空室と入居者の合計が定員を超えると問題", "source": "seed-002 資料4 第6節 5 建物借上補助",
  "request": req(home(empty_rooms=4), [yk()]), "expect": {"/ok": False, "/problems/0/field": "home.empty_rooms"}})
# 前年度の単価による試算 (asked for only): 令和8年6月 with the 令和7年度 tables is the
# 令和7年6月 of the same home (both months have 30 days): the totals above.
TOTAL_R7_06 = 2*25000+2*1300+2*24170+14000+2*5000+25000+1300+24170+25000+24170
cases.append({"name": "前年度の単価による試算（求めたときだけ）: 令和8年6月に令和7年度の表で、令和7年6月（同じ30日）と同じ合計",
  "source": "product-reading data/dataset.tsv rule.carry_forward.yokohama_gh; seed-002 資料4 第6節 2 請求方法の概要（令和7年6月の同じホーム）",
  "request": req(home(monthly_rent=200000, empty_rooms=1), [yk(kubun="2"), yk(kubun="4"), {"kubun": "3", "authority": "other"}], month="2026-06", carry_forward=True),
  "expect": {"/ok": True, "/result/total": TOTAL_R7_06, "/result/route_totals/1/amount": 25000+1300+24170, "/basis/flagged": True}})

# --- 設置費等補助
cases.file = "setup"  # yokohama_gh.setup: 設置費等補助
def s(**kw):
    r = {"calculator": "yokohama_gh.setup", "fiscal_year": "令和7年度", "building": "owned", "purpose": "new"}
    r.update(kw); return r
SS = "seed-002 資料4 第3節 4 整備費等の補助内容"
cases.append({"name": "資料4の例: 設置費補助金③ 補助対象経費12,000,000円 → 9,000,000円", "source": "seed-002 資料4 第3節 4 (3)（例）",
  "request": s(maintenance={"kind": "3", "facility_cost": 12000000}), "expect": {"/ok": True, "/result/maintenance/grant": 9000000, "/result/total": 9000000}})
cases.append({"name": "設置費補助金③ 15,000,000円 → 上限9,000,000円", "source": SS,
  "request": s(maintenance={"kind": "3", "facility_cost": 15000000}), "expect": {"/result/maintenance/grant": 9000000, "/result/maintenance/limited_by": "cap"}})
cases.append({"name": "設置費補助金③ 11,999,999円 → 3/4 = 8,999,999.25 → 8,999,999円（法人負担1/4以上）", "source": SS,
  "request": s(maintenance={"kind": "3", "facility_cost": 11999999}), "expect": {"/result/maintenance/grant": 8999999, "/result/maintenance/limited_by": "share"}})
cases.append({"name": "設置費補助金④ 6,000,000円 → 3/4 4,500,000円 > 上限4,000,000円", "source": SS,
  "request": s(maintenance={"kind": "4", "facility_cost": 6000000}), "expect": {"/result/maintenance/grant": 4000000}})
cases.append({"name": "設置費補助金① スプリンクラーなし 上限3,000,000円", "source": SS,
  "request": s(building="rented", maintenance={"kind": "1", "rights_cost": 1000000, "remodel_cost": 2500000}), "expect": {"/result/maintenance/grant": 3000000}})
cases.append({"name": "設置費補助金① スプリンクラーあり 上限4,000,000円", "source": SS,
  "request": s(building="rented", maintenance={"kind": "1", "sprinkler": True, "rights_cost": 1000000, "remodel_cost": 3500000}), "expect": {"/result/maintenance/grant": 4000000}})
cases.append({"name": "設置費補助金① 上限未満は実額", "source": SS,
  "request": s(building="rented", maintenance={"kind": "1", "remodel_cost": 1234567}), "expect": {"/result/maintenance/grant": 1234567}})
cases.append({"name": "設置費補助金② 権利取得費上限1,000,000円＋施設整備費（スプリンクラーなし）上限3,000,000円", "source": SS,
  "request": s(building="rented", maintenance={"kind": "2", "rights_cost": 1500000, "facility_cost": 5000000}), "expect": {"/result/maintenance/grant": 4000000}})
cases.append({"name": "設置費補助金② スプリンクラーあり 施設整備費上限4,000,000円、2,000,000円は3/4で1,500,000円", "source": SS,
  "request": s(building="rented", maintenance={"kind": "2", "sprinkler": True, "rights_cost": 200000, "facility_cost": 2000000}), "expect": {"/result/maintenance/grant": 1700000}})
cases.append({"name": "補助金等一覧表: 法人所有の建物に権利取得費は対象外（問題）", "source": "seed-002 資料4 第6節 末尾「補助金等一覧表」",
  "request": s(maintenance={"kind": "1", "rights_cost": 100000}), "expect": {"/ok": False, "/problems/0/field": "maintenance.rights_cost"}})
T1 = "seed-002 資料4 第6節 末尾「横浜市障害者グループホームへの補助金等一覧表」整備費等補助金"
for b in ["rented", "owned"]:
    for pur in ["new", "move"]:
        bl = "賃借" if b == "rented" else "法人所有"
        pl = "新規設置" if pur == "new" else "移転"
        m = {"kind": "1", "remodel_cost": 1000000}
        if b == "rented": m["rights_cost"] = 500000
        exp = {"/ok": True, "/result/maintenance/grant": 1500000 if b == "rented" else 1000000,
               "/result/furnishing/grant": 100000 if pur == "new" else 0}
        cases.append({"name": f"補助金等一覧表: {bl}の建物・{pl} → 権利取得費{'○' if b == 'rented' else '×'} 家屋改造費○ 初度調弁費{'○' if pur == 'new' else '×'}",
          "source": T1, "request": s(building=b, purpose=pur, maintenance=m, furnishing_items=[100000]), "expect": exp})
cases.append({"name": "設置費補助金③は法人所有物件（賃借では問題）", "source": SS,
  "request": s(building="rented", maintenance={"kind": "3", "facility_cost": 1000000}), "expect": {"/ok": False, "/problems/0/field": "maintenance.kind"}})
cases.append({"name": "初度調弁費: 税込2,999円は除外・3,000円は対象", "source": "seed-002 資料4 第3節 5 初度調弁費",
  "request": s(furnishing_items=[2999, 3000, 100000]), "expect": {"/result/furnishing/eligible_cost": 103000, "/result/furnishing/grant": 103000}})
cases.append({"name": "初度調弁費: 上限500,000円", "source": "seed-002 資料4 第3節 5 初度調弁費",
  "request": s(furnishing_items=[300000, 300000]), "expect": {"/result/furnishing/grant": 500000, "/result/furnishing/limited_by": "cap"}})
cases.append({"name": "補助金等一覧表: 移転の場合は初度調弁費の対象外", "source": "seed-002 資料4 第3節 5 ※移転の場合は対象外／補助金等一覧表",
  "request": s(purpose="move", furnishing_items=[300000]), "expect": {"/result/furnishing/grant": 0, "/result/furnishing/limited_by": "excluded"}})
cases.append({"name": "改修費: 1件299,999円は対象外、300,000円以上が対象、上限2,000,000円", "source": "seed-002 資料4 第4節 1・2",
  "request": s(renovation_works=[299999, 300000, 1800000]), "expect": {"/result/renovation/eligible_cost": 2100000, "/result/renovation/grant": 2000000}})
cases.append({"name": "改修費: 実支出額が上限未満", "source": "seed-002 資料4 第4節 2",
  "request": s(renovation_works=[500000]), "expect": {"/result/renovation/grant": 500000}})
cases.append({"name": "スプリンクラー: 100m²×25,200円=2,520,000円＜工事費3,000,000円＋事務費 → 2,520,000×3/4 = 1,890,000円", "source": "seed-002 資料4 第5節 2 補助内容",
  "request": s(sprinkler={"area_m2": 100, "works_cost": 3000000, "office_cost": 10000}), "expect": {"/result/sprinkler/cap": 2520000, "/result/sprinkler/grant": 1890000}})
cases.append({"name": "スプリンクラー: ポンプユニット加算3,090,000円、工事事務費は工事費の2.6%まで", "source": "seed-002 資料4 第5節 2 補助内容",
  "request": s(sprinkler={"area_m2": 100, "pump_unit": True, "works_cost": 4000000, "office_cost": 200000}),
  "expect": {"/result/sprinkler/cap": 5610000, "/result/sprinkler/eligible_cost": 4104000, "/result/sprinkler/grant": 3078000}})
cases.append({"name": "設置費等補助: 令和8年度は「適用されません」", "source": "seed-002 資料4（令和7年度版）",
  "request": s(fiscal_year=2026, maintenance={"kind": "3", "facility_cost": 12000000}), "expect": {"/ok": False, "/problems/0/code": "not_in_force", "/problems/0/field": "fiscal_year"}})
cases.append({"name": "前年度の単価による試算（求めたときだけ）: 令和8年度に令和7年度の設置費補助金③（12,000,000円 → 9,000,000円）",
  "source": "product-reading data/dataset.tsv rule.carry_forward.yokohama_gh; seed-002 資料4 第3節 4 (3)（例）",
  "request": s(fiscal_year=2026, carry_forward=True, maintenance={"kind": "3", "facility_cost": 12000000}),
  "expect": {"/ok": True, "/result/maintenance/grant": 9000000, "/result/total": 9000000, "/basis/flagged": True}})
os.makedirs(OUT, exist_ok=True)
for f in os.listdir(OUT):
    if f.endswith(".json"): os.remove(os.path.join(OUT, f))
files = {}
for f, c in cases: files.setdefault(f, []).append(c)
for f, cs in files.items():
    with open(f"{OUT}/{f}.json", "w", encoding="utf-8") as out:
        json.dump(cs, out, ensure_ascii=False, indent=1); out.write("\n")
print(f"{len(cases)} cases in {len(files)} files → {OUT}/")
