//! Lenient input leaves and the readers that turn them into typed values,
//! collecting a Japanese problem per bad field instead of failing on the first.
//!
//! A request's leaves are [`Raw`]: whatever the user or the page sent (a number,
//! text as typed, a boolean, or nothing). Text is normalised the way Japanese
//! users type it: full-width digits and punctuation, thousands separators, and
//! surrounding spaces are accepted.

use crate::engine::date::{parse_date, parse_fiscal_year, YearMonth};
use crate::engine::problem::{Problem, Problems};
use crate::engine::rounding::{is_whole, times_ten};
use crate::engine::rows::parse_int;
use chrono::NaiveDate;
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use serde::de::{self, Deserializer, Visitor};
use serde::{Deserialize, Serialize, Serializer};
use std::fmt;

/// One input value as received.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Raw {
    #[default]
    Absent,
    Int(i64),
    Text(String),
    Bool(bool),
}

impl Raw {
    pub fn text(s: &str) -> Self {
        Raw::Text(s.to_string())
    }

    /// True when nothing usable was sent (absent, null, or blank text).
    pub fn is_blank(&self) -> bool {
        match self {
            Raw::Absent => true,
            Raw::Text(s) => normalize(s).is_empty(),
            _ => false,
        }
    }

    /// The value as normalised text (`None` when blank).
    pub fn as_text(&self) -> Option<String> {
        match self {
            Raw::Absent => None,
            Raw::Int(i) => Some(i.to_string()),
            Raw::Bool(b) => Some(b.to_string()),
            Raw::Text(s) => {
                let n = normalize(s);
                (!n.is_empty()).then_some(n)
            }
        }
    }

    /// A name as typed (a user's 呼び名, a scenario's name): trimmed, nothing
    /// else changed (commas, spaces and full-width letters kept); `None` when blank.
    pub fn as_name(&self) -> Option<String> {
        match self {
            Raw::Text(s) => Some(s.trim().to_string()).filter(|t| !t.is_empty()),
            Raw::Absent => None,
            other => other.as_text(),
        }
    }

    /// What the user sent, for messages: a long text is cut to its first
    /// [`SHOWN_CHARS`] characters (a message never echoes a whole upload).
    pub fn shown(&self) -> String {
        match self {
            Raw::Absent => String::new(),
            Raw::Int(i) => i.to_string(),
            Raw::Bool(b) => b.to_string(),
            Raw::Text(s) => excerpt(s),
        }
    }
}

impl From<i64> for Raw {
    fn from(v: i64) -> Self {
        Raw::Int(v)
    }
}
impl From<&str> for Raw {
    fn from(v: &str) -> Self {
        Raw::Text(v.to_string())
    }
}
impl From<bool> for Raw {
    fn from(v: bool) -> Self {
        Raw::Bool(v)
    }
}

impl<'de> Deserialize<'de> for Raw {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Raw;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a number, a string, a boolean or null")
            }
            fn visit_unit<E: de::Error>(self) -> Result<Raw, E> {
                Ok(Raw::Absent)
            }
            fn visit_none<E: de::Error>(self) -> Result<Raw, E> {
                Ok(Raw::Absent)
            }
            fn visit_some<D2: Deserializer<'de>>(self, d: D2) -> Result<Raw, D2::Error> {
                Raw::deserialize(d)
            }
            fn visit_bool<E: de::Error>(self, v: bool) -> Result<Raw, E> {
                Ok(Raw::Bool(v))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Raw, E> {
                Ok(Raw::Int(v))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Raw, E> {
                i64::try_from(v).map(Raw::Int).map_err(|_| E::custom("number too large"))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Raw, E> {
                Ok(Raw::Text(v.to_string()))
            }
            fn visit_string<E: de::Error>(self, v: String) -> Result<Raw, E> {
                Ok(Raw::Text(v))
            }
            // Non-integral JSON/JS numbers are refused by serde's default (an
            // "invalid type: floating point" error, translated in `api`): decimal
            // values such as a 1単位の単価 travel as strings ("10.91") so that no
            // binary floating point ever touches a figure.
        }
        d.deserialize_any(V)
    }
}

impl Serialize for Raw {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Raw::Absent => s.serialize_none(),
            Raw::Int(i) => s.serialize_i64(*i),
            Raw::Text(t) => s.serialize_str(t),
            Raw::Bool(b) => s.serialize_bool(*b),
        }
    }
}

/// How much of a typed value a message repeats.
pub const SHOWN_CHARS: usize = 30;

/// The first [`SHOWN_CHARS`] characters of `s`, with 「…」 when cut.
pub fn excerpt(s: &str) -> String {
    if s.chars().count() <= SHOWN_CHARS {
        s.to_string()
    } else {
        let cut: String = s.chars().take(SHOWN_CHARS).collect();
        format!("{cut}…")
    }
}

/// A number typed in scientific notation (`1e2`, `2.5E3`), exactly.
fn scientific(t: &str) -> Option<Decimal> {
    if t.contains(['e', 'E']) {
        decimal_text(t)
    } else {
        None
    }
}

/// A decimal as typed (`10.91`, `-0.5`, `.5`, `1e2`, `2.5E-3`), exactly, or
/// `None`: not such a number, or more than a decimal's 28 places or 96 bits.
/// (Read here rather than by rust_decimal's parsers, whose copies were ~14 KB
/// of each WebAssembly module: README「性能」.)
pub fn decimal_text(t: &str) -> Option<Decimal> {
    let (mantissa, exp) = match t.find(['e', 'E']) {
        Some(i) => (t.get(..i)?, parse_int::<i32>(t.get(i + 1..)?)?),
        None => (t, 0),
    };
    let (negative, digits) = match mantissa.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, mantissa.strip_prefix('+').unwrap_or(mantissa)),
    };
    let (int, frac) = digits.split_once('.').unwrap_or((digits, ""));
    if int.is_empty() && frac.is_empty() {
        return None;
    }
    let mut m: i128 = 0;
    for b in int.bytes().chain(frac.bytes()) {
        if !b.is_ascii_digit() {
            return None;
        }
        m = m.checked_mul(10)?.checked_add(i128::from(b - b'0'))?;
    }
    if m == 0 {
        return Some(Decimal::ZERO);
    }
    let mut scale = i64::try_from(frac.len()).ok()? - i64::from(exp);
    while scale < 0 {
        m = m.checked_mul(10)?;
        scale += 1;
    }
    while scale > 28 && m % 10 == 0 {
        m /= 10;
        scale -= 1;
    }
    let m = if negative { -m } else { m };
    Decimal::try_from_i128_with_scale(m, u32::try_from(scale).ok()?).ok()
}

/// Why a text is not a whole number.
enum IntText {
    TooLarge,
    Fraction,
    NotANumber,
}

/// A whole number as typed (`20`, `1e2`), or why it is not one.
fn int_text(t: &str) -> Result<i64, IntText> {
    if let Ok(v) = t.parse::<i64>() {
        return Ok(v);
    }
    let digits = t.strip_prefix('-').unwrap_or(t);
    if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(IntText::TooLarge);
    }
    let exact = decimal_text(t);
    match exact {
        Some(d) if is_whole(d) => d.to_i64().ok_or(IntText::TooLarge),
        Some(_) => Err(IntText::Fraction),
        None if scientific_overflow(t) => Err(IntText::TooLarge),
        None if t.contains('.') => Err(IntText::Fraction),
        None => Err(IntText::NotANumber),
    }
}

/// `1e400`: scientific notation beyond any decimal.
fn scientific_overflow(t: &str) -> bool {
    t.contains(['e', 'E'])
        && t.trim_start_matches('-').starts_with(|c: char| c.is_ascii_digit())
        && scientific(t).is_none()
}

/// Full-width digits, letters and punctuation to ASCII; removes thousands
/// separators and spaces; trims.
pub fn normalize(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for ch in s.trim().chars() {
        let c = match ch {
            '０'..='９' | 'Ａ'..='Ｚ' | 'ａ'..='ｚ' => char::from_u32(ch as u32 - 0xFEE0).unwrap_or(ch),
            '．' => '.',
            '－' | '−' | 'ー' => '-',
            '：' => ':',
            '／' => '/',
            '，' | ',' | '、' => continue,
            ' ' | '\u{3000}' => continue,
            _ => ch,
        };
        out.push(c);
    }
    out
}

/// Declares a choice the user names in words: the enum (a `Copy` value,
/// serialized in snake_case), its `parse` (each variant with the words that
/// name it, after [`normalize`]) and, when every variant has one, its Japanese
/// `label`:
///
/// ```ignore
/// choices! {
///     pub enum Area {
///         Urban: "urban" | "市街化区域" => "市街化区域",
///         Adjustment: "adjustment" | "市街化調整区域" => "市街化調整区域",
///     }
/// }
/// ```
#[macro_export]
macro_rules! choices {
    (
        $(#[$m:meta])* $vis:vis enum $name:ident {
            $($(#[$vm:meta])* $v:ident: $($w:literal)|+ => $label:literal,)+
        }
    ) => {
        $crate::choices!($(#[$m])* $vis enum $name { $($(#[$vm])* $v: $($w)|+,)+ });
        impl $name {
            /// Every choice's Japanese name, for messages: 「…」「…」.
            pub const CHOICE_LABELS: &'static str = concat!($("「", $label, "」"),+);
            /// 日本語の名前.
            pub fn label(self) -> &'static str {
                match self {
                    $($name::$v => $label,)+
                }
            }
        }
    };
    (
        $(#[$m:meta])* $vis:vis enum $name:ident {
            $($(#[$vm:meta])* $v:ident: $($w:literal)|+,)+
        }
    ) => {
        $(#[$m])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, ::serde::Serialize)]
        #[serde(rename_all = "snake_case")]
        $vis enum $name {
            $($(#[$vm])* $v,)+
        }
        impl $name {
            /// The choice a (normalised) word names.
            pub fn parse(t: &str) -> Option<Self> {
                match t {
                    $($($w)|+ => Some($name::$v),)+
                    _ => None,
                }
            }
        }
    };
}

/// `users[0]` and `days` → `users[0].days`: a field's path, joined without
/// the formatter (one call where each `format!` was its own code).
pub fn sub_field(field: &str, name: &str) -> String {
    let mut s = String::with_capacity(field.len() + 1 + name.len());
    s.push_str(field);
    s.push('.');
    s.push_str(name);
    s
}

/// `users` and 2 → `users[2]`: a list item's path.
pub fn item_field(field: &str, i: usize) -> String {
    let mut s = String::with_capacity(field.len() + 4);
    s.push_str(field);
    s.push('[');
    s.push_str(&i.to_string());
    s.push(']');
    s
}

/// A key's path under `field` (the key alone at the request's top).
pub fn key_field(field: &str, key: &str) -> String {
    if field.is_empty() {
        key.to_string()
    } else {
        sub_field(field, key)
    }
}

/// Reads typed values out of [`Raw`] leaves, recording a problem per bad field.
pub struct Reader<'p> {
    pub problems: &'p mut Problems,
}

impl<'p> Reader<'p> {
    pub fn new(problems: &'p mut Problems) -> Self {
        Self { problems }
    }

    fn fail<T>(&mut self, p: Problem) -> Option<T> {
        self.problems.push(p);
        None
    }

    /// An optional reading made required: blank is the problem `missing`.
    fn required<T>(&mut self, v: Option<Option<T>>, missing: impl FnOnce() -> Problem) -> Option<T> {
        match v {
            Some(Some(v)) => Some(v),
            Some(None) => self.fail(missing()),
            None => None,
        }
    }

    /// A text leaf read by `parse`: `Some(None)` when blank, `None` (and the
    /// invalid problem `message`) when `parse` does not read it.
    fn text<T>(
        &mut self,
        raw: &Raw,
        field: &str,
        parse: impl FnOnce(&str) -> Option<T>,
        message: impl FnOnce() -> String,
    ) -> Option<Option<T>> {
        match raw.as_text() {
            None => Some(None),
            Some(t) => match parse(&t) {
                Some(v) => Some(Some(v)),
                None => self.fail(Problem::invalid(field, message())),
            },
        }
    }

    /// A number leaf: a JSON integer through `from_int`, text through `parse`;
    /// `Some(None)` when blank, `None` (and the problem) when either refuses it.
    fn number_leaf<T>(
        &mut self,
        raw: &Raw,
        field: &str,
        label: &str,
        from_int: impl FnOnce(i64) -> Result<T, Problem>,
        parse: impl FnOnce(&str) -> Result<T, Problem>,
    ) -> Option<Option<T>> {
        let read = match raw {
            Raw::Int(i) => from_int(*i),
            Raw::Bool(_) => Err(Problem::invalid(field, format!("{label}は数値で入力してください。"))),
            _ => match raw.as_text() {
                None => return Some(None),
                Some(t) => parse(&t),
            },
        };
        match read {
            Ok(v) => Some(Some(v)),
            Err(p) => self.fail(p),
        }
    }

    /// A required integer within `[min, max]`.
    pub fn int(&mut self, raw: &Raw, field: &str, label: &str, min: i64, max: i64) -> Option<i64> {
        self.number(raw, field, label, min, max)
    }

    /// An optional integer: `Some(None)` when blank, `None` when bad.
    pub fn opt_int(&mut self, raw: &Raw, field: &str, label: &str, min: i64, max: i64) -> Option<Option<i64>> {
        self.opt_number(raw, field, label, min, max)
    }

    /// A count or amount whose blank means none entered (times, days, persons,
    /// yen): 0 when blank, otherwise an integer within `[0, max]` (`None` when bad).
    pub fn count(&mut self, raw: &Raw, field: &str, label: &str, max: i64) -> Option<i64> {
        self.opt_int(raw, field, label, 0, max).map(Option::unwrap_or_default)
    }

    /// A required number (an integer, or an exact decimal) within `[min, max]`.
    pub fn number<T: Number>(&mut self, raw: &Raw, field: &str, label: &str, min: T, max: T) -> Option<T> {
        let v = self.opt_number(raw, field, label, min, max);
        self.required(v, || Problem::required(field, label))
    }

    /// An optional number within `[min, max]`: `Some(None)` when blank, `None` when bad.
    pub fn opt_number<T: Number>(&mut self, raw: &Raw, field: &str, label: &str, min: T, max: T) -> Option<Option<T>> {
        let text = |t: &str| T::from_text(t, raw, field, label);
        match self.number_leaf(raw, field, label, |i| Ok(T::from_int(i)), text)? {
            Some(v) if v < min || v > max => {
                self.fail(Problem::out_of_range(field, T::outside(label, min, max, v, raw)))
            }
            v => Some(v.map(T::tidy)),
        }
    }

    /// An optional amount of yen as people type it (see [`parse_yen`]):
    /// `18000`, `18,000円`, `1万8000円`, `１万８千円`; within `[min, max]`.
    pub fn opt_yen(&mut self, raw: &Raw, field: &str, label: &str, min: i64, max: i64) -> Option<Option<i64>> {
        let Raw::Text(s) = raw else {
            return self.opt_int(raw, field, label, min, max);
        };
        let t = normalize(s);
        if t.is_empty() || int_text(&t).is_ok() {
            return self.opt_int(raw, field, label, min, max);
        }
        match parse_yen(&t).filter(|d| is_whole(*d)).and_then(|d| d.to_i64()) {
            Some(v) if v < min || v > max => {
                self.fail(Problem::out_of_range(field, i64::outside(label, min, max, v, raw)))
            }
            Some(v) => Some(Some(v)),
            None => self.fail(Problem::invalid(
                field,
                format!("{label}は金額で入力してください（例 18000、18,000円、1万8000円。入力: {}）。", raw.shown()),
            )),
        }
    }

    /// A required amount of yen (see [`Reader::opt_yen`]).
    pub fn yen(&mut self, raw: &Raw, field: &str, label: &str, min: i64, max: i64) -> Option<i64> {
        let v = self.opt_yen(raw, field, label, min, max);
        self.required(v, || Problem::required(field, label))
    }

    /// An amount of yen whose blank means none (0 円), within `[0, max]`.
    pub fn yen_or_zero(&mut self, raw: &Raw, field: &str, label: &str, max: i64) -> Option<i64> {
        self.opt_yen(raw, field, label, 0, max).map(Option::unwrap_or_default)
    }

    /// A required duration in minutes: an integer (minutes) or text `H:MM`,
    /// `H時間M分`, `M分`, `H時間`.
    pub fn minutes(&mut self, raw: &Raw, field: &str, label: &str, max: u32) -> Option<u32> {
        let v = self.opt_minutes(raw, field, label, max);
        self.required(v, || Problem::required(field, label))
    }

    pub fn opt_minutes(&mut self, raw: &Raw, field: &str, label: &str, max: u32) -> Option<Option<u32>> {
        let m = match raw {
            Raw::Int(i) if *i >= 0 && *i <= u32::MAX as i64 => *i as u32,
            Raw::Int(_) => {
                return self.fail(Problem::out_of_range(field, format!("{label}は0以上で入力してください。")))
            }
            Raw::Bool(_) => {
                return self.fail(Problem::invalid(field, format!("{label}は時間で入力してください（例 4:30）。")))
            }
            _ => match self.text(raw, field, parse_minutes, || {
                format!("{label}は時間（0以上）と分（0〜59）で入力してください（「4:30」「4時間30分」や分数でも入力できます。入力: {}）。", raw.shown())
            })? {
                None => return Some(None),
                Some(m) => m,
            },
        };
        if m > max {
            return self.fail(Problem::out_of_range(
                field,
                format!("{label}は{}以内で入力してください（入力: {}）。", crate::engine::trace::hm(max), raw.shown()),
            ));
        }
        Some(Some(m))
    }

    pub fn month(&mut self, raw: &Raw, field: &str, label: &str) -> Option<YearMonth> {
        let m = self.opt_month(raw, field, label);
        self.required(m, || Problem::required(field, label))
    }

    /// A month that may be left blank (`Some(None)`).
    pub fn opt_month(&mut self, raw: &Raw, field: &str, label: &str) -> Option<Option<YearMonth>> {
        self.text(raw, field, YearMonth::parse, || {
            format!("{label}は「2024-06」または「令和6年6月」の形で入力してください（入力: {}）。", raw.shown())
        })
    }

    /// A required 年度 (fiscal year, April–March), as its starting 西暦 year:
    /// `2024`, `"2024年度"`, `"令和6年度"`, `"R6"`.
    pub fn fiscal_year(&mut self, raw: &Raw, field: &str, label: &str) -> Option<i32> {
        let y = self.text(raw, field, parse_fiscal_year, || {
            format!("{label}は「2024」「令和6年度」の形で入力してください（入力: {}）。", raw.shown())
        });
        self.required(y, || Problem::required(field, label))
    }

    pub fn date(&mut self, raw: &Raw, field: &str, label: &str) -> Option<NaiveDate> {
        let d = self.opt_date(raw, field, label);
        self.required(d, || Problem::required(field, label))
    }

    pub fn opt_date(&mut self, raw: &Raw, field: &str, label: &str) -> Option<Option<NaiveDate>> {
        self.text(raw, field, parse_date, || {
            format!(
                "{label}は「2024-06-03」または「令和6年6月3日」の形の日付で入力してください（入力: {}）。",
                raw.shown()
            )
        })
    }

    /// A yes/no: absent or blank is `default`.
    pub fn flag(&mut self, raw: &Raw, field: &str, label: &str, default: bool) -> Option<bool> {
        match raw {
            Raw::Bool(b) => Some(*b),
            Raw::Int(0) => Some(false),
            Raw::Int(1) => Some(true),
            _ => match raw.as_text().as_deref() {
                None => Some(default),
                Some("true" | "yes" | "on" | "1" | "はい" | "あり" | "有") => Some(true),
                Some("false" | "no" | "off" | "0" | "いいえ" | "なし" | "無") => Some(false),
                Some(_) => self.fail(Problem::invalid(
                    field,
                    format!("{label}は「はい」か「いいえ」で指定してください（入力: {}）。", raw.shown()),
                )),
            },
        }
    }

    /// One of a fixed set of choices: `parse` maps normalised text to a value;
    /// `choices` lists the accepted values for the message.
    pub fn choice<T>(
        &mut self,
        raw: &Raw,
        field: &str,
        label: &str,
        choices: &str,
        parse: impl Fn(&str) -> Option<T>,
    ) -> Option<T> {
        let v = self.opt_choice(raw, field, label, choices, parse);
        self.required(v, || {
            Problem::new(
                crate::engine::problem::Code::Required,
                field,
                format!("{label}を選んでください（{choices}）。"),
            )
        })
    }

    pub fn opt_choice<T>(
        &mut self,
        raw: &Raw,
        field: &str,
        label: &str,
        choices: &str,
        parse: impl Fn(&str) -> Option<T>,
    ) -> Option<Option<T>> {
        self.text(raw, field, parse, || {
            format!("{label}は{choices}のいずれかを指定してください（入力: {}）。", raw.shown())
        })
    }
}

/// What a number leaf is read as: a whole number (`i64`) or an exact decimal.
pub trait Number: Copy + PartialOrd {
    /// A JSON integer as this number.
    fn from_int(i: i64) -> Self;
    /// Typed text as this number, or the user's problem with it.
    fn from_text(t: &str, raw: &Raw, field: &str, label: &str) -> Result<Self, Problem>;
    /// Why `v` is outside `[min, max]`, in Japanese.
    fn outside(label: &str, min: Self, max: Self, v: Self, raw: &Raw) -> String;
    /// The value as kept (a decimal without trailing zeros).
    fn tidy(self) -> Self {
        self
    }
}

impl Number for i64 {
    fn from_int(i: i64) -> Self {
        i
    }
    fn from_text(t: &str, raw: &Raw, field: &str, label: &str) -> Result<Self, Problem> {
        int_text(t).map_err(|e| match e {
            IntText::TooLarge => {
                Problem::out_of_range(field, format!("{label}が大きすぎます（入力: {}）。", raw.shown()))
            }
            IntText::Fraction => {
                Problem::invalid(field, format!("{label}は整数で入力してください（入力: {}）。", raw.shown()))
            }
            IntText::NotANumber => not_a_number(raw, field, label),
        })
    }
    fn outside(label: &str, min: Self, max: Self, v: Self, _raw: &Raw) -> String {
        if v < min {
            format!("{label}は{min}以上で入力してください（入力: {v}）。")
        } else {
            format!("{label}は{max}以下で入力してください（入力: {v}）。")
        }
    }
}

impl Number for Decimal {
    fn from_int(i: i64) -> Self {
        Decimal::from(i)
    }
    /// `10.91`, `1e2`, exactly.
    fn from_text(t: &str, raw: &Raw, field: &str, label: &str) -> Result<Self, Problem> {
        decimal_text(t).ok_or_else(|| not_a_number(raw, field, label))
    }
    fn outside(label: &str, min: Self, max: Self, _v: Self, raw: &Raw) -> String {
        format!("{label}は{min}以上{max}以下で入力してください（入力: {}）。", raw.shown())
    }
    fn tidy(self) -> Self {
        self.normalize()
    }
}

fn not_a_number(raw: &Raw, field: &str, label: &str) -> Problem {
    Problem::invalid(field, format!("{label}は数値で入力してください（入力: {}）。", raw.shown()))
}

/// An amount of yen as typed, after [`normalize`] (so `１万８千円` is
/// `1万8千円` and `18,000円` is `18000円`): groups of a number and a unit
/// (億, 万, 千, 百) from the largest down, then a plain number, then 「円」:
/// `18000円`, `1万8000円`, `1万8千円`, `1.8万円`, `3千円`. The value is exact
/// (a decimal); `None` when the text is not such an amount.
pub fn parse_yen(t: &str) -> Option<Decimal> {
    let body = t.strip_suffix('円').unwrap_or(t);
    if body.is_empty() {
        return None;
    }
    // The sum so far, exactly: mantissa and scale (digits after the point).
    let mut total = (0i128, 0u32);
    let mut rest = body;
    let mut below = u32::MAX;
    while let Some((pos, unit, power)) = rest.char_indices().find_map(|(i, c)| yen_unit(c).map(|p| (i, c, p))) {
        if power >= below {
            return None;
        }
        below = power;
        let num = rest.get(..pos)?;
        let n = if num.is_empty() && power < 4 { Decimal::ONE } else { plain_decimal(num)? };
        total = add_scaled(total, n, power)?;
        rest = rest.get(pos + unit.len_utf8()..)?;
    }
    if !rest.is_empty() {
        let n = plain_decimal(rest)?;
        // Below the last unit: fewer than 10^below yen.
        let at_least_unit = || times_ten(1, below + n.scale()).is_some_and(|l| n.mantissa() >= l);
        if n.is_sign_negative() || below != u32::MAX && at_least_unit() {
            return None;
        }
        total = add_scaled(total, n, 0)?;
    }
    let d = Decimal::try_from_i128_with_scale(total.0, total.1).ok()?;
    (!d.is_sign_negative()).then_some(d.normalize())
}

/// The power of ten of a unit of [`parse_yen`] (億, 万, 千, 百).
fn yen_unit(c: char) -> Option<u32> {
    Some(match c {
        '億' => 8,
        '万' => 4,
        '千' => 3,
        '百' => 2,
        _ => return None,
    })
}

/// `total + n × 10^power`, exactly (mantissa and scale), in integers: no
/// copy of rust_decimal's arithmetic inlined for [`parse_yen`] (~2.7 KB).
fn add_scaled(total: (i128, u32), n: Decimal, power: u32) -> Option<(i128, u32)> {
    let (m, s) = match n.scale().checked_sub(power) {
        Some(s) => (n.mantissa(), s),
        None => (times_ten(n.mantissa(), power - n.scale())?, 0),
    };
    let scale = s.max(total.1);
    let up = |m: i128, s: u32| times_ten(m, scale - s);
    Some((up(total.0, total.1)?.checked_add(up(m, s)?)?, scale))
}

/// A number without an exponent (`1.8`, `-3`, `1_000`) as [`parse_yen`]
/// reads it: what rust_decimal's `from_str_exact` accepted (a `_` after the
/// first digit is a separator), read by [`decimal_text`] — rust_decimal's
/// parser was ~6 KB of each module that reads yen (README「性能」).
fn plain_decimal(t: &str) -> Option<Decimal> {
    if t.contains(['e', 'E']) {
        return None;
    }
    match t.find('_') {
        None => decimal_text(t),
        Some(i) if t.get(..i).is_some_and(|s| s.bytes().any(|b| b.is_ascii_digit())) => {
            decimal_text(&t.replace('_', ""))
        }
        Some(_) => None,
    }
}

/// `270`, `4:30`, `4時間30分`, `4時間`, `30分` → minutes.
pub fn parse_minutes(t: &str) -> Option<u32> {
    let t = t.trim();
    if let Some((h, m)) = t.split_once(':') {
        let h: u32 = if h.is_empty() { 0 } else { parse_int(h)? };
        let m: u32 = if m.is_empty() { 0 } else { parse_int(m)? };
        if m >= 60 {
            return None;
        }
        return h.checked_mul(60)?.checked_add(m);
    }
    if let Some(rest) = t.strip_suffix('分') {
        if let Some((h, m)) = crate::engine::rows::split_text(rest, "時間") {
            let h: u32 = parse_int(h)?;
            let m: u32 = parse_int(m)?;
            if m >= 60 {
                return None;
            }
            return h.checked_mul(60)?.checked_add(m);
        }
        return parse_int(rest);
    }
    if let Some(h) = t.strip_suffix("時間") {
        return parse_int::<u32>(h)?.checked_mul(60);
    }
    parse_int(t)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    #[test]
    fn decimals_read_exactly() {
        let d = |t: &str| decimal_text(t).map(|d| d.to_string());
        let exact = |t: &str| Decimal::from_str(t).ok().map(|d| d.to_string());
        for t in [
            "10.91",
            "-0.5",
            "0.000000000000000000000000001",
            "1.50",
            "79228162514264337593543950335",
            "0",
            "-0",
            "+3",
            "5.",
        ] {
            assert_eq!(d(t), exact(t), "{t}");
        }
        assert_eq!(d(".5").as_deref(), Some("0.5"));
        assert_eq!(d("1e2").as_deref(), Some("100"));
        assert_eq!(d("2.5E3").as_deref(), Some("2500"));
        assert_eq!(d("2.5e-3").as_deref(), Some("0.0025"));
        assert_eq!(d("0e999999999").as_deref(), Some("0"));
        for t in
            ["", ".", "-", "1.2.3", "abc", "1e400", "1e-400", "99999999999999999999999999999999", "1e", "1,000", "1 0"]
        {
            assert_eq!(d(t), None, "{t}");
        }
    }

    #[test]
    fn normalizes_japanese_typing() {
        assert_eq!(normalize(" １，２１０ "), "1210");
        assert_eq!(normalize("４：３０"), "4:30");
        assert_eq!(normalize("１０．９１"), "10.91");
    }

    #[test]
    fn minutes_forms() {
        assert_eq!(parse_minutes("270"), Some(270));
        assert_eq!(parse_minutes("4:30"), Some(270));
        assert_eq!(parse_minutes("4:"), Some(240));
        assert_eq!(parse_minutes("4時間30分"), Some(270));
        assert_eq!(parse_minutes("4時間"), Some(240));
        assert_eq!(parse_minutes("30分"), Some(30));
        assert_eq!(parse_minutes("4:75"), None);
        assert_eq!(parse_minutes("abc"), None);
        assert_eq!(parse_minutes("-5"), None);
    }

    #[test]
    fn plain_decimals_as_rust_decimal_read_them() {
        for t in [
            "1.8",
            "-3",
            "+3",
            "5.",
            ".5",
            "0",
            "-0",
            "1_000",
            "1__0",
            "1._5",
            "1.5_0",
            "_1",
            "-_1",
            "1e2",
            "1E2",
            "",
            ".",
            "-",
            "1.2.3",
            "abc",
            "1 0",
            "79228162514264337593543950335",
            "79228162514264337593543950336",
            "0.0000000000000000000000000001",
            "12345678901234567890.123",
        ] {
            let ours = plain_decimal(t).map(|d| d.to_string());
            let theirs = Decimal::from_str_exact(t).ok().map(|d| d.to_string());
            assert_eq!(ours, theirs, "{t}");
        }
    }

    /// parse_yen as first written (rust_decimal's parser and arithmetic).
    fn yen_as_before(t: &str) -> Option<Decimal> {
        let body = t.strip_suffix('円').unwrap_or(t);
        if body.is_empty() {
            return None;
        }
        const UNITS: [(char, i64); 4] = [('億', 100_000_000), ('万', 10_000), ('千', 1_000), ('百', 100)];
        let (mut total, mut rest, mut below) = (Decimal::ZERO, body, i64::MAX);
        while let Some(pos) = rest.find(|c: char| UNITS.iter().any(|(u, _)| *u == c)) {
            let (num, tail) = rest.split_at(pos);
            let unit = tail.chars().next()?;
            let scale = UNITS.iter().find(|(u, _)| *u == unit)?.1;
            if scale >= below {
                return None;
            }
            below = scale;
            let n = if num.is_empty() && scale < 10_000 { Decimal::ONE } else { Decimal::from_str_exact(num).ok()? };
            total = total.checked_add(n.checked_mul(Decimal::from(scale))?)?;
            rest = &tail[unit.len_utf8()..];
        }
        if !rest.is_empty() {
            let n = Decimal::from_str_exact(rest).ok()?;
            if n.is_sign_negative() || Decimal::from(below) <= n && below != i64::MAX {
                return None;
            }
            total = total.checked_add(n)?;
        }
        (!total.is_sign_negative()).then_some(total.normalize())
    }

    #[test]
    fn yen_read_as_before() {
        let parts = [
            "", "1", "12", "1.8", "0.5", "-1", "-0", "1_000", "_1", "9999", "10000", "99999999", "1.23456", "1e2", ".",
        ];
        let units = ["", "億", "万", "千", "百"];
        let mut n = 0;
        for a in parts {
            for u in units {
                for b in parts {
                    for v in units {
                        for c in ["", "5", "0.25", "10000", "100"] {
                            for yen in ["", "円"] {
                                let t = format!("{a}{u}{b}{v}{c}{yen}");
                                assert_eq!(parse_yen(&t), yen_as_before(&t), "{t}");
                                n += 1;
                            }
                        }
                    }
                }
            }
        }
        assert!(n > 50_000);
        for t in [
            "1億2000万円",
            "79228162514264337593543950335",
            "7922816251426433759354395033億",
            "0.0000000000000000000000000001万",
        ] {
            assert_eq!(parse_yen(t), yen_as_before(t), "{t}");
        }
    }

    #[test]
    fn yen_as_people_type_it() {
        let y = |t: &str| parse_yen(&normalize(t)).map(|d| d.to_string());
        for t in ["18,000円", "18000円", "1万8000円", "１万８千円", "1.8万円", "１８，０００", "1万8千"]
        {
            assert_eq!(y(t).as_deref(), Some("18000"), "{t}");
        }
        assert_eq!(y("3千円").as_deref(), Some("3000"));
        assert_eq!(y("1億2000万円").as_deref(), Some("120000000"));
        for t in ["円", "万円", "1千1万", "1万20000", "abc", "-5円", "1万-5"] {
            assert_eq!(y(t), None, "{t}");
        }
        let mut ps = Problems::new();
        let mut r = Reader::new(&mut ps);
        assert_eq!(r.yen(&Raw::text("１万８千円"), "a", "家賃", 0, 1_000_000), Some(18000));
        assert_eq!(r.yen(&Raw::text("18,000円"), "a", "家賃", 0, 1_000_000), Some(18000));
        assert_eq!(r.yen(&Raw::text("1.5円"), "b", "家賃", 0, 1_000_000), None);
        assert_eq!(r.yen(&Raw::text("2万円"), "c", "家賃", 0, 10_000), None);
        assert_eq!(r.yen_or_zero(&Raw::Absent, "d", "家賃", 10), Some(0));
        let fields: Vec<_> = ps.0.iter().map(|p| p.field.as_str()).collect();
        assert_eq!(fields, ["b", "c"]);
        assert!(ps.0[0].message.contains("1.5円"), "{}", ps.0[0].message);
    }

    #[test]
    fn reader_collects_every_problem() {
        let mut ps = Problems::new();
        let mut r = Reader::new(&mut ps);
        assert_eq!(r.int(&Raw::text("abc"), "a", "定員", 1, 100), None);
        assert_eq!(r.int(&Raw::Absent, "b", "日数", 1, 31), None);
        assert_eq!(r.int(&Raw::Int(0), "c", "定員", 1, 100), None);
        assert_eq!(r.int(&Raw::text("２０"), "d", "定員", 1, 100), Some(20));
        let fields: Vec<_> = ps.0.iter().map(|p| p.field.as_str()).collect();
        assert_eq!(fields, ["a", "b", "c"]);
        assert!(ps.0.iter().all(|p| !p.message.is_ascii()));
    }
}
