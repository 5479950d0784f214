//! 損益分岐点 (資料3 3 5) Tips ① コスト構造を把握して損益分岐点を算出し、
//! 販売価格を設定する《例》): the 必要経費 (製造原価＋販管費, 利用者の賃金を
//! 含めない) and the least whole-yen price that covers them.

use super::super::readings::reading;
use super::super::SEED;
use crate::engine::params::cite;
use crate::engine::problem::Problem;
use crate::engine::rounding::Rounding;
use crate::engine::trace::{thousands, yen, Citation, Step, Trace};
use crate::national::kaikei::input::Budget;
use crate::rule;
use rust_decimal::Decimal;

rule!(pub COST = "kaikei.price.cost", "必要経費（製造原価＋販管費。利用者の賃金・工賃は含めない）", source "資料3 3 5) Tips ①《例》", fn production_cost, keys ["rule.kaikei.price"]);
/// 必要経費 (Tips ①《例》): 製造原価 ＋ 販管費, without the 利用者の賃金; the
/// volume made is taken as sold (no stock at either end).
pub fn production_cost(t: &mut Trace, b: &Budget, rule: &Citation) -> i64 {
    let total = b.manufacturing_cost + b.sga_cost;
    let mut s = Step::of(&COST)
        .input("販売数量", format!("{}個", thousands(b.volume)))
        .input("製造原価", yen(b.manufacturing_cost))
        .input("販管費", yen(b.sga_cost))
        .value(yen(total))
        .source(rule.clone())
        .source(cite(SEED, "資料3 3 5) Tips《例》パンを製造し、販売する場合"))
        .note("製造原価及び販管費には、利用者の賃金は含めずに計算します。期首と期末に在庫がない（作った数量を全て販売する）ものとして計算します。");
    if let Some((d, o)) = b.days_output {
        s = s.input("販売数量の内訳", format!("{d}日×{}個/日", thousands(o)));
    }
    if let Some(p) = b.manufacturing_cost_per_item {
        s = s.input("1個あたり製造原価", yen(p));
    }
    t.step(s);
    total
}

rule!(pub BREAK_EVEN = "kaikei.price.break_even", "損益分岐点の販売価格（必要経費÷販売数量）", source "資料3 3 5) Tips ①《例》", fn break_even_price, keys ["rule.kaikei.price"]);
/// 損益分岐点の販売価格 (Tips ①): 必要経費 ÷ 販売数量, 1円未満切上げ (the
/// product's reading). Returns (1個あたり必要経費, the price).
pub fn break_even_price(t: &mut Trace, rule: &Citation, total: i64, volume: i64) -> Result<(Decimal, i64), Problem> {
    let per_item = Decimal::from(total) / Decimal::from(volume);
    let break_even =
        Rounding::CeilYen.to_int(per_item).ok_or_else(|| Problem::overflow("volume", "損益分岐点の販売価格"))?;
    t.step(
        Step::of(&BREAK_EVEN)
            .input("必要経費", yen(total))
            .input("販売数量", format!("{}個", thousands(volume)))
            .value(format!("1個 {}", yen(break_even)))
            .source(rule.clone())
            .source(reading("kaikei.break_even"))
            .note(format!(
                "1個あたり必要経費 {}円 →（{}）{}。これより高い価格にしないと、賃金原資となる剰余金は生じません。",
                per_item.normalize(),
                Rounding::CeilYen.label(),
                yen(break_even)
            )),
    );
    Ok((per_item, break_even))
}
