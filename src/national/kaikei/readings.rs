//! The readings the product takes where the 就労支援事業会計の運用ガイドライン
//! is silent, each cited as `product-reading` in the steps that rely on it.

use crate::engine::params::{cite, PRODUCT_READING};
use crate::engine::trace::Citation;

/// The readings the product takes where the guideline is silent (also in the report).
///
/// They quote the guideline's own wording (「過去3年間」, 「2ヶ月以上」) and
/// the rounding rules; they are static texts, not built from `data/`.
pub const READINGS: &[(&str, &str)] = &[
    ("kaikei.past_three_years", "「過去3年間」は当該年度の前の3年度（前年度・前々年度・3年前の年度）とし、当該年度を含めない。"),
    ("kaikei.three_years_needed", "3年度分の実績がそろわない場合、平均賃金・工賃と保障すべき工賃水準は求められないものとし、工賃変動積立金の積立て・取崩しはできない。"),
    ("kaikei.wages_total", "「賃金・工賃の支払額」は工賃変動積立金からの補填を含めた支払総額とする（前年度との比較、平均、最低工賃）。取崩しの可否は補填前の支払額で判断する。"),
    ("kaikei.disaster_window", "天災等の年度は過去3年間の中から除くだけで、さらに前の年度で補わない。除外は保障すべき工賃水準（最低工賃）にだけ適用し、平均賃金・工賃には適用しない。"),
    ("kaikei.order", "年度中の取崩し（工賃の補填・設備等の導入）を先に、年度末の積立てを後に処理する。積立上限額は取崩し後の残高に対して判断する。"),
    ("kaikei.surplus_order", "積立可能な額（当期末繰越活動増減差額＋その他の積立金取崩額）は、工賃変動積立金に先に、設備等整備積立金に残りを充てる（希望額を入力すればその額まで）。"),
    // prose-figure: 1円未満 is the rounding rule (engine::rounding), not a figure of data/
    ("kaikei.rounding", "平均賃金・工賃と各限度額・上限額は1円未満切捨て（「以内」の限度を超えないため）。"),
    ("kaikei.equipment_draw", "設備等整備積立金の取崩しは、その年度に導入した設備等の取得価額までとする。"),
    ("kaikei.temporary_use", "一時繰替使用は、取崩し後の積立資産（両積立金の合計から未補填額を除いた額）の範囲内とし、積立金の残高は変えず、補填されるまで未補填額として繰り越す。"),
    // prose-figure: 0円 is "nothing is set aside", not a figure of data/
    ("kaikei.over_ceiling", "前期から繰り越した残高が積立上限額を超えていても、超過分の取崩しは求めない（ガイドラインに定めなし）。その年度の積立ては0円。"),
    // prose-figure: 1円未満 is the rounding rule (engine::rounding), not a figure of data/
    ("kaikei.break_even", "損益分岐点の販売価格は、1個あたり必要経費を1円未満切上げた額（赤字にならない最低の円単位の価格）。剰余金は販売価格×数量−経費で求める。"),
];

/// The product's reading `id`, as a citation.
pub fn reading(id: &str) -> Citation {
    let text = READINGS.iter().find(|(k, _)| *k == id).map(|(_, t)| *t).unwrap_or(id);
    cite(PRODUCT_READING, &format!("就労支援事業会計: {text}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_reading_is_cited_by_its_id() {
        for (id, _) in READINGS {
            assert!(reading(id).locator.contains("就労支援事業会計"));
        }
    }
}
