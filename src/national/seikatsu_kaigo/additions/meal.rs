//! 食事提供体制加算 (告示 別表 第6 生活介護).

use super::super::month_units::MonthUser;
use crate::engine::trace::Trace;
use crate::engine::units::{per_day, LineKind};
use crate::{key, rule};

rule!(pub MEAL_STEP = "money.sk.meal", "食事提供体制加算（1日あたり × 食事提供の日数）", source "告示 別表 第6（生活介護）食事提供体制加算（1日につき）", fn meal_addition);
rule!(pub MEAL = "seikatsu_kaigo.addition.meal", "食事提供体制加算", source "告示 別表 第6（生活介護）食事提供体制加算", fn meal_addition, keys ["seikatsu_kaigo.addition.meal"]);
/// 食事提供体制加算: per day a meal was provided, as entered (対象は低所得者等).
pub fn meal_addition(t: &mut Trace, u: &MonthUser) -> Option<i64> {
    if u.meal_days <= 0 {
        return Some(0);
    }
    let key = key!("seikatsu_kaigo.addition.meal");
    let (units, s) = per_day(t, &MEAL, &MEAL_STEP, key, u.meal_days, LineKind::Addition)?;
    // A 一般2 user's days are refused where the 区分 is known (money::meal).
    t.step(s.note("対象は低所得者等です。入力した日数をそのまま算定します。"));
    Some(units)
}
