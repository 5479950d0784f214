//! 地域協働加算 (就労継続支援B型 一律評価型の独自の加算, seed 001).

use crate::engine::params::{cite, PRODUCT_READING};
use crate::engine::trace::{units, Trace};
use crate::engine::units::LineKind;
use crate::{key, rule};

rule!(pub REGIONAL_COLLABORATION = "shuro.addition.regional_collab", "地域協働加算", source "seed 001 就労継続支援B型 (2)一律に評価する報酬体系【独自の加算】地域協働加算", fn regional_collaboration_addition, keys ["shuro.b.addition.regional_collab"]);
/// 地域協働加算: for an office that holds it, each day the user used the
/// service (the product's reading: seed 001 gives the units per day only).
pub fn regional_collaboration_addition(t: &mut Trace, count: i64) {
    let key = key!("shuro.b.addition.regional_collab");
    t.bill(&REGIONAL_COLLABORATION, key, count, LineKind::Addition);
    let per = t.lines.last().filter(|l| l.rule == REGIONAL_COLLABORATION.id).map(|l| l.per);
    if let (Some(per), Some(s)) = (per, t.steps.last_mut()) {
        if s.rule == REGIONAL_COLLABORATION.id {
            *s = s
                .clone()
                .note(format!("地域協働加算は、届出のある事業所で利用者の利用日ごとに算定します（seed 001 は「{}/日」とのみ記載）。", units(per)))
                .source(cite(PRODUCT_READING, "地域協働加算: 利用者の利用日ごとに算定"));
        }
    }
}
