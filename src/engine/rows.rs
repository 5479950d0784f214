//! The rows of a figure table, read and checked by one set of rules: the
//! product's own `data/*.tsv` (compiled by `build.rs`, which includes this
//! very file) and the figure sets (資料セット) a city or an office brings in
//! (read by [`crate::engine::sets`] when a request carries them). The two can
//! never drift: the shape of a row, its months, its exact decimal value, its
//! unit and status, its source and locator, and that two rows of one key never
//! overlap in time are checked here once, and every problem names its line and
//! column in Japanese.
//!
//! What differs between the two is stated in [`Policy`]: a set must name known
//! keys in their registered unit, within the unit's bounds, with a locator on
//! every row and a header naming the set; the product's data defines its keys
//! and cites documents registered in `data/sources.tsv`.
//!
//! Standard library only (`build.rs` has no dependencies).

use std::collections::BTreeMap;

/// The columns of every table, in order.
pub const COLUMNS: [&str; 9] = ["key", "from", "to", "value", "unit", "status", "source", "locator", "note"];

/// The columns' Japanese names, as problems name them.
pub const COLUMN_LABELS: [&str; 9] = ["キー", "開始月", "終了月", "値", "単位", "状態", "出典", "出典内の箇所", "名称"];

/// Every unit a figure may be given in.
pub const UNITS: &[&str] = &[
    "units_per_day",
    "units_per_month",
    "units_per_time",
    "units",
    "yen",
    "yen_per_month",
    "yen_per_day",
    "yen_per_unit",
    "yen_per_m2",
    "minutes",
    "hours",
    "rate",
    "percent",
    "count",
    "points",
    "persons",
    "days",
    "months",
    "years",
    "min_incl",
    "min_excl",
    "rule",
    "yyyymm",
    "fiscal_year",
];

/// The statuses a row may declare.
pub const STATUSES: &[&str] = &["official", "secondary", "missing"];

/// The header fields a figure set names itself with (`# title: …`), with
/// their Japanese aliases: (field, aliases, required).
pub const SET_HEADER: &[(&str, &[&str], bool)] = &[
    ("title", &["名称", "資料名"], true),
    ("publisher", &["発行者", "作成者"], true),
    ("date", &["日付", "作成日"], true),
    ("url", &["URL", "アドレス"], false),
];

/// A calendar month `(year, month)`.
pub type Month = (i32, u32);

/// One row as read.
#[derive(Clone, Debug)]
pub struct Row {
    pub key: String,
    pub from: Month,
    /// Last month in force (inclusive); `None` while no end is known.
    pub to: Option<Month>,
    /// Exact decimal: (mantissa, scale).
    pub value: Option<(i64, u32)>,
    pub unit: String,
    pub status: String,
    pub source: String,
    pub locator: String,
    pub note: String,
    /// 1-based line of the text.
    pub line: usize,
}

/// A problem with the text, at a line and column (column 0: the whole line).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RowError {
    pub line: usize,
    pub column: usize,
    pub message: String,
}

impl RowError {
    fn at(line: usize, column: usize, message: impl Into<String>) -> Self {
        Self { line, column, message: message.into() }
    }
    /// `12行目・4列目（値）: …`.
    pub fn text(&self) -> String {
        match COLUMN_LABELS.get(self.column.wrapping_sub(1)) {
            Some(c) => format!("{}行目・{}列目（{c}）: {}", self.line, self.column, self.message),
            None => format!("{}行目: {}", self.line, self.message),
        }
    }
}

/// What the reader checks beyond the shape of a row.
pub struct Policy<'a> {
    /// A figure set (a header naming it, known keys in their registered unit,
    /// a locator on every row, no `missing` rows); false for the product's data.
    pub set: bool,
    /// Whether a source is acceptable (the data: a registered document or a URL).
    pub source_known: &'a dyn Fn(&str) -> bool,
    /// A set: the registered unit of a key, `None` when the key is unknown.
    pub key_unit: &'a dyn Fn(&str) -> Option<String>,
    /// A set: whether a value is within what its unit allows (`Err`: why not).
    pub value_ok: &'a ValueCheck,
}

/// Whether a value (key, value, its exact decimal as mantissa and scale) is
/// within what its unit allows (`Err`: why not).
pub type ValueCheck = dyn Fn(&str, &str, (i64, u32)) -> Result<(), String>;

/// A table as read: the set's header fields (`title`, `publisher`, …) and its rows.
#[derive(Debug, Default)]
pub struct Table {
    pub header: super::map::KeyMap<String>,
    pub rows: Vec<Row>,
}

/// A whole number as `str::parse::<T>` reads it (a sign, then digits; no
/// `-` for an unsigned type), through `i64`'s parser for every type (`i32`,
/// `u32`): one copy of core's parser instead of one per type (README「性能」).
pub fn parse_int<T: TryFrom<i64>>(t: &str) -> Option<T> {
    if t.starts_with('-') && T::try_from(-1).is_err() {
        return None;
    }
    T::try_from(t.parse::<i64>().ok()?).ok()
}

/// `YYYY-MM` (1989–2100).
pub fn parse_month(s: &str) -> Option<Month> {
    let (y, m) = s.split_once('-')?;
    if y.len() != 4 || m.len() != 2 || !(y.bytes().chain(m.bytes())).all(|b| b.is_ascii_digit()) {
        return None;
    }
    let y: i32 = parse_int(y)?;
    let m: u32 = parse_int(m)?;
    (1989..=2100).contains(&y).then_some(())?;
    (1..=12).contains(&m).then_some((y, m))
}

/// An exact decimal written plainly (`669`, `0.051`, `-3`): (mantissa, scale),
/// or why it cannot be read.
pub fn parse_decimal(s: &str) -> Result<(i64, u32), String> {
    let plain = |t: &str| !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit());
    let body = s.strip_prefix('-').unwrap_or(s);
    let (int, frac) = match body.split_once('.') {
        Some((i, f)) if plain(f) => (i, f),
        Some(_) => return Err(decimal_problem(s)),
        None => (body, ""),
    };
    if !plain(int) {
        return Err(decimal_problem(s));
    }
    if frac.len() > 12 {
        return Err(format!("値「{s}」の小数点以下が長すぎます（12桁まで）。"));
    }
    let m: i64 = format!("{int}{frac}").parse().map_err(|_| format!("値「{s}」が大きすぎます。"))?;
    Ok((if s.starts_with('-') { -m } else { m }, frac.len() as u32))
}

fn decimal_problem(s: &str) -> String {
    let wide = s.chars().any(|c| ('０'..='９').contains(&c) || c == '．');
    let why = if wide {
        "半角の数字で書いてください"
    } else if s.contains(['e', 'E']) {
        "指数表記（1e3 など）は使えません。数字だけで書いてください"
    } else if s.contains(',') {
        "桁区切りのカンマは使えません"
    } else {
        "数字（と小数点）だけで書いてください"
    };
    format!("値「{s}」を読めません。{why}（例: 669、0.051）。")
}

/// `# key: value` of a set's header, when the comment is one.
fn header_field(comment: &str) -> Option<(&'static str, String)> {
    let (k, v) = comment.split_once([':', '：'])?;
    let k = k.trim();
    SET_HEADER
        .iter()
        .find(|(f, aliases, _)| f.eq_ignore_ascii_case(k) || aliases.contains(&k))
        .map(|(f, _, _)| (*f, v.trim().to_string()))
}

/// Reads a whole table: the comment lines (a set's header), the column
/// header, then the rows. Every problem is returned; rows that have one are
/// left out.
pub fn read(text: &str, policy: &Policy) -> (Table, Vec<RowError>) {
    let mut table = Table::default();
    let mut errors = Vec::new();
    let mut header_seen = false;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    for (i, line) in text.lines().enumerate() {
        let ln = i + 1;
        let line = trim_suffix(line, "\r");
        if let Some(comment) = line.strip_prefix('#') {
            if let Some((k, v)) = header_field(comment) {
                if !table.header.contains_key(k) {
                    table.header.insert(k.to_string(), v);
                }
            }
            continue;
        }
        if line.trim().is_empty() {
            continue;
        }
        if !header_seen {
            header_seen = true;
            if line != COLUMNS.join("\t") {
                errors.push(RowError::at(
                    ln,
                    0,
                    format!(
                        "1行目（コメント行を除く）は列名の行「{}」（タブ区切り）にしてください。",
                        COLUMNS.join(" ")
                    ),
                ));
            }
            continue;
        }
        match read_row(line, ln, policy) {
            Ok(row) => table.rows.push(row),
            Err(mut e) => errors.append(&mut e),
        }
    }
    if !header_seen {
        errors.push(RowError::at(1, 0, "列名の行と値の行がありません。"));
    }
    if policy.set {
        errors.extend(missing_header(&table));
    }
    errors.extend(overlap_errors(&table.rows));
    (table, errors)
}

/// A set's header fields that are required and absent.
fn missing_header(table: &Table) -> Vec<RowError> {
    SET_HEADER
        .iter()
        .filter(|(f, _, required)| *required && table.header.get(f).is_none_or(|v| v.is_empty()))
        .map(|(f, aliases, _)| {
            RowError::at(1, 0, format!("資料セットの{}（「# {f}: …」の行）がありません。", aliases[0]))
        })
        .collect()
}

/// One row: every column checked, every problem of it returned.
fn read_row(line: &str, ln: usize, policy: &Policy) -> Result<Row, Vec<RowError>> {
    let c: Vec<&str> = line.split('\t').collect();
    if c.len() != COLUMNS.len() {
        let msg = format!("列の数が{}です（{}列、タブ区切り）。", c.len(), COLUMNS.len());
        return Err(vec![RowError::at(ln, 0, msg)]);
    }
    let mut errors = Vec::new();
    let mut err = |col: usize, m: String| errors.push(RowError::at(ln, col, m));
    check_key(c[0], policy, &mut err);
    let (from, to) = read_period(c[1], c[2], &mut err);
    let unit = check_unit(c[0], c[4], policy, &mut err);
    check_status(c[5], policy, &mut err);
    let value = read_value(c[0], c[3], c[4], c[5], policy, &mut err);
    check_citation(c[6], c[7], c[8], policy, &mut err);
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(Row {
        key: c[0].to_string(),
        from: from.unwrap_or((2000, 1)),
        to,
        value,
        unit: unit.to_string(),
        status: c[5].to_string(),
        source: c[6].to_string(),
        locator: c[7].to_string(),
        note: c[8].to_string(),
        line: ln,
    })
}

type Err<'e> = dyn FnMut(usize, String) + 'e;

fn check_key(key: &str, policy: &Policy, err: &mut Err) {
    let shaped = !key.is_empty()
        && key.bytes().all(|b| b.is_ascii_alphanumeric() || b"._-+".contains(&b))
        && !key.starts_with('.')
        && !key.ends_with('.')
        && !has_text(key, "..");
    if !shaped {
        err(1, format!("キー「{key}」は半角英数字と . _ - + で書いてください。"));
    } else if policy.set && (policy.key_unit)(key).is_none() {
        err(1, format!("キー「{key}」は本製品に登録されていません（綴りを確認してください）。"));
    }
}

fn read_period(from: &str, to: &str, err: &mut Err) -> (Option<Month>, Option<Month>) {
    let f = parse_month(from);
    if f.is_none() {
        err(2, format!("開始月「{from}」は「2026-04」の形で書いてください。"));
    }
    let t = if to.is_empty() {
        None
    } else {
        let t = parse_month(to);
        if t.is_none() {
            err(3, format!("終了月「{to}」は「2027-03」の形で書くか、空にしてください。"));
        }
        t
    };
    if let (Some(f), Some(t)) = (f, t) {
        if t < f {
            err(3, "終了月が開始月より前です。".to_string());
        }
    }
    (f, t)
}

fn check_unit<'u>(key: &str, unit: &'u str, policy: &Policy, err: &mut Err) -> &'u str {
    if !UNITS.contains(&unit) {
        err(5, format!("単位「{unit}」は使えません（使える単位: {}）。", UNITS.join(", ")));
    } else if policy.set {
        if let Some(registered) = (policy.key_unit)(key).filter(|u| u != unit) {
            err(5, format!("単位「{unit}」は、このキーの単位「{registered}」と違います。"));
        }
    }
    unit
}

fn check_status(status: &str, policy: &Policy, err: &mut Err) {
    if !STATUSES.contains(&status) {
        err(6, format!("状態「{status}」は official, secondary, missing のいずれかにしてください。"));
    } else if policy.set && status == "missing" {
        err(6, "資料セットの行は値を持つ行だけです（missing は使えません）。".to_string());
    }
}

fn read_value(key: &str, text: &str, unit: &str, status: &str, policy: &Policy, err: &mut Err) -> Option<(i64, u32)> {
    if text.is_empty() {
        if status != "missing" && unit != "rule" {
            err(4, "値がありません（値のない行は状態を missing にします）。".to_string());
        }
        return None;
    }
    if status == "missing" {
        err(4, "状態が missing の行には値を書きません。".to_string());
    }
    if unit == "rule" {
        err(4, "規則（unit が rule）の行には値を書きません。".to_string());
    }
    match parse_decimal(text) {
        Ok(v) => {
            if let Err(why) = (policy.value_ok)(key, unit, v) {
                err(4, why);
            }
            Some(v)
        }
        Err(why) => {
            err(4, why);
            None
        }
    }
}

fn check_citation(source: &str, locator: &str, note: &str, policy: &Policy, err: &mut Err) {
    if source.trim().is_empty() {
        err(7, "出典がありません（資料の名前かURLを書いてください）。".to_string());
    } else if !(policy.source_known)(source) {
        err(7, format!("出典「{source}」はURLでも data/sources.tsv の資料でもありません。"));
    }
    if policy.set && locator.trim().is_empty() {
        err(8, "出典内の箇所（頁・表・項目）がありません。".to_string());
    }
    if note.trim().is_empty() {
        err(9, "名称（日本語の説明）がありません。".to_string());
    }
}

/// `2026-04〜2027-03` (`2026-04〜` when open).
fn period_text(r: &Row) -> String {
    let m = |(y, m): Month| format!("{y:04}-{m:02}");
    format!("{}〜{}", m(r.from), r.to.map(m).unwrap_or_default())
}

/// Where `needle` first occurs in `hay` (as `str::find` with a text
/// pattern, whose searcher is ~2 KB of every WebAssembly module: README「性能」).
pub fn find_text(hay: &str, needle: &str) -> Option<usize> {
    if needle.is_empty() {
        return Some(0);
    }
    hay.as_bytes().windows(needle.len()).position(|w| w == needle.as_bytes())
}

/// `hay` before and after its first `needle` (`str::split_once` with a text,
/// through [`find_text`]). Text is cut with `get`, never by indexing: a cut
/// that can panic brought core's panic message for it (char escaping,
/// Unicode tables: ~1.5 KB gzip of a module; README「性能」).
pub fn split_text<'a>(hay: &'a str, needle: &str) -> Option<(&'a str, &'a str)> {
    let i = find_text(hay, needle)?;
    Some((hay.get(..i)?, hay.get(i.checked_add(needle.len())?..)?))
}

/// A key as the generated table writes it (`build.rs`, read by `params`):
/// how many leading dot-separated parts it shares with the previous row's
/// key (one digit), then the rest of it. The keys' common parts are written
/// once: the table's text compresses smaller (README「性能」).
pub fn key_written(key: &str, prev: &str) -> String {
    let mut shared = 0;
    let mut at = 0;
    for (a, b) in key.split('.').zip(prev.split('.')).take(9) {
        let next = if at == 0 { a.len() } else { at + 1 + a.len() };
        if a != b || next > key.len() {
            break;
        }
        shared += 1;
        at = next;
    }
    let rest = key.get(at..).unwrap_or(key);
    let written = format!("{shared}{}", rest.strip_prefix('.').unwrap_or(rest));
    if key_read(prev, &written) == key {
        written
    } else {
        format!("0{key}")
    }
}

/// The key `key_written` wrote: the first parts of `prev`, then the rest.
pub fn key_read(prev: &str, written: &str) -> String {
    let shared = written.get(..1).and_then(parse_int).unwrap_or(0);
    let rest = written.get(1..).unwrap_or_default();
    let mut key = String::with_capacity(prev.len() + written.len());
    for part in prev.split('.').take(shared) {
        if !key.is_empty() {
            key.push('.');
        }
        key.push_str(part);
    }
    if !rest.is_empty() {
        if !key.is_empty() {
            key.push('.');
        }
        key.push_str(rest);
    }
    key
}

/// A row's note as the generated table writes it: how many leading and
/// trailing characters it shares with the previous row's note (each up to
/// 74, written as one character from `0`), then the part between them.
pub fn note_written(note: &str, prev: &str) -> String {
    let (shared, at) = shared_chars(note.chars(), prev.chars());
    let (rest, prev_rest) = (note.get(at..).unwrap_or(note), prev.get(at..).unwrap_or_default());
    let (shared_end, end) = shared_chars(rest.chars().rev(), prev_rest.chars().rev());
    // `end` is the byte length of a suffix of `rest` (`shared_chars` over
    // its characters), so it never exceeds `rest.len()`: the subtraction
    // cannot stop at 0, and this is text, not an amount.
    let middle = rest.get(..rest.len().saturating_sub(end)).unwrap_or(rest);
    format!("{}{}{middle}", char::from(b'0' + shared), char::from(b'0' + shared_end))
}

/// How many characters `a` and `b` share from their start (up to 74), and
/// their length in bytes.
fn shared_chars(a: impl Iterator<Item = char>, b: impl Iterator<Item = char>) -> (u8, usize) {
    let (mut n, mut bytes) = (0u8, 0usize);
    for (x, y) in a.zip(b).take(74) {
        if x != y {
            break;
        }
        n += 1;
        bytes += x.len_utf8();
    }
    (n, bytes)
}

/// The note `note_written` wrote: the first and last characters of `prev`
/// around the part written.
pub fn note_read(prev: &str, written: &str) -> String {
    let mut chars = written.chars();
    let count = |c: Option<char>| c.and_then(|c| u32::from(c).checked_sub(u32::from(b'0'))).map_or(0, |n| n as usize);
    let (shared, shared_end) = (count(chars.next()), count(chars.next()));
    let head = prev.char_indices().nth(shared).map_or(prev.len(), |(i, _)| i);
    let tail = prev.char_indices().rev().take(shared_end).last().map_or(prev.len(), |(i, _)| i);
    let (head, middle, tail) =
        (prev.get(..head).unwrap_or_default(), chars.as_str(), prev.get(tail..).unwrap_or_default());
    let mut note = String::with_capacity(head.len() + middle.len() + tail.len());
    note.push_str(head);
    note.push_str(middle);
    note.push_str(tail);
    note
}

/// Texts joined by `sep` (`[String]::join`, for the few lists of texts a
/// message names: one loop instead of another copy of std's join).
pub fn join_texts(parts: &[String], sep: &str) -> String {
    let mut out = String::new();
    for (i, p) in parts.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(p);
    }
    out
}

/// `hay` with every `needle` taken out (`str::replace(needle, "")`, through
/// [`find_text`]: core's two-way searcher was ~1 KB gzip of a module).
pub fn without_text(hay: &str, needle: &str) -> String {
    let mut out = String::with_capacity(hay.len());
    let mut rest = hay;
    while let Some((before, after)) = split_text(rest, needle).filter(|_| !needle.is_empty()) {
        out.push_str(before);
        rest = after;
    }
    out.push_str(rest);
    out
}

/// `t` without any number of `prefix` at its start (`str::trim_start_matches`
/// with a text, without core's two-way searcher).
pub fn trim_prefix<'a>(mut t: &'a str, prefix: &str) -> &'a str {
    while let Some(rest) = t.strip_prefix(prefix).filter(|_| !prefix.is_empty()) {
        t = rest;
    }
    t
}

/// `t` without any number of `suffix` at its end (`str::trim_end_matches`
/// with a text, without core's two-way searcher).
pub fn trim_suffix<'a>(mut t: &'a str, suffix: &str) -> &'a str {
    while let Some(rest) = t.strip_suffix(suffix).filter(|_| !suffix.is_empty()) {
        t = rest;
    }
    t
}

/// Whether `hay` contains `needle` (see [`find_text`]).
pub fn has_text(hay: &str, needle: &str) -> bool {
    find_text(hay, needle).is_some()
}

/// Sorts stably (equal items keep their order) through [`sorted_order`]: one
/// sort in the WebAssembly modules, not one copy per item type (README「性能」).
pub fn sort_stable_by<T>(v: &mut Vec<T>, cmp: impl Fn(&T, &T) -> std::cmp::Ordering) {
    let order = sorted_order(v.len(), &|a, b| cmp(&v[a], &v[b]));
    let mut items: Vec<Option<T>> = std::mem::take(v).into_iter().map(Some).collect();
    v.extend(order.into_iter().filter_map(|i| items.get_mut(i).and_then(Option::take)));
}

/// The places `0..n` in the order `cmp` sorts them, equal ones in their own
/// order: a bottom-up merge sort, compiled once (it takes the comparison as a
/// `dyn` function of two places).
pub fn sorted_order(n: usize, cmp: &dyn Fn(usize, usize) -> std::cmp::Ordering) -> Vec<usize> {
    let mut a: Vec<usize> = (0..n).collect();
    let mut b = a.clone();
    let mut width = 1;
    while width < n {
        let mut lo = 0;
        while lo < n {
            let mid = lo + width.min(n - lo);
            let hi = mid + width.min(n - mid);
            let (mut i, mut j) = (lo, mid);
            for slot in &mut b[lo..hi] {
                if j >= hi || (i < mid && cmp(a[i], a[j]) != std::cmp::Ordering::Greater) {
                    *slot = a[i];
                    i += 1;
                } else {
                    *slot = a[j];
                    j += 1;
                }
            }
            lo = hi;
        }
        std::mem::swap(&mut a, &mut b);
        width *= 2;
    }
    a
}

/// Pairs of rows of one key whose periods overlap, as indices (earlier, later).
pub fn overlaps(rows: &[Row]) -> Vec<(usize, usize)> {
    let order = sorted_order(rows.len(), &|a, b| (&rows[a].key, rows[a].from).cmp(&(&rows[b].key, rows[b].from)));
    let mut out = Vec::new();
    // The row of the current key that reaches latest so far.
    let mut reach: Option<usize> = None;
    for &i in &order {
        match reach.filter(|&p| rows[p].key == rows[i].key) {
            Some(p) => {
                if rows[p].to.is_none_or(|t| t >= rows[i].from) {
                    out.push((p, i));
                }
                if rows[i].to.is_none() || rows[p].to.is_some_and(|t| rows[i].to > Some(t)) {
                    reach = Some(i);
                }
            }
            None => reach = Some(i),
        }
    }
    out
}

fn overlap_errors(rows: &[Row]) -> Vec<RowError> {
    overlaps(rows)
        .into_iter()
        .map(|(a, b)| {
            let (a, b) = (&rows[a], &rows[b]);
            let msg = format!(
                "「{}」の期間（{}）が{}行目の期間（{}）と重なっています。",
                b.key,
                period_text(b),
                a.line,
                period_text(a)
            );
            RowError::at(b.line, 2, msg)
        })
        .collect()
}

/// Keys given in more than one unit (the data: one key, one unit).
pub fn mixed_units(rows: &[Row]) -> Vec<(String, Vec<String>)> {
    let mut by_key: BTreeMap<&str, Vec<String>> = BTreeMap::new();
    for r in rows {
        let units = by_key.entry(&r.key).or_default();
        if !units.contains(&r.unit) {
            units.push(r.unit.clone());
        }
    }
    by_key.into_iter().filter(|(_, u)| u.len() > 1).map(|(k, u)| (k.to_string(), u)).collect()
}

fn no_registered_unit(_: &str) -> Option<String> {
    None
}

fn any_value(_: &str, _: &str, _: (i64, u32)) -> Result<(), String> {
    Ok(())
}

impl<'a> Policy<'a> {
    /// The product's data (`build.rs`): keys defined by the data itself,
    /// sources registered in `data/sources.tsv` or URLs (`source_known`).
    pub fn data(source_known: &'a dyn Fn(&str) -> bool) -> Self {
        Policy { set: false, source_known, key_unit: &no_registered_unit, value_ok: &any_value }
    }
}

/// True for `http://…` and `https://…`.
pub fn is_url(s: &str) -> bool {
    s.starts_with("https://") || s.starts_with("http://")
}

#[cfg(test)]
mod text_tests {
    use super::{join_texts, parse_int, trim_suffix, without_text};

    #[test]
    fn texts_joined_as_std_joins_them() {
        for parts in [vec![], vec!["a".to_string()], vec!["a".into(), "".into(), "令和6年度".into()]] {
            assert_eq!(join_texts(&parts, "、"), parts.join("、"));
        }
    }

    #[test]
    fn whole_numbers_as_str_parse_reads_them() {
        for t in [
            "",
            "0",
            "-0",
            "+0",
            "12",
            "+12",
            "-12",
            "-",
            "+",
            "1 ",
            " 1",
            "1.0",
            "4294967295",
            "4294967296",
            "2147483647",
            "2147483648",
            "-2147483648",
            "-2147483649",
            "99999999999999999999",
            "+-1",
            "0012",
            "元",
        ] {
            assert_eq!(parse_int::<i32>(t), t.parse::<i32>().ok(), "i32 {t}");
            assert_eq!(parse_int::<u32>(t), t.parse::<u32>().ok(), "u32 {t}");
        }
    }

    #[test]
    fn text_helpers_as_std_gives_them() {
        for hay in ["", "a", "個別支援計画未作成減算の1〜2か月目", "abab", "aab", "6:1:1", "7.5対1", ":1", "x:1y"]
        {
            for needle in ["", "a", "ab", "個別支援計画未作成減算の", ":1", "対1", "zz"] {
                assert_eq!(without_text(hay, needle), hay.replace(needle, ""), "{hay} {needle}");
                if !needle.is_empty() {
                    assert_eq!(trim_suffix(hay, needle), hay.trim_end_matches(needle), "{hay} {needle}");
                }
            }
        }
    }
}
