//! 上限額管理: what the calculator answers (the 管理結果票's rows and result).

use crate::engine::date::YearMonth;
use crate::engine::trace::Step;
use serde::Serialize;

/// One office's row of the 管理結果票.
#[derive(Clone, Debug, Serialize)]
pub struct ManagedOfficeOutput {
    pub label: String,
    /// 上限額管理事業所.
    pub manager: bool,
    /// 総費用額.
    pub total_yen: i64,
    /// 1割相当額.
    pub tenth_yen: i64,
    /// 利用者負担額 (this office alone: 1割相当額, at most the 負担上限月額).
    pub burden_yen: i64,
    /// 管理結果後利用者負担額.
    pub managed_burden_yen: i64,
    /// 給付費 (総費用額 − 管理結果後利用者負担額).
    pub benefit_yen: i64,
}

#[derive(Clone, Debug, Serialize)]
pub struct BurdenManagementOutput {
    pub service_month: YearMonth,
    pub month_label: String,
    pub burden_category: String,
    /// 負担上限月額 applied (the 受給者証's when entered).
    pub cap_yen: i64,
    /// 管理結果: 1, 2 or 3.
    pub result: u8,
    pub result_label: &'static str,
    /// The offices, in the order entered (the 上限額管理事業所 marked).
    pub offices: Vec<ManagedOfficeOutput>,
    /// 利用者負担額の合算額 (before the management).
    pub burden_total_yen: i64,
    /// 管理結果後利用者負担額の合計 (what the user pays in the month).
    pub managed_total_yen: i64,
    pub steps: Vec<Step>,
}
