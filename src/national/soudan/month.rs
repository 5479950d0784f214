//! The entry point `soudan.month`: an office's month of 計画相談支援・障害児相談支援,
//! the cases oldest contract first, each case's month and the office's total.

use super::additions::service_monitoring::{staff_counts, StaffCounts};
use super::basic::{office_band, Threshold};
use super::case::{case_month, Place};
use super::conditions::billed_service;
use super::input::read::MonthInput;
use super::input::{read_month, MonthRequest, Office, Service};
use super::output::{CaseOutput, MonthOutput};
use crate::engine::params::Ctx;
use crate::engine::problem::{Outcome, Problem, Problems};
use crate::engine::trace::{units, Step};
use crate::rule;

/// `soudan.month`: an office's month of 計画相談支援・障害児相談支援.
pub fn month(req: &MonthRequest) -> Outcome<MonthOutput> {
    let input = read_month(req)?;
    let c = Ctx::new(input.month, "service_month", &input.user_figures)?;
    let office = &input.office;
    let basic_count = input.cases.iter().filter(|k| billed_service(k, input.month) != Service::None).count();
    let (threshold, office_step) = office_band(&c, office, basic_count)?;
    let (outs, staff) = cases(&c, &input, &threshold)?;
    let mut steps = vec![office_step];
    steps.extend(staff_counts(&c, &staff));
    let (totals, total_step) = month_total(&outs)?;
    steps.push(total_step);
    Ok(MonthOutput {
        service_month: input.month,
        month_label: input.month.both(),
        office_kind: office.kind,
        office_kind_label: office.kind.label(),
        staff_fte: office.staff_fte.normalize().to_string(),
        threshold: threshold.value.normalize().to_string(),
        basic_case_count: basic_count,
        band_ii_count: totals.band_ii,
        cases: outs,
        basic_units_total: totals.basic,
        addition_units_total: totals.additions,
        total_units: totals.total,
        steps,
    })
}

/// Every case's month, in the request's order (oldest contract first): the
/// cases billed a 基本報酬 take their place in turn, and the 担当者's
/// サービス提供時モニタリング加算 are counted across cases.
fn cases(c: &Ctx, input: &MonthInput, threshold: &Threshold) -> Result<(Vec<CaseOutput>, StaffCounts), Vec<Problem>> {
    let office: &Office = &input.office;
    let mut ps = Problems::new();
    let mut staff = StaffCounts::default();
    let mut outs = Vec::new();
    let mut basic_so_far = 0usize;
    for (index, case) in input.cases.iter().enumerate() {
        let position = (billed_service(case, input.month) != Service::None).then(|| {
            basic_so_far += 1;
            basic_so_far
        });
        let place = Place { index, position, threshold };
        match case_month(c, office, case, &place, &mut staff) {
            Ok(o) => outs.push(o),
            Err(e) => ps.extend(e),
        }
    }
    ps.finish((outs, staff))
}

/// The office's totals over its cases.
pub struct Totals {
    pub basic: i64,
    pub additions: i64,
    pub total: i64,
    /// Cases billed the (Ⅱ) band.
    pub band_ii: usize,
}

rule!(pub MONTH_TOTAL = "soudan.month.total", "事業所の月の合計（各ケースの合計）", source "seed 003 §3 給付費一覧表（ケースごとの給付費の合計）", fn month_total);
/// The office's month: the sums of its cases' 基本報酬, 加算 and totals, checked.
pub fn month_total(outs: &[CaseOutput]) -> Result<(Totals, Step), Problem> {
    let sum = |f: fn(&CaseOutput) -> i64, what: &str| {
        outs.iter().try_fold(0i64, |s, o| s.checked_add(f(o))).ok_or_else(|| Problem::overflow("cases", what))
    };
    let totals = Totals {
        basic: sum(|o| o.basic_units, "基本報酬の合計")?,
        additions: sum(|o| o.addition_units, "加算の合計")?,
        total: sum(|o| o.month.total_units, "単位数の合計")?,
        band_ii: outs.iter().filter(|o| o.band.as_deref() == Some("ii")).count(),
    };
    let step = Step::of(&MONTH_TOTAL)
        .input("ケース数", format!("{}件", outs.len()))
        .input("基本報酬の合計", units(totals.basic))
        .input("加算の合計", units(totals.additions))
        .input("（Ⅱ）を算定するケース", format!("{}件", totals.band_ii))
        .value(units(totals.total));
    Ok((totals, step))
}
