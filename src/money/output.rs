//! money: what a month and a comparison answer (with their steps).

use super::carried::Carried;
use super::home::Home;
use super::service::Service;
use super::units::ShuroBasic;
use crate::engine::date::YearMonth;
use crate::engine::trace::Step;
use crate::engine::units::UnitLine;
use serde::Serialize;

/// One user's month in yen.
#[derive(Clone, Debug, Serialize)]
pub struct UserYen {
    pub label: String,
    pub lines: Vec<UnitLine>,
    /// Units before 処遇改善加算.
    pub base_units: i64,
    pub treatment_units: i64,
    pub total_units: i64,
    /// 総費用額.
    pub total_yen: i64,
    /// 1割相当額.
    pub tenth_yen: i64,
    pub burden_category: String,
    pub burden_cap_yen: i64,
    /// 利用者負担額 (after the 上限額管理, when a managed amount was entered).
    pub burden_yen: i64,
    /// 利用者負担額 before the 上限額管理 (only when a managed amount was entered).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub burden_before_management_yen: Option<i64>,
    /// 給付費.
    pub benefit_yen: i64,
    /// グループホーム家賃助成（利用者の収入。事業所の収入ではない）.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rent_subsidy_yen: Option<i64>,
    pub steps: Vec<Step>,
}

#[derive(Clone, Debug, Default, Serialize)]
pub struct Totals {
    pub base_units: i64,
    pub treatment_units: i64,
    pub total_units: i64,
    pub total_yen: i64,
    pub burden_yen: i64,
    pub benefit_yen: i64,
    /// Residents' income, not the provider's.
    pub rent_subsidy_yen: i64,
}

#[derive(Clone, Debug, Serialize)]
pub struct OfficeMonthOutput {
    pub service_month: YearMonth,
    pub month_label: String,
    pub month_wareki: String,
    pub service: Service,
    pub service_label: String,
    pub grade_label: String,
    /// 1単位の単価 (decimal text, yen).
    pub unit_price: String,
    pub treatment_label: String,
    /// The rate (decimal text), when a level is held.
    pub treatment_rate: Option<String>,
    /// 就労系: the office's 基本報酬 band and 所定単位数.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub shuro_basic: Option<ShuroBasic>,
    /// The month came from its own calculator's page (`units_request`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub carried: Option<Carried>,
    /// A 横浜市 home: the national 報酬 and the city's amounts side by side.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub home: Option<Home>,
    pub users: Vec<UserYen>,
    pub totals: Totals,
    pub steps: Vec<Step>,
}

#[derive(Clone, Debug, Serialize)]
pub struct ScenarioResult {
    pub name: String,
    pub result: OfficeMonthOutput,
}

#[derive(Clone, Debug, Serialize)]
pub struct Difference {
    pub name: String,
    pub against: String,
    pub total_units: i64,
    pub total_yen: i64,
    pub benefit_yen: i64,
    pub burden_yen: i64,
}

#[derive(Clone, Debug, Serialize)]
pub struct CompareOutput {
    pub scenarios: Vec<ScenarioResult>,
    /// Each scenario after the first, against the first.
    pub differences: Vec<Difference>,
}
