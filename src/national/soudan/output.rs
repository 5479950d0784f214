//! 計画相談支援・障害児相談支援: what the month answers, case by case (with
//! their lines, steps and the 加算 not billed).

use super::input::{CaseKind, OfficeKind, Service};
use crate::engine::date::YearMonth;
use crate::engine::trace::Step;
use crate::engine::units::UserMonth;
use serde::Serialize;

/// An entered 加算 that is not billed, and why.
pub use crate::engine::units::Excluded;

#[derive(Clone, Debug, Serialize)]
pub struct CaseOutput {
    #[serde(flatten)]
    pub month: UserMonth,
    pub kind: CaseKind,
    pub kind_label: &'static str,
    /// The support entered.
    pub service: Service,
    pub service_label: &'static str,
    /// The support billed (the 受給者証's モニタリング月 and the same-month rule applied).
    pub billed_service: Service,
    pub billed_service_label: &'static str,
    /// Place among the cases billed a 基本報酬 this month (1 = oldest contract).
    pub position: Option<usize>,
    /// The 基本報酬 band (`kyoka-2`, `i`, `ii`).
    pub band: Option<String>,
    pub basic_units: i64,
    pub addition_units: i64,
    pub excluded: Vec<Excluded>,
}

#[derive(Clone, Debug, Serialize)]
pub struct MonthOutput {
    pub service_month: YearMonth,
    pub month_label: String,
    pub office_kind: OfficeKind,
    pub office_kind_label: &'static str,
    pub staff_fte: String,
    /// 40 × 員数: cases at or beyond this place are (Ⅱ).
    pub threshold: String,
    pub basic_case_count: usize,
    pub band_ii_count: usize,
    pub cases: Vec<CaseOutput>,
    pub basic_units_total: i64,
    pub addition_units_total: i64,
    pub total_units: i64,
    pub steps: Vec<Step>,
}
