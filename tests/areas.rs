//! The site's area modules (`src/engine/areas.rs`): each holds the figure
//! tables its calculators read. Every case is run on the host while the keys
//! read are recorded; each key must be in a group its area module holds (the
//! JS tests then compare every case's answer through the area modules with
//! the whole core's).

mod common;

use hoshu::engine::areas::{area_of, holds, AREAS};
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
