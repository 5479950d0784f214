//! 国の標準期間 (seed 003 §5【国の標準期間】, 施行規則第6条の16): the
//! period of each service used, of the 集中的に支援が必要な者 and of a 新規
//! user, and the shortest of them.

use super::input::MonitoringInput;
use crate::engine::params::cite;
use crate::engine::trace::{Citation, Step, Trace};
use crate::national::soudan::SEED;
use crate::{key, key_fmt, rule};

rule!(pub SERVICE_PERIOD = "soudan.monitoring.period", "サービスごとの国の標準期間", source "seed 003 §5【国の標準期間】（施行規則第6条の16、10〜12ページ）", fn period_of, keys ["soudan.monitoring.period."]);
/// The standard period the figure `key` sets, for the reason `why`.
pub fn period_of(t: &mut Trace, key: &str, why: String) -> Option<(i64, String)> {
    let (v, cit) = t.int(key)?;
    t.step(Step::of(&SERVICE_PERIOD).title(why.clone()).value(format!("{v}か月")).source(cit));
    Some((v, why))
}

/// The standard period of each service used (the ★ group for a person over
/// the age with no 介護保険 care management) and of a 集中的に支援が必要な者.
pub fn service_periods(t: &mut Trace, m: &MonitoringInput) -> Vec<(i64, String)> {
    let mut out = Vec::new();
    for (_, label, group) in &m.services {
        let g = if *group == "home-6" && m.elderly { "home-6-elderly" } else { group };
        let key = key_fmt!("soudan.monitoring.period.{}", g);
        out.extend(period_of(t, &key, format!("{label}を利用")));
    }
    if m.intensive {
        let key = key!("soudan.monitoring.period.intensive");
        out.extend(period_of(t, key, "集中的に支援が必要な者".into()));
    }
    out
}

rule!(pub NEW_USER = "soudan.monitoring.new", "新規サービス利用者（著しい変動のある支給決定）", source "seed 003 §5【国の標準期間】・具体例①（10〜12ページ）", fn new_user_months, keys ["soudan.monitoring.new_months", "soudan.monitoring.period.new"]);
/// 新規サービス利用者: the first months and their period. 0 months for
/// another user (or when a figure is missing).
pub fn new_user_months(t: &mut Trace, new_user: bool) -> i64 {
    if !new_user {
        return 0;
    }
    let months = t.int(key!("soudan.monitoring.new_months"));
    let period = t.int(key!("soudan.monitoring.period.new"));
    let (Some((n, nc)), Some((p, pc))) = (months, period) else {
        return 0;
    };
    let every = if p == 1 { "（毎月）" } else { "" };
    t.step(Step::of(&NEW_USER).value(format!("最初の{n}か月は{p}か月ごと{every}")).source(pc).source(nc));
    n
}

rule!(pub STANDARD = "soudan.monitoring.standard", "国の標準期間（利用するサービスのうち最も短い期間）", source "seed 003 §5 具体例②「標準期間の短い方に期間を合わせて設定」（10〜12ページ）", fn standard_period, keys ["rule.soudan.monitoring_period"]);
/// 国の標準期間: the shortest of the `candidates` (the first of equals), at
/// least one month. `None` when there is none.
pub fn standard_period(
    t: &mut Trace,
    rule: Citation,
    m: &MonitoringInput,
    candidates: Vec<(i64, String)>,
) -> Option<i64> {
    let mut best: Option<(i64, String)> = None;
    for (v, why) in candidates {
        if best.as_ref().is_none_or(|b| v < b.0) {
            best = Some((v, why));
        }
    }
    let (months, why) = best?;
    let months = months.max(1);
    let services: Vec<&str> = m.services.iter().map(|s| s.1).collect();
    t.step(
        Step::of(&STANDARD)
            .input("利用するサービス", services.join("、"))
            .value(format!("{months}か月ごと（{why}）"))
            .source(rule)
            .source(cite(SEED, "§5 具体例②「標準期間の短い方に期間を合わせて設定」（10〜12ページ）")),
    );
    Some(months)
}
