//! 建物借上加算 (資料4 第6節 4): 上限額内の額 × 入居者数（月の初日時点）, where
//! 上限額内の額 is the lesser of 月額家賃の1/2を定員で除した額（10円未満切捨て） and
//! the 上限額 of the home's 区域 and 定員; never 日割り. Also the 区域 whose table
//! applies, shared with 建物借上補助.

use super::cap_key;
use crate::engine::date::{fiscal_year_both, wareki_fiscal_year};
use crate::engine::params::{cite, PRODUCT_READING};
use crate::engine::rounding::Rounding;
use crate::engine::trace::{yen, Citation, Step, Trace};
use crate::local::yokohama::gh::input::{Area, Building, Home};
use crate::local::yokohama::gh::prose::fraction;
use crate::local::yokohama::gh::{amounts, LOC_TABLE1, SEED};
use crate::{key, key_fmt, rule};
use rust_decimal::Decimal;

/// The 区域 whose table applies, with its sources and the product's note.
pub struct TableArea {
    pub area: Area,
    pub sources: Vec<Citation>,
    pub note: Option<String>,
}

/// The 区域 whose 単価表 applies: 市街化調整区域 only for a home set up in the
/// 年度 of the figure or later (単価表 ※); an earlier home takes 市街化区域's.
pub fn table_area(t: &mut Trace, home: &Home) -> Option<TableArea> {
    if home.area != Area::Adjustment {
        return Some(TableArea { area: home.area, sources: vec![], note: None });
    }
    let (from_fy, cit) = t.int(key!("yokohama_gh.adjustment_area.from_fiscal_year"))?;
    let from = i32::try_from(from_fy).map_or_else(|_| from_fy.to_string(), wareki_fiscal_year);
    match home.established_fy {
        Some(fy) if i64::from(fy) < from_fy => Some(TableArea {
            area: Area::Urban,
            sources: vec![cit, cite(PRODUCT_READING, &format!("資料4 第6節 4 建物借上加算単価表 ※ {from}より前に設置した市街化調整区域のホーム"))],
            note: Some(format!(
                "設置年度が{}で{from}より前のため、市街化調整区域の単価は適用せず、市街化区域の単価を使います（本製品の解釈: ※は調整区域の単価を{from}以降設置のホームに限るもので、それ以前のホームは市街化区域の表による）。",
                fiscal_year_both(fy)
            )),
        }),
        _ => Some(TableArea { area: Area::Adjustment, sources: vec![cit], note: None }),
    }
}

/// 月額家賃の1/2を定員で除した額（10円未満切捨て）, and the rate.
pub fn rent_share(t: &mut Trace, rent: i64, capacity: i64) -> Option<(i64, Decimal, Citation)> {
    let f = t.figure(key!("yokohama_gh.rent_share.rate"))?;
    let Some(v) = floor10_share(rent, f.value, capacity.max(1)) else {
        return amounts::overflow(t, "月額家賃の按分額");
    };
    Some((v, f.value, f.citation))
}

/// `rent × rate ÷ capacity`, 10円未満切捨て (toward −∞, as
/// [`Rounding::Floor10Yen`]), exactly: the rate is `mantissa ÷ 10^scale`, so
/// the share is one integer division of `rent × mantissa` by `capacity ×
/// 10^(scale+1)`, then × 10 — no decimal division (rust_decimal's would
/// round at 28 digits first, and its code was in the module for this alone).
/// `None` when an amount does not fit (answered as a named problem).
fn floor10_share(rent: i64, rate: Decimal, capacity: i64) -> Option<i64> {
    let num = i128::from(rent).checked_mul(rate.mantissa())?;
    let den = (0..=rate.scale()).try_fold(i128::from(capacity), |d, _| d.checked_mul(10))?;
    if den <= 0 {
        return None;
    }
    i64::try_from(num.div_euclid(den).checked_mul(10)?).ok()
}

/// 建物借上加算's figures for the month.
pub struct RentUnit {
    /// The rent's share per 定員; `None` for an owned building.
    pub share: Option<i64>,
    /// The 加算 per resident (0 for an owned building).
    pub unit: i64,
    pub cap: i64,
}

/// No 建物借上加算 for an owned building (補助金等一覧表).
fn owned_building() -> Step {
    Step::of(&RENT_ADDITION)
        .title("建物借上加算: 1人月額") // prose-figure: 1人 is "per resident", not a figure
        .input("建物", "法人所有")
        .value(yen(0))
        .source(cite(SEED, LOC_TABLE1))
        .note("法人所有の建物には建物借上加算・建物借上補助はありません（補助金等一覧表）。")
}

rule!(pub RENT_ADDITION = "yokohama_gh.rent_addition.unit", "建物借上加算", source "資料4 第6節 4 建物借上加算（単価表、上限額内の額）", fn rent_addition, keys ["yokohama_gh.rent_addition.cap.", "yokohama_gh.rent_share.rate", "yokohama_gh.adjustment_area.from_fiscal_year"]);
/// 建物借上加算: 1人月額 — the lesser of the rent's share per 定員 and the 上限額
/// of the 区域 and 定員 (資料4 第6節 4 建物借上加算); none for an owned building
/// (補助金等一覧表).
pub fn rent_addition(t: &mut Trace, home: &Home, ta: &TableArea) -> Option<RentUnit> {
    let key = key_fmt!("yokohama_gh.rent_addition.cap.{}.{}", ta.area.key(), cap_key(home.capacity));
    let (cap, cap_cit) = t.int(&key)?;
    let (Building::Rented, Some(rent)) = (home.building, home.rent) else {
        t.step(owned_building());
        return Some(RentUnit { share: None, unit: 0, cap });
    };
    let (share, rate, share_cit) = rent_share(t, rent, home.capacity)?;
    let unit = share.min(cap);
    let half = fraction(rate);
    let mut st = Step::of(&RENT_ADDITION)
        .title(format!("建物借上加算: 1人月額（家賃の{half}÷定員と上限額の少ない方）")) // prose-figure: 1人 is "per resident", not a figure
        .input("月額家賃", yen(rent))
        .input("定員", format!("{}人", home.capacity))
        .input("区域（本体住居）", home.area.label())
        .input(&format!("月額家賃の{half}÷定員（{}）", Rounding::Floor10Yen.label()), yen(share))
        .input(&format!("上限額（{}・定員{}人）", ta.area.label(), home.capacity), yen(cap))
        .value(yen(unit))
        .source(share_cit)
        .source(cap_cit)
        .sources(ta.sources.clone())
        .note(format!("按分額は{}", Rounding::Floor10Yen.label()))
        .note(if share <= cap {
            "家賃の按分額が上限額以下のため、按分額（「建物借上（単位数未満）」の請求コードで直接入力）。"
        } else {
            "家賃の按分額が上限額を超えるため、上限額（定員・区域ごとの請求コード）。"
        })
        .note("サテライト型住居の区域が本体住居と異なる場合も、本体住居の区域の単価を適用します（単価表 ※）。");
    if let Some(n) = &ta.note {
        st = st.note(n.clone());
    }
    t.step(st);
    Some(RentUnit { share: Some(share), unit, cap })
}

#[cfg(test)]
mod tests {
    use super::floor10_share;
    use crate::engine::rounding::Rounding;
    use rust_decimal::Decimal;

    /// The integer share is the decimal formula's: `rent × rate ÷ 定員`,
    /// then 10円未満切捨て — over rents, rates and 定員 around every edge.
    #[test]
    fn the_share_in_integers_is_the_decimal_formulas() {
        let rates = ["0.5", "1", "0", "0.25", "0.333", "0.1234567", "2", "0.05"];
        let mut n = 0;
        for rate in rates {
            let rate: Decimal = rate.parse().unwrap_or_default();
            for capacity in 1..=12i64 {
                for rent in (0..4_000i64).chain([99_999, 100_000, 353_990, 354_000, 354_100, 9_999_999_999]) {
                    let exact = Decimal::from(rent) * rate / Decimal::from(capacity);
                    let want = Rounding::Floor10Yen.to_int(exact);
                    assert_eq!(floor10_share(rent, rate, capacity), want, "{rent} × {rate} ÷ {capacity}");
                    n += 1;
                }
            }
        }
        assert!(n > 300_000);
        // Negative amounts floor toward −∞, as Floor10Yen does.
        let half: Decimal = "0.5".parse().unwrap_or_default();
        assert_eq!(floor10_share(-15, half, 1), Rounding::Floor10Yen.to_int(Decimal::from(-15) * half));
        // Amounts that do not fit are refused, never wrapped.
        assert_eq!(floor10_share(i64::MAX, Decimal::from(4), 1), None);
        assert_eq!(floor10_share(10, half, 0), None);
    }
}
