//! 要介護支援費 (運営費補助要綱, 資料4 第6節 5): the 補助基準額 by 夜間支援体制 and
//! 定員, for each room without a 利用契約 in a home with a resident of the least
//! 区分 on the first day.

use crate::engine::trace::{Citation, Trace};
use crate::key_fmt;
use crate::local::yokohama::gh::city_additions::cap_key;
use crate::local::yokohama::gh::city_additions::care_support::night_support;
use crate::local::yokohama::gh::input::Home;

/// 要介護支援費's figures for the month.
pub struct VacancyCare {
    /// 補助基準額 of the 夜間支援体制 and 定員.
    pub unit: i64,
    pub source: Citation,
    /// 1室月額 (0 when the home has no resident of the least 区分).
    pub per_room: i64,
}

/// 要介護支援費: 1室月額 — the 補助基準額 when the home has a resident of the
/// least 区分 on the first day, otherwise none.
pub fn vacancy_care(t: &mut Trace, home: &Home, has_kubun2_plus: bool) -> Option<VacancyCare> {
    let (night_key, _) = night_support(home);
    let key = key_fmt!("yokohama_gh.vacancy_care.{}.{}", night_key, cap_key(home.capacity));
    let (unit, source) = t.int(&key)?;
    let per_room = if has_kubun2_plus { unit } else { 0 };
    Some(VacancyCare { unit, source, per_room })
}
