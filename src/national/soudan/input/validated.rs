//! 計画相談支援・障害児相談支援: the office and the cases as the rules read
//! them (kinds, levels, counts), parsed from the request's words.

use crate::key;
use rust_decimal::Decimal;
use serde::Serialize;

/// 計画相談支援 or 障害児相談支援.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CaseKind {
    Keikaku,
    Ji,
}

impl CaseKind {
    pub fn parse(t: &str) -> Option<Self> {
        Some(match t {
            "keikaku" | "計画相談" | "計画相談支援" | "計" => CaseKind::Keikaku,
            "ji" | "障害児相談" | "障害児相談支援" | "児" => CaseKind::Ji,
            _ => return None,
        })
    }
    pub fn key(self) -> &'static str {
        match self {
            CaseKind::Keikaku => "keikaku",
            CaseKind::Ji => "ji",
        }
    }
    pub fn label(self) -> &'static str {
        match self {
            CaseKind::Keikaku => "計画相談支援",
            CaseKind::Ji => "障害児相談支援",
        }
    }
}

/// The case's support this month: 計画作成, モニタリング, or neither (加算 only).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Service {
    Plan,
    Monitoring,
    None,
}

impl Service {
    pub fn parse(t: &str) -> Option<Self> {
        Some(match t {
            "plan" | "計画作成" | "サービス利用支援" => Service::Plan,
            "monitoring" | "モニタリング" | "継続サービス利用支援" => {
                Service::Monitoring
            }
            "none" | "なし" => Service::None,
            _ => return None,
        })
    }
    pub fn label(self, kind: CaseKind) -> &'static str {
        match (self, kind) {
            (Service::Plan, CaseKind::Keikaku) => "サービス利用支援（計画作成）",
            (Service::Monitoring, CaseKind::Keikaku) => "継続サービス利用支援（モニタリング）",
            (Service::Plan, CaseKind::Ji) => "障害児支援利用援助（計画作成）",
            (Service::Monitoring, CaseKind::Ji) => "継続障害児支援利用援助（モニタリング）",
            (Service::None, _) => "基本報酬なし（加算のみ）",
        }
    }
}

/// 機能強化型の区分 of the office.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum OfficeKind {
    None,
    #[serde(rename = "kyoka-1")]
    Kyoka1,
    #[serde(rename = "kyoka-2")]
    Kyoka2,
    #[serde(rename = "kyoka-3")]
    Kyoka3,
    #[serde(rename = "kyoka-4")]
    Kyoka4,
}

impl OfficeKind {
    pub fn parse(t: &str) -> Option<Self> {
        Some(match t {
            "none" | "なし" => OfficeKind::None,
            "kyoka-1" | "1" | "Ⅰ" => OfficeKind::Kyoka1,
            "kyoka-2" | "2" | "Ⅱ" => OfficeKind::Kyoka2,
            "kyoka-3" | "3" | "Ⅲ" => OfficeKind::Kyoka3,
            "kyoka-4" | "4" | "Ⅳ" => OfficeKind::Kyoka4,
            _ => return None,
        })
    }
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
    pub fn label(self) -> &'static str {
        match self {
            OfficeKind::None => "機能強化型でない",
            OfficeKind::Kyoka1 => "機能強化型（Ⅰ）",
            OfficeKind::Kyoka2 => "機能強化型（Ⅱ）",
            OfficeKind::Kyoka3 => "機能強化型（Ⅲ）",
            OfficeKind::Kyoka4 => "機能強化型（Ⅳ）",
        }
    }
}

/// A 体制加算 level held: none, (Ⅰ) or (Ⅱ).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Level {
    None,
    I,
    Ii,
}

impl Level {
    pub fn parse(t: &str) -> Option<Self> {
        Some(match t {
            "none" | "なし" => Level::None,
            "i" | "1" | "Ⅰ" => Level::I,
            "ii" | "2" | "Ⅱ" => Level::Ii,
            _ => return None,
        })
    }
    pub fn key(self) -> Option<&'static str> {
        match self {
            Level::None => None,
            Level::I => Some("i"),
            Level::Ii => Some("ii"),
        }
    }
}

/// The 担当者's role (サービス提供時モニタリング加算's per-staff limit).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum StaffRole {
    Specialist,
    Assistant,
}

impl StaffRole {
    pub fn parse(t: &str) -> Option<Self> {
        Some(match t {
            "specialist" | "相談支援専門員" => StaffRole::Specialist,
            "assistant" | "相談支援員" => StaffRole::Assistant,
            _ => return None,
        })
    }
    pub fn label(self) -> &'static str {
        match self {
            StaffRole::Specialist => "相談支援専門員",
            StaffRole::Assistant => "相談支援員",
        }
    }
    /// The figure of サービス提供時モニタリング加算's monthly limit per staff member.
    pub fn limit_key(self) -> &'static str {
        match self {
            StaffRole::Specialist => key!("soudan.limit.service_monitoring.per_specialist"),
            StaffRole::Assistant => key!("soudan.limit.service_monitoring.per_assistant"),
        }
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
#[derive(Default)]
pub struct Adds {
    pub upper_limit_management: i64,
    pub first: bool,
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
pub struct Case {
    pub label: String,
    pub kind: CaseKind,
    pub service: Service,
    pub staff: Option<String>,
    pub role: StaffRole,
    pub adds: Adds,
}
