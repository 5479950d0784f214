//! `money.office_month`: an office's month in yen — each service's units
//! (one interface, [`ServiceMonth`]), the prices, each user's yen and the
//! office's totals.

use super::carried::{carried_month, CarriedMonth};
use super::fields::check_fields;
use super::home::CityHome;
use super::input::{read, OfficeMonthRequest, Person, Units, Valid};
use super::meal::meal_for_low_income;
use super::output::{OfficeMonthOutput, Totals, UserYen};
use super::prices::{prices, Prices};
use super::service::Service;
use super::units::{service_month, shuro_month, shuro_validate, units_here, Keep};
use super::yen::user_yen;
use crate::engine::input::Reader;
use crate::engine::params::{read_user_figures, Ctx};
use crate::engine::problem::{Outcome, Problem, Problems};
use crate::engine::trace::{units, yen, Step};
use crate::engine::units::UserMonth;
use crate::rule;

/// Every user's month in yen, in order.
fn users_yen(c: &Ctx, v: &Valid, p: &Prices, months: Vec<UserMonth>) -> Result<Vec<UserYen>, Vec<Problem>> {
    let mut ps = Problems::new();
    let mut users = Vec::new();
    // 計画相談支援: every case, none with a 利用者負担.
    let no_burden = Person { burden: None, certificate_cap: None, managed: None, rent: None };
    let n = if v.service == Service::Soudan { months.len() } else { v.users.len() };
    let mut months = months.into_iter();
    for i in 0..n {
        let field = format!("users[{i}]");
        let person = v.users.get(i).unwrap_or(&no_burden);
        // One `UserMonth` per user, in order (each month_units keeps the roster's order).
        let um = months.next().ok_or_else(|| vec![Problem::required(&field, "利用者")]);
        // 食事提供体制加算 for a 一般2 user: named on the days entered here, or on the 区分 of a carried month.
        let meal_field = if matches!(v.units, Units::Carried(_)) { "burden_category" } else { "meal_days" };
        let um = um.and_then(|um| match meal_for_low_income(person, &um, &format!("{field}.{meal_field}")) {
            Ok(()) => Ok(um),
            Err(e) => Err(vec![e]),
        });
        match um.and_then(|um| user_yen(c, v, p, person, um, &field)) {
            Ok(y) => users.push(y),
            Err(e) => ps.extend(e),
        }
    }
    ps.finish(users)
}

/// `a + b`, or the office total's overflow.
fn add(a: i64, b: i64) -> Result<i64, Problem> {
    a.checked_add(b).ok_or_else(|| Problem::overflow("users", "事業所の月の合計"))
}

/// The office's totals: the users' amounts added, checked.
fn totals(users: &[UserYen]) -> Result<Totals, Problem> {
    let mut t = Totals::default();
    for u in users {
        t.base_units = add(t.base_units, u.base_units)?;
        t.treatment_units = add(t.treatment_units, u.treatment_units)?;
        t.total_units = add(t.total_units, u.total_units)?;
        t.total_yen = add(t.total_yen, u.total_yen)?;
        t.burden_yen = add(t.burden_yen, u.burden_yen)?;
        t.benefit_yen = add(t.benefit_yen, u.benefit_yen)?;
        if let Some(r) = u.rent_subsidy_yen {
            t.rent_subsidy_yen = add(t.rent_subsidy_yen, r)?;
        }
    }
    Ok(t)
}

rule!(pub OFFICE_TOTAL = "money.office.total", "事業所の月の合計（利用者ごとの合計）", source "明細書（利用者ごと）の総費用額・利用者負担額・給付費の合計", fn office_total);
/// 事業所の月の合計: the sum of the users' 明細書 (each already rounded).
pub fn office_total(users: &[UserYen], t: &Totals) -> Step {
    Step::of(&OFFICE_TOTAL)
        .input("利用者数", format!("{}人", users.len()))
        .input("単位数", units(t.total_units))
        .input("利用者負担額の合計", yen(t.burden_yen))
        .input("給付費の合計", yen(t.benefit_yen))
        .value(yen(t.total_yen))
        // prose-figure: the legal rounding unit of 第二の1(1)②, not a figure of data/
        .note("総費用額は利用者ごと（明細書ごと）に1円未満を切り捨てて合計します。")
}

/// The month in units of 生活介護・共同生活援助・direct units, or carried from
/// its calculator's page (就労系 entered here is read before the prices: see
/// [`shuro_month`]).
fn units_month(c: &Ctx, req: &OfficeMonthRequest, v: &Valid) -> Result<CarriedMonth, Vec<Problem>> {
    if let (Some(u), Units::Carried(gh_office)) = (&req.units_request, &v.units) {
        let m = carried_month(c, u, gh_office.as_ref())?;
        if v.service != Service::Soudan && m.month.users.len() != v.users.len() {
            return Err(vec![Problem::inconsistent(
                "users",
                format!(
                    "利用者負担の区分の数（{}人分）が、引き継いだ月の利用者（{}人）と違います。",
                    v.users.len(),
                    m.month.users.len()
                ),
            )]);
        }
        return Ok(m);
    }
    Ok(CarriedMonth { month: service_month(c, &v.units)?, shuro_basic: None, city: None })
}

/// The month in units and the month's prices. 就労系 first: a service not in
/// force that month (就労選択支援 before 令和7年10月) is the answer, before any
/// question about its price; the other services' units after the prices.
fn month_and_prices(
    c: &Ctx,
    req: &OfficeMonthRequest,
    v: &Valid,
    shuro_valid: Option<&crate::national::shuro::Valid>,
) -> Result<(CarriedMonth, Prices), Vec<Problem>> {
    let shuro = shuro_month(c, shuro_valid)?;
    units_here(&v.units, v.service)?;
    let p = prices(c, v)?;
    let month = match shuro {
        Some((month, basic)) => CarriedMonth { month, shuro_basic: Keep::keep(basic), city: None },
        None => units_month(c, req, v)?,
    };
    Ok((month, p))
}

/// `money.office_month`: the office's month in yen, user by user.
pub fn office_month(req: &OfficeMonthRequest) -> Outcome<OfficeMonthOutput> {
    let mut ps = Problems::new();
    let mut r = Reader::new(&mut ps);
    let v = read(req, &mut r);
    let uf = read_user_figures(&mut r, &req.user_figures);
    check_fields(req, v.as_ref().map(|v| v.service), &mut ps);
    let shuro_valid = if req.units_request.is_none() { shuro_validate(req, &mut ps) } else { None };
    let Some(v) = v else {
        return Err(ps.into_vec());
    };
    if !ps.is_empty() {
        return Err(ps.into_vec());
    }
    let c = Ctx::new(v.month, "service_month", &uf)?;
    let (month, p) = month_and_prices(&c, req, &v, shuro_valid.as_ref())?;
    let users = users_yen(&c, &v, &p, month.month.users)?;
    let totals = totals(&users)?;
    let mut steps = p.steps.clone();
    steps.extend(month.month.steps);
    steps.push(office_total(&users, &totals));
    let home = match month.city {
        Some(city) => {
            let (h, s) = city.home(&totals)?;
            steps.push(s);
            Some(h)
        }
        None => None,
    };
    Ok(OfficeMonthOutput {
        service_month: v.month,
        month_label: v.month.both(),
        month_wareki: v.month.wareki(),
        service: v.service,
        service_label: v.service.label().to_string(),
        grade_label: p.grade_label.clone(),
        unit_price: p.unit_price.value.to_string(),
        treatment_label: match &p.treatment {
            Some(t) => format!("処遇改善加算({})", t.label),
            None => "処遇改善加算なし".into(),
        },
        treatment_rate: p.treatment.as_ref().map(|t| t.rate.value.to_string()),
        shuro_basic: month.shuro_basic,
        carried: req.units_request.as_ref().map(|u| u.origin()),
        home,
        users,
        totals,
        steps,
    })
}
