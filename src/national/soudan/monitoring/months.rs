//! モニタリングを行う月, by one of two readings of where the standard period
//! is counted from (both keep the first months of a 新規 user monthly and the
//! 終期月 always):
//!
//! * 国の Q&A (the default): 「モニタリングの最終月を支給決定期間の終期月に
//!   設定し、そこから遡って」 (相談支援 Q&A 平成24年3月6日; the 平成29年3月31日
//!   Q&A's 例2: 新規の毎月3か月の後、6月ごと H28.10→H29.4) — [`national_months`];
//! * 市町の運用 (seed 003 §5 具体例①③): the period counted forward from the
//!   start (or the last monthly month), the 終期月 forced — [`municipal_months`].
//!
//! Where the counted months divide evenly by the period the two agree.

use super::input::{MonitoringInput, Reading};
use super::output::ScheduleMonth;
use crate::engine::date::YearMonth;
use crate::engine::params::cite;
use crate::engine::trace::{Citation, Step, Trace};
use crate::national::soudan::billing::reading;
use crate::national::soudan::SEED;
use crate::{key, rule};

/// The months from `a` to `b`.
pub fn months_between(a: YearMonth, b: YearMonth) -> i64 {
    b.yyyymm() / 100 * 12 + b.yyyymm() % 100 - (a.yyyymm() / 100 * 12 + a.yyyymm() % 100)
}

/// Whether the counted month `index` (1 = the first counted), `back` months
/// before the 終期月, is a モニタリング month under `reading`.
fn is_monitoring(reading: Reading, index: i64, back: i64, new_months: i64, period: i64) -> bool {
    if index < 1 {
        return false;
    }
    if index <= new_months {
        return true;
    }
    match reading {
        Reading::National => back % period == 0,
        Reading::Municipal => (index - new_months) % period == 0,
    }
}

/// Every month of the 支給決定期間, marked under `m.reading`: the first
/// `new_months` counted months, the months of the standard `period`, and the
/// 終期月 (モニタリング・計画案). A month that is not marked cannot be billed
/// 継続サービス利用支援 (seed 003 §7 Q&A 7).
pub fn schedule(m: &MonitoringInput, new_months: i64, period: i64) -> Vec<ScheduleMonth> {
    let mut out = Vec::new();
    let mut month = m.start;
    loop {
        let index = months_between(m.start, month) + if m.from_next { 0 } else { 1 };
        let back = months_between(month, m.end);
        let (kind, mark, billing) = if month == m.end {
            ("final", "モ案", "継続サービス利用支援（終期月: モニタリングと次期の計画案）")
        } else if is_monitoring(m.reading, index, back, new_months, period.max(1)) {
            ("monitoring", "モ", "継続サービス利用支援")
        } else {
            ("none", "", "")
        };
        out.push(ScheduleMonth { month, label: month.both(), index, kind, mark, billable: kind != "none", billing });
        if month >= m.end {
            break;
        }
        month = month.next();
    }
    out
}

/// The inputs and notes both readings' steps show.
fn schedule_step(step: Step, m: &MonitoringInput, months: &[ScheduleMonth], new_months: i64, period: i64) -> Step {
    let marked: Vec<String> = months.iter().filter(|s| s.billable).map(|s| s.month.wareki()).collect();
    let counted = if m.from_next {
        "開始月の翌月を1か月目" // prose-figure: an ordinal, not a figure
    } else {
        "開始月を1か月目" // prose-figure: an ordinal, not a figure
    };
    let first_months =
        if new_months > 0 { format!("（最初の{new_months}か月は毎月）") } else { String::new() };
    step.input("支給決定期間", format!("{}〜{}", m.start.both(), m.end.both()))
        .input("数え始め", counted)
        .input("読み方", m.reading.label())
        .value(marked.join("、"))
        .note(format!("標準期間{period}か月{first_months}。終期月（{}）は必ずモニタリング・計画案の作成を行います。", m.end.wareki()))
        .note("モニタリングを行う月以外の月は、継続サービス利用支援を請求できません（§7 Q&A 7）。実際の月は市町村が定め、受給者証に記載されます。")
}

rule!(pub NATIONAL = "soudan.monitoring.schedule.national", "モニタリングを行う月（国のQ&A: 終期月から遡る）", source "相談支援 Q&A（平成24年3月6日）「支給期間の終期月とモニタリングの最終月が一致しない場合」; 相談支援 Q&A（平成29年3月31日）具体例 例2", fn national_months, keys ["rule.soudan.monitoring.national", "rule.soudan.monitoring.national.example", "soudan.monitoring.new_months"]);
/// モニタリングを行う月, 国の Q&A の読み: the first months of a 新規 user
/// monthly, then every standard period counted back from the 終期月.
pub fn national_months(t: &mut Trace, m: &MonitoringInput, new_months: i64, period: i64) -> Option<Vec<ScheduleMonth>> {
    let rule = t.rule("soudan.monitoring.national")?;
    let example = t.rule("soudan.monitoring.national.example")?;
    let (first, _) = t.int(key!("soudan.monitoring.new_months"))?;
    let months = schedule(m, new_months, period);
    let s = schedule_step(Step::of(&NATIONAL), m, &months, new_months, period)
        .source(rule)
        .source(example)
        .source(reading(&format!("国のQ&A: 終期月をモニタリングの最終月とし、そこから標準期間ずつ遡った月をモニタリング月とする（新規は1〜{first}か月目を毎月とし、遡るのはその後の月まで）。この読みを既定とする")));
    t.step(s);
    Some(months)
}

rule!(pub MUNICIPAL = "soudan.monitoring.schedule.municipal", "モニタリングを行う月（市町の運用: 開始から順に数える）", source "seed 003 §5 具体例①「順に3ヵ月ごとにモニタリング月を設定」・具体例③「終期月の関係で、3ヵ月後にならない場合もある」（10〜12ページ）、§7 Q&A 9（15〜17ページ）", fn municipal_months, keys ["rule.soudan.monitoring.municipal", "soudan.monitoring.new_months"]);
/// モニタリングを行う月, 市町の運用 (四日市圏域 例①③): the first months of a
/// 新規 user monthly, then every standard period counted forward, and the 終期月.
pub fn municipal_months(
    t: &mut Trace,
    m: &MonitoringInput,
    new_months: i64,
    period: i64,
) -> Option<Vec<ScheduleMonth>> {
    let rule = t.rule("soudan.monitoring.municipal")?;
    let (first, _) = t.int(key!("soudan.monitoring.new_months"))?;
    let months = schedule(m, new_months, period);
    let s = schedule_step(Step::of(&MUNICIPAL), m, &months, new_months, period)
        .source(rule)
        .source(seed_examples())
        .source(reading(&format!("市町の運用（§5 具体例①③）: 新規は1〜{first}か月目を毎月、以後は開始から順に標準期間ごと。終期月は常にモニタリング（計画案）とする")));
    t.step(s);
    Some(months)
}

/// seed 003 §5's examples ①② (the count and the 終期月).
fn seed_examples() -> Citation {
    cite(SEED, "§5 具体例①「モニタリングを3ヵ月間は毎月、その後3ヵ月ごと」「終期月のため、必ずモニタリング実施」、具体例②「支給決定開始日が月の途中の場合は翌月からカウントする場合もある」; §7 Q&A 9")
}

/// モニタリングを行う月 by the reading the request chose.
pub fn monitoring_months(
    t: &mut Trace,
    m: &MonitoringInput,
    new_months: i64,
    period: i64,
) -> Option<Vec<ScheduleMonth>> {
    match m.reading {
        Reading::National => national_months(t, m, new_months, period),
        Reading::Municipal => municipal_months(t, m, new_months, period),
    }
}
