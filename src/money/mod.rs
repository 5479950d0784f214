//! A provider's month in yen: units → 円 by 地域区分 and service, 福祉・介護職員等
//! 処遇改善加算, 利用者負担 and its 上限, 給付費 — and scenarios side by side.
//! Money only turns units into yen: each service computes its own units
//! behind one interface ([`ServiceMonth`](crate::engine::units::ServiceMonth):
//! `national::seikatsu_kaigo::month_units`, `national::group_home::month_units`,
//! `national::shuro::month_units`), or the units are entered directly.
//!
//! The chain, per user (one 明細書 per user, service and month):
//!
//! 1. the user's units by item (基本報酬, 加算, 減算) from the service's own rules;
//! 2. 処遇改善加算 = that total × the rate of the office's level, rounded half up
//!    (留意事項通知 第二の1(1)①: 割合を乗ずる計算のたびに四捨五入) — [`treatment`];
//! 3. 総費用額 = all units × 1単位の単価 of the service and 級地 (告示第539号,
//!    [`prices`]), 1円未満切捨て (同 ②) — [`yen`];
//! 4. 利用者負担 = 総費用額の1割 (1円未満切捨て: the product's reading of 1割相当額),
//!    at most the 負担上限月額 of the user's category or of the 受給者証, or
//!    the amount the 上限額管理 set — [`burden`], [`burden_cap`];
//! 5. 給付費 = 総費用額 − 利用者負担.
//!
//! A グループホーム resident's 家賃助成 (特定障害者特別給付費) is shown as the
//! resident's income, never the provider's. The 上限額管理 across several
//! offices is its own calculator, [`burden_management`] (`money.burden_management`).

pub mod burden;
pub mod burden_cap;
pub mod burden_management;
pub mod carried;
pub mod compare;
pub mod fields;
pub mod home;
pub mod input;
pub mod meal;
pub mod office_month;
pub mod output;
pub mod prices;
pub mod service;
pub mod treatment;
pub mod units;
pub mod yen;

pub use burden_management::burden_management;
pub use compare::compare;
pub use input::{
    CompareRequest, OfficeInput, OfficeMonthRequest, RegionInput, ScenarioInput, TreatmentInput, UserInput,
};
pub use office_month::office_month;
pub use output::{CompareOutput, Difference, OfficeMonthOutput, ScenarioResult, Totals, UserYen};
pub use service::{PriceService, Service};

use crate::engine::rules::Rule;
use crate::rules;

/// Every provision money applies (see `docs/rules.md`).
pub static RULES: &[&Rule] = rules![
    prices::{GRADE, UNIT_PRICE},
    treatment::{TREATMENT_RATE},
    units::{DIRECT},
    meal::{MEAL_LOW_INCOME},
    yen::{BASE_UNITS},
    treatment::{TREATMENT},
    yen::{TOTAL_YEN},
    burden::{BURDEN, BURDEN_NONE},
    burden_cap::{CERTIFICATE_CAP, MANAGED},
    burden::{BENEFIT, RENT_SUBSIDY},
    office_month::{OFFICE_TOTAL},
    home::{HOME_MONTH},
    burden_management::{CAP, OFFICE, RESULT, ALLOCATE},
];
