//! 就労継続支援B型サービス費: (Ⅰ)〜(Ⅲ) by 利用定員 × 人員配置 × 平均工賃月額の区分
//! (令和6年4月からの区分, or for 令和8改定対象 offices the 令和8年6月からの区分),
//! and (Ⅳ)〜(Ⅵ) 一律評価型 by 利用定員 × 人員配置 (告示 第14の1).

use super::super::average_wage::{average_wage, given_wage_difference};
use super::super::input::{staffing_label, Office};
use super::super::measure::band_at;
use super::super::output::Basic;
use super::{capacity_tier, cell, staffing};
use crate::engine::params::Band;
use crate::engine::problem::Problem;
use crate::engine::trace::{thousands, Citation, Step, Trace};
use crate::{key_fmt, rule};
use rust_decimal::Decimal;

/// The band of the 平均工賃月額, what it was read from (as shown), the
/// 平均工賃月額 and the 1日当たりの平均利用者数 (when computed).
type WageBand = (Band, String, Option<i64>, Option<Decimal>);

/// (Ⅰ)(Ⅱ)(Ⅲ) by 人員配置 for the 平均工賃月額 型, (Ⅳ)(Ⅴ)(Ⅵ) for the 一律評価型.
fn roman(staff: &str, participation: bool) -> &'static str {
    match (staff, participation) {
        ("staff-6-1", false) => "Ⅰ",
        ("staff-7_5-1", false) => "Ⅱ",
        (_, false) => "Ⅲ",
        ("staff-6-1", true) => "Ⅳ",
        ("staff-7_5-1", true) => "Ⅴ",
        (_, true) => "Ⅵ",
    }
}

rule!(pub B_BASIC = "shuro.b.basic", "就労継続支援B型サービス費（基本報酬）", source "告示 p.129〜 第14の1 就労継続支援B型サービス費(Ⅰ)〜(Ⅵ)", fn basic_b, keys ["rule.shuro.b.basic", "shuro.b.basic.", "shuro.b.basic-new-r8."]);
/// 就労継続支援B型サービス費: the 一律評価型, or the band of the 平均工賃月額.
pub fn basic_b(t: &mut Trace, o: &Office) -> Option<Basic> {
    let rule = t.rule("shuro.b.basic")?;
    let tier = capacity_tier(t, o)?;
    let staff = staffing(t, o)?;
    if o.participation {
        return participation_basic(t, &tier, staff, rule);
    }
    // The 令和8年6月 twelve bands only for offices that declare themselves 令和8改定対象.
    let r8 = t.ctx.rule("shuro.b.r8_bands").ok();
    let table = wage_table(t, o.r8_target, r8.clone(), &rule);
    let (band, measure, wage, avg) = wage_band(t, o, table)?;
    // 令和8年6月以降に新規指定された事業所: lower units, not registered.
    let key = if o.new_designation && o.designated_r8_or_later && r8.is_some() {
        key_fmt!("shuro.b.basic-new-r8.{}.{}", tier.id, staff)
    } else {
        key_fmt!("shuro.b.basic.{}.{}.{}", tier.id, staff, band.id)
    };
    let item = format!("就労継続支援B型サービス費({})", roman(staff, false));
    let inputs = [
        ("利用定員", tier.label.as_str()),
        ("人員配置", staffing_label(staff)),
        ("平均工賃月額の区分", band.label.as_str()),
    ];
    let basic = cell(t, (&B_BASIC, rule), &key, item, "（基本報酬）", &inputs)?;
    Some(Basic {
        measure,
        table: Some(table),
        average_wage: wage,
        daily_average_users: avg.map(|a| a.to_string()),
        ..basic.in_band(band)
    })
}

/// 就労継続支援B型サービス費(Ⅳ)〜(Ⅵ): 利用者の就労や生産活動等への参加等をもって一律に評価.
fn participation_basic(t: &mut Trace, tier: &Band, staff: &str, rule: Citation) -> Option<Basic> {
    let key = key_fmt!("shuro.b.basic.{}.{}.band-participation", tier.id, staff);
    let item = format!("就労継続支援B型サービス費({})", roman(staff, true));
    let inputs = [
        ("報酬体系", "利用者の就労や生産活動等への参加等をもって一律に評価"),
        ("利用定員", tier.label.as_str()),
        ("人員配置", staffing_label(staff)),
    ];
    let basic = cell(t, (&B_BASIC, rule), &key, item, "（一律評価型）", &inputs)?;
    Some(Basic {
        band: "participation".into(), band_label: "一律評価（平均工賃月額によらない）".into(), ..basic
    })
}

rule!(pub B_TABLE = "shuro.b.table", "平均工賃月額の区分表", source "別添資料 就労継続支援B型の基本報酬区分の基準の見直しについて（令和8年6月〜）", fn wage_table, keys ["rule.shuro.b.r8_bands", "rule.shuro.b.basic"]);
/// Which table of bands: `r8` (令和8年6月からの12区分) for an office that
/// declares itself 令和8改定対象 once the table is in force, `r6` otherwise.
pub fn wage_table(t: &mut Trace, r8_target: bool, r8: Option<Citation>, rule: &Citation) -> &'static str {
    let s = Step::of(&B_TABLE);
    let (table, s) = match (r8, r8_target) {
        (Some(cit), true) => (
            "r8",
            s.input("令和8改定対象の事業所", "はい（事業所の申告）")
                .value("令和8年6月からの区分（12区分）")
                .source(cit),
        ),
        (Some(cit), false) => (
            "r6",
            s.input("令和8改定対象の事業所", "いいえ（事業所の申告）")
                .value("令和6年4月からの区分（8区分）")
                .source(cit)
                .note("令和8改定対象でない事業所は、令和8年6月以降も令和6年の区分で算定します。対象かどうかは事業所の申告によります（平均工賃月額からは判断しません）。"),
        ),
        (None, r8) => {
            let mut s = s
                .value("令和6年4月からの区分（8区分）")
                .source(rule.clone());
            if r8 {
                s = s.note("令和8年6月からの12区分は令和8年5月以前のサービス提供月には使いません。令和6年の区分で算定します。");
            }
            ("r6", s)
        }
    };
    t.step(s);
    table
}

rule!(pub B_WAGE_BAND = "shuro.b.wage_band", "平均工賃月額の区分", source "seed 001 就労継続支援B型 (1)「平均工賃月額」に応じた報酬体系; 留意事項通知（新規指定の事業所）", fn wage_band, keys ["shuro.b.wage_band.", "rule.shuro.b.new_designation"]);
/// The band of the 平均工賃月額 (computed from the previous 年度's figures
/// when given), or for a 新規指定 office the lowest band. Returns the band,
/// what it was read from as shown, the 平均工賃月額 and the 1日当たりの平均利用者数.
pub fn wage_band(t: &mut Trace, o: &Office, table: &str) -> Option<WageBand> {
    let prefix = key_fmt!("shuro.b.wage_band.{}", table);
    if o.new_designation {
        return new_designation_band(t, &prefix);
    }
    let (wage, avg) = match (&o.wage, o.average_wage) {
        (Some(w), given) => {
            let (wage, avg) = average_wage(t, w)?;
            given_wage_difference(t, given, wage);
            (wage, Some(avg))
        }
        (None, Some(given)) => (given, None),
        (None, None) => {
            t.problems.push(Problem::required("office.average_wage", "平均工賃月額"));
            return None;
        }
    };
    let band = band_at(t, &prefix, wage, "office.average_wage")?;
    t.step(
        Step::of(&B_WAGE_BAND)
            .input("平均工賃月額", format!("{}円", thousands(wage)))
            .value(band.label.clone())
            .source(band.citation.clone()),
    );
    Some((band, format!("{}円", thousands(wage)), Some(wage), avg))
}

/// 新規指定の事業所: the first year is read as the lowest band.
fn new_designation_band(t: &mut Trace, prefix: &str) -> Option<WageBand> {
    let nd = t.rule("shuro.b.new_designation")?;
    let band = band_at(t, prefix, Decimal::ZERO, "office.new_designation")?;
    t.step(
        Step::of(&B_WAGE_BAND)
            .title("平均工賃月額の区分（新規指定）")
            .input("新規指定から1年未満", "はい")
            .value(band.label.clone())
            .source(nd)
            .source(band.citation.clone())
            .note("新規指定の事業所は、指定後1年間は平均工賃月額1万円未満の区分で算定します。"),
    );
    Some((band, "新規指定（1万円未満として算定）".to_string(), None, None))
}
