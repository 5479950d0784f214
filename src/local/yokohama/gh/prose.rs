//! Figures written the way the documents write them, built from the data
//! (`0.5` → `1/2`, `0.026` → `2.6%`), so that no explanation restates a figure.

use rust_decimal::Decimal;

/// A rate as a fraction with the smallest denominator: `1/2`, `1/4`, `3/4`.
pub fn fraction(rate: Decimal) -> String {
    for d in 1..=1000u32 {
        let Some(n) = rate.checked_mul(Decimal::from(d)) else {
            break;
        };
        if crate::engine::rounding::is_whole(n) {
            return if d == 1 { n.normalize().to_string() } else { format!("{}/{d}", n.normalize()) };
        }
    }
    rate.normalize().to_string()
}

/// A rate as a percentage: `2.6%`.
pub fn percent(rate: Decimal) -> String {
    match rate.checked_mul(Decimal::ONE_HUNDRED) {
        Some(p) => format!("{}%", p.normalize()),
        None => format!("{}", rate.normalize()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn writes_rates_as_the_documents_do() {
        assert_eq!(fraction(Decimal::new(5, 1)), "1/2");
        assert_eq!(fraction(Decimal::new(25, 2)), "1/4");
        assert_eq!(fraction(Decimal::new(75, 2)), "3/4");
        assert_eq!(percent(Decimal::new(26, 3)), "2.6%"); // prose-figure: the formatter's own test
    }
}
