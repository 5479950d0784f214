//! 計画相談支援・障害児相談支援: the office and the cases as the rules read
//! them (kinds, levels, counts), parsed from the request's words.

use crate::engine::date::YearMonth;
use crate::{choices, key};
use rust_decimal::Decimal;

choices! {
    /// 計画相談支援 or 障害児相談支援.
    pub enum CaseKind {
        Keikaku: "keikaku" | "計画相談" | "計画相談支援" | "計" => "計画相談支援",
        Ji: "ji" | "障害児相談" | "障害児相談支援" | "児" => "障害児相談支援",
    }
}

impl CaseKind {
    pub fn key(self) -> &'static str {
        match self {
            CaseKind::Keikaku => "keikaku",
            CaseKind::Ji => "ji",
        }
    }
}

choices! {
    /// The case's support this month: 計画作成, モニタリング, both (継続サービス
    /// 利用支援 then サービス利用支援 in one month), or neither (加算 only).
    pub enum Service {
        Plan: "plan" | "計画作成" | "サービス利用支援",
        Monitoring: "monitoring" | "モニタリング" | "継続サービス利用支援",
        Both: "both" | "モニタリングと計画作成" | "継続サービス利用支援とサービス利用支援",
        None: "none" | "なし",
    }
}

impl Service {
    /// 計画作成 (サービス利用支援) this month.
    pub fn has_plan(self) -> bool {
        matches!(self, Service::Plan | Service::Both)
    }
    /// モニタリング (継続サービス利用支援) this month.
    pub fn has_monitoring(self) -> bool {
        matches!(self, Service::Monitoring | Service::Both)
    }
    pub fn label(self, kind: CaseKind) -> &'static str {
        match (self, kind) {
            (Service::Both, CaseKind::Keikaku) => "継続サービス利用支援とサービス利用支援（同じ月）",
            (Service::Both, CaseKind::Ji) => "継続障害児支援利用援助と障害児支援利用援助（同じ月）",
            (Service::Plan, CaseKind::Keikaku) => "サービス利用支援（計画作成）",
            (Service::Monitoring, CaseKind::Keikaku) => "継続サービス利用支援（モニタリング）",
            (Service::Plan, CaseKind::Ji) => "障害児支援利用援助（計画作成）",
            (Service::Monitoring, CaseKind::Ji) => "継続障害児支援利用援助（モニタリング）",
            (Service::None, _) => "基本報酬なし（加算のみ）",
        }
    }
}

choices! {
    /// 機能強化型の区分 of the office.
    pub enum OfficeKind {
        None: "none" | "なし" => "機能強化型でない",
        #[serde(rename = "kyoka-1")]
        Kyoka1: "kyoka-1" | "1" | "Ⅰ" => "機能強化型（Ⅰ）",
        #[serde(rename = "kyoka-2")]
        Kyoka2: "kyoka-2" | "2" | "Ⅱ" => "機能強化型（Ⅱ）",
        #[serde(rename = "kyoka-3")]
        Kyoka3: "kyoka-3" | "3" | "Ⅲ" => "機能強化型（Ⅲ）",
        #[serde(rename = "kyoka-4")]
        Kyoka4: "kyoka-4" | "4" | "Ⅳ" => "機能強化型（Ⅳ）",
    }
}

impl OfficeKind {
    /// The band of the cases within the 40件 threshold.
    pub fn band(self) -> &'static str {
        match self {
            OfficeKind::None => "i",
            OfficeKind::Kyoka1 => "kyoka-1",
            OfficeKind::Kyoka2 => "kyoka-2",
            OfficeKind::Kyoka3 => "kyoka-3",
            OfficeKind::Kyoka4 => "kyoka-4",
        }
    }
}

choices! {
    /// A 体制加算 level held: none, (Ⅰ) or (Ⅱ).
    pub enum Level {
        None: "none" | "なし",
        I: "i" | "1" | "Ⅰ",
        Ii: "ii" | "2" | "Ⅱ",
    }
}

impl Level {
    pub fn key(self) -> Option<&'static str> {
        match self {
            Level::None => None,
            Level::I => Some("i"),
            Level::Ii => Some("ii"),
        }
    }
}

choices! {
    /// The 担当者's role (サービス提供時モニタリング加算's per-staff limit).
    pub enum StaffRole {
        Specialist: "specialist" | "相談支援専門員" => "相談支援専門員",
        Assistant: "assistant" | "相談支援員" => "相談支援員",
    }
}

impl StaffRole {
    /// The figure of サービス提供時モニタリング加算's monthly limit per staff member.
    pub fn limit_key(self) -> &'static str {
        match self {
            StaffRole::Specialist => key!("soudan.limit.service_monitoring.per_specialist"),
            StaffRole::Assistant => key!("soudan.limit.service_monitoring.per_assistant"),
        }
    }
}

choices! {
    /// 初回加算: the plan made this month (seed 000 要件①②).
    pub enum PlanBasis {
        New: "new" | "新規" => "新規にサービス等利用計画を作成（要件①）",
        Change: "change" | "変更" | "更新" => "作成済みの計画の変更・更新",
        #[serde(rename = "office_change")]
        OfficeChange: "office_change" | "事業所変更" => "相談支援事業所の変更",
    }
}

/// The office as the rules read it.
pub struct Office {
    pub kind: OfficeKind,
    pub staff_fte: Decimal,
    /// 体制加算 held: (key under `soudan.addition.`, 日本語名, level).
    pub systems: Vec<(&'static str, &'static str, Level)>,
    pub peer_support: bool,
    pub hub: bool,
    pub community_system: bool,
}

/// The 加算 events of one case (counts; a blank count is 0).
#[derive(Clone, Default)]
pub struct Adds {
    pub upper_limit_management: i64,
    pub first: bool,
    /// 初回加算: the plan made this month (blank: not stated).
    pub plan_basis: Option<PlanBasis>,
    /// 初回加算: the last month before this one in which the person used
    /// 障害福祉サービス or 地域相談支援 (blank: none).
    pub prior_use_month: Option<YearMonth>,
    pub first_extra_months: i64,
    pub prior_transition: bool,
    pub hospital_info_i: i64,
    pub hospital_info_ii: i64,
    pub discharge: i64,
    pub discharge_prior: i64,
    pub transition_visit: i64,
    pub transition_meeting: i64,
    pub transition_info: i64,
    pub services_ended: bool,
    pub medical_meeting: bool,
    pub medical_meeting_discharge_only: bool,
    pub medical_accompany: i64,
    pub medical_accompany_hospitals: i64,
    pub medical_info_hospital: i64,
    pub medical_info_other: i64,
    pub medical_info_same_hospital: bool,
    pub intensive_visit: i64,
    pub intensive_meeting_held: i64,
    pub intensive_meeting_attend: i64,
    pub intensive_meeting_same_as_transition: bool,
    pub intensive_accompany: i64,
    pub intensive_accompany_hospitals: i64,
    pub intensive_info_hospital: i64,
    pub intensive_info_other: i64,
    pub conference: i64,
    pub conference_plan_changed: bool,
    pub service_monitoring: i64,
    pub hub_emergency: i64,
    pub community_joint: i64,
}

/// One case of the month.
#[derive(Clone)]
pub struct Case {
    pub label: String,
    pub kind: CaseKind,
    /// The support entered (for the 加算's marks: the support billed, see
    /// [`crate::national::soudan::conditions`]).
    pub service: Service,
    /// 受給者証に記載されたモニタリング実施予定月 (blank: not entered, not checked).
    pub monitoring_months: Option<Vec<YearMonth>>,
    /// 市町村が同一の月にサービス利用支援と継続サービス利用支援を行うと決定した.
    pub both_decided: bool,
    pub staff: Option<String>,
    pub role: StaffRole,
    pub adds: Adds,
}
