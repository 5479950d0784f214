//! One day of 生活介護: whose time the band is read from (資料1 §2 (ア)(オ),
//! ★ポイント★, 問26), then the band, the units and the 延長支援加算.

use super::basic::{basic_units, extension_addition, time_band, Setting};
use super::input::{Day, Office, Situation, User};
use super::output::{DayResult, StandardTime};
use super::SEED;
use crate::engine::date::date_both;
use crate::engine::params::{cite, Ctx, PRODUCT_READING};
use crate::engine::problem::Problem;
use crate::engine::trace::{hm, Step, Trace};
use crate::rule;

/// The days whose band is read from the 標準的な時間: as planned, (ア) shorter
/// for an unavoidable reason, and 定期通院 (資料1 §1, §2 (ア), ★ポイント★).
fn standard_basis(s: Step, day: &Day) -> Step {
    let mut s = s.title("所要時間（標準的な時間で算定）");
    if let Some(a) = day.actual_minutes {
        s = s.input("実際のサービス提供時間", hm(a));
    }
    match day.situation {
        Situation::ShorterUnavoidable => s
            .note("やむを得ない事情で短くなった日は、標準的な時間で算定して差し支えありません。短い日が続く場合は計画の見直しを検討します。")
            .source(cite(SEED, "資料1 §2 (ア)")),
        Situation::ClinicVisit => s
            .note("定期通院による遅刻・早退・中抜けは、標準的な利用時間から差し引く必要はありません。")
            .source(cite(SEED, "資料1 §2 ★ポイント★")),
        _ => s
            .note("実際の利用時間ではなく、個別支援計画の標準的な時間で算定します。")
            .source(cite(SEED, "資料1 §1 基本的な考え方")),
    }
}

/// The days whose band is read from the actual time: (オ) longer for a
/// caregiver's work, 問26 short business days, and days shortened for no
/// unavoidable reason (the product's reading).
fn actual_basis(t: &mut Trace, s: Step, day: &Day, std_m: u32, field: &str) -> Step {
    let actual = day.actual_minutes.unwrap_or(0);
    let s = s.input("実際のサービス提供時間", hm(actual));
    match day.situation {
        Situation::LongerCaregiver => {
            if actual <= std_m {
                t.problems.push(Problem::inconsistent(
                    format!("{field}.actual_minutes"),
                    format!(
                        "（オ）は実際の時間が標準的な時間（{}）より長い日に使います（入力: {}）。",
                        hm(std_m),
                        hm(actual)
                    ),
                ));
            }
            s.title("所要時間（実際の時間で算定）")
                .note("介護者の就業その他の理由で標準的な時間より長くなり、日常生活上の世話を行った日は、実際に要した時間に応じた単位で算定して差し支えありません。")
                .source(cite(SEED, "資料1 §2 (オ)"))
        }
        Situation::ShortBusinessDay => s
            .title("所要時間（現にサービスを提供した時間で算定）")
            .note("運営規程で営業時間を平日より短くしている日は、現にサービスを提供した時間で算定します。")
            .source(cite(SEED, "資料1 §4 Q&A VOL.1 問26")),
        _ => s
            .title("所要時間（実際の時間で算定）")
            .note("資料1は、やむを得ない事情((ア))で短くなった日に限り標準的な時間での算定を認めています。それ以外の理由で短くなった日は、本製品は実際の時間で算定します（本製品の読み）。")
            .source(cite(SEED, "資料1 §2 (ア)"))
            .source(cite(PRODUCT_READING, "生活介護: やむを得ない事情によらず短くなった日")),
    }
}

rule!(pub BASIS = "seikatsu_kaigo.day.basis", "所要時間", source "資料1 §1、§2 (ア)(オ)・★ポイント★、Q&A VOL.1 問26", fn day_basis);
/// Whose time the day's band is read from: the 標準的な時間 or the actual
/// time. Returns (`standard`|`actual`, minutes).
pub fn day_basis(t: &mut Trace, st: &StandardTime, day: &Day, field: &str) -> (&'static str, u32) {
    let std_m = st.total_minutes;
    let s = Step::of(&BASIS).input("その日の状況", day.situation.label()).input("標準的な時間", hm(std_m));
    let (basis, minutes, s) = match day.situation {
        Situation::AsPlanned | Situation::ShorterUnavoidable | Situation::ClinicVisit => {
            ("standard", std_m, standard_basis(s, day))
        }
        _ => ("actual", day.actual_minutes.unwrap_or(0), actual_basis(t, s, day, std_m, field)),
    };
    t.step(s.value(hm(minutes)));
    (basis, minutes)
}

/// One day: its basis, 所要時間区分, 基本報酬 and 延長支援加算.
#[allow(clippy::too_many_arguments)]
pub(crate) fn day_units(
    c: &Ctx,
    set: &Setting,
    office: &Office,
    user: &User,
    st: &StandardTime,
    day: &Day,
    field: &str,
) -> Result<DayResult, Vec<Problem>> {
    let mut t = Trace::new(c, field);
    let (basis, basis_minutes) = day_basis(&mut t, st, day, field);
    let Some((band, capped)) = time_band(&mut t, user, basis_minutes) else {
        return Err(t.problems.into());
    };
    let basic = basic_units(&mut t, set, &band);
    let ext = extension_addition(&mut t, office, user, day.actual_minutes);
    let (t, (basic, ext)) = t.checked(basic.zip(ext), "seikatsu_kaigo.basic")?;
    Ok(DayResult {
        date: day.date.to_string(),
        date_label: date_both(day.date),
        situation: day.situation,
        situation_label: day.situation.label().to_string(),
        basis,
        basis_minutes,
        band: band.id.clone(),
        band_label: band.label.clone(),
        capped_for_resident: capped,
        basic_units: basic,
        extension_units: ext,
        total_units: basic + ext,
        steps: t.steps,
    })
}
