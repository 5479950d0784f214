//! The explanation returned with every amount: ordered steps, each with the rule
//! applied, the inputs it used, the figure it produced and where the rule is written;
//! and [`Trace`], the one builder that turns "figure × count", caps, exclusions and
//! notes into steps and unit lines for every service.

use crate::engine::params::{Ctx, Figure};
use crate::engine::problem::{Problem, Problems};
use crate::engine::rules::Rule;
use crate::engine::units::{Excluded, LineKind, UnitLine, UserMonth};
use serde::Serialize;

/// How trustworthy a figure's source is (see `data/` and the README).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Read from an MHLW/こども家庭庁 document or the municipality's own document.
    Official,
    /// Read from a third-party page reproducing the 告示: used, but flagged (要確認).
    Secondary,
    /// Not registered in this product.
    Missing,
    /// Entered by the user (from their own サービスコード表 etc.).
    User,
    /// The product's reading where the source allows two (cited as `product-reading`).
    Reading,
    /// From a figure set (資料セット) a city or an office brought in: never official here.
    Set,
    /// A figure of the previous 年度 carried forward on request (前年度の単価による試算).
    Provisional,
}

impl Status {
    pub fn label(self) -> &'static str {
        match self {
            Status::Official => "公的資料",
            Status::Secondary => "二次資料による値・要確認",
            Status::Missing => "未登録",
            Status::User => "利用者入力値",
            Status::Reading => "本製品の解釈",
            Status::Set => "資料セットの値",
            Status::Provisional => "前年度の単価による試算",
        }
    }
}

/// Where a rule or figure is written.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Citation {
    /// Document id (see `data/sources.tsv`) or a URL for secondary sources.
    pub document: String,
    /// The document's title.
    pub title: String,
    /// Section, page or row within the document.
    pub locator: String,
    /// Address of the document, when known.
    pub url: String,
    pub status: Status,
    /// What the reader must know about this figure: the secondary value a set
    /// replaced, a set's value refused because an official one exists, the
    /// year a provisional figure was carried from.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub remark: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct StepInput {
    pub name: String,
    pub value: String,
}

/// One step of a calculation.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Step {
    /// Stable id of the rule (`seikatsu_kaigo.standard_time.transport`).
    pub rule: String,
    /// What the step does, in Japanese.
    pub title: String,
    /// The inputs this step used.
    pub inputs: Vec<StepInput>,
    /// The figure it produced, with its unit (`6時間00分`, `1,000単位`).
    pub value: String,
    /// Where the rule and figures are written.
    pub sources: Vec<Citation>,
    /// Remarks: a reading the product takes, a cap that bit, a secondary figure.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
}

impl Step {
    /// A step applying `rule`, titled with its Japanese name.
    pub fn of(rule: &Rule) -> Self {
        Self::new(rule.id, rule.name)
    }
    /// Replaces the title (a figure's own label, a name with its case).
    pub fn title(mut self, title: impl Into<String>) -> Self {
        self.title = title.into();
        self
    }
    pub fn new(rule: &str, title: impl Into<String>) -> Self {
        Self {
            rule: rule.to_string(),
            title: title.into(),
            inputs: Vec::new(),
            value: String::new(),
            sources: Vec::new(),
            notes: Vec::new(),
        }
    }
    pub fn input(mut self, name: &str, value: impl Into<String>) -> Self {
        self.inputs.push(StepInput { name: name.to_string(), value: value.into() });
        self
    }
    pub fn value(mut self, v: impl Into<String>) -> Self {
        self.value = v.into();
        self
    }
    pub fn source(mut self, c: Citation) -> Self {
        let flag = match c.status {
            // The page's address, or a registered document's title (its id means nothing to a reader).
            Status::Secondary => {
                let named = if c.document == c.url || c.title.is_empty() { &c.document } else { &c.title };
                Some(format!("{}（{named}）", Status::Secondary.label()))
            }
            _ => None,
        };
        for n in flag.into_iter().chain(c.remark.clone()) {
            if !self.notes.contains(&n) {
                self.notes.push(n);
            }
        }
        if !self.sources.contains(&c) {
            self.sources.push(c);
        }
        self
    }
    pub fn sources(mut self, cs: impl IntoIterator<Item = Citation>) -> Self {
        for c in cs {
            self = self.source(c);
        }
        self
    }
    pub fn note(mut self, n: impl Into<String>) -> Self {
        self.notes.push(n.into());
        self
    }
}

/// Formats an integer with thousands separators: `1,210`.
pub fn thousands(n: i64) -> String {
    let neg = n < 0;
    let digits = n.unsigned_abs().to_string();
    let mut out = String::new();
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(ch);
    }
    if neg {
        format!("-{out}")
    } else {
        out
    }
}

pub fn units(n: i64) -> String {
    format!("{}単位", thousands(n))
}

pub fn yen(n: i64) -> String {
    format!("{}円", thousands(n))
}

/// `6時間30分` from minutes.
pub fn hm(minutes: u32) -> String {
    format!("{}時間{:02}分", minutes / 60, minutes % 60)
}

/// `9時間` for whole hours, `4時間30分` otherwise (prose that states a figure).
pub fn hours(minutes: u32) -> String {
    if minutes.is_multiple_of(60) {
        format!("{}時間", minutes / 60)
    } else {
        format!("{}時間{}分", minutes / 60, minutes % 60)
    }
}

/// What a figure is counted in, by its unit: (per-label, count-label, count unit).
fn count_words(unit: &str) -> (&'static str, &'static str, &'static str) {
    match unit {
        "units_per_month" | "yen_per_month" => ("1月あたり", "月数", "か月"),
        "units_per_time" => ("1回あたり", "回数", "回"),
        "units_per_day" | "yen_per_day" => ("1日あたり", "日数", "日"),
        _ => ("1回あたり", "回数", "回"),
    }
}

/// The one builder of an explanation: figures read through the context,
/// "figure × count" lines, caps and exclusions, each becoming a step; every
/// problem collected (never thrown), every product checked (an amount that
/// does not fit is a named problem, never a wrapped or zeroed number).
pub struct Trace<'c, 'u> {
    pub ctx: &'c Ctx<'u>,
    pub steps: Vec<Step>,
    pub lines: Vec<UnitLine>,
    pub excluded: Vec<Excluded>,
    pub problems: Problems,
    /// The request field that amounts belong to (`cases[2]`), named in overflow problems.
    pub field: String,
}

impl<'c, 'u> Trace<'c, 'u> {
    pub fn new(ctx: &'c Ctx<'u>, field: impl Into<String>) -> Self {
        Self {
            ctx,
            steps: Vec::new(),
            lines: Vec::new(),
            excluded: Vec::new(),
            problems: Problems::new(),
            field: field.into(),
        }
    }

    /// Keeps the value, or records its problem(s) and yields `None`.
    pub fn take<T, E: Into<Vec<Problem>>>(&mut self, r: Result<T, E>) -> Option<T> {
        match r {
            Ok(v) => Some(v),
            Err(e) => {
                self.problems.extend(e.into());
                None
            }
        }
    }

    /// The figure `key` in force this month.
    pub fn figure(&mut self, key: &str) -> Option<Figure> {
        let r = self.ctx.figure(key);
        self.take(r)
    }

    /// An integer figure (units, yen, days) with its source.
    pub fn int(&mut self, key: &str) -> Option<(i64, Citation)> {
        let f = self.figure(key)?;
        let v = self.take(f.int())?;
        Some((v, f.citation))
    }

    /// The rule `rule.<id>` in force this month, as a citation.
    pub fn rule(&mut self, id: &str) -> Option<Citation> {
        let r = self.ctx.rule(id);
        self.take(r)
    }

    pub fn step(&mut self, s: Step) {
        self.steps.push(s);
    }

    /// `a × b`, or a named problem when it does not fit.
    pub fn mul(&mut self, a: i64, b: i64, what: &str) -> Option<i64> {
        match a.checked_mul(b) {
            Some(v) => Some(v),
            None => {
                self.problems.push(Problem::overflow(self.field.clone(), what));
                None
            }
        }
    }

    /// A line of `per × count` units for `rule`, without a step (the caller
    /// explains it); returns the units.
    pub fn line(&mut self, rule: &Rule, item: impl Into<String>, per: i64, count: i64, kind: LineKind) -> Option<i64> {
        let item = item.into();
        let units = self.mul(per, count, &item)?;
        self.lines.push(UnitLine { rule: rule.id.to_string(), item, per, count, units, kind });
        Some(units)
    }

    /// Bills `count` times the figure `key` under `rule`: a line and a step
    /// (1日あたり / 1回あたり / 1月あたり by the figure's unit). Nothing when
    /// `count` is 0 or less; `None` when the figure is missing or the amount
    /// does not fit.
    pub fn bill(&mut self, rule: &Rule, key: &str, count: i64, kind: LineKind) -> Option<i64> {
        if count <= 0 {
            return Some(0);
        }
        let f = self.figure(key)?;
        let per = self.take(f.int())?;
        let (per_label, count_label, count_unit) = count_words(f.unit);
        let total = self.line(rule, f.label.clone(), per, count, kind)?;
        self.steps.push(
            Step::new(rule.id, f.label)
                .input(per_label, units(per))
                .input(count_label, format!("{count}{count_unit}"))
                .value(units(total))
                .source(f.citation),
        );
        Some(total)
    }

    /// Records that `count` entered times of `item` are not billed, and why.
    pub fn exclude(&mut self, rule: &Rule, item: &str, count: i64, reason: String, sources: Vec<Citation>) {
        if count <= 0 {
            return;
        }
        self.steps.push(
            Step::new(rule.id, format!("{item}は算定しません"))
                .input("入力した回数", format!("{count}回"))
                .value("0単位")
                .sources(sources)
                .note(reason.clone()),
        );
        self.excluded.push(Excluded { rule: rule.id.to_string(), item: item.to_string(), count, reason });
    }

    /// `count` held to the limit figure `limit_key`; the times above it are
    /// excluded with the reason. 0 when the limit cannot be read.
    pub fn cap(&mut self, rule: &Rule, item: &str, count: i64, limit_key: &str) -> i64 {
        if count <= 0 {
            return 0;
        }
        let Some(f) = self.figure(limit_key) else {
            return 0;
        };
        let Some(limit) = self.take(f.int()) else {
            return 0;
        };
        if count > limit {
            self.exclude(
                rule,
                item,
                count - limit,
                format!(
                    "{}: 入力{count}回のうち{limit}回を算定し、{}回は限度を超えるため算定しません。",
                    f.label,
                    count - limit
                ),
                vec![f.citation],
            );
            limit
        } else {
            count
        }
    }

    /// The sum of the lines' units, checked.
    pub fn total_units(&mut self) -> Option<i64> {
        let mut sum: i64 = 0;
        for l in &self.lines {
            match sum.checked_add(l.units) {
                Some(v) => sum = v,
                None => {
                    self.problems.push(Problem::overflow(self.field.clone(), "単位数の合計"));
                    return None;
                }
            }
        }
        Some(sum)
    }

    /// The user's month `label` of the lines and steps, or every problem recorded.
    pub fn user_month(self, label: String) -> Result<UserMonth, Vec<Problem>> {
        let t = self.check()?;
        Ok(UserMonth::new(label, t.lines, t.steps)?)
    }

    /// The trace and the value computed, or every problem recorded; a value
    /// missing without a problem is the data's fault (`key`: 計算できません).
    pub fn checked<T>(self, v: Option<T>, key: &str) -> Result<(Self, T), Vec<Problem>> {
        let t = self.check()?;
        let v = v.ok_or_else(|| Problem::data_error(key, "計算できません"))?;
        Ok((t, v))
    }

    /// `Err` with every problem recorded, or `Ok(self)` when there are none.
    pub fn check(self) -> Result<Self, Vec<Problem>> {
        if self.problems.is_empty() {
            Ok(self)
        } else {
            Err(std::mem::take(&mut { self }.problems).into())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn formats() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(1210), "1,210");
        assert_eq!(thousands(-1234567), "-1,234,567");
        assert_eq!(hm(390), "6時間30分");
        assert_eq!(yen(6774), "6,774円");
    }
}
