//! 就労支援事業会計: what a ledger and a price answer (with their steps),
//! laid out as the guideline's 別紙1・別紙3 lay them out.

use super::reserves::{Amount, Draw};
use crate::engine::trace::Step;
use serde::Serialize;

/// What limited a reserve in a year.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum LimitedBy {
    /// The amount the user asked for was allowed in full.
    Request,
    /// 各年度における積立額の限度 (10%).
    YearlyLimit,
    /// 積立上限額 (50% / 75%) less the balance.
    Ceiling,
    /// 当期末繰越活動増減差額＋その他の積立金取崩額.
    Surplus,
    /// This year's 賃金・工賃 fell below last year's: no 積立.
    WagesFell,
    /// The three past years are not all known (工賃変動積立金).
    NoHistory,
}

impl LimitedBy {
    /// What limited the reserve, in Japanese; `average_years` is the figure
    /// 過去3年間 of the 平均賃金・工賃.
    pub fn label(self, average_years: i64) -> String {
        match self {
            LimitedBy::Request => "希望額どおり".to_string(),
            LimitedBy::YearlyLimit => "各年度の積立額の限度".to_string(),
            LimitedBy::Ceiling => "積立上限額".to_string(),
            LimitedBy::Surplus => "積立可能な差額（当期末繰越活動増減差額＋取崩額）".to_string(),
            LimitedBy::WagesFell => "賃金・工賃が前年度を下回ったため積立て不可".to_string(),
            LimitedBy::NoHistory => {
                format!("過去{average_years}年間の実績がそろわないため積立て不可")
            }
        }
    }
}

/// One reserve in one year, laid out as 別紙3 (前期繰越額・当期積立額・当期取崩額・当期末残高).
#[derive(Clone, Debug, Serialize)]
pub struct ReserveYear {
    /// 前期繰越額 and the 取崩し (`draw_*`).
    #[serde(flatten)]
    pub draw: Draw,
    /// The 積立て: its limits, the amount requested and allowed, what limited it.
    #[serde(flatten)]
    pub amount: Amount,
    pub limited_by_label: String,
    /// 当期末残高.
    pub closing: i64,
    /// The closing balance is above the ceiling (carried from earlier years).
    pub over_ceiling: bool,
}

#[derive(Clone, Debug, Serialize)]
pub struct TemporaryUse {
    pub opening_outstanding: i64,
    pub delay_months: Option<i64>,
    pub requested: i64,
    pub allowed: i64,
    pub note: Option<String>,
    pub repaid: i64,
    /// 未補填額 at the end of the year.
    pub closing_outstanding: i64,
}

#[derive(Clone, Debug, Serialize)]
pub struct PastYear {
    pub fiscal_year: i32,
    pub label: String,
    /// 支払実績額 (None = no record).
    pub wages_total: Option<i64>,
    pub disaster: bool,
}

#[derive(Clone, Debug, Serialize)]
pub struct YearResult {
    pub fiscal_year: i32,
    /// `2024年度（令和6年度）`.
    pub label: String,
    /// 補填前の賃金・工賃の支払額.
    pub wages_paid: i64,
    /// 工賃変動積立金からの補填額.
    pub wage_top_up: i64,
    /// 賃金・工賃の支払総額 (補填を含む).
    pub wages_total: i64,
    pub previous_wages_total: i64,
    /// 当該年度の支払額が前年度の支払実績額を下回らない.
    pub wages_not_below_previous: bool,
    pub disaster: bool,
    /// The three 年度 before, oldest first.
    pub past_years: Vec<PastYear>,
    /// 過去3年間の平均賃金・工賃.
    pub average_wages: Option<i64>,
    /// 保障すべき一定の工賃水準 (過去3年間の最低工賃, 天災等の年度を除く).
    pub guaranteed_level: Option<i64>,
    /// 当期末繰越活動増減差額 (13).
    pub surplus: i64,
    /// その他の積立金取崩額 (15).
    pub reserves_drawn: i64,
    /// 積立可能な額: max(0, (13) + (15)).
    pub available: i64,
    pub production_income: i64,
    pub asset_cost: i64,
    pub equipment_purchase: i64,
    pub wage_reserve: ReserveYear,
    pub equipment_reserve: ReserveYear,
    /// その他の積立金積立額 (16).
    pub reserves_added: i64,
    /// (13) + (15) − (16): 次期繰越活動増減差額 (基本金取崩額を除く).
    pub carried_forward: i64,
    pub temporary: TemporaryUse,
    /// 積立金の当期末残高の合計 = 計上すべき積立資産.
    pub reserve_assets_required: i64,
    /// 積立資産 − 一時繰替使用の未補填額.
    pub reserve_assets_held: i64,
    pub steps: Vec<Step>,
}

#[derive(Clone, Debug, Serialize)]
pub struct LedgerOutput {
    pub first_fiscal_year: i32,
    pub last_fiscal_year: i32,
    pub years: Vec<YearResult>,
    /// The rules common to every year.
    pub steps: Vec<Step>,
}

#[derive(Clone, Debug, Serialize)]
pub struct PriceOutput {
    pub fiscal_year: i32,
    pub label: String,
    pub volume: i64,
    pub manufacturing_cost: i64,
    pub sga_cost: i64,
    pub total_cost: i64,
    /// 1個あたり必要経費, exact (decimal text).
    pub cost_per_item: String,
    /// 損益分岐点の販売価格 (1円未満切上げ).
    pub break_even_price: i64,
    pub price: Option<i64>,
    pub sales: Option<i64>,
    /// 販売価格 − 1個あたり必要経費 (decimal text).
    pub margin_per_item: Option<String>,
    /// 剰余金 (negative = 赤字).
    pub surplus: Option<i64>,
    /// 賃金総額に反映できる額.
    pub wage_fund: Option<i64>,
    pub months: i64,
    pub users: Option<i64>,
    pub wage_per_user_year: Option<i64>,
    pub wage_per_user_month: Option<i64>,
    pub target_monthly_wage: Option<i64>,
    pub target_wage_fund: Option<i64>,
    pub target_price: Option<i64>,
    pub steps: Vec<Step>,
}
