//! 共同生活援助's month in units for the yen chain: each resident's
//! 共同生活援助サービス費 and 加算, as a [`ServiceMonth`].

use super::additions::night_support_addition;
use super::basic::basic_units;
use super::input::{Office, Resident};
use crate::engine::params::Ctx;
use crate::engine::problem::Problem;
use crate::engine::trace::Trace;
use crate::engine::units::{ServiceMonth, UserMonth};

/// One resident's month: the 共同生活援助サービス費 and the 加算.
pub fn resident_month(c: &Ctx, o: &Office, r: &Resident, field: &str) -> Result<UserMonth, Vec<Problem>> {
    let mut t = Trace::new(c, field);
    basic_units(&mut t, o, r);
    night_support_addition(&mut t, o, r);
    t.user_month(r.label.clone())
}

/// 共同生活援助's month: every resident's [`UserMonth`], in order
/// (`users[i]` names each resident's problems).
pub fn month_units(c: &Ctx, o: &Office, residents: &[Resident]) -> Result<ServiceMonth, Vec<Problem>> {
    ServiceMonth::of_users(residents, |r, field| resident_month(c, o, r, field))
}
