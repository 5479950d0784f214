//! 積立資産の一時繰替使用 (資料3 4 3) ◎積立金について 留意事項【取崩し】3つ目):
//! only when the 自立支援給付費収入 arrives late enough, and always repaid from it.

use crate::engine::problem::Problem;
use crate::engine::trace::{yen, Step, Trace};
use crate::national::kaikei::fiscal_year::YearFigures;
use crate::national::kaikei::input::Year;
use crate::national::kaikei::ledger::Carried;
use crate::national::kaikei::output::TemporaryUse;
use crate::national::kaikei::readings::reading;
use crate::rule;

/// How much may be used: nothing unless the delay reaches the figure; at most
/// the 積立資産 left after the draws and the 未補填額 (the product's reading).
fn temporary_amount(fg: &YearFigures, y: &Year, pool: i64) -> (i64, Option<String>) {
    let (asked, min) = (y.temporary.amount, fg.delay_min.0);
    if asked == 0 {
        return (0, None);
    }
    match y.temporary.delay_months {
        Some(d) if d >= min => {
            let a = asked.min(pool);
            let n = (a < asked).then(|| {
                format!(
                    "一時繰替使用できるのは積立資産の残り（{}）までです（本製品の読み）。",
                    yen(pool)
                )
            });
            (a, n)
        }
        Some(d) => (
            0,
            Some(format!(
                "自立支援給付費の受取の遅れが{d}か月のため、一時繰替使用はできません（{min}か月以上遅れる場合に限ります）。"
            )),
        ),
        // Not reached: the reader requires the delay when an amount is used.
        None => (
            0,
            Some(format!(
                "自立支援給付費の受取の遅れが入力されていないため、一時繰替使用はできません（{min}か月以上遅れる場合に限ります）。"
            )),
        ),
    }
}

rule!(pub TEMPORARY_USE = "kaikei.temporary_use", "積立資産の一時繰替使用（自立支援給付費の受取が遅れる場合）", source "資料3 4 3) ◎積立金について 留意事項【取崩し】3つ目", fn temporary_use, keys ["rule.kaikei.draw", "kaikei.temporary_use.min_delay_months"]);
/// 積立資産の一時繰替使用 (【取崩し】3つ目): the amount used and repaid, the
/// 未補填額 carried to the next 年度; a step whenever any of them is not 0.
pub fn temporary_use(t: &mut Trace, fg: &YearFigures, y: &Year, open: &Carried, drawn: (i64, i64)) -> TemporaryUse {
    let pool = (open.wage - drawn.0 + open.equipment - drawn.1 - open.outstanding).max(0);
    let (allowed, note) = temporary_amount(fg, y, pool);
    let tu = &y.temporary;
    let owed = open.outstanding + allowed;
    if tu.repaid > owed {
        t.problems.push(Problem::inconsistent(
            format!("{}.temporary_repaid", t.field),
            format!("一時繰替使用の補填額（{}）が未補填額（{}）を超えています。", yen(tu.repaid), yen(owed)),
        ));
    }
    let used = TemporaryUse {
        opening_outstanding: open.outstanding,
        delay_months: tu.delay_months,
        requested: tu.amount,
        allowed,
        note,
        repaid: tu.repaid,
        closing_outstanding: (owed - tu.repaid).max(0),
    };
    if used.requested > 0 || used.opening_outstanding > 0 || used.repaid > 0 {
        t.step(temporary_step(fg, &used));
    }
    used
}

/// The step of an 一時繰替使用: the delay, the amounts, and a reminder while
/// anything is still owed.
fn temporary_step(fg: &YearFigures, u: &TemporaryUse) -> Step {
    let mut s = Step::of(&TEMPORARY_USE)
        .input("前期からの未補填額", yen(u.opening_outstanding))
        .input("自立支援給付費の受取の遅れ", u.delay_months.map_or_else(|| "—".to_string(), |m| format!("{m}か月")))
        .input("一時繰替使用の希望額", yen(u.requested))
        .input("補填額", yen(u.repaid))
        .value(format!("使用 {}・年度末の未補填額 {}", yen(u.allowed), yen(u.closing_outstanding)))
        .source(fg.draw_rule.clone())
        .source(fg.delay_min.1.clone())
        .source(reading("kaikei.temporary_use"));
    if let Some(n) = &u.note {
        s = s.note(n.clone());
    }
    if u.closing_outstanding > 0 {
        s = s.note(format!(
            "年度末に未補填額{}があります。自立支援給付費収入により必ず補填し、積立金の目的の達成に支障を来たさないようにしてください。",
            yen(u.closing_outstanding)
        ));
    }
    s
}
