//! 標準的な時間: サービス提供時間 and the three 配慮規定 (資料1 §2 (イ)(ウ)(エ)),
//! laid out as Q&A VOL.1 問29's 記載イメージ.

use super::input::{Plan, TraitReason};
use super::output::{LayoutRow, StandardTime};
use super::SEED;
use crate::engine::params::{cite, Ctx};
use crate::engine::problem::Problem;
use crate::engine::trace::{hm, hours, Citation, Step, Trace};
use crate::{key, rule};

/// A figure in minutes (the data holds whole, non-negative minutes).
fn minutes(t: &mut Trace, key: &str) -> Option<(u32, Citation)> {
    let (v, cit) = t.int(key)?;
    match u32::try_from(v) {
        Ok(m) => Some((m, cit)),
        Err(_) => {
            t.problems.push(Problem::data_error(key, "分数が負か大きすぎます"));
            None
        }
    }
}

fn yes_no(b: bool) -> &'static str {
    if b {
        "はい"
    } else {
        "いいえ"
    }
}

rule!(pub SERVICE = "seikatsu_kaigo.standard_time.service", "サービス提供時間（生活介護計画に位置付けた時間。送迎に要する時間は含まない）", source "資料1 §1（留意事項通知 第二の2(6)①）", fn service_time, keys ["rule.seikatsu_kaigo.standard_time"]);
/// サービス提供時間: the time the plan sets, without the time for 送迎.
pub fn service_time(t: &mut Trace, p: &Plan) -> Option<u32> {
    let rule = t.rule("seikatsu_kaigo.standard_time")?;
    t.step(
        Step::of(&SERVICE).input("サービス提供時間", hm(p.service_minutes)).value(hm(p.service_minutes)).source(rule),
    );
    Some(p.service_minutes)
}

rule!(pub TRANSPORT = "seikatsu_kaigo.standard_time.transport", "送迎に係る配慮（イ）", source "資料1 §2 (イ)、Q&A VOL.4 問2", fn transport_consideration, keys ["seikatsu_kaigo.consideration.transport.round_trip_min_minutes", "seikatsu_kaigo.consideration.transport.add_minutes"]);
/// 送迎に係る配慮（イ）: a round trip of at least the threshold, where the
/// service the user needs is not offered where they live, adds the set time
/// (also for every passenger of a shared route, Q&A VOL.4 問2).
pub fn transport_consideration(t: &mut Trace, p: &Plan) -> Option<u32> {
    let threshold = minutes(t, key!("seikatsu_kaigo.consideration.transport.round_trip_min_minutes"));
    let add = minutes(t, key!("seikatsu_kaigo.consideration.transport.add_minutes"));
    let ((min, min_cit), (add, add_cit)) = (threshold?, add?);
    let trip = p.transport_round_trip_minutes;
    let mut s = Step::of(&TRANSPORT)
        .input("送迎に要する時間（往復）", hm(trip))
        .input("必要なサービスの事業所が居住地域にない等", yes_no(p.transport_service_not_local))
        .input("基準（往復）", format!("{}以上", hm(min)))
        .sources([min_cit, add_cit]);
    let added = if trip >= min && p.transport_service_not_local {
        s = s.note(format!("往復{}以上で要件を満たすため、{}を加えます。", hm(min), hm(add)));
        add
    } else if trip >= min {
        s = s.note(format!("往復{}以上ですが、「利用者が必要とするサービスを提供する事業所が居住する地域にない場合等」に該当しないため加えません。", hours(min)));
        0
    } else {
        if trip > 0 {
            s = s.note(format!("往復{}未満のため加えません。", hm(min)));
        }
        0
    };
    if p.transport_shared_route {
        s = s
            .note(format!("複数人を同乗させる送迎ルートでも、ルートの往復が{}以上なら同乗者全員に{}を加えられます（Q&A VOL.4 問2）。", hours(min), hours(add)))
            .source(cite(SEED, "資料1 §4 Q&A VOL.4（令和6年6月4日）問2"));
    }
    t.step(s.value(hm(added)));
    Some(added)
}

rule!(pub TRAIT = "seikatsu_kaigo.standard_time.trait", "障害特性に係る配慮（ウ）", source "資料1 §2 (ウ)、Q&A VOL.1 問27", fn trait_consideration, keys ["seikatsu_kaigo.consideration.trait.max_minutes", "seikatsu_kaigo.consideration.trait.service_time_below_minutes", "seikatsu_kaigo.consideration.trait.behavior_score_min"]);
/// 障害特性に係る配慮（ウ）: for a user whose service time must stay below the
/// threshold because of 障害特性等, the time actually needed, up to the daily cap.
pub fn trait_consideration(t: &mut Trace, p: &Plan) -> Option<u32> {
    let cap = minutes(t, key!("seikatsu_kaigo.consideration.trait.max_minutes"));
    let below = minutes(t, key!("seikatsu_kaigo.consideration.trait.service_time_below_minutes"));
    let score_min = t.int(key!("seikatsu_kaigo.consideration.trait.behavior_score_min"));
    let ((cap, cap_cit), (below, below_cit), (score_min, score_cit)) = (cap?, below?, score_min?);
    let reason = match p.trait_reason {
        TraitReason::Behavior => format!("行動関連項目の合計点数が{score_min}点以上である者"),
        r => r.label().to_string(),
    };
    let mut s = Step::of(&TRAIT)
        .input("障害特性等", reason)
        .input("サービス提供時間", hm(p.service_minutes))
        .input("実際に要した時間", hm(p.trait_minutes))
        .input("上限", format!("1日{}", hm(cap)))
        .sources([cap_cit, below_cit]);
    let score = p.behavior_score.unwrap_or(0);
    let behavior = p.trait_reason == TraitReason::Behavior;
    let added = if p.trait_reason == TraitReason::None {
        0
    } else if p.service_minutes >= below {
        s = s.note(format!(
            "サービス提供時間が{}以上のため対象外です（対象は{}未満にならざるを得ない利用者）。",
            hm(below),
            hm(below)
        ));
        0
    } else if behavior && score < score_min {
        s = s
            .input("行動関連項目の合計点数", format!("{score}点"))
            .source(score_cit)
            .note(format!("行動関連項目の合計点数が{score_min}点未満のため対象外です。"));
        0
    } else {
        if behavior {
            s = s.input("行動関連項目の合計点数", format!("{score}点")).source(score_cit);
        }
        let (s2, added) = trait_time(s, p, cap);
        s = s2;
        added
    };
    t.step(s.value(hm(added)));
    Some(added)
}

/// The (ウ) time for an eligible user: the time actually needed, up to `cap`.
fn trait_time(mut s: Step, p: &Plan, cap: u32) -> (Step, u32) {
    if p.trait_reason == TraitReason::OtherAccepted {
        s = s
            .note("例示以外の者も、市町村が利用者の状態等を勘案して判断します（Q&A VOL.1 問27）。")
            .source(cite(SEED, "資料1 §4 Q&A VOL.1（令和6年3月29日）問27"));
    }
    s = s.note(
        "やむを得ない理由がサービス担当者会議で検討され、サービス等利用計画等に位置付けられていることが前提です。",
    );
    if p.trait_minutes > cap {
        let note =
            format!("実際に要した時間{}は上限{}を超えるため、{}を加えます。", hm(p.trait_minutes), hm(cap), hm(cap));
        (s.note(note), cap)
    } else {
        (s, p.trait_minutes)
    }
}

rule!(pub IN_HOME_CARE = "seikatsu_kaigo.standard_time.in_home_care", "送迎時の居宅内での介助等（エ）（着替え・移乗・戸締り等）", source "資料1 §2 (エ)", fn in_home_care, keys ["seikatsu_kaigo.consideration.in_home_care.max_minutes"]);
/// 送迎時の居宅内での介助等（エ）: the time of 着替え・移乗・戸締り等, up to the daily cap.
pub fn in_home_care(t: &mut Trace, p: &Plan) -> Option<u32> {
    let (cap, cit) = minutes(t, key!("seikatsu_kaigo.consideration.in_home_care.max_minutes"))?;
    let mut s = Step::of(&IN_HOME_CARE)
        .input("居宅内介助等の時間", hm(p.in_home_care_minutes))
        .input("上限", format!("1日{}", hm(cap)))
        .source(cit);
    let added = if p.in_home_care_minutes > cap {
        s = s.note(format!("{}を超える分は加えません。", hm(cap)));
        cap
    } else {
        p.in_home_care_minutes
    };
    t.step(s.value(hm(added)));
    Some(added)
}

rule!(pub TOTAL = "seikatsu_kaigo.standard_time.total", "標準的な時間（合計のサービス提供時間）＝実績記録票の算定時間数", source "資料1 §4 Q&A VOL.1 問29（記載イメージ）、VOL.2 問22", fn standard_time);
/// The 標準的な時間 (= the 実績記録票's 算定時間数): サービス提供時間 + (イ) + (ウ) + (エ).
pub fn standard_time(c: &Ctx, p: &Plan) -> Result<(StandardTime, Vec<Step>), Vec<Problem>> {
    let mut t = Trace::new(c, "plan");
    let service = service_time(&mut t, p);
    let transport = transport_consideration(&mut t, p);
    let trait_add = trait_consideration(&mut t, p);
    let home = in_home_care(&mut t, p);
    let all = service.zip(transport).zip(trait_add.zip(home));
    let (mut t, ((service, transport), (trait_add, home))) = t.checked(all, "seikatsu_kaigo.standard_time")?;
    let total = service + transport + trait_add + home;
    let row = |label: &str, minutes: u32| LayoutRow { label: label.into(), minutes, text: hm(minutes) };
    let layout = vec![
        row("サービス提供時間", service),
        row("送迎に係る配慮", transport),
        row("障害特性に係る配慮", trait_add),
        row("送迎時の移乗等", home),
        row("合計のサービス提供時間", total),
    ];
    t.step(
        Step::of(&TOTAL)
            .input("サービス提供時間", hm(service))
            .input("送迎に係る配慮", hm(transport))
            .input("障害特性に係る配慮", hm(trait_add))
            .input("送迎時の移乗等", hm(home))
            .value(hm(total))
            .source(cite(SEED, "資料1 §4 Q&A VOL.1 問29（記載イメージ）"))
            .source(cite(SEED, "資料1 §4 Q&A VOL.2 問22（実績記録票の算定時間数）")),
    );
    let st = StandardTime {
        service_minutes: service,
        transport_minutes: transport,
        trait_minutes: trait_add,
        in_home_care_minutes: home,
        total_minutes: total,
        santei_jikan: hm(total),
        layout,
    };
    Ok((st, t.steps))
}
