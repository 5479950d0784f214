//! 常勤看護職員等配置加算 (告示 別表 第6 生活介護).

use super::super::basic::Setting;
use super::super::month_units::{MonthOffice, MonthUser};
use crate::engine::trace::{units, Step, Trace};
use crate::engine::units::LineKind;
use crate::{key_fmt, rule};

rule!(pub NURSE_STEP = "money.sk.nurse", "常勤看護職員等配置加算（看護職員ごとの単位数 × 看護職員数 × 利用日数）", source "告示 別表 第6（生活介護）常勤看護職員等配置加算（1日につき）", fn nurse_addition);
rule!(pub NURSE = "seikatsu_kaigo.addition.nurse", "常勤看護職員等配置加算", source "告示 別表 第6（生活介護）常勤看護職員等配置加算", fn nurse_addition, keys ["seikatsu_kaigo.addition.nurse."]);
/// 常勤看護職員等配置加算: the figure of the office's 利用定員 tier per
/// 看護職員 (常勤換算、切捨て後の人数), per day of use. 0 without a nurse.
pub fn nurse_addition(t: &mut Trace, o: &MonthOffice, set: &Setting, u: &MonthUser) -> Option<i64> {
    if o.nurses <= 0 {
        return Some(0);
    }
    let f = t.figure(&key_fmt!("seikatsu_kaigo.addition.nurse.{}", set.tier.id))?;
    let per = t.take(f.int())?;
    let per_day = t.mul(per, o.nurses, &f.label)?;
    let item = format!("{}×{}人", f.label, o.nurses);
    let total = t.line(&NURSE, item, per_day, u.days, LineKind::Addition)?;
    t.step(
        Step::of(&NURSE_STEP)
            .title(f.label)
            // prose-figure: 「1人あたり」 names the count the figure is per, not a figure
            .input("1人あたり", units(per))
            .input("看護職員数", format!("{}人", o.nurses))
            .input("利用日数", format!("{}日", u.days))
            .value(units(total))
            .source(f.citation),
    );
    Some(total)
}
