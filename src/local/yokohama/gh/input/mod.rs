//! 横浜市 GH `yokohama_gh.month`: the request as sent (lenient [`Raw`] leaves),
//! and the validated home and residents ([`home`], [`resident`]), each bad field
//! a Japanese problem naming its path.

pub mod home;
pub mod resident;

pub use home::{read_home, Area, Building, Home, HomeInput, SatelliteVacancyInput, Support};
pub use resident::{kubun_label, read_resident, Authority, NationalClaim, Resident, ResidentInput};

use crate::engine::input::Raw;
use crate::engine::map::KeyMap;
use serde::Serialize;

/// The largest amount of yen a field takes (a month's rent, a cost).
pub const MAX_YEN: i64 = 100_000_000;

/// `yokohama_gh.month`: one home's month.
#[derive(Clone, Debug, Default, Serialize)]
pub struct MonthRequest {
    pub service_month: Raw,
    pub home: HomeInput,
    pub residents: Vec<ResidentInput>,
    pub user_figures: KeyMap<Raw>,
}
crate::decode_fields! { MonthRequest { service_month, home, residents, user_figures } }
