//! 生活介護: the request as sent (lenient [`Raw`] leaves), the validated
//! office, user, plan and day, and the readers between them (each bad field a
//! Japanese problem naming its path).

use crate::choices;
use crate::engine::input::{Raw, Reader};
use crate::engine::map::KeyMap;
use crate::engine::problem::{Code, Problem};
use crate::national::kubun::Column;
use chrono::NaiveDate;
use serde::Serialize;

/// The office (事業所).
#[derive(Clone, Debug, Default, Serialize)]
pub struct OfficeInput {
    /// 利用定員 (persons).
    pub capacity: Raw,
    /// 延長支援加算の届出あり.
    pub extension_addition: Raw,
}
crate::decode_fields! { OfficeInput { capacity, extension_addition } }

/// The user (利用者).
#[derive(Clone, Debug, Default, Serialize)]
pub struct UserInput {
    /// 障害支援区分: "6" … "1" (区分1・2 are 区分2以下).
    pub kubun: Raw,
    /// 同一の障害者支援施設で施設入所支援を受けている (昼間実施サービスとしての生活介護).
    pub facility_resident: Raw,
}
crate::decode_fields! { UserInput { kubun, facility_resident } }

/// The 生活介護計画 (個別支援計画) entries that make up the 標準的な時間.
#[derive(Clone, Debug, Default, Serialize)]
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
crate::decode_fields! { PlanInput { service_minutes, transport_round_trip_minutes, transport_service_not_local, transport_shared_route, trait_reason, behavior_score, trait_minutes, in_home_care_minutes } }

/// One day of service.
#[derive(Clone, Debug, Default, Serialize)]
pub struct DayInput {
    /// The date (month requests only; day requests use `service_date`).
    pub date: Raw,
    /// as_planned | shorter_unavoidable | clinic_visit | shorter_other | longer_caregiver | short_business_day
    pub situation: Raw,
    /// 実際のサービス提供時間 (minutes or "H:MM"); needed for some situations and for 延長支援加算.
    pub actual_minutes: Raw,
}
crate::decode_fields! { DayInput { date, situation, actual_minutes } }

#[derive(Clone, Debug, Default, Serialize)]
pub struct DayRequest {
    pub service_date: Raw,
    pub office: OfficeInput,
    pub user: UserInput,
    pub plan: PlanInput,
    pub day: DayInput,
    pub user_figures: KeyMap<Raw>,
}
crate::decode_fields! { DayRequest { service_date, office, user, plan, day, user_figures } }

#[derive(Clone, Debug, Default, Serialize)]
pub struct MonthRequest {
    pub service_month: Raw,
    pub office: OfficeInput,
    pub user: UserInput,
    pub plan: PlanInput,
    pub days: Vec<DayInput>,
    pub user_figures: KeyMap<Raw>,
}
crate::decode_fields! { MonthRequest { service_month, office, user, plan, days, user_figures } }

/// 障害支援区分 as the 生活介護 table divides it (区分6 … 区分3, 区分2以下).
pub type Kubun = Column<2>;

/// `6` … `1`, `区分6`, `2以下`.
pub fn parse_kubun(t: &str) -> Option<Kubun> {
    Kubun::parse_with(t, &["2以下", "2-or-less"])
}

choices! {
    /// 障害特性等 for the (ウ) consideration.
    pub enum TraitReason {
        None: "none" | "なし" => "該当なし",
        MedicalCare: "medical_care" | "医療的ケア" => "医療的ケアスコアに該当する者",
        SevereMultiple: "severe_multiple" | "重症心身障害" => "重症心身障害者",
        Behavior: "behavior" | "行動関連" => "行動関連項目の合計点数が一定以上である者",
        Deafblind: "deafblind" | "盲ろう" => "盲ろう者",
        OtherAccepted: "other_accepted" | "その他"
            => "その他、市町村が利用者の状態等を勘案して認めた者（Q&A VOL.1 問27）",
    }
}

choices! {
    /// How the day went, which decides whose time the band is read from.
    pub enum Situation {
        /// 計画どおり.
        AsPlanned: "as_planned" | "計画どおり" => "計画どおり",
        /// (ア) 道路状況・天候・心身の状況等やむを得ない事情で短くなった.
        ShorterUnavoidable: "shorter_unavoidable" | "ア"
            => "やむを得ない事情で短くなった（ア）",
        /// 定期通院による遅刻・早退・中抜け (資料1 §2 ポイント).
        ClinicVisit: "clinic_visit" | "定期通院" => "定期通院による遅刻・早退・中抜け",
        /// 本人の都合等、やむを得ない事情によらず短くなった.
        ShorterOther: "shorter_other"
            => "本人の都合等で短くなった（やむを得ない事情によらない）",
        /// (オ) 介護者の就業等で長くなり、日常生活上の世話を行った.
        LongerCaregiver: "longer_caregiver" | "オ"
            => "介護者の就業等で長くなり日常生活上の世話を行った（オ）",
        /// 問26 運営規程で営業時間を短くしている日（土日祝日等）.
        ShortBusinessDay: "short_business_day" | "問26"
            => "運営規程で営業時間を短くしている日（問26）",
    }
}

impl Situation {
    pub(super) fn needs_actual(self) -> bool {
        matches!(self, Situation::ShorterOther | Situation::LongerCaregiver | Situation::ShortBusinessDay)
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

pub(super) fn read_office(r: &mut Reader, o: &OfficeInput) -> Option<Office> {
    let capacity = r.int(&o.capacity, "office.capacity", "利用定員", 1, 999);
    let ext = r.flag(&o.extension_addition, "office.extension_addition", "延長支援加算の届出", false);
    Some(Office { capacity: capacity?, extension_addition: ext? })
}

pub(super) fn read_user(r: &mut Reader, u: &UserInput) -> Option<User> {
    let kubun = r.choice(&u.kubun, "user.kubun", "障害支援区分", "「区分6」〜「区分3」「区分2以下」", parse_kubun);
    let res = r.flag(&u.facility_resident, "user.facility_resident", "施設入所者", false);
    Some(User { kubun: kubun?, facility_resident: res? })
}

/// The 配慮 entries for 送迎 ((イ)) and 居宅内介助等 ((エ)).
fn read_transport(r: &mut Reader, p: &PlanInput) -> Option<(u32, bool, bool, u32)> {
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
    let shared = r.flag(&p.transport_shared_route, "plan.transport_shared_route", "複数人同乗の送迎ルート", false);
    let home =
        r.opt_minutes(&p.in_home_care_minutes, "plan.in_home_care_minutes", "送迎時の居宅内介助等の時間", DAY_MAX);
    Some((round?.unwrap_or(0), not_local?, shared?, home?.unwrap_or(0)))
}

/// The 障害特性に係る配慮 ((ウ)) entries: the reason, its time, the score.
fn read_trait(r: &mut Reader, p: &PlanInput) -> Option<(TraitReason, Option<i64>, u32)> {
    let reason = r.opt_choice(
        &p.trait_reason,
        "plan.trait_reason",
        "障害特性等",
        TraitReason::CHOICE_LABELS,
        TraitReason::parse,
    );
    let score = r.opt_int(&p.behavior_score, "plan.behavior_score", "行動関連項目の合計点数", 0, 24);
    let trait_m = r.opt_minutes(&p.trait_minutes, "plan.trait_minutes", "障害特性に係る配慮に要した時間", DAY_MAX);
    let (reason, trait_m, score) = (reason?.unwrap_or(TraitReason::None), trait_m?, score?);
    if reason != TraitReason::None && trait_m.is_none() {
        r.problems.push(Problem::required("plan.trait_minutes", "障害特性に係る配慮に実際に要した時間"));
        return None;
    }
    if reason == TraitReason::Behavior && score.is_none() {
        r.problems.push(Problem::required("plan.behavior_score", "行動関連項目の合計点数"));
        return None;
    }
    Some((reason, score, trait_m.unwrap_or(0)))
}

pub(super) fn read_plan(r: &mut Reader, p: &PlanInput) -> Option<Plan> {
    let service = r.minutes(&p.service_minutes, "plan.service_minutes", "サービス提供時間", DAY_MAX);
    let transport = read_transport(r, p);
    let traits = read_trait(r, p);
    let (round, not_local, shared, home) = transport?;
    let (reason, score, trait_m) = traits?;
    Some(Plan {
        service_minutes: service?,
        transport_round_trip_minutes: round,
        transport_service_not_local: not_local,
        transport_shared_route: shared,
        trait_reason: reason,
        behavior_score: score,
        trait_minutes: trait_m,
        in_home_care_minutes: home,
    })
}

pub(super) fn read_day(
    r: &mut Reader,
    d: &DayInput,
    date: Option<NaiveDate>,
    prefix: &str,
) -> Option<(Situation, Option<u32>, Option<NaiveDate>)> {
    let f = |s: &str| format!("{prefix}.{s}");
    let situation =
        r.opt_choice(&d.situation, &f("situation"), "その日の状況", Situation::CHOICE_LABELS, Situation::parse);
    let actual = r.opt_minutes(&d.actual_minutes, &f("actual_minutes"), "実際のサービス提供時間", DAY_MAX);
    let situation = situation?.unwrap_or(Situation::AsPlanned);
    let actual = actual?;
    if situation.needs_actual() && actual.is_none() {
        r.problems.push(Problem::new(
            Code::Required,
            f("actual_minutes"),
            format!("「{}」の日は実際のサービス提供時間を入力してください。", situation.label()),
        ));
        return None;
    }
    Some((situation, actual, date))
}
