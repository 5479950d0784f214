//! 介護支援加算 (資料4 第6節 4): 単価 × 入居者数（月の初日時点）, by 夜間支援体制 and
//! 定員; never 日割り; for a home with a resident of the least 区分 (see
//! [`crate::local::yokohama::gh::eligibility::home_has_kubun2_plus`]).

use super::cap_key;
use crate::engine::trace::{yen, Step, Trace};
use crate::local::yokohama::gh::input::Home;
use crate::{key_fmt, rule};

/// The 夜間支援体制 column of the 介護支援加算・要介護支援費 tables: key and label.
pub fn night_support(home: &Home) -> (&'static str, &'static str) {
    if home.night {
        ("night", "夜勤または宿直体制あり")
    } else {
        ("no-night", "夜勤または宿直体制なし")
    }
}

rule!(pub CARE_SUPPORT_ADDITION = "yokohama_gh.care_addition.unit", "介護支援加算", source "資料4 第6節 4 介護支援加算（単価表: 夜間支援体制・定員）", fn care_support_addition, keys ["yokohama_gh.care_addition.night.", "yokohama_gh.care_addition.no-night."]);
/// 介護支援加算: 1人月額 by 夜間支援体制 and 定員 (資料4 第6節 4).
pub fn care_support_addition(t: &mut Trace, home: &Home) -> Option<i64> {
    let (night_key, night_label) = night_support(home);
    let key = key_fmt!("yokohama_gh.care_addition.{}.{}", night_key, cap_key(home.capacity));
    let (unit, cit) = t.int(&key)?;
    t.step(
        Step::of(&CARE_SUPPORT_ADDITION)
            .title("介護支援加算: 1人月額（夜間支援体制・定員）") // prose-figure: 1人 is "per resident", not a figure
            .input("夜間支援体制", night_label)
            .input("定員", format!("{}人", home.capacity))
            .value(yen(unit))
            .source(cit),
    );
    Some(unit)
}
