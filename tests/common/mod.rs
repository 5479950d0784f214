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
            let rel = f.strip_prefix(root).unwrap_or(&f).to_string_lossy().replace('\\', "/");
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
            out.push(Case { file: rel.clone(), name: v["name"].as_str().unwrap_or("(unnamed)").to_string(), value: v });
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

/// What must never reach a user in a message, a step or a label: a figure's
/// internal key (`user_figures.…`, `money.treatment.shuro-b.i`), a file's
/// line (`seed l.2336`, `l.206–215`), or a list of codes (`6, 5, 4, 3, 2, 1`,
/// `as_planned, shorter_other`). `None` when the text is clean.
pub fn internal_text(s: &str) -> Option<&'static str> {
    if s.contains("user_figures.") {
        return Some("user_figures.");
    }
    let b = s.as_bytes();
    let word = |c: u8| c.is_ascii_lowercase() || c.is_ascii_digit() || c == b'_' || c == b'-';
    for i in 0..b.len() {
        let before_letter = i > 0 && b[i - 1].is_ascii_alphabetic();
        // `l.206`: a line of a file.
        if b[i] == b'l' && !before_letter && b.get(i + 1) == Some(&b'.') && b.get(i + 2).is_some_and(u8::is_ascii_digit)
        {
            return Some("a file's line (l.N)");
        }
        // `a, b` (two codes with a letter) or `6, 5, 4` (three numbers): a list of codes.
        if let Some(n) = codes_at(b, i) {
            return Some(n);
        }
        // `money.treatment.i`: a dotted key of two dots or more.
        if word(b[i]) && (i == 0 || !(word(b[i - 1]) || b[i - 1] == b'.')) {
            let mut j = i;
            let mut dots = 0;
            loop {
                while j < b.len() && word(b[j]) {
                    j += 1;
                }
                if j + 1 < b.len() && b[j] == b'.' && word(b[j + 1]) && b[i..j].iter().any(u8::is_ascii_lowercase) {
                    dots += 1;
                    j += 1;
                } else {
                    break;
                }
            }
            let last = s[i..j].rsplit('.').next().unwrap_or("");
            let domain = s[i..j].starts_with("www.")
                || ["com", "net", "org", "jp", "html", "htm", "pdf", "xlsx", "tsv"].contains(&last);
            if dots >= 2 && !domain {
                return Some("an internal key (a.b.c)");
            }
        }
    }
    None
}

/// A list of codes starting at byte `i` of `b`: a token of lowercase letters,
/// digits, `_` and `-` followed by `, ` and another — two such tokens when
/// one has a letter, three when they are numbers.
fn codes_at(b: &[u8], i: usize) -> Option<&'static str> {
    let word = |c: u8| c.is_ascii_lowercase() || c.is_ascii_digit() || c == b'_' || c == b'-';
    if !word(b[i]) || (i > 0 && (word(b[i - 1]) || b[i - 1].is_ascii_alphabetic() || b[i - 1] == b'.')) {
        return None;
    }
    let mut tokens = Vec::new();
    let mut j = i;
    loop {
        let start = j;
        while j < b.len() && word(b[j]) {
            j += 1;
        }
        // The token ends the word (not `15/3` nor `1〜3`).
        if j == start || (j < b.len() && !matches!(b[j], b',' | b' ' | b')' | b'\xef' | b'\xe3') && b[j] != b',') {
            break;
        }
        tokens.push(&b[start..j]);
        if b.get(j) == Some(&b',') && b.get(j + 1) == Some(&b' ') {
            j += 2;
        } else {
            break;
        }
    }
    let letters = tokens.iter().any(|t| t.iter().any(u8::is_ascii_lowercase));
    let enough = if letters { 2 } else { 3 };
    (tokens.len() >= enough).then_some("a list of codes")
}

/// Every text of a response a user reads (problem messages and figure labels,
/// steps' titles, inputs, values, notes and sources' locators, lines' items,
/// exclusions' reasons), with where it is.
pub fn user_texts(v: &Value, path: &str, out: &mut Vec<(String, String)>) {
    const READ: &[&str] = &["message", "title", "name", "value", "notes", "locator", "item", "reason", "label"];
    match v {
        Value::Object(m) => {
            for (k, x) in m {
                let here = format!("{path}/{k}");
                match x {
                    Value::String(s) if READ.contains(&k.as_str()) => out.push((here, s.clone())),
                    Value::Array(a) if k == "notes" => {
                        for (i, n) in a.iter().enumerate() {
                            if let Some(s) = n.as_str() {
                                out.push((format!("{here}/{i}"), s.to_string()));
                            }
                        }
                    }
                    _ => user_texts(x, &here, out),
                }
            }
        }
        Value::Array(a) => {
            for (i, x) in a.iter().enumerate() {
                user_texts(x, &format!("{path}/{i}"), out);
            }
        }
        _ => {}
    }
}

/// Every text of `resp` a user reads that holds internal text: (path, why, text).
pub fn internal_texts(resp: &Value) -> Vec<(String, &'static str, String)> {
    let mut texts = Vec::new();
    user_texts(resp, "", &mut texts);
    texts.into_iter().filter_map(|(p, s)| internal_text(&s).map(|why| (p, why, s))).collect()
}
