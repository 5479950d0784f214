//! Property tests of the yen chain: for any units, price and category, the
//! 利用者負担 never exceeds its cap or the 1割, 給付費 + 負担 = 総費用額, and the
//! office totals equal the sum of the users.

use proptest::prelude::*;
use serde_json::{json, Value};

fn category() -> impl Strategy<Value = &'static str> {
    prop_oneof![Just("seikatsu-hogo"), Just("low-income"), Just("general-1"), Just("general-2")]
}

fn level() -> impl Strategy<Value = &'static str> {
    prop_oneof![Just("none"), Just("i"), Just("ii"), Just("iii"), Just("iv"), Just("v-3"), Just("i-i"), Just("ii-ro")]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn yen_chain_invariants(
        users in prop::collection::vec((0i64..200_000, category()), 1..6),
        grade in 0u32..8,
        lvl in level(),
        (y, m) in (2024i32..2028, 1u32..13),
    ) {
        let req = json!({
            "calculator": "money.office_month",
            "service_month": format!("{y}-{m:02}"),
            "service": "units",
            "price_service": "shuro-b",
            "region": {"grade": grade.to_string()},
            "treatment": {"level": lvl},
            "users": users.iter().map(|(u, c)| json!({"burden_category": c, "units": u})).collect::<Vec<_>>(),
        });
        let r = hoshu::api::to_value(&hoshu::api::run_value(req));
        if r["ok"] == json!(true) {
            let res = &r["result"];
            let mut sum = 0;
            for u in res["users"].as_array().unwrap() {
                let total = u["total_yen"].as_i64().unwrap();
                let burden = u["burden_yen"].as_i64().unwrap();
                let benefit = u["benefit_yen"].as_i64().unwrap();
                prop_assert!(burden <= u["burden_cap_yen"].as_i64().unwrap());
                prop_assert!(burden * 10 <= total);
                prop_assert_eq!(burden + benefit, total);
                prop_assert!(u["treatment_units"].as_i64().unwrap() >= 0);
                sum += total;
            }
            prop_assert_eq!(sum, res["totals"]["total_yen"].as_i64().unwrap());
        } else {
            for p in r["problems"].as_array().unwrap() {
                prop_assert!(["treatment.level", "service_month"].contains(&p["field"].as_str().unwrap()), "{p}");
            }
        }
    }

    /// 上限額管理: the user never pays more than the cap nor any office more
    /// than its own 利用者負担額; the user pays min(合算額, cap); 結果2 iff
    /// the 合算額 is within the cap, 結果1 only when the 管理事業所 alone reaches it.
    #[test]
    fn burden_management_invariants(
        totals in prop::collection::vec(0i64..300_000, 2..6),
        manager in 0usize..6,
        cat in category(),
        cap in prop::option::of(0i64..40_000),
    ) {
        let manager = manager % totals.len();
        let offices: Vec<Value> = totals.iter().enumerate()
            .map(|(i, t)| json!({"total_yen": t, "manager": i == manager})).collect();
        let mut req = json!({"calculator": "money.burden_management", "service_month": "2024-06", "burden_category": cat, "offices": offices});
        if let Some(c) = cap { req["burden_cap"] = json!(c); }
        let r = hoshu::api::to_value(&hoshu::api::run_value(req));
        if r["ok"] != json!(true) {
            for p in r["problems"].as_array().unwrap() {
                prop_assert_eq!(p["field"].as_str().unwrap(), "burden_cap", "{}", p);
            }
            return Ok(());
        }
        let res = &r["result"];
        let cap = res["cap_yen"].as_i64().unwrap();
        let mut own_sum = 0;
        let mut paid = 0;
        for o in res["offices"].as_array().unwrap() {
            let (own, managed) = (o["burden_yen"].as_i64().unwrap(), o["managed_burden_yen"].as_i64().unwrap());
            prop_assert!(0 <= managed && managed <= own && own <= cap);
            prop_assert_eq!(o["benefit_yen"].as_i64().unwrap(), o["total_yen"].as_i64().unwrap() - managed);
            own_sum += own;
            paid += managed;
        }
        prop_assert_eq!(paid, own_sum.min(cap));
        prop_assert_eq!(res["managed_total_yen"].as_i64().unwrap(), paid);
        let result = res["result"].as_i64().unwrap();
        prop_assert_eq!(result == 2, own_sum <= cap);
        if result == 1 {
            prop_assert_eq!(res["offices"][manager]["managed_burden_yen"].as_i64().unwrap(), cap);
        }
    }

    #[test]
    fn arbitrary_requests_never_panic(v in any::<(i64, bool, String)>()) {
        let (n, b, s) = v;
        for req in [
            json!({"calculator": "money.office_month", "service": s, "users": [{"units": n, "burden_category": s}], "region": {"grade": n}}),
            json!({"calculator": "money.office_month", "service": "seikatsu_kaigo", "office": {"capacity": n, "nurses": n, "transport_addition": s},
                   "users": [{"kubun": s, "days": n, "standard_minutes": s, "facility_resident": b, "absence_responses": n}]}),
            json!({"calculator": "money.compare", "scenarios": [{"request": {"users": n}}, Value::Null]}),
        ] {
            let _ = hoshu::api::run_value(req);
        }
    }
}

/// A month of 生活介護 computed day by day on its own page and carried into
/// the yen chain (`units_request`) gives the same 円 as the same month entered
/// on the money page (標準的な時間 × 利用日数), for every 区分, time and count of
/// days (all days 計画どおり), and the same problems when a figure is missing.
#[test]
fn a_carried_seikatsu_kaigo_month_prices_as_the_same_month_entered_directly() {
    let mut compared = 0;
    for kubun in ["6", "5", "4", "3", "2"] {
        for minutes in ["2:30", "3:30", "4:30", "5:30", "6:30", "7:30"] {
            for n in [1usize, 9, 22] {
                let days: Vec<Value> = (1..=n).map(|d| json!({"date": format!("2024-07-{d:02}")})).collect();
                let price = json!({"municipality": "kanagawa-yokohama"});
                let carried = json!({
                    "calculator": "money.office_month", "service_month": "2024-07", "region": price,
                    "treatment": {"level": "none"}, "users": [{"burden_category": "general-1"}],
                    "units_request": {"calculator": "seikatsu_kaigo.month", "service_month": "2024-07",
                        "office": {"capacity": 75}, "user": {"kubun": kubun},
                        "plan": {"service_minutes": minutes}, "days": days},
                });
                let direct = json!({
                    "calculator": "money.office_month", "service_month": "2024-07", "service": "seikatsu_kaigo",
                    "region": price, "treatment": {"level": "none"}, "office": {"capacity": 75},
                    "users": [{"burden_category": "general-1", "kubun": kubun, "standard_minutes": minutes, "days": n}],
                });
                let a = hoshu::api::to_value(&hoshu::api::run_value(carried));
                let b = hoshu::api::to_value(&hoshu::api::run_value(direct));
                assert_eq!(a["ok"], b["ok"], "{kubun} {minutes} {n}: {a} / {b}");
                if a["ok"] == json!(true) {
                    assert_eq!(a["result"]["totals"], b["result"]["totals"], "{kubun} {minutes} {n}");
                    compared += 1;
                } else {
                    let keys = |r: &Value| {
                        r["problems"]
                            .as_array()
                            .map(|ps| ps.iter().map(|p| p["figure"]["key"].clone()).collect::<Vec<_>>())
                    };
                    assert_eq!(keys(&a), keys(&b), "{kubun} {minutes} {n}");
                }
            }
        }
    }
    assert!(compared > 20, "only {compared} months priced");
}

/// A figure the carried calculator lacks is answered in the money request's
/// own `user_figures` (what money.html asks for), and wins over the same key
/// sent inside the carried request (merged once, as the request is read).
#[test]
fn a_carried_month_takes_the_money_requests_figures_over_its_own() {
    let key = "seikatsu_kaigo.basic.cap-21-30.kubun6.lt3h";
    let request = |inner: Value, outer: Value| {
        json!({
            "calculator": "money.office_month", "service_month": "2024-07",
            "region": {"municipality": "kanagawa-yokohama"}, "treatment": {"level": "none"},
            "users": [{"burden_category": "general-1"}], "user_figures": outer,
            "units_request": {"calculator": "seikatsu_kaigo.month", "service_month": "2024-07",
                "office": {"capacity": 25}, "user": {"kubun": "6"},
                "plan": {"service_minutes": "2:30"}, "days": [{"date": "2024-07-01"}, {"date": "2024-07-02"}],
                "user_figures": inner},
        })
    };
    let run = |r: Value| hoshu::api::to_value(&hoshu::api::run_value(r));
    let units = |r: &Value| r["result"]["totals"]["total_units"].as_i64();
    // Missing, and asked for by its key.
    let none = run(request(json!({}), json!({})));
    assert_eq!(none["ok"], json!(false), "{none}");
    assert!(none["problems"].as_array().is_some_and(|ps| ps.iter().any(|p| p["figure"]["key"] == key)), "{none}");
    // Answered inside the carried request, in the money request, and in both (money's wins).
    let inner = run(request(json!({ key: 400 }), json!({})));
    let outer = run(request(json!({}), json!({ key: 500 })));
    let both = run(request(json!({ key: 400 }), json!({ key: 500 })));
    assert_eq!(units(&inner), Some(800), "{inner}");
    assert_eq!(units(&outer), Some(1000), "{outer}");
    assert_eq!(units(&both), Some(1000), "{both}");
}
