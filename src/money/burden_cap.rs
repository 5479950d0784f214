//! The 負担上限月額 as the 受給者証 states it (a 市町村 may set one below the
//! category's: 減免, 障害児, 食費等の軽減 — never above it), and the
//! 利用者負担額 after the 上限額管理 of a user who uses several offices (the
//! amount the 上限額管理事業所 tells this office; never above the office's own).

use crate::engine::params::{cite, PRODUCT_READING};
use crate::engine::problem::Problem;
use crate::engine::trace::{yen, Step, Trace};
use crate::rule;

/// The category's cap: (yen, 区分の名前).
pub type CategoryCap<'a> = (i64, &'a str);

rule!(pub CERTIFICATE_CAP = "money.burden.certificate_cap", "受給者証の負担上限月額（区分の上限月額以下）", source "seed 004 3. 請求等 請求審査(1) 受給者証の確認（利用者負担上限月額）; 区分の上限月額を超える額は受け付けない（本製品の解釈）", fn certificate_cap, keys ["rule.money.burden.certificate_cap"]);
/// The 負担上限月額 that applies: the 受給者証's when `given`, the category's
/// otherwise. A 受給者証's cap above the category's is refused by name at `field`.
pub fn certificate_cap(t: &mut Trace, category: CategoryCap, given: Option<i64>, field: &str) -> Option<i64> {
    let (cat, label) = category;
    let Some(cap) = given else {
        return Some(cat);
    };
    let rule = t.rule("money.burden.certificate_cap")?;
    if cap > cat {
        t.problems.push(Problem::out_of_range(
            field,
            format!("受給者証の負担上限月額（{}）が、利用者負担の区分（{label}）の負担上限月額（{}）を超えています。受給者証の金額か区分を確認してください。", yen(cap), yen(cat)),
        ));
        return None;
    }
    t.step(
        Step::of(&CERTIFICATE_CAP)
            .input("区分の負担上限月額", format!("{}（{label}）", yen(cat)))
            .input("受給者証の負担上限月額", yen(cap))
            .value(yen(cap))
            .source(rule)
            .source(cite(PRODUCT_READING, "受給者証の負担上限月額は区分の負担上限月額を超えない（超える入力は誤りとして受け付けない）"))
            .note("市町村は、減免・障害児・食費等の軽減などにより、区分より低い負担上限月額を受給者証に記載することがあります。受給者証の額で計算します。"),
    );
    Some(cap)
}

rule!(pub MANAGED = "money.burden.managed", "上限額管理後の利用者負担額（上限額管理事業所が決めた額）", source "seed 004 3. 請求等 上限額管理; 利用者負担上限額管理結果票（管理結果後利用者負担額）", fn managed_burden, keys ["rule.money.burden.managed"]);
/// The 利用者負担額 after the 上限額管理: the amount `given` (at most the
/// office's own 利用者負担額 `own`, refused by name at `field` above it), or
/// `own` when none is given.
pub fn managed_burden(t: &mut Trace, own: i64, given: Option<i64>, field: &str) -> Option<i64> {
    let Some(managed) = given else {
        return Some(own);
    };
    let rule = t.rule("money.burden.managed")?;
    if managed > own {
        t.problems.push(Problem::out_of_range(
            field,
            format!("上限額管理後の利用者負担額（{}）が、この事業所の利用者負担額（{}）を超えています。上限額管理は負担を減らすだけです。", yen(managed), yen(own)),
        ));
        return None;
    }
    t.step(
        Step::of(&MANAGED)
            .input("この事業所の利用者負担額（管理前）", yen(own))
            .input("上限額管理事業所から通知された額", yen(managed))
            .value(yen(managed))
            .source(rule)
            .note("同じ月に複数の事業所を利用する方の利用者負担は、上限額管理事業所が利用者負担上限額管理結果票で決めた額です（money.burden_management で計算できます）。"),
    );
    Some(managed)
}
