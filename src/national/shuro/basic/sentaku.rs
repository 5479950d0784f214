//! 就労選択支援サービス費 (令和7年10月1日から): one rate, not billed on a day
//! the user uses another 日中活動サービス (seed 004 2. 留意事項等).

use super::super::input::User;
use super::super::output::Basic;
use super::cell;
use crate::engine::problem::Problem;
use crate::engine::trace::{Step, Trace};
use crate::{key, rule};

rule!(pub SENTAKU_BASIC = "shuro.sentaku.basic", "就労選択支援サービス費（基本報酬）", source "seed 001 就労選択支援 ○報酬単価（令和7年10月から）", fn basic_sentaku, keys ["rule.shuro.sentaku.basic", "shuro.sentaku.basic"]);
/// 就労選択支援サービス費: one rate per day.
pub fn basic_sentaku(t: &mut Trace) -> Option<Basic> {
    let rule = t.rule("shuro.sentaku.basic")?;
    let key = key!("shuro.sentaku.basic");
    let item = "就労選択支援サービス費".to_string();
    let basic = cell(t, (&SENTAKU_BASIC, rule), key, item, "（基本報酬）", &[])?;
    Some(Basic { band: "flat".into(), band_label: "区分なし".into(), ..basic })
}

rule!(pub SAME_DAY = "shuro.sentaku.same_day", "日中活動サービスと同じ日は算定しない（放課後等デイサービス・障害児入所支援とは算定できる）", source "seed 004 2. 留意事項等 就労選択支援に係る注意事項; seed 002 資料8 5. 就労選択支援 Q&A", fn days_billed, keys ["rule.shuro.sentaku.same_day", "rule.shuro.sentaku.same_day_allowed"]);
/// The days billed: the 利用日数 less the days the user also used a 日中活動
/// サービス (the days with 放課後等デイサービス or 障害児入所支援 stay billed);
/// a step only when a same-day service was entered.
pub fn days_billed(t: &mut Trace, u: &User) -> Option<i64> {
    let excluded = u.day_activity_days();
    if excluded <= 0 && u.same_day_services.is_empty() {
        return Some(u.days);
    }
    let rule = t.rule("shuro.sentaku.same_day")?;
    let n = u.days - excluded;
    let mut s = Step::of(&SAME_DAY).input("利用日数", format!("{}日", u.days)).source(rule);
    if u.same_day_other_days > 0 {
        s = s.input("他の日中活動サービスと同じ日", format!("{}日（算定しない）", u.same_day_other_days));
    }
    for (svc, d) in &u.same_day_services {
        let how = if svc.day_activity() { "算定しない" } else { "算定できる" };
        s = s.input(&format!("{}と同じ日", svc.label()), format!("{d}日（{how}）"));
    }
    if u.same_day_services.iter().any(|(svc, _)| !svc.day_activity()) {
        let allowed = t.rule("shuro.sentaku.same_day_allowed")?;
        s = s.source(allowed).note("放課後等デイサービス・障害児入所支援とは支援内容・報酬に重なりがないため、同じ日に就労選択支援を算定できます。");
    }
    if excluded > 0 {
        s = s.note("日中活動サービス（生活介護、自立訓練、就労移行支援、就労継続支援A型・B型）と同じ日は、就労選択支援を算定しません。");
    }
    t.step(s.value(format!("{n}日")));
    Some(n)
}

rule!(pub SAME_OPERATOR = "shuro.sentaku.same_operator", "現在通所している事業所と同じ法人の就労選択支援事業所は利用できない（近隣に別の法人の事業所がない場合を除く）", source "seed 004 2. 留意事項等 就労選択支援に係る注意事項", fn same_operator, keys ["rule.shuro.sentaku.same_operator"]);
/// 就労選択支援 by the 法人 of the user's current 就労継続支援・就労移行支援
/// office: refused by name (`same_operator`) unless no office of another 法人
/// is nearby. `None` when refused.
pub fn same_operator(t: &mut Trace, u: &User) -> Option<()> {
    if !u.same_operator {
        return Some(());
    }
    let rule = t.rule("shuro.sentaku.same_operator")?;
    if !u.no_other_operator_nearby {
        t.problems.push(Problem::inconsistent(
            format!("{}.same_operator", u.field),
            "既に就労継続支援・就労移行支援を利用している方は、現在通所している事業所と同じ法人が運営する就労選択支援事業所を利用できません（近隣に別の法人が運営する就労選択支援事業所・就労移行支援事業所がない場合を除く）。",
        ));
        return None;
    }
    t.step(
        Step::of(&SAME_OPERATOR)
            .input("現在通所している事業所と同じ法人", "はい")
            .input("近隣に別の法人の就労選択支援事業所・就労移行支援事業所", "なし")
            .value("利用できる（例外）")
            .source(rule),
    );
    Some(())
}
