//! 就労系サービスの基本報酬と加算・減算（令和6年4月〜令和8年6月〜）:
//! 就労継続支援B型（平均工賃月額の区分・一律評価型）、A型（スコア）、就労移行支援
//! （就職後6月以上定着率）、就労定着支援（就労定着率、1月につき）、就労選択支援
//! （令和7年10月から）; and who may start which service on a date.
//!
//! Sources: seed 001 (MHLW 就労系 summary: the tables), seed 004 (鹿児島市: 減算,
//! 就労選択支援の注意事項), seed 000 (岡山県北: 対象者 by date), and the official
//! B型 tables in `shared/reference/b_type/`. Every figure is read from
//! `data/shuro_*.tsv`.
//!
//! For the money calculation: [`validate`] then [`month_units`] give each user's
//! month as a [`UserMonth`] (lines of 基本報酬・加算・減算 in units).

use crate::engine::date::{date_both, YearMonth};
use crate::engine::input::{Raw, Reader};
use crate::engine::params::{cite, read_user_figures, Band, Ctx, UserFigures, PRODUCT_READING};
use crate::engine::problem::{Code, Outcome, Problem, Problems};
use crate::engine::rounding::Rounding;
use crate::engine::trace::{thousands, units, Citation, Step};
use crate::engine::units::{LineKind, UnitLine, UserMonth};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

const SEED4: &str = "seed-004-kagoshima-shuro";
const SEED0: &str = "seed-000-okayama-kenpoku";

// ---------------------------------------------------------------- services

/// The 就労系 service a month calculation is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Service {
    /// 就労継続支援B型.
    B,
    /// 就労継続支援A型.
    A,
    /// 就労移行支援.
    Ikou,
    /// 就労定着支援 (per month).
    Teichaku,
    /// 就労選択支援 (from 2025-10-01).
    Sentaku,
}

impl Service {
    pub fn key(self) -> &'static str {
        match self {
            Service::B => "b",
            Service::A => "a",
            Service::Ikou => "ikou",
            Service::Teichaku => "teichaku",
            Service::Sentaku => "sentaku",
        }
    }
    pub fn label(self) -> &'static str {
        match self {
            Service::B => "就労継続支援B型",
            Service::A => "就労継続支援A型",
            Service::Ikou => "就労移行支援",
            Service::Teichaku => "就労定着支援",
            Service::Sentaku => "就労選択支援",
        }
    }
    /// Billed per month (就労定着支援) rather than per day.
    pub fn monthly(self) -> bool {
        self == Service::Teichaku
    }
    /// Whether the service has a 個別支援計画 (就労選択支援 has none: seed 001).
    fn has_plan(self) -> bool {
        self != Service::Sentaku
    }
}

// ---------------------------------------------------------------- requests

/// 特定事業所集中減算 (就労選択支援): the previous six months' assessments.
#[derive(Clone, Debug, Default, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct ConcentrationInput {
    /// 就労移行支援の提供総数 / うち同一の事業者が最も多い数.
    pub ikou_total: Raw,
    pub ikou_top: Raw,
    pub a_total: Raw,
    pub a_top: Raw,
    pub b_total: Raw,
    pub b_top: Raw,
    /// 正当な理由がある.
    pub justified: Raw,
}

/// The office (事業所). Fields that do not concern the service are ignored.
#[derive(Clone, Debug, Default, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct OfficeInput {
    /// 利用定員 (A型・B型・就労移行支援).
    pub capacity: Raw,
    /// 人員配置: B型 "6" | "7.5" | "10"; A型 "7.5" | "10".
    pub staffing: Raw,
    /// B型の報酬体系: "wage"（平均工賃月額） | "participation"（一律評価）.
    pub b_system: Raw,
    /// 平均工賃月額 (円), when already known.
    pub average_wage: Raw,
    /// 前年度の工賃支払総額 (円).
    pub wage_total: Raw,
    /// 前年度の延べ利用者数 (人).
    pub wage_user_days: Raw,
    /// 前年度の開所日数 (日).
    pub wage_open_days: Raw,
    /// 新規指定から1年未満.
    pub new_designation: Raw,
    /// 令和8年6月以降に新規指定された事業所.
    pub designated_r8_or_later: Raw,
    /// 令和8改定対象の事業所（令和8年6月からの12区分を用いる）.
    pub r8_target: Raw,
    /// 地域協働加算の届出 (B型一律評価型).
    pub regional_collab: Raw,
    /// A型: スコアの合計点.
    pub score: Raw,
    /// A型: 1日の平均労働時間 (minutes or "H:MM").
    pub work_minutes: Raw,
    /// A型: 労働時間以外の項目の点数の合計.
    pub other_points: Raw,
    /// 就労移行支援: "i" | "ii"（あん摩マッサージ指圧師等養成施設）.
    pub ikou_type: Raw,
    /// 就労移行支援: 就職後6月以上定着者数 / 定着率の分母.
    pub settled: Raw,
    pub settled_base: Raw,
    /// 就労定着支援: 就労定着者数 / 過去3年間の総利用者数.
    pub retained: Raw,
    pub retained_base: Raw,
    /// 福祉専門職員配置等加算: 生活支援員等の総数, うち常勤, 常勤のうち社会福祉士等, 常勤のうち勤続3年以上.
    pub staff_total: Raw,
    pub staff_fulltime: Raw,
    pub staff_qualified: Raw,
    pub staff_tenure3: Raw,
    /// 定員超過利用減算に該当.
    pub over_capacity: Raw,
    /// 人員欠如減算: 減算が適用される何か月目か (0 = なし).
    pub staff_shortage_month: Raw,
    /// 送迎加算: "none" | "i" | "ii".
    pub transport: Raw,
    pub concentration: ConcentrationInput,
}

/// One user (利用者) of the month.
#[derive(Clone, Debug, Default, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct UserInput {
    pub label: Raw,
    /// 利用日数 (daily services).
    pub days: Raw,
    pub meal_days: Raw,
    pub transport_one_ways: Raw,
    pub absence_responses: Raw,
    /// 個別支援計画未作成減算: 減算が適用される何か月目か (0 = なし).
    pub plan_missing_month: Raw,
    /// ピアサポート実施加算の対象 (B型一律評価型).
    pub peer_support: Raw,
    /// 就労選択支援: 他の日中活動サービスを同じ日に利用した日数.
    pub same_day_other_days: Raw,
}

#[derive(Clone, Debug, Default, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct MonthRequest {
    pub service_month: Raw,
    pub office: OfficeInput,
    pub users: Vec<UserInput>,
    pub user_figures: BTreeMap<String, Raw>,
}

// ---------------------------------------------------------------- validated input

#[derive(Clone, Debug, Default)]
pub struct Concentration {
    /// (label, total, top) for each service given.
    pub rows: Vec<(&'static str, String, i64, i64)>,
    pub justified: bool,
}

#[derive(Clone, Debug, Default)]
pub struct Staff {
    pub total: i64,
    pub fulltime: i64,
    pub qualified: i64,
    pub tenure3: i64,
}

#[derive(Clone, Debug, Default)]
pub struct WageInputs {
    pub total: i64,
    pub user_days: i64,
    pub open_days: i64,
}

#[derive(Clone, Debug, Default)]
pub struct Office {
    pub capacity: Option<i64>,
    /// `staff-6-1` | `staff-7_5-1` | `staff-10-1`.
    pub staffing: Option<&'static str>,
    pub participation: bool,
    pub average_wage: Option<i64>,
    pub wage: Option<WageInputs>,
    pub new_designation: bool,
    pub designated_r8_or_later: bool,
    pub r8_target: bool,
    pub regional_collab: bool,
    pub score: Option<i64>,
    pub work_minutes: Option<u32>,
    pub other_points: Option<i64>,
    pub ikou_type: &'static str,
    pub settled: Option<(i64, i64)>,
    pub retained: Option<(i64, i64)>,
    pub staff: Option<Staff>,
    pub over_capacity: bool,
    pub staff_shortage_month: i64,
    pub transport: &'static str,
    pub concentration: Concentration,
}

#[derive(Clone, Debug, Default)]
pub struct User {
    pub label: String,
    pub field: String,
    pub days: i64,
    pub meal_days: i64,
    pub transport_one_ways: i64,
    pub absence_responses: i64,
    pub plan_missing_month: i64,
    pub peer_support: bool,
    pub same_day_other_days: i64,
}

/// A validated month request: what [`month_units`] computes from.
#[derive(Clone, Debug)]
pub struct Valid {
    pub service: Service,
    pub month: YearMonth,
    pub office: Office,
    pub users: Vec<User>,
    pub user_figures: UserFigures,
}

fn parse_staffing(t: &str) -> Option<&'static str> {
    Some(match t.trim_end_matches(":1").trim_end_matches("対1") {
        "6" => "staff-6-1",
        "7.5" => "staff-7_5-1",
        "10" => "staff-10-1",
        _ => return None,
    })
}

fn staffing_label(s: &str) -> &'static str {
    match s {
        "staff-6-1" => "6:1",
        "staff-7_5-1" => "7.5:1",
        _ => "10:1",
    }
}

fn pair(
    r: &mut Reader,
    num: &Raw,
    den: &Raw,
    fields: (&str, &str),
    labels: (&str, &str),
) -> Option<Option<(i64, i64)>> {
    let n = r.opt_int(num, fields.0, labels.0, 0, 1_000_000);
    let d = r.opt_int(den, fields.1, labels.1, 0, 1_000_000);
    match (n?, d?) {
        (None, None) => Some(None),
        (Some(_), None) => {
            r.problems.push(Problem::required(fields.1, labels.1));
            None
        }
        (None, Some(_)) => {
            r.problems.push(Problem::required(fields.0, labels.0));
            None
        }
        (Some(n), Some(d)) => {
            if d == 0 {
                r.problems.push(Problem::out_of_range(
                    fields.1,
                    format!(
                        "{}が0人では割合を計算できません。1以上を入力してください。",
                        labels.1
                    ),
                ));
                None
            } else if n > d {
                r.problems.push(Problem::inconsistent(
                    fields.0,
                    format!("{}（{n}）が{}（{d}）を超えています。", labels.0, labels.1),
                ));
                None
            } else {
                Some(Some((n, d)))
            }
        }
    }
}

fn read_office(r: &mut Reader, s: Service, o: &OfficeInput) -> Option<Office> {
    let mut out = Office {
        ikou_type: "i",
        transport: "none",
        ..Office::default()
    };
    let mut ok = true;
    let uses_capacity = matches!(s, Service::A | Service::B | Service::Ikou);
    if uses_capacity {
        match r.int(&o.capacity, "office.capacity", "利用定員", 1, 999) {
            Some(v) => out.capacity = Some(v),
            None => ok = false,
        }
    }
    if matches!(s, Service::A | Service::B) {
        let choices = if s == Service::B {
            "6, 7.5, 10"
        } else {
            "7.5, 10"
        };
        match r.choice(
            &o.staffing,
            "office.staffing",
            "人員配置",
            choices,
            parse_staffing,
        ) {
            Some(st) if s == Service::A && st == "staff-6-1" => {
                r.problems.push(Problem::invalid(
                    "office.staffing",
                    "就労継続支援A型の人員配置は 7.5:1 か 10:1 です。",
                ));
                ok = false;
            }
            Some(st) => out.staffing = Some(st),
            None => ok = false,
        }
    }
    if s == Service::B {
        let sys = r.opt_choice(
            &o.b_system,
            "office.b_system",
            "報酬体系",
            "wage, participation",
            |t| match t {
                "wage" | "平均工賃月額" => Some(false),
                "participation" | "一律評価" => Some(true),
                _ => None,
            },
        );
        let nd = r.flag(
            &o.new_designation,
            "office.new_designation",
            "新規指定から1年未満",
            false,
        );
        let nd8 = r.flag(
            &o.designated_r8_or_later,
            "office.designated_r8_or_later",
            "令和8年6月以降の新規指定",
            false,
        );
        let r8 = r.flag(
            &o.r8_target,
            "office.r8_target",
            "令和8改定対象の事業所",
            false,
        );
        let rc = r.flag(
            &o.regional_collab,
            "office.regional_collab",
            "地域協働加算の届出",
            false,
        );
        let aw = r.opt_int(
            &o.average_wage,
            "office.average_wage",
            "平均工賃月額",
            0,
            10_000_000,
        );
        let wt = r.opt_int(
            &o.wage_total,
            "office.wage_total",
            "前年度の工賃支払総額",
            0,
            100_000_000_000,
        );
        let wu = r.opt_int(
            &o.wage_user_days,
            "office.wage_user_days",
            "前年度の延べ利用者数",
            1,
            10_000_000,
        );
        let wo = r.opt_int(
            &o.wage_open_days,
            "office.wage_open_days",
            "前年度の開所日数",
            1,
            366,
        );
        match (sys, nd, nd8, r8, rc, aw, wt, wu, wo) {
            (
                Some(sys),
                Some(nd),
                Some(nd8),
                Some(r8),
                Some(rc),
                Some(aw),
                Some(wt),
                Some(wu),
                Some(wo),
            ) => {
                out.participation = sys.unwrap_or(false);
                out.new_designation = nd;
                out.designated_r8_or_later = nd8;
                out.r8_target = r8;
                out.regional_collab = rc;
                out.average_wage = aw;
                let any = wt.is_some() || wu.is_some() || wo.is_some();
                if any {
                    let mut missing = false;
                    for (v, f, l) in [
                        (wt.is_none(), "office.wage_total", "前年度の工賃支払総額"),
                        (
                            wu.is_none(),
                            "office.wage_user_days",
                            "前年度の延べ利用者数",
                        ),
                        (wo.is_none(), "office.wage_open_days", "前年度の開所日数"),
                    ] {
                        if v {
                            r.problems.push(Problem::required(f, l));
                            missing = true;
                        }
                    }
                    if missing {
                        ok = false;
                    } else {
                        out.wage = Some(WageInputs {
                            total: wt.unwrap_or(0),
                            user_days: wu.unwrap_or(1),
                            open_days: wo.unwrap_or(1),
                        });
                    }
                }
                if ok
                    && !out.participation
                    && !out.new_designation
                    && out.wage.is_none()
                    && out.average_wage.is_none()
                {
                    r.problems.push(Problem::required(
                        "office.average_wage",
                        "平均工賃月額（又は前年度の工賃支払総額・延べ利用者数・開所日数）",
                    ));
                    ok = false;
                }
            }
            _ => ok = false,
        }
    }
    if s == Service::A {
        let sc = r.opt_int(&o.score, "office.score", "スコアの合計点", 0, 1000);
        let wm = r.opt_minutes(
            &o.work_minutes,
            "office.work_minutes",
            "1日の平均労働時間",
            24 * 60,
        );
        let op = r.opt_int(
            &o.other_points,
            "office.other_points",
            "労働時間以外の項目の点数の合計",
            0,
            1000,
        );
        match (sc, wm, op) {
            (Some(sc), Some(wm), Some(op)) => {
                if wm.is_some() && op.is_none() {
                    r.problems.push(Problem::required(
                        "office.other_points",
                        "労働時間以外の項目（生産活動・多様な働き方・支援力向上・地域連携活動・経営改善計画・利用者の知識及び能力の向上）の点数の合計",
                    ));
                    ok = false;
                } else if wm.is_none() && sc.is_none() {
                    r.problems.push(Problem::required(
                        "office.score",
                        "スコアの合計点（又は1日の平均労働時間と他の項目の点数）",
                    ));
                    ok = false;
                }
                out.score = sc;
                out.work_minutes = wm;
                out.other_points = op;
            }
            _ => ok = false,
        }
    }
    if s == Service::Ikou {
        match r.opt_choice(
            &o.ikou_type,
            "office.ikou_type",
            "就労移行支援サービス費の種類",
            "i, ii",
            |t| match t {
                "i" | "1" | "Ⅰ" => Some("i"),
                "ii" | "2" | "Ⅱ" => Some("ii"),
                _ => None,
            },
        ) {
            Some(t) => out.ikou_type = t.unwrap_or("i"),
            None => ok = false,
        }
        match pair(
            r,
            &o.settled,
            &o.settled_base,
            ("office.settled", "office.settled_base"),
            ("就職後6月以上定着者数", "就職後6月以上定着率の分母"),
        ) {
            Some(Some(p)) => out.settled = Some(p),
            Some(None) => {
                r.problems
                    .push(Problem::required("office.settled", "就職後6月以上定着者数"));
                ok = false;
            }
            None => ok = false,
        }
    }
    if s == Service::Teichaku {
        match pair(
            r,
            &o.retained,
            &o.retained_base,
            ("office.retained", "office.retained_base"),
            (
                "前年度末時点の就労定着者数",
                "過去3年間の就労定着支援の総利用者数",
            ),
        ) {
            Some(Some(p)) => out.retained = Some(p),
            Some(None) => {
                r.problems.push(Problem::required(
                    "office.retained",
                    "前年度末時点の就労定着者数",
                ));
                ok = false;
            }
            None => ok = false,
        }
    }
    // 福祉専門職員配置等加算: all four counts, or none.
    let st = [
        r.opt_int(
            &o.staff_total,
            "office.staff_total",
            "生活支援員等の総数",
            0,
            10_000,
        ),
        r.opt_int(
            &o.staff_fulltime,
            "office.staff_fulltime",
            "うち常勤の職員数",
            0,
            10_000,
        ),
        r.opt_int(
            &o.staff_qualified,
            "office.staff_qualified",
            "常勤のうち社会福祉士等の資格保有者数",
            0,
            10_000,
        ),
        r.opt_int(
            &o.staff_tenure3,
            "office.staff_tenure3",
            "常勤のうち勤続3年以上の職員数",
            0,
            10_000,
        ),
    ];
    if st.iter().all(|v| v.is_some()) {
        let [t, f, q, y] = st.map(|v| v.flatten());
        if t.is_some() || f.is_some() || q.is_some() || y.is_some() {
            let staff = Staff {
                total: t.unwrap_or(0),
                fulltime: f.unwrap_or(0),
                qualified: q.unwrap_or(0),
                tenure3: y.unwrap_or(0),
            };
            if t.is_none() {
                r.problems.push(Problem::required(
                    "office.staff_total",
                    "生活支援員等の総数",
                ));
                ok = false;
            } else if staff.fulltime > staff.total {
                r.problems.push(Problem::inconsistent(
                    "office.staff_fulltime",
                    "常勤の職員数が総数を超えています。",
                ));
                ok = false;
            } else if staff.qualified > staff.fulltime {
                r.problems.push(Problem::inconsistent(
                    "office.staff_qualified",
                    "資格保有者数が常勤の職員数を超えています。",
                ));
                ok = false;
            } else if staff.tenure3 > staff.fulltime {
                r.problems.push(Problem::inconsistent(
                    "office.staff_tenure3",
                    "勤続3年以上の職員数が常勤の職員数を超えています。",
                ));
                ok = false;
            } else {
                out.staff = Some(staff);
            }
        }
    } else {
        ok = false;
    }
    match r.flag(
        &o.over_capacity,
        "office.over_capacity",
        "定員超過利用減算に該当",
        false,
    ) {
        Some(v) => out.over_capacity = v,
        None => ok = false,
    }
    match r.opt_int(
        &o.staff_shortage_month,
        "office.staff_shortage_month",
        "人員欠如減算の適用月数",
        0,
        120,
    ) {
        Some(v) => out.staff_shortage_month = v.unwrap_or(0),
        None => ok = false,
    }
    if s != Service::Teichaku && s != Service::Sentaku {
        match r.opt_choice(
            &o.transport,
            "office.transport",
            "送迎加算",
            "none, i, ii",
            |t| match t {
                "none" | "なし" => Some("none"),
                "i" | "Ⅰ" => Some("i"),
                "ii" | "Ⅱ" => Some("ii"),
                _ => None,
            },
        ) {
            Some(t) => out.transport = t.unwrap_or("none"),
            None => ok = false,
        }
    }
    if s == Service::Sentaku {
        let c = &o.concentration;
        for (label, key, tot, top) in [
            ("就労移行支援", "ikou", &c.ikou_total, &c.ikou_top),
            ("就労継続支援A型", "a", &c.a_total, &c.a_top),
            ("就労継続支援B型", "b", &c.b_total, &c.b_top),
        ] {
            let f_top = format!("office.concentration.{key}_top");
            let f_tot = format!("office.concentration.{key}_total");
            match pair(
                r,
                top,
                tot,
                (&f_top, &f_tot),
                (
                    &format!("{label}のうち同一事業者が提供した数"),
                    &format!("{label}の提供総数"),
                ),
            ) {
                Some(Some((n, d))) => out.concentration.rows.push((label, key.to_string(), d, n)),
                Some(None) => {}
                None => ok = false,
            }
        }
        match r.flag(
            &c.justified,
            "office.concentration.justified",
            "正当な理由",
            false,
        ) {
            Some(v) => out.concentration.justified = v,
            None => ok = false,
        }
    }
    ok.then_some(out)
}

fn read_user(
    r: &mut Reader,
    s: Service,
    u: &UserInput,
    i: usize,
    month: Option<YearMonth>,
) -> Option<User> {
    let field = format!("users[{i}]");
    let f = |n: &str| format!("{field}.{n}");
    let max_days = month.map(|m| i64::from(m.days())).unwrap_or(31);
    let label = u
        .label
        .as_text()
        .unwrap_or_else(|| format!("利用者{}", i + 1));
    let days = if s.monthly() {
        Some(0)
    } else {
        r.int(&u.days, &f("days"), "利用日数", 0, max_days)
    };
    let meal = r.opt_int(&u.meal_days, &f("meal_days"), "食事提供の日数", 0, max_days);
    let tr = r.opt_int(
        &u.transport_one_ways,
        &f("transport_one_ways"),
        "送迎の片道回数",
        0,
        2 * max_days,
    );
    let ab = r.opt_int(
        &u.absence_responses,
        &f("absence_responses"),
        "欠席時対応の回数",
        0,
        max_days,
    );
    let pm = r.opt_int(
        &u.plan_missing_month,
        &f("plan_missing_month"),
        "個別支援計画未作成減算の適用月数",
        0,
        120,
    );
    let peer = r.flag(
        &u.peer_support,
        &f("peer_support"),
        "ピアサポートの対象",
        false,
    );
    let sd = r.opt_int(
        &u.same_day_other_days,
        &f("same_day_other_days"),
        "他の日中活動サービスと同じ日の日数",
        0,
        max_days,
    );
    let (Some(days), Some(meal), Some(tr), Some(ab), Some(pm), Some(peer), Some(sd)) =
        (days, meal, tr, ab, pm, peer, sd)
    else {
        return None;
    };
    let user = User {
        label,
        field: field.clone(),
        days,
        meal_days: meal.unwrap_or(0),
        transport_one_ways: tr.unwrap_or(0),
        absence_responses: ab.unwrap_or(0),
        plan_missing_month: pm.unwrap_or(0),
        peer_support: peer,
        same_day_other_days: sd.unwrap_or(0),
    };
    let mut ok = true;
    if user.meal_days > user.days && !s.monthly() {
        r.problems.push(Problem::inconsistent(
            f("meal_days"),
            format!(
                "食事提供の日数（{}日）が利用日数（{}日）を超えています。",
                user.meal_days, user.days
            ),
        ));
        ok = false;
    }
    if user.transport_one_ways > 2 * user.days && !s.monthly() {
        r.problems.push(Problem::inconsistent(
            f("transport_one_ways"),
            format!(
                "送迎の片道回数（{}回）が利用日数の2倍（{}回）を超えています。",
                user.transport_one_ways,
                2 * user.days
            ),
        ));
        ok = false;
    }
    if user.same_day_other_days > user.days {
        r.problems.push(Problem::inconsistent(
            f("same_day_other_days"),
            format!(
                "同じ日の日数（{}日）が利用日数（{}日）を超えています。",
                user.same_day_other_days, user.days
            ),
        ));
        ok = false;
    }
    if user.plan_missing_month > 0 && !s.has_plan() {
        r.problems.push(Problem::inconsistent(
            f("plan_missing_month"),
            "就労選択支援は個別支援計画の作成を要しないため、個別支援計画未作成減算はありません。",
        ));
        ok = false;
    }
    ok.then_some(user)
}

/// Validates a month request for `service`, collecting every problem.
pub fn validate(service: Service, req: &MonthRequest) -> Result<Valid, Vec<Problem>> {
    let mut ps = Problems::new();
    let mut r = Reader::new(&mut ps);
    let month = r.month(&req.service_month, "service_month", "サービス提供月");
    let office = read_office(&mut r, service, &req.office);
    let mut users = Vec::new();
    for (i, u) in req.users.iter().enumerate() {
        if let Some(u) = read_user(&mut r, service, u, i, month) {
            users.push(u);
        }
    }
    if req.users.is_empty() {
        r.problems
            .push(Problem::required("users", "利用者（1人以上）"));
    }
    let uf = read_user_figures(&mut r, &req.user_figures);
    match (month, office) {
        (Some(month), Some(office)) if ps.is_empty() => Ok(Valid {
            service,
            month,
            office,
            users,
            user_figures: uf,
        }),
        _ => Err(ps.into_vec()),
    }
}

// ---------------------------------------------------------------- results

/// The office's 基本報酬 for the month: the band and the 所定単位数.
#[derive(Clone, Debug, Serialize)]
pub struct Basic {
    /// Rule id of the 基本報酬 (`shuro.b.basic`).
    pub rule: String,
    /// 就労継続支援B型サービス費(Ⅰ)（…）.
    pub item: String,
    /// Band id (`band-45000-plus`, `score-170-plus`, `rate-50-plus`, `participation`).
    pub band: String,
    pub band_label: String,
    /// The figure the band was read from, as shown (`45,000円`, `170点`, `5割（10/20）`).
    pub measure: String,
    /// `r6` or `r8` (B型 only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub table: Option<&'static str>,
    /// 平均工賃月額 (円), when computed or given (B型).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub average_wage: Option<i64>,
    /// 1日当たりの平均利用者数 (B型, when computed), e.g. "12.4".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub daily_average_users: Option<String>,
    /// スコアの合計点 (A型).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub score: Option<i64>,
    /// 所定単位数 (per day; per month for 就労定着支援).
    pub units: i64,
    /// `day` or `month`.
    pub per: &'static str,
    pub citation: Citation,
}

#[derive(Clone, Debug, Serialize)]
pub struct MonthUnits {
    pub basic: Basic,
    /// 福祉専門職員配置等加算 level decided from the staff ratios (`i`, `ii`, `iii`), if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub welfare_professional: Option<&'static str>,
    /// 特定事業所集中減算 applies (就労選択支援).
    pub concentration_reduction: bool,
    pub users: Vec<UserMonth>,
    pub total_units: i64,
    pub steps: Vec<Step>,
}

#[derive(Clone, Debug, Serialize)]
pub struct MonthOutput {
    pub service: Service,
    pub service_label: &'static str,
    pub service_month: YearMonth,
    pub month_label: String,
    #[serde(flatten)]
    pub units: MonthUnits,
}

// ---------------------------------------------------------------- formulas

fn ratio(n: i64, d: i64) -> Decimal {
    Decimal::from(n)
        .checked_div(Decimal::from(d))
        .unwrap_or(Decimal::ZERO)
}

fn pct(x: Decimal) -> String {
    let p = (x * Decimal::ONE_HUNDRED).round_dp(2).normalize();
    format!("{p}%")
}

fn band_at(c: &Ctx, prefix: &str, x: Decimal, field: &str) -> Result<Band, Problem> {
    c.band(prefix, x).map_err(|e| {
        if e.code == Code::NotInForce {
            e
        } else {
            e.at(field)
        }
    })
}

/// 平均工賃月額 from the previous 年度's figures (Q&A VOL.2 問24 as corrected).
fn average_wage(
    c: &Ctx,
    w: &WageInputs,
    steps: &mut Vec<Step>,
) -> Result<(i64, Decimal), Vec<Problem>> {
    let mut ps = Problems::new();
    let rule = ps.take(c.rule("shuro.b.average_wage"));
    let months = ps.take(c.int("shuro.b.wage.months_per_year"));
    let (Some(rule), Some((months, mcit))) = (rule, months) else {
        return Err(ps.into_vec());
    };
    let raw_avg = ratio(w.user_days, w.open_days);
    let mut avg = Rounding::CeilOneDecimal.apply(raw_avg);
    // Shown with its one decimal place ("10.0").
    avg.rescale(1);
    steps.push(
        Step::new(
            "shuro.b.average_wage.daily_users",
            "1日当たりの平均利用者数（延べ利用者数÷開所日数）",
        )
        .input(
            "前年度の延べ利用者数",
            format!("{}人", thousands(w.user_days)),
        )
        .input("前年度の開所日数", format!("{}日", w.open_days))
        .value(format!("{avg}人"))
        .source(rule.clone())
        .note(format!(
            "{}÷{}＝{}… → {}で{}人",
            w.user_days,
            w.open_days,
            raw_avg.round_dp(4).normalize(),
            Rounding::CeilOneDecimal.label(),
            avg
        )),
    );
    if avg.is_zero() {
        return Err(vec![Problem::out_of_range(
            "office.wage_user_days",
            "1日当たりの平均利用者数が0人になるため、平均工賃月額を計算できません。",
        )]);
    }
    let raw = Decimal::from(w.total)
        .checked_div(avg)
        .and_then(|x| x.checked_div(Decimal::from(months)))
        .unwrap_or(Decimal::ZERO);
    let Some(wage) = Rounding::HalfUpInteger.to_int(raw) else {
        return Err(vec![Problem::out_of_range(
            "office.wage_total",
            "平均工賃月額が大きすぎて計算できません。",
        )]);
    };
    steps.push(
        Step::new(
            "shuro.b.average_wage",
            "平均工賃月額（工賃支払総額÷1日当たりの平均利用者数÷12）",
        )
        .input("前年度の工賃支払総額", format!("{}円", thousands(w.total)))
        .input("1日当たりの平均利用者数", format!("{avg}人"))
        .input("月数", format!("{months}か月"))
        .value(format!("{}円", thousands(wage)))
        .source(rule)
        .source(mcit)
        .note(format!(
            "{}÷{}÷{}＝{}… → {}で{}円",
            w.total,
            avg,
            months,
            raw.round_dp(4).normalize(),
            Rounding::HalfUpInteger.label(),
            thousands(wage)
        )),
    );
    Ok((wage, avg))
}

fn capacity_tier(c: &Ctx, o: &Office, steps: &mut Vec<Step>) -> Result<Band, Problem> {
    let cap = o.capacity.unwrap_or(1);
    let tier = band_at(
        c,
        "shuro.capacity_tier",
        Decimal::from(cap),
        "office.capacity",
    )?;
    steps.push(
        Step::new("shuro.capacity_tier", "利用定員の区分")
            .input("利用定員", format!("{cap}人"))
            .value(tier.label.clone())
            .source(tier.citation.clone()),
    );
    Ok(tier)
}

fn basic_b(c: &Ctx, o: &Office, steps: &mut Vec<Step>) -> Result<Basic, Vec<Problem>> {
    let rule = c.rule("shuro.b.basic").map_err(|p| vec![p])?;
    let tier = capacity_tier(c, o, steps).map_err(|p| vec![p])?;
    let staff = o.staffing.unwrap_or("staff-6-1");
    let roman_wage = match staff {
        "staff-6-1" => "Ⅰ",
        "staff-7_5-1" => "Ⅱ",
        _ => "Ⅲ",
    };
    let roman_part = match staff {
        "staff-6-1" => "Ⅳ",
        "staff-7_5-1" => "Ⅴ",
        _ => "Ⅵ",
    };
    if o.participation {
        let key = format!("shuro.b.basic.{}.{staff}.band-participation", tier.id);
        let f = c.figure(&key).map_err(|p| vec![p])?;
        let u = f.int().map_err(|p| vec![p])?;
        steps.push(
            Step::new(
                "shuro.b.basic",
                format!("就労継続支援B型サービス費({roman_part})（一律評価型）"),
            )
            .input(
                "報酬体系",
                "利用者の就労や生産活動等への参加等をもって一律に評価",
            )
            .input("利用定員", tier.label.clone())
            .input("人員配置", staffing_label(staff))
            .value(units(u))
            .source(rule)
            .source(f.citation.clone()),
        );
        return Ok(Basic {
            rule: "shuro.b.basic".into(),
            item: format!("就労継続支援B型サービス費({roman_part})"),
            band: "participation".into(),
            band_label: "一律評価（平均工賃月額によらない）".into(),
            measure: "—".into(),
            table: None,
            average_wage: None,
            daily_average_users: None,
            score: None,
            units: u,
            per: "day",
            citation: f.citation,
        });
    }
    // Which table: the 令和8年6月 twelve bands only for offices that declare themselves 令和8改定対象.
    let r8_rule = c.rule("shuro.b.r8_bands");
    let table = match (&r8_rule, o.r8_target) {
        (Ok(cit), true) => {
            steps.push(
                Step::new("shuro.b.table", "平均工賃月額の区分表")
                    .input("令和8改定対象の事業所", "はい（事業所の申告）")
                    .value("令和8年6月からの区分（12区分）")
                    .source(cit.clone()),
            );
            "r8"
        }
        (Ok(cit), false) => {
            steps.push(
                Step::new("shuro.b.table", "平均工賃月額の区分表")
                    .input("令和8改定対象の事業所", "いいえ（事業所の申告）")
                    .value("令和6年4月からの区分（8区分）")
                    .source(cit.clone())
                    .note("令和8改定対象でない事業所は、令和8年6月以降も令和6年の区分で算定します。対象かどうかは事業所の申告によります（平均工賃月額からは判断しません）。"),
            );
            "r6"
        }
        (Err(_), r8) => {
            let mut s = Step::new("shuro.b.table", "平均工賃月額の区分表")
                .value("令和6年4月からの区分（8区分）")
                .source(rule.clone());
            if r8 {
                s = s.note("令和8年6月からの12区分は令和8年5月以前のサービス提供月には使いません。令和6年の区分で算定します。");
            }
            steps.push(s);
            "r6"
        }
    };
    let prefix = format!("shuro.b.wage_band.{table}");
    let (band, measure, wage, avg) = if o.new_designation {
        let nd = c.rule("shuro.b.new_designation").map_err(|p| vec![p])?;
        let band =
            band_at(c, &prefix, Decimal::ZERO, "office.new_designation").map_err(|p| vec![p])?;
        steps.push(
            Step::new("shuro.b.wage_band", "平均工賃月額の区分（新規指定）")
                .input("新規指定から1年未満", "はい")
                .value(band.label.clone())
                .source(nd)
                .source(band.citation.clone())
                .note("新規指定の事業所は、指定後1年間は平均工賃月額1万円未満の区分で算定します。"),
        );
        (
            band,
            "新規指定（1万円未満として算定）".to_string(),
            None,
            None,
        )
    } else {
        let (wage, avg) = match &o.wage {
            Some(w) => {
                let (wage, avg) = average_wage(c, w, steps)?;
                if let Some(given) = o.average_wage {
                    if given != wage {
                        steps.push(
                            Step::new(
                                "shuro.b.average_wage.given",
                                "入力された平均工賃月額との違い",
                            )
                            .input("入力値", format!("{}円", thousands(given)))
                            .value(format!("{}円", thousands(wage)))
                            .note("工賃支払総額等から計算した値を用います。"),
                        );
                    }
                }
                (wage, Some(avg))
            }
            None => (o.average_wage.unwrap_or(0), None),
        };
        let band =
            band_at(c, &prefix, Decimal::from(wage), "office.average_wage").map_err(|p| vec![p])?;
        steps.push(
            Step::new("shuro.b.wage_band", "平均工賃月額の区分")
                .input("平均工賃月額", format!("{}円", thousands(wage)))
                .value(band.label.clone())
                .source(band.citation.clone()),
        );
        (band, format!("{}円", thousands(wage)), Some(wage), avg)
    };
    // 令和8年6月以降に新規指定された事業所: lower units, not registered.
    let key = if o.new_designation && o.designated_r8_or_later && r8_rule.is_ok() {
        format!("shuro.b.basic-new-r8.{}.{staff}", tier.id)
    } else {
        format!("shuro.b.basic.{}.{staff}.{}", tier.id, band.id)
    };
    let f = c.figure(&key).map_err(|p| vec![p])?;
    let u = f.int().map_err(|p| vec![p])?;
    steps.push(
        Step::new(
            "shuro.b.basic",
            format!("就労継続支援B型サービス費({roman_wage})（基本報酬）"),
        )
        .input("利用定員", tier.label.clone())
        .input("人員配置", staffing_label(staff))
        .input("平均工賃月額の区分", band.label.clone())
        .value(units(u))
        .source(rule)
        .source(f.citation.clone()),
    );
    Ok(Basic {
        rule: "shuro.b.basic".into(),
        item: format!("就労継続支援B型サービス費({roman_wage})"),
        band: band.id.clone(),
        band_label: band.label.clone(),
        measure,
        table: Some(table),
        average_wage: wage,
        daily_average_users: avg.map(|a| a.to_string()),
        score: None,
        units: u,
        per: "day",
        citation: f.citation,
    })
}

fn basic_a(c: &Ctx, o: &Office, steps: &mut Vec<Step>) -> Result<Basic, Vec<Problem>> {
    let rule = c.rule("shuro.a.basic").map_err(|p| vec![p])?;
    let tier = capacity_tier(c, o, steps).map_err(|p| vec![p])?;
    let staff = o.staffing.unwrap_or("staff-7_5-1");
    let roman = if staff == "staff-7_5-1" { "Ⅰ" } else { "Ⅱ" };
    let (max, max_cit) = c.int("shuro.a.score.max").map_err(|p| vec![p])?;
    let score = match o.work_minutes {
        Some(wm) => {
            let hb = band_at(
                c,
                "shuro.a.score.hours_band",
                Decimal::from(wm),
                "office.work_minutes",
            )
            .map_err(|p| vec![p])?;
            let (pts, pcit) = c
                .int(&format!("shuro.a.score.hours_points.{}", hb.id))
                .map_err(|p| vec![p])?;
            let other = o.other_points.unwrap_or(0);
            steps.push(
                Step::new("shuro.a.score.hours", "スコア Ⅰ労働時間の点数")
                    .input("1日の平均労働時間", crate::engine::trace::hm(wm))
                    .value(format!("{pts}点"))
                    .source(hb.citation.clone())
                    .source(pcit),
            );
            let total = pts + other;
            steps.push(
                Step::new("shuro.a.score", "スコアの合計点（労働時間＋他の項目）")
                    .input("労働時間の点数", format!("{pts}点"))
                    .input("他の項目の点数の合計", format!("{other}点"))
                    .value(format!("{total}点"))
                    .source(rule.clone())
                    .note("労働時間以外の項目（生産活動、多様な働き方、支援力向上、地域連携活動、経営改善計画、利用者の知識及び能力の向上）の点数は本製品に未登録のため、事業所が評価した合計を入力します。"),
            );
            if o.score.is_some_and(|s| s != total) {
                return Err(vec![Problem::inconsistent("office.score", format!("スコアの合計点（{}点）が、労働時間の点数と他の項目の合計（{total}点）と一致しません。どちらか一方を入力してください。", o.score.unwrap_or(0)))]);
            }
            total
        }
        None => o.score.unwrap_or(0),
    };
    if score > max {
        return Err(vec![Problem::out_of_range(
            if o.work_minutes.is_some() {
                "office.other_points"
            } else {
                "office.score"
            },
            format!("スコアの合計点は{max}点以下です（入力から{score}点）。"),
        )]);
    }
    let band = band_at(
        c,
        "shuro.a.score_band",
        Decimal::from(score),
        "office.score",
    )
    .map_err(|p| vec![p])?;
    steps.push(
        Step::new("shuro.a.score_band", "スコアの区分")
            .input("スコアの合計点", format!("{score}点"))
            .value(band.label.clone())
            .source(band.citation.clone())
            .source(max_cit),
    );
    let f = c
        .figure(&format!("shuro.a.basic.{staff}.{}.{}", tier.id, band.id))
        .map_err(|p| vec![p])?;
    let u = f.int().map_err(|p| vec![p])?;
    steps.push(
        Step::new(
            "shuro.a.basic",
            format!("就労継続支援A型サービス費({roman})（基本報酬）"),
        )
        .input("利用定員", tier.label.clone())
        .input("人員配置", staffing_label(staff))
        .input("スコアの区分", band.label.clone())
        .value(units(u))
        .source(rule)
        .source(f.citation.clone()),
    );
    Ok(Basic {
        rule: "shuro.a.basic".into(),
        item: format!("就労継続支援A型サービス費({roman})"),
        band: band.id.clone(),
        band_label: band.label.clone(),
        measure: format!("{score}点"),
        table: None,
        average_wage: None,
        daily_average_users: None,
        score: Some(score),
        units: u,
        per: "day",
        citation: f.citation,
    })
}

fn basic_rate(
    c: &Ctx,
    s: Service,
    o: &Office,
    steps: &mut Vec<Step>,
) -> Result<Basic, Vec<Problem>> {
    let (rule_id, prefix, (n, d), field, measure_label) = match s {
        Service::Ikou => (
            "shuro.ikou.basic",
            "shuro.ikou.rate_band",
            o.settled.unwrap_or((0, 1)),
            "office.settled",
            "就職後6月以上定着率",
        ),
        _ => (
            "shuro.teichaku.basic",
            "shuro.teichaku.rate_band",
            o.retained.unwrap_or((0, 1)),
            "office.retained",
            "就労定着率",
        ),
    };
    let rule = c.rule(rule_id).map_err(|p| vec![p])?;
    let tier = if s == Service::Ikou {
        Some(capacity_tier(c, o, steps).map_err(|p| vec![p])?)
    } else {
        None
    };
    let rate = ratio(n, d);
    let band = band_at(c, prefix, rate, field).map_err(|p| vec![p])?;
    steps.push(
        Step::new(
            format!("{rule_id}.rate").as_str(),
            format!("{measure_label}の区分"),
        )
        .input("分子", format!("{n}人"))
        .input("分母", format!("{d}人"))
        .input(measure_label, pct(rate))
        .value(band.label.clone())
        .source(band.citation.clone())
        .note("割合は分子÷分母をそのまま区分の境界と比べます（端数処理はしません）。")
        .source(cite(
            PRODUCT_READING,
            "就労系: 定着率は入力された人数の比をそのまま区分と比べる",
        )),
    );
    let (key, item) = match (s, &tier) {
        (Service::Ikou, Some(t)) => {
            let roman = if o.ikou_type == "ii" { "Ⅱ" } else { "Ⅰ" };
            (
                format!("shuro.ikou.basic.{}.{}.{}", o.ikou_type, t.id, band.id),
                format!("就労移行支援サービス費({roman})"),
            )
        }
        _ => (
            format!("shuro.teichaku.basic.{}", band.id),
            "就労定着支援サービス費".to_string(),
        ),
    };
    let f = c.figure(&key).map_err(|p| vec![p])?;
    let u = f.int().map_err(|p| vec![p])?;
    let mut st = Step::new(rule_id, format!("{item}（基本報酬）"));
    if let Some(t) = &tier {
        st = st.input("利用定員", t.label.clone());
    }
    steps.push(
        st.input(measure_label, band.label.clone())
            .value(units(u))
            .source(rule)
            .source(f.citation.clone()),
    );
    Ok(Basic {
        rule: rule_id.into(),
        item,
        band: band.id.clone(),
        band_label: band.label.clone(),
        measure: format!("{}（{n}/{d}）", pct(rate)),
        table: None,
        average_wage: None,
        daily_average_users: None,
        score: None,
        units: u,
        per: if s.monthly() { "month" } else { "day" },
        citation: f.citation,
    })
}

fn basic_sentaku(c: &Ctx, steps: &mut Vec<Step>) -> Result<Basic, Vec<Problem>> {
    let rule = c.rule("shuro.sentaku.basic").map_err(|p| vec![p])?;
    let f = c.figure("shuro.sentaku.basic").map_err(|p| vec![p])?;
    let u = f.int().map_err(|p| vec![p])?;
    steps.push(
        Step::new("shuro.sentaku.basic", "就労選択支援サービス費（基本報酬）")
            .value(units(u))
            .source(rule)
            .source(f.citation.clone()),
    );
    Ok(Basic {
        rule: "shuro.sentaku.basic".into(),
        item: "就労選択支援サービス費".into(),
        band: "flat".into(),
        band_label: "区分なし".into(),
        measure: "—".into(),
        table: None,
        average_wage: None,
        daily_average_users: None,
        score: None,
        units: u,
        per: "day",
        citation: f.citation,
    })
}

/// The office's 基本報酬 (band and 所定単位数) for the month.
pub fn basic(c: &Ctx, v: &Valid, steps: &mut Vec<Step>) -> Result<Basic, Vec<Problem>> {
    match v.service {
        Service::B => basic_b(c, &v.office, steps),
        Service::A => basic_a(c, &v.office, steps),
        Service::Ikou | Service::Teichaku => basic_rate(c, v.service, &v.office, steps),
        Service::Sentaku => basic_sentaku(c, steps),
    }
}

/// 福祉専門職員配置等加算: the highest level whose staff ratio is met.
fn welfare_professional(
    c: &Ctx,
    s: &Staff,
    steps: &mut Vec<Step>,
) -> Result<Option<&'static str>, Vec<Problem>> {
    let mut ps = Problems::new();
    let rule = ps.take(c.rule("shuro.welfare_professional"));
    let qi = ps.take(c.figure("shuro.welfare_professional.qualified_ratio.i"));
    let qii = ps.take(c.figure("shuro.welfare_professional.qualified_ratio.ii"));
    let fiii = ps.take(c.figure("shuro.welfare_professional.fulltime_ratio.iii"));
    let tiii = ps.take(c.figure("shuro.welfare_professional.tenure_ratio.iii"));
    let (Some(rule), Some(qi), Some(qii), Some(fiii), Some(tiii)) = (rule, qi, qii, fiii, tiii)
    else {
        return Err(ps.into_vec());
    };
    let q = ratio(s.qualified, s.fulltime);
    let f = ratio(s.fulltime, s.total);
    let t = ratio(s.tenure3, s.fulltime);
    let level = if s.fulltime > 0 && q >= qi.value {
        Some("i")
    } else if s.fulltime > 0 && q >= qii.value {
        Some("ii")
    } else if (s.total > 0 && f >= fiii.value) || (s.fulltime > 0 && t >= tiii.value) {
        Some("iii")
    } else {
        None
    };
    let label = match level {
        Some("i") => "(Ⅰ)",
        Some("ii") => "(Ⅱ)",
        Some(_) => "(Ⅲ)",
        None => "該当なし",
    };
    steps.push(
        Step::new("shuro.welfare_professional.level", "福祉専門職員配置等加算の区分（職員の割合から判定）")
            .input("常勤のうち社会福祉士等の割合", format!("{}（{}/{}人）", pct(q), s.qualified, s.fulltime))
            .input("生活支援員等のうち常勤の割合", format!("{}（{}/{}人）", pct(f), s.fulltime, s.total))
            .input("常勤のうち勤続3年以上の割合", format!("{}（{}/{}人）", pct(t), s.tenure3, s.fulltime))
            .value(label)
            .source(rule)
            .sources([qi.citation, qii.citation, fiii.citation, tiii.citation])
            .note(format!("(Ⅰ) 資格保有者{}以上、(Ⅱ) {}以上、(Ⅲ) 常勤{}以上又は勤続3年以上{}以上。上位の区分から判定します。", pct(qi.value), pct(qii.value), pct(fiii.value), pct(tiii.value)))
            .note("勤続3年以上の割合は常勤職員に占める割合として計算します（seed 001 の「勤続3年以上が30%以上」の読み）。")
            .source(cite(PRODUCT_READING, "福祉専門職員配置等加算(Ⅲ): 勤続3年以上の割合の分母は常勤職員")),
    );
    Ok(level)
}

fn line(rule: &str, item: String, per: i64, count: i64, kind: LineKind) -> UnitLine {
    UnitLine {
        rule: rule.to_string(),
        item,
        per,
        count,
        units: per * count,
        kind,
    }
}

/// 定員超過利用減算 / 人員欠如減算 (office-wide): the one rate that applies
/// (the larger reduction when both do, seed 004), with its label and citations.
fn office_reduction(
    c: &Ctx,
    v: &Valid,
    basic_units: i64,
    steps: &mut Vec<Step>,
) -> Result<Option<(Decimal, String)>, Vec<Problem>> {
    let o = &v.office;
    let svc = v.service.key();
    let mut ps = Problems::new();
    let mut cands: Vec<(Decimal, String, Citation)> = Vec::new();
    if o.over_capacity {
        if let Some(f) = ps.take(
            c.figure(&format!("shuro.{svc}.reduction.over_capacity.rate"))
                .map_err(|p| {
                    if p.code == Code::MissingFigure {
                        p
                    } else {
                        p.at("office.over_capacity")
                    }
                }),
        ) {
            cands.push((f.value, "定員超過利用減算".into(), f.citation));
        }
    }
    if o.staff_shortage_month > 0 {
        let band = ps.take(band_at(
            c,
            "shuro.reduction.staff_shortage.month_band",
            Decimal::from(o.staff_shortage_month),
            "office.staff_shortage_month",
        ));
        if let Some(b) = band {
            if let Some(f) = ps.take(c.figure(&format!(
                "shuro.{svc}.reduction.staff_shortage.rate.{}",
                b.id
            ))) {
                cands.push((
                    f.value,
                    format!("人員欠如減算（{}か月目）", o.staff_shortage_month),
                    f.citation,
                ));
            }
        }
    }
    if !ps.is_empty() {
        return Err(ps.into_vec());
    }
    if cands.is_empty() {
        return Ok(None);
    }
    let comb = c.rule("shuro.reduction.combination").map_err(|p| vec![p])?;
    // The larger reduction = the smaller remaining rate; equal rates: the first.
    let mut best = 0;
    for (i, cd) in cands.iter().enumerate() {
        if cd.0 < cands.get(best).map(|b| b.0).unwrap_or(cd.0) {
            best = i;
        }
    }
    let Some(chosen) = cands.get(best).cloned() else {
        return Ok(None);
    };
    let mut s = Step::new(
        "shuro.reduction.office",
        "定員超過利用減算・人員欠如減算（事業所単位）",
    )
    .input("所定単位数", units(basic_units))
    .value(format!("{}（{}倍）", chosen.1, chosen.0.normalize()));
    for cd in &cands {
        s = s
            .input(&cd.1, format!("{}倍", cd.0.normalize()))
            .source(cd.2.clone());
    }
    if cands.len() > 1 {
        s = s
            .note("定員超過利用と人員欠如の双方に該当する場合は、減算となる単位数が大きい方のみを適用します（同じ場合はいずれか一方）。")
            .source(comb);
    }
    steps.push(s);
    Ok(Some((chosen.0, chosen.1)))
}

/// 特定事業所集中減算 (就労選択支援): any service whose top operator's share exceeds the threshold.
fn concentration(c: &Ctx, v: &Valid, steps: &mut Vec<Step>) -> Result<Option<i64>, Vec<Problem>> {
    let cn = &v.office.concentration;
    if cn.rows.is_empty() {
        return Ok(None);
    }
    let mut ps = Problems::new();
    let rule = ps.take(c.rule("shuro.sentaku.concentration"));
    let th = ps.take(c.figure("shuro.sentaku.reduction.concentration.threshold"));
    let amt = ps.take(c.figure("shuro.sentaku.reduction.concentration"));
    let (Some(rule), Some(th), Some(amt)) = (rule, th, amt) else {
        return Err(ps.into_vec());
    };
    let per = amt.int().map_err(|p| vec![p])?;
    let mut s = Step::new(
        "shuro.sentaku.concentration",
        "特定事業所集中減算（前6月間のアセスメント後の利用先）",
    )
    .source(rule)
    .source(th.citation.clone())
    .source(amt.citation.clone());
    let mut over = false;
    for (label, _, total, top) in &cn.rows {
        let r = ratio(*top, *total);
        let exceeds = r > th.value;
        over |= exceeds;
        s = s.input(
            label,
            format!(
                "{}/{}＝{}{}",
                top,
                total,
                pct(r),
                if exceeds { "（超える）" } else { "" }
            ),
        );
    }
    s = s.note(format!(
        "同一の事業者の割合が{}を超える場合に減算します（ちょうど{}は減算しません）。",
        pct(th.value),
        pct(th.value)
    ));
    let applies = over && !cn.justified;
    if over && cn.justified {
        s = s.note("正当な理由があるため減算しません。");
    }
    steps.push(s.value(if applies {
        format!("減算あり（1日{}）", units(-per))
    } else {
        "減算なし".into()
    }));
    Ok(applies.then_some(per))
}

fn add_per(
    c: &Ctx,
    key: &str,
    rule: &str,
    count: i64,
    lines: &mut Vec<UnitLine>,
    steps: &mut Vec<Step>,
    ps: &mut Problems,
) {
    if count <= 0 {
        return;
    }
    let Some(f) = ps.take(c.figure(key)) else {
        return;
    };
    let Some(per) = ps.take(f.int()) else { return };
    let unit_word = match f.unit {
        "units_per_month" => "月",
        "units_per_time" => "回",
        _ => "日",
    };
    lines.push(line(rule, f.label.clone(), per, count, LineKind::Addition));
    steps.push(
        Step::new(rule, f.label.clone())
            .input(&format!("1{unit_word}あたり"), units(per))
            .input("回数・日数", format!("{count}"))
            .value(units(per * count))
            .source(f.citation.clone()),
    );
}

/// One user's month: 基本報酬 × days, 減算 on the 所定単位数, then 加算.
fn user_month(
    c: &Ctx,
    v: &Valid,
    b: &Basic,
    wp: Option<&'static str>,
    office_red: &Option<(Decimal, String)>,
    conc: Option<i64>,
    u: &User,
) -> Result<UserMonth, Vec<Problem>> {
    let svc = v.service.key();
    let mut ps = Problems::new();
    let mut lines = Vec::new();
    let mut steps = Vec::new();
    // Days billed.
    let count = if v.service.monthly() {
        1
    } else if v.service == Service::Sentaku && u.same_day_other_days > 0 {
        let rule = c.rule("shuro.sentaku.same_day").map_err(|p| vec![p])?;
        let n = u.days - u.same_day_other_days;
        steps.push(
            Step::new(
                "shuro.sentaku.same_day",
                "日中活動サービスと同じ日は算定しない",
            )
            .input("利用日数", format!("{}日", u.days))
            .input(
                "他の日中活動サービスと同じ日",
                format!("{}日", u.same_day_other_days),
            )
            .value(format!("{n}日"))
            .source(rule),
        );
        n
    } else {
        u.days
    };
    lines.push(line(
        &b.rule,
        b.item.clone(),
        b.units,
        count,
        LineKind::Basic,
    ));
    steps.push(
        Step::new(
            &format!("{}.user", b.rule),
            format!(
                "{}×{}",
                b.item,
                if v.service.monthly() {
                    "1月"
                } else {
                    "利用日数"
                }
            ),
        )
        .input("所定単位数", units(b.units))
        .input(
            if v.service.monthly() {
                "月"
            } else {
                "利用日数"
            },
            if v.service.monthly() {
                "1月".to_string()
            } else {
                format!("{count}日")
            },
        )
        .value(units(b.units * count)),
    );
    // 減算 on the 所定単位数 (before 加算), multiplied in turn, each step rounded half up.
    let mut cur = b.units;
    if u.plan_missing_month > 0 {
        let rule = ps.take(c.rule("shuro.reduction.plan_missing"));
        let band = ps.take(band_at(
            c,
            "shuro.reduction.plan_missing.month_band",
            Decimal::from(u.plan_missing_month),
            &format!("{}.plan_missing_month", u.field),
        ));
        if let (Some(rule), Some(band)) = (rule, band) {
            if let Some(f) =
                ps.take(c.figure(&format!("shuro.reduction.plan_missing.rate.{}", band.id)))
            {
                let exact = Decimal::from(cur) * f.value;
                if let Some(next) = Rounding::HalfUpInteger.to_int(exact) {
                    lines.push(line(
                        "shuro.reduction.plan_missing",
                        format!(
                            "個別支援計画未作成減算（{}）",
                            band.label.replace("個別支援計画未作成減算の", "")
                        ),
                        next - cur,
                        count,
                        LineKind::Reduction,
                    ));
                    steps.push(
                        Step::new("shuro.reduction.plan_missing", "個別支援計画未作成減算")
                            .input("減算の適用月", format!("{}か月目", u.plan_missing_month))
                            .input("所定単位数", units(cur))
                            .input("割合", format!("{}倍", f.value.normalize()))
                            .value(units(next))
                            .note(format!(
                                "{}×{}＝{}（{}）。所定単位数は各種加算がなされる前の単位数です。",
                                cur,
                                f.value.normalize(),
                                exact.normalize(),
                                Rounding::HalfUpInteger.label()
                            ))
                            .source(rule)
                            .source(band.citation)
                            .source(f.citation),
                    );
                    cur = next;
                }
            }
        }
    }
    if let Some((rate, label)) = office_red {
        let exact = Decimal::from(cur) * *rate;
        if let Some(next) = Rounding::HalfUpInteger.to_int(exact) {
            lines.push(line(
                &format!(
                    "shuro.reduction.{}",
                    if label.starts_with("定員") {
                        "over_capacity"
                    } else {
                        "staff_shortage"
                    }
                ),
                label.clone(),
                next - cur,
                count,
                LineKind::Reduction,
            ));
            let mut s = Step::new("shuro.reduction.office.user", label.clone())
                .input("減算前の単位数", units(cur))
                .input("割合", format!("{}倍", rate.normalize()))
                .value(units(next))
                .note(format!(
                    "{}×{}＝{}（{}）",
                    cur,
                    rate.normalize(),
                    exact.normalize(),
                    Rounding::HalfUpInteger.label()
                ));
            if u.plan_missing_month > 0 {
                if let Some(comb) = ps.take(c.rule("shuro.reduction.combination")) {
                    s = s
                        .note("複数の減算に該当するため、減算割合を順に乗じます。")
                        .source(comb);
                }
            }
            steps.push(s);
            cur = next;
        }
    }
    if let Some(per) = conc {
        let n = count;
        lines.push(line(
            "shuro.sentaku.reduction.concentration",
            "特定事業所集中減算".into(),
            -per,
            n,
            LineKind::Reduction,
        ));
        steps.push(
            Step::new(
                "shuro.sentaku.reduction.concentration.user",
                "特定事業所集中減算（所定単位数から減算）",
            )
            .input("1日あたり", units(-per))
            .input("日数", format!("{n}日"))
            .value(units(-per * n)),
        );
        cur -= per;
    }
    let _ = cur;
    // 加算.
    if let Some(l) = wp {
        let key = format!("shuro.{svc}.addition.welfare_professional.{l}");
        add_per(
            c,
            &key,
            "shuro.addition.welfare_professional",
            count,
            &mut lines,
            &mut steps,
            &mut ps,
        );
    }
    if v.service == Service::B && b.band == "participation" {
        if v.office.regional_collab {
            add_per(
                c,
                "shuro.b.addition.regional_collab",
                "shuro.addition.regional_collab",
                count,
                &mut lines,
                &mut steps,
                &mut ps,
            );
            if let Some(s) = steps.last_mut() {
                if s.rule == "shuro.addition.regional_collab" {
                    *s = s
                        .clone()
                        .note("地域協働加算は、届出のある事業所で利用者の利用日ごとに算定します（seed 001 は「30単位/日」とのみ記載）。")
                        .source(cite(PRODUCT_READING, "地域協働加算: 利用者の利用日ごとに算定"));
                }
            }
        }
        if u.peer_support {
            add_per(
                c,
                "shuro.b.addition.peer_support",
                "shuro.addition.peer_support",
                1,
                &mut lines,
                &mut steps,
                &mut ps,
            );
        }
    } else if v.service == Service::B && (v.office.regional_collab || u.peer_support) {
        ps.push(Problem::inconsistent(
            if u.peer_support { format!("{}.peer_support", u.field) } else { "office.regional_collab".into() },
            "地域協働加算・ピアサポート実施加算は一律評価型（サービス費(Ⅳ)〜(Ⅵ)）の事業所の加算です。",
        ));
    }
    if matches!(v.service, Service::A | Service::B | Service::Ikou) {
        add_per(
            c,
            &format!("shuro.{svc}.addition.meal"),
            "shuro.addition.meal",
            u.meal_days,
            &mut lines,
            &mut steps,
            &mut ps,
        );
        if v.office.transport != "none" {
            add_per(
                c,
                &format!("shuro.{svc}.addition.transport.{}", v.office.transport),
                "shuro.addition.transport",
                u.transport_one_ways,
                &mut lines,
                &mut steps,
                &mut ps,
            );
        }
        if u.absence_responses > 0 {
            let max = ps.take(c.int(&format!("shuro.{svc}.addition.absence.max_per_month")));
            if let Some((max, mcit)) = max {
                let n = u.absence_responses.min(max);
                let before = steps.len();
                add_per(
                    c,
                    &format!("shuro.{svc}.addition.absence"),
                    "shuro.addition.absence",
                    n,
                    &mut lines,
                    &mut steps,
                    &mut ps,
                );
                if let Some(s) = steps.get_mut(before) {
                    let mut s2 = s
                        .clone()
                        .input("入力した回数", format!("{}回", u.absence_responses))
                        .source(mcit);
                    if u.absence_responses > max {
                        s2 = s2.note(format!("月{max}回までのため{max}回で算定します。"));
                    }
                    *s = s2;
                }
            }
        }
    }
    if !ps.is_empty() {
        return Err(ps.into_vec());
    }
    Ok(UserMonth::new(u.label.clone(), lines, steps)?)
}

/// Every user's month in units, and the office total. The function the money
/// calculation calls (with its own [`Ctx`] for the month).
pub fn month_units(c: &Ctx, v: &Valid) -> Result<MonthUnits, Vec<Problem>> {
    let mut steps = Vec::new();
    let b = basic(c, v, &mut steps)?;
    let mut ps = Problems::new();
    let wp = match &v.office.staff {
        Some(s) => match welfare_professional(c, s, &mut steps) {
            Ok(l) => l,
            Err(e) => {
                ps.extend(e);
                None
            }
        },
        None => None,
    };
    let office_red = match office_reduction(c, v, b.units, &mut steps) {
        Ok(r) => r,
        Err(e) => {
            ps.extend(e);
            None
        }
    };
    let conc = if v.service == Service::Sentaku {
        match concentration(c, v, &mut steps) {
            Ok(r) => r,
            Err(e) => {
                ps.extend(e);
                None
            }
        }
    } else {
        None
    };
    if !ps.is_empty() {
        return Err(ps.into_vec());
    }
    let mut users = Vec::new();
    for u in &v.users {
        match user_month(c, v, &b, wp, &office_red, conc, u) {
            Ok(m) => users.push(m),
            Err(e) => ps.extend(e),
        }
    }
    if !ps.is_empty() {
        return Err(ps.into_vec());
    }
    let total: i64 = users.iter().map(|u| u.total_units).sum();
    steps.push(
        Step::new(
            "shuro.month.total",
            "事業所の月の合計単位数（利用者ごとの合計）",
        )
        .input("利用者数", format!("{}人", users.len()))
        .value(units(total)),
    );
    Ok(MonthUnits {
        basic: b,
        welfare_professional: wp,
        concentration_reduction: conc.is_some(),
        users,
        total_units: total,
        steps,
    })
}

fn month(service: Service, req: &MonthRequest) -> Outcome<MonthOutput> {
    let v = validate(service, req)?;
    let c = Ctx::new(v.month, "service_month", &v.user_figures).map_err(|p| vec![p])?;
    let units = month_units(&c, &v)?;
    Ok(MonthOutput {
        service,
        service_label: service.label(),
        service_month: v.month,
        month_label: v.month.both(),
        units,
    })
}

pub fn b_month(req: &MonthRequest) -> Outcome<MonthOutput> {
    month(Service::B, req)
}
pub fn a_month(req: &MonthRequest) -> Outcome<MonthOutput> {
    month(Service::A, req)
}
pub fn ikou_month(req: &MonthRequest) -> Outcome<MonthOutput> {
    month(Service::Ikou, req)
}
pub fn teichaku_month(req: &MonthRequest) -> Outcome<MonthOutput> {
    month(Service::Teichaku, req)
}
pub fn sentaku_month(req: &MonthRequest) -> Outcome<MonthOutput> {
    month(Service::Sentaku, req)
}

// ---------------------------------------------------------------- eligibility

#[derive(Clone, Debug, Default, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct EligibilityRequest {
    /// The date the person would start (or the service date for 就労選択支援).
    pub date: Raw,
    /// "b" | "a" | "ikou" | "sentaku".
    pub service: Raw,
    /// 現にそのサービスを利用している.
    pub currently_using: Raw,
    /// 企業等や就労継続支援A型での就労経験があり、年齢や体力の面で雇用されることが困難.
    pub work_experience: Raw,
    /// 年齢 (歳).
    pub age: Raw,
    /// 障害基礎年金1級受給者.
    pub pension_grade1: Raw,
    /// 就労選択支援（令和7年9月までは就労移行支援事業者等）のアセスメントを受けた.
    pub assessed: Raw,
    /// 就労移行支援の標準利用期間を超えて利用する（更新）.
    pub beyond_standard_period: Raw,
    /// 就労選択支援: その日に他の日中活動サービスを利用する.
    pub other_day_service_same_day: Raw,
}

#[derive(Clone, Debug, Serialize)]
pub struct EligibilityOutput {
    pub date: String,
    pub date_label: String,
    pub service: &'static str,
    pub service_label: &'static str,
    /// `direct` (may start directly), `after_assessment` (may start: assessed),
    /// `needs_sentaku` (must first use 就労選択支援), `needs_assessment` (must
    /// first be assessed by a 就労移行支援事業者等), `may_use`, `not_same_day`.
    pub verdict: &'static str,
    pub message: String,
    pub steps: Vec<Step>,
}

pub fn eligibility(req: &EligibilityRequest) -> Outcome<EligibilityOutput> {
    let mut ps = Problems::new();
    let mut r = Reader::new(&mut ps);
    let date = r.date(&req.date, "date", "利用開始日（算定日）");
    let svc = r.choice(
        &req.service,
        "service",
        "サービス",
        "b, a, ikou, sentaku",
        |t| match t {
            "b" => Some(Service::B),
            "a" => Some(Service::A),
            "ikou" => Some(Service::Ikou),
            "sentaku" => Some(Service::Sentaku),
            _ => None,
        },
    );
    let using = r.flag(
        &req.currently_using,
        "currently_using",
        "現に利用している",
        false,
    );
    let exp = r.flag(&req.work_experience, "work_experience", "就労経験", false);
    let age = r.opt_int(&req.age, "age", "年齢", 0, 130);
    let pension = r.flag(
        &req.pension_grade1,
        "pension_grade1",
        "障害基礎年金1級",
        false,
    );
    let assessed = r.flag(&req.assessed, "assessed", "アセスメントを受けた", false);
    let beyond = r.flag(
        &req.beyond_standard_period,
        "beyond_standard_period",
        "標準利用期間を超える",
        false,
    );
    let same_day = r.flag(
        &req.other_day_service_same_day,
        "other_day_service_same_day",
        "同じ日の日中活動サービス",
        false,
    );
    let (
        Some(date),
        Some(svc),
        Some(using),
        Some(exp),
        Some(age),
        Some(pension),
        Some(assessed),
        Some(beyond),
        Some(same_day),
    ) = (
        date, svc, using, exp, age, pension, assessed, beyond, same_day,
    )
    else {
        return Err(ps.into_vec());
    };
    let uf = UserFigures::new();
    let c = Ctx::new(YearMonth::of(date), "date", &uf).map_err(|p| vec![p])?;
    let mut steps = Vec::new();
    let (verdict, message) = match svc {
        Service::B => {
            let rule = c.rule("shuro.eligibility.b").map_err(|p| vec![p])?;
            let (age_min, acit) = c.int("shuro.eligibility.b.age_min").map_err(|p| vec![p])?;
            let old = age.is_some_and(|a| a >= age_min);
            let s = Step::new("shuro.eligibility.b", "就労継続支援B型の対象者（①②）")
                .input("就労経験があり年齢や体力の面で雇用が困難（①）", yes_no(exp))
                .input(
                    "年齢",
                    age.map(|a| format!("{a}歳"))
                        .unwrap_or_else(|| "未入力".into()),
                )
                .input("障害基礎年金1級受給者", yes_no(pension))
                .source(rule)
                .source(acit);
            if using {
                steps.push(
                    s.value("現に利用中")
                        .note("すでに利用している方は、就労選択支援を希望に応じて利用できます。")
                        .source(cite(
                            SEED0,
                            "就労選択支援の対象者（表: すでに利用している方）",
                        )),
                );
                (
                    "may_use",
                    "すでにB型を利用している方です。就労選択支援は希望に応じて利用できます。"
                        .to_string(),
                )
            } else if exp || old || pension {
                let why = if exp {
                    "①就労経験"
                } else if old {
                    "②50歳以上"
                } else {
                    "②障害基礎年金1級"
                };
                steps.push(s.value(format!("該当（{why}）")));
                ("direct", format!("{why}に該当するため、B型を直接利用できます（就労選択支援は希望に応じて）。"))
            } else {
                let s = s.value("①②に該当しない");
                steps.push(s);
                match c.rule("shuro.eligibility.b_sentaku") {
                    Ok(cit) => {
                        let s = Step::new("shuro.eligibility.b_sentaku", "①②に該当しない方のアセスメント（令和7年10月から就労選択支援）")
                            .input("日付", date_both(date))
                            .input("就労選択支援のアセスメントを受けた", yes_no(assessed))
                            .source(cit)
                            .source(cite(SEED0, "就労選択支援の対象者（就労継続支援B型: 原則として利用（令和7年10月～））"));
                        if assessed {
                            steps.push(s.value("利用可（③）"));
                            ("after_assessment", "就労選択支援によるアセスメントで就労面の課題等が把握されているため、B型を利用できます（③）。".to_string())
                        } else {
                            steps.push(s.value("就労選択支援が先"));
                            ("needs_sentaku", "①②に該当しないため、まず就労選択支援を利用し、アセスメントで就労面の課題等を把握する必要があります（令和7年10月から）。".to_string())
                        }
                    }
                    Err(_) => {
                        let s = Step::new(
                            "shuro.eligibility.b_assessment",
                            "①②に該当しない方のアセスメント（令和7年9月まで）",
                        )
                        .input("日付", date_both(date))
                        .input(
                            "就労移行支援事業者等のアセスメントを受けた",
                            yes_no(assessed),
                        )
                        .source(cite(
                            SEED4,
                            "1. 対象者 就労継続支援B型(2)（令和7年10月以降は就労選択支援事業者）",
                        ));
                        if assessed {
                            steps.push(s.value("利用可"));
                            ("after_assessment", "就労移行支援事業者等によるアセスメントを受けているため、B型を利用できます。".to_string())
                        } else {
                            steps.push(s.value("アセスメントが先"));
                            ("needs_assessment", "①②に該当しないため、就労移行支援事業者等によるアセスメントを受ける必要があります（令和7年9月まで）。".to_string())
                        }
                    }
                }
            }
        }
        Service::A | Service::Ikou => {
            let rule = c.rule("shuro.eligibility.a_ikou").map_err(|p| vec![p])?;
            let mut s = Step::new("shuro.eligibility.a_ikou", format!("{}と就労選択支援", svc.label()))
                .input("日付", date_both(date))
                .source(rule)
                .source(cite(SEED0, "就労選択支援の対象者（就労継続支援A型・就労移行支援: 原則として利用（令和9年４月～））"))
                .note("令和9年4月以降は、新たにA型を利用する場合や就労移行支援の標準利用期間を超えて利用する場合も、就労選択支援を経ることとされる予定です（この計算機の収録範囲は令和9年3月まで）。");
            if svc == Service::Ikou {
                s = s.input("標準利用期間を超えて利用する", yes_no(beyond));
            }
            steps.push(s.value("就労選択支援は希望に応じて"));
            ("may_use", format!("{}は、令和9年3月までは就労選択支援を経ずに利用できます（就労選択支援は希望に応じて）。", svc.label()))
        }
        _ => {
            let rule = c.rule("shuro.sentaku.basic").map_err(|p| vec![p])?;
            let sd = c.rule("shuro.sentaku.same_day").map_err(|p| vec![p])?;
            let s = Step::new(
                "shuro.eligibility.sentaku",
                "就労選択支援（令和7年10月1日から）",
            )
            .input("日付", date_both(date))
            .input("同じ日に他の日中活動サービスを利用", yes_no(same_day))
            .source(rule)
            .source(sd);
            if same_day {
                steps.push(
                    s.value("その日は算定不可")
                        .note("放課後等デイサービスとの同日算定は可能です。"),
                );
                ("not_same_day", "障害福祉サービスの日中活動サービスと同じ日には、就労選択支援を算定できません。".to_string())
            } else {
                steps.push(s.value("算定可"));
                (
                    "may_use",
                    "この日は就労選択支援を算定できます。".to_string(),
                )
            }
        }
    };
    Ok(EligibilityOutput {
        date: date.format("%Y-%m-%d").to_string(),
        date_label: date_both(date),
        service: svc.key(),
        service_label: svc.label(),
        verdict,
        message,
        steps,
    })
}

fn yes_no(b: bool) -> &'static str {
    if b {
        "はい"
    } else {
        "いいえ"
    }
}
