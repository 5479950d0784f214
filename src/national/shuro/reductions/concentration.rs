//! 特定事業所集中減算 (就労選択支援, seed 001 主な減算): when, over the previous
//! six months, the share of the assessed users who went on to one operator's
//! service exceeds the threshold for any service (and there is no 正当な理由),
//! a fixed number of units per day is taken from the 所定単位数.

use super::super::input::Valid;
use super::super::measure::{pct, ratio};
use crate::engine::trace::{units, Step, Trace};
use crate::engine::units::LineKind;
use crate::{key, rule};

rule!(pub CONCENTRATION = "shuro.sentaku.concentration", "特定事業所集中減算（前6月間のアセスメント後の利用先）", source "seed 001 就労選択支援 主な減算 特定事業所集中減算", fn concentration, keys ["rule.shuro.sentaku.concentration", "shuro.sentaku.reduction.concentration", "shuro.sentaku.reduction.concentration.threshold"]);
/// 特定事業所集中減算: whether it applies to the office (the units per day
/// taken when it does). Nothing to decide when no service's counts are given.
pub fn concentration(t: &mut Trace, v: &Valid) -> Option<Option<i64>> {
    let cn = &v.office.concentration;
    if cn.rows.is_empty() {
        return Some(None);
    }
    let rule = t.rule("shuro.sentaku.concentration");
    let th = t.figure(key!("shuro.sentaku.reduction.concentration.threshold"));
    let amt = t.figure(key!("shuro.sentaku.reduction.concentration"));
    let (Some(rule), Some(th), Some(amt)) = (rule, th, amt) else {
        return None;
    };
    let per = t.take(amt.int())?;
    let mut s = Step::of(&CONCENTRATION).source(rule).source(th.citation.clone()).source(amt.citation.clone());
    let mut over = false;
    for (label, _, total, top) in &cn.rows {
        let r = ratio(*top, *total);
        let exceeds = r > th.value;
        over |= exceeds;
        let mark = if exceeds { "（超える）" } else { "" };
        s = s.input(label, format!("{top}/{total}＝{}{mark}", pct(r)));
    }
    s = s.note(format!(
        "同一の事業者の割合が{}を超える場合に減算します（ちょうど{}は減算しません）。",
        pct(th.value),
        pct(th.value)
    ));
    let applies = over && !cn.justified;
    if over && cn.justified {
        s = s.note("正当な理由があるため減算しません。");
    }
    t.step(s.value(if applies { format!("減算あり（1日{}）", units(-per)) } else { "減算なし".into() }));
    Some(applies.then_some(per))
}

rule!(pub CONCENTRATION_USER = "shuro.sentaku.reduction.concentration.user", "特定事業所集中減算（所定単位数から減算）", source "seed 001 就労選択支援 主な減算 特定事業所集中減算（所定単位数から減算）", fn concentration_user);
rule!(pub CONCENTRATION_LINE = "shuro.sentaku.reduction.concentration", "特定事業所集中減算", source "seed 001 就労選択支援 主な減算 特定事業所集中減算（所定単位数から減算）", fn concentration_user);
/// 特定事業所集中減算 on one user: the units per day taken from the 所定単位数
/// for each day billed.
pub fn concentration_user(t: &mut Trace, per: Option<i64>, count: i64) {
    let Some(per) = per else {
        return;
    };
    let item = CONCENTRATION_LINE.name;
    let Some(total) = t.line(&CONCENTRATION_LINE, item, -per, count, LineKind::Reduction) else {
        return;
    };
    t.step(
        Step::of(&CONCENTRATION_USER)
            .input("1日あたり", units(-per))
            .input("日数", format!("{count}日"))
            .value(units(total)),
    );
}
