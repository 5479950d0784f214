//! 計画相談支援・障害児相談支援: 給付費 of an office's month (基本報酬 by the
//! 取扱件数 band, the 加算 of the 四日市圏域 guidebook with their limits and the
//! 併給不可 marks) and the モニタリング期間 helper (国の標準期間 and the months in
//! which モニタリング falls).
//!
//! The requirements are seed 003 (四日市障害保健福祉圏域版 計画相談支援・障害児相談支援
//! ガイドブック【別冊】, 令和6年11月) §3 (給付費一覧表), §5 (モニタリング期間の
//! 設定) and seed 000 (岡山県北: 初回加算の要件, モニタリング実施予定月).
//!
//! The seed's ※ column: A = サービス等利用計画作成時 (needs サービス利用支援 in the
//! month), B = モニタリング実施時 (needs 継続サービス利用支援), C = 基本報酬との併給不可,
//! D = 単独で請求可能 (see [`marks`]). A 加算 that a mark, a 併給不可 entry or a
//! limit rules out is not a problem: it is listed under `excluded` with the reason
//! and the source, and the rest of the month is computed.
//!
//! The month ([`month()`]) takes the cases oldest contract first ([`basic`]: the
//! 40件 band), computes each case's month ([`case`]: 基本報酬, then each 加算 of
//! [`additions`] in the order of the guidebook's table) and sums them.
//!
//! Every figure (units, limits, the 40件 threshold, the standard periods) is read
//! from `data/soudan.tsv`.

pub mod additions;
pub mod basic;
pub mod billing;
pub mod case;
pub mod conditions;
pub mod input;
pub mod marks;
pub mod monitoring;
pub mod month;
pub mod output;

pub use monitoring::monitoring;
pub use month::month;

use crate::engine::rules::Rule;
use crate::rules;

/// 四日市障害保健福祉圏域版 計画相談支援・障害児相談支援ガイドブック【別冊】 (seed 003).
pub(crate) const SEED: &str = "seed-003-yokkaichi-guidebook";
/// 岡山県北 相談支援の手引き (seed 000): 初回加算の要件.
pub(crate) const SEED_000: &str = "seed-000-okayama-kenpoku";

/// Every provision this service applies (see `docs/rules.md`).
pub static RULES: &[&Rule] = rules![
    conditions::{CERTIFICATE_MONTH, SAME_MONTH},
    basic::{OFFICE, BASIC},
    additions::system::{SYSTEM},
    additions::upper_limit::{UPPER_LIMIT},
    additions::initial::{INITIAL, INITIAL_REQUIREMENTS, INITIAL_EXTRA},
    additions::hospital::{HOSPITAL_ADMISSION, DISCHARGE},
    additions::transition::{TRANSITION},
    additions::intensive::{INTENSIVE},
    additions::medical::{MEDICAL},
    additions::conference::{CONFERENCE},
    additions::service_monitoring::{SERVICE_MONITORING, STAFF},
    additions::community::{HUB, COMMUNITY_JOINT},
    case::{CASE_TOTAL},
    month::{MONTH_TOTAL},
    monitoring::period::{SERVICE_PERIOD, NEW_USER, STANDARD},
    monitoring::months::{NATIONAL, MUNICIPAL},
];
