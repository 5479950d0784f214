//! The explanation returned with every amount: ordered steps, each with the rule
//! applied, the inputs it used, the figure it produced and where the rule is written.

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
}

impl Status {
    pub fn label(self) -> &'static str {
        match self {
            Status::Official => "公的資料",
            Status::Secondary => "二次資料による値・要確認",
            Status::Missing => "未登録",
            Status::User => "利用者入力値",
            Status::Reading => "本製品の解釈",
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
        self.inputs.push(StepInput {
            name: name.to_string(),
            value: value.into(),
        });
        self
    }
    pub fn value(mut self, v: impl Into<String>) -> Self {
        self.value = v.into();
        self
    }
    pub fn source(mut self, c: Citation) -> Self {
        if c.status == Status::Secondary {
            let n = format!("{}（{}）", Status::Secondary.label(), c.document);
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
