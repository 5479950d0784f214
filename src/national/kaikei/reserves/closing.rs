//! The end of a 年度: the 積立資産 booked with the 積立金 (資料3 4 3)
//! 留意事項【積立て】4つ目, 別紙3・別紙4) and the 次期繰越活動増減差額
//! (別紙1 (17); 3 5) 利用者賃金・工賃への配分).

use crate::engine::params::cite;
use crate::engine::trace::{yen, Step, Trace};
use crate::national::kaikei::SEED;
use crate::rule;

rule!(pub ASSETS = "kaikei.reserve.assets", "積立金の当期末残高と同額の積立資産（別紙3・別紙4）", source "資料3 4 3) ◎積立金について 留意事項【積立て】4つ目、5 資料 別紙3・別紙4", fn reserve_assets);
/// 積立資産 (【積立て】4つ目): the same amount as the two reserves' closing
/// balances; what is actually held is less the 一時繰替使用's 未補填額.
/// Returns (計上すべき積立資産, 保有している積立資産).
pub fn reserve_assets(t: &mut Trace, wage: i64, equipment: i64, outstanding: i64) -> (i64, i64) {
    let required = wage + equipment;
    let held = required - outstanding;
    t.step(
        Step::of(&ASSETS)
            .input("工賃変動積立金の当期末残高", yen(wage))
            .input("設備等整備積立金の当期末残高", yen(equipment))
            .input("一時繰替使用の未補填額", yen(outstanding))
            .value(format!("計上すべき積立資産 {}", yen(required)))
            .source(cite(SEED, "資料3 4 3) ◎積立金について 留意事項【積立て】4つ目"))
            .source(cite(SEED, "資料3 5 資料 別紙3 その他の積立金明細表・別紙4 その他の積立資産明細表"))
            .note(format!(
                "積み立てた額と同額の積立資産（現預金等、固定資産に区分）を計上します。実際に保有している積立資産は{}です。",
                yen(held)
            ))
            .note("積立金の計上は、就労支援事業活動増減差額が生じた年度の計算書類に反映させます。積立て・取崩しには理事会等の議決が必要です。"),
    );
    (required, held)
}

rule!(pub CARRIED_FORWARD = "kaikei.carried_forward", "積立て後の次期繰越活動増減差額（(13)＋(15)−(16)、基本金取崩額を除く）", source "資料3 5 資料 別紙1 (17)、3 5) 就労支援事業会計における利用者賃金・工賃への配分", fn carried_forward);
/// 次期繰越活動増減差額 (別紙1 (17)): (13) ＋ (15) − (16); the rest of the
/// 生産活動's surplus is paid as 賃金・工賃 (3 5)).
pub fn carried_forward(t: &mut Trace, surplus: i64, drawn: i64, added: i64) -> i64 {
    let carried = surplus + drawn - added;
    t.step(
        Step::of(&CARRIED_FORWARD)
            .input("当期末繰越活動増減差額 (13)", yen(surplus))
            .input("その他の積立金取崩額 (15)", yen(drawn))
            .input("その他の積立金積立額 (16)", yen(added))
            .value(yen(carried))
            .source(cite(SEED, "資料3 5 資料 別紙1 就労支援事業事業活動計算書 (17)"))
            .source(cite(SEED, "資料3 3 5) 就労支援事業会計における利用者賃金・工賃への配分"))
            .note("生産活動の余剰金は、積み立てた額を除き、原則として全て賃金・工賃として支払います。"),
    );
    carried
}
