//! What the case's month may bill, before its 基本報酬 and 加算: a 継続サービス
//! 利用支援 only in a month the 受給者証 sets for モニタリング (seed 003 §7 Q&A 7;
//! seed 000 よくある請求エラー 2.), and 継続サービス利用支援 then サービス利用
//! 支援 in one month as one fee unless the 市町村 decided both (相談支援 Q&A
//! 平成24年3月6日, 平成29年3月31日). What a condition rules out is excluded
//! with the reason (the 加算 of ※B follow: no モニタリング is billed).

use super::input::{Case, Service};
use super::{SEED, SEED_000};
use crate::engine::date::YearMonth;
use crate::engine::params::cite;
use crate::engine::trace::{Step, Trace};
use crate::rule;

/// Whether the 受給者証 sets `month` for モニタリング (`None`: not entered).
fn month_is_set(case: &Case, month: YearMonth) -> Option<bool> {
    case.monitoring_months.as_ref().map(|ms| ms.contains(&month))
}

/// The support billed this month (the conditions below applied, no steps):
/// what the 40件 count and the ※ marks read.
pub fn billed_service(case: &Case, month: YearMonth) -> Service {
    let s = match (case.service, month_is_set(case, month)) {
        (Service::Monitoring, Some(false)) => Service::None,
        (Service::Both, Some(false)) => Service::Plan,
        (s, _) => s,
    };
    match s {
        Service::Both if !case.both_decided => Service::Plan,
        s => s,
    }
}

/// The 基本報酬 item of モニタリング, by the case's kind.
fn monitoring_fee(case: &Case) -> &'static str {
    match case.kind {
        super::input::CaseKind::Keikaku => "継続サービス利用支援費",
        super::input::CaseKind::Ji => "継続障害児支援利用援助費",
    }
}

rule!(pub CERTIFICATE_MONTH = "soudan.basic.certificate_month", "継続サービス利用支援は受給者証のモニタリング実施予定月に限る", source "seed 003 §7 Q&A 7「給付費の算定はモニタリング実施予定月のみ」; seed 000 よくある相談支援関係請求エラー 2.", fn certificate_month, keys ["rule.soudan.certificate_month"]);
/// A モニタリング entered for a month the 受給者証 does not set: its fee is
/// excluded with the reason. Nothing when the months are not entered.
pub fn certificate_month(t: &mut Trace, case: &Case) {
    let month = t.ctx.month;
    let Some(set) = month_is_set(case, month).filter(|_| case.service.has_monitoring()) else {
        return;
    };
    let Some(rule) = t.rule("soudan.certificate_month") else {
        return;
    };
    let months: Vec<String> = case.monitoring_months.iter().flatten().map(|m| m.wareki()).collect();
    if set {
        t.step(
            Step::of(&CERTIFICATE_MONTH)
                .input("受給者証のモニタリング実施予定月", months.join("、"))
                .input("サービス提供月", month.both())
                .value("予定月（算定できます）")
                .source(rule),
        );
        return;
    }
    let why = format!("{}は受給者証のモニタリング実施予定月（{}）ではないため、{}は請求できません（請求エラーとなります）。市町村がモニタリング期間を変更した場合は、変更後の月を入力してください。", month.wareki(), months.join("、"), monitoring_fee(case));
    let sources = vec![
        rule,
        cite(SEED, "§7 Q&A 7"),
        cite(
            SEED_000,
            "よくある相談支援関係請求エラー 2.「モニタリング実施予定月」以外で国保連に請求を行うと、請求エラー",
        ),
    ];
    t.exclude(&CERTIFICATE_MONTH, monitoring_fee(case), 1, why, sources);
}

rule!(pub SAME_MONTH = "soudan.basic.same_month", "同じ月の継続サービス利用支援とサービス利用支援（市町村が両方を決定した場合を除きサービス利用支援費のみ）", source "相談支援 Q&A（平成24年3月6日）; 相談支援 Q&A（平成29年3月31日）", fn same_month, keys ["rule.soudan.same_month", "rule.soudan.same_month.both_decided"]);
/// 継続サービス利用支援 then サービス利用支援 in one month: サービス利用支援費
/// only, unless the 市町村 decided both (then both fees).
pub fn same_month(t: &mut Trace, case: &Case) {
    let month = t.ctx.month;
    if case.service != Service::Both || month_is_set(case, month) == Some(false) {
        return;
    }
    let one = t.rule("soudan.same_month");
    let both = t.rule("soudan.same_month.both_decided");
    let (Some(one), Some(both)) = (one, both) else {
        return;
    };
    let decided = if case.both_decided { "はい" } else { "いいえ" };
    let s = Step::of(&SAME_MONTH)
        .input("この月の支援", case.service.label(case.kind))
        .input("市町村が同じ月に両方を行うと決定", decided);
    if case.both_decided {
        t.step(s.value("両方を算定").source(both));
        return;
    }
    t.step(s.value("計画作成の報酬のみ").source(one.clone()));
    let why = format!("同じ月に継続サービス利用支援を行った後にサービス利用支援を行ったため、{}は算定せず、計画作成の報酬のみを算定します（市町村が同じ月に両方を行うと決定した場合を除く）。", monitoring_fee(case));
    t.exclude(&SAME_MONTH, monitoring_fee(case), 1, why, vec![one, both]);
}
