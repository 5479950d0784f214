//! 就労選択支援サービス費 (令和7年10月1日から): one rate, not billed on a day
//! the user uses another 日中活動サービス (seed 004 2. 留意事項等).

use super::super::input::User;
use super::super::output::Basic;
use super::cell;
use crate::engine::trace::{Step, Trace};
use crate::{key, rule};

rule!(pub SENTAKU_BASIC = "shuro.sentaku.basic", "就労選択支援サービス費（基本報酬）", source "seed 001 就労選択支援 ○報酬単価（令和7年10月から）", fn basic_sentaku, keys ["rule.shuro.sentaku.basic", "shuro.sentaku.basic"]);
/// 就労選択支援サービス費: one rate per day.
pub fn basic_sentaku(t: &mut Trace) -> Option<Basic> {
    let rule = t.rule("shuro.sentaku.basic")?;
    let key = key!("shuro.sentaku.basic");
    let item = "就労選択支援サービス費".to_string();
    let basic = cell(t, (&SENTAKU_BASIC, rule), key, item, "（基本報酬）", &[])?;
    Some(Basic {
        band: "flat".into(),
        band_label: "区分なし".into(),
        ..basic
    })
}

rule!(pub SAME_DAY = "shuro.sentaku.same_day", "日中活動サービスと同じ日は算定しない", source "seed 004 2. 留意事項等 就労選択支援に係る注意事項（日中活動サービスとの同日算定は不可）", fn days_billed, keys ["rule.shuro.sentaku.same_day"]);
/// The days billed: the 利用日数 less the days the user also used another
/// 日中活動サービス (a step only when there are such days).
pub fn days_billed(t: &mut Trace, u: &User) -> Option<i64> {
    if u.same_day_other_days <= 0 {
        return Some(u.days);
    }
    let rule = t.rule("shuro.sentaku.same_day")?;
    let n = u.days - u.same_day_other_days;
    t.step(
        Step::of(&SAME_DAY)
            .input("利用日数", format!("{}日", u.days))
            .input(
                "他の日中活動サービスと同じ日",
                format!("{}日", u.same_day_other_days),
            )
            .value(format!("{n}日"))
            .source(rule),
    );
    Some(n)
}
