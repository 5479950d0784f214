//! 生活介護サービス費: 標準的な時間 (with the 配慮規定) and the basic units of a day
//! and of a month (令和6年4月〜).
//!
//! The rule text, as the 横浜市 集団指導 資料1 (seed 002, lines 23–200) quotes
//! the 留意事項通知 and the Q&A:
//!
//! > 所要時間による区分については、現に要した時間により算定されるのではなく、
//! > 生活介護計画に基づいて行われるべき指定生活介護等を行うための標準的な時間に
//! > 基づき算定されるものである。（資料1 §1）
//!
//! * (イ) 送迎に要する時間が往復3時間以上 → 1時間を加えることができる（問2: 同乗者全員）
//! * (ウ) 障害特性等によりサービス提供時間が6時間未満 → 実際に要した時間を1日2時間以内で加える
//! * (エ) 送迎時の居宅内介助等 → 1日1時間以内で加える
//! * (ア) やむを得ない事情で短くなった日 → 標準的な時間で算定して差し支えない
//! * (オ) 介護者の就業等で長くなり日常生活上の世話を行った日 → 実際の時間で算定して差し支えない
//! * 問26 運営規程で営業時間を短くしている日 → 現にサービスを提供した時間で算定
//! * §3 施設入所者は8時間以上9時間未満を算定できない（最大7時間以上8時間未満）
//!
//! Every figure (the 3時間, 2時間, 1時間, 6時間 thresholds, the bands, the units)
//! is read from `data/seikatsu_kaigo_*.tsv`.

use crate::engine::date::{date_both, YearMonth};
use crate::engine::input::{Raw, Reader};
use crate::engine::params::{cite, read_user_figures, Ctx};
use crate::engine::problem::{Code, Outcome, Problem, Problems};
use crate::engine::trace::{hm, units, Citation, Step};
use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

const SEED: &str = "seed-002-yokohama-r7";

// ---------------------------------------------------------------- requests

/// The office (事業所).
#[derive(Clone, Debug, Default, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct OfficeInput {
    /// 利用定員 (persons).
    pub capacity: Raw,
    /// 延長支援加算の届出あり.
    pub extension_addition: Raw,
}

/// The user (利用者).
#[derive(Clone, Debug, Default, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct UserInput {
    /// 障害支援区分: "6" … "1" (区分1・2 are 区分2以下).
    pub kubun: Raw,
    /// 同一の障害者支援施設で施設入所支援を受けている (昼間実施サービスとしての生活介護).
    pub facility_resident: Raw,
}

/// The 生活介護計画 (個別支援計画) entries that make up the 標準的な時間.
#[derive(Clone, Debug, Default, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct PlanInput {
    /// サービス提供時間 (minutes, or "H:MM").
    pub service_minutes: Raw,
    /// 送迎に要する時間（往復）: the vehicle's time from leaving the office to returning, both legs.
    pub transport_round_trip_minutes: Raw,
    /// 利用者が必要とするサービスを提供する事業所が居住する地域にない場合等に該当.
    pub transport_service_not_local: Raw,
    /// 複数人を同乗させる送迎ルート (Q&A VOL.4 問2).
    pub transport_shared_route: Raw,
    /// 障害特性等: none | medical_care | severe_multiple | behavior | deafblind | other_accepted.
    pub trait_reason: Raw,
    /// 行動関連項目の合計点数 (when trait_reason is behavior).
    pub behavior_score: Raw,
    /// 障害特性に係る配慮: time actually needed (minutes).
    pub trait_minutes: Raw,
    /// 送迎時の居宅内での介助等 (minutes).
    pub in_home_care_minutes: Raw,
}

/// One day of service.
#[derive(Clone, Debug, Default, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct DayInput {
    /// The date (month requests only; day requests use `service_date`).
    pub date: Raw,
    /// as_planned | shorter_unavoidable | clinic_visit | shorter_other | longer_caregiver | short_business_day
    pub situation: Raw,
    /// 実際のサービス提供時間 (minutes or "H:MM"); needed for some situations and for 延長支援加算.
    pub actual_minutes: Raw,
}

#[derive(Clone, Debug, Default, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct DayRequest {
    pub service_date: Raw,
    pub office: OfficeInput,
    pub user: UserInput,
    pub plan: PlanInput,
    pub day: DayInput,
    pub user_figures: BTreeMap<String, Raw>,
}

#[derive(Clone, Debug, Default, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct MonthRequest {
    pub service_month: Raw,
    pub office: OfficeInput,
    pub user: UserInput,
    pub plan: PlanInput,
    pub days: Vec<DayInput>,
    pub user_figures: BTreeMap<String, Raw>,
}

// ---------------------------------------------------------------- validated inputs

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum Kubun {
    K6,
    K5,
    K4,
    K3,
    K2OrLess,
}

impl Kubun {
    pub fn parse(t: &str) -> Option<Self> {
        let t = t.trim_start_matches("区分");
        Some(match t {
            "6" => Kubun::K6,
            "5" => Kubun::K5,
            "4" => Kubun::K4,
            "3" => Kubun::K3,
            "2" | "1" | "2以下" | "2-or-less" => Kubun::K2OrLess,
            _ => return None,
        })
    }
    pub fn key(self) -> &'static str {
        match self {
            Kubun::K6 => "kubun6",
            Kubun::K5 => "kubun5",
            Kubun::K4 => "kubun4",
            Kubun::K3 => "kubun3",
            Kubun::K2OrLess => "kubun2-or-less",
        }
    }
    pub fn label(self) -> &'static str {
        match self {
            Kubun::K6 => "区分6",
            Kubun::K5 => "区分5",
            Kubun::K4 => "区分4",
            Kubun::K3 => "区分3",
            Kubun::K2OrLess => "区分2以下",
        }
    }
    pub const ALL: [Kubun; 5] = [Kubun::K6, Kubun::K5, Kubun::K4, Kubun::K3, Kubun::K2OrLess];
}

/// 障害特性等 for the (ウ) consideration.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TraitReason {
    None,
    MedicalCare,
    SevereMultiple,
    Behavior,
    Deafblind,
    OtherAccepted,
}

impl TraitReason {
    pub fn parse(t: &str) -> Option<Self> {
        Some(match t {
            "none" | "なし" => TraitReason::None,
            "medical_care" | "医療的ケア" => TraitReason::MedicalCare,
            "severe_multiple" | "重症心身障害" => TraitReason::SevereMultiple,
            "behavior" | "行動関連" => TraitReason::Behavior,
            "deafblind" | "盲ろう" => TraitReason::Deafblind,
            "other_accepted" | "その他" => TraitReason::OtherAccepted,
            _ => return None,
        })
    }
    pub fn label(self) -> &'static str {
        match self {
            TraitReason::None => "該当なし",
            TraitReason::MedicalCare => "医療的ケアスコアに該当する者",
            TraitReason::SevereMultiple => "重症心身障害者",
            TraitReason::Behavior => "行動関連項目の合計点数が10点以上である者",
            TraitReason::Deafblind => "盲ろう者",
            TraitReason::OtherAccepted => {
                "その他、市町村が利用者の状態等を勘案して認めた者（Q&A VOL.1 問27）"
            }
        }
    }
    const CHOICES: &'static str =
        "none, medical_care, severe_multiple, behavior, deafblind, other_accepted";
}

/// How the day went, which decides whose time the band is read from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Situation {
    /// 計画どおり.
    AsPlanned,
    /// (ア) 道路状況・天候・心身の状況等やむを得ない事情で短くなった.
    ShorterUnavoidable,
    /// 定期通院による遅刻・早退・中抜け (資料1 §2 ポイント).
    ClinicVisit,
    /// 本人の都合等、やむを得ない事情によらず短くなった.
    ShorterOther,
    /// (オ) 介護者の就業等で長くなり、日常生活上の世話を行った.
    LongerCaregiver,
    /// 問26 運営規程で営業時間を短くしている日（土日祝日等）.
    ShortBusinessDay,
}

impl Situation {
    pub fn parse(t: &str) -> Option<Self> {
        Some(match t {
            "as_planned" | "計画どおり" => Situation::AsPlanned,
            "shorter_unavoidable" | "ア" => Situation::ShorterUnavoidable,
            "clinic_visit" | "定期通院" => Situation::ClinicVisit,
            "shorter_other" => Situation::ShorterOther,
            "longer_caregiver" | "オ" => Situation::LongerCaregiver,
            "short_business_day" | "問26" => Situation::ShortBusinessDay,
            _ => return None,
        })
    }
    pub fn label(self) -> &'static str {
        match self {
            Situation::AsPlanned => "計画どおり",
            Situation::ShorterUnavoidable => "やむを得ない事情で短くなった（ア）",
            Situation::ClinicVisit => "定期通院による遅刻・早退・中抜け",
            Situation::ShorterOther => "本人の都合等で短くなった（やむを得ない事情によらない）",
            Situation::LongerCaregiver => "介護者の就業等で長くなり日常生活上の世話を行った（オ）",
            Situation::ShortBusinessDay => "運営規程で営業時間を短くしている日（問26）",
        }
    }
    const CHOICES: &'static str =
        "as_planned, shorter_unavoidable, clinic_visit, shorter_other, longer_caregiver, short_business_day";
    fn needs_actual(self) -> bool {
        matches!(
            self,
            Situation::ShorterOther | Situation::LongerCaregiver | Situation::ShortBusinessDay
        )
    }
}

#[derive(Clone, Debug)]
pub struct Office {
    pub capacity: i64,
    pub extension_addition: bool,
}

#[derive(Clone, Debug)]
pub struct User {
    pub kubun: Kubun,
    pub facility_resident: bool,
}

#[derive(Clone, Debug)]
pub struct Plan {
    pub service_minutes: u32,
    pub transport_round_trip_minutes: u32,
    pub transport_service_not_local: bool,
    pub transport_shared_route: bool,
    pub trait_reason: TraitReason,
    pub behavior_score: Option<i64>,
    pub trait_minutes: u32,
    pub in_home_care_minutes: u32,
}

#[derive(Clone, Debug)]
pub struct Day {
    pub date: NaiveDate,
    pub situation: Situation,
    pub actual_minutes: Option<u32>,
}

const DAY_MAX: u32 = 24 * 60;

fn read_office(r: &mut Reader, o: &OfficeInput) -> Option<Office> {
    let capacity = r.int(&o.capacity, "office.capacity", "利用定員", 1, 999);
    let ext = r.flag(
        &o.extension_addition,
        "office.extension_addition",
        "延長支援加算の届出",
        false,
    );
    Some(Office {
        capacity: capacity?,
        extension_addition: ext?,
    })
}

fn read_user(r: &mut Reader, u: &UserInput) -> Option<User> {
    let kubun = r.choice(
        &u.kubun,
        "user.kubun",
        "障害支援区分",
        "6, 5, 4, 3, 2, 1",
        Kubun::parse,
    );
    let res = r.flag(
        &u.facility_resident,
        "user.facility_resident",
        "施設入所者",
        false,
    );
    Some(User {
        kubun: kubun?,
        facility_resident: res?,
    })
}

fn read_plan(r: &mut Reader, p: &PlanInput) -> Option<Plan> {
    let service = r.minutes(
        &p.service_minutes,
        "plan.service_minutes",
        "サービス提供時間",
        DAY_MAX,
    );
    let round = r.opt_minutes(
        &p.transport_round_trip_minutes,
        "plan.transport_round_trip_minutes",
        "送迎に要する時間（往復）",
        DAY_MAX,
    );
    let not_local = r.flag(
        &p.transport_service_not_local,
        "plan.transport_service_not_local",
        "必要なサービスの事業所が居住地域にない等",
        false,
    );
    let shared = r.flag(
        &p.transport_shared_route,
        "plan.transport_shared_route",
        "複数人同乗の送迎ルート",
        false,
    );
    let reason = r.opt_choice(
        &p.trait_reason,
        "plan.trait_reason",
        "障害特性等",
        TraitReason::CHOICES,
        TraitReason::parse,
    );
    let score = r.opt_int(
        &p.behavior_score,
        "plan.behavior_score",
        "行動関連項目の合計点数",
        0,
        24,
    );
    let trait_m = r.opt_minutes(
        &p.trait_minutes,
        "plan.trait_minutes",
        "障害特性に係る配慮に要した時間",
        DAY_MAX,
    );
    let home = r.opt_minutes(
        &p.in_home_care_minutes,
        "plan.in_home_care_minutes",
        "送迎時の居宅内介助等の時間",
        DAY_MAX,
    );
    let reason = reason?.unwrap_or(TraitReason::None);
    let trait_m = trait_m?;
    let score = score?;
    if reason != TraitReason::None && trait_m.is_none() {
        r.problems.push(Problem::required(
            "plan.trait_minutes",
            "障害特性に係る配慮に実際に要した時間",
        ));
        return None;
    }
    if reason == TraitReason::Behavior && score.is_none() {
        r.problems.push(Problem::required(
            "plan.behavior_score",
            "行動関連項目の合計点数",
        ));
        return None;
    }
    Some(Plan {
        service_minutes: service?,
        transport_round_trip_minutes: round?.unwrap_or(0),
        transport_service_not_local: not_local?,
        transport_shared_route: shared?,
        trait_reason: reason,
        behavior_score: score,
        trait_minutes: trait_m.unwrap_or(0),
        in_home_care_minutes: home?.unwrap_or(0),
    })
}

fn read_day(
    r: &mut Reader,
    d: &DayInput,
    date: Option<NaiveDate>,
    prefix: &str,
) -> Option<(Situation, Option<u32>, Option<NaiveDate>)> {
    let f = |s: &str| format!("{prefix}.{s}");
    let situation = r.opt_choice(
        &d.situation,
        &f("situation"),
        "その日の状況",
        Situation::CHOICES,
        Situation::parse,
    );
    let actual = r.opt_minutes(
        &d.actual_minutes,
        &f("actual_minutes"),
        "実際のサービス提供時間",
        DAY_MAX,
    );
    let situation = situation?.unwrap_or(Situation::AsPlanned);
    let actual = actual?;
    if situation.needs_actual() && actual.is_none() {
        r.problems.push(Problem::new(
            Code::Required,
            f("actual_minutes"),
            format!(
                "「{}」の日は実際のサービス提供時間を入力してください。",
                situation.label()
            ),
        ));
        return None;
    }
    Some((situation, actual, date))
}

// ---------------------------------------------------------------- results

/// The 標準的な時間 laid out as Q&A VOL.1 問29 lays it out.
#[derive(Clone, Debug, Serialize)]
pub struct StandardTime {
    pub service_minutes: u32,
    pub transport_minutes: u32,
    pub trait_minutes: u32,
    pub in_home_care_minutes: u32,
    pub total_minutes: u32,
    /// 実績記録票の「算定時間数」 (Q&A VOL.2 問22): the standard time, as written in the plan.
    pub santei_jikan: String,
    /// The 問29 layout: (label, time) rows ending with the total.
    pub layout: Vec<LayoutRow>,
}

#[derive(Clone, Debug, Serialize)]
pub struct LayoutRow {
    pub label: String,
    pub minutes: u32,
    pub text: String,
}

#[derive(Clone, Debug, Serialize)]
pub struct DayResult {
    pub date: String,
    pub date_label: String,
    pub situation: Situation,
    pub situation_label: String,
    /// `standard` or `actual`: whose time the band was read from.
    pub basis: &'static str,
    pub basis_minutes: u32,
    pub band: String,
    pub band_label: String,
    /// The band was lowered to 7時間以上8時間未満 for a 施設入所者.
    pub capped_for_resident: bool,
    pub basic_units: i64,
    pub extension_units: i64,
    pub total_units: i64,
    pub steps: Vec<Step>,
}

#[derive(Clone, Debug, Serialize)]
pub struct DayOutput {
    pub service_month: YearMonth,
    pub month_label: String,
    pub standard_time: StandardTime,
    pub capacity_tier: String,
    pub kubun: String,
    pub day: DayResult,
    pub total_units: i64,
    pub steps: Vec<Step>,
}

#[derive(Clone, Debug, Serialize)]
pub struct MonthOutput {
    pub service_month: YearMonth,
    pub month_label: String,
    pub standard_time: StandardTime,
    pub capacity_tier: String,
    pub kubun: String,
    pub days: Vec<DayResult>,
    pub day_count: usize,
    pub basic_units_total: i64,
    pub extension_units_total: i64,
    pub total_units: i64,
    pub steps: Vec<Step>,
}

// ---------------------------------------------------------------- formulas

fn mins(c: &Ctx, key: &str) -> Result<(u32, Citation), Problem> {
    let (v, cit) = c.int(key)?;
    Ok((u32::try_from(v).unwrap_or(0), cit))
}

/// The 標準的な時間: サービス提供時間 + the three 配慮 (資料1 §2 (イ)(ウ)(エ)).
pub fn standard_time(c: &Ctx, p: &Plan) -> Result<(StandardTime, Vec<Step>), Vec<Problem>> {
    let mut ps = Problems::new();
    let rule = ps.take(c.rule("seikatsu_kaigo.standard_time"));
    let t_min = ps.take(mins(
        c,
        "seikatsu_kaigo.consideration.transport.round_trip_min_minutes",
    ));
    let t_add = ps.take(mins(
        c,
        "seikatsu_kaigo.consideration.transport.add_minutes",
    ));
    let tr_max = ps.take(mins(c, "seikatsu_kaigo.consideration.trait.max_minutes"));
    let tr_below = ps.take(mins(
        c,
        "seikatsu_kaigo.consideration.trait.service_time_below_minutes",
    ));
    let score_min = ps.take(c.int("seikatsu_kaigo.consideration.trait.behavior_score_min"));
    let home_max = ps.take(mins(
        c,
        "seikatsu_kaigo.consideration.in_home_care.max_minutes",
    ));
    let (
        Some(rule),
        Some(t_min),
        Some(t_add),
        Some(tr_max),
        Some(tr_below),
        Some(score_min),
        Some(home_max),
    ) = (rule, t_min, t_add, tr_max, tr_below, score_min, home_max)
    else {
        return Err(ps.into_vec());
    };
    let mut steps = Vec::new();

    steps.push(
        Step::new(
            "seikatsu_kaigo.standard_time.service",
            "サービス提供時間（生活介護計画に位置付けた時間。送迎に要する時間は含まない）",
        )
        .input("サービス提供時間", hm(p.service_minutes))
        .value(hm(p.service_minutes))
        .source(rule.clone()),
    );

    // (イ) 送迎に係る配慮
    let mut s = Step::new(
        "seikatsu_kaigo.standard_time.transport",
        "送迎に係る配慮（イ）",
    )
    .input(
        "送迎に要する時間（往復）",
        hm(p.transport_round_trip_minutes),
    )
    .input(
        "必要なサービスの事業所が居住地域にない等",
        yes_no(p.transport_service_not_local),
    )
    .input("基準（往復）", format!("{}以上", hm(t_min.0)))
    .sources([t_min.1.clone(), t_add.1.clone()]);
    let transport = if p.transport_round_trip_minutes >= t_min.0 && p.transport_service_not_local {
        s = s.note(format!(
            "往復{}以上で要件を満たすため、{}を加えます。",
            hm(t_min.0),
            hm(t_add.0)
        ));
        t_add.0
    } else if p.transport_round_trip_minutes >= t_min.0 {
        s = s.note("往復3時間以上ですが、「利用者が必要とするサービスを提供する事業所が居住する地域にない場合等」に該当しないため加えません。");
        0
    } else {
        if p.transport_round_trip_minutes > 0 {
            s = s.note(format!("往復{}未満のため加えません。", hm(t_min.0)));
        }
        0
    };
    if p.transport_shared_route {
        s = s
            .note("複数人を同乗させる送迎ルートでも、ルートの往復が3時間以上なら同乗者全員に1時間を加えられます（Q&A VOL.4 問2）。")
            .source(cite(SEED, "資料1 §4 Q&A VOL.4（令和6年6月4日）問2"));
    }
    steps.push(s.value(hm(transport)));

    // (ウ) 障害特性に係る配慮
    let mut s = Step::new(
        "seikatsu_kaigo.standard_time.trait",
        "障害特性に係る配慮（ウ）",
    )
    .input("障害特性等", p.trait_reason.label())
    .input("サービス提供時間", hm(p.service_minutes))
    .input("実際に要した時間", hm(p.trait_minutes))
    .input("上限", format!("1日{}", hm(tr_max.0)))
    .sources([tr_max.1.clone(), tr_below.1.clone()]);
    let trait_add = if p.trait_reason == TraitReason::None {
        0
    } else if p.service_minutes >= tr_below.0 {
        s = s.note(format!(
            "サービス提供時間が{}以上のため対象外です（対象は{}未満にならざるを得ない利用者）。",
            hm(tr_below.0),
            hm(tr_below.0)
        ));
        0
    } else if p.trait_reason == TraitReason::Behavior && p.behavior_score.unwrap_or(0) < score_min.0
    {
        s = s
            .input(
                "行動関連項目の合計点数",
                format!("{}点", p.behavior_score.unwrap_or(0)),
            )
            .source(score_min.1.clone())
            .note(format!(
                "行動関連項目の合計点数が{}点未満のため対象外です。",
                score_min.0
            ));
        0
    } else {
        if p.trait_reason == TraitReason::Behavior {
            s = s
                .input(
                    "行動関連項目の合計点数",
                    format!("{}点", p.behavior_score.unwrap_or(0)),
                )
                .source(score_min.1.clone());
        }
        if p.trait_reason == TraitReason::OtherAccepted {
            s = s
                .note("例示以外の者も、市町村が利用者の状態等を勘案して判断します（Q&A VOL.1 問27）。")
                .source(cite(SEED, "資料1 §4 Q&A VOL.1（令和6年3月29日）問27"));
        }
        s = s.note("やむを得ない理由がサービス担当者会議で検討され、サービス等利用計画等に位置付けられていることが前提です。");
        if p.trait_minutes > tr_max.0 {
            s = s.note(format!(
                "実際に要した時間{}は上限{}を超えるため、{}を加えます。",
                hm(p.trait_minutes),
                hm(tr_max.0),
                hm(tr_max.0)
            ));
            tr_max.0
        } else {
            p.trait_minutes
        }
    };
    steps.push(s.value(hm(trait_add)));

    // (エ) 送迎時の居宅内介助等
    let mut s = Step::new(
        "seikatsu_kaigo.standard_time.in_home_care",
        "送迎時の居宅内での介助等（エ）（着替え・移乗・戸締り等）",
    )
    .input("居宅内介助等の時間", hm(p.in_home_care_minutes))
    .input("上限", format!("1日{}", hm(home_max.0)))
    .source(home_max.1.clone());
    let home = if p.in_home_care_minutes > home_max.0 {
        s = s.note(format!("{}を超える分は加えません。", hm(home_max.0)));
        home_max.0
    } else {
        p.in_home_care_minutes
    };
    steps.push(s.value(hm(home)));

    let total = p.service_minutes + transport + trait_add + home;
    let layout = vec![
        LayoutRow {
            label: "サービス提供時間".into(),
            minutes: p.service_minutes,
            text: hm(p.service_minutes),
        },
        LayoutRow {
            label: "送迎に係る配慮".into(),
            minutes: transport,
            text: hm(transport),
        },
        LayoutRow {
            label: "障害特性に係る配慮".into(),
            minutes: trait_add,
            text: hm(trait_add),
        },
        LayoutRow {
            label: "送迎時の移乗等".into(),
            minutes: home,
            text: hm(home),
        },
        LayoutRow {
            label: "合計のサービス提供時間".into(),
            minutes: total,
            text: hm(total),
        },
    ];
    steps.push(
        Step::new(
            "seikatsu_kaigo.standard_time.total",
            "標準的な時間（合計のサービス提供時間）＝実績記録票の算定時間数",
        )
        .input("サービス提供時間", hm(p.service_minutes))
        .input("送迎に係る配慮", hm(transport))
        .input("障害特性に係る配慮", hm(trait_add))
        .input("送迎時の移乗等", hm(home))
        .value(hm(total))
        .source(cite(SEED, "資料1 §4 Q&A VOL.1 問29（記載イメージ）"))
        .source(cite(
            SEED,
            "資料1 §4 Q&A VOL.2 問22（実績記録票の算定時間数）",
        )),
    );
    Ok((
        StandardTime {
            service_minutes: p.service_minutes,
            transport_minutes: transport,
            trait_minutes: trait_add,
            in_home_care_minutes: home,
            total_minutes: total,
            santei_jikan: hm(total),
            layout,
        },
        steps,
    ))
}

fn yes_no(b: bool) -> &'static str {
    if b {
        "はい"
    } else {
        "いいえ"
    }
}

/// The office's 利用定員 tier and the user's 区分, shared by every day.
pub(crate) struct Setting {
    pub tier: crate::engine::params::Band,
    pub kubun: Kubun,
}

pub(crate) fn setting(
    c: &Ctx,
    office: &Office,
    user: &User,
) -> Result<(Setting, Vec<Step>), Problem> {
    let rule = c.rule("seikatsu_kaigo.basic")?;
    let tier = c
        .band(
            "seikatsu_kaigo.capacity_tier",
            Decimal::from(office.capacity),
        )
        .map_err(|e| e.at("office.capacity"))?;
    let steps = vec![
        Step::new("seikatsu_kaigo.capacity_tier", "利用定員の区分")
            .input("利用定員", format!("{}人", office.capacity))
            .value(tier.label.clone())
            .source(tier.citation.clone()),
        Step::new("seikatsu_kaigo.kubun", "障害支援区分")
            .input("障害支援区分", user.kubun.label())
            .value(user.kubun.label())
            .source(rule),
    ];
    Ok((
        Setting {
            tier,
            kubun: user.kubun,
        },
        steps,
    ))
}

/// A day's 所要時間区分 and its units, from the time the band is read from.
pub(crate) struct BandUnits {
    pub band: crate::engine::params::Band,
    pub capped: bool,
    pub units: i64,
    pub steps: Vec<Step>,
}

/// 所要時間区分 for `basis_minutes` (9時間以上 stays 8時間以上9時間未満; a
/// 施設入所者 at most 7時間以上8時間未満) and the 基本報酬 units of that band.
pub(crate) fn band_units(
    c: &Ctx,
    set: &Setting,
    user: &User,
    basis_minutes: u32,
) -> Result<BandUnits, Vec<Problem>> {
    let mut ps = Problems::new();
    let mut steps = Vec::new();
    let band = ps.take(c.band("seikatsu_kaigo.time_band", Decimal::from(basis_minutes)));
    let cap = ps.take(mins(c, "seikatsu_kaigo.resident.max_band_lower_minutes"));
    let (Some(mut band), Some(cap)) = (band, cap) else {
        return Err(ps.into_vec());
    };
    let mut bs = Step::new("seikatsu_kaigo.day.band", "所要時間区分")
        .input("所要時間", hm(basis_minutes))
        .source(band.citation.clone());
    if c.band(
        "seikatsu_kaigo.extension_band",
        Decimal::from(basis_minutes),
    )
    .is_ok()
    {
        bs = bs.note("9時間以上の場合も8時間以上9時間未満の区分で算定し、超える時間は延長支援加算（届出がある場合）の対象です。");
    }
    let mut capped = false;
    if user.facility_resident && band.lower > Decimal::from(cap.0) {
        let Some(capped_band) = ps.take(c.band("seikatsu_kaigo.time_band", Decimal::from(cap.0)))
        else {
            return Err(ps.into_vec());
        };
        bs = bs
            .input("施設入所者", "はい")
            .note(format!(
                "施設入所者は8時間以上9時間未満を算定できないため、{}で算定します。",
                capped_band.label
            ))
            .source(cap.1.clone());
        band = capped_band;
        capped = true;
    }
    steps.push(bs.value(band.label.clone()));
    let key = format!(
        "seikatsu_kaigo.basic.{}.{}.{}",
        set.tier.id,
        set.kubun.key(),
        band.id
    );
    let Some((units_v, cit)) = ps.take(c.int(&key)) else {
        return Err(ps.into_vec());
    };
    steps.push(
        Step::new(
            "seikatsu_kaigo.day.basic_units",
            "生活介護サービス費（基本報酬）",
        )
        .input("利用定員", set.tier.label.clone())
        .input("障害支援区分", set.kubun.label())
        .input("所要時間区分", band.label.clone())
        .value(units(units_v))
        .source(cit),
    );
    Ok(BandUnits {
        band,
        capped,
        units: units_v,
        steps,
    })
}

/// One day's band and units.
fn day_units(
    c: &Ctx,
    set: &Setting,
    office: &Office,
    user: &User,
    st: &StandardTime,
    day: &Day,
    field: &str,
) -> Result<DayResult, Vec<Problem>> {
    let mut ps = Problems::new();
    let mut steps = Vec::new();
    let std_m = st.total_minutes;

    // 1. whose time: the standard time, or the actual time.
    let (basis, basis_minutes, mut s) = match day.situation {
        Situation::AsPlanned | Situation::ShorterUnavoidable | Situation::ClinicVisit => {
            let mut s = Step::new("seikatsu_kaigo.day.basis", "所要時間（標準的な時間で算定）")
                .input("その日の状況", day.situation.label())
                .input("標準的な時間", hm(std_m));
            if let Some(a) = day.actual_minutes {
                s = s.input("実際のサービス提供時間", hm(a));
            }
            s = match day.situation {
                Situation::ShorterUnavoidable => s
                    .note("やむを得ない事情で短くなった日は、標準的な時間で算定して差し支えありません。短い日が続く場合は計画の見直しを検討します。")
                    .source(cite(SEED, "資料1 §2 (ア)")),
                Situation::ClinicVisit => s
                    .note("定期通院による遅刻・早退・中抜けは、標準的な利用時間から差し引く必要はありません。")
                    .source(cite(SEED, "資料1 §2 ★ポイント★")),
                _ => s
                    .note("実際の利用時間ではなく、個別支援計画の標準的な時間で算定します。")
                    .source(cite(SEED, "資料1 §1 基本的な考え方")),
            };
            ("standard", std_m, s)
        }
        Situation::ShorterOther => {
            let a = day.actual_minutes.unwrap_or(0);
            let s = Step::new("seikatsu_kaigo.day.basis", "所要時間（実際の時間で算定）")
                .input("その日の状況", day.situation.label())
                .input("標準的な時間", hm(std_m))
                .input("実際のサービス提供時間", hm(a))
                .note("資料1は、やむを得ない事情((ア))で短くなった日に限り標準的な時間での算定を認めています。それ以外の理由で短くなった日は、本製品は実際の時間で算定します（本製品の読み）。")
                .source(cite(SEED, "資料1 §2 (ア)"))
                .source(cite("product-reading", "生活介護: やむを得ない事情によらず短くなった日"));
            ("actual", a, s)
        }
        Situation::LongerCaregiver => {
            let a = day.actual_minutes.unwrap_or(0);
            if a <= std_m {
                ps.push(Problem::inconsistent(
                    format!("{field}.actual_minutes"),
                    format!(
                        "（オ）は実際の時間が標準的な時間（{}）より長い日に使います（入力: {}）。",
                        hm(std_m),
                        hm(a)
                    ),
                ));
            }
            let s = Step::new("seikatsu_kaigo.day.basis", "所要時間（実際の時間で算定）")
                .input("その日の状況", day.situation.label())
                .input("標準的な時間", hm(std_m))
                .input("実際のサービス提供時間", hm(a))
                .note("介護者の就業その他の理由で標準的な時間より長くなり、日常生活上の世話を行った日は、実際に要した時間に応じた単位で算定して差し支えありません。")
                .source(cite(SEED, "資料1 §2 (オ)"));
            ("actual", a, s)
        }
        Situation::ShortBusinessDay => {
            let a = day.actual_minutes.unwrap_or(0);
            let s = Step::new("seikatsu_kaigo.day.basis", "所要時間（現にサービスを提供した時間で算定）")
                .input("その日の状況", day.situation.label())
                .input("標準的な時間", hm(std_m))
                .input("実際のサービス提供時間", hm(a))
                .note("運営規程で営業時間を平日より短くしている日は、現にサービスを提供した時間で算定します。")
                .source(cite(SEED, "資料1 §4 Q&A VOL.1 問26"));
            ("actual", a, s)
        }
    };
    s = s.value(hm(basis_minutes));
    steps.push(s);

    // 2–3. band (with the 施設入所 cap) and units.
    let bu = match band_units(c, set, user, basis_minutes) {
        Ok(bu) => bu,
        Err(e) => {
            ps.extend(e);
            return Err(ps.into_vec());
        }
    };
    steps.extend(bu.steps);
    let (band, capped, basic) = (bu.band, bu.capped, bu.units);

    // 4. 延長支援加算 (actual time of 9時間以上, offices that hold it).
    let mut ext_units = 0;
    if office.extension_addition {
        match (day.actual_minutes, user.facility_resident) {
            (_, true) => {}
            (Some(a), false) => {
                let rule = ps.take(c.rule("seikatsu_kaigo.extension"));
                if let (Some(rule), Ok(eb)) = (
                    rule,
                    c.band("seikatsu_kaigo.extension_band", Decimal::from(a)),
                ) {
                    if let Some((u, cit)) =
                        ps.take(c.int(&format!("seikatsu_kaigo.extension.{}", eb.id)))
                    {
                        ext_units = u;
                        steps.push(
                            Step::new("seikatsu_kaigo.day.extension", "延長支援加算")
                                .input("実際のサービス提供時間", hm(a))
                                .input("区分", eb.label.clone())
                                .value(units(u))
                                .source(rule)
                                .source(cit)
                                .note("所要時間は実際のサービス提供時間で判断し、送迎のみの時間は含みません。"),
                        );
                    }
                }
            }
            (None, false) => {}
        }
    }
    if !ps.is_empty() {
        return Err(ps.into_vec());
    }
    Ok(DayResult {
        date: day.date.format("%Y-%m-%d").to_string(),
        date_label: date_both(day.date),
        situation: day.situation,
        situation_label: day.situation.label().to_string(),
        basis,
        basis_minutes,
        band: band.id.clone(),
        band_label: band.label.clone(),
        capped_for_resident: capped,
        basic_units: basic,
        extension_units: ext_units,
        total_units: basic + ext_units,
        steps,
    })
}

/// 延長支援加算 is not computed for 施設入所者: a note for the month/day steps.
fn resident_extension_note(office: &Office, user: &User) -> Option<Step> {
    (office.extension_addition && user.facility_resident).then(|| {
        Step::new("seikatsu_kaigo.extension.resident", "延長支援加算（施設入所者）")
            .value(units(0))
            .note("施設入所者には、本製品は延長支援加算を算定しません（施設入所支援の時間帯と重なるため。要確認）。")
            .source(cite("product-reading", "生活介護: 施設入所者の延長支援加算"))
    })
}

// ---------------------------------------------------------------- entry points

pub fn day(req: &DayRequest) -> Outcome<DayOutput> {
    let mut ps = Problems::new();
    let mut r = Reader::new(&mut ps);
    let date = r.date(&req.service_date, "service_date", "サービス提供日");
    let office = read_office(&mut r, &req.office);
    let user = read_user(&mut r, &req.user);
    let plan = read_plan(&mut r, &req.plan);
    let dayin = read_day(&mut r, &req.day, date, "day");
    let uf = read_user_figures(&mut r, &req.user_figures);
    let (Some(date), Some(office), Some(user), Some(plan), Some((situation, actual, _))) =
        (date, office, user, plan, dayin)
    else {
        return Err(ps.into_vec());
    };
    let month = YearMonth::of(date);
    let c = Ctx::new(month, "service_date", &uf).map_err(|p| vec![p])?;
    let (st, mut steps) = standard_time(&c, &plan)?;
    let (set, s2) = setting(&c, &office, &user).map_err(|p| vec![p])?;
    steps.extend(s2);
    let d = Day {
        date,
        situation,
        actual_minutes: actual,
    };
    let day = day_units(&c, &set, &office, &user, &st, &d, "day")?;
    steps.extend(resident_extension_note(&office, &user));
    Ok(DayOutput {
        service_month: month,
        month_label: month.both(),
        standard_time: st,
        capacity_tier: set.tier.label.clone(),
        kubun: set.kubun.label().to_string(),
        total_units: day.total_units,
        day,
        steps,
    })
}

pub fn month(req: &MonthRequest) -> Outcome<MonthOutput> {
    let mut ps = Problems::new();
    let mut r = Reader::new(&mut ps);
    let month = r.month(&req.service_month, "service_month", "サービス提供月");
    let office = read_office(&mut r, &req.office);
    let user = read_user(&mut r, &req.user);
    let plan = read_plan(&mut r, &req.plan);
    let mut days = Vec::new();
    let mut seen = std::collections::BTreeSet::new();
    for (i, d) in req.days.iter().enumerate() {
        let field = format!("days[{i}]");
        let date = r.date(&d.date, &format!("{field}.date"), "サービス提供日");
        if let (Some(date), Some(m)) = (date, month) {
            if !m.contains(date) {
                r.problems.push(Problem::inconsistent(
                    format!("{field}.date"),
                    format!("{}は{}の日付ではありません。", date_both(date), m.wareki()),
                ));
            } else if !seen.insert(date) {
                r.problems.push(Problem::inconsistent(
                    format!("{field}.date"),
                    format!("{}が重複しています。", date_both(date)),
                ));
            }
        }
        if let Some((situation, actual, Some(date))) = read_day(&mut r, d, date, &field) {
            days.push((
                field,
                Day {
                    date,
                    situation,
                    actual_minutes: actual,
                },
            ));
        }
    }
    if req.days.is_empty() {
        r.problems
            .push(Problem::required("days", "利用日（1日以上）"));
    }
    let uf = read_user_figures(&mut r, &req.user_figures);
    let (Some(month), Some(office), Some(user), Some(plan)) = (month, office, user, plan) else {
        return Err(ps.into_vec());
    };
    if !ps.is_empty() {
        return Err(ps.into_vec());
    }
    let c = Ctx::new(month, "service_month", &uf).map_err(|p| vec![p])?;
    let (st, mut steps) = standard_time(&c, &plan)?;
    let (set, s2) = setting(&c, &office, &user).map_err(|p| vec![p])?;
    steps.extend(s2);
    days.sort_by_key(|(_, d)| d.date);
    let mut results = Vec::new();
    for (field, d) in &days {
        match day_units(&c, &set, &office, &user, &st, d, field) {
            Ok(r) => results.push(r),
            Err(e) => ps.extend(e),
        }
    }
    if !ps.is_empty() {
        return Err(ps.into_vec());
    }
    let basic: i64 = results.iter().map(|d| d.basic_units).sum();
    let ext: i64 = results.iter().map(|d| d.extension_units).sum();
    steps.extend(resident_extension_note(&office, &user));
    steps.push(
        Step::new(
            "seikatsu_kaigo.month.total",
            "月の合計（各日の単位数の合計）",
        )
        .input("利用日数", format!("{}日", results.len()))
        .input("基本報酬の合計", units(basic))
        .input("延長支援加算の合計", units(ext))
        .value(units(basic + ext)),
    );
    Ok(MonthOutput {
        service_month: month,
        month_label: month.both(),
        standard_time: st,
        capacity_tier: set.tier.label.clone(),
        kubun: set.kubun.label().to_string(),
        day_count: results.len(),
        days: results,
        basic_units_total: basic,
        extension_units_total: ext,
        total_units: basic + ext,
        steps,
    })
}
