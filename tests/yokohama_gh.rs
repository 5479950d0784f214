//! Property tests of the 横浜市 GH calculators: no panic on any roster; no amount
//! exceeds its cap; 日割り never exceeds the full month; the home's totals equal
//! the sum of the residents (and of the vacancy subsidies).

use proptest::prelude::*;
use serde_json::{json, Value};

const RENT_CAP_MAX: i64 = 44_250;
const CARE_MAX: i64 = 24_170;
const BASIC_MAX: i64 = 27_000;

fn kubun() -> impl Strategy<Value = Value> {
    prop_oneof![
        60 => (0u32..7).prop_map(|k| if k == 0 { json!("none") } else { json!(k.to_string()) }),
        1 => Just(json!("7")),
        1 => Just(json!(null)),
    ]
}

/// A move-in (days 1–14, or before the month) or move-out (days 14–28) date, sometimes unreadable.
fn day(month: (i32, u32), out: bool) -> impl Strategy<Value = Value> {
    let (lo, hi, before) = if out { (14u32, 29u32, "2030-01-01") } else { (1, 15, "2025-03-20") };
    prop_oneof![
        60 => Just(Value::Null),
        40 => (lo..hi).prop_map(move |d| json!(format!("{}-{:02}-{:02}", month.0, month.1, d))),
        5 => Just(json!(before)),
        1 => Just(json!("not a date")),
    ]
}

fn resident(month: (i32, u32)) -> impl Strategy<Value = Value> {
    (
        kubun(),
        prop_oneof![30 => Just("yokohama"), 20 => Just("other"), 1 => Just("bogus")],
        any::<bool>(),
        any::<bool>(),
        day(month, false),
        day(month, true),
        any::<bool>(),
        prop_oneof![Just("basic"), Just("additions_only"), Just("none")],
        any::<bool>(),
    )
        .prop_map(|(k, a, rs, ss, mi, mo, trial, claim, plan)| {
            let other = a == "other";
            json!({"kubun": k, "authority": a, "other_rent_subsidy": rs && other, "other_staff_subsidy": ss && other,
                   "move_in": mi, "move_out": mo, "trial": trial, "national_claim": claim, "plan_missing_reduction": plan})
        })
}

fn month() -> impl Strategy<Value = (i32, u32)> {
    prop_oneof![Just((2025, 4)), Just((2025, 6)), Just((2026, 1)), Just((2026, 2)), Just((2026, 3)), Just((2026, 4))]
}

fn request() -> impl Strategy<Value = Value> {
    month().prop_flat_map(|m| {
        (
            Just(m),
            prop_oneof![1 => 2i64..4, 10 => 4i64..11, 1 => 11i64..13],
            prop_oneof![Just("urban"), Just("adjustment")],
            prop_oneof![Just("rented"), Just("owned")],
            0i64..1_000_000,
            prop_oneof![Just(Value::Null), (0i64..3000).prop_map(|w| json!(w))],
            prop_oneof![Just("weekdays"), Just("all_year")],
            any::<bool>(),
            0i64..3,
            prop::collection::vec(resident(m), 0..5),
            prop::collection::vec((0i64..80_000, prop_oneof![Just("2022-01"), Just("2023-06"), Just("2025-04")]), 0..3),
        )
    })
    .prop_map(|((y, mo), cap, area, building, rent, water, support, night, empty, residents, sats)| {
        let mut home = json!({"capacity": cap, "area": area, "established_fiscal_year": 2010, "building": building,
            "water_cost_per_resident": water, "support": support, "night_support": night, "empty_rooms": empty,
            "satellite_vacancies": sats.iter().map(|(r, s)| json!({"rent": r, "start_month": s})).collect::<Vec<_>>()});
        if building == "rented" {
            home["monthly_rent"] = json!(rent);
        }
        json!({"calculator": "yokohama_gh.month", "service_month": format!("{y}-{mo:02}"), "home": home, "residents": residents})
    })
}

const ITEMS: [&str; 5] = ["rent_addition", "water_addition", "care_addition", "basic_operation", "service_management"];

proptest! {
    #![proptest_config(ProptestConfig { cases: 500, ..ProptestConfig::default() })]

    #[test]
    fn caps_prorating_and_totals(req in request()) {
        let r = hoshu::api::to_value(&hoshu::api::run_value(req));
        if r["ok"] != json!(true) {
            prop_assert!(!r["problems"].as_array().unwrap().is_empty());
            return Ok(());
        }
        let res = &r["result"];
        let rent_unit = res["rent_unit"].as_i64().unwrap();
        prop_assert!(rent_unit <= res["rent_cap"].as_i64().unwrap());
        prop_assert!(rent_unit <= RENT_CAP_MAX);
        prop_assert!(res["water_unit"].as_i64().unwrap() <= 1300);
        let mut sums = [0i64; 5];
        let mut route_sum = 0;
        for p in res["residents"].as_array().unwrap() {
            let a = |k: &str| p[k]["amount"].as_i64().unwrap();
            prop_assert!(a("rent_addition") <= rent_unit);
            prop_assert!(a("water_addition") <= 1300);
            prop_assert!(a("care_addition") <= CARE_MAX);
            prop_assert!(a("service_management") <= 5000);
            // 日割り never exceeds the full month's 単価.
            prop_assert!(a("basic_operation") <= BASIC_MAX);
            prop_assert!(p["days_enrolled"].as_i64().unwrap() <= p["month_days"].as_i64().unwrap());
            // The first-day items are paid only to residents in the home on the first day.
            if p["on_first_day"] != json!(true) {
                prop_assert_eq!(a("rent_addition") + a("water_addition") + a("care_addition"), 0);
            }
            let mut t = 0;
            for (i, k) in ITEMS.iter().enumerate() {
                let v = a(k);
                prop_assert!(v >= 0);
                if p[k]["eligible"] != json!(true) { prop_assert_eq!(v, 0); }
                sums[i] += v;
                t += v;
            }
            prop_assert_eq!(t, p["total"].as_i64().unwrap());
        }
        let it = res["item_totals"].as_array().unwrap();
        for (i, s) in sums.iter().enumerate() {
            prop_assert_eq!(*s, it[i]["amount"].as_i64().unwrap());
        }
        let v = &res["vacancy"];
        prop_assert!(v["rent_per_room"].as_i64().unwrap() <= RENT_CAP_MAX);
        prop_assert!(v["care_per_room"].as_i64().unwrap() <= CARE_MAX);
        for s in v["satellite"].as_array().unwrap() { prop_assert!(s.as_i64().unwrap() <= 35_400); }
        prop_assert_eq!(v["total"].as_i64().unwrap(),
            v["rent"].as_i64().unwrap() + v["care"].as_i64().unwrap() + v["satellite_total"].as_i64().unwrap());
        for rt in res["route_totals"].as_array().unwrap() { route_sum += rt["amount"].as_i64().unwrap(); }
        let total = res["total"].as_i64().unwrap();
        prop_assert_eq!(route_sum, total);
        prop_assert_eq!(sums.iter().sum::<i64>() + v["total"].as_i64().unwrap(), total);
    }

    #[test]
    fn basic_operation_prorating_never_exceeds_full_month(unit in 0i64..30_000, days in 0u32..32, mdays in 28u32..32) {
        let days = days.min(mdays);
        let v = hoshu::local::yokohama::gh::prorate(unit, days, mdays);
        prop_assert!(v <= unit);
        prop_assert!(v >= 0);
        if days == mdays { prop_assert_eq!(v, unit); }
    }

    #[test]
    fn setup_grants_within_caps(kind in 1u8..5, cost in 0i64..30_000_000, spr in any::<bool>(),
                               items in prop::collection::vec(0i64..400_000, 0..5),
                               works in prop::collection::vec(0i64..3_000_000, 0..4),
                               area in prop_oneof![Just(Value::Null), (0i64..500).prop_map(|a| json!(a))],
                               sworks in 0i64..20_000_000, office in 0i64..1_000_000, pump in any::<bool>(), mv in any::<bool>()) {
        let building = if kind <= 2 { "rented" } else { "owned" };
        let req = json!({"calculator": "yokohama_gh.setup", "fiscal_year": 2025, "building": building, "purpose": if mv {"move"} else {"new"},
            "maintenance": {"kind": kind.to_string(), "sprinkler": spr, "remodel_cost": cost, "rights_cost": if kind <= 2 { cost / 3 } else { 0 }, "facility_cost": cost},
            "furnishing_items": items, "renovation_works": works,
            "sprinkler": {"area_m2": area, "pump_unit": pump, "works_cost": sworks, "office_cost": office}});
        let r = hoshu::api::to_value(&hoshu::api::run_value(req));
        prop_assert_eq!(&r["ok"], &json!(true), "{}", r["problems"]);
        let res = &r["result"];
        let mut sum = 0;
        for k in ["maintenance", "furnishing", "renovation", "sprinkler"] {
            if res[k].is_object() {
                let g = res[k]["grant"].as_i64().unwrap();
                prop_assert!(g <= res[k]["cap"].as_i64().unwrap(), "{k}");
                prop_assert!(g <= res[k]["eligible_cost"].as_i64().unwrap(), "{k}");
                prop_assert!(g >= 0);
                sum += g;
            }
        }
        if kind >= 3 { prop_assert!(res["maintenance"]["grant"].as_i64().unwrap() * 4 <= cost * 3); }
        prop_assert!(res["furnishing"].is_null() || res["furnishing"]["grant"].as_i64().unwrap() <= 500_000);
        prop_assert_eq!(sum, res["total"].as_i64().unwrap());
    }
}

proptest! {
    #[test]
    fn arbitrary_requests_never_panic(v in any::<(i64, bool, String)>()) {
        let (n, b, s) = v;
        for req in [
            json!({"calculator": "yokohama_gh.month", "service_month": s, "home": {"capacity": n, "area": s, "monthly_rent": n, "empty_rooms": n,
                   "satellite_vacancies": [{"rent": n, "start_month": s}]}, "residents": [{"kubun": s, "authority": s, "move_in": s, "trial": b}]}),
            json!({"calculator": "yokohama_gh.month", "service_month": "2025-06", "home": {"capacity": 4, "area": "urban", "building": "rented",
                   "monthly_rent": n, "support": "weekdays", "water_cost_per_resident": n, "empty_rooms": n,
                   "satellite_vacancies": [{"rent": n, "start_month": "2025-06"}]},
                   "residents": [{"kubun": "2", "authority": "yokohama", "kubun_change_date": s, "new_kubun": s}]}),
            json!({"calculator": "yokohama_gh.setup", "fiscal_year": s, "building": s, "purpose": s, "maintenance": {"kind": s, "facility_cost": n},
                   "furnishing_items": [n, s], "renovation_works": [n], "sprinkler": {"area_m2": s, "works_cost": n, "office_cost": n, "pump_unit": b}}),
            json!({"calculator": "yokohama_gh.setup", "fiscal_year": 2025, "building": "owned", "purpose": "new", "maintenance": {"kind": "3", "facility_cost": n},
                   "sprinkler": {"area_m2": n, "works_cost": n, "office_cost": n}}),
        ] {
            let _ = hoshu::api::run_value(req);
        }
    }
}

#[test]
fn leap_and_common_february_prorating() {
    use hoshu::engine::date::YearMonth;
    // 令和10年2月 (2028, leap) and 令和8年2月 (2026, common): the seed's formula with 当月日数.
    let leap = YearMonth::new(2028, 2).unwrap().days();
    let common = YearMonth::new(2026, 2).unwrap().days();
    assert_eq!((leap, common), (29, 28));
    // 2月15日入居: 15 days (leap) / 14 days (common), 365日・4人・区分1以下 27,000円.
    assert_eq!(hoshu::local::yokohama::gh::prorate(27_000, 15, leap), 13_965); // 405,000 ÷ 29 = 13,965.5… → 13,965
    assert_eq!(hoshu::local::yokohama::gh::prorate(27_000, 14, common), 13_500);
    // The whole month is the 単価.
    assert_eq!(hoshu::local::yokohama::gh::prorate(27_000, 29, leap), 27_000);
    // The seed's example.
    assert_eq!(hoshu::local::yokohama::gh::prorate(14_000, 15, 31), 6_774);
}
