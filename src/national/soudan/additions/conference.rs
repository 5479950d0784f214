//! サービス担当者会議実施加算 (seed 003 §3 加算).

use crate::engine::params::cite;
use crate::engine::trace::Trace;
use crate::national::soudan::billing::bill;
use crate::national::soudan::input::Case;
use crate::national::soudan::marks::monitoring_month_only;
use crate::national::soudan::SEED;
use crate::{key, rule};

rule!(pub CONFERENCE = "soudan.addition.conference", "サービス担当者会議実施加算", source "seed 003 §3 サービス担当者会議実施加算 ※B（6〜7ページ）", fn conference_addition, keys ["soudan.addition.conference", "soudan.limit.conference"]);
/// サービス担当者会議実施加算: in a month of モニタリング (※B), not when the
/// meeting changed the サービス等利用計画, up to the monthly limit.
pub fn conference_addition(t: &mut Trace, case: &Case) {
    let count = case.adds.conference;
    let item = "サービス担当者会議実施加算";
    if count <= 0 {
        return;
    }
    let b_row = cite(SEED, "§3 サービス担当者会議実施加算 ※B（6〜7ページ）");
    if monitoring_month_only(t, (&CONFERENCE, item, count), case.service, b_row) {
        return;
    }
    if case.adds.conference_plan_changed {
        t.exclude(
            &CONFERENCE,
            item,
            count,
            "サービス担当者会議においてサービス等利用計画の変更があったため、算定できません。".into(),
            vec![cite(SEED, "§3 サービス担当者会議実施加算（6〜7ページ）")],
        );
        return;
    }
    let n = t.cap(&CONFERENCE, item, count, key!("soudan.limit.conference"));
    bill(t, &CONFERENCE, key!("soudan.addition.conference"), n);
}
