//! 障害支援区分 (区分1〜区分6), as the user enters it and as a service's table
//! reads it: 区分6 … down to the table's lowest column, which gathers the 区分
//! below it (生活介護: 区分2以下; 共同生活援助: 区分1以下).

use crate::engine::rows::trim_prefix;

/// 障害支援区分 as certified.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Kubun {
    K1 = 1,
    K2,
    K3,
    K4,
    K5,
    K6,
}

const ALL: [Kubun; 6] = [Kubun::K1, Kubun::K2, Kubun::K3, Kubun::K4, Kubun::K5, Kubun::K6];
const DIGITS: [&str; 6] = ["1", "2", "3", "4", "5", "6"];
const KEYS: [&str; 6] = ["kubun1", "kubun2", "kubun3", "kubun4", "kubun5", "kubun6"];
const LABELS: [&str; 6] = ["区分1", "区分2", "区分3", "区分4", "区分5", "区分6"];
const FLOOR_KEYS: [&str; 6] =
    ["kubun1-or-less", "kubun2-or-less", "kubun3-or-less", "kubun4-or-less", "kubun5-or-less", "kubun6-or-less"];
const FLOOR_LABELS: [&str; 6] = ["区分1以下", "区分2以下", "区分3以下", "区分4以下", "区分5以下", "区分6以下"];

impl Kubun {
    /// `1` … `6`, `区分1` … `区分6`.
    pub fn parse(t: &str) -> Option<Self> {
        let digit = trim_prefix(t, "区分");
        ALL.into_iter().find(|k| DIGITS[k.index()] == digit)
    }
    /// 1 … 6.
    pub fn number(self) -> u8 {
        self as u8
    }
    fn index(self) -> usize {
        usize::from(self.number() - 1)
    }
}

/// The 区分 as the column of a table whose lowest column gathers the 区分 at
/// or below `FLOOR` (`Column<2>`: 区分6, 区分5, 区分4, 区分3, 区分2以下).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Column<const FLOOR: u8>(pub Kubun);

impl<const FLOOR: u8> Column<FLOOR> {
    /// The lowest column's place (a `FLOOR` outside 1–6 does not compile).
    const LOWEST: usize = FLOOR as usize - 1;

    /// A 区分 (`6`, `区分6`), or one of `floor_words`, the service's words for
    /// its lowest column (`2以下`), read after a leading `区分`.
    pub fn parse_with(t: &str, floor_words: &[&str]) -> Option<Self> {
        let t = trim_prefix(t, "区分");
        if floor_words.contains(&t) {
            return Some(Self(ALL[Self::LOWEST]));
        }
        Kubun::parse(t).map(Self)
    }
    /// The place of the column: the 区分's own, or the lowest column's.
    fn place(self) -> usize {
        self.0.index().max(Self::LOWEST)
    }
    /// Key part of the table's figure: `kubun6`, `kubun2-or-less`.
    pub fn key(self) -> &'static str {
        match self.place() {
            i if i == Self::LOWEST => FLOOR_KEYS[i],
            i => KEYS[i],
        }
    }
    /// `区分6`, `区分2以下`.
    pub fn label(self) -> &'static str {
        match self.place() {
            i if i == Self::LOWEST => FLOOR_LABELS[i],
            i => LABELS[i],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_gather_the_lower_kubun() {
        let sk = |t| Column::<2>::parse_with(t, &["2以下"]).map(|c| (c.key(), c.label()));
        assert_eq!(sk("区分6"), Some(("kubun6", "区分6")));
        assert_eq!(sk("3"), Some(("kubun3", "区分3")));
        assert_eq!(sk("2"), Some(("kubun2-or-less", "区分2以下")));
        assert_eq!(sk("区分1"), Some(("kubun2-or-less", "区分2以下")));
        assert_eq!(sk("2以下"), Some(("kubun2-or-less", "区分2以下")));
        assert_eq!(sk("非該当"), None);
        let gh = |t| Column::<1>::parse_with(t, &["非該当"]).map(|c| c.key());
        assert_eq!(gh("2"), Some("kubun2"));
        assert_eq!(gh("非該当"), Some("kubun1-or-less"));
        assert_eq!(gh("7"), None);
    }
}
