//! 欠席時対応加算 (告示 別表 第6 生活介護).

use super::super::month_units::MonthUser;
use super::per_up_to;
use crate::engine::trace::{units, Step, Trace};
use crate::engine::units::LineKind;
use crate::{key, rule};

rule!(pub ABSENCE_STEP = "money.sk.absence", "欠席時対応加算（1回あたり × 回数、月の上限まで）", source "告示 別表 第6（生活介護）欠席時対応加算（1回につき、月の上限回数まで）", fn absence_addition);
rule!(pub ABSENCE = "seikatsu_kaigo.addition.absence", "欠席時対応加算", source "告示 別表 第6（生活介護）欠席時対応加算", fn absence_addition, keys ["seikatsu_kaigo.addition.absence", "seikatsu_kaigo.addition.absence.max_per_month"]);
/// 欠席時対応加算: per response entered, up to the month's limit.
pub fn absence_addition(t: &mut Trace, u: &MonthUser) -> Option<i64> {
    let entered = u.absence_responses;
    if entered <= 0 {
        return Some(0);
    }
    let key = key!("seikatsu_kaigo.addition.absence");
    let max_key = key!("seikatsu_kaigo.addition.absence.max_per_month");
    let (f, per, (max, max_cit)) = per_up_to(t, key, max_key)?;
    let n = entered.min(max);
    let total = t.line(&ABSENCE, f.label.clone(), per, n, LineKind::Addition)?;
    let mut s = Step::of(&ABSENCE_STEP)
        .title(f.label)
        .input("1回あたり", units(per))
        .input("回数", format!("{entered}回"))
        .input("月の上限", format!("{max}回"))
        .value(units(total))
        .source(f.citation)
        .source(max_cit);
    if entered > max {
        s = s.note(format!("月{max}回までのため{max}回で算定します。"));
    }
    t.step(s);
    Some(total)
}
