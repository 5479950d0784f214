//! `money.burden_management`: the 利用者負担上限額管理 of a user who used
//! several offices in a month. Each office's 利用者負担額 alone (1割相当額, at
//! most the 負担上限月額), then the 上限額管理事業所 decides the 管理結果 and
//! allocates the 負担上限月額: its own 利用者負担額 first, then the other
//! offices in the order of the 管理結果票 (seed 004 上限額管理; the 管理結果票's
//! 1・2・3 as the 請求 manuals state them — secondary).
//!
//! 管理結果 1: the 上限額管理事業所's own 利用者負担額 reaches the cap (the
//! others pay nothing); 2: the offices' 利用者負担額 together are within the
//! cap (no adjustment); 3: together they exceed it (adjusted: the 管理事業所
//! first, the rest in order).

pub mod input;
pub mod output;

use super::burden::{share, tenth};
use super::burden_cap::certificate_cap;
use crate::engine::params::{cite, Ctx, PRODUCT_READING};
use crate::engine::problem::{Outcome, Problem};
use crate::engine::rounding::Rounding;
use crate::engine::trace::{yen, Step, Trace};
use crate::{key, key_fmt, rule};
use input::{read_management, BurdenManagement, BurdenManagementRequest};
use output::{BurdenManagementOutput, ManagedOfficeOutput};

/// An office's amounts before the management: (1割相当額, 利用者負担額).
type Own = (i64, i64);

rule!(pub CAP = "money.burden_management.cap", "負担上限月額（区分又は受給者証）", source "障害者総合支援法 第29条第3項（所得に応じた負担上限月額）; seed 004 上限額管理", fn management_cap, keys ["rule.money.burden_management", "money.burden_cap."]);
/// The 負担上限月額 the management works to: the category's, or the 受給者証's.
pub fn management_cap(t: &mut Trace, m: &BurdenManagement) -> Option<i64> {
    let rule = t.rule("money.burden_management")?;
    let f = t.ctx.figure(&key_fmt!("money.burden_cap.{}", m.burden.id)).map_err(|e| e.at("burden_category"));
    let f = t.take(f)?;
    let cat = t.take(f.int())?;
    t.step(
        Step::of(&CAP)
            .input("利用者負担の区分", m.burden.label)
            .value(yen(cat))
            .source(f.citation)
            .source(rule)
            .note("複数の事業所からサービスを受け、その月の利用者負担額が負担上限月額を超える利用者は、上限額管理事業所が上限額を管理します。"),
    );
    certificate_cap(t, (cat, m.burden.label), m.certificate_cap, "burden_cap")
}

rule!(pub OFFICE = "money.burden_management.office", "各事業所の利用者負担額（1割相当額、負担上限月額まで）", source "障害者総合支援法 第29条第3項; 利用者負担額一覧表（各事業所が上限額管理事業所に提出）", fn office_burdens, keys ["money.burden_rate"]);
/// Each office's own 利用者負担額: its 1割相当額 (entered, or its 総費用額 ×
/// the rate, 1円未満切捨て), at most the `cap`.
pub fn office_burdens(t: &mut Trace, m: &BurdenManagement, cap: i64) -> Option<Vec<Own>> {
    let rate = t.figure(key!("money.burden_rate"))?;
    let mut out = Vec::new();
    for o in &m.offices {
        let tenth = match o.tenth_yen {
            Some(x) => x,
            None => tenth(t, o.total_yen, &rate)?.1,
        };
        let own = tenth.min(cap);
        let how = if o.tenth_yen.is_some() {
            "入力".to_string()
        } else {
            format!("総費用額から計算（{}）", Rounding::FloorYen.label())
        };
        let share = share(rate.value);
        t.step(
            Step::of(&OFFICE)
                .title(format!("{}の利用者負担額", o.label))
                .input("総費用額", yen(o.total_yen))
                .input(&format!("{share}相当額"), format!("{}（{how}）", yen(tenth)))
                .input("負担上限月額", yen(cap))
                .value(yen(own))
                .source(rate.citation.clone()),
        );
        out.push((tenth, own));
    }
    Some(out)
}

/// The 管理結果's label.
fn result_label(result: u8) -> &'static str {
    match result {
        1 => "1: 管理事業所で利用者負担額を充当したため、他事業所の利用者負担は発生しない",
        2 => "2: 利用者負担額の合算額が、負担上限月額以下のため、調整事務は行わない",
        _ => "3: 利用者負担額の合算額が、負担上限月額を超過するため、調整した",
    }
}

rule!(pub RESULT = "money.burden_management.result", "管理結果（1・2・3）の判定", source "利用者負担上限額管理結果票 管理結果1〜3（請求ソフトの手引きによる解説・二次資料）", fn management_result, keys ["rule.money.burden_management.result"]);
/// 管理結果: 2 when the offices' 利用者負担額 together are within the cap; 1
/// when the 上限額管理事業所's own reaches it; 3 otherwise.
pub fn management_result(t: &mut Trace, m: &BurdenManagement, own: &[Own], cap: i64) -> Option<(u8, i64)> {
    let rule = t.rule("money.burden_management.result")?;
    let Some(total) = own.iter().try_fold(0i64, |s, o| s.checked_add(o.1)) else {
        t.problems.push(Problem::overflow("offices", "利用者負担額の合算額"));
        return None;
    };
    let mine: i64 = m.offices.iter().zip(own).filter(|(o, _)| o.manager).map(|(_, x)| x.1).sum();
    let result = if total <= cap {
        2
    } else if mine >= cap {
        1
    } else {
        3
    };
    let mut s = Step::of(&RESULT)
        .input("利用者負担額の合算額", yen(total))
        .input("上限額管理事業所の利用者負担額", yen(mine))
        .input("負担上限月額", yen(cap))
        .value(result_label(result))
        .source(rule);
    if cap == 0 {
        s = s.note(format!("負担上限月額が{}のため、どの事業所の利用者負担額も{}です。", yen(cap), yen(cap)));
    }
    t.step(s);
    Some((result, total))
}

rule!(pub ALLOCATE = "money.burden_management.allocate", "負担上限月額の充当（上限額管理事業所が先、他の事業所は管理結果票の順）", source "利用者負担上限額管理結果票（管理結果後利用者負担額）; 管理事業所を先に充当する例（二次資料）; 他の事業所の順は本製品の解釈", fn allocate, keys ["rule.money.burden_management.allocate"]);
/// 管理結果後利用者負担額: for 結果2 each office's own; otherwise the cap
/// allocated to the 上限額管理事業所 first, then to the others in order, each
/// at most its own 利用者負担額.
pub fn allocate(t: &mut Trace, m: &BurdenManagement, own: &[Own], cap: i64, result: u8) -> Option<Vec<i64>> {
    let rule = t.rule("money.burden_management.allocate")?;
    let mut managed = vec![0i64; own.len()];
    let mut left = cap;
    let order =
        (0..own.len()).filter(|&i| m.offices[i].manager).chain((0..own.len()).filter(|&i| !m.offices[i].manager));
    for i in order {
        managed[i] = if result == 2 { own[i].1 } else { own[i].1.min(left) };
        left -= managed[i].min(left);
    }
    let shown: Vec<String> = m.offices.iter().zip(&managed).map(|(o, v)| format!("{} {}", o.label, yen(*v))).collect();
    let mut s = Step::of(&ALLOCATE).input("管理結果", result_label(result)).value(shown.join("、")).source(rule);
    if result == 3 {
        s = s
            .note("負担上限月額を、まず上限額管理事業所の利用者負担額に充当し、残りを他の事業所に入力の順（管理結果票の記載順）に充当します。")
            .source(cite(PRODUCT_READING, "上限額管理: 管理事業所の次は、管理結果票に記載した順に充当する"));
    }
    t.step(s);
    Some(managed)
}

/// The rows of the 管理結果票, with each office's 給付費.
fn rows(m: &BurdenManagement, own: &[Own], managed: &[i64]) -> Result<Vec<ManagedOfficeOutput>, Problem> {
    m.offices
        .iter()
        .enumerate()
        .map(|(i, o)| {
            let benefit = o
                .total_yen
                .checked_sub(managed[i])
                .ok_or_else(|| Problem::overflow(format!("offices[{i}]"), "給付費"))?;
            Ok(ManagedOfficeOutput {
                label: o.label.clone(),
                manager: o.manager,
                total_yen: o.total_yen,
                tenth_yen: own[i].0,
                burden_yen: own[i].1,
                managed_burden_yen: managed[i],
                benefit_yen: benefit,
            })
        })
        .collect()
}

/// `money.burden_management`: each office's 利用者負担額 after the 上限額管理.
pub fn burden_management(req: &BurdenManagementRequest) -> Outcome<BurdenManagementOutput> {
    let m = read_management(req)?;
    let c = Ctx::new(m.month, "service_month", &m.user_figures)?;
    let mut t = Trace::new(&c, "");
    let cap = management_cap(&mut t, &m);
    let own = cap.and_then(|cap| office_burdens(&mut t, &m, cap));
    let res = own.as_ref().zip(cap).and_then(|(own, cap)| management_result(&mut t, &m, own, cap));
    let managed = own.as_ref().zip(res).zip(cap).and_then(|((own, (r, _)), cap)| allocate(&mut t, &m, own, cap, r));
    let (t, (((own, (result, total)), managed), cap)) =
        t.checked(own.zip(res).zip(managed).zip(cap), "money.burden_management")?;
    let rows = rows(&m, &own, &managed)?;
    let managed_total = managed.iter().sum();
    Ok(BurdenManagementOutput {
        service_month: m.month,
        month_label: m.month.both(),
        burden_category: m.burden.label.to_string(),
        cap_yen: cap,
        result,
        result_label: result_label(result),
        offices: rows,
        burden_total_yen: total,
        managed_total_yen: managed_total,
        steps: t.steps,
    })
}
