//! 計画相談支援・障害児相談支援: the request as sent (lenient [`Raw`] leaves),
//! the validated office and cases ([`validated`]) and the readers between them
//! ([`read`]: each bad field a Japanese problem naming its path).

pub mod read;
pub mod validated;

pub use read::read_month;
pub use validated::{Adds, Case, CaseKind, Level, Office, OfficeKind, PlanBasis, Service, StaffRole};

use crate::engine::input::Raw;
use crate::engine::map::KeyMap;
use serde::Serialize;

/// The office (指定特定相談支援事業所・指定障害児相談支援事業所).
#[derive(Clone, Debug, Default, Serialize)]
pub struct OfficeInput {
    /// 機能強化型: none | kyoka-1 | kyoka-2 | kyoka-3 | kyoka-4.
    pub kind: Raw,
    /// 相談支援専門員の員数（常勤換算）: "2.5".
    pub staff_fte: Raw,
    /// 主任相談支援専門員配置加算: none | i | ii.
    pub chief: Raw,
    /// 行動障害支援体制加算: none | i | ii.
    pub behavior: Raw,
    /// 要医療児者支援体制加算: none | i | ii.
    pub medical_care: Raw,
    /// 精神障害者支援体制加算: none | i | ii.
    pub mental: Raw,
    /// 高次脳機能障害支援体制加算: none | i | ii.
    pub brain: Raw,
    /// ピアサポート体制加算.
    pub peer_support: Raw,
    /// 運営規程において地域生活支援拠点等に位置づけられている.
    pub hub: Raw,
    /// 地域体制強化共同支援加算の体制（拠点等である、又は拠点等との連携体制と協議会への定期的な参画）.
    pub community_system: Raw,
}
crate::decode_fields! { OfficeInput { kind, staff_fte, chief, behavior, medical_care, mental, brain, peer_support, hub, community_system } }

/// The 加算 events of one case in the month (counts; blank is 0).
#[derive(Clone, Debug, Default, Serialize)]
pub struct AdditionsInput {
    /// 利用者負担上限額管理加算 (times).
    pub upper_limit_management: Raw,
    /// 初回加算 (yes/no).
    pub first: Raw,
    /// 初回加算: new (新規に計画作成) | change (計画の変更・更新) | office_change (事業所の変更).
    pub plan_basis: Raw,
    /// 初回加算: この月より前に障害福祉サービス又は地域相談支援を利用した直近の月 ("2024-01"; blank = なし).
    pub prior_use_month: Raw,
    /// 初回加算: 契約から計画案交付まで3月を超え、3月経過後に月2回以上面接した月の数.
    pub first_extra_months: Raw,
    /// 前6月間に居宅介護支援事業所等連携加算又は保育・教育等移行支援加算を算定している.
    pub prior_transition: Raw,
    /// 入院時情報連携加算(Ⅰ) (times).
    pub hospital_info_i: Raw,
    /// 入院時情報連携加算(Ⅱ) (times).
    pub hospital_info_ii: Raw,
    /// 退院・退所加算 (times this month).
    pub discharge: Raw,
    /// 退院・退所加算: 同じ入院・入所の間に既に算定した回数.
    pub discharge_prior: Raw,
    /// 居宅介護支援事業所等連携加算 / 保育・教育等移行支援加算: 訪問による面接 (times).
    pub transition_visit: Raw,
    /// 同: 会議参加 (times).
    pub transition_meeting: Raw,
    /// 同: 情報提供 (times).
    pub transition_info: Raw,
    /// 障害福祉サービス等の利用を終了した日から6月以内 (else: 利用中).
    pub services_ended: Raw,
    /// 医療・保育・教育機関等連携加算: 面談又は会議 (yes/no).
    pub medical_meeting: Raw,
    /// 同: 初回加算又は退院・退所加算を算定し、退院・退所する施設の職員のみから情報の提供を受けた.
    pub medical_meeting_discharge_only: Raw,
    /// 同: 通院同行 (times).
    pub medical_accompany: Raw,
    /// 同: 通院同行した病院等の数 (blank = all different).
    pub medical_accompany_hospitals: Raw,
    /// 同: 情報提供（病院・訪問看護事業所） (times).
    pub medical_info_hospital: Raw,
    /// 同: 情報提供（それ以外の福祉サービス等提供機関） (times).
    pub medical_info_other: Raw,
    /// 同: 病院等への情報提供が、同じ月に通院同行した病院等に対するもの.
    pub medical_info_same_hospital: Raw,
    /// 集中支援加算: 訪問 (times).
    pub intensive_visit: Raw,
    /// 同: 会議開催 (times).
    pub intensive_meeting_held: Raw,
    /// 同: 会議参加 (times).
    pub intensive_meeting_attend: Raw,
    /// 同: 会議参加が、居宅介護支援事業所等連携加算等の会議参加と趣旨・つなぎ先が同様.
    pub intensive_meeting_same_as_transition: Raw,
    /// 同: 通院同行 (times).
    pub intensive_accompany: Raw,
    /// 同: 通院同行した病院等の数 (blank = all different).
    pub intensive_accompany_hospitals: Raw,
    /// 同: 情報提供（病院・訪問看護事業所） (times).
    pub intensive_info_hospital: Raw,
    /// 同: 情報提供（それ以外） (times).
    pub intensive_info_other: Raw,
    /// サービス担当者会議実施加算 (times).
    pub conference: Raw,
    /// サービス担当者会議においてサービス等利用計画の変更があった.
    pub conference_plan_changed: Raw,
    /// サービス提供時モニタリング加算 (times).
    pub service_monitoring: Raw,
    /// 地域生活支援拠点等相談強化加算 (times).
    pub hub_emergency: Raw,
    /// 地域体制強化共同支援加算 (times).
    pub community_joint: Raw,
}
crate::decode_fields! { AdditionsInput { upper_limit_management, first, plan_basis, prior_use_month, first_extra_months, prior_transition, hospital_info_i, hospital_info_ii, discharge, discharge_prior, transition_visit, transition_meeting, transition_info, services_ended, medical_meeting, medical_meeting_discharge_only, medical_accompany, medical_accompany_hospitals, medical_info_hospital, medical_info_other, medical_info_same_hospital, intensive_visit, intensive_meeting_held, intensive_meeting_attend, intensive_meeting_same_as_transition, intensive_accompany, intensive_accompany_hospitals, intensive_info_hospital, intensive_info_other, conference, conference_plan_changed, service_monitoring, hub_emergency, community_joint } }

/// One case (利用者・障害児) of the month, listed oldest contract first.
#[derive(Clone, Debug, Default, Serialize)]
pub struct CaseInput {
    pub label: Raw,
    /// keikaku (計画相談支援) | ji (障害児相談支援).
    pub kind: Raw,
    /// plan (サービス利用支援: 計画作成) | monitoring (継続サービス利用支援) |
    /// both (継続サービス利用支援の後にサービス利用支援) | none.
    pub service: Raw,
    /// 受給者証に記載されたモニタリング実施予定月 (["2024-07", "2024-10"]; empty = not checked).
    pub monitoring_months: Vec<Raw>,
    /// 市町村が同一の月にサービス利用支援と継続サービス利用支援を行うと決定した (service both).
    pub both_decided: Raw,
    /// 担当者の名前 (needed for サービス提供時モニタリング加算's per-staff limit).
    pub staff: Raw,
    /// specialist (相談支援専門員) | assistant (相談支援員).
    pub staff_role: Raw,
    pub additions: AdditionsInput,
}
crate::decode_fields! { CaseInput { label, kind, service, monitoring_months, both_decided, staff, staff_role, additions } }

#[derive(Clone, Debug, Default, Serialize)]
pub struct MonthRequest {
    pub service_month: Raw,
    pub office: OfficeInput,
    pub cases: Vec<CaseInput>,
    pub user_figures: KeyMap<Raw>,
}
crate::decode_fields! { MonthRequest { service_month, office, cases, user_figures } }
