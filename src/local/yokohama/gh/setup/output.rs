//! 横浜市 GH `yokohama_gh.setup`: what the 設置費等補助金 answer — a grant per kind
//! and the total.

use crate::engine::trace::Step;
use serde::Serialize;

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

impl Grant {
    /// The lesser of the cost and the cap (実支出額と補助上限額のうち少ない方).
    pub fn lesser(cost: i64, cap: i64) -> Self {
        let (grant, limited_by) = if cost <= cap { (cost, "cost") } else { (cap, "cap") };
        Grant { eligible_cost: cost, cap, grant, limited_by, reason: String::new() }
    }
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
