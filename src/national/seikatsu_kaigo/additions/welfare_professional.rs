//! 福祉専門職員配置等加算 (告示 別表 第6 生活介護).

use super::super::month_units::{MonthOffice, MonthUser};
use crate::engine::trace::Trace;
use crate::engine::units::{per_day, LineKind};
use crate::{key_fmt, rule};

rule!(pub WELFARE_PROFESSIONAL_STEP = "money.sk.welfare_professional", "福祉専門職員配置等加算（1日あたり × 利用日数）", source "告示 別表 第6（生活介護）福祉専門職員配置等加算（1日につき）", fn welfare_professional_addition);
rule!(pub WELFARE_PROFESSIONAL = "seikatsu_kaigo.addition.welfare_professional", "福祉専門職員配置等加算", source "告示 別表 第6（生活介護）福祉専門職員配置等加算", fn welfare_professional_addition, keys ["seikatsu_kaigo.addition.welfare_professional."]);
/// 福祉専門職員配置等加算: per day of use, by the level the office declared.
/// 0 when the office does not hold it.
pub fn welfare_professional_addition(t: &mut Trace, o: &MonthOffice, u: &MonthUser) -> Option<i64> {
    let Some(level) = o.welfare_professional else {
        return Some(0);
    };
    let key = key_fmt!("seikatsu_kaigo.addition.welfare_professional.{}", level);
    let (units, s) = per_day(t, &WELFARE_PROFESSIONAL, &WELFARE_PROFESSIONAL_STEP, &key, u.days, LineKind::Addition)?;
    t.step(s);
    Some(units)
}
