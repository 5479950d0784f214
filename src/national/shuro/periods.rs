//! 就労定着支援を利用できる期間: from the day 6 months of employment have
//! passed (seed 004 1. 対象者) to 42 months after 就職 (seed 004 2. 標準利用
//! 期間: 「就職後42か月を超えての利用はできない」). A month wholly outside is
//! refused by name on the user's 就職日.

use super::input::User;
use crate::engine::date::date_both;
use crate::engine::problem::Problem;
use crate::engine::trace::{Step, Trace};
use crate::{key, rule};
use chrono::{Days, Months, NaiveDate};

/// The first and the last day the user may use 就労定着支援 (`None` beyond the calendar).
fn window(employed: NaiveDate, min: i64, max: i64) -> Option<(NaiveDate, NaiveDate)> {
    let from = employed.checked_add_months(Months::new(u32::try_from(min).ok()?))?;
    let to = employed.checked_add_months(Months::new(u32::try_from(max).ok()?))?;
    Some((from, to.checked_sub_days(Days::new(1))?))
}

rule!(pub TEICHAKU_PERIOD = "shuro.teichaku.period", "就労定着支援を利用できる期間（就職後6月経過から42か月まで）", source "seed 004 1. 対象者 就労定着支援; 2. 留意事項等 標準利用期間「就職後42か月を超えての利用はできない」", fn teichaku_period, keys ["rule.shuro.teichaku.period", "shuro.teichaku.after_employment.min_months", "shuro.teichaku.after_employment.max_months"]);
/// The month is within the user's period (from 就職日 + the months to pass,
/// to 就職日 + the months of use − 1 day); nothing is checked without a 就職日.
/// `None` (a problem on `employment_date`) when the month is wholly outside.
pub fn teichaku_period(t: &mut Trace, u: &User) -> Option<()> {
    let Some(employed) = u.employment_date else {
        return Some(());
    };
    let rule = t.rule("shuro.teichaku.period")?;
    let (min, mcit) = t.int(key!("shuro.teichaku.after_employment.min_months"))?;
    let (max, xcit) = t.int(key!("shuro.teichaku.after_employment.max_months"))?;
    let field = format!("{}.employment_date", u.field);
    let Some((from, to)) = window(employed, min, max) else {
        t.problems.push(Problem::out_of_range(field, "就職日が計算できる範囲を超えています。"));
        return None;
    };
    let month = t.ctx.month;
    let last = month.first_day().checked_add_days(Days::new(u64::from(month.days()) - 1))?;
    let why = if last < from {
        Some(format!("就労定着支援は就職後{min}月を経過してから利用できます（就職日 {}、利用できるのは{}から）。{}は対象外です。", date_both(employed), date_both(from), month.both()))
    } else if month.first_day() > to {
        Some(format!(
            "就労定着支援は就職後{max}か月を超えて利用できません（就職日 {}、{}まで）。{}は対象外です。",
            date_both(employed),
            date_both(to),
            month.both()
        ))
    } else {
        None
    };
    if let Some(m) = why {
        t.problems.push(Problem::out_of_range(field, m));
        return None;
    }
    t.step(
        Step::of(&TEICHAKU_PERIOD)
            .input("就職日", date_both(employed))
            .input("利用できる期間", format!("{}〜{}", date_both(from), date_both(to)))
            .value(format!("{}は期間内", month.both()))
            .source(rule)
            .source(mcit)
            .source(xcit),
    );
    Some(())
}
