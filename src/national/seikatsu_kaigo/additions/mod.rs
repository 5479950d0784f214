//! 生活介護の加算 of a user's month (告示 別表 第6, 令和6年4月〜), one file per
//! 加算. Each 加算 is a line of the month's 明細 (`seikatsu_kaigo.addition.*`)
//! explained by a step (`money.sk.*`: 単位数 × 日数・回数). Their units are read
//! from `data/seikatsu_kaigo_additions.tsv` (secondary sources, flagged 要確認).

pub mod absence;
pub mod initial;
pub mod meal;
pub mod nurse;
pub mod staffing;
pub mod transport;
pub mod welfare_professional;

pub use absence::absence_addition;
pub use initial::initial_addition;
pub use meal::meal_addition;
pub use nurse::nurse_addition;
pub use staffing::staffing_addition;
pub use transport::transport_addition;
pub use welfare_professional::welfare_professional_addition;

use crate::engine::params::Figure;
use crate::engine::trace::{Citation, Trace};

/// A 加算 of so many units per time or day up to a limit: the figure `key`,
/// its units, and the limit `max_key` with its source (every missing figure
/// recorded).
fn per_up_to(t: &mut Trace, key: &str, max_key: &str) -> Option<(Figure, i64, (i64, Citation))> {
    let f = t.figure(key);
    let max = t.int(max_key);
    let (f, max) = (f?, max?);
    let per = t.take(f.int())?;
    Some((f, per, max))
}
