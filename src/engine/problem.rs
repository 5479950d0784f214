//! Errors answered to the caller: each names the field (a path into the request)
//! and says in Japanese what is wrong. Nothing here panics.

use serde::Serialize;
use std::hash::{Hash, Hasher};

/// What kind of problem.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Code {
    /// A required field is absent or empty.
    Required,
    /// The value cannot be read (not a number, not a date, not one of the choices).
    Invalid,
    /// The value is readable but outside what the rule allows.
    OutOfRange,
    /// Two inputs contradict each other.
    Inconsistent,
    /// The rule (or figure) is not in force for the requested month.
    NotInForce,
    /// The figure this calculation needs is not registered: the user may enter it.
    MissingFigure,
    /// The request's shape is wrong (unknown calculator, unknown field, wrong structure).
    BadRequest,
    /// A figure registered in the product is itself wrong (the product's fault,
    /// never the user's): reported so that it can be mended, never computed with.
    DataError,
}

/// A figure the product lacks and the user may supply from their own サービスコード表 etc.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize)]
pub struct MissingFigure {
    /// The figure's key, to be sent back in `user_figures`.
    pub key: String,
    /// Japanese label.
    pub label: String,
    /// Unit of the figure (`units_per_day`, `yen`, …).
    pub unit: String,
    /// Where an official value would be read.
    pub where_to_find: String,
}

/// Where in a text (a figure set) a problem is: 1-based line and column
/// (column 0: the whole line).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub struct TextAt {
    pub line: u32,
    pub column: u32,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize)]
pub struct Problem {
    pub code: Code,
    /// Path into the request (`days[2].actual_minutes`); empty for the request as a whole.
    pub field: String,
    /// Japanese message for the user.
    pub message: String,
    /// Boxed: a problem stays small on the `Result` paths that never carry one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub figure: Option<Box<MissingFigure>>,
    /// A problem of a figure set's text: its line and column.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub at: Option<TextAt>,
    /// A month past a table's last month: the label of the offer to compute
    /// with the previous 年度's figures, marked provisional (send
    /// `carry_forward: true`). Never taken by default.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub carry_forward: Option<Box<str>>,
}

impl Problem {
    pub fn new(code: Code, field: impl Into<String>, message: impl Into<String>) -> Self {
        Self { code, field: field.into(), message: message.into(), figure: None, at: None, carry_forward: None }
    }
    pub fn required(field: impl Into<String>, label: &str) -> Self {
        Self::new(Code::Required, field, format!("{label}を入力してください。"))
    }
    pub fn invalid(field: impl Into<String>, message: impl Into<String>) -> Self {
        Self::new(Code::Invalid, field, message)
    }
    pub fn out_of_range(field: impl Into<String>, message: impl Into<String>) -> Self {
        Self::new(Code::OutOfRange, field, message)
    }
    pub fn inconsistent(field: impl Into<String>, message: impl Into<String>) -> Self {
        Self::new(Code::Inconsistent, field, message)
    }
    pub fn bad_request(field: impl Into<String>, message: impl Into<String>) -> Self {
        Self::new(Code::BadRequest, field, message)
    }
    /// A registered figure that is itself wrong: the product's fault, named as such.
    pub fn data_error(key: &str, what: &str) -> Self {
        Self::new(
            Code::DataError,
            "",
            format!(
                "本製品の登録データの誤りです（{key}: {what}）。入力の誤りではありません。開発者に連絡してください。"
            ),
        )
    }
    /// An amount beyond what the calculation can hold: refused by name, never
    /// wrapped, clamped or zeroed.
    pub fn overflow(field: impl Into<String>, what: &str) -> Self {
        Self::new(
            Code::OutOfRange,
            field,
            format!("{what}が計算できる範囲を超えました。入力した人数・日数・単価等を確認してください。"),
        )
    }
    /// Sets the field when the problem was raised without one (e.g. a figure lookup).
    pub fn at(mut self, field: &str) -> Self {
        if self.field.is_empty() {
            self.field = field.to_string();
        }
        self
    }
}

/// Collects problems so that every bad field is reported at once. A problem
/// already recorded is not recorded twice: a hash of each is kept, sorted
/// (found by binary search; a list rather than a hash set, whose code was a
/// few KB of every WebAssembly module). The hash is 64-bit FNV-1a
/// ([`Fnv`]): std's SipHash was ~0.4 KB gzip of every module.
#[derive(Default, Debug)]
pub struct Problems(pub Vec<Problem>, Vec<u64>);

/// 64-bit FNV-1a: what [`Problems`] tells problems apart by.
struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Hasher for Fnv {
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 = (self.0 ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

impl Problems {
    pub fn new() -> Self {
        Self::default()
    }
    pub fn push(&mut self, p: Problem) {
        let mut h = Fnv::default();
        p.hash(&mut h);
        // Two different problems share a 64-bit hash with negligible odds.
        if let Err(at) = self.1.binary_search(&h.finish()) {
            self.1.insert(at, h.finish());
            self.0.push(p);
        }
    }
    pub fn extend(&mut self, ps: impl IntoIterator<Item = Problem>) {
        for p in ps {
            self.push(p);
        }
    }
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
    /// Keeps the value when it is `Ok`, records the problem and yields `None` otherwise.
    pub fn take<T>(&mut self, r: Result<T, Problem>) -> Option<T> {
        match r {
            Ok(v) => Some(v),
            Err(p) => {
                self.push(p);
                None
            }
        }
    }
    /// `Ok(v)` when no problem was recorded.
    pub fn finish<T>(self, v: T) -> Result<T, Vec<Problem>> {
        if self.0.is_empty() {
            Ok(v)
        } else {
            Err(self.0)
        }
    }
    pub fn into_vec(self) -> Vec<Problem> {
        self.0
    }
}

/// Shorthand for calculators: the problems of a request, all at once.
pub type Outcome<T> = Result<T, Vec<Problem>>;

/// `?` turns a single problem into the list a calculator answers.
impl From<Problem> for Vec<Problem> {
    fn from(p: Problem) -> Self {
        vec![p]
    }
}

impl From<Problems> for Vec<Problem> {
    fn from(ps: Problems) -> Self {
        ps.0
    }
}
