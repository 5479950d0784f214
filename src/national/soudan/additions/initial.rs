//! 初回加算 (seed 003 §3 実施加算; seed 000 初回加算の要件①〜③): ※A, 併給不可
//! with the 連携加算・移行支援加算 of the previous 6 months, and the months of
//! 面接 when the plan took more than 3 months, up to the limit.

use super::Billed;
use crate::engine::params::cite;
use crate::engine::trace::{Step, Trace};
use crate::engine::units::LineKind;
use crate::national::soudan::billing::{bill_with, limit, reading};
use crate::national::soudan::input::{Case, PlanBasis};
use crate::national::soudan::marks::plan_month_only;
use crate::national::soudan::monitoring::months::months_between;
use crate::national::soudan::{SEED, SEED_000};
use crate::{key, key_fmt, rule};

rule!(pub INITIAL = "soudan.addition.first", "初回加算", source "seed 003 §3 実施加算 初回加算 ※A・併給不可欄（6〜7ページ）、seed 000 初回加算の要件", fn initial_addition, keys ["soudan.addition.first."]);
/// 初回加算: in a month of 計画作成 (※A), unless a 連携加算・移行支援加算 was
/// billed in the previous 6 months. True when billed.
pub fn initial_addition(t: &mut Trace, case: &Case) -> bool {
    if !case.adds.first {
        return false;
    }
    let item = "初回加算";
    let lacking = "計画作成（サービス利用支援）";
    if plan_month_only(t, (&INITIAL, item, 1), case.service, lacking) {
        return false;
    }
    if !initial_requirements(t, case) {
        return false;
    }
    if case.adds.prior_transition {
        t.exclude(&INITIAL, item, 1, "併給不可: 前6月間において居宅介護支援事業所等連携加算又は保育・教育等移行支援加算を算定しているため、初回加算は算定できません。".into(), vec![cite(SEED, "§3 実施加算 初回加算 併給不可欄（6〜7ページ）")]);
        return false;
    }
    let key = key_fmt!("soudan.addition.first.{}", case.kind.key());
    let sources = vec![
        cite(SEED, "§3 実施加算 初回加算 ※A（6〜7ページ）"),
        cite(SEED_000, "よくある相談支援関係請求エラー 1. 初回加算の算定 要件①〜③"),
    ];
    bill_with(t, &INITIAL, &key, 1, LineKind::Addition, sources, vec![]);
    true
}

rule!(pub INITIAL_REQUIREMENTS = "soudan.addition.first.requirements", "初回加算の要件①②（新規の計画作成、又は前6か月に障害福祉サービス等の利用なし）", source "seed 000 よくある相談支援関係請求エラー 1. 初回加算の算定 要件①②（※事業所変更があった場合でも、6か月以内の場合は算定不可）", fn initial_requirements, keys ["rule.soudan.addition.first.requirements", "soudan.addition.first.prior_use_months"]);
/// 初回加算's 要件①② (seed 000): a new plan (①), or no 障害福祉サービス nor
/// 地域相談支援 in the months before the month (②) — a change of office makes
/// no new plan. When the plan is not stated, billed as entered, with a note.
/// False when the 加算 is excluded.
pub fn initial_requirements(t: &mut Trace, case: &Case) -> bool {
    let a = &case.adds;
    let Some(basis) = a.plan_basis else {
        return true;
    };
    let rule = t.rule("soudan.addition.first.requirements");
    let (Some(rule), Some((months, mcit))) = (rule, t.int(key!("soudan.addition.first.prior_use_months"))) else {
        return false;
    };
    let month = t.ctx.month;
    let since = a.prior_use_month.map(|p| months_between(p, month));
    let within = since.filter(|d| (1..=months).contains(d));
    let prior = match (a.prior_use_month, since) {
        (Some(p), Some(d)) => format!("{}（{d}か月前）", p.both()),
        _ => "なし".to_string(),
    };
    let s = Step::of(&INITIAL_REQUIREMENTS)
        .input("この月の計画", basis.label())
        .input("障害福祉サービス等を利用した直近の月", prior)
        .source(rule)
        .source(mcit)
        .source(reading(&format!(
            "seed 000 要件②「利用する月の前{months}か月」: サービス提供月（計画作成の月）から遡って数える"
        )));
    let met = match (basis, within) {
        (PlanBasis::New, _) => Some("要件①に該当（新規の計画作成）".to_string()),
        (_, None) => Some(format!("要件②に該当（前{months}か月に利用なし）")),
        (_, Some(_)) => None,
    };
    if let Some(v) = met {
        t.step(s.value(v));
        return true;
    }
    t.step(s.value("要件①②に該当しない"));
    let why = format!("この月の前{months}か月に障害福祉サービス又は地域相談支援を利用しており（{}）、新規の計画作成でもないため、初回加算は算定できません。相談支援事業所の変更があった場合でも同じです。", basis.label());
    // prose-figure: the quote is seed 000's words; the period itself is read from the data
    t.exclude(&INITIAL_REQUIREMENTS, "初回加算", 1, why, vec![cite(SEED_000, "よくある相談支援関係請求エラー 1. 初回加算の算定 要件②「※事業所変更があった場合でも、６か月以内の場合は初回加算は算定不可」")]);
    false
}

rule!(pub INITIAL_EXTRA = "soudan.addition.first.extra", "初回加算（契約から3月超の面接月）", source "seed 003 §3 実施加算 初回加算「面接をした月の回数を加算」（6〜7ページ）、seed 000 要件③", fn initial_addition_extra_months, keys ["soudan.addition.first.", "soudan.limit.first_extra"]);
/// 初回加算 once more for each month of 面接 after the first 3 months, up to
/// the limit; only in a month that bills the 初回加算 itself.
pub fn initial_addition_extra_months(t: &mut Trace, case: &Case, billed: &Billed) {
    let months = case.adds.first_extra_months;
    let item = INITIAL_EXTRA.name;
    if months <= 0 {
        return;
    }
    if !billed.initial {
        t.exclude(
            &INITIAL,
            item,
            months,
            "初回加算を算定する月に限り重ねて算定します。この月は初回加算を算定しません。".into(),
            vec![cite(SEED, "§3 実施加算 初回加算（6〜7ページ）")],
        );
        return;
    }
    let limit_key = key!("soudan.limit.first_extra");
    let n = t.cap(&INITIAL, item, months, limit_key);
    let Some((max, _, _)) = limit(t, limit_key) else {
        return;
    };
    let sources = vec![
        // prose-figure: the quote is the guidebook's words; the limit itself is read
        reading(&format!("§3 初回加算「面接をした月の回数を加算。3回を限度」: 初回加算の単位数を面接月の数（{max}回まで）だけ重ねて加算する")),
        cite(SEED_000, "初回加算 要件③"),
    ];
    // prose-figure: 要件③'s period and frequency (seed 000), not figures the product computes with
    let note = "初回加算に加えて、契約日から計画案交付まで3月を超え、3月経過後に月2回以上面接した月の数だけ初回加算の単位数を重ねて算定します（本製品の解釈）。";
    let key = key_fmt!("soudan.addition.first.{}", case.kind.key());
    bill_with(t, &INITIAL_EXTRA, &key, n, LineKind::Addition, sources, vec![note.into()]);
    if let Some(l) = t.lines.last_mut().filter(|l| l.rule == INITIAL_EXTRA.id) {
        l.item = item.to_string();
    }
    if let Some(s) = t.steps.last_mut().filter(|s| s.rule == INITIAL_EXTRA.id) {
        s.title = item.to_string();
    }
}
