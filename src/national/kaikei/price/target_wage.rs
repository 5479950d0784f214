//! The price a target wage needs (資料3 3 5) Tips ①② 目標賃金額合計を踏まえた
//! 販売価格の設定): (必要経費 ＋ 目標賃金額合計) ÷ 販売数量, 1円未満切上げ.

use super::Basis;
use crate::engine::params::cite;
use crate::engine::problem::Problem;
use crate::engine::rounding::Rounding;
use crate::engine::trace::{thousands, yen, Step, Trace};
use crate::national::kaikei::SEED;
use crate::rule;
use rust_decimal::Decimal;

rule!(pub TARGET = "kaikei.price.target", "目標の賃金・工賃に必要な販売価格（（必要経費＋目標賃金額合計）÷販売数量）", source "資料3 3 5) Tips ①②（目標賃金額合計を踏まえた販売価格の設定）", fn target_price, keys ["rule.kaikei.price"]);
/// 目標の賃金・工賃に必要な販売価格 (Tips ①②): the 目標賃金額合計 (月額 ×
/// 利用者数 × 月数) added to the 必要経費, per item, 1円未満切上げ; the volume
/// held fixed. Returns (目標賃金額合計, the price).
pub fn target_price(t: &mut Trace, b: &Basis, target: i64, n: i64) -> Result<(i64, i64), Problem> {
    let volume = b.budget.volume;
    let too_large = || Problem::overflow("target_monthly_wage", "目標賃金額合計");
    let fund = target.checked_mul(n).and_then(|v| v.checked_mul(b.months)).ok_or_else(too_large)?;
    let needed = Decimal::from(b.total) + Decimal::from(fund);
    let per_item = needed / Decimal::from(volume);
    let tp = Rounding::CeilYen.to_int(per_item).ok_or_else(too_large)?;
    t.step(
        Step::of(&TARGET)
            // prose-figure: 「1人あたり」 is a count word, not a figure
            .input("目標とする1人あたり月額", yen(target))
            .input("利用者数", format!("{n}人"))
            .input("年度の月数", format!("{}か月", b.months))
            .input("目標賃金額合計", yen(fund))
            .input("必要経費", yen(b.total))
            .input("販売数量", format!("{}個", thousands(volume)))
            .value(format!("1個 {}", yen(tp)))
            .source(b.rule.clone())
            .source(cite(SEED, "資料3 3 5) Tips ①②（目標賃金額合計を踏まえた販売価格の設定）"))
            .note(format!(
                "{}÷{}個＝{}円（{}）",
                yen(b.total + fund),
                thousands(volume),
                per_item.round_dp(4).normalize(),
                Rounding::CeilYen.label()
            ))
            .note(
                "販売数量を固定した試算です。より厳密には、経費を変動費と固定費に区分して販売数量の目標も設定します。",
            ),
    );
    Ok((fund, tp))
}
