//! No field that does nothing: a field the chosen service does not read
//! (`shuro_office` with 生活介護, `office.night_support` with 就労系, a user's
//! 送迎の回数 in a month carried from its page) is refused by name, never
//! silently dropped.

use super::input::OfficeMonthRequest;
use super::service::{price_service, without_burden, Service};
use crate::engine::problem::{Problem, Problems};
use serde::Serialize;
use serde_json::Value;

/// The office fields of 生活介護 when its units are entered on the money page.
const SK_OFFICE: &[&str] = &[
    "capacity",
    "staffing_addition",
    "welfare_professional",
    "nurses",
    "transport_addition",
    "transport_severe",
    "transport_same_site",
];
/// The office fields of 共同生活援助 (entered here, or beside a carried 横浜市 home).
const GH_OFFICE: &[&str] = &["newly_designated_r8", "night_support", "night_support_persons"];

/// A user's 利用者負担 fields (none where the service has no 利用者負担).
const BURDEN_FIELDS: [&str; 3] = ["burden_category", "burden_cap", "managed_burden"];

/// Whether the service (its units entered here, or `carried` from its page)
/// reads a user's field `name`.
fn reads_user(s: Service, carried: bool, no_burden: bool, name: &str) -> bool {
    use Service::*;
    match name {
        _ if BURDEN_FIELDS.contains(&name) => !no_burden,
        "rent" => s == GroupHome,
        _ if carried => false,
        "label" => true,
        "kubun" => matches!(s, SeikatsuKaigo | GroupHome),
        "standard_minutes" | "facility_resident" => s == SeikatsuKaigo,
        "initial_days" => matches!(s, SeikatsuKaigo | ShuroB | ShuroA | ShuroIkou),
        "employment_date" => s == ShuroTeichaku,
        "same_day_services" | "same_operator" | "no_other_operator_nearby" => s == ShuroSentaku,
        "days" => matches!(s, SeikatsuKaigo | GroupHome | ShuroB | ShuroA | ShuroIkou | ShuroSentaku),
        "meal_days" | "transport_one_ways" | "absence_responses" => {
            matches!(s, SeikatsuKaigo | ShuroB | ShuroA | ShuroIkou)
        }
        "trial" => s == GroupHome,
        "units" => s == Units,
        "plan_missing_month" => matches!(s, ShuroB | ShuroA | ShuroIkou | ShuroTeichaku),
        "peer_support" => s == ShuroB,
        "same_day_other_days" => s == ShuroSentaku,
        _ => true,
    }
}

/// Whether the service reads the office's field `name` (of `office`).
fn reads_office(s: Service, carried: bool, name: &str) -> bool {
    (s == Service::SeikatsuKaigo && !carried && SK_OFFICE.contains(&name))
        || (s == Service::GroupHome && GH_OFFICE.contains(&name))
}

/// The fields of `v` that hold a value (not null, false or blank), as paths under `at`.
fn given(v: &Value, at: &str, out: &mut Vec<String>) {
    match v {
        Value::Null | Value::Bool(false) => {}
        Value::String(s) if s.trim().is_empty() => {}
        Value::Array(a) if a.is_empty() => {}
        Value::Object(m) => {
            for (k, x) in m {
                given(x, &format!("{at}.{k}"), out);
            }
        }
        _ => out.push(at.to_string()),
    }
}

/// The given fields of a part of the request.
fn given_in<T: Serialize>(part: &T, at: &str) -> Vec<String> {
    let mut out = Vec::new();
    if let Ok(v) = serde_json::to_value(part) {
        given(&v, at, &mut out);
    }
    out
}

/// Why a field is not read, in Japanese.
fn why(req: &OfficeMonthRequest, s: Service) -> String {
    match (&req.units_request, s) {
        (_, Service::Soudan) => "計画相談支援・障害児相談支援には利用者負担がないため、この項目は使いません。".into(),
        (Some(u), _) => format!(
            "この項目は、{}のページから引き継いだ月では使いません（単位数は引き継いだ月から計算します）。",
            u.origin().title
        ),
        (None, s) => format!("この項目は{}では使いません。", s.label()),
    }
}

/// Every given field the service does not read, refused by name.
pub(super) fn check_fields(req: &OfficeMonthRequest, service: Option<Service>, ps: &mut Problems) {
    let Some(s) = service else { return };
    let carried = req.units_request.is_some();
    let mut unread = Vec::new();
    if s != Service::Units {
        unread.extend(given_in(&req.price_service, "price_service"));
    }
    if carried || s.shuro().is_none() {
        unread.extend(given_in(&req.shuro_office, "shuro_office"));
    }
    for f in given_in(&req.office, "office") {
        let name = f.strip_prefix("office.").unwrap_or(&f);
        if !reads_office(s, carried, name) {
            unread.push(f);
        }
    }
    let no_burden = without_burden(s, &req.price_service);
    let mut burden_unread = Vec::new();
    for (i, u) in req.users.iter().enumerate() {
        for f in given_in(u, &format!("users[{i}]")) {
            // The last segment of the path (a byte search: no reverse searcher in the module).
            let name = f.get(f.bytes().rposition(|b| b == b'.').map_or(0, |i| i + 1)..).unwrap_or(&f);
            if !reads_user(s, carried, no_burden, name) {
                if s == Service::Units && BURDEN_FIELDS.contains(&name) { burden_unread.push(f) } else { unread.push(f) }
            }
        }
    }
    let message = why(req, s);
    for f in unread {
        ps.push(Problem::inconsistent(f, message.clone()));
    }
    // Units entered at a 相談支援 price: no 利用者負担 (its price's label names them).
    let price = req.price_service.as_text().and_then(|t| price_service(&t)).map_or("相談支援", |p| p.label);
    for f in burden_unread {
        ps.push(Problem::inconsistent(f, format!("{price}には利用者負担がないため、この項目は使いません。")));
    }
}
