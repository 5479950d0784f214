//! 居宅介護支援事業所等連携加算 (計画相談支援) and 保育・教育等移行支援加算
//! (障害児相談支援) (seed 003 §3 実施加算): ※C, 併給不可 with 入院時情報連携加算
//! and 退院・退所加算, each of 訪問・会議参加・情報提供 up to its monthly limit.

use super::Billed;
use crate::engine::params::cite;
use crate::engine::trace::{Citation, Trace};
use crate::engine::units::LineKind;
use crate::national::soudan::billing::{bill_with, reading};
use crate::national::soudan::input::{Case, CaseKind};
use crate::national::soudan::marks::{not_with, not_with_basic};
use crate::national::soudan::SEED;
use crate::{key, key_fmt, rule};

/// The 加算's name for the case's kind.
pub fn transition_name(kind: CaseKind) -> &'static str {
    match kind {
        CaseKind::Keikaku => "居宅介護支援事業所等連携加算",
        CaseKind::Ji => "保育・教育等移行支援加算",
    }
}

/// Where the guidebook's table is (§3, both rows).
const PAGES: &str = "6〜7ページ";

rule!(pub TRANSITION = "soudan.addition.transition", "居宅介護支援事業所等連携加算・保育・教育等移行支援加算", source "seed 003 §3 実施加算 居宅介護支援事業所等連携加算・保育・教育等移行支援加算 ※C D・併給不可欄（6〜7ページ）", fn transition_addition, keys ["soudan.addition.transition.", "soudan.limit.transition."]);
/// 居宅介護支援事業所等連携加算 / 保育・教育等移行支援加算: only in a month without
/// 基本報酬 (※C), not with 入院時情報連携加算 or 退院・退所加算 (併給不可). Returns
/// whether a 会議参加 was billed (集中支援加算 reads it).
pub fn transition_addition(t: &mut Trace, case: &Case, billed: &Billed) -> bool {
    let a = &case.adds;
    let name = transition_name(case.kind);
    let line = PAGES;
    let total = a.transition_visit + a.transition_meeting + a.transition_info;
    if total <= 0 {
        return false;
    }
    let c_row = cite(SEED, &format!("§3 実施加算 {name} ※C D（{line}）"));
    let e = (&TRANSITION, name, total);
    if not_with_basic(t, e, case.service, c_row) {
        return false;
    }
    let hospital = billed.hospital_any.then_some("入院時情報連携加算");
    let other = hospital.or(billed.discharge.then_some("退院・退所加算"));
    let row = format!("§3 実施加算 {name} 併給不可欄「入院時情報連携加算・退院・退所加算」（{line}）");
    if not_with(t, e, other, cite(SEED, &row)) {
        return false;
    }
    transition_parts(t, case, name)
}

/// 訪問による面接・会議参加・情報提供, each up to the limit (in use, or within the
/// months after the services ended). Returns whether a 会議参加 was billed.
fn transition_parts(t: &mut Trace, case: &Case, name: &str) -> bool {
    let a = &case.adds;
    let limit_key = if a.services_ended {
        key!("soudan.limit.transition.after_end")
    } else {
        key!("soudan.limit.transition.in_use")
    };
    let mut meeting_billed = false;
    for (part, count, label) in [
        ("visit", a.transition_visit, "訪問による面接"),
        ("meeting", a.transition_meeting, "会議参加"),
        ("info", a.transition_info, "情報提供"),
    ] {
        let item = format!("{name}（{label}）");
        let n = t.cap(&TRANSITION, &item, count, limit_key);
        let sources =
            if part == "meeting" && n > 0 { unit_reading(t, case, name).into_iter().collect() } else { vec![] };
        let key = key_fmt!("soudan.addition.transition.{}.{}", case.kind.key(), part);
        bill_with(t, &TRANSITION, &key, n, LineKind::Addition, sources, vec![]);
        meeting_billed |= part == "meeting" && n > 0;
    }
    meeting_billed
}

/// The guidebook's cell holds two numbers for three parts: the product's
/// reading of them, stated with the figures.
fn unit_reading(t: &mut Trace, case: &Case, name: &str) -> Option<Citation> {
    let k = case.kind.key();
    let (meeting, _) = t.int(&key_fmt!("soudan.addition.transition.{}.meeting", k))?;
    let (info, _) = t.int(&key_fmt!("soudan.addition.transition.{}.info", k))?;
    Some(reading(&format!(
        "§3 {name} の単位数「{meeting}」「{info}」: {meeting}を訪問・会議参加、{info}を情報提供に読む"
    )))
}
