//! 就労系: the office's entries of the 加算・減算 added with issue 14 —
//! 送迎加算 同一敷地内, and B型's 目標工賃達成指導員配置加算, 短時間利用減算
//! (一律評価型) and 就労移行支援体制加算.

use super::office::pair;
use super::{Office, OfficeInput, Service};
use crate::engine::input::{Raw, Reader};
use crate::engine::problem::Problem;

/// Whether an entry says something: not absent, blank, `false` or 0.
fn said(raw: &Raw) -> bool {
    match raw {
        Raw::Absent => false,
        Raw::Bool(b) => *b,
        Raw::Int(i) => *i != 0,
        Raw::Text(_) => raw.as_text().is_some_and(|t| t != "0" && t != "false"),
    }
}

/// B型's own entries given for another service: refused by name, never
/// dropped (A型 has a 就労移行支援体制加算 too, but its units are not
/// registered in this product).
fn b_only_unused(r: &mut Reader, s: Service, o: &OfficeInput) -> bool {
    let entries = [
        (&o.target_wage_instructor, "office.target_wage_instructor", "目標工賃達成指導員配置加算"),
        (&o.short_time_users, "office.short_time_users", "短時間利用減算"),
        (&o.short_time_base, "office.short_time_base", "短時間利用減算"),
        (&o.transition_settled, "office.transition_settled", "就労移行支援体制加算"),
    ];
    let mut ok = true;
    for (raw, field, what) in entries {
        if !said(raw) {
            continue;
        }
        let message = if s == Service::A && field == "office.transition_settled" {
            "就労継続支援A型の就労移行支援体制加算は、この計算機に未登録です（就労継続支援B型のものだけを計算します）。この項目は使えません。".to_string()
        } else {
            format!("この項目（{what}）は就労継続支援B型のもので、{}では使いません。", s.label())
        };
        r.problems.push(Problem::inconsistent(field, message));
        ok = false;
    }
    ok
}

/// The entries of `s` (each read only for the services that have it).
pub(super) fn read_more(r: &mut Reader, s: Service, o: &OfficeInput, out: &mut Office) -> bool {
    let mut ok = true;
    if s.daily_with_capacity() {
        match r.flag(&o.transport_same_site, "office.transport_same_site", "同一敷地内の送迎", false) {
            Some(v) => out.transport_same_site = v,
            None => ok = false,
        }
    }
    if s != Service::B {
        return b_only_unused(r, s, o) && ok;
    }
    let tw =
        r.flag(&o.target_wage_instructor, "office.target_wage_instructor", "目標工賃達成指導員配置加算の届出", false);
    let st = pair(
        r,
        &o.short_time_users,
        &o.short_time_base,
        ("office.short_time_users", "office.short_time_base"),
        ("算定利用時間が短い利用者の数", "利用者の数"),
    );
    let ts = r.count(&o.transition_settled, "office.transition_settled", "前年度の就労定着者の数", 1_000);
    match (tw, st, ts) {
        (Some(tw), Some(st), Some(ts)) => {
            out.target_wage_instructor = tw;
            out.short_time = st;
            out.transition_settled = ts;
            ok
        }
        _ => false,
    }
}
