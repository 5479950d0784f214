//! 集中支援加算 (seed 003 §3 加算): ※C, 併給不可 with 入院時情報連携加算（Ⅰ）
//! and 退院・退所加算; 訪問・会議開催・会議参加・通院同行・情報提供, each up to its
//! limit, added together.

use super::accompany::accompany;
use super::transition::transition_name;
use super::Billed;
use crate::engine::params::cite;
use crate::engine::trace::Trace;
use crate::national::soudan::billing::bill;
use crate::national::soudan::input::Case;
use crate::national::soudan::marks::{not_with, not_with_basic};
use crate::national::soudan::SEED;
use crate::{key, rule};

rule!(pub INTENSIVE = "soudan.addition.intensive", "集中支援加算", source "seed 003 §3 集中支援加算 C・併給不可欄（6〜7ページ）", fn intensive_support_addition, keys ["soudan.addition.intensive.", "soudan.limit.intensive."]);
/// 集中支援加算: only in a month without 基本報酬 (※C), not with 入院時情報連携加算（Ⅰ）
/// or 退院・退所加算 (併給不可).
pub fn intensive_support_addition(t: &mut Trace, case: &Case, billed: &Billed) {
    let a = &case.adds;
    let total = a.intensive_visit
        + a.intensive_meeting_held
        + a.intensive_meeting_attend
        + a.intensive_accompany
        + a.intensive_info_hospital
        + a.intensive_info_other;
    let item = "集中支援加算";
    if total <= 0 {
        return;
    }
    let c_row = cite(SEED, "§3 集中支援加算 併給不可欄 C（6〜7ページ）");
    let e = (&INTENSIVE, item, total);
    if not_with_basic(t, e, case.service, c_row) {
        return;
    }
    let hospital = billed.hospital_i.then_some("入院時情報連携加算（Ⅰ）");
    let other = hospital.or(billed.discharge.then_some("退院・退所加算"));
    let row = "§3 集中支援加算 併給不可欄「入院時情報連携加算（I）・退院・退所加算」（6〜7ページ）";
    if not_with(t, e, other, cite(SEED, row)) {
        return;
    }
    intensive_meetings(t, case, billed);
    intensive_contacts(t, case);
}

/// 訪問・会議開催・会議参加, each up to its limit; a 会議参加 like the 連携加算's
/// 会議参加 billed this month is not billed again.
fn intensive_meetings(t: &mut Trace, case: &Case, billed: &Billed) {
    let a = &case.adds;
    let r = &INTENSIVE;
    let n = t.cap(r, "集中支援加算（訪問）", a.intensive_visit, key!("soudan.limit.intensive.visit"));
    bill(t, r, key!("soudan.addition.intensive.visit"), n);
    let n = t.cap(r, "集中支援加算（会議開催）", a.intensive_meeting_held, key!("soudan.limit.intensive.meeting_held"));
    bill(t, r, key!("soudan.addition.intensive.meeting_held"), n);
    let attend = "集中支援加算（会議参加）";
    if a.intensive_meeting_same_as_transition && billed.transition_meeting {
        let name = transition_name(case.kind);
        t.exclude(r, attend, a.intensive_meeting_attend, format!("会議の趣旨・つなぎ先等が{name}の会議参加と同様で、{name}を算定するため、集中支援加算（会議参加）は算定できません。"), vec![cite(SEED, "§3 集中支援加算 併給不可欄 会議参加について（6〜7ページ）")]);
    } else {
        let n = t.cap(r, attend, a.intensive_meeting_attend, key!("soudan.limit.intensive.meeting_attend"));
        bill(t, r, key!("soudan.addition.intensive.meeting_attend"), n);
    }
}

/// 通院同行 (one per 病院等, then the monthly limit) and 情報提供 (病院等 and the
/// others, each up to its limit).
fn intensive_contacts(t: &mut Trace, case: &Case) {
    let a = &case.adds;
    let r = &INTENSIVE;
    let n = accompany(
        t,
        r,
        "集中支援加算（通院同行）",
        a.intensive_accompany,
        a.intensive_accompany_hospitals,
        key!("soudan.limit.intensive.accompany_same_hospital"),
        key!("soudan.limit.intensive.accompany"),
    );
    bill(t, r, key!("soudan.addition.intensive.accompany"), n);
    let each = key!("soudan.limit.intensive.info_each");
    let n1 = t.cap(r, "集中支援加算（情報提供・病院等）", a.intensive_info_hospital, each);
    let n2 = t.cap(r, "集中支援加算（情報提供・それ以外）", a.intensive_info_other, each);
    bill(t, r, key!("soudan.addition.intensive.info"), n1 + n2);
}
