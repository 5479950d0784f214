//! Dated, cited figures (OpenFisca-style parameters) and the context that reads them.
//!
//! Every figure lives in `data/*.tsv` with its period (`from`, inclusive `to`),
//! its status (`official` / `secondary` / `missing`), its source and locator.
//! `build.rs` validates the rows and compiles them into [`PARAMS`]. Formulas never
//! hold figures: they ask a [`Ctx`] for a key, and the context answers with the
//! value in force for the service month and its citation, or with a problem that
//! names what is missing or not in force.

use crate::engine::date::YearMonth;
use crate::engine::input::{Raw, Reader};
use crate::engine::problem::{Code, MissingFigure, Problem};
use crate::engine::trace::{Citation, Status};
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use std::collections::BTreeMap;

/// An exact decimal literal from the data (mantissa × 10^-scale).
#[derive(Clone, Copy, Debug)]
pub struct Dec {
    pub mantissa: i64,
    pub scale: u32,
}

impl Dec {
    pub fn to_decimal(self) -> Decimal {
        // build.rs limits the scale to 12 digits, so `new` cannot panic (limit 28).
        Decimal::new(self.mantissa, self.scale.min(28))
    }
}

/// One row of `data/*.tsv`.
#[derive(Debug)]
pub struct ParamRow {
    pub key: &'static str,
    pub from: YearMonth,
    /// Last month in force (inclusive); `None` while no end is known.
    pub to: Option<YearMonth>,
    pub value: Option<Dec>,
    pub unit: &'static str,
    pub status: Status,
    pub source: &'static str,
    pub locator: &'static str,
    pub note: &'static str,
    pub file: &'static str,
}

impl ParamRow {
    pub fn in_force(&self, m: YearMonth) -> bool {
        self.from <= m && self.to.map(|t| m <= t).unwrap_or(true)
    }
    pub fn period(&self) -> String {
        match self.to {
            Some(t) => format!("{}〜{}", self.from.wareki(), t.wareki()),
            None => format!("{}〜", self.from.wareki()),
        }
    }
    pub fn citation(&self) -> Citation {
        let is_url = self.source.starts_with("http");
        let doc = source_doc(self.source);
        Citation {
            document: self.source.to_string(),
            title: match doc {
                Some(d) => d.title.to_string(),
                None if is_url => web_title(self.source, self.status),
                None => self.source.to_string(),
            },
            locator: self.locator.to_string(),
            url: match doc {
                Some(d) => d.url.to_string(),
                None if is_url => self.source.to_string(),
                None => String::new(),
            },
            status: self.status,
        }
    }
}

/// A document figures are cited from (`data/sources.tsv`).
#[derive(Debug)]
pub struct SourceDoc {
    pub id: &'static str,
    pub title: &'static str,
    pub url: &'static str,
}

include!(concat!(env!("OUT_DIR"), "/params.rs"));

/// All figure rows, sorted by key then start month.
pub fn all_rows() -> &'static [ParamRow] {
    PARAMS
}

pub fn all_sources() -> &'static [SourceDoc] {
    SOURCES
}

pub fn source_doc(id: &str) -> Option<&'static SourceDoc> {
    SOURCES.iter().find(|d| d.id == id)
}

/// The document id under which the product's own readings are cited.
pub const PRODUCT_READING: &str = "product-reading";

/// A citation for a document section that is not a figure row (a seed's rule
/// text), or for the product's own reading (`product-reading`).
pub fn cite(document: &str, locator: &str) -> Citation {
    let doc = source_doc(document);
    Citation {
        document: document.to_string(),
        title: doc
            .map(|d| d.title.to_string())
            .unwrap_or_else(|| document.to_string()),
        locator: locator.to_string(),
        url: doc.map(|d| d.url.to_string()).unwrap_or_default(),
        status: if document == PRODUCT_READING {
            Status::Reading
        } else {
            Status::Official
        },
    }
}

fn web_title(url: &str, status: Status) -> String {
    let host = url
        .split("//")
        .nth(1)
        .unwrap_or(url)
        .split('/')
        .next()
        .unwrap_or(url);
    match status {
        Status::Official => format!("{host}（厚生労働省資料の転載）"),
        _ => format!("{host}（二次資料）"),
    }
}

thread_local! {
    /// Keys asked for while [`record_keys`] runs (tests: every key read exists).
    static READ_LOG: std::cell::RefCell<Option<std::collections::BTreeSet<String>>> =
        const { std::cell::RefCell::new(None) };
}

/// Runs `f` and returns every figure key that calculations asked for meanwhile
/// (the `code_health` test checks that each has a row in `data/`).
pub fn record_keys(f: impl FnOnce()) -> std::collections::BTreeSet<String> {
    READ_LOG.with(|l| *l.borrow_mut() = Some(Default::default()));
    f();
    READ_LOG.with(|l| l.borrow_mut().take().unwrap_or_default())
}

fn log_read(key: &str) {
    READ_LOG.with(|l| {
        if let Some(set) = l.borrow_mut().as_mut() {
            set.insert(key.to_string());
        }
    });
}

/// Rows whose key is exactly `key`, oldest first.
pub fn rows_for(key: &str) -> &'static [ParamRow] {
    log_read(key);
    rows_unlogged(key)
}

/// As [`rows_for`], for keys the user sent (not read by a rule).
fn rows_unlogged(key: &str) -> &'static [ParamRow] {
    let start = PARAMS.partition_point(|r| r.key < key);
    let end = start + PARAMS[start..].partition_point(|r| r.key == key);
    &PARAMS[start..end]
}

/// Rows whose key starts with `prefix.`.
pub fn rows_under(prefix: &str) -> &'static [ParamRow] {
    log_read(&format!("{prefix}.*"));
    let p = format!("{prefix}.");
    let start = PARAMS.partition_point(|r| r.key < p.as_str());
    let end = start + PARAMS[start..].partition_point(|r| r.key.starts_with(p.as_str()));
    &PARAMS[start..end]
}

/// Figures supplied by the user for figures the product lacks (or holds only
/// from a secondary source), keyed like the data.
pub type UserFigures = BTreeMap<String, Decimal>;

/// A figure in force, with where it comes from.
#[derive(Clone, Debug)]
pub struct Figure {
    pub key: String,
    pub value: Decimal,
    pub unit: &'static str,
    pub label: String,
    pub citation: Citation,
}

impl Figure {
    /// The value as an integer. A fraction here is the user's mistake when the
    /// user entered the figure (named on its field), and a data error otherwise.
    pub fn int(&self) -> Result<i64, Problem> {
        let whole = self.value.fract().is_zero();
        match (self.value.to_i64(), self.citation.status) {
            (Some(v), _) if whole => Ok(v),
            (_, Status::User) => Err(Problem::invalid(
                format!("user_figures.{}", self.key),
                format!(
                    "「{}」は整数で入力してください（入力: {}）。",
                    self.label, self.value
                ),
            )),
            (Some(_), _) => Err(data_error(&self.key, "整数であるべき値に端数があります")),
            (None, _) => Err(data_error(&self.key, "整数に変換できません")),
        }
    }
}

/// The band an amount falls in (`band(prefix, x)`).
#[derive(Clone, Debug)]
pub struct Band {
    /// The last part of the key (`6-7h`, `cap-21-30`).
    pub id: String,
    pub lower: Decimal,
    pub exclusive: bool,
    pub label: String,
    pub citation: Citation,
}

fn data_error(key: &str, what: &str) -> Problem {
    Problem::data_error(key, what)
}

crate::rule!(pub HORIZON = "dataset.verified_through", "収録範囲（この月より後は計算しない）", source "本製品のデータ（data/dataset.tsv）", fn new, keys ["dataset.verified_through"]);

/// The engine's own provisions.
pub static RULES: &[&crate::engine::rules::Rule] = &[&HORIZON];

/// What every calculation reads figures through: the service month and the
/// figures the user supplied.
#[derive(Clone, Debug)]
pub struct Ctx<'a> {
    pub month: YearMonth,
    /// The request field that holds the month, named in "not in force" problems.
    pub month_field: &'a str,
    pub user: &'a UserFigures,
}

impl<'a> Ctx<'a> {
    /// A context for `month`, refusing months past the data's horizon.
    pub fn new(
        month: YearMonth,
        month_field: &'a str,
        user: &'a UserFigures,
    ) -> Result<Self, Problem> {
        let ctx = Self {
            month,
            month_field,
            user,
        };
        if let Some(row) = rows_for("dataset.verified_through")
            .iter()
            .find(|r| r.in_force(month))
        {
            if let Some(last) = row
                .value
                .and_then(|v| v.to_decimal().to_i64())
                .and_then(YearMonth::from_yyyymm)
            {
                if month > last {
                    return Err(Problem::new(
                        Code::NotInForce,
                        month_field,
                        format!(
                            "{}は収録範囲外です。この計算機は{}までを収録しています（{}）。",
                            month.both(),
                            last.wareki(),
                            row.note
                        ),
                    ));
                }
            }
        }
        Ok(ctx)
    }

    fn not_in_force(&self, label: &str, rows: &[ParamRow]) -> Problem {
        let periods: Vec<String> = rows.iter().map(|r| r.period()).collect();
        Problem::new(
            Code::NotInForce,
            self.month_field,
            format!(
                "{}は{}には適用されません（適用期間: {}）。",
                label,
                self.month.both(),
                periods.join("、")
            ),
        )
    }

    fn missing(&self, key: &str, label: &str, unit: &str, row: Option<&ParamRow>) -> Problem {
        let where_to_find = row
            .map(|r| {
                let c = r.citation();
                format!("{} {}", c.title, c.locator).trim().to_string()
            })
            .unwrap_or_default();
        let mut p = Problem::new(
            Code::MissingFigure,
            format!("user_figures.{key}"),
            format!(
                "「{label}」（{}）はこの計算機に未登録です。お手元のサービスコード表等の値を入力すると計算できます。",
                self.month.wareki()
            ),
        );
        p.figure = Some(Box::new(MissingFigure {
            key: key.to_string(),
            label: label.to_string(),
            unit: unit.to_string(),
            where_to_find,
        }));
        p
    }

    /// The rule `rule.<id>` in force this month, as a citation; or "not in force".
    pub fn rule(&self, id: &str) -> Result<Citation, Problem> {
        let key = format!("rule.{id}");
        let rows = rows_for(&key);
        match rows.iter().find(|r| r.in_force(self.month)) {
            Some(r) => Ok(r.citation()),
            None if rows.is_empty() => Err(data_error(&key, "規則が登録されていません")),
            None => Err(self.not_in_force(rows[0].note, rows)),
        }
    }

    /// The figure `key` in force this month.
    ///
    /// A `missing` figure (or one with no row at all) is taken from the user's
    /// figures when given, and is otherwise a [`Code::MissingFigure`] problem. A
    /// `secondary` figure may also be replaced by the user's value. An `official`
    /// figure is never replaced.
    pub fn figure(&self, key: &str) -> Result<Figure, Problem> {
        self.figure_labelled(key, None)
    }

    /// As [`Ctx::figure`], with the label to use when the key has no row at all.
    pub fn figure_labelled(
        &self,
        key: &str,
        fallback_label: Option<&str>,
    ) -> Result<Figure, Problem> {
        let rows = rows_for(key);
        let label = rows
            .iter()
            .find(|r| r.in_force(self.month))
            .or(rows.last())
            .map(|r| r.note.to_string())
            .or_else(|| fallback_label.map(str::to_string))
            .unwrap_or_else(|| key.to_string());
        let row = rows.iter().find(|r| r.in_force(self.month));
        if row.is_none() && !rows.is_empty() {
            // The figure exists for other periods only: the rule is not in force.
            return Err(self.not_in_force(&label, rows));
        }
        match row {
            Some(r) if r.status == Status::Official => match r.value {
                Some(v) => Ok(Figure {
                    key: key.to_string(),
                    value: v.to_decimal(),
                    unit: r.unit,
                    label,
                    citation: r.citation(),
                }),
                None => Err(data_error(key, "値がありません")),
            },
            Some(r) => match (self.user.get(key), r.value) {
                (Some(u), _) => Ok(self.user_figure(key, &label, r.unit, *u)),
                (None, Some(v)) => Ok(Figure {
                    key: key.to_string(),
                    value: v.to_decimal(),
                    unit: r.unit,
                    label,
                    citation: r.citation(),
                }),
                (None, None) => Err(self.missing(key, &label, r.unit, Some(r))),
            },
            None => match self.user.get(key) {
                Some(u) => Ok(self.user_figure(key, &label, "", *u)),
                None => Err(self.missing(key, &label, "", None)),
            },
        }
    }

    fn user_figure(&self, key: &str, label: &str, unit: &'static str, v: Decimal) -> Figure {
        Figure {
            key: key.to_string(),
            value: v,
            unit,
            label: label.to_string(),
            citation: Citation {
                document: "user".to_string(),
                title: "利用者が入力した値（お手元のサービスコード表等）".to_string(),
                // The field the user typed it in, by its label (never the key).
                locator: format!("「{label}」の欄"),
                url: String::new(),
                status: Status::User,
            },
        }
    }

    /// An integer figure (units, yen, minutes).
    pub fn int(&self, key: &str) -> Result<(i64, Citation), Problem> {
        let f = self.figure(key)?;
        Ok((f.int()?, f.citation))
    }

    /// The band under `prefix` that `x` falls in: the greatest lower bound that
    /// `x` satisfies (`min_incl`: x ≥ bound; `min_excl`: x > bound; at equal
    /// bounds the exclusive one is the narrower and wins).
    pub fn band(&self, prefix: &str, x: Decimal) -> Result<Band, Problem> {
        let rows = rows_under(prefix);
        let live: Vec<&ParamRow> = rows.iter().filter(|r| r.in_force(self.month)).collect();
        if live.is_empty() {
            return Err(match rows.first() {
                Some(_) => self.not_in_force(&format!("{prefix}の区分"), rows),
                None => data_error(prefix, "区分が登録されていません"),
            });
        }
        let mut best: Option<(&ParamRow, Decimal, bool)> = None;
        for r in live {
            let Some(v) = r.value else { continue };
            let lower = v.to_decimal();
            let exclusive = r.unit == "min_excl";
            let ok = if exclusive { x > lower } else { x >= lower };
            if !ok {
                continue;
            }
            let better = match best {
                None => true,
                Some((_, bl, be)) => lower > bl || (lower == bl && exclusive && !be),
            };
            if better {
                best = Some((r, lower, exclusive));
            }
        }
        match best {
            Some((r, lower, exclusive)) => Ok(Band {
                id: r.key[prefix.len() + 1..].to_string(),
                lower,
                exclusive,
                label: r.note.to_string(),
                citation: r.citation(),
            }),
            None => Err(Problem::new(
                Code::OutOfRange,
                "",
                format!("{x}はどの区分にも該当しません（{prefix}）。"),
            )),
        }
    }
}

/// What a figure of a unit may be, when a user or a figure set supplies it:
/// (least, most, whole numbers only). `None`: not a figure anyone supplies
/// (a band's bound, a rule, a month).
pub fn unit_bounds(key: &str, unit: &str) -> Option<(Decimal, Decimal, bool)> {
    let d = |n: i64| Decimal::from(n);
    // A few keys are narrower than their unit.
    if key.starts_with("money.grade.") {
        return Some((d(0), d(7), true));
    }
    Some(match unit {
        "units_per_day" | "units_per_time" => (d(0), d(20_000), true),
        "units_per_month" | "units" => (d(0), d(1_000_000), true),
        "yen" | "yen_per_month" | "yen_per_day" => (d(0), d(1_000_000_000), true),
        "yen_per_m2" => (d(0), d(10_000_000), true),
        // 1単位の単価: 10円 (その他) to the highest 上乗せ, never beyond 12円.
        "yen_per_unit" => (d(10), d(12), false),
        "rate" => (d(0), d(1), false),
        "percent" => (d(0), d(100), false),
        "minutes" => (d(0), d(24 * 60), true),
        "hours" => (d(0), d(24), false),
        "days" => (d(0), d(366), true),
        "months" => (d(0), d(1_200), true),
        "years" => (d(0), d(100), true),
        "count" | "persons" => (d(0), d(1_000_000), true),
        "points" => (d(0), d(10_000), false),
        _ => return None,
    })
}

/// A user- or set-supplied value checked against its unit's bounds; the
/// message names the figure in Japanese.
pub fn check_supplied(
    key: &str,
    label: &str,
    unit: &str,
    v: Decimal,
    field: &str,
) -> Result<Decimal, Problem> {
    let Some((lo, hi, whole)) = unit_bounds(key, unit) else {
        return Err(Problem::invalid(
            field,
            format!("「{label}」は入力で与えられる値ではありません。"),
        ));
    };
    if whole && !v.fract().is_zero() {
        return Err(Problem::invalid(
            field,
            format!("「{label}」は整数で入力してください（入力: {v}）。"),
        ));
    }
    if v < lo || v > hi {
        return Err(Problem::out_of_range(
            field,
            format!("「{label}」は{lo}以上{hi}以下で入力してください（入力: {v}）。"),
        ));
    }
    Ok(v)
}

/// Validates the user figures: known keys, decimal values within their unit's bounds.
pub fn read_user_figures(r: &mut Reader, raw: &BTreeMap<String, Raw>) -> UserFigures {
    let mut out = UserFigures::new();
    for (k, v) in raw {
        if v.is_blank() {
            continue;
        }
        let field = format!("user_figures.{k}");
        let rows = rows_unlogged(k);
        let Some(row) = rows.last() else {
            let shown = crate::engine::input::excerpt(k);
            r.problems.push(Problem::bad_request(
                if k.trim().is_empty() {
                    "user_figures".to_string()
                } else {
                    field
                },
                if k.trim().is_empty() {
                    "利用者が入力した値に、名前（キー）のないものがあります。".to_string()
                } else {
                    format!("「{shown}」という値は本製品に登録されていません。")
                },
            ));
            continue;
        };
        let label = row.note;
        if let Some(Some(d)) = r.opt_number(v, &field, label, Decimal::MIN, Decimal::MAX) {
            match check_supplied(k, label, row.unit, d, &field) {
                Ok(d) => {
                    out.insert(k.clone(), d);
                }
                Err(p) => r.problems.push(p),
            }
        }
    }
    out
}

#[cfg(test)]
#[path = "tests/params.rs"]
mod tests;
