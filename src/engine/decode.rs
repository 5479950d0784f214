//! Decodes a request's JSON value into its calculator's request type, and
//! says where it failed: the path of the field (`office.capacity`,
//! `users[2].days`) with serde's own message, which `api` turns into Japanese.
//!
//! One small deserializer over [`serde_json::Value`] that carries the path
//! down as it goes, instead of wrapping every visitor of every request type
//! (`serde_path_to_error` did, and its copies were the largest part of the
//! WebAssembly code: see README「性能」). Numbers reach it whole (`api` turns
//! every other number into its exact text first), so no binary floating point
//! is ever parsed or printed here.

use serde::de::{self, DeserializeOwned, DeserializeSeed, IntoDeserializer, Visitor};
use serde_json::{Map, Value};
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

impl de::Error for Error {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        Error { path: None, message: msg.to_string() }
    }

    // serde's own wording, written here without `Unexpected`'s Display, whose
    // floating-point branch alone brought Rust's float printing (~15 KB of
    // WebAssembly) for a value this decoder never produces.
    fn invalid_type(unexp: de::Unexpected, exp: &dyn de::Expected) -> Self {
        Self::custom(format_args!("invalid type: {}, expected {exp}", what(&unexp)))
    }

    fn invalid_value(unexp: de::Unexpected, exp: &dyn de::Expected) -> Self {
        Self::custom(format_args!("invalid value: {}, expected {exp}", what(&unexp)))
    }
}

/// How serde names an unexpected value (`string "x"`, `sequence`), without
/// the value of a float.
fn what(u: &de::Unexpected) -> String {
    use de::Unexpected as U;
    match *u {
        U::Bool(b) => format!("boolean `{b}`"),
        U::Unsigned(n) => format!("integer `{n}`"),
        U::Signed(n) => format!("integer `{n}`"),
        U::Float(_) => "floating point".into(),
        U::Char(c) => format!("character `{c}`"),
        U::Str(s) => format!("string {s:?}"),
        U::Bytes(_) => "byte array".into(),
        U::Unit => "unit value".into(),
        U::Option => "Option value".into(),
        U::NewtypeStruct => "newtype struct".into(),
        U::Seq => "sequence".into(),
        U::Map => "map".into(),
        U::Enum => "enum".into(),
        U::UnitVariant => "unit variant".into(),
        U::NewtypeVariant => "newtype variant".into(),
        U::TupleVariant => "tuple variant".into(),
        U::StructVariant => "struct variant".into(),
        U::Other(o) => o.into(),
    }
}

impl Error {
    /// The error, placed at `path` unless a deeper field already placed it.
    fn at(mut self, path: &Path) -> Self {
        if self.path.is_none() {
            self.path = Some(path.to_string());
        }
        self
    }
}

/// The path from the request to a value, as a chain of segments.
#[derive(Clone, Copy)]
enum Path<'a> {
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

/// Decodes `v` as a `T`, or says where and why not.
pub fn from_value<T: DeserializeOwned>(v: Value) -> Result<T, Error> {
    T::deserialize(De { value: v, path: &Path::Root }).map_err(|e| e.at(&Path::Root))
}

struct De<'p> {
    value: Value,
    path: &'p Path<'p>,
}

impl<'de> de::Deserializer<'de> for De<'_> {
    type Error = Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.value {
            Value::Null => visitor.visit_unit(),
            Value::Bool(b) => visitor.visit_bool(b),
            Value::Number(n) => match (n.as_i64(), n.as_u64()) {
                (Some(i), _) => visitor.visit_i64(i),
                (_, Some(u)) => visitor.visit_u64(u),
                // Never binary floating point: the number's exact text.
                _ => visitor.visit_string(n.to_string()),
            },
            Value::String(s) => visitor.visit_string(s),
            Value::Array(items) => visitor.visit_seq(Seq { items: items.into_iter(), index: 0, path: self.path }),
            Value::Object(map) => visitor.visit_map(Fields::new(map, self.path)),
        }
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.value {
            Value::Null => visitor.visit_none(),
            _ => visitor.visit_some(self),
        }
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(self, _name: &'static str, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_newtype_struct(self)
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        match self.value {
            Value::String(s) => visitor.visit_enum(s.into_deserializer()),
            other => Err(de::Error::invalid_type(unexpected(&other), &"a string")),
        }
    }

    // A struct, a map, a list or a text asks only for its own shape, so that
    // each request type's decoder holds only the code for that shape (serde
    // derives a list form of every struct too, never used here).
    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        self.deserialize_map(visitor)
    }

    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.value {
            Value::Object(map) => visitor.visit_map(Fields::new(map, self.path)),
            other => Err(de::Error::invalid_type(unexpected(&other), &visitor)),
        }
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.value {
            Value::Array(items) => visitor.visit_seq(Seq { items: items.into_iter(), index: 0, path: self.path }),
            other => Err(de::Error::invalid_type(unexpected(&other), &visitor)),
        }
    }

    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.value {
            Value::String(s) => visitor.visit_string(s),
            other => Err(de::Error::invalid_type(unexpected(&other), &visitor)),
        }
    }

    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_string(visitor)
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char
        bytes byte_buf unit unit_struct tuple tuple_struct
        identifier ignored_any
    }
}

fn unexpected(v: &Value) -> de::Unexpected<'_> {
    match v {
        Value::Null => de::Unexpected::Unit,
        Value::Bool(b) => de::Unexpected::Bool(*b),
        Value::Number(_) => de::Unexpected::Other("number"),
        Value::String(s) => de::Unexpected::Str(s),
        Value::Array(_) => de::Unexpected::Seq,
        Value::Object(_) => de::Unexpected::Map,
    }
}

struct Seq<'p> {
    items: std::vec::IntoIter<Value>,
    index: usize,
    path: &'p Path<'p>,
}

impl<'de> de::SeqAccess<'de> for Seq<'_> {
    type Error = Error;

    fn next_element_seed<T: DeserializeSeed<'de>>(&mut self, seed: T) -> Result<Option<T::Value>, Error> {
        let Some(value) = self.items.next() else {
            return Ok(None);
        };
        let path = Path::Index(self.path, self.index);
        self.index += 1;
        seed.deserialize(De { value, path: &path }).map(Some).map_err(|e| e.at(&path))
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.items.len())
    }
}

struct Fields<'p> {
    entries: serde_json::map::IntoIter,
    /// The entry whose key was read and whose value is next.
    current: Option<(String, Value)>,
    path: &'p Path<'p>,
}

impl<'p> Fields<'p> {
    fn new(map: Map<String, Value>, path: &'p Path<'p>) -> Self {
        Fields { entries: map.into_iter(), current: None, path }
    }
}

impl<'de> de::MapAccess<'de> for Fields<'_> {
    type Error = Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(&mut self, seed: K) -> Result<Option<K::Value>, Error> {
        let Some((key, value)) = self.entries.next() else {
            return Ok(None);
        };
        let path = Path::Key(self.path, &key);
        let k = seed
            .deserialize(key.as_str().into_deserializer())
            .map_err(|e: Error| e.at(&path))?;
        self.current = Some((key, value));
        Ok(Some(k))
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, Error> {
        let (key, value) = self.current.take().unwrap_or_default();
        let path = Path::Key(self.path, &key);
        seed.deserialize(De { value, path: &path }).map_err(|e| e.at(&path))
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.entries.len())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;
    use serde_json::json;

    #[derive(Debug, Default, Deserialize)]
    #[serde(default, deny_unknown_fields)]
    struct Inner {
        n: Option<i64>,
        s: String,
    }

    #[derive(Debug, Default, Deserialize)]
    #[serde(default, deny_unknown_fields)]
    struct Outer {
        office: Inner,
        users: Vec<Inner>,
    }

    fn err(v: Value) -> (String, String) {
        let e = from_value::<Outer>(v).expect_err("should fail");
        (e.path.unwrap_or_default(), e.message)
    }

    #[test]
    fn paths_name_the_field() {
        assert_eq!(err(json!({"ofice": {}})).0, "ofice");
        assert_eq!(err(json!({"office": {"x": 1}})).0, "office.x");
        assert_eq!(err(json!({"users": [{}, {"n": "a"}]})).0, "users[1].n");
        let (path, msg) = err(json!({"office": []}));
        assert_eq!(path, "office");
        assert!(msg.starts_with("invalid type: sequence"), "{msg}");
        assert_eq!(err(json!([1])).0, "");
    }

    #[test]
    fn decodes() {
        let o: Outer = from_value(json!({"office": {"n": 3, "s": "x"}, "users": [{"n": null}]})).expect("ok");
        assert_eq!(o.office.n, Some(3));
        assert_eq!(o.office.s, "x");
        assert_eq!(o.users.len(), 1);
    }
}
