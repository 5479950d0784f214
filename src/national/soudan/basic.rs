//! 基本報酬 (seed 003 §3 基本報酬): the office's 機能強化型 and the
//! 取扱件数 band — the cases, oldest contract first, at places below 40 × 員数
//! (常勤換算) take the office's band, the rest take (Ⅱ).

use super::billing::{bill_with, reading};
use super::input::{Case, Office, Service};
use crate::engine::params::Ctx;
use crate::engine::problem::Problem;
use crate::engine::trace::{Citation, Step, Trace};
use crate::engine::units::LineKind;
use crate::{key, key_fmt, rule};
use rust_decimal::Decimal;

/// The place from which cases are (Ⅱ): the threshold figure × 員数.
pub struct Threshold {
    /// The figure per 相談支援専門員 (`soudan.case_threshold`).
    pub per_staff: Decimal,
    /// 員数 × the figure.
    pub value: Decimal,
    pub citation: Citation,
}

rule!(pub OFFICE = "soudan.office", "事業所の区分と取扱件数の区分", source "seed 003 §3 基本報酬「40未満」「40以上」（6〜7ページ）", fn office_band, keys ["rule.soudan.basic", "rule.soudan.addition", "soudan.case_threshold"]);
/// The office's 機能強化型 and where the (Ⅱ) band begins among the cases billed
/// a 基本報酬 (`basic_count` of them this month).
pub fn office_band(c: &Ctx, office: &Office, basic_count: usize) -> Result<(Threshold, Step), Problem> {
    let rule_basic = c.rule("soudan.basic")?;
    let rule_add = c.rule("soudan.addition")?;
    let th = c.figure(key!("soudan.case_threshold"))?;
    let fte = office.staff_fte.normalize();
    let per = th.value.normalize();
    let value = th
        .value
        .checked_mul(office.staff_fte)
        .ok_or_else(|| Problem::overflow("office.staff_fte", "取扱件数の区分"))?;
    let step = Step::of(&OFFICE)
        .input("機能強化型", office.kind.label())
        .input("相談支援専門員の員数（常勤換算）", format!("{fte}人"))
        .input("この月に基本報酬を算定するケース", format!("{basic_count}件"))
        .value(format!("取扱順{}件目以降（{per}×{fte}）は（Ⅱ）", value.normalize()))
        .source(rule_basic)
        .source(rule_add)
        .source(th.citation.clone())
        // The row labels quoted are the guidebook's words; the threshold is the figure.
        .source(reading(&format!("§3 基本報酬 40未満／40以上: 原典は「40未満」「40以上」のみ。ケースを契約の古い順に並べ、取扱順が{per}×員数（常勤換算）未満のケースに事業所の区分、以上のケースに（Ⅱ）を適用する")))
        .note("取扱件数は、この月に計画作成又はモニタリングで基本報酬を算定するケース（計画相談と障害児相談の合計）を契約の古い順（入力の順）に数えます（本製品の解釈）。");
    let threshold = Threshold { per_staff: th.value, value, citation: th.citation };
    Ok((threshold, step))
}

rule!(pub BASIC = "soudan.basic", "基本報酬（サービス利用支援費・継続サービス利用支援費、障害児支援利用援助費・継続障害児支援利用援助費）", source "seed 003 §3 基本報酬（6〜7ページ）", fn basic_units, keys ["soudan.basic."]);
/// 基本報酬 of the case at `position` among those billed one: the office's band
/// below the threshold, (Ⅱ) from it; both fees when the month bills both
/// (the same band: the case holds one place). Returns the band.
pub fn basic_units(t: &mut Trace, office: &Office, case: &Case, position: usize, th: &Threshold) -> String {
    let within = Decimal::from(position) < th.value;
    let band = if within { office.kind.band() } else { "ii" };
    let per = th.per_staff.normalize();
    let (side, which) = if within {
        ("未満の", "事業所の区分".to_string())
    } else {
        ("以上の", format!("（Ⅱ）（取扱件数{per}以上の部分）"))
    };
    let mut note = format!(
        "取扱順{position}件目: {position}は{per}×員数＝{}{side}ため、{which}を算定します。",
        th.value.normalize()
    );
    if case.service == Service::Both {
        note.push_str(
            // prose-figure: "counted once", not a figure
            "同じ月に両方を算定するケースも、取扱件数では1件として数えます（本製品の解釈）。",
        );
    }
    let mut sources = vec![
        th.citation.clone(),
        reading(&format!("§3 基本報酬 40未満／40以上: 契約の古い順に並べ、{per}×相談支援専門員の員数（常勤換算）番目以降のケースを（Ⅱ）とする")),
    ];
    if case.service == Service::Both {
        sources.push(reading(
            // prose-figure: "one place", not a figure
            "同じ月にモニタリングと計画作成の両方を算定するケースは、取扱件数で1件として数える",
        ));
    }
    let svcs = [(case.service.has_plan(), "plan"), (case.service.has_monitoring(), "monitoring")];
    for svc in svcs.iter().filter(|(on, _)| *on).map(|(_, s)| *s) {
        let key = key_fmt!("soudan.basic.{}.{}.{}", case.kind.key(), svc, band);
        let (sources, notes) = (sources.clone(), vec![note.clone()]);
        bill_with(t, &BASIC, &key, 1, LineKind::Basic, sources, notes);
    }
    band.to_string()
}
