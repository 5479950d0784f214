//! 就労系: property tests (no panic; bands monotone; 減算 never add; the
//! 平均工賃月額 rounding equals an independent integer computation; the 80% rule).

use proptest::prelude::*;
use serde_json::{json, Value};

fn run(v: Value) -> Value {
    hoshu::api::to_value(&hoshu::api::run_value(v))
}

fn problems_named(r: &Value) -> Result<(), TestCaseError> {
    let problems = r["problems"].as_array().cloned().unwrap_or_default();
    prop_assert!(!problems.is_empty());
    for p in problems {
        prop_assert!(!p["field"].as_str().unwrap_or("").is_empty(), "{p}");
        prop_assert!(!p["message"].as_str().unwrap_or("").is_ascii(), "{p}");
    }
    Ok(())
}

fn month() -> impl Strategy<Value = String> {
    (2023i32..2028, 1u32..13).prop_map(|(y, m)| format!("{y}-{m:02}"))
}

fn b_request() -> impl Strategy<Value = Value> {
    (
        (month(), 0i64..120, prop_oneof![Just("6"), Just("7.5"), Just("10"), Just("8")], any::<bool>(), any::<bool>()),
        (prop_oneof![Just(json!(null)), (0i64..80_000).prop_map(|w| json!(w)), Just(json!("abc"))], any::<bool>()),
        (0i64..50_000_000, 0i64..20_000, 0i64..370, any::<bool>()),
        (any::<bool>(), 0i64..6, 0i64..6, 0i64..40, 0i64..70, 0i64..8, any::<bool>()),
    )
        .prop_map(|((m, cap, staff, r8, part), (wage, nd), (wt, wu, wo, use_wage), (over, short, plan, days, tr, ab, peer))| {
            let mut office = json!({"capacity": cap, "staffing": staff, "r8_target": r8, "b_system": if part {"participation"} else {"wage"},
                "average_wage": wage, "new_designation": nd, "over_capacity": over, "staff_shortage_month": short, "transport": "i",
                "regional_collab": part});
            if use_wage {
                office["wage_total"] = json!(wt);
                office["wage_user_days"] = json!(wu);
                office["wage_open_days"] = json!(wo);
            }
            json!({"calculator": "shuro.b.month", "service_month": m, "office": office,
                   "users": [{"days": days, "plan_missing_month": plan, "transport_one_ways": tr, "absence_responses": ab, "peer_support": peer && part}]})
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn b_month_answers_or_names_fields(req in b_request()) {
        let r = run(req.clone());
        if r["ok"] == json!(true) {
            let res = &r["result"];
            let basic = res["basic"]["units"].as_i64().unwrap();
            prop_assert!(basic > 0 && basic <= 837);
            // 減算 never add units; the user's basic line is 所定単位数 × days.
            let lines = res["users"][0]["lines"].as_array().unwrap();
            for l in lines {
                if l["kind"] == "reduction" { prop_assert!(l["per"].as_i64().unwrap() <= 0); }
                else { prop_assert!(l["per"].as_i64().unwrap() >= 0); }
            }
            let days = req["users"][0]["days"].as_i64().unwrap();
            prop_assert_eq!(lines[0]["units"].as_i64().unwrap(), basic * days);
            prop_assert!(!res["steps"].as_array().unwrap().is_empty());
        } else {
            problems_named(&r)?;
        }
    }

    /// 平均工賃月額 = round_half_up(total ÷ ceil_1dp(user_days ÷ open_days) ÷ 12), in integers.
    #[test]
    fn average_wage_matches_integer_formula(wt in 0i64..100_000_000, wu in 1i64..20_000, wo in 1i64..367) {
        let r = run(json!({"calculator": "shuro.b.month", "service_month": "2024-06",
            "office": {"capacity": 20, "staffing": "6", "wage_total": wt, "wage_user_days": wu, "wage_open_days": wo},
            "users": [{"days": 1}]}));
        prop_assert_eq!(&r["ok"], &json!(true), "{}", r["problems"]);
        let tenths = (wu * 10 + wo - 1) / wo; // ceil(wu/wo) to one decimal, in tenths
        let den = tenths * 12;
        let want = (2 * wt * 10 + den) / (2 * den); // half up
        prop_assert_eq!(r["result"]["basic"]["average_wage"].as_i64().unwrap(), want);
    }

    /// A higher 平均工賃月額 never gives fewer units (same office, same table).
    #[test]
    fn b_units_monotone_in_wage(w1 in 0i64..60_000, w2 in 0i64..60_000, r8 in any::<bool>(), cap in 1i64..100,
                                staff in prop_oneof![Just("6"), Just("7.5"), Just("10")], m in prop_oneof![Just("2024-06"), Just("2026-06")]) {
        let (lo, hi) = if w1 <= w2 { (w1, w2) } else { (w2, w1) };
        let u = |w: i64| run(json!({"calculator": "shuro.b.month", "service_month": m,
            "office": {"capacity": cap, "staffing": staff, "average_wage": w, "r8_target": r8}, "users": [{"days": 1}]}))["result"]["basic"]["units"].as_i64().unwrap();
        prop_assert!(u(lo) <= u(hi));
    }

    /// A higher スコア never gives fewer units.
    #[test]
    fn a_units_monotone_in_score(s1 in 0i64..201, s2 in 0i64..201, cap in 1i64..20) {
        let (lo, hi) = if s1 <= s2 { (s1, s2) } else { (s2, s1) };
        let u = |s: i64| run(json!({"calculator": "shuro.a.month", "service_month": "2024-06",
            "office": {"capacity": cap, "staffing": "7.5", "score": s}, "users": [{"days": 1}]}))["result"]["basic"]["units"].as_i64().unwrap();
        prop_assert!(u(lo) <= u(hi));
    }

    /// 定着率 bands: monotone, for 移行 and 定着.
    #[test]
    fn rate_units_monotone(n1 in 0i64..50, n2 in 0i64..50, d in 50i64..60) {
        let (lo, hi) = if n1 <= n2 { (n1, n2) } else { (n2, n1) };
        // 就労定着支援 is monthly: its users have no 利用日数 (refused by name when sent).
        for (calc, a, b, user) in [("shuro.ikou.month", "settled", "settled_base", json!({"days": 1})), ("shuro.teichaku.month", "retained", "retained_base", json!({}))] {
            let u = |n: i64| run(json!({"calculator": calc, "service_month": "2024-06",
                "office": {"capacity": 20, a: n, b: d}, "users": [user.clone()]}))["result"]["basic"]["units"].as_i64().unwrap();
            prop_assert!(u(lo) <= u(hi));
        }
    }

    /// 特定事業所集中減算 applies exactly when top/total > 80% without 正当な理由.
    #[test]
    fn concentration_rule(total in 1i64..200, top_pct in 0i64..101, justified in any::<bool>()) {
        let top = total * top_pct / 100;
        let r = run(json!({"calculator": "shuro.sentaku.month", "service_month": "2025-10",
            "office": {"concentration": {"a_total": total, "a_top": top, "justified": justified}}, "users": [{"days": 5}]}));
        prop_assert_eq!(&r["ok"], &json!(true));
        let want = top * 10 > total * 8 && !justified;
        prop_assert_eq!(r["result"]["concentration_reduction"].as_bool().unwrap(), want);
    }

    #[test]
    fn arbitrary_json_never_panics(v in arbitrary_json(), which in 0usize..6) {
        let calc = ["shuro.b.month", "shuro.a.month", "shuro.ikou.month", "shuro.teichaku.month", "shuro.sentaku.month", "shuro.eligibility"][which];
        let mut obj = json!({"calculator": calc});
        if let Value::Object(m) = v { for (k, x) in m { obj[k] = x; } }
        let _ = hoshu::api::run_value(obj);
    }

    #[test]
    fn eligibility_answers_or_names_fields(y in 2023i32..2028, m in 1u32..13, svc in prop_oneof![Just("b"), Just("a"), Just("ikou"), Just("sentaku"), Just("x")],
                                           age in -1i64..90, exp in any::<bool>(), pen in any::<bool>(), ass in any::<bool>(), same in any::<bool>()) {
        let r = run(json!({"calculator": "shuro.eligibility", "date": format!("{y}-{m:02}-15"), "service": svc, "age": age,
            "work_experience": exp, "pension_grade1": pen, "assessed": ass, "other_day_service_same_day": same}));
        if r["ok"] == json!(true) {
            let v = r["result"]["verdict"].as_str().unwrap();
            prop_assert!(["direct", "after_assessment", "needs_sentaku", "needs_assessment", "may_use", "not_same_day"].contains(&v));
            if svc == "b" && (exp || pen || age >= 50) { prop_assert!(v == "direct" || v == "may_use"); }
        } else {
            problems_named(&r)?;
        }
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
                    Just("users".to_string()),
                    Just("service_month".to_string()),
                    Just("capacity".to_string()),
                    Just("days".to_string()),
                    Just("concentration".to_string()),
                    Just("date".to_string()),
                    "[a-z_]{1,8}"
                ],
                inner,
                0..6
            )
            .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}
