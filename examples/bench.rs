//! Native time of the core on one request: JSON text in, JSON text out —
//! `hoshu::api::run_json` and the response written as text, the very work
//! the wasm module's `calculateJson` does (tests/bench/wasm-bench.mjs).
//! Reports figures; asserts nothing about time.
//!
//!   cargo run --release --example bench -- [REQUEST.json] [RUNS] [SECONDS_PER_RUN]
//!
//! Defaults: tests/cases/bench-request.json, 5 runs, 0.5 s each (at least one
//! call a run). Prints one JSON line: `{"side":"native","ok":…,"ms_per_call":[…]}`,
//! one time per run.

use std::time::{Duration, Instant};

fn work(text: &str) -> String {
    serde_json::to_string(&hoshu::api::run_json(text)).unwrap_or_default()
}

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().unwrap_or_else(|| "tests/cases/bench-request.json".to_string());
    let runs: usize = args.next().and_then(|s| s.parse().ok()).unwrap_or(5);
    let seconds: f64 = args.next().and_then(|s| s.parse().ok()).unwrap_or(0.5);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));

    let ok = hoshu::api::run_json(&text).ok;
    // Warm up: a few calls, at most about one run's time.
    let warm = Instant::now();
    for _ in 0..200 {
        std::hint::black_box(work(std::hint::black_box(&text)));
        if warm.elapsed().as_secs_f64() > seconds {
            break;
        }
    }
    let budget = Duration::from_secs_f64(seconds);
    let mut per_call = Vec::new();
    for _ in 0..runs {
        let start = Instant::now();
        let mut count: u64 = 0;
        while count == 0 || start.elapsed() < budget {
            std::hint::black_box(work(std::hint::black_box(&text)));
            count += 1;
        }
        per_call.push(start.elapsed().as_secs_f64() * 1000.0 / count as f64);
    }
    let list: Vec<String> = per_call.iter().map(|t| format!("{t:.6}")).collect();
    println!("{{\"side\":\"native\",\"ok\":{ok},\"bytes\":{},\"ms_per_call\":[{}]}}", text.len(), list.join(","));
}
