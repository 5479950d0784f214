//! 横浜市 GH `yokohama_gh.month`: what a home's month answers — each resident's
//! items, the empty-room subsidies, and the totals per item and per claiming route.

use super::routes::Route;
use crate::engine::date::YearMonth;
use crate::engine::trace::Step;
use serde::Serialize;

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
    pub const RESIDENT: [Item; 5] =
        [Item::RentAddition, Item::WaterAddition, Item::CareAddition, Item::BasicOperation, Item::ServiceManagement];
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
