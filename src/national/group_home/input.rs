//! 共同生活援助: the office and the resident as the month's units read them
//! (the request itself is `money`'s).

/// 障害支援区分 as the 共同生活援助 tables divide it (区分1以下 is one column).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kubun {
    K6,
    K5,
    K4,
    K3,
    K2,
    K1OrLess,
}

impl Kubun {
    /// `6` … `1`, `区分6`, `1以下`, `非該当`.
    pub fn parse(t: &str) -> Option<Self> {
        Some(match t.trim_start_matches("区分") {
            "6" => Kubun::K6,
            "5" => Kubun::K5,
            "4" => Kubun::K4,
            "3" => Kubun::K3,
            "2" => Kubun::K2,
            "1" | "1以下" | "非該当" => Kubun::K1OrLess,
            _ => return None,
        })
    }
    /// Key part of `group_home.basic.<table>.<kubun>`.
    pub fn key(self) -> &'static str {
        match self {
            Kubun::K6 => "kubun6",
            Kubun::K5 => "kubun5",
            Kubun::K4 => "kubun4",
            Kubun::K3 => "kubun3",
            Kubun::K2 => "kubun2",
            Kubun::K1OrLess => "kubun1-or-less",
        }
    }
    /// The column of the 夜間支援等体制加算 table: 区分4以上, 区分3, 区分2以下.
    pub fn night_group(self) -> &'static str {
        match self {
            Kubun::K6 | Kubun::K5 | Kubun::K4 => "kubun4-plus",
            Kubun::K3 => "kubun3",
            Kubun::K2 | Kubun::K1OrLess => "kubun2-or-less",
        }
    }
}

/// The office (住居) as the month's units read it.
#[derive(Clone, Debug)]
pub struct Office {
    /// 令和8年6月以降に新規指定された事業所.
    pub newly_designated_r8: bool,
    /// 夜間支援等体制加算(Ⅰ): the 夜間支援対象利用者数; `None` when not held.
    pub night_support_persons: Option<i64>,
}

/// One resident's month as entered.
#[derive(Clone, Debug)]
pub struct Resident {
    pub label: String,
    pub kubun: Kubun,
    /// 入居日数.
    pub days: i64,
    /// 体験利用.
    pub trial: bool,
}
