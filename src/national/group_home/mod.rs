//! 共同生活援助（介護サービス包括型）: a resident's month in units —
//! 共同生活援助サービス費 (Ⅰ, 令和8年6月以降の新規指定, 体験利用のⅡ) by 障害支援区分
//! and the 加算 the office holds (夜間支援等体制加算) — for the yen chain
//! (`money.office_month`).
//!
//! Where the rules are written: 報酬告示 別表 第15 (共同生活援助); the units are
//! read from `data/group_home_national.tsv` (several from secondary sources,
//! flagged 要確認). 横浜市's own additions and subsidies are in
//! `local::yokohama::gh`.

pub mod additions;
pub mod basic;
pub mod input;
pub mod month_units;

pub use input::{night_group, parse_kubun, Kubun, Office, Resident};
pub use month_units::month_units;

use crate::engine::rules::Rule;
use crate::rules;

/// Every provision this service applies (see `docs/rules.md`).
pub static RULES: &[&Rule] = rules![
    basic::{BASIC, BASIC_STEP},
    additions::night_support::{NIGHT_SUPPORT, NIGHT_SUPPORT_STEP},
];
