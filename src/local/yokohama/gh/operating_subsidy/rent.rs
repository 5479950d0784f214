//! 建物借上補助 (横浜市障害者グループホーム運営費補助要綱, 資料4 第6節 5): for each
//! room without a 利用契約 (体験利用を除く) on the first day, the lesser of 月額賃料の
//! 1/2を定員で除した額（10円未満切捨て） and the 補助基準額; none for an owned building.

use crate::engine::trace::{Citation, Trace};
use crate::key_fmt;
use crate::local::yokohama::gh::city_additions::cap_key;
use crate::local::yokohama::gh::input::{Area, Home};

/// 建物借上補助's figures for the month.
pub struct VacancyRent {
    /// 補助基準額 of the 区域 and 定員.
    pub cap: i64,
    pub source: Citation,
    /// 1室月額.
    pub per_room: i64,
}

/// 建物借上補助: 1室月額 — the lesser of the rent's share per 定員 (as for
/// 建物借上加算) and the 補助基準額 of `area` and 定員; 0 without a share (an
/// owned building).
pub fn vacancy_rent(t: &mut Trace, home: &Home, area: Area, share: Option<i64>) -> Option<VacancyRent> {
    let key = key_fmt!("yokohama_gh.vacancy_rent.cap.{}.{}", area.key(), cap_key(home.capacity));
    let (cap, source) = t.int(&key)?;
    let per_room = match share {
        Some(s) => s.min(cap),
        None => 0,
    };
    Some(VacancyRent { cap, source, per_room })
}
