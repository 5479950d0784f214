//! `money.compare`: scenarios side by side, each after the first against the first.

use super::input::CompareRequest;
use super::office_month::office_month;
use super::output::{CompareOutput, Difference, ScenarioResult, Totals};
use crate::engine::problem::{Outcome, Problem, Problems};

/// A scenario's problem, named on its request and its name.
fn in_scenario(mut p: Problem, i: usize, name: &str) -> Problem {
    p.field = if p.field.is_empty() {
        format!("scenarios[{i}].request")
    } else {
        format!("scenarios[{i}].request.{}", p.field)
    };
    p.message = format!("{name}: {}", p.message);
    p
}

/// `s − first` for each amount, checked.
fn difference(s: &ScenarioResult, first: &ScenarioResult, i: usize) -> Result<Difference, Problem> {
    let (a, b): (&Totals, &Totals) = (&s.result.totals, &first.result.totals);
    let sub =
        |x: i64, y: i64| x.checked_sub(y).ok_or_else(|| Problem::overflow(format!("scenarios[{i}]"), "シナリオの差"));
    Ok(Difference {
        name: s.name.clone(),
        against: first.name.clone(),
        total_units: sub(a.total_units, b.total_units)?,
        total_yen: sub(a.total_yen, b.total_yen)?,
        benefit_yen: sub(a.benefit_yen, b.benefit_yen)?,
        burden_yen: sub(a.burden_yen, b.burden_yen)?,
    })
}

/// `money.compare`: every scenario's month, and the differences against the first.
pub fn compare(req: &CompareRequest) -> Outcome<CompareOutput> {
    let mut ps = Problems::new();
    if req.scenarios.len() < 2 {
        ps.push(Problem::required("scenarios", "比較するシナリオ（2つ以上）"));
        return Err(ps.into_vec());
    }
    let mut out = Vec::new();
    for (i, s) in req.scenarios.iter().enumerate() {
        let name = s.name.as_name().unwrap_or_else(|| format!("シナリオ{}", i + 1));
        match office_month(&s.request) {
            Ok(r) => out.push(ScenarioResult { name, result: r }),
            Err(e) => ps.extend(e.into_iter().map(|p| in_scenario(p, i, &name))),
        }
    }
    if !ps.is_empty() {
        return Err(ps.into_vec());
    }
    let mut differences = Vec::new();
    if let Some(first) = out.first() {
        for (i, s) in out.iter().enumerate().skip(1) {
            differences.push(difference(s, first, i)?);
        }
    }
    Ok(CompareOutput { scenarios: out, differences })
}
