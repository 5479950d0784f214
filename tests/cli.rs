//! The command-line entry: a batch of requests in one file gives one response
//! each, in order; the exit status says whether every answer was ok.

use std::io::Write;
use std::process::{Command, Stdio};

fn hoshu(args: &[&str], stdin: &str) -> (i32, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_hoshu"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("run hoshu");
    child.stdin.take().expect("stdin").write_all(stdin.as_bytes()).expect("write");
    let out = child.wait_with_output().expect("wait");
    (out.status.code().unwrap_or(-1), String::from_utf8(out.stdout).expect("utf-8"))
}

const DAY: &str = r#"{"calculator":"seikatsu_kaigo.day","service_date":"2024-06-03","office":{"capacity":75},"user":{"kubun":"6"},"plan":{"service_minutes":"6:00"},"day":{}}"#;

#[test]
fn batch_of_requests_in_one_file() {
    let batch = format!("[{DAY}, {}]", DAY.replace("\"6\"", "\"5\""));
    let (code, out) = hoshu(&[], &batch);
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&out).expect("json");
    assert_eq!(v[0]["result"]["day"]["basic_units"], 1000);
    assert_eq!(v[1]["result"]["day"]["basic_units"], 745);
}

#[test]
fn jsonl_and_exit_status() {
    let lines = format!("{DAY}\n{}\n", DAY.replace("2024-06-03", "2024-03-01"));
    let (code, out) = hoshu(&["--jsonl"], &lines);
    assert_eq!(code, 1, "one response has problems");
    let rs: Vec<serde_json::Value> = out.lines().map(|l| serde_json::from_str(l).expect("json line")).collect();
    assert_eq!(rs.len(), 2);
    assert_eq!(rs[0]["ok"], true);
    assert_eq!(rs[1]["problems"][0]["code"], "not_in_force");
    let (code, out) = hoshu(&["--list"], "");
    assert_eq!(code, 0);
    assert!(out.contains("seikatsu_kaigo.month"));
    let (code, _) = hoshu(&["/nonexistent.json"], "");
    assert_eq!(code, 2);
}

#[test]
fn a_line_that_is_not_utf8_is_answered_on_its_own() {
    use std::io::Write as _;
    let mut child = Command::new(env!("CARGO_BIN_EXE_hoshu"))
        .arg("--jsonl")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("run hoshu");
    let mut input = Vec::new();
    input.extend_from_slice(DAY.as_bytes());
    input.extend_from_slice(b"\n\xff\xfe not utf-8\n");
    input.extend_from_slice(DAY.as_bytes());
    input.push(b'\n');
    child.stdin.take().expect("stdin").write_all(&input).expect("write");
    let out = child.wait_with_output().expect("wait");
    let text = String::from_utf8(out.stdout).expect("utf-8 out");
    let lines: Vec<serde_json::Value> = text.lines().map(|l| serde_json::from_str(l).expect("json line")).collect();
    assert_eq!(lines.len(), 3, "{text}");
    assert_eq!(lines[0]["ok"], true);
    assert_eq!(lines[1]["ok"], false);
    assert!(lines[1]["problems"][0]["message"].as_str().unwrap_or("").contains("UTF-8"));
    assert_eq!(lines[2]["ok"], true);
    // Exit status 1: an answer had problems (documented in the README).
    assert_eq!(out.status.code(), Some(1));
}
