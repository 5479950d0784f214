//! Service months and dates, and their 和暦 (Japanese era) display.

use crate::engine::rows::parse_int;
use chrono::{Datelike, NaiveDate};
use serde::{Serialize, Serializer};
use std::fmt;

/// A calendar month (サービス提供月). Ordered chronologically.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct YearMonth {
    pub year: i32,
    pub month: u32,
}

impl YearMonth {
    pub fn new(year: i32, month: u32) -> Option<Self> {
        ((1..=12).contains(&month) && (1900..=2200).contains(&year)).then_some(Self { year, month })
    }

    pub fn of(date: NaiveDate) -> Self {
        Self { year: date.year(), month: date.month() }
    }

    /// Parses `YYYY-MM` (also accepts `YYYY-MM-DD`, taking its month), and the
    /// forms people type in Japan (see [`iso_form`]): `2024年6月`, `令和6年6月`,
    /// `R6.6`, `2024/6`.
    pub fn parse(s: &str) -> Option<Self> {
        let iso = iso_form(s);
        let s = iso.as_str();
        let mut it = s.splitn(3, '-');
        let y = it.next()?;
        let m = it.next()?;
        if y.len() != 4 || m.is_empty() || m.len() > 2 {
            return None;
        }
        let ym = Self::new(parse_int(y)?, parse_int(m)?)?;
        match it.next() {
            None => Some(ym),
            Some(_) => parse_date(s).map(Self::of),
        }
    }

    pub fn first_day(self) -> NaiveDate {
        // Valid by construction: month is 1..=12 and year within chrono's range.
        NaiveDate::from_ymd_opt(self.year, self.month, 1).unwrap_or(NaiveDate::MIN)
    }

    pub fn next(self) -> Self {
        if self.month == 12 {
            Self { year: self.year + 1, month: 1 }
        } else {
            Self { year: self.year, month: self.month + 1 }
        }
    }

    pub fn prev(self) -> Self {
        if self.month == 1 {
            Self { year: self.year - 1, month: 12 }
        } else {
            Self { year: self.year, month: self.month - 1 }
        }
    }

    /// Number of days in the month (28–31).
    pub fn days(self) -> u32 {
        let next = self.next().first_day();
        (next - self.first_day()).num_days() as u32
    }

    pub fn contains(self, date: NaiveDate) -> bool {
        Self::of(date) == self
    }

    /// `YYYYMM` as a number, the form the data uses for month-valued figures.
    pub fn yyyymm(self) -> i64 {
        self.year as i64 * 100 + self.month as i64
    }

    pub fn from_yyyymm(v: i64) -> Option<Self> {
        Self::new((v / 100) as i32, (v % 100) as u32)
    }

    /// The 年度 (fiscal year, April–March) the month belongs to, as its starting year.
    pub fn fiscal_year(self) -> i32 {
        if self.month >= 4 {
            self.year
        } else {
            self.year - 1
        }
    }

    /// `令和6年4月`.
    pub fn wareki(self) -> String {
        let (era, y) = era_year(self.first_day());
        format!("{era}{}年{}月", era_year_text(y), self.month)
    }

    /// `2024年4月（令和6年4月）`.
    pub fn both(self) -> String {
        format!("{}年{}月（{}）", self.year, self.month, self.wareki())
    }
}

impl fmt::Display for YearMonth {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}

impl Serialize for YearMonth {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// Parses `YYYY-MM-DD` (also `YYYY/MM/DD`).
pub fn parse_date(s: &str) -> Option<NaiveDate> {
    let s = iso_form(s);
    let mut it = s.split('-');
    let y: i32 = parse_int(it.next()?)?;
    let m: u32 = parse_int(it.next()?)?;
    let d: u32 = parse_int(it.next()?)?;
    if it.next().is_some() || !(1900..=2200).contains(&y) {
        return None;
    }
    NaiveDate::from_ymd_opt(y, m, d)
}

/// Rewrites the month and date forms people type in Japan into `Y-M[-D]`, which
/// the parsers above read: `2024年6月3日`, `令和6年6月3日`, `令和元年5月`,
/// `R6.6.3`, `r6/6`, `H31.4`, `2024.6`, `2024/6/3`. Text that is none of these
/// comes back unchanged (trimmed), so the parsers refuse it as before. Browsers
/// without a month picker (Firefox, Safari on macOS) show a plain text box, and
/// a 事業所 types the month the way its 請求書 writes it.
pub fn iso_form(s: &str) -> String {
    let t = s.trim();
    // (era name, its letter, the 西暦 year before its first year)
    const ERAS: [(&str, char, i32); 2] = [("令和", 'R', 2018), ("平成", 'H', 1988)];
    let (base, rest) = ERAS
        .iter()
        .find_map(|(name, letter, base)| {
            t.strip_prefix(name)
                .or_else(|| t.strip_prefix(*letter))
                .or_else(|| t.strip_prefix(letter.to_ascii_lowercase()))
                .map(|rest| (Some(*base), rest))
        })
        .unwrap_or((None, t));
    let mut out = String::new();
    for c in rest.chars() {
        match c {
            '年' | '月' | '.' | '/' | '-' => out.push('-'),
            '日' => {}
            c => out.push(c),
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    match base {
        None => out,
        Some(base) => {
            let (year, tail) = out.split_once('-').unwrap_or((out.as_str(), ""));
            let n = if year == "元" { Some(1) } else { parse_int::<i32>(year) };
            match n {
                Some(n) if (1..=99).contains(&n) && !tail.is_empty() => {
                    format!("{}-{tail}", base + n)
                }
                _ => t.to_string(),
            }
        }
    }
}

/// The era and year within it for a date (明治 to 令和; dates before 明治 fall back to 西暦).
pub fn era_year(d: NaiveDate) -> (&'static str, i32) {
    const ERAS: [(&str, i32, u32, u32); 5] = [
        ("令和", 2019, 5, 1),
        ("平成", 1989, 1, 8),
        ("昭和", 1926, 12, 25),
        ("大正", 1912, 7, 30),
        ("明治", 1868, 1, 25),
    ];
    for (name, y, m, day) in ERAS {
        if let Some(start) = NaiveDate::from_ymd_opt(y, m, day) {
            if d >= start {
                return (name, d.year() - y + 1);
            }
        }
    }
    ("西暦", d.year())
}

fn era_year_text(y: i32) -> String {
    if y == 1 {
        "元".to_string()
    } else {
        y.to_string()
    }
}

/// `令和6年4月1日`.
pub fn wareki_date(d: NaiveDate) -> String {
    let (era, y) = era_year(d);
    format!("{era}{}年{}月{}日", era_year_text(y), d.month(), d.day())
}

/// `2024-04-01` (written here rather than by chrono's `format`, whose
/// pattern interpreter was 17 KB of the WebAssembly module).
pub fn iso_date(d: NaiveDate) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day())
}

/// `2024-04-01（令和6年4月1日）`.
pub fn date_both(d: NaiveDate) -> String {
    format!("{}（{}）", iso_date(d), wareki_date(d))
}

/// `令和6年度`.
pub fn wareki_fiscal_year(fy: i32) -> String {
    match NaiveDate::from_ymd_opt(fy, 4, 1) {
        Some(d) => {
            let (era, y) = era_year(d);
            format!("{era}{}年度", era_year_text(y))
        }
        None => format!("{fy}年度"),
    }
}

/// The first month (4月) of the 年度 that starts in `fy`.
pub fn fiscal_year_first_month(fy: i32) -> Option<YearMonth> {
    YearMonth::new(fy, 4)
}

/// The last month (翌年3月, the month of the 決算) of the 年度 that starts in `fy`.
pub fn fiscal_year_last_month(fy: i32) -> Option<YearMonth> {
    YearMonth::new(fy + 1, 3)
}

/// The months of the 年度 that starts in `fy`, April to March.
pub fn fiscal_year_months(fy: i32) -> Vec<YearMonth> {
    let (Some(first), Some(last)) = (fiscal_year_first_month(fy), fiscal_year_last_month(fy)) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut m = first;
    while m <= last {
        out.push(m);
        m = m.next();
    }
    out
}

/// `2024年度（令和6年度）`.
pub fn fiscal_year_both(fy: i32) -> String {
    format!("{fy}年度（{}）", wareki_fiscal_year(fy))
}

/// Reads a 年度 as typed: `2024`, `2024年度`, `令和6年度`, `令和6`, `R6`, `令和元年度`,
/// `平成30年度`, `H30`. Returns the 西暦 year in which the 年度 starts.
pub fn parse_fiscal_year(text: &str) -> Option<i32> {
    let t = text.trim();
    let t = t.strip_suffix("年度").or_else(|| t.strip_suffix('年')).unwrap_or(t);
    // (era name, its letter, the 西暦 year of its first year)
    const ERAS: [(&str, &str, i32); 2] = [("令和", "R", 2019), ("平成", "H", 1989)];
    for (name, letter, base) in ERAS {
        let rest = t
            .strip_prefix(name)
            .or_else(|| t.strip_prefix(letter))
            .or_else(|| t.strip_prefix(&letter.to_ascii_lowercase()));
        if let Some(rest) = rest {
            let n: i32 = if rest == "元" { 1 } else { parse_int(rest)? };
            return (1..=99).contains(&n).then_some(base + n - 1);
        }
    }
    let y: i32 = parse_int(t)?;
    (t.len() == 4 && (1900..=2199).contains(&y)).then_some(y)
}

/// `"2024-06"` → `"令和6年6月"`; `"2024-06-03"` → `"令和6年6月3日"`; unreadable → `""`.
pub fn wareki_text(text: &str) -> String {
    let t = text.trim();
    if let Some(d) = parse_date(t) {
        return wareki_date(d);
    }
    YearMonth::parse(t).map(|m| m.wareki()).unwrap_or_default()
}

#[cfg(test)]
#[path = "tests/date.rs"]
mod tests;
