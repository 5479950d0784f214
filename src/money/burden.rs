//! 利用者負担: 総費用額の定率負担 (1割), at most the 負担上限月額 of the user's
//! category; 給付費 = 総費用額 − 利用者負担; and a グループホーム resident's
//! 家賃助成 (特定障害者特別給付費), the resident's income.

use super::burden_cap::{certificate_cap, managed_burden};
use super::input::Person;
use super::prices::percent;
use super::service::Service;
use super::units::Source;
use super::yen::product;
use crate::engine::params::{cite, Figure, PRODUCT_READING};
use crate::engine::problem::Problem;
use crate::engine::rounding::{is_whole, shift, Rounding};
use crate::engine::trace::{yen, Step, Trace};
use crate::{key, key_fmt, rule};
use rust_decimal::Decimal;

/// A user's 利用者負担.
pub(super) struct Burden {
    /// 1割相当額.
    pub tenth: i64,
    /// 負担上限月額.
    pub cap: i64,
    /// 利用者負担額.
    pub burden: i64,
}

/// The 定率負担's rate as said: `0.1` → `1割`.
/// (Scale moves, not rust_decimal's multiplication and `fract`: README「性能」.)
pub(super) fn share(rate: Decimal) -> String {
    match shift(rate, 1) {
        Some(tenths) if is_whole(tenths) => format!("{}割", tenths.normalize()),
        _ => percent(rate),
    }
}

/// The 定率負担 of the 総費用額 (1円未満切捨て, the product's reading of 1割相当額).
pub(super) fn tenth(t: &mut Trace, total_yen: i64, rate: &Figure) -> Option<(Decimal, i64)> {
    let r = product(total_yen, rate.value, Rounding::FloorYen);
    if r.is_none() {
        t.problems.push(Problem::overflow(t.field.clone(), "利用者負担額"));
    }
    r
}

/// The notes of the burden step: the cap that bit, 上限額管理, GH's 一般2.
fn burden_notes(mut s: Step, service: Service, p: &Person, b: &Burden, share: &str) -> Step {
    if b.tenth > b.cap {
        s = s.note(format!("{share}相当額が上限を超えるため、上限の{}です。", yen(b.cap)));
    }
    if p.managed.is_none() {
        s = s.note("同じ月に複数の事業所を利用する場合は、上限額管理事業所が決めた額を「上限額管理後の利用者負担額」に入力してください（money.burden_management で計算できます）。");
    }
    if service == Service::GroupHome && p.burden.is_some_and(|b| b.id == "general-1") {
        s = s.note(
            // prose-figure: the age of the 世帯 rule (施行令), not a figure of data/
            "20歳以上のグループホーム利用者は、課税世帯なら一般2です。区分を確認してください。",
        );
    }
    s
}

rule!(pub BURDEN_NONE = "money.burden.none", "利用者負担なし（計画相談支援・障害児相談支援）", source "障害者総合支援法 第51条の17第2項、児童福祉法 第24条の26第2項（給付費は費用の額）", fn no_burden, keys ["rule.money.burden_none.soudan"]);
/// 相談支援 (計画相談支援・障害児相談支援 carried from their page, or units
/// entered at the 相談支援 price `label`): no 利用者負担 (the 給付費 is the
/// whole 費用の額).
pub(super) fn no_burden(t: &mut Trace, service: Service, label: &str) -> Option<Burden> {
    // 計画相談支援's cases are carried where this module computes them (`Source`: a constant).
    if service == Service::Soudan && !Source::Soudan.here() {
        t.problems.push(Source::Soudan.elsewhere("units_request.calculator"));
        return None;
    }
    let rule = t.rule("money.burden_none.soudan")?;
    let mut s = Step::of(&BURDEN_NONE).value(yen(0)).source(rule);
    if service == Service::Units {
        s = s.title(format!("利用者負担なし（{label}）"));
    }
    t.step(s.note("相談支援（計画相談支援・地域相談支援・障害児相談支援）の給付費は費用の全額で、利用者負担はありません。"));
    Some(Burden { tenth: 0, cap: 0, burden: 0 })
}

rule!(pub BURDEN = "money.burden", "利用者負担額（定率負担、負担上限月額まで）", source "障害者総合支援法 第29条第3項（費用の1割、所得に応じた負担上限月額）", fn burden, keys ["rule.money.burden", "money.burden_rate", "money.burden_cap."]);
/// 利用者負担額: the 定率負担 of the 総費用額, at most the 負担上限月額 (the
/// 受給者証's when entered, see [`certificate_cap`]), then the amount the
/// 上限額管理 set, when entered (see [`managed_burden`]).
pub(super) fn burden(t: &mut Trace, (service, price): (Service, &str), p: &Person, total_yen: i64) -> Option<Burden> {
    let Some(category) = p.burden else {
        return no_burden(t, service, price);
    };
    let rule = t.rule("money.burden");
    let rate = t.figure(key!("money.burden_rate"));
    let cap = category_cap(t, category);
    let (rate, cap) = (rate?, cap?);
    let cap_yen = t.take(cap.int())?;
    let cert_field = format!("{}.burden_cap", t.field);
    let applied = certificate_cap(t, (cap_yen, category.label), p.certificate_cap, &cert_field)?;
    let (exact, tenth) = tenth(t, total_yen, &rate)?;
    let b = Burden { tenth, cap: applied, burden: tenth.min(applied) };
    let share = share(rate.value);
    let cap_shown = if p.certificate_cap.is_some() { "受給者証" } else { category.label };
    let mut s = Step::of(&BURDEN)
        .title(format!("利用者負担額（{share}、負担上限月額まで）"))
        .input("総費用額", yen(total_yen))
        .input(
            &format!("{share}相当額"),
            format!("{total_yen}×{}＝{exact} → {}（{}）", rate.value, yen(tenth), Rounding::FloorYen.label()),
        )
        .input("負担上限月額", format!("{}（{cap_shown}）", yen(applied)))
        .value(yen(b.burden))
        .source(rate.citation)
        .source(cap.citation)
        .source(cite(PRODUCT_READING, &format!("{share}相当額の端数は{}として計算", Rounding::FloorYen.label())));
    if let Some(r) = rule {
        s = s.source(r);
    }
    t.step(burden_notes(s, service, p, &b, &share));
    let managed_field = format!("{}.managed_burden", t.field);
    let burden = managed_burden(t, b.burden, p.managed, &managed_field)?;
    Some(Burden { burden, ..b })
}

/// The category's 負担上限月額 figure (its problem named on the category's field).
fn category_cap(t: &mut Trace, category: super::input::Burden) -> Option<Figure> {
    let cap_key = key_fmt!("money.burden_cap.{}", category.id);
    let field = format!("{}.burden_category", t.field);
    let cap = t.ctx.figure(&cap_key).map_err(|e| e.at(&field));
    t.take(cap)
}

rule!(pub BENEFIT = "money.benefit", "給付費（総費用額−利用者負担額）", source "障害者総合支援法 第29条第3項（介護給付費等＝費用の額−利用者負担額）", fn benefit);
/// 給付費 = 総費用額 − 利用者負担額.
pub fn benefit(t: &mut Trace, total_yen: i64, burden: i64) -> Option<i64> {
    let Some(benefit) = total_yen.checked_sub(burden) else {
        t.problems.push(Problem::overflow(t.field.clone(), "給付費"));
        return None;
    };
    t.step(Step::of(&BENEFIT).input("総費用額", yen(total_yen)).input("利用者負担額", yen(burden)).value(yen(benefit)));
    Some(benefit)
}

rule!(pub RENT_SUBSIDY = "money.gh_rent_subsidy", "家賃助成（特定障害者特別給付費）— 利用者の収入", source "障害者総合支援法 第34条（特定障害者特別給付費）", fn rent_subsidy, keys ["rule.money.gh_rent_subsidy", "money.gh_rent_subsidy.max"]);
/// グループホーム家賃助成: the rent, at most the monthly maximum, for a
/// 生活保護・低所得 resident who entered a rent. `None` when it does not apply
/// (or its figure is missing: the problem is recorded).
pub(super) fn rent_subsidy(t: &mut Trace, service: Service, p: &Person) -> Option<i64> {
    let eligible = p.burden.is_some_and(|b| matches!(b.id, "seikatsu-hogo" | "low-income"));
    let rent = p.rent.filter(|_| service == Service::GroupHome && eligible)?;
    let rule = t.rule("money.gh_rent_subsidy");
    let max = t.figure(key!("money.gh_rent_subsidy.max"))?;
    let (maxv, rule) = (t.take(max.int()), rule);
    let (maxv, rule) = (maxv?, rule?);
    let sub = rent.min(maxv);
    t.step(
        Step::of(&RENT_SUBSIDY)
            .input("家賃", yen(rent))
            .input("上限月額", yen(maxv))
            .value(yen(sub))
            .source(rule)
            .source(max.citation)
            .note("利用者（入居者）への給付で、事業所の収入には含めません。"),
    );
    Some(sub)
}
