//! What a result rests on: the citations of all its steps, counted by status,
//! so that the headline of every result can say when any figure behind it is
//! not official (二次資料, 利用者入力, 資料セット, 前年度の単価による試算).
//! Generic over every calculator: it reads the result's JSON, where every
//! citation is an object with `document`, `locator` and `status`.

use serde::Serialize;
use serde_json::Value;

/// The distinct citations behind a result, by status.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Basis {
    pub official: usize,
    pub secondary: usize,
    pub user: usize,
    pub set: usize,
    pub provisional: usize,
    pub reading: usize,
    /// True when any figure behind the result is not official.
    pub flagged: bool,
    /// What the headline says, in Japanese (empty when every figure is official).
    pub label: String,
}

/// Each distinct citation (status, document, locator) once, in the order met
/// (a list: few distinct citations, and no map's code in the module).
fn collect<'v>(v: &'v Value, out: &mut Vec<(&'v str, &'v str, &'v str)>) {
    match v {
        Value::Object(m) => {
            if let (Some(Value::String(d)), Some(Value::String(s)), Some(Value::String(l))) =
                (m.get("document"), m.get("status"), m.get("locator"))
            {
                let c = (s.as_str(), d.as_str(), l.as_str());
                if !out.contains(&c) {
                    out.push(c);
                }
                return;
            }
            m.values().for_each(|x| collect(x, out));
        }
        Value::Array(a) => a.iter().for_each(|x| collect(x, out)),
        _ => {}
    }
}

/// What `result` rests on.
pub fn basis(result: &Value) -> Basis {
    let mut cites = Vec::new();
    collect(result, &mut cites);
    let mut b = Basis::default();
    for (status, _, _) in cites {
        match status {
            "official" => b.official += 1,
            "secondary" => b.secondary += 1,
            "user" => b.user += 1,
            "set" => b.set += 1,
            "provisional" => b.provisional += 1,
            "reading" => b.reading += 1,
            _ => {}
        }
    }
    b.flagged = b.secondary + b.user + b.set + b.provisional > 0;
    b.label = label(&b);
    b
}

/// `前年度の単価による試算です。公的資料でない値: 前年度の値 3件・二次資料 2件`.
pub fn label(b: &Basis) -> String {
    if !b.flagged {
        return String::new();
    }
    let parts: Vec<String> =
        [("前年度の値", b.provisional), ("二次資料", b.secondary), ("資料セット", b.set), ("利用者入力", b.user)]
            .iter()
            .filter(|(_, n)| *n > 0)
            .map(|(what, n)| format!("{what} {n}件"))
            .collect();
    let lead = if b.provisional > 0 { "前年度の単価による試算です。" } else { "" };
    format!(
        "{lead}公的資料でない値を含みます（{}）。根拠の各行で確認してください。",
        crate::engine::rows::join_texts(&parts, "・")
    )
}

/// The note every step of a result resting on a carried-forward figure bears.
pub const PROVISIONAL_NOTE: &str = "前年度の単価による試算（この結果は前年度の値を含みます）";

/// Marks every step of `result` (objects with `rule` and `sources`) with
/// `note`, once.
pub fn mark_steps(result: &mut Value, note: &str) {
    match result {
        Value::Object(m) => {
            if m.contains_key("rule") && m.contains_key("sources") {
                let notes = m.entry("notes").or_insert_with(|| Value::Array(Vec::new()));
                if let Value::Array(a) = notes {
                    if !a.iter().any(|n| n.as_str() == Some(note)) {
                        a.insert(0, Value::String(note.to_string()));
                    }
                }
            }
            m.values_mut().for_each(|x| mark_steps(x, note));
        }
        Value::Array(a) => a.iter_mut().for_each(|x| mark_steps(x, note)),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn counts_distinct_citations_by_status() {
        let r = json!({"steps": [
            {"sources": [{"document": "a", "locator": "1", "status": "official"}]},
            {"sources": [{"document": "a", "locator": "1", "status": "official"},
                         {"document": "u", "locator": "k", "status": "secondary"}]},
            {"days": [{"steps": [{"sources": [{"document": "p", "locator": "x", "status": "provisional"}]}]}]}
        ]});
        let b = basis(&r);
        assert_eq!((b.official, b.secondary, b.provisional), (1, 1, 1));
        assert!(b.flagged);
        assert!(b.label.starts_with("前年度の単価による試算です。"), "{}", b.label);
        assert!(b.label.contains("二次資料 1件"));
        let b = basis(&json!({"steps": [{"sources": [{"document": "a", "locator": "", "status": "official"}]}]}));
        assert!(!b.flagged && b.label.is_empty());
    }
}
