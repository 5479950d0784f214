//! 福祉専門職員配置等加算 (seed 001 各サービス 主な加算): the level the staff
//! ratios meet, decided once for the office, then billed for each user's days
//! (each month for 就労定着支援).

use super::super::input::{Service, Staff};
use super::super::measure::{pct, ratio};
use crate::engine::params::{cite, Figure, PRODUCT_READING};
use crate::engine::trace::{Step, Trace};
use crate::engine::units::LineKind;
use crate::{key, key_fmt, rule};
use rust_decimal::Decimal;

/// The ratios the levels are decided by.
struct Ratios {
    /// 常勤のうち社会福祉士等.
    qualified: Decimal,
    /// 生活支援員等のうち常勤.
    fulltime: Decimal,
    /// 常勤のうち勤続3年以上.
    tenure: Decimal,
}

/// The highest level met, from (Ⅰ) down; `thresholds` are (Ⅰ)(Ⅱ) 資格保有者,
/// (Ⅲ) 常勤, (Ⅲ) 勤続.
fn level(s: &Staff, r: &Ratios, th: [Decimal; 4]) -> Option<&'static str> {
    if s.fulltime > 0 && r.qualified >= th[0] {
        Some("i")
    } else if s.fulltime > 0 && r.qualified >= th[1] {
        Some("ii")
    } else if (s.total > 0 && r.fulltime >= th[2]) || (s.fulltime > 0 && r.tenure >= th[3]) {
        Some("iii")
    } else {
        None
    }
}

rule!(pub LEVEL = "shuro.welfare_professional.level", "福祉専門職員配置等加算の区分（職員の割合から判定）", source "seed 001 各サービス 主な加算 福祉専門職員配置等加算(Ⅰ)(Ⅱ)(Ⅲ)", fn welfare_professional_level, keys ["rule.shuro.welfare_professional", "shuro.welfare_professional."]);
/// 福祉専門職員配置等加算の区分: the highest level whose staff ratio is met
/// (`i`, `ii`, `iii`), or none.
pub fn welfare_professional_level(t: &mut Trace, s: &Staff) -> Option<Option<&'static str>> {
    let rule = t.rule("shuro.welfare_professional");
    let qi = t.figure(key!("shuro.welfare_professional.qualified_ratio.i"));
    let qii = t.figure(key!("shuro.welfare_professional.qualified_ratio.ii"));
    let fiii = t.figure(key!("shuro.welfare_professional.fulltime_ratio.iii"));
    let tiii = t.figure(key!("shuro.welfare_professional.tenure_ratio.iii"));
    let (Some(rule), Some(qi), Some(qii), Some(fiii), Some(tiii)) = (rule, qi, qii, fiii, tiii) else {
        return None;
    };
    let r = Ratios {
        qualified: ratio(s.qualified, s.fulltime),
        fulltime: ratio(s.fulltime, s.total),
        tenure: ratio(s.tenure3, s.fulltime),
    };
    let lv = level(s, &r, [qi.value, qii.value, fiii.value, tiii.value]);
    let label = match lv {
        Some("i") => "(Ⅰ)",
        Some("ii") => "(Ⅱ)",
        Some(_) => "(Ⅲ)",
        None => "該当なし",
    };
    let of = |r: Decimal, n: i64, d: i64| format!("{}（{n}/{d}人）", pct(r));
    let s = Step::of(&LEVEL)
        .input("常勤のうち社会福祉士等の割合", of(r.qualified, s.qualified, s.fulltime))
        .input("生活支援員等のうち常勤の割合", of(r.fulltime, s.fulltime, s.total))
        .input("常勤のうち勤続3年以上の割合", of(r.tenure, s.tenure3, s.fulltime))
        .value(label)
        .source(rule);
    t.step(explain_thresholds(s, [qi, qii, fiii, tiii]));
    Some(lv)
}

/// The thresholds' sources and the notes that state them (and the product's
/// reading of the (Ⅲ) 勤続 ratio).
fn explain_thresholds(s: Step, [qi, qii, fiii, tiii]: [Figure; 4]) -> Step {
    let th = [qi.value, qii.value, fiii.value, tiii.value].map(pct);
    s.sources([qi.citation, qii.citation, fiii.citation, tiii.citation])
        .note(format!(
            "(Ⅰ) 資格保有者{}以上、(Ⅱ) {}以上、(Ⅲ) 常勤{}以上又は勤続3年以上{}以上。上位の区分から判定します。",
            th[0], th[1], th[2], th[3]
        ))
        .note(format!(
            "勤続3年以上の割合は常勤職員に占める割合として計算します（seed 001 の「勤続3年以上が{}以上」の読み）。",
            th[3]
        ))
        .source(cite(PRODUCT_READING, "福祉専門職員配置等加算(Ⅲ): 勤続3年以上の割合の分母は常勤職員"))
}

rule!(pub ADDITION = "shuro.addition.welfare_professional", "福祉専門職員配置等加算", source "seed 001 各サービス 主な加算 福祉専門職員配置等加算; B型はサービスコード表", fn welfare_professional_addition, keys ["shuro.a.addition.welfare_professional.", "shuro.b.addition.welfare_professional.", "shuro.ikou.addition.welfare_professional.", "shuro.teichaku.addition.welfare_professional.", "shuro.sentaku.addition.welfare_professional."]);
/// 福祉専門職員配置等加算: the office's level, for each day billed (each month
/// for 就労定着支援).
pub fn welfare_professional_addition(t: &mut Trace, s: Service, level: Option<&'static str>, count: i64) {
    if let Some(l) = level {
        let key = key_fmt!("shuro.{}.addition.welfare_professional.{}", s.key(), l);
        t.bill(&ADDITION, &key, count, LineKind::Addition);
    }
}
