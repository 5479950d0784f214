//! A month in units carried from its own calculator's page (「円で見る」):
//! money runs that calculator on its own request and prices what it answers,
//! through the same [`ServiceMonth`] as every service — one path from units
//! to yen. 生活介護 (a user's month day by day), 就労系, 計画相談支援・障害児相談支援
//! (the cases), and a 横浜市 グループホーム (the national 共同生活援助 報酬 of its
//! residents beside the city's own amounts).

use super::service::Service;
use super::units::Source;
use crate::engine::decode::{self, Fill, Path};
use crate::engine::input::{Raw, Reader};
use crate::engine::map::KeyMap;
use crate::engine::params::Ctx;
use crate::engine::problem::{Problem, Problems};
use crate::engine::units::{ServiceMonth, UserMonth};
use crate::local::yokohama::gh as ygh;
use crate::national::{group_home as gh, seikatsu_kaigo as sk, shuro, soudan};
use serde::Serialize;
use serde_json::Value;

/// The request of the calculator whose month is priced, as its page sends it
/// (`calculator` names it).
#[derive(Clone, Debug, Serialize)]
#[serde(tag = "calculator")]
pub enum UnitsRequest {
    #[serde(rename = "seikatsu_kaigo.month")]
    SeikatsuKaigo(sk::input::MonthRequest),
    #[serde(rename = "shuro.b.month")]
    ShuroB(shuro::MonthRequest),
    #[serde(rename = "shuro.a.month")]
    ShuroA(shuro::MonthRequest),
    #[serde(rename = "shuro.ikou.month")]
    ShuroIkou(shuro::MonthRequest),
    #[serde(rename = "shuro.teichaku.month")]
    ShuroTeichaku(shuro::MonthRequest),
    #[serde(rename = "shuro.sentaku.month")]
    ShuroSentaku(shuro::MonthRequest),
    #[serde(rename = "soudan.month")]
    Soudan(soudan::input::MonthRequest),
    #[serde(rename = "yokohama_gh.month")]
    YokohamaGh(ygh::input::MonthRequest),
}

/// The calculators whose month money can carry, by their names.
const CARRIED: [&str; 8] = [
    "seikatsu_kaigo.month",
    "shuro.b.month",
    "shuro.a.month",
    "shuro.ikou.month",
    "shuro.teichaku.month",
    "shuro.sentaku.month",
    "soudan.month",
    "yokohama_gh.month",
];

impl Default for UnitsRequest {
    fn default() -> Self {
        UnitsRequest::SeikatsuKaigo(sk::input::MonthRequest::default())
    }
}

/// Read as its `calculator` names it; the rest of the object is that
/// calculator's request.
impl Fill for UnitsRequest {
    fn fill(&mut self, v: Value, path: &Path) -> Result<(), decode::Error> {
        let Value::Object(mut map) = v else {
            return Err(decode::Error::invalid_type(&v, "struct"));
        };
        let at = Path::Key(path, "calculator");
        let name = match map.remove("calculator") {
            Some(Value::String(s)) => s,
            Some(x) => return Err(decode::Error::invalid_type(&x, "a string").at(&at)),
            None => return Err(decode::Error::new(&at, "missing field `calculator`".into())),
        };
        let rest = Value::Object(map);
        *self = match name.as_str() {
            "seikatsu_kaigo.month" => UnitsRequest::SeikatsuKaigo(read(rest, path)?),
            "shuro.b.month" => UnitsRequest::ShuroB(read(rest, path)?),
            "shuro.a.month" => UnitsRequest::ShuroA(read(rest, path)?),
            "shuro.ikou.month" => UnitsRequest::ShuroIkou(read(rest, path)?),
            "shuro.teichaku.month" => UnitsRequest::ShuroTeichaku(read(rest, path)?),
            "shuro.sentaku.month" => UnitsRequest::ShuroSentaku(read(rest, path)?),
            "soudan.month" => UnitsRequest::Soudan(read(rest, path)?),
            "yokohama_gh.month" => UnitsRequest::YokohamaGh(read(rest, path)?),
            _ => {
                let msg = format!("unknown variant `{name}`, expected one of {}", CARRIED.join(", "));
                return Err(decode::Error::new(&at, msg));
            }
        };
        Ok(())
    }
}

/// One carried calculator's request, read at `path`.
fn read<T: decode::Decode>(v: Value, path: &Path) -> Result<T, decode::Error> {
    let mut t = T::default();
    t.fill(v, path)?;
    Ok(t)
}

impl UnitsRequest {
    /// The service whose month it is.
    pub fn service(&self) -> Service {
        match self {
            UnitsRequest::SeikatsuKaigo(_) => Service::SeikatsuKaigo,
            UnitsRequest::ShuroB(_) => Service::ShuroB,
            UnitsRequest::ShuroA(_) => Service::ShuroA,
            UnitsRequest::ShuroIkou(_) => Service::ShuroIkou,
            UnitsRequest::ShuroTeichaku(_) => Service::ShuroTeichaku,
            UnitsRequest::ShuroSentaku(_) => Service::ShuroSentaku,
            UnitsRequest::Soudan(_) => Service::Soudan,
            UnitsRequest::YokohamaGh(_) => Service::GroupHome,
        }
    }

    /// Its サービス提供月 as sent.
    pub fn service_month(&self) -> &Raw {
        match self {
            UnitsRequest::SeikatsuKaigo(r) => &r.service_month,
            UnitsRequest::ShuroB(r)
            | UnitsRequest::ShuroA(r)
            | UnitsRequest::ShuroIkou(r)
            | UnitsRequest::ShuroTeichaku(r)
            | UnitsRequest::ShuroSentaku(r) => &r.service_month,
            UnitsRequest::Soudan(r) => &r.service_month,
            UnitsRequest::YokohamaGh(r) => &r.service_month,
        }
    }

    /// Where the month comes from: the calculator and its page.
    pub fn origin(&self) -> Carried {
        let (calculator, page, title) = match self {
            UnitsRequest::SeikatsuKaigo(_) => ("seikatsu_kaigo.month", "seikatsu-kaigo.html", "生活介護"),
            UnitsRequest::ShuroB(_) => ("shuro.b.month", "shuro.html?service=b", "就労継続支援B型"),
            UnitsRequest::ShuroA(_) => ("shuro.a.month", "shuro.html?service=a", "就労継続支援A型"),
            UnitsRequest::ShuroIkou(_) => ("shuro.ikou.month", "shuro.html?service=ikou", "就労移行支援"),
            UnitsRequest::ShuroTeichaku(_) => ("shuro.teichaku.month", "shuro.html?service=teichaku", "就労定着支援"),
            UnitsRequest::ShuroSentaku(_) => ("shuro.sentaku.month", "shuro.html?service=sentaku", "就労選択支援"),
            UnitsRequest::Soudan(_) => ("soudan.month", "soudan.html", "計画相談支援・障害児相談支援"),
            UnitsRequest::YokohamaGh(_) => ("yokohama_gh.month", "yokohama-gh.html", "横浜市 グループホーム"),
        };
        Carried { calculator, page, title }
    }

    /// The request with the figures the user entered on the money page added
    /// (they win over the carried ones): a figure asked for here is answered here.
    pub fn with_figures(&self, uf: &KeyMap<Raw>) -> UnitsRequest {
        let mut req = self.clone();
        let own = match &mut req {
            UnitsRequest::SeikatsuKaigo(r) => &mut r.user_figures,
            UnitsRequest::ShuroB(r)
            | UnitsRequest::ShuroA(r)
            | UnitsRequest::ShuroIkou(r)
            | UnitsRequest::ShuroTeichaku(r)
            | UnitsRequest::ShuroSentaku(r) => &mut r.user_figures,
            UnitsRequest::Soudan(r) => &mut r.user_figures,
            UnitsRequest::YokohamaGh(r) => &mut r.user_figures,
        };
        own.extend(uf.iter().map(|(k, v)| (k.clone(), v.clone())));
        req
    }

    /// How many users its month has (one 明細書 each).
    pub fn user_count(&self) -> usize {
        match self {
            UnitsRequest::SeikatsuKaigo(_) => 1,
            UnitsRequest::ShuroB(r)
            | UnitsRequest::ShuroA(r)
            | UnitsRequest::ShuroIkou(r)
            | UnitsRequest::ShuroTeichaku(r)
            | UnitsRequest::ShuroSentaku(r) => r.users.len(),
            UnitsRequest::Soudan(r) => r.cases.len(),
            UnitsRequest::YokohamaGh(r) => r.residents.len(),
        }
    }
}

/// Where a carried month comes from (shown with the result).
#[derive(Clone, Copy, Debug, Serialize)]
pub struct Carried {
    /// The calculator that computed the units (`seikatsu_kaigo.month`).
    pub calculator: &'static str,
    /// Its page, to go back and change the month (`seikatsu-kaigo.html`).
    pub page: &'static str,
    /// 日本語の名前.
    pub title: &'static str,
}

/// The carried month, ready for the yen chain.
pub(super) struct CarriedMonth {
    pub month: ServiceMonth,
    pub shuro_basic: Option<shuro::Basic>,
    /// A 横浜市 home's own month (市単独加算・運営費補助), beside the national one.
    pub city: Option<ygh::output::MonthOutput>,
}

/// A carried calculator's problem, named in the money request
/// (`units_request.…`); a figure it lacks is asked for in money's own
/// `user_figures` (merged into the carried request, see [`UnitsRequest::with_figures`]).
fn inside(mut p: Problem) -> Problem {
    p.field = if p.field.is_empty() {
        "units_request".into()
    } else if p.field.starts_with("user_figures.") {
        p.field
    } else {
        format!("units_request.{}", p.field)
    };
    p
}

fn inside_all(ps: Vec<Problem>) -> Vec<Problem> {
    ps.into_iter().map(inside).collect()
}

/// 生活介護: the user's month day by day, one 明細書.
fn seikatsu_kaigo(req: &sk::input::MonthRequest) -> Result<CarriedMonth, Vec<Problem>> {
    let out = sk::month(req).map_err(inside_all)?;
    let um = sk::month_units::days_as_units(&out, "利用者".into()).map_err(|p| vec![inside(p)])?;
    Ok(CarriedMonth { month: ServiceMonth { users: vec![um], steps: Vec::new() }, shuro_basic: None, city: None })
}

/// 就労系: the office and its users, as the 就労系 calculator reads them
/// (with its own figures, money's added).
fn shuro_month(s: shuro::Service, req: &shuro::MonthRequest) -> Result<CarriedMonth, Vec<Problem>> {
    let v = shuro::validate(s, req).map_err(inside_all)?;
    let c = Ctx::new(v.month, "service_month", &v.user_figures).map_err(|p| vec![inside(p)])?;
    let m = shuro::month_units(&c, &v).map_err(inside_all)?;
    Ok(CarriedMonth { month: ServiceMonth { users: m.users, steps: m.steps }, shuro_basic: Some(m.basic), city: None })
}

/// 計画相談支援・障害児相談支援: each case is a 明細書.
fn soudan_month(req: &soudan::input::MonthRequest) -> Result<CarriedMonth, Vec<Problem>> {
    let out = soudan::month(req).map_err(inside_all)?;
    let users: Vec<UserMonth> = out.cases.into_iter().map(|c| c.month).collect();
    Ok(CarriedMonth { month: ServiceMonth { users, steps: out.steps }, shuro_basic: None, city: None })
}

/// A 横浜市 resident as the national 共同生活援助 reads them: the 区分 of the
/// first day, the days in the home (none when no 本体請求 this month), 体験利用.
fn national_resident(x: &ygh::input::Resident, days: u32, i: usize) -> Option<gh::Resident> {
    let kubun = match x.kubun {
        0 => gh::parse_kubun("非該当"),
        k => gh::parse_kubun(&k.to_string()),
    }?;
    let billed = x.claim == ygh::input::NationalClaim::Basic;
    Some(gh::Resident {
        label: if x.name.is_empty() { format!("入居者{}", i + 1) } else { x.name.clone() },
        kubun,
        days: if billed { i64::from(days) } else { 0 },
        trial: x.trial,
    })
}

/// A 横浜市 home: the city's month as its calculator answers it, and each
/// resident's national 共同生活援助 報酬 (the office's 加算 from `office`).
fn yokohama_month(c: &Ctx, req: &ygh::input::MonthRequest, office: &gh::Office) -> Result<CarriedMonth, Vec<Problem>> {
    let city = ygh::month(req).map_err(inside_all)?;
    let mut ps = Problems::new();
    let mut r = Reader::new(&mut ps);
    let mut residents = Vec::new();
    for (i, (x, res)) in req.residents.iter().zip(&city.residents).enumerate() {
        let f = format!("units_request.residents[{i}]");
        let read = ygh::input::read_resident(&mut r, x, &f, Some(c.month));
        if let Some(n) = read.and_then(|x| national_resident(&x, res.days_enrolled, i)) {
            residents.push(n);
        }
    }
    let residents = ps.finish(residents)?;
    let month = gh::month_units(c, office, &residents)?;
    Ok(CarriedMonth { month, shuro_basic: None, city: Some(city) })
}

/// The carried month in units (its calculator's problems named
/// `units_request.…`), with the figures entered on the money page (`uf`).
pub(super) fn carried_month(
    c: &Ctx,
    req: &UnitsRequest,
    uf: &KeyMap<Raw>,
    gh_office: Option<&gh::Office>,
) -> Result<CarriedMonth, Vec<Problem>> {
    let req = req.with_figures(uf);
    // Each arm only where this module computes its units (see `Source`).
    const F: &str = "units_request.calculator";
    let m = match &req {
        UnitsRequest::SeikatsuKaigo(r) => Source::SeikatsuKaigoDays.held(F).and_then(|()| seikatsu_kaigo(r)),
        UnitsRequest::ShuroB(r) => Source::Shuro.held(F).and_then(|()| shuro_month(shuro::Service::B, r)),
        UnitsRequest::ShuroA(r) => Source::Shuro.held(F).and_then(|()| shuro_month(shuro::Service::A, r)),
        UnitsRequest::ShuroIkou(r) => Source::Shuro.held(F).and_then(|()| shuro_month(shuro::Service::Ikou, r)),
        UnitsRequest::ShuroTeichaku(r) => Source::Shuro.held(F).and_then(|()| shuro_month(shuro::Service::Teichaku, r)),
        UnitsRequest::ShuroSentaku(r) => Source::Shuro.held(F).and_then(|()| shuro_month(shuro::Service::Sentaku, r)),
        UnitsRequest::Soudan(r) => Source::Soudan.held(F).and_then(|()| soudan_month(r)),
        UnitsRequest::YokohamaGh(r) => Source::YokohamaGh.held(F).and_then(|()| match gh_office {
            Some(o) => yokohama_month(c, r, o),
            None => Err(vec![Problem::required("office", "共同生活援助の事業所の体制")]),
        }),
    }?;
    Ok(m)
}
