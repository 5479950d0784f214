//! 食事提供体制加算の対象者: the 加算 is for 低所得者等, so a month that bills it
//! for a user whose 利用者負担の区分 is 一般2 is refused, not priced.

use super::input::Person;
use crate::engine::problem::Problem;
use crate::engine::units::UserMonth;
use crate::rule;

/// The rules that bill 食事提供体制加算 (生活介護, 就労系).
const MEAL_RULES: [&str; 2] = ["seikatsu_kaigo.addition.meal", "shuro.addition.meal"];

rule!(pub MEAL_LOW_INCOME = "money.meal_low_income", "食事提供体制加算の対象者（低所得者等。一般2は対象外）", source "告示 別表（各サービス）食事提供体制加算（対象は低所得者等）; 生活介護の加算一覧（二次資料: 低所得者のみ）; seed 002（低所得者の食費負担を軽減する趣旨）", fn meal_for_low_income);
/// 食事提供体制加算 is for 低所得者等: a 一般2 user's month that bills it is a
/// problem at `field` (the user's 食事提供の日数, or their 区分 when the month
/// was carried from its page), naming the user and the days.
pub(super) fn meal_for_low_income(person: &Person, um: &UserMonth, field: &str) -> Result<(), Problem> {
    let general_2 = person.burden.is_some_and(|b| b.id == "general-2");
    let meal = um.lines.iter().find(|l| MEAL_RULES.contains(&l.rule.as_str()));
    match meal {
        Some(l) if general_2 && l.count > 0 => Err(Problem::inconsistent(
            field,
            format!(
                "{}の利用者負担の区分は一般2ですが、食事提供体制加算が{}日算定されています。食事提供体制加算は低所得者等が対象で、一般2の利用者は対象になりません。食事提供の日数か利用者負担の区分を確認してください。",
                um.label, l.count
            ),
        )),
        _ => Ok(()),
    }
}
