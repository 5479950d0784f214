//! What a request may hold, refused by name before any work starts: its size,
//! its nesting, the length of every list, the length of every text. Every
//! limit is stated here once (and in the README's "Limits"), and each refusal
//! names the field in Japanese.
//!
//! Numbers that are not whole numbers within ±2⁶³ are turned into their exact
//! decimal text before decoding ([`numbers_as_text`]), so that `10.91`, `1e2`
//! and `18446744073709551616` reach the readers as typed and are answered
//! exactly (never through binary floating point).

use crate::engine::input::{item_field, key_field, sub_field};
use crate::engine::problem::{Code, Problem};
use crate::engine::trace::thousands;
use serde_json::Value;

/// The largest request text, in bytes (the JSON of a month with the largest
/// lists below stays far under it).
pub const MAX_REQUEST_BYTES: usize = 4 * 1024 * 1024;
/// The deepest nesting of objects and lists.
pub const MAX_DEPTH: usize = 16;
/// The most values (objects, lists, texts, numbers…) in one request.
pub const MAX_NODES: usize = 200_000;
/// The longest text of a single field, in characters.
pub const MAX_TEXT_CHARS: usize = 2_000;
/// The longest text of a field that holds a whole figure set (TSV).
pub const MAX_SET_TEXT_CHARS: usize = 2_000_000;
/// A list whose name is not in [`LISTS`].
pub const DEFAULT_LIST: usize = 1_000;

/// The lists of the requests, by field name: (name, most items, Japanese name).
pub const LISTS: &[(&str, usize, &str)] = &[
    ("users", 1_000, "利用者"),
    ("days", 31, "利用日"),
    ("cases", 1_000, "ケース"),
    ("scenarios", 20, "シナリオ"),
    ("residents", 100, "入居者"),
    ("satellite_vacancies", 100, "サテライト型住居の空室"),
    ("years", 50, "年度"),
    ("history", 50, "過去の年度"),
    ("services", 20, "サービス"),
    ("furnishing_items", 500, "初度調弁の品目"),
    ("renovation_works", 500, "改修の工事"),
    ("figure_sets", 20, "資料セット"),
    ("user_figures", 5_000, "利用者が入力した値"),
];

/// Most items of the list (or map) named `name`, and its Japanese name.
pub fn list_limit(name: &str) -> (usize, &'static str) {
    LISTS.iter().find(|(n, _, _)| *n == name).map(|(_, max, ja)| (*max, *ja)).unwrap_or((DEFAULT_LIST, "一覧"))
}

fn too_many(field: &str, ja: &str, max: usize, n: usize) -> Problem {
    Problem::new(
        Code::OutOfRange,
        field,
        format!("{ja}は{}件までです（{}件）。分けて計算してください。", thousands(max as i64), thousands(n as i64)),
    )
}

struct Walk {
    nodes: usize,
    problems: Vec<Problem>,
}

impl Walk {
    fn visit(&mut self, v: &Value, field: &str, name: &str, depth: usize) {
        if self.problems.len() >= 20 {
            return;
        }
        self.nodes += 1;
        if self.nodes > MAX_NODES {
            if self.nodes == MAX_NODES + 1 {
                self.problems.push(Problem::new(
                    Code::OutOfRange,
                    "",
                    format!(
                        "リクエスト全体が大きすぎます（値の数は{}までです）。分けて計算してください。",
                        thousands(MAX_NODES as i64)
                    ),
                ));
            }
            return;
        }
        if depth > MAX_DEPTH {
            self.problems.push(Problem::new(
                Code::BadRequest,
                field,
                format!("入れ子が深すぎます（{MAX_DEPTH}段まで）。リクエストの形を確認してください。"),
            ));
            return;
        }
        match v {
            Value::Array(a) => self.array(a, field, name, depth),
            Value::Object(m) => self.object(m, field, name, depth),
            Value::String(s) => self.text(s, field, name),
            _ => {}
        }
    }

    fn array(&mut self, a: &[Value], field: &str, name: &str, depth: usize) {
        let (max, ja) = list_limit(name);
        if a.len() > max {
            self.problems.push(too_many(field, ja, max, a.len()));
            return;
        }
        for (i, x) in a.iter().enumerate() {
            self.visit(x, &item_field(field, i), name, depth + 1);
        }
    }

    fn object(&mut self, m: &serde_json::Map<String, Value>, field: &str, name: &str, depth: usize) {
        let (max, ja) = list_limit(name);
        if name == "user_figures" && m.len() > max {
            self.problems.push(too_many(field, ja, max, m.len()));
            return;
        }
        for (k, x) in m {
            let f = key_field(field, k);
            self.visit(x, &f, k, depth + 1);
        }
    }

    fn text(&mut self, s: &str, field: &str, name: &str) {
        let max = if name == "text" || name == "figure_sets" { MAX_SET_TEXT_CHARS } else { MAX_TEXT_CHARS };
        let n = s.chars().count();
        if n > max {
            self.problems.push(Problem::new(
                Code::OutOfRange,
                field,
                format!(
                    "{}が長すぎます（{}文字まで、{}文字）。",
                    if field.is_empty() { "リクエスト全体" } else { "入力" },
                    thousands(max as i64),
                    thousands(n as i64)
                ),
            ));
        }
    }
}

/// Checks a request against every limit above; the problems name their fields.
pub fn check(v: &Value) -> Result<(), Vec<Problem>> {
    let mut w = Walk { nodes: 0, problems: Vec::new() };
    w.visit(v, "", "", 0);
    if w.problems.is_empty() {
        Ok(())
    } else {
        Err(w.problems)
    }
}

/// A request text longer than [`MAX_REQUEST_BYTES`], refused before parsing.
pub fn check_text(text: &str) -> Result<(), Problem> {
    if text.len() > MAX_REQUEST_BYTES {
        return Err(Problem::new(
            Code::OutOfRange,
            "",
            format!(
                "リクエストが大きすぎます（{}バイトまで、{}バイト）。分けて計算してください。",
                thousands(MAX_REQUEST_BYTES as i64),
                thousands(text.len() as i64)
            ),
        ));
    }
    Ok(())
}

/// Every number that is not a whole number within the range of `i64` becomes
/// its exact decimal text (`10.91`, `1e2`, `18446744073709551616`), which the
/// readers answer exactly: a decimal where one is expected, "整数で" or "大きすぎます"
/// otherwise — never a value rounded through binary floating point.
pub fn numbers_as_text(v: Value) -> Value {
    match v {
        Value::Number(n) if n.as_i64().is_none() => Value::String(number_text(&n)),
        Value::Array(a) => Value::Array(a.into_iter().map(numbers_as_text).collect()),
        Value::Object(mut m) => {
            // In place (a map rebuilt by `collect` sorts its keys again).
            for x in m.values_mut() {
                *x = numbers_as_text(std::mem::take(x));
            }
            Value::Object(m)
        }
        other => other,
    }
}

/// A JSON number's text as serde_json writes it. The area modules read
/// JavaScript objects, whose numbers reach them as whole numbers or text
/// (`wasm::Walk`): they never hold another kind, and write whole numbers
/// themselves, without serde_json's float printer (~1 KB gzip; README「性能」).
/// The whole core (`full`) keeps every number's exact text.
pub fn number_text(n: &serde_json::Number) -> String {
    #[cfg(feature = "full")]
    return n.to_string();
    #[cfg(not(feature = "full"))]
    match (n.as_i64(), n.as_u64()) {
        (Some(i), _) => i.to_string(),
        (_, Some(u)) => u.to_string(),
        // Not a whole number: none reaches an area module (see above).
        _ => String::from("NaN"),
    }
}

/// A JSON value written as serde_json writes it, whole numbers included,
/// without its float printer (see [`number_text`]): a response's `result`
/// in the area modules.
pub struct Plain<'a>(pub &'a Value);

impl serde::Serialize for Plain<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self.0 {
            Value::Null => s.serialize_unit(),
            Value::Bool(b) => s.serialize_bool(*b),
            Value::Number(n) => match (n.as_i64(), n.as_u64()) {
                (Some(i), _) => s.serialize_i64(i),
                (_, Some(u)) => s.serialize_u64(u),
                // None reaches an area module (see `number_text`); serde's
                // error text would bring serde_json's error parser back.
                _ => s.serialize_unit(),
            },
            Value::String(t) => s.serialize_str(t),
            Value::Array(a) => s.collect_seq(a.iter().map(Plain)),
            Value::Object(m) => s.collect_map(m.iter().map(|(k, v)| (k, Plain(v)))),
        }
    }
}

/// The largest whole number JavaScript holds exactly (2⁵³ − 1).
pub const MAX_SAFE_INTEGER: i64 = 9_007_199_254_740_991;

/// The first field of a response holding an integer JavaScript cannot hold
/// exactly (a result beyond ±2⁵³), if any. Paths are written only once such
/// a number is known to be there (writing one per value was ~10% of a
/// 生活介護 day's call: README「性能」).
pub fn unsafe_integer(v: &Value, path: &str) -> Option<String> {
    if !holds_unsafe(v) {
        return None;
    }
    match v {
        Value::Array(a) => a.iter().enumerate().find_map(|(i, x)| unsafe_integer(x, &item_field(path, i))),
        Value::Object(m) => m.iter().find_map(|(k, x)| unsafe_integer(x, &sub_field(path, k))),
        _ => Some(path.to_string()),
    }
}

/// Whether `v` is, or holds, an integer beyond ±2⁵³.
fn holds_unsafe(v: &Value) -> bool {
    match v {
        Value::Number(n) => match n.as_i64() {
            Some(i) => i.unsigned_abs() > MAX_SAFE_INTEGER as u64,
            None => n.as_u64().is_some(),
        },
        Value::Array(a) => a.iter().any(holds_unsafe),
        Value::Object(m) => m.values().any(holds_unsafe),
        _ => false,
    }
}

#[cfg(test)]
mod plain_tests {
    use super::Plain;
    use serde_json::json;

    #[test]
    fn plain_writes_values_as_serde_json_does() {
        let v = json!({
            "b": [1, -2, 0, 9_007_199_254_740_993_i64, u64::MAX, i64::MIN, null, true, false],
            "a": {"text": "改行\n\"引用\" \\ \u{1} tab\t", "empty": {}, "list": []},
            "z": "",
        });
        let plain = serde_json::to_string(&Plain(&v)).ok();
        assert_eq!(plain, serde_json::to_string(&v).ok());
        assert_eq!(serde_json::to_value(Plain(&v)).ok(), Some(v));
    }
}

#[cfg(test)]
mod unsafe_integer_tests {
    use super::{unsafe_integer, MAX_SAFE_INTEGER};
    use serde_json::json;

    #[test]
    fn names_the_first_integer_beyond_two_to_the_53() {
        let safe = json!({"a": [1, -2, MAX_SAFE_INTEGER, -MAX_SAFE_INTEGER, 0.5, "x"], "b": {"c": null}});
        assert_eq!(unsafe_integer(&safe, "result"), None);
        let v = json!({"a": [1, {"b": MAX_SAFE_INTEGER + 1}], "c": u64::MAX, "d": [i64::MIN]});
        assert_eq!(unsafe_integer(&v, "result").as_deref(), Some("result.a[1].b"));
        assert_eq!(unsafe_integer(&json!({"d": [0, i64::MIN]}), "r").as_deref(), Some("r.d[1]"));
        assert_eq!(unsafe_integer(&json!([u64::MAX]), "r").as_deref(), Some("r[0]"));
    }
}
