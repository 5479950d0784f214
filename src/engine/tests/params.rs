//! Unit tests of `src/params.rs` (kept in `src/tests/` so that the module itself
//! reads as the rule and the panicking test helpers stay out of it).

use super::*;

fn ctx(m: YearMonth, user: &UserFigures) -> Ctx<'_> {
    Ctx { month: m, month_field: "service_month", user, layers: Default::default(), by_year: false }
}

#[test]
fn rows_are_sorted_and_findable() {
    // Every generated row reads back (none dropped by `read_row`).
    assert_eq!(all_rows().len(), ROW_COUNT);
    assert!(all_rows().windows(2).all(|w| (w[0].key, w[0].from) <= (w[1].key, w[1].from)));
    assert_eq!(rows_for("seikatsu_kaigo.consideration.trait.max_minutes").len(), 1);
    assert_eq!(rows_under("seikatsu_kaigo.time_band").len(), 7);
}

#[test]
fn figure_before_start_is_not_in_force() {
    let u = UserFigures::new();
    let c = ctx(YearMonth { year: 2024, month: 3 }, &u);
    let e = c.figure("seikatsu_kaigo.consideration.trait.max_minutes").unwrap_err();
    assert_eq!(e.code, Code::NotInForce);
    assert_eq!(e.field, "service_month");
    assert!(e.message.contains("令和6年4月〜"), "{}", e.message);
}

#[test]
fn horizon_refuses_later_months() {
    let u = UserFigures::new();
    assert!(Ctx::new(YearMonth { year: 2027, month: 3 }, "m", &u).is_ok());
    let e = Ctx::new(YearMonth { year: 2027, month: 4 }, "m", &u).unwrap_err();
    assert_eq!(e.code, Code::NotInForce);
    assert_eq!(e.field, "m");
}

#[test]
fn missing_figure_names_key_and_user_value_fills_it() {
    let mut u = UserFigures::new();
    let key = "seikatsu_kaigo.basic.cap-21-30.kubun6.lt3h";
    let m = YearMonth { year: 2024, month: 6 };
    let e = ctx(m, &u).figure(key).unwrap_err();
    assert_eq!(e.code, Code::MissingFigure);
    assert_eq!(e.figure.as_ref().unwrap().key, key);
    u.insert(key.to_string(), Decimal::new(600, 0));
    let f = ctx(m, &u).figure(key).unwrap();
    assert_eq!(f.value, Decimal::new(600, 0));
    assert_eq!(f.citation.status, Status::User);
}

#[test]
fn official_figure_is_never_replaced() {
    let mut u = UserFigures::new();
    let key = "seikatsu_kaigo.basic.cap-71-80.kubun6.6-7h";
    u.insert(key.to_string(), Decimal::new(1, 0));
    let f = ctx(YearMonth { year: 2024, month: 6 }, &u).figure(key).unwrap();
    assert_eq!(f.value, Decimal::new(1000, 0));
    assert_eq!(f.citation.status, Status::Official);
}

#[test]
fn bands_pick_greatest_lower_bound() {
    let u = UserFigures::new();
    let c = ctx(YearMonth { year: 2024, month: 6 }, &u);
    assert_eq!(c.band("seikatsu_kaigo.time_band", Decimal::new(359, 0)).unwrap().id, "5-6h");
    assert_eq!(c.band("seikatsu_kaigo.time_band", Decimal::new(360, 0)).unwrap().id, "6-7h");
    assert_eq!(c.band("seikatsu_kaigo.time_band", Decimal::new(0, 0)).unwrap().id, "lt3h");
    assert_eq!(c.band("seikatsu_kaigo.time_band", Decimal::new(900, 0)).unwrap().id, "8-9h");
    assert_eq!(c.band("seikatsu_kaigo.capacity_tier", Decimal::new(20, 0)).unwrap().id, "cap-11-20");
    assert_eq!(c.band("seikatsu_kaigo.capacity_tier", Decimal::new(21, 0)).unwrap().id, "cap-21-30");
    assert!(c.band("seikatsu_kaigo.capacity_tier", Decimal::new(0, 0)).is_err());
}
