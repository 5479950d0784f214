//! The month of a 就労系 office (`shuro.{b,a,ikou,teichaku,sentaku}.month`):
//! the office's 基本報酬 and office-wide decisions (福祉専門職員配置等加算の区分,
//! 定員超過利用減算・人員欠如減算, 特定事業所集中減算), then each user's month:
//! 基本報酬 × days, 減算 on the 所定単位数, then 加算. [`month_units`] is what the
//! money calculation calls.

use super::additions::user_additions;
use super::additions::welfare_professional::welfare_professional_level;
use super::basic::sentaku::{days_billed, same_operator};
use super::basic::{basic, bill_basic};
use super::input::{validate, MonthRequest, Service, User, Valid};
use super::output::{Basic, MonthOutput, MonthUnits};
use super::periods::teichaku_period;
use super::reductions::capacity_staffing::{office_reduction, office_reduction_user, OfficeReduction};
use super::reductions::concentration::{concentration, concentration_user};
use super::reductions::plan_not_created::plan_not_created_reduction;
use super::reductions::short_time::{short_time_office, short_time_user, ShortTime};
use crate::engine::params::Ctx;
use crate::engine::problem::{Outcome, Problem, Problems};
use crate::engine::trace::{units, Step, Trace};
use crate::engine::units::UserMonth;
use crate::rule;

/// What the office decides once for every user's month.
struct OfficeWide {
    /// 福祉専門職員配置等加算の区分.
    level: Option<&'static str>,
    /// 定員超過利用減算 or 人員欠如減算.
    reduction: Option<OfficeReduction>,
    /// 特定事業所集中減算: the units per day taken.
    concentration: Option<i64>,
    /// 短時間利用減算 (B型 一律評価型): the rate, when it applies.
    short_time: Option<ShortTime>,
}

fn office_wide(t: &mut Trace, v: &Valid, b: &Basic) -> OfficeWide {
    let level = match &v.office.staff {
        Some(s) => welfare_professional_level(t, s).flatten(),
        None => None,
    };
    let reduction = office_reduction(t, v, b.units).flatten();
    let concentration = if v.service == Service::Sentaku { concentration(t, v).flatten() } else { None };
    let short_time = short_time_office(t, v, b).flatten();
    OfficeWide { level, reduction, concentration, short_time }
}

/// One user's month: 基本報酬 × days, 減算 on the 所定単位数 (before 加算,
/// multiplied in turn), then 加算.
fn user_month(c: &Ctx, v: &Valid, b: &Basic, ow: &OfficeWide, u: &User) -> Outcome<UserMonth> {
    let mut t = Trace::new(c, u.field.clone());
    let count = match v.service {
        s if s.monthly() => teichaku_period(&mut t, u).map(|_| 1),
        Service::Sentaku => same_operator(&mut t, u).and_then(|_| days_billed(&mut t, u)),
        _ => Some(u.days),
    };
    let Some(count) = count else {
        return Err(t.problems.into());
    };
    bill_basic(&mut t, v.service, b, count);
    let cur = plan_not_created_reduction(&mut t, u, b.units, count);
    let cur = office_reduction_user(&mut t, ow.reduction.as_ref(), u, cur, count);
    short_time_user(&mut t, ow.short_time.as_ref(), cur, count);
    concentration_user(&mut t, ow.concentration, count);
    user_additions(&mut t, v, b, ow.level, u, count);
    t.user_month(u.label.clone())
}

rule!(pub MONTH_TOTAL = "shuro.month.total", "事業所の月の合計単位数（利用者ごとの合計）", source "利用者ごとの単位数の合計", fn month_units);
/// Every user's month in units, and the office total. The function the money
/// calculation calls (with its own [`Ctx`] for the month).
pub fn month_units(c: &Ctx, v: &Valid) -> Result<MonthUnits, Vec<Problem>> {
    let mut t = Trace::new(c, "");
    let b = basic(&mut t, v);
    let (mut t, b) = t.checked(b, "shuro.basic")?;
    let ow = office_wide(&mut t, v, &b);
    let mut t = t.check()?;
    let mut ps = Problems::new();
    let mut users = Vec::new();
    for u in &v.users {
        match user_month(c, v, &b, &ow, u) {
            Ok(m) => users.push(m),
            Err(e) => ps.extend(e),
        }
    }
    let users = ps.finish(users)?;
    let Some(total) = users.iter().try_fold(0i64, |sum, u| sum.checked_add(u.total_units)) else {
        return Err(vec![Problem::overflow("", "事業所の月の合計単位数")]);
    };
    t.step(Step::of(&MONTH_TOTAL).input("利用者数", format!("{}人", users.len())).value(units(total)));
    Ok(MonthUnits {
        basic: b,
        welfare_professional: ow.level,
        concentration_reduction: ow.concentration.is_some(),
        users,
        total_units: total,
        steps: t.steps,
    })
}

fn month(service: Service, req: &MonthRequest) -> Outcome<MonthOutput> {
    let v = validate(service, req)?;
    let c = Ctx::new(v.month, "service_month", &v.user_figures)?;
    let units = month_units(&c, &v)?;
    Ok(MonthOutput {
        service,
        service_label: service.label(),
        service_month: v.month,
        month_label: v.month.both(),
        units,
    })
}

/// `shuro.b.month`: 就労継続支援B型.
pub fn b_month(req: &MonthRequest) -> Outcome<MonthOutput> {
    month(Service::B, req)
}
/// `shuro.a.month`: 就労継続支援A型.
pub fn a_month(req: &MonthRequest) -> Outcome<MonthOutput> {
    month(Service::A, req)
}
/// `shuro.ikou.month`: 就労移行支援.
pub fn ikou_month(req: &MonthRequest) -> Outcome<MonthOutput> {
    month(Service::Ikou, req)
}
/// `shuro.teichaku.month`: 就労定着支援.
pub fn teichaku_month(req: &MonthRequest) -> Outcome<MonthOutput> {
    month(Service::Teichaku, req)
}
/// `shuro.sentaku.month`: 就労選択支援.
pub fn sentaku_month(req: &MonthRequest) -> Outcome<MonthOutput> {
    month(Service::Sentaku, req)
}
