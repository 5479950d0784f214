//! 初期加算 (告示 別表 第6 生活介護).

use super::super::month_units::MonthUser;
use super::per_up_to;
use crate::engine::trace::{units, Step, Trace};
use crate::engine::units::LineKind;
use crate::{key, rule};

rule!(pub INITIAL_STEP = "money.sk.initial", "初期加算（1日あたり × 日数、上限日数まで）", source "告示 別表 第6（生活介護）初期加算（利用開始から一定期間、1日につき）", fn initial_addition);
rule!(pub INITIAL = "seikatsu_kaigo.addition.initial", "初期加算", source "告示 別表 第6（生活介護）初期加算", fn initial_addition, keys ["seikatsu_kaigo.addition.initial", "seikatsu_kaigo.addition.initial.max_days"]);
/// 初期加算: per day entered, held to the figure's limit and to the days of use.
pub fn initial_addition(t: &mut Trace, u: &MonthUser) -> Option<i64> {
    let entered = u.initial_days;
    if entered <= 0 {
        return Some(0);
    }
    let key = key!("seikatsu_kaigo.addition.initial");
    let max_key = key!("seikatsu_kaigo.addition.initial.max_days");
    let (f, per, (max, max_cit)) = per_up_to(t, key, max_key)?;
    let n = entered.min(max).min(u.days);
    let total = t.line(&INITIAL, f.label.clone(), per, n, LineKind::Addition)?;
    t.step(
        Step::of(&INITIAL_STEP)
            .title(f.label)
            .input("1日あたり", units(per))
            .input("日数", format!("{entered}日"))
            .value(units(total))
            .source(f.citation)
            .source(max_cit),
    );
    Some(total)
}
