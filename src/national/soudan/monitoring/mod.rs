//! The entry point `soudan.monitoring`: the national standard モニタリング期間 of
//! a person's services ([`period`]) and the months of the 支給決定期間 in which
//! モニタリング falls ([`months`]: by the national Q&A's reading, counted back
//! from the 終期月, or by the 市町 reading of seed 003 §5, counted forward).

pub mod input;
pub mod months;
pub mod output;
pub mod period;

use crate::engine::params::Ctx;
use crate::engine::problem::{Outcome, Problem};
use crate::engine::trace::Trace;
use input::{read_monitoring, MonitoringRequest};
use months::monitoring_months;
use output::MonitoringOutput;
use period::{new_user_months, service_periods, standard_period};

/// `soudan.monitoring`: the national standard period and the months with モニタリング.
pub fn monitoring(req: &MonitoringRequest) -> Outcome<MonitoringOutput> {
    let m = read_monitoring(req)?;
    let c = Ctx::new(m.start, "start_month", &m.user_figures)?;
    let rule = c.rule("soudan.monitoring_period")?;
    let mut t = Trace::new(&c, "");
    let candidates = service_periods(&mut t, &m);
    let new_months = new_user_months(&mut t, m.new_user);
    let mut t = t.check()?;
    let Some(period) = standard_period(&mut t, rule, &m, candidates) else {
        return Err(vec![Problem::required("services", "利用するサービス（1つ以上）")]);
    };
    let schedule = monitoring_months(&mut t, &m, new_months, period);
    let (t, schedule) = t.checked(schedule, "soudan.monitoring.new_months")?;
    Ok(MonitoringOutput {
        period_months: period,
        period_label: format!("{period}か月ごと"),
        new_months,
        reading: m.reading,
        reading_label: m.reading.label(),
        monitoring_months: schedule.iter().filter(|s| s.kind != "none").map(|s| s.month.to_string()).collect(),
        schedule,
        steps: t.steps,
    })
}
