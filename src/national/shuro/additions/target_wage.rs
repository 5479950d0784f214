//! 目標工賃達成指導員配置加算 (就労継続支援B型): for an office that has notified
//! it, each day billed, by the 利用定員 (official figures: サービスコード表);
//! only for an office billed サービス費(Ⅰ) or (Ⅳ) (人員配置 6:1 — the
//! requirement read from a secondary source).

use super::super::input::{staffing_label, Valid};
use super::super::measure::band_at;
use crate::engine::problem::Problem;
use crate::engine::trace::{units, Step, Trace};
use crate::engine::units::LineKind;
use crate::{key_fmt, key_group, rule};

rule!(pub TARGET_WAGE = "shuro.addition.target_wage_instructor", "目標工賃達成指導員配置加算", source "サービスコード表 就労継続支援B型 目標工賃達成指導員配置加算（利用定員別）; 算定要件（サービス費(Ⅰ)又は(Ⅳ)）は二次資料", fn target_wage_addition, keys ["rule.shuro.b.target_wage_instructor", "shuro.b.addition.target_wage_instructor.", "shuro.capacity_tier."]);
/// 目標工賃達成指導員配置加算: the 利用定員's units for each day billed; a
/// problem on the 届出 when the office is not at 6:1 (サービス費(Ⅰ)(Ⅳ)).
pub fn target_wage_addition(t: &mut Trace, v: &Valid, count: i64) {
    if !v.office.target_wage_instructor || count <= 0 {
        return;
    }
    let Some(rule) = t.rule("shuro.b.target_wage_instructor") else {
        return;
    };
    let staff = v.office.staffing.unwrap_or_default();
    if staff != "staff-6-1" {
        t.problems.push(Problem::inconsistent(
            "office.target_wage_instructor",
            format!("目標工賃達成指導員配置加算は、就労継続支援B型サービス費(Ⅰ)又は(Ⅳ)（人員配置6:1）の事業所の加算です（この事業所は{}）。", staffing_label(staff)),
        ));
        return;
    }
    let Some(cap) = v.office.capacity else {
        return;
    };
    let Some(tier) = band_at(t, key_group!("shuro.capacity_tier"), cap, "office.capacity") else {
        return;
    };
    let Some(f) = t.figure(&key_fmt!("shuro.b.addition.target_wage_instructor.{}", tier.id)) else {
        return;
    };
    let Some(per) = t.take(f.int()) else {
        return;
    };
    let Some(total) = t.line(&TARGET_WAGE, f.label.clone(), per, count, LineKind::Addition) else {
        return;
    };
    t.step(
        Step::of(&TARGET_WAGE)
            .title(f.label)
            .input("利用定員", tier.label)
            .input("1日あたり", units(per))
            .input("日数", format!("{count}日"))
            .value(units(total))
            .source(f.citation)
            .source(rule),
    );
}
