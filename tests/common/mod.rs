//! Shared by the Rust test files: the case files under `tests/cases/` (any depth).
#![allow(dead_code)]

use serde_json::Value;
use std::fs;
use std::path::{Path, PathBuf};

/// One case of a case file: `name`, `source`, `request`, `expect`.
pub struct Case {
    /// The case file, relative to `tests/cases/` (`national/seikatsu_kaigo/standard_time.json`).
    pub file: String,
    pub name: String,
    pub value: Value,
}

impl Case {
    pub fn request(&self) -> &Value {
        &self.value["request"]
    }
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = fs::read_dir(dir) else { return };
    for e in rd.flatten() {
        let p = e.path();
        if p.is_dir() {
            walk(&p, out);
        } else if p.extension().map(|x| x == "json").unwrap_or(false) {
            out.push(p);
        }
    }
}

/// Every `.json` file under `tests/cases/`, in path order: its path relative to
/// `tests/cases/` and its parsed content (or why it could not be read).
pub fn case_files() -> Vec<(String, Result<Value, String>)> {
    let root = Path::new("tests/cases");
    let mut files = Vec::new();
    walk(root, &mut files);
    files.sort();
    files
        .into_iter()
        .map(|f| {
            let rel = f
                .strip_prefix(root)
                .unwrap_or(&f)
                .to_string_lossy()
                .replace('\\', "/");
            let parsed = fs::read_to_string(&f)
                .map_err(|e| e.to_string())
                .and_then(|text| serde_json::from_str::<Value>(&text).map_err(|e| e.to_string()));
            (rel, parsed)
        })
        .collect()
}

/// Every case of every case file under `tests/cases/`, in path order.
/// A file that holds a single request (not a list) is not a case file.
pub fn cases() -> Vec<Case> {
    let mut out = Vec::new();
    for (rel, parsed) in case_files() {
        let Ok(Value::Array(items)) = parsed else {
            continue;
        };
        for v in items {
            out.push(Case {
                file: rel.clone(),
                name: v["name"].as_str().unwrap_or("(unnamed)").to_string(),
                value: v,
            });
        }
    }
    out
}

/// Every object in `v` (any depth) that is an explanation step or a unit line:
/// its `rule` id.
pub fn rule_ids(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::Object(m) => {
            if let Some(Value::String(r)) = m.get("rule") {
                let is_step = m.contains_key("title") && m.contains_key("sources");
                let is_line = m.contains_key("units") && m.contains_key("kind");
                if is_step || is_line {
                    out.push(r.clone());
                }
            }
            for x in m.values() {
                rule_ids(x, out);
            }
        }
        Value::Array(a) => {
            for x in a {
                rule_ids(x, out);
            }
        }
        _ => {}
    }
}
