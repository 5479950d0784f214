//! `kaikei.price` (資料3 3 5) Tips ①②): the 生産活動's break-even price from its
//! 製造原価 and 販管費 ([`break_even`]), the surplus at a price and the
//! 賃金・工賃 it funds ([`surplus`]), and the price a target wage needs
//! ([`target_wage`]).

pub mod break_even;
pub mod surplus;
pub mod target_wage;

use super::fiscal_year::year_ctx;
use super::input::{read_budget, Budget, PriceRequest};
use super::output::PriceOutput;
use crate::engine::date::{fiscal_year_both, fiscal_year_months};
use crate::engine::input::Reader;
use crate::engine::params::{Ctx, UserFigures};
use crate::engine::problem::{Outcome, Problems};
use crate::engine::trace::{Citation, Trace};
use crate::key;
use rust_decimal::Decimal;

/// What the price steps share: the 年度's rules and figure, the budget and its costs.
pub struct Basis<'b> {
    /// 生産活動の販売価格の設定 (rule.kaikei.price).
    pub rule: Citation,
    /// 利用者賃金・工賃への配分 (rule.kaikei.wage_distribution).
    pub dist_rule: Citation,
    /// 製造原価と販管費の区分を省略できる年間売上高.
    pub simplified: (i64, Citation),
    pub budget: &'b Budget,
    /// 必要経費 (製造原価＋販管費).
    pub total: i64,
    /// 1個あたり必要経費, exact.
    pub per_item: Decimal,
    /// The months of the 年度.
    pub months: i64,
}

/// `kaikei.price`: break-even price, the surplus at a price, and the 工賃 it funds.
pub fn price(req: &PriceRequest) -> Outcome<PriceOutput> {
    let mut ps = Problems::new();
    let uf = UserFigures::new();
    let (fy, budget) = read_budget(&mut Reader::new(&mut ps), req);
    let ctx = fy.map(|fy| year_ctx(fy, "fiscal_year", &uf, "kaikei.price"));
    let (b, c, rule) = match (budget, ctx) {
        (Some(b), Some(Ok((c, rule)))) => (b, c, rule),
        (_, Some(Err(p))) => {
            ps.push(p);
            return Err(ps.into_vec());
        }
        _ => return Err(ps.into_vec()),
    };
    if !ps.is_empty() {
        return Err(ps.into_vec());
    }
    let dist_rule = c.rule("kaikei.wage_distribution").map_err(|p| p.at("fiscal_year"))?;
    let simplified = c.int(key!("kaikei.statement.simplified_max_sales")).map_err(|p| p.at("fiscal_year"))?;
    budget_steps(&c, &b, rule, dist_rule, simplified)
}

/// The price's steps in order: 必要経費, 損益分岐点, then at a price the
/// 剰余金, 賃金総額 and 1人あたり, and the price a target wage needs.
fn budget_steps(
    c: &Ctx,
    b: &Budget,
    rule: Citation,
    dist_rule: Citation,
    simplified: (i64, Citation),
) -> Outcome<PriceOutput> {
    let mut t = Trace::new(c, "");
    let total = break_even::production_cost(&mut t, b, &rule);
    let (per_item, break_even) = break_even::break_even_price(&mut t, &rule, total, b.volume)?;
    let months = fiscal_year_months(b.fiscal_year).len() as i64;
    let basis = Basis { rule, dist_rule, simplified, budget: b, total, per_item, months };
    let mut out = PriceOutput {
        fiscal_year: b.fiscal_year,
        label: fiscal_year_both(b.fiscal_year),
        volume: b.volume,
        manufacturing_cost: b.manufacturing_cost,
        sga_cost: b.sga_cost,
        total_cost: total,
        cost_per_item: per_item.normalize().to_string(),
        break_even_price: break_even,
        price: b.price,
        sales: None,
        margin_per_item: None,
        surplus: None,
        wage_fund: None,
        months,
        users: b.users,
        wage_per_user_year: None,
        wage_per_user_month: None,
        target_monthly_wage: b.target_monthly_wage,
        target_wage_fund: None,
        target_price: None,
        steps: Vec::new(),
    };
    if let Some(p) = b.price {
        surplus::at_price(&mut t, &basis, p, &mut out)?;
    }
    if let (Some(target), Some(n)) = (b.target_monthly_wage, b.users) {
        let (fund, tp) = target_wage::target_price(&mut t, &basis, target, n)?;
        out.target_wage_fund = Some(fund);
        out.target_price = Some(tp);
    }
    out.steps = t.steps;
    Ok(out)
}
