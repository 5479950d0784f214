//! モニタリングを行う月 (seed 003 §5 具体例①②; §7 Q&A 9): a 新規 user
//! every month at first, then every standard period; the 終期月 always.

use super::input::MonitoringInput;
use super::output::ScheduleMonth;
use crate::engine::date::YearMonth;
use crate::engine::params::cite;
use crate::engine::trace::{Step, Trace};
use crate::national::soudan::billing::reading;
use crate::national::soudan::SEED;
use crate::{key, rule};

/// The months from `a` to `b`.
pub fn months_between(a: YearMonth, b: YearMonth) -> i64 {
    b.yyyymm() / 100 * 12 + b.yyyymm() % 100 - (a.yyyymm() / 100 * 12 + a.yyyymm() % 100)
}

/// Every month of the 支給決定期間, marked: the first `new_months` counted
/// months, then every `period` months after them, and the 終期月.
pub fn schedule(m: &MonitoringInput, new_months: i64, period: i64) -> Vec<ScheduleMonth> {
    let mut out = Vec::new();
    let mut month = m.start;
    loop {
        let index = months_between(m.start, month) + if m.from_next { 0 } else { 1 };
        let monitoring = (new_months > 0 && index >= 1 && index <= new_months)
            || (index > new_months && (index - new_months) % period == 0);
        let (kind, mark) = if month == m.end {
            ("final", "モ案")
        } else if monitoring {
            ("monitoring", "モ")
        } else {
            ("none", "")
        };
        out.push(ScheduleMonth {
            month,
            label: month.both(),
            index,
            kind,
            mark,
        });
        if month >= m.end {
            break;
        }
        month = month.next();
    }
    out
}

rule!(pub SCHEDULE = "soudan.monitoring.schedule", "モニタリングを行う月", source "seed 003 §5 具体例①②（10〜12ページ）、§7 Q&A 9（15〜17ページ）", fn monitoring_months, keys ["soudan.monitoring.new_months"]);
/// モニタリングを行う月: the schedule and its step.
pub fn monitoring_months(
    t: &mut Trace,
    m: &MonitoringInput,
    new_months: i64,
    period: i64,
) -> Option<Vec<ScheduleMonth>> {
    let (first, _) = t.int(key!("soudan.monitoring.new_months"))?;
    let months = schedule(m, new_months, period);
    let marked: Vec<String> = months
        .iter()
        .filter(|s| s.kind != "none")
        .map(|s| s.month.wareki())
        .collect();
    let counted = if m.from_next {
        "開始月の翌月を1か月目" // prose-figure: an ordinal, not a figure
    } else {
        "開始月を1か月目" // prose-figure: an ordinal, not a figure
    };
    let first_months = if new_months > 0 {
        format!("（最初の{new_months}か月は毎月）")
    } else {
        String::new()
    };
    t.step(
        Step::of(&SCHEDULE)
            .input("支給決定期間", format!("{}〜{}", m.start.both(), m.end.both()))
            .input("数え始め", counted)
            .value(marked.join("、"))
            .source(cite(SEED, "§5 具体例①「モニタリングを3ヵ月間は毎月、その後3ヵ月ごと」「終期月のため、必ずモニタリング実施」（10〜12ページ）"))
            .source(cite(SEED, "§5 具体例②「支給決定開始月を1ヵ月目とカウント。支給決定開始日が月の途中の場合は翌月からカウントする場合もある」（10〜12ページ）; §7 Q&A 9（15〜17ページ）"))
            .source(reading(&format!("§5 具体例①②: 新規は1〜{first}か月目を毎月、以後は{first}か月目から標準期間ごと。新規でなければ標準期間ごと（n か月目, 2n か月目…）。終期月は常にモニタリング（計画案）とする")))
            .note(format!("標準期間{period}か月{first_months}。終期月（{}）は必ずモニタリング・計画案の作成を行います。", m.end.wareki()))
            .note("実際のモニタリング期間は、相談支援事業者の提案を踏まえて市町が設定し、受給者証に記載されます（§5）。この結果は国の標準期間による目安です。"),
    );
    Some(months)
}
