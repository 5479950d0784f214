//! The reproducers of "never a wrong number, never a dead page" (issue 12):
//! each was once answered with a wrong number, an empty problem list, a
//! problem naming no field, English, or quadratic time. Each is now answered
//! by name.

use hoshu::api::{run_json, run_value, Response};
use serde_json::{json, Value};
use std::time::Instant;

fn fields(r: &Response) -> Vec<(String, String)> {
    r.problems.iter().map(|p| (p.field.clone(), p.message.clone())).collect()
}

fn japanese(s: &str) -> bool {
    s.chars().any(|c| ('\u{3040}'..='\u{30ff}').contains(&c) || ('\u{4e00}'..='\u{9fff}').contains(&c))
}

#[test]
fn absurd_user_figures_are_refused_not_computed_to_zero() {
    // Once ok: true with total_yen 0 (an overflow fell back to 0).
    let r = run_json(
        r#"{"calculator":"money.office_month","service_month":"2024-06","service":"units","price_service":"seikatsu-kaigo","region":{"grade":"2"},"treatment":{"level":"v-12"},"users":[{"burden_category":"general-1","units":10000000}],"user_figures":{"money.treatment.seikatsu-kaigo.v-12":"100000000","money.unit_price.seikatsu-kaigo.grade-2":"100000000"}}"#,
    );
    assert!(!r.ok);
    let f = fields(&r);
    assert!(
        f.iter().any(|(k, m)| k == "user_figures.money.treatment.seikatsu-kaigo.v-12" && m.contains("0以上1以下")),
        "{f:?}"
    );
    assert!(
        f.iter()
            .any(|(k, m)| k == "user_figures.money.unit_price.seikatsu-kaigo.grade-2" && m.contains("10以上12以下")),
        "{f:?}"
    );
}

#[test]
fn the_largest_sane_month_computes_exactly() {
    // 1,000 users × the most units a reader accepts, at the highest price: exact, no overflow.
    let users: Vec<Value> = (0..1000)
        .map(|i| json!({"label": format!("利用者{i}"), "burden_category": "general-2", "units": 1_000_000}))
        .collect();
    let r = run_value(
        json!({"calculator":"money.office_month","service_month":"2024-06","service":"units","price_service":"seikatsu-kaigo","region":{"grade":"1"},"users": users}),
    );
    if r.ok {
        let v = hoshu::api::to_value(&r);
        let total = v["result"]["totals"]["total_yen"].as_i64().unwrap_or(-1);
        assert!(total > 0, "{total}");
    } else {
        // Refused by name (a reader's bound), never a wrong number.
        assert!(r.problems.iter().all(|p| !p.field.is_empty() && japanese(&p.message)), "{:?}", fields(&r));
    }
}

#[test]
fn a_bad_grade_figure_is_named() {
    // Once ok: false with no problem at all.
    let r = run_json(
        r#"{"calculator":"money.office_month","service_month":"2024-06","service":"units","price_service":"seikatsu-kaigo","region":{"municipality":"mie-yokkaichi"},"users":[{"burden_category":"general-1","units":1000}],"user_figures":{"money.grade.mie-yokkaichi":"8"}}"#,
    );
    assert!(!r.ok);
    assert!(
        fields(&r).iter().any(|(k, m)| k == "user_figures.money.grade.mie-yokkaichi" && m.contains("0以上7以下")),
        "{:?}",
        fields(&r)
    );
}

#[test]
fn a_users_decimal_for_a_whole_figure_and_an_empty_key_are_the_users() {
    // Once bad_request with field "" and 「登録データの誤りです…開発者に連絡してください」.
    let r = run_json(
        r#"{"calculator":"seikatsu_kaigo.day","service_date":"2024-06-03","office":{"capacity":25},"user":{"kubun":"6"},"plan":{"service_minutes":"2:00"},"user_figures":{"seikatsu_kaigo.basic.cap-21-30.kubun6.lt3h":"1.5","":"3"}}"#,
    );
    assert!(!r.ok);
    let f = fields(&r);
    assert!(
        f.iter().any(|(k, m)| k == "user_figures.seikatsu_kaigo.basic.cap-21-30.kubun6.lt3h" && m.contains("整数")),
        "{f:?}"
    );
    assert!(f.iter().any(|(k, _)| k == "user_figures"), "{f:?}");
    assert!(r.problems.iter().all(|p| !p.message.contains("開発者")), "{f:?}");
}

#[test]
fn messages_are_japanese_and_echoes_are_short() {
    let long = "x".repeat(1_000);
    let cases = [
        json!({"calculator":"seikatsu_kaigo.day","office":{"capacity":[1,2]}}),
        json!({"calculator":"seikatsu_kaigo.day","office":"capacity"}),
        json!({"calculator":"seikatsu_kaigo.day","days":{"a":1}}),
        json!({"calculator":"seikatsu_kaigo.day","service_date": long}),
        json!({"calculator":"seikatsu_kaigo.day","office":{"capacity": long}}),
    ];
    for c in cases {
        let r = run_value(c.clone());
        assert!(!r.ok);
        for p in &r.problems {
            assert!(japanese(&p.message), "{c}: {}", p.message);
            assert!(!p.message.contains("invalid type") && !p.message.contains("expected"), "{}", p.message);
            assert!(p.message.chars().count() < 200, "{}", p.message);
        }
    }
}

#[test]
fn numbers_are_read_exactly() {
    let day = |cap: &str| {
        run_json(&format!(
            r#"{{"calculator":"seikatsu_kaigo.day","service_date":"2024-06-03","office":{{"capacity":{cap}}},"user":{{"kubun":"6"}},"plan":{{"service_minutes":"4:00"}},"day":{{}}}}"#
        ))
    };
    assert!(day("7.5e1").ok, "{:?}", fields(&day("7.5e1")));
    let big = day("18446744073709551616");
    assert!(fields(&big).iter().any(|(k, m)| k == "office.capacity" && m.contains("大きすぎ")), "{:?}", fields(&big));
    let frac = day("20.5");
    assert!(fields(&frac).iter().any(|(k, m)| k == "office.capacity" && m.contains("整数")), "{:?}", fields(&frac));
}

#[test]
fn every_list_has_a_limit_refused_before_work_in_linear_time() {
    let users: Vec<Value> = (0..100_000).map(|_| json!({"burden_category":"general-1","units":1})).collect();
    let t = Instant::now();
    let r = run_value(
        json!({"calculator":"money.office_month","service_month":"2024-06","service":"units","users": users}),
    );
    assert!(t.elapsed().as_secs_f32() < 1.0, "{:?}", t.elapsed());
    assert!(fields(&r).iter().any(|(k, m)| k == "users" && m.contains("1,000件まで")), "{:?}", fields(&r));
    // 20,000 duplicated days: refused by the list's limit, not answered in quadratic time.
    let days: Vec<Value> = (0..20_000).map(|_| json!({"date":"2024-06-03"})).collect();
    let t = Instant::now();
    let r = run_value(
        json!({"calculator":"seikatsu_kaigo.month","service_month":"2024-06","office":{"capacity":75},"user":{"kubun":"6"},"plan":{"service_minutes":"6:00"},"days": days}),
    );
    assert!(t.elapsed().as_secs_f32() < 1.0, "{:?}", t.elapsed());
    assert!(fields(&r).iter().any(|(k, _)| k == "days"), "{:?}", fields(&r));
    // Nesting, as a value and as text.
    let mut deep = json!(1);
    for _ in 0..1_000 {
        deep = json!({ "x": deep });
    }
    let r = run_value(json!({"calculator":"seikatsu_kaigo.day","office": deep}));
    assert!(!r.ok && r.problems.iter().any(|p| p.message.contains("入れ子")), "{:?}", fields(&r));
    let text =
        format!(r#"{{"calculator":"seikatsu_kaigo.day","office":{}1{}}}"#, "[".repeat(10_000), "]".repeat(10_000));
    let r = run_json(&text);
    assert!(!r.ok && r.problems.iter().any(|p| p.message.contains("入れ子")), "{:?}", fields(&r));
}

#[test]
fn text_that_is_not_json_is_answered_in_japanese() {
    for t in ["{", "[1,", "nope", ""] {
        let r = run_json(t);
        assert!(!r.ok);
        assert!(r.problems.iter().all(|p| japanese(&p.message) && p.message.contains("JSON")), "{t}: {:?}", fields(&r));
    }
}
