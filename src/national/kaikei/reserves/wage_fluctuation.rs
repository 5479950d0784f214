//! 工賃変動積立金 (資料3 4 3) ◎積立金について): the 過去3年間の平均賃金・工賃
//! its limits are shares of, the 保障すべき一定の工賃水準 below which it is
//! drawn to top up the wages (【取崩し】1つ目), and the amount set aside (表・【積立て】).

use super::{
    amount_inputs, draw_step, opt_yen, over_ceiling_note, percent, reserve_amount, reserve_year, share, shares_note,
    within_held, Amount, Draw,
};
use crate::engine::date::fiscal_year_both;
use crate::engine::rounding::Rounding;
use crate::engine::trace::{yen, Step, Trace};
use crate::national::kaikei::fiscal_year::YearFigures;
use crate::national::kaikei::input::Year;
use crate::national::kaikei::ledger::Record;
use crate::national::kaikei::output::{LimitedBy, PastYear, ReserveYear};
use crate::national::kaikei::readings::reading;
use crate::rule;
use rust_decimal::Decimal;

fn record(records: &[Record], fy: i32) -> Option<Record> {
    records.iter().find(|r| r.fy == fy).copied()
}

/// The `n` 年度 before `fy`, oldest first, as the records know them.
fn past_years(fy: i32, n: i64, records: &[Record]) -> Vec<PastYear> {
    (1..=n)
        .rev()
        .map(|k| {
            let year = fy - k as i32;
            let r = record(records, year);
            PastYear {
                fiscal_year: year,
                label: fiscal_year_both(year),
                wages_total: r.and_then(|r| r.wages_total),
                disaster: r.is_some_and(|r| r.disaster),
            }
        })
        .collect()
}

rule!(pub PAST_YEARS = "kaikei.past_years", "過去の賃金・工賃の支払実績額（平均賃金・工賃）", source "資料3 4 3) ◎積立金について 表 工賃変動積立金（過去3年間の平均賃金・工賃）", fn average_wages, keys ["kaikei.wage_reserve.average_years"]);
/// 過去3年間の平均賃金・工賃 (資料3 4 3) 表 工賃変動積立金): the 支払実績額 of
/// the 年度 before (the product's reading: the 年度 itself excluded), their
/// average 1円未満切捨て; none unless every year is known.
pub fn average_wages(t: &mut Trace, fg: &YearFigures, fy: i32, records: &[Record]) -> (Vec<PastYear>, Option<i64>) {
    let n = fg.avg_years.0.max(1);
    let past = past_years(fy, n, records);
    let sum = past.iter().try_fold(0i64, |acc, p| acc.checked_add(p.wages_total?));
    let average = sum.and_then(|s| Rounding::FloorYen.to_int(Decimal::from(s) / Decimal::from(n)));
    let mut s = Step::of(&PAST_YEARS).title(format!("過去{n}年間の賃金・工賃の支払実績額"));
    for p in &past {
        let disaster = if p.disaster { "（天災等の年度）" } else { "" };
        s = s.input(&p.label, format!("{}{disaster}", opt_yen(p.wages_total)));
    }
    s = s
        .value(match average {
            Some(a) => format!("平均 {}", yen(a)),
            None => "平均を求められません".to_string(),
        })
        .source(fg.avg_years.1.clone())
        .source(reading("kaikei.past_three_years"))
        .source(reading("kaikei.wages_total"));
    s = match (sum, average) {
        (Some(total), Some(a)) => s
            .note(format!(
                "（{}）÷{}＝{}（{}）",
                yen(total),
                n,
                yen(a),
                Rounding::FloorYen.label()
            ))
            .source(reading("kaikei.rounding")),
        _ => s
            .note(format!("過去{n}年間の実績がそろわないため、平均賃金・工賃を求められません。工賃変動積立金は積み立てられません（本製品の読み）。"))
            .source(reading("kaikei.three_years_needed")),
    };
    t.step(s);
    (past, average)
}

rule!(pub GUARANTEED_LEVEL = "kaikei.guaranteed_level", "保障すべき一定の工賃水準（過去の最低工賃）", source "資料3 4 3) ◎積立金について 留意事項【取崩し】1つ目", fn guaranteed_level, keys ["rule.kaikei.draw", "kaikei.guaranteed_level.years"]);
/// 保障すべき一定の工賃水準 (資料3 4 3) 留意事項【取崩し】1つ目): the least
/// 支払実績額 of the 過去3年間, the 年度 of 天災等 left out (not replaced by an
/// earlier one); none unless every year is known.
pub fn guaranteed_level(t: &mut Trace, fg: &YearFigures, fy: i32, records: &[Record]) -> Option<i64> {
    let n = fg.level_years.0.max(1);
    let window: Vec<Option<Record>> = (1..=n).rev().map(|k| record(records, fy - k as i32)).collect();
    let complete = window.iter().all(|r| r.is_some_and(|r| r.wages_total.is_some()));
    let kept = window.iter().flatten().filter(|r| !r.disaster);
    let level = kept.filter_map(|r| r.wages_total).min().filter(|_| complete);
    let excluded: Vec<String> =
        window.iter().flatten().filter(|r| r.disaster).map(|r| fiscal_year_both(r.fy)).collect();
    let mut s = Step::of(&GUARANTEED_LEVEL)
        .title(format!("保障すべき一定の工賃水準（過去{n}年間の最低工賃。天災等により大幅に減少した年度を除く）"))
        .value(level.map_or_else(|| "求められません".to_string(), yen))
        .source(fg.draw_rule.clone())
        .source(fg.level_years.1.clone())
        .source(reading("kaikei.disaster_window"));
    if !excluded.is_empty() {
        s = s.note(format!("天災等により工賃が大幅に減少した年度として{}を除きました。", excluded.join("・")));
    }
    if !complete {
        s = s
            .note(format!("過去{n}年間の実績がそろわないため、求められません（本製品の読み）。"))
            .source(reading("kaikei.three_years_needed"));
    } else if level.is_none() {
        s = s.note(format!("過去{n}年間がすべて天災等の年度のため、求められません。"));
    }
    t.step(s);
    level
}

/// How much of the 工賃変動積立金 may be drawn: up to the shortfall below the
/// 保障すべき工賃水準 and the balance; nothing without a level or a shortfall.
fn wage_draw_amount(y: &Year, level: Option<i64>, opening: i64, held: i64) -> Draw {
    // Without a 保障すべき工賃水準 there is no shortfall to top up.
    let shortfall = match level {
        Some(l) => (l - y.wages_paid).max(0),
        None => 0,
    };
    let refusal = if level.is_none() {
        Some("保障すべき工賃水準を求められないため、取り崩せません。".to_string())
    } else if shortfall == 0 {
        Some(format!(
            "賃金・工賃の支払額（{}）が保障すべき工賃水準（{}）を下回っていないため、取り崩せません。",
            yen(y.wages_paid),
            opt_yen(level)
        ))
    } else {
        None
    };
    let bound = within_held(("工賃水準までの不足額", shortfall), held);
    Draw::held(opening, y.requests.wage_draw, bound, refusal, "")
}

rule!(pub WAGE_DRAW = "kaikei.wage_reserve.draw", "工賃変動積立金の取崩し（工賃の補填）", source "資料3 4 3) ◎積立金について 留意事項【取崩し】1つ目", fn wage_reserve_draw, keys ["rule.kaikei.draw"]);
/// 工賃変動積立金の取崩し (資料3 4 3) 留意事項【取崩し】1つ目): in a 年度 whose
/// 賃金・工賃 fall below the 保障すべき一定の工賃水準, drawn to top them up.
/// `held`: the 積立資産 actually held (see [`within_held`]).
pub fn wage_reserve_draw(t: &mut Trace, fg: &YearFigures, y: &Year, level: Option<i64>, (opening, held): (i64, i64)) -> Draw {
    let d = wage_draw_amount(y, level, opening, held);
    let s = Step::of(&WAGE_DRAW)
        .input("賃金・工賃の支払額（補填前）", yen(y.wages_paid))
        .input("保障すべき工賃水準", opt_yen(level));
    let mut s = draw_step(s, &d, &fg.draw_rule, "資料3 4 3) ◎積立金について 留意事項【取崩し】1つ目");
    if d.requested == 0 && d.max > 0 {
        s = s.note(format!(
            "賃金・工賃が保障すべき工賃水準を下回っています。{}まで取り崩して補填できます。",
            yen(d.max)
        ));
    }
    if d.allowed > 0 {
        s = s.note("補填した工賃は利用者に支給します。取崩しには理事会等の議決が必要です。");
    }
    t.step(s);
    d
}

rule!(pub WAGE_AMOUNT = "kaikei.wage_reserve.amount", "工賃変動積立金の当期積立額", source "資料3 4 3) ◎積立金について 表 工賃変動積立金・留意事項【積立て】", fn wage_reserve_amount, keys ["rule.kaikei.reserve", "kaikei.wage_reserve.yearly_limit_rate", "kaikei.wage_reserve.ceiling_rate"]);
/// 工賃変動積立金の当期積立額 (資料3 4 3) 表・【積立て】): the least of the
/// request, the 平均賃金・工賃's yearly share, the room under its ceiling
/// share and what may be set aside — nothing when the wages fell or the past
/// is not known.
pub fn wage_reserve_amount(
    t: &mut Trace,
    fg: &YearFigures,
    y: &Year,
    average: Option<i64>,
    not_below: bool,
    available: i64,
    d: Draw,
) -> Option<ReserveYear> {
    let (rate, ceiling_rate) = (fg.wage_rate.value, fg.wage_ceiling_rate.value);
    let (limit, ceiling) = match average {
        Some(a) => (
            Some(share(t, a, rate, "工賃変動積立金の積立額の限度")?),
            Some(share(t, a, ceiling_rate, "工賃変動積立金の積立上限額")?),
        ),
        None => (None, None),
    };
    let after_draw = d.after();
    let room = ceiling.map(|c| (c - after_draw).max(0));
    let request = y.requests.wage_reserve;
    let (allowed, by) = match (not_below, limit, room) {
        (false, _, _) => (0, LimitedBy::WagesFell),
        (true, Some(l), Some(r)) => reserve_amount(request, l, r, available),
        _ => (0, LimitedBy::NoHistory),
    };
    let a = Amount { limit, ceiling, after_draw, room, request, allowed, by };
    t.step(wage_amount_step(fg, average, &a, available));
    Some(reserve_year(d, a, fg.avg_years.0))
}

/// The step of the 工賃変動積立金's amount `a`.
fn wage_amount_step(fg: &YearFigures, average: Option<i64>, a: &Amount, available: i64) -> Step {
    let (rate, ceiling_rate) = (fg.wage_rate.value, fg.wage_ceiling_rate.value);
    let years = fg.avg_years.0;
    let s = Step::of(&WAGE_AMOUNT)
        .input(&format!("過去{years}年間の平均賃金・工賃"), opt_yen(average))
        .input(&format!("各年度の積立額の限度（平均の{}）", percent(rate)), opt_yen(a.limit))
        .input(&format!("積立上限額（平均の{}）", percent(ceiling_rate)), opt_yen(a.ceiling));
    let mut s = amount_inputs(s, a, "積立可能な額", available)
        .source(fg.reserve_rule.clone())
        .source(fg.wage_rate.citation.clone())
        .source(fg.wage_ceiling_rate.citation.clone())
        .source(reading("kaikei.order"))
        .source(reading("kaikei.surplus_order"))
        .note(format!("決め手: {}", a.by.label(years)));
    if let (Some(av), Some(l), Some(c)) = (average, a.limit, a.ceiling) {
        s = s.note(shares_note((av, rate, l), (av, ceiling_rate, c)));
    }
    over_ceiling_note(s, a)
}
