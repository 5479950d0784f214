//! 上限額管理: the request as sent and the reader (each bad field a Japanese
//! problem naming its path).

use crate::engine::date::YearMonth;
use crate::engine::input::{Raw, Reader};
use crate::engine::map::KeyMap;
use crate::engine::params::{read_user_figures, UserFigures};
use crate::engine::problem::{Problem, Problems};
use crate::money::input::{burden_category, Burden, BURDEN_CHOICES};
use serde::Serialize;

/// One office the user used in the month (one row of the 管理結果票).
#[derive(Clone, Debug, Default, Serialize)]
pub struct ManagedOfficeInput {
    /// 事業所の名前（任意）.
    pub label: Raw,
    /// 上限額管理事業所（1か所だけ）.
    pub manager: Raw,
    /// この事業所の月の総費用額（円）.
    pub total_yen: Raw,
    /// 1割相当額（円）。空欄なら総費用額から計算.
    pub tenth_yen: Raw,
}
crate::decode_fields! { ManagedOfficeInput { label, manager, total_yen, tenth_yen } }

#[derive(Clone, Debug, Default, Serialize)]
pub struct BurdenManagementRequest {
    pub service_month: Raw,
    /// 利用者負担の区分: seikatsu-hogo | low-income | general-1 | general-2.
    pub burden_category: Raw,
    /// 受給者証の負担上限月額（円、区分の上限以下。空欄は区分の上限）.
    pub burden_cap: Raw,
    /// The offices, the 上限額管理事業所 first or marked `manager`.
    pub offices: Vec<ManagedOfficeInput>,
    pub user_figures: KeyMap<Raw>,
}
crate::decode_fields! { BurdenManagementRequest { service_month, burden_category, burden_cap, offices, user_figures } }

/// One office as validated.
#[derive(Clone, Debug)]
pub struct ManagedOffice {
    pub label: String,
    pub manager: bool,
    pub total_yen: i64,
    /// 1割相当額 entered (else computed from the 総費用額).
    pub tenth_yen: Option<i64>,
}

pub struct BurdenManagement {
    pub month: YearMonth,
    pub burden: Burden,
    pub certificate_cap: Option<i64>,
    pub offices: Vec<ManagedOffice>,
    pub user_figures: UserFigures,
}

/// One office's row.
fn read_office(r: &mut Reader, o: &ManagedOfficeInput, i: usize) -> Option<ManagedOffice> {
    let f = |n: &str| format!("offices[{i}].{n}");
    let label = o.label.as_text().unwrap_or_else(|| format!("事業所{}", i + 1));
    let manager = r.flag(&o.manager, &f("manager"), "上限額管理事業所", false);
    let total = r.int(&o.total_yen, &f("total_yen"), "総費用額", 0, 100_000_000);
    // prose-figure: 「1割相当額」 is the field's name on the 明細書, not a figure computed with
    let tenth = r.opt_int(&o.tenth_yen, &f("tenth_yen"), "1割相当額", 0, 100_000_000);
    if let (Some(t), Some(Some(x))) = (total, tenth) {
        if x > t {
            r.problems.push(Problem::inconsistent(
                f("tenth_yen"),
                // prose-figure: the field's name on the 明細書; the amounts are the user's
                format!("1割相当額（{x}円）が総費用額（{t}円）を超えています。"),
            ));
            return None;
        }
    }
    Some(ManagedOffice { label, manager: manager?, total_yen: total?, tenth_yen: tenth? })
}

/// Exactly one 上限額管理事業所, among at least two offices.
fn check_manager(r: &mut Reader, offices: &[ManagedOffice], n: usize) {
    if n < 2 {
        r.problems.push(Problem::required("offices", "同じ月に利用した事業所（上限額管理事業所を含めて2か所以上）"));
        return;
    }
    let managers: Vec<usize> = (0..offices.len()).filter(|&i| offices[i].manager).collect();
    match managers.as_slice() {
        [] if offices.len() == n => {
            r.problems.push(Problem::required("offices[0].manager", "上限額管理事業所（どれか1か所）"))
        }
        [_, second, ..] => r
            .problems
            .push(Problem::inconsistent(format!("offices[{second}].manager"), "上限額管理事業所は1か所です。")),
        _ => {}
    }
}

/// The month, the cap and the offices; every problem at once.
pub fn read_management(req: &BurdenManagementRequest) -> Result<BurdenManagement, Vec<Problem>> {
    let mut ps = Problems::new();
    let mut r = Reader::new(&mut ps);
    let month = r.month(&req.service_month, "service_month", "サービス提供月");
    let burden = r.choice(&req.burden_category, "burden_category", "利用者負担の区分", BURDEN_CHOICES, burden_category);
    let cap = r.opt_int(&req.burden_cap, "burden_cap", "受給者証の負担上限月額", 0, 1_000_000);
    let offices: Vec<ManagedOffice> =
        req.offices.iter().enumerate().filter_map(|(i, o)| read_office(&mut r, o, i)).collect();
    check_manager(&mut r, &offices, req.offices.len());
    let user_figures = read_user_figures(&mut r, &req.user_figures);
    let (Some(month), Some(burden), Some(certificate_cap)) = (month, burden, cap) else {
        return Err(ps.into_vec());
    };
    ps.finish(BurdenManagement { month, burden, certificate_cap, offices, user_figures })
}
