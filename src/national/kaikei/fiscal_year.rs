//! A 年度 (4月〜翌3月): its context — the figures of its closing month (the
//! 決算 in which a reserve is booked), its rule in force from its first month —
//! and the figures a ledger 年度 reads (資料3 4 3) ◎積立金について 表・留意事項).

use crate::engine::date::{fiscal_year_both, fiscal_year_first_month, fiscal_year_last_month};
use crate::engine::params::{Ctx, Figure, UserFigures};
use crate::engine::problem::{Code, Problem, Problems};
use crate::engine::trace::Citation;
use crate::key;

/// A context for a 年度: the figures of its closing month, and its rule in force
/// from its first month to its closing month.
// A `Problem` is the product's error everywhere (as in `params`); not boxed here either.
#[allow(clippy::result_large_err)]
pub fn year_ctx<'a>(fy: i32, field: &'a str, uf: &'a UserFigures, rule: &str) -> Result<(Ctx<'a>, Citation), Problem> {
    let (Some(first), Some(last)) = (fiscal_year_first_month(fy), fiscal_year_last_month(fy)) else {
        return Err(Problem::out_of_range(field, format!("{fy}年度は計算できる範囲外です。")));
    };
    let refuse = |p: Problem| {
        Problem::new(
            Code::NotInForce,
            field,
            format!("{}（{}〜{}）は計算できません。{}", fiscal_year_both(fy), first.wareki(), last.wareki(), p.message),
        )
    };
    let start = Ctx::new(first, field, uf).map_err(refuse)?;
    start.rule(rule).map_err(refuse)?;
    let ctx = Ctx::new(last, field, uf).map_err(refuse)?;
    let cit = ctx.rule(rule).map_err(refuse)?;
    Ok((ctx, cit))
}

/// The rules and figures a ledger 年度 reads, in force in its closing month.
pub struct YearFigures<'a> {
    pub ctx: Ctx<'a>,
    /// 積立て (rule.kaikei.reserve).
    pub reserve_rule: Citation,
    /// 取崩し (rule.kaikei.draw).
    pub draw_rule: Citation,
    pub wage_rate: Figure,
    pub wage_ceiling_rate: Figure,
    /// 過去3年間 of the 平均賃金・工賃.
    pub avg_years: (i64, Citation),
    pub eq_rate: Figure,
    pub eq_ceiling_rate: Figure,
    /// 過去3年間 of the 保障すべき一定の工賃水準.
    pub level_years: (i64, Citation),
    /// 自立支援給付費の受取の遅れ that allows an 一時繰替使用.
    pub delay_min: (i64, Citation),
}

/// Reads a 年度's figures, every problem named on the 年度's `field`.
pub fn year_figures<'a>(ctx: Ctx<'a>, reserve_rule: Citation, field: &str) -> Result<YearFigures<'a>, Vec<Problem>> {
    let mut ps = Problems::new();
    let draw_rule = ps.take(ctx.rule("kaikei.draw").map_err(|p| p.at(field)));
    let wage_rate = ps.take(ctx.figure(key!("kaikei.wage_reserve.yearly_limit_rate")));
    let wage_ceiling_rate = ps.take(ctx.figure(key!("kaikei.wage_reserve.ceiling_rate")));
    let avg_years = ps.take(ctx.int(key!("kaikei.wage_reserve.average_years")));
    let eq_rate = ps.take(ctx.figure(key!("kaikei.equipment_reserve.yearly_limit_rate")));
    let eq_ceiling_rate = ps.take(ctx.figure(key!("kaikei.equipment_reserve.ceiling_rate")));
    let level_years = ps.take(ctx.int(key!("kaikei.guaranteed_level.years")));
    let delay_min = ps.take(ctx.int(key!("kaikei.temporary_use.min_delay_months")));
    let all = || {
        Some(YearFigures {
            ctx,
            reserve_rule,
            draw_rule: draw_rule?,
            wage_rate: wage_rate?,
            wage_ceiling_rate: wage_ceiling_rate?,
            avg_years: avg_years?,
            eq_rate: eq_rate?,
            eq_ceiling_rate: eq_ceiling_rate?,
            level_years: level_years?,
            delay_min: delay_min?,
        })
    };
    all().ok_or_else(|| ps.into_vec().into_iter().map(|p| p.at(field)).collect())
}
