//! 改修費補助金 (バリアフリー等改修, 資料4 第4節): works of at least the figure
//! each (税込), 実支出額と補助上限額のうち少ない方.

use super::eligible;
use super::output::Grant;
use crate::engine::trace::{yen, Citation, Step, Trace};
use crate::{key, rule};

rule!(pub RENOVATION = "yokohama_gh.setup.renovation", "改修費補助金（バリアフリー等改修）", source "資料4 第4節 改修費補助金", fn renovation, keys ["rule.yokohama_gh.setup", "yokohama_gh.setup.renovation.cap", "yokohama_gh.setup.renovation.min_work"]);
/// 改修費: the works of at least the least amount, up to the 上限額 (第4節 2).
/// `None` in the result when no work is entered.
pub fn renovation(t: &mut Trace, rule: &Citation, works: &[i64]) -> Option<Option<Grant>> {
    let keys = (key!("yokohama_gh.setup.renovation.cap"), key!("yokohama_gh.setup.renovation.min_work"));
    let Some(e) = eligible(t, works, keys, "改修費の補助対象経費")? else {
        return Some(None);
    };
    let g = Grant::lesser(e.counted, e.cap.0);
    t.step(
        Step::of(&RENOVATION)
            .input("工事", format!("{}件", works.len()))
            .input(
                &format!("1件{}未満で除外", yen(e.least.0)), // prose-figure: 1件 is "per work", not a figure
                format!("{}件", e.excluded),
            )
            .input("補助対象経費（実支出額）", yen(e.counted))
            .input("補助上限額", yen(e.cap.0))
            .value(yen(g.grant))
            .source(rule.clone())
            .sources([e.cap.1.clone(), e.least.1.clone()])
            .note("実支出額と補助上限額のうち少ない方の額（第4節 2）。"),
    );
    Some(Some(g))
}
