//! 就労移行支援サービス費: (Ⅰ), or (Ⅱ) for あん摩マッサージ指圧師等養成施設, by
//! 利用定員 × 就職後6月以上定着率の区分.

use super::super::input::Office;
use super::super::output::Basic;
use super::{capacity_tier, cell, rate_band};
use crate::engine::params::Band;
use crate::engine::trace::Trace;
use crate::{key_fmt, key_group, rule};

const MEASURE: &str = "就職後6月以上定着率";

rule!(pub IKOU_RATE = "shuro.ikou.basic.rate", "就職後6月以上定着率の区分", source "seed 001 就労移行支援 ○報酬単価 基本報酬（就職後6月以上定着率）", fn settled_rate_band, keys ["shuro.ikou.rate_band."]);
/// 就職後6月以上定着率 (定着者数 ÷ 分母) and its band. Returns (band, rate as shown).
pub fn settled_rate_band(t: &mut Trace, o: &Office) -> Option<(Band, String)> {
    let prefix = key_group!("shuro.ikou.rate_band");
    let field = ("office.settled", "就職後6月以上定着者数");
    rate_band(t, &IKOU_RATE, prefix, o.settled, field, MEASURE)
}

rule!(pub IKOU_BASIC = "shuro.ikou.basic", "就労移行支援サービス費（基本報酬）", source "seed 001 就労移行支援 ○報酬単価 基本報酬（利用定員×就職後6月以上定着率）", fn basic_ikou, keys ["rule.shuro.ikou.basic", "shuro.ikou.basic."]);
/// 就労移行支援サービス費: the cell 種類 × 利用定員 × 就職後6月以上定着率の区分.
pub fn basic_ikou(t: &mut Trace, o: &Office) -> Option<Basic> {
    let rule = t.rule("shuro.ikou.basic")?;
    let tier = capacity_tier(t, o)?;
    let (band, measure) = settled_rate_band(t, o)?;
    let roman = if o.ikou_type == "ii" { "Ⅱ" } else { "Ⅰ" };
    let item = format!("就労移行支援サービス費({roman})");
    let key = key_fmt!("shuro.ikou.basic.{}.{}.{}", o.ikou_type, tier.id, band.id);
    let inputs = [("利用定員", tier.label.as_str()), (MEASURE, band.label.as_str())];
    let basic = cell(t, (&IKOU_BASIC, rule), &key, item, "（基本報酬）", &inputs)?;
    Some(Basic { measure, ..basic.in_band(band) })
}
