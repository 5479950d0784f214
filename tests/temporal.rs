//! Temporal coverage (after Catala's): for every month from 2024-04 to 2027-03,
//! every figure key resolves to at most one row, and every calculator resolves
//! its rules to exactly one set of figures — or answers a named "not in force"
//! problem on its month field. Months before 2024-04 and after the data's
//! horizon are refused, never answered from another period's table.

use hoshu::engine::date::YearMonth;
use hoshu::engine::params::all_rows;
use serde_json::{json, Value};
use std::collections::BTreeMap;

fn months(from: (i32, u32), to: (i32, u32)) -> Vec<YearMonth> {
    let mut m = YearMonth::new(from.0, from.1).unwrap();
    let end = YearMonth::new(to.0, to.1).unwrap();
    let mut out = vec![];
    while m <= end {
        out.push(m);
        m = m.next();
    }
    out
}

#[test]
fn every_key_has_at_most_one_row_each_month() {
    let mut by_key: BTreeMap<&str, Vec<_>> = BTreeMap::new();
    for r in all_rows() {
        by_key.entry(r.key).or_default().push(r);
    }
    for m in months((2023, 1), (2027, 12)) {
        for (key, rows) in &by_key {
            let n = rows.iter().filter(|r| r.in_force(m)).count();
            assert!(n <= 1, "{key}: {n} rows in force in {m}");
        }
    }
}

/// A valid request for each calculator, with the name of its month field and
/// how to write a month into it. Add a line per calculator.
/// (month field, request, how to write a month into it).
type Sample = (&'static str, Value, fn(&mut Value, YearMonth));

fn samples() -> Vec<Sample> {
    fn set_date(v: &mut Value, m: YearMonth) {
        v["service_date"] = json!(format!("{m}-01"));
    }
    fn set_month(v: &mut Value, m: YearMonth) {
        v["service_month"] = json!(m.to_string());
        v["days"] = json!([{ "date": format!("{m}-01") }]);
    }
    let plan = json!({"service_minutes": "6:00"});
    vec![
        (
            "service_date",
            json!({"calculator": "seikatsu_kaigo.day", "office": {"capacity": 75}, "user": {"kubun": "6"}, "plan": plan, "day": {}}),
            set_date,
        ),
        (
            "service_month",
            json!({"calculator": "seikatsu_kaigo.month", "office": {"capacity": 75}, "user": {"kubun": "3"}, "plan": plan}),
            set_month,
        ),
        (
            "service_month",
            json!({"calculator": "money.office_month", "service": "units", "price_service": "shuro-b", "region": {"grade": "2"},
                   "users": [{"burden_category": "general-1", "units": 12345}]}),
            |v, m| v["service_month"] = json!(m.to_string()),
        ),
        (
            "service_month",
            json!({"calculator": "money.office_month", "service": "seikatsu_kaigo", "region": {"municipality": "kanagawa-yokohama"},
                   "office": {"capacity": 75}, "users": [{"burden_category": "general-1", "kubun": "6", "standard_minutes": "6:00", "days": 20}]}),
            |v, m| v["service_month"] = json!(m.to_string()),
        ),
        (
            "service_month",
            json!({"calculator": "shuro.b.month", "office": {"capacity": 20, "staffing": "6", "average_wage": 46000, "r8_target": true},
                   "users": [{"days": 20, "plan_missing_month": 3}]}),
            |v, m| v["service_month"] = json!(m.to_string()),
        ),
        (
            "service_month",
            json!({"calculator": "shuro.a.month", "office": {"capacity": 20, "staffing": "7.5", "score": 170}, "users": [{"days": 20}]}),
            |v, m| v["service_month"] = json!(m.to_string()),
        ),
        (
            "service_month",
            json!({"calculator": "shuro.ikou.month", "office": {"capacity": 20, "settled": 10, "settled_base": 20}, "users": [{"days": 20}]}),
            |v, m| v["service_month"] = json!(m.to_string()),
        ),
        (
            "service_month",
            json!({"calculator": "shuro.teichaku.month", "office": {"retained": 19, "retained_base": 20}, "users": [{}]}),
            |v, m| v["service_month"] = json!(m.to_string()),
        ),
        (
            "service_month",
            json!({"calculator": "shuro.sentaku.month", "office": {"concentration": {"b_total": 10, "b_top": 9}}, "users": [{"days": 10}]}),
            |v, m| v["service_month"] = json!(m.to_string()),
        ),
        ("date", json!({"calculator": "shuro.eligibility", "service": "b", "age": 30}), |v, m| {
            v["date"] = json!(format!("{m}-01"))
        }),
        (
            // 就労支援事業会計: the 年度 that holds the month (its 決算 month must be within the horizon).
            "first_fiscal_year",
            json!({"calculator": "kaikei.ledger", "history": [{"wages_paid": 1000000}, {"wages_paid": 1100000}, {"wages_paid": 1200000}],
                   "years": [{"wages_paid": 1300000, "surplus": 200000, "production_income": 3000000, "asset_cost": 2000000}]}),
            |v, m| v["first_fiscal_year"] = json!(m.fiscal_year()),
        ),
        (
            "fiscal_year",
            json!({"calculator": "kaikei.price", "volume": 10000, "manufacturing_cost_total": 500000, "sga_cost": 100000, "price": 110}),
            |v, m| v["fiscal_year"] = json!(m.fiscal_year()),
        ),
        (
            "service_month",
            json!({"calculator": "yokohama_gh.month", "home": {"capacity": 4, "area": "urban", "building": "rented", "monthly_rent": 200000,
                   "support": "all_year", "night_support": true, "empty_rooms": 1}, "residents": [{"kubun": "2", "authority": "yokohama"}]}),
            |v, m| v["service_month"] = json!(m.to_string()),
        ),
        (
            "fiscal_year",
            json!({"calculator": "yokohama_gh.setup", "building": "owned", "purpose": "new", "maintenance": {"kind": "3", "facility_cost": 12000000}}),
            |v, m| v["fiscal_year"] = json!(m.fiscal_year()),
        ),
        (
            "service_month",
            json!({"calculator": "soudan.month", "office": {"kind": "kyoka-2", "staff_fte": "1", "chief": "i"},
                   "cases": [{"kind": "keikaku", "service": "plan", "additions": {"first": true}},
                             {"kind": "ji", "service": "none", "additions": {"intensive_visit": 1, "service_monitoring": 1}, "staff": "A"}]}),
            |v, m| v["service_month"] = json!(m.to_string()),
        ),
        (
            "start_month",
            json!({"calculator": "soudan.monitoring", "services": ["kyotaku", "seikatsu-kaigo"], "new_user": true}),
            |v, m| {
                v["start_month"] = json!(m.to_string());
                v["end_month"] = json!(m.to_string());
            },
        ),
    ]
}

/// Last month each calculator is in force: the data's horizon, unless its
/// figures are registered for a shorter period.
fn last_month(calculator: &str) -> YearMonth {
    match calculator {
        // 横浜市 GH: 令和7年度版の事務マニュアル → 令和8年3月まで (later: a named not-in-force).
        c if c.starts_with("yokohama_gh.") => YearMonth::new(2026, 3).unwrap(),
        _ => YearMonth::new(2027, 3).unwrap(),
    }
}

/// First month each calculator is in force (its rule's start).
fn first_month(calculator: &str) -> YearMonth {
    match calculator {
        // 生活介護: 所要時間区分 by 標準的な時間 from 令和6年4月.
        c if c.starts_with("seikatsu_kaigo.") => YearMonth::new(2024, 4).unwrap(),
        // Units → 円 and 利用者負担 from 令和6年4月 (処遇改善加算 from 令和6年6月, tested in cases).
        "money.office_month" => YearMonth::new(2024, 4).unwrap(),
        // 就労支援事業会計の運用ガイドライン: from the product's range (令和6年度), by 年度.
        c if c.starts_with("kaikei.") => YearMonth::new(2024, 4).unwrap(),
        // 就労選択支援: from 令和7年10月1日 (seed 001).
        "shuro.sentaku.month" => YearMonth::new(2025, 10).unwrap(),
        // 就労系 (B型・A型・移行・定着) and the eligibility helper: 令和6年4月〜.
        c if c.starts_with("shuro.") => YearMonth::new(2024, 4).unwrap(),
        // 横浜市 GH: 資料4 is the 令和7年度 edition (its figures are registered for 令和7年度 only).
        c if c.starts_with("yokohama_gh.") => YearMonth::new(2025, 4).unwrap(),
        // 計画相談支援・障害児相談支援: seed 003 (令和6年度改定の内容) from 令和6年4月.
        c if c.starts_with("soudan.") => YearMonth::new(2024, 4).unwrap(),
        c => panic!("first month of {c} unknown: add it here"),
    }
}

#[test]
fn every_month_resolves_to_one_answer_or_a_named_not_in_force() {
    for (month_field, base, set) in samples() {
        let calc = base["calculator"].as_str().unwrap().to_string();
        let start = first_month(&calc);
        let horizon = last_month(&calc);
        for m in months((2023, 4), (2027, 9)) {
            let mut req = base.clone();
            set(&mut req, m);
            let r = hoshu::api::run_value(req);
            if m >= start && m <= horizon {
                assert!(r.ok, "{calc} {m}: expected an answer, got {:?}", r.problems);
            } else {
                assert!(!r.ok, "{calc} {m}: answered outside its period");
                assert!(
                    r.problems
                        .iter()
                        .all(|p| p.code == hoshu::engine::problem::Code::NotInForce && p.field == month_field),
                    "{calc} {m}: expected a named not-in-force problem on {month_field}, got {:?}",
                    r.problems
                );
            }
        }
    }
}
