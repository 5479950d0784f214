//! A month in units carried from its own calculator's page (「円で見る」):
//! money runs that calculator on its own request and prices what it answers,
//! through the same [`ServiceMonth`] as every service — one path from units
//! to yen. 生活介護 (a user's month day by day), 就労系, 計画相談支援・障害児相談支援
//! (the cases), and a 横浜市 グループホーム (the national 共同生活援助 報酬 of its
//! residents beside the city's own amounts).

use super::home::City;
use super::service::Service;
use super::units::{held_type, Keep, ShuroBasic, Source};
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

/// A carried calculator's request in a module that does not compute its
/// units (see [`Source`]): only its month is read (so that the request's
/// month is checked as everywhere), and the answer is the problem that names
/// the module that does. Its own request type, and the code that reads and
/// computes it, are left out of the module.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Elsewhere {
    pub service_month: Raw,
    pub user_figures: KeyMap<Raw>,
}
crate::decode_fields! { Elsewhere lenient { service_month, user_figures } }

held_type!(/// 生活介護's month day by day.
    SkMonth = "seikatsu_kaigo.month", sk::input::MonthRequest, else Elsewhere);
held_type!(/// A 就労系 month.
    ShuroMonth = "shuro", shuro::MonthRequest, else Elsewhere);
held_type!(/// 計画相談支援・障害児相談支援's cases.
    SoudanMonth = "soudan", soudan::input::MonthRequest, else Elsewhere);
held_type!(/// A 横浜市 home's month.
    YghMonth = "yokohama_gh", ygh::input::MonthRequest, else Elsewhere);

/// The request of the calculator whose month is priced, as its page sends it
/// (`calculator` names it).
#[derive(Clone, Debug, Serialize)]
#[serde(tag = "calculator")]
pub enum UnitsRequest {
    #[serde(rename = "seikatsu_kaigo.month")]
    SeikatsuKaigo(SkMonth),
    #[serde(rename = "shuro.b.month")]
    ShuroB(ShuroMonth),
    #[serde(rename = "shuro.a.month")]
    ShuroA(ShuroMonth),
    #[serde(rename = "shuro.ikou.month")]
    ShuroIkou(ShuroMonth),
    #[serde(rename = "shuro.teichaku.month")]
    ShuroTeichaku(ShuroMonth),
    #[serde(rename = "shuro.sentaku.month")]
    ShuroSentaku(ShuroMonth),
    #[serde(rename = "soudan.month")]
    Soudan(SoudanMonth),
    #[serde(rename = "yokohama_gh.month")]
    YokohamaGh(YghMonth),
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
        UnitsRequest::SeikatsuKaigo(SkMonth::default())
    }
}

/// Read as its `calculator` names it; the rest of the object is that
/// calculator's request.
impl Fill for UnitsRequest {
    fn fill(&mut self, v: Value, path: &Path) -> Result<(), decode::Error> {
        let Value::Object(map) = v else {
            return Err(decode::Error::invalid_type(&v, "struct"));
        };
        let at = Path::Key(path, "calculator");
        // Read in place, and passed over when its calculator's fields are
        // read (`fill_carried`): `Map::remove` was ~1 KB of each money module.
        let name = match map.get("calculator") {
            Some(Value::String(s)) => s.clone(),
            Some(x) => return Err(decode::Error::invalid_type(x, "a string").at(&at)),
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
    decode::fill_carried(&mut t, v, path)?;
    Ok(t)
}

/// What money reads of a carried calculator's request, whichever it is.
pub(super) trait Carry {
    /// Its サービス提供月 as sent.
    fn service_month(&self) -> &Raw;
    /// The figures the user entered for it.
    fn user_figures(&mut self) -> &mut KeyMap<Raw>;
    /// Its month in units, computed by its own calculator (its problems named
    /// `units_request.…`); `service` tells the 就労系 services apart, a
    /// 横浜市 home needs the office's national 加算 (`gh_office`).
    fn month(&self, c: &Ctx, service: Service, gh_office: Option<&gh::Office>) -> Result<CarriedMonth, Vec<Problem>>;
}

/// The field of a carried month's problems about the module (see [`Source`]).
pub(super) const CALCULATOR: &str = "units_request.calculator";

impl Carry for Elsewhere {
    fn service_month(&self) -> &Raw {
        &self.service_month
    }
    fn user_figures(&mut self) -> &mut KeyMap<Raw> {
        &mut self.user_figures
    }
    fn month(&self, _: &Ctx, service: Service, _: Option<&gh::Office>) -> Result<CarriedMonth, Vec<Problem>> {
        Err(vec![Source::carried(service).elsewhere(CALCULATOR)])
    }
}

/// `$e` with `$r` the carried calculator's request, whichever it is.
macro_rules! each {
    ($req:expr, $r:ident => $e:expr) => {
        match $req {
            UnitsRequest::SeikatsuKaigo($r) => $e,
            UnitsRequest::ShuroB($r)
            | UnitsRequest::ShuroA($r)
            | UnitsRequest::ShuroIkou($r)
            | UnitsRequest::ShuroTeichaku($r)
            | UnitsRequest::ShuroSentaku($r) => $e,
            UnitsRequest::Soudan($r) => $e,
            UnitsRequest::YokohamaGh($r) => $e,
        }
    };
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
        each!(self, r => r.service_month())
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
}

/// The figures the user entered on the money page added to the carried
/// request's (they win over the carried ones): a figure asked for here is
/// answered here. Done once, as the request is read (`decode_fields!` …
/// `then`), so that the carried request is never copied (its copy was ~1 KB
/// of each money module).
pub(super) fn merge_figures(req: &mut super::input::OfficeMonthRequest) {
    if let Some(u) = &mut req.units_request {
        let uf = &req.user_figures;
        each!(u, r => r.user_figures().extend(uf.iter().map(|(k, v)| (k.clone(), v.clone()))));
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
    pub shuro_basic: Option<ShuroBasic>,
    /// A 横浜市 home's own month (市単独加算・運営費補助), beside the national one.
    pub city: Option<City>,
}

/// A carried calculator's problem, named in the money request
/// (`units_request.…`); a figure it lacks is asked for in money's own
/// `user_figures` (merged into the carried request, see [`merge_figures`]).
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

impl Carry for sk::input::MonthRequest {
    fn service_month(&self) -> &Raw {
        &self.service_month
    }
    fn user_figures(&mut self) -> &mut KeyMap<Raw> {
        &mut self.user_figures
    }
    /// 生活介護: the user's month day by day, one 明細書.
    fn month(&self, _: &Ctx, _: Service, _: Option<&gh::Office>) -> Result<CarriedMonth, Vec<Problem>> {
        let out = sk::month(self).map_err(inside_all)?;
        let um = sk::month_units::days_as_units(&out, "利用者".into()).map_err(|p| vec![inside(p)])?;
        Ok(CarriedMonth { month: ServiceMonth { users: vec![um], steps: Vec::new() }, shuro_basic: None, city: None })
    }
}

impl Carry for shuro::MonthRequest {
    fn service_month(&self) -> &Raw {
        &self.service_month
    }
    fn user_figures(&mut self) -> &mut KeyMap<Raw> {
        &mut self.user_figures
    }
    /// 就労系: the office and its users, as the 就労系 calculator reads them
    /// (with its own figures, money's added).
    fn month(&self, _: &Ctx, service: Service, _: Option<&gh::Office>) -> Result<CarriedMonth, Vec<Problem>> {
        let Some(s) = service.shuro() else {
            return Err(vec![Source::carried(service).elsewhere(CALCULATOR)]);
        };
        let v = shuro::validate(s, self).map_err(inside_all)?;
        let c = Ctx::new(v.month, "service_month", &v.user_figures).map_err(|p| vec![inside(p)])?;
        let m = shuro::month_units(&c, &v).map_err(inside_all)?;
        let month = ServiceMonth { users: m.users, steps: m.steps };
        Ok(CarriedMonth { month, shuro_basic: Keep::keep(m.basic), city: None })
    }
}

impl Carry for soudan::input::MonthRequest {
    fn service_month(&self) -> &Raw {
        &self.service_month
    }
    fn user_figures(&mut self) -> &mut KeyMap<Raw> {
        &mut self.user_figures
    }
    /// 計画相談支援・障害児相談支援: each case is a 明細書.
    fn month(&self, _: &Ctx, _: Service, _: Option<&gh::Office>) -> Result<CarriedMonth, Vec<Problem>> {
        let out = soudan::month(self).map_err(inside_all)?;
        let users: Vec<UserMonth> = out.cases.into_iter().map(|c| c.month).collect();
        Ok(CarriedMonth { month: ServiceMonth { users, steps: out.steps }, shuro_basic: None, city: None })
    }
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

impl Carry for ygh::input::MonthRequest {
    fn service_month(&self) -> &Raw {
        &self.service_month
    }
    fn user_figures(&mut self) -> &mut KeyMap<Raw> {
        &mut self.user_figures
    }
    /// A 横浜市 home: the city's month as its calculator answers it, and each
    /// resident's national 共同生活援助 報酬 (the office's 加算 from `gh_office`).
    fn month(&self, c: &Ctx, _: Service, gh_office: Option<&gh::Office>) -> Result<CarriedMonth, Vec<Problem>> {
        let Some(office) = gh_office else {
            return Err(vec![Problem::required("office", "共同生活援助の事業所の体制")]);
        };
        let city = ygh::month(self).map_err(inside_all)?;
        let mut ps = Problems::new();
        let mut r = Reader::new(&mut ps);
        let mut residents = Vec::new();
        for (i, (x, res)) in self.residents.iter().zip(&city.residents).enumerate() {
            let f = format!("units_request.residents[{i}]");
            let read = ygh::input::read_resident(&mut r, x, &f, Some(c.month));
            if let Some(n) = read.and_then(|x| national_resident(&x, res.days_enrolled, i)) {
                residents.push(n);
            }
        }
        let residents = ps.finish(residents)?;
        let month = gh::month_units(c, office, &residents)?;
        Ok(CarriedMonth { month, shuro_basic: None, city: Keep::keep(city) })
    }
}

/// The carried month in units (its calculator's problems named
/// `units_request.…`), with the figures entered on the money page (merged
/// as the request was read: [`merge_figures`]);
/// only where this module computes its units (see [`Source`]).
pub(super) fn carried_month(
    c: &Ctx,
    req: &UnitsRequest,
    gh_office: Option<&gh::Office>,
) -> Result<CarriedMonth, Vec<Problem>> {
    let service = req.service();
    Source::carried(service).held(CALCULATOR)?;
    each!(req, r => r.month(c, service, gh_office))
}
