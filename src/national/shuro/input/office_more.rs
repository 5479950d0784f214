//! 就労系: the office's entries of the 加算・減算 added with issue 14 —
//! 送迎加算 同一敷地内, and B型's 目標工賃達成指導員配置加算, 短時間利用減算
//! (一律評価型) and 就労移行支援体制加算.

use super::office::pair;
use super::{Office, OfficeInput, Service};
use crate::engine::input::Reader;

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
        return ok;
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
