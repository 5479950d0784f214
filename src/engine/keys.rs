//! Figure keys checked when the product is compiled.
//!
//! A rule names the figures it reads with [`key!`](crate::key) (a whole key)
//! or [`key_fmt!`](crate::key_fmt) (a key built from the request, whose fixed
//! part before the first `{` must begin some key). Both are checked against
//! [`KEYS`](crate::engine::params::KEYS), which `build.rs` generates from
//! `data/*.tsv`: a misspelt key fails the build instead of asking the user for
//! a figure that can never be accepted.

use crate::engine::params::KEYS;

/// Byte-wise comparison, usable in constants: negative, zero or positive.
const fn compare(a: &[u8], b: &[u8]) -> i32 {
    let mut i = 0;
    while i < a.len() && i < b.len() {
        if a[i] != b[i] {
            return a[i] as i32 - b[i] as i32;
        }
        i += 1;
    }
    a.len() as i32 - b.len() as i32
}

/// The index of the first key not less than `k` (binary search).
const fn lower_bound(k: &[u8]) -> usize {
    let (mut lo, mut hi) = (0, KEYS.len());
    while lo < hi {
        let mid = (lo + hi) / 2;
        if compare(KEYS[mid].as_bytes(), k) < 0 {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    lo
}

const fn starts_with(s: &[u8], p: &[u8]) -> bool {
    if p.len() > s.len() {
        return false;
    }
    let mut i = 0;
    while i < p.len() {
        if s[i] != p[i] {
            return false;
        }
        i += 1;
    }
    true
}

/// True when `k` is a key of `data/*.tsv`.
pub const fn known(k: &str) -> bool {
    let i = lower_bound(k.as_bytes());
    i < KEYS.len() && compare(KEYS[i].as_bytes(), k.as_bytes()) == 0
}

/// True when the fixed part of `template` (up to its first `{`) begins some key.
pub const fn known_template(template: &str) -> bool {
    let t = template.as_bytes();
    let mut n = 0;
    while n < t.len() && t[n] != b'{' {
        n += 1;
    }
    let (fixed, _) = t.split_at(n);
    let i = lower_bound(fixed);
    i < KEYS.len() && starts_with(KEYS[i].as_bytes(), fixed)
}

/// A figure key, checked against `data/*.tsv` at compile time.
///
/// ```
/// let k: &str = hoshu::key!("seikatsu_kaigo.consideration.transport.add_minutes");
/// ```
#[macro_export]
macro_rules! key {
    ($k:literal) => {{
        const _: () = assert!($crate::engine::keys::known($k), concat!("figure key not in data/*.tsv: ", $k));
        $k
    }};
}

/// A group of keys under one beginning (the bands under
/// `seikatsu_kaigo.time_band`), checked at compile time: some key must begin
/// with the group and a `.`.
#[macro_export]
macro_rules! key_group {
    ($g:literal) => {{
        const _: () = assert!(
            $crate::engine::keys::known_template(concat!($g, ".")),
            concat!("no figure key in data/*.tsv under: ", $g)
        );
        $g
    }};
}

/// A figure key built from the request (`key_fmt!("seikatsu_kaigo.extension.{}", band)`):
/// its fixed part is checked against `data/*.tsv` at compile time; the whole
/// key is checked by the `code_health` test over every case.
#[macro_export]
macro_rules! key_fmt {
    ($t:literal, $($arg:tt)*) => {{
        const _: () = assert!(
            $crate::engine::keys::known_template($t),
            "no figure key in data/*.tsv begins like this key_fmt! template"
        );
        format!($t, $($arg)*)
    }};
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_sorted_and_found() {
        assert!(KEYS.windows(2).all(|w| w[0] < w[1]));
        assert!(known("seikatsu_kaigo.consideration.transport.add_minutes"));
        assert!(!known("seikatsu_kaigo.consideration.transport"));
        assert!(known_template("seikatsu_kaigo.basic.{}.{}.{}"));
        assert!(!known_template("seikatsu_kaigo.nothing.{}"));
        let k = crate::key_fmt!("seikatsu_kaigo.extension.{}", "x");
        assert_eq!(k, "seikatsu_kaigo.extension.x");
    }
}
