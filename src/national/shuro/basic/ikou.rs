//! 就労移行支援サービス費: (Ⅰ), or (Ⅱ) for あん摩マッサージ指圧師等養成施設, by
//! 利用定員 × 就職後6月以上定着率の区分.

use super::super::input::Office;
use super::super::measure::pct;
use super::super::output::Basic;
use super::{capacity_tier, rate_band};
use crate::engine::params::Band;
use crate::engine::problem::Problem;
use crate::engine::trace::{units, Step, Trace};
use crate::{key_fmt, key_group, rule};
use rust_decimal::Decimal;

const MEASURE: &str = "就職後6月以上定着率";

rule!(pub IKOU_RATE = "shuro.ikou.basic.rate", "就職後6月以上定着率の区分", source "seed 001 就労移行支援 ○報酬単価 基本報酬（就職後6月以上定着率）", fn settled_rate_band, keys ["shuro.ikou.rate_band."]);
/// 就職後6月以上定着率 (定着者数 ÷ 分母) and its band. Returns (band, rate, (n, d)).
pub fn settled_rate_band(t: &mut Trace, o: &Office) -> Option<(Band, Decimal, (i64, i64))> {
    let Some(nd) = o.settled else {
        t.problems
            .push(Problem::required("office.settled", "就職後6月以上定着者数"));
        return None;
    };
    let (band, rate) = rate_band(
        t,
        &IKOU_RATE,
        key_group!("shuro.ikou.rate_band"),
        nd,
        "office.settled",
        MEASURE,
    )?;
    Some((band, rate, nd))
}

rule!(pub IKOU_BASIC = "shuro.ikou.basic", "就労移行支援サービス費（基本報酬）", source "seed 001 就労移行支援 ○報酬単価 基本報酬（利用定員×就職後6月以上定着率）", fn basic_ikou, keys ["rule.shuro.ikou.basic", "shuro.ikou.basic."]);
/// 就労移行支援サービス費: the cell 種類 × 利用定員 × 就職後6月以上定着率の区分.
pub fn basic_ikou(t: &mut Trace, o: &Office) -> Option<Basic> {
    let rule = t.rule("shuro.ikou.basic")?;
    let tier = capacity_tier(t, o)?;
    let (band, rate, (n, d)) = settled_rate_band(t, o)?;
    let roman = if o.ikou_type == "ii" { "Ⅱ" } else { "Ⅰ" };
    let item = format!("就労移行支援サービス費({roman})");
    let f = t.figure(&key_fmt!(
        "shuro.ikou.basic.{}.{}.{}",
        o.ikou_type,
        tier.id,
        band.id
    ))?;
    let u = t.take(f.int())?;
    t.step(
        Step::of(&IKOU_BASIC)
            .title(format!("{item}（基本報酬）"))
            .input("利用定員", tier.label.clone())
            .input(MEASURE, band.label.clone())
            .value(units(u))
            .source(rule)
            .source(f.citation.clone()),
    );
    Some(Basic {
        band: band.id.clone(),
        band_label: band.label.clone(),
        measure: format!("{}（{n}/{d}）", pct(rate)),
        ..Basic::new(&IKOU_BASIC, item, u, f.citation)
    })
}
