//! 整備費 (設置費補助金①〜④, 資料4 第3節 4): ① 権利取得費・家屋改造費 (上限額 by
//! スプリンクラーの有無); ② 既存の賃貸物件の権利取得費 and 施設整備費; ③ 施設整備費
//! （新築）; ④ 施設整備費（改修）. ②の施設整備費 and ③④ ※: 法人が補助対象経費の内、
//! 1/4以上を負担した場合に上限額の範囲内で補助.

use super::input::Maintenance;
use super::output::Grant;
use crate::engine::params::{cite, PRODUCT_READING};
use crate::engine::problem::Problem;
use crate::engine::rounding::Rounding;
use crate::engine::trace::{yen, Citation, Step, Trace};
use crate::local::yokohama::gh::amounts;
use crate::local::yokohama::gh::prose::fraction;
use crate::{key, key_fmt, rule};
use rust_decimal::Decimal;

/// The corporation's least share of the 補助対象経費 (※), and what is left to the city.
pub struct Share {
    pub min: Decimal,
    pub rest: Decimal,
    pub source: Citation,
}

/// `(key, label)` of the スプリンクラー column of ①②'s 上限額.
fn sprinkler_column(m: &Maintenance) -> (&'static str, &'static str) {
    if m.sprinkler {
        ("sprinkler", "スプリンクラーあり")
    } else {
        ("no-sprinkler", "スプリンクラーなし")
    }
}

/// 整備費 of the kind entered, or none.
pub fn maintenance(t: &mut Trace, rule: &Citation, m: &Maintenance) -> Option<Option<Grant>> {
    let Some(kind) = m.kind else {
        return Some(None);
    };
    let share = corporate_share(t)?;
    let (st, g) = match kind {
        1 => maintenance_rights_remodel(t, rule, m)?,
        2 => maintenance_rented_facility(t, rule, m, &share)?,
        _ => maintenance_facility(t, rule, m, &share)?,
    };
    t.step(st.value(yen(g.grant)).note("原則、実績払い。設置費用の確定後、交付申請書兼実績報告書を提出（第3節 2）。"));
    Some(Some(g))
}

/// ※ 法人が補助対象経費の内、負担する割合の下限 (the figure), and the rest.
fn corporate_share(t: &mut Trace) -> Option<Share> {
    let f = t.figure(key!("yokohama_gh.setup.corporate_share.min"))?;
    let Some(rest) = Decimal::ONE.checked_sub(f.value) else {
        t.problems.push(Problem::data_error(&f.key, "割合を計算できません"));
        return None;
    };
    Some(Share { min: f.value, rest, source: f.citation })
}

/// The city's part of `cost`: cost × (1 − the corporation's share), 1円未満切捨て.
fn city_part(t: &mut Trace, cost: i64, share: &Share) -> Option<i64> {
    amounts::times(t, cost, share.rest, Rounding::FloorYen, "補助対象経費の補助割合分")
}

/// The product's reading of ※, with the document's example (③: the least cost
/// whose city part reaches ③'s 上限額).
fn share_note(t: &mut Trace, share: &Share) -> Option<String> {
    let (cap3, _) = t.int(key!("yokohama_gh.setup.maintenance-3.cap"))?;
    let example = Decimal::from(cap3).checked_div(share.rest);
    let example = amounts::round(t, Rounding::CeilYen, example, "資料4の例の補助対象経費")?;
    Some(format!(
        "本製品の解釈: 「法人が補助対象経費の内、{}以上を負担した場合に上限額の範囲内で補助」を、補助額は上限額と補助対象経費の{}（{}）の少ない方と読みます（例: 補助対象経費{}以上→{}）。",
        fraction(share.min),
        fraction(share.rest),
        Rounding::FloorYen.label(),
        yen(example),
        yen(cap3)
    ))
}

/// The city's part of `cost` held to `cap`: (grant, `share` or `cap`).
fn part_within(part: i64, cap: i64) -> (i64, &'static str) {
    if part <= cap {
        (part, "share")
    } else {
        (cap, "cap")
    }
}

rule!(pub MAINTENANCE_1 = "yokohama_gh.setup.maintenance-1", "整備費（設置費補助金①）", source "資料4 第3節 4 (1) 整備費（権利取得費・家屋改造費）", fn maintenance_rights_remodel, keys ["rule.yokohama_gh.setup", "yokohama_gh.setup.maintenance-1.cap.", "yokohama_gh.setup.corporate_share.min"]);
/// 設置費補助金① 整備費: 権利取得費 + 家屋改造費, up to the 上限額 of the
/// スプリンクラー column (本製品の解釈: the cap is on the sum).
pub fn maintenance_rights_remodel(t: &mut Trace, rule: &Citation, m: &Maintenance) -> Option<(Step, Grant)> {
    let (sp_key, sp_label) = sprinkler_column(m);
    let (cap, cit) = t.int(&key_fmt!("yokohama_gh.setup.maintenance-1.cap.{}", sp_key))?;
    let (rights, remodel) = (m.rights, m.remodel);
    let cost = amounts::sum(t, [rights, remodel], "権利取得費と家屋改造費の合計")?;
    let st = Step::of(&MAINTENANCE_1)
        .source(rule.clone())
        .input("権利取得費", yen(rights))
        .input("家屋改造費", yen(remodel))
        .input(&format!("補助上限額（{sp_label}）"), yen(cap))
        .source(cit)
        .note("権利取得費と家屋改造費の合計を補助対象経費とし、上限額と比べて少ない方（本製品の解釈: ①の上限額は両費目の合計に対するもの）。")
        .source(cite(PRODUCT_READING, "資料4 第3節 4 (1) 整備費 補助上限額は権利取得費・家屋改造費の合計"));
    Some((st, Grant::lesser(cost, cap)))
}

rule!(pub MAINTENANCE_2 = "yokohama_gh.setup.maintenance-2", "整備費（設置費補助金②）", source "資料4 第3節 4 (2) 権利取得費・施設整備費（既存の賃貸物件）", fn maintenance_rented_facility, keys ["rule.yokohama_gh.setup", "yokohama_gh.setup.maintenance-2.", "yokohama_gh.setup.corporate_share.min", "yokohama_gh.setup.maintenance-3.cap"]);
/// 設置費補助金② (既存の賃貸物件): 権利取得費 up to its 上限額, and 施設整備費's
/// city part (※) up to the 上限額 of the スプリンクラー column.
pub fn maintenance_rented_facility(
    t: &mut Trace,
    rule: &Citation,
    m: &Maintenance,
    share: &Share,
) -> Option<(Step, Grant)> {
    let (sp_key, sp_label) = sprinkler_column(m);
    let (rcap, rcit) = t.int(key!("yokohama_gh.setup.maintenance-2.rights.cap"))?;
    let (fcap, fcit) = t.int(&key_fmt!("yokohama_gh.setup.maintenance-2.facility.cap.{}", sp_key))?;
    let (rights, fcost) = (m.rights, m.facility);
    let rg = Grant::lesser(rights, rcap).grant;
    let part = city_part(t, fcost, share)?;
    let (fg, fby) = part_within(part, fcap);
    let note = share_note(t, share)?;
    let (min, rest) = (fraction(share.min), fraction(share.rest));
    let st = Step::of(&MAINTENANCE_2)
        .source(rule.clone())
        .input("権利取得費", yen(rights))
        .input("権利取得費の補助上限額", yen(rcap))
        .input("施設整備費（補助対象経費）", yen(fcost))
        .input(&format!("施設整備費の{rest}"), yen(part))
        .input(&format!("施設整備費の補助上限額（{sp_label}）"), yen(fcap))
        .source(rcit)
        .source(fcit)
        .source(share.source.clone())
        .source(cite(PRODUCT_READING, &format!("資料4 第3節 4 (2)(3) ※法人負担{min}以上")))
        .note(format!("権利取得費 {}（{min}負担の※は施設整備費のみに付いています）、施設整備費 {}", yen(rg), yen(fg)))
        .note(note);
    let g = Grant {
        eligible_cost: amounts::sum(t, [rights, fcost], "補助対象経費")?,
        cap: amounts::sum(t, [rcap, fcap], "補助上限額")?,
        grant: amounts::sum(t, [rg, fg], "補助額")?,
        limited_by: fby,
        reason: String::new(),
    };
    Some((st, g))
}

rule!(pub MAINTENANCE_3 = "yokohama_gh.setup.maintenance-3", "整備費（設置費補助金③）", source "資料4 第3節 4 (3) 施設整備費（新築・法人所有）", fn maintenance_facility, keys ["rule.yokohama_gh.setup", "yokohama_gh.setup.maintenance-3.cap", "yokohama_gh.setup.corporate_share.min"]);
rule!(pub MAINTENANCE_4 = "yokohama_gh.setup.maintenance-4", "整備費（設置費補助金④）", source "資料4 第3節 4 (3) 施設整備費（改修・法人所有）", fn maintenance_facility, keys ["rule.yokohama_gh.setup", "yokohama_gh.setup.maintenance-4.cap", "yokohama_gh.setup.corporate_share.min", "yokohama_gh.setup.maintenance-3.cap"]);
/// 設置費補助金③ 施設整備費（新築・法人所有）and ④（改修・法人所有）: the
/// city part (※) of the 施設整備費 up to the kind's 上限額.
pub fn maintenance_facility(t: &mut Trace, rule: &Citation, m: &Maintenance, share: &Share) -> Option<(Step, Grant)> {
    let (kind, cap_key) = if m.kind == Some(3) {
        (&MAINTENANCE_3, key!("yokohama_gh.setup.maintenance-3.cap"))
    } else {
        (&MAINTENANCE_4, key!("yokohama_gh.setup.maintenance-4.cap"))
    };
    let (cap, cit) = t.int(cap_key)?;
    let st = Step::of(kind).source(rule.clone());
    let fcost = m.facility;
    let part = city_part(t, fcost, share)?;
    let (g, by) = part_within(part, cap);
    let note = share_note(t, share)?;
    let (min, rest) = (fraction(share.min), fraction(share.rest));
    let st = st
        .input("施設整備費（補助対象経費）", yen(fcost))
        .input(&format!("補助対象経費の{rest}（法人負担{min}以上）"), yen(part))
        .input("補助上限額", yen(cap))
        .source(cit)
        .source(share.source.clone())
        .source(cite(PRODUCT_READING, &format!("資料4 第3節 4 (2)(3) ※法人負担{min}以上")))
        .note(note);
    let g = Grant { eligible_cost: fcost, cap, grant: g, limited_by: by, reason: String::new() };
    Some((st, g))
}
