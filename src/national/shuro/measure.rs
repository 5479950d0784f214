//! 就労系: the ratios the rules compare with their bands (定着率, 職員の割合,
//! 同一事業者の割合), shown as percentages, and band look-ups that name the
//! request field a failed look-up belongs to.

use crate::engine::params::Band;
use crate::engine::problem::Code;
use crate::engine::trace::Trace;
use rust_decimal::Decimal;

/// `n / d`, exact; 0 when `d` is 0 (a ratio of nobody, shown as 0%).
pub fn ratio(n: i64, d: i64) -> Decimal {
    Decimal::from(n).checked_div(Decimal::from(d)).unwrap_or(Decimal::ZERO)
}

/// `0.35` → `35%` (a ratio beyond a decimal once ×100, which no count
/// reaches, is shown as the ratio itself).
pub fn pct(x: Decimal) -> String {
    match crate::engine::rounding::shift(x, 2) {
        Some(p) => format!("{}%", p.round_dp(2).normalize()),
        None => format!("{}倍", x.normalize()),
    }
}

/// The band under `prefix` that `x` falls in; a problem (recorded) names
/// `field`, unless the bands are not in force for the month, which names the month.
pub fn band_at(t: &mut Trace, prefix: &str, x: impl Into<Decimal>, field: &str) -> Option<Band> {
    let band = t.ctx.band(prefix, x.into()).map_err(|e| if e.code == Code::NotInForce { e } else { e.at(field) });
    t.take(band)
}
