//! One resident (入居者): 障害支援区分, 援護の実施機関 and its 助成, 入居日・退居日,
//! 体験利用, 国への請求, 個別支援計画未作成減算, 月途中の区分変更.

use crate::engine::date::{date_both, YearMonth};
use crate::engine::input::{Raw, Reader};
use crate::engine::problem::Problem;
use crate::national::kubun::Kubun;
use chrono::NaiveDate;
use serde::Serialize;

/// One resident (入居者).
#[derive(Clone, Debug, Default, Serialize)]
pub struct ResidentInput {
    /// A label for the row (optional).
    pub name: Raw,
    /// 月の初日（月途中の入居は入居日）の障害支援区分: `none` (非該当), `1`–`6`.
    pub kubun: Raw,
    /// 援護の実施機関: `yokohama` | `other`.
    pub authority: Raw,
    /// (市外) 当該自治体から家賃に係る助成金等を受給している.
    pub other_rent_subsidy: Raw,
    /// (市外) 当該自治体から人件費に係る助成金等を受給している.
    pub other_staff_subsidy: Raw,
    /// 入居日 (blank = before the month).
    pub move_in: Raw,
    /// 退居日 (blank = after the month).
    pub move_out: Raw,
    /// 体験利用.
    pub trial: Raw,
    /// 国への請求: `basic` (本体請求あり) | `additions_only` (入院等で本体請求0日・加算のみ) | `none` (本体請求も加算もない).
    pub national_claim: Raw,
    /// 基本報酬が個別支援計画未作成減算の対象.
    pub plan_missing_reduction: Raw,
    /// 月途中の区分変更日 (optional) and the new 区分.
    pub kubun_change_date: Raw,
    pub new_kubun: Raw,
}
crate::decode_fields! { ResidentInput { name, kubun, authority, other_rent_subsidy, other_staff_subsidy, move_in, move_out, trial, national_claim, plan_missing_reduction, kubun_change_date, new_kubun } }

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Authority {
    Yokohama,
    Other,
}

impl Authority {
    pub fn label(self) -> &'static str {
        match self {
            Authority::Yokohama => "横浜市",
            Authority::Other => "市外の自治体",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum NationalClaim {
    Basic,
    AdditionsOnly,
    None,
}

/// 障害支援区分: 0 = 非該当, 1–6.
fn parse_kubun(t: &str) -> Option<u8> {
    match crate::engine::rows::trim_prefix(t, "区分") {
        "none" | "非該当" | "0" => Some(0),
        t => Kubun::parse(t).map(Kubun::number),
    }
}

/// `非該当`, `区分3`.
pub fn kubun_label(k: u8) -> String {
    if k == 0 {
        "非該当".to_string()
    } else {
        format!("区分{k}")
    }
}

/// The resident, validated.
pub struct Resident {
    pub name: String,
    pub kubun: u8,
    pub authority: Authority,
    pub rent_subsidy: bool,
    pub staff_subsidy: bool,
    pub move_in: Option<NaiveDate>,
    pub move_out: Option<NaiveDate>,
    pub trial: bool,
    pub claim: NationalClaim,
    pub plan_missing: bool,
    pub kubun_change: Option<(NaiveDate, u8)>,
}

/// Reads resident `f` (`residents[2]`); `None` when a field is bad.
pub fn read_resident(r: &mut Reader, x: &ResidentInput, f: &str, month: Option<YearMonth>) -> Option<Resident> {
    let kubun = r.choice(
        &x.kubun,
        &format!("{f}.kubun"),
        "障害支援区分（月の初日）",
        "「非該当」「区分1」〜「区分6」",
        parse_kubun,
    );
    let (authority, rent_subsidy, staff_subsidy) = read_authority(r, x, f);
    let (move_in, move_out) = read_stay(r, x, f, month);
    let trial = r.flag(&x.trial, &format!("{f}.trial"), "体験利用", false);
    let claim = read_claim(r, x, f);
    let plan_missing =
        r.flag(&x.plan_missing_reduction, &format!("{f}.plan_missing_reduction"), "個別支援計画未作成減算", false);
    let kubun_change = read_kubun_change(r, x, f, month);
    Some(Resident {
        name: x.name.as_name().unwrap_or_default(),
        kubun: kubun?,
        authority: authority?,
        rent_subsidy: rent_subsidy?,
        staff_subsidy: staff_subsidy?,
        move_in: move_in?,
        move_out: move_out?,
        trial: trial?,
        claim: claim?,
        plan_missing: plan_missing?,
        kubun_change,
    })
}

/// 援護の実施機関 and the 市外 authority's 助成 (家賃, 人件費): none for 横浜市.
fn read_authority(r: &mut Reader, x: &ResidentInput, f: &str) -> (Option<Authority>, Option<bool>, Option<bool>) {
    let authority = r.choice(
        &x.authority,
        &format!("{f}.authority"),
        "援護の実施機関",
        "「横浜市」「市外の自治体」",
        |t| match t {
            "yokohama" | "横浜市" => Some(Authority::Yokohama),
            "other" | "市外" | "市外の自治体" => Some(Authority::Other),
            _ => None,
        },
    );
    let rent_subsidy =
        r.flag(&x.other_rent_subsidy, &format!("{f}.other_rent_subsidy"), "実施機関からの家賃に係る助成", false);
    let staff_subsidy =
        r.flag(&x.other_staff_subsidy, &format!("{f}.other_staff_subsidy"), "実施機関からの人件費に係る助成", false);
    if authority == Some(Authority::Yokohama) {
        for (flag, field) in [(rent_subsidy, "other_rent_subsidy"), (staff_subsidy, "other_staff_subsidy")] {
            if flag == Some(true) {
                r.problems.push(Problem::inconsistent(
                    format!("{f}.{field}"),
                    "援護の実施機関が横浜市の入居者には、市外の自治体からの助成は指定できません。",
                ));
            }
        }
    }
    (authority, rent_subsidy, staff_subsidy)
}

type Dates = Option<Option<NaiveDate>>;

/// 入居日・退居日: each touching the month, the 退居日 not before the 入居日.
fn read_stay(r: &mut Reader, x: &ResidentInput, f: &str, month: Option<YearMonth>) -> (Dates, Dates) {
    let move_in = r.opt_date(&x.move_in, &format!("{f}.move_in"), "入居日");
    let move_out = r.opt_date(&x.move_out, &format!("{f}.move_out"), "退居日");
    let (Some(m), Some(mi), Some(mo)) = (month, move_in, move_out) else {
        return (move_in, move_out);
    };
    let first = m.first_day();
    if let Some(d) = mi.filter(|d| *d > first && !m.contains(*d)) {
        r.problems.push(Problem::inconsistent(
            format!("{f}.move_in"),
            format!("入居日{}は{}より後です。この月の入居者ではありません。", date_both(d), m.wareki()),
        ));
    }
    if let Some(d) = mo.filter(|d| *d < first) {
        r.problems.push(Problem::inconsistent(
            format!("{f}.move_out"),
            format!("退居日{}は{}より前です。この月の入居者ではありません。", date_both(d), m.wareki()),
        ));
    }
    if let (Some(a), Some(b)) = (mi, mo) {
        if b < a {
            r.problems.push(Problem::inconsistent(format!("{f}.move_out"), "退居日が入居日より前です。"));
        }
    }
    (move_in, move_out)
}

/// 国への請求 (blank: 本体請求あり).
fn read_claim(r: &mut Reader, x: &ResidentInput, f: &str) -> Option<NationalClaim> {
    r.opt_choice(
        &x.national_claim,
        &format!("{f}.national_claim"),
        "国への請求",
        "「本体請求あり」「加算のみ」「請求なし」",
        |t| match t {
            "basic" | "本体請求あり" => Some(NationalClaim::Basic),
            "additions_only" | "加算のみ" => Some(NationalClaim::AdditionsOnly),
            "none" | "請求なし" => Some(NationalClaim::None),
            _ => None,
        },
    )
    .map(|c| c.unwrap_or(NationalClaim::Basic))
}

/// 月途中の区分変更: the date (in the month) and the new 区分, both or neither.
fn read_kubun_change(r: &mut Reader, x: &ResidentInput, f: &str, month: Option<YearMonth>) -> Option<(NaiveDate, u8)> {
    let change_date = r.opt_date(&x.kubun_change_date, &format!("{f}.kubun_change_date"), "区分の変更日");
    let new_kubun = r.opt_choice(
        &x.new_kubun,
        &format!("{f}.new_kubun"),
        "変更後の障害支援区分",
        "「非該当」「区分1」〜「区分6」",
        parse_kubun,
    );
    match (change_date, new_kubun) {
        (Some(Some(d)), Some(Some(k))) => {
            if let Some(m) = month.filter(|m| !m.contains(d)) {
                r.problems.push(Problem::inconsistent(
                    format!("{f}.kubun_change_date"),
                    format!("区分の変更日{}は{}の日付ではありません。", date_both(d), m.wareki()),
                ));
            }
            Some((d, k))
        }
        (Some(Some(_)), Some(None)) => {
            r.problems.push(Problem::required(format!("{f}.new_kubun"), "変更後の障害支援区分"));
            None
        }
        (Some(None), Some(Some(_))) => {
            r.problems.push(Problem::required(format!("{f}.kubun_change_date"), "区分の変更日"));
            None
        }
        _ => None,
    }
}
