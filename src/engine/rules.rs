//! The registry of provisions: every step of an explanation names a [`Rule`],
//! and every rule names the function that applies it, the file it is in, its
//! Japanese name, where it is written and the figure keys it reads.
//!
//! A service declares its rules with [`rule!`](crate::rule) next to the
//! functions that apply them and lists them in its `RULES`; [`crate::rules`]
//! gathers every service's list. `docs/rules.md` is generated from the
//! registry, and the `code_health` test checks that every step id of every
//! case is a registered rule (or a `rule.*` row of the data), that each rule's
//! function exists in its file, and that each of its keys is in the data.

/// A provision, as the code applies it.
#[derive(Debug)]
pub struct Rule {
    /// Stable id, shown in the explanation (`seikatsu_kaigo.standard_time.transport`).
    pub id: &'static str,
    /// 日本語の規定名 (`送迎に係る配慮（イ）`).
    pub name: &'static str,
    /// Where it is written, as a reader finds it (`資料1 §2 (イ)`; 告示 別表 第6の1).
    pub source: &'static str,
    /// The function that applies it (`crate::national::seikatsu_kaigo::standard_time::transport`).
    pub function: &'static str,
    /// The file of that function, from the crate's root (`src/national/…`).
    pub file: &'static str,
    /// The figure keys it reads: whole keys, or a fixed beginning ending in `.`
    /// for keys built from the request (`seikatsu_kaigo.basic.`).
    pub keys: &'static [&'static str],
}

/// Declares a [`Rule`] as a static:
///
/// ```ignore
/// rule!(
///     /// 送迎に係る配慮（イ）
///     pub TRANSPORT = "seikatsu_kaigo.standard_time.transport", "送迎に係る配慮（イ）",
///     source "資料1 §2 (イ)", fn transport,
///     keys ["seikatsu_kaigo.consideration.transport.add_minutes"]
/// );
/// ```
#[macro_export]
macro_rules! rule {
    ($(#[$m:meta])* $vis:vis $name:ident = $id:literal, $ja:literal, source $src:literal, fn $f:ident $(, keys [$($k:literal),* $(,)?])? $(,)?) => {
        $(#[$m])*
        $vis static $name: $crate::engine::rules::Rule = $crate::engine::rules::Rule {
            id: $id,
            name: $ja,
            // What only the registry's readers use (docs/rules.md, the tests,
            // the coverage) is left out of the site's WebAssembly modules.
            source: $crate::engine::rules::registry_text($src),
            function: $crate::engine::rules::registry_text(concat!(module_path!(), "::", stringify!($f))),
            file: $crate::engine::rules::registry_text(file!()),
            keys: if $crate::engine::rules::KEEP_KEYS { &[$($($crate::engine::rules::checked_key!($k)),*)?] } else { &[] },
        };
    };
}

/// A service's `RULES`, listed by the module that declares them, in order:
///
/// ```ignore
/// pub static RULES: &[&Rule] = rules![
///     basic::{CAPACITY_TIER},
///     basic::b::{B_TABLE, B_WAGE_BAND, B_BASIC},
/// ];
/// ```
#[macro_export]
macro_rules! rules {
    (@acc [$($done:tt)*]) => { &[$($done)*] };
    (@acc [$($done:tt)*] [$($p:tt)*] { $r:ident $(, $rs:ident)* $(,)? } $($rest:tt)*) => {
        $crate::rules!(@acc [$($done)* &$($p)*::$r,] [$($p)*] { $($rs),* } $($rest)*)
    };
    (@acc [$($done:tt)*] [$($p:tt)*] { } $(, $($rest:tt)*)?) => {
        $crate::rules!(@acc [$($done)*] $($($rest)*)?)
    };
    (@acc [$($done:tt)*] $($m:ident)::+ :: { $($body:tt)* } $($rest:tt)*) => {
        $crate::rules!(@acc [$($done)*] [$($m)::+] { $($body)* } $($rest)*)
    };
    ($($t:tt)*) => { $crate::rules!(@acc [] $($t)*) };
}

/// A key or key beginning (ending in `.`) of a rule, checked at compile time.
#[doc(hidden)]
#[macro_export]
macro_rules! __checked_rule_key {
    ($k:literal) => {{
        const _: () = assert!(
            $crate::engine::keys::known($k) || $crate::engine::keys::known_template($k),
            concat!("a rule names a figure key not in data/*.tsv: ", $k)
        );
        $k
    }};
}
#[doc(hidden)]
pub use crate::__checked_rule_key as checked_key;

/// Whether this build keeps what the registry's readers use: the host
/// (docs, tests, command line) and `pkg/hoshu.js` do; an area module, whose
/// steps name a rule by its id and Japanese name only, does not.
pub const KEEP_REGISTRY: bool = !cfg!(target_arch = "wasm32") || cfg!(feature = "full");

/// Whether this build keeps each rule's figure keys (the coverage reads them).
pub const KEEP_KEYS: bool = KEEP_REGISTRY || cfg!(feature = "area-coverage");

/// A rule's registry text, or `""` where it is not kept (see [`KEEP_REGISTRY`]).
#[doc(hidden)]
pub const fn registry_text(s: &'static str) -> &'static str {
    if KEEP_REGISTRY {
        s
    } else {
        ""
    }
}

impl Rule {
    /// True when `key` is one this rule declares (whole, or under a declared beginning).
    pub fn reads(&self, key: &str) -> bool {
        self.keys.iter().any(|k| *k == key || (k.ends_with('.') && key.starts_with(k)))
    }
}
