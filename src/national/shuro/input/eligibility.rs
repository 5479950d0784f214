//! 就労系: reading an eligibility request (`shuro.eligibility`).

use super::{EligibilityRequest, SameDayService, Service};
use crate::engine::input::{Raw, Reader};
use chrono::NaiveDate;

/// A validated eligibility request.
#[derive(Clone, Debug)]
pub struct Eligibility {
    pub date: NaiveDate,
    pub service: Service,
    /// 現に利用している.
    pub using: bool,
    /// 就労経験があり、年齢や体力の面で雇用されることが困難.
    pub experience: bool,
    pub age: Option<i64>,
    /// 障害基礎年金1級受給者.
    pub pension: bool,
    /// アセスメントを受けた.
    pub assessed: bool,
    /// 就労移行支援の標準利用期間を超えて利用する.
    pub beyond: bool,
    /// 同じ日に他の日中活動サービスを利用する.
    pub same_day: bool,
    /// 同じ日に利用する他のサービス.
    pub same_day_service: Option<SameDayService>,
    /// 現在の事業所と同じ法人 / 近隣に別の法人の事業所がない.
    pub same_operator: bool,
    pub no_other_operator_nearby: bool,
}

fn parse_service(t: &str) -> Option<Service> {
    match t {
        "b" => Some(Service::B),
        "a" => Some(Service::A),
        "ikou" => Some(Service::Ikou),
        "sentaku" => Some(Service::Sentaku),
        _ => None,
    }
}

/// A yes/no answer: blank is no.
fn flag(r: &mut Reader, raw: &Raw, field: &str, label: &str) -> Option<bool> {
    r.flag(raw, field, label, false)
}

type SentakuFields = (Option<Option<SameDayService>>, Option<bool>, Option<bool>);

/// 就労選択支援's answers: the service used the same day, 同じ法人, 近隣に別の法人がない.
fn read_sentaku(r: &mut Reader, req: &EligibilityRequest) -> SentakuFields {
    let svc = r.opt_choice(
        &req.same_day_service,
        "same_day_service",
        "同じ日に利用する他のサービス",
        SameDayService::CHOICE_LABELS,
        SameDayService::parse,
    );
    let op = flag(r, &req.same_operator, "same_operator", "現在通所している事業所と同じ法人");
    let none = flag(r, &req.no_other_operator_nearby, "no_other_operator_nearby", "近隣に別の法人の事業所がない");
    (svc, op, none)
}

/// The request's date, service and answers; `None` when any is bad.
pub(crate) fn read_eligibility(r: &mut Reader, req: &EligibilityRequest) -> Option<Eligibility> {
    let date = r.date(&req.date, "date", "利用開始日（算定日）");
    let service = r.choice(
        &req.service,
        "service",
        "サービス",
        "「就労継続支援B型」「就労継続支援A型」「就労移行支援」「就労選択支援」",
        parse_service,
    );
    let using = flag(r, &req.currently_using, "currently_using", "現に利用している");
    let experience = flag(r, &req.work_experience, "work_experience", "就労経験");
    let age = r.opt_int(&req.age, "age", "年齢", 0, 130);
    let pension = flag(r, &req.pension_grade1, "pension_grade1", "障害基礎年金1級");
    let assessed = flag(r, &req.assessed, "assessed", "アセスメントを受けた");
    let beyond = flag(r, &req.beyond_standard_period, "beyond_standard_period", "標準利用期間を超える");
    let same_day = flag(r, &req.other_day_service_same_day, "other_day_service_same_day", "同じ日の日中活動サービス");
    let (svc, op, none) = read_sentaku(r, req);
    Some(Eligibility {
        same_day_service: svc?,
        same_operator: op?,
        no_other_operator_nearby: none?,
        date: date?,
        service: service?,
        using: using?,
        experience: experience?,
        age: age?,
        pension: pension?,
        assessed: assessed?,
        beyond: beyond?,
        same_day: same_day?,
    })
}
