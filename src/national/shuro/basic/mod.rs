//! 基本報酬 (所定単位数) of the 就労系 services and the bands they are read by:
//! B型 by 平均工賃月額 (or 一律評価), A型 by スコア, 就労移行支援 by 就職後6月以上
//! 定着率, 就労定着支援 by 就労定着率, 就労選択支援 flat; and each user's
//! 所定単位数 × 利用日数 (× 1月 for 就労定着支援).

pub mod a;
pub mod b;
pub mod ikou;
pub mod sentaku;
pub mod teichaku;

use super::input::{Office, Service, Valid};
use super::measure::{band_at, pct, ratio};
use super::output::Basic;
use crate::engine::params::{cite, Band, PRODUCT_READING};
use crate::engine::problem::Problem;
use crate::engine::rules::Rule;
use crate::engine::trace::{units, Citation, Step, Trace};
use crate::engine::units::LineKind;
use crate::{key_group, rule};

/// The office's 基本報酬 (band and 所定単位数) for the month.
pub fn basic(t: &mut Trace, v: &Valid) -> Option<Basic> {
    match v.service {
        Service::B => b::basic_b(t, &v.office),
        Service::A => a::basic_a(t, &v.office),
        Service::Ikou => ikou::basic_ikou(t, &v.office),
        Service::Teichaku => teichaku::basic_teichaku(t, &v.office),
        Service::Sentaku => sentaku::basic_sentaku(t),
    }
}

rule!(pub CAPACITY_TIER = "shuro.capacity_tier", "利用定員の区分", source "告示 p.129〜 第14の1（利用定員の区分）", fn capacity_tier, keys ["shuro.capacity_tier."]);
/// 利用定員の区分 (A型・B型・就労移行支援).
pub fn capacity_tier(t: &mut Trace, o: &Office) -> Option<Band> {
    let Some(cap) = o.capacity else {
        t.problems.push(Problem::required("office.capacity", "利用定員"));
        return None;
    };
    let tier = band_at(t, key_group!("shuro.capacity_tier"), cap, "office.capacity")?;
    t.step(
        Step::of(&CAPACITY_TIER)
            .input("利用定員", format!("{cap}人"))
            .value(tier.label.clone())
            .source(tier.citation.clone()),
    );
    Some(tier)
}

/// A 基本報酬 cell: the figure `key` (所定単位数) as the [`Basic`] `item` of
/// `rule`, with its step: titled `item` + `heading`, the `inputs` the cell is
/// read by, the rule `cit` and the figure cited. The caller sets the band.
pub(super) fn cell(
    t: &mut Trace,
    (rule, cit): (&Rule, Citation),
    key: &str,
    item: String,
    heading: &str,
    inputs: &[(&str, &str)],
) -> Option<Basic> {
    let f = t.figure(key)?;
    let u = t.take(f.int())?;
    let s = Step::of(rule).title(format!("{item}{heading}"));
    let s = inputs.iter().fold(s, |s, (name, v)| s.input(name, *v));
    t.step(s.value(units(u)).source(cit).source(f.citation.clone()));
    Some(Basic::new(rule, item, u, f.citation))
}

/// The office's 人員配置 (A型・B型).
pub(super) fn staffing(t: &mut Trace, o: &Office) -> Option<&'static str> {
    if o.staffing.is_none() {
        t.problems.push(Problem::required("office.staffing", "人員配置"));
    }
    o.staffing
}

/// A 定着率's band: the counts `nd` (`n/d`; required, entered at `field`
/// named `counted`) compared as they are with the bands under `prefix` (no
/// rounding), with the step of `rule`. Returns the band and the rate as shown
/// (`50%（10/20）`).
pub(super) fn rate_band(
    t: &mut Trace,
    rule: &Rule,
    prefix: &str,
    nd: Option<(i64, i64)>,
    (field, counted): (&str, &str),
    measure_label: &str,
) -> Option<(Band, String)> {
    let Some((n, d)) = nd else {
        t.problems.push(Problem::required(field, counted));
        return None;
    };
    let rate = ratio(n, d);
    let band = band_at(t, prefix, rate, field)?;
    t.step(
        Step::of(rule)
            .input("分子", format!("{n}人"))
            .input("分母", format!("{d}人"))
            .input(measure_label, pct(rate))
            .value(band.label.clone())
            .source(band.citation.clone())
            .note("割合は分子÷分母をそのまま区分の境界と比べます（端数処理はしません）。")
            .source(cite(PRODUCT_READING, "就労系: 定着率は入力された人数の比をそのまま区分と比べる")),
    );
    Some((band, format!("{}（{n}/{d}）", pct(rate))))
}

/// The rule of a service's 所定単位数 × 利用日数.
fn user_rule(s: Service) -> &'static Rule {
    match s {
        Service::B => &B_USER,
        Service::A => &A_USER,
        Service::Ikou => &IKOU_USER,
        Service::Teichaku => &TEICHAKU_USER,
        Service::Sentaku => &SENTAKU_USER,
    }
}

/// The rule of a service's 基本報酬 (the unit line's rule).
fn basic_rule(s: Service) -> &'static Rule {
    match s {
        Service::B => &b::B_BASIC,
        Service::A => &a::A_BASIC,
        Service::Ikou => &ikou::IKOU_BASIC,
        Service::Teichaku => &teichaku::TEICHAKU_BASIC,
        Service::Sentaku => &sentaku::SENTAKU_BASIC,
    }
}

rule!(pub SENTAKU_USER = "shuro.sentaku.basic.user", "就労選択支援サービス費×利用日数", source "seed 001 就労選択支援 ○報酬単価（1日につき）", fn bill_basic);
rule!(pub TEICHAKU_USER = "shuro.teichaku.basic.user", "就労定着支援サービス費×1月", source "seed 001 就労定着支援 ○報酬単価（1月につき）", fn bill_basic);
rule!(pub IKOU_USER = "shuro.ikou.basic.user", "就労移行支援サービス費×利用日数", source "seed 001 就労移行支援 ○報酬単価（1日につき）", fn bill_basic);
rule!(pub A_USER = "shuro.a.basic.user", "就労継続支援A型サービス費×利用日数", source "seed 001 就労継続支援A型 ○報酬単価（1日につき）", fn bill_basic);
rule!(pub B_USER = "shuro.b.basic.user", "就労継続支援B型サービス費×利用日数", source "告示 第14の1（1日につき）", fn bill_basic);
/// One user's 基本報酬: the 所定単位数 × the days billed (1月 for 就労定着支援).
pub fn bill_basic(t: &mut Trace, s: Service, b: &Basic, count: i64) -> Option<i64> {
    let total = t.line(basic_rule(s), b.item.clone(), b.units, count, LineKind::Basic)?;
    let (per, counted) =
        if s.monthly() { ("月", "1月".to_string()) } else { ("利用日数", format!("{count}日")) };
    let times = if s.monthly() { "1月" } else { "利用日数" };
    t.step(
        Step::of(user_rule(s))
            .title(format!("{}×{times}", b.item))
            .input("所定単位数", units(b.units))
            .input(per, counted)
            .value(units(total)),
    );
    Some(total)
}
