//! The home (ホーム) for the month: 定員, 区域, 建物, 家賃, 水道料金, 援助体制,
//! 夜間支援, 空室, and the 本体住居の空室 reserved for サテライト型住居.

use super::MAX_YEN;
use crate::engine::date::{wareki_fiscal_year, YearMonth};
use crate::engine::input::{Raw, Reader};
use crate::engine::params::rows_for;
use crate::engine::problem::Problem;
use crate::{choices, key};
use rust_decimal::prelude::ToPrimitive;
use serde::Serialize;

/// The home (ホーム) for the month.
#[derive(Clone, Debug, Default, Serialize)]
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
crate::decode_fields! { HomeInput { capacity, area, established_fiscal_year, building, monthly_rent, water_cost_per_resident, support, night_support, empty_rooms, satellite_vacancies } }

#[derive(Clone, Debug, Default, Serialize)]
pub struct SatelliteVacancyInput {
    /// 確保している本体住居の空室の月額家賃.
    pub rent: Raw,
    /// 当該入居者がサテライト型住居の利用を開始した月 (`2024-06`).
    pub start_month: Raw,
}
crate::decode_fields! { SatelliteVacancyInput { rent, start_month } }

choices! {
    pub enum Area {
        Urban: "urban" | "市街化区域" => "市街化区域",
        Adjustment: "adjustment" | "市街化調整区域" => "市街化調整区域",
    }
}

impl Area {
    /// The key part of the 単価表 (`urban`, `adjustment`).
    pub fn key(self) -> &'static str {
        match self {
            Area::Urban => "urban",
            Area::Adjustment => "adjustment",
        }
    }
}

choices! {
    /// `rented` / `賃借`, `owned` / `法人所有`.
    pub enum Building {
        Rented: "rented" | "賃借",
        Owned: "owned" | "法人所有",
    }
}

impl Building {
    /// The choices, as the problem lists them.
    pub const CHOICES: &'static str = "「賃借」「法人所有」";
}

choices! {
    pub enum Support {
        Weekdays: "weekdays" | "平日運営" | "平日" => "平日運営",
        AllYear: "all_year" | "365日運営" | "365日" => "365日運営",
    }
}

impl Support {
    /// The key part of the 運営基本費単価表 (`weekdays`, `all-year`).
    pub fn key(self) -> &'static str {
        match self {
            Support::Weekdays => "weekdays",
            Support::AllYear => "all-year",
        }
    }
}

/// The home, validated.
pub struct Home {
    pub capacity: i64,
    pub area: Area,
    pub established_fy: Option<i32>,
    pub building: Building,
    pub rent: Option<i64>,
    /// 水道料金の実費 per resident; `None` when not entered (at least the cap).
    pub water_cost: Option<i64>,
    pub support: Support,
    pub night: bool,
    pub empty_rooms: i64,
    /// (本体住居の空室の月額家賃, サテライト型住居の利用開始月).
    pub satellites: Vec<(i64, YearMonth)>,
}

/// Reads the home; `None` when a field is bad (its problem recorded).
pub fn read_home(r: &mut Reader, h: &HomeInput, month: Option<YearMonth>) -> Option<Home> {
    let capacity = r.int(&h.capacity, "home.capacity", "定員", 1, 99);
    let (area, established_fy) = read_area(r, h, month);
    let (building, rent) = read_building(r, h);
    let water = r.opt_yen(
        &h.water_cost_per_resident,
        "home.water_cost_per_resident",
        "水道料金の実費（1人月額）", // prose-figure: 1人 is "per resident", not a figure
        0,
        MAX_YEN,
    );
    let support = r.choice(&h.support, "home.support", "援助体制", "「平日運営」「365日運営」", Support::parse);
    let night = r.flag(&h.night_support, "home.night_support", "夜勤または宿直体制", false);
    let empty = r.count(&h.empty_rooms, "home.empty_rooms", "空室の数", 99);
    let satellites = read_satellites(r, &h.satellite_vacancies);
    Some(Home {
        capacity: capacity?,
        area: area?,
        established_fy: established_fy?,
        building: building?,
        rent: rent?,
        water_cost: water?,
        support: support?,
        night: night?,
        empty_rooms: empty?,
        satellites: satellites?,
    })
}

/// 区域 and 設置年度 (the 年度 is required in 市街化調整区域).
fn read_area(r: &mut Reader, h: &HomeInput, month: Option<YearMonth>) -> (Option<Area>, Option<Option<i32>>) {
    let area = r.choice(&h.area, "home.area", "区域（本体住居）", "「市街化区域」「市街化調整区域」", Area::parse);
    let established_fy = if h.established_fiscal_year.is_blank() {
        Some(None)
    } else {
        r.fiscal_year(&h.established_fiscal_year, "home.established_fiscal_year", "ホームの設置年度").map(Some)
    };
    if area == Some(Area::Adjustment) && h.established_fiscal_year.is_blank() {
        r.problems.push(Problem::required(
            "home.established_fiscal_year",
            &format!(
                "市街化調整区域のホームの設置年度（{}以降かどうかで単価が決まります）",
                adjustment_from_label(month)
            ),
        ));
    }
    (area, established_fy)
}

/// The first 設置年度 whose homes take the 市街化調整区域 table (`平成18年度`),
/// from the figure in force for the month (the latest when the month is unknown).
fn adjustment_from_label(month: Option<YearMonth>) -> String {
    let rows = rows_for(key!("yokohama_gh.adjustment_area.from_fiscal_year"));
    let row = month.and_then(|m| rows.iter().find(|r| r.in_force(m))).or(rows.last());
    match row.and_then(|r| r.value).and_then(|v| v.to_decimal().to_i32()) {
        Some(fy) => wareki_fiscal_year(fy),
        None => "設置年度".to_string(),
    }
}

/// 建物 and 月額家賃 (the rent is required for a rented building).
fn read_building(r: &mut Reader, h: &HomeInput) -> (Option<Building>, Option<Option<i64>>) {
    let building = r.choice(&h.building, "home.building", "建物", Building::CHOICES, Building::parse);
    let rent = r.opt_yen(&h.monthly_rent, "home.monthly_rent", "月額家賃", 0, MAX_YEN);
    if building == Some(Building::Rented) && h.monthly_rent.is_blank() {
        r.problems.push(Problem::required(
            "home.monthly_rent",
            "賃借した建物の月額家賃（本体住居及びサテライト型住居を含む）",
        ));
    }
    (building, rent)
}

/// The 本体住居の空室 reserved for サテライト型住居: rent and start month of each.
fn read_satellites(r: &mut Reader, vacancies: &[SatelliteVacancyInput]) -> Option<Vec<(i64, YearMonth)>> {
    let mut satellites = Vec::new();
    let mut ok = true;
    for (i, s) in vacancies.iter().enumerate() {
        let f = format!("home.satellite_vacancies[{i}]");
        let rent = r.yen(&s.rent, &format!("{f}.rent"), "本体住居の空室の月額家賃", 0, MAX_YEN);
        let start = r.month(&s.start_month, &format!("{f}.start_month"), "サテライト型住居の利用開始月");
        match (rent, start) {
            (Some(a), Some(b)) => satellites.push((a, b)),
            _ => ok = false,
        }
    }
    ok.then_some(satellites)
}
