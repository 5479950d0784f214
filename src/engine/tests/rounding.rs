//! Unit tests of `src/rounding.rs` (kept in `src/tests/` so that the module itself
//! reads as the rule and the panicking test helpers stay out of it).

use super::*;
fn d(s: &str) -> Decimal {
    s.parse().unwrap()
}

#[test]
fn each_rounding_named_and_exact() {
    assert_eq!(Rounding::FloorYen.to_int(d("10909.99")), Some(10909));
    assert_eq!(Rounding::Floor10Yen.to_int(d("41666.66")), Some(41660));
    assert_eq!(Rounding::Floor10Yen.to_int(d("41660")), Some(41660));
    assert_eq!(Rounding::HalfUpInteger.to_int(d("74.5")), Some(75));
    assert_eq!(Rounding::HalfUpInteger.to_int(d("74.49")), Some(74));
    assert_eq!(Rounding::HalfUpInteger.to_int(d("-74.5")), Some(-75));
    assert_eq!(Rounding::CeilOneDecimal.apply(d("12.31")), d("12.4"));
    assert_eq!(Rounding::CeilOneDecimal.apply(d("12.30")), d("12.3"));
    assert_eq!(Rounding::Floor1000Yen.to_int(d("123999")), Some(123000));
    assert_eq!(Rounding::FloorYen.label(), "1円未満切捨て");
    assert_eq!(Rounding::CeilYen.to_int(d("60")), Some(60));
    assert_eq!(Rounding::CeilYen.to_int(d("60.0001")), Some(61));
    assert_eq!(Rounding::CeilYen.to_int(d("-0.5")), Some(0));
    assert_eq!(Rounding::CeilYen.label(), "1円未満切上げ");
}
