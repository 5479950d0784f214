//! 食事提供体制加算 (A型・B型・就労移行支援): each day a meal was provided.

use super::super::input::Service;
use crate::engine::trace::Trace;
use crate::engine::units::LineKind;
use crate::{key_fmt, rule};

rule!(pub MEAL = "shuro.addition.meal", "食事提供体制加算", source "サービスコード表 就労継続支援B型 食事提供体制加算（A型・就労移行支援の単位数は各行の出典のとおり）", fn meal_addition, keys ["shuro.a.addition.meal", "shuro.b.addition.meal", "shuro.ikou.addition.meal"]);
/// 食事提供体制加算: the days a meal was provided.
pub fn meal_addition(t: &mut Trace, s: Service, meal_days: i64) {
    let key = key_fmt!("shuro.{}.addition.meal", s.key());
    t.bill(&MEAL, &key, meal_days, LineKind::Addition);
}
