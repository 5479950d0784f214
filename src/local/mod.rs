//! A municipality's own rules, one folder per municipality.

pub mod yokohama;
