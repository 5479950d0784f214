//! 送迎加算(Ⅰ)(Ⅱ) (A型・B型・就労移行支援): each one-way trip.

use super::super::input::Service;
use crate::engine::trace::Trace;
use crate::engine::units::LineKind;
use crate::{key_fmt, rule};

rule!(pub TRANSPORT = "shuro.addition.transport", "送迎加算", source "サービスコード表 就労継続支援B型 送迎加算(Ⅰ)(Ⅱ)（A型・就労移行支援は未登録）", fn transport_addition, keys ["shuro.a.addition.transport.", "shuro.b.addition.transport.", "shuro.ikou.addition.transport."]);
/// 送迎加算: the office's (Ⅰ) or (Ⅱ), for each one-way trip (片道).
pub fn transport_addition(t: &mut Trace, s: Service, level: &str, one_ways: i64) {
    if level == "none" {
        return;
    }
    let key = key_fmt!("shuro.{}.addition.transport.{}", s.key(), level);
    t.bill(&TRANSPORT, &key, one_ways, LineKind::Addition);
}
