//! The surplus at a price (資料3 3 5) Tips ①《例》 販売価格 − 1個あたり必要経費
//! ＝ 剰余金) and the 賃金・工賃 it funds (3 5) 利用者賃金・工賃への配分; Tips ②).

use super::Basis;
use crate::engine::params::cite;
use crate::engine::problem::Problem;
use crate::engine::rounding::Rounding;
use crate::engine::trace::{thousands, yen, Step, Trace};
use crate::national::kaikei::output::PriceOutput;
use crate::national::kaikei::SEED;
use crate::rule;
use rust_decimal::Decimal;

/// At a price: the 剰余金, the 賃金総額 it funds and, with the 利用者数, the
/// wage of each; written into `out`.
pub fn at_price(t: &mut Trace, b: &Basis, p: i64, out: &mut PriceOutput) -> Result<(), Problem> {
    let (sales, surplus, margin) = surplus_at_price(t, b, p)?;
    let fund = wage_fund(t, b, surplus);
    out.sales = Some(sales);
    out.margin_per_item = Some(margin.normalize().to_string());
    out.surplus = Some(surplus);
    out.wage_fund = Some(fund);
    if let Some(n) = b.budget.users {
        let (per_year, per_month) = wage_per_user(t, b, fund, n)?;
        out.wage_per_user_year = Some(per_year);
        out.wage_per_user_month = Some(per_month);
    }
    Ok(())
}

rule!(pub SURPLUS = "kaikei.price.surplus", "販売価格での剰余金（販売価格×販売数量−必要経費）", source "資料3 3 5) Tips ①《例》、3 4) 作成書類 (*2)", fn surplus_at_price, keys ["rule.kaikei.price", "kaikei.statement.simplified_max_sales"]);
/// 販売価格での剰余金 (Tips ①《例》): 販売価格 × 販売数量 − 必要経費 (negative
/// is a 赤字). Returns (売上高, 剰余金, 1個あたりの差額).
pub fn surplus_at_price(t: &mut Trace, b: &Basis, p: i64) -> Result<(i64, i64, Decimal), Problem> {
    let volume = b.budget.volume;
    let sales = p
        .checked_mul(volume)
        .ok_or_else(|| Problem::out_of_range("price", "販売価格×販売数量（売上高）が大きすぎて計算できません。"))?;
    let surplus = sales - b.total;
    let margin = Decimal::from(p) - b.per_item;
    let mut s = Step::of(&SURPLUS)
        .input("販売価格", format!("1個 {}", yen(p)))
        .input("売上高", yen(sales))
        .input("必要経費", yen(b.total))
        .value(yen(surplus))
        .source(b.rule.clone())
        .note(format!(
            "1個あたり {}円−{}円＝{}円の差額 × {}個",
            p,
            b.per_item.normalize(),
            margin.normalize(),
            thousands(volume)
        ));
    if surplus < 0 {
        s = s.note("赤字です。就労継続支援A型事業では、生産活動において赤字を生じさせてはならないとされています。");
    }
    let (simplified, cit) = &b.simplified;
    if sales <= *simplified {
        s = s
            .note(format!(
                "年間売上高が{}以下のため、多種少額の生産活動を行う等の理由で区分が困難な場合は、製造原価と販管費を区分せず「就労支援事業明細書（表4）」で足ります。",
                yen(*simplified)
            ))
            .source(cit.clone());
    }
    t.step(s);
    Ok((sales, surplus, margin))
}

rule!(pub WAGE_FUND = "kaikei.price.wage_fund", "賃金総額に反映できる額（剰余金は原則として全て賃金・工賃として支払う）", source "資料3 3 5) 利用者賃金・工賃への配分、Tips《例》", fn wage_fund, keys ["rule.kaikei.wage_distribution"]);
/// 賃金総額に反映できる額 (3 5)): the 剰余金 is, in principle, all paid as
/// 賃金・工賃 (nothing when it is a 赤字).
pub fn wage_fund(t: &mut Trace, b: &Basis, surplus: i64) -> i64 {
    let fund = surplus.max(0);
    t.step(
        Step::of(&WAGE_FUND)
            .input("剰余金", yen(surplus))
            .value(yen(fund))
            .source(b.dist_rule.clone())
            // prose-figure: quotes the seed's worked example (not a figure of data/)
            .source(cite(SEED, "資料3 3 5) Tips《例》（50円×10,000個＝500,000円相当を賃金総額に反映）"))
            // prose-figure: 「1人あたり」 is a count word, not a figure
            .note("原則としてこの差額がなくなるように、目標賃金額合計を踏まえた1人当たりの賃金額を設定します。積立金を計上する場合は、その額まで余剰金が生じてもよいこととされています。"),
    );
    fund
}

rule!(pub PER_USER = "kaikei.price.per_user", "1人あたりの賃金・工賃", source "資料3 3 5) Tips ② 年度ごとの事業計画及び予算を作成する", fn wage_per_user, keys ["rule.kaikei.wage_distribution"]);
/// 1人あたりの賃金・工賃 (Tips ②): the 賃金総額 shared by the 利用者数, a year
/// and a month, 1円未満切捨て. Returns (年額, 月額).
pub fn wage_per_user(t: &mut Trace, b: &Basis, fund: i64, n: i64) -> Result<(i64, i64), Problem> {
    // prose-figure: 「1人あたり」 is a count word, not a figure
    let too_large = || Problem::overflow("users", "1人あたりの賃金・工賃");
    let person_months = n.checked_mul(b.months).ok_or_else(too_large)?;
    let per_year = Rounding::FloorYen.to_int(Decimal::from(fund) / Decimal::from(n)).ok_or_else(too_large)?;
    let per_month =
        Rounding::FloorYen.to_int(Decimal::from(fund) / Decimal::from(person_months)).ok_or_else(too_large)?;
    t.step(
        Step::of(&PER_USER)
            .input("賃金総額に反映できる額", yen(fund))
            .input("利用者数", format!("{n}人"))
            .input("年度の月数", format!("{}か月", b.months))
            .value(format!("年額 {}・月額 {}", yen(per_year), yen(per_month)))
            .source(b.dist_rule.clone())
            .source(cite(SEED, "資料3 3 5) Tips ② 年度ごとの事業計画及び予算を作成する"))
            .note(format!(
                // prose-figure: 「1人あたり」 is a count word, not a figure
                "1人あたりの額は{}。実際の工賃は作業の種別・従事時間・成果物の数など客観的な指標で配分します。",
                Rounding::FloorYen.label()
            )),
    );
    Ok((per_year, per_month))
}
