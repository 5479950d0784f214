//! 地域生活支援拠点等相談強化加算 and 地域体制強化共同支援加算 (seed 003 §3 加算,
//! l.241–242): ※D, for an office with the 拠点等 setting each needs.

use crate::engine::params::cite;
use crate::engine::trace::Trace;
use crate::national::soudan::billing::bill;
use crate::national::soudan::input::{Case, Office};
use crate::national::soudan::SEED;
use crate::{key, rule};

rule!(pub HUB = "soudan.addition.hub_emergency", "地域生活支援拠点等相談強化加算", source "seed 003 §3 地域生活支援拠点等相談強化加算（l.241）", fn hub_consultation_addition, keys ["soudan.addition.hub_emergency", "soudan.limit.hub_emergency"]);
/// 地域生活支援拠点等相談強化加算: for an office placed as a 地域生活支援拠点等,
/// up to the monthly limit.
pub fn hub_consultation_addition(t: &mut Trace, office: &Office, case: &Case) {
    let count = case.adds.hub_emergency;
    let item = "地域生活支援拠点等相談強化加算";
    if count <= 0 {
        return;
    }
    if !office.hub {
        t.exclude(&HUB, item, count, "運営規程において地域生活支援拠点等であることを市町村により位置づけられている事業所に限ります（事業所の設定で「地域生活支援拠点等」になっていません）。".into(), vec![cite(SEED, "§3 地域生活支援拠点等相談強化加算（l.241）")]);
        return;
    }
    let n = t.cap(&HUB, item, count, key!("soudan.limit.hub_emergency"));
    bill(t, &HUB, key!("soudan.addition.hub_emergency"), n);
}

rule!(pub COMMUNITY_JOINT = "soudan.addition.community_joint", "地域体制強化共同支援加算", source "seed 003 §3 地域体制強化共同支援加算（l.242）", fn community_joint_support_addition, keys ["soudan.addition.community_joint", "soudan.limit.community_joint"]);
/// 地域体制強化共同支援加算: for an office that is a 拠点等 or takes part in one's
/// system and the 協議会, up to the monthly limit.
pub fn community_joint_support_addition(t: &mut Trace, office: &Office, case: &Case) {
    let count = case.adds.community_joint;
    let item = "地域体制強化共同支援加算";
    if count <= 0 {
        return;
    }
    if !office.community_system {
        t.exclude(&COMMUNITY_JOINT, item, count, "地域生活支援拠点等であること、又は拠点等に係る関係機関との連携体制を確保し協議会に定期的に参画していることが要件です（事業所の設定で体制がありません）。".into(), vec![cite(SEED, "§3 地域体制強化共同支援加算（l.242）")]);
        return;
    }
    let n = t.cap(
        &COMMUNITY_JOINT,
        item,
        count,
        key!("soudan.limit.community_joint"),
    );
    bill(
        t,
        &COMMUNITY_JOINT,
        key!("soudan.addition.community_joint"),
        n,
    );
}
