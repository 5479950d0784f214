//! 共同生活援助サービス費（介護サービス包括型）(告示 別表 第15の1).

use super::input::{Office, Resident};
use crate::engine::trace::Trace;
use crate::engine::units::{per_day, LineKind};
use crate::{key_fmt, rule};

/// The table of the resident's 共同生活援助サービス費: 体験利用 (Ⅱ), an office
/// newly designated from 令和8年6月, or (Ⅰ).
fn table(o: &Office, r: &Resident) -> &'static str {
    if r.trial {
        "trial"
    } else if o.newly_designated_r8 {
        "i-new"
    } else {
        "i"
    }
}

rule!(pub BASIC_STEP = "money.gh.basic", "共同生活援助サービス費（1日あたり × 入居日数）", source "告示 別表 第15の1（1日につき）", fn basic_units);
rule!(pub BASIC = "group_home.basic", "共同生活援助サービス費（介護サービス包括型）", source "告示 別表 第15の1（介護サービス包括型、Ⅰ・体験利用のⅡ）", fn basic_units, keys ["group_home.basic."]);
/// 共同生活援助サービス費: the figure of the resident's table and 区分, per day.
pub fn basic_units(t: &mut Trace, o: &Office, r: &Resident) -> Option<i64> {
    let key = key_fmt!("group_home.basic.{}.{}", table(o, r), r.kubun.key());
    let (units, s) = per_day(t, &BASIC, &BASIC_STEP, &key, r.days, LineKind::Basic)?;
    t.step(s);
    Some(units)
}
