//! money: the request as sent (lenient [`Raw`] leaves), the validated month
//! (the prices' choices, each user's 利用者負担 and the service's own entries)
//! and the readers between them, each bad field a Japanese problem naming its
//! path.

use super::carried::UnitsRequest;
use super::service::{price_elsewhere, price_here, price_service, without_burden, PriceService, Service, PRICE_CHOICES};
use super::units::{held_type, Source};
use crate::engine::areas::PRICES;
use crate::engine::date::YearMonth;
use crate::engine::decode::{self, Fill, Path};
use crate::engine::input::{Raw, Reader};
use crate::engine::map::KeyMap;
use crate::engine::problem::Problem;
use crate::national::counts::read_day_counts;
use crate::national::group_home as gh;
use crate::national::seikatsu_kaigo as sk;
use serde::Serialize;
use serde_json::Value;

/// A part of the request for units this module does not compute (就労系's
/// office and days in a module without 就労系, see `units::Source`): kept as
/// sent, never read, so that a field given there is refused by name
/// (`fields`) without the code that reads it.
#[derive(Clone, Debug, Default, Serialize)]
#[serde(transparent)]
pub struct Unread(pub Value);

/// An object, as the type it stands for (`null` or a list is refused as there).
impl Fill for Unread {
    fn fill(&mut self, v: Value, _: &Path) -> Result<(), decode::Error> {
        if !v.is_object() {
            return Err(decode::Error::invalid_type(&v, "struct"));
        }
        self.0 = v;
        Ok(())
    }
}

held_type!(/// 就労系's office as its calculators read it.
    ShuroOffice = "shuro", crate::national::shuro::OfficeInput, else Unread);
held_type!(/// 就労選択支援's other services of the same day.
    ShuroSameDay = "shuro", crate::national::shuro::SameDayInput, else Unread);

#[derive(Clone, Debug, Default, Serialize)]
pub struct RegionInput {
    /// A municipality id (`kanagawa-yokohama`), when its 級地 is registered.
    pub municipality: Raw,
    /// 級地: "1"…"7" or "0"/"その他".
    pub grade: Raw,
}
crate::decode_fields! { RegionInput { municipality, grade } }

#[derive(Clone, Debug, Default, Serialize)]
pub struct TreatmentInput {
    /// none | i | ii | iii | iv | v-1 … v-14 (令和6年6月〜) | i-i | i-ro | ii-i | ii-ro (令和8年6月〜)
    /// | single (相談支援系の単一の率, 令和8年6月〜)
    pub level: Raw,
    /// 指定障害者支援施設が行う場合 (施設の率).
    pub facility: Raw,
}
crate::decode_fields! { TreatmentInput { level, facility } }

/// Office settings used by the services' own unit rules.
#[derive(Clone, Debug, Default, Serialize)]
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
crate::decode_fields! { OfficeInput { capacity, staffing_addition, welfare_professional, nurses, transport_addition, transport_severe, transport_same_site, newly_designated_r8, night_support, night_support_persons } }

#[derive(Clone, Debug, Default, Serialize)]
pub struct UserInput {
    /// 利用者の呼び名（任意）.
    pub label: Raw,
    /// 利用者負担の区分: seikatsu-hogo | low-income | general-1 | general-2.
    pub burden_category: Raw,
    /// 受給者証の負担上限月額（円、区分の上限以下。空欄は区分の上限）.
    pub burden_cap: Raw,
    /// 上限額管理後の利用者負担額（円、上限額管理事業所が決めた額。空欄は管理なし）.
    pub managed_burden: Raw,
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
    /// 就労定着支援: 就職日.
    pub employment_date: Raw,
    /// 就労選択支援: 同じ日に利用した他のサービスと日数.
    pub same_day_services: Vec<ShuroSameDay>,
    /// 就労選択支援: 現在通所している事業所と同じ法人.
    pub same_operator: Raw,
    /// 就労選択支援: 近隣に別の法人の就労選択支援事業所・就労移行支援事業所がない.
    pub no_other_operator_nearby: Raw,
}
crate::decode_fields! { UserInput { label, burden_category, burden_cap, managed_burden, kubun, standard_minutes, days, facility_resident, meal_days, transport_one_ways, absence_responses, initial_days, trial, rent, units, plan_missing_month, peer_support, same_day_other_days, employment_date, same_day_services, same_operator, no_other_operator_nearby } }

#[derive(Clone, Debug, Default, Serialize)]
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
    pub shuro_office: ShuroOffice,
    pub users: Vec<UserInput>,
    /// The month in units as its own calculator computes it, carried from its
    /// page (「円で見る」): the request of `seikatsu_kaigo.month`,
    /// `shuro.<service>.month`, `soudan.month` or `yokohama_gh.month`. Money
    /// runs it and prices its users; `service` and the service's own fields
    /// then come from it, and `users` hold only money's own (利用者負担の区分,
    /// GH の家賃), one per user of the carried month.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub units_request: Option<UnitsRequest>,
    pub user_figures: KeyMap<Raw>,
}
crate::decode_fields! { OfficeMonthRequest { calculator, service_month, service, price_service, region, treatment, office, shuro_office, users, units_request, user_figures } then super::carried::merge_figures }

#[derive(Clone, Debug, Default, Serialize)]
pub struct ScenarioInput {
    pub name: Raw,
    pub request: OfficeMonthRequest,
}
crate::decode_fields! { ScenarioInput { name, request } }

#[derive(Clone, Debug, Default, Serialize)]
pub struct CompareRequest {
    pub scenarios: Vec<ScenarioInput>,
}
crate::decode_fields! { CompareRequest { scenarios } }

// ---------------------------------------------------------------- choices

/// 利用者負担の区分.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Burden {
    /// Key part of `money.burden_cap.<id>`.
    pub id: &'static str,
    pub label: &'static str,
}

pub(super) const BURDEN_CHOICES: &str = "「生活保護」「低所得」「一般1」「一般2」";

pub(super) fn burden_category(t: &str) -> Option<Burden> {
    let (id, label) = match t {
        "seikatsu-hogo" | "生活保護" => ("seikatsu-hogo", "生活保護"),
        "low-income" | "低所得" => ("low-income", "低所得"),
        "general-1" | "一般1" => ("general-1", "一般1"),
        "general-2" | "一般2" => ("general-2", "一般2"),
        _ => return None,
    };
    Some(Burden { id, label })
}

/// 地域区分の級地.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Grade {
    /// Key part of `money.unit_price.<service>.<id>`.
    pub id: &'static str,
    pub label: &'static str,
}

/// `1`…`7` (`1級地`), `0` / `その他` / `other`.
pub(super) fn grade_id(t: &str) -> Option<Grade> {
    let mut t = t;
    while let Some(rest) = t.strip_suffix("級地") {
        t = rest;
    }
    let (id, label) = match t {
        "1" => ("grade-1", "1級地"),
        "2" => ("grade-2", "2級地"),
        "3" => ("grade-3", "3級地"),
        "4" => ("grade-4", "4級地"),
        "5" => ("grade-5", "5級地"),
        "6" => ("grade-6", "6級地"),
        "7" => ("grade-7", "7級地"),
        "0" | "その他" | "other" => ("other", "その他"),
        _ => return None,
    };
    Some(Grade { id, label })
}

/// 処遇改善加算の区分: none, i〜iv, v-1〜v-14 (令和6年6月〜), i-i, i-ro, ii-i, ii-ro (令和8年6月〜).
fn treatment_level(t: &str) -> Option<String> {
    let ok = matches!(t, "none" | "i" | "ii" | "iii" | "iv" | "i-i" | "i-ro" | "ii-i" | "ii-ro" | "single")
        || t.strip_prefix("v-").and_then(|n| n.parse::<u32>().ok()).is_some_and(|n| (1..=14).contains(&n));
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

/// A level held, or `None` for `none`.
fn held(level: Option<&'static str>) -> Option<&'static str> {
    level.filter(|l| *l != "none")
}

// ---------------------------------------------------------------- validated

/// The month as validated.
pub(super) struct Valid {
    pub month: YearMonth,
    pub service: Service,
    pub price: PriceService,
    pub municipality: Option<String>,
    pub grade: Option<Grade>,
    /// 処遇改善加算の区分, `None` when not held.
    pub treatment: Option<String>,
    /// 指定障害者支援施設が行う (施設の率).
    pub facility: bool,
    pub users: Vec<Person>,
    /// What the service reads to compute its units.
    pub units: Units,
}

/// What money itself needs of a user.
pub(super) struct Person {
    /// `None`: the service has no 利用者負担 (計画相談支援・障害児相談支援).
    pub burden: Option<Burden>,
    /// 受給者証の負担上限月額 (円), when entered.
    pub certificate_cap: Option<i64>,
    /// 上限額管理後の利用者負担額 (円), when entered.
    pub managed: Option<i64>,
    /// グループホーム: 家賃 (月額、円).
    pub rent: Option<i64>,
}

/// Each service's own entries, for its `month_units`.
pub(super) enum Units {
    SeikatsuKaigo(sk::MonthOffice, Vec<sk::MonthUser>),
    GroupHome(gh::Office, Vec<gh::Resident>),
    /// Units entered directly: (label, units) per user.
    Direct(Vec<(String, i64)>),
    /// 就労系: read by `shuro::validate` from the same request.
    Shuro,
    /// Carried from its calculator's page (`units_request`); for 共同生活援助
    /// (a 横浜市 home's month), the office's national 加算.
    Carried(Option<gh::Office>),
}

/// A user's entries of their service.
enum Entry {
    SeikatsuKaigo(sk::MonthUser),
    GroupHome(gh::Resident),
    Direct(String, i64),
    /// 就労系, or a month carried from its page: money reads only its own fields.
    Shuro,
}

/// The service-specific entries of a user, before the counts.
enum Specific {
    SeikatsuKaigo(sk::Kubun, u32),
    GroupHome(gh::Kubun),
    Direct(i64),
    Shuro,
}

/// The office's entries of the service that reads them.
enum OfficeEntries {
    SeikatsuKaigo(sk::MonthOffice),
    GroupHome(gh::Office),
    None,
}

/// What every user of a service other than 就労系 enters.
struct Counts {
    days: i64,
    facility_resident: bool,
    meal_days: i64,
    transport_one_ways: i64,
    absence_responses: i64,
    initial_days: i64,
    trial: bool,
    rent: Option<i64>,
}

// ---------------------------------------------------------------- readers

/// The service whose price applies: chosen for `units`, the service's own otherwise.
fn read_price(r: &mut Reader, req: &OfficeMonthRequest, service: Option<Service>) -> Option<PriceService> {
    match service {
        Some(Service::Units) => {
            let id = r.choice(
                &req.price_service,
                "price_service",
                "単価を適用するサービス",
                PRICE_CHOICES,
                |t| PRICES.iter().find(|p| p.id == t).map(|p| p.id),
            )?;
            // A module by service holds its own services' prices only.
            let p = price_service(id)?;
            if !price_here(id) {
                r.problems.push(price_elsewhere(p.label));
                return None;
            }
            Some(p)
        }
        Some(s) => s.price_id().and_then(price_service),
        None => None,
    }
}

/// 事業所所在地: the municipality (when its 級地 is registered) or the 級地.
fn read_region(r: &mut Reader, region: &RegionInput) -> (Option<String>, Option<Option<Grade>>) {
    let municipality = region.municipality.as_text();
    let grade = r.opt_choice(&region.grade, "region.grade", "級地", "「1級地」〜「7級地」「その他」", grade_id);
    if municipality.is_none() && matches!(grade, Some(None)) {
        r.problems.push(Problem::required("region.grade", "事業所所在地の市町村か級地"));
    }
    (municipality, grade)
}

/// 処遇改善加算の区分 and whether a 指定障害者支援施設 provides the service.
fn read_treatment(r: &mut Reader, t: &TreatmentInput) -> (Option<Option<String>>, Option<bool>) {
    let level = r.opt_choice(
        &t.level,
        "treatment.level",
        "処遇改善加算の区分",
        "「算定しない」「Ⅰ」〜「Ⅳ」「Ⅴ(1)」〜「Ⅴ(14)」「Ⅰイ」「Ⅰロ」「Ⅱイ」「Ⅱロ」「相談支援系の単一の率」",
        treatment_level,
    );
    let facility = r.flag(&t.facility, "treatment.facility", "指定障害者支援施設が行う", false);
    let level = level.map(|l| l.filter(|l| l != "none"));
    (level, facility)
}

/// 生活介護's office entries: 利用定員 and the 加算 it holds.
fn read_sk_office(r: &mut Reader, o: &OfficeInput) -> Option<sk::MonthOffice> {
    let capacity = r.int(&o.capacity, "office.capacity", "利用定員", 1, 999);
    let staffing = r.opt_choice(
        &o.staffing_addition,
        "office.staffing_addition",
        "人員配置体制加算",
        "「なし」「Ⅰ」「Ⅱ」「Ⅲ」「Ⅳ」",
        level_none_i_iv,
    );
    let wp = r.opt_choice(
        &o.welfare_professional,
        "office.welfare_professional",
        "福祉専門職員配置等加算",
        "「なし」「Ⅰ」「Ⅱ」「Ⅲ」",
        |t| level_none_i_iv(t).filter(|l| *l != "iv"),
    );
    let nurses = r.count(&o.nurses, "office.nurses", "看護職員数", 99);
    let transport = read_transport(r, o);
    Some(sk::MonthOffice {
        capacity: capacity?,
        staffing: held(staffing?),
        welfare_professional: held(wp?),
        nurses: nurses?,
        transport: transport?,
    })
}

/// 送迎加算 as the office holds it.
fn read_transport(r: &mut Reader, o: &OfficeInput) -> Option<sk::TransportOffice> {
    let level = r.opt_choice(
        &o.transport_addition,
        "office.transport_addition",
        "送迎加算",
        "「なし」「Ⅰ」「Ⅱ」",
        |t| level_none_i_iv(t).filter(|l| matches!(*l, "none" | "i" | "ii")),
    );
    let severe = r.flag(&o.transport_severe, "office.transport_severe", "重度者の送迎", false);
    let same_site = r.flag(&o.transport_same_site, "office.transport_same_site", "同一敷地内の送迎", false);
    Some(sk::TransportOffice { level: held(level?), severe: severe?, same_site: same_site? })
}

/// 共同生活援助's office entries: 新規指定 and 夜間支援等体制加算.
fn read_gh_office(r: &mut Reader, o: &OfficeInput) -> Option<gh::Office> {
    let newr8 = r.flag(&o.newly_designated_r8, "office.newly_designated_r8", "令和8年6月以降の新規指定", false);
    let night = r.opt_choice(
        &o.night_support,
        "office.night_support",
        "夜間支援等体制加算",
        "「なし」「Ⅰ」",
        |t| level_none_i_iv(t).filter(|l| matches!(*l, "none" | "i")),
    );
    let persons = r.opt_int(&o.night_support_persons, "office.night_support_persons", "夜間支援対象利用者数", 1, 99);
    if night.flatten() == Some("i") && matches!(persons, Some(None)) {
        r.problems.push(Problem::required("office.night_support_persons", "夜間支援対象利用者数"));
    }
    let persons = match (night?, persons?) {
        (Some("i"), p) => p,
        _ => None,
    };
    Some(gh::Office { newly_designated_r8: newr8?, night_support_persons: persons })
}

/// The office's entries of the service (生活介護 when its units are entered
/// here, 共同生活援助 always); other services read none (`fields` refuses them).
fn read_office(r: &mut Reader, o: &OfficeInput, service: Option<Service>, carried: bool) -> Option<OfficeEntries> {
    Some(match service {
        // Each only where this module computes the service's units (`Source`: a constant).
        Some(Service::SeikatsuKaigo) if !carried && Source::SeikatsuKaigo.here() => {
            OfficeEntries::SeikatsuKaigo(read_sk_office(r, o)?)
        }
        Some(Service::GroupHome) if Source::GroupHome.here() || Source::YokohamaGh.here() => {
            OfficeEntries::GroupHome(read_gh_office(r, o)?)
        }
        _ => OfficeEntries::None,
    })
}

/// The entries of the user's service read before the counts: 区分 and
/// 標準的な時間 (生活介護), 区分 (共同生活援助), the units (`units`).
fn read_specific(
    r: &mut Reader,
    service: Option<Service>,
    u: &UserInput,
    f: &dyn Fn(&str) -> String,
) -> Option<Specific> {
    // Each only where this module computes the service's units (`Source`: a constant).
    match service? {
        Service::SeikatsuKaigo if Source::SeikatsuKaigo.here() => {
            let kubun =
                r.choice(&u.kubun, &f("kubun"), "障害支援区分", "「区分6」〜「区分3」「区分2以下」", sk::parse_kubun);
            let minutes = r.minutes(&u.standard_minutes, &f("standard_minutes"), "標準的な時間", 24 * 60);
            Some(Specific::SeikatsuKaigo(kubun?, minutes?))
        }
        Service::GroupHome if Source::GroupHome.here() => r
            .choice(&u.kubun, &f("kubun"), "障害支援区分", "「区分6」〜「区分2」「区分1以下」", gh::parse_kubun)
            .map(Specific::GroupHome),
        Service::Units => r.int(&u.units, &f("units"), "月の単位数", 0, 10_000_000).map(Specific::Direct),
        _ => Some(Specific::Shuro),
    }
}

/// 利用日数 and the 加算's days and times, 体験利用, 家賃.
fn read_counts(r: &mut Reader, service: Option<Service>, u: &UserInput, f: &dyn Fn(&str) -> String) -> Option<Counts> {
    let direct = service == Some(Service::Units);
    let days = if direct { Some(0) } else { r.int(&u.days, &f("days"), "利用日数", 0, 31) };
    let res = r.flag(&u.facility_resident, &f("facility_resident"), "施設入所者", false);
    let raws = [&u.meal_days, &u.transport_one_ways, &u.absence_responses];
    let [meal, tow, abs] = read_day_counts(r, f, raws, 31);
    let init = r.count(&u.initial_days, &f("initial_days"), "初期加算の日数", 31);
    let trial = r.flag(&u.trial, &f("trial"), "体験利用", false);
    let rent = r.opt_yen(&u.rent, &f("rent"), "家賃", 0, 10_000_000);
    if let (Some(m), Some(d)) = (meal, days) {
        if m > d && !direct {
            r.problems.push(Problem::inconsistent(
                f("meal_days"),
                format!("食事提供の日数（{m}日）が利用日数（{d}日）を超えています。"),
            ));
        }
    }
    Some(Counts {
        days: days?,
        facility_resident: res?,
        meal_days: meal?,
        transport_one_ways: tow?,
        absence_responses: abs?,
        initial_days: init?,
        trial: trial?,
        rent: rent?,
    })
}

/// The user's entry of their service, from the specific entries and the counts.
fn entry(label: String, s: Specific, c: &Counts) -> Entry {
    match s {
        Specific::SeikatsuKaigo(kubun, minutes) => Entry::SeikatsuKaigo(sk::MonthUser {
            label,
            user: sk::User { kubun, facility_resident: c.facility_resident },
            standard_minutes: minutes,
            days: c.days,
            meal_days: c.meal_days,
            transport_one_ways: c.transport_one_ways,
            absence_responses: c.absence_responses,
            initial_days: c.initial_days,
        }),
        Specific::GroupHome(kubun) => Entry::GroupHome(gh::Resident { label, kubun, days: c.days, trial: c.trial }),
        Specific::Direct(n) => Entry::Direct(label, n),
        Specific::Shuro => Entry::Shuro,
    }
}

/// A user's 利用者負担の区分 (`None` for a service without 利用者負担).
fn read_burden(r: &mut Reader, no_burden: bool, u: &UserInput, field: &str) -> Option<Option<Burden>> {
    if no_burden {
        return Some(None);
    }
    let b = r.choice(&u.burden_category, field, "利用者負担の区分", BURDEN_CHOICES, burden_category);
    b.map(Some)
}

/// 受給者証の負担上限月額 and 上限額管理後の利用者負担額 (each may be blank).
#[allow(clippy::type_complexity)]
fn read_caps(r: &mut Reader, u: &UserInput, f: &dyn Fn(&str) -> String) -> Option<(Option<i64>, Option<i64>)> {
    let cap = r.opt_yen(&u.burden_cap, &f("burden_cap"), "受給者証の負担上限月額", 0, 1_000_000);
    let managed = r.opt_yen(&u.managed_burden, &f("managed_burden"), "上限額管理後の利用者負担額", 0, 1_000_000);
    Some((cap?, managed?))
}

/// One user: 利用者負担の区分, then the entries of the service (a 就労系
/// user's days are read by `shuro::validate`; a carried month's users have
/// only money's own fields: the 区分 and, in a グループホーム, the 家賃).
fn read_user(
    r: &mut Reader,
    (service, no_burden): (Option<Service>, bool),
    carried: bool,
    u: &UserInput,
    i: usize,
) -> Option<(Person, Entry)> {
    let f = |s: &str| format!("users[{i}].{s}");
    let label = u.label.as_name().unwrap_or_else(|| format!("利用者{}", i + 1));
    let burden = read_burden(r, no_burden, u, &f("burden_category"));
    let caps = read_caps(r, u, &f);
    if carried {
        let rent = r.opt_yen(&u.rent, &f("rent"), "家賃", 0, 10_000_000);
        let (certificate_cap, managed) = caps?;
        let person = Person { burden: burden?, certificate_cap, managed, rent: rent? };
        return Some((person, Entry::Shuro));
    }
    let specific = read_specific(r, service, u, &f);
    if matches!(specific, Some(Specific::Shuro)) {
        let (certificate_cap, managed) = caps?;
        let person = Person { burden: burden?, certificate_cap, managed, rent: None };
        return Some((person, Entry::Shuro));
    }
    let counts = read_counts(r, service, u, &f);
    let (burden, specific, counts, (certificate_cap, managed)) = (burden?, specific?, counts?, caps?);
    let person = Person { burden, certificate_cap, managed, rent: counts.rent };
    Some((person, entry(label, specific, &counts)))
}

/// Each service's own entries, from the office's and the users'.
fn units_of(service: Service, o: OfficeEntries, entries: Vec<Entry>) -> Option<Units> {
    let entries = entries.into_iter();
    Some(match (service, o) {
        (Service::SeikatsuKaigo, OfficeEntries::SeikatsuKaigo(office)) => {
            let users = entries.filter_map(|e| match e {
                Entry::SeikatsuKaigo(u) => Some(u),
                _ => None,
            });
            Units::SeikatsuKaigo(office, users.collect())
        }
        (Service::GroupHome, OfficeEntries::GroupHome(office)) => {
            let residents = entries.filter_map(|e| match e {
                Entry::GroupHome(r) => Some(r),
                _ => None,
            });
            Units::GroupHome(office, residents.collect())
        }
        (Service::Units, _) => Units::Direct(
            entries
                .filter_map(|e| match e {
                    Entry::Direct(label, n) => Some((label, n)),
                    _ => None,
                })
                .collect(),
        ),
        (Service::SeikatsuKaigo | Service::GroupHome, _) => return None,
        _ => Units::Shuro,
    })
}

/// サービス提供月: the request's, or the carried month's when the request
/// names none; the two must agree.
fn read_month(r: &mut Reader, req: &OfficeMonthRequest) -> Option<YearMonth> {
    let carried = req.units_request.as_ref().map(UnitsRequest::service_month);
    if let (Some(raw), true) = (carried, req.service_month.is_blank()) {
        return r.month(raw, "units_request.service_month", "サービス提供月");
    }
    let m = r.month(&req.service_month, "service_month", "サービス提供月")?;
    let cm = carried.and_then(Raw::as_text).and_then(|t| YearMonth::parse(&t));
    if let Some(cm) = cm.filter(|cm| *cm != m) {
        r.problems.push(Problem::inconsistent(
            "service_month",
            format!("サービス提供月（{}）が、引き継いだ月（{}）と違います。", m.wareki(), cm.wareki()),
        ));
    }
    Some(m)
}

/// The service: the carried month's, or the one chosen. 計画相談支援 is
/// priced only from its own calculator's month (its cases).
fn read_service(r: &mut Reader, req: &OfficeMonthRequest) -> Option<Service> {
    let chosen = r.opt_choice(&req.service, "service", "サービス", Service::CHOICES, Service::parse);
    match (req.units_request.as_ref().map(UnitsRequest::service), chosen?) {
        (Some(c), Some(s)) if c != s => {
            r.problems.push(Problem::inconsistent(
                "service",
                format!("サービス（{}）が、引き継いだ月のサービス（{}）と違います。", s.label(), c.label()),
            ));
            None
        }
        (Some(c), _) => Some(c),
        (None, Some(Service::Soudan)) => {
            r.problems.push(Problem::inconsistent(
                "service",
                "計画相談支援・障害児相談支援は、計画相談支援のページで計算した月（ケースごとの単位数）を「円で見る」で引き継いで計算します。",
            ));
            None
        }
        (None, Some(s)) => entered(r, s),
        (None, None) => {
            r.problems.push(Problem::required("service", "サービス"));
            None
        }
    }
}

/// A service whose units are entered here, where this module computes them
/// (see [`Source`]); else the problem that names the module that does.
fn entered(r: &mut Reader, s: Service) -> Option<Service> {
    let source = match s {
        Service::SeikatsuKaigo => Source::SeikatsuKaigo,
        Service::GroupHome => Source::GroupHome,
        Service::Soudan | Service::Units => return Some(s),
        _ => Source::Shuro,
    };
    if !source.here() {
        r.problems.push(source.elsewhere("service"));
        return None;
    }
    Some(s)
}

/// The whole request, every field read (all problems at once).
pub(super) fn read(req: &OfficeMonthRequest, r: &mut Reader) -> Option<Valid> {
    let carried = req.units_request.is_some();
    let month = read_month(r, req);
    let service = read_service(r, req);
    let price = read_price(r, req, service);
    let (municipality, grade) = read_region(r, &req.region);
    let (treatment, facility) = read_treatment(r, &req.treatment);
    let office = read_office(r, &req.office, service, carried);
    // 計画相談支援 has cases, not users: none are asked for, whether or not its
    // month was carried (read_service answers the one that was not).
    let chosen = req.service.as_text().and_then(|t| Service::parse(&t));
    let no_burden = chosen.is_some_and(|s| without_burden(s, &req.price_service));
    let soudan = service == Some(Service::Soudan) || chosen == Some(Service::Soudan);
    if req.users.is_empty() && !soudan {
        // prose-figure: at least one user is asked for, not a figure of data/
        let p = Problem::required("users", "利用者（1人以上）");
        r.problems.push(p);
    }
    let mut users = Vec::new();
    let mut entries = Vec::new();
    for (i, u) in req.users.iter().enumerate() {
        if let Some((p, e)) = read_user(r, (service, no_burden), carried, u, i) {
            users.push(p);
            entries.push(e);
        }
    }
    let office = office?;
    if users.len() != req.users.len() {
        return None;
    }
    let service = service?;
    let units = match office {
        OfficeEntries::GroupHome(o) if carried => Units::Carried(Some(o)),
        _ if carried => Units::Carried(None),
        o => units_of(service, o, entries)?,
    };
    Some(Valid {
        month: month?,
        service,
        price: price?,
        municipality,
        grade: grade?,
        treatment: treatment?,
        facility: facility?,
        users,
        units,
    })
}
