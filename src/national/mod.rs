//! National rules (報酬告示・留意事項通知・Q&A), one folder per service.

pub mod counts;
pub mod group_home;
pub mod kaikei;
pub mod kubun;
pub mod seikatsu_kaigo;
pub mod shuro;
pub mod soudan;
