//! 生活介護: what a day and a month answer (with their steps).

use super::input::Situation;
use crate::engine::date::YearMonth;
use crate::engine::trace::Step;
use serde::Serialize;

/// The 標準的な時間 laid out as Q&A VOL.1 問29 lays it out.
#[derive(Clone, Debug, Serialize)]
pub struct StandardTime {
    pub service_minutes: u32,
    pub transport_minutes: u32,
    pub trait_minutes: u32,
    pub in_home_care_minutes: u32,
    pub total_minutes: u32,
    /// 実績記録票の「算定時間数」 (Q&A VOL.2 問22): the standard time, as written in the plan.
    pub santei_jikan: String,
    /// The 問29 layout: (label, time) rows ending with the total.
    pub layout: Vec<LayoutRow>,
}

#[derive(Clone, Debug, Serialize)]
pub struct LayoutRow {
    pub label: String,
    pub minutes: u32,
    pub text: String,
}

#[derive(Clone, Debug, Serialize)]
pub struct DayResult {
    pub date: String,
    pub date_label: String,
    pub situation: Situation,
    pub situation_label: String,
    /// `standard` or `actual`: whose time the band was read from.
    pub basis: &'static str,
    pub basis_minutes: u32,
    pub band: String,
    pub band_label: String,
    /// The band was lowered to 7時間以上8時間未満 for a 施設入所者.
    pub capped_for_resident: bool,
    pub basic_units: i64,
    pub extension_units: i64,
    pub total_units: i64,
    pub steps: Vec<Step>,
}

#[derive(Clone, Debug, Serialize)]
pub struct DayOutput {
    pub service_month: YearMonth,
    pub month_label: String,
    pub standard_time: StandardTime,
    pub capacity_tier: String,
    pub kubun: String,
    pub day: DayResult,
    pub total_units: i64,
    pub steps: Vec<Step>,
}

#[derive(Clone, Debug, Serialize)]
pub struct MonthOutput {
    pub service_month: YearMonth,
    pub month_label: String,
    pub standard_time: StandardTime,
    pub capacity_tier: String,
    pub kubun: String,
    pub days: Vec<DayResult>,
    pub day_count: usize,
    pub basic_units_total: i64,
    pub extension_units_total: i64,
    pub total_units: i64,
    pub steps: Vec<Step>,
}
