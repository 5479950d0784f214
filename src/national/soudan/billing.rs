//! 計画相談支援's use of the engine's [`Trace`]: a bill whose step carries the
//! 加算's own sources and notes, a limit read with its label, and the
//! citation of the product's readings.

use crate::engine::params::{cite, PRODUCT_READING};
use crate::engine::rules::Rule;
use crate::engine::trace::{Citation, Trace};
use crate::engine::units::LineKind;

/// The product's reading of a passage of the guidebook.
pub fn reading(locator: &str) -> Citation {
    cite(PRODUCT_READING, locator)
}

/// Bills `count` times the figure `key` under `rule` (see [`Trace::bill`]) and
/// adds to its step the sources and notes that explain it.
pub fn bill_with(
    t: &mut Trace,
    rule: &Rule,
    key: &str,
    count: i64,
    kind: LineKind,
    sources: Vec<Citation>,
    notes: Vec<String>,
) -> Option<i64> {
    let before = t.steps.len();
    let units = t.bill(rule, key, count, kind)?;
    if t.steps.len() > before {
        if let Some(mut s) = t.steps.pop() {
            s = s.sources(sources);
            for n in notes {
                s = s.note(n);
            }
            t.steps.push(s);
        }
    }
    Some(units)
}

/// Bills `count` times the 加算 figure `key` under `rule`.
pub fn bill(t: &mut Trace, rule: &Rule, key: &str, count: i64) -> Option<i64> {
    t.bill(rule, key, count, LineKind::Addition)
}

/// A limit figure: its value, its source and its label (the label names the
/// limit in the reason of what it excludes).
pub fn limit(t: &mut Trace, key: &str) -> Option<(i64, Citation, String)> {
    let f = t.figure(key)?;
    let v = t.take(f.int())?;
    Some((v, f.citation, f.label))
}
