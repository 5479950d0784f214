//! 就労系: reading one user (利用者) of a month request, and checking that the
//! user's counts fit the month and each other.

use super::{Service, User, UserInput};
use crate::engine::date::YearMonth;
use crate::engine::input::{sub_field, Raw, Reader};
use crate::engine::problem::Problem;
use crate::national::counts::read_day_counts;

/// The `i`th user of the month.
pub(super) fn read_user(r: &mut Reader, s: Service, u: &UserInput, i: usize, month: Option<YearMonth>) -> Option<User> {
    let field = format!("users[{i}]");
    let max_days = month.map(|m| i64::from(m.days())).unwrap_or(31);
    let label = u.label.as_name().unwrap_or_else(|| format!("利用者{}", i + 1));
    if s.monthly() && !u.days.is_blank() {
        r.problems.push(Problem::inconsistent(
            sub_field(&field, "days"),
            format!("{}は月単位のため、利用日数は使いません。", s.label()),
        ));
    }
    let user = read_counts(r, s, u, &field, max_days);
    let more = super::user_more::read_more(r, s, u, &field, max_days);
    let user = User { label, ..user? };
    let user = more?(user);
    let ok = consistent(r, s, &user) & super::user_more::consistent(r, &user);
    (ok & applies(r, s, u, &user)).then_some(user)
}

/// The entries are of 加算 and rules the service has: an entry of another
/// service's is refused by name, never dropped.
fn applies(r: &mut Reader, s: Service, raw: &UserInput, u: &User) -> bool {
    let f = |n: &str| sub_field(&u.field, n);
    let unused = |what: &str| format!("{}には{what}がないため、この項目は使いません。", s.label());
    let mut bad = Vec::new();
    if !s.daily_with_capacity() {
        for (n, v, what) in [
            ("meal_days", u.meal_days, "食事提供体制加算"),
            ("transport_one_ways", u.transport_one_ways, "送迎加算"),
            ("absence_responses", u.absence_responses, "欠席時対応加算"),
            ("initial_days", i64::from(!raw.initial_days.is_blank()), "初期加算"),
        ] {
            if v > 0 {
                bad.push((f(n), unused(what)));
            }
        }
    }
    if u.peer_support && s != Service::B {
        bad.push((f("peer_support"), "ピアサポート実施加算は就労継続支援B型の加算です。この項目は使いません。".into()));
    }
    if s != Service::Teichaku && !raw.employment_date.is_blank() {
        bad.push((f("employment_date"), format!("就職日は就労定着支援の項目で、{}では使いません。", s.label())));
    }
    for n in sentaku_entries(s, raw, u) {
        bad.push((f(n), format!("この項目は就労選択支援のもので、{}では使いません。", s.label())));
    }
    let ok = bad.is_empty();
    for (field, m) in bad {
        r.problems.push(Problem::inconsistent(field, m));
    }
    ok
}

/// The user's days and counts (each within the month).
fn read_counts(r: &mut Reader, s: Service, u: &UserInput, field: &str, max: i64) -> Option<User> {
    let f = |n: &str| sub_field(field, n);
    let days = if s.monthly() { Some(0) } else { r.int(&u.days, &f("days"), "利用日数", 0, max) };
    let raws = [&u.meal_days, &u.transport_one_ways, &u.absence_responses];
    let [meal, tr, ab] = read_day_counts(r, &f, raws, max);
    let pm = r.count(&u.plan_missing_month, &f("plan_missing_month"), "個別支援計画未作成減算の適用月数", 120);
    let peer = r.flag(&u.peer_support, &f("peer_support"), "ピアサポートの対象", false);
    let sd = r.count(&u.same_day_other_days, &f("same_day_other_days"), "他の日中活動サービスと同じ日の日数", max);
    Some(User {
        label: String::new(),
        field: field.to_string(),
        days: days?,
        meal_days: meal?,
        transport_one_ways: tr?,
        absence_responses: ab?,
        plan_missing_month: pm?,
        peer_support: peer?,
        same_day_other_days: sd?,
        ..User::default()
    })
}

/// The 就労選択支援 entries given for another service.
fn sentaku_entries(s: Service, raw: &UserInput, u: &User) -> Vec<&'static str> {
    let given = |x: &Raw| !x.is_blank() && *x != Raw::Bool(false);
    let mut out = Vec::new();
    if s == Service::Sentaku {
        return out;
    }
    if u.same_day_other_days > 0 {
        out.push("same_day_other_days");
    }
    if !raw.same_day_services.is_empty() {
        out.push("same_day_services");
    }
    if given(&raw.same_operator) {
        out.push("same_operator");
    }
    if given(&raw.no_other_operator_nearby) {
        out.push("no_other_operator_nearby");
    }
    out
}

/// The counts fit the 利用日数 (and the service has the 減算 entered).
fn consistent(r: &mut Reader, s: Service, u: &User) -> bool {
    let f = |n: &str| sub_field(&u.field, n);
    let mut bad = Vec::new();
    if u.meal_days > u.days && !s.monthly() {
        bad.push((
            f("meal_days"),
            format!("食事提供の日数（{}日）が利用日数（{}日）を超えています。", u.meal_days, u.days),
        ));
    }
    if u.transport_one_ways > 2 * u.days && !s.monthly() {
        bad.push((
            f("transport_one_ways"),
            format!("送迎の片道回数（{}回）が利用日数の2倍（{}回）を超えています。", u.transport_one_ways, 2 * u.days),
        ));
    }
    if u.same_day_other_days > u.days {
        bad.push((
            f("same_day_other_days"),
            format!("同じ日の日数（{}日）が利用日数（{}日）を超えています。", u.same_day_other_days, u.days),
        ));
    }
    if u.plan_missing_month > 0 && !s.has_plan() {
        bad.push((
            f("plan_missing_month"),
            "就労選択支援は個別支援計画の作成を要しないため、個別支援計画未作成減算はありません。".to_string(),
        ));
    }
    let ok = bad.is_empty();
    for (field, m) in bad {
        r.problems.push(Problem::inconsistent(field, m));
    }
    ok
}
