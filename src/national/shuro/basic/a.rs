//! 就労継続支援A型サービス費: (Ⅰ) 7.5:1, (Ⅱ) 10:1 by 利用定員 × スコアの区分. The
//! スコア is the sum of the 労働時間 points (from the 1日の平均労働時間) and the
//! other items' points as the office evaluated them, or the total as entered.

use super::super::input::{staffing_label, Office};
use super::super::measure::band_at;
use super::super::output::Basic;
use super::{capacity_tier, cell, staffing};
use crate::engine::params::Band;
use crate::engine::problem::Problem;
use crate::engine::trace::{hm, Citation, Step, Trace};
use crate::{key, key_fmt, key_group, rule};

rule!(pub A_BASIC = "shuro.a.basic", "就労継続支援A型サービス費（基本報酬）", source "seed 001 就労継続支援A型 ○報酬単価（定員規模別、人員配置別、スコア）", fn basic_a, keys ["rule.shuro.a.basic", "shuro.a.basic."]);
/// 就労継続支援A型サービス費: the cell 人員配置 × 利用定員 × スコアの区分.
pub fn basic_a(t: &mut Trace, o: &Office) -> Option<Basic> {
    let rule = t.rule("shuro.a.basic")?;
    let tier = capacity_tier(t, o)?;
    let staff = staffing(t, o)?;
    let roman = if staff == "staff-7_5-1" { "Ⅰ" } else { "Ⅱ" };
    let (max, max_cit) = t.int(key!("shuro.a.score.max"))?;
    let score = score(t, o, &rule)?;
    let band = score_band(t, o, score, (max, max_cit))?;
    let key = key_fmt!("shuro.a.basic.{}.{}.{}", staff, tier.id, band.id);
    let item = format!("就労継続支援A型サービス費({roman})");
    let inputs =
        [("利用定員", tier.label.as_str()), ("人員配置", staffing_label(staff)), ("スコアの区分", band.label.as_str())];
    let basic = cell(t, (&A_BASIC, rule), &key, item, "（基本報酬）", &inputs)?;
    Some(Basic { measure: format!("{score}点"), score: Some(score), ..basic.in_band(band) })
}

rule!(pub A_HOURS = "shuro.a.score.hours", "スコア Ⅰ労働時間の点数", source "就労継続支援A型 スコア方式 Ⅰ労働時間（二次資料）", fn hours_points, keys ["shuro.a.score.hours_band.", "shuro.a.score.hours_points."]);
/// スコア Ⅰ労働時間: the points of the 1日の平均労働時間's band.
pub fn hours_points(t: &mut Trace, work_minutes: u32) -> Option<i64> {
    let hb = band_at(t, key_group!("shuro.a.score.hours_band"), work_minutes, "office.work_minutes")?;
    let (pts, pcit) = t.int(&key_fmt!("shuro.a.score.hours_points.{}", hb.id))?;
    t.step(
        Step::of(&A_HOURS)
            .input("1日の平均労働時間", hm(work_minutes))
            .value(format!("{pts}点"))
            .source(hb.citation.clone())
            .source(pcit),
    );
    Some(pts)
}

rule!(pub A_SCORE = "shuro.a.score", "スコアの合計点（労働時間＋他の項目）", source "seed 001 就労継続支援A型 ○報酬単価（算定されるスコア）", fn score, keys ["rule.shuro.a.basic"]);
/// スコアの合計点: the 労働時間 points plus the other items' points entered
/// (which must agree with a total also entered), or the total as entered.
pub fn score(t: &mut Trace, o: &Office, rule: &Citation) -> Option<i64> {
    let Some(wm) = o.work_minutes else {
        if o.score.is_none() {
            t.problems.push(Problem::required("office.score", "スコアの合計点"));
        }
        return o.score;
    };
    let pts = hours_points(t, wm)?;
    let Some(other) = o.other_points else {
        t.problems.push(Problem::required("office.other_points", "労働時間以外の項目の点数の合計"));
        return None;
    };
    let total = pts + other;
    t.step(
        Step::of(&A_SCORE)
            .input("労働時間の点数", format!("{pts}点"))
            .input("他の項目の点数の合計", format!("{other}点"))
            .value(format!("{total}点"))
            .source(rule.clone())
            .note("労働時間以外の項目（生産活動、多様な働き方、支援力向上、地域連携活動、経営改善計画、利用者の知識及び能力の向上）の点数は本製品に未登録のため、事業所が評価した合計を入力します。"),
    );
    if let Some(given) = o.score.filter(|s| *s != total) {
        t.problems.push(Problem::inconsistent("office.score", format!("スコアの合計点（{given}点）が、労働時間の点数と他の項目の合計（{total}点）と一致しません。どちらか一方を入力してください。")));
        return None;
    }
    Some(total)
}

rule!(pub A_SCORE_BAND = "shuro.a.score_band", "スコアの区分", source "seed 001 就労継続支援A型 ○報酬単価（スコアの区分）; 合計の上限は二次資料", fn score_band, keys ["shuro.a.score.max", "shuro.a.score_band."]);
/// スコアの区分, the total held to the スコアの合計の上限.
pub fn score_band(t: &mut Trace, o: &Office, score: i64, (max, max_cit): (i64, Citation)) -> Option<Band> {
    if score > max {
        let field = if o.work_minutes.is_some() { "office.other_points" } else { "office.score" };
        t.problems
            .push(Problem::out_of_range(field, format!("スコアの合計点は{max}点以下です（入力から{score}点）。")));
        return None;
    }
    let band = band_at(t, key_group!("shuro.a.score_band"), score, "office.score")?;
    t.step(
        Step::of(&A_SCORE_BAND)
            .input("スコアの合計点", format!("{score}点"))
            .value(band.label.clone())
            .source(band.citation.clone())
            .source(max_cit),
    );
    Some(band)
}
