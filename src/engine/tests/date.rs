//! Unit tests of `src/date.rs` (kept in `src/tests/` so that the module itself
//! reads as the rule and the panicking test helpers stay out of it).

use super::*;

#[test]
fn wareki_months() {
    assert_eq!(YearMonth::new(2024, 4).map(|m| m.wareki()).as_deref(), Some("令和6年4月"));
    assert_eq!(YearMonth::new(2026, 6).map(|m| m.wareki()).as_deref(), Some("令和8年6月"));
    assert_eq!(YearMonth::new(2019, 4).map(|m| m.wareki()).as_deref(), Some("平成31年4月"));
    assert_eq!(YearMonth::new(2019, 5).map(|m| m.wareki()).as_deref(), Some("令和元年5月"));
    assert_eq!(wareki_fiscal_year(2006), "平成18年度");
    assert_eq!(wareki_fiscal_year(2025), "令和7年度");
    assert_eq!(wareki_text("2024-06"), "令和6年6月");
    assert_eq!(wareki_text("2024-06-03"), "令和6年6月3日");
    assert_eq!(wareki_text("x"), "");
}

#[test]
fn japanese_forms() {
    let ym = |s: &str| YearMonth::parse(s).map(|m| (m.year, m.month));
    for s in ["2026-06", "2026/6", "2026.6", "2026年6月", "令和8年6月", "R8.6", "r8/6", "R8-06", "2026-06-15"] {
        assert_eq!(ym(s), Some((2026, 6)), "{s}");
    }
    assert_eq!(ym("令和元年5月"), Some((2019, 5)));
    assert_eq!(ym("H31.4"), Some((2019, 4)));
    for s in ["", "令和", "R8", "令和100年1月", "2026年13月", "June 2026", "8.6", "2026"] {
        assert_eq!(ym(s), None, "{s}");
    }
    let d = |s: &str| parse_date(s);
    for s in ["2024-06-03", "2024/6/3", "2024年6月3日", "令和6年6月3日", "R6.6.3"] {
        assert_eq!(d(s), NaiveDate::from_ymd_opt(2024, 6, 3), "{s}");
    }
    assert_eq!(d("令和6年6月31日"), None);
    assert_eq!(d("令和6年6月"), None);
}

#[test]
fn parse_and_days() {
    let m = YearMonth::parse("2024-02").unwrap();
    assert_eq!(m.days(), 29);
    assert_eq!(YearMonth::parse("2025-02").unwrap().days(), 28);
    assert_eq!(YearMonth::parse("2024-13"), None);
    assert_eq!(YearMonth::parse("2024-06-15"), YearMonth::new(2024, 6));
    assert_eq!(YearMonth::parse("2024-06-31"), None);
    assert_eq!(YearMonth::parse("abc"), None);
    assert_eq!(YearMonth::new(2025, 3).unwrap().fiscal_year(), 2024);
}

#[test]
fn fiscal_years() {
    assert_eq!(parse_fiscal_year("2024"), Some(2024));
    assert_eq!(parse_fiscal_year("2024年度"), Some(2024));
    assert_eq!(parse_fiscal_year("令和6年度"), Some(2024));
    assert_eq!(parse_fiscal_year("令和6"), Some(2024));
    assert_eq!(parse_fiscal_year("R6"), Some(2024));
    assert_eq!(parse_fiscal_year("r7"), Some(2025));
    assert_eq!(parse_fiscal_year("令和元年度"), Some(2019));
    assert_eq!(parse_fiscal_year("平成30年度"), Some(2018));
    assert_eq!(parse_fiscal_year("H30"), Some(2018));
    assert_eq!(parse_fiscal_year("24"), None);
    assert_eq!(parse_fiscal_year("令和0年度"), None);
    assert_eq!(parse_fiscal_year("abc"), None);
    assert_eq!(fiscal_year_both(2024), "2024年度（令和6年度）");
    assert_eq!(fiscal_year_last_month(2026), YearMonth::new(2027, 3));
    assert_eq!(fiscal_year_first_month(2026), YearMonth::new(2026, 4));
    let ms = fiscal_year_months(2024);
    assert_eq!(ms.len(), 12);
    assert_eq!(ms.first().copied(), YearMonth::new(2024, 4));
    assert_eq!(ms.last().copied(), YearMonth::new(2025, 3));
}
