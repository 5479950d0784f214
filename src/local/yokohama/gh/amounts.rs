//! Exact yen arithmetic for this service: rounding a decimal amount to whole
//! yen and adding amounts, each checked (an amount that does not fit is a named
//! problem on the trace, never a wrapped or zeroed number).

use crate::engine::problem::Problem;
use crate::engine::rounding::Rounding;
use crate::engine::trace::Trace;
use rust_decimal::Decimal;

/// `x` (when it could be computed) rounded to whole yen by `rounding`.
pub fn round(t: &mut Trace, rounding: Rounding, x: Option<Decimal>, what: &str) -> Option<i64> {
    match x.and_then(|x| rounding.to_int(x)) {
        Some(v) => Some(v),
        None => overflow(t, what),
    }
}

/// `a × rate`, rounded to whole yen by `rounding`.
pub fn times(t: &mut Trace, a: i64, rate: Decimal, rounding: Rounding, what: &str) -> Option<i64> {
    round(t, rounding, Decimal::from(a).checked_mul(rate), what)
}

/// The sum of `values`, checked.
pub fn sum(t: &mut Trace, values: impl IntoIterator<Item = i64>, what: &str) -> Option<i64> {
    let mut total: i64 = 0;
    for v in values {
        match total.checked_add(v) {
            Some(s) => total = s,
            None => return overflow(t, what),
        }
    }
    Some(total)
}

/// A named problem for an amount that does not fit (never a wrapped or zeroed number).
pub fn overflow<T>(t: &mut Trace, what: &str) -> Option<T> {
    t.problems.push(Problem::overflow(t.field.clone(), what));
    None
}
