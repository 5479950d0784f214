//! サービス提供時モニタリング加算 (seed 003 §3 加算): ※D, once a month for a
//! user, and up to a monthly number of cases per 担当者 (by role), counted over
//! the office's cases in their order.

use crate::engine::params::{cite, Ctx};
use crate::engine::problem::Problem;
use crate::engine::trace::{Step, Trace};
use crate::national::soudan::billing::{bill, limit, reading};
use crate::national::soudan::input::{Case, StaffRole};
use crate::national::soudan::SEED;
use crate::{key, rule};
use std::collections::BTreeMap;

/// Per 担当者: their role and the サービス提供時モニタリング加算 billed so far this month.
#[derive(Default)]
pub struct StaffCounts(pub BTreeMap<String, (StaffRole, i64)>);

rule!(pub SERVICE_MONITORING = "soudan.addition.service_monitoring", "サービス提供時モニタリング加算", source "seed 003 §3 サービス提供時モニタリング加算（6〜7ページ）", fn service_monitoring_addition, keys ["soudan.addition.service_monitoring", "soudan.limit.service_monitoring."]);
/// サービス提供時モニタリング加算: up to the limit for a user, then within the
/// 担当者's monthly limit.
pub fn service_monitoring_addition(t: &mut Trace, case: &Case, counts: &mut StaffCounts) {
    let mut n = t.cap(
        &SERVICE_MONITORING,
        SERVICE_MONITORING.name,
        case.adds.service_monitoring,
        key!("soudan.limit.service_monitoring.per_user"),
    );
    if n > 0 {
        if let Some(staff) = &case.staff {
            n = staff_limit(t, case, staff, n, counts);
        }
    }
    bill(t, &SERVICE_MONITORING, key!("soudan.addition.service_monitoring"), n);
}

/// The 担当者's monthly limit: the cases already billed for them (earlier in
/// the office's order) leave the room for this one. A 担当者 named with two
/// roles is a problem.
fn staff_limit(t: &mut Trace, case: &Case, staff: &str, n: i64, counts: &mut StaffCounts) -> i64 {
    let entry = counts.0.entry(staff.to_string()).or_insert((case.role, 0));
    if entry.0 != case.role {
        t.problems.push(Problem::inconsistent(
            format!("{}.staff_role", t.field),
            format!("担当者「{staff}」の職種が、前のケース（{}）と異なります。", entry.0.label()),
        ));
        return 0;
    }
    let Some((max, lc, ll)) = limit(t, case.role.limit_key()) else {
        return n;
    };
    let used = entry.1;
    let billed = n.min((max - used).max(0));
    t.exclude(&SERVICE_MONITORING, SERVICE_MONITORING.name, n - billed, format!("{ll}: 担当者「{staff}」（{}）はこの月すでに{used}件を算定しており、上限{max}件に達しています。", case.role.label()), vec![lc, reading("§3 サービス提供時モニタリング加算の請求上限: ケースの並び順（契約の古い順）に数え、上限を超えたケースを算定しない")]);
    entry.1 = used + billed;
    billed
}

rule!(pub STAFF = "soudan.addition.service_monitoring.staff", "サービス提供時モニタリング加算: 担当者ごとの件数", source "seed 003 §3 サービス提供時モニタリング加算「1人の相談支援専門員の1月の請求上限」（6〜7ページ）", fn staff_counts, keys ["soudan.limit.service_monitoring."]);
/// The cases of each 担当者 billed this month, one step each.
pub fn staff_counts(c: &Ctx, counts: &StaffCounts) -> Vec<Step> {
    counts
        .0
        .iter()
        .map(|(staff, (role, n))| {
            let source =
                c.figure(role.limit_key()).map(|f| f.citation).unwrap_or_else(|_| cite(SEED, "§3（6〜7ページ）"));
            Step::of(&STAFF)
                .title(format!("サービス提供時モニタリング加算: 担当者「{staff}」の件数"))
                .input("職種", role.label())
                .value(format!("{n}件"))
                .source(source)
        })
        .collect()
}
