//! Who is in the home on the first day of the month (the counting day of every
//! item but 運営基本費), and each resident's 在籍日数 (運営基本費の日割り).
//! 資料4 第6節 4: 「入居者数（月の初日時点）」「在籍日数」.

use super::input::Resident;
use crate::engine::date::YearMonth;
use chrono::{Datelike, NaiveDate};

/// A resident's stay in the month.
#[derive(Clone, Copy, Debug)]
pub struct Stay {
    /// In the home on the first day of the month.
    pub on_first: bool,
    /// 在籍日数: the days from 入居日 to 退居日, both counted, within the month.
    pub days: u32,
}

/// The month's last day.
fn last_day(month: YearMonth) -> NaiveDate {
    // The next month's first day exists for every month a request can name (1900–2200).
    let next = month.next().first_day();
    next.pred_opt().unwrap_or(next)
}

/// The stay of `x` in `month`.
pub fn stay(x: &Resident, month: YearMonth) -> Stay {
    let first = month.first_day();
    let last = last_day(month);
    let on_first = x.move_in.is_none_or(|d| d <= first) && x.move_out.is_none_or(|d| d >= first);
    let a = x.move_in.map_or(first, |d| d.max(first));
    let b = x.move_out.map_or(last, |d| d.min(last));
    // a and b are days of the same month: the count is their day numbers' distance.
    let days = if b >= a { b.day() - a.day() + 1 } else { 0 };
    Stay { on_first, days }
}

/// Residents under contract on the first day (体験利用を除く).
pub fn contracted<'a>(residents: &'a [Resident], stays: &'a [Stay]) -> impl Iterator<Item = &'a Resident> {
    residents.iter().zip(stays).filter(|(x, s)| s.on_first && !x.trial).map(|(x, _)| x)
}
