//! What is missing, in the open: for every calculator and every 年度 within
//! the data's horizon, which of the figures it reads are `official`,
//! `secondary`, `missing`, or past the end of their table (a table that is
//! renewed every 年度, such as 横浜市's GH 単価, whose newest edition is not
//! registered) — and, when figure sets are given, which of those the sets
//! fill. Generated from the data and the rule registry (`coverage.html`
//! renders it), never written by hand.

use crate::engine::date::{wareki_fiscal_year, YearMonth};
use crate::engine::params::{all_rows, ParamRow};
use crate::engine::rules::Rule;
use crate::engine::sets::FigureSet;
use crate::engine::trace::Status;
use crate::{local, money, national};
use serde::Serialize;
use std::collections::BTreeMap;

/// A 年度 of the coverage.
#[derive(Clone, Debug, Serialize)]
pub struct FiscalYear {
    /// The 西暦 year it starts in.
    pub year: i32,
    /// `令和8年度`.
    pub label: String,
}

/// How many of a calculator's figures are in each state, in one 年度.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    pub official: usize,
    pub secondary: usize,
    pub missing: usize,
    /// Past the end of their table (no row for this 年度; the previous one's may be carried forward on request).
    pub ended: usize,
    /// Of the secondary, missing or ended ones: filled by the figure sets given.
    pub by_sets: usize,
}

#[derive(Clone, Debug, Serialize)]
pub struct CalculatorCoverage {
    pub name: &'static str,
    pub title: &'static str,
    /// One per [`Coverage::fiscal_years`].
    pub years: Vec<Counts>,
    /// The figures it reads (indices into [`Coverage::figures`]).
    pub figures: Vec<usize>,
}

/// A figure's state in each 年度: `official`, `secondary`, `missing`,
/// `ended`, or empty when the figure does not apply that 年度; `+set` when a
/// figure set fills it.
#[derive(Clone, Debug, Serialize)]
pub struct FigureCoverage {
    pub key: &'static str,
    pub label: &'static str,
    pub unit: &'static str,
    pub years: Vec<String>,
}

#[derive(Clone, Debug, Serialize)]
pub struct Coverage {
    /// The last month of the data (`2027-03`) and its 和暦.
    pub horizon: String,
    pub horizon_label: String,
    pub fiscal_years: Vec<FiscalYear>,
    pub calculators: Vec<CalculatorCoverage>,
    pub figures: Vec<FigureCoverage>,
}

/// The rules each calculator applies (its service's, and for money every
/// service whose units it prices).
fn rules_of(name: &str) -> Vec<&'static Rule> {
    let lists: Vec<&'static [&'static Rule]> = match name.split('.').next() {
        Some("seikatsu_kaigo") => vec![national::seikatsu_kaigo::RULES],
        Some("money") => {
            vec![money::RULES, national::seikatsu_kaigo::RULES, national::group_home::RULES, national::shuro::RULES]
        }
        Some("kaikei") => vec![national::kaikei::RULES],
        Some("shuro") => vec![national::shuro::RULES],
        Some("soudan") => vec![national::soudan::RULES],
        Some("yokohama_gh") => vec![local::yokohama::gh::RULES],
        _ => vec![],
    };
    lists.into_iter().flatten().copied().collect()
}

const SHURO: [&str; 5] = ["a", "b", "ikou", "teichaku", "sentaku"];

/// Narrows a service's keys to one calculator where the service's rules
/// serve several: a 就労系 calculator reads its own service's keys (and
/// those of no service), 横浜市's 設置費等補助 only its own.
fn in_scope(calculator: &str, key: &str) -> bool {
    let bare = key.strip_prefix("rule.").unwrap_or(key);
    let mut parts = calculator.split('.');
    match (parts.next(), parts.next()) {
        (Some("shuro"), Some("eligibility")) => bare.starts_with("shuro.eligibility"),
        (Some("shuro"), Some(own)) => {
            let seg = bare.split('.').nth(1).unwrap_or("");
            !SHURO.contains(&seg) || seg == own
        }
        (Some("yokohama_gh"), Some("setup")) => crate::engine::rows::find_text(bare, ".setup").is_some(),
        (Some("yokohama_gh"), _) => crate::engine::rows::find_text(bare, ".setup").is_none(),
        _ => true,
    }
}

/// The 年度 of the data: from its first month to its horizon.
fn fiscal_years(horizon: YearMonth) -> Vec<i32> {
    let first = all_rows().iter().map(|r| r.from).min().unwrap_or(horizon);
    (first.fiscal_year()..=horizon.fiscal_year()).collect()
}

pub use crate::engine::params::horizon;

/// A period `[from, to]` (`to` open when `None`) meets the 年度 `fy`.
fn meets(from: YearMonth, to: Option<YearMonth>, fy: i32) -> bool {
    let (start, end) = (YearMonth { year: fy, month: 4 }, YearMonth { year: fy + 1, month: 3 });
    from <= end && to.is_none_or(|t| t >= start)
}

/// Whether a table's group is one renewed every 年度 (`rule.carry_forward.<group>`).
fn renewed_yearly(key: &str) -> bool {
    let group = key.strip_prefix("rule.").unwrap_or(key).split('.').next().unwrap_or("");
    let marker = format!("rule.carry_forward.{group}");
    !crate::engine::params::rows_unlogged_for(&marker).is_empty()
}

/// One key's state in `fy`: the least certain status of its rows that meet
/// the 年度; `ended` when its yearly-renewed table ended before it.
fn state(rows: &[&ParamRow], fy: i32) -> Option<&'static str> {
    let meeting: Vec<&&ParamRow> = rows.iter().filter(|r| meets(r.from, r.to, fy)).collect();
    if meeting.is_empty() {
        let last = rows.last()?;
        let ended = last.to.is_some_and(|t| t.fiscal_year() < fy);
        return (ended && renewed_yearly(last.key)).then_some("ended");
    }
    let rank = |s: Status| match s {
        Status::Missing => 2,
        Status::Secondary => 1,
        _ => 0,
    };
    let worst = meeting.iter().map(|r| rank(r.status)).max().unwrap_or(0);
    Some(["official", "secondary", "missing"][worst])
}

fn filled_by_sets(sets: &[FigureSet], key: &str, fy: i32) -> bool {
    sets.iter().flat_map(|s| s.rows.iter()).any(|r| r.key == key && meets(r.from, r.to, fy))
}

/// The figures (with their state by 年度) read by any calculator, by key.
fn figures(
    keys: &BTreeMap<&'static str, Vec<&'static ParamRow>>,
    years: &[i32],
    sets: &[FigureSet],
) -> Vec<FigureCoverage> {
    keys.iter()
        .map(|(key, rows)| FigureCoverage {
            key,
            label: rows.last().map(|r| r.note).unwrap_or(""),
            unit: rows.last().map(|r| r.unit).unwrap_or(""),
            years: years
                .iter()
                .map(|&fy| match state(rows, fy) {
                    Some(s) if s != "official" && filled_by_sets(sets, key, fy) => {
                        format!("{s}+set")
                    }
                    Some(s) => s.to_string(),
                    None => String::new(),
                })
                .collect(),
        })
        .collect()
}

fn count(states: &[&str]) -> Counts {
    let mut c = Counts::default();
    for s in states {
        let (base, set) = match s.strip_suffix("+set") {
            Some(b) => (b, true),
            None => (*s, false),
        };
        match base {
            "official" => c.official += 1,
            "secondary" => c.secondary += 1,
            "missing" => c.missing += 1,
            "ended" => c.ended += 1,
            _ => continue,
        }
        c.by_sets += usize::from(set);
    }
    c
}

/// The coverage of every calculator, with what `sets` fill.
pub fn coverage(sets: &[FigureSet], offered: &[(&'static str, &'static str)]) -> Coverage {
    let h = horizon();
    let years = fiscal_years(h);
    // Every key of the data, with its rows (bands and the horizon itself are not figures anyone supplies).
    let mut keys: BTreeMap<&'static str, Vec<&'static ParamRow>> = BTreeMap::new();
    for r in all_rows().iter().filter(|r| !matches!(r.unit, "min_incl" | "min_excl" | "yyyymm" | "rule")) {
        keys.entry(r.key).or_default().push(r);
    }
    let figures = figures(&keys, &years, sets);
    let index: BTreeMap<&str, usize> = figures.iter().enumerate().map(|(i, f)| (f.key, i)).collect();
    let calculators = offered
        .iter()
        .map(|&(name, title)| {
            let rules = rules_of(name);
            let mine: Vec<usize> = index
                .iter()
                .filter(|(k, _)| rules.iter().any(|r| r.reads(k)) && in_scope(name, k))
                .map(|(_, i)| *i)
                .collect();
            let years = (0..years.len())
                .map(|y| count(&mine.iter().map(|&i| figures[i].years[y].as_str()).collect::<Vec<_>>()))
                .collect();
            CalculatorCoverage { name, title, years, figures: mine }
        })
        .collect();
    Coverage {
        horizon: h.to_string(),
        horizon_label: h.wareki(),
        fiscal_years: years.iter().map(|&y| FiscalYear { year: y, label: wareki_fiscal_year(y) }).collect(),
        calculators,
        figures,
    }
}
