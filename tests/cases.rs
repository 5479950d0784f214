//! Runs every case of the case files under `tests/cases/` (OpenFisca-style
//! test cases, filed like the rules: `national/seikatsu_kaigo/standard_time.json`,
//! `local/yokohama/gh/setup.json`, …). Each case has a `name`, the `source` of
//! the rule it pins, a `request`, and `expect`, a map from JSON pointers into
//! the response to expected values. The same requests, and the responses they
//! get, are type-checked against the TypeScript types (tests/ts), except those
//! marked `"typed": false` (deliberately ill-typed input).
//!
//! A custom harness (libtest-mimic, `harness = false` in Cargo.toml): every case
//! is its own test, named `<file without .json>::<case name>`, so
//!
//! ```text
//! cargo test --test cases -- seikatsu_kaigo/standard_time
//! cargo test --test cases -- 'soudan/intensive::集中支援加算 visit'
//! cargo test --test cases -- --list
//! ```
//!
//! runs or lists some of them. A file that holds a single request (not a list,
//! e.g. `bench-request.json`) is not a case file.

mod common;

use libtest_mimic::{Arguments, Failed, Trial};
use serde_json::Value;
use std::collections::BTreeSet;

const KEYS: &[&str] = &["name", "source", "request", "expect", "typed"];

/// What is wrong with a case as written (before running it).
fn malformed(case: &Value) -> Vec<String> {
    let mut out = Vec::new();
    let Some(obj) = case.as_object() else {
        return vec!["a case is an object {name, source, request, expect}".into()];
    };
    for k in obj.keys() {
        if !KEYS.contains(&k.as_str()) {
            out.push(format!("unknown key {k:?} (a case has {})", KEYS.join(", ")));
        }
    }
    if !case["name"].is_string() {
        out.push("no name".into());
    }
    if case["source"].as_str().is_none_or(|s| s.trim().is_empty()) {
        out.push("no source: every case names the rule it pins".into());
    }
    if !case["request"].is_object() {
        out.push("no request".into());
    }
    match case["expect"].as_object() {
        None => out.push("no expect".into()),
        Some(e) if e.is_empty() => out.push("expect is empty: the case pins nothing".into()),
        Some(e) => {
            for p in e.keys().filter(|p| !p.starts_with('/')) {
                out.push(format!("{p:?} is not a JSON pointer (they start with /)"));
            }
        }
    }
    if !matches!(case.get("typed"), None | Some(Value::Bool(_))) {
        out.push("typed is true or false".into());
    }
    out
}

/// Runs one case: every expected pointer against the response.
fn check(case: &Value) -> Result<(), Failed> {
    let bad = malformed(case);
    if !bad.is_empty() {
        return Err(bad.join("\n").into());
    }
    let resp = hoshu::api::to_value(&hoshu::api::run_value(case["request"].clone()));
    let mut wrong = Vec::new();
    for (ptr, want) in case["expect"].as_object().into_iter().flatten() {
        // An absent value reads as null (as it always has).
        let got = resp.pointer(ptr);
        if got.unwrap_or(&Value::Null) != want {
            let got = got.map_or("nothing (no such pointer in the response)".into(), |v| v.to_string());
            wrong.push(format!("  {ptr}\n    expected {want}\n    got      {got}"));
        }
    }
    if wrong.is_empty() {
        return Ok(());
    }
    let problems = match resp["problems"].as_array() {
        Some(p) if !p.is_empty() => p.iter().map(|p| format!("    {p}")).collect::<Vec<_>>().join("\n"),
        _ => "    (none)".into(),
    };
    Err(format!(
        "{} of {} expectation(s) failed:\n{}\n  ok: {}\n  problems:\n{problems}",
        wrong.len(),
        case["expect"].as_object().map_or(0, |e| e.len()),
        wrong.join("\n"),
        resp["ok"],
    )
    .into())
}

fn main() {
    let args = Arguments::from_args();
    let files = common::case_files();
    let mut trials = Vec::new();

    // The tree itself: every file parses, every list is of cases, and there are cases.
    let mut unreadable = Vec::new();
    let mut count = 0;
    for (file, parsed) in &files {
        match parsed {
            Ok(Value::Array(a)) => count += a.len(),
            Ok(Value::Object(_)) => {} // a single request (bench-request.json)
            Ok(_) => unreadable.push(format!("{file}: neither a list of cases nor a request")),
            Err(e) => unreadable.push(format!("{file}: {e}")),
        }
    }
    trials.push(Trial::test("case_files::parse", move || {
        if unreadable.is_empty() {
            Ok(())
        } else {
            Err(unreadable.join("\n").into())
        }
    }));
    trials.push(Trial::test("case_files::not_empty", move || {
        if count > 0 {
            Ok(())
        } else {
            Err("no cases found under tests/cases/ (run from the repository root)".into())
        }
    }));

    let mut seen = BTreeSet::new();
    for c in common::cases() {
        let stem = c.file.strip_suffix(".json").unwrap_or(&c.file).to_string();
        let name = format!("{stem}::{}", c.name);
        let duplicate = !seen.insert(name.clone());
        let value = c.value;
        trials.push(Trial::test(name, move || {
            if duplicate {
                return Err("another case of this file has the same name".into());
            }
            check(&value)
        }));
    }

    libtest_mimic::run(&args, trials).exit();
}
