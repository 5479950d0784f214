//! 初度調弁費 (資料4 第3節 5): 物品 of a 税込単価 at least the figure, up to the
//! 上限額; none for a 移転.

use super::eligible;
use super::output::Grant;
use crate::engine::params::{cite, PRODUCT_READING};
use crate::engine::trace::{yen, Citation, Step, Trace};
use crate::{key, rule};

rule!(pub FURNISHING = "yokohama_gh.setup.furnishing", "初度調弁費", source "資料4 第3節 5 初度調弁費", fn initial_equipment, keys ["rule.yokohama_gh.setup", "yokohama_gh.setup.furnishing.cap", "yokohama_gh.setup.furnishing.min_item_price"]);
/// 初度調弁費: the items priced at least the figure, up to the 上限額 (実支出額と
/// 上限額の少ない方); 0 for a 移転. `None` in the result when no item is entered.
pub fn initial_equipment(t: &mut Trace, rule: &Citation, items: &[i64], is_move: bool) -> Option<Option<Grant>> {
    let keys = (key!("yokohama_gh.setup.furnishing.cap"), key!("yokohama_gh.setup.furnishing.min_item_price"));
    let Some(e) = eligible(t, items, keys, "初度調弁費の補助対象経費")? else {
        return Some(None);
    };
    let g = if is_move {
        Grant {
            eligible_cost: 0,
            cap: e.cap.0,
            grant: 0,
            limited_by: "excluded",
            reason: "移転の場合は初度調弁費の対象外です（第3節 5、補助金等一覧表）。".into(),
        }
    } else {
        Grant::lesser(e.counted, e.cap.0)
    };
    let mut st = Step::of(&FURNISHING)
        .input("物品", format!("{}品目", items.len()))
        .input(&format!("税込単価{}未満で除外", yen(e.least.0)), format!("{}品目", e.excluded))
        .input("補助対象経費", yen(e.counted))
        .input("補助上限額", yen(e.cap.0))
        .value(yen(g.grant))
        .source(rule.clone())
        .sources([e.cap.1.clone(), e.least.1.clone()])
        .note(
            "本製品の解釈: 物品ごとの税込単価を入力します。消耗品等、初度調弁に該当しないものは入力しないでください。",
        )
        .source(cite(PRODUCT_READING, "資料4 第3節 5 初度調弁費 物品ごとの税込単価"));
    if is_move {
        st = st.note(g.reason.clone());
    }
    t.step(st);
    Some(Some(g))
}
