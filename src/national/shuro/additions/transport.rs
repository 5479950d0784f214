//! 送迎加算(Ⅰ)(Ⅱ) (A型・B型・就労移行支援): each one-way trip.

use super::super::input::Service;
use crate::engine::trace::Trace;
use crate::engine::units::LineKind;
use crate::national::counts::transport_unused;
use crate::{key_fmt, rule};

rule!(pub TRANSPORT = "shuro.addition.transport", "送迎加算", source "サービスコード表 就労継続支援B型 送迎加算(Ⅰ)(Ⅱ)（A型・就労移行支援は未登録）", fn transport_addition, keys ["shuro.a.addition.transport.", "shuro.b.addition.transport.", "shuro.ikou.addition.transport."]);
rule!(pub TRANSPORT_UNUSED = "shuro.addition.transport.unused", "送迎の回数（送迎加算を算定しない事業所）", source "事業所の体制（送迎加算を算定しない）", fn transport_addition);
/// 送迎加算: the office's (Ⅰ) or (Ⅱ), for each one-way trip (片道); trips
/// entered while the office does not claim it are said to be unused.
pub fn transport_addition(t: &mut Trace, s: Service, level: &str, one_ways: i64) {
    if level == "none" {
        if one_ways > 0 {
            t.step(transport_unused(&TRANSPORT_UNUSED, one_ways));
        }
        return;
    }
    let key = key_fmt!("shuro.{}.addition.transport.{}", s.key(), level);
    t.bill(&TRANSPORT, &key, one_ways, LineKind::Addition);
}
