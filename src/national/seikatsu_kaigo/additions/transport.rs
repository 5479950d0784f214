//! 送迎加算 with its 重度者 addition and the 同一敷地内 rate (告示 別表 第6 生活介護).

use super::super::month_units::{MonthUser, TransportOffice};
use crate::engine::problem::Problem;
use crate::engine::rounding::Rounding;
use crate::engine::trace::{units, Step, Trace};
use crate::engine::units::LineKind;
use crate::national::counts::transport_unused;
use crate::{key, key_fmt, rule};
use rust_decimal::Decimal;

/// The 重度者 addition to each one-way trip.
fn severe(t: &mut Trace, per: i64, s: Step) -> Option<(i64, Step)> {
    let (sv, cit) = t.int(key!("seikatsu_kaigo.addition.transport.severe"))?;
    let Some(per) = per.checked_add(sv) else {
        t.problems.push(Problem::overflow(t.field.clone(), "送迎加算の単位数"));
        return None;
    };
    Some((per, s.input("重度者加算", units(sv)).source(cit)))
}

/// 同一敷地内の送迎: the one-way units × the rate, rounded half up.
fn same_site(t: &mut Trace, per: i64, s: Step) -> Option<(i64, Step)> {
    let rate = t.figure(key!("seikatsu_kaigo.addition.transport.same_site_rate"))?;
    let exact = Decimal::from(per).checked_mul(rate.value);
    let Some((exact, rounded)) = exact.and_then(|x| Some((x, Rounding::HalfUpInteger.to_int(x)?))) else {
        t.problems.push(Problem::overflow(t.field.clone(), "送迎加算の単位数"));
        return None;
    };
    let s = s
        .input("同一敷地内", format!("{}倍", rate.value))
        .note(format!("{per}単位×{}＝{exact}（{}）", rate.value, Rounding::HalfUpInteger.label()))
        .source(rate.citation);
    Some((rounded, s))
}

rule!(pub TRANSPORT_UNUSED = "seikatsu_kaigo.addition.transport.unused", "送迎の回数（送迎加算を算定しない事業所）", source "事業所の体制（送迎加算の届出なし）", fn transport_addition);
rule!(pub TRANSPORT_STEP = "money.sk.transport", "送迎加算（片道あたり × 片道回数）", source "告示 別表 第6（生活介護）送迎加算（片道につき）", fn transport_addition);
rule!(pub TRANSPORT = "seikatsu_kaigo.addition.transport", "送迎加算", source "告示 別表 第6（生活介護）送迎加算", fn transport_addition, keys ["seikatsu_kaigo.addition.transport.i", "seikatsu_kaigo.addition.transport.ii", "seikatsu_kaigo.addition.transport.severe", "seikatsu_kaigo.addition.transport.same_site_rate"]);
/// 送迎加算: per one-way trip, by the office's level, with the 重度者
/// addition and the 同一敷地内 rate when they apply. 0 when the office does
/// not hold it or no trip was entered.
pub fn transport_addition(t: &mut Trace, o: &TransportOffice, u: &MonthUser) -> Option<i64> {
    if u.transport_one_ways <= 0 {
        return Some(0);
    }
    let Some(level) = o.level else {
        t.step(transport_unused(&TRANSPORT_UNUSED, u.transport_one_ways));
        return Some(0);
    };
    let f = t.figure(&key_fmt!("seikatsu_kaigo.addition.transport.{}", level))?;
    let mut per = t.take(f.int())?;
    let mut s = Step::of(&TRANSPORT_STEP)
        .title(format!("{}（片道あたり）", f.label))
        .input("片道あたり", units(per))
        .source(f.citation.clone());
    if o.severe {
        (per, s) = severe(t, per, s)?;
    }
    if o.same_site {
        (per, s) = same_site(t, per, s)?;
    }
    let n = u.transport_one_ways;
    let total = t.line(&TRANSPORT, f.label, per, n, LineKind::Addition)?;
    t.step(s.input("片道回数", format!("{n}回")).value(units(total)));
    Some(total)
}
