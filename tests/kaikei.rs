//! Property tests of the 就労支援事業会計 ledger and price: for any years, a
//! reserve never exceeds its yearly limit or the surplus, a balance a reserve was
//! added to never exceeds its ceiling, balances carry from year to year, every
//! amount is exact yen, and the break-even price is the least covering yen price.

use proptest::prelude::*;
use serde_json::{json, Value};

fn amount(max: i64) -> impl Strategy<Value = Value> {
    prop_oneof![
        6 => (0i64..max).prop_map(|v| json!(v)),
        1 => Just(json!(0)),
        1 => Just(json!(null)),
        1 => (0i64..max).prop_map(|v| json!(format!("{v}"))),
    ]
}

fn year() -> impl Strategy<Value = Value> {
    (
        (
            prop_oneof![1 => 0i64..3_000_000, 2 => 2_500_000i64..3_000_000],
            any::<bool>(),
            -500_000i64..2_000_000,
            0i64..5_000_000,
            0i64..3_000_000,
        ),
        (amount(600_000), amount(600_000), amount(600_000)),
        (amount(400_000), amount(400_000)),
        (0i64..5, amount(500_000), amount(30_000)),
    )
        .prop_map(|((w, d, s, inc, asset), (wd, ep, ed), (wr, er), (delay, tu, tr))| {
            json!({
                "wages_paid": w, "disaster": d, "surplus": s, "production_income": inc, "asset_cost": asset,
                "wage_draw": wd, "equipment_purchase": ep, "equipment_draw": ed,
                "wage_reserve_request": wr, "equipment_reserve_request": er,
                "benefit_delay_months": delay, "temporary_use": tu, "temporary_repaid": tr,
            })
        })
}

/// Ledgers inside the data's period (令和6〜8年度), so that most are answered;
/// periods outside are tested by the case files and `tests/temporal.rs`.
fn ledger() -> impl Strategy<Value = Value> {
    (2024i32..2027)
        .prop_flat_map(|first| {
            (
                Just(first),
                prop::collection::vec(
                    (prop_oneof![3 => (0i64..3_000_000).prop_map(|v| json!(v)), 1 => Just(json!(null))], any::<bool>()),
                    0..3,
                ),
                (0i64..3_000_000, any::<bool>()),
                prop::collection::vec(year(), 1..=(2027 - first) as usize),
                (0i64..1_500_000, 0i64..2_000_000, 0i64..100_000),
            )
        })
        .prop_map(|(first, older, (last_w, last_d), years, (wo, eo, to))| {
            let mut history: Vec<Value> =
                older.into_iter().map(|(w, d)| json!({"wages_paid": w, "disaster": d})).collect();
            history.push(json!({"wages_paid": last_w, "disaster": last_d}));
            json!({
                "calculator": "kaikei.ledger",
                "first_fiscal_year": first,
                "opening": {"wage_reserve": wo, "equipment_reserve": eo, "temporary_outstanding": to.min(wo + eo)},
                "history": history,
                "years": years,
            })
        })
}

fn int(v: &Value) -> i64 {
    v.as_i64().unwrap_or_else(|| panic!("not an exact integer: {v}"))
}

fn opt_int(v: &Value) -> Option<i64> {
    if v.is_null() {
        None
    } else {
        Some(int(v))
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 500, ..ProptestConfig::default() })]

    #[test]
    fn ledger_invariants(req in ledger()) {
        let r = hoshu::api::to_value(&hoshu::api::run_value(req.clone()));
        if r["ok"] != json!(true) {
            // Inside the period, only an over-repaid temporary use is refused.
            for p in r["problems"].as_array().unwrap() {
                prop_assert!(p["field"].as_str().unwrap().ends_with("temporary_repaid"), "{p}");
            }
            for p in r["problems"].as_array().unwrap() {
                prop_assert!(!p["field"].as_str().unwrap().is_empty(), "{p}");
                prop_assert!(!p["message"].as_str().unwrap().is_ascii(), "{p}");
            }
            return Ok(());
        }
        let years = r["result"]["years"].as_array().unwrap();
        let mut prev: Option<(i64, i64, i64)> = None;
        for y in years {
            let available = int(&y["available"]);
            let surplus = int(&y["surplus"]);
            let drawn = int(&y["reserves_drawn"]);
            prop_assert_eq!(available, (surplus + drawn).max(0));
            let mut added = 0;
            for k in ["wage_reserve", "equipment_reserve"] {
                let x = &y[k];
                let opening = int(&x["opening"]);
                let draw = int(&x["draw_allowed"]);
                let reserve = int(&x["reserve_allowed"]);
                let closing = int(&x["closing"]);
                prop_assert!(reserve >= 0 && draw >= 0);
                prop_assert!(draw <= opening, "{k}: drew {draw} from {opening}");
                prop_assert!(draw <= int(&x["draw_requested"]));
                prop_assert_eq!(closing, opening - draw + reserve);
                // A yearly reserve never exceeds its limit or the surplus.
                if let Some(limit) = opt_int(&x["yearly_limit"]) {
                    prop_assert!(reserve <= limit, "{k}: {reserve} > limit {limit}");
                } else {
                    prop_assert_eq!(reserve, 0);
                }
                prop_assert!(reserve <= available);
                if let Some(req) = opt_int(&x["reserve_requested"]) {
                    prop_assert!(reserve <= req);
                }
                // A balance never exceeds its ceiling by a reserve; without one it never grows.
                if let Some(ceiling) = opt_int(&x["ceiling"]) {
                    if reserve > 0 {
                        prop_assert!(closing <= ceiling, "{k}: closing {closing} > ceiling {ceiling}");
                    }
                    prop_assert!(closing <= ceiling.max(opening));
                }
                if y["wages_not_below_previous"] == json!(false) {
                    prop_assert_eq!(reserve, 0);
                }
                added += reserve;
            }
            prop_assert!(added <= available, "both reserves {added} > available {available}");
            prop_assert_eq!(int(&y["reserves_added"]), added);
            prop_assert_eq!(int(&y["carried_forward"]), surplus + drawn - added);
            // The wage top-up never lifts wages above the guaranteed level.
            let top = int(&y["wage_top_up"]);
            if top > 0 {
                let level = int(&y["guaranteed_level"]);
                prop_assert!(int(&y["wages_paid"]) + top <= level);
            }
            // Balances carry forward.
            let w = &y["wage_reserve"];
            let e = &y["equipment_reserve"];
            if let Some((pw, pe, pt)) = prev {
                prop_assert_eq!(int(&w["opening"]), pw);
                prop_assert_eq!(int(&e["opening"]), pe);
                prop_assert_eq!(int(&y["temporary"]["opening_outstanding"]), pt);
            }
            let t = &y["temporary"];
            prop_assert!(int(&t["closing_outstanding"]) >= 0);
            prop_assert_eq!(int(&y["reserve_assets_required"]), int(&w["closing"]) + int(&e["closing"]));
            prev = Some((int(&w["closing"]), int(&e["closing"]), int(&t["closing_outstanding"])));
            prop_assert!(!y["steps"].as_array().unwrap().is_empty());
        }
    }

    #[test]
    fn price_invariants(
        volume in 1i64..100_000,
        mfg in 0i64..50_000_000,
        sga in 0i64..10_000_000,
        price in prop::option::of(0i64..10_000),
        users in prop::option::of(1i64..50),
        target in prop::option::of(0i64..100_000),
    ) {
        let req = json!({"calculator": "kaikei.price", "fiscal_year": 2025, "volume": volume,
            "manufacturing_cost_total": mfg, "sga_cost": sga, "price": price, "users": users, "target_monthly_wage": target});
        let r = hoshu::api::to_value(&hoshu::api::run_value(req));
        if target.is_some() && users.is_none() {
            prop_assert_eq!(&r["problems"][0]["field"], &json!("users"));
            return Ok(());
        }
        prop_assert_eq!(&r["ok"], &json!(true), "{}", r["problems"]);
        let res = &r["result"];
        let total = mfg + sga;
        let be = int(&res["break_even_price"]);
        // The least whole-yen price that covers the costs.
        prop_assert!(be * volume >= total);
        prop_assert!(be == 0 || (be - 1) * volume < total);
        if let Some(p) = price {
            prop_assert_eq!(int(&res["surplus"]), p * volume - total);
            prop_assert_eq!(int(&res["wage_fund"]), (p * volume - total).max(0));
            if let Some(n) = users {
                let month = int(&res["wage_per_user_month"]);
                prop_assert!(month * n * 12 <= (p * volume - total).max(0));
            }
        }
        if let (Some(t), Some(n)) = (target, users) {
            let tp = int(&res["target_price"]);
            prop_assert!(tp * volume >= total + t * n * 12);
            prop_assert!(tp == 0 || (tp - 1) * volume < total + t * n * 12);
        }
    }

    #[test]
    fn arbitrary_requests_never_panic(v in any::<(i64, bool, String)>()) {
        let (n, b, s) = v;
        for req in [
            json!({"calculator": "kaikei.ledger", "first_fiscal_year": s, "history": [{"wages_paid": n, "disaster": s}], "years": [{"wages_paid": n, "surplus": s, "disaster": b}]}),
            json!({"calculator": "kaikei.ledger", "first_fiscal_year": n, "history": n, "years": [n, s]}),
            json!({"calculator": "kaikei.ledger", "first_fiscal_year": 2024, "opening": {"wage_reserve": n, "temporary_outstanding": n},
                   "history": [{"wages_paid": n}], "years": [{"wages_paid": n, "surplus": n, "production_income": n, "asset_cost": n, "wage_draw": n,
                   "equipment_purchase": n, "equipment_draw": n, "temporary_use": n, "benefit_delay_months": n, "temporary_repaid": n}]}),
            json!({"calculator": "kaikei.price", "fiscal_year": s, "volume": n, "operating_days": n, "daily_output": n,
                   "manufacturing_cost_per_item": n, "sga_cost": n, "price": n, "users": n, "target_monthly_wage": n}),
        ] {
            let _ = hoshu::api::run_value(req);
        }
    }
}
