#!/usr/bin/env python3
"""Writes tests/cases/national/soudan/*.json: a case for every figure of seed 003's tables,
every limit at and beyond its edge, every 併給不可 pair, the 40件 edge on both sides and the
モニタリング examples, one file per rule group (FILE below). The folder is this script's
own: its case files are replaced on every run (tests/generated.rs checks they match).
Run from the repository root: python3 tools/gen_soudan_cases.py"""
import json, os
S3="seed-003 §3 計画相談支援給付費、障害児相談支援給付費一覧表"
OUT="tests/cases/national/soudan"
cases=[]
FILE="basic"  # the file (OUT/FILE.json) the next cases go to
def req(cs, office=None, month="2024-06", uf=None):
    o={"kind":"none","staff_fte":"1"}
    if office: o.update(office)
    r={"calculator":"soudan.month","service_month":month,"office":o,"cases":cs}
    if uf: r["user_figures"]=uf
    return r
UNTYPED={"不正な入力はすべて項目ごとに","モニタリング: 不明なサービスと逆順の期間","読み方は national か municipal"}
def case(name, source, request, expect, typed=True):
    typed = typed and name not in UNTYPED
    c={"name":name,"source":source,"request":request,"expect":expect}
    if not typed: c["typed"]=False
    cases.append((FILE,c))
def C(kind="keikaku", service="plan", **adds):
    c={"kind":kind,"service":service}
    staff=adds.pop("staff",None); role=adds.pop("staff_role",None); label=adds.pop("label",None)
    if staff: c["staff"]=staff
    if role: c["staff_role"]=role
    if label: c["label"]=label
    if adds: c["additions"]=adds
    return c

# ---- basic figures
vals={"kyoka-2":(1914,1661,2101,1796),"kyoka-3":(1822,1558,2016,1699),"kyoka-4":(1672,1408,1866,1548),"i":(1572,1308,1766,1448),"ii":(732,606,815,662)}
lines={"kyoka-2":"6〜7ページ","kyoka-3":"6〜7ページ","kyoka-4":"6〜7ページ","i":"6〜7ページ","ii":"6〜7ページ"}
kinds=[("keikaku","plan","サービス利用支援費"),("keikaku","monitoring","継続サービス利用支援費"),("ji","plan","障害児支援利用援助費"),("ji","monitoring","継続障害児支援利用援助費")]
for band,v in vals.items():
    for i,(k,s,lab) in enumerate(kinds):
        if band.startswith("kyoka"):
            r=req([C(k,s)],{"kind":band}); idx=0
        elif band=="i":
            r=req([C(k,s)]); idx=0
        else:
            r=req([C("keikaku","monitoring")]*3+[C(k,s)],{"staff_fte":"0.1"}); idx=3
        case(f"基本報酬 {band} {lab} = {v[i]}", f"{S3} 基本報酬 {lines[band]}", r,
             {"/ok":True,f"/result/cases/{idx}/band":band,f"/result/cases/{idx}/lines/0/per":v[i],f"/result/cases/{idx}/lines/0/kind":"basic",f"/result/cases/{idx}/basic_units":v[i]})
case("機能強化型（Ⅰ）サービス利用支援費 2014（二次資料・要確認）","shared/reference/soudan/basic_units.tsv; は数値なし（6〜7ページ）",
     req([C()],{"kind":"kyoka-1"}),{"/ok":True,"/result/cases/0/lines/0/per":2014,"/result/cases/0/band":"kyoka-1","/result/cases/0/steps/0/sources/0/status":"secondary"})
for k,s,lab in kinds[1:]:
    key=f"soudan.basic.{k}.{s}.kyoka-1"
    case(f"機能強化型（Ⅰ）{lab}は未登録: missing_figure","（機能強化型Ⅰの行は数値が欠落、6〜7ページ）",req([C(k,s)],{"kind":"kyoka-1"}),
         {"/ok":False,"/problems/0/code":"missing_figure","/problems/0/field":f"user_figures.{key}","/problems/0/figure/key":key})
    case(f"機能強化型（Ⅰ）{lab}: 利用者が入力した値で計算","; params::Ctx::figure（6〜7ページ）",req([C(k,s)],{"kind":"kyoka-1"},uf={key:"1800"}),
         {"/ok":True,"/result/cases/0/lines/0/per":1800,"/result/cases/0/steps/0/sources/0/status":"user"})

# ---- 40件 threshold
FILE="threshold"
R40="seed-003 §3 基本報酬 40未満／40以上 ; product-reading（契約の古い順、40×員数、6〜7ページ）"
cs=[C("keikaku","monitoring") for _ in range(40)]
case("40件: 員数1人、39件目は（Ⅰ）、40件目は（Ⅱ）",R40,req(cs),
     {"/ok":True,"/result/threshold":"40","/result/cases/38/band":"i","/result/cases/38/position":39,"/result/cases/39/band":"ii","/result/cases/39/position":40,"/result/cases/39/basic_units":606,"/result/band_ii_count":1,"/result/basic_units_total":39*1308+606})
cs=[C("keikaku","monitoring") for _ in range(39)]
case("40件: 員数1人、39件ならすべて（Ⅰ）",R40,req(cs),{"/ok":True,"/result/band_ii_count":0,"/result/cases/38/band":"i"})
cs=[C("keikaku","plan") for _ in range(42)]
case("40件: 員数1.05人（閾値42）、41件目は（Ⅰ）、42件目は（Ⅱ）",R40,req(cs,{"staff_fte":"1.05"}),
     {"/ok":True,"/result/threshold":"42","/result/cases/40/band":"i","/result/cases/41/band":"ii","/result/cases/41/basic_units":732})
cs=[C("keikaku","monitoring") for _ in range(40)]
cs.insert(0,C("keikaku","none",upper_limit_management=1))
case("40件: 基本報酬のないケースは取扱件数に数えない",R40,req(cs),
     {"/ok":True,"/result/cases/0/position":None,"/result/cases/39/position":39,"/result/cases/39/band":"i","/result/cases/40/band":"ii","/result/basic_case_count":40})
cs=[C("ji","plan") for _ in range(3)]
case("40件: 機能強化型（Ⅱ）でも40×員数以上は（Ⅱ）（員数0.1・閾値4）",R40,req(cs+[C("ji","plan")],{"kind":"kyoka-2","staff_fte":"0.1"}),
     {"/ok":True,"/result/cases/2/band":"kyoka-2","/result/cases/2/basic_units":2101,"/result/cases/3/band":"ii","/result/cases/3/basic_units":815})

# ---- 実施加算
FILE="additions"
def add_case(name, src, cs, expect, office=None):
    case(name, src, req(cs, office), dict({"/ok":True}, **expect))
J=S3+" 実施加算"
add_case("利用者負担上限額管理加算（計）150",J+"（6〜7ページ）",[C("keikaku","monitoring",upper_limit_management=1)],{"/result/cases/0/lines/1/per":150,"/result/cases/0/addition_units":150,"/result/cases/0/total_units":1458})
add_case("利用者負担上限額管理加算（児）150",J+"（6〜7ページ）",[C("ji","monitoring",upper_limit_management=1)],{"/result/cases/0/lines/1/per":150,"/result/cases/0/addition_units":150})
add_case("利用者負担上限額管理加算: 月2回は1回まで",J+" 1月に1回を限度（6〜7ページ）",[C("keikaku","none",upper_limit_management=2)],{"/result/cases/0/lines/0/count":1,"/result/cases/0/addition_units":150,"/result/cases/0/excluded/0/count":1})
add_case("初回加算（計）300",J+"（6〜7ページ）",[C("keikaku","plan",first=True)],{"/result/cases/0/lines/1/per":300,"/result/cases/0/addition_units":300})
add_case("初回加算（児）500",J+"（6〜7ページ）",[C("ji","plan",first=True)],{"/result/cases/0/lines/1/per":500,"/result/cases/0/addition_units":500})
add_case("初回加算はA: モニタリング月は算定しない",J+" ※A（6〜7ページ）",[C("keikaku","monitoring",first=True)],{"/result/cases/0/addition_units":0,"/result/cases/0/excluded/0/rule":"soudan.addition.first"})
add_case("初回加算: 前6月間に連携加算を算定していれば算定しない（併給不可）",J+" 併給不可欄（6〜7ページ）",[C("keikaku","plan",first=True,prior_transition=True)],{"/result/cases/0/addition_units":0,"/result/cases/0/excluded/0/item":"初回加算"})
add_case("初回加算: 3月超の面接月3回（限度ちょうど）",J+" 3回を限度; seed-000 要件③（6〜7ページ）",[C("keikaku","plan",first=True,first_extra_months=3)],{"/result/cases/0/lines/2/item":"初回加算（契約から3月超の面接月）","/result/cases/0/lines/2/count":3,"/result/cases/0/addition_units":1200,"/result/cases/0/excluded":[]})
add_case("初回加算: 面接月4回は3回まで",J+" 3回を限度（6〜7ページ）",[C("ji","plan",first=True,first_extra_months=4)],{"/result/cases/0/lines/2/count":3,"/result/cases/0/addition_units":2000,"/result/cases/0/excluded/0/count":1})
add_case("入院時情報連携加算（Ⅰ）300",J+"（6〜7ページ）",[C("keikaku","none",hospital_info_i=1)],{"/result/cases/0/lines/0/per":300,"/result/cases/0/total_units":300})
add_case("入院時情報連携加算（Ⅱ）150",J+"（6〜7ページ）",[C("keikaku","none",hospital_info_ii=1)],{"/result/cases/0/lines/0/per":150,"/result/cases/0/total_units":150})
add_case("入院時情報連携加算: （Ⅰ）（Ⅱ）あわせて月1回、（Ⅰ）を優先",J+" 月1回を限度; product-reading（6〜7ページ）",[C("keikaku","none",hospital_info_i=1,hospital_info_ii=1)],{"/result/cases/0/total_units":300,"/result/cases/0/excluded/0/count":1})
add_case("入院時情報連携加算（Ⅰ）月2回は1回",J+"（6〜7ページ）",[C("keikaku","monitoring",hospital_info_i=2)],{"/result/cases/0/addition_units":300,"/result/cases/0/excluded/0/count":1})
add_case("退院・退所加算 300（計画作成月）",J+"（6〜7ページ）",[C("keikaku","plan",discharge=1)],{"/result/cases/0/lines/1/per":300,"/result/cases/0/addition_units":300})
add_case("退院・退所加算: 既に2回、今月1回（限度3回ちょうど）",J+" 3回分を限度（6〜7ページ）",[C("keikaku","plan",discharge=1,discharge_prior=2)],{"/result/cases/0/addition_units":300,"/result/cases/0/excluded":[]})
add_case("退院・退所加算: 既に2回、今月2回は1回まで",J+" 3回分を限度（6〜7ページ）",[C("keikaku","plan",discharge=2,discharge_prior=2)],{"/result/cases/0/addition_units":300,"/result/cases/0/excluded/0/count":1})
add_case("退院・退所加算と初回加算は併給不可（退院・退所加算を算定しない）",J+" 併給不可欄「初回加算」（6〜7ページ）",[C("keikaku","plan",first=True,discharge=1)],{"/result/cases/0/addition_units":300,"/result/cases/0/lines/1/rule":"soudan.addition.first","/result/cases/0/excluded/0/rule":"soudan.addition.discharge"})
add_case("退院・退所加算はA: モニタリング月は算定しない",J+" ※A（6〜7ページ）",[C("keikaku","monitoring",discharge=1)],{"/result/cases/0/addition_units":0,"/result/cases/0/excluded/0/rule":"soudan.addition.discharge"})
FILE="collaboration"  # 居宅介護支援事業所等連携加算, 保育・教育等移行支援加算, 医療・保育・教育機関等連携加算
for kind,name,ln in [("keikaku","居宅介護支援事業所等連携加算","6〜7ページ"),("ji","保育・教育等移行支援加算","6〜7ページ")]:
    add_case(f"{name}: 訪問300・会議参加300・情報提供150（基本報酬のない月）",f"{J} {ln}; product-reading（300を訪問・会議参加）",[C(kind,"none",transition_visit=1,transition_meeting=1,transition_info=1)],
             {"/result/cases/0/lines/0/per":300,"/result/cases/0/lines/1/per":300,"/result/cases/0/lines/2/per":150,"/result/cases/0/total_units":750})
    add_case(f"{name}: 利用中はそれぞれ月2回（限度ちょうど）",f"{J} {ln} それぞれ2回を限度",[C(kind,"none",transition_visit=2,transition_meeting=2,transition_info=2)],{"/result/cases/0/total_units":1500,"/result/cases/0/excluded":[]})
    add_case(f"{name}: 利用中に月3回は2回まで",f"{J} {ln}",[C(kind,"none",transition_visit=3)],{"/result/cases/0/total_units":600,"/result/cases/0/excluded/0/count":1})
    add_case(f"{name}: 利用終了後6月以内は月1回（限度ちょうど）",f"{J} {ln} 1月につき1回を限度",[C(kind,"none",transition_info=1,services_ended=True)],{"/result/cases/0/total_units":150,"/result/cases/0/excluded":[]})
    add_case(f"{name}: 利用終了後に月2回は1回まで",f"{J} {ln}",[C(kind,"none",transition_meeting=2,services_ended=True)],{"/result/cases/0/total_units":300,"/result/cases/0/excluded/0/count":1})
    add_case(f"{name}はC: 基本報酬と同じ月は算定しない",f"{J} {ln} ※C（6〜7ページ）",[C(kind,"monitoring",transition_visit=1)],{"/result/cases/0/addition_units":0,"/result/cases/0/excluded/0/rule":"soudan.addition.transition"})
    add_case(f"{name}と入院時情報連携加算は併給不可",f"{J} {ln} 併給不可欄",[C(kind,"none",transition_visit=1,hospital_info_ii=1)],{"/result/cases/0/total_units":150,"/result/cases/0/excluded/0/rule":"soudan.addition.transition"})
M=J+" 医療・保育・教育機関等連携加算（6〜7ページ）"
add_case("医療・保育・教育機関等連携加算: 面談（計画作成時）200",M+"; product-reading（記述の順）",[C("keikaku","plan",medical_meeting=True)],{"/result/cases/0/lines/1/per":200,"/result/cases/0/addition_units":200})
add_case("医療・保育・教育機関等連携加算: 面談（モニタリング時）300",M+"; product-reading（記述の順）",[C("ji","monitoring",medical_meeting=True)],{"/result/cases/0/lines/1/per":300,"/result/cases/0/addition_units":300})
add_case("医療・保育・教育機関等連携加算: 面談は計画作成・モニタリングのない月は算定しない",M,[C("keikaku","none",medical_meeting=True)],{"/result/cases/0/total_units":0,"/result/cases/0/excluded/0/count":1})
add_case("医療・保育・教育機関等連携加算: 初回加算＋退院施設の職員のみからの情報では面談は算定しない",M+" 併給不可欄",[C("keikaku","plan",first=True,medical_meeting=True,medical_meeting_discharge_only=True)],{"/result/cases/0/addition_units":300,"/result/cases/0/excluded/0/rule":"soudan.addition.medical"})
add_case("医療・保育・教育機関等連携加算: 通院同行300×3（3か所、限度ちょうど）",M+" 月3回を限度",[C("keikaku","none",medical_accompany=3)],{"/result/cases/0/lines/0/per":300,"/result/cases/0/lines/0/count":3,"/result/cases/0/total_units":900,"/result/cases/0/excluded":[]})
add_case("医療・保育・教育機関等連携加算: 通院同行4回（4か所）は3回まで",M+" 月3回を限度",[C("keikaku","none",medical_accompany=4)],{"/result/cases/0/total_units":900,"/result/cases/0/excluded/0/count":1})
add_case("医療・保育・教育機関等連携加算: 同一の病院等へ通院同行2回は1回",M+" 同一の病院等については月1回",[C("keikaku","none",medical_accompany=2,medical_accompany_hospitals=1)],{"/result/cases/0/total_units":300,"/result/cases/0/excluded/0/count":1})
add_case("医療・保育・教育機関等連携加算: 情報提供150（病院等1回＋それ以外1回）",M+" それぞれで月1回",[C("keikaku","none",medical_info_hospital=1,medical_info_other=1)],{"/result/cases/0/lines/0/per":150,"/result/cases/0/lines/0/count":2,"/result/cases/0/total_units":300,"/result/cases/0/excluded":[]})
add_case("医療・保育・教育機関等連携加算: 情報提供（病院等）月2回は1回",M+" それぞれで月1回",[C("keikaku","none",medical_info_hospital=2)],{"/result/cases/0/total_units":150,"/result/cases/0/excluded/0/count":1})
add_case("医療・保育・教育機関等連携加算: 通院同行と同じ病院等への情報提供は重複して算定しない",M+" 重複して算定できない",[C("keikaku","none",medical_accompany=1,medical_info_hospital=1,medical_info_same_hospital=True)],{"/result/cases/0/total_units":300,"/result/cases/0/excluded/0/count":1})
add_case("医療・保育・教育機関等連携加算はD: 基本報酬と同じ月にも算定する",M+" ※D",[C("keikaku","monitoring",medical_accompany=1)],{"/result/cases/0/total_units":1608})
FILE="intensive"
K=S3+" 集中支援加算（6〜7ページ）"
for part,per,ln in [("visit",300,"6〜7ページ"),("meeting_held",300,"6〜7ページ"),("meeting_attend",300,"6〜7ページ")]:
    add_case(f"集中支援加算 {part} {per}（月1回、限度ちょうど）",f"{K} {ln}",[C("keikaku","none",**{f"intensive_{part}":1})],{"/result/cases/0/lines/0/per":per,"/result/cases/0/total_units":per,"/result/cases/0/excluded":[]})
    add_case(f"集中支援加算 {part}: 月2回は1回",f"{K} {ln} 1人につき月1回を限度",[C("ji","none",**{f"intensive_{part}":2})],{"/result/cases/0/total_units":per,"/result/cases/0/excluded/0/count":1})
add_case("集中支援加算 通院同行300×3（限度ちょうど）",K+" 月3回まで（6〜7ページ）",[C("keikaku","none",intensive_accompany=3)],{"/result/cases/0/lines/0/per":300,"/result/cases/0/total_units":900,"/result/cases/0/excluded":[]})
add_case("集中支援加算 通院同行4回は3回",K+" 月3回まで（6〜7ページ）",[C("keikaku","none",intensive_accompany=4)],{"/result/cases/0/total_units":900,"/result/cases/0/excluded/0/count":1})
add_case("集中支援加算 通院同行: 同一の病院等3回は1回",K+" 同一の病院等は月1回（6〜7ページ）",[C("keikaku","none",intensive_accompany=3,intensive_accompany_hospitals=1)],{"/result/cases/0/total_units":300,"/result/cases/0/excluded/0/count":2})
add_case("集中支援加算 情報提供150（病院等・それ以外 各1回）",K+"（6〜7ページ）",[C("keikaku","none",intensive_info_hospital=1,intensive_info_other=1)],{"/result/cases/0/lines/0/per":150,"/result/cases/0/total_units":300,"/result/cases/0/excluded":[]})
add_case("集中支援加算 情報提供（それ以外）月2回は1回",K+" それぞれで月1回（6〜7ページ）",[C("keikaku","none",intensive_info_other=2)],{"/result/cases/0/total_units":150,"/result/cases/0/excluded/0/count":1})
add_case("集中支援加算はC: 基本報酬と同じ月は算定しない",K+" 併給不可欄 C（6〜7ページ）",[C("keikaku","monitoring",intensive_visit=1)],{"/result/cases/0/addition_units":0,"/result/cases/0/excluded/0/rule":"soudan.addition.intensive"})
add_case("集中支援加算と入院時情報連携加算（Ⅰ）は併給不可",K+" 併給不可欄",[C("keikaku","none",intensive_visit=1,hospital_info_i=1)],{"/result/cases/0/total_units":300,"/result/cases/0/lines/0/rule":"soudan.addition.hospital_info","/result/cases/0/excluded/0/rule":"soudan.addition.intensive"})
add_case("集中支援加算と入院時情報連携加算（Ⅱ）は併給できる",K+" 併給不可欄（（Ⅰ）のみ）",[C("keikaku","none",intensive_visit=1,hospital_info_ii=1)],{"/result/cases/0/total_units":450,"/result/cases/0/excluded":[]})
add_case("集中支援加算（会議参加）: 連携加算の会議参加と同様なら算定しない",K+" 併給不可欄 会議参加",[C("keikaku","none",intensive_meeting_attend=1,intensive_meeting_same_as_transition=True,transition_meeting=1)],{"/result/cases/0/total_units":300,"/result/cases/0/lines/0/rule":"soudan.addition.transition","/result/cases/0/excluded/0/item":"集中支援加算（会議参加）"})
FILE="conference"
add_case("サービス担当者会議実施加算100（モニタリング月）",S3+"（6〜7ページ）",[C("keikaku","monitoring",conference=1)],{"/result/cases/0/lines/1/per":100,"/result/cases/0/addition_units":100})
add_case("サービス担当者会議実施加算: 月2回は1回",S3+" 月1回を限度（6〜7ページ）",[C("keikaku","monitoring",conference=2)],{"/result/cases/0/addition_units":100,"/result/cases/0/excluded/0/count":1})
add_case("サービス担当者会議実施加算はB: 計画作成月は算定しない",S3+" ※B（6〜7ページ）",[C("keikaku","plan",conference=1)],{"/result/cases/0/addition_units":0,"/result/cases/0/excluded/0/rule":"soudan.addition.conference"})
add_case("サービス担当者会議実施加算: 計画の変更があれば算定しない",S3+"（6〜7ページ）",[C("keikaku","monitoring",conference=1,conference_plan_changed=True)],{"/result/cases/0/addition_units":0,"/result/cases/0/excluded/0/count":1})
FILE="service_monitoring"
add_case("サービス提供時モニタリング加算100",S3+"（6〜7ページ）",[C("keikaku","none",service_monitoring=1,staff="山田")],{"/result/cases/0/lines/0/per":100,"/result/cases/0/total_units":100})
add_case("サービス提供時モニタリング加算: 利用者1人につき月2回は1回",S3+"（6〜7ページ）",[C("keikaku","monitoring",service_monitoring=2,staff="山田")],{"/result/cases/0/addition_units":100,"/result/cases/0/excluded/0/count":1})
cs=[C("keikaku","monitoring",service_monitoring=1,staff="山田") for _ in range(39)]
add_case("サービス提供時モニタリング加算: 相談支援専門員1人39件（上限ちょうど）",S3+" 請求上限39件（6〜7ページ）",cs,{"/result/cases/38/addition_units":100,"/result/cases/38/excluded":[]})
cs=[C("keikaku","monitoring",service_monitoring=1,staff="山田") for _ in range(40)]
add_case("サービス提供時モニタリング加算: 相談支援専門員1人40件目は算定しない",S3+" 請求上限39件（6〜7ページ）",cs,{"/result/cases/38/addition_units":100,"/result/cases/39/addition_units":0,"/result/cases/39/excluded/0/count":1},{"staff_fte":"2"})
cs=[C("keikaku","monitoring",service_monitoring=1,staff="佐藤",staff_role="assistant") for _ in range(19)]
add_case("サービス提供時モニタリング加算: 相談支援員1人19件（上限ちょうど）",S3+" 相談支援員19件（6〜7ページ）",cs,{"/result/cases/18/addition_units":100})
cs=[C("keikaku","monitoring",service_monitoring=1,staff="佐藤",staff_role="assistant") for _ in range(20)]
cs.append(C("keikaku","monitoring",service_monitoring=1,staff="山田"))
add_case("サービス提供時モニタリング加算: 相談支援員1人20件目は算定しない（別の担当者は算定）",S3+" 相談支援員19件（6〜7ページ）",cs,{"/result/cases/19/addition_units":0,"/result/cases/19/excluded/0/count":1,"/result/cases/20/addition_units":100})
case("サービス提供時モニタリング加算: 担当者がなければ問題",S3+"（6〜7ページ）",req([C("keikaku","none",service_monitoring=1)]),{"/ok":False,"/problems/0/field":"cases[0].staff","/problems/0/code":"required"})
case("サービス提供時モニタリング加算: 同じ担当者の職種が食い違えば問題",S3+"（6〜7ページ）",req([C("keikaku","none",service_monitoring=1,staff="山田"),C("keikaku","none",service_monitoring=1,staff="山田",staff_role="assistant")]),{"/ok":False,"/problems/0/field":"cases[1].staff_role","/problems/0/code":"inconsistent"})
FILE="community"  # 地域生活支援拠点等相談強化加算, 地域体制強化共同支援加算
add_case("地域生活支援拠点等相談強化加算700×4（限度ちょうど）",S3+"（6〜7ページ）",[C("keikaku","none",hub_emergency=4)],{"/result/cases/0/lines/0/per":700,"/result/cases/0/total_units":2800,"/result/cases/0/excluded":[]},{"hub":True})
add_case("地域生活支援拠点等相談強化加算: 月5回は4回",S3+" 1月に4回を限度（6〜7ページ）",[C("keikaku","none",hub_emergency=5)],{"/result/cases/0/total_units":2800,"/result/cases/0/excluded/0/count":1},{"hub":True})
add_case("地域生活支援拠点等相談強化加算: 拠点等でなければ算定しない",S3+"（6〜7ページ）",[C("keikaku","none",hub_emergency=1)],{"/result/cases/0/total_units":0,"/result/cases/0/excluded/0/count":1})
add_case("地域体制強化共同支援加算2000（月1回）",S3+"（6〜7ページ）",[C("keikaku","none",community_joint=1)],{"/result/cases/0/lines/0/per":2000,"/result/cases/0/total_units":2000},{"community_system":True})
add_case("地域体制強化共同支援加算: 月2回は1回",S3+" 1月に1回を限度（6〜7ページ）",[C("ji","monitoring",community_joint=2)],{"/result/cases/0/addition_units":2000,"/result/cases/0/excluded/0/count":1},{"community_system":True})
add_case("地域体制強化共同支援加算: 体制がなければ算定しない",S3+"（6〜7ページ）",[C("keikaku","none",community_joint=1)],{"/result/cases/0/total_units":0,"/result/cases/0/excluded/0/count":1})
FILE="system"  # 体制加算
B=S3+" 体制加算"
for f,lv,per,ln in [("chief","i",300,"6〜7ページ"),("chief","ii",100,"6〜7ページ"),("behavior","i",60,"6〜7ページ"),("behavior","ii",30,"6〜7ページ"),("medical_care","i",60,"6〜7ページ"),("medical_care","ii",30,"6〜7ページ"),("mental","i",60,"6〜7ページ"),("mental","ii",30,"6〜7ページ"),("brain","i",60,"6〜7ページ"),("brain","ii",30,"6〜7ページ")]:
    add_case(f"体制加算 {f}（{lv}）{per}",f"{B} {ln}",[C("keikaku","plan")],{"/result/cases/0/lines/1/per":per,"/result/cases/0/addition_units":per,"/result/cases/0/lines/1/rule":"soudan.addition.system"},{f:lv})
add_case("ピアサポート体制加算100",B+"（6〜7ページ）",[C("ji","monitoring")],{"/result/cases/0/lines/1/per":100,"/result/cases/0/addition_units":100},{"peer_support":True})
add_case("体制加算は基本報酬のない月は算定しない",B+"; product-reading",[C("keikaku","none",upper_limit_management=1)],{"/result/cases/0/total_units":150,"/result/cases/0/excluded/0/rule":"soudan.addition.system"},{"chief":"i","peer_support":True})
FILE="month"  # the office total, periods and input problems
add_case("事業所の合計: ケースの合計",S3,[C("keikaku","plan",first=True),C("ji","monitoring",conference=1),C("keikaku","none",intensive_visit=1)],{"/result/total_units":1572+300+1448+100+300,"/result/basic_units_total":1572+1448,"/result/addition_units_total":700})
# problems
case("令和6年3月は適用期間外","data/soudan.tsv rule.soudan.basic（令和6年4月〜）",req([C()],month="2024-03"),{"/ok":False,"/problems/0/code":"not_in_force","/problems/0/field":"service_month"})
case("不正な入力はすべて項目ごとに","input::Reader",req([C("x","y",conference=-1)],{"kind":"kyoka-9","staff_fte":"0"}),
     {"/ok":False,"/problems/0/field":"office.kind","/problems/1/field":"office.staff_fte","/problems/2/field":"cases[0].kind","/problems/3/field":"cases[0].service","/problems/4/field":"cases[0].additions.conference"})
case("ケースがなければ問題","input",req([]),{"/ok":False,"/problems/0/field":"cases","/problems/0/code":"required"})
case("通院同行した病院等の数が回数を超えれば問題","input",req([C("keikaku","none",medical_accompany=1,medical_accompany_hospitals=2)]),{"/ok":False,"/problems/0/field":"cases[0].additions.medical_accompany_hospitals","/problems/0/code":"inconsistent"})

# ---- monitoring
FILE="monitoring"  # soudan.monitoring: モニタリング期間
S5="seed-003 §5 モニタリング期間の設定について"
def mon(services, start, end, **kw):
    r={"calculator":"soudan.monitoring","services":services,"start_month":start,"end_month":end}
    r.update(kw); return r
case("例①（令和6年9月〜令和7年8月に移して）: 居宅介護・新規、3か月は毎月、その後3か月ごと、終期月はモ案",S5+" 具体例①; 原典はR3.9.1〜R4.8.31（10〜12ページ）",
     mon(["kyotaku"],"2024-09","2025-08",new_user=True),
     {"/ok":True,"/result/period_months":3,"/result/monitoring_months":["2024-09","2024-10","2024-11","2025-02","2025-05","2025-08"],"/result/schedule/11/kind":"final","/result/schedule/11/mark":"モ案","/result/schedule/3/kind":"none","/result/schedule/5/mark":"モ"})
case("例①の原典の日付（令和3年9月）は適用期間外",S5+" 具体例①; data/soudan.tsv rule.soudan.monitoring_period（令和6年4月〜）",mon(["kyotaku"],"2021-09","2022-08",new_user=True),
     {"/ok":False,"/problems/0/code":"not_in_force","/problems/0/field":"start_month"})
case("例②（令和6年5月〜令和7年4月に移して）: 短期入所3か月と障害児通所支援6か月は短い方",S5+" 具体例②（10〜12ページ）",
     mon(["tanki","jido-tsusho"],"2024-05","2025-04"),{"/ok":True,"/result/period_months":3,"/result/monitoring_months":["2024-07","2024-10","2025-01","2025-04"]})
case("生活介護は6か月",S5+" 国の標準期間（10〜12ページ）",mon(["seikatsu-kaigo"],"2024-04","2025-03"),{"/ok":True,"/result/period_months":6,"/result/monitoring_months":["2024-09","2025-03"]})
case("★65歳以上で介護保険のケアマネジメントなし: 生活介護は3か月",S5+" 国の標準期間 ★ ,（10〜12ページ）",mon(["seikatsu-kaigo"],"2024-04","2025-03",elderly_no_care_management=True),{"/ok":True,"/result/period_months":3,"/result/monitoring_months":["2024-06","2024-09","2024-12","2025-03"]})
case("★は施設入所者等の6か月には及ばない",S5+" 【施設入所者等】（10〜12ページ）",mon(["shisetsu"],"2024-04","2025-03",elderly_no_care_management=True),{"/ok":True,"/result/period_months":6})
case("集中的に支援が必要な者は1か月",S5+"（10〜12ページ）",mon(["keizoku"],"2024-04","2024-06",intensive=True),{"/ok":True,"/result/period_months":1,"/result/monitoring_months":["2024-04","2024-05","2024-06"]})
case("月の途中の開始: 翌月を1か月目として数える（市町の運用）",S5+" 具体例②の注; §7 Q&A 9",mon(["kyotaku"],"2024-05","2025-04",count_from="next_month",reading="municipal"),{"/ok":True,"/result/schedule/0/index":0,"/result/monitoring_months":["2024-08","2024-11","2025-02","2025-04"]})
case("終期月の関係で3か月後にならない場合（市町の運用）",S5+" 具体例③の注「終期月の関係で、3ヵ月後にならない場合もある」",mon(["kyotaku"],"2024-04","2024-11",reading="municipal"),{"/ok":True,"/result/monitoring_months":["2024-06","2024-09","2024-11"]})
case("モニタリング: 不明なサービスと逆順の期間",S5,mon(["foo"],"2024-06","2024-05"),{"/ok":False,"/problems/0/field":"services[0]","/problems/1/field":"end_month"})
case("モニタリング: サービスなし",S5,mon([],"2024-06","2024-08"),{"/ok":False,"/problems/0/field":"services"})

# ---- monitoring: the two readings (国のQ&A: 終期月から遡る, the default; 市町の運用: 開始から順に)
FILE="monitoring_readings"
QA24="相談支援関係Q&A（平成24年3月6日）「支給期間の終期月とモニタリングの最終月が一致しない場合」（二次資料: nihonkousei.jp）"
QA29="相談支援に係るQ&A（平成29年3月31日）具体例（二次資料: nihonkousei.jp）"
def both(name, src_nat, src_mun, request, nat, mun, extra=None):
    """The same request under each reading: 国 (the default, no `reading`) and 市町."""
    e=extra or {}
    case(f"{name}（国のQ&A）",src_nat,request,dict({"/ok":True,"/result/reading":"national","/result/monitoring_months":nat},**e))
    case(f"{name}（市町の運用）",src_mun,dict(request,reading="municipal"),dict({"/ok":True,"/result/reading":"municipal","/result/monitoring_months":mun},**e))
both("割り切れる期間: 更新・3月ごと（国Q&A 例1を令和6年5月〜令和7年4月に移して）は両方の読みで同じ",QA29+" 例1: H28.7→H28.10→H29.1→H29.4",S5+" 具体例②",
     mon(["kyotaku"],"2024-05","2025-04"),["2024-07","2024-10","2025-01","2025-04"],["2024-07","2024-10","2025-01","2025-04"],
     {"/result/schedule/11/mark":"モ案","/result/schedule/11/billable":True,"/result/schedule/0/billable":False,"/result/schedule/2/billable":True})
both("割り切れる期間: 生活介護6か月・12か月は両方の読みで同じ",QA24,S5+" 国の標準期間（10〜12ページ）",
     mon(["seikatsu-kaigo"],"2024-04","2025-03"),["2024-09","2025-03"],["2024-09","2025-03"])
both("新規3か月は毎月、その後6月ごと（国Q&A 例2を令和6年5月〜令和7年4月に移して）",QA29+" 例2: 毎月ごと(H28.5〜H28.7)、6月ごとに変更後 H28.10→H29.4",S5+" 具体例①の数え方（順に）",
     mon(["seikatsu-kaigo"],"2024-05","2025-04",new_user=True),["2024-05","2024-06","2024-07","2024-10","2025-04"],["2024-05","2024-06","2024-07","2025-01","2025-04"],
     {"/result/period_months":6,"/result/new_months":3,"/result/schedule/11/kind":"final"})
both("割り切れない期間: 居宅介護3か月・8か月は読みで月が違う",QA24+" 終期月から遡る",S5+" 具体例③の注「終期月の関係で、3ヵ月後にならない場合もある」",
     mon(["kyotaku"],"2024-04","2024-11"),["2024-05","2024-08","2024-11"],["2024-06","2024-09","2024-11"],
     {"/result/schedule/7/mark":"モ案","/result/schedule/0/billable":False})
both("割り切れない期間: 月の途中の開始（翌月を1か月目）",QA24+" 終期月から遡る; §7 Q&A 9",S5+" 具体例②の注; §7 Q&A 9",
     mon(["kyotaku"],"2024-05","2025-04",count_from="next_month"),["2024-07","2024-10","2025-01","2025-04"],["2024-08","2024-11","2025-02","2025-04"],
     {"/result/schedule/0/index":0,"/result/schedule/0/billable":False})
both("途中からのサービス追加（四日市 例③を令和6年に移して: 生活介護の利用者が5月24日から居宅介護、新規扱い・翌月から数える）",QA24+" 終期月から遡る",
     S5+" 具体例③: 6月モ・7月モ・8月モ・11月モ・1月モ案（10〜12ページ）",
     mon(["seikatsu-kaigo","kyotaku"],"2024-05","2025-01",new_user=True,count_from="next_month"),
     ["2024-06","2024-07","2024-08","2024-10","2025-01"],["2024-06","2024-07","2024-08","2024-11","2025-01"],
     {"/result/period_months":3,"/result/schedule/8/mark":"モ案"})
case("終期月は常にモ案（国のQ&A、1か月だけの期間）",QA24,mon(["kyotaku"],"2024-06","2024-06"),
     {"/ok":True,"/result/monitoring_months":["2024-06"],"/result/schedule/0/kind":"final","/result/schedule/0/mark":"モ案","/result/schedule/0/billable":True})
case("読み方は national か municipal",S5,mon(["kyotaku"],"2024-06","2024-08",reading="other"),{"/ok":False,"/problems/0/field":"reading","/problems/0/code":"invalid"})

# ---- the conditions of a month's billing
FILE="conditions"
S0="seed-000 よくある相談支援関係請求エラー 1. 初回加算の算定 要件①②"
add_case("初回加算: 計画の変更で前6か月（6か月前）に利用あり → 算定しない",S0+"（前６か月において利用していない場合）",
         [C("keikaku","plan",first=True,plan_basis="change",prior_use_month="2023-12")],
         {"/result/cases/0/addition_units":0,"/result/cases/0/excluded/0/rule":"soudan.addition.first.requirements","/result/cases/0/total_units":1572})
add_case("初回加算: 計画の変更で7か月前の利用なら要件②に該当（300）",S0,
         [C("keikaku","plan",first=True,plan_basis="change",prior_use_month="2023-11")],
         {"/result/cases/0/addition_units":300,"/result/cases/0/total_units":1872})
add_case("初回加算: 事業所変更でも前6か月に利用があれば算定しない",S0+" ※事業所変更があった場合でも、６か月以内の場合は初回加算は算定不可",
         [C("keikaku","plan",first=True,plan_basis="office_change",prior_use_month="2024-05")],
         {"/result/cases/0/addition_units":0,"/result/cases/0/excluded/0/rule":"soudan.addition.first.requirements"})
add_case("初回加算: 事業所変更で前6か月に利用がなければ要件②に該当",S0,
         [C("ji","plan",first=True,plan_basis="office_change")],
         {"/result/cases/0/addition_units":500})
add_case("初回加算: 新規の計画作成なら前月の利用があっても要件①に該当",S0+" 要件① 新規にサービス等利用計画を作成する場合",
         [C("keikaku","plan",first=True,plan_basis="new",prior_use_month="2024-05")],
         {"/result/cases/0/addition_units":300})
case("初回加算: 直近の利用月がサービス提供月以後なら問題",S0,req([C("keikaku","plan",first=True,plan_basis="change",prior_use_month="2024-06")]),
     {"/ok":False,"/problems/0/field":"cases[0].additions.prior_use_month","/problems/0/code":"inconsistent"})
S7="seed-003 §7 Q&A 7「給付費の算定はモニタリング実施予定月のみ」; seed-000 よくある請求エラー 2."
def CM(service, months=None, **kw):
    c=C("keikaku",service,**{k:v for k,v in kw.items() if k not in ("both_decided",)})
    if months is not None: c["monitoring_months"]=months
    if "both_decided" in kw: c["both_decided"]=kw["both_decided"]
    return c
add_case("受給者証の予定月でない月の継続サービス利用支援は請求できない",S7,[CM("monitoring",["2024-07","2024-10"])],
         {"/result/cases/0/basic_units":0,"/result/cases/0/billed_service":"none","/result/cases/0/service":"monitoring","/result/cases/0/excluded/0/rule":"soudan.basic.certificate_month","/result/basic_case_count":0})
add_case("受給者証の予定月の継続サービス利用支援は算定する",S7,[CM("monitoring",["2024-06","2024-12"])],
         {"/result/cases/0/basic_units":1308,"/result/cases/0/billed_service":"monitoring"})
add_case("予定月でない月は※Bの加算（サービス担当者会議実施加算）も算定しない",S7+"; seed-003 §3 ※B",[CM("monitoring",["2024-07"],conference=1)],
         {"/result/cases/0/total_units":0,"/result/cases/0/excluded/1/rule":"soudan.addition.conference"})
cs=[CM("monitoring",["2024-07"])]+[C("keikaku","monitoring") for _ in range(40)]
add_case("予定月でないケースは取扱件数に数えない（40件目が（Ⅱ））",S7+"; "+R40,cs,
         {"/result/cases/0/position":None,"/result/cases/39/position":39,"/result/cases/39/band":"i","/result/cases/40/band":"ii"})
QS="相談支援関係Q&A（平成24年3月6日）同一の月に継続サービス利用支援の後サービス利用支援（二次資料）"
add_case("同じ月に継続サービス利用支援の後サービス利用支援: サービス利用支援費のみ",QS,[CM("both")],
         {"/result/cases/0/basic_units":1572,"/result/cases/0/billed_service":"plan","/result/cases/0/excluded/0/rule":"soudan.basic.same_month"})
add_case("同じ月に両方を行うと市町村が決定: 両方を算定",QS.replace("平成24年3月6日","平成29年3月31日"),[CM("both",both_decided=True)],
         {"/result/cases/0/basic_units":1572+1308,"/result/cases/0/billed_service":"both","/result/cases/0/lines/0/per":1572,"/result/cases/0/lines/1/per":1308,"/result/basic_case_count":1})
add_case("同じ月の両方でも、予定月でなければサービス利用支援費のみ",S7,[CM("both",["2024-07"],both_decided=True)],
         {"/result/cases/0/basic_units":1572,"/result/cases/0/billed_service":"plan","/result/cases/0/excluded/0/rule":"soudan.basic.certificate_month"})
case("受給者証の予定月が月でなければ問題",S7,req([CM("monitoring",["7月ごろ"])]),{"/ok":False,"/problems/0/field":"cases[0].monitoring_months[0]","/problems/0/code":"invalid"})
os.makedirs(OUT,exist_ok=True)
for f in os.listdir(OUT):
    if f.endswith(".json"): os.remove(os.path.join(OUT,f))
files={}
for f,c in cases: files.setdefault(f,[]).append(c)
for f,cs in files.items():
    with open(f"{OUT}/{f}.json","w",encoding="utf-8") as out:
        json.dump(cs,out,ensure_ascii=False,indent=1); out.write("\n")
print(f"{len(cases)} cases in {len(files)} files → {OUT}/")
