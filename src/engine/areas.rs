//! The site's WebAssembly modules, one per area: each page loads only its
//! area's module, which holds that area's calculators and the figure tables
//! they read — nothing else (see README「性能」).
//!
//! An area is named by the first segment of its calculators' names
//! (`seikatsu_kaigo.month` → `seikatsu_kaigo`) and built with the Cargo
//! feature `area-<name>`; the default feature `full` holds every area (the
//! command line, host tests and the npm package's `pkg/hoshu.js`).
//! `build.rs` (which includes this very file) keeps only the rows whose key
//! group is listed for an enabled area; the calculators' code is kept by the
//! entries of [`crate::api::CALCULATORS`] the area enables, and the linker
//! drops the rest.
//!
//! Standard library only (`build.rs` has no dependencies).

/// An area module: its name (= its feature `area-<name>` and the first
/// segment of its calculators' names) and the key groups of the rows it holds.
pub struct Area {
    pub name: &'static str,
    /// Groups of figure keys (see [`group`]); [`ALL`] for every row.
    pub groups: &'static [&'static str],
    /// Whether its rows keep their citations (source, locator): a module
    /// whose calculators explain their steps does; the coverage, which
    /// shows only which figures are registered, does not.
    pub cites: bool,
}

/// Every group: the module holds the whole data.
pub const ALL: &str = "*";

/// The groups every module holds (the data's horizon).
pub const ALWAYS: &[&str] = &["dataset"];

/// Every area, in the order `scripts/build.sh` builds them. `money` prices
/// the units of 生活介護, 共同生活援助 and 就労系, computed by their own rules
/// in the same module, so it holds their tables too.
pub const AREAS: &[Area] = &[
    Area { name: "seikatsu_kaigo", groups: &["seikatsu_kaigo"], cites: true },
    Area { name: "shuro", groups: &["shuro"], cites: true },
    Area { name: "soudan", groups: &["soudan"], cites: true },
    Area { name: "yokohama_gh", groups: &["yokohama_gh"], cites: true },
    Area { name: "kaikei", groups: &["kaikei"], cites: true },
    Area { name: "money", groups: &["money", "seikatsu_kaigo", "group_home", "shuro"], cites: true },
    // The coverage page (and saving typed figures): every table and the rule
    // registry, no calculator, no citation.
    Area { name: "coverage", groups: &[ALL], cites: false },
    // The front page: the version and 和暦 only, no table.
    Area { name: "base", groups: &[], cites: false },
];

/// A key's group: its first segment, after `rule.` for a rule's own row
/// (`rule.shuro.b.basic` → `shuro`) and after `rule.carry_forward.` for the
/// mark of a table renewed every 年度 (`rule.carry_forward.yokohama_gh`).
pub fn group(key: &str) -> &str {
    let bare = key.strip_prefix("rule.").unwrap_or(key);
    let bare = bare.strip_prefix("carry_forward.").unwrap_or(bare);
    bare.split('.').next().unwrap_or(bare)
}

/// Whether an area module holding `groups` keeps the rows of `key`.
pub fn holds(groups: &[&str], key: &str) -> bool {
    let g = group(key);
    ALWAYS.contains(&g) || groups.iter().any(|x| *x == ALL || *x == g)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups() {
        assert_eq!(group("seikatsu_kaigo.basic.x"), "seikatsu_kaigo");
        assert_eq!(group("rule.shuro.b.basic"), "shuro");
        assert_eq!(group("rule.carry_forward.yokohama_gh"), "yokohama_gh");
        assert!(holds(&["kaikei"], "dataset.verified_through"));
        assert!(!holds(&["kaikei"], "money.grade.x"));
        assert!(holds(&[ALL], "money.grade.x"));
    }
}

/// The area of a calculator (`money.compare` → `money`).
pub fn area_of(calculator: &str) -> &str {
    calculator.split('.').next().unwrap_or(calculator)
}
