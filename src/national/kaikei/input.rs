//! 就労支援事業会計: the requests as sent (lenient [`Raw`] leaves), the
//! validated opening balances, past 年度, 年度 and budget, and the readers
//! between them (each bad field a Japanese problem naming its path).

use crate::engine::input::{Raw, Reader};
use crate::engine::problem::Problem;
use crate::engine::trace::{thousands, yen};
use serde::Serialize;

/// Input bounds (not rule figures): amounts up to 1兆円, up to 10 years, 3 past years.
pub const YEN_MAX: i64 = 1_000_000_000_000;
pub const YEARS_MAX: usize = 10;
pub const HISTORY_MAX: usize = 3;
const DELAY_MAX_MONTHS: i64 = 120;
const VOLUME_MAX: i64 = 1_000_000_000;
const USERS_MAX: i64 = 10_000;
const DAYS_MAX: i64 = 366;

// ---------------------------------------------------------------- requests

/// Balances at the start of the first 年度 (前期繰越額, 別紙3).
#[derive(Clone, Debug, Default, Serialize)]
pub struct OpeningInput {
    /// 工賃変動積立金の前期繰越額 (yen).
    pub wage_reserve: Raw,
    /// 設備等整備積立金の前期繰越額 (yen).
    pub equipment_reserve: Raw,
    /// 一時繰替使用の未補填額 (yen).
    pub temporary_outstanding: Raw,
}
crate::decode_fields! { OpeningInput { wage_reserve, equipment_reserve, temporary_outstanding } }

/// One 年度 before the first year of the ledger.
#[derive(Clone, Debug, Default, Serialize)]
pub struct HistoryInput {
    /// 利用者賃金・工賃の支払実績額 (including any 工賃変動積立金 top-up); blank = no record.
    pub wages_paid: Raw,
    /// 天災等により工賃が大幅に減少した年度.
    pub disaster: Raw,
}
crate::decode_fields! { HistoryInput { wages_paid, disaster } }

/// One 年度 of the ledger.
#[derive(Clone, Debug, Default, Serialize)]
pub struct YearInput {
    /// 利用者賃金・工賃の支払額, excluding the 工賃変動積立金 top-up (yen).
    pub wages_paid: Raw,
    /// 天災等により工賃が大幅に減少した年度.
    pub disaster: Raw,
    /// 当期末繰越活動増減差額 (別紙1 (13)); may be negative (yen).
    pub surplus: Raw,
    /// 就労支援事業収入 (生産活動収入) of the year (yen).
    pub production_income: Raw,
    /// 就労支援事業資産の取得価額 at the end of the year (yen).
    pub asset_cost: Raw,
    /// 工賃変動積立金を取り崩して補填する額 (yen; blank = 0).
    pub wage_draw: Raw,
    /// 生産活動に要する設備等を導入した額 (取得価額; yen; blank = 0).
    pub equipment_purchase: Raw,
    /// 設備等整備積立金を取り崩す額 (yen; blank = 0).
    pub equipment_draw: Raw,
    /// 工賃変動積立金として積み立てたい額 (yen; blank = as much as allowed).
    pub wage_reserve_request: Raw,
    /// 設備等整備積立金として積み立てたい額 (yen; blank = as much as allowed).
    pub equipment_reserve_request: Raw,
    /// 自立支援給付費収入の受取の遅れ (months).
    pub benefit_delay_months: Raw,
    /// 積立資産の一時繰替使用額 (yen; blank = 0).
    pub temporary_use: Raw,
    /// 一時繰替使用の補填額 (yen; blank = 0).
    pub temporary_repaid: Raw,
}
crate::decode_fields! { YearInput { wages_paid, disaster, surplus, production_income, asset_cost, wage_draw, equipment_purchase, equipment_draw, wage_reserve_request, equipment_reserve_request, benefit_delay_months, temporary_use, temporary_repaid } }

#[derive(Clone, Debug, Default, Serialize)]
pub struct LedgerRequest {
    /// The first 年度 of the ledger (`2024`, `"令和6年度"`).
    pub first_fiscal_year: Raw,
    pub opening: OpeningInput,
    /// The 年度 just before the first year, oldest first (1–3 entries; the last is 前年度).
    pub history: Vec<HistoryInput>,
    /// Consecutive 年度 from `first_fiscal_year`.
    pub years: Vec<YearInput>,
}
crate::decode_fields! { LedgerRequest { first_fiscal_year, opening, history, years } }

#[derive(Clone, Debug, Default, Serialize)]
pub struct PriceRequest {
    /// The 年度 budgeted (`2025`, `"令和7年度"`).
    pub fiscal_year: Raw,
    /// 販売数量 (個) in the year; or `operating_days` × `daily_output`.
    pub volume: Raw,
    /// 年間営業日数.
    pub operating_days: Raw,
    /// 1日の生産数 (個).
    pub daily_output: Raw,
    /// 製造原価 for the volume, excluding 利用者賃金 (yen); or `manufacturing_cost_per_item`.
    pub manufacturing_cost_total: Raw,
    /// 1個あたり製造原価, excluding 利用者賃金 (yen).
    pub manufacturing_cost_per_item: Raw,
    /// 販管費, excluding 利用者賃金 (yen).
    pub sga_cost: Raw,
    /// 販売価格 per item (yen), to see the surplus and the 賃金・工賃 it funds.
    pub price: Raw,
    /// 利用者数, to share the 工賃 total per person.
    pub users: Raw,
    /// 目標とする1人あたり月額の賃金・工賃 (yen): gives the price needed.
    pub target_monthly_wage: Raw,
}
crate::decode_fields! { PriceRequest { fiscal_year, volume, operating_days, daily_output, manufacturing_cost_total, manufacturing_cost_per_item, sga_cost, price, users, target_monthly_wage } }

// ---------------------------------------------------------------- validated

/// The balances at the start of the first 年度 (blank = 0 yen).
#[derive(Clone, Copy, Debug)]
pub struct Opening {
    pub wage: i64,
    pub equipment: i64,
    pub outstanding: i64,
}

/// The 年度 before the first year, oldest first: (支払実績額, 天災等).
/// The last, 前年度, is required, so its amount is always known.
#[derive(Clone, Debug)]
pub struct History {
    pub older: Vec<(Option<i64>, bool)>,
    pub previous: (i64, bool),
}

/// 取崩し・積立ての希望 of a 年度, and the equipment that justifies a draw (blank = 0 yen).
#[derive(Clone, Copy, Debug)]
pub struct Requests {
    pub wage_draw: i64,
    pub equipment_purchase: i64,
    pub equipment_draw: i64,
    /// None: as much as allowed.
    pub wage_reserve: Option<i64>,
    /// None: as much as allowed.
    pub equipment_reserve: Option<i64>,
}

/// 一時繰替使用 in a 年度 (blank = 0 yen).
#[derive(Clone, Copy, Debug)]
pub struct Temporary {
    /// 自立支援給付費の受取の遅れ (months); always given when `amount` is over 0.
    pub delay_months: Option<i64>,
    pub amount: i64,
    pub repaid: i64,
}

/// One 年度 of the ledger, validated.
#[derive(Clone, Copy, Debug)]
pub struct Year {
    pub wages_paid: i64,
    pub disaster: bool,
    pub surplus: i64,
    pub production_income: i64,
    pub asset_cost: i64,
    pub requests: Requests,
    pub temporary: Temporary,
}

/// The budget of a 年度 (`kaikei.price`), validated.
#[derive(Clone, Copy, Debug)]
pub struct Budget {
    pub fiscal_year: i32,
    pub volume: i64,
    /// (年間営業日数, 1日の生産数), when both were given.
    pub days_output: Option<(i64, i64)>,
    pub manufacturing_cost: i64,
    pub manufacturing_cost_per_item: Option<i64>,
    pub sga_cost: i64,
    pub price: Option<i64>,
    pub users: Option<i64>,
    pub target_monthly_wage: Option<i64>,
}

// ---------------------------------------------------------------- readers

fn money(r: &mut Reader, raw: &Raw, field: &str, label: &str) -> Option<i64> {
    r.yen(raw, field, label, 0, YEN_MAX)
}

fn opt_money(r: &mut Reader, raw: &Raw, field: &str, label: &str) -> Option<Option<i64>> {
    r.opt_yen(raw, field, label, 0, YEN_MAX)
}

/// What a blank amount means: 0 yen (`blank = 0` in the request's fields).
const BLANK_YEN: i64 = 0;

/// A blank amount is [`BLANK_YEN`]: read so on purpose, never in place of a bad value
/// (a bad value is `None` one level up, and refused).
fn zero_if_blank(v: Option<i64>) -> i64 {
    v.unwrap_or(BLANK_YEN)
}

/// The opening balances as read: each `None` when bad, `Some(None)` when blank.
pub struct OpeningRead {
    wage: Option<Option<i64>>,
    equipment: Option<Option<i64>>,
    outstanding: Option<Option<i64>>,
}

pub fn read_opening(r: &mut Reader, o: &OpeningInput) -> OpeningRead {
    let wage = r.opt_yen(&o.wage_reserve, "opening.wage_reserve", "工賃変動積立金の前期繰越額", 0, YEN_MAX);
    let equipment =
        r.opt_yen(&o.equipment_reserve, "opening.equipment_reserve", "設備等整備積立金の前期繰越額", 0, YEN_MAX);
    let outstanding =
        r.opt_yen(&o.temporary_outstanding, "opening.temporary_outstanding", "一時繰替使用の未補填額", 0, YEN_MAX);
    OpeningRead { wage, equipment, outstanding }
}

impl OpeningRead {
    /// The 未補填額 cannot exceed the two balances (checked after the years are read).
    pub fn check(&self, r: &mut Reader) {
        if let (Some(Some(t)), Some(w), Some(e)) = (self.outstanding, self.wage, self.equipment) {
            let bal = zero_if_blank(w) + zero_if_blank(e);
            if t > bal {
                r.problems.push(Problem::inconsistent(
                    "opening.temporary_outstanding",
                    format!(
                        "一時繰替使用の未補填額（{}）が積立金の前期繰越額の合計（{}）を超えています。",
                        yen(t),
                        yen(bal)
                    ),
                ));
            }
        }
    }

    pub fn balances(&self) -> Option<Opening> {
        Some(Opening {
            wage: zero_if_blank(self.wage?),
            equipment: zero_if_blank(self.equipment?),
            outstanding: zero_if_blank(self.outstanding?),
        })
    }
}

/// One past 年度: its 支払実績額 (the 前年度's required) and 天災等.
fn read_past_year(r: &mut Reader, h: &HistoryInput, j: usize, previous: bool) -> Option<(Option<i64>, bool)> {
    let field = format!("history[{j}].wages_paid");
    let wages = if previous {
        r.yen(&h.wages_paid, &field, "前年度の賃金・工賃の支払実績額", 0, YEN_MAX).map(Some)
    } else {
        r.opt_yen(&h.wages_paid, &field, "賃金・工賃の支払実績額", 0, YEN_MAX)
    };
    let disaster = r.flag(&h.disaster, &format!("history[{j}].disaster"), "天災等による大幅な減少", false);
    Some((wages?, disaster?))
}

/// History: 1–3 years, the last being 前年度 (required; a new office enters 0).
pub fn read_history(r: &mut Reader, h: &[HistoryInput]) -> Option<History> {
    if h.is_empty() {
        r.problems.push(Problem::required("history", "前年度の賃金・工賃の支払実績額（新規の事業所は0）"));
        return None;
    }
    if h.len() > HISTORY_MAX {
        r.problems.push(Problem::out_of_range("history", format!("過去の実績は{HISTORY_MAX}年度分まで入力できます。")));
        return None;
    }
    let (last, older) = h.split_last()?;
    let older: Vec<_> = older.iter().enumerate().map(|(j, e)| read_past_year(r, e, j, false)).collect();
    let previous = read_past_year(r, last, older.len(), true);
    let older: Option<Vec<_>> = older.into_iter().collect();
    let (Some(w), d) = previous? else {
        return None;
    };
    Some(History { older: older?, previous: (w, d) })
}

/// 取崩し・積立ての希望 and the equipment bought.
fn read_requests(r: &mut Reader, y: &YearInput, f: &dyn Fn(&str) -> String) -> Option<Requests> {
    let wage_draw = opt_money(r, &y.wage_draw, &f("wage_draw"), "工賃変動積立金の取崩額");
    let purchase = opt_money(r, &y.equipment_purchase, &f("equipment_purchase"), "設備等の導入額");
    let eq_draw = opt_money(r, &y.equipment_draw, &f("equipment_draw"), "設備等整備積立金の取崩額");
    let wreq = opt_money(r, &y.wage_reserve_request, &f("wage_reserve_request"), "工賃変動積立金の積立希望額");
    let ereq =
        opt_money(r, &y.equipment_reserve_request, &f("equipment_reserve_request"), "設備等整備積立金の積立希望額");
    Some(Requests {
        wage_draw: zero_if_blank(wage_draw?),
        equipment_purchase: zero_if_blank(purchase?),
        equipment_draw: zero_if_blank(eq_draw?),
        wage_reserve: wreq?,
        equipment_reserve: ereq?,
    })
}

/// 一時繰替使用: the delay is required when an amount is used.
fn read_temporary(r: &mut Reader, y: &YearInput, f: &dyn Fn(&str) -> String) -> Option<Temporary> {
    let delay = r.opt_int(
        &y.benefit_delay_months,
        &f("benefit_delay_months"),
        "自立支援給付費の受取の遅れ",
        0,
        DELAY_MAX_MONTHS,
    );
    let temp = opt_money(r, &y.temporary_use, &f("temporary_use"), "一時繰替使用額");
    let repaid = opt_money(r, &y.temporary_repaid, &f("temporary_repaid"), "一時繰替使用の補填額");
    if let (Some(Some(t)), Some(None)) = (temp, delay) {
        if t > 0 {
            r.problems.push(Problem::required(
                f("benefit_delay_months"),
                "一時繰替使用をする場合は、自立支援給付費の受取が何か月遅れたか",
            ));
            return None;
        }
    }
    Some(Temporary { delay_months: delay?, amount: zero_if_blank(temp?), repaid: zero_if_blank(repaid?) })
}

fn read_year(r: &mut Reader, y: &YearInput, i: usize) -> Option<Year> {
    let f = |s: &str| format!("years[{i}].{s}");
    let wages = money(r, &y.wages_paid, &f("wages_paid"), "賃金・工賃の支払額");
    let disaster = r.flag(&y.disaster, &f("disaster"), "天災等による大幅な減少", false);
    let surplus = r.yen(&y.surplus, &f("surplus"), "当期末繰越活動増減差額", -YEN_MAX, YEN_MAX);
    let income = money(r, &y.production_income, &f("production_income"), "就労支援事業収入");
    let asset = money(r, &y.asset_cost, &f("asset_cost"), "就労支援事業資産の取得価額");
    let requests = read_requests(r, y, &f);
    let temporary = read_temporary(r, y, &f);
    Some(Year {
        wages_paid: wages?,
        disaster: disaster?,
        surplus: surplus?,
        production_income: income?,
        asset_cost: asset?,
        requests: requests?,
        temporary: temporary?,
    })
}

/// The 年度 of the ledger (1–10); `None` when any is missing or bad.
pub fn read_years(r: &mut Reader, ys: &[YearInput]) -> Option<Vec<Year>> {
    if ys.is_empty() {
        r.problems.push(Problem::required("years", "年度（1年度以上）"));
    } else if ys.len() > YEARS_MAX {
        r.problems.push(Problem::out_of_range("years", format!("年度は{YEARS_MAX}年度分まで入力できます。")));
    }
    let years: Vec<Option<Year>> = ys.iter().enumerate().take(YEARS_MAX).map(|(i, y)| read_year(r, y, i)).collect();
    let years: Vec<Year> = years.into_iter().collect::<Option<_>>()?;
    (!years.is_empty() && years.len() == ys.len()).then_some(years)
}

// ---------------------------------------------------------------- the price request

/// The price request's entries as read: each `None` when bad, `Some(None)` when blank.
struct PriceEntries {
    fy: Option<i32>,
    volume: Option<Option<i64>>,
    days: Option<Option<i64>>,
    daily: Option<Option<i64>>,
    mfg_total: Option<Option<i64>>,
    mfg_per: Option<Option<i64>>,
    sga: Option<i64>,
    price: Option<Option<i64>>,
    users: Option<Option<i64>>,
    target: Option<Option<i64>>,
}

fn read_price_entries(r: &mut Reader, req: &PriceRequest) -> PriceEntries {
    let fy = r.fiscal_year(&req.fiscal_year, "fiscal_year", "年度");
    let volume = r.opt_int(&req.volume, "volume", "販売数量", 1, VOLUME_MAX);
    let days = r.opt_int(&req.operating_days, "operating_days", "年間営業日数", 1, DAYS_MAX);
    let daily = r.opt_int(&req.daily_output, "daily_output", "1日の生産数", 1, VOLUME_MAX);
    let mfg_total = opt_money(r, &req.manufacturing_cost_total, "manufacturing_cost_total", "製造原価");
    let mfg_per = opt_money(r, &req.manufacturing_cost_per_item, "manufacturing_cost_per_item", "1個あたり製造原価");
    let sga = money(r, &req.sga_cost, "sga_cost", "販管費");
    let price = opt_money(r, &req.price, "price", "販売価格");
    let users = r.opt_int(&req.users, "users", "利用者数", 1, USERS_MAX);
    let target = opt_money(
        r,
        &req.target_monthly_wage,
        "target_monthly_wage",
        // prose-figure: 「1人あたり」 is a count word, not a figure
        "目標とする1人あたり月額の賃金・工賃",
    );
    PriceEntries { fy, volume, days, daily, mfg_total, mfg_per, sga, price, users, target }
}

/// 販売数量 given and checked against 営業日数 × 1日の生産数, or computed from them.
fn resolve_volume(r: &mut Reader, e: &PriceEntries) -> Option<i64> {
    match (e.volume, e.days, e.daily) {
        (Some(Some(v)), Some(Some(d)), Some(Some(o))) => {
            let product = d.checked_mul(o);
            if product == Some(v) {
                return Some(v);
            }
            let shown = product.map_or_else(|| "—".to_string(), thousands);
            r.problems.push(Problem::inconsistent(
                "volume",
                format!(
                    "販売数量（{}個）が年間営業日数×1日の生産数（{}日×{}個＝{}個）と一致しません。",
                    thousands(v),
                    d,
                    thousands(o),
                    shown
                ),
            ));
            None
        }
        (Some(Some(v)), Some(_), Some(_)) => Some(v),
        (Some(None), Some(Some(d)), Some(Some(o))) => match d.checked_mul(o) {
            Some(v) if v <= VOLUME_MAX => Some(v),
            _ => {
                r.problems.push(Problem::out_of_range(
                    "daily_output",
                    format!("販売数量（営業日数×1日の生産数）は{}個以下にしてください。", thousands(VOLUME_MAX)),
                ));
                None
            }
        },
        (Some(None), Some(d), Some(o)) => {
            missing_volume(r, d.is_some(), o.is_some());
            None
        }
        _ => None,
    }
}

/// What is missing when no 販売数量 was given.
fn missing_volume(r: &mut Reader, days: bool, daily: bool) {
    let p = match (days, daily) {
        (true, false) => Problem::required("daily_output", "1日の生産数"),
        (false, true) => Problem::required("operating_days", "年間営業日数"),
        _ => Problem::required("volume", "販売数量（または年間営業日数と1日の生産数）"),
    };
    r.problems.push(p);
}

/// 製造原価: the total (checked against 1個あたり × 数量 when both are given), or per item × volume.
fn resolve_manufacturing_cost(r: &mut Reader, e: &PriceEntries, volume: Option<i64>) -> Option<i64> {
    match (e.mfg_total, e.mfg_per, volume) {
        (Some(Some(t)), Some(Some(p)), Some(v)) => {
            let product = p.checked_mul(v);
            if product == Some(t) {
                return Some(t);
            }
            let shown = product.map_or_else(|| "計算できる範囲を超える額".to_string(), yen);
            r.problems.push(Problem::inconsistent(
                "manufacturing_cost_total",
                format!(
                    "製造原価（{}）が1個あたり製造原価×販売数量（{}×{}個＝{}）と一致しません。",
                    yen(t),
                    yen(p),
                    thousands(v),
                    shown
                ),
            ));
            None
        }
        (Some(Some(t)), Some(_), _) => Some(t),
        (Some(None), Some(Some(p)), Some(v)) => match p.checked_mul(v) {
            Some(t) if t <= YEN_MAX => Some(t),
            _ => {
                r.problems.push(Problem::out_of_range(
                    "manufacturing_cost_per_item",
                    "製造原価（1個あたり×数量）が大きすぎます。",
                ));
                None
            }
        },
        (Some(None), Some(None), _) => {
            r.problems.push(Problem::required("manufacturing_cost_total", "製造原価（または1個あたり製造原価）"));
            None
        }
        _ => None,
    }
}

/// The price request: its 年度 (read even when the rest is not, for the period's
/// problem) and the budget when every entry is readable.
pub fn read_budget(r: &mut Reader, req: &PriceRequest) -> (Option<i32>, Option<Budget>) {
    let e = read_price_entries(r, req);
    let volume = resolve_volume(r, &e);
    let mfg = resolve_manufacturing_cost(r, &e, volume);
    if let (Some(Some(_)), Some(None)) = (e.target, e.users) {
        r.problems.push(Problem::required("users", "目標月額から販売価格を求めるには、利用者数"));
    }
    let budget = || {
        Some(Budget {
            fiscal_year: e.fy?,
            volume: volume?,
            days_output: e.days?.zip(e.daily?),
            manufacturing_cost: mfg?,
            manufacturing_cost_per_item: e.mfg_per?,
            sga_cost: e.sga?,
            price: e.price?,
            users: e.users?,
            target_monthly_wage: e.target?,
        })
    };
    (e.fy, budget())
}
