//! # hoshu — 障害福祉サービス等報酬の計算
//!
//! A plain-Rust core (tested with `cargo test` on the host) that computes Japanese
//! disability-welfare remuneration, and a thin WebAssembly facade over it.
//!
//! * Figures live in `data/*.tsv`, each with its period, status and source
//!   ([`params`]); formulas read them through a [`params::Ctx`] for the service month.
//! * Every result carries its explanation ([`explain::Step`]).
//! * Every bad input is a [`problem::Problem`] naming its field, in Japanese.
//! * [`api::run_value`] is the single entry point for the wasm facade and the CLI.

pub mod api;
pub mod date;
pub mod explain;
pub mod input;
pub mod kaikei;
pub mod money;
pub mod params;
pub mod problem;
pub mod rounding;
pub mod seikatsu_kaigo;
pub mod shuro;
pub mod soudan;
pub mod units;
pub mod yokohama_gh;

#[cfg(target_arch = "wasm32")]
mod wasm;
