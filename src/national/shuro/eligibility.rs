//! Who may start which 就労系 service on a date (`shuro.eligibility`): B型's
//! 対象者 ①② (seed 001), the assessment the others need first (by a 就労移行支援
//! 事業者等 until 令和7年9月, then 就労選択支援: seed 004, seed 000), A型・就労移行
//! 支援 (就労選択支援 as wished until 令和9年3月), and 就労選択支援 on a day.

use super::input::eligibility::{read_eligibility, Eligibility};
use super::input::{EligibilityRequest, Service};
use super::output::EligibilityOutput;
use super::{SEED0, SEED4};
use crate::engine::date::{date_both, YearMonth};
use crate::engine::input::Reader;
use crate::engine::params::{cite, Ctx, UserFigures};
use crate::engine::problem::{Outcome, Problem, Problems};
use crate::engine::trace::{Citation, Step, Trace};
use crate::{key, rule};

/// The verdict and its message.
type Verdict = (&'static str, String);

fn yes_no(b: bool) -> &'static str {
    if b {
        "はい"
    } else {
        "いいえ"
    }
}

/// `shuro.eligibility`: whether the person may start the service on the date.
pub fn eligibility(req: &EligibilityRequest) -> Outcome<EligibilityOutput> {
    let mut ps = Problems::new();
    let mut r = Reader::new(&mut ps);
    let Some(e) = read_eligibility(&mut r, req) else {
        return Err(ps.into_vec());
    };
    let uf = UserFigures::new();
    let c = Ctx::new(YearMonth::of(e.date), "date", &uf)?;
    let mut t = Trace::new(&c, "");
    let verdict = match e.service {
        Service::B => b_eligibility(&mut t, &e),
        Service::A | Service::Ikou => a_ikou_eligibility(&mut t, &e),
        _ => sentaku_eligibility(&mut t, &e),
    };
    let t = t.check()?;
    let Some((verdict, message)) = verdict else {
        return Err(vec![Problem::data_error("rule.shuro.eligibility", "判定できません")]);
    };
    Ok(EligibilityOutput {
        date: crate::engine::date::iso_date(e.date),
        date_label: date_both(e.date),
        service: e.service.key(),
        service_label: e.service.label(),
        verdict,
        message,
        steps: t.steps,
    })
}

rule!(pub B = "shuro.eligibility.b", "就労継続支援B型の対象者（①②）", source "seed 001 就労継続支援B型 ○対象者 ①〜④", fn b_eligibility, keys ["rule.shuro.eligibility.b", "shuro.eligibility.b.age_min"]);
/// 就労継続支援B型の対象者: ① 就労経験, ② the age or 障害基礎年金1級; otherwise
/// the assessment first.
pub fn b_eligibility(t: &mut Trace, e: &Eligibility) -> Option<Verdict> {
    let rule = t.rule("shuro.eligibility.b")?;
    let (age_min, acit) = t.int(key!("shuro.eligibility.b.age_min"))?;
    let old = e.age.is_some_and(|a| a >= age_min);
    let age = e.age.map(|a| format!("{a}歳"));
    let s = Step::of(&B)
        .input("就労経験があり年齢や体力の面で雇用が困難（①）", yes_no(e.experience))
        .input("年齢", age.unwrap_or_else(|| "未入力".into()))
        .input("障害基礎年金1級受給者", yes_no(e.pension))
        .source(rule)
        .source(acit);
    if e.using {
        t.step(
            s.value("現に利用中")
                .note("すでに利用している方は、就労選択支援を希望に応じて利用できます。")
                .source(cite(SEED0, "就労選択支援の対象者（表: すでに利用している方）")),
        );
        let m = "すでにB型を利用している方です。就労選択支援は希望に応じて利用できます。";
        return Some(("may_use", m.to_string()));
    }
    if e.experience || old || e.pension {
        let why = if e.experience {
            "①就労経験".to_string()
        } else if old {
            format!("②{age_min}歳以上")
        } else {
            "②障害基礎年金1級".to_string()
        };
        t.step(s.value(format!("該当（{why}）")));
        let m = format!("{why}に該当するため、B型を直接利用できます（就労選択支援は希望に応じて）。");
        return Some(("direct", m));
    }
    t.step(s.value("①②に該当しない"));
    match t.ctx.rule("shuro.eligibility.b_sentaku") {
        Ok(cit) => Some(b_after_sentaku(t, e, cit)),
        Err(_) => Some(b_after_assessment(t, e)),
    }
}

rule!(pub B_SENTAKU = "shuro.eligibility.b_sentaku", "①②に該当しない方のアセスメント（令和7年10月から就労選択支援）", source "seed 001 就労選択支援 ○対象者; seed 000 就労選択支援の対象者", fn b_after_sentaku, keys ["rule.shuro.eligibility.b_sentaku"]);
/// From 令和7年10月: a person outside ①② starts B型 after 就労選択支援's assessment (③).
pub fn b_after_sentaku(t: &mut Trace, e: &Eligibility, rule: Citation) -> Verdict {
    let s = Step::of(&B_SENTAKU)
        .input("日付", date_both(e.date))
        .input("就労選択支援のアセスメントを受けた", yes_no(e.assessed))
        .source(rule)
        .source(cite(SEED0, "就労選択支援の対象者（就労継続支援B型: 原則として利用（令和7年10月～））"));
    if e.assessed {
        t.step(s.value("利用可（③）"));
        (
            "after_assessment",
            "就労選択支援によるアセスメントで就労面の課題等が把握されているため、B型を利用できます（③）。".to_string(),
        )
    } else {
        t.step(s.value("就労選択支援が先"));
        ("needs_sentaku", "①②に該当しないため、まず就労選択支援を利用し、アセスメントで就労面の課題等を把握する必要があります（令和7年10月から）。".to_string())
    }
}

rule!(pub B_ASSESSMENT = "shuro.eligibility.b_assessment", "①②に該当しない方のアセスメント（令和7年9月まで）", source "seed 004 1. 対象者 就労継続支援B型(2)", fn b_after_assessment);
/// Until 令和7年9月: a person outside ①② starts B型 after a 就労移行支援事業者等's assessment.
pub fn b_after_assessment(t: &mut Trace, e: &Eligibility) -> Verdict {
    let s = Step::of(&B_ASSESSMENT)
        .input("日付", date_both(e.date))
        .input("就労移行支援事業者等のアセスメントを受けた", yes_no(e.assessed))
        .source(cite(SEED4, "1. 対象者 就労継続支援B型(2)（令和7年10月以降は就労選択支援事業者）"));
    if e.assessed {
        t.step(s.value("利用可"));
        ("after_assessment", "就労移行支援事業者等によるアセスメントを受けているため、B型を利用できます。".to_string())
    } else {
        t.step(s.value("アセスメントが先"));
        (
            "needs_assessment",
            "①②に該当しないため、就労移行支援事業者等によるアセスメントを受ける必要があります（令和7年9月まで）。"
                .to_string(),
        )
    }
}

rule!(pub A_IKOU = "shuro.eligibility.a_ikou", "就労継続支援A型・就労移行支援と就労選択支援", source "seed 001 就労選択支援 ○対象者（令和9年4月以降の予定）; seed 000", fn a_ikou_eligibility, keys ["rule.shuro.eligibility.a_ikou"]);
/// A型・就労移行支援: 就労選択支援 as wished (until 令和9年3月).
pub fn a_ikou_eligibility(t: &mut Trace, e: &Eligibility) -> Option<Verdict> {
    let rule = t.rule("shuro.eligibility.a_ikou")?;
    let label = e.service.label();
    let mut s = Step::of(&A_IKOU)
        .title(format!("{label}と就労選択支援"))
        .input("日付", date_both(e.date))
        .source(rule)
        .source(cite(SEED0, "就労選択支援の対象者（就労継続支援A型・就労移行支援: 原則として利用（令和9年４月～））"))
        .note("令和9年4月以降は、新たにA型を利用する場合や就労移行支援の標準利用期間を超えて利用する場合も、就労選択支援を経ることとされる予定です（この計算機の収録範囲は令和9年3月まで）。");
    if e.service == Service::Ikou {
        s = s.input("標準利用期間を超えて利用する", yes_no(e.beyond));
    }
    t.step(s.value("就労選択支援は希望に応じて"));
    let m = format!("{label}は、令和9年3月までは就労選択支援を経ずに利用できます（就労選択支援は希望に応じて）。");
    Some(("may_use", m))
}

rule!(pub SENTAKU = "shuro.eligibility.sentaku", "就労選択支援（令和7年10月1日から）", source "seed 001 就労選択支援 ○報酬単価; seed 004 2. 留意事項等（同日算定は不可）; seed 002 資料8 Q&A（放課後等デイサービスとは同日算定可）", fn sentaku_eligibility, keys ["rule.shuro.sentaku.basic", "rule.shuro.sentaku.same_day", "rule.shuro.sentaku.same_day_allowed"]);
/// 就労選択支援 on a day: not by the 法人 of the current office (see
/// [`sentaku_operator`]), not on a day of another 日中活動サービス; on a day
/// of 放課後等デイサービス or 障害児入所支援, billed.
pub fn sentaku_eligibility(t: &mut Trace, e: &Eligibility) -> Option<Verdict> {
    let rule = t.rule("shuro.sentaku.basic")?;
    let sd = t.rule("shuro.sentaku.same_day")?;
    if let Some(v) = sentaku_operator(t, e)? {
        return Some(v);
    }
    let other = e.same_day || e.same_day_service.is_some_and(|s| s.day_activity());
    let named = e.same_day_service.map(|s| s.label()).unwrap_or(if e.same_day {
        "他の日中活動サービス"
    } else {
        "なし"
    });
    let mut s = Step::of(&SENTAKU)
        .input("日付", date_both(e.date))
        .input("同じ日に利用する他のサービス", named)
        .source(rule)
        .source(sd);
    if other {
        t.step(s.value("その日は算定不可").note("放課後等デイサービス・障害児入所支援との同日算定は可能です。"));
        let m = format!("{named}（障害福祉サービスの日中活動サービス）と同じ日には、就労選択支援を算定できません。");
        return Some(("not_same_day", m));
    }
    if e.same_day_service.is_some() {
        s = s
            .source(t.rule("shuro.sentaku.same_day_allowed")?)
            .note("放課後等デイサービス・障害児入所支援とは支援内容・報酬に重なりがないため、同じ日に算定できます。");
    }
    t.step(s.value("算定可"));
    Some(("may_use", "この日は就労選択支援を算定できます。".to_string()))
}

rule!(pub SENTAKU_OPERATOR = "shuro.eligibility.sentaku_operator", "現在通所している事業所と同じ法人の就労選択支援事業所", source "seed 004 2. 留意事項等 就労選択支援に係る注意事項（同一法人の事業所の利用は不可、近隣に別法人の事業所がない場合を除く）", fn sentaku_operator, keys ["rule.shuro.sentaku.same_operator"]);
/// A person already in 就労継続支援・就労移行支援, at a 就労選択支援 office of
/// the same 法人: refused (`same_operator`) unless none of another 法人 is
/// nearby. `Some(None)` when the rule does not refuse.
pub fn sentaku_operator(t: &mut Trace, e: &Eligibility) -> Option<Option<Verdict>> {
    if !e.same_operator {
        return Some(None);
    }
    let rule = t.rule("shuro.sentaku.same_operator")?;
    let s = Step::of(&SENTAKU_OPERATOR)
        .input("現在通所している事業所と同じ法人", "はい")
        .input("近隣に別の法人の就労選択支援事業所・就労移行支援事業所がない", yes_no(e.no_other_operator_nearby))
        .source(rule);
    if e.no_other_operator_nearby {
        t.step(s.value("利用できる（近隣に別の法人の事業所がない）"));
        return Some(None);
    }
    t.step(s.value("利用できない"));
    let m = "現在通所している就労継続支援・就労移行支援の事業所と同じ法人が運営する就労選択支援事業所は利用できません（近隣に別の法人の就労選択支援事業所・就労移行支援事業所がない場合を除く）。";
    Some(Some(("same_operator", m.to_string())))
}
