//! 初期加算 (A型・B型・就労移行支援): each day of use within the first days
//! from the start of use (B型: secondary figures; A型・就労移行支援: not
//! registered), held to the limit and to the days billed.

use super::super::input::{Service, User};
use crate::engine::trace::{units, Step, Trace};
use crate::engine::units::LineKind;
use crate::{key_fmt, rule};

rule!(pub INITIAL = "shuro.addition.initial", "初期加算", source "告示 第13・第14 初期加算（利用開始から30日以内、1日につき）; B型の値は二次資料; seed 004 加算における留意点 ○初期加算", fn initial_addition, keys ["rule.shuro.initial", "shuro.a.addition.initial", "shuro.b.addition.initial", "shuro.ikou.addition.initial", "shuro.a.addition.initial.max_days", "shuro.b.addition.initial.max_days", "shuro.ikou.addition.initial.max_days"]);
/// 初期加算: the days entered, at most the limit and the days billed.
pub fn initial_addition(t: &mut Trace, s: Service, u: &User, count: i64) {
    if u.initial_days <= 0 {
        return;
    }
    let svc = s.key();
    let rule = t.rule("shuro.initial");
    let f = t.figure(&key_fmt!("shuro.{}.addition.initial", svc));
    let max = t.int(&key_fmt!("shuro.{}.addition.initial.max_days", svc));
    let (Some(rule), Some(f), Some((max, mcit))) = (rule, f, max) else {
        return;
    };
    let Some(per) = t.take(f.int()) else {
        return;
    };
    let n = u.initial_days.min(max).min(count);
    let Some(total) = t.line(&INITIAL, f.label.clone(), per, n, LineKind::Addition) else {
        return;
    };
    t.step(note_limits(
        Step::of(&INITIAL)
            .title(f.label)
            .input("1日あたり", units(per))
            .input("入力した日数", format!("{}日", u.initial_days))
            .value(units(total))
            .source(f.citation)
            .source(mcit)
            .source(rule),
        (u.initial_days, n, max),
    ));
}

/// The note when the days entered were held to the limit.
fn note_limits(s: Step, (entered, n, max): (i64, i64, i64)) -> Step {
    let s = s.input("算定する日数", format!("{n}日"));
    if entered > n {
        s.note(format!("初期加算は利用開始から{max}日以内の利用日（この月の算定日数まで）に限ります。"))
    } else {
        s
    }
}
