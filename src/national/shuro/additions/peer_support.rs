//! ピアサポート実施加算 (就労継続支援B型 一律評価型の独自の加算, seed 001): once a month.

use crate::engine::trace::Trace;
use crate::engine::units::LineKind;
use crate::{key, rule};

rule!(pub PEER_SUPPORT = "shuro.addition.peer_support", "ピアサポート実施加算", source "seed 001 就労継続支援B型 (2)一律に評価する報酬体系【独自の加算】ピアサポート実施加算", fn peer_support_addition, keys ["shuro.b.addition.peer_support"]);
/// ピアサポート実施加算: once in the month for a user it is given to.
pub fn peer_support_addition(t: &mut Trace) {
    let key = key!("shuro.b.addition.peer_support");
    t.bill(&PEER_SUPPORT, key, 1, LineKind::Addition);
}
