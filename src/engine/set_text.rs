//! Figure sets as the pages handle them: a set checked when it is loaded (its
//! summary, its problems by line and column, the rows an official figure
//! overrides), and the figures a user typed saved as a set — the same text
//! format as `data/*.tsv`, so that a colleague can load it.

use crate::engine::date::{fiscal_year_first_month, fiscal_year_last_month};
use crate::engine::input::{Raw, Reader};
use crate::engine::params::{check_supplied, registered_unit, rows_unlogged_for};
use crate::engine::problem::{Problem, Problems};
use crate::engine::rows::COLUMNS;
use crate::engine::sets::{FigureSet, SetRow, SetSummary};
use serde::Serialize;

/// What a page is told about a set it loaded.
#[derive(Clone, Debug, Serialize)]
pub struct SetCheck {
    /// True when the set can be used (it may still have `notices`).
    pub ok: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub set: Option<SetSummary>,
    /// Why it cannot be used: each bad row by line and column.
    pub problems: Vec<Problem>,
    /// Rows that an official figure of the product overrides (not used).
    pub notices: Vec<Problem>,
}

/// Checks a set's text (`name`: how to call it; its title when absent).
pub fn check(name: Option<&str>, text: &str) -> SetCheck {
    match FigureSet::parse(name, text, "text") {
        Ok(set) => {
            SetCheck { ok: true, notices: set.conflicts("text"), set: Some(set.summary()), problems: Vec::new() }
        }
        Err(problems) => SetCheck { ok: false, set: None, problems, notices: Vec::new() },
    }
}

/// The header of a set saved from typed figures.
#[derive(Clone, Debug, Default, Serialize)]
pub struct SetHeader {
    pub title: String,
    pub publisher: String,
    /// `YYYY-MM-DD`.
    pub date: String,
    pub url: String,
}
crate::decode_fields! { SetHeader lenient { title, publisher, date, url } }

/// A figure typed by the user, for the month it was asked for.
#[derive(Clone, Debug, Default, Serialize)]
pub struct TypedFigure {
    pub key: String,
    /// As typed (`620`, `０．０５１`).
    pub value: Raw,
    /// The service month it was asked for (`2026-11`).
    pub month: String,
}
crate::decode_fields! { TypedFigure lenient { key, value, month } }

/// A row's text (`YYYY-MM` months, the value as written).
fn row_line(r: &SetRow) -> String {
    let to = r.to.map(|t| t.to_string()).unwrap_or_default();
    let value = r.value.map(|v| v.normalize().to_string()).unwrap_or_default();
    [r.key.as_str(), &r.from.to_string(), &to, &value, &r.unit, &r.declared, &r.source, &r.locator, &r.note].join("\t")
}

/// A set's whole text: its header comments, the column names, the rows.
pub fn text_of(h: &SetHeader, rows: &[SetRow]) -> String {
    let clean = |s: &str| s.replace(['\t', '\r', '\n'], " ");
    let mut out =
        format!("# title: {}\n# publisher: {}\n# date: {}\n", clean(&h.title), clean(&h.publisher), clean(&h.date));
    if !h.url.trim().is_empty() {
        out.push_str(&format!("# url: {}\n", clean(&h.url)));
    }
    out.push_str(&COLUMNS.join("\t"));
    out.push('\n');
    for r in rows {
        out.push_str(&row_line(r));
        out.push('\n');
    }
    out
}

/// The row a typed figure becomes: the period of the product's row it fills
/// (the 年度 of the month when the product has none then), its unit and label.
fn typed_row(r: &mut Reader, f: &TypedFigure, i: usize) -> Option<SetRow> {
    let field = format!("figures[{i}].value");
    let rows = rows_unlogged_for(&f.key);
    let Some(unit) = registered_unit(&f.key) else {
        r.problems.push(Problem::bad_request(
            format!("figures[{i}].key"),
            format!("「{}」という値は本製品に登録されていません。", crate::engine::input::excerpt(&f.key)),
        ));
        return None;
    };
    let month = r.month(&Raw::text(&f.month), &format!("figures[{i}].month"), "月")?;
    let label = rows.last().map(|x| x.note).unwrap_or("");
    let v = r.number(&f.value, &field, label, rust_decimal::Decimal::MIN, rust_decimal::Decimal::MAX)?;
    let v = r.problems.take(check_supplied(&f.key, label, unit, v, &field))?;
    let live = rows.iter().find(|x| x.in_force(month));
    let (from, to) = match live {
        Some(x) => (x.from, x.to),
        None => (fiscal_year_first_month(month.fiscal_year())?, fiscal_year_last_month(month.fiscal_year())),
    };
    let place = live
        .map(|x| {
            let c = x.citation();
            format!("{} {}", c.title, c.locator)
        })
        .unwrap_or_default();
    Some(SetRow {
        key: f.key.clone(),
        from,
        to,
        value: Some(v),
        unit: unit.to_string(),
        declared: "secondary".to_string(),
        source: "利用者が入力した値（お手元のサービスコード表等）".to_string(),
        locator: format!("この端末で入力（本来の出典: {}）", place.trim()).replace(['\t', '\n', '\r'], " "),
        note: label.to_string(),
        line: 0,
    })
}

/// Saves typed figures into a set (`existing`, or a new one with `header`;
/// the header's blank fields keep the existing set's):
/// a figure replaces the rows of its key whose period meets its own. The
/// text is read back with the set's own rules before it is returned.
pub fn save(existing: Option<&str>, header: &SetHeader, figures: &[TypedFigure]) -> Result<String, Vec<Problem>> {
    let (mut rows, header) = match existing.filter(|t| !t.trim().is_empty()) {
        Some(text) => {
            let old = FigureSet::parse(None, text, "existing")?;
            let keep = |given: &str, old: String| {
                if given.trim().is_empty() {
                    old
                } else {
                    given.to_string()
                }
            };
            let h = SetHeader {
                title: keep(&header.title, old.title),
                publisher: keep(&header.publisher, old.publisher),
                date: keep(&header.date, old.date),
                url: keep(&header.url, old.url),
            };
            (old.rows, h)
        }
        None => (Vec::new(), header.clone()),
    };
    let mut ps = Problems::new();
    let mut r = Reader::new(&mut ps);
    let new: Vec<SetRow> = figures.iter().enumerate().filter_map(|(i, f)| typed_row(&mut r, f, i)).collect();
    if !ps.is_empty() {
        return Err(ps.into_vec());
    }
    let meets =
        |a: &SetRow, b: &SetRow| a.key == b.key && a.to.is_none_or(|t| b.from <= t) && b.to.is_none_or(|t| a.from <= t);
    rows.retain(|old| !new.iter().any(|n| meets(old, n)));
    rows.extend(new);
    crate::engine::sets::sort_rows(&mut rows);
    let text = text_of(&header, &rows);
    FigureSet::parse(None, &text, "text")?;
    Ok(text)
}
