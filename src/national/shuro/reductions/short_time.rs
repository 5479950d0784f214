//! 短時間利用減算 (就労継続支援B型 一律評価型 (Ⅳ)〜(Ⅵ), 令和6年度から): when
//! the users whose 算定利用時間 is under the figure's hours are at least the
//! figure's share of all users, every user's 所定単位数 × the rate (rounded
//! half up; multiplied in turn with the other 減算).

use super::super::input::Valid;
use super::super::measure::{pct, ratio};
use super::super::output::Basic;
use super::apply_rate;
use crate::engine::problem::Problem;
use crate::engine::trace::{hours, units, Citation, Step, Trace};
use crate::engine::units::LineKind;
use crate::{key, rule};
use rust_decimal::Decimal;

/// The rate that applies to every user, and where it is written.
pub type ShortTime = (Decimal, Citation);

rule!(pub SHORT_TIME = "shuro.reduction.short_time", "短時間利用減算（事業所: 算定利用時間が短い利用者の割合）", source "令和6年度報酬改定 就労継続支援B型 短時間利用減算（一律評価型のみ）", fn short_time_office, keys ["rule.shuro.b.short_time", "shuro.b.reduction.short_time.minutes", "shuro.b.reduction.short_time.ratio", "shuro.b.reduction.short_time.rate"]);
/// Whether the office's month is reduced: the share of short-time users
/// against the figure; a problem when entered for a 平均工賃月額型 office.
pub fn short_time_office(t: &mut Trace, v: &Valid, b: &Basic) -> Option<Option<ShortTime>> {
    let Some((n, d)) = v.office.short_time else {
        return Some(None);
    };
    if b.band != "participation" {
        t.problems.push(Problem::inconsistent(
            "office.short_time_users",
            "短時間利用減算は一律評価型（就労継続支援B型サービス費(Ⅳ)〜(Ⅵ)）の事業所の減算です。",
        ));
        return None;
    }
    let rule = t.rule("shuro.b.short_time")?;
    let (minutes, mcit) = t.int(key!("shuro.b.reduction.short_time.minutes"))?;
    let threshold = t.figure(key!("shuro.b.reduction.short_time.ratio"))?;
    let rate = t.figure(key!("shuro.b.reduction.short_time.rate"))?;
    let share = ratio(n, d);
    let applies = share >= threshold.value;
    let under = hours(u32::try_from(minutes).unwrap_or(u32::MAX));
    let value = if applies {
        format!("該当（所定単位数×{}）", rate.value.normalize())
    } else {
        "該当しない".to_string()
    };
    t.step(
        Step::of(&SHORT_TIME)
            .input(&format!("算定利用時間{under}未満の利用者"), format!("{}（{n}/{d}人）", pct(share)))
            .input("基準", format!("{}以上", pct(threshold.value)))
            .value(value)
            .source(rule)
            .source(mcit)
            .source(threshold.citation)
            .source(rate.citation.clone()),
    );
    Some(applies.then_some((rate.value, rate.citation)))
}

rule!(pub SHORT_TIME_USER = "shuro.reduction.short_time.user", "短時間利用減算（利用者ごと）", source "短時間利用減算（所定単位数に乗ずる）; seed 004 3. 請求等 減算における留意点（減算割合を順に乗ずる）", fn short_time_user, keys ["rule.shuro.reduction.combination"]);
/// The 減算 on one user's 所定単位数 `cur`, for each day billed. Returns the reduced units.
pub fn short_time_user(t: &mut Trace, red: Option<&ShortTime>, cur: i64, count: i64) -> i64 {
    let Some((rate, cit)) = red else {
        return cur;
    };
    let Some((next, working)) = apply_rate(t, cur, *rate, "短時間利用減算") else {
        return cur;
    };
    t.line(&SHORT_TIME_USER, "短時間利用減算", next - cur, count, LineKind::Reduction);
    t.step(
        Step::of(&SHORT_TIME_USER)
            .input("減算前の単位数", units(cur))
            .input("割合", format!("{}倍", rate.normalize()))
            .value(units(next))
            .note(working)
            .source(cit.clone()),
    );
    next
}
