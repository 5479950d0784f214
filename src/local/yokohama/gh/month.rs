//! `yokohama_gh.month`: a home's month — each resident's 市単独加算, the
//! empty-room 運営費補助, and the totals per item and per claiming route.

use super::amounts;
use super::city_additions::basic_operation::{basic_operation, column, Column};
use super::city_additions::care_support::care_support_addition;
use super::city_additions::rent::{rent_addition, table_area, RentUnit};
use super::city_additions::service_management::service_management;
use super::city_additions::water::water_addition;
use super::eligibility::{claim, first_day_items, home_has_kubun2_plus, Situation};
use super::input::{read_home, read_resident, Area, Building, Home, MonthRequest, Resident};
use super::operating_subsidy::{operating_subsidy, HomeFacts};
use super::output::{Item, MonthOutput, ResidentResult};
use super::routes::totals;
use super::stay::{contracted, stay, Stay};
use crate::engine::input::Reader;
use crate::engine::params::{read_user_figures, Ctx};
use crate::engine::problem::{Outcome, Problem, Problems};
use crate::engine::trace::{Citation, Trace};
use crate::{key, rule};

/// `yokohama_gh.month`: one home's month.
pub fn month(req: &MonthRequest) -> Outcome<MonthOutput> {
    let mut ps = Problems::new();
    let mut r = Reader::new(&mut ps);
    let month = r.month(&req.service_month, "service_month", "サービス提供月");
    let home = read_home(&mut r, &req.home, month);
    let mut residents = Vec::new();
    let mut all_ok = true;
    for (i, x) in req.residents.iter().enumerate() {
        match read_resident(&mut r, x, &format!("residents[{i}]"), month) {
            Some(v) => residents.push(v),
            None => all_ok = false,
        }
    }
    let uf = read_user_figures(&mut r, &req.user_figures);
    let (Some(month), Some(home)) = (month, home) else {
        return Err(ps.into_vec());
    };
    if !all_ok || !ps.is_empty() {
        return Err(ps.into_vec());
    }
    let c = Ctx::new(month, "service_month", &uf)?;
    let rule_add = c.rule("yokohama_gh.city_additions")?;
    let rule_sub = c.rule("yokohama_gh.operating_subsidy")?;
    let mut t = Trace::new(&c, "");
    let out = compute(&mut t, &home, &residents, rule_add, rule_sub);
    let (t, out) = t.checked(out, "yokohama_gh")?;
    Ok(MonthOutput { steps: t.steps, ..out })
}

rule!(pub CAPACITY = "yokohama_gh.capacity", "単価表の定員の範囲", source "資料4 第6節 4 各単価表（定員の列）", fn check_capacity, keys ["yokohama_gh.capacity.min", "yokohama_gh.capacity.max"]);
/// The 定員 within the 単価表 (資料4 第6節 4: every table has a column per 定員).
pub fn check_capacity(t: &mut Trace, home: &Home) -> Option<()> {
    let (min, min_cit) = t.int(key!("yokohama_gh.capacity.min"))?;
    let (max, _) = t.int(key!("yokohama_gh.capacity.max"))?;
    if home.capacity < min || home.capacity > max {
        t.problems.push(Problem::out_of_range(
            "home.capacity",
            format!("横浜市の単価表は定員{min}人から{max}人までです（入力: {}人）。{}", home.capacity, min_cit.locator),
        ));
        return None;
    }
    Some(())
}

/// Inputs that contradict each other once the month is known: empty rooms
/// beyond the 定員, a rent for an owned building, a satellite started later.
fn check_home(t: &mut Trace, home: &Home, residents: &[Resident], stays: &[Stay]) -> Option<()> {
    let month = t.ctx.month;
    let contracted = contracted(residents, stays).count() as i64;
    if home.empty_rooms + contracted > home.capacity {
        t.problems.push(Problem::inconsistent(
            "home.empty_rooms",
            format!(
                "空室{}室と月の初日の入居者{}人（体験利用を除く）の合計が定員{}人を超えています。",
                home.empty_rooms, contracted, home.capacity
            ),
        ));
    }
    if home.building == Building::Owned && home.rent.is_some_and(|r| r > 0) {
        t.problems.push(Problem::inconsistent(
            "home.monthly_rent",
            "法人所有の建物には月額家賃は入力しません（建物借上加算・建物借上補助は賃借した建物のみ）。",
        ));
    }
    for (i, (_, ym)) in home.satellites.iter().enumerate() {
        if *ym > month {
            t.problems.push(Problem::inconsistent(
                format!("home.satellite_vacancies[{i}].start_month"),
                format!("利用開始月{}はサービス提供月{}より後です。", ym.wareki(), month.wareki()),
            ));
        }
    }
    t.problems.is_empty().then_some(())
}

/// The home's figures every resident's items read.
struct HomeUnits {
    /// The 区域 whose tables apply.
    area: Area,
    rent: RentUnit,
    water: i64,
    care: i64,
    column: Column,
    has_kubun2_plus: bool,
    min_kubun: i64,
}

/// The home's condition and 単価: 区分 of its residents, 建物借上加算, 水道料金加算,
/// 介護支援加算, and the 運営基本費 column.
fn home_units(t: &mut Trace, home: &Home, residents: &[Resident], stays: &[Stay]) -> Option<HomeUnits> {
    let (has_kubun2_plus, min_kubun) = home_has_kubun2_plus(t, residents, stays)?;
    let ta = table_area(t, home)?;
    let rent = rent_addition(t, home, &ta)?;
    let water = water_addition(t, home)?;
    let care = care_support_addition(t, home)?;
    let column = column(t, home.capacity)?;
    Some(HomeUnits { area: ta.area, rent, water, care, column, has_kubun2_plus, min_kubun })
}

/// The month, in the order the explanation reads it: the home's condition and
/// 単価, each resident, the empty rooms, the totals.
fn compute(
    t: &mut Trace,
    home: &Home,
    residents: &[Resident],
    rule_add: Citation,
    rule_sub: Citation,
) -> Option<MonthOutput> {
    let month = t.ctx.month;
    check_capacity(t, home)?;
    let stays: Vec<Stay> = residents.iter().map(|x| stay(x, month)).collect();
    check_home(t, home, residents, &stays)?;
    let u = home_units(t, home, residents, &stays)?;
    let mut out = Vec::new();
    for (i, (x, s)) in residents.iter().zip(&stays).enumerate() {
        out.push(resident(t, home, &u, &rule_add, i, x, s)?);
    }
    let facts = HomeFacts {
        home,
        area: u.area,
        share: u.rent.share,
        has_kubun2_plus: u.has_kubun2_plus,
        min_kubun: u.min_kubun,
        rule: rule_sub,
    };
    let vacancy = operating_subsidy(t, &facts)?;
    let tot = totals(t, &out, &vacancy)?;
    Some(MonthOutput {
        service_month: month,
        month_label: month.both(),
        rent_share: u.rent.share,
        rent_unit: u.rent.unit,
        rent_cap: u.rent.cap,
        water_unit: u.water,
        care_unit: u.care,
        home_has_kubun2_plus: u.has_kubun2_plus,
        residents: out,
        vacancy,
        item_totals: tot.items,
        route_totals: tot.routes,
        total: tot.total,
        steps: Vec::new(),
    })
}

/// One resident's five items: the three counted on the first day, 運営基本費
/// and サービス管理費, each as the tables decide.
fn resident(
    t: &mut Trace,
    home: &Home,
    u: &HomeUnits,
    rule_add: &Citation,
    i: usize,
    x: &Resident,
    stay: &Stay,
) -> Option<ResidentResult> {
    let who =
        if x.name.is_empty() { format!("入居者{}", i + 1) } else { format!("入居者{}（{}）", i + 1, x.name) };
    let s = situation(home, u, x, stay);
    let rent = claim(t, Item::RentAddition, u.rent.unit, &s, x, None);
    let water = claim(t, Item::WaterAddition, u.water, &s, x, None);
    let care = claim(t, Item::CareAddition, u.care, &s, x, None);
    let (basic_amount, basic_step) = basic_operation(t, home, &u.column, x, stay, &who)?;
    let basic = claim(t, Item::BasicOperation, basic_amount, &s, x, Some(basic_step));
    let (sm_amount, sm_step) = service_management(t, &who)?;
    let sm = claim(t, Item::ServiceManagement, sm_amount, &s, x, Some(sm_step));
    first_day_items(t, &who, x, stay, rule_add, [&rent, &water, &care])?;
    let each = [rent.amount, water.amount, care.amount, basic.amount, sm.amount];
    let total = amounts::sum(t, each, &who)?;
    Some(ResidentResult {
        index: i,
        name: x.name.clone(),
        on_first_day: stay.on_first,
        days_enrolled: stay.days,
        month_days: t.ctx.month.days(),
        rent_addition: rent,
        water_addition: water,
        care_addition: care,
        basic_operation: basic,
        service_management: sm,
        total,
    })
}

/// The resident's row of the two tables.
fn situation(home: &Home, u: &HomeUnits, x: &Resident, stay: &Stay) -> Situation {
    Situation {
        authority: x.authority,
        rent_subsidy: x.rent_subsidy,
        staff_subsidy: x.staff_subsidy,
        on_first_day: stay.on_first,
        trial: x.trial,
        claim: x.claim,
        plan_missing: x.plan_missing,
        building: home.building,
        home_has_kubun2_plus: u.has_kubun2_plus,
        min_kubun: u.min_kubun,
    }
}
