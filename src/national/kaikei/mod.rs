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
//! (`dataset.verified_through`) is refused as not in force ([`fiscal_year`]).
//!
//! Where each provision is applied:
//!
//! * [`reserves`] — the two 積立金: [`reserves::wage_fluctuation`] (過去3年間の
//!   平均賃金・工賃, 保障すべき工賃水準, 取崩し, 積立て), [`reserves::equipment`]
//!   (取崩し, 積立て), [`reserves::conditions`] (前年度条件, 積立可能な額),
//!   [`reserves::temporary_use`] (一時繰替使用), [`reserves::closing`] (積立資産,
//!   次期繰越);
//! * [`ledger`] — a 年度 composed from those rules, the 年度 carried forward;
//! * [`price`] — [`price::break_even`] (必要経費, 損益分岐点),
//!   [`price::surplus`] (剰余金, 賃金総額, 1人あたり), [`price::target_wage`]
//!   (目標の賃金・工賃に必要な販売価格).
//!
//! Amounts are bounded by the input (`input::YEN_MAX`, 1兆円; at most 10 年度),
//! so sums of a few of them fit in an `i64`; every product is checked.

pub mod fiscal_year;
pub mod input;
pub mod ledger;
pub mod output;
pub mod price;
pub mod readings;
pub mod reserves;

pub use input::{LedgerRequest, PriceRequest};
pub use ledger::ledger;
pub use output::{LedgerOutput, PriceOutput};
pub use price::price;
pub use readings::READINGS;

use crate::engine::rules::Rule;
use crate::rules;

/// The document the rule text is cited from (横浜市 集団指導 資料3).
pub(crate) const SEED: &str = "seed-002-yokohama-r7";

/// Every provision this service applies (see `docs/rules.md`).
pub static RULES: &[&Rule] = rules![
    reserves::{TABLE},
    reserves::wage_fluctuation::{PAST_YEARS, GUARANTEED_LEVEL, WAGE_DRAW},
    reserves::equipment::{EQUIPMENT_DRAW},
    reserves::temporary_use::{TEMPORARY_USE},
    reserves::conditions::{CONDITION, AVAILABLE},
    reserves::wage_fluctuation::{WAGE_AMOUNT},
    reserves::equipment::{EQUIPMENT_AMOUNT},
    reserves::closing::{ASSETS, CARRIED_FORWARD},
    price::break_even::{COST, BREAK_EVEN},
    price::surplus::{SURPLUS, WAGE_FUND, PER_USER},
    price::target_wage::{TARGET},
];
