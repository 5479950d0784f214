//! 運営費補助金 (横浜市障害者グループホーム運営費補助要綱, 資料4 第6節 5): for the
//! rooms without a 利用契約 (体験利用を除く) on the first day — [`rent`]
//! 建物借上補助, [`care_support`] 要介護支援費 — and for the 本体住居's rooms
//! reserved for サテライト型住居 — [`satellite_rent`]. Counted on the first day,
//! never 日割り; claimed by 交付申請 once a year.

pub mod care_support;
pub mod rent;
pub mod satellite_rent;

use super::amounts;
use super::input::{Area, Building, Home};
use super::output::VacancyResult;
use super::routes::Route;
use crate::engine::trace::{yen, Citation, Step, Trace};
use crate::rule;
use care_support::vacancy_care;
use rent::vacancy_rent;
use satellite_rent::satellite_rent;

/// What the empty-room subsidies read from the home's month.
pub struct HomeFacts<'a> {
    pub home: &'a Home,
    /// The 区域 whose table applies.
    pub area: Area,
    /// The rent's share per 定員 (建物借上加算); `None` for an owned building.
    pub share: Option<i64>,
    pub has_kubun2_plus: bool,
    pub min_kubun: i64,
    /// The rule 運営費補助要綱 in force.
    pub rule: Citation,
}

rule!(pub VACANCY = "yokohama_gh.vacancy", "運営費補助（空室）: 建物借上補助・要介護支援費", source "資料4 第6節 5 補助の内容（運営費補助要綱）", fn empty_rooms, keys ["rule.yokohama_gh.operating_subsidy", "yokohama_gh.vacancy_rent.cap.", "yokohama_gh.vacancy_care."]);
/// 建物借上補助 and 要介護支援費 for the home's empty rooms: (1室月額 of each, and
/// the month's amounts).
pub fn empty_rooms(t: &mut Trace, h: &HomeFacts) -> Option<[i64; 4]> {
    let rent = vacancy_rent(t, h.home, h.area, h.share)?;
    let care = vacancy_care(t, h.home, h.has_kubun2_plus)?;
    let rooms = h.home.empty_rooms;
    let rent_total = t.mul(rooms, rent.per_room, "建物借上補助（空室）")?;
    let care_total = t.mul(rooms, care.per_room, "要介護支援費（空室）")?;
    let total = amounts::sum(t, [rent_total, care_total], "運営費補助（空室）")?;
    let (_, night_label) = super::city_additions::care_support::night_support(h.home);
    let cap = h.home.capacity;
    let mut st = Step::of(&VACANCY)
        .title("運営費補助: 空室の建物借上補助・要介護支援費（月の初日）")
        .input("空室（利用契約がない居室、体験利用を除く）", format!("{rooms}室"))
        .input(&format!("建物借上補助の補助基準額（{}・定員{cap}人）", h.area.label()), yen(rent.cap))
        .input("建物借上補助 1室月額", yen(rent.per_room))
        .input(&format!("要介護支援費（{night_label}・{cap}人定員）"), yen(care.unit))
        .value(yen(total))
        .source(h.rule.clone())
        .source(rent.source)
        .source(care.source)
        .note(Route::YearlyGrant.label().to_string())
        .note("算定の基準日は月の初日、日割り計算は行いません（第6節 5 ※）。");
    if h.home.building == Building::Owned {
        st = st.note("法人所有の建物のため建物借上補助はありません。");
    }
    if !h.has_kubun2_plus {
        st = st.note(format!("区分{}以上の入居者が入居中でないため、要介護支援費はありません。", h.min_kubun));
    }
    t.step(st);
    Some([rent.per_room, care.per_room, rent_total, care_total])
}

/// The 運営費補助金 of the month: empty rooms and reserved satellite rooms.
pub fn operating_subsidy(t: &mut Trace, h: &HomeFacts) -> Option<VacancyResult> {
    let [rent_per_room, care_per_room, rent, care] = empty_rooms(t, h)?;
    let satellite = satellite_rent(t, &h.home.satellites)?;
    let satellite_total = amounts::sum(t, satellite.iter().copied(), "サテライト型住居に係る家賃補助")?;
    let total = amounts::sum(t, [rent, care, satellite_total], "運営費補助")?;
    Some(VacancyResult {
        empty_rooms: h.home.empty_rooms,
        rent_per_room,
        rent,
        care_per_room,
        care,
        satellite,
        satellite_total,
        total,
    })
}
