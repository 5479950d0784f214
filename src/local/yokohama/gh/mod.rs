//! 横浜市 障害者グループホーム: 市単独加算（入居者ごと・月ごと）、運営費補助金（空室）、
//! 設置費等補助金（整備費・初度調弁費・改修費・スプリンクラー設置費）。
//!
//! The rules, as seed 002 資料4「令和7年度障害者グループホーム事務マニュアル（令和7年7月版）」
//! states them (every figure is in `data/yokohama_gh.tsv`, generated from the seed
//! by `tools/import_yokohama_gh.py`):
//!
//! 第6節 4 加算の内容（横浜市障害者グループホーム単独加算支給要綱）
//!
//! > 建物借上加算 … 上限額内の額×入居者数(月の初日時点)。上限額内の額は、月額家賃の1/2を
//! > 定員で除した額(10円未満切り捨て)と上限額を比べて少ない方の額。日割り計算は行わないものとする。
//! > 水道料金加算 1人月額 上限1,300円 … 単価×入居者数(月の初日時点)。日割計算は行わないものとする。
//! > ただし、上限額に達しない場合は実費とする。
//! > この表における「入居者」とは、「横浜市が援護の実施機関である者」又は「横浜市以外の自治体が
//! > 援護の実施機関である者で、当該自治体から家賃に係る助成金等を受給していない者」とする。
//! > ただし、体験利用者は除く。
//! > ※市街化調整区域の単価は、平成18年度以降に設置したホームに適用する。本体住居とサテライト型住居の
//! > 区域が異なる場合は、本体住居の区域の単価を適用する。
//! > 介護支援加算 … 単価×入居者数（月の初日時点）。日割計算は行わないものとする。対象: 区分2以上の
//! > 入居者が入居中の障害者グループホーム。「入居者」とは「横浜市が援護の実施機関である者」又は
//! > 「横浜市以外の自治体が援護の実施機関である者で、当該自治体から人件費に係る助成金等を受給して
//! > いない者」とする。ただし、体験利用者は除く。
//! > 運営基本費 … 単価×入居者数。ただし、月の途中で入退居があった場合は、日割計算とする。
//! > (単価×在籍日数) ÷ 当月日数 = サービス単位数 ※1円未満を切り捨て 【例】1月17日に入居した場合
//! > 4人定員、365日、区分2の単価で計算 (単価14,000円×在籍日数15日) ÷ 当月日数31日 = 6,774円。
//! > なお、当該月の初日の障害支援区分をその基準とする。
//! > サービス管理費 1人月額 5,000円 … 日割計算を行わない。基本報酬が個別支援計画未作成減算の対象と
//! > ならない月。入居者とは、「横浜市が援護の実施機関である者」とする。
//!
//! 第6節 3 (1): 体験利用者に関しては、「運営基本費」、「サービス管理費」のみ請求します。
//! 第6節 4（注意）: 本体請求はないが加算の請求がある → 「イ 本体請求が0日の場合」のコードで請求。
//! 本体請求および加算ともに請求がない → サービス管理費及び運営基本費は請求できない。建物借上加算、
//! 水道料金加算及び介護支援加算は4半期ごとに請求書を提出する。
//!
//! 第6節 2 請求方法の概要: (1) 横浜市の区役所が受給者証を発行 → 毎月かながわシステム、
//! (2)(3) 市外 → 四半期ごとに請求書、(4) 空室 → 2月に交付申請書（年度分）。
//!
//! 第6節 5 補助の内容（運営費補助要綱）: 建物借上補助（月額賃料の1/2を定員で除した額（10円未満
//! 切捨て）と補助基準額の少ない方、利用契約（体験利用を除く）がない居室の賃料）、サテライト型住居に
//! 係る家賃補助（本体住居の空室の月額家賃と35,400円の少ない方、利用開始月から3年以内）、要介護支援費
//! （補助基準額、区分2以上の入居者が入居中のホームの、利用契約がない居室）。算定の基準日はすべて
//! 月の初日、日割りなし。
//!
//! 末尾の二つの表（補助金等一覧表、市単独加算の詳細）は [`eligibility`] がそのまま行ごとに実装する。
//!
//! 第3節 設置費補助金: ① 整備費（権利取得費・家屋改造費）上限 3,000,000円／スプリンクラーあり
//! 4,000,000円。② 権利取得費 1,000,000円、施設整備費 3,000,000円／4,000,000円 ※。③ 施設整備費（新築）
//! 9,000,000円 ※、④（改修）4,000,000円 ※。※法人が補助対象経費の内、1/4以上を負担した場合に上限額の
//! 範囲内で補助（例: 補助対象経費が12,000,000円以上の場合、9,000,000円を補助）。初度調弁費 上限
//! 500,000円、税込み単価3,000円未満のものは対象外、移転の場合は対象外。
//! 第4節 改修費: 1件300,000円以上(税込)の工事、上限2,000,000円、実支出額と上限の少ない方。
//! 第5節 スプリンクラー: 25,200円/m²（ポンプユニットが必要な場合は3,090,000円を加算）、実支出額と
//! 上限の少ない方 <補助率 工事費の3/4>、工事事務費は補助対象工事の2.6%（令和6年度時点の上限額）。
//!
//! Period: the manual is the 令和7年度 edition, so its figures are registered for
//! 令和7年度 (2025-04〜2026-03). Other months get a named "not in force" problem
//! rather than figures that may be outdated (a newer edition is added as new rows).

use crate::engine::date::{date_both, fiscal_year_both, fiscal_year_first_month, YearMonth};
use crate::engine::input::{Raw, Reader};
use crate::engine::params::{cite, read_user_figures, Ctx, PRODUCT_READING};
use crate::engine::problem::{Code, Outcome, Problem, Problems};
use crate::engine::rounding::Rounding;
use crate::engine::trace::{yen, Citation, Step};
use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

const SEED: &str = "seed-002-yokohama-r7";
const LOC_ADD: &str = "資料4 第6節 4 加算の内容";
const LOC_TABLE2: &str = "資料4 第6節 末尾「市単独加算の詳細」表";
const LOC_TABLE1: &str = "資料4 第6節 末尾「横浜市障害者グループホームへの補助金等一覧表」";
const LOC_ROUTE: &str = "資料4 第6節 2 請求方法の概要";
const LOC_NOTE: &str = "資料4 第6節 4（注意）本体請求がない場合の取扱い";

// ---------------------------------------------------------------- requests

/// The home (ホーム) for the month.
#[derive(Clone, Debug, Default, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct HomeInput {
    /// 定員 (4–10人).
    pub capacity: Raw,
    /// 区域 of the main dwelling (本体住居): `urban` (市街化区域) | `adjustment` (市街化調整区域).
    pub area: Raw,
    /// 設置年度 (needed for 市街化調整区域: its 単価 applies from 平成18年度).
    pub established_fiscal_year: Raw,
    /// `rented` (賃借した建物) | `owned` (法人所有の建物).
    pub building: Raw,
    /// 月額家賃 of the home (本体住居及びサテライト型住居を含む), yen.
    pub monthly_rent: Raw,
    /// 水道料金の実費（入居者1人あたり月額）; blank = at least the cap.
    pub water_cost_per_resident: Raw,
    /// 援助体制: `weekdays` (平日運営) | `all_year` (365日運営).
    pub support: Raw,
    /// 夜勤または宿直体制あり.
    pub night_support: Raw,
    /// 月の初日に利用契約（体験利用を除く）がない居室の数（サテライト用に確保した本体住居の空室を除く）.
    pub empty_rooms: Raw,
    /// 本体住居の空室で、サテライト型住居の入居者のために確保しているもの.
    pub satellite_vacancies: Vec<SatelliteVacancyInput>,
}

#[derive(Clone, Debug, Default, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct SatelliteVacancyInput {
    /// 確保している本体住居の空室の月額家賃.
    pub rent: Raw,
    /// 当該入居者がサテライト型住居の利用を開始した月 (`2024-06`).
    pub start_month: Raw,
}

/// One resident (入居者).
#[derive(Clone, Debug, Default, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct ResidentInput {
    /// A label for the row (optional).
    pub name: Raw,
    /// 月の初日（月途中の入居は入居日）の障害支援区分: `none` (非該当), `1`–`6`.
    pub kubun: Raw,
    /// 援護の実施機関: `yokohama` | `other`.
    pub authority: Raw,
    /// (市外) 当該自治体から家賃に係る助成金等を受給している.
    pub other_rent_subsidy: Raw,
    /// (市外) 当該自治体から人件費に係る助成金等を受給している.
    pub other_staff_subsidy: Raw,
    /// 入居日 (blank = before the month).
    pub move_in: Raw,
    /// 退居日 (blank = after the month).
    pub move_out: Raw,
    /// 体験利用.
    pub trial: Raw,
    /// 国への請求: `basic` (本体請求あり) | `additions_only` (入院等で本体請求0日・加算のみ) | `none` (本体請求も加算もない).
    pub national_claim: Raw,
    /// 基本報酬が個別支援計画未作成減算の対象.
    pub plan_missing_reduction: Raw,
    /// 月途中の区分変更日 (optional) and the new 区分.
    pub kubun_change_date: Raw,
    pub new_kubun: Raw,
}

#[derive(Clone, Debug, Default, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct MonthRequest {
    pub service_month: Raw,
    pub home: HomeInput,
    pub residents: Vec<ResidentInput>,
    pub user_figures: BTreeMap<String, Raw>,
}

// ---------------------------------------------------------------- validated inputs

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Area {
    Urban,
    Adjustment,
}

impl Area {
    fn parse(t: &str) -> Option<Self> {
        Some(match t {
            "urban" | "市街化区域" => Area::Urban,
            "adjustment" | "市街化調整区域" => Area::Adjustment,
            _ => return None,
        })
    }
    fn key(self) -> &'static str {
        match self {
            Area::Urban => "urban",
            Area::Adjustment => "adjustment",
        }
    }
    fn label(self) -> &'static str {
        match self {
            Area::Urban => "市街化区域",
            Area::Adjustment => "市街化調整区域",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Building {
    Rented,
    Owned,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Support {
    Weekdays,
    AllYear,
}

impl Support {
    fn key(self) -> &'static str {
        match self {
            Support::Weekdays => "weekdays",
            Support::AllYear => "all-year",
        }
    }
    fn label(self) -> &'static str {
        match self {
            Support::Weekdays => "平日運営",
            Support::AllYear => "365日運営",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Authority {
    Yokohama,
    Other,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum NationalClaim {
    Basic,
    AdditionsOnly,
    None,
}

/// 障害支援区分: 0 = 非該当, 1–6.
fn parse_kubun(t: &str) -> Option<u8> {
    let t = t.trim_start_matches("区分");
    Some(match t {
        "none" | "非該当" | "0" => 0,
        "1" => 1,
        "2" => 2,
        "3" => 3,
        "4" => 4,
        "5" => 5,
        "6" => 6,
        _ => return None,
    })
}

fn kubun_label(k: u8) -> String {
    if k == 0 {
        "非該当".to_string()
    } else {
        format!("区分{k}")
    }
}

struct Home {
    capacity: i64,
    area: Area,
    established_fy: Option<i32>,
    building: Building,
    rent: Option<i64>,
    water_cost: Option<i64>,
    support: Support,
    night: bool,
    empty_rooms: i64,
    satellites: Vec<(i64, YearMonth)>,
}

struct Resident {
    name: String,
    kubun: u8,
    authority: Authority,
    rent_subsidy: bool,
    staff_subsidy: bool,
    move_in: Option<NaiveDate>,
    move_out: Option<NaiveDate>,
    trial: bool,
    claim: NationalClaim,
    plan_missing: bool,
    kubun_change: Option<(NaiveDate, u8)>,
}

const MAX_YEN: i64 = 100_000_000;

fn read_home(r: &mut Reader, h: &HomeInput) -> Option<Home> {
    let capacity = r.int(&h.capacity, "home.capacity", "定員", 1, 99);
    let area = r.choice(
        &h.area,
        "home.area",
        "区域（本体住居）",
        "市街化区域 (urban), 市街化調整区域 (adjustment)",
        Area::parse,
    );
    let established_fy = if h.established_fiscal_year.is_blank() {
        Some(None)
    } else {
        r.fiscal_year(
            &h.established_fiscal_year,
            "home.established_fiscal_year",
            "ホームの設置年度",
        )
        .map(Some)
    };
    if area == Some(Area::Adjustment) && h.established_fiscal_year.is_blank() {
        r.problems.push(Problem::required(
            "home.established_fiscal_year",
            "市街化調整区域のホームの設置年度（平成18年度以降かどうかで単価が決まります）",
        ));
    }
    let building = r.choice(
        &h.building,
        "home.building",
        "建物",
        "賃借 (rented), 法人所有 (owned)",
        |t| match t {
            "rented" | "賃借" => Some(Building::Rented),
            "owned" | "法人所有" => Some(Building::Owned),
            _ => None,
        },
    );
    let rent = r.opt_int(&h.monthly_rent, "home.monthly_rent", "月額家賃", 0, MAX_YEN);
    if building == Some(Building::Rented) && h.monthly_rent.is_blank() {
        r.problems.push(Problem::required(
            "home.monthly_rent",
            "賃借した建物の月額家賃（本体住居及びサテライト型住居を含む）",
        ));
    }
    let water = r.opt_int(
        &h.water_cost_per_resident,
        "home.water_cost_per_resident",
        "水道料金の実費（1人月額）",
        0,
        MAX_YEN,
    );
    let support = r.choice(
        &h.support,
        "home.support",
        "援助体制",
        "平日運営 (weekdays), 365日運営 (all_year)",
        |t| match t {
            "weekdays" | "平日運営" | "平日" => Some(Support::Weekdays),
            "all_year" | "365日運営" | "365日" => Some(Support::AllYear),
            _ => None,
        },
    );
    let night = r.flag(
        &h.night_support,
        "home.night_support",
        "夜勤または宿直体制",
        false,
    );
    let empty = r.opt_int(&h.empty_rooms, "home.empty_rooms", "空室の数", 0, 99);
    let mut satellites = Vec::new();
    let mut sat_ok = true;
    for (i, s) in h.satellite_vacancies.iter().enumerate() {
        let f = format!("home.satellite_vacancies[{i}]");
        let rent = r.int(
            &s.rent,
            &format!("{f}.rent"),
            "本体住居の空室の月額家賃",
            0,
            MAX_YEN,
        );
        let start = r.month(
            &s.start_month,
            &format!("{f}.start_month"),
            "サテライト型住居の利用開始月",
        );
        match (rent, start) {
            (Some(a), Some(b)) => satellites.push((a, b)),
            _ => sat_ok = false,
        }
    }
    if !sat_ok {
        return None;
    }
    Some(Home {
        capacity: capacity?,
        area: area?,
        established_fy: established_fy?,
        building: building?,
        rent: rent?,
        water_cost: water?,
        support: support?,
        night: night?,
        empty_rooms: empty?.unwrap_or(0),
        satellites,
    })
}

fn read_resident(
    r: &mut Reader,
    x: &ResidentInput,
    f: &str,
    month: Option<YearMonth>,
) -> Option<Resident> {
    let kubun = r.choice(
        &x.kubun,
        &format!("{f}.kubun"),
        "障害支援区分（月の初日）",
        "非該当, 1, 2, 3, 4, 5, 6",
        parse_kubun,
    );
    let authority = r.choice(
        &x.authority,
        &format!("{f}.authority"),
        "援護の実施機関",
        "横浜市 (yokohama), 市外の自治体 (other)",
        |t| match t {
            "yokohama" | "横浜市" => Some(Authority::Yokohama),
            "other" | "市外" | "市外の自治体" => Some(Authority::Other),
            _ => None,
        },
    );
    let rent_subsidy = r.flag(
        &x.other_rent_subsidy,
        &format!("{f}.other_rent_subsidy"),
        "実施機関からの家賃に係る助成",
        false,
    );
    let staff_subsidy = r.flag(
        &x.other_staff_subsidy,
        &format!("{f}.other_staff_subsidy"),
        "実施機関からの人件費に係る助成",
        false,
    );
    if authority == Some(Authority::Yokohama) {
        for (flag, field) in [
            (rent_subsidy, "other_rent_subsidy"),
            (staff_subsidy, "other_staff_subsidy"),
        ] {
            if flag == Some(true) {
                r.problems.push(Problem::inconsistent(
                    format!("{f}.{field}"),
                    "援護の実施機関が横浜市の入居者には、市外の自治体からの助成は指定できません。",
                ));
            }
        }
    }
    let move_in = r.opt_date(&x.move_in, &format!("{f}.move_in"), "入居日");
    let move_out = r.opt_date(&x.move_out, &format!("{f}.move_out"), "退居日");
    if let (Some(m), Some(mi), Some(mo)) = (month, move_in, move_out) {
        let first = m.first_day();
        let last = first + chrono::Days::new(u64::from(m.days().saturating_sub(1)));
        if let Some(d) = mi {
            if d > last {
                r.problems.push(Problem::inconsistent(
                    format!("{f}.move_in"),
                    format!(
                        "入居日{}は{}より後です。この月の入居者ではありません。",
                        date_both(d),
                        m.wareki()
                    ),
                ));
            }
        }
        if let Some(d) = mo {
            if d < first {
                r.problems.push(Problem::inconsistent(
                    format!("{f}.move_out"),
                    format!(
                        "退居日{}は{}より前です。この月の入居者ではありません。",
                        date_both(d),
                        m.wareki()
                    ),
                ));
            }
        }
        if let (Some(a), Some(b)) = (mi, mo) {
            if b < a {
                r.problems.push(Problem::inconsistent(
                    format!("{f}.move_out"),
                    "退居日が入居日より前です。",
                ));
            }
        }
    }
    let trial = r.flag(&x.trial, &format!("{f}.trial"), "体験利用", false);
    let claim = r
        .opt_choice(
            &x.national_claim,
            &format!("{f}.national_claim"),
            "国への請求",
            "本体請求あり (basic), 加算のみ (additions_only), 請求なし (none)",
            |t| match t {
                "basic" | "本体請求あり" => Some(NationalClaim::Basic),
                "additions_only" | "加算のみ" => Some(NationalClaim::AdditionsOnly),
                "none" | "請求なし" => Some(NationalClaim::None),
                _ => None,
            },
        )
        .map(|c| c.unwrap_or(NationalClaim::Basic));
    let plan_missing = r.flag(
        &x.plan_missing_reduction,
        &format!("{f}.plan_missing_reduction"),
        "個別支援計画未作成減算",
        false,
    );
    let change_date = r.opt_date(
        &x.kubun_change_date,
        &format!("{f}.kubun_change_date"),
        "区分の変更日",
    );
    let new_kubun = r.opt_choice(
        &x.new_kubun,
        &format!("{f}.new_kubun"),
        "変更後の障害支援区分",
        "非該当, 1, 2, 3, 4, 5, 6",
        parse_kubun,
    );
    let kubun_change = match (change_date, new_kubun) {
        (Some(Some(d)), Some(Some(k))) => {
            if let Some(m) = month {
                if !m.contains(d) {
                    r.problems.push(Problem::inconsistent(
                        format!("{f}.kubun_change_date"),
                        format!(
                            "区分の変更日{}は{}の日付ではありません。",
                            date_both(d),
                            m.wareki()
                        ),
                    ));
                }
            }
            Some((d, k))
        }
        (Some(Some(_)), Some(None)) => {
            r.problems.push(Problem::required(
                format!("{f}.new_kubun"),
                "変更後の障害支援区分",
            ));
            None
        }
        (Some(None), Some(Some(_))) => {
            r.problems.push(Problem::required(
                format!("{f}.kubun_change_date"),
                "区分の変更日",
            ));
            None
        }
        _ => None,
    };
    Some(Resident {
        name: x.name.as_text().unwrap_or_default(),
        kubun: kubun?,
        authority: authority?,
        rent_subsidy: rent_subsidy?,
        staff_subsidy: staff_subsidy?,
        move_in: move_in?,
        move_out: move_out?,
        trial: trial?,
        claim: claim?,
        plan_missing: plan_missing?,
        kubun_change,
    })
}

// ---------------------------------------------------------------- outputs

/// How an amount is claimed (第6節 2 請求方法の概要).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Route {
    /// 毎月、かながわシステムで請求.
    MonthlyKanagawa,
    /// 四半期ごとに、横浜市に請求書を提出.
    QuarterlyInvoice,
    /// 2月に横浜市に交付申請書を提出（年度分）.
    YearlyGrant,
}

impl Route {
    pub fn label(self) -> &'static str {
        match self {
            Route::MonthlyKanagawa => "毎月、かながわシステムで請求",
            Route::QuarterlyInvoice => "四半期ごとに、横浜市に請求書を提出",
            Route::YearlyGrant => "2月に横浜市に交付申請書を提出（年度分）",
        }
    }
    pub const ALL: [Route; 3] = [
        Route::MonthlyKanagawa,
        Route::QuarterlyInvoice,
        Route::YearlyGrant,
    ];
}

/// The city's items.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Item {
    RentAddition,
    WaterAddition,
    CareAddition,
    BasicOperation,
    ServiceManagement,
    VacancyRent,
    SatelliteVacancyRent,
    VacancyCare,
}

impl Item {
    pub fn label(self) -> &'static str {
        match self {
            Item::RentAddition => "建物借上加算",
            Item::WaterAddition => "水道料金加算",
            Item::CareAddition => "介護支援加算",
            Item::BasicOperation => "運営基本費",
            Item::ServiceManagement => "サービス管理費",
            Item::VacancyRent => "建物借上補助（空室）",
            Item::SatelliteVacancyRent => "サテライト型住居に係る家賃補助",
            Item::VacancyCare => "要介護支援費（空室）",
        }
    }
    pub const RESIDENT: [Item; 5] = [
        Item::RentAddition,
        Item::WaterAddition,
        Item::CareAddition,
        Item::BasicOperation,
        Item::ServiceManagement,
    ];
    pub const ALL: [Item; 8] = [
        Item::RentAddition,
        Item::WaterAddition,
        Item::CareAddition,
        Item::BasicOperation,
        Item::ServiceManagement,
        Item::VacancyRent,
        Item::SatelliteVacancyRent,
        Item::VacancyCare,
    ];
}

/// One item for one resident.
#[derive(Clone, Debug, Serialize)]
pub struct ItemAmount {
    pub item: Item,
    pub label: &'static str,
    /// Whether the resident counts for this item this month.
    pub eligible: bool,
    pub amount: i64,
    /// How it is claimed (when eligible).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub route: Option<Route>,
    /// Why (in Japanese): the row of the tables that decided.
    pub reason: String,
}

#[derive(Clone, Debug, Serialize)]
pub struct ResidentResult {
    pub index: usize,
    pub name: String,
    /// In the home on the first day of the month (the counting day).
    pub on_first_day: bool,
    /// 在籍日数 this month.
    pub days_enrolled: u32,
    pub month_days: u32,
    pub rent_addition: ItemAmount,
    pub water_addition: ItemAmount,
    pub care_addition: ItemAmount,
    pub basic_operation: ItemAmount,
    pub service_management: ItemAmount,
    pub total: i64,
}

impl ResidentResult {
    pub fn items(&self) -> [&ItemAmount; 5] {
        [
            &self.rent_addition,
            &self.water_addition,
            &self.care_addition,
            &self.basic_operation,
            &self.service_management,
        ]
    }
}

#[derive(Clone, Debug, Serialize)]
pub struct VacancyResult {
    pub empty_rooms: i64,
    /// 建物借上補助: per room, and for the month.
    pub rent_per_room: i64,
    pub rent: i64,
    /// 要介護支援費: per room, and for the month.
    pub care_per_room: i64,
    pub care: i64,
    /// サテライト型住居に係る家賃補助 per reserved room.
    pub satellite: Vec<i64>,
    pub satellite_total: i64,
    pub total: i64,
}

#[derive(Clone, Debug, Serialize)]
pub struct ItemTotal {
    pub item: Item,
    pub label: &'static str,
    pub amount: i64,
}

#[derive(Clone, Debug, Serialize)]
pub struct RouteTotal {
    pub route: Route,
    pub label: &'static str,
    pub amount: i64,
}

#[derive(Clone, Debug, Serialize)]
pub struct MonthOutput {
    pub service_month: YearMonth,
    pub month_label: String,
    /// 月額家賃の1/2を定員で除した額（10円未満切捨て）; absent for an owned building.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rent_share: Option<i64>,
    /// The 建物借上加算 per resident (lower of share and cap); 0 for an owned building.
    pub rent_unit: i64,
    pub rent_cap: i64,
    pub water_unit: i64,
    pub care_unit: i64,
    /// The home has a resident of 区分2以上 on the first day.
    pub home_has_kubun2_plus: bool,
    pub residents: Vec<ResidentResult>,
    pub vacancy: VacancyResult,
    pub item_totals: Vec<ItemTotal>,
    pub route_totals: Vec<RouteTotal>,
    pub total: i64,
    pub steps: Vec<Step>,
}

// ---------------------------------------------------------------- eligibility

/// The residents' situation as the two tables at the end of 第6節 read it.
#[derive(Clone, Copy, Debug)]
pub struct Situation {
    pub authority: Authority,
    pub rent_subsidy: bool,
    pub staff_subsidy: bool,
    pub on_first_day: bool,
    pub trial: bool,
    pub claim: NationalClaim,
    pub plan_missing: bool,
    pub building: Building,
    pub home_has_kubun2_plus: bool,
}

/// Whether `item` is paid for this resident, and how it is claimed; or why not.
pub fn eligibility(item: Item, s: &Situation) -> Result<Route, String> {
    let city_route = if s.authority == Authority::Yokohama && s.claim != NationalClaim::None {
        Route::MonthlyKanagawa
    } else {
        Route::QuarterlyInvoice
    };
    match item {
        Item::RentAddition | Item::WaterAddition | Item::CareAddition => {
            if s.trial {
                return Err(
                    "体験利用者は運営基本費・サービス管理費のみ請求します（第6節 3 (1)）。".into(),
                );
            }
            if !s.on_first_day {
                return Err(
                    "算定対象は月の初日時点の入居者です（月途中で入居：市単独加算の詳細 表 ×）。"
                        .into(),
                );
            }
            if s.authority == Authority::Other {
                if item == Item::CareAddition && s.staff_subsidy {
                    return Err("市外の援護の実施機関から人件費に係る助成金等を受給している入居者は対象外です（第6節 4 介護支援加算「入居者」）。".into());
                }
                if item != Item::CareAddition && s.rent_subsidy {
                    return Err("市外の援護の実施機関から家賃に係る助成金等を受給している入居者は対象外です（第6節 4「入居者」、市単独加算の詳細 表 ×）。".into());
                }
            }
            if item == Item::RentAddition && s.building == Building::Owned {
                return Err(
                    "法人所有の建物には建物借上加算はありません（補助金等一覧表 ×）。".into(),
                );
            }
            if item == Item::CareAddition && !s.home_has_kubun2_plus {
                return Err(
                    "区分2以上の入居者が入居中のホームに限ります（第6節 4 介護支援加算 対象）。"
                        .into(),
                );
            }
            Ok(city_route)
        }
        Item::BasicOperation | Item::ServiceManagement => {
            if s.authority == Authority::Other {
                return Err("横浜市が援護の実施機関である入居者に限ります（第6節 4「入居者」、市単独加算の詳細 表 ×）。".into());
            }
            if s.claim == NationalClaim::None {
                return Err(
                    "国への本体請求も加算の請求もない月は請求できません（第6節 4（注意））。"
                        .into(),
                );
            }
            if item == Item::ServiceManagement && s.plan_missing {
                return Err("基本報酬が個別支援計画未作成減算の対象となる月は対象外です（第6節 4 サービス管理費）。".into());
            }
            Ok(Route::MonthlyKanagawa)
        }
        Item::VacancyRent | Item::SatelliteVacancyRent | Item::VacancyCare => {
            Ok(Route::YearlyGrant)
        }
    }
}

// ---------------------------------------------------------------- calculation

fn cap_key(capacity: i64) -> String {
    format!("cap-{capacity}")
}

/// 月額家賃の1/2を定員で除した額（10円未満切捨て）.
fn rent_share(c: &Ctx, rent: i64, capacity: i64) -> Result<(i64, Citation), Problem> {
    let f = c.figure("yokohama_gh.rent_share.rate")?;
    let share = Decimal::from(rent) * f.value / Decimal::from(capacity.max(1));
    let v = Rounding::Floor10Yen.to_int(share).unwrap_or(0);
    Ok((v, f.citation))
}

/// The 区域 whose table applies (市街化調整区域 only for homes set up in 平成18年度 or later).
fn table_area(c: &Ctx, home: &Home) -> Result<(Area, Vec<Citation>, Option<String>), Problem> {
    if home.area != Area::Adjustment {
        return Ok((home.area, vec![], None));
    }
    let (from_fy, cit) = c.int("yokohama_gh.adjustment_area.from_fiscal_year")?;
    match home.established_fy {
        Some(fy) if i64::from(fy) < from_fy => Ok((
            Area::Urban,
            vec![cit, cite(PRODUCT_READING, "資料4 第6節 4 建物借上加算単価表 ※ 平成18年度より前に設置した市街化調整区域のホーム")],
            Some(format!(
                "設置年度が{}で平成18年度より前のため、市街化調整区域の単価は適用せず、市街化区域の単価を使います（本製品の解釈: ※は調整区域の単価を平成18年度以降設置のホームに限るもので、それ以前のホームは市街化区域の表による）。",
                fiscal_year_both(fy)
            )),
        )),
        _ => Ok((Area::Adjustment, vec![cit], None)),
    }
}

/// 運営基本費の日割り: (単価×在籍日数) ÷ 当月日数, 1円未満切捨て (第6節 4).
pub fn prorate(unit: i64, days: u32, month_days: u32) -> i64 {
    Rounding::FloorYen
        .to_int(Decimal::from(unit) * Decimal::from(days) / Decimal::from(month_days.max(1)))
        .unwrap_or(0)
}

pub fn month(req: &MonthRequest) -> Outcome<MonthOutput> {
    let mut ps = Problems::new();
    let mut r = Reader::new(&mut ps);
    let month = r.month(&req.service_month, "service_month", "サービス提供月");
    let home = read_home(&mut r, &req.home);
    let mut residents = Vec::new();
    let mut all_ok = true;
    for (i, x) in req.residents.iter().enumerate() {
        match read_resident(&mut r, x, &format!("residents[{i}]"), month) {
            Some(v) => residents.push(v),
            None => all_ok = false,
        }
    }
    let uf = read_user_figures(&mut r, &req.user_figures);
    let (Some(month), Some(home)) = (month, home) else {
        return Err(ps.into_vec());
    };
    if !all_ok || !ps.is_empty() {
        return Err(ps.into_vec());
    }
    let c = Ctx::new(month, "service_month", &uf).map_err(|p| vec![p])?;
    let rule_add = c.rule("yokohama_gh.city_additions").map_err(|p| vec![p])?;
    let rule_sub = c
        .rule("yokohama_gh.operating_subsidy")
        .map_err(|p| vec![p])?;
    compute(&c, month, &home, &residents, rule_add, rule_sub)
}

fn compute(
    c: &Ctx,
    month: YearMonth,
    home: &Home,
    residents: &[Resident],
    rule_add: Citation,
    rule_sub: Citation,
) -> Outcome<MonthOutput> {
    let mut ps = Problems::new();
    let pe = |p: Problem| vec![p];
    // 定員 within the tables (4–10人).
    let (cmin, cmin_cit) = c.int("yokohama_gh.capacity.min").map_err(pe)?;
    let (cmax, _) = c.int("yokohama_gh.capacity.max").map_err(pe)?;
    if home.capacity < cmin || home.capacity > cmax {
        return Err(vec![Problem::out_of_range(
            "home.capacity",
            format!(
                "横浜市の単価表は定員{cmin}人から{cmax}人までです（入力: {}人）。{}",
                home.capacity, cmin_cit.locator
            ),
        )]);
    }
    let mut steps = Vec::new();
    let first = month.first_day();
    let mdays = month.days();
    let last = first + chrono::Days::new(u64::from(mdays.saturating_sub(1)));

    // Who is in the home on the first day; enrolled days.
    struct Stay {
        on_first: bool,
        days: u32,
    }
    let stays: Vec<Stay> = residents
        .iter()
        .map(|x| {
            let on_first = x.move_in.map(|d| d <= first).unwrap_or(true)
                && x.move_out.map(|d| d >= first).unwrap_or(true);
            let a = x.move_in.map(|d| d.max(first)).unwrap_or(first);
            let b = x.move_out.map(|d| d.min(last)).unwrap_or(last);
            let days = if b >= a { (b - a).num_days() + 1 } else { 0 };
            Stay {
                on_first,
                days: u32::try_from(days).unwrap_or(0).min(mdays),
            }
        })
        .collect();

    // Empty rooms must fit the 定員 with the residents under contract on the first day.
    let contracted = residents
        .iter()
        .zip(&stays)
        .filter(|(x, s)| s.on_first && !x.trial)
        .count() as i64;
    if home.empty_rooms + contracted > home.capacity {
        ps.push(Problem::inconsistent(
            "home.empty_rooms",
            format!(
                "空室{}室と月の初日の入居者{}人（体験利用を除く）の合計が定員{}人を超えています。",
                home.empty_rooms, contracted, home.capacity
            ),
        ));
    }
    if home.building == Building::Owned && home.rent.unwrap_or(0) > 0 {
        ps.push(Problem::inconsistent(
            "home.monthly_rent",
            "法人所有の建物には月額家賃は入力しません（建物借上加算・建物借上補助は賃借した建物のみ）。",
        ));
    }
    for (i, (_, ym)) in home.satellites.iter().enumerate() {
        if *ym > month {
            ps.push(Problem::inconsistent(
                format!("home.satellite_vacancies[{i}].start_month"),
                format!(
                    "利用開始月{}はサービス提供月{}より後です。",
                    ym.wareki(),
                    month.wareki()
                ),
            ));
        }
    }
    if !ps.is_empty() {
        return Err(ps.into_vec());
    }

    // 区分2以上 on the first day (any resident under contract, of any authority).
    let (min_kubun, min_kubun_cit) = c.int("yokohama_gh.care_addition.min_kubun").map_err(pe)?;
    let has_k2 = residents
        .iter()
        .zip(&stays)
        .any(|(x, s)| s.on_first && !x.trial && i64::from(x.kubun) >= min_kubun);
    steps.push(
        Step::new("yokohama_gh.home_kubun2", "区分2以上の入居者が入居中のホームか（月の初日）")
            .input("月の初日の入居者（体験利用を除く）", format!("{contracted}人"))
            .value(if has_k2 { "該当（区分2以上の入居者あり）" } else { "非該当" })
            .source(min_kubun_cit)
            .source(cite(PRODUCT_READING, "資料4 第6節 4 介護支援加算 対象「区分2以上の入居者が入居中」の入居者"))
            .note("本製品の解釈: 「区分2以上の入居者が入居中」は、月の初日に利用契約のある入居者（体験利用を除き、援護の実施機関を問わない）の月の初日の区分で判定します。"),
    );

    // 建物借上加算 unit.
    let (area, area_cits, area_note) = table_area(c, home).map_err(pe)?;
    let cap_k = cap_key(home.capacity);
    let (rent_cap, rent_cap_cit) = c
        .int(&format!(
            "yokohama_gh.rent_addition.cap.{}.{cap_k}",
            area.key()
        ))
        .map_err(pe)?;
    let (rent_share_v, rent_unit) = match (home.building, home.rent) {
        (Building::Rented, Some(rent)) => {
            let (share, share_cit) = rent_share(c, rent, home.capacity).map_err(pe)?;
            let unit = share.min(rent_cap);
            let mut st = Step::new("yokohama_gh.rent_addition.unit", "建物借上加算: 1人月額（家賃の1/2÷定員と上限額の少ない方）")
                .input("月額家賃", yen(rent))
                .input("定員", format!("{}人", home.capacity))
                .input("区域（本体住居）", home.area.label())
                .input("月額家賃の1/2÷定員（10円未満切捨て）", yen(share))
                .input(&format!("上限額（{}・定員{}人）", area.label(), home.capacity), yen(rent_cap))
                .value(yen(unit))
                .source(share_cit)
                .source(rent_cap_cit.clone())
                .sources(area_cits.clone())
                .note(format!("按分額は{}", Rounding::Floor10Yen.label()))
                .note(if share <= rent_cap {
                    "家賃の按分額が上限額以下のため、按分額（「建物借上（単位数未満）」の請求コードで直接入力）。".to_string()
                } else {
                    "家賃の按分額が上限額を超えるため、上限額（定員・区域ごとの請求コード）。".to_string()
                })
                .note("サテライト型住居の区域が本体住居と異なる場合も、本体住居の区域の単価を適用します（単価表 ※）。");
            if let Some(n) = &area_note {
                st = st.note(n.clone());
            }
            steps.push(st);
            (Some(share), unit)
        }
        _ => {
            steps.push(
                Step::new("yokohama_gh.rent_addition.unit", "建物借上加算: 1人月額")
                    .input("建物", "法人所有")
                    .value(yen(0))
                    .source(cite(SEED, LOC_TABLE1))
                    .note("法人所有の建物には建物借上加算・建物借上補助はありません（補助金等一覧表）。"),
            );
            (None, 0)
        }
    };

    // 水道料金加算 unit.
    let (water_cap, water_cit) = c.int("yokohama_gh.water_addition.cap").map_err(pe)?;
    let water_unit = home
        .water_cost
        .map(|w| w.min(water_cap))
        .unwrap_or(water_cap);
    {
        let mut st = Step::new(
            "yokohama_gh.water_addition.unit",
            "水道料金加算: 1人月額（上限額、上限に達しない場合は実費）",
        )
        .input("上限額", yen(water_cap))
        .value(yen(water_unit))
        .source(water_cit)
        .source(cite(
            PRODUCT_READING,
            "資料4 第6節 4 水道料金加算「上限額に達しない場合は実費」",
        ));
        st = match home.water_cost {
            Some(w) => st.input("水道料金の実費（1人月額）", yen(w)),
            None => st.note("水道料金の実費が入力されていないため、実費が上限額以上として上限額で計算しました。"),
        };
        st = st.note("本製品の解釈: 「実費」は入居者1人あたりの月額の実費として入力を受け、上限額と比べます。実支出額が上限額に達しない場合は市に個別に相談するよう資料4は求めています。");
        steps.push(st);
    }

    // 介護支援加算 unit.
    let night_key = if home.night { "night" } else { "no-night" };
    let night_label = if home.night {
        "夜勤または宿直体制あり"
    } else {
        "夜勤または宿直体制なし"
    };
    let (care_unit, care_cit) = c
        .int(&format!("yokohama_gh.care_addition.{night_key}.{cap_k}"))
        .map_err(pe)?;
    steps.push(
        Step::new(
            "yokohama_gh.care_addition.unit",
            "介護支援加算: 1人月額（夜間支援体制・定員）",
        )
        .input("夜間支援体制", night_label)
        .input("定員", format!("{}人", home.capacity))
        .value(yen(care_unit))
        .source(care_cit),
    );

    // 運営基本費: the table column.
    let (top, top_cit) = c.int("yokohama_gh.basic.capacity_top").map_err(pe)?;
    let basic_col = if home.capacity >= top {
        format!("cap-{top}plus")
    } else {
        cap_k.clone()
    };

    // Residents.
    let mut out = Vec::new();
    for (i, (x, stay)) in residents.iter().zip(&stays).enumerate() {
        let who = if x.name.is_empty() {
            format!("入居者{}", i + 1)
        } else {
            format!("入居者{}（{}）", i + 1, x.name)
        };
        let s = Situation {
            authority: x.authority,
            rent_subsidy: x.rent_subsidy,
            staff_subsidy: x.staff_subsidy,
            on_first_day: stay.on_first,
            trial: x.trial,
            claim: x.claim,
            plan_missing: x.plan_missing,
            building: home.building,
            home_has_kubun2_plus: has_k2,
        };
        let route_note = |route: Route| -> String {
            let mut n = route.label().to_string();
            if route == Route::QuarterlyInvoice && x.authority == Authority::Yokohama {
                n.push_str("（入院等で国への本体請求・加算がないため、かながわシステムでは請求できません: 表 ※1）");
            }
            if route == Route::MonthlyKanagawa && x.claim == NationalClaim::AdditionsOnly {
                n.push_str("（本体請求0日・加算のみ: 単独加算請求コード表「イ 本体請求が0日の場合」のコード）");
            }
            n
        };
        let mut make = |item: Item, unit: i64, step_detail: Option<Step>| -> ItemAmount {
            match eligibility(item, &s) {
                Ok(route) => {
                    let reason = route_note(route);
                    if let Some(st) = step_detail {
                        steps.push(st.value(yen(unit)).note(reason.clone()));
                    }
                    ItemAmount {
                        item,
                        label: item.label(),
                        eligible: true,
                        amount: unit,
                        route: Some(route),
                        reason,
                    }
                }
                Err(why) => ItemAmount {
                    item,
                    label: item.label(),
                    eligible: false,
                    amount: 0,
                    route: None,
                    reason: why,
                },
            }
        };
        let rent_item = make(Item::RentAddition, rent_unit, None);
        let water_item = make(Item::WaterAddition, water_unit, None);
        let care_item = make(Item::CareAddition, care_unit, None);

        // 運営基本費: 単価 by the first day's 区分, 日割り for a mid-month move.
        let krow = match x.kubun {
            0 | 1 => "kubun1",
            2 => "kubun2",
            3 => "kubun3",
            _ => "kubun4",
        };
        let basic_key = format!(
            "yokohama_gh.basic.{}.{krow}.{basic_col}",
            home.support.key()
        );
        let (basic_unit, basic_cit) = c.int(&basic_key).map_err(pe)?;
        let prorated = stay.days < mdays;
        let basic_amount = if prorated {
            prorate(basic_unit, stay.days, mdays)
        } else {
            basic_unit
        };
        let mut bst = Step::new("yokohama_gh.basic_operation", format!("{who}: 運営基本費"))
            .input("援助体制", home.support.label())
            .input("障害支援区分（月の初日）", kubun_label(x.kubun))
            .input("定員", format!("{}人", home.capacity))
            .input("単価", yen(basic_unit))
            .source(basic_cit)
            .source(top_cit.clone())
            .source(cite(
                SEED,
                "資料4 第6節 4 運営基本費 算定方法（日割の計算式）",
            ));
        if prorated {
            bst = bst
                .input("在籍日数", format!("{}日", stay.days))
                .input("当月日数", format!("{mdays}日"))
                .note(format!(
                    "月の途中の入退居のため日割り: ({}×{}日)÷{}日、{}",
                    yen(basic_unit),
                    stay.days,
                    mdays,
                    Rounding::FloorYen.label()
                ))
                .note("本製品の解釈: 在籍日数は入居日と退居日を含めて数えます（資料4の例: 1月17日入居→15日）。")
                .source(cite(PRODUCT_READING, "資料4 第6節 4 運営基本費 在籍日数（退居日を含める）"));
        }
        if x.kubun >= 5 {
            bst = bst
                .note("本製品の解釈: 単価表の区分は「区分4」までのため、区分5・6は区分4の行（区分4以上）を適用します。")
                .source(cite(PRODUCT_READING, "資料4 第6節 4 ○運営基本費単価表 区分5・6"));
        }
        if let Some((d, k)) = x.kubun_change {
            bst = bst.note(format!(
                "{}に{}へ区分変更: 当該月の初日の区分（{}）で計算し、変更後の区分は翌月から適用します（第6節 3 (1) 運営基本費）。",
                date_both(d),
                kubun_label(k),
                kubun_label(x.kubun)
            ));
        }
        let basic_item = make(Item::BasicOperation, basic_amount, Some(bst));

        let (sm, sm_cit) = c.int("yokohama_gh.service_management").map_err(pe)?;
        let sm_step = Step::new(
            "yokohama_gh.service_management",
            format!("{who}: サービス管理費"),
        )
        .input("単価", yen(sm))
        .source(sm_cit)
        .note("日割り計算は行いません（第6節 4 サービス管理費）。");
        let sm_item = make(Item::ServiceManagement, sm, Some(sm_step));

        // One step for the three 月の初日 items.
        let mut st = Step::new(
            "yokohama_gh.resident_first_day_items",
            format!("{who}: 建物借上加算・水道料金加算・介護支援加算"),
        )
        .input(
            "援護の実施機関",
            match x.authority {
                Authority::Yokohama => "横浜市",
                Authority::Other => "市外の自治体",
            },
        )
        .input(
            "月の初日に入居",
            if stay.on_first { "はい" } else { "いいえ" },
        )
        .input("体験利用", if x.trial { "はい" } else { "いいえ" })
        .value(yen(rent_item.amount + water_item.amount + care_item.amount))
        .source(rule_add.clone())
        .source(cite(SEED, LOC_ADD))
        .source(cite(SEED, LOC_TABLE2))
        .source(cite(SEED, LOC_ROUTE));
        if x.claim != NationalClaim::Basic {
            st = st.source(cite(SEED, LOC_NOTE));
        }
        for it in [&rent_item, &water_item, &care_item] {
            st = st.note(format!("{}: {} — {}", it.label, yen(it.amount), it.reason));
        }
        st = st.note("日割り計算は行いません（月の初日時点の入居者）。");
        steps.push(st);
        let total = rent_item.amount
            + water_item.amount
            + care_item.amount
            + basic_item.amount
            + sm_item.amount;
        out.push(ResidentResult {
            index: i,
            name: x.name.clone(),
            on_first_day: stay.on_first,
            days_enrolled: stay.days,
            month_days: mdays,
            rent_addition: rent_item,
            water_addition: water_item,
            care_addition: care_item,
            basic_operation: basic_item,
            service_management: sm_item,
            total,
        });
    }

    // 運営費補助: empty rooms and satellite vacancies.
    let (vac_cap, vac_cap_cit) = c
        .int(&format!(
            "yokohama_gh.vacancy_rent.cap.{}.{cap_k}",
            area.key()
        ))
        .map_err(pe)?;
    let rent_per_room = match rent_share_v {
        Some(share) => share.min(vac_cap),
        None => 0,
    };
    let (vcare_unit, vcare_cit) = c
        .int(&format!("yokohama_gh.vacancy_care.{night_key}.{cap_k}"))
        .map_err(pe)?;
    let care_per_room = if has_k2 { vcare_unit } else { 0 };
    let rooms = home.empty_rooms;
    {
        let mut st = Step::new(
            "yokohama_gh.vacancy",
            "運営費補助: 空室の建物借上補助・要介護支援費（月の初日）",
        )
        .input(
            "空室（利用契約がない居室、体験利用を除く）",
            format!("{rooms}室"),
        )
        .input(
            &format!(
                "建物借上補助の補助基準額（{}・定員{}人）",
                area.label(),
                home.capacity
            ),
            yen(vac_cap),
        )
        .input("建物借上補助 1室月額", yen(rent_per_room))
        .input(
            &format!("要介護支援費（{night_label}・{}人定員）", home.capacity),
            yen(vcare_unit),
        )
        .value(yen(rooms * (rent_per_room + care_per_room)))
        .source(rule_sub.clone())
        .source(vac_cap_cit)
        .source(vcare_cit)
        .note(Route::YearlyGrant.label().to_string())
        .note("算定の基準日は月の初日、日割り計算は行いません（第6節 5 ※）。");
        if home.building == Building::Owned {
            st = st.note("法人所有の建物のため建物借上補助はありません。");
        }
        if !has_k2 {
            st = st.note("区分2以上の入居者が入居中でないため、要介護支援費はありません。");
        }
        steps.push(st);
    }
    let (sat_cap, sat_cit) = c.int("yokohama_gh.satellite_vacancy.cap").map_err(pe)?;
    let (sat_years, sat_y_cit) = c.int("yokohama_gh.satellite_vacancy.years").map_err(pe)?;
    let mut satellite = Vec::new();
    for (i, (rent, start)) in home.satellites.iter().enumerate() {
        let months_since = i64::from(month.year - start.year) * 12 + i64::from(month.month)
            - i64::from(start.month);
        let within = months_since < sat_years * 12;
        let amount = if within { (*rent).min(sat_cap) } else { 0 };
        satellite.push(amount);
        steps.push(
            Step::new("yokohama_gh.satellite_vacancy", format!("サテライト型住居に係る家賃補助（本体住居の空室{}）", i + 1))
                .input("本体住居の空室の月額家賃", yen(*rent))
                .input("補助基準額", yen(sat_cap))
                .input("サテライト型住居の利用開始月", start.both())
                .value(yen(amount))
                .source(sat_cit.clone())
                .source(sat_y_cit.clone())
                .source(cite(PRODUCT_READING, "資料4 第6節 5 サテライト型住居に係る家賃補助「利用開始した月から3年以内」"))
                .note(if within {
                    format!("利用開始月から{}か月目で、3年以内です。月額家賃と補助基準額の少ない方。", months_since + 1)
                } else {
                    format!("利用開始月から{}か月目で、3年（36か月）を過ぎています。", months_since + 1)
                })
                .note("本製品の解釈: 「利用開始した月から3年以内」は利用開始月を1か月目として36か月目までとします。")
                .note(Route::YearlyGrant.label().to_string()),
        );
    }
    let satellite_total: i64 = satellite.iter().sum();
    let vac_rent = rooms * rent_per_room;
    let vac_care = rooms * care_per_room;
    let vacancy = VacancyResult {
        empty_rooms: rooms,
        rent_per_room,
        rent: vac_rent,
        care_per_room,
        care: vac_care,
        satellite,
        satellite_total,
        total: vac_rent + vac_care + satellite_total,
    };

    // Totals.
    let mut by_item: BTreeMap<Item, i64> = BTreeMap::new();
    let mut by_route: BTreeMap<Route, i64> = BTreeMap::new();
    for rr in &out {
        for it in rr.items() {
            *by_item.entry(it.item).or_default() += it.amount;
            if let Some(route) = it.route {
                *by_route.entry(route).or_default() += it.amount;
            }
        }
    }
    by_item.insert(Item::VacancyRent, vac_rent);
    by_item.insert(Item::SatelliteVacancyRent, satellite_total);
    by_item.insert(Item::VacancyCare, vac_care);
    *by_route.entry(Route::YearlyGrant).or_default() += vacancy.total;
    let item_totals: Vec<ItemTotal> = Item::ALL
        .iter()
        .map(|i| ItemTotal {
            item: *i,
            label: i.label(),
            amount: by_item.get(i).copied().unwrap_or(0),
        })
        .collect();
    let route_totals: Vec<RouteTotal> = Route::ALL
        .iter()
        .map(|r| RouteTotal {
            route: *r,
            label: r.label(),
            amount: by_route.get(r).copied().unwrap_or(0),
        })
        .collect();
    let total: i64 = item_totals.iter().map(|t| t.amount).sum();
    let mut st = Step::new("yokohama_gh.totals", "ホームの合計（項目別・請求方法別）")
        .input("入居者", format!("{}人", out.len()))
        .value(yen(total))
        .source(cite(SEED, LOC_ROUTE));
    for t in &route_totals {
        st = st.note(format!("{}: {}", t.label, yen(t.amount)));
    }
    steps.push(st);
    Ok(MonthOutput {
        service_month: month,
        month_label: month.both(),
        rent_share: rent_share_v,
        rent_unit,
        rent_cap,
        water_unit,
        care_unit,
        home_has_kubun2_plus: has_k2,
        residents: out,
        vacancy,
        item_totals,
        route_totals,
        total,
        steps,
    })
}

// ================================================================ 設置費等補助

#[derive(Clone, Debug, Default, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct MaintenanceInput {
    /// 設置費補助金の種類: `1`–`4` (blank = none).
    pub kind: Raw,
    /// スプリンクラーあり (①②).
    pub sprinkler: Raw,
    /// 権利取得費 (①②).
    pub rights_cost: Raw,
    /// 家屋改造費 (①).
    pub remodel_cost: Raw,
    /// 施設整備費 (②③④): 補助対象経費.
    pub facility_cost: Raw,
}

#[derive(Clone, Debug, Default, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct SprinklerInput {
    /// 補助対象の延べ面積 (m²); blank = no スプリンクラー設置費補助.
    pub area_m2: Raw,
    /// ポンプユニットが必要.
    pub pump_unit: Raw,
    /// 工事費（補助対象工事）.
    pub works_cost: Raw,
    /// 工事事務費（実支出）.
    pub office_cost: Raw,
}

#[derive(Clone, Debug, Default, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct SetupRequest {
    /// 交付の年度.
    pub fiscal_year: Raw,
    /// `rented` | `owned`.
    pub building: Raw,
    /// `new` (新規設置) | `move` (移転).
    pub purpose: Raw,
    pub maintenance: MaintenanceInput,
    /// 初度調弁費: each item's 税込単価 × 数量 is entered as one price per item.
    pub furnishing_items: Vec<Raw>,
    /// 改修費: each work's cost (税込).
    pub renovation_works: Vec<Raw>,
    pub sprinkler: SprinklerInput,
    pub user_figures: BTreeMap<String, Raw>,
}

#[derive(Clone, Debug, Serialize)]
pub struct Grant {
    /// 補助対象経費 (after the exclusions).
    pub eligible_cost: i64,
    /// 補助上限額.
    pub cap: i64,
    /// The grant.
    pub grant: i64,
    /// What decided the grant: `cost`, `cap`, `share` (3/4 of the cost), `rate`, `excluded`.
    pub limited_by: &'static str,
    pub reason: String,
}

#[derive(Clone, Debug, Serialize)]
pub struct SetupOutput {
    pub fiscal_year: i32,
    pub fiscal_year_label: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub maintenance: Option<Grant>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub furnishing: Option<Grant>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub renovation: Option<Grant>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sprinkler: Option<Grant>,
    pub total: i64,
    pub steps: Vec<Step>,
}

fn min_with(cost: i64, cap: i64) -> (i64, &'static str) {
    if cost <= cap {
        (cost, "cost")
    } else {
        (cap, "cap")
    }
}

pub fn setup(req: &SetupRequest) -> Outcome<SetupOutput> {
    let mut ps = Problems::new();
    let mut r = Reader::new(&mut ps);
    let fy = r.fiscal_year(&req.fiscal_year, "fiscal_year", "交付の年度");
    let building = r.choice(
        &req.building,
        "building",
        "建物",
        "賃借 (rented), 法人所有 (owned)",
        |t| match t {
            "rented" | "賃借" => Some(Building::Rented),
            "owned" | "法人所有" => Some(Building::Owned),
            _ => None,
        },
    );
    let is_move = r.choice(
        &req.purpose,
        "purpose",
        "設置の別",
        "新規設置 (new), 移転 (move)",
        |t| match t {
            "new" | "新規設置" => Some(false),
            "move" | "移転" => Some(true),
            _ => None,
        },
    );
    let m = &req.maintenance;
    let kind = r.opt_choice(
        &m.kind,
        "maintenance.kind",
        "設置費補助金の種類",
        "1, 2, 3, 4",
        |t| match t.trim_start_matches("設置費補助金") {
            "1" | "①" => Some(1u8),
            "2" | "②" => Some(2),
            "3" | "③" => Some(3),
            "4" | "④" => Some(4),
            _ => None,
        },
    );
    let sprinkler_flag = r.flag(
        &m.sprinkler,
        "maintenance.sprinkler",
        "スプリンクラーあり",
        false,
    );
    let rights = r.opt_int(
        &m.rights_cost,
        "maintenance.rights_cost",
        "権利取得費",
        0,
        10 * MAX_YEN,
    );
    let remodel = r.opt_int(
        &m.remodel_cost,
        "maintenance.remodel_cost",
        "家屋改造費",
        0,
        10 * MAX_YEN,
    );
    let facility = r.opt_int(
        &m.facility_cost,
        "maintenance.facility_cost",
        "施設整備費（補助対象経費）",
        0,
        10 * MAX_YEN,
    );
    let mut items = Vec::new();
    for (i, x) in req.furnishing_items.iter().enumerate() {
        if let Some(v) = r.int(
            x,
            &format!("furnishing_items[{i}]"),
            "物品の税込価格",
            0,
            MAX_YEN,
        ) {
            items.push(v);
        }
    }
    let mut works = Vec::new();
    for (i, x) in req.renovation_works.iter().enumerate() {
        if let Some(v) = r.int(
            x,
            &format!("renovation_works[{i}]"),
            "工事の金額（税込）",
            0,
            10 * MAX_YEN,
        ) {
            works.push(v);
        }
    }
    let sp = &req.sprinkler;
    let area = r.opt_decimal(
        &sp.area_m2,
        "sprinkler.area_m2",
        "延べ面積（m²）",
        Decimal::ZERO,
        Decimal::from(100_000),
    );
    let pump = r.flag(
        &sp.pump_unit,
        "sprinkler.pump_unit",
        "ポンプユニット",
        false,
    );
    let sworks = r.opt_int(
        &sp.works_cost,
        "sprinkler.works_cost",
        "スプリンクラー工事費",
        0,
        10 * MAX_YEN,
    );
    let soffice = r.opt_int(
        &sp.office_cost,
        "sprinkler.office_cost",
        "工事事務費",
        0,
        MAX_YEN,
    );
    if let Some(Some(_)) = area {
        if let Some(None) = sworks {
            r.problems.push(Problem::required(
                "sprinkler.works_cost",
                "スプリンクラー工事費",
            ));
        }
    }
    let uf = read_user_figures(&mut r, &req.user_figures);
    let (
        Some(fy),
        Some(building),
        Some(is_move),
        Some(kind),
        Some(spr),
        Some(rights),
        Some(remodel),
        Some(facility),
        Some(area),
        Some(pump),
        Some(sworks),
        Some(soffice),
    ) = (
        fy,
        building,
        is_move,
        kind,
        sprinkler_flag,
        rights,
        remodel,
        facility,
        area,
        pump,
        sworks,
        soffice,
    )
    else {
        return Err(ps.into_vec());
    };
    // Consistency with the 補助金等一覧表 and the kinds.
    match kind {
        Some(1) | Some(2) if building == Building::Owned && rights.unwrap_or(0) > 0 => {
            ps.push(Problem::inconsistent(
                "maintenance.rights_cost",
                "権利取得費は賃借した建物のみ対象です（補助金等一覧表）。",
            ));
        }
        Some(2) if building == Building::Owned => {
            ps.push(Problem::inconsistent(
                "maintenance.kind",
                "設置費補助金②は既存の賃貸物件が対象です。",
            ));
        }
        Some(3) | Some(4) if building == Building::Rented => {
            ps.push(Problem::inconsistent(
                "maintenance.kind",
                "設置費補助金③④は法人所有物件が対象です。",
            ));
        }
        _ => {}
    }
    if matches!(kind, Some(2..=4)) && facility.is_none() {
        ps.push(Problem::required(
            "maintenance.facility_cost",
            "施設整備費（補助対象経費）",
        ));
    }
    if kind == Some(1) && rights.is_none() && remodel.is_none() {
        ps.push(Problem::required(
            "maintenance.remodel_cost",
            "権利取得費または家屋改造費",
        ));
    }
    if !ps.is_empty() {
        return Err(ps.into_vec());
    }
    let Some(first) = fiscal_year_first_month(fy) else {
        return Err(vec![Problem::invalid(
            "fiscal_year",
            "年度を読み取れません。",
        )]);
    };
    let c = Ctx::new(first, "fiscal_year", &uf).map_err(|p| vec![p])?;
    let rule = c.rule("yokohama_gh.setup").map_err(|p| vec![p])?;
    let pe = |p: Problem| vec![p];
    let mut steps = Vec::new();

    // 整備費 ①〜④.
    let maintenance = match kind {
        None => None,
        Some(k) => {
            let sp_key = if spr { "sprinkler" } else { "no-sprinkler" };
            let sp_label = if spr {
                "スプリンクラーあり"
            } else {
                "スプリンクラーなし"
            };
            let (share_min, share_cit) = {
                let f = c
                    .figure("yokohama_gh.setup.corporate_share.min")
                    .map_err(pe)?;
                (f.value, f.citation)
            };
            let three_quarters = |cost: i64| -> i64 {
                Rounding::FloorYen
                    .to_int(Decimal::from(cost) * (Decimal::ONE - share_min))
                    .unwrap_or(0)
            };
            let share_note = "本製品の解釈: 「法人が補助対象経費の内、1/4以上を負担した場合に上限額の範囲内で補助」を、補助額は上限額と補助対象経費の3/4（1円未満切捨て）の少ない方と読みます（例: 補助対象経費12,000,000円以上→9,000,000円）。";
            let mut st = Step::new(
                &format!("yokohama_gh.setup.maintenance-{k}"),
                format!(
                    "整備費（設置費補助金{}）",
                    ["", "①", "②", "③", "④"]
                        .get(usize::from(k))
                        .copied()
                        .unwrap_or("")
                ),
            )
            .source(rule.clone());
            let g = match k {
                1 => {
                    let (cap, cit) = c
                        .int(&format!("yokohama_gh.setup.maintenance-1.cap.{sp_key}"))
                        .map_err(pe)?;
                    let cost = rights.unwrap_or(0) + remodel.unwrap_or(0);
                    let (g, by) = min_with(cost, cap);
                    st = st
                        .input("権利取得費", yen(rights.unwrap_or(0)))
                        .input("家屋改造費", yen(remodel.unwrap_or(0)))
                        .input(&format!("補助上限額（{sp_label}）"), yen(cap))
                        .source(cit)
                        .note("権利取得費と家屋改造費の合計を補助対象経費とし、上限額と比べて少ない方（本製品の解釈: ①の上限額は両費目の合計に対するもの）。")
                        .source(cite(PRODUCT_READING, "資料4 第3節 4 (1) 整備費 補助上限額は権利取得費・家屋改造費の合計"));
                    Grant {
                        eligible_cost: cost,
                        cap,
                        grant: g,
                        limited_by: by,
                        reason: String::new(),
                    }
                }
                2 => {
                    let (rcap, rcit) = c
                        .int("yokohama_gh.setup.maintenance-2.rights.cap")
                        .map_err(pe)?;
                    let (fcap, fcit) = c
                        .int(&format!(
                            "yokohama_gh.setup.maintenance-2.facility.cap.{sp_key}"
                        ))
                        .map_err(pe)?;
                    let (rg, _) = min_with(rights.unwrap_or(0), rcap);
                    let fcost = facility.unwrap_or(0);
                    let tq = three_quarters(fcost);
                    let (fg, fby) = if tq <= fcap {
                        (tq, "share")
                    } else {
                        (fcap, "cap")
                    };
                    st = st
                        .input("権利取得費", yen(rights.unwrap_or(0)))
                        .input("権利取得費の補助上限額", yen(rcap))
                        .input("施設整備費（補助対象経費）", yen(fcost))
                        .input("施設整備費の3/4", yen(tq))
                        .input(&format!("施設整備費の補助上限額（{sp_label}）"), yen(fcap))
                        .source(rcit)
                        .source(fcit)
                        .source(share_cit)
                        .source(cite(PRODUCT_READING, "資料4 第3節 4 (2)(3) ※法人負担1/4以上"))
                        .note(format!("権利取得費 {}（1/4負担の※は施設整備費のみに付いています）、施設整備費 {}", yen(rg), yen(fg)))
                        .note(share_note);
                    Grant {
                        eligible_cost: rights.unwrap_or(0) + fcost,
                        cap: rcap + fcap,
                        grant: rg + fg,
                        limited_by: fby,
                        reason: String::new(),
                    }
                }
                _ => {
                    let key = format!("yokohama_gh.setup.maintenance-{k}.cap");
                    let (cap, cit) = c.int(&key).map_err(pe)?;
                    let fcost = facility.unwrap_or(0);
                    let tq = three_quarters(fcost);
                    let (g, by) = if tq <= cap {
                        (tq, "share")
                    } else {
                        (cap, "cap")
                    };
                    st = st
                        .input("施設整備費（補助対象経費）", yen(fcost))
                        .input("補助対象経費の3/4（法人負担1/4以上）", yen(tq))
                        .input("補助上限額", yen(cap))
                        .source(cit)
                        .source(share_cit)
                        .source(cite(
                            PRODUCT_READING,
                            "資料4 第3節 4 (2)(3) ※法人負担1/4以上",
                        ))
                        .note(share_note);
                    Grant {
                        eligible_cost: fcost,
                        cap,
                        grant: g,
                        limited_by: by,
                        reason: String::new(),
                    }
                }
            };
            steps.push(st.value(yen(g.grant)).note(
                "原則、実績払い。設置費用の確定後、交付申請書兼実績報告書を提出（第3節 2）。",
            ));
            Some(g)
        }
    };

    // 初度調弁費.
    let furnishing = if req.furnishing_items.is_empty() {
        None
    } else {
        let (cap, cit) = c.int("yokohama_gh.setup.furnishing.cap").map_err(pe)?;
        let (minp, mcit) = c
            .int("yokohama_gh.setup.furnishing.min_item_price")
            .map_err(pe)?;
        let counted: i64 = items.iter().filter(|p| **p >= minp).sum();
        let excluded = items.iter().filter(|p| **p < minp).count();
        let g = if is_move {
            Grant {
                eligible_cost: 0,
                cap,
                grant: 0,
                limited_by: "excluded",
                reason: "移転の場合は初度調弁費の対象外です（第3節 5、補助金等一覧表）。".into(),
            }
        } else {
            let (g, by) = min_with(counted, cap);
            Grant {
                eligible_cost: counted,
                cap,
                grant: g,
                limited_by: by,
                reason: String::new(),
            }
        };
        let mut st = Step::new("yokohama_gh.setup.furnishing", "初度調弁費")
            .input("物品", format!("{}品目", items.len()))
            .input(&format!("税込単価{}未満で除外", yen(minp)), format!("{excluded}品目"))
            .input("補助対象経費", yen(counted))
            .input("補助上限額", yen(cap))
            .value(yen(g.grant))
            .source(rule.clone())
            .source(cit)
            .source(mcit)
            .note("本製品の解釈: 物品ごとの税込単価を入力します。消耗品等、初度調弁に該当しないものは入力しないでください。")
            .source(cite(PRODUCT_READING, "資料4 第3節 5 初度調弁費 物品ごとの税込単価"));
        if is_move {
            st = st.note(g.reason.clone());
        }
        steps.push(st);
        Some(g)
    };

    // 改修費.
    let renovation = if works.is_empty() {
        None
    } else {
        let (cap, cit) = c.int("yokohama_gh.setup.renovation.cap").map_err(pe)?;
        let (minw, mcit) = c.int("yokohama_gh.setup.renovation.min_work").map_err(pe)?;
        let counted: i64 = works.iter().filter(|w| **w >= minw).sum();
        let excluded = works.iter().filter(|w| **w < minw).count();
        let (g, by) = min_with(counted, cap);
        steps.push(
            Step::new(
                "yokohama_gh.setup.renovation",
                "改修費補助金（バリアフリー等改修）",
            )
            .input("工事", format!("{}件", works.len()))
            .input(
                &format!("1件{}未満で除外", yen(minw)),
                format!("{excluded}件"),
            )
            .input("補助対象経費（実支出額）", yen(counted))
            .input("補助上限額", yen(cap))
            .value(yen(g))
            .source(rule.clone())
            .source(cit)
            .source(mcit)
            .note("実支出額と補助上限額のうち少ない方の額（第4節 2）。"),
        );
        Some(Grant {
            eligible_cost: counted,
            cap,
            grant: g,
            limited_by: by,
            reason: String::new(),
        })
    };

    // スプリンクラー設置費.
    let sprinkler = match (area, sworks) {
        (Some(a), Some(w)) => {
            let (per_m2, c1) = c
                .int("yokohama_gh.setup.sprinkler.cap_per_m2")
                .map_err(pe)?;
            let (pump_add, c2) = c.int("yokohama_gh.setup.sprinkler.pump_unit").map_err(pe)?;
            let rate = c.figure("yokohama_gh.setup.sprinkler.rate").map_err(pe)?;
            let orate = c
                .figure("yokohama_gh.setup.sprinkler.office_rate")
                .map_err(pe)?;
            let cap = Rounding::FloorYen
                .to_int(a * Decimal::from(per_m2))
                .unwrap_or(0)
                + if pump { pump_add } else { 0 };
            let office_limit = Rounding::FloorYen
                .to_int(Decimal::from(w) * orate.value)
                .unwrap_or(0);
            let office = soffice.unwrap_or(0).min(office_limit);
            let cost = w + office;
            let base = cost.min(cap);
            let g = Rounding::FloorYen
                .to_int(Decimal::from(base) * rate.value)
                .unwrap_or(0);
            steps.push(
                Step::new("yokohama_gh.setup.sprinkler", "スプリンクラー設置費補助金")
                    .input("延べ面積", format!("{a}m²"))
                    .input("ポンプユニット", if pump { "必要" } else { "不要" })
                    .input("補助上限", yen(cap))
                    .input("工事費", yen(w))
                    .input("工事事務費（工事費の2.6%まで）", yen(office))
                    .input("補助対象経費", yen(cost))
                    .input("実支出額と上限の少ない方", yen(base))
                    .value(yen(g))
                    .source(rule.clone())
                    .source(c1)
                    .source(c2)
                    .source(rate.citation)
                    .source(orate.citation)
                    .source(cite(PRODUCT_READING, "資料4 第5節 2 補助内容 上限と補助率3/4の順序"))
                    .note("本製品の解釈: 補助対象経費（工事費＋工事事務費）と補助上限（面積×単価＋ポンプユニット加算）の少ない方に補助率3/4を掛け、1円未満を切り捨てます。")
                    .note("資料4は補助上限を「令和6年度時点の補助上限額」として掲載しています。補助予定額は厚生労働省との協議時の工事見積書に基づき算定されます。"),
            );
            Some(Grant {
                eligible_cost: cost,
                cap,
                grant: g,
                limited_by: if cost <= cap { "rate" } else { "cap" },
                reason: String::new(),
            })
        }
        _ => None,
    };

    let total = [&maintenance, &furnishing, &renovation, &sprinkler]
        .iter()
        .filter_map(|g| g.as_ref().map(|g| g.grant))
        .sum();
    if maintenance.is_none() && furnishing.is_none() && renovation.is_none() && sprinkler.is_none()
    {
        return Err(vec![Problem::new(
            Code::Required,
            "maintenance.kind",
            "整備費・初度調弁費・改修費・スプリンクラー設置費のいずれかを入力してください。",
        )]);
    }
    steps.push(
        Step::new("yokohama_gh.setup.total", "設置費等補助金の合計")
            .value(yen(total))
            .source(rule),
    );
    Ok(SetupOutput {
        fiscal_year: fy,
        fiscal_year_label: fiscal_year_both(fy),
        maintenance,
        furnishing,
        renovation,
        sprinkler,
        total,
        steps,
    })
}
