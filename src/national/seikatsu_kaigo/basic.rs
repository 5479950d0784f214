//! 生活介護サービス費（基本報酬）: 利用定員の区分 × 障害支援区分 × 所要時間区分
//! (告示 別表 第6の1), with 施設入所者's upper band (資料1 §3), and the
//! 延長支援加算 (告示 別表 第6の6).

use super::input::{Kubun, Office, User};
use crate::engine::params::{cite, Band, Ctx, PRODUCT_READING};
use crate::engine::problem::Problem;
use crate::engine::trace::{hm, hours, units, Citation, Step, Trace};
use crate::{key, key_fmt, key_group, rule};
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;

/// The office's 利用定員 tier and the user's 区分, shared by every day.
pub struct Setting {
    pub tier: Band,
    pub kubun: Kubun,
}

rule!(pub KUBUN = "seikatsu_kaigo.kubun", "障害支援区分", source "告示 別表 第6の1", fn setting);
rule!(pub CAPACITY_TIER = "seikatsu_kaigo.capacity_tier", "利用定員の区分", source "告示 別表 第6の1 注", fn setting, keys ["seikatsu_kaigo.capacity_tier.", "rule.seikatsu_kaigo.basic"]);
/// 利用定員の区分 and 障害支援区分: the row and column of the 基本報酬 table.
pub fn setting(c: &Ctx, office: &Office, user: &User) -> Result<(Setting, Vec<Step>), Problem> {
    let rule = c.rule("seikatsu_kaigo.basic")?;
    let tier = c
        .band(key_group!("seikatsu_kaigo.capacity_tier"), Decimal::from(office.capacity))
        .map_err(|e| e.at("office.capacity"))?;
    let steps = vec![
        Step::of(&CAPACITY_TIER)
            .input("利用定員", format!("{}人", office.capacity))
            .value(tier.label.clone())
            .source(tier.citation.clone()),
        Step::of(&KUBUN).input("障害支援区分", user.kubun.label()).value(user.kubun.label()).source(rule),
    ];
    Ok((Setting { tier, kubun: user.kubun }, steps))
}

/// A band's label without its heading and remarks: `8時間以上9時間未満`.
fn short_label(b: &Band) -> &str {
    let l = b.label.split('（').next().unwrap_or(&b.label);
    crate::engine::rows::trim_prefix(l, "所要時間区分 ")
}

/// The highest 所要時間区分 (a longer day stays in it).
fn top_band(c: &Ctx) -> Option<Band> {
    c.band(key_group!("seikatsu_kaigo.time_band"), Decimal::from(u32::MAX)).ok()
}

rule!(pub BAND = "seikatsu_kaigo.day.band", "所要時間区分", source "資料1 §1（所要時間による区分）、§3（施設入所者）", fn time_band, keys ["seikatsu_kaigo.time_band.", "seikatsu_kaigo.resident.max_band_lower_minutes", "seikatsu_kaigo.extension_band."]);
/// 所要時間区分 for `basis_minutes`: a day beyond the highest band stays in it,
/// and a 施設入所者 is held to the upper band the data sets (資料1 §3).
/// Returns the band and whether it was lowered for a 施設入所者.
pub fn time_band(t: &mut Trace, user: &User, basis_minutes: u32) -> Option<(Band, bool)> {
    let band = t.take(t.ctx.band(key_group!("seikatsu_kaigo.time_band"), Decimal::from(basis_minutes)));
    let cap = t.int(key!("seikatsu_kaigo.resident.max_band_lower_minutes"));
    let (mut band, (cap, cap_cit)) = (band?, cap?);
    let mut s = Step::of(&BAND).input("所要時間", hm(basis_minutes)).source(band.citation.clone());
    let over_top = t.ctx.band(key_group!("seikatsu_kaigo.extension_band"), Decimal::from(basis_minutes));
    if let (Ok(ext), Some(top)) = (over_top, top_band(t.ctx)) {
        s = s.note(format!(
            "{}以上の場合も{}の区分で算定し、超える時間は延長支援加算（届出がある場合）の対象です。",
            hours(ext.lower.to_u32().unwrap_or_default()),
            short_label(&top)
        ));
    }
    let mut capped = false;
    if user.facility_resident && band.lower > Decimal::from(cap) {
        let lowered = t.take(t.ctx.band(key_group!("seikatsu_kaigo.time_band"), Decimal::from(cap)))?;
        s = s
            .input("施設入所者", "はい")
            .note(format!("施設入所者は{}を算定できないため、{}で算定します。", short_label(&band), lowered.label))
            .source(cap_cit);
        band = lowered;
        capped = true;
    }
    t.step(s.value(band.label.clone()));
    Some((band, capped))
}

rule!(pub BASIC_UNITS = "seikatsu_kaigo.day.basic_units", "生活介護サービス費（基本報酬）", source "告示 別表 第6の1", fn basic_units, keys ["seikatsu_kaigo.basic."]);
/// 生活介護サービス費: the units of the cell 定員区分 × 区分 × 所要時間区分.
pub fn basic_units(t: &mut Trace, set: &Setting, band: &Band) -> Option<i64> {
    let key = key_fmt!("seikatsu_kaigo.basic.{}.{}.{}", set.tier.id, set.kubun.key(), band.id);
    let (u, cit) = t.int(&key)?;
    t.step(
        Step::of(&BASIC_UNITS)
            .input("利用定員", set.tier.label.clone())
            .input("障害支援区分", set.kubun.label())
            .input("所要時間区分", band.label.clone())
            .value(units(u))
            .source(cit),
    );
    Some(u)
}

rule!(pub EXTENSION = "seikatsu_kaigo.day.extension", "延長支援加算", source "告示 別表 第6の6（所要時間9時間以上）", fn extension_addition, keys ["rule.seikatsu_kaigo.extension", "seikatsu_kaigo.extension_band.", "seikatsu_kaigo.extension."]);
/// 延長支援加算: by the day's actual time, for an office that holds it; never
/// for a 施設入所者 (see [`resident_extension_note`]). 0 when it does not apply.
pub fn extension_addition(t: &mut Trace, office: &Office, user: &User, actual: Option<u32>) -> Option<i64> {
    let Some(a) = actual.filter(|_| office.extension_addition && !user.facility_resident) else {
        return Some(0);
    };
    let rule: Citation = t.rule("seikatsu_kaigo.extension")?;
    let Ok(eb) = t.ctx.band(key_group!("seikatsu_kaigo.extension_band"), Decimal::from(a)) else {
        return Some(0);
    };
    let (u, cit) = t.int(&key_fmt!("seikatsu_kaigo.extension.{}", eb.id))?;
    t.step(
        Step::of(&EXTENSION)
            .input("実際のサービス提供時間", hm(a))
            .input("区分", eb.label.clone())
            .value(units(u))
            .source(rule)
            .source(cit)
            .note("所要時間は実際のサービス提供時間で判断し、送迎のみの時間は含みません。"),
    );
    Some(u)
}

rule!(pub EXTENSION_RESIDENT = "seikatsu_kaigo.extension.resident", "延長支援加算（施設入所者）", source "本製品の解釈", fn resident_extension_note);
/// 延長支援加算 is not computed for 施設入所者: a note for the month/day steps.
pub fn resident_extension_note(office: &Office, user: &User) -> Option<Step> {
    (office.extension_addition && user.facility_resident).then(|| {
        Step::of(&EXTENSION_RESIDENT)
            .value(units(0))
            .note("施設入所者には、本製品は延長支援加算を算定しません（施設入所支援の時間帯と重なるため。要確認）。")
            .source(cite(PRODUCT_READING, "生活介護: 施設入所者の延長支援加算"))
    })
}

/// A day's band and units for a given time (the yen chain's 生活介護 lines).
pub struct BandUnits {
    pub band: Band,
    pub units: i64,
    pub steps: Vec<Step>,
}

/// 所要時間区分 and 基本報酬 for `basis_minutes`, with their steps.
pub fn band_units(c: &Ctx, set: &Setting, user: &User, basis_minutes: u32) -> Result<BandUnits, Vec<Problem>> {
    let mut t = Trace::new(c, "");
    let Some((band, _)) = time_band(&mut t, user, basis_minutes) else {
        return Err(t.problems.into());
    };
    let units = basic_units(&mut t, set, &band);
    let (t, units) = t.checked(units, "seikatsu_kaigo.basic")?;
    Ok(BandUnits { band, units, steps: t.steps })
}
