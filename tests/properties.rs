//! Property tests over random requests: no panic, and the invariants the rules
//! promise (caps, bands, the 施設入所 limit) hold for every input.

use proptest::prelude::*;
use serde_json::{json, Value};

fn minutes() -> impl Strategy<Value = Value> {
    prop_oneof![
        (0u32..1500).prop_map(|m| json!(m)),
        (0u32..25, 0u32..60).prop_map(|(h, m)| json!(format!("{h}:{m:02}"))),
        Just(json!(null)),
        Just(json!("")),
        Just(json!("abc")),
        Just(json!(-5)),
    ]
}

fn situation() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(json!("as_planned")),
        Just(json!("shorter_unavoidable")),
        Just(json!("clinic_visit")),
        Just(json!("shorter_other")),
        Just(json!("longer_caregiver")),
        Just(json!("short_business_day")),
        Just(json!("bogus")),
        Just(json!(null)),
    ]
}

fn request() -> impl Strategy<Value = Value> {
    (
        (2023i32..2028, 1u32..13, 1u32..29),
        (0i64..120, prop_oneof![Just("6"), Just("5"), Just("4"), Just("3"), Just("2"), Just("1"), Just("x")], any::<bool>(), any::<bool>()),
        (minutes(), minutes(), any::<bool>(), any::<bool>()),
        (prop_oneof![Just("none"), Just("medical_care"), Just("behavior"), Just("deafblind"), Just("other_accepted")], 0i64..25, minutes(), minutes()),
        (situation(), minutes()),
    )
        .prop_map(|((y, mo, d), (cap, kubun, res, ext), (svc, trip, not_local, shared), (reason, score, tr, home), (sit, actual))| {
            json!({
                "calculator": "seikatsu_kaigo.day",
                "service_date": format!("{y}-{mo:02}-{d:02}"),
                "office": {"capacity": cap, "extension_addition": ext},
                "user": {"kubun": kubun, "facility_resident": res},
                "plan": {"service_minutes": svc, "transport_round_trip_minutes": trip, "transport_service_not_local": not_local,
                         "transport_shared_route": shared, "trait_reason": reason, "behavior_score": score, "trait_minutes": tr,
                         "in_home_care_minutes": home},
                "day": {"situation": sit, "actual_minutes": actual},
                // Fill every missing figure so that answers are reached and checked.
                "user_figures": fill_all(),
            })
        })
}

fn fill_all() -> Value {
    let mut m = serde_json::Map::new();
    for r in hoshu::engine::params::all_rows() {
        if r.key.starts_with("seikatsu_kaigo.basic.") && r.value.is_none() {
            m.insert(r.key.to_string(), json!("999"));
        }
    }
    Value::Object(m)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 600, ..ProptestConfig::default() })]

    #[test]
    fn day_invariants(req in request()) {
        let resident = req["user"]["facility_resident"].as_bool().unwrap_or(false);
        let r = hoshu::api::to_value(&hoshu::api::run_value(req));
        if r["ok"] == json!(true) {
            let st = &r["result"]["standard_time"];
            prop_assert!(st["transport_minutes"].as_u64().unwrap() <= 60);
            prop_assert!(st["trait_minutes"].as_u64().unwrap() <= 120);
            prop_assert!(st["in_home_care_minutes"].as_u64().unwrap() <= 60);
            let band = r["result"]["day"]["band"].as_str().unwrap();
            prop_assert!(["lt3h", "3-4h", "4-5h", "5-6h", "6-7h", "7-8h", "8-9h"].contains(&band));
            if resident {
                prop_assert_ne!(band, "8-9h");
                prop_assert_eq!(r["result"]["day"]["extension_units"].as_i64().unwrap(), 0);
            }
            prop_assert!(r["result"]["day"]["extension_units"].as_i64().unwrap() <= 400);
            prop_assert!(!r["result"]["steps"].as_array().unwrap().is_empty());
        } else {
            let problems = r["problems"].as_array().unwrap();
            prop_assert!(!problems.is_empty());
            for p in problems {
                // Every problem names a field (or the figure to enter) and speaks Japanese.
                prop_assert!(!p["field"].as_str().unwrap().is_empty(), "{p}");
                prop_assert!(!p["message"].as_str().unwrap().is_ascii(), "{p}");
            }
        }
    }

    #[test]
    fn arbitrary_json_never_panics(v in arbitrary_json()) {
        let _ = hoshu::api::run_value(v.clone());
        let mut obj = json!({"calculator": "seikatsu_kaigo.month"});
        if let Value::Object(m) = v { for (k, x) in m { obj[k] = x; } }
        let _ = hoshu::api::run_value(obj);
    }
}

fn arbitrary_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(|i| json!(i)),
        "[ -~０-９ぁ-ん]{0,12}".prop_map(Value::String),
    ];
    leaf.prop_recursive(4, 32, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::btree_map(
                prop_oneof![
                    Just("office".to_string()),
                    Just("plan".to_string()),
                    Just("days".to_string()),
                    Just("service_month".to_string()),
                    Just("capacity".to_string()),
                    "[a-z_]{1,8}"
                ],
                inner,
                0..6
            )
            .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}
