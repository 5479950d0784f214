//! 就労系: reading the office (事業所) of a month request. Only the fields of
//! the service are read; each reader reads every one of its fields (so that
//! every bad field is reported at once) and says whether all were good.

use super::{blank_is_none, Concentration, ConcentrationInput, Office, OfficeInput, Service, Staff, WageInputs};
use crate::engine::input::{Raw, Reader};
use crate::engine::problem::Problem;
use crate::engine::rows::trim_suffix;

fn parse_staffing(t: &str) -> Option<&'static str> {
    Some(match trim_suffix(trim_suffix(t, ":1"), "対1") {
        "6" => "staff-6-1",
        "7.5" => "staff-7_5-1",
        "10" => "staff-10-1",
        _ => return None,
    })
}

/// A count and its base (定着者数 / 分母): both or neither, the count not above the base.
pub(super) fn pair(
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
        (Some(_), Some(0)) => {
            r.problems.push(Problem::out_of_range(
                fields.1,
                format!(
                    "{}が0人では割合を計算できません。1以上を入力してください。", // prose-figure: a zero base, not a figure
                    labels.1
                ),
            ));
            None
        }
        (Some(n), Some(d)) if n > d => {
            r.problems.push(Problem::inconsistent(
                fields.0,
                format!("{}（{n}）が{}（{d}）を超えています。", labels.0, labels.1),
            ));
            None
        }
        (Some(n), Some(d)) => Some(Some((n, d))),
    }
}

/// The office of a month request for `s`.
pub(super) fn read_office(r: &mut Reader, s: Service, o: &OfficeInput) -> Option<Office> {
    let mut out = Office { ikou_type: "i", transport: "none", ..Office::default() };
    let mut ok = true;
    if s.daily_with_capacity() {
        out.capacity = r.int(&o.capacity, "office.capacity", "利用定員", 1, 999);
        ok &= out.capacity.is_some();
    }
    if matches!(s, Service::A | Service::B) {
        out.staffing = read_staffing(r, s, o);
        ok &= out.staffing.is_some();
    }
    match s {
        Service::B => ok = read_b(r, o, &mut out, ok),
        Service::A => ok &= read_a(r, o, &mut out),
        Service::Ikou => ok &= read_ikou(r, o, &mut out),
        Service::Teichaku => ok &= read_teichaku(r, o, &mut out),
        Service::Sentaku => {}
    }
    match read_staff(r, o) {
        Some(st) => out.staff = st,
        None => ok = false,
    }
    ok &= read_reductions(r, o, &mut out);
    if s != Service::Teichaku && s != Service::Sentaku {
        match read_transport(r, o) {
            Some(t) => out.transport = t,
            None => ok = false,
        }
    }
    ok &= super::office_more::read_more(r, s, o, &mut out);
    if s == Service::Sentaku {
        match read_concentration(r, &o.concentration) {
            Some(c) => out.concentration = c,
            None => ok = false,
        }
    }
    ok.then_some(out)
}

/// 人員配置 (A型 has no 6:1).
fn read_staffing(r: &mut Reader, s: Service, o: &OfficeInput) -> Option<&'static str> {
    let choices = if s == Service::B { "「6:1」「7.5:1」「10:1」" } else { "「7.5:1」「10:1」" };
    match r.choice(&o.staffing, "office.staffing", "人員配置", choices, parse_staffing) {
        Some("staff-6-1") if s == Service::A => {
            r.problems.push(Problem::invalid("office.staffing", "就労継続支援A型の人員配置は 7.5:1 か 10:1 です。"));
            None
        }
        st => st,
    }
}

/// B型: 報酬体系, 新規指定, 令和8改定対象, 地域協働加算, and the 平均工賃月額 or
/// the previous 年度's figures it is computed from. `ok` says whether the
/// office's earlier fields were good (the 平均工賃月額 is asked for only then).
fn read_b(r: &mut Reader, o: &OfficeInput, out: &mut Office, ok: bool) -> bool {
    let flags = read_b_flags(r, o);
    let wage = read_wage_fields(r, o);
    let (Some((sys, nd, nd8, r8, rc)), Some((aw, wt, wu, wo))) = (flags, wage) else {
        return false;
    };
    out.participation = sys;
    out.new_designation = nd;
    out.designated_r8_or_later = nd8;
    out.r8_target = r8;
    out.regional_collab = rc;
    out.average_wage = aw;
    let Some(wage) = wage_inputs(r, wt, wu, wo) else {
        return false;
    };
    out.wage = wage;
    if ok && !out.participation && !out.new_designation && out.wage.is_none() && out.average_wage.is_none() {
        r.problems.push(Problem::required(
            "office.average_wage",
            "平均工賃月額（又は前年度の工賃支払総額・延べ利用者数・開所日数）",
        ));
        return false;
    }
    ok
}

/// B型's yes/no fields: (一律評価, 新規指定, 令和8年6月以降の新規指定, 令和8改定対象, 地域協働加算).
fn read_b_flags(r: &mut Reader, o: &OfficeInput) -> Option<(bool, bool, bool, bool, bool)> {
    let sys = r.opt_choice(
        &o.b_system,
        "office.b_system",
        "報酬体系",
        "「平均工賃月額に応じた報酬体系」「利用者の就労や生産活動等への参加等をもって一律に評価」",
        |t| match t {
            "wage" | "平均工賃月額" => Some(false),
            "participation" | "一律評価" => Some(true),
            _ => None,
        },
    );
    let nd = r.flag(&o.new_designation, "office.new_designation", "新規指定から1年未満", false);
    let nd8 = r.flag(&o.designated_r8_or_later, "office.designated_r8_or_later", "令和8年6月以降の新規指定", false);
    let r8 = r.flag(&o.r8_target, "office.r8_target", "令和8改定対象の事業所", false);
    let rc = r.flag(&o.regional_collab, "office.regional_collab", "地域協働加算の届出", false);
    Some((sys?.unwrap_or(false), nd?, nd8?, r8?, rc?))
}

type WageFields = (Option<i64>, Option<i64>, Option<i64>, Option<i64>);

/// 平均工賃月額, 前年度の工賃支払総額・延べ利用者数・開所日数 (each optional).
fn read_wage_fields(r: &mut Reader, o: &OfficeInput) -> Option<WageFields> {
    let aw = r.opt_yen(&o.average_wage, "office.average_wage", "平均工賃月額", 0, 10_000_000);
    let wt = r.opt_yen(&o.wage_total, "office.wage_total", "前年度の工賃支払総額", 0, 100_000_000_000);
    let wu = r.opt_int(&o.wage_user_days, "office.wage_user_days", "前年度の延べ利用者数", 1, 10_000_000);
    let wo = r.opt_int(&o.wage_open_days, "office.wage_open_days", "前年度の開所日数", 1, 366);
    Some((aw?, wt?, wu?, wo?))
}

/// The previous 年度's figures: all three, or none.
fn wage_inputs(r: &mut Reader, wt: Option<i64>, wu: Option<i64>, wo: Option<i64>) -> Option<Option<WageInputs>> {
    match (wt, wu, wo) {
        (None, None, None) => Some(None),
        (Some(total), Some(user_days), Some(open_days)) => Some(Some(WageInputs { total, user_days, open_days })),
        _ => {
            for (v, f, l) in [
                (wt.is_none(), "office.wage_total", "前年度の工賃支払総額"),
                (wu.is_none(), "office.wage_user_days", "前年度の延べ利用者数"),
                (wo.is_none(), "office.wage_open_days", "前年度の開所日数"),
            ] {
                if v {
                    r.problems.push(Problem::required(f, l));
                }
            }
            None
        }
    }
}

/// A型: the スコアの合計点, or the 1日の平均労働時間 and the other items' points.
fn read_a(r: &mut Reader, o: &OfficeInput, out: &mut Office) -> bool {
    let sc = r.opt_int(&o.score, "office.score", "スコアの合計点", 0, 1000);
    let wm = r.opt_minutes(&o.work_minutes, "office.work_minutes", "1日の平均労働時間", 24 * 60);
    let op = r.opt_int(&o.other_points, "office.other_points", "労働時間以外の項目の点数の合計", 0, 1000);
    let (Some(sc), Some(wm), Some(op)) = (sc, wm, op) else {
        return false;
    };
    out.score = sc;
    out.work_minutes = wm;
    out.other_points = op;
    if wm.is_some() && op.is_none() {
        r.problems.push(Problem::required(
            "office.other_points",
            "労働時間以外の項目（生産活動・多様な働き方・支援力向上・地域連携活動・経営改善計画・利用者の知識及び能力の向上）の点数の合計",
        ));
        false
    } else if wm.is_none() && sc.is_none() {
        r.problems.push(Problem::required("office.score", "スコアの合計点（又は1日の平均労働時間と他の項目の点数）"));
        false
    } else {
        true
    }
}

/// 就労移行支援: the サービス費の種類 and the 就職後6月以上定着率.
fn read_ikou(r: &mut Reader, o: &OfficeInput, out: &mut Office) -> bool {
    let mut ok = true;
    match r.opt_choice(
        &o.ikou_type,
        "office.ikou_type",
        "就労移行支援サービス費の種類",
        "「就労移行支援サービス費(Ⅰ)」「就労移行支援サービス費(Ⅱ)」",
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
            r.problems.push(Problem::required("office.settled", "就職後6月以上定着者数"));
            ok = false;
        }
        None => ok = false,
    }
    ok
}

/// 就労定着支援: the 就労定着率.
fn read_teichaku(r: &mut Reader, o: &OfficeInput, out: &mut Office) -> bool {
    match pair(
        r,
        &o.retained,
        &o.retained_base,
        ("office.retained", "office.retained_base"),
        ("前年度末時点の就労定着者数", "過去3年間の就労定着支援の総利用者数"),
    ) {
        Some(Some(p)) => {
            out.retained = Some(p);
            true
        }
        Some(None) => {
            r.problems.push(Problem::required("office.retained", "前年度末時点の就労定着者数"));
            false
        }
        None => false,
    }
}

/// 福祉専門職員配置等加算's staff counts: all four (the total at least), or none.
fn read_staff(r: &mut Reader, o: &OfficeInput) -> Option<Option<Staff>> {
    let st = [
        (&o.staff_total, "office.staff_total", "生活支援員等の総数"),
        (&o.staff_fulltime, "office.staff_fulltime", "うち常勤の職員数"),
        (&o.staff_qualified, "office.staff_qualified", "常勤のうち社会福祉士等の資格保有者数"),
        (&o.staff_tenure3, "office.staff_tenure3", "常勤のうち勤続3年以上の職員数"),
    ]
    .map(|(raw, f, l)| r.opt_int(raw, f, l, 0, 10_000));
    let [Some(t), Some(f), Some(q), Some(y)] = st else {
        return None;
    };
    if t.is_none() && f.is_none() && q.is_none() && y.is_none() {
        return Some(None);
    }
    let Some(total) = t else {
        r.problems.push(Problem::required("office.staff_total", "生活支援員等の総数"));
        return None;
    };
    let staff = Staff { total, fulltime: blank_is_none(f), qualified: blank_is_none(q), tenure3: blank_is_none(y) };
    staff_consistent(r, &staff).then_some(Some(staff))
}

/// The staff counts fit inside each other (常勤 ≤ 総数; 資格保有者・勤続 ≤ 常勤).
fn staff_consistent(r: &mut Reader, s: &Staff) -> bool {
    let bad = if s.fulltime > s.total {
        Some(("office.staff_fulltime", "常勤の職員数が総数を超えています。"))
    } else if s.qualified > s.fulltime {
        Some(("office.staff_qualified", "資格保有者数が常勤の職員数を超えています。"))
    } else if s.tenure3 > s.fulltime {
        Some(("office.staff_tenure3", "勤続3年以上の職員数が常勤の職員数を超えています。"))
    } else {
        None
    };
    if let Some((f, m)) = bad {
        r.problems.push(Problem::inconsistent(f, m));
    }
    bad.is_none()
}

/// 定員超過利用減算 and 人員欠如減算 (the month of the 減算).
fn read_reductions(r: &mut Reader, o: &OfficeInput, out: &mut Office) -> bool {
    let mut ok = true;
    match r.flag(&o.over_capacity, "office.over_capacity", "定員超過利用減算に該当", false) {
        Some(v) => out.over_capacity = v,
        None => ok = false,
    }
    match r.count(&o.staff_shortage_month, "office.staff_shortage_month", "人員欠如減算の適用月数", 120) {
        Some(v) => out.staff_shortage_month = v,
        None => ok = false,
    }
    ok
}

/// 送迎加算: none, (Ⅰ) or (Ⅱ).
fn read_transport(r: &mut Reader, o: &OfficeInput) -> Option<&'static str> {
    let t = r.opt_choice(
        &o.transport,
        "office.transport",
        "送迎加算",
        "「算定しない」「送迎加算(Ⅰ)」「送迎加算(Ⅱ)」",
        |t| match t {
            "none" | "なし" => Some("none"),
            "i" | "Ⅰ" => Some("i"),
            "ii" | "Ⅱ" => Some("ii"),
            _ => None,
        },
    );
    Some(t?.unwrap_or("none"))
}

/// 特定事業所集中減算 (就労選択支援): each service's total and top, and 正当な理由.
fn read_concentration(r: &mut Reader, c: &ConcentrationInput) -> Option<Concentration> {
    let mut out = Concentration::default();
    let mut ok = true;
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
            (&format!("{label}のうち同一事業者が提供した数"), &format!("{label}の提供総数")),
        ) {
            Some(Some((n, d))) => out.rows.push((label, key.to_string(), d, n)),
            Some(None) => {}
            None => ok = false,
        }
    }
    match r.flag(&c.justified, "office.concentration.justified", "正当な理由", false) {
        Some(v) => out.justified = v,
        None => ok = false,
    }
    ok.then_some(out)
}
