//! 共同生活援助: the office and the resident as the month's units read them
//! (the request itself is `money`'s).

use crate::national::kubun::Column;

/// 障害支援区分 as the 共同生活援助 tables divide it (区分1以下 is one column).
pub type Kubun = Column<1>;

/// `6` … `1`, `区分6`, `1以下`, `非該当`.
pub fn parse_kubun(t: &str) -> Option<Kubun> {
    Kubun::parse_with(t, &["1以下", "非該当"])
}

/// The column of the 夜間支援等体制加算 table: 区分4以上, 区分3, 区分2以下.
pub fn night_group(k: Kubun) -> &'static str {
    match k.0.number() {
        4.. => "kubun4-plus",
        3 => "kubun3",
        _ => "kubun2-or-less",
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
