//! A provider's month in yen: units → 円 by 地域区分 and service, 福祉・介護職員等
//! 処遇改善加算, 利用者負担 and its 上限, 給付費 — and scenarios side by side.
//!
//! The chain, per user (one 明細書 per user, service and month):
//!
//! 1. the user's units by item (基本報酬, 加算, 減算) from the service's own rules;
//! 2. 処遇改善加算 = that total × the rate of the office's level, rounded half up
//!    (留意事項通知 第二の1(1)①: 割合を乗ずる計算のたびに四捨五入);
//! 3. 総費用額 = all units × 1単位の単価 of the service and 級地, 1円未満切捨て
//!    (同 ②);
//! 4. 利用者負担 = 総費用額の1割 (1円未満切捨て: the product's reading of 1割相当額),
//!    at most the 負担上限月額 of the user's category;
//! 5. 給付費 = 総費用額 − 利用者負担.
//!
//! A グループホーム resident's 家賃助成 (特定障害者特別給付費) is shown as the
//! resident's income, never the provider's. The 上限管理 across several
//! providers is outside this calculation.

use crate::engine::date::YearMonth;
use crate::engine::input::{Raw, Reader};
use crate::engine::params::{cite, read_user_figures, Ctx, Figure};
use crate::engine::problem::{Outcome, Problem, Problems};
use crate::engine::rounding::Rounding;
use crate::engine::trace::{units, yen, Step};
use crate::engine::units::{LineKind, UnitLine, UserMonth};
use crate::national::seikatsu_kaigo as sk;
use crate::national::shuro;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

// ---------------------------------------------------------------- requests

#[derive(Clone, Debug, Default, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct RegionInput {
    /// A municipality id (`kanagawa-yokohama`), when its 級地 is registered.
    pub municipality: Raw,
    /// 級地: "1"…"7" or "0"/"その他".
    pub grade: Raw,
}

#[derive(Clone, Debug, Default, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct TreatmentInput {
    /// none | i | ii | iii | iv | v-1 … v-14 (令和6年6月〜) | i-i | i-ro | ii-i | ii-ro (令和8年6月〜)
    pub level: Raw,
    /// 指定障害者支援施設が行う場合 (施設の率).
    pub facility: Raw,
}

/// Office settings used by the services' own unit rules.
#[derive(Clone, Debug, Default, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct OfficeInput {
    /// 利用定員.
    pub capacity: Raw,
    /// 生活介護: 人員配置体制加算 none | i | ii | iii | iv.
    pub staffing_addition: Raw,
    /// 福祉専門職員配置等加算 none | i | ii | iii.
    pub welfare_professional: Raw,
    /// 生活介護: 常勤看護職員等配置加算の看護職員数（常勤換算、小数点以下切捨て後の人数）.
    pub nurses: Raw,
    /// 送迎加算 none | i | ii.
    pub transport_addition: Raw,
    /// 送迎加算の重度者加算の要件を満たす.
    pub transport_severe: Raw,
    /// 同一敷地内の送迎.
    pub transport_same_site: Raw,
    /// グループホーム: 令和8年6月以降に新規指定された事業所.
    pub newly_designated_r8: Raw,
    /// グループホーム: 夜間支援等体制加算 none | i.
    pub night_support: Raw,
    /// グループホーム: 夜間支援対象利用者数.
    pub night_support_persons: Raw,
}

#[derive(Clone, Debug, Default, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct UserInput {
    /// 利用者の呼び名（任意）.
    pub label: Raw,
    /// 利用者負担の区分: seikatsu-hogo | low-income | general-1 | general-2.
    pub burden_category: Raw,
    /// 障害支援区分.
    pub kubun: Raw,
    /// 生活介護: 標準的な時間（分 or "H:MM"）.
    pub standard_minutes: Raw,
    /// 利用日数（グループホームは入居日数）.
    pub days: Raw,
    /// 生活介護: 施設入所者.
    pub facility_resident: Raw,
    /// 食事提供体制加算の日数.
    pub meal_days: Raw,
    /// 送迎の片道回数.
    pub transport_one_ways: Raw,
    /// 欠席時対応加算の回数.
    pub absence_responses: Raw,
    /// 初期加算の日数.
    pub initial_days: Raw,
    /// グループホーム: 体験利用.
    pub trial: Raw,
    /// グループホーム: 家賃（月額、円）.
    pub rent: Raw,
    /// 単位数を直接入力する場合の月の単位数.
    pub units: Raw,
    /// 就労系: 個別支援計画未作成減算が適用される何か月目か (0 = なし).
    pub plan_missing_month: Raw,
    /// 就労継続支援B型（一律評価型）: ピアサポート実施加算の対象.
    pub peer_support: Raw,
    /// 就労選択支援: 他の日中活動サービスを同じ日に利用した日数.
    pub same_day_other_days: Raw,
}

#[derive(Clone, Debug, Default, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct OfficeMonthRequest {
    /// Ignored: allowed so that a saved `money.office_month` request can serve as a scenario.
    pub calculator: Raw,
    pub service_month: Raw,
    /// seikatsu_kaigo | group_home | shuro_b | shuro_a | shuro_ikou | shuro_teichaku | shuro_sentaku | units
    pub service: Raw,
    /// For `units`: the price category of the service (see `PriceService`).
    pub price_service: Raw,
    pub region: RegionInput,
    pub treatment: TreatmentInput,
    pub office: OfficeInput,
    /// 就労系: the office as the 就労系 calculators read it (利用定員, 人員配置,
    /// 平均工賃月額 or スコア or 定着率, 福祉専門職員の員数, 減算 …).
    pub shuro_office: shuro::OfficeInput,
    pub users: Vec<UserInput>,
    pub user_figures: BTreeMap<String, Raw>,
}

#[derive(Clone, Debug, Default, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct ScenarioInput {
    pub name: Raw,
    pub request: OfficeMonthRequest,
}

#[derive(Clone, Debug, Default, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct CompareRequest {
    pub scenarios: Vec<ScenarioInput>,
}

// ---------------------------------------------------------------- choices

/// The service of the office's month.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Service {
    SeikatsuKaigo,
    GroupHome,
    /// 就労継続支援B型 (units from `shuro`).
    ShuroB,
    /// 就労継続支援A型.
    ShuroA,
    /// 就労移行支援.
    ShuroIkou,
    /// 就労定着支援.
    ShuroTeichaku,
    /// 就労選択支援.
    ShuroSentaku,
    /// Units entered directly, priced by a chosen price category.
    Units,
}

impl Service {
    fn parse(t: &str) -> Option<Self> {
        Some(match t {
            "seikatsu_kaigo" | "生活介護" => Service::SeikatsuKaigo,
            "group_home" | "共同生活援助" => Service::GroupHome,
            "shuro_b" | "就労継続支援B型" => Service::ShuroB,
            "shuro_a" | "就労継続支援A型" => Service::ShuroA,
            "shuro_ikou" | "就労移行支援" => Service::ShuroIkou,
            "shuro_teichaku" | "就労定着支援" => Service::ShuroTeichaku,
            "shuro_sentaku" | "就労選択支援" => Service::ShuroSentaku,
            "units" => Service::Units,
            _ => return None,
        })
    }
    pub fn label(self) -> &'static str {
        match self {
            Service::SeikatsuKaigo => "生活介護",
            Service::GroupHome => "共同生活援助（介護サービス包括型）",
            Service::Units => "単位数を直接入力",
            s => s.shuro().map(|s| s.label()).unwrap_or_default(),
        }
    }
    /// The 就労系 service whose units `shuro` computes.
    fn shuro(self) -> Option<shuro::Service> {
        Some(match self {
            Service::ShuroB => shuro::Service::B,
            Service::ShuroA => shuro::Service::A,
            Service::ShuroIkou => shuro::Service::Ikou,
            Service::ShuroTeichaku => shuro::Service::Teichaku,
            Service::ShuroSentaku => shuro::Service::Sentaku,
            _ => return None,
        })
    }
    /// Key of the service's 1単位の単価 and 処遇改善 rate (see `PRICE_SERVICES`).
    fn price_id(self) -> Option<&'static str> {
        Some(match self {
            Service::SeikatsuKaigo => "seikatsu-kaigo",
            Service::GroupHome => "kyodo-seikatsu",
            Service::ShuroB => "shuro-b",
            Service::ShuroA => "shuro-a",
            Service::ShuroIkou => "shuro-ikou",
            Service::ShuroTeichaku => "shuro-teichaku",
            Service::ShuroSentaku => "shuro-sentaku",
            Service::Units => return None,
        })
    }
    const CHOICES: &'static str =
        "seikatsu_kaigo, group_home, shuro_b, shuro_a, shuro_ikou, shuro_teichaku, shuro_sentaku, units";
}

/// The service whose 1単位の単価 and 処遇改善 rate apply.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct PriceService {
    /// Key part of `money.unit_price.<id>`.
    pub price: &'static str,
    /// Key part of `money.treatment.<id>`.
    pub treatment: &'static str,
    pub label: &'static str,
}

const PRICE_SERVICES: &[(&str, PriceService)] = &[
    (
        "seikatsu-kaigo",
        PriceService {
            price: "seikatsu-kaigo",
            treatment: "seikatsu-kaigo",
            label: "生活介護",
        },
    ),
    (
        "shuro-a",
        PriceService {
            price: "shuro-keizoku",
            treatment: "shuro-a",
            label: "就労継続支援A型",
        },
    ),
    (
        "shuro-b",
        PriceService {
            price: "shuro-keizoku",
            treatment: "shuro-b",
            label: "就労継続支援B型",
        },
    ),
    (
        "shuro-ikou",
        PriceService {
            price: "shuro-ikou",
            treatment: "shuro-ikou",
            label: "就労移行支援",
        },
    ),
    (
        "shuro-teichaku",
        PriceService {
            price: "shuro-teichaku",
            treatment: "shuro-teichaku",
            label: "就労定着支援",
        },
    ),
    (
        "shuro-sentaku",
        PriceService {
            price: "shuro-sentaku",
            treatment: "shuro-sentaku",
            label: "就労選択支援",
        },
    ),
    (
        "kyodo-seikatsu",
        PriceService {
            price: "kyodo-seikatsu",
            treatment: "kyodo-seikatsu",
            label: "共同生活援助",
        },
    ),
];

fn price_service(id: &str) -> Option<PriceService> {
    PRICE_SERVICES
        .iter()
        .find(|(k, _)| *k == id)
        .map(|(_, p)| *p)
}

const BURDEN_CHOICES: &str =
    "seikatsu-hogo（生活保護）, low-income（低所得）, general-1（一般1）, general-2（一般2）";

fn burden_category(t: &str) -> Option<(&'static str, &'static str)> {
    Some(match t {
        "seikatsu-hogo" | "生活保護" => ("seikatsu-hogo", "生活保護"),
        "low-income" | "低所得" => ("low-income", "低所得"),
        "general-1" | "一般1" => ("general-1", "一般1"),
        "general-2" | "一般2" => ("general-2", "一般2"),
        _ => return None,
    })
}

fn grade_id(t: &str) -> Option<(&'static str, &'static str)> {
    let t = t.trim_end_matches("級地");
    Some(match t {
        "1" => ("grade-1", "1級地"),
        "2" => ("grade-2", "2級地"),
        "3" => ("grade-3", "3級地"),
        "4" => ("grade-4", "4級地"),
        "5" => ("grade-5", "5級地"),
        "6" => ("grade-6", "6級地"),
        "7" => ("grade-7", "7級地"),
        "0" | "その他" | "other" => ("other", "その他"),
        _ => return None,
    })
}

fn level_label(l: &str) -> String {
    match l {
        "i" => "Ⅰ".into(),
        "ii" => "Ⅱ".into(),
        "iii" => "Ⅲ".into(),
        "iv" => "Ⅳ".into(),
        "i-i" => "Ⅰイ".into(),
        "i-ro" => "Ⅰロ".into(),
        "ii-i" => "Ⅱイ".into(),
        "ii-ro" => "Ⅱロ".into(),
        v if v.starts_with("v-") => format!("Ⅴ({})", &v[2..]),
        other => other.to_string(),
    }
}

fn treatment_level(t: &str) -> Option<String> {
    let ok = matches!(
        t,
        "none" | "i" | "ii" | "iii" | "iv" | "i-i" | "i-ro" | "ii-i" | "ii-ro"
    ) || t
        .strip_prefix("v-")
        .and_then(|n| n.parse::<u32>().ok())
        .map(|n| (1..=14).contains(&n))
        .unwrap_or(false);
    ok.then(|| t.to_string())
}

fn level_none_i_iv(t: &str) -> Option<&'static str> {
    Some(match t {
        "none" | "なし" => "none",
        "i" => "i",
        "ii" => "ii",
        "iii" => "iii",
        "iv" => "iv",
        _ => return None,
    })
}

// ---------------------------------------------------------------- results

/// One user's month in yen.
#[derive(Clone, Debug, Serialize)]
pub struct UserYen {
    pub label: String,
    pub lines: Vec<UnitLine>,
    /// Units before 処遇改善加算.
    pub base_units: i64,
    pub treatment_units: i64,
    pub total_units: i64,
    /// 総費用額.
    pub total_yen: i64,
    /// 1割相当額.
    pub tenth_yen: i64,
    pub burden_category: String,
    pub burden_cap_yen: i64,
    /// 利用者負担額.
    pub burden_yen: i64,
    /// 給付費.
    pub benefit_yen: i64,
    /// グループホーム家賃助成（利用者の収入。事業所の収入ではない）.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rent_subsidy_yen: Option<i64>,
    pub steps: Vec<Step>,
}

#[derive(Clone, Debug, Default, Serialize)]
pub struct Totals {
    pub base_units: i64,
    pub treatment_units: i64,
    pub total_units: i64,
    pub total_yen: i64,
    pub burden_yen: i64,
    pub benefit_yen: i64,
    /// Residents' income, not the provider's.
    pub rent_subsidy_yen: i64,
}

#[derive(Clone, Debug, Serialize)]
pub struct OfficeMonthOutput {
    pub service_month: YearMonth,
    pub month_label: String,
    pub month_wareki: String,
    pub service: Service,
    pub service_label: String,
    pub grade_label: String,
    /// 1単位の単価 (decimal text, yen).
    pub unit_price: String,
    pub treatment_label: String,
    /// The rate (decimal text), when a level is held.
    pub treatment_rate: Option<String>,
    /// 就労系: the office's 基本報酬 band and 所定単位数.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub shuro_basic: Option<shuro::Basic>,
    pub users: Vec<UserYen>,
    pub totals: Totals,
    pub steps: Vec<Step>,
}

#[derive(Clone, Debug, Serialize)]
pub struct ScenarioResult {
    pub name: String,
    pub result: OfficeMonthOutput,
}

#[derive(Clone, Debug, Serialize)]
pub struct Difference {
    pub name: String,
    pub against: String,
    pub total_units: i64,
    pub total_yen: i64,
    pub benefit_yen: i64,
    pub burden_yen: i64,
}

#[derive(Clone, Debug, Serialize)]
pub struct CompareOutput {
    pub scenarios: Vec<ScenarioResult>,
    /// Each scenario after the first, against the first.
    pub differences: Vec<Difference>,
}

// ---------------------------------------------------------------- validated inputs

struct Valid {
    month: YearMonth,
    service: Service,
    price: PriceService,
    municipality: Option<String>,
    grade: Option<(&'static str, &'static str)>,
    treatment: String,
    facility: bool,
    office: ValidOffice,
    users: Vec<ValidUser>,
}

#[derive(Default)]
struct ValidOffice {
    capacity: Option<i64>,
    staffing: &'static str,
    welfare_professional: &'static str,
    nurses: i64,
    transport: &'static str,
    transport_severe: bool,
    transport_same_site: bool,
    newly_designated_r8: bool,
    night_support: bool,
    night_persons: i64,
}

struct ValidUser {
    label: String,
    burden: (&'static str, &'static str),
    kubun: Option<String>,
    standard_minutes: Option<u32>,
    days: i64,
    facility_resident: bool,
    meal_days: i64,
    transport_one_ways: i64,
    absence_responses: i64,
    initial_days: i64,
    trial: bool,
    rent: Option<i64>,
    units: Option<i64>,
}

fn read(req: &OfficeMonthRequest, r: &mut Reader) -> Option<Valid> {
    let month = r.month(&req.service_month, "service_month", "サービス提供月");
    let service = r.choice(
        &req.service,
        "service",
        "サービス",
        Service::CHOICES,
        Service::parse,
    );
    let price = match service {
        Some(Service::Units) => r.choice(
            &req.price_service,
            "price_service",
            "単価を適用するサービス",
            "seikatsu-kaigo, shuro-a, shuro-b, shuro-ikou, shuro-teichaku, shuro-sentaku, kyodo-seikatsu",
            price_service,
        ),
        Some(s) => s.price_id().and_then(price_service),
        None => None,
    };
    // 就労系: the office and the users' days are read by `shuro::validate`.
    let is_shuro = service.and_then(Service::shuro).is_some();
    let municipality = req.region.municipality.as_text();
    let grade = r.opt_choice(
        &req.region.grade,
        "region.grade",
        "級地",
        "1〜7, その他",
        grade_id,
    );
    if municipality.is_none() && matches!(grade, Some(None)) {
        r.problems.push(Problem::required(
            "region.grade",
            "事業所所在地の市町村か級地",
        ));
    }
    let treatment = r.opt_choice(
        &req.treatment.level,
        "treatment.level",
        "処遇改善加算の区分",
        "none, i〜iv, v-1〜v-14, i-i, i-ro, ii-i, ii-ro",
        treatment_level,
    );
    let facility = r.flag(
        &req.treatment.facility,
        "treatment.facility",
        "指定障害者支援施設が行う",
        false,
    );
    let o = &req.office;
    let needs_capacity = service == Some(Service::SeikatsuKaigo);
    let capacity = if needs_capacity {
        r.int(&o.capacity, "office.capacity", "利用定員", 1, 999)
            .map(Some)
    } else {
        Some(None)
    };
    let staffing = r.opt_choice(
        &o.staffing_addition,
        "office.staffing_addition",
        "人員配置体制加算",
        "none, i, ii, iii, iv",
        level_none_i_iv,
    );
    let wp = r.opt_choice(
        &o.welfare_professional,
        "office.welfare_professional",
        "福祉専門職員配置等加算",
        "none, i, ii, iii",
        |t| level_none_i_iv(t).filter(|l| *l != "iv"),
    );
    let nurses = r.opt_int(&o.nurses, "office.nurses", "看護職員数", 0, 99);
    let transport = r.opt_choice(
        &o.transport_addition,
        "office.transport_addition",
        "送迎加算",
        "none, i, ii",
        |t| level_none_i_iv(t).filter(|l| matches!(*l, "none" | "i" | "ii")),
    );
    let ts = r.flag(
        &o.transport_severe,
        "office.transport_severe",
        "重度者の送迎",
        false,
    );
    let tss = r.flag(
        &o.transport_same_site,
        "office.transport_same_site",
        "同一敷地内の送迎",
        false,
    );
    let newr8 = r.flag(
        &o.newly_designated_r8,
        "office.newly_designated_r8",
        "令和8年6月以降の新規指定",
        false,
    );
    let night = r.opt_choice(
        &o.night_support,
        "office.night_support",
        "夜間支援等体制加算",
        "none, i",
        |t| level_none_i_iv(t).filter(|l| matches!(*l, "none" | "i")),
    );
    let night_persons = r.opt_int(
        &o.night_support_persons,
        "office.night_support_persons",
        "夜間支援対象利用者数",
        1,
        99,
    );
    if night.flatten() == Some("i") && matches!(night_persons, Some(None)) {
        r.problems.push(Problem::required(
            "office.night_support_persons",
            "夜間支援対象利用者数",
        ));
    }
    if req.users.is_empty() {
        r.problems
            .push(Problem::required("users", "利用者（1人以上）"));
    }
    let mut users = Vec::new();
    for (i, u) in req.users.iter().enumerate() {
        let f = |s: &str| format!("users[{i}].{s}");
        let label = u
            .label
            .as_text()
            .unwrap_or_else(|| format!("利用者{}", i + 1));
        let burden = r.choice(
            &u.burden_category,
            &f("burden_category"),
            "利用者負担の区分",
            BURDEN_CHOICES,
            burden_category,
        );
        let (kubun, std_m, units_v) = match service {
            Some(Service::SeikatsuKaigo) => (
                r.choice(
                    &u.kubun,
                    &f("kubun"),
                    "障害支援区分",
                    "6, 5, 4, 3, 2, 1",
                    |t| sk::Kubun::parse(t).map(|_| t.to_string()),
                )
                .map(Some),
                r.minutes(
                    &u.standard_minutes,
                    &f("standard_minutes"),
                    "標準的な時間",
                    24 * 60,
                )
                .map(Some),
                Some(None),
            ),
            Some(Service::GroupHome) => (
                r.choice(
                    &u.kubun,
                    &f("kubun"),
                    "障害支援区分",
                    "6, 5, 4, 3, 2, 1",
                    gh_kubun,
                )
                .map(|k| Some(k.to_string())),
                Some(None),
                Some(None),
            ),
            Some(Service::Units) => (
                Some(None),
                Some(None),
                r.int(&u.units, &f("units"), "月の単位数", 0, 10_000_000)
                    .map(Some),
            ),
            Some(_) => (Some(None), Some(None), Some(None)),
            None => (None, None, None),
        };
        if is_shuro {
            if let (Some(label), Some(burden)) = (Some(label), burden) {
                users.push(ValidUser {
                    label,
                    burden,
                    kubun: None,
                    standard_minutes: None,
                    days: 0,
                    facility_resident: false,
                    meal_days: 0,
                    transport_one_ways: 0,
                    absence_responses: 0,
                    initial_days: 0,
                    trial: false,
                    rent: None,
                    units: None,
                });
            }
            continue;
        }
        let days = if service == Some(Service::Units) {
            Some(0)
        } else {
            r.int(&u.days, &f("days"), "利用日数", 0, 31)
        };
        let res = r.flag(
            &u.facility_resident,
            &f("facility_resident"),
            "施設入所者",
            false,
        );
        let meal = r.opt_int(&u.meal_days, &f("meal_days"), "食事提供の日数", 0, 31);
        let tow = r.opt_int(
            &u.transport_one_ways,
            &f("transport_one_ways"),
            "送迎の片道回数",
            0,
            62,
        );
        let abs = r.opt_int(
            &u.absence_responses,
            &f("absence_responses"),
            "欠席時対応の回数",
            0,
            31,
        );
        let init = r.opt_int(&u.initial_days, &f("initial_days"), "初期加算の日数", 0, 31);
        let trial = r.flag(&u.trial, &f("trial"), "体験利用", false);
        let rent = r.opt_int(&u.rent, &f("rent"), "家賃", 0, 10_000_000);
        if let (Some(Some(m)), Some(d)) = (meal, days) {
            if m > d && service != Some(Service::Units) {
                r.problems.push(Problem::inconsistent(
                    f("meal_days"),
                    format!("食事提供の日数（{m}日）が利用日数（{d}日）を超えています。"),
                ));
            }
        }
        if let (
            Some(b),
            Some(k),
            Some(std_m),
            Some(d),
            Some(res),
            Some(m),
            Some(t),
            Some(a),
            Some(ini),
            Some(tr),
            Some(rent),
            Some(uv),
        ) = (
            burden, kubun, std_m, days, res, meal, tow, abs, init, trial, rent, units_v,
        ) {
            users.push(ValidUser {
                label,
                burden: b,
                kubun: k,
                standard_minutes: std_m,
                days: d,
                facility_resident: res,
                meal_days: m.unwrap_or(0),
                transport_one_ways: t.unwrap_or(0),
                absence_responses: a.unwrap_or(0),
                initial_days: ini.unwrap_or(0),
                trial: tr,
                rent,
                units: uv,
            });
        }
    }
    let office = ValidOffice {
        capacity: capacity?,
        staffing: staffing?.unwrap_or("none"),
        welfare_professional: wp?.unwrap_or("none"),
        nurses: nurses?.unwrap_or(0),
        transport: transport?.unwrap_or("none"),
        transport_severe: ts?,
        transport_same_site: tss?,
        newly_designated_r8: newr8?,
        night_support: night? == Some("i"),
        night_persons: night_persons?.unwrap_or(0),
    };
    if users.len() != req.users.len() {
        return None;
    }
    Some(Valid {
        month: month?,
        service: service?,
        price: price?,
        municipality,
        grade: grade?,
        treatment: treatment?.unwrap_or_else(|| "none".to_string()),
        facility: facility?,
        office,
        users,
    })
}

/// `0.093` → `9.3%`.
fn percent(rate: Decimal) -> String {
    format!("{}%", (rate * Decimal::ONE_HUNDRED).normalize())
}

/// `地域区分の級地（神奈川県横浜市、…）` → `神奈川県横浜市`.
fn municipality_name(label: &str) -> String {
    label
        .split('（')
        .nth(1)
        .and_then(|r| r.split('、').next())
        .unwrap_or(label)
        .to_string()
}

fn gh_kubun(t: &str) -> Option<&'static str> {
    Some(match t.trim_start_matches("区分") {
        "6" => "kubun6",
        "5" => "kubun5",
        "4" => "kubun4",
        "3" => "kubun3",
        "2" => "kubun2",
        "1" | "1以下" | "非該当" => "kubun1-or-less",
        _ => return None,
    })
}

// ---------------------------------------------------------------- service units

fn line(rule: &str, item: String, per: i64, count: i64, kind: LineKind) -> UnitLine {
    UnitLine {
        rule: rule.to_string(),
        item,
        per,
        count,
        units: per * count,
        kind,
    }
}

fn days_label(n: i64) -> String {
    format!("{n}日")
}

/// 生活介護: one user's units by item.
fn seikatsu_kaigo_units(
    c: &Ctx,
    o: &ValidOffice,
    u: &ValidUser,
) -> Result<UserMonth, Vec<Problem>> {
    let mut ps = Problems::new();
    let mut lines = Vec::new();
    let mut steps = Vec::new();
    let kubun = u
        .kubun
        .as_deref()
        .and_then(sk::Kubun::parse)
        .unwrap_or(sk::Kubun::K2OrLess);
    let office = sk::Office {
        capacity: o.capacity.unwrap_or(1),
        extension_addition: false,
    };
    let user = sk::User {
        kubun,
        facility_resident: u.facility_resident,
    };
    let (set, set_steps) =
        sk::setting(c, &office, &user).map_err(|p| vec![p.at("office.capacity")])?;
    steps.extend(set_steps);
    let std_m = u.standard_minutes.unwrap_or(0);
    match sk::band_units(c, &set, &user, std_m) {
        Ok(bu) => {
            steps.extend(bu.steps);
            lines.push(line(
                "seikatsu_kaigo.basic",
                format!(
                    "生活介護サービス費（{}・{}）",
                    kubun.label(),
                    bu.band.label.replace("所要時間区分 ", "")
                ),
                bu.units,
                u.days,
                LineKind::Basic,
            ));
            steps.push(
                Step::new("money.sk.basic", "基本報酬 × 利用日数")
                    .input("1日の単位数", units(bu.units))
                    .input("利用日数", days_label(u.days))
                    .value(units(bu.units * u.days)),
            );
        }
        Err(e) => ps.extend(e),
    }
    // 人員配置体制加算 (per day, by the office's declared level and capacity scope).
    if o.staffing != "none" {
        let scope = c.band(
            "seikatsu_kaigo.addition.staffing_scope",
            Decimal::from(o.capacity.unwrap_or(1)),
        );
        if let Some(scope) = ps.take(scope.map_err(|e| e.at("office.capacity"))) {
            let key = format!(
                "seikatsu_kaigo.addition.staffing.{}.{}",
                o.staffing, scope.id
            );
            if let Some(f) = ps.take(c.figure(&key)) {
                if let Some(per) = ps.take(f.int()) {
                    lines.push(line(
                        "seikatsu_kaigo.addition.staffing",
                        f.label.clone(),
                        per,
                        u.days,
                        LineKind::Addition,
                    ));
                    steps.push(
                        per_day_step("money.sk.staffing", &f, per, u.days).source(scope.citation),
                    );
                }
            }
        }
    }
    if o.welfare_professional != "none" {
        if let Some(f) = ps.take(c.figure(&format!(
            "seikatsu_kaigo.addition.welfare_professional.{}",
            o.welfare_professional
        ))) {
            if let Some(per) = ps.take(f.int()) {
                lines.push(line(
                    "seikatsu_kaigo.addition.welfare_professional",
                    f.label.clone(),
                    per,
                    u.days,
                    LineKind::Addition,
                ));
                steps.push(per_day_step(
                    "money.sk.welfare_professional",
                    &f,
                    per,
                    u.days,
                ));
            }
        }
    }
    if o.nurses > 0 {
        if let Some(f) =
            ps.take(c.figure(&format!("seikatsu_kaigo.addition.nurse.{}", set.tier.id)))
        {
            if let Some(per) = ps.take(f.int()) {
                let per_day = per * o.nurses;
                lines.push(line(
                    "seikatsu_kaigo.addition.nurse",
                    format!("{}×{}人", f.label, o.nurses),
                    per_day,
                    u.days,
                    LineKind::Addition,
                ));
                steps.push(
                    Step::new("money.sk.nurse", f.label.clone())
                        .input("1人あたり", units(per))
                        .input("看護職員数", format!("{}人", o.nurses))
                        .input("利用日数", days_label(u.days))
                        .value(units(per_day * u.days))
                        .source(f.citation.clone()),
                );
            }
        }
    }
    if u.meal_days > 0 {
        if let Some(f) = ps.take(c.figure("seikatsu_kaigo.addition.meal")) {
            if let Some(per) = ps.take(f.int()) {
                lines.push(line(
                    "seikatsu_kaigo.addition.meal",
                    f.label.clone(),
                    per,
                    u.meal_days,
                    LineKind::Addition,
                ));
                let mut s = per_day_step("money.sk.meal", &f, per, u.meal_days)
                    .note("対象は低所得者等です。入力した日数をそのまま算定します。");
                if u.burden.0 == "general-2" {
                    s = s.note("利用者負担の区分が一般2の利用者は、通常、食事提供体制加算の対象ではありません。確認してください。");
                }
                steps.push(s);
            }
        }
    }
    if o.transport != "none" && u.transport_one_ways > 0 {
        transport_lines(c, o, u, &mut ps, &mut lines, &mut steps);
    }
    if u.absence_responses > 0 {
        let f = ps.take(c.figure("seikatsu_kaigo.addition.absence"));
        let max = ps.take(c.int("seikatsu_kaigo.addition.absence.max_per_month"));
        if let (Some(f), Some((max, max_cit))) = (f, max) {
            if let Some(per) = ps.take(f.int()) {
                let n = u.absence_responses.min(max);
                lines.push(line(
                    "seikatsu_kaigo.addition.absence",
                    f.label.clone(),
                    per,
                    n,
                    LineKind::Addition,
                ));
                let mut s = Step::new("money.sk.absence", f.label.clone())
                    .input("1回あたり", units(per))
                    .input("回数", format!("{}回", u.absence_responses))
                    .input("月の上限", format!("{max}回"))
                    .value(units(per * n))
                    .source(f.citation.clone())
                    .source(max_cit);
                if u.absence_responses > max {
                    s = s.note(format!("月{max}回までのため{max}回で算定します。"));
                }
                steps.push(s);
            }
        }
    }
    if u.initial_days > 0 {
        let f = ps.take(c.figure("seikatsu_kaigo.addition.initial"));
        let max = ps.take(c.int("seikatsu_kaigo.addition.initial.max_days"));
        if let (Some(f), Some((max, max_cit))) = (f, max) {
            if let Some(per) = ps.take(f.int()) {
                let n = u.initial_days.min(max).min(u.days);
                lines.push(line(
                    "seikatsu_kaigo.addition.initial",
                    f.label.clone(),
                    per,
                    n,
                    LineKind::Addition,
                ));
                steps.push(
                    Step::new("money.sk.initial", f.label.clone())
                        .input("1日あたり", units(per))
                        .input("日数", days_label(u.initial_days))
                        .value(units(per * n))
                        .source(f.citation.clone())
                        .source(max_cit),
                );
            }
        }
    }
    if !ps.is_empty() {
        return Err(ps.into_vec());
    }
    Ok(UserMonth::new(u.label.clone(), lines, steps)?)
}

fn per_day_step(rule: &str, f: &Figure, per: i64, days: i64) -> Step {
    Step::new(rule, f.label.clone())
        .input("1日あたり", units(per))
        .input("日数", days_label(days))
        .value(units(per * days))
        .source(f.citation.clone())
}

fn transport_lines(
    c: &Ctx,
    o: &ValidOffice,
    u: &ValidUser,
    ps: &mut Problems,
    lines: &mut Vec<UnitLine>,
    steps: &mut Vec<Step>,
) {
    let Some(f) = ps.take(c.figure(&format!(
        "seikatsu_kaigo.addition.transport.{}",
        o.transport
    ))) else {
        return;
    };
    let Some(mut per) = ps.take(f.int()) else {
        return;
    };
    let mut s = Step::new("money.sk.transport", format!("{}（片道あたり）", f.label))
        .input("片道あたり", units(per))
        .source(f.citation.clone());
    if o.transport_severe {
        let Some(sev) = ps.take(c.figure("seikatsu_kaigo.addition.transport.severe")) else {
            return;
        };
        let Some(sv) = ps.take(sev.int()) else { return };
        per += sv;
        s = s
            .input("重度者加算", units(sv))
            .source(sev.citation.clone());
    }
    if o.transport_same_site {
        let Some(rate) = ps.take(c.figure("seikatsu_kaigo.addition.transport.same_site_rate"))
        else {
            return;
        };
        let Some(rounded) = Rounding::HalfUpInteger.to_int(Decimal::from(per) * rate.value) else {
            return;
        };
        s = s
            .input("同一敷地内", format!("{}倍", rate.value))
            .note(format!(
                "{per}単位×{}＝{}（{}）",
                rate.value,
                Decimal::from(per) * rate.value,
                Rounding::HalfUpInteger.label()
            ))
            .source(rate.citation.clone());
        per = rounded;
    }
    s = s
        .input("片道回数", format!("{}回", u.transport_one_ways))
        .value(units(per * u.transport_one_ways));
    lines.push(line(
        "seikatsu_kaigo.addition.transport",
        f.label.clone(),
        per,
        u.transport_one_ways,
        LineKind::Addition,
    ));
    steps.push(s);
}

/// 共同生活援助（介護サービス包括型）: one resident's units by item.
fn group_home_units(c: &Ctx, o: &ValidOffice, u: &ValidUser) -> Result<UserMonth, Vec<Problem>> {
    let mut ps = Problems::new();
    let mut lines = Vec::new();
    let mut steps = Vec::new();
    let k = u.kubun.clone().unwrap_or_default();
    let table = if u.trial {
        "trial"
    } else if o.newly_designated_r8 {
        "i-new"
    } else {
        "i"
    };
    if let Some(f) = ps.take(c.figure(&format!("group_home.basic.{table}.{k}"))) {
        if let Some(per) = ps.take(f.int()) {
            lines.push(line(
                "group_home.basic",
                f.label.clone(),
                per,
                u.days,
                LineKind::Basic,
            ));
            steps.push(per_day_step("money.gh.basic", &f, per, u.days));
        }
    }
    if o.night_support && !u.trial {
        let scope = ps.take(
            c.band(
                "group_home.addition.night_scope",
                Decimal::from(o.night_persons),
            )
            .map_err(|e| e.at("office.night_support_persons")),
        );
        if let Some(scope) = scope {
            let group = match k.as_str() {
                "kubun6" | "kubun5" | "kubun4" => "kubun4-plus",
                "kubun3" => "kubun3",
                _ => "kubun2-or-less",
            };
            if let Some(f) =
                ps.take(c.figure(&format!("group_home.addition.night.i.{}.{group}", scope.id)))
            {
                if let Some(per) = ps.take(f.int()) {
                    lines.push(line(
                        "group_home.addition.night",
                        f.label.clone(),
                        per,
                        u.days,
                        LineKind::Addition,
                    ));
                    steps.push(
                        per_day_step("money.gh.night", &f, per, u.days).source(scope.citation),
                    );
                }
            }
        }
    }
    if !ps.is_empty() {
        return Err(ps.into_vec());
    }
    Ok(UserMonth::new(u.label.clone(), lines, steps)?)
}

fn direct_units(u: &ValidUser) -> Result<UserMonth, Problem> {
    let n = u.units.unwrap_or(0);
    UserMonth::new(
        u.label.clone(),
        vec![line(
            "money.units",
            "単位数（直接入力）".into(),
            n,
            1,
            LineKind::Basic,
        )],
        vec![Step::new("money.units", "月の単位数（利用者が入力）")
            .input("単位数", units(n))
            .value(units(n))],
    )
}

// ---------------------------------------------------------------- the yen chain

struct Prices {
    grade_label: String,
    unit_price: Figure,
    treatment: Option<(String, Figure)>,
    steps: Vec<Step>,
}

fn prices(c: &Ctx, v: &Valid) -> Result<Prices, Vec<Problem>> {
    let mut ps = Problems::new();
    let mut steps = Vec::new();
    // 級地: from the municipality when registered, else as chosen.
    let grade = match (&v.municipality, v.grade) {
        (Some(m), chosen) => {
            let key = format!("money.grade.{m}");
            if crate::engine::params::rows_for(&key).is_empty() {
                ps.push(Problem::invalid(
                    "region.municipality",
                    format!("「{m}」の級地は登録されていません。級地を選んでください。"),
                ));
                None
            } else {
                match c.figure(&key) {
                    Ok(f) => {
                        let g = f.int().ok().and_then(|n| grade_id(&n.to_string()));
                        if let (Some(g), Some(ch)) = (g, chosen) {
                            if g.0 != ch.0 {
                                ps.push(Problem::inconsistent(
                                    "region.grade",
                                    format!("{}は{}です（選択: {}）。", f.label, g.1, ch.1),
                                ));
                            }
                        }
                        if let Some(g) = g {
                            steps.push(
                                Step::new("money.grade", "地域区分（級地）")
                                    .input("市町村", municipality_name(&f.label))
                                    .value(g.1)
                                    .source(f.citation.clone()),
                            );
                        }
                        g
                    }
                    Err(e) => match chosen {
                        Some(ch) => {
                            steps.push(Step::new("money.grade", "地域区分（級地）").input("市町村", m.clone()).value(ch.1).note("この市町村の級地は未登録のため、選択された級地を使います。"));
                            Some(ch)
                        }
                        None => {
                            ps.push(e.at("region.grade"));
                            None
                        }
                    },
                }
            }
        }
        (None, Some(ch)) => {
            steps.push(
                Step::new("money.grade", "地域区分（級地）")
                    .value(ch.1)
                    .note("選択された級地です。"),
            );
            Some(ch)
        }
        (None, None) => None,
    };
    let Some(grade) = grade else {
        return Err(ps.into_vec());
    };
    if let Ok(f) = c.figure(&format!("money.add_on_rate.{}", grade.0)) {
        if let Some(last) = steps.last_mut() {
            *last = last
                .clone()
                .input("上乗せ割合", percent(f.value))
                .source(f.citation);
        }
    }
    let price_key = format!("money.unit_price.{}.{}", v.price.price, grade.0);
    let unit_price = ps.take(c.figure(&price_key).map_err(|e| e.at("price_service")));
    let treatment = if v.treatment == "none" {
        None
    } else {
        let svc = if v.facility {
            format!("{}-facility", v.price.treatment)
        } else {
            v.price.treatment.to_string()
        };
        let key = format!("money.treatment.{svc}.{}", v.treatment);
        if crate::engine::params::rows_for(&key).is_empty() {
            ps.push(Problem::invalid(
                "treatment.level",
                format!(
                    "{}の処遇改善加算({})の率は登録されていません。",
                    v.price.label,
                    level_label(&v.treatment)
                ),
            ));
            None
        } else {
            // Not in force is the level's problem (the user may choose another level or none).
            let to_level = |mut e: Problem| {
                if e.code == crate::engine::problem::Code::NotInForce {
                    e.field = "treatment.level".into();
                }
                e
            };
            match (c.figure(&key), c.rule("money.treatment")) {
                (Ok(f), Ok(_)) => Some((level_label(&v.treatment), f)),
                (Err(e), _) | (Ok(_), Err(e)) => {
                    ps.push(to_level(e));
                    None
                }
            }
        }
    };
    let Some(unit_price) = unit_price else {
        return Err(ps.into_vec());
    };
    if !ps.is_empty() {
        return Err(ps.into_vec());
    }
    steps.push(
        Step::new("money.unit_price", "1単位の単価（サービス・級地ごと）")
            .input("サービス", v.price.label)
            .input("級地", grade.1)
            .value(format!("{}円", unit_price.value))
            .source(unit_price.citation.clone()),
    );
    if let Some((label, f)) = &treatment {
        steps.push(
            Step::new("money.treatment.rate", "福祉・介護職員等処遇改善加算の率")
                .input("区分", label.clone())
                .input(
                    "指定障害者支援施設が行う",
                    if v.facility { "はい" } else { "いいえ" },
                )
                .value(percent(f.value))
                .source(f.citation.clone()),
        );
    }
    Ok(Prices {
        grade_label: grade.1.to_string(),
        unit_price,
        treatment,
        steps,
    })
}

fn user_yen(
    c: &Ctx,
    v: &Valid,
    p: &Prices,
    u: &ValidUser,
    um: UserMonth,
    field: &str,
) -> Result<UserYen, Vec<Problem>> {
    let mut ps = Problems::new();
    let mut steps = um.steps.clone();
    let base = um.total_units;
    steps.push(
        Step::new("money.user.units", "単位数の合計（処遇改善加算を除く）")
            .input(
                "内訳",
                um.lines
                    .iter()
                    .map(|l| format!("{} {}", l.item, units(l.units)))
                    .collect::<Vec<_>>()
                    .join("、"),
            )
            .value(units(base)),
    );
    // 処遇改善加算: the month's units × rate, 四捨五入.
    let mut treatment = 0;
    if let Some((label, f)) = &p.treatment {
        let rule = ps.take(c.rule("money.percent_units"));
        let exact = Decimal::from(base) * f.value;
        match Rounding::HalfUpInteger.to_int(exact) {
            Some(t) => {
                treatment = t;
                let mut s = Step::new(
                    "money.treatment",
                    format!("福祉・介護職員等処遇改善加算({label})"),
                )
                .input("単位数の合計", units(base))
                .input("率", percent(f.value))
                .input("計算", format!("{base}×{}＝{exact}", f.value))
                .value(units(t))
                .source(f.citation.clone())
                .note(format!("端数は{}。", Rounding::HalfUpInteger.label()));
                if let Some(r) = rule {
                    s = s.source(r);
                }
                steps.push(s);
            }
            None => ps.push(Problem::out_of_range(
                "treatment.level",
                "処遇改善加算の計算が範囲を超えました。",
            )),
        }
    }
    let total_units = base + treatment;
    // 総費用額: units × 単価, 1円未満切捨て.
    let yen_rule = ps.take(c.rule("money.yen"));
    let exact = Decimal::from(total_units) * p.unit_price.value;
    let total_yen = Rounding::FloorYen.to_int(exact).unwrap_or(0);
    let mut s = Step::new("money.total_yen", "総費用額（単位数×1単位の単価）")
        .input("単位数", units(total_units))
        .input("1単位の単価", format!("{}円", p.unit_price.value))
        .input(
            "計算",
            format!("{total_units}×{}＝{exact}", p.unit_price.value),
        )
        .value(yen(total_yen))
        .source(p.unit_price.citation.clone())
        .note(format!("端数は{}。", Rounding::FloorYen.label()));
    if let Some(r) = yen_rule {
        s = s.source(r);
    }
    steps.push(s);
    // 利用者負担: 1割, capped.
    let burden_rule = ps.take(c.rule("money.burden"));
    let rate = ps.take(c.figure("money.burden_rate"));
    let cap = ps.take(
        c.figure(&format!("money.burden_cap.{}", u.burden.0))
            .map_err(|e| e.at(&format!("{field}.burden_category"))),
    );
    let (Some(rate), Some(cap)) = (rate, cap) else {
        return Err(ps.into_vec());
    };
    let cap_yen = ps.take(cap.int()).unwrap_or(0);
    let tenth_exact = Decimal::from(total_yen) * rate.value;
    let tenth = Rounding::FloorYen.to_int(tenth_exact).unwrap_or(0);
    let burden = tenth.min(cap_yen);
    let mut s = Step::new("money.burden", "利用者負担額（1割、負担上限月額まで）")
        .input("総費用額", yen(total_yen))
        .input(
            "1割相当額",
            format!(
                "{}×{}＝{tenth_exact} → {}（{}）",
                total_yen,
                rate.value,
                yen(tenth),
                Rounding::FloorYen.label()
            ),
        )
        .input(
            "負担上限月額",
            format!("{}（{}）", yen(cap_yen), u.burden.1),
        )
        .value(yen(burden))
        .source(rate.citation.clone())
        .source(cap.citation.clone())
        .source(cite(
            "product-reading",
            "1割相当額の端数は1円未満切捨てとして計算",
        ));
    if let Some(r) = burden_rule {
        s = s.source(r);
    }
    if tenth > cap_yen {
        s = s.note(format!(
            "1割相当額が上限を超えるため、上限の{}です。",
            yen(cap_yen)
        ));
    }
    s = s.note("同じ月に複数の事業所を利用する場合の上限額管理は、この計算に含みません。");
    if v.service == Service::GroupHome && u.burden.0 == "general-1" {
        s = s.note(
            "20歳以上のグループホーム利用者は、課税世帯なら一般2です。区分を確認してください。",
        );
    }
    steps.push(s);
    let benefit = total_yen - burden;
    steps.push(
        Step::new("money.benefit", "給付費（総費用額−利用者負担額）")
            .input("総費用額", yen(total_yen))
            .input("利用者負担額", yen(burden))
            .value(yen(benefit)),
    );
    // グループホーム家賃助成: the resident's income.
    let mut rent_subsidy = None;
    if v.service == Service::GroupHome && matches!(u.burden.0, "seikatsu-hogo" | "low-income") {
        if let Some(rent) = u.rent {
            let rule = ps.take(c.rule("money.gh_rent_subsidy"));
            if let Some(max) = ps.take(c.figure("money.gh_rent_subsidy.max")) {
                if let (Some(maxv), Some(rule)) = (ps.take(max.int()), rule) {
                    let sub = rent.min(maxv);
                    rent_subsidy = Some(sub);
                    steps.push(
                        Step::new(
                            "money.gh_rent_subsidy",
                            "家賃助成（特定障害者特別給付費）— 利用者の収入",
                        )
                        .input("家賃", yen(rent))
                        .input("上限月額", yen(maxv))
                        .value(yen(sub))
                        .source(rule)
                        .source(max.citation.clone())
                        .note("利用者（入居者）への給付で、事業所の収入には含めません。"),
                    );
                }
            }
        }
    }
    if !ps.is_empty() {
        return Err(ps.into_vec());
    }
    Ok(UserYen {
        label: um.label,
        lines: um.lines,
        base_units: base,
        treatment_units: treatment,
        total_units,
        total_yen,
        tenth_yen: tenth,
        burden_category: u.burden.1.to_string(),
        burden_cap_yen: cap_yen,
        burden_yen: burden,
        benefit_yen: benefit,
        rent_subsidy_yen: rent_subsidy,
        steps,
    })
}

// ---------------------------------------------------------------- entry points

pub fn office_month(req: &OfficeMonthRequest) -> Outcome<OfficeMonthOutput> {
    let mut ps = Problems::new();
    let mut r = Reader::new(&mut ps);
    let v = read(req, &mut r);
    let uf = read_user_figures(&mut r, &req.user_figures);
    // 就労系: the office and the users' month as the 就労系 calculator reads them.
    // Read even when the money part has problems, so that all are answered at once.
    let service = req.service.as_text().and_then(|t| Service::parse(&t));
    let shuro_valid = match service.and_then(Service::shuro) {
        Some(svc) => match shuro::validate(svc, &shuro_request(req)) {
            Ok(sv) => Some(sv),
            Err(e) => {
                ps.extend(
                    e.into_iter()
                        .filter(|p| p.field != "service_month")
                        .map(shuro_field),
                );
                None
            }
        },
        None => None,
    };
    let Some(v) = v else {
        return Err(ps.into_vec());
    };
    if !ps.is_empty() {
        return Err(ps.into_vec());
    }
    let c = Ctx::new(v.month, "service_month", &uf).map_err(|p| vec![p])?;
    // 就労系 first: a service not in force that month (就労選択支援 before
    // 令和7年10月) is the answer, before any question about its price.
    let mut shuro_basic = None;
    let mut shuro_months = Vec::new();
    let mut office_steps = Vec::new();
    if let Some(sv) = &shuro_valid {
        let m = shuro::month_units(&c, sv)
            .map_err(|e| e.into_iter().map(shuro_field).collect::<Vec<_>>())?;
        office_steps = m.steps;
        shuro_basic = Some(m.basic);
        shuro_months = m.users;
    }
    let p = prices(&c, &v)?;
    let mut users = Vec::new();
    let mut shuro_months = shuro_months.into_iter();
    for (i, u) in v.users.iter().enumerate() {
        let field = format!("users[{i}]");
        let um = match v.service {
            Service::SeikatsuKaigo => seikatsu_kaigo_units(&c, &v.office, u),
            Service::GroupHome => group_home_units(&c, &v.office, u),
            Service::Units => direct_units(u).map_err(Into::into),
            // One `UserMonth` per user, in order (shuro::month_units keeps the roster's order).
            _ => shuro_months
                .next()
                .ok_or_else(|| vec![Problem::required(&field, "利用者")]),
        };
        match um.and_then(|um| user_yen(&c, &v, &p, u, um, &field)) {
            Ok(y) => users.push(y),
            Err(e) => ps.extend(e),
        }
    }
    if !ps.is_empty() {
        return Err(ps.into_vec());
    }
    let mut t = Totals::default();
    for u in &users {
        t.base_units += u.base_units;
        t.treatment_units += u.treatment_units;
        t.total_units += u.total_units;
        t.total_yen += u.total_yen;
        t.burden_yen += u.burden_yen;
        t.benefit_yen += u.benefit_yen;
        t.rent_subsidy_yen += u.rent_subsidy_yen.unwrap_or(0);
    }
    let mut steps = p.steps.clone();
    steps.extend(office_steps);
    steps.push(
        Step::new("money.office.total", "事業所の月の合計（利用者ごとの合計）")
            .input("利用者数", format!("{}人", users.len()))
            .input("単位数", units(t.total_units))
            .input("利用者負担額の合計", yen(t.burden_yen))
            .input("給付費の合計", yen(t.benefit_yen))
            .value(yen(t.total_yen))
            .note("総費用額は利用者ごと（明細書ごと）に1円未満を切り捨てて合計します。"),
    );
    Ok(OfficeMonthOutput {
        service_month: v.month,
        month_label: v.month.both(),
        month_wareki: v.month.wareki(),
        service: v.service,
        service_label: v.service.label().to_string(),
        grade_label: p.grade_label.clone(),
        unit_price: p.unit_price.value.to_string(),
        treatment_label: p
            .treatment
            .as_ref()
            .map(|(l, _)| format!("処遇改善加算({l})"))
            .unwrap_or_else(|| "処遇改善加算なし".into()),
        treatment_rate: p.treatment.as_ref().map(|(_, f)| f.value.to_string()),
        shuro_basic,
        users,
        totals: t,
        steps,
    })
}

/// The 就労系 month request inside a money request: the 就労系 office and, for
/// each user, the fields the 就労系 calculator reads (same names, same order).
fn shuro_request(req: &OfficeMonthRequest) -> shuro::MonthRequest {
    shuro::MonthRequest {
        service_month: req.service_month.clone(),
        office: req.shuro_office.clone(),
        users: req
            .users
            .iter()
            .map(|u| shuro::UserInput {
                label: u.label.clone(),
                days: u.days.clone(),
                meal_days: u.meal_days.clone(),
                transport_one_ways: u.transport_one_ways.clone(),
                absence_responses: u.absence_responses.clone(),
                plan_missing_month: u.plan_missing_month.clone(),
                peer_support: u.peer_support.clone(),
                same_day_other_days: u.same_day_other_days.clone(),
            })
            .collect(),
        user_figures: req.user_figures.clone(),
    }
}

/// A 就労系 problem's field, as named in the money request (`office.x` → `shuro_office.x`).
fn shuro_field(mut p: Problem) -> Problem {
    if let Some(rest) = p.field.strip_prefix("office.") {
        p.field = format!("shuro_office.{rest}");
    } else if p.field == "office" {
        p.field = "shuro_office".into();
    }
    p
}

/// Scenarios side by side, each difference against the first.
pub fn compare(req: &CompareRequest) -> Outcome<CompareOutput> {
    let mut ps = Problems::new();
    if req.scenarios.len() < 2 {
        ps.push(Problem::required(
            "scenarios",
            "比較するシナリオ（2つ以上）",
        ));
        return Err(ps.into_vec());
    }
    let mut out = Vec::new();
    for (i, s) in req.scenarios.iter().enumerate() {
        let name = s
            .name
            .as_text()
            .unwrap_or_else(|| format!("シナリオ{}", i + 1));
        match office_month(&s.request) {
            Ok(r) => out.push(ScenarioResult { name, result: r }),
            Err(e) => {
                for mut p in e {
                    p.field = if p.field.is_empty() {
                        format!("scenarios[{i}].request")
                    } else {
                        format!("scenarios[{i}].request.{}", p.field)
                    };
                    p.message = format!("{name}: {}", p.message);
                    ps.push(p);
                }
            }
        }
    }
    if !ps.is_empty() {
        return Err(ps.into_vec());
    }
    let differences = match out.first() {
        Some(first) => out
            .iter()
            .skip(1)
            .map(|s| Difference {
                name: s.name.clone(),
                against: first.name.clone(),
                total_units: s.result.totals.total_units - first.result.totals.total_units,
                total_yen: s.result.totals.total_yen - first.result.totals.total_yen,
                benefit_yen: s.result.totals.benefit_yen - first.result.totals.benefit_yen,
                burden_yen: s.result.totals.burden_yen - first.result.totals.burden_yen,
            })
            .collect(),
        None => Vec::new(),
    };
    Ok(CompareOutput {
        scenarios: out,
        differences,
    })
}
