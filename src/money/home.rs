//! A 横浜市 グループホーム's whole month: the national 共同生活援助 報酬 (給付費
//! and 利用者負担) beside the city's 市単独加算・運営費補助, each with the route
//! by which it is claimed, and their sum.

use super::output::Totals;
use super::units::{held_type, Nothing};
use crate::engine::params::cite;
use crate::engine::problem::Problem;
use crate::engine::trace::{yen, Step};
use crate::local::yokohama::gh::output::MonthOutput as CityMonth;
use crate::rule;
use serde::Serialize;

held_type!(/// A 横浜市 home's own month (市単独加算・運営費補助).
    City = "yokohama_gh", CityMonth);

/// The home's month from the city's: [`HomeMonth`], or [`Nothing`] in a
/// module without 横浜市 GH.
pub trait CityHome {
    type Home: Serialize + Clone + std::fmt::Debug;
    fn home(self, t: &Totals) -> Result<(Self::Home, Step), Problem>;
}

impl CityHome for CityMonth {
    type Home = HomeMonth;
    fn home(self, t: &Totals) -> Result<(HomeMonth, Step), Problem> {
        home_month(t, self)
    }
}

impl CityHome for Nothing {
    type Home = Nothing;
    fn home(self, _: &Totals) -> Result<(Nothing, Step), Problem> {
        match self {}
    }
}

/// A 横浜市 home's month in the answer (see [`CityHome`]).
pub type Home = <City as CityHome>::Home;

/// One part of the home's month and how it is claimed.
#[derive(Clone, Debug, Serialize)]
pub struct HomePart {
    /// `national` (国の報酬) or `city` (横浜市).
    pub by: &'static str,
    pub label: String,
    pub route: String,
    pub amount: i64,
}

/// The home's month: its parts and their sum, and the city's own answer.
#[derive(Clone, Debug, Serialize)]
pub struct HomeMonth {
    pub parts: Vec<HomePart>,
    pub total: i64,
    /// The city's month as `yokohama_gh.month` answers it (residents, items, routes, steps).
    pub city: CityMonth,
}

fn part(by: &'static str, label: &str, route: &str, amount: i64) -> HomePart {
    HomePart { by, label: label.into(), route: route.into(), amount }
}

rule!(pub HOME_MONTH = "money.home_month", "ホームの1か月（国の報酬と横浜市の加算・補助）", source "国: 共同生活援助の給付費と利用者負担（明細書）／横浜市: 資料4 第6節 2 請求方法の概要", fn home_month);
/// The home's month: 共同生活援助の給付費 (国保連), 利用者負担額 (利用者から),
/// and each of the city's routes (かながわシステム, 請求書, 交付申請), added.
pub fn home_month(t: &Totals, city: CityMonth) -> Result<(HomeMonth, Step), Problem> {
    let mut parts = vec![
        part("national", "共同生活援助の給付費（国）", "毎月、国保連に請求", t.benefit_yen),
        part("national", "利用者負担額", "利用者から受領", t.burden_yen),
    ];
    for r in &city.route_totals {
        let label = format!("横浜市の加算・補助（{}）", r.route.short());
        parts.push(part("city", &label, r.label, r.amount));
    }
    let total = parts
        .iter()
        .try_fold(0i64, |s, p| s.checked_add(p.amount))
        .ok_or_else(|| Problem::overflow("", "ホームの月の合計"))?;
    let mut s = Step::of(&HOME_MONTH)
        .value(yen(total))
        .source(cite(crate::local::yokohama::gh::SEED, crate::local::yokohama::gh::LOC_ROUTE));
    for p in &parts {
        s = s.input(&p.label, format!("{}（{}）", yen(p.amount), p.route));
    }
    let s = s.note("家賃助成（特定障害者特別給付費）は入居者の収入のため、この合計に含めません。");
    Ok((HomeMonth { parts, total, city }, s))
}
