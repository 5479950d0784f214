//! Command line: JSON request(s) in, JSON response(s) out, over the same core.
//!
//! ```text
//! hoshu request.json            # one request, or an array of requests (batch)
//! hoshu < request.json          # the same from standard input
//! hoshu --jsonl < requests.jsonl  # one request per line, one response per line
//! hoshu --list                  # the calculators
//! hoshu --figures set.tsv request.json   # with a figure set (資料セット; repeatable)
//! hoshu --carry-forward request.json     # past a table's end: the previous 年度's figures, marked provisional
//! ```
//! Exit status: 0 when every response is ok, 1 when any has problems, 2 when
//! the input cannot be read.

use hoshu::api;
use std::io::{self, Read, Write};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let code = match run(&args) {
        Ok(all_ok) => {
            if all_ok {
                0
            } else {
                1
            }
        }
        Err(e) => {
            eprintln!("hoshu: {e}");
            2
        }
    };
    std::process::exit(code);
}

fn run(args: &[String]) -> Result<bool, String> {
    let mut out = io::stdout().lock();
    if args.iter().any(|a| a == "--help" || a == "-h") {
        writeln!(out, "使い方: hoshu [--jsonl] [--list] [--figures 資料セット.tsv]… [--carry-forward] [FILE]\n  FILE（省略時は標準入力）のJSONリクエスト（配列なら一括）を計算し、JSONで応答します。\n  --figures: 資料セット（data/*.tsv と同じ形の表）を使います（何度でも）。\n  --carry-forward: 登録の終わった表は前年度の単価で試算します（前年度の単価による試算と表示）。").map_err(|e| e.to_string())?;
        return Ok(true);
    }
    if args.iter().any(|a| a == "--list") {
        for (name, title) in api::catalog() {
            writeln!(out, "{name}\t{title}").map_err(|e| e.to_string())?;
        }
        return Ok(true);
    }
    let jsonl = args.iter().any(|a| a == "--jsonl");
    let carry_forward = args.iter().any(|a| a == "--carry-forward");
    let (sets, rest) = figure_sets(args)?;
    let file = rest.first();
    let mut bytes = Vec::new();
    match file {
        Some(f) => bytes = std::fs::read(f).map_err(|e| format!("{f}: {e}"))?,
        None => {
            io::stdin().read_to_end(&mut bytes).map_err(|e| e.to_string())?;
        }
    }
    if jsonl {
        return jsonl_lines(&mut out, &bytes, &sets, carry_forward);
    }
    let text = String::from_utf8(bytes)
        .map_err(|_| "入力はUTF-8の文字として読めません（文字コードを確認してください）。".to_string())?;
    let v = api::run_batch_json_with(&text, &sets, carry_forward);
    let all_ok = match &v {
        serde_json::Value::Array(a) => a.iter().all(|r| r["ok"] == serde_json::Value::Bool(true)),
        r => r["ok"] == serde_json::Value::Bool(true),
    };
    let s = serde_json::to_string_pretty(&v).map_err(|e| e.to_string())?;
    writeln!(out, "{s}").map_err(|e| e.to_string())?;
    Ok(all_ok)
}

/// Figure sets as (name, text).
type NamedSets = Vec<(String, String)>;

/// The figure sets named by `--figures FILE` (each read as UTF-8 text), and
/// the arguments that are not options.
fn figure_sets(args: &[String]) -> Result<(NamedSets, Vec<String>), String> {
    let mut sets = Vec::new();
    let mut rest = Vec::new();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        if a == "--figures" {
            let f = it.next().ok_or("--figures の後に資料セットのファイルを指定してください。")?;
            let text = std::fs::read_to_string(f).map_err(|e| format!("{f}: {e}"))?;
            // Named by its own title (`# title: …`).
            sets.push((String::new(), text));
        } else if !a.starts_with("--") {
            rest.push(a.clone());
        }
    }
    Ok((sets, rest))
}

/// Each line answered on its own: a line that is not UTF-8 or not JSON gets
/// its own problem, and every other line is still answered.
fn jsonl_lines(
    out: &mut impl Write,
    bytes: &[u8],
    sets: &[(String, String)],
    carry_forward: bool,
) -> Result<bool, String> {
    let mut all_ok = true;
    for line in bytes.split(|b| *b == b'\n') {
        let r = match std::str::from_utf8(line) {
            Ok(t) if t.trim().is_empty() => continue,
            Ok(t) => match serde_json::from_str::<serde_json::Value>(t) {
                Ok(mut v) if !sets.is_empty() || carry_forward => {
                    api::add_options(&mut v, sets, carry_forward);
                    api::run_value(v)
                }
                _ => api::run_json(t),
            },
            Err(_) => api::Response::refuse(hoshu::engine::problem::Problem::bad_request(
                "",
                "この行はUTF-8の文字として読めません（文字コードを確認してください）。",
            )),
        };
        all_ok &= r.ok;
        let s = serde_json::to_string(&r).map_err(|e| e.to_string())?;
        writeln!(out, "{s}").map_err(|e| e.to_string())?;
    }
    Ok(all_ok)
}
