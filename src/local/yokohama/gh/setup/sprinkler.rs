//! スプリンクラー設置費補助金 (資料4 第5節): 補助上限 = 延べ面積 × 1m²あたりの額
//! (+ ポンプユニットが必要な場合の加算); 補助対象経費 = 工事費 + 工事事務費 (工事費の
//! 割合まで); 補助額 = 実支出額と上限の少ない方 × 補助率.

use super::input::Sprinkler;
use super::output::Grant;
use crate::engine::params::{cite, PRODUCT_READING};
use crate::engine::rounding::Rounding;
use crate::engine::trace::{yen, Citation, Step, Trace};
use crate::local::yokohama::gh::amounts;
use crate::local::yokohama::gh::prose::{fraction, percent};
use crate::{key, rule};
use rust_decimal::Decimal;

/// 補助上限: 延べ面積 × 1m²あたりの額, 1円未満切捨て, + ポンプユニット加算 when needed.
fn sprinkler_cap(t: &mut Trace, area: Decimal, pump: bool) -> Option<(i64, [Citation; 2])> {
    let (per_m2, c1) = t.int(key!("yokohama_gh.setup.sprinkler.cap_per_m2"))?;
    let (pump_add, c2) = t.int(key!("yokohama_gh.setup.sprinkler.pump_unit"))?;
    let by_area = area.checked_mul(Decimal::from(per_m2));
    let by_area = amounts::round(t, Rounding::FloorYen, by_area, "スプリンクラー設置費の補助上限")?;
    let cap = amounts::sum(t, [by_area, if pump { pump_add } else { 0 }], "スプリンクラー設置費の補助上限")?;
    Some((cap, [c1, c2]))
}

/// 工事事務費: the 実支出 up to the rate's share of the 工事費 (1円未満切捨て).
fn office_cost(t: &mut Trace, works: i64, office: i64, rate: Decimal) -> Option<i64> {
    let limit = amounts::times(t, works, rate, Rounding::FloorYen, "工事事務費の上限")?;
    Some(office.min(limit))
}

rule!(pub SPRINKLER = "yokohama_gh.setup.sprinkler", "スプリンクラー設置費補助金", source "資料4 第5節 スプリンクラー設置費補助金", fn sprinkler, keys ["rule.yokohama_gh.setup", "yokohama_gh.setup.sprinkler."]);
/// スプリンクラー設置費補助金: the lesser of the 補助対象経費 and the 補助上限,
/// times the 補助率, 1円未満切捨て (本製品の解釈: the cap before the rate). `None`
/// in the result without an area or a 工事費.
pub fn sprinkler(t: &mut Trace, rule: &Citation, s: &Sprinkler) -> Option<Option<Grant>> {
    let (Some(area), Some(works)) = (s.area, s.works) else {
        return Some(None);
    };
    let (cap, [c1, c2]) = sprinkler_cap(t, area, s.pump)?;
    let rate = t.figure(key!("yokohama_gh.setup.sprinkler.rate"))?;
    let orate = t.figure(key!("yokohama_gh.setup.sprinkler.office_rate"))?;
    let office = office_cost(t, works, s.office, orate.value)?;
    let cost = amounts::sum(t, [works, office], "スプリンクラー設置費の補助対象経費")?;
    let base = cost.min(cap);
    let g = amounts::times(t, base, rate.value, Rounding::FloorYen, "スプリンクラー設置費補助金")?;
    let r = fraction(rate.value);
    t.step(
        Step::of(&SPRINKLER)
            .input("延べ面積", format!("{area}m²"))
            .input("ポンプユニット", if s.pump { "必要" } else { "不要" })
            .input("補助上限", yen(cap))
            .input("工事費", yen(works))
            .input(&format!("工事事務費（工事費の{}まで）", percent(orate.value)), yen(office))
            .input("補助対象経費", yen(cost))
            .input("実支出額と上限の少ない方", yen(base))
            .value(yen(g))
            .source(rule.clone())
            .source(c1)
            .source(c2)
            .source(rate.citation)
            .source(orate.citation)
            .source(cite(PRODUCT_READING, &format!("資料4 第5節 2 補助内容 上限と補助率{r}の順序")))
            // prose-figure: 1円未満 names the rounding (Rounding::FloorYen), not a figure
            .note(format!("本製品の解釈: 補助対象経費（工事費＋工事事務費）と補助上限（面積×単価＋ポンプユニット加算）の少ない方に補助率{r}を掛け、1円未満を切り捨てます。"))
            .note("資料4は補助上限を「令和6年度時点の補助上限額」として掲載しています。補助予定額は厚生労働省との協議時の工事見積書に基づき算定されます。"),
    );
    let limited_by = if cost <= cap { "rate" } else { "cap" };
    Some(Some(Grant { eligible_cost: cost, cap, grant: g, limited_by, reason: String::new() }))
}
