//! 利用者負担上限額管理加算 (seed 003 §3 実施加算).

use crate::engine::trace::Trace;
use crate::national::soudan::billing::bill;
use crate::national::soudan::input::Case;
use crate::{key, key_fmt, rule};

rule!(pub UPPER_LIMIT = "soudan.addition.upper_limit_management", "利用者負担上限額管理加算", source "seed 003 §3 実施加算 利用者負担上限額管理加算（6〜7ページ）", fn upper_limit_management_addition, keys ["soudan.addition.upper_limit_management.", "soudan.limit.upper_limit_management"]);
/// 利用者負担上限額管理加算: the times entered, up to the monthly limit (※D).
pub fn upper_limit_management_addition(t: &mut Trace, case: &Case) {
    let n = t.cap(
        &UPPER_LIMIT,
        "利用者負担上限額管理加算",
        case.adds.upper_limit_management,
        key!("soudan.limit.upper_limit_management"),
    );
    let key = key_fmt!("soudan.addition.upper_limit_management.{}", case.kind.key());
    bill(t, &UPPER_LIMIT, &key, n);
}
