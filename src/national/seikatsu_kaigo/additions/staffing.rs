//! 人員配置体制加算 (告示 別表 第6 生活介護).

use super::super::month_units::{MonthOffice, MonthUser};
use crate::engine::trace::Trace;
use crate::engine::units::{per_day, LineKind};
use crate::{key_fmt, key_group, rule};
use rust_decimal::Decimal;

rule!(pub STAFFING_STEP = "money.sk.staffing", "人員配置体制加算（1日あたり × 利用日数）", source "告示 別表 第6（生活介護）人員配置体制加算（1日につき）", fn staffing_addition);
rule!(pub STAFFING = "seikatsu_kaigo.addition.staffing", "人員配置体制加算", source "告示 別表 第6（生活介護）人員配置体制加算", fn staffing_addition, keys ["seikatsu_kaigo.addition.staffing_scope.", "seikatsu_kaigo.addition.staffing."]);
/// 人員配置体制加算: per day of use, by the level the office declared and the
/// 利用定員 scope of the figure. 0 when the office does not hold it.
pub fn staffing_addition(t: &mut Trace, o: &MonthOffice, u: &MonthUser) -> Option<i64> {
    let Some(level) = o.staffing else {
        return Some(0);
    };
    let scope = t.ctx.band(key_group!("seikatsu_kaigo.addition.staffing_scope"), Decimal::from(o.capacity));
    let scope = t.take(scope.map_err(|e| e.at("office.capacity")))?;
    let key = key_fmt!("seikatsu_kaigo.addition.staffing.{}.{}", level, scope.id);
    let (units, s) = per_day(t, &STAFFING, &STAFFING_STEP, &key, u.days, LineKind::Addition)?;
    t.step(s.source(scope.citation));
    Some(units)
}
