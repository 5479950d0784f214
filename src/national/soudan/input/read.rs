//! Readers from the request to the validated office and cases: every bad field
//! is recorded (in the order of the request) and the month is computed only
//! when there is none.

use super::validated::{Adds, Case, CaseKind, Level, Office, OfficeKind, PlanBasis, Service, StaffRole};
use super::{AdditionsInput, CaseInput, MonthRequest, OfficeInput};
use crate::engine::date::YearMonth;
use crate::engine::input::{Raw, Reader};
use crate::engine::params::{read_user_figures, UserFigures};
use crate::engine::problem::{Problem, Problems};
use rust_decimal::Decimal;

/// Largest count of one 加算 event a case may enter (an input bound, not a rule).
const COUNT_MAX: i64 = 99;

const LEVEL_CHOICES: &str = "「なし」「Ⅰ」「Ⅱ」";

/// The request of `soudan.month`, validated.
pub struct MonthInput {
    pub month: YearMonth,
    pub office: Office,
    pub cases: Vec<Case>,
    pub user_figures: UserFigures,
}

/// The month, the office, the cases (at least one) and the user's figures;
/// every problem of the request at once.
pub fn read_month(req: &MonthRequest) -> Result<MonthInput, Vec<Problem>> {
    let mut ps = Problems::new();
    let mut r = Reader::new(&mut ps);
    let month = r.month(&req.service_month, "service_month", "サービス提供月");
    let office = read_office(&mut r, &req.office);
    let mut cases = Vec::new();
    for (i, c) in req.cases.iter().enumerate() {
        if let Some(c) = read_case(&mut r, c, i) {
            cases.push(c);
        }
    }
    if req.cases.is_empty() {
        r.problems.push(Problem::required("cases", "ケース（1件以上）")); // prose-figure: "at least one", not a figure
    }
    let user_figures = read_user_figures(&mut r, &req.user_figures);
    let (Some(month), Some(office)) = (month, office) else {
        return Err(ps.into_vec());
    };
    for (i, c) in cases.iter().enumerate() {
        prior_use_before(&mut r, c, i, month);
    }
    ps.finish(MonthInput { month, office, cases, user_figures })
}

/// 初回加算's 直近の利用月 is before the service month.
fn prior_use_before(r: &mut Reader, c: &Case, i: usize, month: YearMonth) {
    if let Some(p) = c.adds.prior_use_month.filter(|p| *p >= month) {
        r.problems.push(Problem::inconsistent(
            format!("cases[{i}].additions.prior_use_month"),
            format!(
                "障害福祉サービス等を利用した直近の月（{}）は、サービス提供月（{}）より前の月を入力してください。",
                p.both(),
                month.both()
            ),
        ));
    }
}

/// The office: 機能強化型, 員数, the 体制加算 held and the 拠点等 settings.
fn read_office(r: &mut Reader, o: &OfficeInput) -> Option<Office> {
    let kind = r.choice(
        &o.kind,
        "office.kind",
        "機能強化型の区分",
        "「機能強化型でない」「機能強化型（Ⅰ）」〜「機能強化型（Ⅳ）」",
        OfficeKind::parse,
    );
    let fte = r.number(
        &o.staff_fte,
        "office.staff_fte",
        "相談支援専門員の員数（常勤換算）",
        Decimal::new(1, 1),
        Decimal::from(99),
    );
    let systems = read_systems(r, o);
    let peer = r.flag(&o.peer_support, "office.peer_support", "ピアサポート体制加算", false);
    let hub = r.flag(&o.hub, "office.hub", "地域生活支援拠点等", false);
    let cs = r.flag(&o.community_system, "office.community_system", "地域体制強化共同支援加算の体制", false);
    Some(Office {
        kind: kind?,
        staff_fte: fte?,
        systems: systems?,
        peer_support: peer?,
        hub: hub?,
        community_system: cs?,
    })
}

/// The 体制加算 with a level: (key under `soudan.addition.`, 日本語名, level).
fn read_systems(r: &mut Reader, o: &OfficeInput) -> Option<Vec<(&'static str, &'static str, Level)>> {
    let mut systems = Vec::new();
    let mut ok = true;
    for (key, label, raw) in [
        ("chief", "主任相談支援専門員配置加算", &o.chief),
        ("behavior", "行動障害支援体制加算", &o.behavior),
        ("medical_care", "要医療児者支援体制加算", &o.medical_care),
        ("mental", "精神障害者支援体制加算", &o.mental),
        ("brain", "高次脳機能障害支援体制加算", &o.brain),
    ] {
        match r.opt_choice(raw, &format!("office.{key}"), label, LEVEL_CHOICES, Level::parse) {
            Some(l) => systems.push((key, label, l.unwrap_or(Level::None))),
            None => ok = false,
        }
    }
    ok.then_some(systems)
}

/// The fields of one case's `additions`, read under `base`; `ok` turns false
/// at the first bad one (every bad one is still recorded).
struct Fields<'a, 'p> {
    r: &'a mut Reader<'p>,
    base: &'a str,
    ok: bool,
}

impl Fields<'_, '_> {
    /// The path of the field `name`.
    fn path(&self, name: &str) -> String {
        format!("{}.{name}", self.base)
    }

    /// A value read, or (when bad, its problem recorded) a placeholder, the
    /// case no longer `ok`.
    fn kept<T: Default>(&mut self, v: Option<T>) -> T {
        self.ok &= v.is_some();
        v.unwrap_or_default()
    }

    /// A count of times; blank means none entered.
    fn count(&mut self, raw: &Raw, name: &str, label: &str) -> i64 {
        let v = self.r.count(raw, &self.path(name), label, COUNT_MAX);
        self.kept(v)
    }

    fn flag(&mut self, raw: &Raw, name: &str, label: &str) -> bool {
        let v = self.r.flag(raw, &self.path(name), label, false);
        self.kept(v)
    }

    /// 通院同行した病院等の数: blank means every 通院同行 was to a different 病院等.
    fn hospitals(&mut self, raw: &Raw, name: &str, visits: i64) -> i64 {
        let label = "通院同行した病院等の数";
        let field = self.path(name);
        let problem = match self.r.opt_int(raw, &field, label, 0, COUNT_MAX) {
            Some(Some(h)) if h > visits => {
                Problem::inconsistent(field, format!("{label}（{h}）が通院同行の回数（{visits}）を超えています。"))
            }
            Some(Some(0)) if visits > 0 => {
                Problem::inconsistent(field, format!("通院同行が{visits}回あるのに{label}が0です。"))
            }
            Some(Some(h)) => return h,
            Some(None) => return visits,
            None => {
                self.ok = false;
                return 0;
            }
        };
        self.r.problems.push(problem);
        self.ok = false;
        0
    }
}

/// Reads each named field of `a` into the same field of `adds` with `f`'s
/// `count` or `flag`, the name being its path under the case's `additions`.
macro_rules! read {
    ($kind:ident: $f:ident, $a:ident, $adds:ident, { $($name:ident: $label:literal,)* }) => {
        $($adds.$name = $f.$kind(&$a.$name, stringify!($name), $label);)*
    };
}

/// The counts of a case's 加算 events (each blank = none).
fn read_counts(f: &mut Fields, a: &AdditionsInput, adds: &mut Adds) {
    read!(count: f, a, adds, {
        upper_limit_management: "利用者負担上限額管理加算の回数",
        first_extra_months: "初回加算の面接月の数",
        hospital_info_i: "入院時情報連携加算（Ⅰ）の回数",
        hospital_info_ii: "入院時情報連携加算（Ⅱ）の回数",
        discharge: "退院・退所加算の回数",
        discharge_prior: "同じ入院・入所で既に算定した退院・退所加算の回数",
        transition_visit: "連携加算・移行支援加算（訪問）の回数",
        transition_meeting: "連携加算・移行支援加算（会議参加）の回数",
        transition_info: "連携加算・移行支援加算（情報提供）の回数",
        medical_accompany: "医療・保育・教育機関等連携加算（通院同行）の回数",
        medical_info_hospital: "医療・保育・教育機関等連携加算（情報提供・病院等）の回数",
        medical_info_other: "医療・保育・教育機関等連携加算（情報提供・それ以外）の回数",
        intensive_visit: "集中支援加算（訪問）の回数",
        intensive_meeting_held: "集中支援加算（会議開催）の回数",
        intensive_meeting_attend: "集中支援加算（会議参加）の回数",
        intensive_accompany: "集中支援加算（通院同行）の回数",
        intensive_info_hospital: "集中支援加算（情報提供・病院等）の回数",
        intensive_info_other: "集中支援加算（情報提供・それ以外）の回数",
        conference: "サービス担当者会議実施加算の回数",
        service_monitoring: "サービス提供時モニタリング加算の回数",
        hub_emergency: "地域生活支援拠点等相談強化加算の回数",
        community_joint: "地域体制強化共同支援加算の回数",
    });
}

/// The yes/no entries of a case's 加算.
fn read_flags(f: &mut Fields, a: &AdditionsInput, adds: &mut Adds) {
    read!(flag: f, a, adds, {
        first: "初回加算",
        prior_transition: "前6月間の連携加算・移行支援加算の算定",
        services_ended: "障害福祉サービス等の利用終了後6月以内",
        medical_meeting: "医療・保育・教育機関等連携加算（面談・会議）",
        medical_meeting_discharge_only: "退院・退所する施設の職員のみからの情報提供",
        medical_info_same_hospital: "通院同行と同じ病院等への情報提供",
        intensive_meeting_same_as_transition: "連携加算等と同様の会議参加",
        conference_plan_changed: "サービス担当者会議での計画の変更",
    });
}

/// A case's 加算 events: counts, then the 通院同行 病院等, then the yes/no entries.
fn read_adds(r: &mut Reader, a: &AdditionsInput, base: &str) -> Option<Adds> {
    let mut f = Fields { r, base, ok: true };
    let mut adds = Adds::default();
    read_counts(&mut f, a, &mut adds);
    adds.medical_accompany_hospitals =
        f.hospitals(&a.medical_accompany_hospitals, "medical_accompany_hospitals", adds.medical_accompany);
    adds.intensive_accompany_hospitals =
        f.hospitals(&a.intensive_accompany_hospitals, "intensive_accompany_hospitals", adds.intensive_accompany);
    read_flags(&mut f, a, &mut adds);
    let basis = f.r.opt_choice(
        &a.plan_basis,
        &f.path("plan_basis"),
        "初回加算: この月の計画",
        "new（新規に計画作成）, change（計画の変更・更新）, office_change（事業所の変更）",
        PlanBasis::parse,
    );
    adds.plan_basis = f.kept(basis);
    let prior = f.r.opt_month(&a.prior_use_month, &f.path("prior_use_month"), "障害福祉サービス等を利用した直近の月");
    adds.prior_use_month = f.kept(prior);
    f.ok.then_some(adds)
}

/// 受給者証のモニタリング実施予定月: each a month; none entered is `None` (not checked).
fn read_monitoring_months(r: &mut Reader, raw: &[Raw], base: &str) -> Option<Option<Vec<YearMonth>>> {
    let mut out = Vec::new();
    let mut ok = true;
    for (j, m) in raw.iter().enumerate() {
        let field = format!("{base}.monitoring_months[{j}]");
        match r.opt_month(m, &field, "受給者証のモニタリング実施予定月") {
            Some(Some(m)) => out.push(m),
            Some(None) => {}
            None => ok = false,
        }
    }
    ok.then(|| (!out.is_empty()).then_some(out))
}

/// One case: its kind, its support this month, its 担当者 and its 加算.
fn read_case(r: &mut Reader, c: &CaseInput, i: usize) -> Option<Case> {
    let base = format!("cases[{i}]");
    let kind = r.choice(
        &c.kind,
        &format!("{base}.kind"),
        "相談支援の種類",
        "「計画相談支援」「障害児相談支援」",
        CaseKind::parse,
    );
    let service = r.choice(
        &c.service,
        &format!("{base}.service"),
        "その月の支援",
        "「計画作成」「モニタリング」「モニタリングと計画作成」「なし」",
        Service::parse,
    );
    let role = r.opt_choice(
        &c.staff_role,
        &format!("{base}.staff_role"),
        "担当者の職種",
        "「相談支援専門員」「相談支援員」",
        StaffRole::parse,
    );
    let adds = read_adds(r, &c.additions, &format!("{base}.additions"));
    let months = read_monitoring_months(r, &c.monitoring_months, &base);
    let both_decided =
        r.flag(&c.both_decided, &format!("{base}.both_decided"), "市町村が同じ月に両方を行うと決定", false);
    let label = c.label.as_name().unwrap_or_else(|| format!("ケース{}", i + 1));
    let staff = c.staff.as_name();
    let adds = adds?;
    if adds.service_monitoring > 0 && staff.is_none() {
        r.problems.push(Problem::required(
            format!("{base}.staff"),
            // prose-figure: "per staff member", not a figure
            "サービス提供時モニタリング加算の担当者（相談支援専門員1人ごとの請求上限のため）",
        ));
        return None;
    }
    Some(Case {
        label,
        kind: kind?,
        service: service?,
        monitoring_months: months?,
        both_decided: both_decided?,
        staff,
        role: role?.unwrap_or(StaffRole::Specialist),
        adds,
    })
}
