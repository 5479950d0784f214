//! Each service's month in units through the one interface
//! ([`ServiceMonth`]): 生活介護 and 共同生活援助 from their own rules, 就労系
//! from `shuro` (adapted here: its request is read from the money request and
//! its problems renamed to the money request's fields), or units entered
//! directly.

use super::input::{OfficeMonthRequest, Units};
use super::service::Service;
use crate::engine::params::Ctx;
use crate::engine::problem::{Problem, Problems};
use crate::engine::trace::{units, Step, Trace};
use crate::engine::units::{LineKind, ServiceMonth, UserMonth};
use crate::national::{group_home, seikatsu_kaigo, shuro};
use crate::rule;
use serde::Serialize;

/// Where a month in units comes from (`engine::areas::UNITS`): a money
/// module computes only those its area lists (cfg `money_units`, set by
/// `build.rs`); the others answer a named problem, and the code behind them
/// is left out of the module (the check is a constant there). The site never
/// meets that answer: `www/js/lib/core.mjs` sends each request to a module
/// that holds its units.
#[derive(Clone, Copy)]
pub(super) enum Source {
    /// 生活介護 entered on the money page (its month's units).
    SeikatsuKaigo,
    /// 生活介護 carried from its page (its calculator's month day by day).
    SeikatsuKaigoDays,
    GroupHome,
    Shuro,
    Soudan,
    YokohamaGh,
}

impl Source {
    /// Whether this build computes these units (a constant once inlined).
    #[inline(always)]
    pub(super) const fn here(self) -> bool {
        match self {
            Source::SeikatsuKaigo => cfg!(money_units = "seikatsu_kaigo"),
            Source::SeikatsuKaigoDays => cfg!(money_units = "seikatsu_kaigo.month"),
            Source::GroupHome => cfg!(money_units = "group_home"),
            Source::Shuro => cfg!(money_units = "shuro"),
            Source::Soudan => cfg!(money_units = "soudan"),
            Source::YokohamaGh => cfg!(money_units = "yokohama_gh"),
        }
    }
    fn label(self) -> &'static str {
        match self {
            Source::SeikatsuKaigo => "生活介護",
            Source::SeikatsuKaigoDays => "生活介護（1日ごとの計算から引き継いだ月）",
            Source::GroupHome => "共同生活援助",
            Source::Shuro => "就労系サービス",
            Source::Soudan => "計画相談支援・障害児相談支援",
            Source::YokohamaGh => "横浜市 グループホーム",
        }
    }
    /// The source of a month carried from the page of `service`.
    pub(super) fn carried(service: Service) -> Source {
        match service {
            Service::SeikatsuKaigo => Source::SeikatsuKaigoDays,
            Service::Soudan => Source::Soudan,
            Service::GroupHome => Source::YokohamaGh,
            _ => Source::Shuro,
        }
    }
    /// Nothing when this module computes these units; otherwise the problem
    /// at `field` that names the module that does.
    #[inline(always)]
    pub(super) fn held(self, field: &str) -> Result<(), Vec<Problem>> {
        if self.here() {
            return Ok(());
        }
        Err(vec![self.elsewhere(field)])
    }
    /// The problem at `field` that names the module that computes these units.
    pub(super) fn elsewhere(self, field: &str) -> Problem {
        Problem::bad_request(
            field,
            format!(
                "このモジュールには{}の単位数の計算がありません。pkg/areas/money/ のモジュールか、pkg/hoshu.js を使ってください。",
                self.label()
            ),
        )
    }
}

/// A part of the answer from units this module does not compute (see
/// [`Source`]): a type with no value, so that the code that writes that part
/// is left out of the module.
#[derive(Clone, Copy, Debug, Serialize)]
pub enum Nothing {}

/// A value of units this module may not compute, kept where it does (the
/// type itself) and dropped where it does not ([`Nothing`]).
pub(super) trait Keep<T>: Sized {
    fn keep(t: T) -> Option<Self>;
}

/// A type of `$units`'s months: `$t` where this module computes those units
/// (cfg `money_units`), else `$else` — or [`Nothing`], a value then kept
/// with [`Keep`].
macro_rules! held_type {
    ($(#[$doc:meta])* $name:ident = $units:literal, $t:ty, else $else:ty) => {
        $(#[$doc])*
        #[cfg(money_units = $units)]
        pub type $name = $t;
        $(#[$doc])*
        #[cfg(not(money_units = $units))]
        pub type $name = $else;
    };
    ($(#[$doc:meta])* $name:ident = $units:literal, $t:ty) => {
        $crate::money::units::held_type!($(#[$doc])* $name = $units, $t, else $crate::money::units::Nothing);
        impl $crate::money::units::Keep<$t> for $t {
            fn keep(t: $t) -> Option<Self> {
                Some(t)
            }
        }
        impl $crate::money::units::Keep<$t> for $crate::money::units::Nothing {
            fn keep(_: $t) -> Option<Self> {
                None
            }
        }
    };
}
pub(super) use held_type;

held_type!(/// 就労系: the office's 基本報酬 band and 所定単位数.
    ShuroBasic = "shuro", shuro::Basic);

rule!(pub DIRECT = "money.units", "月の単位数（利用者が入力）", source "利用者の入力（お手元の明細・サービスコード表による）", fn direct_month);
/// A user's month of units entered directly.
pub fn direct_month(c: &Ctx, label: &str, n: i64, field: &str) -> Result<UserMonth, Vec<Problem>> {
    let mut t = Trace::new(c, field);
    t.line(&DIRECT, "単位数（直接入力）", n, 1, LineKind::Basic);
    t.step(Step::of(&DIRECT).input("単位数", units(n)).value(units(n)));
    t.user_month(label.to_string())
}

/// Every user's month of units entered directly.
fn direct_units(c: &Ctx, users: &[(String, i64)]) -> Result<ServiceMonth, Vec<Problem>> {
    ServiceMonth::of_users(users, |(label, n), field| direct_month(c, label, *n, field))
}

/// Nothing when this module computes the month's units; otherwise the problem
/// that names the module that does — asked before the prices, which a module
/// by service holds for its own services only (`engine::areas::PRICES`).
/// (Units entered directly: their price is checked as it is read; 就労系:
/// read before the prices, see [`shuro_month`].)
pub(super) fn units_here(units: &Units, service: Service) -> Result<(), Vec<Problem>> {
    match units {
        Units::SeikatsuKaigo(..) => Source::SeikatsuKaigo.held("service"),
        Units::GroupHome(..) => Source::GroupHome.held("service"),
        Units::Carried(_) => Source::carried(service).held(super::carried::CALCULATOR),
        Units::Direct(_) | Units::Shuro => Ok(()),
    }
}

/// The month in units of 生活介護, 共同生活援助 or units entered directly.
/// (就労系 months are read before the prices: see [`shuro_month`].)
pub(super) fn service_month(c: &Ctx, units: &Units) -> Result<ServiceMonth, Vec<Problem>> {
    match units {
        Units::SeikatsuKaigo(o, users) => {
            Source::SeikatsuKaigo.held("service")?;
            seikatsu_kaigo::month_units(c, o, users)
        }
        Units::GroupHome(o, residents) => {
            Source::GroupHome.held("service")?;
            group_home::month_units(c, o, residents)
        }
        Units::Direct(users) => direct_units(c, users),
        Units::Shuro | Units::Carried(_) => Ok(ServiceMonth::default()),
    }
}

/// The 就労系 month request inside a money request: the 就労系 office and, for
/// each user, the fields the 就労系 calculator reads (same names, same order).
#[cfg(money_units = "shuro")]
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
                initial_days: u.initial_days.clone(),
                employment_date: u.employment_date.clone(),
                same_day_services: u.same_day_services.clone(),
                same_operator: u.same_operator.clone(),
                no_other_operator_nearby: u.no_other_operator_nearby.clone(),
            })
            .collect(),
        user_figures: req.user_figures.clone(),
    }
}

/// The 就労系 month as its calculator validates it.
#[cfg(money_units = "shuro")]
fn shuro_valid(service: shuro::Service, req: &OfficeMonthRequest) -> Result<shuro::Valid, Vec<Problem>> {
    shuro::validate(service, &shuro_request(req))
}

/// A module without 就労系 keeps its entries unread ([`super::input::ShuroOffice`]).
#[cfg(not(money_units = "shuro"))]
fn shuro_valid(_: shuro::Service, _: &OfficeMonthRequest) -> Result<shuro::Valid, Vec<Problem>> {
    Err(vec![Source::Shuro.elsewhere("service")])
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

/// 就労系: the office and the users' month as the 就労系 calculator reads
/// them. Read even when the money part has problems, so that all are
/// answered at once (a `service_month` problem is money's own, already said).
pub(super) fn shuro_validate(req: &OfficeMonthRequest, ps: &mut Problems) -> Option<shuro::Valid> {
    let service = req.service.as_text().and_then(|t| Service::parse(&t))?.shuro()?;
    if !Source::Shuro.here() {
        return None; // `input::read` said why.
    }
    match shuro_valid(service, req) {
        Ok(sv) => Some(sv),
        Err(e) => {
            ps.extend(e.into_iter().filter(|p| p.field != "service_month").map(shuro_field));
            None
        }
    }
}

/// 就労系's month as a [`ServiceMonth`] (adapted from `shuro::month_units`),
/// with the office's 基本報酬 band shown in the answer.
pub(super) fn shuro_month(
    c: &Ctx,
    sv: Option<&shuro::Valid>,
) -> Result<Option<(ServiceMonth, shuro::Basic)>, Vec<Problem>> {
    // None in a module without 就労系 (`shuro_validate` said why).
    let Some(sv) = sv.filter(|_| Source::Shuro.here()) else {
        return Ok(None);
    };
    let m = shuro::month_units(c, sv).map_err(|e| e.into_iter().map(shuro_field).collect::<Vec<_>>())?;
    let month = ServiceMonth { users: m.users, steps: m.steps };
    Ok(Some((month, m.basic)))
}
