//! 就労系: what a month (`shuro.*.month`, and money's 就労系 lines) and an
//! eligibility question (`shuro.eligibility`) answer, with their steps.

use super::input::Service;
use crate::engine::date::YearMonth;
use crate::engine::params::Band;
use crate::engine::rules::Rule;
use crate::engine::trace::{Citation, Step};
use crate::engine::units::UserMonth;
use serde::Serialize;

/// The office's 基本報酬 for the month: the band and the 所定単位数.
#[derive(Clone, Debug, Serialize)]
pub struct Basic {
    /// Rule id of the 基本報酬 (`shuro.b.basic`).
    pub rule: String,
    /// 就労継続支援B型サービス費(Ⅰ)（…）.
    pub item: String,
    /// Band id (`band-45000-plus`, `score-170-plus`, `rate-50-plus`, `participation`).
    pub band: String,
    pub band_label: String,
    /// The figure the band was read from, as shown (`45,000円`, `170点`, `5割（10/20）`).
    pub measure: String,
    /// `r6` or `r8` (B型 only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub table: Option<&'static str>,
    /// 平均工賃月額 (円), when computed or given (B型).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub average_wage: Option<i64>,
    /// 1日当たりの平均利用者数 (B型, when computed), e.g. "12.4".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub daily_average_users: Option<String>,
    /// スコアの合計点 (A型).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub score: Option<i64>,
    /// 所定単位数 (per day; per month for 就労定着支援).
    pub units: i64,
    /// `day` or `month`.
    pub per: &'static str,
    pub citation: Citation,
}

impl Basic {
    /// The 基本報酬 `item` of `rule`: `units` per day, no band yet (the
    /// caller sets the band and what it was read from).
    pub fn new(rule: &Rule, item: String, units: i64, citation: Citation) -> Self {
        Self {
            rule: rule.id.to_string(),
            item,
            band: String::new(),
            band_label: String::new(),
            measure: "—".into(),
            table: None,
            average_wage: None,
            daily_average_users: None,
            score: None,
            units,
            per: "day",
            citation,
        }
    }
    /// The same 基本報酬, read in `band`.
    pub fn in_band(self, band: Band) -> Self {
        Self { band: band.id, band_label: band.label, ..self }
    }
}

#[derive(Clone, Debug, Serialize)]
pub struct MonthUnits {
    pub basic: Basic,
    /// 福祉専門職員配置等加算 level decided from the staff ratios (`i`, `ii`, `iii`), if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub welfare_professional: Option<&'static str>,
    /// 特定事業所集中減算 applies (就労選択支援).
    pub concentration_reduction: bool,
    pub users: Vec<UserMonth>,
    pub total_units: i64,
    pub steps: Vec<Step>,
}

#[derive(Clone, Debug, Serialize)]
pub struct MonthOutput {
    pub service: Service,
    pub service_label: &'static str,
    pub service_month: YearMonth,
    pub month_label: String,
    #[serde(flatten)]
    pub units: MonthUnits,
}

#[derive(Clone, Debug, Serialize)]
pub struct EligibilityOutput {
    pub date: String,
    pub date_label: String,
    pub service: &'static str,
    pub service_label: &'static str,
    /// `direct` (may start directly), `after_assessment` (may start: assessed),
    /// `needs_sentaku` (must first use 就労選択支援), `needs_assessment` (must
    /// first be assessed by a 就労移行支援事業者等), `may_use`, `not_same_day`.
    pub verdict: &'static str,
    pub message: String,
    pub steps: Vec<Step>,
}
