//! The shape every service's month takes in units, consumed by the money
//! calculation (units → 円, 処遇改善加算, 利用者負担).

use crate::engine::problem::{Problem, Problems};
use crate::engine::rules::Rule;
use crate::engine::trace::{units, Step, Trace};
use serde::Serialize;

/// One line of a user's month: 基本報酬, a 加算 or a 減算, in units.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct UnitLine {
    /// Stable rule id (`shuro.b.basic`, `shuro.addition.meal`).
    pub rule: String,
    /// Japanese name of the item (`就労継続支援B型サービス費(Ⅰ)`, `食事提供体制加算`).
    pub item: String,
    /// Units per occurrence (per day, per month, per time); negative for a 減算 in units.
    pub per: i64,
    /// How many occurrences (days, times, 1 for a monthly item).
    pub count: i64,
    /// `per × count`, or the rounded result of a percentage step.
    pub units: i64,
    /// `basic`, `addition` or `reduction`.
    pub kind: LineKind,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum LineKind {
    Basic,
    Addition,
    Reduction,
}

/// One user's month in units.
#[derive(Clone, Debug, Serialize)]
pub struct UserMonth {
    /// The user's label as entered (`利用者A`), or `利用者1`.
    pub label: String,
    pub lines: Vec<UnitLine>,
    pub total_units: i64,
    pub steps: Vec<Step>,
}

impl UserMonth {
    /// The month of `lines`; their total is checked (an overflow is a named
    /// problem on the user's label, never a wrapped number).
    pub fn new(label: String, lines: Vec<UnitLine>, steps: Vec<Step>) -> Result<Self, Problem> {
        let total_units = lines
            .iter()
            .try_fold(0i64, |sum, l| sum.checked_add(l.units))
            .ok_or_else(|| Problem::overflow("", &format!("{label}の単位数の合計")))?;
        Ok(Self { label, lines, total_units, steps })
    }
}

/// A service's month in units: what each service's `month_units` answers
/// (生活介護, 共同生活援助, 就労系 alike) and the only thing the yen chain
/// (`money`) reads of a service.
///
/// `users` holds one [`UserMonth`] per user, in the order the users were
/// entered; `steps` are the office's own steps (the 基本報酬's band, a 加算
/// level decided for the whole office), shown once after the prices and
/// before the users.
#[derive(Clone, Debug, Default, Serialize)]
pub struct ServiceMonth {
    pub users: Vec<UserMonth>,
    pub steps: Vec<Step>,
}

impl ServiceMonth {
    /// Every user's month, in order, `month` computing one user's under its
    /// field (`users[i]`, which names that user's problems); every problem at once.
    pub fn of_users<U>(
        users: &[U],
        month: impl Fn(&U, &str) -> Result<UserMonth, Vec<Problem>>,
    ) -> Result<Self, Vec<Problem>> {
        let mut ps = Problems::new();
        let mut months = Vec::new();
        for (i, u) in users.iter().enumerate() {
            match month(u, &format!("users[{i}]")) {
                Ok(m) => months.push(m),
                Err(e) => ps.extend(e),
            }
        }
        ps.finish(ServiceMonth { users: months, steps: Vec::new() })
    }
}

/// Bills `days` days of the per-day figure `key` (even 0, as entered): the
/// unit line under `line` (the item of the 明細), and the step that explains
/// it under `step` (1日あたり × 日数), returned with the units for the
/// caller to complete and record. `None` when the figure is missing or the
/// product overflows (the problem is in `t`).
pub fn per_day(t: &mut Trace, line: &Rule, step: &Rule, key: &str, days: i64, kind: LineKind) -> Option<(i64, Step)> {
    let f = t.figure(key)?;
    let per = t.take(f.int())?;
    let total = t.line(line, f.label.clone(), per, days, kind)?;
    let s = Step::of(step)
        .title(f.label)
        .input("1日あたり", units(per))
        .input("日数", format!("{days}日"))
        .value(units(total))
        .source(f.citation);
    Some((total, s))
}

/// Entered occurrences that are not billed, and why (a limit, a 併給不可 mark).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Excluded {
    pub rule: String,
    pub item: String,
    /// Times entered but not billed.
    pub count: i64,
    pub reason: String,
}
