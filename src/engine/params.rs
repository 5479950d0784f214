//! Dated, cited figures (OpenFisca-style parameters) and the context that reads them.
//!
//! Every figure lives in `data/*.tsv` with its period (`from`, inclusive `to`),
//! its status (`official` / `secondary` / `missing`), its source and locator.
//! `build.rs` validates the rows and compiles them into this build's table
//! ([`all_rows`]: every row, or an area module's own). Formulas never
//! hold figures: they ask a [`Ctx`] for a key, and the context answers with the
//! value in force for the service month and its citation, or with a problem that
//! names what is missing or not in force.

use crate::engine::date::{fiscal_year_both, fiscal_year_first_month, wareki_fiscal_year, YearMonth};
use crate::engine::input::{Raw, Reader};
use crate::engine::map::{KeyMap, KeySet};
use crate::engine::problem::{Code, MissingFigure, Problem};
use crate::engine::sets::{FigureSet, SetRow};
use crate::engine::trace::{Citation, Status};
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use std::cell::RefCell;
use std::rc::Rc;

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
            status: if self.source == PRODUCT_READING { Status::Reading } else { self.status },
            remark: None,
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

/// The rows, read once from the generated text on first use.
static PARAMS: std::sync::OnceLock<Vec<ParamRow>> = std::sync::OnceLock::new();

/// All figure rows of this build, sorted by key then start month.
pub fn all_rows() -> &'static [ParamRow] {
    PARAMS.get_or_init(read_rows)
}

/// The generated text's rows. Its keys and notes are written against the
/// previous row's (`rows::key_written`, `note_written`): each is spelt out
/// once and kept for the rest of the run, as the text itself is.
fn read_rows() -> Vec<ParamRow> {
    let mut rows: Vec<ParamRow> = Vec::new();
    for line in ROWS_TEXT.lines() {
        let (key, note) = rows.last().map_or(("", ""), |r| (r.key, r.note));
        if let Some(row) = read_row(line, key, note) {
            rows.push(row);
        }
    }
    rows
}

/// One line of the generated text (written by `build.rs` from rows it has
/// validated: a line that does not read is a build error, caught by the
/// test that every row is read), after the row `prev_key` and `prev_note` are of.
fn read_row(line: &'static str, prev_key: &str, prev_note: &str) -> Option<ParamRow> {
    let mut c = line.split('\t');
    let key: &'static str = crate::engine::rows::key_read(prev_key, c.next()?).leak();
    let mut month = || -> Option<Option<YearMonth>> {
        match c.next()? {
            "" => Some(None),
            t => YearMonth::from_yyyymm(t.parse().ok()?).map(Some),
        }
    };
    let (from, to) = (month()??, month()?);
    let value = match c.next()? {
        "" => None,
        v => {
            let (m, s) = v.split_once('/')?;
            Some(Dec { mantissa: m.parse().ok()?, scale: crate::engine::rows::parse_int(s)? })
        }
    };
    let (unit, status) = (c.next()?, c.next()?);
    let status = match status {
        "official" => Status::Official,
        "secondary" => Status::Secondary,
        _ => Status::Missing,
    };
    let (source, locator) = (c.next()?, c.next()?);
    let note: &'static str = crate::engine::rows::note_read(prev_note, c.next()?).leak();
    Some(ParamRow { key, from, to, value, unit, status, source, locator, note })
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
        title: doc.map(|d| d.title.to_string()).unwrap_or_else(|| document.to_string()),
        locator: locator.to_string(),
        url: doc.map(|d| d.url.to_string()).unwrap_or_default(),
        status: if document == PRODUCT_READING { Status::Reading } else { Status::Official },
        remark: None,
    }
}

fn web_title(url: &str, status: Status) -> String {
    let rest = crate::engine::rows::split_text(url, "//").map_or(url, |(_, after)| after);
    let host = rest.split('/').next().unwrap_or(rest);
    match status {
        Status::Official => format!("{host}（厚生労働省資料の転載）"),
        _ => format!("{host}（二次資料）"),
    }
}

thread_local! {
    /// Keys asked for while [`record_keys`] runs (tests: every key read exists).
    static READ_LOG: std::cell::RefCell<Option<KeySet>> =
        const { std::cell::RefCell::new(None) };
}

/// Runs `f` and returns every figure key that calculations asked for meanwhile
/// (the `code_health` test checks that each has a row in `data/`).
pub fn record_keys(f: impl FnOnce()) -> std::collections::BTreeSet<String> {
    READ_LOG.with(|l| *l.borrow_mut() = Some(Default::default()));
    f();
    READ_LOG.with(|l| l.borrow_mut().take().unwrap_or_default()).keys().cloned().collect()
}

fn log_read(key: &str) {
    READ_LOG.with(|l| {
        if let Some(set) = l.borrow_mut().as_mut() {
            set.add(key.to_string());
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
    rows_unlogged_for(key)
}

/// The unit of a key of the data, `None` when the key is not registered.
pub fn registered_unit(key: &str) -> Option<&'static str> {
    rows_unlogged_for(key).last().map(|r| r.unit)
}

/// Rows of `key`, without recording a read (figure sets, coverage).
pub(crate) fn rows_unlogged_for(key: &str) -> &'static [ParamRow] {
    let rows = all_rows();
    let start = rows.partition_point(|r| r.key < key);
    let end = start + rows[start..].partition_point(|r| r.key == key);
    &rows[start..end]
}

/// Rows whose key starts with `prefix.`.
pub fn rows_under(prefix: &str) -> &'static [ParamRow] {
    log_read(&format!("{prefix}.*"));
    let p = format!("{prefix}.");
    let rows = all_rows();
    let start = rows.partition_point(|r| r.key < p.as_str());
    let end = start + rows[start..].partition_point(|r| r.key.starts_with(p.as_str()));
    &rows[start..end]
}

/// Figures supplied by the user for figures the product lacks (or holds only
/// from a secondary source), keyed like the data.
pub type UserFigures = KeyMap<Decimal>;

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
        let whole = crate::engine::rounding::is_whole(self.value);
        match (self.value.to_i64(), self.citation.status) {
            (Some(v), _) if whole => Ok(v),
            (_, Status::User) => Err(Problem::invalid(
                format!("user_figures.{}", self.key),
                format!("「{}」は整数で入力してください（入力: {}）。", self.label, self.value),
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

/// A set row's value (a set's rule row has none: never read as a figure).
fn set_value(key: &str, r: &SetRow) -> Result<Decimal, Problem> {
    r.value.ok_or_else(|| {
        Problem::invalid("figure_sets", format!("資料セットの{}行目（{key}）は規則の行で、値ではありません。", r.line))
    })
}

crate::rule!(pub HORIZON = "dataset.verified_through", "収録範囲（この月より後は計算しない）", source "本製品のデータ（data/dataset.tsv）", fn new, keys ["dataset.verified_through"]);

crate::rule!(pub CARRY_FORWARD = "carry_forward", "前年度の単価による試算（求めに応じて、登録の終わった表の前年度の値を仮に使う）", source "本製品の解釈（data/dataset.tsv rule.carry_forward.*）", fn carried, keys ["rule.carry_forward."]);

/// The engine's own provisions.
pub static RULES: &[&crate::engine::rules::Rule] = &[&HORIZON, &CARRY_FORWARD];

/// What a request brings beside the user's figures: figure sets, whether the
/// previous 年度's figures may be carried forward, and (while every missing
/// figure is being gathered) the keys answered with a placeholder. Set for
/// the duration of one calculation by [`with_layers`]; every [`Ctx`] made
/// meanwhile reads through it.
#[derive(Debug, Default)]
pub struct Layers {
    pub sets: Rc<Vec<FigureSet>>,
    pub carry_forward: bool,
    /// Keys answered with a placeholder, never shown: only to find every
    /// missing figure in one response (the answer of such a run is discarded).
    pub probe: KeySet,
    notices: RefCell<Vec<crate::engine::problem::Problem>>,
}

impl Layers {
    pub fn new(sets: Rc<Vec<FigureSet>>, carry_forward: bool, probe: KeySet) -> Self {
        Self { sets, carry_forward, probe, notices: RefCell::default() }
    }
    /// What was reported while figures were read (a set's value refused for an
    /// official one, two sets that disagree), taken out (a run reads them once).
    pub fn notices(&self) -> Vec<Problem> {
        self.notices.take()
    }
    fn notice(&self, p: Problem) {
        let mut n = self.notices.borrow_mut();
        if !n.contains(&p) {
            n.push(p);
        }
    }
}

thread_local! {
    static LAYERS: RefCell<Rc<Layers>> = RefCell::new(Rc::new(Layers::default()));
}

/// Makes now what is made once on first use and kept (the figure rows, the
/// default layers): the area modules' allocator counts a call's memory from
/// its start, and reuses it from there when all of it has been given back
/// (src/heap.rs).
pub fn warm() {
    all_rows();
    LAYERS.with(|_| ());
}

/// Runs `f` with `layers` under every [`Ctx`] it makes, then restores the previous ones.
pub fn with_layers<T>(layers: Rc<Layers>, f: impl FnOnce() -> T) -> T {
    let prev = LAYERS.with(|l| l.replace(layers));
    let out = f();
    LAYERS.with(|l| *l.borrow_mut() = prev);
    out
}

/// What every calculation reads figures through: the service month, the
/// figures the user supplied and the request's [`Layers`].
#[derive(Clone, Debug)]
pub struct Ctx<'a> {
    pub month: YearMonth,
    /// The request field that holds the month, named in "not in force" problems.
    pub month_field: &'a str,
    pub user: &'a UserFigures,
    pub layers: Rc<Layers>,
    /// The request names a 年度, not a month: a "not in force" answer names the 年度.
    pub by_year: bool,
}

impl<'a> Ctx<'a> {
    /// A context for `month`, refusing months past the data's horizon.
    pub fn new(month: YearMonth, month_field: &'a str, user: &'a UserFigures) -> Result<Self, Problem> {
        let ctx = Self { month, month_field, user, layers: LAYERS.with(|l| l.borrow().clone()), by_year: false };
        if let Some(row) = rows_for("dataset.verified_through").iter().find(|r| r.in_force(month)) {
            if let Some(last) = row.value.and_then(|v| v.to_decimal().to_i64()).and_then(YearMonth::from_yyyymm) {
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

    /// A context for a 年度 (its first month's figures), named as the 年度 in
    /// its answers.
    pub fn fiscal_year(fy: i32, month_field: &'a str, user: &'a UserFigures) -> Result<Self, Problem> {
        let first = fiscal_year_first_month(fy)
            .ok_or_else(|| Problem::invalid(month_field, "年度を読み取れません。"))?;
        Ok(Self { by_year: true, ..Self::new(first, month_field, user)? })
    }

    /// When the request is: its month, or its 年度.
    fn when(&self) -> String {
        if self.by_year { fiscal_year_both(self.month.fiscal_year()) } else { self.month.both() }
    }

    /// "Not in force", with the offer to carry the previous 年度 forward when
    /// the table allows it.
    fn not_in_force(&self, key: &str, label: &str, rows: &[ParamRow]) -> Problem {
        let periods: Vec<String> = rows.iter().map(|r| r.period()).collect();
        let mut p = Problem::new(
            Code::NotInForce,
            self.month_field,
            format!(
                "{}は{}には適用されません（適用期間: {}）。",
                label,
                self.when(),
                crate::engine::rows::join_texts(&periods, "、")
            ),
        );
        if self.carry_source(key, rows).is_some() {
            let from = wareki_fiscal_year(self.month.fiscal_year() - 1);
            p.message.push_str(&format!("{from}の値による試算（前年度の単価による試算）を選ぶこともできます。"));
            p.carry_forward = Some(format!("{from}の単価で試算する").into());
        }
        p
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

    /// The rule `rule.<id>` in force this month, as a citation; or "not in
    /// force" (a set's row, or the previous 年度's carried forward on request,
    /// may stand in for a rule whose rows have ended).
    pub fn rule(&self, id: &str) -> Result<Citation, Problem> {
        let key = format!("rule.{id}");
        let rows = rows_for(&key);
        if let Some(r) = rows.iter().find(|r| r.in_force(self.month)) {
            return Ok(r.citation());
        }
        if rows.is_empty() {
            return Err(data_error(&key, "規則が登録されていません"));
        }
        if let Some((set, r)) = self.set_row(&key) {
            return Ok(set.citation(r));
        }
        match self.carried(&key, rows) {
            Some(last) => Ok(self.provisional(last)),
            None => Err(self.not_in_force(&key, rows[0].note, rows)),
        }
    }

    /// The figure `key` in force this month.
    ///
    /// An `official` figure is never replaced (a set's other value for it is
    /// reported). Any other figure in force — `secondary`, `missing` — is
    /// taken, in this order, from the user's figures, a figure set, the data;
    /// a `missing` one none of them gives is a [`Code::MissingFigure`]
    /// problem. A key whose rows have all ended (or not begun) may be given by
    /// a figure set, or carried forward from the previous 年度 on request;
    /// otherwise it is not in force.
    pub fn figure(&self, key: &str) -> Result<Figure, Problem> {
        self.figure_labelled(key, None)
    }

    /// As [`Ctx::figure`], with the label to use when the key has no row at all.
    pub fn figure_labelled(&self, key: &str, fallback_label: Option<&str>) -> Result<Figure, Problem> {
        let rows = rows_for(key);
        let live = rows.iter().find(|r| r.in_force(self.month));
        let label = live
            .or(rows.last())
            .map(|r| r.note.to_string())
            .or_else(|| fallback_label.map(str::to_string))
            .unwrap_or_else(|| key.to_string());
        let fig = |value: Decimal, unit: &'static str, citation: Citation| Figure {
            key: key.to_string(),
            value,
            unit,
            label: label.clone(),
            citation,
        };
        match live {
            Some(r) if r.status == Status::Official => self.official(key, &label, r),
            Some(r) => self.in_force(key, &label, r),
            None if rows.is_empty() => match self.user.get(key) {
                Some(u) => Ok(self.user_figure(key, &label, "", *u, None)),
                None => self.probe_or_missing(key, &label, "", None),
            },
            None => match (self.set_row(key), self.carried(key, rows)) {
                (Some((set, r)), _) => Ok(fig(set_value(key, r)?, rows[0].unit, set.citation(r))),
                (None, Some(last)) => match last.value {
                    Some(v) => Ok(fig(v.to_decimal(), last.unit, self.provisional(last))),
                    None => self.probe_or_missing(key, &label, last.unit, Some(last)),
                },
                (None, None) => Err(self.not_in_force(key, &label, rows)),
            },
        }
    }

    /// An official figure; a set's differing value for it is reported and not used.
    fn official(&self, key: &str, label: &str, r: &ParamRow) -> Result<Figure, Problem> {
        let Some(v) = r.value.map(Dec::to_decimal) else {
            return Err(data_error(key, "値がありません"));
        };
        let mut citation = r.citation();
        if let Some((set, sr)) = self.set_row(key).filter(|(_, sr)| sr.value != Some(v)) {
            let other = sr.value.map(|x| x.to_string()).unwrap_or_default();
            let why = format!(
                "資料セット「{}」の値 {other}（{}行目）は公的資料の値 {v} と異なるため使いません。",
                set.name, sr.line
            );
            citation.remark = Some(why.clone());
            self.layers.notice(Problem::inconsistent("figure_sets", format!("「{label}」: {why}")));
        }
        Ok(Figure { key: key.to_string(), value: v, unit: r.unit, label: label.to_string(), citation })
    }

    /// A `secondary` or `missing` figure in force: the user's, a set's, the data's.
    fn in_force(&self, key: &str, label: &str, r: &ParamRow) -> Result<Figure, Problem> {
        let replaced = |by: &str| {
            r.value
                .map(|v| format!("二次資料の値 {}（{}）に代えて、{by}を使います。", v.to_decimal(), r.citation().title))
        };
        let (value, citation) = match (self.user.get(key), self.set_row(key), r.value) {
            (Some(u), _, _) => return Ok(self.user_figure(key, label, r.unit, *u, Some(r))),
            (None, Some((set, sr)), _) => {
                let mut c = set.citation(sr);
                c.remark = replaced(&format!("資料セット「{}」の値", set.name));
                (set_value(key, sr)?, c)
            }
            (None, None, Some(v)) => (v.to_decimal(), r.citation()),
            (None, None, None) => return self.probe_or_missing(key, label, r.unit, Some(r)),
        };
        Ok(Figure { key: key.to_string(), value, unit: r.unit, label: label.to_string(), citation })
    }

    /// The first set's row of `key` in force this month; a later set's other
    /// value for it is reported.
    fn set_row(&self, key: &str) -> Option<(&FigureSet, &SetRow)> {
        let mut found = self.layers.sets.iter().filter_map(|s| s.row(key, self.month).map(|r| (s, r)));
        let first = found.next()?;
        for (s, r) in found.filter(|(_, r)| r.value != first.1.value) {
            self.layers.notice(Problem::inconsistent(
                "figure_sets",
                format!(
                    "「{}」の値が資料セット「{}」と「{}」で異なります（{}行目）。「{}」の値を使います。",
                    first.1.note, first.0.name, s.name, r.line, first.0.name
                ),
            ));
        }
        Some(first)
    }

    /// The last row of a key whose rows have all ended in the previous 年度,
    /// when the table may be carried forward (`rule.carry_forward.<group>` in
    /// force) — whether or not the request asked for it.
    fn carry_source<'r>(&self, key: &str, rows: &'r [ParamRow]) -> Option<&'r ParamRow> {
        let last = rows.last()?;
        let ended = last.to?;
        if ended >= self.month || ended.fiscal_year() + 1 != self.month.fiscal_year() {
            return None;
        }
        let group = key.strip_prefix("rule.").unwrap_or(key).split('.').next()?;
        let marker = format!("rule.carry_forward.{group}");
        rows_unlogged_for(&marker).iter().any(|r| r.in_force(self.month)).then_some(last)
    }

    /// The row carried forward, when the request asked for it.
    fn carried<'r>(&self, key: &str, rows: &'r [ParamRow]) -> Option<&'r ParamRow> {
        self.layers.carry_forward.then(|| self.carry_source(key, rows)).flatten()
    }

    /// The citation of a row carried forward: its own, marked provisional.
    fn provisional(&self, last: &ParamRow) -> Citation {
        let mut c = last.citation();
        c.status = Status::Provisional;
        c.remark = Some(format!(
            "前年度の単価による試算: {}の値（{}）を{}に仮に当てはめています。{}の値が公表されたら確認してください。",
            wareki_fiscal_year(self.month.fiscal_year() - 1),
            last.period(),
            wareki_fiscal_year(self.month.fiscal_year()),
            wareki_fiscal_year(self.month.fiscal_year())
        ));
        c
    }

    /// A placeholder while every missing figure is gathered (never shown), or
    /// the missing figure.
    fn probe_or_missing(
        &self,
        key: &str,
        label: &str,
        unit: &'static str,
        row: Option<&ParamRow>,
    ) -> Result<Figure, Problem> {
        if !self.layers.probe.contains_key(key) {
            return Err(self.missing(key, label, unit, row));
        }
        let (lo, _, whole) = unit_bounds(key, unit).unwrap_or((Decimal::ONE, Decimal::ONE, true));
        let value = if whole && lo.is_zero() { Decimal::ONE } else { lo };
        Ok(Figure {
            key: key.to_string(),
            value,
            unit,
            label: label.to_string(),
            citation: Citation {
                document: "probe".to_string(),
                title: "（未登録の値の確認用。表示しません）".to_string(),
                locator: String::new(),
                url: String::new(),
                status: Status::Missing,
                remark: None,
            },
        })
    }

    fn user_figure(
        &self,
        key: &str,
        label: &str,
        unit: &'static str,
        v: Decimal,
        replaced: Option<&ParamRow>,
    ) -> Figure {
        let remark = replaced.filter(|r| r.status == Status::Secondary).and_then(|r| {
            r.value.map(|x| format!("二次資料の値 {} に代えて、利用者が入力した値を使います。", x.to_decimal()))
        });
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
                remark,
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
    /// bounds the exclusive one is the narrower and wins). Bands are the
    /// product's own data: figure sets do not give them.
    pub fn band(&self, prefix: &str, x: Decimal) -> Result<Band, Problem> {
        let rows = rows_under(prefix);
        let live: Vec<&ParamRow> = rows.iter().filter(|r| r.in_force(self.month)).collect();
        if live.is_empty() {
            return Err(match rows.first() {
                Some(_) => self.not_in_force(prefix, &format!("{prefix}の区分"), rows),
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
                // Under `prefix.` (rows_under): the rest of the key.
                id: r.key.get(prefix.len() + 1..).unwrap_or(r.key).to_string(),
                lower,
                exclusive,
                label: r.note.to_string(),
                citation: r.citation(),
            }),
            None => Err(Problem::new(Code::OutOfRange, "", format!("{x}はどの区分にも該当しません（{prefix}）。"))),
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
        "fiscal_year" => (d(1989), d(2100), true),
        _ => return None,
    })
}

/// A user- or set-supplied value checked against its unit's bounds; the
/// message names the figure in Japanese.
pub fn check_supplied(key: &str, label: &str, unit: &str, v: Decimal, field: &str) -> Result<Decimal, Problem> {
    let Some((lo, hi, whole)) = unit_bounds(key, unit) else {
        return Err(Problem::invalid(field, format!("「{label}」は入力で与えられる値ではありません。")));
    };
    if whole && !crate::engine::rounding::is_whole(v) {
        return Err(Problem::invalid(field, format!("「{label}」は整数で入力してください（入力: {v}）。")));
    }
    if v < lo || v > hi {
        return Err(Problem::out_of_range(
            field,
            format!("「{label}」は{lo}以上{hi}以下で入力してください（入力: {v}）。"),
        ));
    }
    Ok(v)
}

/// Whether this build holds the rows of `key` (its groups, its prices): the
/// whole core holds every key; a money module by service its own only
/// (`engine::areas`); the other modules are taken to hold every key.
fn held_here(key: &str) -> bool {
    use crate::engine::areas::{holds, holds_price, ALL};
    // Only the money modules by service share a page with others (a
    // constant: the whole core and the modules without the yen chain refuse
    // every unknown key, and leave the look-ups out).
    if HELD_GROUPS.first() == Some(&ALL) || HELD_UNITS.is_empty() {
        return true;
    }
    holds(HELD_GROUPS, key) && holds_price(HELD_UNITS, key)
}

/// Validates the user figures: known keys, decimal values within their unit's bounds.
pub fn read_user_figures(r: &mut Reader, raw: &KeyMap<Raw>) -> UserFigures {
    let mut out = UserFigures::new();
    for (k, v) in raw {
        if v.is_blank() {
            continue;
        }
        let field = format!("user_figures.{k}");
        let rows = rows_unlogged(k);
        let Some(row) = rows.last() else {
            // A key this module does not hold may be another module's (a
            // figure typed for another service on the same page): this
            // module's rules never read it. Only the whole core, which holds
            // every key, refuses it here as unknown.
            if !held_here(k) {
                continue;
            }
            let shown = crate::engine::input::excerpt(k);
            r.problems.push(Problem::bad_request(
                if k.trim().is_empty() { "user_figures".to_string() } else { field },
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

/// The last month of the data (`dataset.verified_through`).
pub fn horizon() -> YearMonth {
    rows_unlogged_for("dataset.verified_through")
        .last()
        .and_then(|r| r.value)
        .and_then(|v| v.to_decimal().to_i64())
        .and_then(YearMonth::from_yyyymm)
        // build.rs refuses data without it; were it ever absent, no month is
        // within the horizon (a refusal, never another period's figure).
        .unwrap_or(YearMonth { year: 0, month: 1 })
}

#[cfg(test)]
#[path = "tests/params.rs"]
mod tests;
