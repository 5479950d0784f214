//! 計画相談支援・障害児相談支援: 給付費 of an office's month (基本報酬 by the
//! 取扱件数 band, the 加算 of the 四日市圏域 guidebook with their limits and the
//! 併給不可 marks) and the モニタリング期間 helper (国の標準期間 and the months in
//! which モニタリング falls).
//!
//! The requirements are seed 003 (四日市障害保健福祉圏域版 計画相談支援・障害児相談支援
//! ガイドブック【別冊】, 令和6年11月) §3 (給付費一覧表, l.206–259), §5 (モニタリング期間の
//! 設定, l.291–354) and seed 000 (岡山県北: 初回加算の要件, モニタリング実施予定月).
//!
//! The seed's ※ column: A = サービス等利用計画作成時 (needs サービス利用支援 in the
//! month), B = モニタリング実施時 (needs 継続サービス利用支援), C = 基本報酬との併給不可,
//! D = 単独で請求可能. A 加算 that a mark, a 併給不可 entry or a limit rules out is
//! not a problem: it is listed under `excluded` with the reason and the source, and
//! the rest of the month is computed.
//!
//! Every figure (units, limits, the 40件 threshold, the standard periods) is read
//! from `data/soudan.tsv`.

use crate::engine::date::YearMonth;
use crate::engine::input::{Raw, Reader};
use crate::engine::params::{cite, read_user_figures, Ctx, PRODUCT_READING};
use crate::engine::problem::{Outcome, Problem, Problems};
use crate::engine::trace::{units, Citation, Step};
use crate::engine::units::{LineKind, UnitLine, UserMonth};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

const SEED: &str = "seed-003-yokkaichi-guidebook";
const SEED_000: &str = "seed-000-okayama-kenpoku";
const MARKS: &str = "§3 ※ A：サービス等利用計画作成時 B：モニタリング実施時 C：基本報酬との併給不可 D：単独で請求可能（l.217–221）";

/// Largest count of one 加算 event a case may enter (an input bound, not a rule).
const COUNT_MAX: i64 = 99;

// ---------------------------------------------------------------- requests

/// The office (指定特定相談支援事業所・指定障害児相談支援事業所).
#[derive(Clone, Debug, Default, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
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

/// The 加算 events of one case in the month (counts; blank is 0).
#[derive(Clone, Debug, Default, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct AdditionsInput {
    /// 利用者負担上限額管理加算 (times).
    pub upper_limit_management: Raw,
    /// 初回加算 (yes/no).
    pub first: Raw,
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

/// One case (利用者・障害児) of the month, listed oldest contract first.
#[derive(Clone, Debug, Default, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct CaseInput {
    pub label: Raw,
    /// keikaku (計画相談支援) | ji (障害児相談支援).
    pub kind: Raw,
    /// plan (サービス利用支援: 計画作成) | monitoring (継続サービス利用支援) | none.
    pub service: Raw,
    /// 担当者の名前 (needed for サービス提供時モニタリング加算's per-staff limit).
    pub staff: Raw,
    /// specialist (相談支援専門員) | assistant (相談支援員).
    pub staff_role: Raw,
    pub additions: AdditionsInput,
}

#[derive(Clone, Debug, Default, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct MonthRequest {
    pub service_month: Raw,
    pub office: OfficeInput,
    pub cases: Vec<CaseInput>,
    pub user_figures: BTreeMap<String, Raw>,
}

// ---------------------------------------------------------------- validated inputs

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CaseKind {
    Keikaku,
    Ji,
}

impl CaseKind {
    fn parse(t: &str) -> Option<Self> {
        Some(match t {
            "keikaku" | "計画相談" | "計画相談支援" | "計" => CaseKind::Keikaku,
            "ji" | "障害児相談" | "障害児相談支援" | "児" => CaseKind::Ji,
            _ => return None,
        })
    }
    fn key(self) -> &'static str {
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

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Service {
    Plan,
    Monitoring,
    None,
}

impl Service {
    fn parse(t: &str) -> Option<Self> {
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
    fn parse(t: &str) -> Option<Self> {
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
    fn band(self) -> &'static str {
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
enum Level {
    None,
    I,
    Ii,
}

impl Level {
    fn parse(t: &str) -> Option<Self> {
        Some(match t {
            "none" | "なし" => Level::None,
            "i" | "1" | "Ⅰ" => Level::I,
            "ii" | "2" | "Ⅱ" => Level::Ii,
            _ => return None,
        })
    }
    fn key(self) -> Option<&'static str> {
        match self {
            Level::None => None,
            Level::I => Some("i"),
            Level::Ii => Some("ii"),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum StaffRole {
    Specialist,
    Assistant,
}

impl StaffRole {
    fn parse(t: &str) -> Option<Self> {
        Some(match t {
            "specialist" | "相談支援専門員" => StaffRole::Specialist,
            "assistant" | "相談支援員" => StaffRole::Assistant,
            _ => return None,
        })
    }
    fn label(self) -> &'static str {
        match self {
            StaffRole::Specialist => "相談支援専門員",
            StaffRole::Assistant => "相談支援員",
        }
    }
    fn limit_key(self) -> &'static str {
        match self {
            StaffRole::Specialist => "soudan.limit.service_monitoring.per_specialist",
            StaffRole::Assistant => "soudan.limit.service_monitoring.per_assistant",
        }
    }
}

struct Office {
    kind: OfficeKind,
    staff_fte: Decimal,
    systems: Vec<(&'static str, &'static str, Level)>,
    peer_support: bool,
    hub: bool,
    community_system: bool,
}

#[derive(Default)]
struct Adds {
    upper_limit_management: i64,
    first: bool,
    first_extra_months: i64,
    prior_transition: bool,
    hospital_info_i: i64,
    hospital_info_ii: i64,
    discharge: i64,
    discharge_prior: i64,
    transition_visit: i64,
    transition_meeting: i64,
    transition_info: i64,
    services_ended: bool,
    medical_meeting: bool,
    medical_meeting_discharge_only: bool,
    medical_accompany: i64,
    medical_accompany_hospitals: i64,
    medical_info_hospital: i64,
    medical_info_other: i64,
    medical_info_same_hospital: bool,
    intensive_visit: i64,
    intensive_meeting_held: i64,
    intensive_meeting_attend: i64,
    intensive_meeting_same_as_transition: bool,
    intensive_accompany: i64,
    intensive_accompany_hospitals: i64,
    intensive_info_hospital: i64,
    intensive_info_other: i64,
    conference: i64,
    conference_plan_changed: bool,
    service_monitoring: i64,
    hub_emergency: i64,
    community_joint: i64,
}

struct Case {
    label: String,
    kind: CaseKind,
    service: Service,
    staff: Option<String>,
    role: StaffRole,
    adds: Adds,
}

const LEVEL_CHOICES: &str = "none, i, ii";

fn read_office(r: &mut Reader, o: &OfficeInput) -> Option<Office> {
    let kind = r.choice(
        &o.kind,
        "office.kind",
        "機能強化型の区分",
        "none, kyoka-1, kyoka-2, kyoka-3, kyoka-4",
        OfficeKind::parse,
    );
    let fte = r.decimal(
        &o.staff_fte,
        "office.staff_fte",
        "相談支援専門員の員数（常勤換算）",
        Decimal::new(1, 1),
        Decimal::from(99),
    );
    let mut systems = Vec::new();
    let mut ok = true;
    for (field, key, label, raw) in [
        ("chief", "chief", "主任相談支援専門員配置加算", &o.chief),
        ("behavior", "behavior", "行動障害支援体制加算", &o.behavior),
        (
            "medical_care",
            "medical_care",
            "要医療児者支援体制加算",
            &o.medical_care,
        ),
        ("mental", "mental", "精神障害者支援体制加算", &o.mental),
        ("brain", "brain", "高次脳機能障害支援体制加算", &o.brain),
    ] {
        match r.opt_choice(
            raw,
            &format!("office.{field}"),
            label,
            LEVEL_CHOICES,
            Level::parse,
        ) {
            Some(l) => systems.push((key, label, l.unwrap_or(Level::None))),
            None => ok = false,
        }
    }
    let peer = r.flag(
        &o.peer_support,
        "office.peer_support",
        "ピアサポート体制加算",
        false,
    );
    let hub = r.flag(&o.hub, "office.hub", "地域生活支援拠点等", false);
    let cs = r.flag(
        &o.community_system,
        "office.community_system",
        "地域体制強化共同支援加算の体制",
        false,
    );
    if !ok {
        return None;
    }
    Some(Office {
        kind: kind?,
        staff_fte: fte?,
        systems,
        peer_support: peer?,
        hub: hub?,
        community_system: cs?,
    })
}

fn read_adds(r: &mut Reader, a: &AdditionsInput, base: &str) -> Option<Adds> {
    let mut ok = true;
    let mut n = |r: &mut Reader, raw: &Raw, name: &str, label: &str| -> i64 {
        match r.opt_int(raw, &format!("{base}.{name}"), label, 0, COUNT_MAX) {
            Some(v) => v.unwrap_or(0),
            None => {
                ok = false;
                0
            }
        }
    };
    let mut adds = Adds {
        upper_limit_management: n(
            r,
            &a.upper_limit_management,
            "upper_limit_management",
            "利用者負担上限額管理加算の回数",
        ),
        first_extra_months: n(
            r,
            &a.first_extra_months,
            "first_extra_months",
            "初回加算の面接月の数",
        ),
        hospital_info_i: n(
            r,
            &a.hospital_info_i,
            "hospital_info_i",
            "入院時情報連携加算（Ⅰ）の回数",
        ),
        hospital_info_ii: n(
            r,
            &a.hospital_info_ii,
            "hospital_info_ii",
            "入院時情報連携加算（Ⅱ）の回数",
        ),
        discharge: n(r, &a.discharge, "discharge", "退院・退所加算の回数"),
        discharge_prior: n(
            r,
            &a.discharge_prior,
            "discharge_prior",
            "同じ入院・入所で既に算定した退院・退所加算の回数",
        ),
        transition_visit: n(
            r,
            &a.transition_visit,
            "transition_visit",
            "連携加算・移行支援加算（訪問）の回数",
        ),
        transition_meeting: n(
            r,
            &a.transition_meeting,
            "transition_meeting",
            "連携加算・移行支援加算（会議参加）の回数",
        ),
        transition_info: n(
            r,
            &a.transition_info,
            "transition_info",
            "連携加算・移行支援加算（情報提供）の回数",
        ),
        medical_accompany: n(
            r,
            &a.medical_accompany,
            "medical_accompany",
            "医療・保育・教育機関等連携加算（通院同行）の回数",
        ),
        medical_accompany_hospitals: -1,
        medical_info_hospital: n(
            r,
            &a.medical_info_hospital,
            "medical_info_hospital",
            "医療・保育・教育機関等連携加算（情報提供・病院等）の回数",
        ),
        medical_info_other: n(
            r,
            &a.medical_info_other,
            "medical_info_other",
            "医療・保育・教育機関等連携加算（情報提供・それ以外）の回数",
        ),
        intensive_visit: n(
            r,
            &a.intensive_visit,
            "intensive_visit",
            "集中支援加算（訪問）の回数",
        ),
        intensive_meeting_held: n(
            r,
            &a.intensive_meeting_held,
            "intensive_meeting_held",
            "集中支援加算（会議開催）の回数",
        ),
        intensive_meeting_attend: n(
            r,
            &a.intensive_meeting_attend,
            "intensive_meeting_attend",
            "集中支援加算（会議参加）の回数",
        ),
        intensive_accompany: n(
            r,
            &a.intensive_accompany,
            "intensive_accompany",
            "集中支援加算（通院同行）の回数",
        ),
        intensive_accompany_hospitals: -1,
        intensive_info_hospital: n(
            r,
            &a.intensive_info_hospital,
            "intensive_info_hospital",
            "集中支援加算（情報提供・病院等）の回数",
        ),
        intensive_info_other: n(
            r,
            &a.intensive_info_other,
            "intensive_info_other",
            "集中支援加算（情報提供・それ以外）の回数",
        ),
        conference: n(
            r,
            &a.conference,
            "conference",
            "サービス担当者会議実施加算の回数",
        ),
        service_monitoring: n(
            r,
            &a.service_monitoring,
            "service_monitoring",
            "サービス提供時モニタリング加算の回数",
        ),
        hub_emergency: n(
            r,
            &a.hub_emergency,
            "hub_emergency",
            "地域生活支援拠点等相談強化加算の回数",
        ),
        community_joint: n(
            r,
            &a.community_joint,
            "community_joint",
            "地域体制強化共同支援加算の回数",
        ),
        ..Adds::default()
    };
    // 通院同行した病院等の数: blank means every 通院同行 was to a different 病院等.
    for (raw, name, label, visits, out) in [
        (
            &a.medical_accompany_hospitals,
            "medical_accompany_hospitals",
            "通院同行した病院等の数",
            adds.medical_accompany,
            &mut adds.medical_accompany_hospitals,
        ),
        (
            &a.intensive_accompany_hospitals,
            "intensive_accompany_hospitals",
            "通院同行した病院等の数",
            adds.intensive_accompany,
            &mut adds.intensive_accompany_hospitals,
        ),
    ] {
        let field = format!("{base}.{name}");
        match r.opt_int(raw, &field, label, 0, COUNT_MAX) {
            Some(Some(h)) if h > visits => {
                r.problems.push(Problem::inconsistent(
                    field,
                    format!("{label}（{h}）が通院同行の回数（{visits}）を超えています。"),
                ));
                ok = false;
            }
            Some(Some(h)) if h == 0 && visits > 0 => {
                r.problems.push(Problem::inconsistent(
                    field,
                    format!("通院同行が{visits}回あるのに{label}が0です。"),
                ));
                ok = false;
            }
            Some(Some(h)) => *out = h,
            Some(None) => *out = visits,
            None => ok = false,
        }
    }
    let mut f = |r: &mut Reader, raw: &Raw, name: &str, label: &str| -> bool {
        match r.flag(raw, &format!("{base}.{name}"), label, false) {
            Some(b) => b,
            None => {
                ok = false;
                false
            }
        }
    };
    adds.first = f(r, &a.first, "first", "初回加算");
    adds.prior_transition = f(
        r,
        &a.prior_transition,
        "prior_transition",
        "前6月間の連携加算・移行支援加算の算定",
    );
    adds.services_ended = f(
        r,
        &a.services_ended,
        "services_ended",
        "障害福祉サービス等の利用終了後6月以内",
    );
    adds.medical_meeting = f(
        r,
        &a.medical_meeting,
        "medical_meeting",
        "医療・保育・教育機関等連携加算（面談・会議）",
    );
    adds.medical_meeting_discharge_only = f(
        r,
        &a.medical_meeting_discharge_only,
        "medical_meeting_discharge_only",
        "退院・退所する施設の職員のみからの情報提供",
    );
    adds.medical_info_same_hospital = f(
        r,
        &a.medical_info_same_hospital,
        "medical_info_same_hospital",
        "通院同行と同じ病院等への情報提供",
    );
    adds.intensive_meeting_same_as_transition = f(
        r,
        &a.intensive_meeting_same_as_transition,
        "intensive_meeting_same_as_transition",
        "連携加算等と同様の会議参加",
    );
    adds.conference_plan_changed = f(
        r,
        &a.conference_plan_changed,
        "conference_plan_changed",
        "サービス担当者会議での計画の変更",
    );
    ok.then_some(adds)
}

fn read_case(r: &mut Reader, c: &CaseInput, i: usize) -> Option<Case> {
    let base = format!("cases[{i}]");
    let kind = r.choice(
        &c.kind,
        &format!("{base}.kind"),
        "相談支援の種類",
        "keikaku（計画相談支援）, ji（障害児相談支援）",
        CaseKind::parse,
    );
    let service = r.choice(
        &c.service,
        &format!("{base}.service"),
        "その月の支援",
        "plan（計画作成）, monitoring（モニタリング）, none（なし）",
        Service::parse,
    );
    let role = r.opt_choice(
        &c.staff_role,
        &format!("{base}.staff_role"),
        "担当者の職種",
        "specialist（相談支援専門員）, assistant（相談支援員）",
        StaffRole::parse,
    );
    let adds = read_adds(r, &c.additions, &format!("{base}.additions"));
    let label = c
        .label
        .as_text()
        .map(|_| c.label.shown().trim().to_string())
        .unwrap_or_else(|| format!("ケース{}", i + 1));
    let staff = c
        .staff
        .as_text()
        .map(|_| c.staff.shown().trim().to_string());
    let adds = adds?;
    if adds.service_monitoring > 0 && staff.is_none() {
        r.problems.push(Problem::required(
            format!("{base}.staff"),
            "サービス提供時モニタリング加算の担当者（相談支援専門員1人ごとの請求上限のため）",
        ));
        return None;
    }
    Some(Case {
        label,
        kind: kind?,
        service: service?,
        staff,
        role: role?.unwrap_or(StaffRole::Specialist),
        adds,
    })
}

// ---------------------------------------------------------------- outputs

/// An entered 加算 that is not billed, and why.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Excluded {
    pub rule: String,
    pub item: String,
    /// Times entered but not billed.
    pub count: i64,
    pub reason: String,
}

#[derive(Clone, Debug, Serialize)]
pub struct CaseOutput {
    #[serde(flatten)]
    pub month: UserMonth,
    pub kind: CaseKind,
    pub kind_label: &'static str,
    pub service: Service,
    pub service_label: &'static str,
    /// Place among the cases billed a 基本報酬 this month (1 = oldest contract).
    pub position: Option<usize>,
    /// The 基本報酬 band (`kyoka-2`, `i`, `ii`).
    pub band: Option<String>,
    pub basic_units: i64,
    pub addition_units: i64,
    pub excluded: Vec<Excluded>,
}

#[derive(Clone, Debug, Serialize)]
pub struct MonthOutput {
    pub service_month: YearMonth,
    pub month_label: String,
    pub office_kind: OfficeKind,
    pub office_kind_label: &'static str,
    pub staff_fte: String,
    /// 40 × 員数: cases at or beyond this place are (Ⅱ).
    pub threshold: String,
    pub basic_case_count: usize,
    pub band_ii_count: usize,
    pub cases: Vec<CaseOutput>,
    pub basic_units_total: i64,
    pub addition_units_total: i64,
    pub total_units: i64,
    pub steps: Vec<Step>,
}

// ---------------------------------------------------------------- computation

fn mark_cite() -> Citation {
    cite(SEED, MARKS)
}

fn reading(locator: &str) -> Citation {
    cite(PRODUCT_READING, locator)
}

/// What one case accumulates.
struct Acc<'c, 'u> {
    c: &'c Ctx<'u>,
    lines: Vec<UnitLine>,
    excluded: Vec<Excluded>,
    steps: Vec<Step>,
    problems: Vec<Problem>,
}

impl Acc<'_, '_> {
    /// Bills `count` times the figure `key`; returns the units billed.
    fn bill(
        &mut self,
        rule: &str,
        key: &str,
        count: i64,
        kind: LineKind,
        extra: Vec<Citation>,
        notes: Vec<String>,
    ) -> i64 {
        if count <= 0 {
            return 0;
        }
        let f = match self.c.figure(key) {
            Ok(f) => f,
            Err(p) => {
                self.problems.push(p);
                return 0;
            }
        };
        let per = match f.int() {
            Ok(v) => v,
            Err(p) => {
                self.problems.push(p);
                return 0;
            }
        };
        let total = per.saturating_mul(count);
        let mut s = Step::new(rule, f.label.clone())
            .input("単位数", units(per))
            .input("回数", format!("{count}回"))
            .value(units(total))
            .source(f.citation.clone())
            .sources(extra);
        for n in notes {
            s = s.note(n);
        }
        self.steps.push(s);
        self.lines.push(UnitLine {
            rule: rule.to_string(),
            item: f.label,
            per,
            count,
            units: total,
            kind,
        });
        total
    }

    fn exclude(
        &mut self,
        rule: &str,
        item: &str,
        count: i64,
        reason: String,
        sources: Vec<Citation>,
    ) {
        if count <= 0 {
            return;
        }
        self.steps.push(
            Step::new(rule, format!("{item}は算定しません"))
                .input("入力した回数", format!("{count}回"))
                .value("0単位")
                .sources(sources)
                .note(reason.clone()),
        );
        self.excluded.push(Excluded {
            rule: rule.to_string(),
            item: item.to_string(),
            count,
            reason,
        });
    }

    /// The limit `limit_key`; entered counts above it are excluded with the reason.
    fn cap(&mut self, rule: &str, item: &str, count: i64, limit_key: &str) -> i64 {
        if count <= 0 {
            return 0;
        }
        let f = match self.c.figure(limit_key) {
            Ok(f) => f,
            Err(p) => {
                self.problems.push(p);
                return 0;
            }
        };
        let limit = match f.int() {
            Ok(v) => v,
            Err(p) => {
                self.problems.push(p);
                return 0;
            }
        };
        if count > limit {
            self.exclude(
                rule,
                item,
                count - limit,
                format!("{}: 入力{count}回のうち{limit}回を算定し、{}回は限度を超えるため算定しません。", f.label, count - limit),
                vec![f.citation],
            );
            limit
        } else {
            count
        }
    }

    fn limit(&mut self, key: &str) -> Option<(i64, Citation, String)> {
        match self
            .c
            .figure(key)
            .and_then(|f| Ok((f.int()?, f.citation, f.label)))
        {
            Ok(v) => Some(v),
            Err(p) => {
                self.problems.push(p);
                None
            }
        }
    }

    /// 通院同行: at most the limit a month, and one per 病院等.
    fn accompany(
        &mut self,
        rule: &str,
        item: &str,
        visits: i64,
        hospitals: i64,
        prefix: &str,
    ) -> i64 {
        if visits <= 0 {
            return 0;
        }
        let Some((same, same_cite, same_label)) =
            self.limit(&format!("{prefix}.accompany_same_hospital"))
        else {
            return 0;
        };
        let per_hospital = hospitals.saturating_mul(same);
        let billable = if visits > per_hospital {
            self.exclude(
                rule,
                item,
                visits - per_hospital,
                format!("{same_label}: {hospitals}か所の病院等への通院同行{visits}回のうち{per_hospital}回を算定します。"),
                vec![same_cite],
            );
            per_hospital
        } else {
            visits
        };
        self.cap(rule, item, billable, &format!("{prefix}.accompany"))
    }
}

struct Shared {
    /// Per staff name: role and サービス提供時モニタリング加算 billed so far.
    staff: BTreeMap<String, (StaffRole, i64)>,
}

#[allow(clippy::too_many_arguments)]
fn case_month(
    c: &Ctx,
    office: &Office,
    case: &Case,
    index: usize,
    position: Option<usize>,
    threshold: Decimal,
    threshold_cite: &Citation,
    shared: &mut Shared,
) -> Result<CaseOutput, Vec<Problem>> {
    let mut acc = Acc {
        c,
        lines: Vec::new(),
        excluded: Vec::new(),
        steps: Vec::new(),
        problems: Vec::new(),
    };
    let kind = case.kind;
    let a = &case.adds;
    let has_basic = case.service != Service::None;
    let k = kind.key();
    let base = format!("cases[{index}]");

    // ---- 基本報酬
    let mut band = None;
    if let Some(pos) = position {
        let b = if Decimal::from(pos as i64) < threshold {
            office.kind.band()
        } else {
            "ii"
        };
        band = Some(b.to_string());
        let svc = if case.service == Service::Plan {
            "plan"
        } else {
            "monitoring"
        };
        let key = format!("soudan.basic.{k}.{svc}.{b}");
        let note = format!(
            "取扱順{pos}件目: {pos}は40×員数＝{}{}ため、{}を算定します。",
            threshold.normalize(),
            if b == "ii" { "以上の" } else { "未満の" },
            if b == "ii" {
                "（Ⅱ）（取扱件数40以上の部分）"
            } else {
                "事業所の区分"
            }
        );
        acc.bill(
            "soudan.basic",
            &key,
            1,
            LineKind::Basic,
            vec![threshold_cite.clone(), reading("§3 基本報酬 40未満／40以上: 契約の古い順に並べ、40×相談支援専門員の員数（常勤換算）番目以降のケースを（Ⅱ）とする")],
            vec![note],
        );
    }

    // ---- 体制加算: added to each case billed a 基本報酬.
    let systems_cite = reading("§3 体制加算「全ての利用者に対して指定サービス利用支援又は指定継続サービス利用支援を実施する場合に加算できる」: 基本報酬を算定するケースごとに加算する");
    let mut held = Vec::new();
    for (key, label, level) in &office.systems {
        if let Some(l) = level.key() {
            held.push((format!("soudan.addition.{key}.{l}"), *label));
        }
    }
    if office.peer_support {
        held.push((
            "soudan.addition.peer_support".to_string(),
            "ピアサポート体制加算",
        ));
    }
    for (key, label) in held {
        if has_basic {
            acc.bill(
                "soudan.addition.system",
                &key,
                1,
                LineKind::Addition,
                vec![systems_cite.clone()],
                vec![],
            );
        } else {
            acc.exclude(
                "soudan.addition.system",
                label,
                1,
                "体制加算は基本報酬（計画作成又はモニタリング）を算定する月に加算します。この月は基本報酬がありません。".to_string(),
                vec![systems_cite.clone()],
            );
        }
    }

    // ---- 利用者負担上限額管理加算 (月1回)
    let r = "soudan.addition.upper_limit_management";
    let n = acc.cap(
        r,
        "利用者負担上限額管理加算",
        a.upper_limit_management,
        "soudan.limit.upper_limit_management",
    );
    acc.bill(
        r,
        &format!("{r}.{k}"),
        n,
        LineKind::Addition,
        vec![],
        vec![],
    );

    // ---- 初回加算 (A; 併給不可: 前6月間に連携加算・移行支援加算)
    let r = "soudan.addition.first";
    let mut first_billed = false;
    if a.first {
        if case.service != Service::Plan {
            acc.exclude(r, "初回加算", 1, "初回加算は※A（サービス等利用計画作成時）の加算です。この月に計画作成（サービス利用支援）がありません。".into(), vec![mark_cite()]);
        } else if a.prior_transition {
            acc.exclude(r, "初回加算", 1, "併給不可: 前6月間において居宅介護支援事業所等連携加算又は保育・教育等移行支援加算を算定しているため、初回加算は算定できません。".into(), vec![cite(SEED, "§3 実施加算 初回加算 併給不可欄（l.225）")]);
        } else {
            acc.bill(
                r,
                &format!("{r}.{k}"),
                1,
                LineKind::Addition,
                vec![
                    cite(SEED, "§3 実施加算 初回加算 ※A（l.225）"),
                    cite(
                        SEED_000,
                        "よくある相談支援関係請求エラー 1. 初回加算の算定 要件①〜③",
                    ),
                ],
                vec![],
            );
            first_billed = true;
        }
    }
    if a.first_extra_months > 0 {
        if first_billed {
            let n = acc.cap(
                r,
                "初回加算（契約から3月超の面接月）",
                a.first_extra_months,
                "soudan.limit.first_extra",
            );
            acc.bill(
                "soudan.addition.first.extra",
                &format!("{r}.{k}"),
                n,
                LineKind::Addition,
                vec![reading("§3 初回加算「面接をした月の回数を加算。3回を限度」: 初回加算の単位数を面接月の数（3回まで）だけ重ねて加算する"), cite(SEED_000, "初回加算 要件③")],
                vec!["初回加算に加えて、契約日から計画案交付まで3月を超え、3月経過後に月2回以上面接した月の数だけ初回加算の単位数を重ねて算定します（本製品の解釈）。".into()],
            );
            let extra_label = "初回加算（契約から3月超の面接月）";
            if let Some(l) = acc
                .lines
                .last_mut()
                .filter(|l| l.rule == "soudan.addition.first.extra")
            {
                l.item = extra_label.to_string();
            }
            if let Some(s) = acc
                .steps
                .last_mut()
                .filter(|s| s.rule == "soudan.addition.first.extra")
            {
                s.title = extra_label.to_string();
            }
        } else {
            acc.exclude(
                r,
                "初回加算（契約から3月超の面接月）",
                a.first_extra_months,
                "初回加算を算定する月に限り重ねて算定します。この月は初回加算を算定しません。"
                    .into(),
                vec![cite(SEED, "§3 実施加算 初回加算（l.225）")],
            );
        }
    }

    // ---- 入院時情報連携加算 (D; (Ⅰ)(Ⅱ)あわせて月1回)
    let r = "soudan.addition.hospital_info";
    let mut hospital_i = false;
    let mut hospital_any = false;
    if a.hospital_info_i + a.hospital_info_ii > 0 {
        if let Some((limit, lc, ll)) = acc.limit("soudan.limit.hospital_info") {
            let i = a.hospital_info_i.min(limit);
            let ii = a.hospital_info_ii.min(limit - i);
            let rest = a.hospital_info_i + a.hospital_info_ii - i - ii;
            acc.bill(
                r,
                "soudan.addition.hospital_info.i",
                i,
                LineKind::Addition,
                vec![lc.clone()],
                vec![],
            );
            acc.bill(
                r,
                "soudan.addition.hospital_info.ii",
                ii,
                LineKind::Addition,
                vec![lc.clone()],
                vec![],
            );
            acc.exclude(r, "入院時情報連携加算", rest, format!("{ll}: （Ⅰ）（Ⅱ）をあわせて{limit}回までとし、（Ⅰ）を優先して算定します（本製品の解釈）。"), vec![lc, reading("§3 入院時情報連携加算「利用者1人につき月1回を限度」: （Ⅰ）（Ⅱ）あわせての限度とし、単位数の高い（Ⅰ）を優先する")]);
            hospital_i = i > 0;
            hospital_any = i + ii > 0;
        }
    }

    // ---- 退院・退所加算 (A; 併給不可: 初回加算; 入院・入所の間に3回)
    let r = "soudan.addition.discharge";
    let mut discharge_billed = false;
    if a.discharge > 0 {
        if case.service != Service::Plan {
            acc.exclude(r, "退院・退所加算", a.discharge, "退院・退所加算は※A（サービス等利用計画作成時）の加算です。この月に計画作成がありません。".into(), vec![mark_cite()]);
        } else if first_billed {
            acc.exclude(
                r,
                "退院・退所加算",
                a.discharge,
                "併給不可: 初回加算を算定する月は退院・退所加算を算定できません。".into(),
                vec![cite(
                    SEED,
                    "§3 実施加算 退院・退所加算 併給不可欄「初回加算」（l.227）",
                )],
            );
        } else if let Some((limit, lc, ll)) = acc.limit("soudan.limit.discharge_stay") {
            let remaining = (limit - a.discharge_prior).max(0);
            let n = a.discharge.min(remaining);
            acc.exclude(
                r,
                "退院・退所加算",
                a.discharge - n,
                format!(
                    "{ll}: 同じ入院・入所で既に{}回算定しているため、残り{remaining}回までです。",
                    a.discharge_prior
                ),
                vec![lc.clone()],
            );
            acc.bill(
                r,
                "soudan.addition.discharge",
                n,
                LineKind::Addition,
                vec![lc],
                vec![],
            );
            discharge_billed = n > 0;
        }
    }

    // ---- 居宅介護支援事業所等連携加算 / 保育・教育等移行支援加算 (C D; 併給不可: 入院時情報連携加算・退院・退所加算)
    let r = "soudan.addition.transition";
    let t_name = match kind {
        CaseKind::Keikaku => "居宅介護支援事業所等連携加算",
        CaseKind::Ji => "保育・教育等移行支援加算",
    };
    let t_line = match kind {
        CaseKind::Keikaku => "l.228",
        CaseKind::Ji => "l.229",
    };
    let t_total = a.transition_visit + a.transition_meeting + a.transition_info;
    let mut transition_meeting_billed = false;
    if t_total > 0 {
        if has_basic {
            acc.exclude(
                r,
                t_name,
                t_total,
                format!("{t_name}は※C（基本報酬との併給不可）です。この月は基本報酬を算定します。"),
                vec![
                    mark_cite(),
                    cite(SEED, &format!("§3 実施加算 {t_name} ※C D（{t_line}）")),
                ],
            );
        } else if hospital_any || discharge_billed {
            acc.exclude(r, t_name, t_total, format!("併給不可: 同じ月に{}を算定するため、{t_name}は算定できません。", if hospital_any { "入院時情報連携加算" } else { "退院・退所加算" }), vec![cite(SEED, &format!("§3 実施加算 {t_name} 併給不可欄「入院時情報連携加算・退院・退所加算」（{t_line}）"))]);
        } else {
            let limit_key = if a.services_ended {
                "soudan.limit.transition.after_end"
            } else {
                "soudan.limit.transition.in_use"
            };
            for (part, count, label) in [
                ("visit", a.transition_visit, "訪問による面接"),
                ("meeting", a.transition_meeting, "会議参加"),
                ("info", a.transition_info, "情報提供"),
            ] {
                let item = format!("{t_name}（{label}）");
                let n = acc.cap(r, &item, count, limit_key);
                let extra = if part == "meeting" {
                    vec![reading(&format!("§3 {t_name} の単位数「300」「150」: 300を訪問・会議参加、150を情報提供に読む"))]
                } else {
                    vec![]
                };
                acc.bill(
                    r,
                    &format!("{r}.{k}.{part}"),
                    n,
                    LineKind::Addition,
                    extra,
                    vec![],
                );
                if part == "meeting" && n > 0 {
                    transition_meeting_billed = true;
                }
            }
        }
    }

    // ---- 集中支援加算 (C; 併給不可: 入院時情報連携加算(Ⅰ)・退院・退所加算)
    let r = "soudan.addition.intensive";
    let i_total = a.intensive_visit
        + a.intensive_meeting_held
        + a.intensive_meeting_attend
        + a.intensive_accompany
        + a.intensive_info_hospital
        + a.intensive_info_other;
    if i_total > 0 {
        if has_basic {
            acc.exclude(
                r,
                "集中支援加算",
                i_total,
                "集中支援加算は※C（基本報酬との併給不可）です。この月は基本報酬を算定します。"
                    .into(),
                vec![
                    mark_cite(),
                    cite(SEED, "§3 集中支援加算 併給不可欄 C（l.233）"),
                ],
            );
        } else if hospital_i || discharge_billed {
            acc.exclude(r, "集中支援加算", i_total, format!("併給不可: 同じ月に{}を算定するため、集中支援加算は算定できません。", if hospital_i { "入院時情報連携加算（Ⅰ）" } else { "退院・退所加算" }), vec![cite(SEED, "§3 集中支援加算 併給不可欄「入院時情報連携加算（I）・退院・退所加算」（l.233）")]);
        } else {
            let p = "soudan.limit.intensive";
            let n = acc.cap(
                r,
                "集中支援加算（訪問）",
                a.intensive_visit,
                &format!("{p}.visit"),
            );
            acc.bill(
                r,
                "soudan.addition.intensive.visit",
                n,
                LineKind::Addition,
                vec![],
                vec![],
            );
            let n = acc.cap(
                r,
                "集中支援加算（会議開催）",
                a.intensive_meeting_held,
                &format!("{p}.meeting_held"),
            );
            acc.bill(
                r,
                "soudan.addition.intensive.meeting_held",
                n,
                LineKind::Addition,
                vec![],
                vec![],
            );
            if a.intensive_meeting_same_as_transition && transition_meeting_billed {
                acc.exclude(r, "集中支援加算（会議参加）", a.intensive_meeting_attend, format!("会議の趣旨・つなぎ先等が{t_name}の会議参加と同様で、{t_name}を算定するため、集中支援加算（会議参加）は算定できません。"), vec![cite(SEED, "§3 集中支援加算 併給不可欄 会議参加について（l.233）")]);
            } else {
                let n = acc.cap(
                    r,
                    "集中支援加算（会議参加）",
                    a.intensive_meeting_attend,
                    &format!("{p}.meeting_attend"),
                );
                acc.bill(
                    r,
                    "soudan.addition.intensive.meeting_attend",
                    n,
                    LineKind::Addition,
                    vec![],
                    vec![],
                );
            }
            let n = acc.accompany(
                r,
                "集中支援加算（通院同行）",
                a.intensive_accompany,
                a.intensive_accompany_hospitals,
                p,
            );
            acc.bill(
                r,
                "soudan.addition.intensive.accompany",
                n,
                LineKind::Addition,
                vec![],
                vec![],
            );
            let n1 = acc.cap(
                r,
                "集中支援加算（情報提供・病院等）",
                a.intensive_info_hospital,
                &format!("{p}.info_each"),
            );
            let n2 = acc.cap(
                r,
                "集中支援加算（情報提供・それ以外）",
                a.intensive_info_other,
                &format!("{p}.info_each"),
            );
            acc.bill(
                r,
                "soudan.addition.intensive.info",
                n1 + n2,
                LineKind::Addition,
                vec![],
                vec![],
            );
        }
    }

    // ---- 医療・保育・教育機関等連携加算 (D)
    let r = "soudan.addition.medical";
    if a.medical_meeting {
        let item = "医療・保育・教育機関等連携加算（面談・会議）";
        if case.service == Service::None {
            acc.exclude(r, item, 1, "面談・会議は、計画作成（サービス利用支援）又はモニタリング（継続サービス利用支援）を行った場合の加算です。この月はどちらもありません。".into(), vec![cite(SEED, "§3 医療・保育・教育機関等連携加算（l.230）")]);
        } else if a.medical_meeting_discharge_only && (first_billed || discharge_billed) {
            acc.exclude(r, item, 1, "初回加算又は退院・退所加算を算定し、かつ退院・退所する施設の職員のみから情報の提供を受けているため、面談は算定できません。".into(), vec![cite(SEED, "§3 医療・保育・教育機関等連携加算 併給不可欄（l.230）")]);
        } else {
            let key = if case.service == Service::Plan {
                "soudan.addition.medical.meeting_plan"
            } else {
                "soudan.addition.medical.meeting_monitoring"
            };
            acc.bill(r, key, 1, LineKind::Addition, vec![reading("§3 医療・保育・教育機関等連携加算の単位数「200 300 300 150」: 内容欄の記述の順（面談・計画作成、面談・モニタリング、通院同行、情報提供）に読み、面談は計画作成・モニタリングの月に1回とする")], vec![]);
        }
    }
    let n = acc.accompany(
        r,
        "医療・保育・教育機関等連携加算（通院同行）",
        a.medical_accompany,
        a.medical_accompany_hospitals,
        "soudan.limit.medical",
    );
    acc.bill(
        r,
        "soudan.addition.medical.accompany",
        n,
        LineKind::Addition,
        vec![],
        vec![],
    );
    let accompany_billed = n > 0;
    let mut info_h = a.medical_info_hospital;
    if a.medical_info_same_hospital && accompany_billed && info_h > 0 {
        acc.exclude(r, "医療・保育・教育機関等連携加算（情報提供・病院等）", info_h, "病院等への情報提供と同じ月に、同じ病院等へ通院同行により情報提供しているため、重複して算定できません。".into(), vec![cite(SEED, "§3 医療・保育・教育機関等連携加算「重複して算定できない」（l.230）")]);
        info_h = 0;
    }
    let n1 = acc.cap(
        r,
        "医療・保育・教育機関等連携加算（情報提供・病院等）",
        info_h,
        "soudan.limit.medical.info_each",
    );
    let n2 = acc.cap(
        r,
        "医療・保育・教育機関等連携加算（情報提供・それ以外）",
        a.medical_info_other,
        "soudan.limit.medical.info_each",
    );
    acc.bill(
        r,
        "soudan.addition.medical.info",
        n1 + n2,
        LineKind::Addition,
        vec![],
        vec![],
    );

    // ---- サービス担当者会議実施加算 (B)
    let r = "soudan.addition.conference";
    if a.conference > 0 {
        if case.service != Service::Monitoring {
            acc.exclude(r, "サービス担当者会議実施加算", a.conference, "サービス担当者会議実施加算は※B（モニタリング実施時）の加算です。この月にモニタリング（継続サービス利用支援）がありません。".into(), vec![mark_cite(), cite(SEED, "§3 サービス担当者会議実施加算 ※B（l.239）")]);
        } else if a.conference_plan_changed {
            acc.exclude(
                r,
                "サービス担当者会議実施加算",
                a.conference,
                "サービス担当者会議においてサービス等利用計画の変更があったため、算定できません。"
                    .into(),
                vec![cite(SEED, "§3 サービス担当者会議実施加算（l.239）")],
            );
        } else {
            let n = acc.cap(
                r,
                "サービス担当者会議実施加算",
                a.conference,
                "soudan.limit.conference",
            );
            acc.bill(
                r,
                "soudan.addition.conference",
                n,
                LineKind::Addition,
                vec![],
                vec![],
            );
        }
    }

    // ---- サービス提供時モニタリング加算 (D; 月1回; 担当者1人の1月の請求上限)
    let r = "soudan.addition.service_monitoring";
    let mut n = acc.cap(
        r,
        "サービス提供時モニタリング加算",
        a.service_monitoring,
        "soudan.limit.service_monitoring.per_user",
    );
    if n > 0 {
        if let Some(staff) = &case.staff {
            let entry = shared.staff.entry(staff.clone()).or_insert((case.role, 0));
            if entry.0 != case.role {
                acc.problems.push(Problem::inconsistent(
                    format!("{base}.staff_role"),
                    format!(
                        "担当者「{staff}」の職種が、前のケース（{}）と異なります。",
                        entry.0.label()
                    ),
                ));
                n = 0;
            } else if let Some((limit, lc, ll)) = acc.limit(case.role.limit_key()) {
                let used = shared.staff.get(staff).map(|e| e.1).unwrap_or(0);
                let room = (limit - used).max(0);
                let billed = n.min(room);
                acc.exclude(r, "サービス提供時モニタリング加算", n - billed, format!("{ll}: 担当者「{staff}」（{}）はこの月すでに{used}件を算定しており、上限{limit}件に達しています。", case.role.label()), vec![lc, reading("§3 サービス提供時モニタリング加算の請求上限: ケースの並び順（契約の古い順）に数え、上限を超えたケースを算定しない")]);
                if let Some(e) = shared.staff.get_mut(staff) {
                    e.1 += billed;
                }
                n = billed;
            }
        }
    }
    acc.bill(
        r,
        "soudan.addition.service_monitoring",
        n,
        LineKind::Addition,
        vec![],
        vec![],
    );

    // ---- 地域生活支援拠点等相談強化加算 (D; 月4回; 拠点等)
    let r = "soudan.addition.hub_emergency";
    if a.hub_emergency > 0 {
        if office.hub {
            let n = acc.cap(
                r,
                "地域生活支援拠点等相談強化加算",
                a.hub_emergency,
                "soudan.limit.hub_emergency",
            );
            acc.bill(
                r,
                "soudan.addition.hub_emergency",
                n,
                LineKind::Addition,
                vec![],
                vec![],
            );
        } else {
            acc.exclude(r, "地域生活支援拠点等相談強化加算", a.hub_emergency, "運営規程において地域生活支援拠点等であることを市町村により位置づけられている事業所に限ります（事業所の設定で「地域生活支援拠点等」になっていません）。".into(), vec![cite(SEED, "§3 地域生活支援拠点等相談強化加算（l.241）")]);
        }
    }

    // ---- 地域体制強化共同支援加算 (D; 月1回)
    let r = "soudan.addition.community_joint";
    if a.community_joint > 0 {
        if office.community_system {
            let n = acc.cap(
                r,
                "地域体制強化共同支援加算",
                a.community_joint,
                "soudan.limit.community_joint",
            );
            acc.bill(
                r,
                "soudan.addition.community_joint",
                n,
                LineKind::Addition,
                vec![],
                vec![],
            );
        } else {
            acc.exclude(r, "地域体制強化共同支援加算", a.community_joint, "地域生活支援拠点等であること、又は拠点等に係る関係機関との連携体制を確保し協議会に定期的に参画していることが要件です（事業所の設定で体制がありません）。".into(), vec![cite(SEED, "§3 地域体制強化共同支援加算（l.242）")]);
        }
    }

    if !acc.problems.is_empty() {
        return Err(acc.problems);
    }
    let basic_units: i64 = acc
        .lines
        .iter()
        .filter(|l| l.kind == LineKind::Basic)
        .map(|l| l.units)
        .sum();
    let addition_units: i64 = acc
        .lines
        .iter()
        .filter(|l| l.kind != LineKind::Basic)
        .map(|l| l.units)
        .sum();
    let mut steps = acc.steps;
    steps.push(
        Step::new("soudan.case.total", format!("{}の月の合計", case.label))
            .input("基本報酬", units(basic_units))
            .input("加算", units(addition_units))
            .value(units(basic_units + addition_units)),
    );
    Ok(CaseOutput {
        month: UserMonth::new(case.label.clone(), acc.lines, steps)?,
        kind,
        kind_label: kind.label(),
        service: case.service,
        service_label: case.service.label(kind),
        position,
        band,
        basic_units,
        addition_units,
        excluded: acc.excluded,
    })
}

/// `soudan.month`: an office's month of 計画相談支援・障害児相談支援.
pub fn month(req: &MonthRequest) -> Outcome<MonthOutput> {
    let mut ps = Problems::new();
    let mut r = Reader::new(&mut ps);
    let month = r.month(&req.service_month, "service_month", "サービス提供月");
    let office = read_office(&mut r, &req.office);
    let mut cases = Vec::new();
    for (i, c) in req.cases.iter().enumerate() {
        if let Some(c) = read_case(&mut r, c, i) {
            cases.push(c);
        }
    }
    if req.cases.is_empty() {
        r.problems
            .push(Problem::required("cases", "ケース（1件以上）"));
    }
    let uf = read_user_figures(&mut r, &req.user_figures);
    let (Some(month), Some(office)) = (month, office) else {
        return Err(ps.into_vec());
    };
    if !ps.is_empty() {
        return Err(ps.into_vec());
    }
    let c = Ctx::new(month, "service_month", &uf).map_err(|p| vec![p])?;
    let mut steps = Vec::new();
    let rule_basic = c.rule("soudan.basic").map_err(|p| vec![p])?;
    let rule_add = c.rule("soudan.addition").map_err(|p| vec![p])?;
    let th = c.figure("soudan.case_threshold").map_err(|p| vec![p])?;
    let threshold = th.value * office.staff_fte;
    let basic_count = cases.iter().filter(|k| k.service != Service::None).count();
    steps.push(
        Step::new("soudan.office", "事業所の区分と取扱件数の区分")
            .input("機能強化型", office.kind.label())
            .input("相談支援専門員の員数（常勤換算）", format!("{}人", office.staff_fte.normalize()))
            .input("この月に基本報酬を算定するケース", format!("{basic_count}件"))
            .value(format!("取扱順{}件目以降（{}×{}）は（Ⅱ）", threshold.normalize(), th.value.normalize(), office.staff_fte.normalize()))
            .source(rule_basic)
            .source(rule_add)
            .source(th.citation.clone())
            .source(reading("§3 基本報酬 40未満／40以上: 原典は「40未満」「40以上」のみ。ケースを契約の古い順に並べ、取扱順が40×員数（常勤換算）未満のケースに事業所の区分、以上のケースに（Ⅱ）を適用する"))
            .note("取扱件数は、この月に計画作成又はモニタリングで基本報酬を算定するケース（計画相談と障害児相談の合計）を契約の古い順（入力の順）に数えます（本製品の解釈）。"),
    );
    let mut shared = Shared {
        staff: BTreeMap::new(),
    };
    let mut outs = Vec::new();
    let mut position = 0usize;
    for (i, case) in cases.iter().enumerate() {
        let pos = if case.service != Service::None {
            position += 1;
            Some(position)
        } else {
            None
        };
        match case_month(
            &c,
            &office,
            case,
            i,
            pos,
            threshold,
            &th.citation,
            &mut shared,
        ) {
            Ok(o) => outs.push(o),
            Err(e) => ps.extend(e),
        }
    }
    if !ps.is_empty() {
        return Err(ps.into_vec());
    }
    let basic: i64 = outs.iter().map(|o| o.basic_units).sum();
    let adds: i64 = outs.iter().map(|o| o.addition_units).sum();
    let total: i64 = outs.iter().map(|o| o.month.total_units).sum();
    let ii = outs
        .iter()
        .filter(|o| o.band.as_deref() == Some("ii"))
        .count();
    for (staff, (role, n)) in &shared.staff {
        steps.push(
            Step::new(
                "soudan.addition.service_monitoring.staff",
                format!("サービス提供時モニタリング加算: 担当者「{staff}」の件数"),
            )
            .input("職種", role.label())
            .value(format!("{n}件"))
            .source(
                c.figure(role.limit_key())
                    .map(|f| f.citation)
                    .unwrap_or_else(|_| cite(SEED, "§3 l.240")),
            ),
        );
    }
    steps.push(
        Step::new("soudan.month.total", "事業所の月の合計（各ケースの合計）")
            .input("ケース数", format!("{}件", outs.len()))
            .input("基本報酬の合計", units(basic))
            .input("加算の合計", units(adds))
            .input("（Ⅱ）を算定するケース", format!("{ii}件"))
            .value(units(total)),
    );
    Ok(MonthOutput {
        service_month: month,
        month_label: month.both(),
        office_kind: office.kind,
        office_kind_label: office.kind.label(),
        staff_fte: office.staff_fte.normalize().to_string(),
        threshold: threshold.normalize().to_string(),
        basic_case_count: basic_count,
        band_ii_count: ii,
        cases: outs,
        basic_units_total: basic,
        addition_units_total: adds,
        total_units: total,
        steps,
    })
}

// ---------------------------------------------------------------- モニタリング期間

#[derive(Clone, Debug, Default, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct MonitoringRequest {
    /// The services the person uses (ids: kyotaku, kodo, doko, jyudo-homon, tanki,
    /// gh-nichu, iko, teichaku, kunren, jiritsu-seikatsu, seikatsu-kaigo, keizoku, gh,
    /// chiiki-teichaku, jido-tsusho, shisetsu, ryoyo, hokatsu, chiiki-iko).
    pub services: Vec<Raw>,
    /// 新規サービス利用者・サービスの種類・内容・量に著しい変動のある支給決定.
    pub new_user: Raw,
    /// 集中的に支援が必要な者（①退所等 ②単身等で連絡調整が困難 ③重度障害者等包括支援の対象）.
    pub intensive: Raw,
    /// ★65歳以上で介護保険の居宅介護支援・介護予防支援によるケアマネジメントを受けていない.
    pub elderly_no_care_management: Raw,
    /// 支給決定期間の開始月 ("2024-09").
    pub start_month: Raw,
    /// 支給決定期間の終期月 ("2025-08").
    pub end_month: Raw,
    /// start_month (開始月を1か月目) | next_month (翌月を1か月目: 月の途中の開始).
    pub count_from: Raw,
    pub user_figures: BTreeMap<String, Raw>,
}

/// The period groups of §5 and the services in each.
const SERVICES: &[(&str, &str, &str)] = &[
    ("kyotaku", "居宅介護", "home-3"),
    ("kodo", "行動援護", "home-3"),
    ("doko", "同行援護", "home-3"),
    ("jyudo-homon", "重度訪問介護", "home-3"),
    ("tanki", "短期入所", "home-3"),
    ("gh-nichu", "日中サービス支援型共同生活援助", "home-3"),
    ("iko", "就労移行支援", "home-3"),
    ("teichaku", "就労定着支援", "home-3"),
    ("kunren", "自立訓練", "home-3"),
    ("jiritsu-seikatsu", "自立生活援助", "home-3"),
    ("seikatsu-kaigo", "生活介護", "home-6"),
    ("keizoku", "就労継続支援", "home-6"),
    ("gh", "共同生活援助（日中サービス支援型を除く）", "home-6"),
    ("chiiki-teichaku", "地域定着支援", "home-6"),
    ("jido-tsusho", "障害児通所支援", "home-6"),
    ("shisetsu", "障害者支援施設（施設入所支援）", "facility"),
    ("ryoyo", "療養介護", "facility"),
    ("hokatsu", "重度障害者等包括支援", "facility"),
    ("chiiki-iko", "地域移行支援", "facility"),
];

#[derive(Clone, Debug, Serialize)]
pub struct ScheduleMonth {
    pub month: YearMonth,
    pub label: String,
    /// 1 = the first month counted (0 = the start month when counting from the next month).
    pub index: i64,
    /// monitoring | final (終期月: モニタリング・計画案) | none.
    pub kind: &'static str,
    pub mark: &'static str,
}

#[derive(Clone, Debug, Serialize)]
pub struct MonitoringOutput {
    pub period_months: i64,
    pub period_label: String,
    pub new_months: i64,
    pub schedule: Vec<ScheduleMonth>,
    /// The months with モニタリング (incl. the 終期月), as "YYYY-MM".
    pub monitoring_months: Vec<String>,
    pub steps: Vec<Step>,
}

fn months_between(a: YearMonth, b: YearMonth) -> i64 {
    b.yyyymm() / 100 * 12 + b.yyyymm() % 100 - (a.yyyymm() / 100 * 12 + a.yyyymm() % 100)
}

/// Largest 支給決定期間 the helper lays out, in months (an input bound).
const GRANT_MAX_MONTHS: i64 = 60;

/// `soudan.monitoring`: the national standard period and the months with モニタリング.
pub fn monitoring(req: &MonitoringRequest) -> Outcome<MonitoringOutput> {
    let mut ps = Problems::new();
    let mut r = Reader::new(&mut ps);
    let mut services = Vec::new();
    for (i, s) in req.services.iter().enumerate() {
        let ids: Vec<&str> = SERVICES.iter().map(|x| x.0).collect();
        if let Some(v) = r.choice(
            s,
            &format!("services[{i}]"),
            "サービスの種類",
            &ids.join(", "),
            |t| SERVICES.iter().find(|x| x.0 == t || x.1 == t).copied(),
        ) {
            if !services.iter().any(|x: &(&str, &str, &str)| x.0 == v.0) {
                services.push(v);
            }
        }
    }
    let new_user = r.flag(&req.new_user, "new_user", "新規・著しい変動", false);
    let intensive = r.flag(&req.intensive, "intensive", "集中的に支援が必要な者", false);
    let elderly = r.flag(
        &req.elderly_no_care_management,
        "elderly_no_care_management",
        "65歳以上で介護保険のケアマネジメントなし",
        false,
    );
    let start = r.month(&req.start_month, "start_month", "支給決定期間の開始月");
    let end = r.month(&req.end_month, "end_month", "支給決定期間の終期月");
    let from_next = r.opt_choice(
        &req.count_from,
        "count_from",
        "数え始め",
        "start_month, next_month",
        |t| match t {
            "start_month" => Some(false),
            "next_month" => Some(true),
            _ => None,
        },
    );
    let uf = read_user_figures(&mut r, &req.user_figures);
    if services.is_empty() && req.services.is_empty() {
        ps.push(Problem::required("services", "利用するサービス（1つ以上）"));
    }
    if let (Some(s), Some(e)) = (start, end) {
        if e < s {
            ps.push(Problem::inconsistent(
                "end_month",
                format!("終期月（{}）が開始月（{}）より前です。", e.both(), s.both()),
            ));
        } else if months_between(s, e) >= GRANT_MAX_MONTHS {
            ps.push(Problem::out_of_range(
                "end_month",
                format!("支給決定期間は{GRANT_MAX_MONTHS}か月までで入力してください。"),
            ));
        }
    }
    let (Some(start), Some(end), Some(new_user), Some(intensive), Some(elderly), Some(from_next)) =
        (start, end, new_user, intensive, elderly, from_next)
    else {
        return Err(ps.into_vec());
    };
    if !ps.is_empty() {
        return Err(ps.into_vec());
    }
    let from_next = from_next.unwrap_or(false);
    let c = Ctx::new(start, "start_month", &uf).map_err(|p| vec![p])?;
    let rule = c.rule("soudan.monitoring_period").map_err(|p| vec![p])?;
    let mut problems = Vec::new();
    let mut steps = Vec::new();
    let mut period: Option<(i64, String)> = None;
    let mut consider = |key: String,
                        why: String,
                        steps: &mut Vec<Step>,
                        problems: &mut Vec<Problem>| match c.int(&key) {
        Ok((v, cit)) => {
            steps.push(
                Step::new("soudan.monitoring.period", why.clone())
                    .value(format!("{v}か月"))
                    .source(cit),
            );
            if period.as_ref().map(|p| v < p.0).unwrap_or(true) {
                period = Some((v, why));
            }
        }
        Err(p) => problems.push(p),
    };
    for (_, label, group) in &services {
        let g = if *group == "home-6" && elderly {
            "home-6-elderly"
        } else {
            group
        };
        consider(
            format!("soudan.monitoring.period.{g}"),
            format!("{label}を利用"),
            &mut steps,
            &mut problems,
        );
    }
    if intensive {
        consider(
            "soudan.monitoring.period.intensive".into(),
            "集中的に支援が必要な者".into(),
            &mut steps,
            &mut problems,
        );
    }
    let new_months = if new_user {
        match (
            c.int("soudan.monitoring.new_months"),
            c.int("soudan.monitoring.period.new"),
        ) {
            (Ok((n, nc)), Ok((p, pc))) => {
                steps.push(
                    Step::new(
                        "soudan.monitoring.new",
                        "新規サービス利用者（著しい変動のある支給決定）",
                    )
                    .value(format!("最初の{n}か月は{p}か月ごと（毎月）"))
                    .source(pc)
                    .source(nc),
                );
                n
            }
            (a, b) => {
                problems.extend(a.err());
                problems.extend(b.err());
                0
            }
        }
    } else {
        0
    };
    if !problems.is_empty() {
        return Err(problems);
    }
    let Some((period_months, why)) = period else {
        return Err(vec![Problem::required(
            "services",
            "利用するサービス（1つ以上）",
        )]);
    };
    let period_months = period_months.max(1);
    steps.push(
        Step::new(
            "soudan.monitoring.standard",
            "国の標準期間（利用するサービスのうち最も短い期間）",
        )
        .input(
            "利用するサービス",
            services.iter().map(|s| s.1).collect::<Vec<_>>().join("、"),
        )
        .value(format!("{period_months}か月ごと（{why}）"))
        .source(rule.clone())
        .source(cite(
            SEED,
            "§5 具体例②「標準期間の短い方に期間を合わせて設定」（l.318–330）",
        )),
    );
    let mut schedule = Vec::new();
    let mut mons = Vec::new();
    let base = new_months;
    let mut m = start;
    loop {
        let idx = months_between(start, m) + if from_next { 0 } else { 1 };
        let is_final = m == end;
        let monitoring = (new_months > 0 && idx >= 1 && idx <= new_months)
            || (idx > base && (idx - base) % period_months == 0);
        let (kind, mark) = if is_final {
            ("final", "モ案")
        } else if monitoring {
            ("monitoring", "モ")
        } else {
            ("none", "")
        };
        if kind != "none" {
            mons.push(m.to_string());
        }
        schedule.push(ScheduleMonth {
            month: m,
            label: m.both(),
            index: idx,
            kind,
            mark,
        });
        if m >= end {
            break;
        }
        m = m.next();
    }
    steps.push(
        Step::new("soudan.monitoring.schedule", "モニタリングを行う月")
            .input("支給決定期間", format!("{}〜{}", start.both(), end.both()))
            .input("数え始め", if from_next { "開始月の翌月を1か月目" } else { "開始月を1か月目" })
            .value(mons.iter().filter_map(|s| YearMonth::parse(s)).map(|m| m.wareki()).collect::<Vec<_>>().join("、"))
            .source(cite(SEED, "§5 具体例①「モニタリングを3ヵ月間は毎月、その後3ヵ月ごと」「終期月のため、必ずモニタリング実施」（l.303–317）"))
            .source(cite(SEED, "§5 具体例②「支給決定開始月を1ヵ月目とカウント。支給決定開始日が月の途中の場合は翌月からカウントする場合もある」; §7 Q&A 9"))
            .source(reading("§5 具体例①②: 新規は1〜3か月目を毎月、以後は3か月目から標準期間ごと。新規でなければ標準期間ごと（n か月目, 2n か月目…）。終期月は常にモニタリング（計画案）とする"))
            .note(format!("標準期間{period_months}か月{}。終期月（{}）は必ずモニタリング・計画案の作成を行います。", if new_months > 0 { format!("（最初の{new_months}か月は毎月）") } else { String::new() }, end.wareki()))
            .note("実際のモニタリング期間は、相談支援事業者の提案を踏まえて市町が設定し、受給者証に記載されます（§5）。この結果は国の標準期間による目安です。"),
    );
    Ok(MonitoringOutput {
        period_months,
        period_label: format!("{period_months}か月ごと"),
        new_months,
        schedule,
        monitoring_months: mons,
        steps,
    })
}
