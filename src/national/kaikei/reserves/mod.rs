//! The two 積立金 of 就労支援事業会計 (資料3 4 3) ◎積立金について): the table
//! of both, and what both share — a draw, the amount a year may set aside and
//! what limited it, a share of a basis (1円未満切捨て), the parts of their
//! steps. One file per reserve and per condition:
//!
//! * [`wage_fluctuation`] — 工賃変動積立金 (過去3年間の平均賃金・工賃,
//!   保障すべき一定の工賃水準, 取崩し, 積立て);
//! * [`equipment`] — 設備等整備積立金 (取崩し, 積立て);
//! * [`temporary_use`] — 積立資産の一時繰替使用;
//! * [`conditions`] — 前年度の支払実績額を下回らない条件, 積立可能な額;
//! * [`closing`] — 積立資産, 次期繰越活動増減差額.

pub mod closing;
pub mod conditions;
pub mod equipment;
pub mod temporary_use;
pub mod wage_fluctuation;

use super::fiscal_year::YearFigures;
use super::input::Opening;
use super::output::{LimitedBy, ReserveYear};
use super::readings::reading;
use super::SEED;
use crate::engine::date::fiscal_year_both;
use crate::engine::params::cite;
use crate::engine::problem::Problem;
use crate::engine::rounding::Rounding;
use crate::engine::trace::{yen, Citation, Step, Trace};
use crate::rule;
use rust_decimal::Decimal;
use serde::Serialize;

rule!(pub TABLE = "kaikei.reserve.table", "積立金の種類と限度（就労支援事業会計の運用ガイドライン）", source "資料3 4 3) ◎積立金について 表（ガイドライン p.31）", fn reserve_table, keys ["rule.kaikei.reserve", "kaikei.wage_reserve.average_years", "kaikei.wage_reserve.yearly_limit_rate", "kaikei.wage_reserve.ceiling_rate", "kaikei.equipment_reserve.yearly_limit_rate", "kaikei.equipment_reserve.ceiling_rate"]);
/// 積立金の種類と限度: the table of both reserves, the 年度 computed and the
/// opening balances (the steps common to every 年度 of a ledger).
pub fn reserve_table(fg: &YearFigures, first: i32, last: i32, opening: &Opening) -> Step {
    Step::of(&TABLE)
        .input(
            "工賃変動積立金",
            format!(
                "各年度: 過去{}年間の平均賃金・工賃の{}以内／上限: 同{}以内",
                fg.avg_years.0,
                percent(fg.wage_rate.value),
                percent(fg.wage_ceiling_rate.value)
            ),
        )
        .input(
            "設備等整備積立金",
            format!(
                "各年度: 就労支援事業収入の{}以内／上限: 就労支援事業資産の取得価額の{}以内",
                percent(fg.eq_rate.value),
                percent(fg.eq_ceiling_rate.value)
            ),
        )
        .value(format!("{}〜{}", fiscal_year_both(first), fiscal_year_both(last)))
        .source(fg.reserve_rule.clone())
        .source(cite(SEED, "資料3 4 3) ◎積立金について 表"))
        .note("各年度は、その年度の決算月（翌年3月）に有効な値で計算します。")
        .note(format!(
            "前期繰越額: 工賃変動積立金 {}・設備等整備積立金 {}・一時繰替使用の未補填額 {}",
            yen(opening.wage),
            yen(opening.equipment),
            yen(opening.outstanding)
        ))
}

/// A reserve's 取崩し in a 年度 (its fields `draw_*` of [`ReserveYear`]).
#[derive(Clone, Debug, Serialize)]
pub struct Draw {
    /// 前期繰越額.
    pub opening: i64,
    #[serde(rename = "draw_requested")]
    pub requested: i64,
    /// 当期取崩額.
    #[serde(rename = "draw_allowed")]
    pub allowed: i64,
    /// The most that could be drawn this year.
    #[serde(rename = "draw_max")]
    pub max: i64,
    /// Why a requested draw was refused or cut (Japanese), if it was.
    #[serde(rename = "draw_note")]
    pub note: Option<String>,
}

/// A draw's bound `(what, bound)`, or the 積立資産 actually held — the two
/// reserves' balances less the 一時繰替使用 not yet repaid (`held`) — when that
/// is less: money used temporarily is not there to be drawn (the product's
/// reading, as for 一時繰替使用 itself: `kaikei.temporary_use`).
pub fn within_held<'a>((what, bound): (&'a str, i64), held: i64) -> (&'a str, i64) {
    if held < bound {
        ("一時繰替使用の未補填額を除いた積立資産", held.max(0))
    } else {
        (what, bound)
    }
}

impl Draw {
    /// A draw of `requested` out of the balance `opening`, held to the lesser
    /// of the balance and `bound` (named `what`), or refused with `refusal`
    /// (why nothing may be drawn). `suffix` ends the note of a cut draw.
    pub fn held(
        opening: i64,
        requested: i64,
        (what, bound): (&str, i64),
        refusal: Option<String>,
        suffix: &str,
    ) -> Self {
        let max = bound.min(opening);
        let (allowed, note) = match refusal {
            _ if requested == 0 => (0, None),
            Some(why) => (0, Some(why)),
            None => {
                let a = requested.min(max);
                let n = (a < requested).then(|| {
                    format!(
                        "取り崩せるのは{what}（{}）と残高（{}）の少ない方の{}までです{suffix}。",
                        yen(bound),
                        yen(opening),
                        yen(max)
                    )
                });
                (a, n)
            }
        };
        Draw { opening, requested, allowed, max, note }
    }
    /// 前期繰越額 − 当期取崩額.
    pub fn after(&self) -> i64 {
        self.opening - self.allowed
    }
}

/// A reserve's 積立て in a 年度: its limits and the amount allowed (its
/// fields of [`ReserveYear`]).
#[derive(Clone, Debug, Serialize)]
pub struct Amount {
    /// 各年度における積立額の限度 (None when it cannot be computed).
    #[serde(rename = "yearly_limit")]
    pub limit: Option<i64>,
    /// 積立上限額.
    pub ceiling: Option<i64>,
    /// 取崩し後の残高.
    #[serde(skip)]
    pub after_draw: i64,
    /// 積立上限額 − 取崩し後の残高, at least 0.
    pub room: Option<i64>,
    #[serde(rename = "reserve_requested")]
    pub request: Option<i64>,
    /// 当期積立額.
    #[serde(rename = "reserve_allowed")]
    pub allowed: i64,
    #[serde(rename = "limited_by")]
    pub by: LimitedBy,
}

impl Amount {
    /// 当期末残高.
    pub fn closing(&self) -> i64 {
        self.after_draw + self.allowed
    }
    /// The closing balance is above the ceiling (carried from earlier years).
    pub fn over_ceiling(&self) -> bool {
        self.ceiling.is_some_and(|c| self.closing() > c)
    }
}

/// `min(request, yearly limit, room under the ceiling, available)` with what bit.
pub fn reserve_amount(request: Option<i64>, limit: i64, room: i64, available: i64) -> (i64, LimitedBy) {
    let asked = request.unwrap_or(i64::MAX);
    let allowed = [limit, room, available].into_iter().fold(asked, i64::min).max(0);
    let by = if request == Some(allowed) {
        LimitedBy::Request
    } else if limit == allowed {
        LimitedBy::YearlyLimit
    } else if room == allowed {
        LimitedBy::Ceiling
    } else {
        LimitedBy::Surplus
    };
    (allowed, by)
}

/// The reserve's year as 別紙3 lays it out (前期繰越額・当期取崩額・当期積立額・当期末残高).
pub fn reserve_year(draw: Draw, amount: Amount, average_years: i64) -> ReserveYear {
    ReserveYear {
        limited_by_label: amount.by.label(average_years),
        closing: amount.closing(),
        over_ceiling: amount.over_ceiling(),
        draw,
        amount,
    }
}

/// `amount × rate`, 1円未満切捨て; `None` when it does not fit.
pub fn floor_share(amount: i64, rate: Decimal) -> Option<i64> {
    Rounding::FloorYen.to_int(Decimal::from(amount).checked_mul(rate)?)
}

/// [`floor_share`], or a named problem when it does not fit.
pub fn share(t: &mut Trace, amount: i64, rate: Decimal, what: &str) -> Option<i64> {
    let v = floor_share(amount, rate);
    if v.is_none() {
        t.problems.push(Problem::overflow(t.field.clone(), what));
    }
    v
}

/// `0.1` → `10%`.
pub fn percent(rate: Decimal) -> String {
    format!("{}%", (rate * Decimal::ONE_HUNDRED).normalize())
}

pub fn opt_yen(v: Option<i64>) -> String {
    v.map(yen).unwrap_or_else(|| "—".to_string())
}

/// The end of a 取崩し step: the balance, the request, the amount drawn, the
/// rule and where it is written, and why a request was cut.
pub fn draw_step(s: Step, d: &Draw, draw_rule: &Citation, locator: &str) -> Step {
    let s = s
        .input("前期繰越額", yen(d.opening))
        .input("取崩しの希望額", yen(d.requested))
        .value(yen(d.allowed))
        .source(draw_rule.clone())
        .source(cite(SEED, locator));
    match &d.note {
        Some(n) => s.note(n.clone()),
        None => s,
    }
}

/// The end of a 積立て step's inputs: the balance after the draw, the room
/// under the ceiling, what may be set aside and the request; and the amount.
pub fn amount_inputs(s: Step, a: &Amount, available_label: &str, available: i64) -> Step {
    s.input("取崩し後の残高", yen(a.after_draw))
        .input("上限までの余裕", opt_yen(a.room))
        .input(available_label, yen(available))
        .input("積立希望額", a.request.map(yen).unwrap_or_else(|| "（上限まで）".to_string()))
        .value(yen(a.allowed))
}

/// `basis × rate ＝ limit、basis × rate ＝ ceiling（1円未満切捨て）`.
pub fn shares_note(limit: (i64, Decimal, i64), ceiling: (i64, Decimal, i64)) -> String {
    format!(
        "{}×{}＝{}、{}×{}＝{}（{}）",
        yen(limit.0),
        percent(limit.1),
        yen(limit.2),
        yen(ceiling.0),
        percent(ceiling.1),
        yen(ceiling.2),
        Rounding::FloorYen.label()
    )
}

/// A balance carried above the ceiling: nothing is set aside, and the
/// guideline does not ask for the excess to be drawn (the product's reading).
pub fn over_ceiling_note(s: Step, a: &Amount) -> Step {
    if a.over_ceiling() {
        s.note("前期からの残高が積立上限額を超えています。本年度は積み立てられません。超過分の取崩しはガイドラインに定めがありません（本製品の読み）。")
            .source(reading("kaikei.over_ceiling"))
    } else {
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reserve_amount_reports_what_bit() {
        assert_eq!(reserve_amount(None, 100, 200, 300), (100, LimitedBy::YearlyLimit));
        assert_eq!(reserve_amount(None, 100, 50, 300), (50, LimitedBy::Ceiling));
        assert_eq!(reserve_amount(None, 100, 200, 30), (30, LimitedBy::Surplus));
        assert_eq!(reserve_amount(Some(20), 100, 200, 300), (20, LimitedBy::Request));
        assert_eq!(reserve_amount(Some(100), 100, 200, 300), (100, LimitedBy::Request));
        assert_eq!(reserve_amount(Some(101), 100, 200, 300), (100, LimitedBy::YearlyLimit));
        assert_eq!(reserve_amount(None, 100, 200, 0), (0, LimitedBy::Surplus));
    }

    #[test]
    fn floor_share_is_exact_yen() {
        assert_eq!(floor_share(1_000_001, Decimal::new(1, 1)), Some(100_000));
        assert_eq!(floor_share(999, Decimal::new(75, 2)), Some(749));
        // prose-figure: test expectations of the formatting, not figures
        assert_eq!(percent(Decimal::new(75, 2)), "75%");
        // prose-figure: test expectations of the formatting, not figures
        assert_eq!(percent(Decimal::new(1, 1)), "10%");
    }
}
