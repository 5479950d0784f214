//! 水道料金加算 (資料4 第6節 4): 1人月額 上限額, 単価 × 入居者数（月の初日時点）;
//! 上限額に達しない場合は実費; never 日割り.

use crate::engine::params::{cite, PRODUCT_READING};
use crate::engine::trace::{yen, Step, Trace};
use crate::local::yokohama::gh::input::Home;
use crate::{key, rule};

rule!(pub WATER_ADDITION = "yokohama_gh.water_addition.unit", "水道料金加算", source "資料4 第6節 4 水道料金加算（上限額、上限に達しない場合は実費）", fn water_addition, keys ["yokohama_gh.water_addition.cap"]);
/// 水道料金加算: 1人月額 — the 上限額, or the 実費 per resident when it is lower
/// (資料4 第6節 4). A blank 実費 is taken as at least the cap.
pub fn water_addition(t: &mut Trace, home: &Home) -> Option<i64> {
    let (cap, cit) = t.int(key!("yokohama_gh.water_addition.cap"))?;
    let unit = match home.water_cost {
        Some(w) => w.min(cap),
        None => cap,
    };
    let st = Step::of(&WATER_ADDITION)
        .title("水道料金加算: 1人月額（上限額、上限に達しない場合は実費）") // prose-figure: 1人 is "per resident", not a figure
        .input("上限額", yen(cap))
        .value(yen(unit))
        .source(cit)
        .source(cite(PRODUCT_READING, "資料4 第6節 4 水道料金加算「上限額に達しない場合は実費」"));
    let st = match home.water_cost {
        Some(w) => st.input("水道料金の実費（1人月額）", yen(w)), // prose-figure: 1人 is "per resident", not a figure
        None => st.note("水道料金の実費が入力されていないため、実費が上限額以上として上限額で計算しました。"),
    };
    // prose-figure: 1人 is "per resident", not a figure
    t.step(st.note("本製品の解釈: 「実費」は入居者1人あたりの月額の実費として入力を受け、上限額と比べます。実支出額が上限額に達しない場合は市に個別に相談するよう資料4は求めています。"));
    Some(unit)
}
