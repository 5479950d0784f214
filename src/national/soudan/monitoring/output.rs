//! モニタリング期間: what the helper answers.

use crate::engine::date::YearMonth;
use crate::engine::trace::Step;
use serde::Serialize;

#[derive(Clone, Debug, Serialize)]
pub struct ScheduleMonth {
    pub month: YearMonth,
    pub label: String,
    /// 1 = the first month counted (0 = the start month when counting from the next month).
    pub index: i64,
    /// monitoring | final (終期月: モニタリング・計画案) | none.
    pub kind: &'static str,
    pub mark: &'static str,
    /// 継続サービス利用支援 may be billed this month (a モ or モ案 month).
    pub billable: bool,
    /// What is billed (empty when nothing may be).
    pub billing: &'static str,
}

#[derive(Clone, Debug, Serialize)]
pub struct MonitoringOutput {
    pub period_months: i64,
    pub period_label: String,
    pub new_months: i64,
    /// national | municipal.
    pub reading: super::input::Reading,
    pub reading_label: &'static str,
    pub schedule: Vec<ScheduleMonth>,
    /// The months with モニタリング (incl. the 終期月), as "YYYY-MM".
    pub monitoring_months: Vec<String>,
    pub steps: Vec<Step>,
}
