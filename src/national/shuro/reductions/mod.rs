//! 就労系の減算: 個別支援計画未作成減算 (per user), 定員超過利用減算・人員欠如減算
//! (office-wide, the larger one only), 短時間利用減算 (B型 一律評価型),
//! 特定事業所集中減算 (就労選択支援). The rate
//! 減算 apply to the 所定単位数 before any 加算, multiplied in turn, each step
//! rounded half up (seed 004 3. 請求等 減算における留意点).

pub mod capacity_staffing;
pub mod concentration;
pub mod plan_not_created;
pub mod short_time;

use crate::engine::problem::Problem;
use crate::engine::rounding::Rounding;
use crate::engine::trace::Trace;
use rust_decimal::Decimal;

/// `units × rate`, rounded half up, with the working shown
/// (`1000×0.7＝700（四捨五入）`); `None` (with a problem) when it does not fit.
pub(super) fn apply_rate(t: &mut Trace, units: i64, rate: Decimal, what: &str) -> Option<(i64, String)> {
    let exact = Decimal::from(units).checked_mul(rate);
    let next = exact.and_then(|x| Rounding::HalfUpInteger.to_int(x));
    match (exact, next) {
        (Some(exact), Some(next)) => {
            let working =
                format!("{}×{}＝{}（{}）", units, rate.normalize(), exact.normalize(), Rounding::HalfUpInteger.label());
            Some((next, working))
        }
        _ => {
            t.problems.push(Problem::overflow(t.field.clone(), what));
            None
        }
    }
}
