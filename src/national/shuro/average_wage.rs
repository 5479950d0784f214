//! 平均工賃月額 (就労継続支援B型): from the previous 年度's 工賃支払総額, 延べ利用者数
//! and 開所日数, as Q&A VOL.2 問24 (as corrected) writes it:
//!
//! > 平均工賃月額＝前年度の工賃支払総額÷（前年度の延べ利用者数÷前年度の開所日数）÷12
//!
//! with the 1日当たりの平均利用者数 rounded up at the second decimal place.

use super::input::WageInputs;
use crate::engine::problem::Problem;
use crate::engine::rounding::Rounding;
use crate::engine::trace::{thousands, yen, Citation, Step, Trace};
use crate::{key, rule};
use rust_decimal::Decimal;

rule!(pub DAILY_USERS = "shuro.b.average_wage.daily_users", "1日当たりの平均利用者数（延べ利用者数÷開所日数）", source "Q&A VOL.2 問24（VOL.1の正誤(その2)・VOL.2の正誤で訂正）", fn daily_average_users, keys ["rule.shuro.b.average_wage"]);
/// 1日当たりの平均利用者数: 延べ利用者数 ÷ 開所日数, 小数点第2位切上げ.
/// `None` (with a problem) when it comes to 0.
pub fn daily_average_users(t: &mut Trace, w: &WageInputs, rule: Citation) -> Option<Decimal> {
    let raw = Decimal::from(w.user_days).checked_div(Decimal::from(w.open_days)).unwrap_or(Decimal::ZERO);
    let mut avg = Rounding::CeilOneDecimal.apply(raw);
    // Shown with its one decimal place ("10.0").
    avg.rescale(1);
    t.step(
        Step::of(&DAILY_USERS)
            .input("前年度の延べ利用者数", format!("{}人", thousands(w.user_days)))
            .input("前年度の開所日数", format!("{}日", w.open_days))
            .value(format!("{avg}人"))
            .source(rule)
            .note(format!(
                "{}÷{}＝{}… → {}で{}人",
                w.user_days,
                w.open_days,
                raw.round_dp(4).normalize(),
                Rounding::CeilOneDecimal.label(),
                avg
            )),
    );
    if avg.is_zero() {
        t.problems.push(Problem::out_of_range(
            "office.wage_user_days",
            // prose-figure: a zero average, not a figure of the data
            "1日当たりの平均利用者数が0人になるため、平均工賃月額を計算できません。",
        ));
        return None;
    }
    Some(avg)
}

rule!(pub AVERAGE_WAGE = "shuro.b.average_wage", "平均工賃月額（工賃支払総額÷1日当たりの平均利用者数÷月数）", source "Q&A VOL.2 問24（平均工賃月額の算定式）", fn average_wage, keys ["rule.shuro.b.average_wage", "shuro.b.wage.months_per_year"]);
/// 平均工賃月額: 工賃支払総額 ÷ 1日当たりの平均利用者数 ÷ 月数, rounded half
/// up to the yen. Returns (平均工賃月額, 1日当たりの平均利用者数).
pub fn average_wage(t: &mut Trace, w: &WageInputs) -> Option<(i64, Decimal)> {
    let rule = t.rule("shuro.b.average_wage");
    let months = t.int(key!("shuro.b.wage.months_per_year"));
    let (Some(rule), Some((months, mcit))) = (rule, months) else {
        return None;
    };
    let avg = daily_average_users(t, w, rule.clone())?;
    let Some(raw) = Decimal::from(w.total).checked_div(avg).and_then(|x| x.checked_div(Decimal::from(months))) else {
        t.problems.push(Problem::data_error(key!("shuro.b.wage.months_per_year"), "月数で割れません"));
        return None;
    };
    let Some(wage) = Rounding::HalfUpInteger.to_int(raw) else {
        t.problems.push(Problem::out_of_range("office.wage_total", "平均工賃月額が大きすぎて計算できません。"));
        return None;
    };
    t.step(
        Step::of(&AVERAGE_WAGE)
            .title(format!("平均工賃月額（工賃支払総額÷1日当たりの平均利用者数÷{months}）"))
            .input("前年度の工賃支払総額", yen(w.total))
            .input("1日当たりの平均利用者数", format!("{avg}人"))
            .input("月数", format!("{months}か月"))
            .value(yen(wage))
            .source(rule)
            .source(mcit)
            .note(format!(
                "{}÷{}÷{}＝{}… → {}で{}円",
                w.total,
                avg,
                months,
                raw.round_dp(4).normalize(),
                Rounding::HalfUpInteger.label(),
                thousands(wage)
            )),
    );
    Some((wage, avg))
}

rule!(pub GIVEN = "shuro.b.average_wage.given", "入力された平均工賃月額との違い", source "本製品の扱い（工賃支払総額等から計算した値を用いる）", fn given_wage_difference);
/// When both the 平均工賃月額 and the figures it is computed from are given
/// and differ, the computed value is used: a step says so.
pub fn given_wage_difference(t: &mut Trace, given: Option<i64>, wage: i64) {
    if let Some(given) = given.filter(|g| *g != wage) {
        t.step(
            Step::of(&GIVEN)
                .input("入力値", yen(given))
                .value(yen(wage))
                .note("工賃支払総額等から計算した値を用います。"),
        );
    }
}
