//! The conditions of a 積立て (資料3 4 3) ◎積立金について 留意事項【積立て】):
//! the 年度's 賃金・工賃 not below the 前年度's (3つ目), and the amount within
//! which both reserves are booked (1つ目).

use crate::engine::params::cite;
use crate::engine::trace::{yen, Step, Trace};
use crate::national::kaikei::fiscal_year::YearFigures;
use crate::national::kaikei::readings::reading;
use crate::national::kaikei::SEED;
use crate::rule;

rule!(pub CONDITION = "kaikei.reserve.condition", "積立ての条件: 当該年度の賃金・工賃の支払額が前年度の支払実績額を下回らない", source "資料3 4 3) ◎積立金について 留意事項【積立て】3つ目", fn previous_year_condition, keys ["rule.kaikei.reserve"]);
/// 積立ての条件 (【積立て】3つ目): a reserve is booked only when the 年度's
/// 賃金・工賃 (the top-up included, the product's reading) are not below the
/// 前年度's 支払実績額.
pub fn previous_year_condition(t: &mut Trace, fg: &YearFigures, wages_total: i64, previous: i64) -> bool {
    let not_below = wages_total >= previous;
    t.step(
        Step::of(&CONDITION)
            .input("当該年度の支払額（補填を含む）", yen(wages_total))
            .input("前年度の支払実績額", yen(previous))
            .value(if not_below {
                "満たす（積み立てられます）"
            } else {
                "満たさない（積み立てられません）"
            })
            .source(fg.reserve_rule.clone())
            .source(cite(SEED, "資料3 4 3) ◎積立金について 留意事項【積立て】3つ目"))
            .source(reading("kaikei.wages_total")),
    );
    not_below
}

rule!(pub AVAILABLE = "kaikei.reserve.available", "積立可能な額（当期末繰越活動増減差額＋その他の積立金取崩額）", source "資料3 4 3) ◎積立金について 留意事項【積立て】1つ目、5 資料 別紙1 (13)(15)", fn available_for_reserves);
/// 積立可能な額 (【積立て】1つ目): 当期末繰越活動増減差額 (13) ＋ その他の
/// 積立金取崩額 (15), nothing when negative.
pub fn available_for_reserves(t: &mut Trace, surplus: i64, drawn: i64) -> i64 {
    let available = (surplus + drawn).max(0);
    let mut s = Step::of(&AVAILABLE)
        .input("当期末繰越活動増減差額（別紙1 (13)）", yen(surplus))
        .input("その他の積立金取崩額（別紙1 (15)）", yen(drawn))
        .value(yen(available))
        .source(cite(SEED, "資料3 4 3) ◎積立金について 留意事項【積立て】1つ目"))
        .source(cite(SEED, "資料3 5 資料 別紙1 就労支援事業事業活動計算書 (13)(15)(16)(17)"));
    if surplus + drawn < 0 {
        s = s.note("差額がマイナスのため、積み立てられません。");
    }
    t.step(s);
    available
}
