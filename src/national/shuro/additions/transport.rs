//! 送迎加算(Ⅰ)(Ⅱ) (A型・B型・就労移行支援): each one-way trip; a trip between
//! offices on the same site at the rate of the 所定単位数 (rounded half up).

use super::super::input::{Office, Service};
use super::super::reductions::apply_rate;
use crate::engine::trace::{units, Step, Trace};
use crate::engine::units::LineKind;
use crate::national::counts::transport_unused;
use crate::{key, key_fmt, rule};

rule!(pub TRANSPORT = "shuro.addition.transport", "送迎加算", source "サービスコード表 就労継続支援B型 送迎加算(Ⅰ)(Ⅱ)（A型・就労移行支援の単位数は各行の出典のとおり）", fn transport_addition, keys ["shuro.a.addition.transport.", "shuro.b.addition.transport.", "shuro.ikou.addition.transport."]);
rule!(pub TRANSPORT_UNUSED = "shuro.addition.transport.unused", "送迎の回数（送迎加算を算定しない事業所）", source "事業所の体制（送迎加算を算定しない）", fn transport_addition);
/// 送迎加算: the office's (Ⅰ) or (Ⅱ), for each one-way trip (片道); trips
/// entered while the office does not claim it are said to be unused.
pub fn transport_addition(t: &mut Trace, s: Service, o: &Office, one_ways: i64) {
    if o.transport == "none" {
        if one_ways > 0 {
            t.step(transport_unused(&TRANSPORT_UNUSED, one_ways));
        }
        return;
    }
    let key = key_fmt!("shuro.{}.addition.transport.{}", s.key(), o.transport);
    if o.transport_same_site {
        same_site(t, &key, one_ways);
    } else {
        t.bill(&TRANSPORT, &key, one_ways, LineKind::Addition);
    }
}

rule!(pub SAME_SITE = "shuro.addition.transport.same_site", "送迎加算（同一敷地内の送迎）", source "送迎加算: 同一敷地内の事業所等との間の送迎は所定単位数の100分の70（二次資料）", fn same_site, keys ["shuro.addition.transport.same_site_rate"]);
/// 送迎加算 for trips within the same site: each trip's units × the rate,
/// rounded half up.
pub fn same_site(t: &mut Trace, key: &str, one_ways: i64) {
    if one_ways <= 0 {
        return;
    }
    let f = t.figure(key);
    let rate = t.figure(key!("shuro.addition.transport.same_site_rate"));
    let (Some(f), Some(rate)) = (f, rate) else {
        return;
    };
    let Some(full) = t.take(f.int()) else {
        return;
    };
    let Some((per, working)) = apply_rate(t, full, rate.value, "送迎加算の単位数") else {
        return;
    };
    let item = format!("{}（同一敷地内）", f.label);
    let Some(total) = t.line(&SAME_SITE, item.clone(), per, one_ways, LineKind::Addition) else {
        return;
    };
    t.step(
        Step::of(&SAME_SITE)
            .title(item)
            .input("片道あたり", units(full))
            .input("同一敷地内の割合", format!("{}倍", rate.value.normalize()))
            .input("片道回数", format!("{one_ways}回"))
            .value(units(total))
            .note(working)
            .source(f.citation)
            .source(rate.citation),
    );
}
