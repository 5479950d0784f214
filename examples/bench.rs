//! Native throughput of the core: `hoshu::api::run_json` on one request,
//! repeated. Reports figures; asserts nothing about time.
//!
//!   cargo run --release --example bench -- [REQUEST.json] [SECONDS]
//!
//! Defaults: tests/cases/bench-request.json, 2 seconds. Prints one line
//! `native calc/s <n> (<count> calls in <secs> s)`.

use std::time::{Duration, Instant};

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args
        .next()
        .unwrap_or_else(|| "tests/cases/bench-request.json".to_string());
    let seconds: f64 = args.next().and_then(|s| s.parse().ok()).unwrap_or(2.0);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));

    let first = hoshu::api::run_json(&text);
    if !first.ok {
        eprintln!("the bench request is not answered: {:?}", first.problems);
        std::process::exit(1);
    }

    // Warm up, then run in batches until the time is spent.
    for _ in 0..200 {
        std::hint::black_box(hoshu::api::run_json(std::hint::black_box(&text)));
    }
    let budget = Duration::from_secs_f64(seconds);
    let start = Instant::now();
    let mut count: u64 = 0;
    while start.elapsed() < budget {
        for _ in 0..100 {
            std::hint::black_box(hoshu::api::run_json(std::hint::black_box(&text)));
        }
        count += 100;
    }
    let secs = start.elapsed().as_secs_f64();
    println!(
        "native calc/s {:.0} ({} calls in {:.2} s)",
        count as f64 / secs,
        count,
        secs
    );
}
