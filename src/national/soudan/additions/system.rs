//! 体制加算 (seed 003 §3 体制加算): added to every case of the month
//! that is billed a 基本報酬.

use crate::engine::trace::Trace;
use crate::engine::units::LineKind;
use crate::national::soudan::billing::{bill_with, reading};
use crate::national::soudan::input::{Case, Office, Service};
use crate::{key, key_fmt, rule};

rule!(pub SYSTEM = "soudan.addition.system", "体制加算（主任相談支援専門員配置加算、行動障害・要医療児者・精神障害者・高次脳機能障害支援体制加算、ピアサポート体制加算）", source "seed 003 §3 体制加算（6〜7ページ）", fn system_additions, keys ["soudan.addition.chief.", "soudan.addition.behavior.", "soudan.addition.medical_care.", "soudan.addition.mental.", "soudan.addition.brain.", "soudan.addition.peer_support"]);
/// 体制加算: each one the office holds, once for a case billed a 基本報酬; in a
/// month without 基本報酬 each is excluded.
pub fn system_additions(t: &mut Trace, office: &Office, case: &Case) {
    let why = reading("§3 体制加算「全ての利用者に対して指定サービス利用支援又は指定継続サービス利用支援を実施する場合に加算できる」: 基本報酬を算定するケースごとに加算する");
    let mut held = Vec::new();
    for (group, label, level) in &office.systems {
        if let Some(l) = level.key() {
            held.push((key_fmt!("soudan.addition.{}.{}", group, l), *label));
        }
    }
    if office.peer_support {
        held.push((key!("soudan.addition.peer_support").to_string(), "ピアサポート体制加算"));
    }
    for (key, label) in held {
        if case.service != Service::None {
            bill_with(t, &SYSTEM, &key, 1, LineKind::Addition, vec![why.clone()], vec![]);
        } else {
            t.exclude(
                &SYSTEM,
                label,
                1,
                "体制加算は基本報酬（計画作成又はモニタリング）を算定する月に加算します。この月は基本報酬がありません。".to_string(),
                vec![why.clone()],
            );
        }
    }
}
