//! 定員超過利用減算・人員欠如減算 (office-wide): when both apply, only the one
//! that reduces more (either when equal), and each user's 所定単位数 times its
//! rate (seed 004 3. 請求等 減算における留意点; the rates: secondary sources).

use super::super::input::{User, Valid};
use super::super::measure::band_at;
use super::apply_rate;
use crate::engine::problem::Code;
use crate::engine::rules::Rule;
use crate::engine::trace::{units, Citation, Step, Trace};
use crate::engine::units::LineKind;
use crate::{key_fmt, key_group, rule};
use rust_decimal::Decimal;

/// The office-wide 減算 that applies: its rate and label, and the rule of its unit lines.
#[derive(Clone, Debug)]
pub struct OfficeReduction {
    pub rate: Decimal,
    pub label: String,
    pub citation: Citation,
    pub rule: &'static Rule,
}

/// 定員超過利用減算's rate, when the office is over capacity.
fn over_capacity(t: &mut Trace, v: &Valid) -> Option<Option<OfficeReduction>> {
    if !v.office.over_capacity {
        return Some(None);
    }
    let key = key_fmt!("shuro.{}.reduction.over_capacity.rate", v.service.key());
    let f = t.take(t.ctx.figure(&key).map_err(|p| {
        if p.code == Code::MissingFigure {
            p
        } else {
            p.at("office.over_capacity")
        }
    }))?;
    Some(Some(OfficeReduction {
        rate: f.value,
        label: "定員超過利用減算".into(),
        citation: f.citation,
        rule: &OVER_CAPACITY,
    }))
}

/// 人員欠如減算's rate for the month of the 減算, when there is one.
fn staff_shortage(t: &mut Trace, v: &Valid) -> Option<Option<OfficeReduction>> {
    let month = v.office.staff_shortage_month;
    if month <= 0 {
        return Some(None);
    }
    let band =
        band_at(t, key_group!("shuro.reduction.staff_shortage.month_band"), month, "office.staff_shortage_month")?;
    let f = t.figure(&key_fmt!("shuro.{}.reduction.staff_shortage.rate.{}", v.service.key(), band.id))?;
    Some(Some(OfficeReduction {
        rate: f.value,
        label: format!("人員欠如減算（{month}か月目）"),
        citation: f.citation,
        rule: &STAFF_SHORTAGE,
    }))
}

rule!(pub OFFICE = "shuro.reduction.office", "定員超過利用減算・人員欠如減算（事業所単位）", source "seed 004 3. 請求等 減算における留意点（双方に該当する場合は大きい方のみ）; 割合は二次資料", fn office_reduction, keys ["rule.shuro.reduction.combination", "shuro.reduction.staff_shortage.month_band.", "shuro.a.reduction.over_capacity.rate", "shuro.b.reduction.over_capacity.rate", "shuro.ikou.reduction.over_capacity.rate", "shuro.teichaku.reduction.over_capacity.rate", "shuro.sentaku.reduction.over_capacity.rate", "shuro.a.reduction.staff_shortage.rate.", "shuro.b.reduction.staff_shortage.rate.", "shuro.ikou.reduction.staff_shortage.rate.", "shuro.teichaku.reduction.staff_shortage.rate.", "shuro.sentaku.reduction.staff_shortage.rate."]);
/// 定員超過利用減算 / 人員欠如減算 (office-wide): the one that applies (the
/// larger reduction, i.e. the smaller remaining rate; the first when equal).
pub fn office_reduction(t: &mut Trace, v: &Valid, basic_units: i64) -> Option<Option<OfficeReduction>> {
    let over = over_capacity(t, v);
    let short = staff_shortage(t, v);
    let (Some(over), Some(short)) = (over, short) else {
        return None;
    };
    let cands: Vec<OfficeReduction> = over.into_iter().chain(short).collect();
    let Some(first) = cands.first() else {
        return Some(None);
    };
    let comb = t.rule("shuro.reduction.combination")?;
    let chosen = cands.iter().fold(first, |best, c| if c.rate < best.rate { c } else { best }).clone();
    let mut s = Step::of(&OFFICE).input("所定単位数", units(basic_units)).value(format!(
        "{}（{}倍）",
        chosen.label,
        chosen.rate.normalize()
    ));
    for c in &cands {
        s = s.input(&c.label, format!("{}倍", c.rate.normalize())).source(c.citation.clone());
    }
    if cands.len() > 1 {
        s = s
            .note("定員超過利用と人員欠如の双方に該当する場合は、減算となる単位数が大きい方のみを適用します（同じ場合はいずれか一方）。")
            .source(comb);
    }
    t.step(s);
    Some(Some(chosen))
}

rule!(pub STAFF_SHORTAGE = "shuro.reduction.staff_shortage", "人員欠如減算", source "人員欠如減算（割合は二次資料）", fn office_reduction_user);
rule!(pub OVER_CAPACITY = "shuro.reduction.over_capacity", "定員超過利用減算", source "定員超過利用減算（割合は二次資料）", fn office_reduction_user);
rule!(pub OFFICE_USER = "shuro.reduction.office.user", "定員超過利用減算・人員欠如減算（利用者ごと）", source "seed 004 3. 請求等 減算における留意点（減算割合を順に乗ずる）", fn office_reduction_user, keys ["rule.shuro.reduction.combination"]);
/// The office-wide 減算 on one user's 所定単位数 `cur` (after any 個別支援計画
/// 未作成減算: the rates are multiplied in turn), for each day billed. Returns
/// the reduced 所定単位数.
pub fn office_reduction_user(t: &mut Trace, red: Option<&OfficeReduction>, u: &User, cur: i64, count: i64) -> i64 {
    let Some(red) = red else {
        return cur;
    };
    let Some((next, working)) = apply_rate(t, cur, red.rate, &red.label) else {
        return cur;
    };
    t.line(red.rule, red.label.clone(), next - cur, count, LineKind::Reduction);
    let mut s = Step::of(&OFFICE_USER)
        .title(red.label.clone())
        .input("減算前の単位数", units(cur))
        .input("割合", format!("{}倍", red.rate.normalize()))
        .value(units(next))
        .note(working);
    if u.plan_missing_month > 0 {
        if let Some(comb) = t.rule("shuro.reduction.combination") {
            s = s.note("複数の減算に該当するため、減算割合を順に乗じます。").source(comb);
        }
    }
    t.step(s);
    next
}
