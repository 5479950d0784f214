//! The core compiled to wasm32, run in node by wasm-bindgen-test-runner:
//! `cargo test --target wasm32-unknown-unknown --test wasm` (scripts/test.sh).
//! Plain `#[test]` is not run on wasm; these use `#[wasm_bindgen_test]`.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen_test::wasm_bindgen_test;

const REQUEST: &str = r#"{"calculator":"seikatsu_kaigo.day","service_date":"2024-06-03","office":{"capacity":75},"user":{"kubun":"6"},"plan":{"service_minutes":"4:00","transport_round_trip_minutes":"3:00","transport_service_not_local":true,"trait_reason":"medical_care","trait_minutes":30,"in_home_care_minutes":30},"day":{"situation":"as_planned"}}"#;

#[wasm_bindgen_test]
fn day_request_is_answered_in_wasm() {
    let resp = hoshu::api::run_json(REQUEST);
    assert!(resp.ok, "problems: {:?}", resp.problems);
    assert!(resp.problems.is_empty());
    assert_eq!(resp.calculator, "seikatsu_kaigo.day");
    let v = hoshu::api::to_value(&resp);
    assert_eq!(v.pointer("/result/day/basic_units"), Some(&serde_json::json!(1000)));
}

#[wasm_bindgen_test]
fn bad_request_gives_problems_in_wasm() {
    let resp = hoshu::api::run_json(r#"{"calculator":"no_such_calculator"}"#);
    assert!(!resp.ok);
    assert!(!resp.problems.is_empty());
    assert!(resp.problems.iter().any(|p| p.field == "calculator"));

    let resp = hoshu::api::run_json("{ not json");
    assert!(!resp.ok);
    assert!(!resp.problems.is_empty());
}

#[wasm_bindgen_test]
fn catalog_is_not_empty_in_wasm() {
    assert!(!hoshu::api::catalog().is_empty());
    assert!(!hoshu::api::VERSION.is_empty());
}
