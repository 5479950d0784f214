//! Every rounding step has a name, and the explanation shows which was applied.

use rust_decimal::prelude::ToPrimitive;
use rust_decimal::{Decimal, RoundingStrategy};
use serde::Serialize;

/// The rounding rules that occur in 報酬・補助金 calculations.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Rounding {
    /// 1円未満切捨て (単位数×単価, 日割り).
    FloorYen,
    /// 10円未満切捨て (建物借上加算の家賃按分 etc.).
    Floor10Yen,
    /// 四捨五入 to an integer (percentage 加算・減算 in units, 平均工賃月額 in yen).
    HalfUpInteger,
    /// 1単位未満切捨て.
    FloorInteger,
    /// 小数点第2位切上げ (to one decimal place, rounding up).
    CeilOneDecimal,
    /// 1,000円未満切捨て (補助金の交付額 etc.).
    Floor1000Yen,
    /// 1円未満切上げ (a break-even price: the least whole-yen price that covers the costs).
    CeilYen,
}

impl Rounding {
    pub fn label(self) -> &'static str {
        match self {
            Rounding::FloorYen => "1円未満切捨て",
            Rounding::Floor10Yen => "10円未満切捨て",
            Rounding::HalfUpInteger => "小数点以下四捨五入",
            Rounding::FloorInteger => "小数点以下切捨て",
            Rounding::CeilOneDecimal => "小数点第2位切上げ",
            Rounding::Floor1000Yen => "1,000円未満切捨て",
            Rounding::CeilYen => "1円未満切上げ",
        }
    }

    /// Applies the rounding; the result is exact. Inlined at each use, so
    /// that a module keeps only the roundings it applies (a money module
    /// never divides: README「性能」).
    #[inline(always)]
    pub fn apply(self, x: Decimal) -> Decimal {
        match self {
            Rounding::FloorYen | Rounding::FloorInteger => floor(x),
            // Beyond a decimal once multiplied back (within 1,000 of its
            // least value, far past any amount): `x` as it is, which `to_int`
            // refuses as too large (where `* TEN` stopped the module).
            Rounding::Floor10Yen => floor_to_power(x, 1),
            Rounding::Floor1000Yen => floor_to_power(x, 3),
            Rounding::HalfUpInteger => x.round_dp_with_strategy(0, RoundingStrategy::MidpointAwayFromZero),
            Rounding::CeilOneDecimal => x.round_dp_with_strategy(1, RoundingStrategy::ToPositiveInfinity),
            Rounding::CeilYen => -floor(-x),
        }
    }

    /// Applies a rounding to an integer result; `None` only if the value does
    /// not fit in an i64 (never for amounts of this domain).
    #[inline(always)]
    pub fn to_int(self, x: Decimal) -> Option<i64> {
        self.apply(x).to_i64()
    }
}

/// The greatest integer not above `x` (what `Decimal::floor` gives), by the
/// one rounding routine every module holds anyway: `floor`, `ceil` and
/// `fract` brought rust_decimal's addition and subtraction (~4 KB) into
/// modules that never add decimals (README「性能」).
pub fn floor(x: Decimal) -> Decimal {
    x.round_dp_with_strategy(0, RoundingStrategy::ToNegativeInfinity)
}

/// `m × 10^k`, or `None` beyond an `i128` (`k` is a few dozen at most).
pub fn times_ten(m: i128, k: u32) -> Option<i128> {
    (0..k).try_fold(m, |m, _| m.checked_mul(10))
}

/// `x × 10^k`, exactly (its scale moved, or its digits): `None` beyond a
/// decimal. (rust_decimal's multiplication was ~0.5 KB gzip of a module that
/// only ever multiplies by 10, 100 or 1,000.)
pub fn shift(x: Decimal, k: u32) -> Option<Decimal> {
    match x.scale().checked_sub(k) {
        Some(s) => Decimal::try_from_i128_with_scale(x.mantissa(), s).ok(),
        None => Decimal::try_from_i128_with_scale(times_ten(x.mantissa(), k - x.scale())?, 0).ok(),
    }
}

/// The greatest multiple of `10^k` not above `x` (10円・1,000円未満切捨て),
/// without dividing: `floor(x / 10^k) = floor(floor(x) / 10^k)`, and
/// `floor(x)` over `10^k` is only its scale moved. (rust_decimal's division
/// was ~1.5 KB of the yen chain's modules, used for nothing else there.)
/// Beyond a decimal once multiplied back (within `10^k` of its least
/// value, far past any amount): `x` as it is, which `to_int` refuses as
/// too large.
fn floor_to_power(x: Decimal, k: u32) -> Decimal {
    let whole = floor(x);
    let over = Decimal::try_from_i128_with_scale(whole.mantissa(), whole.scale() + k).ok();
    over.and_then(|o| shift(floor(o), k)).unwrap_or(x)
}

/// Whether `x` is a whole number (`x.fract().is_zero()`, without rust_decimal's subtraction).
pub fn is_whole(x: Decimal) -> bool {
    x.normalize().scale() == 0
}

#[cfg(test)]
#[path = "tests/rounding.rs"]
mod tests;
