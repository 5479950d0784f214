//! # hoshu — 障害福祉サービス等報酬の計算
//!
//! A plain-Rust core (tested with `cargo test` on the host) that computes Japanese
//! disability-welfare remuneration, and a thin WebAssembly facade over it.
//!
//! The tree mirrors the law:
//!
//! * [`engine`] — what every rule stands on: dated, cited figures ([`engine::params`]),
//!   the explanation ([`engine::trace`]), problems, input readers, rounding, dates.
//! * [`national`] — the national rules (報酬告示・留意事項通知・Q&A), one folder per service.
//! * [`local`] — a municipality's own rules (横浜市's グループホーム 市単独加算・補助).
//! * [`money`] — the yen chain only: units → 円, 処遇改善加算, 利用者負担, 給付費.
//! * [`api`] — the single JSON entry point for the wasm facade and the CLI.

pub mod api;
pub mod coverage;
pub mod engine;
pub mod local;
pub mod money;
pub mod national;

#[cfg(target_arch = "wasm32")]
mod wasm;

// The area modules' allocator (installed by `wasm`), tested on the host.
#[cfg(any(all(target_arch = "wasm32", not(feature = "full")), test))]
mod heap;

/// Every provision the product applies, service by service (the registry
/// `docs/rules.md` is generated from; see [`engine::rules`]).
pub fn rules() -> Vec<&'static engine::rules::Rule> {
    [
        engine::params::RULES,
        national::seikatsu_kaigo::RULES,
        national::group_home::RULES,
        money::RULES,
        national::soudan::RULES,
        local::yokohama::gh::RULES,
        national::shuro::RULES,
        national::kaikei::RULES,
    ]
    .into_iter()
    .flatten()
    .copied()
    .collect()
}
