//! 国民の祝日 (国民の祝日に関する法律, the 祝日法) and its 休日: the fixed days,
//! the Monday holidays (ハッピーマンデー), 春分の日・秋分の日 by the standard
//! formula, 振替休日 (第3条第2項) and 国民の休日 (第3条第3項) — for the pages
//! that tick 平日 (a 祝日 is not a 平日).
//!
//! The rules are those in force from 2020 (天皇誕生日 2月23日, スポーツの日),
//! with the 2020 and 2021 moves of the 東京オリンピック・パラリンピック特別措置法;
//! earlier years are not answered ([`holiday`] says `None` for them).
//! 春分日・秋分日 are fixed each February by the 官報 (国立天文台の暦要項); the
//! formula below gives them for 1980–2099 and agrees with every published date.

use crate::engine::date::YearMonth;
use chrono::{Datelike, NaiveDate, Weekday};
use serde::Serialize;

/// The first year whose 祝日 this module answers.
pub const FIRST_YEAR: i32 = 2020;
/// The last year of the 春分日・秋分日 formula.
pub const LAST_YEAR: i32 = 2099;

/// A 祝日 or 休日 of a month, for the pages.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Holiday {
    /// `2026-11-03`.
    pub date: String,
    /// `文化の日`, `振替休日`, `国民の休日`.
    pub name: &'static str,
}

/// The `n`th `weekday` of a month (1-based).
fn nth_weekday(year: i32, month: u32, weekday: Weekday, n: u8) -> Option<NaiveDate> {
    NaiveDate::from_weekday_of_month_opt(year, month, weekday, n)
}

/// 春分日 (`spring`) or 秋分日 of a year: the day of March or September, by the
/// standard formula ⌊base + 0.242194 (y − 1980) − ⌊(y − 1980) / 4⌋⌋, in exact
/// integers (millionths).
fn equinox_day(year: i32, spring: bool) -> u32 {
    let base: i64 = if spring { 20_843_100 } else { 23_248_800 };
    let y = i64::from(year) - 1980;
    ((base + 242_194 * y) / 1_000_000 - y / 4) as u32
}

/// 海の日・スポーツの日・山の日 of a year as (month, day, name): the 2020 and
/// 2021 dates of the 特別措置法, else 7月第3月曜・10月第2月曜・8月11日.
fn moving_days(y: i32) -> [(u32, u32, &'static str); 3] {
    let monday = |month, n| nth_weekday(y, month, Weekday::Mon, n).map_or(0, |d| d.day());
    let (sea, sports, mountain) = match y {
        2020 => ((7, 23), (7, 24), (8, 10)),
        2021 => ((7, 22), (7, 23), (8, 8)),
        _ => ((7, monday(7, 3)), (10, monday(10, 2)), (8, 11)),
    };
    [(sea.0, sea.1, "海の日"), (sports.0, sports.1, "スポーツの日"), (mountain.0, mountain.1, "山の日")]
}

/// The 国民の祝日 of the law itself on `d` (第2条), without 振替休日・国民の休日.
fn national_day(d: NaiveDate) -> Option<&'static str> {
    let (y, m, day) = (d.year(), d.month(), d.day());
    let monday = |month, n| nth_weekday(y, month, Weekday::Mon, n) == Some(d);
    Some(match (m, day) {
        (1, 1) => "元日",
        (2, 11) => "建国記念の日",
        (2, 23) => "天皇誕生日",
        (4, 29) => "昭和の日",
        (5, 3) => "憲法記念日",
        (5, 4) => "みどりの日",
        (5, 5) => "こどもの日",
        (11, 3) => "文化の日",
        (11, 23) => "勤労感謝の日",
        (3, _) if day == equinox_day(y, true) => "春分の日",
        (9, _) if day == equinox_day(y, false) => "秋分の日",
        (1, _) if monday(1, 2) => "成人の日",
        (9, _) if monday(9, 3) => "敬老の日",
        _ => return moving_days(y).into_iter().find(|(mm, dd, _)| (*mm, *dd) == (m, day)).map(|(_, _, name)| name),
    })
}

/// The 祝日 or 休日 on `d`: a 国民の祝日, a 振替休日 (the first day after a
/// 祝日 on a Sunday that is not itself a 祝日) or a 国民の休日 (a day between
/// two 祝日). `None` on other days and outside [`FIRST_YEAR`]–[`LAST_YEAR`].
pub fn holiday(d: NaiveDate) -> Option<&'static str> {
    if !(FIRST_YEAR..=LAST_YEAR).contains(&d.year()) {
        return None;
    }
    if let Some(name) = national_day(d) {
        return Some(name);
    }
    // 振替休日: walk back over the 祝日 just before; one of them on a Sunday moves here.
    let mut p = d.pred_opt()?;
    while national_day(p).is_some() {
        if p.weekday() == Weekday::Sun {
            return Some("振替休日");
        }
        p = p.pred_opt()?;
    }
    let between = national_day(d.pred_opt()?).is_some() && national_day(d.succ_opt()?).is_some();
    (between && d.weekday() != Weekday::Sun).then_some("国民の休日")
}

/// Every 祝日・休日 of a month, in order.
pub fn holidays_in(month: YearMonth) -> Vec<Holiday> {
    (1..=month.days())
        .filter_map(|day| NaiveDate::from_ymd_opt(month.year, month.month, day))
        .filter_map(|d| holiday(d).map(|name| Holiday { date: crate::engine::date::iso_date(d), name }))
        .collect()
}

#[cfg(test)]
#[path = "tests/holidays.rs"]
mod tests;
