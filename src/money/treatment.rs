//! 福祉・介護職員等処遇改善加算: the rate of the office's level (by service,
//! 施設 or not) and each user's units = the month's units × the rate,
//! rounded half up (留意事項通知 第二の1(1)①).

use super::input::Valid;
use super::prices::percent;
use super::yen::product;
use crate::engine::params::{rows_for, Figure};
use crate::engine::problem::{Code, Problem};
use crate::engine::rounding::Rounding;
use crate::engine::trace::{units, Step, Trace};
use crate::{key_fmt, rule};

/// The level held and its rate.
pub(super) struct Treatment {
    /// `Ⅰ`, `Ⅴ(3)`, `Ⅰイ`.
    pub label: String,
    pub rate: Figure,
}

/// The level as the notice names it: `i` → `Ⅰ`, `v-3` → `Ⅴ(3)`, `i-ro` → `Ⅰロ`.
fn level_label(l: &str) -> String {
    match l {
        "i" => "Ⅰ".into(),
        "ii" => "Ⅱ".into(),
        "iii" => "Ⅲ".into(),
        "iv" => "Ⅳ".into(),
        "i-i" => "Ⅰイ".into(),
        "i-ro" => "Ⅰロ".into(),
        "ii-i" => "Ⅱイ".into(),
        "ii-ro" => "Ⅱロ".into(),
        "single" => "相談支援系・単一の率".into(),
        other => match other.strip_prefix("v-") {
            Some(v) => format!("Ⅴ({v})"),
            None => other.to_string(),
        },
    }
}

/// A rate not in force is the level's problem (the user may choose another level or none).
fn on_level(mut e: Problem) -> Problem {
    if e.code == Code::NotInForce {
        e.field = "treatment.level".into();
    }
    e
}

rule!(pub TREATMENT_RATE = "money.treatment.rate", "福祉・介護職員等処遇改善加算の率", source "報酬告示 別表 各サービスの福祉・介護職員等処遇改善加算（例: 第14の17）", fn treatment_rate, keys ["money.treatment.", "rule.money.treatment"]);
/// 処遇改善加算の率 of the level held, for the service (施設 or not). `Some(None)`
/// when no level is held.
pub(super) fn treatment_rate(t: &mut Trace, v: &Valid) -> Option<Option<Treatment>> {
    let Some(level) = &v.treatment else {
        return Some(None);
    };
    let svc = if v.facility { format!("{}-facility", v.price.treatment) } else { v.price.treatment.to_string() };
    let key = key_fmt!("money.treatment.{}.{}", svc, level);
    if rows_for(&key).is_empty() {
        t.problems.push(Problem::invalid(
            "treatment.level",
            format!("{}の処遇改善加算({})の率は登録されていません。", v.price.label, level_label(level)),
        ));
        return None;
    }
    let rate = match (t.ctx.figure(&key), t.ctx.rule("money.treatment")) {
        (Ok(f), Ok(_)) => f,
        (Err(e), _) | (Ok(_), Err(e)) => {
            t.problems.push(on_level(e));
            return None;
        }
    };
    let label = level_label(level);
    t.step(
        Step::of(&TREATMENT_RATE)
            .input("区分", label.clone())
            .input("指定障害者支援施設が行う", if v.facility { "はい" } else { "いいえ" })
            .value(percent(rate.value))
            .source(rate.citation.clone()),
    );
    Some(Some(Treatment { label, rate }))
}

rule!(pub TREATMENT = "money.treatment", "福祉・介護職員等処遇改善加算", source "報酬告示 別表 各サービスの福祉・介護職員等処遇改善加算、留意事項通知 第二の1(1)①（四捨五入）", fn treatment_units, keys ["rule.money.percent_units"]);
/// 処遇改善加算の単位数: the user's units × the rate, 四捨五入. 0 without a level.
pub(super) fn treatment_units(t: &mut Trace, tr: Option<&Treatment>, base: i64) -> Option<i64> {
    let Some(tr) = tr else {
        return Some(0);
    };
    let rule = t.rule("money.percent_units");
    let rate = tr.rate.value;
    let Some((exact, n)) = product(base, rate, Rounding::HalfUpInteger) else {
        t.problems.push(Problem::out_of_range("treatment.level", "処遇改善加算の計算が範囲を超えました。"));
        return None;
    };
    let mut s = Step::of(&TREATMENT)
        .title(format!("福祉・介護職員等処遇改善加算({})", tr.label))
        .input("単位数の合計", units(base))
        .input("率", percent(rate))
        .input("計算", format!("{base}×{rate}＝{exact}"))
        .value(units(n))
        .source(tr.rate.citation.clone())
        .note(format!("端数は{}。", Rounding::HalfUpInteger.label()));
    if let Some(r) = rule {
        s = s.source(r);
    }
    t.step(s);
    Some(n)
}
