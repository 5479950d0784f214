//! サービス管理費 (資料4 第6節 4): 1人月額, never 日割り; for 横浜市 residents in a
//! month whose 基本報酬 is not reduced for a missing 個別支援計画 (see
//! [`crate::local::yokohama::gh::eligibility::yokohama_item`]).

use crate::engine::trace::{yen, Step, Trace};
use crate::{key, rule};

rule!(pub SERVICE_MANAGEMENT = "yokohama_gh.service_management", "サービス管理費", source "資料4 第6節 4 サービス管理費", fn service_management, keys ["yokohama_gh.service_management"]);
/// サービス管理費: the 単価 and its step for `who` (valued once the tables say
/// the resident counts).
pub fn service_management(t: &mut Trace, who: &str) -> Option<(i64, Step)> {
    let (unit, cit) = t.int(key!("yokohama_gh.service_management"))?;
    let st = Step::of(&SERVICE_MANAGEMENT)
        .title(format!("{who}: サービス管理費"))
        .input("単価", yen(unit))
        .source(cit)
        .note("日割り計算は行いません（第6節 4 サービス管理費）。");
    Some((unit, st))
}
