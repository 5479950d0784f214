//! Figure sets (資料セット): the figures a city or an office brings in, in
//! the same row shape as `data/*.tsv` (`key, from, to, value, unit, status,
//! source, locator, note`) under a header naming the set (`# title: …`,
//! `# publisher: …`, `# date: …`, `# url: …`).
//!
//! A set is read by the same reader and validator as the product's data
//! ([`crate::engine::rows`]): known keys in their registered unit, exact
//! decimals within the unit's bounds, periods that never overlap inside the
//! set, a source and a locator on every row. Each bad row is answered with a
//! Japanese problem naming its line and column.
//!
//! What a set may do is decided where figures are read ([`Ctx::figure`]): it
//! fills a `missing` figure, extends a key past the product's last month,
//! replaces a `secondary` figure (the step names the value it replaced) — and
//! never replaces an `official` one (the conflict is reported, the official
//! value used). Its figures are always cited as 資料セット, whatever status the
//! set declares for them.
//!
//! [`Ctx::figure`]: crate::engine::params::Ctx::figure

use crate::engine::date::{wareki_fiscal_year, YearMonth};
use crate::engine::limits::MAX_SET_TEXT_CHARS;
use crate::engine::params::{registered_unit, rows_unlogged_for, unit_bounds};
use crate::engine::problem::{Code, Problem, TextAt};
use crate::engine::rows::{self, Policy, Row, RowError};
use crate::engine::trace::{thousands, Citation, Status};
use rust_decimal::Decimal;
use serde::Serialize;

/// The most problems answered for one set (the rest are counted).
pub const MAX_SET_PROBLEMS: usize = 100;

/// One row of a set, as validated.
#[derive(Clone, Debug)]
pub struct SetRow {
    pub key: String,
    pub from: YearMonth,
    pub to: Option<YearMonth>,
    /// `None` for a rule row (unit `rule`).
    pub value: Option<Decimal>,
    pub unit: String,
    /// The status the set declares (`official` / `secondary`): shown, never trusted.
    pub declared: String,
    pub source: String,
    pub locator: String,
    pub note: String,
    pub line: usize,
}

impl SetRow {
    pub fn in_force(&self, m: YearMonth) -> bool {
        self.from <= m && self.to.is_none_or(|t| m <= t)
    }
}

/// A figure set as validated: its header and its rows, sorted by key and month.
#[derive(Clone, Debug)]
pub struct FigureSet {
    /// How the set is named in citations and problems (the request's `name`, else its title).
    pub name: String,
    pub title: String,
    pub publisher: String,
    pub date: String,
    pub url: String,
    pub rows: Vec<SetRow>,
}

/// What a page shows of a set it loaded.
#[derive(Clone, Debug, Serialize)]
pub struct SetSummary {
    pub name: String,
    pub title: String,
    pub publisher: String,
    pub date: String,
    pub url: String,
    /// Rows in the set.
    pub rows: usize,
    /// Distinct keys.
    pub keys: usize,
    /// The first and last months its rows cover (`to` empty when open-ended).
    pub from: Option<String>,
    pub to: Option<String>,
    /// 年度 labels its rows reach into (`令和8年度`).
    pub fiscal_years: Vec<String>,
}

/// Whether a supplied value is within what its unit allows.
fn value_ok(key: &str, unit: &str, (m, scale): (i64, u32)) -> Result<(), String> {
    if unit == "rule" {
        return Ok(());
    }
    let Some((lo, hi, whole)) = unit_bounds(key, unit) else {
        return Err(format!(
            "単位「{unit}」の値は資料セットでは与えられません（区分の境目と収録範囲は本製品のデータだけで定めます）。"
        ));
    };
    let v = Decimal::try_new(m, scale).map_err(|_| "値を読めません。".to_string())?;
    if whole && !crate::engine::rounding::is_whole(v) {
        return Err(format!("値「{v}」は整数で書いてください。"));
    }
    if v < lo || v > hi {
        return Err(format!("値「{v}」は{lo}以上{hi}以下にしてください。"));
    }
    Ok(())
}

fn key_unit(key: &str) -> Option<String> {
    registered_unit(key).map(str::to_string)
}

fn any_source(s: &str) -> bool {
    !s.trim().is_empty()
}

/// The policy of a set: known keys in their unit, bounded values, a header,
/// a locator on every row; any named source.
pub fn policy() -> Policy<'static> {
    Policy { set: true, source_known: &any_source, key_unit: &key_unit, value_ok: &value_ok }
}

/// Rows in the order of the product's tables: by key, then start month.
pub(crate) fn sort_rows(rows: &mut Vec<SetRow>) {
    rows::sort_stable_by(rows, |a, b| (&a.key, a.from).cmp(&(&b.key, b.from)));
}

/// A problem of the set's text at `e`'s line and column.
fn row_problem(name: &str, field: &str, e: &RowError) -> Problem {
    let mut p = Problem::new(Code::Invalid, field, format!("資料セット「{name}」{}", e.text()));
    p.at = Some(TextAt { line: e.line as u32, column: e.column as u32 });
    p
}

fn month(m: rows::Month) -> Option<YearMonth> {
    YearMonth::new(m.0, m.1)
}

fn set_row(r: Row) -> Option<SetRow> {
    let value = match r.value {
        Some((m, s)) => Some(Decimal::try_new(m, s).ok()?),
        None => None,
    };
    Some(SetRow {
        key: r.key,
        from: month(r.from)?,
        to: match r.to {
            Some(t) => Some(month(t)?),
            None => None,
        },
        value,
        unit: r.unit,
        declared: r.status,
        source: r.source,
        locator: r.locator,
        note: r.note,
        line: r.line,
    })
}

/// Problems beyond [`MAX_SET_PROBLEMS`] are counted in one more.
fn capped(name: &str, field: &str, mut ps: Vec<Problem>) -> Vec<Problem> {
    if ps.len() > MAX_SET_PROBLEMS {
        let rest = ps.len() - MAX_SET_PROBLEMS;
        ps.truncate(MAX_SET_PROBLEMS);
        ps.push(Problem::invalid(
            field,
            format!("資料セット「{name}」には、ほかに{}件の問題があります。", thousands(rest as i64)),
        ));
    }
    ps
}

impl FigureSet {
    /// Reads and validates a set (`name`: how to call it; its title when absent).
    /// `field` is the request field holding the text (`figure_sets[0].text`).
    pub fn parse(name: Option<&str>, text: &str, field: &str) -> Result<Self, Vec<Problem>> {
        let shown = name.filter(|n| !n.trim().is_empty()).unwrap_or("（名前なし）");
        let n = text.chars().count();
        if n > MAX_SET_TEXT_CHARS {
            return Err(vec![Problem::out_of_range(
                field,
                format!(
                    "資料セット「{shown}」が長すぎます（{}文字まで、{}文字）。",
                    thousands(MAX_SET_TEXT_CHARS as i64),
                    thousands(n as i64)
                ),
            )]);
        }
        let (table, errors) = rows::read(text, &policy());
        let title = table.header.get("title").cloned().unwrap_or_default();
        let name = name.filter(|n| !n.trim().is_empty()).map(str::to_string).unwrap_or_else(|| title.clone());
        if !errors.is_empty() {
            let ps = errors.iter().map(|e| row_problem(&name, field, e)).collect();
            return Err(capped(&name, field, ps));
        }
        let mut rows: Vec<SetRow> = table.rows.into_iter().filter_map(set_row).collect();
        sort_rows(&mut rows);
        let h = |k: &str| table.header.get(k).cloned().unwrap_or_default();
        Ok(Self { name, title, publisher: h("publisher"), date: h("date"), url: h("url"), rows })
    }

    /// The row of `key` in force in `m`, if the set has one.
    pub fn row(&self, key: &str, m: YearMonth) -> Option<&SetRow> {
        let start = self.rows.partition_point(|r| r.key.as_str() < key);
        self.rows[start..].iter().take_while(|r| r.key == key).find(|r| r.in_force(m))
    }

    /// Where a row of the set is cited: the set, the row's own source and place.
    pub fn citation(&self, r: &SetRow) -> Citation {
        let declared = match r.declared.as_str() {
            "official" => "公的資料",
            _ => "二次資料",
        };
        Citation {
            document: format!("set:{}", self.name),
            title: format!("資料セット「{}」（{}、{}）", self.name, self.publisher, self.date),
            locator: format!("{} {}（{}行目、資料セットの記載: {declared}）", r.source, r.locator, r.line),
            url: if rows::is_url(&r.source) { r.source.clone() } else { self.url.clone() },
            status: Status::Set,
            remark: None,
        }
    }

    /// The rows that meet an `official` figure of the product with another
    /// value: reported, and never used (the official value is).
    pub fn conflicts(&self, field: &str) -> Vec<Problem> {
        let mut out = Vec::new();
        for r in &self.rows {
            let Some(v) = r.value else { continue };
            for p in rows_unlogged_for(&r.key) {
                let meets = r.to.is_none_or(|t| p.from <= t) && p.to.is_none_or(|t| r.from <= t);
                match p.value.map(|pv| pv.to_decimal()) {
                    Some(pv) if meets && p.status == Status::Official && pv != v => {
                        out.push(conflict(self, r, v, pv, &p.period(), field));
                    }
                    _ => {}
                }
            }
        }
        out
    }

    pub fn summary(&self) -> SetSummary {
        // As `dedup` counts them: one key per run of equal keys.
        let keys = self.rows.iter().zip(self.rows.iter().skip(1)).filter(|(a, b)| a.key != b.key).count()
            + usize::from(!self.rows.is_empty());
        let from = self.rows.iter().map(|r| r.from).min();
        let open = self.rows.iter().any(|r| r.to.is_none());
        let to = if open { None } else { self.rows.iter().filter_map(|r| r.to).max() };
        // An open-ended row reaches the data's horizon.
        let horizon = crate::engine::params::horizon();
        let mut years: Vec<i32> = Vec::new();
        for r in &self.rows {
            let last = r.to.unwrap_or(horizon.max(r.from)).fiscal_year();
            years.extend(r.from.fiscal_year()..=last.max(r.from.fiscal_year()));
        }
        crate::engine::rows::sort_stable_by(&mut years, |a, b| a.cmp(b));
        let mut fiscal_years: Vec<String> = Vec::new();
        let mut last = None;
        for y in years {
            if last != Some(y) {
                fiscal_years.push(wareki_fiscal_year(y));
                last = Some(y);
            }
        }
        SetSummary {
            name: self.name.clone(),
            title: self.title.clone(),
            publisher: self.publisher.clone(),
            date: self.date.clone(),
            url: self.url.clone(),
            rows: self.rows.len(),
            keys,
            from: from.map(|m| m.to_string()),
            to: to.map(|m| m.to_string()),
            fiscal_years,
        }
    }
}

/// A set's row that an official figure overrides.
fn conflict(set: &FigureSet, r: &SetRow, v: Decimal, official: Decimal, period: &str, field: &str) -> Problem {
    let mut p = Problem::inconsistent(
        field,
        format!(
            "資料セット「{}」{}行目: 「{}」の値 {} は公的資料の値 {}（{period}）と異なります。公的資料の値を使います。",
            set.name, r.line, r.note, v, official
        ),
    );
    p.at = Some(TextAt { line: r.line as u32, column: 4 });
    p
}

#[cfg(test)]
#[path = "tests/sets.rs"]
mod tests;
