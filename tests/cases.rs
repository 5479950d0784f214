//! Runs every case file in `tests/cases/*.json` (OpenFisca-style test cases):
//! each case has a `name`, the `source` of the rule it pins, a `request`, and
//! `expect`, a map from JSON pointers into the response to expected values.
//! The same requests are type-checked against the TypeScript types (tests/ts),
//! except those marked `"typed": false` (deliberately ill-typed input).

use serde_json::Value;
use std::fs;

#[test]
fn all_case_files() {
    let mut files: Vec<_> = fs::read_dir("tests/cases")
        .expect("tests/cases")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().map(|x| x == "json").unwrap_or(false))
        .collect();
    files.sort();
    let mut failures = Vec::new();
    let mut count = 0;
    for f in &files {
        let text = fs::read_to_string(f).expect("read case file");
        let cases: Vec<Value> = match serde_json::from_str(&text) {
            Ok(Value::Array(a)) => a,
            Ok(_) => {
                // A single request (e.g. bench-request.json) is not a case list.
                continue;
            }
            Err(e) => panic!("{}: {e}", f.display()),
        };
        for case in cases {
            count += 1;
            let name = case["name"].as_str().unwrap_or("(unnamed)").to_string();
            assert!(
                case["source"].is_string(),
                "{}: case {name:?} has no source",
                f.display()
            );
            let resp = hoshu::api::to_value(&hoshu::api::run_value(case["request"].clone()));
            let Some(expect) = case["expect"].as_object() else {
                failures.push(format!("{}: {name}: no expect", f.display()));
                continue;
            };
            for (ptr, want) in expect {
                let got = resp.pointer(ptr).cloned().unwrap_or(Value::Null);
                if &got != want {
                    failures.push(format!(
                        "{}: {name}\n    {ptr}: expected {want}, got {got}\n    problems: {}",
                        f.display(),
                        resp["problems"]
                    ));
                }
            }
        }
    }
    assert!(count > 0, "no cases found");
    assert!(
        failures.is_empty(),
        "{} failing expectation(s):\n{}",
        failures.len(),
        failures.join("\n")
    );
    println!("{count} cases passed");
}
