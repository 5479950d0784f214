//! 欠席時対応加算 (A型・B型・就労移行支援): each response, up to the month's limit.

use super::super::input::Service;
use crate::engine::trace::Trace;
use crate::engine::units::LineKind;
use crate::{key_fmt, rule};

rule!(pub ABSENCE = "shuro.addition.absence", "欠席時対応加算", source "サービスコード表 就労継続支援B型 欠席時対応加算（A型・就労移行支援の単位数と月の上限は各行の出典のとおり）", fn absence_addition, keys ["shuro.a.addition.absence", "shuro.a.addition.absence.max_per_month", "shuro.b.addition.absence", "shuro.b.addition.absence.max_per_month", "shuro.ikou.addition.absence", "shuro.ikou.addition.absence.max_per_month"]);
/// 欠席時対応加算: the responses entered, held to the month's limit (the
/// step shows what was entered and the limit).
pub fn absence_addition(t: &mut Trace, s: Service, responses: i64) {
    if responses <= 0 {
        return;
    }
    let svc = s.key();
    let Some((max, mcit)) = t.int(&key_fmt!("shuro.{}.addition.absence.max_per_month", svc)) else {
        return;
    };
    let n = responses.min(max);
    let before = t.steps.len();
    let key = key_fmt!("shuro.{}.addition.absence", svc);
    t.bill(&ABSENCE, &key, n, LineKind::Addition);
    if let Some(step) = t.steps.get_mut(before) {
        let mut s2 = step.clone().input("入力した回数", format!("{responses}回")).source(mcit);
        if responses > max {
            s2 = s2.note(format!("月{max}回までのため{max}回で算定します。"));
        }
        *step = s2;
    }
}
