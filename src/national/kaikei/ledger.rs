//! `kaikei.ledger`: 年度 after 年度, each composed from the rules of the two
//! 積立金 in the order the product reads them (年度中の取崩し first, 年度末の
//! 積立て after: `kaikei.order`), its balances, 未補填額 and 賃金・工賃 carried
//! to the next.

use super::fiscal_year::{year_ctx, year_figures, YearFigures};
use super::input::{read_history, read_opening, read_years, History, LedgerRequest, Opening, Year, YEARS_MAX};
use super::output::{LedgerOutput, YearResult};
use super::reserves::closing::{carried_forward, reserve_assets};
use super::reserves::conditions::{available_for_reserves, previous_year_condition};
use super::reserves::equipment::{equipment_reserve_amount, equipment_reserve_draw};
use super::reserves::reserve_table;
use super::reserves::temporary_use::temporary_use;
use super::reserves::wage_fluctuation::{average_wages, guaranteed_level, wage_reserve_amount, wage_reserve_draw};
use crate::engine::date::fiscal_year_both;
use crate::engine::input::Reader;
use crate::engine::params::UserFigures;
use crate::engine::problem::{Outcome, Problem, Problems};
use crate::engine::trace::Trace;

/// A 年度's record as later years see it.
#[derive(Clone, Copy, Debug)]
pub struct Record {
    pub fy: i32,
    /// 賃金・工賃の支払総額 (補填を含む); None = no record.
    pub wages_total: Option<i64>,
    pub disaster: bool,
}

/// What one 年度 carries to the next: the reserves' balances, the 一時繰替使用's
/// 未補填額 and its 賃金・工賃の支払総額 (the next 年度's 前年度).
#[derive(Clone, Copy, Debug)]
pub struct Carried {
    pub wage: i64,
    pub equipment: i64,
    pub outstanding: i64,
    pub wages_total: i64,
}

impl Carried {
    /// What a 年度's result carries to the next.
    fn after(r: &YearResult) -> Self {
        Self {
            wage: r.wage_reserve.closing,
            equipment: r.equipment_reserve.closing,
            outstanding: r.temporary.closing_outstanding,
            wages_total: r.wages_total,
        }
    }
}

/// The ledger's request, validated, with each 年度's figures.
struct Entries<'a> {
    first: i32,
    opening: Opening,
    history: History,
    years: Vec<Year>,
    figures: Vec<YearFigures<'a>>,
}

/// The field each 年度's period problems are named on.
fn year_fields(n: usize) -> Vec<String> {
    (0..n)
        .map(|i| match i {
            0 => "first_fiscal_year".to_string(),
            _ => format!("years[{i}]"),
        })
        .collect()
}

/// Every 年度's period and figures, its problems reported all at once.
fn years_figures<'a>(first: i32, fields: &'a [String], uf: &'a UserFigures, ps: &mut Problems) -> Vec<YearFigures<'a>> {
    let mut out = Vec::new();
    for (i, field) in fields.iter().enumerate() {
        match year_ctx(first + i as i32, field, uf, "kaikei.reserve") {
            Ok((c, rule)) => match year_figures(c, rule, field) {
                Ok(f) => out.push(f),
                Err(e) => ps.extend(e),
            },
            Err(p) => ps.push(p),
        }
    }
    out
}

/// Reads the request and each 年度's figures; `None` with the problems recorded.
fn read_ledger<'a>(
    req: &LedgerRequest,
    fields: &'a [String],
    uf: &'a UserFigures,
    ps: &mut Problems,
) -> Option<Entries<'a>> {
    let mut r = Reader::new(ps);
    let first = r.fiscal_year(&req.first_fiscal_year, "first_fiscal_year", "最初の年度");
    let opening = read_opening(&mut r, &req.opening);
    let history = read_history(&mut r, &req.history);
    let years = read_years(&mut r, &req.years);
    opening.check(&mut r);
    let figures = match first {
        Some(first) => years_figures(first, fields, uf, ps),
        None => Vec::new(),
    };
    let (first, opening) = (first?, opening.balances()?);
    let (history, years) = (history?, years?);
    (ps.is_empty() && figures.len() == years.len()).then_some(Entries { first, opening, history, years, figures })
}

/// The past 年度 as records, oldest first.
fn history_records(first: i32, h: &History) -> Vec<Record> {
    let n = h.older.len() as i32 + 1;
    let previous = (Some(h.previous.0), h.previous.1);
    h.older
        .iter()
        .copied()
        .chain([previous])
        .enumerate()
        .map(|(j, (w, d))| Record { fy: first - n + j as i32, wages_total: w, disaster: d })
        .collect()
}

/// One 年度: 過去3年間 and 保障すべき工賃水準, the draws, the 一時繰替使用, the
/// condition and the amount available, the two reserves, the 積立資産 and the
/// 次期繰越.
fn ledger_year(
    t: &mut Trace,
    fy: i32,
    y: &Year,
    fg: &YearFigures,
    records: &[Record],
    open: Carried,
) -> Option<YearResult> {
    let (past_years, average) = average_wages(t, fg, fy, records);
    let level = guaranteed_level(t, fg, fy, records);
    // The 積立資産 actually held: the balances less the 一時繰替使用 not yet repaid.
    let Some(held) = open.wage.checked_add(open.equipment).and_then(|b| b.checked_sub(open.outstanding)) else {
        t.problems.push(Problem::overflow("years", "積立資産"));
        return None;
    };
    let wage_draw = wage_reserve_draw(t, fg, y, level, (open.wage, held));
    let eq_draw = equipment_reserve_draw(t, fg, y, (open.equipment, held - wage_draw.allowed));
    let drawn = wage_draw.allowed + eq_draw.allowed;
    let temporary = temporary_use(t, fg, y, &open, (wage_draw.allowed, eq_draw.allowed));
    let wage_top_up = wage_draw.allowed;
    let wages_total = y.wages_paid + wage_top_up;
    let not_below = previous_year_condition(t, fg, wages_total, open.wages_total);
    let available = available_for_reserves(t, y.surplus, drawn);
    let wage = wage_reserve_amount(t, fg, y, average, not_below, available, wage_draw)?;
    let left = available - wage.amount.allowed;
    let equipment = equipment_reserve_amount(t, fg, y, not_below, left, eq_draw)?;
    let added = wage.amount.allowed + equipment.amount.allowed;
    let outstanding = temporary.closing_outstanding;
    let (required, held) = reserve_assets(t, wage.closing, equipment.closing, outstanding);
    let carried = carried_forward(t, y.surplus, drawn, added);
    Some(YearResult {
        fiscal_year: fy,
        label: fiscal_year_both(fy),
        wages_paid: y.wages_paid,
        wage_top_up,
        wages_total,
        previous_wages_total: open.wages_total,
        wages_not_below_previous: not_below,
        disaster: y.disaster,
        past_years,
        average_wages: average,
        guaranteed_level: level,
        surplus: y.surplus,
        reserves_drawn: drawn,
        available,
        production_income: y.production_income,
        asset_cost: y.asset_cost,
        equipment_purchase: y.requests.equipment_purchase,
        wage_reserve: wage,
        equipment_reserve: equipment,
        reserves_added: added,
        carried_forward: carried,
        temporary,
        reserve_assets_required: required,
        reserve_assets_held: held,
        steps: std::mem::take(&mut t.steps),
    })
}

/// `kaikei.ledger`: several 年度, balances carried forward.
pub fn ledger(req: &LedgerRequest) -> Outcome<LedgerOutput> {
    let mut ps = Problems::new();
    let uf = UserFigures::new();
    let fields = year_fields(req.years.len().min(YEARS_MAX));
    let Some(e) = read_ledger(req, &fields, &uf, &mut ps) else {
        return Err(ps.into_vec());
    };
    let mut records = history_records(e.first, &e.history);
    let o = e.opening;
    let mut carried =
        Carried { wage: o.wage, equipment: o.equipment, outstanding: o.outstanding, wages_total: e.history.previous.0 };
    let mut years = Vec::new();
    for (i, (y, fg)) in e.years.iter().zip(&e.figures).enumerate() {
        let fy = e.first + i as i32;
        let mut t = Trace::new(&fg.ctx, format!("years[{i}]"));
        let year = ledger_year(&mut t, fy, y, fg, &records, carried);
        ps.extend(t.problems.into_vec());
        let Some(res) = year else {
            return Err(ps.into_vec());
        };
        records.push(Record { fy, wages_total: Some(res.wages_total), disaster: y.disaster });
        carried = Carried::after(&res);
        years.push(res);
    }
    if !ps.is_empty() {
        return Err(ps.into_vec());
    }
    let last = e.first + years.len() as i32 - 1;
    let steps = e.figures.first().map(|fg| reserve_table(fg, e.first, last, &o));
    Ok(LedgerOutput { first_fiscal_year: e.first, last_fiscal_year: last, years, steps: steps.into_iter().collect() })
}
