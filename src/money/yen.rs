//! One user's month in yen (one 明細書 per user, service and month): the
//! units, 処遇改善加算, 総費用額 (単位数 × 1単位の単価, 1円未満切捨て,
//! 留意事項通知 第二の1(1)②), 利用者負担, 給付費 and 家賃助成.

use super::burden::{benefit, burden, rent_subsidy};
use super::input::{Person, Valid};
use super::output::UserYen;
use super::prices::Prices;
use super::treatment::treatment_units;
use crate::engine::params::{Ctx, Figure};
use crate::engine::problem::Problem;
use crate::engine::rounding::Rounding;
use crate::engine::trace::{units, yen, Step, Trace};
use crate::engine::units::{UnitLine, UserMonth};
use crate::rule;
use rust_decimal::Decimal;

/// The user's amounts, in the order they are computed.
struct Amounts {
    treatment: i64,
    total_units: i64,
    total_yen: i64,
    burden: super::burden::Burden,
    benefit: i64,
    rent_subsidy: Option<i64>,
}

rule!(pub BASE_UNITS = "money.user.units", "単位数の合計（処遇改善加算を除く）", source "明細書の各行（基本報酬・加算・減算）の単位数の合計", fn base_units);
/// 単位数の合計: the lines of the user's month, before 処遇改善加算.
pub fn base_units(t: &mut Trace, lines: &[UnitLine], base: i64) {
    let items = lines.iter().map(|l| format!("{} {}", l.item, units(l.units))).collect::<Vec<_>>();
    let items = crate::engine::rows::join_texts(&items, "、");
    t.step(Step::of(&BASE_UNITS).input("内訳", items).value(units(base)));
}

/// `n × rate`, exact and rounded (`None` beyond range): one copy for
/// 総費用額, 処遇改善加算 and 1割相当額.
pub(super) fn product(n: i64, rate: Decimal, rounding: Rounding) -> Option<(Decimal, i64)> {
    let exact = Decimal::from(n).checked_mul(rate)?;
    Some((exact, rounding.to_int(exact)?))
}

rule!(pub TOTAL_YEN = "money.total_yen", "総費用額（単位数×1単位の単価）", source "告示第539号、留意事項通知 第二の1(1)②（金額換算の端数処理）", fn total_yen, keys ["rule.money.yen"]);
/// 総費用額: the units × 1単位の単価, 1円未満切捨て.
pub fn total_yen(t: &mut Trace, total_units: i64, price: &Figure) -> Option<i64> {
    let rule = t.rule("money.yen");
    let p = price.value;
    let Some((exact, amount)) = product(total_units, p, Rounding::FloorYen) else {
        t.problems.push(Problem::overflow(t.field.clone(), "総費用額"));
        return None;
    };
    let mut s = Step::of(&TOTAL_YEN)
        .input("単位数", units(total_units))
        // prose-figure: 「1単位の単価」 is the notice's own term (一単位の単価), not a figure
        .input("1単位の単価", format!("{p}円"))
        .input("計算", format!("{total_units}×{p}＝{exact}"))
        .value(yen(amount))
        .source(price.citation.clone())
        .note(format!("端数は{}。", Rounding::FloorYen.label()));
    if let Some(r) = rule {
        s = s.source(r);
    }
    t.step(s);
    Some(amount)
}

/// The chain after the units: 処遇改善加算 → 総費用額 → 利用者負担 → 給付費 → 家賃助成.
fn amounts(t: &mut Trace, v: &Valid, p: &Prices, person: &Person, base: i64) -> Option<Amounts> {
    let treatment = treatment_units(t, p.treatment.as_ref(), base)?;
    let Some(total_units) = base.checked_add(treatment) else {
        t.problems.push(Problem::overflow(t.field.clone(), "単位数の合計"));
        return None;
    };
    let total_yen = total_yen(t, total_units, &p.unit_price)?;
    let burden = burden(t, (v.service, v.price.label), person, total_yen)?;
    let benefit = benefit(t, total_yen, burden.burden)?;
    let rent_subsidy = rent_subsidy(t, v.service, person);
    Some(Amounts { treatment, total_units, total_yen, burden, benefit, rent_subsidy })
}

/// One user's month in yen, from their month in units.
pub(super) fn user_yen(
    c: &Ctx,
    v: &Valid,
    p: &Prices,
    person: &Person,
    um: UserMonth,
    field: &str,
) -> Result<UserYen, Vec<Problem>> {
    let mut t = Trace::new(c, field);
    t.steps = um.steps;
    let base = um.total_units;
    base_units(&mut t, &um.lines, base);
    let a = amounts(&mut t, v, p, person, base);
    let (t, a) = t.checked(a, "money.total_yen")?;
    Ok(UserYen {
        label: um.label,
        lines: um.lines,
        base_units: base,
        treatment_units: a.treatment,
        total_units: a.total_units,
        total_yen: a.total_yen,
        tenth_yen: a.burden.tenth,
        burden_category: person.burden.map_or("なし（利用者負担はありません）", |b| b.label).to_string(),
        burden_cap_yen: a.burden.cap,
        burden_yen: a.burden.burden,
        burden_before_management_yen: person.managed.map(|_| a.burden.tenth.min(a.burden.cap)),
        benefit_yen: a.benefit,
        rent_subsidy_yen: a.rent_subsidy,
        steps: t.steps,
    })
}
