//! The entry points: a day (`seikatsu_kaigo.day`) and a month
//! (`seikatsu_kaigo.month`) of one user.

use super::basic::{resident_extension_note, setting};
use super::day::day_units;
use super::input::{read_day, read_office, read_plan, read_user, Day, DayRequest, MonthRequest};
use super::output::{DayOutput, DayResult, MonthOutput};
use super::standard_time::standard_time;
use crate::engine::date::{date_both, YearMonth};
use crate::engine::input::Reader;
use crate::engine::params::{read_user_figures, Ctx};
use crate::engine::problem::{Outcome, Problem, Problems};
use crate::engine::trace::{units, Step};
use crate::rule;

/// `seikatsu_kaigo.day`: one day's 標準的な時間, band and units.
pub fn day(req: &DayRequest) -> Outcome<DayOutput> {
    let mut ps = Problems::new();
    let mut r = Reader::new(&mut ps);
    let date = r.date(&req.service_date, "service_date", "サービス提供日");
    let office = read_office(&mut r, &req.office);
    let user = read_user(&mut r, &req.user);
    let plan = read_plan(&mut r, &req.plan);
    let dayin = read_day(&mut r, &req.day, date, "day");
    let uf = read_user_figures(&mut r, &req.user_figures);
    let (Some(date), Some(office), Some(user), Some(plan), Some((situation, actual, _))) =
        (date, office, user, plan, dayin)
    else {
        return Err(ps.into_vec());
    };
    if !ps.is_empty() {
        return Err(ps.into_vec());
    }
    let month = YearMonth::of(date);
    let c = Ctx::new(month, "service_date", &uf)?;
    let (st, mut steps) = standard_time(&c, &plan)?;
    let (set, s2) = setting(&c, &office, &user)?;
    steps.extend(s2);
    let d = Day { date, situation, actual_minutes: actual };
    let day = day_units(&c, &set, &office, &user, &st, &d, "day")?;
    steps.extend(resident_extension_note(&office, &user));
    Ok(DayOutput {
        service_month: month,
        month_label: month.both(),
        standard_time: st,
        capacity_tier: set.tier.label.clone(),
        kubun: set.kubun.label().to_string(),
        total_units: day.total_units,
        day,
        steps,
    })
}

/// The month's days, each in the month and none twice.
fn read_days(r: &mut Reader, req: &MonthRequest, month: Option<YearMonth>) -> Vec<(String, Day)> {
    let mut days = Vec::new();
    let mut seen = Vec::new();
    for (i, d) in req.days.iter().enumerate() {
        let field = format!("days[{i}]");
        let date = r.date(&d.date, &format!("{field}.date"), "サービス提供日");
        if let (Some(date), Some(m)) = (date, month) {
            if !m.contains(date) {
                r.problems.push(Problem::inconsistent(
                    format!("{field}.date"),
                    format!("{}は{}の日付ではありません。", date_both(date), m.wareki()),
                ));
            } else if seen.contains(&date) {
                r.problems.push(Problem::inconsistent(
                    format!("{field}.date"),
                    format!("{}が重複しています。", date_both(date)),
                ));
            } else {
                seen.push(date);
            }
        }
        if let Some((situation, actual, Some(date))) = super::input::read_day(r, d, date, &field) {
            days.push((field, Day { date, situation, actual_minutes: actual }));
        }
    }
    if req.days.is_empty() {
        r.problems.push(Problem::required("days", "利用日（1日以上）"));
    }
    days
}

/// The month's days by 所要時間区分 and units a day, in the order they first
/// come (「所要時間区分 7時間以上8時間未満（1日 1,027単位）」, days): what the
/// month total adds, where a handout has no room for every day.
fn day_kinds(results: &[DayResult]) -> Vec<(String, usize)> {
    let mut kinds: Vec<(String, usize)> = Vec::new();
    for d in results {
        let capped = if d.capped_for_resident { "（施設入所者の上限）" } else { "" };
        let extension = if d.extension_units > 0 { format!("・うち延長支援加算 {}", units(d.extension_units)) } else { String::new() };
        let kind = format!("{}{capped}（1日 {}{extension}）", d.band_label, units(d.total_units));
        match kinds.iter_mut().find(|(k, _)| *k == kind) {
            Some((_, n)) => *n += 1,
            None => kinds.push((kind, 1)),
        }
    }
    kinds
}

rule!(pub MONTH_TOTAL = "seikatsu_kaigo.month.total", "月の合計（各日の単位数の合計）", source "告示 別表 第6の1（1日につき）", fn month_total);
/// 月の合計: the days' 基本報酬 and 延長支援加算 added (checked), and the step
/// that names the days by 所要時間区分. Returns (基本報酬, 延長支援加算, 合計, step).
fn month_total(results: &[DayResult]) -> Result<(i64, i64, i64, Step), Problem> {
    let sum = |what: &str, f: fn(&DayResult) -> i64| {
        results.iter().try_fold(0i64, |a, d| a.checked_add(f(d))).ok_or_else(|| Problem::overflow("days", what))
    };
    let basic = sum("基本報酬の合計", |d| d.basic_units)?;
    let ext = sum("延長支援加算の合計", |d| d.extension_units)?;
    let total = basic.checked_add(ext).ok_or_else(|| Problem::overflow("days", "月の合計"))?;
    let mut step = Step::of(&MONTH_TOTAL);
    for (kind, n) in day_kinds(results) {
        step = step.input(&kind, format!("{n}日"));
    }
    let step = step
        .input("利用日数", format!("{}日", results.len()))
        .input("基本報酬の合計", units(basic))
        .input("延長支援加算の合計", units(ext))
        .value(units(total));
    Ok((basic, ext, total, step))
}

/// `seikatsu_kaigo.month`: every day of one user's month, and the month's total.
pub fn month(req: &MonthRequest) -> Outcome<MonthOutput> {
    let mut ps = Problems::new();
    let mut r = Reader::new(&mut ps);
    let month = r.month(&req.service_month, "service_month", "サービス提供月");
    let office = read_office(&mut r, &req.office);
    let user = read_user(&mut r, &req.user);
    let plan = read_plan(&mut r, &req.plan);
    let mut days = read_days(&mut r, req, month);
    let uf = read_user_figures(&mut r, &req.user_figures);
    let (Some(month), Some(office), Some(user), Some(plan)) = (month, office, user, plan) else {
        return Err(ps.into_vec());
    };
    if !ps.is_empty() {
        return Err(ps.into_vec());
    }
    let c = Ctx::new(month, "service_month", &uf)?;
    let (st, mut steps) = standard_time(&c, &plan)?;
    let (set, s2) = setting(&c, &office, &user)?;
    steps.extend(s2);
    crate::engine::rows::sort_stable_by(&mut days, |(_, a), (_, b)| a.date.cmp(&b.date));
    let mut results = Vec::new();
    for (field, d) in &days {
        match day_units(&c, &set, &office, &user, &st, d, field) {
            Ok(r) => results.push(r),
            Err(e) => ps.extend(e),
        }
    }
    if !ps.is_empty() {
        return Err(ps.into_vec());
    }
    let (basic, ext, total, step) = month_total(&results)?;
    steps.extend(resident_extension_note(&office, &user));
    steps.push(step);
    Ok(MonthOutput {
        service_month: month,
        month_label: month.both(),
        standard_time: st,
        capacity_tier: set.tier.label.clone(),
        kubun: set.kubun.label().to_string(),
        day_count: results.len(),
        days: results,
        basic_units_total: basic,
        extension_units_total: ext,
        total_units: total,
        steps,
    })
}
