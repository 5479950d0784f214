//! 横浜市 GH `yokohama_gh.setup`: the request as sent (lenient [`Raw`] leaves),
//! the validated request, and the consistency of its parts with the
//! 補助金等一覧表 and the kinds of 設置費補助金.

use crate::engine::input::{Raw, Reader};
use crate::engine::map::KeyMap;
use crate::engine::problem::{Problem, Problems};
use crate::local::yokohama::gh::input::{Building, MAX_YEN};
use rust_decimal::Decimal;
use serde::Serialize;

#[derive(Clone, Debug, Default, Serialize)]
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
crate::decode_fields! { MaintenanceInput { kind, sprinkler, rights_cost, remodel_cost, facility_cost } }

#[derive(Clone, Debug, Default, Serialize)]
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
crate::decode_fields! { SprinklerInput { area_m2, pump_unit, works_cost, office_cost } }

#[derive(Clone, Debug, Default, Serialize)]
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
    pub user_figures: KeyMap<Raw>,
}
crate::decode_fields! { SetupRequest { fiscal_year, building, purpose, maintenance, furnishing_items, renovation_works, sprinkler, user_figures } }

/// 整備費 as entered: the kind (1–4, none when blank) and its costs (0 when blank).
pub struct Maintenance {
    pub kind: Option<u8>,
    pub sprinkler: bool,
    pub rights: i64,
    pub remodel: i64,
    pub facility: i64,
}

/// スプリンクラー設置費 as entered.
pub struct Sprinkler {
    /// 延べ面積 (m²); `None` when blank (no スプリンクラー設置費補助).
    pub area: Option<Decimal>,
    pub pump: bool,
    pub works: Option<i64>,
    /// 工事事務費 (0 when blank).
    pub office: i64,
}

/// The request, validated.
pub struct Setup {
    pub fiscal_year: i32,
    pub building: Building,
    /// 移転 (not 新規設置).
    pub is_move: bool,
    pub maintenance: Maintenance,
    /// 初度調弁費: each item's 税込価格.
    pub items: Vec<i64>,
    /// 改修費: each work's 税込金額.
    pub works: Vec<i64>,
    pub sprinkler: Sprinkler,
}

/// The largest cost of a construction (10 × the largest yen of a month's field).
const MAX_COST: i64 = 10 * MAX_YEN;

/// Reads the request; `None` when a field it needs is bad (its problem recorded).
pub fn read_setup(r: &mut Reader, req: &SetupRequest) -> Option<Setup> {
    let fy = r.fiscal_year(&req.fiscal_year, "fiscal_year", "交付の年度");
    let building = r.choice(&req.building, "building", "建物", Building::CHOICES, Building::parse);
    let is_move = r.choice(&req.purpose, "purpose", "設置の別", "「新規設置」「移転」", |t| match t {
        "new" | "新規設置" => Some(false),
        "move" | "移転" => Some(true),
        _ => None,
    });
    let maintenance = read_maintenance(r, &req.maintenance);
    let items = read_prices(r, &req.furnishing_items, "furnishing_items", "物品の税込価格", MAX_YEN);
    let works = read_prices(r, &req.renovation_works, "renovation_works", "工事の金額（税込）", MAX_COST);
    let sprinkler = read_sprinkler(r, &req.sprinkler);
    Some(Setup {
        fiscal_year: fy?,
        building: building?,
        is_move: is_move?,
        maintenance: maintenance?,
        items,
        works,
        sprinkler: sprinkler?,
    })
}

/// 整備費: the kind and its costs.
fn read_maintenance(r: &mut Reader, m: &MaintenanceInput) -> Option<Maintenance> {
    let kind = r.opt_choice(
        &m.kind,
        "maintenance.kind",
        "設置費補助金の種類",
        "「設置費補助金①」〜「設置費補助金④」",
        |t| match crate::engine::rows::trim_prefix(t, "設置費補助金") {
            "1" | "①" => Some(1u8),
            "2" | "②" => Some(2),
            "3" | "③" => Some(3),
            "4" | "④" => Some(4),
            _ => None,
        },
    );
    let sprinkler = r.flag(&m.sprinkler, "maintenance.sprinkler", "スプリンクラーあり", false);
    let rights = r.yen_or_zero(&m.rights_cost, "maintenance.rights_cost", "権利取得費", MAX_COST);
    let remodel = r.yen_or_zero(&m.remodel_cost, "maintenance.remodel_cost", "家屋改造費", MAX_COST);
    let facility = r.yen_or_zero(&m.facility_cost, "maintenance.facility_cost", "施設整備費（補助対象経費）", MAX_COST);
    Some(Maintenance { kind: kind?, sprinkler: sprinkler?, rights: rights?, remodel: remodel?, facility: facility? })
}

/// Prices or costs, one per item: the readable ones (each bad one a problem).
fn read_prices(r: &mut Reader, raws: &[Raw], field: &str, label: &str, max: i64) -> Vec<i64> {
    raws.iter().enumerate().filter_map(|(i, x)| r.yen(x, &format!("{field}[{i}]"), label, 0, max)).collect()
}

/// スプリンクラー設置費: 延べ面積, ポンプユニット, 工事費 (required with an area), 工事事務費.
fn read_sprinkler(r: &mut Reader, sp: &SprinklerInput) -> Option<Sprinkler> {
    let area = r.opt_number(&sp.area_m2, "sprinkler.area_m2", "延べ面積（m²）", Decimal::ZERO, Decimal::from(100_000));
    let pump = r.flag(&sp.pump_unit, "sprinkler.pump_unit", "ポンプユニット", false);
    let works = r.opt_yen(&sp.works_cost, "sprinkler.works_cost", "スプリンクラー工事費", 0, MAX_COST);
    let office = r.yen_or_zero(&sp.office_cost, "sprinkler.office_cost", "工事事務費", MAX_YEN);
    if let (Some(Some(_)), Some(None)) = (area, works) {
        r.problems.push(Problem::required("sprinkler.works_cost", "スプリンクラー工事費"));
    }
    Some(Sprinkler { area: area?, pump: pump?, works: works?, office: office? })
}

/// The 整備費 consistent with the 補助金等一覧表 and the kinds (①② rented, ③④
/// owned; 権利取得費 only for a rented building), with the costs each kind needs.
pub fn check_setup(ps: &mut Problems, s: &Setup, entered: &MaintenanceInput) {
    let m = &s.maintenance;
    match m.kind {
        Some(1) | Some(2) if s.building == Building::Owned && m.rights > 0 => {
            ps.push(Problem::inconsistent(
                "maintenance.rights_cost",
                "権利取得費は賃借した建物のみ対象です（補助金等一覧表）。",
            ));
        }
        Some(2) if s.building == Building::Owned => {
            ps.push(Problem::inconsistent("maintenance.kind", "設置費補助金②は既存の賃貸物件が対象です。"));
        }
        Some(3) | Some(4) if s.building == Building::Rented => {
            ps.push(Problem::inconsistent("maintenance.kind", "設置費補助金③④は法人所有物件が対象です。"));
        }
        _ => {}
    }
    if matches!(m.kind, Some(2..=4)) && entered.facility_cost.is_blank() {
        ps.push(Problem::required("maintenance.facility_cost", "施設整備費（補助対象経費）"));
    }
    if m.kind == Some(1) && entered.rights_cost.is_blank() && entered.remodel_cost.is_blank() {
        ps.push(Problem::required("maintenance.remodel_cost", "権利取得費または家屋改造費"));
    }
}
