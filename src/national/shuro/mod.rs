//! 就労系サービスの基本報酬と加算・減算（令和6年4月〜令和8年6月〜）:
//! 就労継続支援B型（平均工賃月額の区分・一律評価型）、A型（スコア）、就労移行支援
//! （就職後6月以上定着率）、就労定着支援（就労定着率、1月につき）、就労選択支援
//! （令和7年10月から）; and who may start which service on a date.
//!
//! Sources: seed 001 (MHLW 就労系 summary: the tables), seed 004 (鹿児島市: 減算,
//! 就労選択支援の注意事項), seed 000 (岡山県北: 対象者 by date), the 報酬告示
//! (B型 第14の1), Q&A VOL.2 問24 (平均工賃月額), and the official B型 tables in
//! `shared/reference/b_type/`. Every figure is read from `data/shuro_*.tsv`.
//!
//! The folder follows the provisions:
//!
//! * [`basic`] — 基本報酬 and its bands, one file per service ([`basic::b`],
//!   [`basic::a`], [`basic::ikou`], [`basic::teichaku`], [`basic::sentaku`]),
//!   with [`average_wage`] (平均工賃月額 from the previous 年度);
//! * [`additions`] — 福祉専門職員配置等加算, 地域協働加算, ピアサポート実施加算,
//!   目標工賃達成指導員配置加算, 就労移行支援体制加算, 初期加算, 食事提供体制加算,
//!   送迎加算 (同一敷地内), 欠席時対応加算;
//! * [`reductions`] — 個別支援計画未作成減算, 定員超過利用減算・人員欠如減算,
//!   短時間利用減算, 特定事業所集中減算;
//! * [`periods`] — 就労定着支援を利用できる期間 (就職後);
//! * [`eligibility`] — 対象者 by date (`shuro.eligibility`);
//! * [`month`] — the entry points and [`month_units`].
//!
//! For the money calculation: [`validate`] then [`month_units`] give each user's
//! month as a [`UserMonth`](crate::engine::units::UserMonth) (lines of
//! 基本報酬・加算・減算 in units).

pub mod additions;
pub mod average_wage;
pub mod basic;
pub mod eligibility;
pub mod input;
pub mod measure;
pub mod month;
pub mod output;
pub mod periods;
pub mod reductions;

pub use basic::basic;
pub use eligibility::eligibility;
pub use input::{
    validate, Concentration, ConcentrationInput, EligibilityRequest, MonthRequest, Office, OfficeInput, SameDayInput,
    SameDayService, Service, Staff, User, UserInput, Valid, WageInputs,
};
pub use month::{a_month, b_month, ikou_month, month_units, sentaku_month, teichaku_month};
pub use output::{Basic, EligibilityOutput, MonthOutput, MonthUnits};

use crate::engine::rules::Rule;
use crate::rules;

/// 鹿児島市 事業所集団指導 就労系サービス (減算, 就労選択支援の注意事項, 対象者).
pub(crate) const SEED4: &str = "seed-004-kagoshima-shuro";
/// 岡山県北 集団指導資料 (就労選択支援の対象者 by date).
pub(crate) const SEED0: &str = "seed-000-okayama-kenpoku";

/// Every provision this service applies (see `docs/rules.md`).
pub static RULES: &[&Rule] = rules![
    basic::{CAPACITY_TIER},
    average_wage::{DAILY_USERS, AVERAGE_WAGE, GIVEN},
    basic::b::{B_TABLE, B_WAGE_BAND, B_BASIC},
    basic::a::{A_HOURS, A_SCORE, A_SCORE_BAND, A_BASIC},
    basic::ikou::{IKOU_RATE, IKOU_BASIC},
    basic::teichaku::{TEICHAKU_RATE, TEICHAKU_BASIC},
    basic::sentaku::{SENTAKU_BASIC, SAME_DAY, SAME_OPERATOR},
    periods::{TEICHAKU_PERIOD},
    basic::{B_USER, A_USER, IKOU_USER, TEICHAKU_USER, SENTAKU_USER},
    reductions::plan_not_created::{PLAN_NOT_CREATED},
    reductions::capacity_staffing::{OFFICE, OFFICE_USER, OVER_CAPACITY, STAFF_SHORTAGE},
    reductions::short_time::{SHORT_TIME, SHORT_TIME_USER},
    reductions::concentration::{CONCENTRATION, CONCENTRATION_LINE, CONCENTRATION_USER},
    additions::welfare_professional::{LEVEL, ADDITION},
    additions::regional_collaboration::{REGIONAL_COLLABORATION},
    additions::peer_support::{PEER_SUPPORT},
    additions::target_wage::{TARGET_WAGE},
    additions::transition_system::{TRANSITION_SYSTEM},
    additions::initial::{INITIAL},
    additions::meal::{MEAL},
    additions::transport::{TRANSPORT, SAME_SITE, TRANSPORT_UNUSED},
    additions::absence::{ABSENCE},
    eligibility::{B, B_SENTAKU, B_ASSESSMENT, A_IKOU, SENTAKU, SENTAKU_OPERATOR},
    month::{MONTH_TOTAL},
];
