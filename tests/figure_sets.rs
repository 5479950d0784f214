//! Figure sets (資料セット), every missing figure at once, the previous 年度
//! carried forward on request, what each result rests on, 計画相談's 処遇改善,
//! and the coverage page's counts — issue 11.

use hoshu::api::{run_value, to_value};
use hoshu::engine::params::{all_rows, source_doc};
use hoshu::engine::rows::{self, is_url, Policy};
use hoshu::engine::sets::FigureSet;
use serde_json::{json, Value};

const HEAD: &str = "# title: テストの資料セット\n# publisher: テスト事業所\n# date: 2026-11-01\n";
const COLS: &str = "key\tfrom\tto\tvalue\tunit\tstatus\tsource\tlocator\tnote\n";

/// A set's text: the header, the column names, then `rows` (tab-separated lines).
fn set(rows: &[&str]) -> String {
    format!("{HEAD}{COLS}{}\n", rows.join("\n"))
}

fn run(v: Value) -> Value {
    to_value(&run_value(v))
}

const CELL: &str = "seikatsu_kaigo.basic.cap-11-20.kubun4.6-7h";

fn cell_row(value: &str) -> String {
    format!("{CELL}\t2024-04\t\t{value}\tunits_per_day\tsecondary\t当事業所のサービスコード表\t生活介護 11〜20人 区分4 6時間以上7時間未満\t生活介護サービス費（利用定員11〜20人・区分4・6時間以上7時間未満）")
}

fn day(month_day: &str, sets: Value) -> Value {
    json!({
        "calculator": "seikatsu_kaigo.day", "service_date": month_day,
        "office": {"capacity": 20}, "user": {"kubun": "4"},
        "plan": {"service_minutes": "6:30"}, "day": {"situation": "as_planned"},
        "figure_sets": sets
    })
}

// ------------------------------------------------------------------ validation

/// (what, the bad row, line, column): every row the product's own data would
/// refuse too (build.rs reads it with the same reader).
fn bad_rows() -> Vec<(&'static str, String, usize, usize)> {
    let ok = cell_row("620");
    vec![
        ("bad unit", ok.replace("units_per_day", "unit_per_day"), 5, 5),
        ("missing source", ok.replace("当事業所のサービスコード表", ""), 5, 7),
        ("float 1e3", ok.replace("\t620\t", "\t1e3\t"), 5, 4),
        ("全角 value", ok.replace("\t620\t", "\t６２０\t"), 5, 4),
        ("comma", ok.replace("\t620\t", "\t1,000\t"), 5, 4),
        ("bad month", ok.replace("2024-04", "2024/4"), 5, 2),
        ("to before from", ok.replace("2024-04\t\t", "2024-04\t2023-03\t"), 5, 3),
        ("no note", ok.replace("生活介護サービス費（利用定員11〜20人・区分4・6時間以上7時間未満）", ""), 5, 9),
        ("eight columns", ok.replacen('\t', "", 1), 5, 0),
        ("bad status", ok.replace("\tsecondary\t", "\tmaybe\t"), 5, 6),
    ]
}

fn at(p: &Value) -> (u64, u64) {
    (p["at"]["line"].as_u64().unwrap_or(0), p["at"]["column"].as_u64().unwrap_or(99))
}

#[test]
fn each_bad_row_is_answered_by_line_and_column() {
    for (what, row, line, column) in bad_rows() {
        let r = run(day("2026-11-04", json!([{ "text": set(&[&row]) }])));
        assert_eq!(r["ok"], false, "{what}");
        let p = &r["problems"][0];
        assert_eq!(p["field"], "figure_sets[0].text", "{what}");
        assert_eq!(at(p), (line as u64, column as u64), "{what}: {p}");
        let msg = p["message"].as_str().unwrap_or("");
        assert!(msg.contains(&format!("{line}行目")), "{what}: {msg}");
        assert!(msg.contains("テストの資料セット"), "{what}: {msg}");
    }
}

#[test]
fn the_rows_build_rs_refuses_are_refused_at_load() {
    let known = |s: &str| is_url(s) || source_doc(s).is_some();
    let data = Policy::data(&known);
    for (what, row, line, column) in bad_rows() {
        let text = set(&[&row]);
        let (_, build) = rows::read(&text, &data);
        assert!(
            build.iter().any(|e| (e.line, e.column) == (line, column)),
            "build.rs's reader accepts the {what} row: {build:?}"
        );
        let load = FigureSet::parse(None, &text, "text").expect_err(what);
        assert!(
            load.iter().any(|p| p.at.is_some_and(|a| (a.line as usize, a.column as usize) == (line, column))),
            "{what}"
        );
    }
    // And every row of the product's own data passes the set reader's shape checks.
    assert!(all_rows().len() > 1000);
}

#[test]
fn unknown_keys_units_that_differ_and_overlaps_are_named() {
    let unknown = cell_row("620").replace(CELL, "seikatsu_kaigo.basic.cap-11-20.kubun4.6-7x");
    let e = FigureSet::parse(None, &set(&[&unknown]), "text").expect_err("unknown key");
    assert_eq!(e[0].at.map(|a| (a.line, a.column)), Some((5, 1)));
    assert!(e[0].message.contains("登録されていません"), "{}", e[0].message);

    let other_unit = cell_row("620").replace("units_per_day", "units_per_month");
    let e = FigureSet::parse(None, &set(&[&other_unit]), "text").expect_err("unit");
    assert_eq!(e[0].at.map(|a| (a.line, a.column)), Some((5, 5)));
    assert!(e[0].message.contains("units_per_day"), "{}", e[0].message);

    let a = cell_row("620").replace("2024-04\t\t", "2024-04\t2026-03\t");
    let b = cell_row("630").replace("2024-04\t\t", "2025-04\t\t");
    let e = FigureSet::parse(None, &set(&[&a, &b]), "text").expect_err("overlap");
    assert_eq!(e[0].at.map(|a| (a.line, a.column)), Some((6, 2)));
    assert!(e[0].message.contains("5行目"), "{}", e[0].message);

    let beyond = cell_row("20001");
    let e = FigureSet::parse(None, &set(&[&beyond]), "text").expect_err("bounds");
    assert_eq!(e[0].at.map(|a| (a.line, a.column)), Some((5, 4)));

    let band = "seikatsu_kaigo.time_band.6-7h\t2024-04\t\t350\tmin_incl\tofficial\t告示\t第6の1\t区分";
    assert!(FigureSet::parse(None, &set(&[band]), "text").is_err(), "bands are the product's own");

    let no_header = format!("{COLS}{}\n", cell_row("620"));
    let e = FigureSet::parse(None, &no_header, "text").expect_err("header");
    assert!(e.iter().any(|p| p.message.contains("名称")), "{e:?}");
}

#[test]
fn ten_thousand_rows_load_and_garbage_never_panics() {
    // 10,000 valid rows: one key, one month each.
    let mut rows = Vec::new();
    let mut ym = (2024, 4);
    for i in 0..10_000 {
        let (y, m) = ym;
        rows.push(format!(
            "{CELL}\t{y:04}-{m:02}\t{y:04}-{m:02}\t{}\tunits_per_day\tsecondary\t表\t{i}\t生活介護サービス費",
            600 + i % 100
        ));
        ym = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
        if ym.0 > 2100 {
            break;
        }
    }
    let text = set(&rows.iter().map(String::as_str).collect::<Vec<_>>());
    let t = std::time::Instant::now();
    let r = FigureSet::parse(None, &text, "text");
    assert!(t.elapsed().as_secs() < 5);
    assert_eq!(r.map(|s| s.rows.len()).unwrap_or(0), rows.len());

    // 10,000 bad rows: answered (capped), never a panic.
    let bad: Vec<String> = (0..10_000).map(|i| format!("x\t{i}\t\t\u{0}\t\t\t\t\t")).collect();
    let e = FigureSet::parse(None, &set(&bad.iter().map(String::as_str).collect::<Vec<_>>()), "text").expect_err("bad");
    assert!(e.len() <= hoshu::engine::sets::MAX_SET_PROBLEMS + 1);
    assert!(e.last().is_some_and(|p| p.message.contains("ほかに")));
    for junk in ["", "\u{feff}", "#", "\t\t\t", "key\tfrom", "\n\n\n", "🙂\t🙂"] {
        let _ = FigureSet::parse(None, junk, "text");
    }
}

// ------------------------------------------------------------------ precedence

#[test]
fn a_set_fills_the_missing_seikatsu_kaigo_cell_and_is_named() {
    let refused = run(day("2026-11-04", json!(null)));
    assert_eq!(refused["ok"], false);
    assert_eq!(refused["problems"][0]["code"], "missing_figure");

    let r = run(day("2026-11-04", json!([{ "text": set(&[&cell_row("620")]) }])));
    assert_eq!(r["ok"], true, "{r}");
    assert_eq!(r["result"]["day"]["basic_units"], 620);
    let steps = r["result"]["day"]["steps"].as_array().cloned().unwrap_or_default();
    let basic = steps.iter().find(|s| s["rule"] == "seikatsu_kaigo.day.basic_units").expect("basic step");
    assert_eq!(basic["sources"][0]["status"], "set");
    assert!(basic["sources"][0]["title"].as_str().unwrap_or("").contains("テストの資料セット"));
    assert!(basic["sources"][0]["locator"].as_str().unwrap_or("").contains("5行目"));
    assert_eq!(r["basis"]["flagged"], true);
    assert_eq!(r["basis"]["set"], 1);
    assert!(r["basis"]["label"].as_str().unwrap_or("").contains("資料セット 1件"));
}

#[test]
fn a_set_never_overrides_an_official_figure() {
    let key = "seikatsu_kaigo.basic.cap-71-80.kubun4.4-5h"; // official: 319
    let row = format!("{key}\t2024-04\t\t999\tunits_per_day\tofficial\t表\t区分4\t生活介護サービス費");
    let req = json!({
        "calculator": "seikatsu_kaigo.day", "service_date": "2026-11-04",
        "office": {"capacity": 75}, "user": {"kubun": "4"},
        "plan": {"service_minutes": "4:30"}, "day": {},
        "figure_sets": [{ "name": "市の表", "text": set(&[&row]) }]
    });
    let r = run(req);
    assert_eq!(r["ok"], true, "{r}");
    assert_eq!(r["result"]["day"]["basic_units"], 319);
    let notice = r["notices"][0]["message"].as_str().unwrap_or("");
    assert!(notice.contains("999") && notice.contains("319") && notice.contains("公的資料"), "{notice}");
    let text = r.to_string();
    assert!(text.contains("資料セット「市の表」の値 999"), "the step says why");
    assert_eq!(r["basis"]["set"], 0);
    // The page is told when it loads the set.
    let c = hoshu::api::check_set(&set(&[&row]), None);
    assert!(c.ok);
    assert_eq!(c.notices.len(), 1);
    assert_eq!(c.notices[0].at.map(|a| a.line), Some(5));
}

#[test]
fn a_set_replacing_a_secondary_figure_names_the_value_it_replaced() {
    let key = "seikatsu_kaigo.basic.cap-11-20.kubun4.lt3h"; // secondary: 268
    let row = format!(
        "{key}\t2024-04\t\t270\tunits_per_day\tofficial\t事業所のサービスコード表\t区分4 3時間未満\t生活介護サービス費"
    );
    let r = run(json!({
        "calculator": "seikatsu_kaigo.day", "service_date": "2026-11-04",
        "office": {"capacity": 20}, "user": {"kubun": "4"},
        "plan": {"service_minutes": "2:30"}, "day": {},
        "figure_sets": [{ "text": set(&[&row]) }]
    }));
    assert_eq!(r["result"]["day"]["basic_units"], 270, "{r}");
    let text = r.to_string();
    assert!(text.contains("二次資料の値 268"), "{text}");
    // The user's own figure comes before a set's.
    let mut req = day("2026-11-04", json!([{ "text": set(&[&cell_row("620")]) }]));
    req["user_figures"] = json!({ CELL: "625" });
    assert_eq!(run(req)["result"]["day"]["basic_units"], 625);
}

// ------------------------------------------------------------------ every missing figure

fn sk_money(user_figures: Value) -> Value {
    json!({
        "calculator": "money.office_month", "service_month": "2026-11", "service": "seikatsu_kaigo",
        "region": {"grade": "2"}, "treatment": {"level": "i-i"}, "office": {"capacity": 20},
        "users": [
            {"burden_category": "general-1", "kubun": "4", "standard_minutes": "6:30", "days": 20},
            {"burden_category": "general-1", "kubun": "6", "standard_minutes": "7:30", "days": 20}
        ],
        "user_figures": user_figures
    })
}

#[test]
fn one_response_lists_every_missing_figure_and_the_second_computes() {
    let r = run(sk_money(json!({})));
    assert_eq!(r["ok"], false);
    let keys: Vec<&str> = r["problems"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|p| {
            assert_eq!(p["code"], "missing_figure", "only missing figures: {p}");
            p["figure"]["key"].as_str().unwrap_or("")
        })
        .collect();
    assert_eq!(keys, ["money.treatment.seikatsu-kaigo.i-i", CELL, "seikatsu_kaigo.basic.cap-11-20.kubun6.7-8h",]);
    let typed: serde_json::Map<String, Value> =
        keys.iter().zip(["0.1", "620", "900"]).map(|(k, v)| (k.to_string(), json!(v))).collect();
    let r = run(sk_money(Value::Object(typed)));
    assert_eq!(r["ok"], true, "{r}");
    assert_eq!(r["basis"]["user"], 3);
}

#[test]
fn missing_figures_never_hide_a_bad_input() {
    let mut req = sk_money(json!({}));
    req["users"][1]["days"] = json!(40);
    let r = run(req);
    assert!(r["problems"].as_array().into_iter().flatten().any(|p| p["field"] == "users[1].days"), "{r}");
}

// ------------------------------------------------------------------ carry forward

fn yokohama(month: &str, carry_forward: bool) -> Value {
    json!({
        "calculator": "yokohama_gh.month", "service_month": month, "carry_forward": carry_forward,
        "home": {"capacity": 4, "area": "urban", "building": "rented", "monthly_rent": 200000, "support": "all_year", "night_support": true, "empty_rooms": 1},
        "residents": [{"kubun": "2", "authority": "yokohama"}, {"kubun": "4", "authority": "yokohama"}, {"kubun": "3", "authority": "other"}]
    })
}

fn every_step(v: &Value, f: &mut impl FnMut(&Value)) {
    match v {
        Value::Object(m) => {
            if m.contains_key("rule") && m.contains_key("sources") {
                f(v);
            }
            m.values().for_each(|x| every_step(x, f));
        }
        Value::Array(a) => a.iter().for_each(|x| every_step(x, f)),
        _ => {}
    }
}

#[test]
fn yokohama_gh_2026_11_refused_by_default_and_carried_forward_on_request() {
    let r = run(yokohama("2026-11", false));
    assert_eq!(r["ok"], false);
    let p = &r["problems"][0];
    assert_eq!(p["code"], "not_in_force");
    assert_eq!(p["carry_forward"], "令和7年度の単価で試算する");

    let r = run(yokohama("2026-11", true));
    assert_eq!(r["ok"], true, "{r}");
    // The 令和7年度 worked example's figures, re-dated: the same amounts.
    assert_eq!(r["result"]["total"], 224580);
    assert!(r["basis"]["provisional"].as_u64().unwrap_or(0) > 0);
    assert!(r["basis"]["label"].as_str().unwrap_or("").starts_with("前年度の単価による試算"));
    let mut steps = 0;
    every_step(&r["result"], &mut |s| {
        steps += 1;
        let notes = s["notes"].to_string();
        assert!(notes.contains("前年度の単価による試算"), "{s}");
    });
    assert!(steps > 5);
    assert!(r.to_string().contains("\"status\":\"provisional\""));

    // Its own month is exact and never provisional, asked or not.
    let own = run(yokohama("2025-06", true));
    assert_eq!(own["result"]["total"], 224580);
    assert_eq!(own["basis"]["provisional"], 0);
    assert!(!own.to_string().contains("\"status\":\"provisional\""));
}

#[test]
fn carry_forward_is_only_for_tables_renewed_each_year() {
    // 処遇改善加算(Ⅴ) ended with 令和6年度: a new rule, not a late table.
    let r = run(json!({
        "calculator": "money.office_month", "service_month": "2025-06", "service": "units",
        "price_service": "shuro-b", "region": {"grade": "2"}, "treatment": {"level": "v-1"},
        "users": [{"burden_category": "general-1", "units": 1000}], "carry_forward": true
    }));
    assert_eq!(r["ok"], false);
    assert_eq!(r["problems"][0]["code"], "not_in_force");
    assert!(r["problems"][0].get("carry_forward").is_none());
}

// ------------------------------------------------------------------ 計画相談 処遇改善

fn soudan_money(month: &str, level: &str) -> Value {
    json!({
        "calculator": "money.office_month", "service_month": month, "service": "units",
        "price_service": "keikaku-soudan", "region": {"grade": "1"}, "treatment": {"level": level},
        "users": [{"units": 1000}]
    })
}

#[test]
fn keikaku_soudan_treatment_from_2026_06_at_5_1_percent_secondary() {
    let none = run(soudan_money("2026-05", "none"));
    assert_eq!(none["result"]["users"][0]["treatment_units"], 0, "{none}");
    let may = run(soudan_money("2026-05", "single"));
    assert_eq!(may["problems"][0]["code"], "not_in_force");
    assert_eq!(may["problems"][0]["field"], "treatment.level");
    assert!(may["problems"][0]["message"].as_str().unwrap_or("").contains("令和8年6月"));

    let june = run(soudan_money("2026-06", "single"));
    assert_eq!(june["ok"], true, "{june}");
    assert_eq!(june["result"]["treatment_rate"], "0.051");
    assert_eq!(june["result"]["users"][0]["treatment_units"], 51);
    // 相談支援 has no 利用者負担: the 給付費 is the whole 総費用額.
    assert_eq!(june["result"]["users"][0]["burden_yen"], 0);
    assert_eq!(june["result"]["users"][0]["benefit_yen"], june["result"]["users"][0]["total_yen"]);
    let steps = june["result"]["steps"].as_array().cloned().unwrap_or_default();
    let rate = steps.iter().find(|s| s["rule"] == "money.treatment.rate").expect("rate step");
    assert_eq!(rate["sources"][0]["status"], "secondary");
    assert_eq!(june["basis"]["flagged"], true);
    // The 相談支援系 has no levels: (Ⅰ) is not a rate of theirs.
    assert_eq!(run(soudan_money("2026-06", "i-i"))["ok"], false);
}

// ------------------------------------------------------------------ saving typed figures

#[test]
fn typed_figures_become_a_set_another_colleague_can_load() {
    let saved = hoshu::api::save_figures(json!({
        "header": {"title": "当事業所の値", "publisher": "A事業所", "date": "2026-11-29"},
        "figures": [{"key": CELL, "value": "６２０", "month": "2026-11"},
                    {"key": "money.treatment.seikatsu-kaigo.i-i", "value": "0.1", "month": "2026-11"}]
    }));
    assert!(saved.ok, "{:?}", saved.problems);
    let text = saved.text.unwrap_or_default();
    let s = FigureSet::parse(None, &text, "text").expect("loads");
    assert_eq!(s.rows.len(), 2);
    assert_eq!(s.title, "当事業所の値");
    // Saved again: the same key's row is replaced, not doubled.
    let again = hoshu::api::save_figures(json!({
        "existing": text, "figures": [{"key": CELL, "value": "630", "month": "2026-11"}]
    }));
    let s = FigureSet::parse(None, &again.text.unwrap_or_default(), "text").expect("loads");
    assert_eq!(s.rows.len(), 2);
    assert!(s.rows.iter().any(|r| r.key == CELL && r.value == Some(630.into())));
    let r = run(day("2026-11-04", json!([{ "text": text }])));
    assert_eq!(r["result"]["day"]["basic_units"], 620);
    let bad = hoshu::api::save_figures(json!({"figures": [{"key": CELL, "value": "abc", "month": "2026-11"}]}));
    assert!(!bad.ok && bad.problems[0].field == "figures[0].value");
}

// ------------------------------------------------------------------ coverage

#[test]
fn the_coverage_agrees_with_the_data() {
    let c = hoshu::api::coverage(Value::Null);
    let fy = |y: i32| c.fiscal_years.iter().position(|f| f.year == y).expect("year");
    // 生活介護 基本報酬: its cells by status, counted from the rows directly.
    let sk = c.calculators.iter().find(|x| x.name == "seikatsu_kaigo.day").expect("calculator");
    let count = |status: hoshu::engine::trace::Status, prefix: &str| {
        all_rows().iter().filter(|r| r.key.starts_with(prefix) && r.status == status).count()
    };
    let basic: Vec<&hoshu::coverage::FigureCoverage> =
        sk.figures.iter().map(|&i| &c.figures[i]).filter(|f| f.key.starts_with("seikatsu_kaigo.basic.")).collect();
    let in_2026 = |s: &str| basic.iter().filter(|f| f.years[fy(2026)] == s).count();
    use hoshu::engine::trace::Status::*;
    assert_eq!(in_2026("official"), count(Official, "seikatsu_kaigo.basic."));
    assert_eq!(in_2026("secondary"), count(Secondary, "seikatsu_kaigo.basic."));
    assert_eq!(in_2026("missing"), count(Missing, "seikatsu_kaigo.basic."));
    // Every calculator's totals are the sums of its figures' states.
    for calc in &c.calculators {
        for (y, counts) in calc.years.iter().enumerate() {
            let states: Vec<&str> = calc.figures.iter().map(|&i| c.figures[i].years[y].as_str()).collect();
            let n = |s: &str| states.iter().filter(|x| x.trim_end_matches("+set") == s).count();
            assert_eq!(
                (counts.official, counts.secondary, counts.missing, counts.ended),
                (n("official"), n("secondary"), n("missing"), n("ended")),
                "{} {y}",
                calc.name
            );
        }
    }
    // 横浜市 GH: 令和7年度 official, 令和8年度 past its table's end.
    let gh = c.calculators.iter().find(|x| x.name == "yokohama_gh.month").expect("gh");
    let rows_2025 = all_rows()
        .iter()
        .filter(|r| r.key.starts_with("yokohama_gh.") && !r.key.contains(".setup") && r.unit != "rule")
        .count();
    assert_eq!(gh.years[fy(2025)].official, rows_2025);
    assert_eq!(gh.years[fy(2026)].ended, rows_2025);
    // A set fills what it covers.
    let with = hoshu::api::coverage(json!([{ "text": set(&[&cell_row("620")]) }]));
    let sk = with.calculators.iter().find(|x| x.name == "seikatsu_kaigo.day").expect("calculator");
    assert_eq!(sk.years[fy(2026)].by_sets, 1);
}

#[test]
fn the_command_line_takes_figure_sets() {
    let dir = std::env::temp_dir().join(format!("hoshu-sets-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("dir");
    let tsv = dir.join("set.tsv");
    std::fs::write(&tsv, set(&[&cell_row("620")])).expect("write");
    let req = dir.join("req.json");
    let mut r = day("2026-11-04", Value::Null);
    r.as_object_mut().map(|o| o.remove("figure_sets"));
    std::fs::write(&req, r.to_string()).expect("write");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_hoshu"))
        .args(["--figures", tsv.to_str().unwrap_or(""), req.to_str().unwrap_or("")])
        .output()
        .expect("run");
    let v: Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(v["result"]["day"]["basic_units"], 620, "{v}");
    assert_eq!(out.status.code(), Some(0));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_city_adds_a_new_years_figures_as_a_set() {
    // 横浜市's 令和8年度 table as a city would publish it: every row of the
    // 令和7年度 edition (rules included) re-dated, with its own source.
    let data = std::fs::read_to_string("data/yokohama_gh.tsv").expect("data");
    let rows: Vec<String> = data
        .lines()
        .filter(|l| !l.starts_with('#') && !l.starts_with("key\t"))
        .map(|l| {
            let mut c: Vec<&str> = l.split('\t').collect();
            c[1] = "2026-04";
            c[2] = "2027-03";
            c[6] = "横浜市 令和8年度 障害者グループホーム事務マニュアル";
            if c[7].is_empty() {
                c[7] = "第6節";
            }
            c.join("\t")
        })
        .collect();
    let text = format!(
        "# title: 横浜市 GH 令和8年度単価\n# publisher: 横浜市\n# date: 2026-04-01\n{COLS}{}\n",
        rows.join("\n")
    );
    let mut req = yokohama("2026-11", false);
    req["figure_sets"] = json!([{ "text": text }]);
    let r = run(req);
    assert_eq!(r["ok"], true, "{r}");
    assert_eq!(r["result"]["total"], 224580);
    assert_eq!(r["basis"]["provisional"], 0);
    assert!(r["basis"]["set"].as_u64().unwrap_or(0) > 0);
    // Its own 令和7年度 months still answer from the product's data.
    let mut own = yokohama("2025-06", false);
    own["figure_sets"] = json!([{ "text": text }]);
    assert_eq!(run(own)["basis"]["set"], 0);
}
