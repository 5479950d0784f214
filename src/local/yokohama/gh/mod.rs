//! 横浜市 障害者グループホーム: 市単独加算（入居者ごと・月ごと）、運営費補助金（空室）、
//! 設置費等補助金（整備費・初度調弁費・改修費・スプリンクラー設置費）。
//!
//! The rules, as seed 002 資料4「令和7年度障害者グループホーム事務マニュアル（令和7年7月版）」
//! states them (every figure is in `data/yokohama_gh.tsv`, generated from the seed
//! by `tools/import_yokohama_gh.py`):
//!
//! 第6節 4 加算の内容（横浜市障害者グループホーム単独加算支給要綱）
//!
//! > 建物借上加算 … 上限額内の額×入居者数(月の初日時点)。上限額内の額は、月額家賃の1/2を
//! > 定員で除した額(10円未満切り捨て)と上限額を比べて少ない方の額。日割り計算は行わないものとする。
//! > 水道料金加算 1人月額 上限1,300円 … 単価×入居者数(月の初日時点)。日割計算は行わないものとする。
//! > ただし、上限額に達しない場合は実費とする。
//! > この表における「入居者」とは、「横浜市が援護の実施機関である者」又は「横浜市以外の自治体が
//! > 援護の実施機関である者で、当該自治体から家賃に係る助成金等を受給していない者」とする。
//! > ただし、体験利用者は除く。
//! > ※市街化調整区域の単価は、平成18年度以降に設置したホームに適用する。本体住居とサテライト型住居の
//! > 区域が異なる場合は、本体住居の区域の単価を適用する。
//! > 介護支援加算 … 単価×入居者数（月の初日時点）。日割計算は行わないものとする。対象: 区分2以上の
//! > 入居者が入居中の障害者グループホーム。「入居者」とは「横浜市が援護の実施機関である者」又は
//! > 「横浜市以外の自治体が援護の実施機関である者で、当該自治体から人件費に係る助成金等を受給して
//! > いない者」とする。ただし、体験利用者は除く。
//! > 運営基本費 … 単価×入居者数。ただし、月の途中で入退居があった場合は、日割計算とする。
//! > (単価×在籍日数) ÷ 当月日数 = サービス単位数 ※1円未満を切り捨て 【例】1月17日に入居した場合
//! > 4人定員、365日、区分2の単価で計算 (単価14,000円×在籍日数15日) ÷ 当月日数31日 = 6,774円。
//! > なお、当該月の初日の障害支援区分をその基準とする。
//! > サービス管理費 1人月額 5,000円 … 日割計算を行わない。基本報酬が個別支援計画未作成減算の対象と
//! > ならない月。入居者とは、「横浜市が援護の実施機関である者」とする。
//!
//! 第6節 3 (1): 体験利用者に関しては、「運営基本費」、「サービス管理費」のみ請求します。
//! 第6節 4（注意）: 本体請求はないが加算の請求がある → 「イ 本体請求が0日の場合」のコードで請求。
//! 本体請求および加算ともに請求がない → サービス管理費及び運営基本費は請求できない。建物借上加算、
//! 水道料金加算及び介護支援加算は4半期ごとに請求書を提出する。
//!
//! 第6節 2 請求方法の概要: (1) 横浜市の区役所が受給者証を発行 → 毎月かながわシステム、
//! (2)(3) 市外 → 四半期ごとに請求書、(4) 空室 → 2月に交付申請書（年度分）。
//!
//! 第6節 5 補助の内容（運営費補助要綱）: 建物借上補助（月額賃料の1/2を定員で除した額（10円未満
//! 切捨て）と補助基準額の少ない方、利用契約（体験利用を除く）がない居室の賃料）、サテライト型住居に
//! 係る家賃補助（本体住居の空室の月額家賃と35,400円の少ない方、利用開始月から3年以内）、要介護支援費
//! （補助基準額、区分2以上の入居者が入居中のホームの、利用契約がない居室）。算定の基準日はすべて
//! 月の初日、日割りなし。
//!
//! 末尾の二つの表（補助金等一覧表、市単独加算の詳細）は [`eligibility`] がそのまま行ごとに実装する。
//!
//! 第3節 設置費補助金: ① 整備費（権利取得費・家屋改造費）上限 3,000,000円／スプリンクラーあり
//! 4,000,000円。② 権利取得費 1,000,000円、施設整備費 3,000,000円／4,000,000円 ※。③ 施設整備費（新築）
//! 9,000,000円 ※、④（改修）4,000,000円 ※。※法人が補助対象経費の内、1/4以上を負担した場合に上限額の
//! 範囲内で補助（例: 補助対象経費が12,000,000円以上の場合、9,000,000円を補助）。初度調弁費 上限
//! 500,000円、税込み単価3,000円未満のものは対象外、移転の場合は対象外。
//! 第4節 改修費: 1件300,000円以上(税込)の工事、上限2,000,000円、実支出額と上限の少ない方。
//! 第5節 スプリンクラー: 25,200円/m²（ポンプユニットが必要な場合は3,090,000円を加算）、実支出額と
//! 上限の少ない方 <補助率 工事費の3/4>、工事事務費は補助対象工事の2.6%（令和6年度時点の上限額）。
//!
//! Period: the manual is the 令和7年度 edition, so its figures are registered for
//! 令和7年度 (2025-04〜2026-03). Other months get a named "not in force" problem
//! rather than figures that may be outdated (a newer edition is added as new rows).
//!
//! Where each provision is applied:
//!
//! * [`month`] — `yokohama_gh.month`, a home's month: [`stay`] (月の初日・在籍日数),
//!   [`eligibility`] (the two tables), [`city_additions`] (建物借上加算, 水道料金加算,
//!   介護支援加算, 運営基本費, サービス管理費), [`operating_subsidy`] (建物借上補助,
//!   要介護支援費, サテライト型住居に係る家賃補助) and [`routes`] (totals per item and
//!   per claiming route).
//! * [`setup`] — `yokohama_gh.setup`, 設置費等補助金: 整備費 ①〜④, 初度調弁費, 改修費,
//!   スプリンクラー設置費.

pub mod amounts;
pub mod city_additions;
pub mod eligibility;
pub mod input;
pub mod month;
pub mod operating_subsidy;
pub mod output;
pub mod prose;
pub mod routes;
pub mod setup;
pub mod stay;

pub use city_additions::basic_operation::prorate;
pub use month::month;
pub use setup::setup;

use crate::engine::rules::Rule;
use crate::rules;

/// The document every rule here is cited from (横浜市 集団指導 資料4).
pub(crate) const SEED: &str = "seed-002-yokohama-r7";
/// 第6節 4 加算の内容 (単独加算支給要綱).
pub(crate) const LOC_ADD: &str = "資料4 第6節 4 加算の内容";
/// The second table at the end of 第6節 (市単独加算の詳細).
pub(crate) const LOC_TABLE2: &str = "資料4 第6節 末尾「市単独加算の詳細」表";
/// The first table at the end of 第6節 (補助金等一覧表).
pub(crate) const LOC_TABLE1: &str = "資料4 第6節 末尾「横浜市障害者グループホームへの補助金等一覧表」";
/// 第6節 2 請求方法の概要.
pub(crate) const LOC_ROUTE: &str = "資料4 第6節 2 請求方法の概要";
/// 第6節 4（注意）: 本体請求がない月.
pub(crate) const LOC_NOTE: &str = "資料4 第6節 4（注意）本体請求がない場合の取扱い";

/// Every provision this service applies (see `docs/rules.md`).
pub static RULES: &[&Rule] = rules![
    month::{CAPACITY},
    eligibility::{HOME_KUBUN2},
    city_additions::rent::{RENT_ADDITION},
    city_additions::water::{WATER_ADDITION},
    city_additions::care_support::{CARE_SUPPORT_ADDITION},
    city_additions::basic_operation::{BASIC_OPERATION},
    city_additions::service_management::{SERVICE_MANAGEMENT},
    eligibility::{FIRST_DAY_ITEMS},
    operating_subsidy::{VACANCY},
    operating_subsidy::satellite_rent::{SATELLITE_RENT},
    routes::{TOTALS},
    setup::construction::{MAINTENANCE_1, MAINTENANCE_2, MAINTENANCE_3, MAINTENANCE_4},
    setup::initial_equipment::{FURNISHING},
    setup::renovation::{RENOVATION},
    setup::sprinkler::{SPRINKLER},
    setup::{TOTAL},
];
