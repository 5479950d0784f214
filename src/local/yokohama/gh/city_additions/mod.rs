//! 市単独加算 (横浜市障害者グループホーム単独加算支給要綱, 資料4 第6節 4): per
//! resident and month — [`rent`] 建物借上加算, [`water`] 水道料金加算,
//! [`care_support`] 介護支援加算, [`basic_operation`] 運営基本費 (with 日割り),
//! [`service_management`] サービス管理費. Who counts for each is decided by
//! [`super::eligibility`].

pub mod basic_operation;
pub mod care_support;
pub mod rent;
pub mod service_management;
pub mod water;

/// The 定員 column of the 単価表 (`cap-4`).
pub fn cap_key(capacity: i64) -> String {
    format!("cap-{capacity}")
}
