//! The 加算 of 計画相談支援・障害児相談支援, one file per group of the guidebook's
//! table (seed 003 §3), each 加算 one function named after it:
//! its marks (see [`super::marks`]), its 併給不可 entries and its limits, each
//! ruling-out an explained exclusion.

pub mod accompany;
pub mod community;
pub mod conference;
pub mod hospital;
pub mod initial;
pub mod intensive;
pub mod medical;
pub mod service_monitoring;
pub mod system;
pub mod transition;
pub mod upper_limit;

/// What a case billed earlier in the month that a later 加算's 併給不可 entry reads.
#[derive(Clone, Copy, Debug, Default)]
pub struct Billed {
    /// 初回加算.
    pub initial: bool,
    /// 入院時情報連携加算（Ⅰ）.
    pub hospital_i: bool,
    /// 入院時情報連携加算（Ⅰ）又は（Ⅱ）.
    pub hospital_any: bool,
    /// 退院・退所加算.
    pub discharge: bool,
    /// 居宅介護支援事業所等連携加算・保育・教育等移行支援加算（会議参加）.
    pub transition_meeting: bool,
}
