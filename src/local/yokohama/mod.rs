//! 横浜市's own rules.

pub mod gh;
