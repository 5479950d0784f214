//! 就労系: the requests as sent (lenient [`Raw`] leaves), the validated office
//! and users, and [`validate`], which reads a month request (each bad field a
//! Japanese problem naming its path). The readers are in [`office`], [`user`]
//! and [`eligibility`].

pub mod eligibility;
pub mod office;
pub mod office_more;
pub mod user;
pub mod user_more;

use crate::engine::date::YearMonth;
use crate::engine::input::{Raw, Reader};
use crate::engine::map::KeyMap;
use crate::engine::params::{read_user_figures, UserFigures};
use crate::engine::problem::{Problem, Problems};
use serde::Serialize;

/// The 就労系 service a month calculation is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Service {
    /// 就労継続支援B型.
    B,
    /// 就労継続支援A型.
    A,
    /// 就労移行支援.
    Ikou,
    /// 就労定着支援 (per month).
    Teichaku,
    /// 就労選択支援 (from 2025-10-01).
    Sentaku,
}

impl Service {
    pub fn key(self) -> &'static str {
        match self {
            Service::B => "b",
            Service::A => "a",
            Service::Ikou => "ikou",
            Service::Teichaku => "teichaku",
            Service::Sentaku => "sentaku",
        }
    }
    pub fn label(self) -> &'static str {
        match self {
            Service::B => "就労継続支援B型",
            Service::A => "就労継続支援A型",
            Service::Ikou => "就労移行支援",
            Service::Teichaku => "就労定着支援",
            Service::Sentaku => "就労選択支援",
        }
    }
    /// Billed per month (就労定着支援) rather than per day.
    pub fn monthly(self) -> bool {
        self == Service::Teichaku
    }
    /// Whether the service has a 個別支援計画 (就労選択支援 has none: seed 001).
    pub(crate) fn has_plan(self) -> bool {
        self != Service::Sentaku
    }
    /// The services with 食事提供体制加算・送迎加算・欠席時対応加算 (daily, with a 利用定員).
    pub(crate) fn daily_with_capacity(self) -> bool {
        matches!(self, Service::A | Service::B | Service::Ikou)
    }
}

// ---------------------------------------------------------------- requests

/// 特定事業所集中減算 (就労選択支援): the previous six months' assessments.
#[derive(Clone, Debug, Default, Serialize)]
pub struct ConcentrationInput {
    /// 就労移行支援の提供総数 / うち同一の事業者が最も多い数.
    pub ikou_total: Raw,
    pub ikou_top: Raw,
    pub a_total: Raw,
    pub a_top: Raw,
    pub b_total: Raw,
    pub b_top: Raw,
    /// 正当な理由がある.
    pub justified: Raw,
}
crate::decode_fields! { ConcentrationInput { ikou_total, ikou_top, a_total, a_top, b_total, b_top, justified } }

/// The office (事業所). Fields that do not concern the service are ignored.
#[derive(Clone, Debug, Default, Serialize)]
pub struct OfficeInput {
    /// 利用定員 (A型・B型・就労移行支援).
    pub capacity: Raw,
    /// 人員配置: B型 "6" | "7.5" | "10"; A型 "7.5" | "10".
    pub staffing: Raw,
    /// B型の報酬体系: "wage"（平均工賃月額） | "participation"（一律評価）.
    pub b_system: Raw,
    /// 平均工賃月額 (円), when already known.
    pub average_wage: Raw,
    /// 前年度の工賃支払総額 (円).
    pub wage_total: Raw,
    /// 前年度の延べ利用者数 (人).
    pub wage_user_days: Raw,
    /// 前年度の開所日数 (日).
    pub wage_open_days: Raw,
    /// 新規指定から1年未満.
    pub new_designation: Raw,
    /// 令和8年6月以降に新規指定された事業所.
    pub designated_r8_or_later: Raw,
    /// 令和8改定対象の事業所（令和8年6月からの12区分を用いる）.
    pub r8_target: Raw,
    /// 地域協働加算の届出 (B型一律評価型).
    pub regional_collab: Raw,
    /// A型: スコアの合計点.
    pub score: Raw,
    /// A型: 1日の平均労働時間 (minutes or "H:MM").
    pub work_minutes: Raw,
    /// A型: 労働時間以外の項目の点数の合計.
    pub other_points: Raw,
    /// 就労移行支援: "i" | "ii"（あん摩マッサージ指圧師等養成施設）.
    pub ikou_type: Raw,
    /// 就労移行支援: 就職後6月以上定着者数 / 定着率の分母.
    pub settled: Raw,
    pub settled_base: Raw,
    /// 就労定着支援: 就労定着者数 / 過去3年間の総利用者数.
    pub retained: Raw,
    pub retained_base: Raw,
    /// 福祉専門職員配置等加算: 生活支援員等の総数, うち常勤, 常勤のうち社会福祉士等, 常勤のうち勤続3年以上.
    pub staff_total: Raw,
    pub staff_fulltime: Raw,
    pub staff_qualified: Raw,
    pub staff_tenure3: Raw,
    /// 定員超過利用減算に該当.
    pub over_capacity: Raw,
    /// 人員欠如減算: 減算が適用される何か月目か (0 = なし).
    pub staff_shortage_month: Raw,
    /// 送迎加算: "none" | "i" | "ii".
    pub transport: Raw,
    /// 送迎加算: 同一敷地内の送迎.
    pub transport_same_site: Raw,
    /// B型: 目標工賃達成指導員配置加算の届出.
    pub target_wage_instructor: Raw,
    /// B型（一律評価型）短時間利用減算: 算定利用時間4時間未満の利用者の数 / 利用者の数.
    pub short_time_users: Raw,
    pub short_time_base: Raw,
    /// B型 就労移行支援体制加算: 前年度に一般就労へ移行し6月以上定着した者の数.
    pub transition_settled: Raw,
    pub concentration: ConcentrationInput,
}
crate::decode_fields! { OfficeInput { capacity, staffing, b_system, average_wage, wage_total, wage_user_days, wage_open_days, new_designation, designated_r8_or_later, r8_target, regional_collab, score, work_minutes, other_points, ikou_type, settled, settled_base, retained, retained_base, staff_total, staff_fulltime, staff_qualified, staff_tenure3, over_capacity, staff_shortage_month, transport, transport_same_site, target_wage_instructor, short_time_users, short_time_base, transition_settled, concentration } }

/// 就労選択支援: another service used on the same day as 就労選択支援.
#[derive(Clone, Debug, Default, Serialize)]
pub struct SameDayInput {
    /// The service (see [`SameDayService`]).
    pub service: Raw,
    /// その月にそのサービスと就労選択支援を同じ日に利用した日数.
    pub days: Raw,
}
crate::decode_fields! { SameDayInput { service, days } }

/// One user (利用者) of the month.
#[derive(Clone, Debug, Default, Serialize)]
pub struct UserInput {
    pub label: Raw,
    /// 利用日数 (daily services).
    pub days: Raw,
    pub meal_days: Raw,
    pub transport_one_ways: Raw,
    pub absence_responses: Raw,
    /// 個別支援計画未作成減算: 減算が適用される何か月目か (0 = なし).
    pub plan_missing_month: Raw,
    /// ピアサポート実施加算の対象 (B型一律評価型).
    pub peer_support: Raw,
    /// 就労選択支援: 他の日中活動サービスを同じ日に利用した日数.
    pub same_day_other_days: Raw,
    /// A型・B型・就労移行支援: 初期加算の日数（利用開始から30日以内の利用日）.
    pub initial_days: Raw,
    /// 就労定着支援: 就職日 ("2023-04-01").
    pub employment_date: Raw,
    /// 就労選択支援: 同じ日に利用した他のサービスと日数.
    pub same_day_services: Vec<SameDayInput>,
    /// 就労選択支援: 現在通所している就労継続支援・就労移行支援の事業所と同じ法人が運営する事業所.
    pub same_operator: Raw,
    /// 就労選択支援: 近隣に別の法人が運営する就労選択支援事業所・就労移行支援事業所がない.
    pub no_other_operator_nearby: Raw,
}
crate::decode_fields! { UserInput { label, days, meal_days, transport_one_ways, absence_responses, plan_missing_month, peer_support, same_day_other_days, initial_days, employment_date, same_day_services, same_operator, no_other_operator_nearby } }

#[derive(Clone, Debug, Default, Serialize)]
pub struct MonthRequest {
    pub service_month: Raw,
    pub office: OfficeInput,
    pub users: Vec<UserInput>,
    pub user_figures: KeyMap<Raw>,
}
crate::decode_fields! { MonthRequest { service_month, office, users, user_figures } }

#[derive(Clone, Debug, Default, Serialize)]
pub struct EligibilityRequest {
    /// The date the person would start (or the service date for 就労選択支援).
    pub date: Raw,
    /// "b" | "a" | "ikou" | "sentaku".
    pub service: Raw,
    /// 現にそのサービスを利用している.
    pub currently_using: Raw,
    /// 企業等や就労継続支援A型での就労経験があり、年齢や体力の面で雇用されることが困難.
    pub work_experience: Raw,
    /// 年齢 (歳).
    pub age: Raw,
    /// 障害基礎年金1級受給者.
    pub pension_grade1: Raw,
    /// 就労選択支援（令和7年9月までは就労移行支援事業者等）のアセスメントを受けた.
    pub assessed: Raw,
    /// 就労移行支援の標準利用期間を超えて利用する（更新）.
    pub beyond_standard_period: Raw,
    /// 就労選択支援: その日に他の日中活動サービスを利用する.
    pub other_day_service_same_day: Raw,
    /// 就労選択支援: その日に利用する他のサービス（hokago-day, ji-nyusho, seikatsu-kaigo, jiritsu-kunren, ikou, a, b）.
    pub same_day_service: Raw,
    /// 就労選択支援: 現在通所している就労継続支援・就労移行支援の事業所と同じ法人が運営する.
    pub same_operator: Raw,
    /// 就労選択支援: 近隣に別の法人の就労選択支援事業所・就労移行支援事業所がない.
    pub no_other_operator_nearby: Raw,
}
crate::decode_fields! { EligibilityRequest { date, service, currently_using, work_experience, age, pension_grade1, assessed, beyond_standard_period, other_day_service_same_day, same_day_service, same_operator, no_other_operator_nearby } }

// ---------------------------------------------------------------- validated input

#[derive(Clone, Debug, Default)]
pub struct Concentration {
    /// (label, service key, total, top) for each service given.
    pub rows: Vec<(&'static str, String, i64, i64)>,
    pub justified: bool,
}

#[derive(Clone, Debug, Default)]
pub struct Staff {
    pub total: i64,
    pub fulltime: i64,
    pub qualified: i64,
    pub tenure3: i64,
}

#[derive(Clone, Debug, Default)]
pub struct WageInputs {
    pub total: i64,
    pub user_days: i64,
    pub open_days: i64,
}

#[derive(Clone, Debug, Default)]
pub struct Office {
    pub capacity: Option<i64>,
    /// `staff-6-1` | `staff-7_5-1` | `staff-10-1`.
    pub staffing: Option<&'static str>,
    pub participation: bool,
    pub average_wage: Option<i64>,
    pub wage: Option<WageInputs>,
    pub new_designation: bool,
    pub designated_r8_or_later: bool,
    pub r8_target: bool,
    pub regional_collab: bool,
    pub score: Option<i64>,
    pub work_minutes: Option<u32>,
    pub other_points: Option<i64>,
    pub ikou_type: &'static str,
    pub settled: Option<(i64, i64)>,
    pub retained: Option<(i64, i64)>,
    pub staff: Option<Staff>,
    pub over_capacity: bool,
    pub staff_shortage_month: i64,
    pub transport: &'static str,
    /// 送迎加算: 同一敷地内の送迎.
    pub transport_same_site: bool,
    /// B型: 目標工賃達成指導員配置加算の届出.
    pub target_wage_instructor: bool,
    /// B型 短時間利用減算: (4時間未満の利用者, 利用者の数), when entered.
    pub short_time: Option<(i64, i64)>,
    /// B型 就労移行支援体制加算: 前年度の就労定着者の数 (0: none).
    pub transition_settled: i64,
    pub concentration: Concentration,
}

crate::choices! {
    /// A service used on the same day as 就労選択支援 (seed 002 資料8 Q&A).
    pub enum SameDayService {
        #[serde(rename = "hokago-day")]
        HokagoDay: "hokago-day" | "放課後等デイサービス" => "放課後等デイサービス",
        #[serde(rename = "ji-nyusho")]
        JiNyusho: "ji-nyusho" | "障害児入所支援" => "障害児入所支援",
        #[serde(rename = "seikatsu-kaigo")]
        SeikatsuKaigo: "seikatsu-kaigo" | "生活介護" => "生活介護",
        #[serde(rename = "jiritsu-kunren")]
        JiritsuKunren: "jiritsu-kunren" | "自立訓練" => "自立訓練（機能訓練・生活訓練、宿泊型を除く）",
        Ikou: "ikou" | "就労移行支援" => "就労移行支援",
        A: "a" | "就労継続支援A型" => "就労継続支援A型",
        B: "b" | "就労継続支援B型" => "就労継続支援B型",
    }
}

impl SameDayService {
    /// A 日中活動サービス (not billed on the same day as 就労選択支援).
    pub fn day_activity(self) -> bool {
        !matches!(self, SameDayService::HokagoDay | SameDayService::JiNyusho)
    }
}

#[derive(Clone, Debug, Default)]
pub struct User {
    pub label: String,
    pub field: String,
    pub days: i64,
    pub meal_days: i64,
    pub transport_one_ways: i64,
    pub absence_responses: i64,
    pub plan_missing_month: i64,
    pub peer_support: bool,
    pub same_day_other_days: i64,
    /// 初期加算の日数.
    pub initial_days: i64,
    /// 就労定着支援: 就職日.
    pub employment_date: Option<chrono::NaiveDate>,
    /// 就労選択支援: the services used on the same day, with their days.
    pub same_day_services: Vec<(SameDayService, i64)>,
    /// 就労選択支援: 現在の事業所と同じ法人 / 近隣に別の法人の事業所がない.
    pub same_operator: bool,
    pub no_other_operator_nearby: bool,
}

impl User {
    /// 就労選択支援: the days the user also used a 日中活動サービス (the count
    /// entered alone and the days listed by service) — days not billed.
    pub fn day_activity_days(&self) -> i64 {
        let listed: i64 = self.same_day_services.iter().filter(|(s, _)| s.day_activity()).map(|(_, d)| d).sum();
        listed + self.same_day_other_days
    }
}

/// A validated month request: what [`month_units`](super::month_units) computes from.
#[derive(Clone, Debug)]
pub struct Valid {
    pub service: Service,
    pub month: YearMonth,
    pub office: Office,
    pub users: Vec<User>,
    pub user_figures: UserFigures,
}

/// `6:1`, `7.5:1`, `10:1` for a staffing id.
pub(crate) fn staffing_label(s: &str) -> &'static str {
    match s {
        "staff-6-1" => "6:1",
        "staff-7_5-1" => "7.5:1",
        _ => "10:1",
    }
}

/// A count the user may leave blank: blank means none.
pub(crate) fn blank_is_none(v: Option<i64>) -> i64 {
    v.unwrap_or_default()
}

/// Validates a month request for `service`, collecting every problem.
pub fn validate(service: Service, req: &MonthRequest) -> Result<Valid, Vec<Problem>> {
    let mut ps = Problems::new();
    let mut r = Reader::new(&mut ps);
    let month = r.month(&req.service_month, "service_month", "サービス提供月");
    let office = office::read_office(&mut r, service, &req.office);
    let mut users = Vec::new();
    for (i, u) in req.users.iter().enumerate() {
        if let Some(u) = user::read_user(&mut r, service, u, i, month) {
            users.push(u);
        }
    }
    if req.users.is_empty() {
        // prose-figure: a month needs at least one user (not a figure of the data)
        let at_least_one = "利用者（1人以上）";
        r.problems.push(Problem::required("users", at_least_one));
    }
    let uf = read_user_figures(&mut r, &req.user_figures);
    match (month, office) {
        (Some(month), Some(office)) if ps.is_empty() => Ok(Valid { service, month, office, users, user_figures: uf }),
        _ => Err(ps.into_vec()),
    }
}
