//! Decodes a request's JSON value into its calculator's request type, and
//! says where it failed: the path of the field (`office.capacity`,
//! `users[2].days`) with serde's wording of what was wrong, which `api`
//! turns into Japanese.
//!
//! A request type names its fields once, next to its definition, with
//! [`decode_fields!`](crate::decode_fields) (the compiler checks that every
//! field is named); the value is then read field by field through [`Fill`].
//! This replaced serde's derived deserializers wrapped by
//! `serde_path_to_error`, whose copies (one per request type) were the largest
//! part of the WebAssembly code (README「性能」). Numbers reach it whole (`api`
//! turns every other number into its exact text first), so no binary floating
//! point is ever parsed or printed here.

use crate::engine::input::Raw;
use crate::engine::map::KeyMap;
use serde_json::Value;
use std::fmt;

/// Where a request could not be decoded: the field's path (`""` for the
/// request itself) and serde's message.
#[derive(Debug)]
pub struct Error {
    pub path: Option<String>,
    pub message: String,
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}

impl Error {
    /// The error, placed at `path` unless a deeper field already placed it.
    pub fn at(mut self, path: &Path) -> Self {
        if self.path.is_none() {
            self.path = Some(path.to_string());
        }
        self
    }

    /// An error placed at `path`.
    pub fn new(path: &Path, message: String) -> Self {
        Error { path: Some(path.to_string()), message }
    }

    /// serde's wording: `invalid type: sequence, expected a map`.
    pub fn invalid_type(v: &Value, expected: &str) -> Self {
        Error { path: None, message: format!("invalid type: {}, expected {expected}", what(v)) }
    }
}

/// How serde names a JSON value that is not of the expected type.
fn what(v: &Value) -> String {
    match v {
        Value::Null => "unit value".into(),
        Value::Bool(b) => format!("boolean `{b}`"),
        Value::Number(n) => format!("integer `{}`", crate::engine::limits::number_text(n)),
        // Its kind only (the user's problem names the kind, in Japanese):
        // quoting the text would bring in `str`'s Debug and its Unicode
        // tables (README「性能」).
        Value::String(_) => "string".into(),
        Value::Array(_) => "sequence".into(),
        Value::Object(_) => "map".into(),
    }
}

/// The path from the request to a value, as a chain of segments.
#[derive(Clone, Copy)]
pub enum Path<'a> {
    Root,
    Key(&'a Path<'a>, &'a str),
    Index(&'a Path<'a>, usize),
}

impl fmt::Display for Path<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Path::Root => Ok(()),
            Path::Key(Path::Root, k) => f.write_str(k),
            Path::Key(p, k) => write!(f, "{p}.{k}"),
            Path::Index(p, i) => write!(f, "{p}[{i}]"),
        }
    }
}

/// A request type read from a JSON object, field by field (implemented by
/// [`decode_fields!`](crate::decode_fields)).
pub trait Decode: Default {
    /// Whether a field it does not have is refused (requests) or ignored.
    const STRICT: bool;
    /// The field named `name`, to be filled; `None` when it has none.
    fn field(&mut self, name: &str) -> Option<&mut dyn Fill>;
    /// Called once every field is filled (`decode_fields!`'s `then`).
    fn finish(&mut self) {}
}

/// A value filled in place from JSON.
pub trait Fill {
    fn fill(&mut self, v: Value, path: &Path) -> Result<(), Error>;
}

/// Decodes `v` as a `T`, or says where and why not.
pub fn from_value<T: Decode>(v: Value) -> Result<T, Error> {
    let mut t = T::default();
    t.fill(v, &Path::Root).map_err(|e| e.at(&Path::Root))?;
    Ok(t)
}

/// A request type's fields, for [`fill_fields`] (one copy of its loop for
/// every request type, not one each: README「性能」).
trait Fields {
    fn slot(&mut self, name: &str) -> Option<&mut dyn Fill>;
    fn done(&mut self);
}

impl<T: Decode> Fields for T {
    fn slot(&mut self, name: &str) -> Option<&mut dyn Fill> {
        self.field(name)
    }
    fn done(&mut self) {
        self.finish()
    }
}

impl<T: Decode> Fill for T {
    fn fill(&mut self, v: Value, path: &Path) -> Result<(), Error> {
        let skip: &[&str] = if matches!(path, Path::Root) { &ENVELOPE } else { &[] };
        fill_fields(self, T::STRICT, skip, v, path)
    }
}

/// A request carried inside another (money's `units_request`) at `path`:
/// its fields, its own `calculator` passed over (the carrier read it).
pub fn fill_carried<T: Decode>(t: &mut T, v: Value, path: &Path) -> Result<(), Error> {
    fill_fields(t, T::STRICT, &["calculator"], v, path)
}

/// A request's own fields, beside its calculator's (`api::run_value` reads
/// them): not decoded.
pub const ENVELOPE: [&str; 3] = ["calculator", "carry_forward", "figure_sets"];

/// Fills a request type's fields from a JSON object, field by field.
fn fill_fields(t: &mut dyn Fields, strict: bool, skip: &[&str], v: Value, path: &Path) -> Result<(), Error> {
    let Value::Object(map) = v else {
        return Err(Error::invalid_type(&v, "struct"));
    };
    for (key, x) in map {
        if skip.contains(&key.as_str()) {
            continue;
        }
        let at = Path::Key(path, &key);
        match t.slot(&key) {
            Some(slot) => slot.fill(x, &at).map_err(|e| e.at(&at))?,
            None if strict => {
                return Err(Error { path: Some(at.to_string()), message: format!("unknown field `{key}`") })
            }
            None => {}
        }
    }
    t.done();
    Ok(())
}

impl Fill for Raw {
    fn fill(&mut self, v: Value, _path: &Path) -> Result<(), Error> {
        *self = match v {
            Value::Null => Raw::Absent,
            Value::Bool(b) => Raw::Bool(b),
            Value::String(s) => Raw::Text(s),
            Value::Number(n) => match n.as_i64() {
                Some(i) => Raw::Int(i),
                // `api` gives every other number as its text; never a float.
                None => Raw::Text(crate::engine::limits::number_text(&n)),
            },
            v => return Err(Error::invalid_type(&v, "a number, a string, a boolean or null")),
        };
        Ok(())
    }
}

impl Fill for String {
    fn fill(&mut self, v: Value, _path: &Path) -> Result<(), Error> {
        match v {
            Value::String(s) => *self = s,
            v => return Err(Error::invalid_type(&v, "a string")),
        }
        Ok(())
    }
}

impl<T: Fill + Default> Fill for Option<T> {
    fn fill(&mut self, v: Value, path: &Path) -> Result<(), Error> {
        if v.is_null() {
            *self = None;
            return Ok(());
        }
        let mut t = T::default();
        t.fill(v, path)?;
        *self = Some(t);
        Ok(())
    }
}

impl<T: Fill + Default> Fill for Vec<T> {
    fn fill(&mut self, v: Value, path: &Path) -> Result<(), Error> {
        self.clear();
        fill_items(
            &mut |x, at| {
                let mut t = T::default();
                t.fill(x, at)?;
                self.push(t);
                Ok(())
            },
            v,
            path,
        )
    }
}

/// Fills each item of a JSON array through `item` (one copy of the loop for
/// every item type).
fn fill_items(item: &mut dyn FnMut(Value, &Path) -> Result<(), Error>, v: Value, path: &Path) -> Result<(), Error> {
    let Value::Array(items) = v else {
        return Err(Error::invalid_type(&v, "a sequence"));
    };
    for (i, x) in items.into_iter().enumerate() {
        let at = Path::Index(path, i);
        item(x, &at).map_err(|e| e.at(&at))?;
    }
    Ok(())
}

impl Fill for KeyMap<Raw> {
    fn fill(&mut self, v: Value, path: &Path) -> Result<(), Error> {
        let Value::Object(map) = v else {
            return Err(Error::invalid_type(&v, "a map"));
        };
        self.clear();
        for (key, x) in map {
            let mut raw = Raw::Absent;
            raw.fill(x, &Path::Key(path, &key)).map_err(|e| e.at(&Path::Key(path, &key)))?;
            self.insert(key, raw);
        }
        Ok(())
    }
}

/// Declares how a request type is read from JSON: every field by its name
/// (the compiler refuses a list that misses one), a field it does not have
/// refused by name — or ignored, after `lenient`:
///
/// ```ignore
/// decode_fields! { OfficeInput { capacity, extension_addition } }
/// decode_fields! { SetHeader lenient { title, publisher, date, url } }
/// decode_fields! { OfficeMonthRequest { users, user_figures } then merge_figures }
/// ```
///
/// `then f`: `f(&mut self)` once every field is read (`Decode::finish`).
#[macro_export]
macro_rules! decode_fields {
    ($t:ident { $($f:ident),* $(,)? }) => {
        $crate::decode_fields!(@impl $t, true, $($f),*);
    };
    ($t:ident lenient { $($f:ident),* $(,)? }) => {
        $crate::decode_fields!(@impl $t, false, $($f),*);
    };
    ($t:ident { $($f:ident),* $(,)? } then $then:path) => {
        $crate::decode_fields!(@impl $t, true, $($f),*; fn finish(&mut self) { $then(self) });
    };
    (@impl $t:ident, $strict:expr, $($f:ident),* $(; $($extra:tt)*)?) => {
        impl $crate::engine::decode::Decode for $t {
            $($($extra)*)?
            const STRICT: bool = $strict;
            fn field(&mut self, name: &str) -> Option<&mut dyn $crate::engine::decode::Fill> {
                let $t { $($f),* } = self;
                match name {
                    $(stringify!($f) => Some($f as &mut dyn $crate::engine::decode::Fill),)*
                    _ => None,
                }
            }
        }
    };
}

/// A map is written as `BTreeMap` writes it: an object, keys in order.
impl<V: serde::Serialize> serde::Serialize for KeyMap<V> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut m = s.serialize_map(Some(self.len()))?;
        for (k, v) in self.iter() {
            m.serialize_entry(k, v)?;
        }
        m.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[derive(Debug, Default)]
    struct Inner {
        n: Raw,
        s: String,
    }
    crate::decode_fields! { Inner { n, s } }

    #[derive(Debug, Default)]
    struct Outer {
        office: Inner,
        users: Vec<Inner>,
        figures: KeyMap<Raw>,
    }
    crate::decode_fields! { Outer { office, users, figures } }

    fn err(v: Value) -> (String, String) {
        let e = from_value::<Outer>(v).expect_err("should fail");
        (e.path.unwrap_or_default(), e.message)
    }

    #[test]
    fn paths_name_the_field() {
        assert_eq!(err(json!({"ofice": {}})), ("ofice".into(), "unknown field `ofice`".into()));
        assert_eq!(err(json!({"office": {"x": 1}})).0, "office.x");
        assert_eq!(err(json!({"users": [{}, {"n": []}]})).0, "users[1].n");
        assert_eq!(err(json!({"figures": {"a.b": {}}})).0, "figures.a.b");
        let (path, msg) = err(json!({"office": []}));
        assert_eq!(path, "office");
        assert_eq!(msg, "invalid type: sequence, expected struct");
        assert_eq!(err(json!({"office": {"s": 5}})).1, "invalid type: integer `5`, expected a string");
        assert_eq!(err(json!([1])).0, "");
    }

    #[test]
    fn decodes() {
        let o: Outer = from_value(json!({"office": {"n": 3, "s": "x"}, "users": [{"n": null}], "figures": {"k": "1"}}))
            .expect("ok");
        assert_eq!(o.office.n, Raw::Int(3));
        assert_eq!(o.office.s, "x");
        assert_eq!(o.users.len(), 1);
        assert_eq!(o.figures.get("k"), Some(&Raw::Text("1".into())));
    }
}
