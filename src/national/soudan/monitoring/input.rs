//! モニタリング期間: the request as sent, the services of §5's groups, and the
//! reader (each bad field a Japanese problem naming its path).

use super::months::months_between;
use crate::engine::date::YearMonth;
use crate::engine::input::{Raw, Reader};
use crate::engine::map::KeyMap;
use crate::engine::params::{read_user_figures, UserFigures};
use crate::engine::problem::{Problem, Problems};
use serde::Serialize;

#[derive(Clone, Debug, Default, Serialize)]
pub struct MonitoringRequest {
    /// The services the person uses (ids: kyotaku, kodo, doko, jyudo-homon, tanki,
    /// gh-nichu, iko, teichaku, kunren, jiritsu-seikatsu, seikatsu-kaigo, keizoku, gh,
    /// chiiki-teichaku, jido-tsusho, shisetsu, ryoyo, hokatsu, chiiki-iko).
    pub services: Vec<Raw>,
    /// 新規サービス利用者・サービスの種類・内容・量に著しい変動のある支給決定.
    pub new_user: Raw,
    /// 集中的に支援が必要な者（①退所等 ②単身等で連絡調整が困難 ③重度障害者等包括支援の対象）.
    pub intensive: Raw,
    /// ★65歳以上で介護保険の居宅介護支援・介護予防支援によるケアマネジメントを受けていない.
    pub elderly_no_care_management: Raw,
    /// 支給決定期間の開始月 ("2024-09").
    pub start_month: Raw,
    /// 支給決定期間の終期月 ("2025-08").
    pub end_month: Raw,
    /// start_month (開始月を1か月目) | next_month (翌月を1か月目: 月の途中の開始).
    pub count_from: Raw,
    /// national (国のQ&A: 終期月から遡る, the default) | municipal (市町の運用: 開始から順に).
    pub reading: Raw,
    pub user_figures: KeyMap<Raw>,
}
crate::decode_fields! { MonitoringRequest { services, new_user, intensive, elderly_no_care_management, start_month, end_month, count_from, reading, user_figures } }

crate::choices! {
    /// Where the standard period is counted from (see [`super::months`]).
    pub enum Reading {
        National: "national" | "国" | "国のQ&A" => "国のQ&A（終期月から遡る）",
        Municipal: "municipal" | "市町" | "市町の運用" => "市町の運用（開始から順に数える）",
    }
}

/// A service of §5: (id, 日本語名, period group under `soudan.monitoring.period.`).
pub type ServiceGroup = (&'static str, &'static str, &'static str);

/// The period groups of §5 and the services in each.
const SERVICES: &[ServiceGroup] = &[
    ("kyotaku", "居宅介護", "home-3"),
    ("kodo", "行動援護", "home-3"),
    ("doko", "同行援護", "home-3"),
    ("jyudo-homon", "重度訪問介護", "home-3"),
    ("tanki", "短期入所", "home-3"),
    ("gh-nichu", "日中サービス支援型共同生活援助", "home-3"),
    ("iko", "就労移行支援", "home-3"),
    ("teichaku", "就労定着支援", "home-3"),
    ("kunren", "自立訓練", "home-3"),
    ("jiritsu-seikatsu", "自立生活援助", "home-3"),
    ("seikatsu-kaigo", "生活介護", "home-6"),
    ("keizoku", "就労継続支援", "home-6"),
    ("gh", "共同生活援助（日中サービス支援型を除く）", "home-6"),
    ("chiiki-teichaku", "地域定着支援", "home-6"),
    ("jido-tsusho", "障害児通所支援", "home-6"),
    ("shisetsu", "障害者支援施設（施設入所支援）", "facility"),
    ("ryoyo", "療養介護", "facility"),
    ("hokatsu", "重度障害者等包括支援", "facility"),
    ("chiiki-iko", "地域移行支援", "facility"),
];

/// Largest 支給決定期間 the helper lays out, in months (an input bound).
const GRANT_MAX_MONTHS: i64 = 60;

/// The request of `soudan.monitoring`, validated.
pub struct MonitoringInput {
    /// The services used, each once, in the order entered.
    pub services: Vec<ServiceGroup>,
    /// 新規サービス利用者・著しい変動のある支給決定.
    pub new_user: bool,
    /// 集中的に支援が必要な者.
    pub intensive: bool,
    /// 65歳以上で介護保険のケアマネジメントを受けていない (the ★ of §5).
    pub elderly: bool,
    pub start: YearMonth,
    pub end: YearMonth,
    /// The month after the start month is the first counted.
    pub from_next: bool,
    /// The reading of the months (国のQ&A by default).
    pub reading: Reading,
    pub user_figures: UserFigures,
}

/// The services, each once (an unknown one is a problem on its field).
fn read_services(r: &mut Reader, raw: &[Raw]) -> Vec<ServiceGroup> {
    let names: String = SERVICES.iter().map(|x| format!("「{}」", x.1)).collect();
    let mut services: Vec<ServiceGroup> = Vec::new();
    for (i, s) in raw.iter().enumerate() {
        if let Some(v) = r.choice(s, &format!("services[{i}]"), "サービスの種類", &names, |t| {
            SERVICES.iter().find(|x| x.0 == t || x.1 == t).copied()
        }) {
            if !services.iter().any(|x| x.0 == v.0) {
                services.push(v);
            }
        }
    }
    services
}

/// 開始月 to 終期月: in order, and no longer than the helper lays out.
fn check_grant_period(r: &mut Reader, start: Option<YearMonth>, end: Option<YearMonth>) {
    let (Some(s), Some(e)) = (start, end) else {
        return;
    };
    if e < s {
        r.problems.push(Problem::inconsistent(
            "end_month",
            format!("終期月（{}）が開始月（{}）より前です。", e.both(), s.both()),
        ));
    } else if months_between(s, e) >= GRANT_MAX_MONTHS {
        r.problems.push(Problem::out_of_range(
            "end_month",
            format!("支給決定期間は{GRANT_MAX_MONTHS}か月までで入力してください。"),
        ));
    }
}

/// The reading of the months (blank: 国のQ&A).
fn read_reading(r: &mut Reader, raw: &Raw) -> Option<Option<Reading>> {
    r.opt_choice(
        raw,
        "reading",
        "モニタリング月の読み方",
        "national（国のQ&A: 終期月から遡る）, municipal（市町の運用: 開始から順に）",
        Reading::parse,
    )
}

/// The services, the person's situation and the 支給決定期間; every problem at once.
pub fn read_monitoring(req: &MonitoringRequest) -> Result<MonitoringInput, Vec<Problem>> {
    let mut ps = Problems::new();
    let mut r = Reader::new(&mut ps);
    let services = read_services(&mut r, &req.services);
    let new_user = r.flag(&req.new_user, "new_user", "新規・著しい変動", false);
    let intensive = r.flag(&req.intensive, "intensive", "集中的に支援が必要な者", false);
    let elderly = r.flag(
        &req.elderly_no_care_management,
        "elderly_no_care_management",
        "65歳以上で介護保険のケアマネジメントなし", // prose-figure: the age in the guidebook's ★, not a figure computed with
        false,
    );
    let start = r.month(&req.start_month, "start_month", "支給決定期間の開始月");
    let end = r.month(&req.end_month, "end_month", "支給決定期間の終期月");
    let from_next = r.opt_choice(
        &req.count_from,
        "count_from",
        "数え始め",
        "「支給決定の開始月から」「開始月の翌月から」",
        |t| match t {
            "start_month" => Some(false),
            "next_month" => Some(true),
            _ => None,
        },
    );
    let reading = read_reading(&mut r, &req.reading);
    let user_figures = read_user_figures(&mut r, &req.user_figures);
    if services.is_empty() && req.services.is_empty() {
        r.problems.push(Problem::required("services", "利用するサービス（1つ以上）"));
    }
    check_grant_period(&mut r, start, end);
    let (Some(start), Some(end), Some(new_user), Some(intensive), Some(elderly), Some(from_next), Some(reading)) =
        (start, end, new_user, intensive, elderly, from_next, reading)
    else {
        return Err(ps.into_vec());
    };
    ps.finish(MonitoringInput {
        services,
        new_user,
        intensive,
        elderly,
        start,
        end,
        from_next: from_next.unwrap_or(false),
        reading: reading.unwrap_or(Reading::National),
        user_figures,
    })
}
