//! 設備等整備積立金 (資料3 4 3) ◎積立金について): drawn when equipment for
//! the 生産活動 is bought (【取崩し】2つ目), set aside up to a share of the
//! 就労支援事業収入 and under a share of the 就労支援事業資産 (表・【積立て】).

use super::{
    amount_inputs, draw_step, over_ceiling_note, percent, reserve_amount, reserve_year, share, shares_note,
    within_held, Amount, Draw,
};
use crate::engine::trace::{yen, Step, Trace};
use crate::national::kaikei::fiscal_year::YearFigures;
use crate::national::kaikei::input::Year;
use crate::national::kaikei::output::{LimitedBy, ReserveYear};
use crate::national::kaikei::readings::reading;
use crate::rule;

/// How much of the 設備等整備積立金 may be drawn: up to the equipment bought
/// (the product's reading) and the balance; nothing without equipment.
fn equipment_draw_amount(y: &Year, opening: i64, held: i64) -> Draw {
    let (requested, purchase) = (y.requests.equipment_draw, y.requests.equipment_purchase);
    let refusal = (purchase == 0).then(|| "設備等を導入していないため、取り崩せません。".to_string());
    let bound = within_held(("設備等の導入額", purchase), held);
    Draw::held(opening, requested, bound, refusal, "（本製品の読み）")
}

rule!(pub EQUIPMENT_DRAW = "kaikei.equipment_reserve.draw", "設備等整備積立金の取崩し（生産活動に要する設備等の更新・新たな生産活動への展開）", source "資料3 4 3) ◎積立金について 留意事項【取崩し】2つ目", fn equipment_reserve_draw, keys ["rule.kaikei.draw"]);
/// 設備等整備積立金の取崩し (資料3 4 3) 留意事項【取崩し】2つ目): when
/// equipment for the 生産活動 is renewed or bought for a new 生産活動.
/// `held`: the 積立資産 actually held after the 工賃変動積立金's draw (see [`within_held`]).
pub fn equipment_reserve_draw(t: &mut Trace, fg: &YearFigures, y: &Year, (opening, held): (i64, i64)) -> Draw {
    let d = equipment_draw_amount(y, opening, held);
    let s = Step::of(&EQUIPMENT_DRAW).input("設備等の導入額", yen(y.requests.equipment_purchase));
    let s = draw_step(s, &d, &fg.draw_rule, "資料3 4 3) ◎積立金について 留意事項【取崩し】2つ目")
        .source(reading("kaikei.equipment_draw"));
    t.step(s);
    d
}

/// The amount of the 設備等整備積立金 a 年度 may set aside, with its limit and
/// ceiling: the least of the request, the yearly share, the room under the
/// ceiling and what is left — nothing when the wages fell.
fn equipment_amount(
    t: &mut Trace,
    fg: &YearFigures,
    y: &Year,
    not_below: bool,
    left: i64,
    d: &Draw,
) -> Option<(Amount, i64, i64)> {
    let (rate, ceiling_rate) = (fg.eq_rate.value, fg.eq_ceiling_rate.value);
    let limit = share(t, y.production_income, rate, "設備等整備積立金の積立額の限度")?;
    let ceiling = share(t, y.asset_cost, ceiling_rate, "設備等整備積立金の積立上限額")?;
    let after_draw = d.after();
    let room = (ceiling - after_draw).max(0);
    let request = y.requests.equipment_reserve;
    let (allowed, by) = if not_below { reserve_amount(request, limit, room, left) } else { (0, LimitedBy::WagesFell) };
    let a = Amount { limit: Some(limit), ceiling: Some(ceiling), after_draw, room: Some(room), request, allowed, by };
    Some((a, limit, ceiling))
}

rule!(pub EQUIPMENT_AMOUNT = "kaikei.equipment_reserve.amount", "設備等整備積立金の当期積立額", source "資料3 4 3) ◎積立金について 表 設備等整備積立金・留意事項【積立て】", fn equipment_reserve_amount, keys ["rule.kaikei.reserve", "kaikei.equipment_reserve.yearly_limit_rate", "kaikei.equipment_reserve.ceiling_rate"]);
/// 設備等整備積立金の当期積立額 (資料3 4 3) 表・【積立て】): at most the
/// yearly share of the 就労支援事業収入, the room under the ceiling share of the
/// 就労支援事業資産's 取得価額, and what is left after the 工賃変動積立金.
pub fn equipment_reserve_amount(
    t: &mut Trace,
    fg: &YearFigures,
    y: &Year,
    not_below: bool,
    left: i64,
    d: Draw,
) -> Option<ReserveYear> {
    let (a, limit, ceiling) = equipment_amount(t, fg, y, not_below, left, &d)?;
    let (rate, ceiling_rate) = (fg.eq_rate.value, fg.eq_ceiling_rate.value);
    let years = fg.avg_years.0;
    let s = Step::of(&EQUIPMENT_AMOUNT)
        .input("就労支援事業収入", yen(y.production_income))
        .input(&format!("各年度の積立額の限度（収入の{}）", percent(rate)), yen(limit))
        .input("就労支援事業資産の取得価額", yen(y.asset_cost))
        .input(&format!("積立上限額（取得価額の{}）", percent(ceiling_rate)), yen(ceiling));
    let s = amount_inputs(s, &a, "積立可能な額の残り（工賃変動積立金の後）", left)
        .source(fg.reserve_rule.clone())
        .source(fg.eq_rate.citation.clone())
        .source(fg.eq_ceiling_rate.citation.clone())
        .source(reading("kaikei.surplus_order"))
        .note(format!("決め手: {}", a.by.label(years)))
        .note(shares_note((y.production_income, rate, limit), (y.asset_cost, ceiling_rate, ceiling)));
    t.step(over_ceiling_note(s, &a));
    Some(reserve_year(d, a, years))
}
