//! 就労移行支援体制加算 (就労継続支援B型): the units of the office's 基本報酬
//! cell (利用定員 × 人員配置 × 報酬区分) × the persons who moved to general
//! employment and stayed 6 months or more in the previous 年度, each day
//! billed. A cell whose units are not registered is refused by name with
//! the figure's key (the user may enter it from their サービスコード表).

use super::super::input::{staffing_label, Valid};
use super::super::measure::band_at;
use super::super::output::Basic;
use crate::engine::trace::{units, Step, Trace};
use crate::engine::units::LineKind;
use crate::{key_fmt, key_group, rule};

rule!(pub TRANSITION_SYSTEM = "shuro.addition.transition_system", "就労移行支援体制加算", source "seed 001 就労継続支援B型 (1)及び(2)共通の主な加算 就労移行支援体制加算（基本報酬の区分等に応じ、定着した者の数ごと）; 告示 第14（区分ごとの単位数は各行の出典のとおり）", fn transition_system_addition, keys ["rule.shuro.b.transition_system", "shuro.b.addition.transition_system.", "shuro.capacity_tier."]);
/// 就労移行支援体制加算: the cell's units × 定着者の数, for each day billed.
pub fn transition_system_addition(t: &mut Trace, v: &Valid, b: &Basic, count: i64) {
    let persons = v.office.transition_settled;
    if persons <= 0 || count <= 0 {
        return;
    }
    let (Some(cap), Some(staff)) = (v.office.capacity, v.office.staffing) else {
        return;
    };
    let rule = t.rule("shuro.b.transition_system");
    let tier = band_at(t, key_group!("shuro.capacity_tier"), cap, "office.capacity");
    let (Some(rule), Some(tier)) = (rule, tier) else {
        return;
    };
    let band = if b.band == "participation" { "band-participation" } else { b.band.as_str() };
    let Some(f) = t.figure(&key_fmt!("shuro.b.addition.transition_system.{}.{}.{}", tier.id, staff, band)) else {
        return;
    };
    let Some(unit) = t.take(f.int()) else {
        return;
    };
    let Some(per) = t.mul(unit, persons, "就労移行支援体制加算") else {
        return;
    };
    let Some(total) = t.line(&TRANSITION_SYSTEM, "就労移行支援体制加算", per, count, LineKind::Addition)
    else {
        return;
    };
    let cell = format!("{}・{}・{}", tier.label, staffing_label(staff), b.band_label);
    t.step(
        Step::of(&TRANSITION_SYSTEM)
            .input("報酬区分", cell)
            // prose-figure: "per person, per day", the unit of the figure
            .input("定着者1人・1日あたり", units(unit))
            .input("前年度の就労定着者の数", format!("{persons}人"))
            .input("日数", format!("{count}日"))
            .value(units(total))
            .source(f.citation)
            .source(rule),
    );
}
