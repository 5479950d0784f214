//! How each amount is claimed (資料4 第6節 2 請求方法の概要): かながわシステム
//! (monthly), 請求書 (quarterly) or 交付申請 (yearly), and the home's totals per
//! item and per route.

use super::input::{Authority, NationalClaim, Resident};
use super::output::{Item, ItemTotal, ResidentResult, RouteTotal, VacancyResult};
use super::{amounts, LOC_ROUTE, SEED};
use crate::engine::params::cite;
use crate::engine::trace::{yen, Step, Trace};
use crate::rule;
use serde::Serialize;

/// How an amount is claimed (第6節 2 請求方法の概要).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Route {
    /// 毎月、かながわシステムで請求.
    MonthlyKanagawa,
    /// 四半期ごとに、横浜市に請求書を提出.
    QuarterlyInvoice,
    /// 2月に横浜市に交付申請書を提出（年度分）.
    YearlyGrant,
}

impl Route {
    pub fn label(self) -> &'static str {
        match self {
            Route::MonthlyKanagawa => "毎月、かながわシステムで請求",
            Route::QuarterlyInvoice => "四半期ごとに、横浜市に請求書を提出",
            Route::YearlyGrant => "2月に横浜市に交付申請書を提出（年度分）",
        }
    }
    /// The route in a word: かながわシステム, 請求書, 交付申請.
    pub fn short(self) -> &'static str {
        match self {
            Route::MonthlyKanagawa => "かながわシステム",
            Route::QuarterlyInvoice => "請求書",
            Route::YearlyGrant => "交付申請",
        }
    }
    pub const ALL: [Route; 3] = [Route::MonthlyKanagawa, Route::QuarterlyInvoice, Route::YearlyGrant];
}

/// The route as the resident's row says it, with the table's remark that applies
/// (表 ※1: a 横浜市 resident without a national claim; 「イ 本体請求が0日の場合」).
pub fn route_note(route: Route, x: &Resident) -> String {
    let mut n = route.label().to_string();
    if route == Route::QuarterlyInvoice && x.authority == Authority::Yokohama {
        n.push_str("（入院等で国への本体請求・加算がないため、かながわシステムでは請求できません: 表 ※1）");
    }
    if route == Route::MonthlyKanagawa && x.claim == NationalClaim::AdditionsOnly {
        n.push_str("（本体請求0日・加算のみ: 単独加算請求コード表「イ 本体請求が0日の場合」のコード）");
    }
    n
}

/// The home's totals.
pub struct Totals {
    pub items: Vec<ItemTotal>,
    pub routes: Vec<RouteTotal>,
    pub total: i64,
}

/// Each item over the residents and the empty rooms.
fn item_totals(t: &mut Trace, residents: &[ResidentResult], v: &VacancyResult) -> Option<Vec<ItemTotal>> {
    let mut items = Vec::new();
    for item in Item::ALL {
        let amount = match item {
            Item::VacancyRent => v.rent,
            Item::SatelliteVacancyRent => v.satellite_total,
            Item::VacancyCare => v.care,
            _ => {
                let of_item = residents.iter().flat_map(|r| r.items()).filter(|a| a.item == item);
                amounts::sum(t, of_item.map(|a| a.amount), item.label())?
            }
        };
        items.push(ItemTotal { item, label: item.label(), amount });
    }
    Some(items)
}

/// Each route over what is claimed by it (the empty-room subsidies by 交付申請).
fn route_totals(t: &mut Trace, residents: &[ResidentResult], v: &VacancyResult) -> Option<Vec<RouteTotal>> {
    let mut routes = Vec::new();
    for route in Route::ALL {
        let claimed = residents.iter().flat_map(|r| r.items()).filter(|a| a.route == Some(route));
        let mut amount = amounts::sum(t, claimed.map(|a| a.amount), route.label())?;
        if route == Route::YearlyGrant {
            amount = amounts::sum(t, [amount, v.total], route.label())?;
        }
        routes.push(RouteTotal { route, label: route.label(), amount });
    }
    Some(routes)
}

rule!(pub TOTALS = "yokohama_gh.totals", "ホームの合計（項目別・請求方法別）", source "資料4 第6節 2 請求方法の概要", fn totals);
/// ホームの合計: the totals per item and per route, and the home's total.
pub fn totals(t: &mut Trace, residents: &[ResidentResult], v: &VacancyResult) -> Option<Totals> {
    let items = item_totals(t, residents, v)?;
    let routes = route_totals(t, residents, v)?;
    let total = amounts::sum(t, items.iter().map(|i| i.amount), "ホームの合計")?;
    let mut st = Step::of(&TOTALS)
        .input("入居者", format!("{}人", residents.len()))
        .value(yen(total))
        .source(cite(SEED, LOC_ROUTE));
    for r in &routes {
        st = st.note(format!("{}: {}", r.label, yen(r.amount)));
    }
    t.step(st);
    Some(Totals { items, routes, total })
}
