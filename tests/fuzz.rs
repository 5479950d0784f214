//! A fuzz harness over every case request: each request is mutated the ways a
//! careless or hostile caller would (types swapped, fields dropped, extreme and
//! odd numbers, deep nesting, long lists and texts, impossible dates, bad
//! `user_figures`), and every answer must hold:
//!
//! * it is valid JSON, and never a panic;
//! * `ok` ⇒ no problem, no integer beyond ±2⁵³, and every total equals the sum
//!   of its lines;
//! * not `ok` ⇒ at least one problem, each with a Japanese message (no serde
//!   English, no echo longer than a short excerpt), naming its field — or the
//!   whole request, saying so — and never blaming the product's data for the
//!   user's input.
//!
//! `cargo test --test fuzz` runs a bounded count (HOSHU_FUZZ_PER_CASE mutations
//! of each case, 12 by default). Before a release, run a longer one:
//! `HOSHU_FUZZ_PER_CASE=2000 cargo test --release --test fuzz`.

mod common;

use serde_json::{json, Map, Value};

/// xorshift64*: a small deterministic random source (the run is repeatable).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn pick<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
        &xs[self.below(xs.len())]
    }
}

/// Every path to a value inside `v` (objects and arrays included), up to
/// 20,000 of them (a long list of deep values would otherwise take minutes).
fn paths(v: &Value, here: Vec<Value>, out: &mut Vec<Vec<Value>>) {
    if out.len() >= 20_000 {
        return;
    }
    out.push(here.clone());
    match v {
        Value::Object(m) => {
            for (k, x) in m {
                let mut p = here.clone();
                p.push(json!(k));
                paths(x, p, out);
            }
        }
        Value::Array(a) => {
            for (i, x) in a.iter().enumerate() {
                let mut p = here.clone();
                p.push(json!(i));
                paths(x, p, out);
            }
        }
        _ => {}
    }
}

fn at<'a>(v: &'a mut Value, path: &[Value]) -> Option<&'a mut Value> {
    let mut cur = v;
    for step in path {
        cur = match step {
            Value::String(k) => cur.as_object_mut()?.get_mut(k)?,
            Value::Number(i) => cur.as_array_mut()?.get_mut(i.as_u64()? as usize)?,
            _ => return None,
        };
    }
    Some(cur)
}

fn odd_value(rng: &mut Rng) -> Value {
    let long = "あ".repeat(3_000);
    let choices = [
        json!(null),
        json!(true),
        json!(""),
        json!("abc"),
        json!(-1),
        json!(0),
        json!(i64::MAX),
        json!(u64::MAX),
        json!(-9_223_372_036_854_775_808i64),
        json!("1e2"),
        json!("1e400"),
        json!("１８，０００"),
        json!("10.91"),
        json!("0.000000000000000000000000001"),
        json!("99999999999999999999999999999999"),
        json!("2024-02-30"),
        json!("令和99年13月"),
        json!("0000-00"),
        json!("9999-12"),
        json!("24:99"),
        json!([1, 2, 3]),
        json!({"x": 1}),
        json!(long),
        serde_json::from_str::<Value>("1.5").unwrap_or(Value::Null),
        serde_json::from_str::<Value>("18446744073709551616").unwrap_or(Value::Null),
        serde_json::from_str::<Value>("1e300").unwrap_or(Value::Null),
    ];
    rng.pick(&choices).clone()
}

fn deep(levels: usize) -> Value {
    let mut v = json!(1);
    for _ in 0..levels {
        v = json!([v]);
    }
    v
}

/// One mutation of `req`.
fn mutate(req: &Value, rng: &mut Rng) -> Value {
    let mut v = req.clone();
    let mut ps = Vec::new();
    paths(&v, vec![], &mut ps);
    let path = rng.pick(&ps).clone();
    match rng.below(9) {
        0..=2 => {
            if let Some(x) = at(&mut v, &path) {
                *x = odd_value(rng);
            }
        }
        3 => {
            // Drop a field.
            if let Some((last, parent)) = path.split_last() {
                if let (Some(p), Value::String(k)) = (at(&mut v, parent), last) {
                    if let Some(m) = p.as_object_mut() {
                        m.remove(k);
                    }
                }
            }
        }
        4 => {
            if let Some(x) = at(&mut v, &path) {
                *x = deep(40 + rng.below(60));
            }
        }
        5 => {
            // A long list: the first item repeated.
            if let Some(Value::Array(a)) = at(&mut v, &path) {
                if let Some(first) = a.first().cloned() {
                    let n = [40, 1_001, 5_000][rng.below(3)];
                    *a = vec![first; n];
                }
            } else if let Some(m) = v.as_object_mut() {
                m.insert("users".into(), Value::Array(vec![json!({}); 1_500]));
            }
        }
        6 => {
            // Bad user figures: a real key with a hostile value, an unknown key, an empty key.
            let rows = hoshu::engine::params::all_rows();
            let key = rows[rng.below(rows.len())].key;
            let bad = rng
                .pick(&[
                    json!("1e9"),
                    json!("-1"),
                    json!("abc"),
                    json!("0.5"),
                    json!("100000000"),
                    json!(1.5),
                    json!([1]),
                ])
                .clone();
            if let Some(m) = v.as_object_mut() {
                let uf = m.entry("user_figures").or_insert_with(|| Value::Object(Map::new()));
                if let Some(u) = uf.as_object_mut() {
                    u.insert(key.to_string(), bad);
                    if rng.below(3) == 0 {
                        u.insert(String::new(), json!("3"));
                    }
                }
            }
        }
        7 => {
            // An unknown field.
            if let Some(Value::Object(m)) = at(&mut v, &path) {
                m.insert("unknown_field_x".into(), json!(1));
            }
        }
        _ => {
            // Two mutations at once.
            v = mutate(&v, rng);
            v = mutate(&v, rng);
        }
    }
    v
}

fn japanese(s: &str) -> bool {
    s.chars().any(|c| ('\u{3040}'..='\u{30ff}').contains(&c) || ('\u{4e00}'..='\u{9fff}').contains(&c))
}

/// Words of serde's English that must never reach a user.
const ENGLISH: &[&str] = &[
    "invalid type",
    "expected",
    "unknown field",
    "invalid length",
    "number too large",
    "EOF",
    "recursion limit",
    "missing field",
    "at line",
];

/// Every total with lines beside it equals the sum of its lines.
fn totals_hold(v: &Value, problems: &mut Vec<String>, path: &str) {
    match v {
        Value::Object(m) => {
            // The lines make up the units before any percentage on the whole (処遇改善加算 is beside them).
            let total = m.get("base_units").or_else(|| m.get("total_units")).and_then(Value::as_i64);
            if let (Some(Value::Array(lines)), Some(total)) = (m.get("lines"), total) {
                let sum: i128 = lines.iter().filter_map(|l| l["units"].as_i64()).map(i128::from).sum();
                if sum != i128::from(total) {
                    problems.push(format!("{path}: total {total} ≠ Σ lines {sum}"));
                }
            }
            for (k, x) in m {
                totals_hold(x, problems, &format!("{path}/{k}"));
            }
        }
        Value::Array(a) => {
            for (i, x) in a.iter().enumerate() {
                totals_hold(x, problems, &format!("{path}/{i}"));
            }
        }
        Value::Number(n)
            if n.as_i64().map(|i| i.unsigned_abs() > (1u64 << 53)).unwrap_or(true) && n.as_u64().is_some() =>
        {
            problems.push(format!("{path}: {n} beyond ±2^53"));
        }
        _ => {}
    }
}

/// The yen chain of `money.office_month`: yen = ⌊units × 単価⌋, burden =
/// min(1割, cap), benefit = yen − burden, and totals = the sum of the users.
fn yen_chain_holds(r: &Value, bad: &mut Vec<String>) {
    use rust_decimal::Decimal;
    use std::str::FromStr;
    let (Some(users), Some(price)) = (r["users"].as_array(), r["unit_price"].as_str()) else {
        return;
    };
    let Ok(price) = Decimal::from_str(price) else {
        bad.push(format!("unit_price not a decimal: {price}"));
        return;
    };
    let i = |v: &Value, k: &str| v[k].as_i64().unwrap_or(i64::MIN);
    let mut sums = [0i128; 3];
    for u in users {
        let units = i(u, "total_units");
        if units != i(u, "base_units") + i(u, "treatment_units") {
            bad.push(format!("{}: total_units ≠ base + 処遇改善", u["label"]));
        }
        let yen = (Decimal::from(units) * price).floor();
        if Decimal::from(i(u, "total_yen")) != yen {
            bad.push(format!("{}: total_yen {} ≠ ⌊{units} × {price}⌋", u["label"], i(u, "total_yen")));
        }
        // After the 上限額管理, the burden is the managed amount, at most the office's own.
        let own = u["burden_before_management_yen"].as_i64().unwrap_or(i(u, "burden_yen"));
        if own != i(u, "tenth_yen").min(i(u, "burden_cap_yen")) || i(u, "burden_yen") > own {
            bad.push(format!("{}: burden ≠ min(1割, cap)", u["label"]));
        }
        if i(u, "benefit_yen") != i(u, "total_yen") - i(u, "burden_yen") {
            bad.push(format!("{}: benefit ≠ yen − burden", u["label"]));
        }
        for (k, f) in ["total_units", "total_yen", "burden_yen"].iter().enumerate() {
            sums[k] += i128::from(i(u, f));
        }
    }
    for (k, f) in ["total_units", "total_yen", "burden_yen"].iter().enumerate() {
        if i128::from(i(&r["totals"], f)) != sums[k] {
            bad.push(format!("totals.{f} ≠ Σ users"));
        }
    }
}

/// What is wrong with one answer, if anything.
fn check(resp: &Value) -> Vec<String> {
    let mut bad = Vec::new();
    let ok = resp["ok"].as_bool();
    let problems = resp["problems"].as_array().cloned().unwrap_or_default();
    match ok {
        Some(true) => {
            if !problems.is_empty() {
                bad.push("ok with problems".into());
            }
            totals_hold(&resp["result"], &mut bad, "");
            yen_chain_holds(&resp["result"], &mut bad);
            if let Some(sc) = resp["result"]["scenarios"].as_array() {
                for x in sc {
                    yen_chain_holds(&x["result"], &mut bad);
                }
            }
        }
        Some(false) => {
            if problems.is_empty() {
                bad.push("ok: false without any problem".into());
            }
            for p in &problems {
                let msg = p["message"].as_str().unwrap_or("");
                let field = p["field"].as_str().unwrap_or("");
                let code = p["code"].as_str().unwrap_or("");
                if !japanese(msg) {
                    bad.push(format!("message not Japanese: {msg}"));
                }
                if let Some(w) = ENGLISH.iter().find(|w| msg.contains(**w)) {
                    bad.push(format!("serde English ({w}) in: {msg}"));
                }
                if msg.chars().count() > 400 {
                    bad.push(format!("message of {} characters", msg.chars().count()));
                }
                if field.is_empty() && !msg.contains("リクエスト") && !msg.contains("JSON") {
                    bad.push(format!(
                        "no field, and the message does not say it is about the whole request: [{code}] {msg}"
                    ));
                }
                if code == "data_error" {
                    bad.push(format!("a user's input blamed on the product's data: {field}: {msg}"));
                }
            }
        }
        None => bad.push("no ok".into()),
    }
    // No internal key, file line or list of codes in anything a user reads.
    for (path, why, text) in common::internal_texts(resp) {
        bad.push(format!("{why} at {path}: {text}"));
    }
    bad
}

#[test]
fn mutated_requests_are_answered_by_name_and_never_wrongly() {
    let per_case: usize = std::env::var("HOSHU_FUZZ_PER_CASE").ok().and_then(|s| s.parse().ok()).unwrap_or(12);
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let mut failures = Vec::new();
    let mut n = 0;
    for case in common::cases() {
        for _ in 0..per_case {
            let req = mutate(case.request(), &mut rng);
            let text = req.to_string();
            let resp = hoshu::api::to_value(&hoshu::api::run_json(&text));
            n += 1;
            for b in check(&resp) {
                // One example of each kind of wrong answer.
                let kind: String = b.chars().take(60).collect();
                if failures.len() < 60 && !failures.iter().any(|f: &String| f.contains(&kind)) {
                    let shown: String = text.chars().take(300).collect();
                    failures.push(format!("{} — {b}\n    request: {shown}", case.name));
                }
            }
        }
    }
    assert!(n > 0);
    assert!(
        failures.is_empty(),
        "mutated requests answered wrongly ({n} sent; one example of each kind, at most 60):\n{}",
        failures.join("\n")
    );
}
