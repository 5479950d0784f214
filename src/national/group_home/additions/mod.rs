//! 共同生活援助の加算 (告示 別表 第15), one file per 加算.

pub mod night_support;

pub use night_support::night_support_addition;
