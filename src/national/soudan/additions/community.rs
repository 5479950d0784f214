//! 地域生活支援拠点等相談強化加算 and 地域体制強化共同支援加算 (seed 003 §3 加算):
//! ※D, for an office with the 拠点等 setting each needs.

use crate::engine::params::cite;
use crate::engine::trace::{Citation, Trace};
use crate::national::soudan::billing::bill;
use crate::national::soudan::input::{Case, Office};
use crate::national::soudan::marks::Entered;
use crate::national::soudan::SEED;
use crate::{key, rule};

rule!(pub HUB = "soudan.addition.hub_emergency", "地域生活支援拠点等相談強化加算", source "seed 003 §3 地域生活支援拠点等相談強化加算（6〜7ページ）", fn hub_consultation_addition, keys ["soudan.addition.hub_emergency", "soudan.limit.hub_emergency"]);
/// 地域生活支援拠点等相談強化加算: for an office placed as a 地域生活支援拠点等,
/// up to the monthly limit.
pub fn hub_consultation_addition(t: &mut Trace, office: &Office, case: &Case) {
    let e = (&HUB, "地域生活支援拠点等相談強化加算", case.adds.hub_emergency);
    let why = "運営規程において地域生活支援拠点等であることを市町村により位置づけられている事業所に限ります（事業所の設定で「地域生活支援拠点等」になっていません）。";
    let row = cite(SEED, "§3 地域生活支援拠点等相談強化加算（6〜7ページ）");
    let keys = (key!("soudan.addition.hub_emergency"), key!("soudan.limit.hub_emergency"));
    with_setting(t, e, (office.hub, why, row), keys);
}

rule!(pub COMMUNITY_JOINT = "soudan.addition.community_joint", "地域体制強化共同支援加算", source "seed 003 §3 地域体制強化共同支援加算（6〜7ページ）", fn community_joint_support_addition, keys ["soudan.addition.community_joint", "soudan.limit.community_joint"]);
/// 地域体制強化共同支援加算: for an office that is a 拠点等 or takes part in one's
/// system and the 協議会, up to the monthly limit.
pub fn community_joint_support_addition(t: &mut Trace, office: &Office, case: &Case) {
    let e = (&COMMUNITY_JOINT, "地域体制強化共同支援加算", case.adds.community_joint);
    let why = "地域生活支援拠点等であること、又は拠点等に係る関係機関との連携体制を確保し協議会に定期的に参画していることが要件です（事業所の設定で体制がありません）。";
    let row = cite(SEED, "§3 地域体制強化共同支援加算（6〜7ページ）");
    let keys = (key!("soudan.addition.community_joint"), key!("soudan.limit.community_joint"));
    with_setting(t, e, (office.community_system, why, row), keys);
}

/// The entered times `e` of a ※D 加算 for an office with the setting it needs
/// (`has`; otherwise excluded with `why`, citing the table's `row`), up to the
/// monthly limit `limit_key`, billed at `key`.
fn with_setting(
    t: &mut Trace,
    (rule, item, count): Entered,
    (has, why, row): (bool, &str, Citation),
    (key, limit_key): (&str, &str),
) {
    if count <= 0 {
        return;
    }
    if !has {
        t.exclude(rule, item, count, why.into(), vec![row]);
        return;
    }
    let n = t.cap(rule, item, count, limit_key);
    bill(t, rule, key, n);
}
