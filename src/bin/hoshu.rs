//! Command line: JSON request(s) in, JSON response(s) out, over the same core.
//!
//! ```text
//! hoshu request.json            # one request, or an array of requests (batch)
//! hoshu < request.json          # the same from standard input
//! hoshu --jsonl < requests.jsonl  # one request per line, one response per line
//! hoshu --list                  # the calculators
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
        writeln!(out, "使い方: hoshu [--jsonl] [--list] [FILE]\n  FILE（省略時は標準入力）のJSONリクエスト（配列なら一括）を計算し、JSONで応答します。").map_err(|e| e.to_string())?;
        return Ok(true);
    }
    if args.iter().any(|a| a == "--list") {
        for (name, title) in api::catalog() {
            writeln!(out, "{name}\t{title}").map_err(|e| e.to_string())?;
        }
        return Ok(true);
    }
    let jsonl = args.iter().any(|a| a == "--jsonl");
    let file = args.iter().find(|a| !a.starts_with("--"));
    let mut bytes = Vec::new();
    match file {
        Some(f) => bytes = std::fs::read(f).map_err(|e| format!("{f}: {e}"))?,
        None => {
            io::stdin()
                .read_to_end(&mut bytes)
                .map_err(|e| e.to_string())?;
        }
    }
    if jsonl {
        // Each line is answered on its own: a line that is not UTF-8 or not
        // JSON gets its own problem, and every other line is still answered.
        let mut all_ok = true;
        for line in bytes.split(|b| *b == b'\n') {
            let r = match std::str::from_utf8(line) {
                Ok(t) if t.trim().is_empty() => continue,
                Ok(t) => api::run_json(t),
                Err(_) => api::Response::refuse(hoshu::engine::problem::Problem::bad_request(
                    "",
                    "この行はUTF-8の文字として読めません（文字コードを確認してください）。",
                )),
            };
            all_ok &= r.ok;
            let s = serde_json::to_string(&r).map_err(|e| e.to_string())?;
            writeln!(out, "{s}").map_err(|e| e.to_string())?;
        }
        return Ok(all_ok);
    }
    let text = String::from_utf8(bytes).map_err(|_| {
        "入力はUTF-8の文字として読めません（文字コードを確認してください）。".to_string()
    })?;
    let v = api::run_batch_json(&text);
    let all_ok = match &v {
        serde_json::Value::Array(a) => a.iter().all(|r| r["ok"] == serde_json::Value::Bool(true)),
        r => r["ok"] == serde_json::Value::Bool(true),
    };
    let s = serde_json::to_string_pretty(&v).map_err(|e| e.to_string())?;
    writeln!(out, "{s}").map_err(|e| e.to_string())?;
    Ok(all_ok)
}
