//! The counts of a user's month that the 日中活動 services read alike: 食事提供の
//! 日数, 送迎の片道回数 and 欠席時対応の回数 (each blank = none entered).

use crate::engine::input::{Raw, Reader};
use crate::engine::rules::Rule;
use crate::engine::trace::{units, Step};

/// A user's `[meal_days, transport_one_ways, absence_responses]`, read under
/// the user's path `f`: at most `days` days and responses, 2 × `days` one-ways.
pub fn read_day_counts(
    r: &mut Reader,
    f: &dyn Fn(&str) -> String,
    [meal, transport, absence]: [&Raw; 3],
    days: i64,
) -> [Option<i64>; 3] {
    let one_ways = 2 * days;
    [
        r.count(meal, &f("meal_days"), "食事提供の日数", days),
        r.count(transport, &f("transport_one_ways"), "送迎の片道回数", one_ways),
        r.count(absence, &f("absence_responses"), "欠席時対応の回数", days),
    ]
}

/// The step that says a user's 送迎の片道回数 is not used: the office does not
/// claim 送迎加算 (an office-level choice), so nothing is billed for the trips.
pub fn transport_unused(rule: &Rule, one_ways: i64) -> Step {
    Step::of(rule)
        .input("入力した送迎の片道回数", format!("{one_ways}回"))
        .input("事業所の送迎加算", "算定しない")
        .value(units(0))
        .note(format!("送迎加算を算定しない設定のため、送迎の回数（{one_ways}回）は使われていません。"))
}
