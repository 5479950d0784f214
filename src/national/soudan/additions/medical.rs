//! 医療・保育・教育機関等連携加算 (seed 003 §3 実施加算): ※D; 面談・会議 in a
//! month of 計画作成 or モニタリング, 通院同行 (one per 病院等, then the monthly
//! limit) and 情報提供 (病院等 and the others, each up to its limit).

use super::accompany::accompany;
use super::Billed;
use crate::engine::params::cite;
use crate::engine::trace::{Citation, Trace};
use crate::engine::units::LineKind;
use crate::national::soudan::billing::{bill, bill_with, reading};
use crate::national::soudan::input::{Case, Service};
use crate::national::soudan::SEED;
use crate::{key, rule};

rule!(pub MEDICAL = "soudan.addition.medical", "医療・保育・教育機関等連携加算", source "seed 003 §3 実施加算 医療・保育・教育機関等連携加算・併給不可欄（6〜7ページ）", fn medical_liaison_addition, keys ["soudan.addition.medical.", "soudan.limit.medical."]);
/// 医療・保育・教育機関等連携加算: 面談・会議, 通院同行 and 情報提供, added together.
pub fn medical_liaison_addition(t: &mut Trace, case: &Case, billed: &Billed) {
    medical_meeting(t, case, billed);
    let a = &case.adds;
    let n = accompany(
        t,
        &MEDICAL,
        "医療・保育・教育機関等連携加算（通院同行）",
        a.medical_accompany,
        a.medical_accompany_hospitals,
        key!("soudan.limit.medical.accompany_same_hospital"),
        key!("soudan.limit.medical.accompany"),
    );
    bill(t, &MEDICAL, key!("soudan.addition.medical.accompany"), n);
    medical_info(t, case, n > 0);
}

/// 面談又は会議: once in a month of 計画作成 or モニタリング (the figure by which),
/// not when 初回加算 or 退院・退所加算 is billed on information from the leaving
/// facility's staff alone.
fn medical_meeting(t: &mut Trace, case: &Case, billed: &Billed) {
    let a = &case.adds;
    if !a.medical_meeting {
        return;
    }
    let item = "医療・保育・教育機関等連携加算（面談・会議）";
    if case.service == Service::None {
        t.exclude(&MEDICAL, item, 1, "面談・会議は、計画作成（サービス利用支援）又はモニタリング（継続サービス利用支援）を行った場合の加算です。この月はどちらもありません。".into(), vec![cite(SEED, "§3 医療・保育・教育機関等連携加算（6〜7ページ）")]);
    } else if a.medical_meeting_discharge_only && (billed.initial || billed.discharge) {
        t.exclude(&MEDICAL, item, 1, "初回加算又は退院・退所加算を算定し、かつ退院・退所する施設の職員のみから情報の提供を受けているため、面談は算定できません。".into(), vec![cite(SEED, "§3 医療・保育・教育機関等連携加算 併給不可欄（6〜7ページ）")]);
    } else {
        let key = if case.service.has_plan() {
            key!("soudan.addition.medical.meeting_plan")
        } else {
            key!("soudan.addition.medical.meeting_monitoring")
        };
        let why = unit_reading(t).into_iter().collect();
        bill_with(t, &MEDICAL, key, 1, LineKind::Addition, why, vec![]);
    }
}

/// 情報提供: to 病院等 and to the others, each up to its limit; to a 病院等 the
/// case was accompanied to this month (`accompanied`), not billed twice.
fn medical_info(t: &mut Trace, case: &Case, accompanied: bool) {
    let a = &case.adds;
    let hospital_item = "医療・保育・教育機関等連携加算（情報提供・病院等）";
    let mut to_hospital = a.medical_info_hospital;
    if a.medical_info_same_hospital && accompanied && to_hospital > 0 {
        t.exclude(
            &MEDICAL,
            hospital_item,
            to_hospital,
            "病院等への情報提供と同じ月に、同じ病院等へ通院同行により情報提供しているため、重複して算定できません。"
                .into(),
            vec![cite(SEED, "§3 医療・保育・教育機関等連携加算「重複して算定できない」（6〜7ページ）")],
        );
        to_hospital = 0;
    }
    let each = key!("soudan.limit.medical.info_each");
    let n1 = t.cap(&MEDICAL, hospital_item, to_hospital, each);
    let n2 = t.cap(&MEDICAL, "医療・保育・教育機関等連携加算（情報提供・それ以外）", a.medical_info_other, each);
    bill(t, &MEDICAL, key!("soudan.addition.medical.info"), n1 + n2);
}

/// The guidebook's cell holds four numbers: the product's reading of them (in
/// the order of the 内容 column), stated with the figures.
fn unit_reading(t: &mut Trace) -> Option<Citation> {
    let mut v = Vec::new();
    for key in [
        key!("soudan.addition.medical.meeting_plan"),
        key!("soudan.addition.medical.meeting_monitoring"),
        key!("soudan.addition.medical.accompany"),
        key!("soudan.addition.medical.info"),
    ] {
        v.push(t.int(key)?.0.to_string());
    }
    let cell = v.join(" ");
    // prose-figure: the product's reading that the 面談 is billed once in the month, not a figure in data
    Some(reading(&format!("§3 医療・保育・教育機関等連携加算の単位数「{cell}」: 内容欄の記述の順（面談・計画作成、面談・モニタリング、通院同行、情報提供）に読み、面談は計画作成・モニタリングの月に1回とする")))
}
