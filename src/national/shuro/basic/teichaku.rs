//! 就労定着支援サービス費 (1月につき) by 就労定着率の区分: the 前年度末時点の
//! 就労定着者数 among the 過去3年間の就労定着支援の総利用者数.

use super::super::input::Office;
use super::super::output::Basic;
use super::{cell, rate_band};
use crate::engine::params::Band;
use crate::engine::trace::Trace;
use crate::{key_fmt, key_group, rule};

const MEASURE: &str = "就労定着率";

rule!(pub TEICHAKU_RATE = "shuro.teichaku.basic.rate", "就労定着率の区分", source "seed 001 就労定着支援 ○報酬単価(令和6年4月~) 就労定着率", fn retention_rate_band, keys ["shuro.teichaku.rate_band."]);
/// 就労定着率 (定着者数 ÷ 総利用者数) and its band. Returns (band, rate as shown).
pub fn retention_rate_band(t: &mut Trace, o: &Office) -> Option<(Band, String)> {
    let prefix = key_group!("shuro.teichaku.rate_band");
    let field = ("office.retained", "前年度末時点の就労定着者数");
    rate_band(t, &TEICHAKU_RATE, prefix, o.retained, field, MEASURE)
}

rule!(pub TEICHAKU_BASIC = "shuro.teichaku.basic", "就労定着支援サービス費（基本報酬）", source "seed 001 就労定着支援 ○報酬単価(令和6年4月~)（1月につき）", fn basic_teichaku, keys ["rule.shuro.teichaku.basic", "shuro.teichaku.basic."]);
/// 就労定着支援サービス費: the month's units of the 就労定着率の区分.
pub fn basic_teichaku(t: &mut Trace, o: &Office) -> Option<Basic> {
    let rule = t.rule("shuro.teichaku.basic")?;
    let (band, measure) = retention_rate_band(t, o)?;
    let item = "就労定着支援サービス費".to_string();
    let key = key_fmt!("shuro.teichaku.basic.{}", band.id);
    let inputs = [(MEASURE, band.label.as_str())];
    let basic = cell(t, (&TEICHAKU_BASIC, rule), &key, item, "（基本報酬）", &inputs)?;
    Some(Basic { measure, per: "month", ..basic.in_band(band) })
}
