//! One case's month: its 基本報酬, then each 加算 in the order of the
//! guidebook's table (seed 003 §3), the 併給不可 entries reading what was billed
//! before, and the case's total.

use super::additions::community::{community_joint_support_addition, hub_consultation_addition};
use super::additions::conference::conference_addition;
use super::additions::hospital::{discharge_addition, hospital_admission_liaison};
use super::additions::initial::{initial_addition, initial_addition_extra_months};
use super::additions::intensive::intensive_support_addition;
use super::additions::medical::medical_liaison_addition;
use super::additions::service_monitoring::{service_monitoring_addition, StaffCounts};
use super::additions::system::system_additions;
use super::additions::transition::transition_addition;
use super::additions::upper_limit::upper_limit_management_addition;
use super::additions::Billed;
use super::basic::{basic_units, Threshold};
use super::conditions::{billed_service, certificate_month, same_month};
use super::input::{Case, Office, Service};
use super::output::CaseOutput;
use crate::engine::params::Ctx;
use crate::engine::problem::Problem;
use crate::engine::trace::{units, Step, Trace};
use crate::engine::units::{LineKind, UnitLine, UserMonth};
use crate::rule;

/// Where a case stands in the office's month.
pub struct Place<'a> {
    /// Its index in the request (`cases[i]`).
    pub index: usize,
    /// Its place among the cases billed a 基本報酬 (1 = oldest contract).
    pub position: Option<usize>,
    pub threshold: &'a Threshold,
}

/// One case's month: 基本報酬 and every 加算, with what is excluded and why.
pub fn case_month(
    c: &Ctx,
    office: &Office,
    case: &Case,
    place: &Place,
    staff: &mut StaffCounts,
) -> Result<CaseOutput, Vec<Problem>> {
    let mut t = Trace::new(c, format!("cases[{}]", place.index));
    certificate_month(&mut t, case);
    same_month(&mut t, case);
    let entered = case.service;
    let case = &Case { service: billed_service(case, c.month), ..case.clone() };
    let band = place.position.map(|p| basic_units(&mut t, office, case, p, place.threshold));
    system_additions(&mut t, office, case);
    upper_limit_management_addition(&mut t, case);
    let mut billed = Billed { initial: initial_addition(&mut t, case), ..Billed::default() };
    initial_addition_extra_months(&mut t, case, &billed);
    hospital_admission_liaison(&mut t, &case.adds, &mut billed);
    billed.discharge = discharge_addition(&mut t, case, &billed);
    billed.transition_meeting = transition_addition(&mut t, case, &billed);
    intensive_support_addition(&mut t, case, &billed);
    medical_liaison_addition(&mut t, case, &billed);
    conference_addition(&mut t, case);
    service_monitoring_addition(&mut t, case, staff);
    hub_consultation_addition(&mut t, office, case);
    community_joint_support_addition(&mut t, office, case);
    case_total(t.check()?, case, entered, place.position, band)
}

/// The units of the lines that are (or are not) 基本報酬, checked.
fn sum_units(lines: &[UnitLine], basic: bool, field: &str, what: &str) -> Result<i64, Problem> {
    lines
        .iter()
        .filter(|l| (l.kind == LineKind::Basic) == basic)
        .try_fold(0i64, |sum, l| sum.checked_add(l.units))
        .ok_or_else(|| Problem::overflow(field, what))
}

rule!(pub CASE_TOTAL = "soudan.case.total", "ケースの月の合計（基本報酬と加算の合計）", source "seed 003 §3 給付費一覧表", fn case_total);
/// The case's month: 基本報酬 and 加算 summed, the lines, steps and exclusions.
pub fn case_total(
    mut t: Trace,
    case: &Case,
    entered: Service,
    position: Option<usize>,
    band: Option<String>,
) -> Result<CaseOutput, Vec<Problem>> {
    let basic = sum_units(&t.lines, true, &t.field, "基本報酬の合計")?;
    let additions = sum_units(&t.lines, false, &t.field, "加算の合計")?;
    let total = basic.checked_add(additions).ok_or_else(|| Problem::overflow(&t.field, "ケースの合計"))?;
    t.step(
        Step::of(&CASE_TOTAL)
            .title(format!("{}の月の合計", case.label))
            .input("基本報酬", units(basic))
            .input("加算", units(additions))
            .value(units(total)),
    );
    let kind = case.kind;
    Ok(CaseOutput {
        month: UserMonth::new(case.label.clone(), t.lines, t.steps)?,
        kind,
        kind_label: kind.label(),
        service: entered,
        service_label: entered.label(kind),
        billed_service: case.service,
        billed_service_label: case.service.label(kind),
        position,
        band,
        basic_units: basic,
        addition_units: additions,
        excluded: t.excluded,
    })
}
