//! 通院同行 (医療・保育・教育機関等連携加算 and 集中支援加算): one per 病院等, then
//! the monthly limit (seed 003 §3).

use crate::engine::rules::Rule;
use crate::engine::trace::Trace;
use crate::national::soudan::billing::limit;

/// The billable 通院同行 of `visits` to `hospitals` different 病院等: at most
/// `same_hospital_key` per 病院等, then at most `limit_key` in the month; the
/// rest excluded under `rule`.
pub fn accompany(
    t: &mut Trace,
    rule: &Rule,
    item: &str,
    visits: i64,
    hospitals: i64,
    same_hospital_key: &str,
    limit_key: &str,
) -> i64 {
    if visits <= 0 {
        return 0;
    }
    let Some((same, same_cite, same_label)) = limit(t, same_hospital_key) else {
        return 0;
    };
    let Some(per_hospital) = t.mul(hospitals, same, item) else {
        return 0;
    };
    let billable = if visits > per_hospital {
        t.exclude(
            rule,
            item,
            visits - per_hospital,
            format!("{same_label}: {hospitals}か所の病院等への通院同行{visits}回のうち{per_hospital}回を算定します。"),
            vec![same_cite],
        );
        per_hospital
    } else {
        visits
    };
    t.cap(rule, item, billable, limit_key)
}
