//! The ※ marks of the guidebook's table (seed 003 §3): when in the
//! month a 加算 may be billed. A 加算 a mark rules out is excluded (with the
//! reason and the source), never a problem.
//!
//! * A = サービス等利用計画作成時: needs 計画作成 (サービス利用支援) in the month ([`plan_month_only`]);
//! * B = モニタリング実施時: needs モニタリング (継続サービス利用支援) ([`monitoring_month_only`]);
//! * C = 基本報酬との併給不可: only in a month without 基本報酬 ([`not_with_basic`]);
//! * D = 単独で請求可能: billed with or without 基本報酬 (nothing to check).
//!
//! The 併給不可 entries between two 加算 are applied where each 加算 is.

use super::input::Service;
use super::SEED;
use crate::engine::params::cite;
use crate::engine::rules::Rule;
use crate::engine::trace::{Citation, Trace};

const MARKS: &str =
    "§3 ※ A：サービス等利用計画作成時 B：モニタリング実施時 C：基本報酬との併給不可 D：単独で請求可能（6〜7ページ）";

/// The legend of the ※ marks.
pub fn mark_cite() -> Citation {
    cite(SEED, MARKS)
}

/// The entered times of a 加算 a mark or a 併給不可 entry may rule out: its
/// rule, its name and the count entered.
pub type Entered<'a> = (&'a Rule, &'a str, i64);

/// Unless `allowed`, excludes the entered times with the reason `why` (given
/// the item's name), citing `sources`. True when excluded.
fn unless(
    t: &mut Trace,
    (rule, item, count): Entered,
    allowed: bool,
    why: impl FnOnce(&str) -> String,
    sources: Vec<Citation>,
) -> bool {
    if !allowed {
        t.exclude(rule, item, count, why(item), sources);
    }
    !allowed
}

/// ※A: without 計画作成 in the month, the entered times are excluded
/// (`lacking` names what the month lacks). True when excluded.
pub fn plan_month_only(t: &mut Trace, e: Entered, service: Service, lacking: &str) -> bool {
    let why = |item: &str| format!("{item}は※A（サービス等利用計画作成時）の加算です。この月に{lacking}がありません。");
    unless(t, e, service.has_plan(), why, vec![mark_cite()])
}

/// ※B: without モニタリング in the month, the entered times are excluded.
/// True when excluded.
pub fn monitoring_month_only(t: &mut Trace, e: Entered, service: Service, row: Citation) -> bool {
    let why = |item: &str| {
        format!(
            "{item}は※B（モニタリング実施時）の加算です。この月にモニタリング（継続サービス利用支援）がありません。"
        )
    };
    unless(t, e, service.has_monitoring(), why, vec![mark_cite(), row])
}

/// ※C: in a month with 基本報酬, the entered times are excluded. True when excluded.
pub fn not_with_basic(t: &mut Trace, e: Entered, service: Service, row: Citation) -> bool {
    let why = |item: &str| format!("{item}は※C（基本報酬との併給不可）です。この月は基本報酬を算定します。");
    unless(t, e, service == Service::None, why, vec![mark_cite(), row])
}

/// 併給不可: with `other` (a 加算 billed this month that rules this one out,
/// if any), the entered times are excluded, citing the table's `row`. True
/// when excluded.
pub fn not_with(t: &mut Trace, e: Entered, other: Option<&str>, row: Citation) -> bool {
    let (allowed, other) = (other.is_none(), other.unwrap_or_default());
    let why = |item: &str| format!("併給不可: 同じ月に{other}を算定するため、{item}は算定できません。");
    unless(t, e, allowed, why, vec![row])
}
