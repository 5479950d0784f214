//! 就労定着支援サービス費 (1月につき) by 就労定着率の区分: the 前年度末時点の
//! 就労定着者数 among the 過去3年間の就労定着支援の総利用者数.

use super::super::input::Office;
use super::super::measure::pct;
use super::super::output::Basic;
use super::rate_band;
use crate::engine::params::Band;
use crate::engine::problem::Problem;
use crate::engine::trace::{units, Step, Trace};
use crate::{key_fmt, key_group, rule};
use rust_decimal::Decimal;

const MEASURE: &str = "就労定着率";

rule!(pub TEICHAKU_RATE = "shuro.teichaku.basic.rate", "就労定着率の区分", source "seed 001 就労定着支援 ○報酬単価(令和6年4月~) 就労定着率", fn retention_rate_band, keys ["shuro.teichaku.rate_band."]);
/// 就労定着率 (定着者数 ÷ 総利用者数) and its band. Returns (band, rate, (n, d)).
pub fn retention_rate_band(t: &mut Trace, o: &Office) -> Option<(Band, Decimal, (i64, i64))> {
    let Some(nd) = o.retained else {
        t.problems.push(Problem::required(
            "office.retained",
            "前年度末時点の就労定着者数",
        ));
        return None;
    };
    let (band, rate) = rate_band(
        t,
        &TEICHAKU_RATE,
        key_group!("shuro.teichaku.rate_band"),
        nd,
        "office.retained",
        MEASURE,
    )?;
    Some((band, rate, nd))
}

rule!(pub TEICHAKU_BASIC = "shuro.teichaku.basic", "就労定着支援サービス費（基本報酬）", source "seed 001 就労定着支援 ○報酬単価(令和6年4月~)（1月につき）", fn basic_teichaku, keys ["rule.shuro.teichaku.basic", "shuro.teichaku.basic."]);
/// 就労定着支援サービス費: the month's units of the 就労定着率の区分.
pub fn basic_teichaku(t: &mut Trace, o: &Office) -> Option<Basic> {
    let rule = t.rule("shuro.teichaku.basic")?;
    let (band, rate, (n, d)) = retention_rate_band(t, o)?;
    let item = "就労定着支援サービス費".to_string();
    let f = t.figure(&key_fmt!("shuro.teichaku.basic.{}", band.id))?;
    let u = t.take(f.int())?;
    t.step(
        Step::of(&TEICHAKU_BASIC)
            .title(format!("{item}（基本報酬）"))
            .input(MEASURE, band.label.clone())
            .value(units(u))
            .source(rule)
            .source(f.citation.clone()),
    );
    Some(Basic {
        band: band.id.clone(),
        band_label: band.label.clone(),
        measure: format!("{}（{n}/{d}）", pct(rate)),
        per: "month",
        ..Basic::new(&TEICHAKU_BASIC, item, u, f.citation)
    })
}
