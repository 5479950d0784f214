//! 生活介護サービス費: 標準的な時間 (with the 配慮規定) and the basic units of a day
//! and of a month (令和6年4月〜).
//!
//! The rule text, as the 横浜市 集団指導 資料1 (seed 002, lines 23–200) quotes
//! the 留意事項通知 and the Q&A:
//!
//! > 所要時間による区分については、現に要した時間により算定されるのではなく、
//! > 生活介護計画に基づいて行われるべき指定生活介護等を行うための標準的な時間に
//! > 基づき算定されるものである。（資料1 §1）
//!
//! * (イ) 送迎に要する時間が往復3時間以上 → 1時間を加えることができる（問2: 同乗者全員）
//! * (ウ) 障害特性等によりサービス提供時間が6時間未満 → 実際に要した時間を1日2時間以内で加える
//! * (エ) 送迎時の居宅内介助等 → 1日1時間以内で加える
//! * (ア) やむを得ない事情で短くなった日 → 標準的な時間で算定して差し支えない
//! * (オ) 介護者の就業等で長くなり日常生活上の世話を行った日 → 実際の時間で算定して差し支えない
//! * 問26 運営規程で営業時間を短くしている日 → 現にサービスを提供した時間で算定
//! * §3 施設入所者は8時間以上9時間未満を算定できない（最大7時間以上8時間未満）
//!
//! Every figure (the 3時間, 2時間, 1時間, 6時間 thresholds, the bands, the units)
//! is read from `data/seikatsu_kaigo_*.tsv`.
//!
//! For the yen chain (`money.office_month`), [`month_units`] gives each user's
//! month in units: the 基本報酬 of the 標準的な時間 × 利用日数 and the 加算 of
//! [`additions`] (人員配置体制加算, 福祉専門職員配置等加算, 常勤看護職員等配置加算,
//! 食事提供体制加算, 送迎加算, 欠席時対応加算, 初期加算).

pub mod additions;
pub mod basic;
pub mod day;
pub mod input;
pub mod month;
pub mod month_units;
pub mod output;
pub mod standard_time;

pub use basic::{band_units, setting, Setting};
pub use input::{parse_kubun, Kubun, Office, User};
pub use month::{day, month};
pub use month_units::{month_units, MonthOffice, MonthUser, TransportOffice};
pub use standard_time::standard_time;

use crate::engine::rules::Rule;
use crate::rules;

/// The document the 生活介護 rule text is cited from (横浜市 集団指導 資料1).
pub(crate) const SEED: &str = "seed-002-yokohama-r7";

/// Every provision this service applies (see `docs/rules.md`).
pub static RULES: &[&Rule] = rules![
    standard_time::{SERVICE, TRANSPORT, TRAIT, IN_HOME_CARE, TOTAL},
    basic::{CAPACITY_TIER, KUBUN},
    day::{BASIS},
    basic::{BAND, BASIC_UNITS, EXTENSION, EXTENSION_RESIDENT},
    month::{MONTH_TOTAL},
    month_units::{BASIC, BASIC_STEP},
    additions::staffing::{STAFFING, STAFFING_STEP},
    additions::welfare_professional::{WELFARE_PROFESSIONAL, WELFARE_PROFESSIONAL_STEP},
    additions::nurse::{NURSE, NURSE_STEP},
    additions::meal::{MEAL, MEAL_STEP},
    additions::transport::{TRANSPORT, TRANSPORT_STEP, TRANSPORT_UNUSED},
    additions::absence::{ABSENCE, ABSENCE_STEP},
    additions::initial::{INITIAL, INITIAL_STEP},
];
