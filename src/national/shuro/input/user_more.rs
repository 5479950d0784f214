//! 就労系: a user's entries added with issue 14 — 初期加算の日数 (A型・B型・
//! 就労移行支援), 就職日 (就労定着支援), the services used on the same day and
//! the operator (就労選択支援).

use super::{SameDayService, Service, User, UserInput};
use crate::engine::input::{sub_field, Reader};
use crate::engine::problem::Problem;

/// What fills a read [`User`] with these entries.
type Fill = Box<dyn FnOnce(User) -> User>;

/// The entries of `s` for the user at `field` (each read only for the services that have it).
pub(super) fn read_more(r: &mut Reader, s: Service, u: &UserInput, field: &str, max: i64) -> Option<Fill> {
    let f = |n: &str| sub_field(field, n);
    let initial = if s.daily_with_capacity() {
        r.count(&u.initial_days, &f("initial_days"), "初期加算の日数", max)
    } else {
        Some(0)
    };
    let employment = if s == Service::Teichaku {
        r.opt_date(&u.employment_date, &f("employment_date"), "就職日")
    } else {
        Some(None)
    };
    let (same_day, operator) = if s == Service::Sentaku {
        (read_same_day(r, u, field, max), read_operator(r, u, field))
    } else {
        (Some(Vec::new()), Some((false, false)))
    };
    let (initial, employment, same_day, (same_operator, none_nearby)) = (initial?, employment?, same_day?, operator?);
    Some(Box::new(move |user: User| User {
        initial_days: initial,
        employment_date: employment,
        same_day_services: same_day,
        same_operator,
        no_other_operator_nearby: none_nearby,
        ..user
    }))
}

/// 就労選択支援: the services used on the same day, each with its days.
fn read_same_day(r: &mut Reader, u: &UserInput, field: &str, max: i64) -> Option<Vec<(SameDayService, i64)>> {
    let mut out = Vec::new();
    let mut ok = true;
    for (j, e) in u.same_day_services.iter().enumerate() {
        let base = format!("{field}.same_day_services[{j}]");
        let svc = r.choice(
            &e.service,
            &format!("{base}.service"),
            "同じ日に利用したサービス",
            SameDayService::CHOICE_LABELS,
            SameDayService::parse,
        );
        let days = r.int(&e.days, &format!("{base}.days"), "同じ日の日数", 0, max);
        match (svc, days) {
            (Some(s), Some(d)) => out.push((s, d)),
            _ => ok = false,
        }
    }
    ok.then_some(out)
}

/// 就労選択支援: 現在の事業所と同じ法人 and 近隣に別の法人の事業所がない.
fn read_operator(r: &mut Reader, u: &UserInput, field: &str) -> Option<(bool, bool)> {
    let same = r.flag(&u.same_operator, &sub_field(field, "same_operator"), "現在通所している事業所と同じ法人", false);
    let none = r.flag(
        &u.no_other_operator_nearby,
        &sub_field(field, "no_other_operator_nearby"),
        "近隣に別の法人の就労選択支援事業所・就労移行支援事業所がない",
        false,
    );
    Some((same?, none?))
}

/// The 初期加算 days and the same-day days fit the 利用日数 (the days with a
/// 日中活動サービス: the count entered alone and those listed by service).
pub(super) fn consistent(r: &mut Reader, u: &User) -> bool {
    let f = |n: &str| sub_field(&u.field, n);
    let same_day = u.day_activity_days();
    let listed = same_day - u.same_day_other_days;
    let problem = if u.initial_days > u.days {
        Some((
            f("initial_days"),
            format!("初期加算の日数（{}日）が利用日数（{}日）を超えています。", u.initial_days, u.days),
        ))
    } else if listed > 0 && same_day > u.days {
        Some((
            f("same_day_services"),
            format!("日中活動サービスと同じ日の日数（{same_day}日）が利用日数（{}日）を超えています。", u.days),
        ))
    } else {
        None
    };
    if let Some((field, m)) = problem {
        r.problems.push(Problem::inconsistent(field, m));
        return false;
    }
    true
}
