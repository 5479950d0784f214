//! The code's health, checked on every run:
//!
//! * every step and unit line of every case names a registered rule
//!   (`hoshu::rules()`), and every rule's function exists in its file;
//! * every figure key a calculation read while running the cases has a row in
//!   `data/`, and is declared by a rule;
//! * no rule function is longer than one provision should be;
//! * no explanation text restates a figure that lives in `data/` (a number with
//!   a unit inside a string literal is refused unless its line says why it is
//!   not a figure: `// prose-figure: …`);
//! * no code of the modules searches text with core's searchers for a text
//!   pattern (`contains("…")`, `split("…")`, `trim_start_matches("…")`…):
//!   each brought core's two-way searcher and its bad-cut panic path into
//!   the modules that reach it (~5 KB gzip; README「性能」) — `engine::rows`
//!   has `find_text`, `split_text`, `trim_prefix`, `trim_suffix`, `without_text`;
//!   nor cuts a decimal with rust_decimal's `fract`/`floor`/`ceil`/`trunc`
//!   (`engine::rounding::is_whole`, `floor`);
//! * `docs/rules.md` is what the registry generates (`HOSHU_UPDATE_DOCS=1
//!   cargo test --test code_health` rewrites it).

mod common;

use hoshu::engine::params::{record_keys, rows_for, rows_under};
use std::collections::{BTreeMap, BTreeSet};
use std::fs;

/// Runs every case: (case, rule ids seen) and the keys read meanwhile.
fn run_cases() -> (Vec<(common::Case, Vec<String>)>, BTreeSet<String>) {
    let mut seen = Vec::new();
    let keys = record_keys(|| {
        for c in common::cases() {
            let resp = hoshu::api::to_value(&hoshu::api::run_value(c.request().clone()));
            let mut ids = Vec::new();
            common::rule_ids(&resp, &mut ids);
            seen.push((c, ids));
        }
    });
    (seen, keys)
}

#[test]
fn every_step_names_a_registered_rule_whose_function_exists() {
    let rules = hoshu::rules();
    let mut ids = BTreeSet::new();
    for r in &rules {
        assert!(ids.insert(r.id), "rule id registered twice: {}", r.id);
        let text = fs::read_to_string(r.file).unwrap_or_default();
        let f = r.function.rsplit("::").next().unwrap_or("");
        assert!(
            text.contains(&format!("fn {f}(")) || text.contains(&format!("fn {f}<")),
            "{}: function {f} not found in {}",
            r.id,
            r.file
        );
    }
    let (seen, _) = run_cases();
    let mut unknown = BTreeMap::new();
    for (c, used) in &seen {
        for id in used {
            if !ids.contains(id.as_str()) && rows_for(&format!("rule.{id}")).is_empty() {
                unknown.entry(id.clone()).or_insert_with(|| c.name.clone());
            }
        }
    }
    assert!(
        unknown.is_empty(),
        "step ids that name no registered rule (declare them with rule! and list them in the service's RULES):\n{}",
        unknown.iter().map(|(k, v)| format!("  {k}  (case: {v})")).collect::<Vec<_>>().join("\n")
    );
}

#[test]
fn every_key_read_exists_and_is_declared_by_a_rule() {
    let rules = hoshu::rules();
    let (_, keys) = run_cases();
    assert!(!keys.is_empty());
    let mut problems = Vec::new();
    for k in &keys {
        let (exists, key) = match k.strip_suffix(".*") {
            Some(p) => (!rows_under(p).is_empty(), format!("{p}.")),
            None => (!rows_for(k).is_empty(), k.clone()),
        };
        if !exists {
            problems.push(format!("  {k}: no row in data/ (a figure no one can ever supply)"));
        }
        if !rules.iter().any(|r| r.reads(&key) || r.reads(k)) {
            problems.push(format!("  {k}: read, but no rule declares it in its keys"));
        }
    }
    assert!(problems.is_empty(), "figure keys:\n{}", problems.join("\n"));
}

/// Every `fn` outside tests, with its length in lines.
fn functions(path: &str) -> Vec<(String, usize, usize)> {
    let text = fs::read_to_string(path).unwrap_or_default();
    let lines: Vec<&str> = text.lines().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let l = lines[i];
        if l.trim() == "#[cfg(test)]" {
            break;
        }
        let t = l.trim_start();
        let indent = l.len() - t.len();
        let t = t
            .strip_prefix("pub(crate) ")
            .or_else(|| t.strip_prefix("pub(super) "))
            .or_else(|| t.strip_prefix("pub "))
            .unwrap_or(t);
        if let Some(rest) = t.strip_prefix("fn ") {
            if !l.trim_end().ends_with(';') {
                let name: String = rest.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
                let close = format!("{}}}", " ".repeat(indent));
                let mut j = i + 1;
                while j < lines.len() && !lines[j].starts_with(&close) {
                    j += 1;
                }
                out.push((name, i + 1, j - i + 1));
            }
        }
        i += 1;
    }
    out
}

fn rust_files(dir: &str, out: &mut Vec<String>) {
    let Ok(rd) = fs::read_dir(dir) else { return };
    for e in rd.flatten() {
        let p = e.path();
        let s = p.to_string_lossy().replace('\\', "/");
        if p.is_dir() {
            if !s.ends_with("/tests") {
                rust_files(&s, out);
            }
        } else if s.ends_with(".rs") {
            out.push(s);
        }
    }
    out.sort();
}

/// Longest a function may be: one provision reads as one screen.
const MAX_LINES: usize = 60;

#[test]
fn no_function_longer_than_one_provision() {
    let mut files = Vec::new();
    rust_files("src", &mut files);
    let mut long = Vec::new();
    for f in &files {
        for (name, line, n) in functions(f) {
            if n > MAX_LINES {
                long.push(format!("  {f}:{line} {name}: {n} lines"));
            }
        }
    }
    assert!(long.is_empty(), "functions over {MAX_LINES} lines:\n{}", long.join("\n"));
}

/// Text searched with a text pattern by core's `str` methods: each call
/// brings core's two-way searcher (and its panic path for a bad cut) into
/// every module that reaches it. `strip_prefix`/`strip_suffix` and char
/// patterns (`split('.')`) do not.
const SEARCHERS: &[&str] = &[
    "contains(\"",
    "find(\"",
    "rfind(\"",
    "split(\"",
    "rsplit(\"",
    "split_once(\"",
    "rsplit_once(\"",
    "split_terminator(\"",
    "matches(\"",
    "match_indices(\"",
    "trim_start_matches(\"",
    "trim_end_matches(\"",
    "trim_matches(\"",
    "replace(\"",
    "replacen(\"",
    // rust_decimal's `fract`, `floor`, `ceil`, `trunc` bring its subtraction
    // and rescaling (~2 KB gzip of a module): `rounding::is_whole`, `floor`.
    "fract()",
    "floor()",
    "ceil()",
    "trunc()",
];

#[test]
fn no_text_searched_with_cores_searchers() {
    let mut files = Vec::new();
    rust_files("src", &mut files);
    let mut found = Vec::new();
    for f in &files {
        let text = fs::read_to_string(f).unwrap_or_default();
        // The module's own tests (last in a file) are host code only.
        let code = text.split("#[cfg(test)]").next().unwrap_or("");
        for (i, line) in code.lines().enumerate() {
            let t = line.trim_start();
            if t.starts_with("//") {
                continue;
            }
            if let Some(p) = SEARCHERS.iter().find(|p| line.contains(&format!(".{p}"))) {
                found.push(format!("  {f}:{} .{p}…: {}", i + 1, t));
            }
        }
    }
    assert!(
        found.is_empty(),
        "text searched with core's searchers (use engine::rows::find_text, split_text, trim_prefix, trim_suffix, without_text), or a decimal cut by rust_decimal's own (use engine::rounding::is_whole, floor):\n{}",
        found.join("\n")
    );
}

/// A number with a unit of this domain inside a Rust string literal.
fn restates_a_figure(literal: &str) -> bool {
    const UNITS: &[&str] =
        &["時間", "分", "単位", "円", "%", "％", "割", "か月", "ヶ月", "カ月", "人", "点", "件", "歳", "回"];
    let chars: Vec<char> = literal.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii_digit() || ('０'..='９').contains(&chars[i]) {
            let start = i;
            while i < chars.len()
                && (chars[i].is_ascii_digit()
                    || ('０'..='９').contains(&chars[i])
                    || chars[i] == ','
                    || chars[i] == '.')
            {
                i += 1;
            }
            let before: String = chars[start.saturating_sub(4)..start].iter().collect();
            let after: String = chars[i..chars.len().min(i + 3)].iter().collect();
            let is_locator =
                ["問", "第", "§", "VOL.", "資料", "l.", "例", "令和", "平成", "No.", "様式", "別表", "p.", "その"]
                    .iter()
                    .any(|p| before.ends_with(p));
            // `{}` placeholders are built from figures; a bare count word ("1日あたり") is not a figure.
            let is_unit_phrase = ["1日あたり", "1回あたり", "1月あたり", "1か月あたり"].iter().any(|p| {
                let s: String = chars[start..chars.len().min(start + p.chars().count())].iter().collect();
                &s == p
            });
            if !is_locator && !is_unit_phrase && UNITS.iter().any(|u| after.starts_with(u)) {
                return true;
            }
        } else {
            i += 1;
        }
    }
    false
}

/// String literals of a line (rough, enough for this check).
fn literals(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = None::<String>;
    let mut esc = false;
    for ch in line.chars() {
        match (&mut cur, ch) {
            (None, '"') => cur = Some(String::new()),
            (Some(s), _) if esc => {
                s.push(ch);
                esc = false;
            }
            (Some(_), '\\') => esc = true,
            (Some(s), '"') => {
                out.push(std::mem::take(s));
                cur = None;
            }
            (Some(s), c) => s.push(c),
            _ => {}
        }
    }
    out
}

#[test]
fn no_figure_restated_in_prose() {
    let mut files = Vec::new();
    for d in ["src/national", "src/local", "src/money"] {
        rust_files(d, &mut files);
    }
    let mut found = Vec::new();
    for f in &files {
        let text = fs::read_to_string(f).unwrap_or_default();
        let mut prev = "";
        // A rule's declaration names and locates the provision: not explanation text.
        let mut in_rule = false;
        for (i, line) in text.lines().enumerate() {
            let t = line.trim_start();
            let allowed = line.contains("// prose-figure:") || prev.trim_start().starts_with("// prose-figure:");
            prev = line;
            if t.starts_with("rule!(") {
                in_rule = true;
            }
            let declaring = in_rule;
            if in_rule && (t.starts_with(");") || t.ends_with(");")) {
                in_rule = false;
            }
            if t.starts_with("//") || t.starts_with("#[") || allowed || declaring {
                continue;
            }
            for lit in literals(line) {
                if restates_a_figure(&lit) {
                    found.push(format!("  {f}:{}: \"{lit}\"", i + 1));
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "string literals that state a figure (build the text from the figure, or say why it is not one with `// prose-figure: …`):\n{}",
        found.join("\n")
    );
}

/// The areas of the tree, as a reader names them.
const AREAS: &[(&str, &str)] = &[
    ("engine", "共通（計算の土台）"),
    ("national/seikatsu_kaigo", "生活介護"),
    ("national/shuro", "就労系サービス（就労継続支援A型・B型、就労移行支援、就労定着支援、就労選択支援）"),
    ("national/soudan", "計画相談支援・障害児相談支援"),
    ("national/group_home", "共同生活援助（グループホーム）"),
    ("national/kaikei", "就労支援事業会計"),
    ("local/yokohama/gh", "横浜市 障害者グループホーム（市単独加算・運営費補助・設置費等補助）"),
    ("money", "円の計算（1単位の単価、処遇改善加算、利用者負担、給付費）"),
];

/// `docs/rules.md`: 規定名 → id → where written → file:function → keys → cases.
fn rules_markdown() -> String {
    let (seen, _) = run_cases();
    let mut cases_of: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for (c, ids) in &seen {
        let ids: BTreeSet<&String> = ids.iter().collect();
        for id in ids {
            cases_of.entry(id.clone()).or_default().push(format!("{} — {}", c.file, c.name));
        }
    }
    let mut out = String::from(
        "<!-- @generated by tests/code_health.rs from hoshu::rules() and tests/cases — edit the code, then run\n     HOSHU_UPDATE_DOCS=1 cargo test --test code_health -->\n\
         # 規定の一覧（rules）\n\n\
         Every provision the product applies: its Japanese name, the id shown in each\n\
         step of an explanation, where it is written, the function that applies it,\n\
         the figure keys it reads (`data/*.tsv`; a key ending in `.` is a group), and\n\
         the cases that exercise it (`tests/cases/`). Search this page for the name\n\
         you know (「建物借上加算」, 「配慮」, 「初回加算」).\n",
    );
    let mut by_area: BTreeMap<String, Vec<&hoshu::engine::rules::Rule>> = BTreeMap::new();
    for r in hoshu::rules() {
        let area = r.file.trim_start_matches("src/").rsplit_once('/').map(|(d, _)| d).unwrap_or("").to_string();
        by_area.entry(area).or_default().push(r);
    }
    for (area, rules) in by_area {
        let title = AREAS.iter().find(|(p, _)| area.starts_with(p)).map(|(_, t)| *t).unwrap_or("");
        out.push_str(&format!("\n## {title} — `src/{area}/`\n\n| 規定名 | id | 根拠 | 関数 | 数値キー | ケース |\n|---|---|---|---|---|---|\n"));
        for r in rules {
            let f = r.function.rsplit("::").next().unwrap_or("");
            let keys = r.keys.iter().map(|k| format!("`{k}`")).collect::<Vec<_>>().join("<br>");
            let cases = cases_of.get(r.id).map(|v| {
                let mut s = v.iter().take(2).cloned().collect::<Vec<_>>().join("<br>");
                if v.len() > 2 {
                    s.push_str(&format!("<br>（ほか{}件）", v.len() - 2));
                }
                s
            });
            out.push_str(&format!(
                "| {} | `{}` | {} | `{}` `{f}` | {} | {} |\n",
                r.name.replace('|', "｜"),
                r.id,
                r.source.replace('|', "｜"),
                r.file,
                keys,
                cases.unwrap_or_else(|| "—".into()).replace('|', "｜")
            ));
        }
    }
    out
}

#[test]
fn docs_rules_md_is_generated_from_the_registry() {
    let want = rules_markdown();
    if std::env::var("HOSHU_UPDATE_DOCS").is_ok() {
        fs::write("docs/rules.md", &want).expect("write docs/rules.md");
        return;
    }
    let have = fs::read_to_string("docs/rules.md").unwrap_or_default();
    assert!(have == want, "docs/rules.md is out of date: run `HOSHU_UPDATE_DOCS=1 cargo test --test code_health`");
}
