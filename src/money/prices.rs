//! 1単位の単価: the 級地 of the office's 地域区分 and the price of a unit by
//! service and 級地 (告示第539号), with the 処遇改善加算's rate (see
//! [`super::treatment`]).

use super::input::{grade_id, Grade, Valid};
use super::treatment::{treatment_rate, Treatment};
use crate::engine::params::{rows_for, Ctx, Figure};
use crate::engine::problem::Problem;
use crate::engine::rounding::shift;
use crate::engine::trace::{Step, Trace};
use crate::{key_fmt, rule};
use rust_decimal::Decimal;

/// The month's prices: the 級地, the 1単位の単価 and the 処遇改善加算's rate.
pub(super) struct Prices {
    pub grade_label: String,
    pub unit_price: Figure,
    pub treatment: Option<Treatment>,
    pub steps: Vec<Step>,
}

/// `0.093` → `9.3%`.
pub(super) fn percent(rate: Decimal) -> String {
    match shift(rate, 2) {
        Some(p) => format!("{}%", p.normalize()),
        None => rate.to_string(),
    }
}

/// `地域区分の級地（神奈川県横浜市、…）` → `神奈川県横浜市`.
fn municipality_name<'a>(label: &'a str) -> String {
    let before = |t: &'a str, c: char| t.split_once(c).map_or(t, |(m, _)| m);
    let inner = label.split_once('（').map(|(_, r)| before(before(r, '（'), '、'));
    inner.unwrap_or(label).to_string()
}

/// The municipality's 級地 is not in force this month: the chosen one, if any.
fn unregistered_grade(t: &mut Trace, m: &str, chosen: Option<Grade>, e: Problem) -> Option<Grade> {
    let Some(ch) = chosen else {
        t.problems.push(e.at("region.grade"));
        return None;
    };
    t.step(
        Step::of(&GRADE)
            .input("市町村", m)
            .value(ch.label)
            .note("この市町村の級地は未登録のため、選択された級地を使います。"),
    );
    Some(ch)
}

/// The 級地 registered for the municipality, checked against a chosen one.
fn municipality_grade(t: &mut Trace, m: &str, chosen: Option<Grade>) -> Option<Grade> {
    let key = key_fmt!("money.grade.{}", m);
    if rows_for(&key).is_empty() {
        t.problems.push(Problem::invalid(
            "region.municipality",
            format!("「{m}」の級地は登録されていません。級地を選んでください。"),
        ));
        return None;
    }
    let f = match t.ctx.figure(&key) {
        Ok(f) => f,
        Err(e) => return unregistered_grade(t, m, chosen, e),
    };
    let n = t.take(f.int())?;
    let Some(g) = grade_id(&n.to_string()) else {
        t.problems.push(Problem::data_error(&key, "級地として読めない値です"));
        return None;
    };
    if let Some(ch) = chosen.filter(|ch| ch.id != g.id) {
        t.problems.push(Problem::inconsistent(
            "region.grade",
            format!("{}は{}です（選択: {}）。", f.label, g.label, ch.label),
        ));
    }
    t.step(Step::of(&GRADE).input("市町村", municipality_name(&f.label)).value(g.label).source(f.citation));
    Some(g)
}

rule!(pub GRADE = "money.grade", "地域区分（級地）", source "告示第539号（一単位の単価）の地域区分", fn grade, keys ["money.grade.", "money.add_on_rate."]);
/// 地域区分（級地）: the municipality's when registered, else the chosen one;
/// the 上乗せ割合 of the 級地 is shown with it.
pub(super) fn grade(t: &mut Trace, v: &Valid) -> Option<Grade> {
    let g = match (&v.municipality, v.grade) {
        (Some(m), chosen) => municipality_grade(t, m, chosen)?,
        (None, Some(ch)) => {
            t.step(Step::of(&GRADE).value(ch.label).note("選択された級地です。"));
            ch
        }
        (None, None) => return None,
    };
    if let Ok(f) = t.ctx.figure(&key_fmt!("money.add_on_rate.{}", g.id)) {
        if let Some(last) = t.steps.pop() {
            t.step(last.input("上乗せ割合", percent(f.value)).source(f.citation));
        }
    }
    Some(g)
}

rule!(pub UNIT_PRICE = "money.unit_price", "1単位の単価（サービス・級地ごと）", source "告示第539号（一単位の単価）", fn unit_price, keys ["money.unit_price."]);
/// 1単位の単価 of the service (or the chosen price category) and the 級地.
pub(super) fn unit_price(t: &mut Trace, v: &Valid, g: Grade) -> Option<Figure> {
    let key = key_fmt!("money.unit_price.{}.{}", v.price.price, g.id);
    let f = t.ctx.figure(&key).map_err(|e| e.at("price_service"));
    let f = t.take(f)?;
    t.step(
        Step::of(&UNIT_PRICE)
            .input("サービス", v.price.label)
            .input("級地", g.label)
            .value(format!("{}円", f.value))
            .source(f.citation.clone()),
    );
    Some(f)
}

/// The month's prices, or every problem with them.
pub(super) fn prices(c: &Ctx, v: &Valid) -> Result<Prices, Vec<Problem>> {
    let mut t = Trace::new(c, "");
    let Some(g) = grade(&mut t, v) else {
        return Err(t.problems.into());
    };
    let unit_price = unit_price(&mut t, v, g);
    let treatment = treatment_rate(&mut t, v);
    let (t, (unit_price, treatment)) = t.checked(unit_price.zip(treatment), "money.unit_price")?;
    Ok(Prices { grade_label: g.label.to_string(), unit_price, treatment, steps: t.steps })
}
