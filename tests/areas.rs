//! The site's area modules (`src/engine/areas.rs`): each holds the figure
//! tables its calculators read. Every case is run on the host while the keys
//! read are recorded; each key must be in a group its area module holds (the
//! JS tests then compare every case's answer through the area modules with
//! the whole core's).

mod common;

use hoshu::engine::areas::{area_of, holds, holds_price, Area, ALL, AREAS, DIRECT, PRICES};
use hoshu::engine::params::record_keys;
use serde_json::Value;
use std::collections::BTreeSet;

#[test]
fn every_key_a_calculator_reads_is_in_its_area_module() {
    let mut outside = BTreeSet::new();
    let mut run = 0;
    for c in common::cases() {
        let name = c.request().get("calculator").and_then(Value::as_str).unwrap_or("");
        let Some(area) = area_of(name) else {
            continue;
        };
        let keys = record_keys(|| {
            hoshu::api::run_value(c.request().clone());
        });
        run += 1;
        for k in keys {
            let k = k.trim_end_matches(".*");
            if !holds(area.groups, k) {
                outside.insert(format!("{}: {k} ({})", area.name, c.name));
            }
        }
    }
    assert!(run > 100, "{run} cases run");
    assert!(
        outside.is_empty(),
        "keys read outside the area's tables:\n  {}",
        outside.into_iter().collect::<Vec<_>>().join("\n  ")
    );
}

/// Where a `money.office_month` request's units come from, as
/// `www/js/lib/core.mjs` (`unitsOf`) reads it to choose a money module: the
/// months in units ([`hoshu::engine::areas::UNITS`]) a module must price to
/// answer it — for units entered directly, those priced at the request's
/// `price_service` ([`hoshu::engine::areas::PRICES`]) or `DIRECT` (a module
/// holding every price); empty when any money
/// module may (a price it does not know is refused by each); `None` when
/// only the whole `money` answers it.
fn units_of(request: &Value) -> Option<Vec<&'static str>> {
    if let Some(carried) = request.get("units_request").filter(|v| !v.is_null()) {
        let c = carried.get("calculator").and_then(Value::as_str).unwrap_or("");
        return match c {
            "soudan.month" => Some(vec!["soudan"]),
            "yokohama_gh.month" => Some(vec!["yokohama_gh"]),
            "seikatsu_kaigo.month" => Some(vec!["seikatsu_kaigo.month"]),
            _ if c.starts_with("shuro.") && c.ends_with(".month") => Some(vec!["shuro"]),
            _ => None,
        };
    }
    match request.get("service").and_then(Value::as_str) {
        Some("units") => {
            let price = request.get("price_service").and_then(Value::as_str).unwrap_or("");
            Some(PRICES.iter().find(|p| p.id == price).map(|p| [p.units, &[DIRECT]].concat()).unwrap_or_default())
        }
        Some(s) if s.starts_with("shuro_") => Some(vec!["shuro"]),
        Some("seikatsu_kaigo") => Some(vec!["seikatsu_kaigo"]),
        Some("group_home") => Some(vec!["group_home"]),
        _ => None,
    }
}

/// Every area module that may answer a request: those holding its
/// calculator and, for the yen chain, pricing its units (every scenario's).
fn areas_for(request: &Value) -> Vec<&'static Area> {
    let name = request.get("calculator").and_then(Value::as_str).unwrap_or("");
    let sources: Vec<Option<Vec<&str>>> = match name {
        "money.office_month" => vec![units_of(request)],
        "money.compare" => request
            .get("scenarios")
            .and_then(Value::as_array)
            .map(|s| s.iter().map(|x| x.get("request").and_then(units_of)).collect())
            .unwrap_or_default(),
        _ => Vec::new(),
    };
    let prices = |a: &Area| {
        a.units.contains(&ALL)
            || sources.iter().all(|u| u.as_ref().is_some_and(|u| u.is_empty() || u.iter().any(|u| a.units.contains(u))))
    };
    AREAS
        .iter()
        .filter(|a| a.calculators.iter().any(|c| *c == name || (c.ends_with('.') && name.starts_with(c))))
        .filter(|a| a.units.is_empty() || prices(a))
        .collect()
}

/// The money modules by service (and every other module that may answer a
/// case) hold the keys it reads — not only the first area of its
/// calculator: the site loads `money_shuro` for a 就労系 month, and so on.
#[test]
fn every_key_a_case_reads_is_in_every_module_that_may_answer_it() {
    let mut outside = BTreeSet::new();
    let mut checked = BTreeSet::new();
    for c in common::cases() {
        let areas = areas_for(c.request());
        if areas.is_empty() {
            continue;
        }
        let keys = record_keys(|| {
            hoshu::api::run_value(c.request().clone());
        });
        for a in areas {
            checked.insert(a.name);
            for k in &keys {
                let k = k.trim_end_matches(".*");
                if !holds(a.groups, k) || !holds_price(a.units, k) {
                    outside.insert(format!("{}: {k} ({})", a.name, c.name));
                }
            }
        }
    }
    for a in AREAS.iter().filter(|a| !a.calculators.is_empty()) {
        assert!(checked.contains(a.name), "no case is answered by the module {}", a.name);
    }
    assert!(
        outside.is_empty(),
        "keys read outside a module that may answer the case:\n  {}",
        outside.into_iter().collect::<Vec<_>>().join("\n  ")
    );
}

#[test]
fn every_calculator_has_its_area_and_every_area_its_feature() {
    for c in hoshu::api::CALCULATORS {
        assert!(area_of(c.name).is_some(), "{} has no area in src/engine/areas.rs", c.name);
    }
    let cargo = std::fs::read_to_string("Cargo.toml").unwrap_or_default();
    let features: Vec<&str> =
        cargo.lines().filter_map(|l| l.strip_prefix("area-")?.split_once(" =").map(|(n, _)| n)).collect();
    let names: Vec<&str> = AREAS.iter().map(|a| a.name).collect();
    assert_eq!(features, names, "Cargo.toml's area-* features, in the order of AREAS");
    for n in &names {
        assert!(cargo.contains(&format!("\"area-{n}\"")), "the `full` feature holds area-{n}");
    }
}
