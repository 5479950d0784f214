//! 夜間支援等体制加算(Ⅰ) (告示 別表 第15の4).

use super::super::input::{night_group, Office, Resident};
use crate::engine::trace::Trace;
use crate::engine::units::{per_day, LineKind};
use crate::{key_fmt, key_group, rule};
use rust_decimal::Decimal;

rule!(pub NIGHT_SUPPORT_STEP = "money.gh.night", "夜間支援等体制加算（1日あたり × 入居日数）", source "告示 別表 第15の4（1日につき）", fn night_support_addition);
rule!(pub NIGHT_SUPPORT = "group_home.addition.night", "夜間支援等体制加算(Ⅰ)", source "告示 別表 第15の4", fn night_support_addition, keys ["group_home.addition.night_scope.", "group_home.addition.night."]);
/// 夜間支援等体制加算(Ⅰ): per day, by the number of residents supported at
/// night and the resident's 区分. 0 when the office does not hold it, and for
/// 体験利用.
pub fn night_support_addition(t: &mut Trace, o: &Office, r: &Resident) -> Option<i64> {
    let Some(persons) = o.night_support_persons.filter(|_| !r.trial) else {
        return Some(0);
    };
    let scope = t.ctx.band(key_group!("group_home.addition.night_scope"), Decimal::from(persons));
    let scope = t.take(scope.map_err(|e| e.at("office.night_support_persons")))?;
    let key = key_fmt!("group_home.addition.night.i.{}.{}", scope.id, night_group(r.kubun));
    let (units, s) = per_day(t, &NIGHT_SUPPORT, &NIGHT_SUPPORT_STEP, &key, r.days, LineKind::Addition)?;
    t.step(s.source(scope.citation));
    Some(units)
}
