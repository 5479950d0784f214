//! 個別支援計画未作成減算 (seed 004 3. 請求等 (1)(2)): a rate of the 所定単位数
//! by how many months the 減算 has applied (就労選択支援 has no plan).

use super::super::input::User;
use super::super::measure::band_at;
use super::apply_rate;
use crate::engine::trace::{units, Step, Trace};
use crate::engine::units::LineKind;
use crate::{key_fmt, key_group, rule};

rule!(pub PLAN_NOT_CREATED = "shuro.reduction.plan_missing", "個別支援計画未作成減算", source "seed 004 3. 請求等 個別支援計画未作成減算(1)(2)（所定単位数は各種加算がなされる前の単位数）", fn plan_not_created_reduction, keys ["rule.shuro.reduction.plan_missing", "shuro.reduction.plan_missing."]);
/// 個別支援計画未作成減算: the 所定単位数 `cur` times the rate of the 減算's
/// month, for each day billed. Returns the reduced 所定単位数.
pub fn plan_not_created_reduction(t: &mut Trace, u: &User, cur: i64, count: i64) -> i64 {
    if u.plan_missing_month <= 0 {
        return cur;
    }
    let rule = t.rule("shuro.reduction.plan_missing");
    let prefix = key_group!("shuro.reduction.plan_missing.month_band");
    let field = format!("{}.plan_missing_month", u.field);
    let band = band_at(t, prefix, u.plan_missing_month, &field);
    let (Some(rule), Some(band)) = (rule, band) else {
        return cur;
    };
    let Some(f) = t.figure(&key_fmt!("shuro.reduction.plan_missing.rate.{}", band.id)) else {
        return cur;
    };
    let Some((next, working)) = apply_rate(t, cur, f.value, "個別支援計画未作成減算") else {
        return cur;
    };
    let item = format!(
        "個別支援計画未作成減算（{}）",
        crate::engine::rows::without_text(&band.label, "個別支援計画未作成減算の")
    );
    t.line(&PLAN_NOT_CREATED, item, next - cur, count, LineKind::Reduction);
    t.step(
        Step::of(&PLAN_NOT_CREATED)
            .input("減算の適用月", format!("{}か月目", u.plan_missing_month))
            .input("所定単位数", units(cur))
            .input("割合", format!("{}倍", f.value.normalize()))
            .value(units(next))
            .note(format!("{working}。所定単位数は各種加算がなされる前の単位数です。"))
            .source(rule)
            .source(band.citation)
            .source(f.citation),
    );
    next
}
