//! 就労支援事業会計: the two 積立金 (工賃変動積立金・設備等整備積立金) year by
//! year — how much may be set aside, how much may be drawn and why — and the
//! 生産活動's break-even price and the 賃金・工賃 a price funds.
//!
//! The rule text is the 就労支援事業会計の運用ガイドライン (令和3年度 厚生労働省
//! 障害者総合福祉推進事業), as the 横浜市 令和7年度 集団指導 資料3 reproduces it
//! (seed 002, lines 306–1050).
//!
//! 3 基本的な考え方 5) 就労支援事業会計における利用者賃金・工賃への配分:
//!
//! > [生産活動収入] − [生産活動に係る経費] = [利用者に支払う賃金・工賃]
//! > 生産活動により余剰金が生じる場合は、全て賃金・工賃として支払うこととされて
//! > いるため、生産活動に係る余剰金は原則として生じません。ただし、将来にわたって
//! > 安定的に賃金・工賃を支給するため又は安定的かつ円滑に就労支援事業を継続する
//! > ため、一定の条件の下に積立金を計上することが認められており、その年度に積立て
//! > た金額までは、生産活動に係る余剰金が生じてもよいこととされています。
//!
//! 4 標準的な処理方法 3) ◎積立金について (ガイドライン p.31):
//!
//! | 種類 | 各年度における積立額の限度 | 積立上限額 |
//! |---|---|---|
//! | 工賃変動積立金 | 過去3年間の平均賃金・工賃の10%以内 | 過去3年間の平均賃金・工賃の50%以内 |
//! | 設備等整備積立金 | 就労支援事業収入の10%以内 | 就労支援事業資産の取得価額の75%以内 |
//!
//! 【積立て】
//! > ・積立金は、…就労支援事業活動計算書（別紙1）の当期末繰越金活動増減差額に
//! >   その他の積立金取崩額を加算した額の範囲内で計上します。
//! > ・積立金の計上時期は、就労支援事業活動増減差額が生じた年度の計算書類に反映させます。
//! > ・積立金は、当該年度の利用者賃金及び利用者工賃の支払額が、前年度の利用者賃金
//! >   及び利用者工賃の支払い実績額を下回らない場合に限り計上できます。
//! > ・積立金を計上する場合は、同額の積立資産…を計上しなければなりません。
//!
//! 【取崩し】
//! > ・工賃変動積立金及びそれに対応する積立資産は、保障すべき一定の工賃水準（天災等
//! >   により工賃が大幅に減少した年度を除き、過去3年間の最低工賃をいう）を下回った
//! >   年度について、取り崩して工賃を補填し、補填された工賃を利用者に支給します。
//! > ・設備等整備積立金及びそれに対応する積立資産は、生産活動に要する設備等の更新、
//! >   新たな生産活動への展開を行うための設備等を導入した場合に、取り崩します。
//! > ・その他の目的のために取り崩して流用することは、認められません。ただし、就労
//! >   支援事業に伴う自立支援給付費収入の受取時期が2ヶ月以上遅れる場合に限り、一時
//! >   繰替使用はできます。その場合でも、自立支援給付費収入により必ず補填しなければ
//! >   ならず、積立金の目的の達成に支障を来たさないようにしなければなりません。
//!
//! 3 5) Tips ① コスト構造を把握して損益分岐点を算出し、販売価格を設定する《例》:
//!
//! > 製造原価 (10,000個 × @50円) 500,000円 + 販管費 100,000円 = 600,000円
//! > 600,000円 ÷ 10,000個 = 60円 …販売価格は1個60円が損益分岐点
//! > 販売価格 110円 - 1個あたり必要経費 60円 = 50円の差額(剰余金)
//! > 50円 × 10,000個 = 500,000円相当を賃金総額に反映できる
//! > (※ 上記の製造原価及び販管費には、利用者の賃金は含めずに計算する)
//!
//! Where the guideline is silent the product takes a reading, cites it as
//! `product-reading` and says so in the explanation (see [`READINGS`]).
//!
//! Period: the guideline is not a 報酬改定 table. Its figures are in
//! `data/kaikei.tsv` from 2024-04 (the product's range) with no end. A 年度 is
//! computed with the figures in force in its closing month (翌年3月, the 決算 in
//! which a reserve is booked), and its rule must also be in force in its first
//! month (4月); so a 年度 whose 決算 falls after the data's horizon
//! (`dataset.verified_through`) is refused as not in force.

use crate::engine::date::{
    fiscal_year_both, fiscal_year_first_month, fiscal_year_last_month, fiscal_year_months,
};
use crate::engine::input::{Raw, Reader};
use crate::engine::params::{cite, Ctx, Figure, UserFigures};
use crate::engine::problem::{Code, Outcome, Problem, Problems};
use crate::engine::rounding::Rounding;
use crate::engine::trace::{thousands, yen, Citation, Step};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

const SEED: &str = "seed-002-yokohama-r7";
const READING: &str = "product-reading";

/// Input bounds (not rule figures): amounts up to 1兆円, up to 10 years, 3 past years.
const YEN_MAX: i64 = 1_000_000_000_000;
const YEARS_MAX: usize = 10;
const HISTORY_MAX: usize = 3;
const DELAY_MAX_MONTHS: i64 = 120;
const VOLUME_MAX: i64 = 1_000_000_000;
const USERS_MAX: i64 = 10_000;

/// The readings the product takes where the guideline is silent (also in the report).
pub const READINGS: &[(&str, &str)] = &[
    ("kaikei.past_three_years", "「過去3年間」は当該年度の前の3年度（前年度・前々年度・3年前の年度）とし、当該年度を含めない。"),
    ("kaikei.three_years_needed", "3年度分の実績がそろわない場合、平均賃金・工賃と保障すべき工賃水準は求められないものとし、工賃変動積立金の積立て・取崩しはできない。"),
    ("kaikei.wages_total", "「賃金・工賃の支払額」は工賃変動積立金からの補填を含めた支払総額とする（前年度との比較、平均、最低工賃）。取崩しの可否は補填前の支払額で判断する。"),
    ("kaikei.disaster_window", "天災等の年度は過去3年間の中から除くだけで、さらに前の年度で補わない。除外は保障すべき工賃水準（最低工賃）にだけ適用し、平均賃金・工賃には適用しない。"),
    ("kaikei.order", "年度中の取崩し（工賃の補填・設備等の導入）を先に、年度末の積立てを後に処理する。積立上限額は取崩し後の残高に対して判断する。"),
    ("kaikei.surplus_order", "積立可能な額（当期末繰越活動増減差額＋その他の積立金取崩額）は、工賃変動積立金に先に、設備等整備積立金に残りを充てる（希望額を入力すればその額まで）。"),
    ("kaikei.rounding", "平均賃金・工賃と各限度額・上限額は1円未満切捨て（「以内」の限度を超えないため）。"),
    ("kaikei.equipment_draw", "設備等整備積立金の取崩しは、その年度に導入した設備等の取得価額までとする。"),
    ("kaikei.temporary_use", "一時繰替使用は、取崩し後の積立資産（両積立金の合計から未補填額を除いた額）の範囲内とし、積立金の残高は変えず、補填されるまで未補填額として繰り越す。"),
    ("kaikei.over_ceiling", "前期から繰り越した残高が積立上限額を超えていても、超過分の取崩しは求めない（ガイドラインに定めなし）。その年度の積立ては0円。"),
    ("kaikei.break_even", "損益分岐点の販売価格は、1個あたり必要経費を1円未満切上げた額（赤字にならない最低の円単位の価格）。剰余金は販売価格×数量−経費で求める。"),
];

fn reading(id: &str) -> Citation {
    let text = READINGS
        .iter()
        .find(|(k, _)| *k == id)
        .map(|(_, t)| *t)
        .unwrap_or(id);
    cite(READING, &format!("就労支援事業会計: {text}"))
}

// ---------------------------------------------------------------- requests

/// Balances at the start of the first 年度 (前期繰越額, 別紙3).
#[derive(Clone, Debug, Default, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct OpeningInput {
    /// 工賃変動積立金の前期繰越額 (yen).
    pub wage_reserve: Raw,
    /// 設備等整備積立金の前期繰越額 (yen).
    pub equipment_reserve: Raw,
    /// 一時繰替使用の未補填額 (yen).
    pub temporary_outstanding: Raw,
}

/// One 年度 before the first year of the ledger.
#[derive(Clone, Debug, Default, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct HistoryInput {
    /// 利用者賃金・工賃の支払実績額 (including any 工賃変動積立金 top-up); blank = no record.
    pub wages_paid: Raw,
    /// 天災等により工賃が大幅に減少した年度.
    pub disaster: Raw,
}

/// One 年度 of the ledger.
#[derive(Clone, Debug, Default, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct YearInput {
    /// 利用者賃金・工賃の支払額, excluding the 工賃変動積立金 top-up (yen).
    pub wages_paid: Raw,
    /// 天災等により工賃が大幅に減少した年度.
    pub disaster: Raw,
    /// 当期末繰越活動増減差額 (別紙1 (13)); may be negative (yen).
    pub surplus: Raw,
    /// 就労支援事業収入 (生産活動収入) of the year (yen).
    pub production_income: Raw,
    /// 就労支援事業資産の取得価額 at the end of the year (yen).
    pub asset_cost: Raw,
    /// 工賃変動積立金を取り崩して補填する額 (yen; blank = 0).
    pub wage_draw: Raw,
    /// 生産活動に要する設備等を導入した額 (取得価額; yen; blank = 0).
    pub equipment_purchase: Raw,
    /// 設備等整備積立金を取り崩す額 (yen; blank = 0).
    pub equipment_draw: Raw,
    /// 工賃変動積立金として積み立てたい額 (yen; blank = as much as allowed).
    pub wage_reserve_request: Raw,
    /// 設備等整備積立金として積み立てたい額 (yen; blank = as much as allowed).
    pub equipment_reserve_request: Raw,
    /// 自立支援給付費収入の受取の遅れ (months).
    pub benefit_delay_months: Raw,
    /// 積立資産の一時繰替使用額 (yen; blank = 0).
    pub temporary_use: Raw,
    /// 一時繰替使用の補填額 (yen; blank = 0).
    pub temporary_repaid: Raw,
}

#[derive(Clone, Debug, Default, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct LedgerRequest {
    /// The first 年度 of the ledger (`2024`, `"令和6年度"`).
    pub first_fiscal_year: Raw,
    pub opening: OpeningInput,
    /// The 年度 just before the first year, oldest first (1–3 entries; the last is 前年度).
    pub history: Vec<HistoryInput>,
    /// Consecutive 年度 from `first_fiscal_year`.
    pub years: Vec<YearInput>,
}

#[derive(Clone, Debug, Default, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct PriceRequest {
    /// The 年度 budgeted (`2025`, `"令和7年度"`).
    pub fiscal_year: Raw,
    /// 販売数量 (個) in the year; or `operating_days` × `daily_output`.
    pub volume: Raw,
    /// 年間営業日数.
    pub operating_days: Raw,
    /// 1日の生産数 (個).
    pub daily_output: Raw,
    /// 製造原価 for the volume, excluding 利用者賃金 (yen); or `manufacturing_cost_per_item`.
    pub manufacturing_cost_total: Raw,
    /// 1個あたり製造原価, excluding 利用者賃金 (yen).
    pub manufacturing_cost_per_item: Raw,
    /// 販管費, excluding 利用者賃金 (yen).
    pub sga_cost: Raw,
    /// 販売価格 per item (yen), to see the surplus and the 賃金・工賃 it funds.
    pub price: Raw,
    /// 利用者数, to share the 工賃 total per person.
    pub users: Raw,
    /// 目標とする1人あたり月額の賃金・工賃 (yen): gives the price needed.
    pub target_monthly_wage: Raw,
}

// ---------------------------------------------------------------- outputs

/// What limited a reserve in a year.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum LimitedBy {
    /// The amount the user asked for was allowed in full.
    Request,
    /// 各年度における積立額の限度 (10%).
    YearlyLimit,
    /// 積立上限額 (50% / 75%) less the balance.
    Ceiling,
    /// 当期末繰越活動増減差額＋その他の積立金取崩額.
    Surplus,
    /// This year's 賃金・工賃 fell below last year's: no 積立.
    WagesFell,
    /// The three past years are not all known (工賃変動積立金).
    NoHistory,
}

impl LimitedBy {
    pub fn label(self) -> &'static str {
        match self {
            LimitedBy::Request => "希望額どおり",
            LimitedBy::YearlyLimit => "各年度の積立額の限度",
            LimitedBy::Ceiling => "積立上限額",
            LimitedBy::Surplus => "積立可能な差額（当期末繰越活動増減差額＋取崩額）",
            LimitedBy::WagesFell => "賃金・工賃が前年度を下回ったため積立て不可",
            LimitedBy::NoHistory => "過去3年間の実績がそろわないため積立て不可",
        }
    }
}

/// One reserve in one year, laid out as 別紙3 (前期繰越額・当期積立額・当期取崩額・当期末残高).
#[derive(Clone, Debug, Serialize)]
pub struct ReserveYear {
    /// 前期繰越額.
    pub opening: i64,
    pub draw_requested: i64,
    /// 当期取崩額.
    pub draw_allowed: i64,
    /// The most that could be drawn this year.
    pub draw_max: i64,
    /// Why a requested draw was refused or cut (Japanese), if it was.
    pub draw_note: Option<String>,
    /// 各年度における積立額の限度 (None when it cannot be computed).
    pub yearly_limit: Option<i64>,
    /// 積立上限額.
    pub ceiling: Option<i64>,
    /// 積立上限額 − (前期繰越額 − 当期取崩額), at least 0.
    pub room: Option<i64>,
    pub reserve_requested: Option<i64>,
    /// 当期積立額.
    pub reserve_allowed: i64,
    pub limited_by: LimitedBy,
    pub limited_by_label: String,
    /// 当期末残高.
    pub closing: i64,
    /// The closing balance is above the ceiling (carried from earlier years).
    pub over_ceiling: bool,
}

#[derive(Clone, Debug, Serialize)]
pub struct TemporaryUse {
    pub opening_outstanding: i64,
    pub delay_months: Option<i64>,
    pub requested: i64,
    pub allowed: i64,
    pub note: Option<String>,
    pub repaid: i64,
    /// 未補填額 at the end of the year.
    pub closing_outstanding: i64,
}

#[derive(Clone, Debug, Serialize)]
pub struct PastYear {
    pub fiscal_year: i32,
    pub label: String,
    /// 支払実績額 (None = no record).
    pub wages_total: Option<i64>,
    pub disaster: bool,
}

#[derive(Clone, Debug, Serialize)]
pub struct YearResult {
    pub fiscal_year: i32,
    /// `2024年度（令和6年度）`.
    pub label: String,
    /// 補填前の賃金・工賃の支払額.
    pub wages_paid: i64,
    /// 工賃変動積立金からの補填額.
    pub wage_top_up: i64,
    /// 賃金・工賃の支払総額 (補填を含む).
    pub wages_total: i64,
    pub previous_wages_total: i64,
    /// 当該年度の支払額が前年度の支払実績額を下回らない.
    pub wages_not_below_previous: bool,
    pub disaster: bool,
    /// The three 年度 before, oldest first.
    pub past_years: Vec<PastYear>,
    /// 過去3年間の平均賃金・工賃.
    pub average_wages: Option<i64>,
    /// 保障すべき一定の工賃水準 (過去3年間の最低工賃, 天災等の年度を除く).
    pub guaranteed_level: Option<i64>,
    /// 当期末繰越活動増減差額 (13).
    pub surplus: i64,
    /// その他の積立金取崩額 (15).
    pub reserves_drawn: i64,
    /// 積立可能な額: max(0, (13) + (15)).
    pub available: i64,
    pub production_income: i64,
    pub asset_cost: i64,
    pub equipment_purchase: i64,
    pub wage_reserve: ReserveYear,
    pub equipment_reserve: ReserveYear,
    /// その他の積立金積立額 (16).
    pub reserves_added: i64,
    /// (13) + (15) − (16): 次期繰越活動増減差額 (基本金取崩額を除く).
    pub carried_forward: i64,
    pub temporary: TemporaryUse,
    /// 積立金の当期末残高の合計 = 計上すべき積立資産.
    pub reserve_assets_required: i64,
    /// 積立資産 − 一時繰替使用の未補填額.
    pub reserve_assets_held: i64,
    pub steps: Vec<Step>,
}

#[derive(Clone, Debug, Serialize)]
pub struct LedgerOutput {
    pub first_fiscal_year: i32,
    pub last_fiscal_year: i32,
    pub years: Vec<YearResult>,
    /// The rules common to every year.
    pub steps: Vec<Step>,
}

#[derive(Clone, Debug, Serialize)]
pub struct PriceOutput {
    pub fiscal_year: i32,
    pub label: String,
    pub volume: i64,
    pub manufacturing_cost: i64,
    pub sga_cost: i64,
    pub total_cost: i64,
    /// 1個あたり必要経費, exact (decimal text).
    pub cost_per_item: String,
    /// 損益分岐点の販売価格 (1円未満切上げ).
    pub break_even_price: i64,
    pub price: Option<i64>,
    pub sales: Option<i64>,
    /// 販売価格 − 1個あたり必要経費 (decimal text).
    pub margin_per_item: Option<String>,
    /// 剰余金 (negative = 赤字).
    pub surplus: Option<i64>,
    /// 賃金総額に反映できる額.
    pub wage_fund: Option<i64>,
    pub months: i64,
    pub users: Option<i64>,
    pub wage_per_user_year: Option<i64>,
    pub wage_per_user_month: Option<i64>,
    pub target_monthly_wage: Option<i64>,
    pub target_wage_fund: Option<i64>,
    pub target_price: Option<i64>,
    pub steps: Vec<Step>,
}

// ---------------------------------------------------------------- helpers

/// A context for a 年度: the figures of its closing month, and its rule in force
/// from its first month to its closing month.
// A `Problem` is the product's error everywhere (as in `params`); not boxed here either.
#[allow(clippy::result_large_err)]
fn year_ctx<'a>(
    fy: i32,
    field: &'a str,
    uf: &'a UserFigures,
    rule: &str,
) -> Result<(Ctx<'a>, Citation), Problem> {
    let (Some(first), Some(last)) = (fiscal_year_first_month(fy), fiscal_year_last_month(fy))
    else {
        return Err(Problem::out_of_range(
            field,
            format!("{fy}年度は計算できる範囲外です。"),
        ));
    };
    let refuse = |p: Problem| {
        Problem::new(
            Code::NotInForce,
            field,
            format!(
                "{}（{}〜{}）は計算できません。{}",
                fiscal_year_both(fy),
                first.wareki(),
                last.wareki(),
                p.message
            ),
        )
    };
    let start = Ctx::new(first, field, uf).map_err(refuse)?;
    start.rule(rule).map_err(refuse)?;
    let ctx = Ctx::new(last, field, uf).map_err(refuse)?;
    let cit = ctx.rule(rule).map_err(refuse)?;
    Ok((ctx, cit))
}

/// `0.1` → `10%`.
fn percent(rate: Decimal) -> String {
    format!("{}%", (rate * Decimal::ONE_HUNDRED).normalize())
}

/// `amount × rate`, 1円未満切捨て.
fn floor_share(amount: i64, rate: Decimal) -> i64 {
    // Amounts are bounded by YEN_MAX, so the product fits; 0 is a safe fallback.
    Rounding::FloorYen
        .to_int(Decimal::from(amount) * rate)
        .unwrap_or(0)
}

fn opt_yen(v: Option<i64>) -> String {
    v.map(yen).unwrap_or_else(|| "—".to_string())
}

/// The figures a year reads.
struct Figs {
    reserve_rule: Citation,
    draw_rule: Citation,
    wage_rate: Figure,
    wage_ceiling_rate: Figure,
    avg_years: (i64, Citation),
    eq_rate: Figure,
    eq_ceiling_rate: Figure,
    level_years: (i64, Citation),
    delay_min: (i64, Citation),
}

fn figs(c: &Ctx, reserve_rule: Citation, field: &str) -> Result<Figs, Vec<Problem>> {
    let mut ps = Problems::new();
    let draw_rule = ps.take(c.rule("kaikei.draw").map_err(|p| p.at(field)));
    let wage_rate = ps.take(c.figure("kaikei.wage_reserve.yearly_limit_rate"));
    let wage_ceiling_rate = ps.take(c.figure("kaikei.wage_reserve.ceiling_rate"));
    let avg_years = ps.take(c.int("kaikei.wage_reserve.average_years"));
    let eq_rate = ps.take(c.figure("kaikei.equipment_reserve.yearly_limit_rate"));
    let eq_ceiling_rate = ps.take(c.figure("kaikei.equipment_reserve.ceiling_rate"));
    let level_years = ps.take(c.int("kaikei.guaranteed_level.years"));
    let delay_min = ps.take(c.int("kaikei.temporary_use.min_delay_months"));
    match (
        draw_rule,
        wage_rate,
        wage_ceiling_rate,
        avg_years,
        eq_rate,
        eq_ceiling_rate,
        level_years,
        delay_min,
    ) {
        (
            Some(draw_rule),
            Some(wage_rate),
            Some(wage_ceiling_rate),
            Some(avg_years),
            Some(eq_rate),
            Some(eq_ceiling_rate),
            Some(level_years),
            Some(delay_min),
        ) => Ok(Figs {
            reserve_rule,
            draw_rule,
            wage_rate,
            wage_ceiling_rate,
            avg_years,
            eq_rate,
            eq_ceiling_rate,
            level_years,
            delay_min,
        }),
        _ => Err(ps.into_vec().into_iter().map(|p| p.at(field)).collect()),
    }
}

// ---------------------------------------------------------------- validated input

struct ValidYear {
    wages_paid: i64,
    disaster: bool,
    surplus: i64,
    production_income: i64,
    asset_cost: i64,
    wage_draw: i64,
    equipment_purchase: i64,
    equipment_draw: i64,
    wage_reserve_request: Option<i64>,
    equipment_reserve_request: Option<i64>,
    benefit_delay_months: Option<i64>,
    temporary_use: i64,
    temporary_repaid: i64,
}

/// A 年度's record as later years see it.
#[derive(Clone, Copy)]
struct Record {
    fy: i32,
    wages_total: Option<i64>,
    disaster: bool,
}

fn money(r: &mut Reader, raw: &Raw, field: &str, label: &str) -> Option<i64> {
    r.int(raw, field, label, 0, YEN_MAX)
}

fn opt_money(r: &mut Reader, raw: &Raw, field: &str, label: &str) -> Option<Option<i64>> {
    r.opt_int(raw, field, label, 0, YEN_MAX)
}

fn read_year(r: &mut Reader, y: &YearInput, i: usize) -> Option<ValidYear> {
    let f = |s: &str| format!("years[{i}].{s}");
    let wages = money(r, &y.wages_paid, &f("wages_paid"), "賃金・工賃の支払額");
    let disaster = r.flag(&y.disaster, &f("disaster"), "天災等による大幅な減少", false);
    let surplus = r.int(
        &y.surplus,
        &f("surplus"),
        "当期末繰越活動増減差額",
        -YEN_MAX,
        YEN_MAX,
    );
    let income = money(
        r,
        &y.production_income,
        &f("production_income"),
        "就労支援事業収入",
    );
    let asset = money(
        r,
        &y.asset_cost,
        &f("asset_cost"),
        "就労支援事業資産の取得価額",
    );
    let wage_draw = opt_money(r, &y.wage_draw, &f("wage_draw"), "工賃変動積立金の取崩額");
    let purchase = opt_money(
        r,
        &y.equipment_purchase,
        &f("equipment_purchase"),
        "設備等の導入額",
    );
    let eq_draw = opt_money(
        r,
        &y.equipment_draw,
        &f("equipment_draw"),
        "設備等整備積立金の取崩額",
    );
    let wreq = opt_money(
        r,
        &y.wage_reserve_request,
        &f("wage_reserve_request"),
        "工賃変動積立金の積立希望額",
    );
    let ereq = opt_money(
        r,
        &y.equipment_reserve_request,
        &f("equipment_reserve_request"),
        "設備等整備積立金の積立希望額",
    );
    let delay = r.opt_int(
        &y.benefit_delay_months,
        &f("benefit_delay_months"),
        "自立支援給付費の受取の遅れ",
        0,
        DELAY_MAX_MONTHS,
    );
    let temp = opt_money(r, &y.temporary_use, &f("temporary_use"), "一時繰替使用額");
    let repaid = opt_money(
        r,
        &y.temporary_repaid,
        &f("temporary_repaid"),
        "一時繰替使用の補填額",
    );
    if let (Some(Some(t)), Some(None)) = (temp, delay) {
        if t > 0 {
            r.problems.push(Problem::required(
                f("benefit_delay_months"),
                "一時繰替使用をする場合は、自立支援給付費の受取が何か月遅れたか",
            ));
            return None;
        }
    }
    Some(ValidYear {
        wages_paid: wages?,
        disaster: disaster?,
        surplus: surplus?,
        production_income: income?,
        asset_cost: asset?,
        wage_draw: wage_draw?.unwrap_or(0),
        equipment_purchase: purchase?.unwrap_or(0),
        equipment_draw: eq_draw?.unwrap_or(0),
        wage_reserve_request: wreq?,
        equipment_reserve_request: ereq?,
        benefit_delay_months: delay?,
        temporary_use: temp?.unwrap_or(0),
        temporary_repaid: repaid?.unwrap_or(0),
    })
}

// ---------------------------------------------------------------- the ledger

/// Balances carried from one year to the next.
#[derive(Clone, Copy, Default)]
struct Balances {
    wage: i64,
    equipment: i64,
    outstanding: i64,
}

/// One reserve's draw, limit, ceiling and amount, shared by both reserves.
struct ReserveCalc {
    opening: i64,
    draw_requested: i64,
    draw_allowed: i64,
    draw_max: i64,
    draw_note: Option<String>,
}

/// `min(request, yearly limit, room under the ceiling, available)` with what bit.
fn reserve_amount(request: Option<i64>, limit: i64, room: i64, available: i64) -> (i64, LimitedBy) {
    let allowed = [request.unwrap_or(i64::MAX), limit, room, available]
        .into_iter()
        .min()
        .unwrap_or(0)
        .max(0);
    let by = if request == Some(allowed) {
        LimitedBy::Request
    } else if limit == allowed {
        LimitedBy::YearlyLimit
    } else if room == allowed {
        LimitedBy::Ceiling
    } else {
        LimitedBy::Surplus
    };
    (allowed, by)
}

fn finish_reserve(
    rc: ReserveCalc,
    limit: Option<i64>,
    ceiling: Option<i64>,
    room: Option<i64>,
    request: Option<i64>,
    allowed: i64,
    by: LimitedBy,
) -> ReserveYear {
    let closing = rc.opening - rc.draw_allowed + allowed;
    ReserveYear {
        opening: rc.opening,
        draw_requested: rc.draw_requested,
        draw_allowed: rc.draw_allowed,
        draw_max: rc.draw_max,
        draw_note: rc.draw_note,
        yearly_limit: limit,
        ceiling,
        room,
        reserve_requested: request,
        reserve_allowed: allowed,
        limited_by: by,
        limited_by_label: by.label().to_string(),
        closing,
        over_ceiling: ceiling.map(|c| closing > c).unwrap_or(false),
    }
}

/// Computes one 年度 of the ledger.
#[allow(clippy::too_many_arguments)]
fn ledger_year(
    fy: i32,
    i: usize,
    y: &ValidYear,
    fg: &Figs,
    records: &[Record],
    open: Balances,
    ps: &mut Problems,
) -> (YearResult, Balances) {
    let mut steps = Vec::new();
    let rec = |year: i32| records.iter().find(|r| r.fy == year).copied();

    // 1. The three years before.
    let n_avg = fg.avg_years.0.max(1);
    let past_years: Vec<PastYear> = (1..=n_avg)
        .rev()
        .map(|k| {
            let year = fy - k as i32;
            let r = rec(year);
            PastYear {
                fiscal_year: year,
                label: fiscal_year_both(year),
                wages_total: r.and_then(|r| r.wages_total),
                disaster: r.map(|r| r.disaster).unwrap_or(false),
            }
        })
        .collect();
    let mut s = Step::new(
        "kaikei.past_years",
        format!("過去{}年間の賃金・工賃の支払実績額", n_avg),
    );
    for p in &past_years {
        s = s.input(
            &p.label,
            format!(
                "{}{}",
                opt_yen(p.wages_total),
                if p.disaster {
                    "（天災等の年度）"
                } else {
                    ""
                }
            ),
        );
    }
    let sum: Option<i64> = past_years.iter().map(|p| p.wages_total).sum();
    let average =
        sum.and_then(|s| Rounding::FloorYen.to_int(Decimal::from(s) / Decimal::from(n_avg)));
    s = s
        .value(match average {
            Some(a) => format!("平均 {}", yen(a)),
            None => "平均を求められません".to_string(),
        })
        .source(fg.avg_years.1.clone())
        .source(reading("kaikei.past_three_years"))
        .source(reading("kaikei.wages_total"));
    if let (Some(total), Some(a)) = (sum, average) {
        s = s
            .note(format!(
                "（{}）÷{}＝{}（{}）",
                yen(total),
                n_avg,
                yen(a),
                Rounding::FloorYen.label()
            ))
            .source(reading("kaikei.rounding"));
    } else {
        s = s
            .note("過去3年間の実績がそろわないため、平均賃金・工賃を求められません。工賃変動積立金は積み立てられません（本製品の読み）。")
            .source(reading("kaikei.three_years_needed"));
    }
    steps.push(s);

    // 2. 保障すべき一定の工賃水準.
    let n_level = fg.level_years.0.max(1);
    let window: Vec<Option<Record>> = (1..=n_level).rev().map(|k| rec(fy - k as i32)).collect();
    let complete = window
        .iter()
        .all(|r| r.map(|r| r.wages_total.is_some()).unwrap_or(false));
    let kept: Vec<i64> = window
        .iter()
        .flatten()
        .filter(|r| !r.disaster)
        .filter_map(|r| r.wages_total)
        .collect();
    let excluded: Vec<String> = window
        .iter()
        .flatten()
        .filter(|r| r.disaster)
        .map(|r| fiscal_year_both(r.fy))
        .collect();
    let level = if complete {
        kept.iter().copied().min()
    } else {
        None
    };
    let mut s = Step::new(
        "kaikei.guaranteed_level",
        "保障すべき一定の工賃水準（過去3年間の最低工賃。天災等により大幅に減少した年度を除く）",
    )
    .value(match level {
        Some(l) => yen(l),
        None => "求められません".to_string(),
    })
    .source(fg.draw_rule.clone())
    .source(fg.level_years.1.clone())
    .source(reading("kaikei.disaster_window"));
    if !excluded.is_empty() {
        s = s.note(format!(
            "天災等により工賃が大幅に減少した年度として{}を除きました。",
            excluded.join("・")
        ));
    }
    if !complete {
        s = s
            .note("過去3年間の実績がそろわないため、求められません（本製品の読み）。")
            .source(reading("kaikei.three_years_needed"));
    } else if level.is_none() {
        s = s.note("過去3年間がすべて天災等の年度のため、求められません。");
    }
    steps.push(s);

    // 3. 工賃変動積立金の取崩し（工賃の補填）.
    let shortfall = level.map(|l| (l - y.wages_paid).max(0)).unwrap_or(0);
    let wage_draw_max = shortfall.min(open.wage);
    let mut wage_draw_note = None;
    let wage_draw_allowed = if y.wage_draw == 0 {
        0
    } else if level.is_none() {
        wage_draw_note = Some("保障すべき工賃水準を求められないため、取り崩せません。".to_string());
        0
    } else if shortfall == 0 {
        wage_draw_note = Some(format!(
            "賃金・工賃の支払額（{}）が保障すべき工賃水準（{}）を下回っていないため、取り崩せません。",
            yen(y.wages_paid),
            opt_yen(level)
        ));
        0
    } else {
        let a = y.wage_draw.min(wage_draw_max);
        if a < y.wage_draw {
            wage_draw_note = Some(format!(
                "取り崩せるのは工賃水準までの不足額（{}）と残高（{}）の少ない方の{}までです。",
                yen(shortfall),
                yen(open.wage),
                yen(wage_draw_max)
            ));
        }
        a
    };
    let mut s = Step::new(
        "kaikei.wage_reserve.draw",
        "工賃変動積立金の取崩し（工賃の補填）",
    )
    .input("賃金・工賃の支払額（補填前）", yen(y.wages_paid))
    .input("保障すべき工賃水準", opt_yen(level))
    .input("前期繰越額", yen(open.wage))
    .input("取崩しの希望額", yen(y.wage_draw))
    .value(yen(wage_draw_allowed))
    .source(fg.draw_rule.clone())
    .source(cite(
        SEED,
        "資料3 4 3) ◎積立金について 留意事項【取崩し】1つ目",
    ));
    if let Some(n) = &wage_draw_note {
        s = s.note(n.clone());
    }
    if y.wage_draw == 0 && wage_draw_max > 0 {
        s = s.note(format!(
            "賃金・工賃が保障すべき工賃水準を下回っています。{}まで取り崩して補填できます。",
            yen(wage_draw_max)
        ));
    }
    if wage_draw_allowed > 0 {
        s = s.note("補填した工賃は利用者に支給します。取崩しには理事会等の議決が必要です。");
    }
    steps.push(s);

    // 4. 設備等整備積立金の取崩し.
    let eq_draw_max = y.equipment_purchase.min(open.equipment);
    let mut eq_draw_note = None;
    let eq_draw_allowed = if y.equipment_draw == 0 {
        0
    } else if y.equipment_purchase == 0 {
        eq_draw_note = Some("設備等を導入していないため、取り崩せません。".to_string());
        0
    } else {
        let a = y.equipment_draw.min(eq_draw_max);
        if a < y.equipment_draw {
            eq_draw_note = Some(format!(
                "取り崩せるのは設備等の導入額（{}）と残高（{}）の少ない方の{}までです（本製品の読み）。",
                yen(y.equipment_purchase),
                yen(open.equipment),
                yen(eq_draw_max)
            ));
        }
        a
    };
    let mut s = Step::new(
        "kaikei.equipment_reserve.draw",
        "設備等整備積立金の取崩し（生産活動に要する設備等の更新・新たな生産活動への展開）",
    )
    .input("設備等の導入額", yen(y.equipment_purchase))
    .input("前期繰越額", yen(open.equipment))
    .input("取崩しの希望額", yen(y.equipment_draw))
    .value(yen(eq_draw_allowed))
    .source(fg.draw_rule.clone())
    .source(cite(
        SEED,
        "資料3 4 3) ◎積立金について 留意事項【取崩し】2つ目",
    ))
    .source(reading("kaikei.equipment_draw"));
    if let Some(n) = &eq_draw_note {
        s = s.note(n.clone());
    }
    steps.push(s);

    // 5. 一時繰替使用.
    let pool =
        (open.wage - wage_draw_allowed + open.equipment - eq_draw_allowed - open.outstanding)
            .max(0);
    let mut temp_note = None;
    let temp_allowed = if y.temporary_use == 0 {
        0
    } else if y.benefit_delay_months.unwrap_or(0) < fg.delay_min.0 {
        temp_note = Some(format!(
            "自立支援給付費の受取の遅れが{}か月のため、一時繰替使用はできません（{}か月以上遅れる場合に限ります）。",
            y.benefit_delay_months.unwrap_or(0),
            fg.delay_min.0
        ));
        0
    } else {
        let a = y.temporary_use.min(pool);
        if a < y.temporary_use {
            temp_note = Some(format!(
                "一時繰替使用できるのは積立資産の残り（{}）までです（本製品の読み）。",
                yen(pool)
            ));
        }
        a
    };
    let owed = open.outstanding + temp_allowed;
    if y.temporary_repaid > owed {
        ps.push(Problem::inconsistent(
            format!("years[{i}].temporary_repaid"),
            format!(
                "一時繰替使用の補填額（{}）が未補填額（{}）を超えています。",
                yen(y.temporary_repaid),
                yen(owed)
            ),
        ));
    }
    let closing_outstanding = (owed - y.temporary_repaid).max(0);
    if y.temporary_use > 0 || open.outstanding > 0 || y.temporary_repaid > 0 {
        let mut s = Step::new(
            "kaikei.temporary_use",
            "積立資産の一時繰替使用（自立支援給付費の受取が遅れる場合）",
        )
        .input("前期からの未補填額", yen(open.outstanding))
        .input(
            "自立支援給付費の受取の遅れ",
            y.benefit_delay_months
                .map(|m| format!("{m}か月"))
                .unwrap_or_else(|| "—".to_string()),
        )
        .input("一時繰替使用の希望額", yen(y.temporary_use))
        .input("補填額", yen(y.temporary_repaid))
        .value(format!(
            "使用 {}・年度末の未補填額 {}",
            yen(temp_allowed),
            yen(closing_outstanding)
        ))
        .source(fg.draw_rule.clone())
        .source(fg.delay_min.1.clone())
        .source(reading("kaikei.temporary_use"));
        if let Some(n) = &temp_note {
            s = s.note(n.clone());
        }
        if closing_outstanding > 0 {
            s = s.note(format!(
                "年度末に未補填額{}があります。自立支援給付費収入により必ず補填し、積立金の目的の達成に支障を来たさないようにしてください。",
                yen(closing_outstanding)
            ));
        }
        steps.push(s);
    }

    // 6. 前年度との比較.
    let wages_total = y.wages_paid + wage_draw_allowed;
    let previous = rec(fy - 1).and_then(|r| r.wages_total).unwrap_or(0);
    let not_below = wages_total >= previous;
    steps.push(
        Step::new(
            "kaikei.reserve.condition",
            "積立ての条件: 当該年度の賃金・工賃の支払額が前年度の支払実績額を下回らない",
        )
        .input("当該年度の支払額（補填を含む）", yen(wages_total))
        .input("前年度の支払実績額", yen(previous))
        .value(if not_below {
            "満たす（積み立てられます）"
        } else {
            "満たさない（積み立てられません）"
        })
        .source(fg.reserve_rule.clone())
        .source(cite(
            SEED,
            "資料3 4 3) ◎積立金について 留意事項【積立て】3つ目",
        ))
        .source(reading("kaikei.wages_total")),
    );

    // 7. 積立可能な額.
    let drawn = wage_draw_allowed + eq_draw_allowed;
    let available = (y.surplus + drawn).max(0);
    let mut s = Step::new(
        "kaikei.reserve.available",
        "積立可能な額（当期末繰越活動増減差額＋その他の積立金取崩額）",
    )
    .input("当期末繰越活動増減差額（別紙1 (13)）", yen(y.surplus))
    .input("その他の積立金取崩額（別紙1 (15)）", yen(drawn))
    .value(yen(available))
    .source(cite(
        SEED,
        "資料3 4 3) ◎積立金について 留意事項【積立て】1つ目",
    ))
    .source(cite(
        SEED,
        "資料3 5 資料 別紙1 就労支援事業事業活動計算書 (13)(15)(16)(17)",
    ));
    if y.surplus + drawn < 0 {
        s = s.note("差額がマイナスのため、積み立てられません。");
    }
    steps.push(s);

    // 8. 工賃変動積立金の積立て.
    let w_limit = average.map(|a| floor_share(a, fg.wage_rate.value));
    let w_ceiling = average.map(|a| floor_share(a, fg.wage_ceiling_rate.value));
    let w_after_draw = open.wage - wage_draw_allowed;
    let w_room = w_ceiling.map(|c| (c - w_after_draw).max(0));
    let (w_allowed, w_by) = match (not_below, w_limit, w_room) {
        (false, _, _) => (0, LimitedBy::WagesFell),
        (true, Some(l), Some(r)) => reserve_amount(y.wage_reserve_request, l, r, available),
        _ => (0, LimitedBy::NoHistory),
    };
    let mut s = Step::new("kaikei.wage_reserve.amount", "工賃変動積立金の当期積立額")
        .input("過去3年間の平均賃金・工賃", opt_yen(average))
        .input(
            &format!(
                "各年度の積立額の限度（平均の{}）",
                percent(fg.wage_rate.value)
            ),
            opt_yen(w_limit),
        )
        .input(
            &format!(
                "積立上限額（平均の{}）",
                percent(fg.wage_ceiling_rate.value)
            ),
            opt_yen(w_ceiling),
        )
        .input("取崩し後の残高", yen(w_after_draw))
        .input("上限までの余裕", opt_yen(w_room))
        .input("積立可能な額", yen(available))
        .input(
            "積立希望額",
            y.wage_reserve_request
                .map(yen)
                .unwrap_or_else(|| "（上限まで）".to_string()),
        )
        .value(yen(w_allowed))
        .source(fg.reserve_rule.clone())
        .source(fg.wage_rate.citation.clone())
        .source(fg.wage_ceiling_rate.citation.clone())
        .source(reading("kaikei.order"))
        .source(reading("kaikei.surplus_order"))
        .note(format!("決め手: {}", w_by.label()));
    if let (Some(a), Some(l), Some(c)) = (average, w_limit, w_ceiling) {
        s = s.note(format!(
            "{}×{}＝{}、{}×{}＝{}（{}）",
            yen(a),
            percent(fg.wage_rate.value),
            yen(l),
            yen(a),
            percent(fg.wage_ceiling_rate.value),
            yen(c),
            Rounding::FloorYen.label()
        ));
    }
    let w_closing = w_after_draw + w_allowed;
    if w_ceiling.map(|c| w_closing > c).unwrap_or(false) {
        s = s
            .note("前期からの残高が積立上限額を超えています。本年度は積み立てられません。超過分の取崩しはガイドラインに定めがありません（本製品の読み）。")
            .source(reading("kaikei.over_ceiling"));
    }
    steps.push(s);

    // 9. 設備等整備積立金の積立て.
    let left = available - w_allowed;
    let e_limit = floor_share(y.production_income, fg.eq_rate.value);
    let e_ceiling = floor_share(y.asset_cost, fg.eq_ceiling_rate.value);
    let e_after_draw = open.equipment - eq_draw_allowed;
    let e_room = (e_ceiling - e_after_draw).max(0);
    let (e_allowed, e_by) = if not_below {
        reserve_amount(y.equipment_reserve_request, e_limit, e_room, left)
    } else {
        (0, LimitedBy::WagesFell)
    };
    let mut s = Step::new(
        "kaikei.equipment_reserve.amount",
        "設備等整備積立金の当期積立額",
    )
    .input("就労支援事業収入", yen(y.production_income))
    .input(
        &format!(
            "各年度の積立額の限度（収入の{}）",
            percent(fg.eq_rate.value)
        ),
        yen(e_limit),
    )
    .input("就労支援事業資産の取得価額", yen(y.asset_cost))
    .input(
        &format!(
            "積立上限額（取得価額の{}）",
            percent(fg.eq_ceiling_rate.value)
        ),
        yen(e_ceiling),
    )
    .input("取崩し後の残高", yen(e_after_draw))
    .input("上限までの余裕", yen(e_room))
    .input("積立可能な額の残り（工賃変動積立金の後）", yen(left))
    .input(
        "積立希望額",
        y.equipment_reserve_request
            .map(yen)
            .unwrap_or_else(|| "（上限まで）".to_string()),
    )
    .value(yen(e_allowed))
    .source(fg.reserve_rule.clone())
    .source(fg.eq_rate.citation.clone())
    .source(fg.eq_ceiling_rate.citation.clone())
    .source(reading("kaikei.surplus_order"))
    .note(format!("決め手: {}", e_by.label()))
    .note(format!(
        "{}×{}＝{}、{}×{}＝{}（{}）",
        yen(y.production_income),
        percent(fg.eq_rate.value),
        yen(e_limit),
        yen(y.asset_cost),
        percent(fg.eq_ceiling_rate.value),
        yen(e_ceiling),
        Rounding::FloorYen.label()
    ));
    let e_closing = e_after_draw + e_allowed;
    if e_closing > e_ceiling {
        s = s
            .note("前期からの残高が積立上限額を超えています。本年度は積み立てられません。超過分の取崩しはガイドラインに定めがありません（本製品の読み）。")
            .source(reading("kaikei.over_ceiling"));
    }
    steps.push(s);

    // 10. 積立資産と次期繰越.
    let added = w_allowed + e_allowed;
    let required = w_closing + e_closing;
    let held = required - closing_outstanding;
    steps.push(
        Step::new(
            "kaikei.reserve.assets",
            "積立金の当期末残高と同額の積立資産（別紙3・別紙4）",
        )
        .input("工賃変動積立金の当期末残高", yen(w_closing))
        .input("設備等整備積立金の当期末残高", yen(e_closing))
        .input("一時繰替使用の未補填額", yen(closing_outstanding))
        .value(format!("計上すべき積立資産 {}", yen(required)))
        .source(cite(SEED, "資料3 4 3) ◎積立金について 留意事項【積立て】4つ目"))
        .source(cite(SEED, "資料3 5 資料 別紙3 その他の積立金明細表・別紙4 その他の積立資産明細表"))
        .note(format!(
            "積み立てた額と同額の積立資産（現預金等、固定資産に区分）を計上します。実際に保有している積立資産は{}です。",
            yen(held)
        ))
        .note("積立金の計上は、就労支援事業活動増減差額が生じた年度の計算書類に反映させます。積立て・取崩しには理事会等の議決が必要です。"),
    );
    let carried = y.surplus + drawn - added;
    steps.push(
        Step::new(
            "kaikei.carried_forward",
            "積立て後の次期繰越活動増減差額（(13)＋(15)−(16)、基本金取崩額を除く）",
        )
        .input("当期末繰越活動増減差額 (13)", yen(y.surplus))
        .input("その他の積立金取崩額 (15)", yen(drawn))
        .input("その他の積立金積立額 (16)", yen(added))
        .value(yen(carried))
        .source(cite(
            SEED,
            "資料3 5 資料 別紙1 就労支援事業事業活動計算書 (17)",
        ))
        .source(cite(
            SEED,
            "資料3 3 5) 就労支援事業会計における利用者賃金・工賃への配分",
        ))
        .note("生産活動の余剰金は、積み立てた額を除き、原則として全て賃金・工賃として支払います。"),
    );

    let wage = finish_reserve(
        ReserveCalc {
            opening: open.wage,
            draw_requested: y.wage_draw,
            draw_allowed: wage_draw_allowed,
            draw_max: wage_draw_max,
            draw_note: wage_draw_note,
        },
        w_limit,
        w_ceiling,
        w_room,
        y.wage_reserve_request,
        w_allowed,
        w_by,
    );
    let equipment = finish_reserve(
        ReserveCalc {
            opening: open.equipment,
            draw_requested: y.equipment_draw,
            draw_allowed: eq_draw_allowed,
            draw_max: eq_draw_max,
            draw_note: eq_draw_note,
        },
        Some(e_limit),
        Some(e_ceiling),
        Some(e_room),
        y.equipment_reserve_request,
        e_allowed,
        e_by,
    );
    let next = Balances {
        wage: wage.closing,
        equipment: equipment.closing,
        outstanding: closing_outstanding,
    };
    (
        YearResult {
            fiscal_year: fy,
            label: fiscal_year_both(fy),
            wages_paid: y.wages_paid,
            wage_top_up: wage_draw_allowed,
            wages_total,
            previous_wages_total: previous,
            wages_not_below_previous: not_below,
            disaster: y.disaster,
            past_years,
            average_wages: average,
            guaranteed_level: level,
            surplus: y.surplus,
            reserves_drawn: drawn,
            available,
            production_income: y.production_income,
            asset_cost: y.asset_cost,
            equipment_purchase: y.equipment_purchase,
            wage_reserve: wage,
            equipment_reserve: equipment,
            reserves_added: added,
            carried_forward: carried,
            temporary: TemporaryUse {
                opening_outstanding: open.outstanding,
                delay_months: y.benefit_delay_months,
                requested: y.temporary_use,
                allowed: temp_allowed,
                note: temp_note,
                repaid: y.temporary_repaid,
                closing_outstanding,
            },
            reserve_assets_required: required,
            reserve_assets_held: held,
            steps,
        },
        next,
    )
}

/// `kaikei.ledger`: several 年度, balances carried forward.
pub fn ledger(req: &LedgerRequest) -> Outcome<LedgerOutput> {
    let mut ps = Problems::new();
    let mut r = Reader::new(&mut ps);
    let first = r.fiscal_year(&req.first_fiscal_year, "first_fiscal_year", "最初の年度");
    let w_open = r.opt_int(
        &req.opening.wage_reserve,
        "opening.wage_reserve",
        "工賃変動積立金の前期繰越額",
        0,
        YEN_MAX,
    );
    let e_open = r.opt_int(
        &req.opening.equipment_reserve,
        "opening.equipment_reserve",
        "設備等整備積立金の前期繰越額",
        0,
        YEN_MAX,
    );
    let t_open = r.opt_int(
        &req.opening.temporary_outstanding,
        "opening.temporary_outstanding",
        "一時繰替使用の未補填額",
        0,
        YEN_MAX,
    );
    // History: 1–3 years, the last being 前年度 (required; a new office enters 0).
    let mut history = Vec::new();
    if req.history.is_empty() {
        r.problems.push(Problem::required(
            "history",
            "前年度の賃金・工賃の支払実績額（新規の事業所は0）",
        ));
    } else if req.history.len() > HISTORY_MAX {
        r.problems.push(Problem::out_of_range(
            "history",
            format!("過去の実績は{HISTORY_MAX}年度分まで入力できます。"),
        ));
    } else {
        let last = req.history.len() - 1;
        for (j, h) in req.history.iter().enumerate() {
            let field = format!("history[{j}].wages_paid");
            let wages = if j == last {
                r.int(
                    &h.wages_paid,
                    &field,
                    "前年度の賃金・工賃の支払実績額",
                    0,
                    YEN_MAX,
                )
                .map(Some)
            } else {
                r.opt_int(&h.wages_paid, &field, "賃金・工賃の支払実績額", 0, YEN_MAX)
            };
            let disaster = r.flag(
                &h.disaster,
                &format!("history[{j}].disaster"),
                "天災等による大幅な減少",
                false,
            );
            if let (Some(w), Some(d)) = (wages, disaster) {
                history.push((w, d));
            }
        }
    }
    let mut years = Vec::new();
    if req.years.is_empty() {
        r.problems
            .push(Problem::required("years", "年度（1年度以上）"));
    } else if req.years.len() > YEARS_MAX {
        r.problems.push(Problem::out_of_range(
            "years",
            format!("年度は{YEARS_MAX}年度分まで入力できます。"),
        ));
    }
    for (i, y) in req.years.iter().enumerate().take(YEARS_MAX) {
        if let Some(v) = read_year(&mut r, y, i) {
            years.push(v);
        }
    }
    if let (Some(Some(t)), Some(w), Some(e)) = (t_open, w_open, e_open) {
        let bal = w.unwrap_or(0) + e.unwrap_or(0);
        if t > bal {
            r.problems.push(Problem::inconsistent(
                "opening.temporary_outstanding",
                format!(
                    "一時繰替使用の未補填額（{}）が積立金の前期繰越額の合計（{}）を超えています。",
                    yen(t),
                    yen(bal)
                ),
            ));
        }
    }
    // Every year's period, reported all at once.
    let uf = UserFigures::new();
    let fields: Vec<String> = (0..req.years.len().min(YEARS_MAX))
        .map(|i| {
            if i == 0 {
                "first_fiscal_year".to_string()
            } else {
                format!("years[{i}]")
            }
        })
        .collect();
    let mut ctxs = Vec::new();
    if let Some(first) = first {
        for (i, field) in fields.iter().enumerate() {
            let fy = first + i as i32;
            match year_ctx(fy, field, &uf, "kaikei.reserve") {
                Ok((c, rule)) => match figs(&c, rule, field) {
                    Ok(f) => ctxs.push(f),
                    Err(e) => ps.extend(e),
                },
                Err(p) => ps.push(p),
            }
        }
    }
    let (Some(first), Some(w_open), Some(e_open), Some(t_open)) = (first, w_open, e_open, t_open)
    else {
        return Err(ps.into_vec());
    };
    if !ps.is_empty() || years.len() != req.years.len() || ctxs.len() != years.len() {
        return Err(ps.into_vec());
    }

    let n_hist = history.len() as i32;
    let mut records: Vec<Record> = history
        .iter()
        .enumerate()
        .map(|(j, (w, d))| Record {
            fy: first - n_hist + j as i32,
            wages_total: *w,
            disaster: *d,
        })
        .collect();
    let mut bal = Balances {
        wage: w_open.unwrap_or(0),
        equipment: e_open.unwrap_or(0),
        outstanding: t_open.unwrap_or(0),
    };
    let mut out = Vec::new();
    for (i, (y, fg)) in years.iter().zip(ctxs.iter()).enumerate() {
        let fy = first + i as i32;
        let (res, next) = ledger_year(fy, i, y, fg, &records, bal, &mut ps);
        records.push(Record {
            fy,
            wages_total: Some(res.wages_total),
            disaster: y.disaster,
        });
        bal = next;
        out.push(res);
    }
    if !ps.is_empty() {
        return Err(ps.into_vec());
    }
    let last = first + out.len() as i32 - 1;
    let mut steps = Vec::new();
    if let Some(fg) = ctxs.first() {
        steps.push(
            Step::new(
                "kaikei.reserve.table",
                "積立金の種類と限度（就労支援事業会計の運用ガイドライン）",
            )
            .input(
                "工賃変動積立金",
                format!(
                    "各年度: 過去3年間の平均賃金・工賃の{}以内／上限: 同{}以内",
                    percent(fg.wage_rate.value),
                    percent(fg.wage_ceiling_rate.value)
                ),
            )
            .input(
                "設備等整備積立金",
                format!(
                    "各年度: 就労支援事業収入の{}以内／上限: 就労支援事業資産の取得価額の{}以内",
                    percent(fg.eq_rate.value),
                    percent(fg.eq_ceiling_rate.value)
                ),
            )
            .value(format!(
                "{}〜{}",
                fiscal_year_both(first),
                fiscal_year_both(last)
            ))
            .source(fg.reserve_rule.clone())
            .source(cite(SEED, "資料3 4 3) ◎積立金について 表"))
            .note("各年度は、その年度の決算月（翌年3月）に有効な値で計算します。")
            .note(format!(
                "前期繰越額: 工賃変動積立金 {}・設備等整備積立金 {}・一時繰替使用の未補填額 {}",
                yen(w_open.unwrap_or(0)),
                yen(e_open.unwrap_or(0)),
                yen(t_open.unwrap_or(0))
            )),
        );
    }
    Ok(LedgerOutput {
        first_fiscal_year: first,
        last_fiscal_year: last,
        years: out,
        steps,
    })
}

// ---------------------------------------------------------------- price and wage budget

/// `kaikei.price`: break-even price, the surplus at a price, and the 工賃 it funds.
#[allow(clippy::result_large_err)]
pub fn price(req: &PriceRequest) -> Outcome<PriceOutput> {
    let mut ps = Problems::new();
    let mut r = Reader::new(&mut ps);
    let fy = r.fiscal_year(&req.fiscal_year, "fiscal_year", "年度");
    let volume = r.opt_int(&req.volume, "volume", "販売数量", 1, VOLUME_MAX);
    let days = r.opt_int(
        &req.operating_days,
        "operating_days",
        "年間営業日数",
        1,
        366,
    );
    let daily = r.opt_int(
        &req.daily_output,
        "daily_output",
        "1日の生産数",
        1,
        VOLUME_MAX,
    );
    let mfg_total = r.opt_int(
        &req.manufacturing_cost_total,
        "manufacturing_cost_total",
        "製造原価",
        0,
        YEN_MAX,
    );
    let mfg_per = r.opt_int(
        &req.manufacturing_cost_per_item,
        "manufacturing_cost_per_item",
        "1個あたり製造原価",
        0,
        YEN_MAX,
    );
    let sga = money(&mut r, &req.sga_cost, "sga_cost", "販管費");
    let price = r.opt_int(&req.price, "price", "販売価格", 0, YEN_MAX);
    let users = r.opt_int(&req.users, "users", "利用者数", 1, USERS_MAX);
    let target = r.opt_int(
        &req.target_monthly_wage,
        "target_monthly_wage",
        "目標とする1人あたり月額の賃金・工賃",
        0,
        YEN_MAX,
    );
    // Volume: given, or days × daily output.
    let volume = match (volume, days, daily) {
        (Some(Some(v)), Some(d), Some(o)) => {
            if let (Some(d), Some(o)) = (d, o) {
                if d.saturating_mul(o) != v {
                    r.problems.push(Problem::inconsistent(
                        "volume",
                        format!(
                            "販売数量（{}個）が年間営業日数×1日の生産数（{}日×{}個＝{}個）と一致しません。",
                            thousands(v),
                            d,
                            thousands(o),
                            thousands(d.saturating_mul(o))
                        ),
                    ));
                    None
                } else {
                    Some(v)
                }
            } else {
                Some(v)
            }
        }
        (Some(None), Some(Some(d)), Some(Some(o))) => {
            let v = d.saturating_mul(o);
            if v > VOLUME_MAX {
                r.problems.push(Problem::out_of_range(
                    "daily_output",
                    format!(
                        "販売数量（営業日数×1日の生産数）は{}個以下にしてください。",
                        thousands(VOLUME_MAX)
                    ),
                ));
                None
            } else {
                Some(v)
            }
        }
        (Some(None), Some(d), Some(o)) => {
            if d.is_some() && o.is_none() {
                r.problems
                    .push(Problem::required("daily_output", "1日の生産数"));
            } else if d.is_none() && o.is_some() {
                r.problems
                    .push(Problem::required("operating_days", "年間営業日数"));
            } else {
                r.problems.push(Problem::required(
                    "volume",
                    "販売数量（または年間営業日数と1日の生産数）",
                ));
            }
            None
        }
        _ => None,
    };
    // 製造原価: the total, or per item × volume.
    let mfg = match (mfg_total, mfg_per, volume) {
        (Some(Some(t)), Some(Some(p)), Some(v)) => {
            if p.saturating_mul(v) != t {
                r.problems.push(Problem::inconsistent(
                    "manufacturing_cost_total",
                    format!(
                        "製造原価（{}）が1個あたり製造原価×販売数量（{}×{}個＝{}）と一致しません。",
                        yen(t),
                        yen(p),
                        thousands(v),
                        yen(p.saturating_mul(v))
                    ),
                ));
                None
            } else {
                Some(t)
            }
        }
        (Some(Some(t)), Some(_), _) => Some(t),
        (Some(None), Some(Some(p)), Some(v)) => {
            let t = p.saturating_mul(v);
            if t > YEN_MAX {
                r.problems.push(Problem::out_of_range(
                    "manufacturing_cost_per_item",
                    "製造原価（1個あたり×数量）が大きすぎます。",
                ));
                None
            } else {
                Some(t)
            }
        }
        (Some(None), Some(None), _) => {
            r.problems.push(Problem::required(
                "manufacturing_cost_total",
                "製造原価（または1個あたり製造原価）",
            ));
            None
        }
        _ => None,
    };
    if let (Some(Some(_)), Some(None)) = (target, users) {
        r.problems.push(Problem::required(
            "users",
            "目標月額から販売価格を求めるには、利用者数",
        ));
    }
    let uf = UserFigures::new();
    let ctx = fy.map(|fy| year_ctx(fy, "fiscal_year", &uf, "kaikei.price"));
    let (Some(fy), Some(volume), Some(mfg), Some(sga), Some(price), Some(users), Some(target)) =
        (fy, volume, mfg, sga, price, users, target)
    else {
        if let Some(Err(p)) = ctx {
            ps.push(p);
        }
        return Err(ps.into_vec());
    };
    let (c, rule) = match ctx {
        Some(Ok(c)) => c,
        Some(Err(p)) => {
            ps.push(p);
            return Err(ps.into_vec());
        }
        None => return Err(ps.into_vec()),
    };
    if !ps.is_empty() {
        return Err(ps.into_vec());
    }
    let dist_rule = c
        .rule("kaikei.wage_distribution")
        .map_err(|p| vec![p.at("fiscal_year")])?;
    let simplified = c
        .int("kaikei.statement.simplified_max_sales")
        .map_err(|p| vec![p.at("fiscal_year")])?;

    let mut steps = Vec::new();
    let total = mfg + sga;
    let mut s = Step::new(
        "kaikei.price.cost",
        "必要経費（製造原価＋販管費。利用者の賃金・工賃は含めない）",
    )
    .input("販売数量", format!("{}個", thousands(volume)))
    .input("製造原価", yen(mfg))
    .input("販管費", yen(sga))
    .value(yen(total))
    .source(rule.clone())
    .source(cite(SEED, "資料3 3 5) Tips《例》パンを製造し、販売する場合"))
    .note("製造原価及び販管費には、利用者の賃金は含めずに計算します。期首と期末に在庫がない（作った数量を全て販売する）ものとして計算します。");
    if let (Some(Some(d)), Some(Some(o))) = (days, daily) {
        s = s.input("販売数量の内訳", format!("{d}日×{}個/日", thousands(o)));
    }
    if let Some(Some(p)) = mfg_per {
        s = s.input("1個あたり製造原価", yen(p));
    }
    steps.push(s);

    let per_item = Decimal::from(total) / Decimal::from(volume);
    let break_even = Rounding::CeilYen.to_int(per_item).unwrap_or(0);
    steps.push(
        Step::new(
            "kaikei.price.break_even",
            "損益分岐点の販売価格（必要経費÷販売数量）",
        )
        .input("必要経費", yen(total))
        .input("販売数量", format!("{}個", thousands(volume)))
        .value(format!("1個 {}", yen(break_even)))
        .source(rule.clone())
        .source(reading("kaikei.break_even"))
        .note(format!(
            "1個あたり必要経費 {}円 →（{}）{}。これより高い価格にしないと、賃金原資となる剰余金は生じません。",
            per_item.normalize(),
            Rounding::CeilYen.label(),
            yen(break_even)
        )),
    );

    let months = fiscal_year_months(fy).len() as i64;
    let mut out = PriceOutput {
        fiscal_year: fy,
        label: fiscal_year_both(fy),
        volume,
        manufacturing_cost: mfg,
        sga_cost: sga,
        total_cost: total,
        cost_per_item: per_item.normalize().to_string(),
        break_even_price: break_even,
        price,
        sales: None,
        margin_per_item: None,
        surplus: None,
        wage_fund: None,
        months,
        users,
        wage_per_user_year: None,
        wage_per_user_month: None,
        target_monthly_wage: target,
        target_wage_fund: None,
        target_price: None,
        steps: Vec::new(),
    };

    if let Some(p) = price {
        let Some(sales) = p.checked_mul(volume) else {
            return Err(vec![Problem::out_of_range(
                "price",
                "販売価格×販売数量（売上高）が大きすぎて計算できません。",
            )]);
        };
        let surplus = sales - total;
        let margin = Decimal::from(p) - per_item;
        let fund = surplus.max(0);
        let mut s = Step::new(
            "kaikei.price.surplus",
            "販売価格での剰余金（販売価格×販売数量−必要経費）",
        )
        .input("販売価格", format!("1個 {}", yen(p)))
        .input("売上高", yen(sales))
        .input("必要経費", yen(total))
        .value(yen(surplus))
        .source(rule.clone())
        .note(format!(
            "1個あたり {}円−{}円＝{}円の差額 × {}個",
            p,
            per_item.normalize(),
            margin.normalize(),
            thousands(volume)
        ));
        if surplus < 0 {
            s = s.note("赤字です。就労継続支援A型事業では、生産活動において赤字を生じさせてはならないとされています。");
        }
        if sales <= simplified.0 {
            s = s
                .note(format!(
                    "年間売上高が{}以下のため、多種少額の生産活動を行う等の理由で区分が困難な場合は、製造原価と販管費を区分せず「就労支援事業明細書（表4）」で足ります。",
                    yen(simplified.0)
                ))
                .source(simplified.1.clone());
        }
        steps.push(s);
        steps.push(
            Step::new(
                "kaikei.price.wage_fund",
                "賃金総額に反映できる額（剰余金は原則として全て賃金・工賃として支払う）",
            )
            .input("剰余金", yen(surplus))
            .value(yen(fund))
            .source(dist_rule.clone())
            .source(cite(SEED, "資料3 3 5) Tips《例》（50円×10,000個＝500,000円相当を賃金総額に反映）"))
            .note("原則としてこの差額がなくなるように、目標賃金額合計を踏まえた1人当たりの賃金額を設定します。積立金を計上する場合は、その額まで余剰金が生じてもよいこととされています。"),
        );
        out.sales = Some(sales);
        out.margin_per_item = Some(margin.normalize().to_string());
        out.surplus = Some(surplus);
        out.wage_fund = Some(fund);
        if let Some(n) = users {
            let per_year = Rounding::FloorYen
                .to_int(Decimal::from(fund) / Decimal::from(n))
                .unwrap_or(0);
            let per_month = Rounding::FloorYen
                .to_int(Decimal::from(fund) / Decimal::from(n * months))
                .unwrap_or(0);
            steps.push(
                Step::new("kaikei.price.per_user", "1人あたりの賃金・工賃")
                    .input("賃金総額に反映できる額", yen(fund))
                    .input("利用者数", format!("{n}人"))
                    .input("年度の月数", format!("{months}か月"))
                    .value(format!("年額 {}・月額 {}", yen(per_year), yen(per_month)))
                    .source(dist_rule.clone())
                    .source(cite(SEED, "資料3 3 5) Tips ② 年度ごとの事業計画及び予算を作成する"))
                    .note(format!(
                        "1人あたりの額は{}。実際の工賃は作業の種別・従事時間・成果物の数など客観的な指標で配分します。",
                        Rounding::FloorYen.label()
                    )),
            );
            out.wage_per_user_year = Some(per_year);
            out.wage_per_user_month = Some(per_month);
        }
    }
    if let (Some(t), Some(n)) = (target, users) {
        let fund = t.saturating_mul(n).saturating_mul(months);
        let needed = Decimal::from(total) + Decimal::from(fund);
        let tp = Rounding::CeilYen
            .to_int(needed / Decimal::from(volume))
            .unwrap_or(0);
        steps.push(
            Step::new(
                "kaikei.price.target",
                "目標の賃金・工賃に必要な販売価格（（必要経費＋目標賃金額合計）÷販売数量）",
            )
            .input("目標とする1人あたり月額", yen(t))
            .input("利用者数", format!("{n}人"))
            .input("年度の月数", format!("{months}か月"))
            .input("目標賃金額合計", yen(fund))
            .input("必要経費", yen(total))
            .input("販売数量", format!("{}個", thousands(volume)))
            .value(format!("1個 {}", yen(tp)))
            .source(rule.clone())
            .source(cite(SEED, "資料3 3 5) Tips ①②（目標賃金額合計を踏まえた販売価格の設定）"))
            .note(format!(
                "{}÷{}個＝{}円（{}）",
                yen(total + fund),
                thousands(volume),
                (needed / Decimal::from(volume)).round_dp(4).normalize(),
                Rounding::CeilYen.label()
            ))
            .note("販売数量を固定した試算です。より厳密には、経費を変動費と固定費に区分して販売数量の目標も設定します。"),
        );
        out.target_wage_fund = Some(fund);
        out.target_price = Some(tp);
    }
    out.steps = steps;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reserve_amount_reports_what_bit() {
        assert_eq!(
            reserve_amount(None, 100, 200, 300),
            (100, LimitedBy::YearlyLimit)
        );
        assert_eq!(reserve_amount(None, 100, 50, 300), (50, LimitedBy::Ceiling));
        assert_eq!(reserve_amount(None, 100, 200, 30), (30, LimitedBy::Surplus));
        assert_eq!(
            reserve_amount(Some(20), 100, 200, 300),
            (20, LimitedBy::Request)
        );
        assert_eq!(
            reserve_amount(Some(100), 100, 200, 300),
            (100, LimitedBy::Request)
        );
        assert_eq!(
            reserve_amount(Some(101), 100, 200, 300),
            (100, LimitedBy::YearlyLimit)
        );
        assert_eq!(reserve_amount(None, 100, 200, 0), (0, LimitedBy::Surplus));
    }

    #[test]
    fn floor_share_is_exact_yen() {
        assert_eq!(floor_share(1_000_001, Decimal::new(1, 1)), 100_000);
        assert_eq!(floor_share(999, Decimal::new(75, 2)), 749);
        assert_eq!(percent(Decimal::new(75, 2)), "75%");
        assert_eq!(percent(Decimal::new(1, 1)), "10%");
    }

    #[test]
    fn every_reading_is_cited_by_its_id() {
        for (id, _) in READINGS {
            assert!(reading(id).locator.contains("就労支援事業会計"));
        }
    }
}
