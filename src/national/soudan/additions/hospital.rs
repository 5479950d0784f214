//! 入院時情報連携加算 and 退院・退所加算 (seed 003 §3 実施加算).

use super::Billed;
use crate::engine::params::cite;
use crate::engine::trace::Trace;
use crate::engine::units::LineKind;
use crate::national::soudan::billing::{bill_with, limit, reading};
use crate::national::soudan::input::{Adds, Case};
use crate::national::soudan::marks::plan_month_only;
use crate::national::soudan::SEED;
use crate::{key, rule};

rule!(pub HOSPITAL_ADMISSION = "soudan.addition.hospital_info", "入院時情報連携加算", source "seed 003 §3 実施加算 入院時情報連携加算（6〜7ページ）", fn hospital_admission_liaison, keys ["soudan.addition.hospital_info.", "soudan.limit.hospital_info"]);
/// 入院時情報連携加算 (※D): (Ⅰ) and (Ⅱ) together up to the monthly limit, (Ⅰ)
/// first (the product's reading). Sets `hospital_i` and `hospital_any`.
pub fn hospital_admission_liaison(t: &mut Trace, a: &Adds, billed: &mut Billed) {
    if a.hospital_info_i + a.hospital_info_ii <= 0 {
        return;
    }
    let Some((max, lc, ll)) = limit(t, key!("soudan.limit.hospital_info")) else {
        return;
    };
    let i = a.hospital_info_i.min(max);
    let ii = a.hospital_info_ii.min(max - i);
    let rest = a.hospital_info_i + a.hospital_info_ii - i - ii;
    let r = &HOSPITAL_ADMISSION;
    let (key_i, key_ii) = (key!("soudan.addition.hospital_info.i"), key!("soudan.addition.hospital_info.ii"));
    let kind = LineKind::Addition;
    bill_with(t, r, key_i, i, kind, vec![lc.clone()], vec![]);
    bill_with(t, r, key_ii, ii, kind, vec![lc.clone()], vec![]);
    let reason = format!("{ll}: （Ⅰ）（Ⅱ）をあわせて{max}回までとし、（Ⅰ）を優先して算定します（本製品の解釈）。");
    // prose-figure: the quote is the guidebook's words; the limit itself is read
    let why = reading("§3 入院時情報連携加算「利用者1人につき月1回を限度」: （Ⅰ）（Ⅱ）あわせての限度とし、単位数の高い（Ⅰ）を優先する");
    t.exclude(r, "入院時情報連携加算", rest, reason, vec![lc, why]);
    billed.hospital_i = i > 0;
    billed.hospital_any = i + ii > 0;
}

rule!(pub DISCHARGE = "soudan.addition.discharge", "退院・退所加算", source "seed 003 §3 実施加算 退院・退所加算 ※A・併給不可欄（6〜7ページ）", fn discharge_addition, keys ["soudan.addition.discharge", "soudan.limit.discharge_stay"]);
/// 退院・退所加算: in a month of 計画作成 (※A), not with 初回加算 (併給不可), up to
/// the limit for one 入院・入所 less the times already billed. True when billed.
pub fn discharge_addition(t: &mut Trace, case: &Case, billed: &Billed) -> bool {
    let a = &case.adds;
    let item = "退院・退所加算";
    if a.discharge <= 0 || plan_month_only(t, (&DISCHARGE, item, a.discharge), case.service, "計画作成") {
        return false;
    }
    if billed.initial {
        t.exclude(
            &DISCHARGE,
            item,
            a.discharge,
            "併給不可: 初回加算を算定する月は退院・退所加算を算定できません。".into(),
            vec![cite(SEED, "§3 実施加算 退院・退所加算 併給不可欄「初回加算」（6〜7ページ）")],
        );
        return false;
    }
    let Some((max, lc, ll)) = limit(t, key!("soudan.limit.discharge_stay")) else {
        return false;
    };
    let remaining = (max - a.discharge_prior).max(0);
    let n = a.discharge.min(remaining);
    t.exclude(
        &DISCHARGE,
        item,
        a.discharge - n,
        format!("{ll}: 同じ入院・入所で既に{}回算定しているため、残り{remaining}回までです。", a.discharge_prior),
        vec![lc.clone()],
    );
    let key = key!("soudan.addition.discharge");
    bill_with(t, &DISCHARGE, key, n, LineKind::Addition, vec![lc], vec![]);
    n > 0
}
