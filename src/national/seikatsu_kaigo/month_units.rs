//! 生活介護's month in units for the yen chain (`money.office_month`): each
//! user's 基本報酬 (read from [`band_units`], never recomputed) and the 加算
//! of [`super::additions`], as a [`ServiceMonth`].

use super::additions::{
    absence_addition, initial_addition, meal_addition, nurse_addition, staffing_addition, transport_addition,
    welfare_professional_addition,
};
use super::basic::{band_units, setting, Setting, EXTENSION};
use super::input::{Office, User};
use super::output::MonthOutput;
use crate::engine::params::Ctx;
use crate::engine::problem::Problem;
use crate::engine::rows::without_text;
use crate::engine::rules::Rule;
use crate::engine::trace::{units, Step, Trace};
use crate::engine::units::{LineKind, ServiceMonth, UnitLine, UserMonth};
use crate::rule;

/// 送迎加算 as the office holds it.
#[derive(Clone, Debug, Default)]
pub struct TransportOffice {
    /// `i` or `ii`; `None` when the office does not hold 送迎加算.
    pub level: Option<&'static str>,
    /// 重度者加算の要件を満たす.
    pub severe: bool,
    /// 同一敷地内の送迎.
    pub same_site: bool,
}

/// The office as the month's 加算 read it (its 体制の届出).
#[derive(Clone, Debug)]
pub struct MonthOffice {
    /// 利用定員.
    pub capacity: i64,
    /// 人員配置体制加算 `i` … `iv`; `None` when not held.
    pub staffing: Option<&'static str>,
    /// 福祉専門職員配置等加算 `i` … `iii`; `None` when not held.
    pub welfare_professional: Option<&'static str>,
    /// 常勤看護職員等配置加算の看護職員数（常勤換算、切捨て後）.
    pub nurses: i64,
    pub transport: TransportOffice,
}

/// One user's month as entered.
#[derive(Clone, Debug)]
pub struct MonthUser {
    pub label: String,
    pub user: User,
    /// 標準的な時間 (minutes).
    pub standard_minutes: u32,
    /// 利用日数.
    pub days: i64,
    pub meal_days: i64,
    pub transport_one_ways: i64,
    pub absence_responses: i64,
    pub initial_days: i64,
}

rule!(pub BASIC_STEP = "money.sk.basic", "基本報酬 × 利用日数", source "告示 別表 第6の1（1日につき）", fn basic_line);
rule!(pub BASIC = "seikatsu_kaigo.basic", "生活介護サービス費", source "告示 別表 第6の1", fn basic_line, keys ["seikatsu_kaigo.basic."]);
/// 生活介護サービス費 of the month: the day's units of the user's 標準的な時間
/// × 利用日数.
pub fn basic_line(t: &mut Trace, set: &Setting, u: &MonthUser) -> Option<i64> {
    let c = t.ctx;
    let bu = t.take(band_units(c, set, &u.user, u.standard_minutes))?;
    t.steps.extend(bu.steps);
    let item =
        format!("生活介護サービス費（{}・{}）", set.kubun.label(), without_text(&bu.band.label, "所要時間区分 "));
    let total = t.line(&BASIC, item, bu.units, u.days, LineKind::Basic)?;
    t.step(
        Step::of(&BASIC_STEP)
            .input("1日の単位数", units(bu.units))
            .input("利用日数", format!("{}日", u.days))
            .value(units(total)),
    );
    Some(total)
}

/// One user's month: the office's 定員区分 and the user's 区分, the basic line
/// and every 加算 the office holds and the user entered.
pub fn user_month(c: &Ctx, o: &MonthOffice, u: &MonthUser, field: &str) -> Result<UserMonth, Vec<Problem>> {
    let office = Office { capacity: o.capacity, extension_addition: false };
    let (set, steps) = setting(c, &office, &u.user).map_err(|p| p.at("office.capacity"))?;
    let mut t = Trace::new(c, field);
    t.steps = steps;
    basic_line(&mut t, &set, u);
    staffing_addition(&mut t, o, u);
    welfare_professional_addition(&mut t, o, u);
    nurse_addition(&mut t, o, &set, u);
    meal_addition(&mut t, u);
    transport_addition(&mut t, &o.transport, u);
    absence_addition(&mut t, u);
    initial_addition(&mut t, u);
    t.user_month(u.label.clone())
}

/// 生活介護's month: every user's [`UserMonth`], in order (`users[i]` names
/// each user's problems).
pub fn month_units(c: &Ctx, o: &MonthOffice, users: &[MonthUser]) -> Result<ServiceMonth, Vec<Problem>> {
    ServiceMonth::of_users(users, |u, field| user_month(c, o, u, field))
}

/// Adds one day's `per` units to the line of `item` (a new line for a new item
/// or a different figure).
fn add_day(lines: &mut Vec<UnitLine>, rule: &Rule, item: String, per: i64, kind: LineKind) -> Result<(), Problem> {
    match lines.iter_mut().find(|l| l.item == item && l.per == per) {
        Some(l) => {
            l.count += 1;
            l.units = l.units.checked_add(per).ok_or_else(|| Problem::overflow("", &item))?;
        }
        None => lines.push(UnitLine { rule: rule.id.to_string(), item, per, count: 1, units: per, kind }),
    }
    Ok(())
}

/// One user's month computed day by day (`seikatsu_kaigo.month`) as a
/// [`UserMonth`] for the yen chain: the 生活介護サービス費 of each 所要時間区分 ×
/// its days and the 延長支援加算 × its days, read from the days (never
/// recomputed); the month's steps go with it.
pub fn days_as_units(out: &MonthOutput, label: String) -> Result<UserMonth, Problem> {
    let mut lines = Vec::new();
    for d in &out.days {
        let band = without_text(&d.band_label, "所要時間区分 ");
        let item = format!("生活介護サービス費（{}・{band}）", out.kubun);
        add_day(&mut lines, &BASIC, item, d.basic_units, LineKind::Basic)?;
        if d.extension_units > 0 {
            let item = EXTENSION.name.to_string();
            add_day(&mut lines, &EXTENSION, item, d.extension_units, LineKind::Addition)?;
        }
    }
    UserMonth::new(label, lines, out.steps.clone())
}
