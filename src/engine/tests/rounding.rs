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

/// Decimals at the edges of rounding: signs, zeros with a scale, halves,
/// the smallest and largest rust_decimal values.
const SAMPLES: &[&str] = &[
    "0",
    "-0",
    "0.0",
    "-0.0",
    "5",
    "5.00",
    "-5.00",
    "10909.99",
    "-10909.99",
    "0.5",
    "-0.5",
    "1.5",
    "-1.5",
    "0.0001",
    "-0.0001",
    "41666.66",
    "123999",
    "79228162514264337593543950335",
    "-79228162514264337593543950335",
    "7922816251426433759354395033.5",
    "-7922816251426433759354395033.5",
    "0.0000000000000000000000000001",
    "-41666.66",
    "41660",
    "-123999",
    "9.999",
    "-9.999",
    "999.9999999999",
    "-7922816251426433759354395",
];

#[test]
fn floor_ceil_and_whole_as_rust_decimal_gives_them() {
    for t in SAMPLES {
        let x = d(t);
        assert_eq!(floor(x).to_string(), x.floor().to_string(), "floor {t}");
        assert_eq!(floor(x).scale(), x.floor().scale(), "floor {t}");
        let ceil = Rounding::CeilYen.apply(x);
        assert_eq!((ceil.to_string(), ceil.scale()), (x.ceil().to_string(), x.ceil().scale()), "ceil {t}");
        assert_eq!(is_whole(x), x.fract().is_zero(), "whole {t}");
    }
}

#[test]
fn shift_multiplies_by_powers_of_ten_exactly() {
    for t in ["0", "0.35", "0.3333333333333333333333333333", "1", "-2.5", "123.456", "79228162514264337593543950335"] {
        let x = d(t);
        for k in [0u32, 1, 2, 3] {
            let want = x.checked_mul(Decimal::from(10i64.pow(k)));
            assert_eq!(shift(x, k).map(|v| v.normalize()), want.map(|v| v.normalize()), "{t} {k}");
        }
    }
    // A percentage as `pct` shows it, as `x * 100` gave it.
    for n in 0..=40i64 {
        for den in 1..=40i64 {
            let x = Decimal::from(n) / Decimal::from(den);
            let want = (x * Decimal::ONE_HUNDRED).round_dp(2).normalize().to_string();
            assert_eq!(shift(x, 2).map(|p| p.round_dp(2).normalize().to_string()), Some(want), "{n}/{den}");
        }
    }
}

#[test]
fn floors_to_ten_and_thousand_as_division_gives_them() {
    for t in SAMPLES {
        let x = d(t);
        for (r, p) in [(Rounding::Floor10Yen, Decimal::TEN), (Rounding::Floor1000Yen, Decimal::ONE_THOUSAND)] {
            // What the rounding was: floor(x / p) × p (as it is where × p overflows).
            let want = (x / p).floor().checked_mul(p).unwrap_or(x);
            let got = r.apply(x);
            assert_eq!(
                (got.normalize().to_string(), got.to_i64()),
                (want.normalize().to_string(), want.to_i64()),
                "{r:?} {t}"
            );
        }
    }
    for n in -2000..=2000i64 {
        for scale in [0u32, 1, 2, 5] {
            let x = Decimal::new(n * 7 + 3, scale);
            assert_eq!(Rounding::Floor10Yen.apply(x), (x / Decimal::TEN).floor() * Decimal::TEN, "{x}");
            assert_eq!(
                Rounding::Floor1000Yen.apply(x),
                (x / Decimal::ONE_THOUSAND).floor() * Decimal::ONE_THOUSAND,
                "{x}"
            );
        }
    }
}
