//! The site's WebAssembly modules, one per area: each page loads only its
//! area's module, which holds that area's calculators and the figure tables
//! they read — nothing else (see README「性能」).
//!
//! An area is built with the Cargo feature `area-<name>`; the default feature
//! `full` holds every area (the command line, host tests and the npm
//! package's `pkg/hoshu.js`). `build.rs` (which includes this very file)
//! keeps only the rows an enabled area holds; the calculators' code is kept by
//! the entries of [`crate::api::CALCULATORS`] the area lists (cfg
//! `calculator = "<name>"`, set by `build.rs` from [`Area::calculators`]),
//! and the linker drops the rest; a money module by service also leaves out the units rules
//! of the services it does not list ([`UNITS`]: `build.rs` sets cfg
//! `money_units` from [`Area::units`], read by `money::units::Source`). The
//! site's `www/js/lib/core.mjs` names the same areas, calculators and units
//! (the JS tests compare them with the built modules).
//!
//! Standard library only (`build.rs` has no dependencies).

/// An area module.
pub struct Area {
    /// Its name: its feature `area-<name>` and its folder `pkg/areas/<name>/`.
    pub name: &'static str,
    /// Its calculators: whole names, or beginnings ending in `.` (`soudan.`).
    pub calculators: &'static [&'static str],
    /// The figure rows it holds, by key (see [`holds`]): a group (`shuro`, a
    /// key's first segment), a key beginning (`shuro.eligibility`), either
    /// left out when preceded by `!`; [`ALL`] for every row.
    pub groups: &'static [&'static str],
    /// Whether its rows keep their citations (source, locator): a module
    /// whose calculators explain their steps does; the coverage, which
    /// shows only which figures are registered, does not.
    pub cites: bool,
    /// The months in units its `money.office_month` computes (see [`UNITS`]):
    /// the module prices those only, and holds their prices only ([`PRICES`]),
    /// unless it lists [`DIRECT`]; [`ALL`] for every one. Empty for an area
    /// without the yen chain.
    pub units: &'static [&'static str],
}

/// The sources of a month in units that `money.office_month` prices, each
/// held by the money modules that list it (cfg `money_units = "<name>"`,
/// set by `build.rs`; every one in the whole core): `seikatsu_kaigo` and
/// `group_home` entered on the money page, `shuro` (the five 就労系
/// services, entered or carried from their page: the same code), and the
/// months carried from the pages of 生活介護 (`seikatsu_kaigo.month`, its
/// month day by day), 計画相談支援 (`soudan`) and 横浜市 GH (`yokohama_gh`).
/// Units entered directly are priced by every money module at the prices it
/// holds ([`PRICES`]; every one where it lists [`DIRECT`]). The site's
/// `www/js/lib/core.mjs` (`UNITS`) sends each request to the smallest module
/// that holds its units.
pub const UNITS: &[&str] = &["seikatsu_kaigo", "seikatsu_kaigo.month", "group_home", "shuro", "soudan", "yokohama_gh"];

/// A service's 1単位の単価 and 処遇改善加算 rates as the yen chain reads them
/// (`money.unit_price.<price>.*`, `money.treatment.<treatment>.*` and
/// `<treatment>-facility`), by its id (the service's own, or a `units`
/// request's `price_service`).
pub struct Price {
    /// Its id (`shuro-b`).
    pub id: &'static str,
    /// Key part of `money.unit_price.<price>`.
    pub price: &'static str,
    /// Key part of `money.treatment.<treatment>`.
    pub treatment: &'static str,
    pub label: &'static str,
    /// The months in units ([`UNITS`]) priced at it: a money module by service
    /// holds the rows of the prices of its own units only ([`holds_price`];
    /// `build.rs` sets cfg `money_price = "<id>"` for each it holds).
    pub units: &'static [&'static str],
}

/// Every price the yen chain knows (see [`Price`]).
#[rustfmt::skip]
pub const PRICES: &[Price] = &[
    Price { id: "seikatsu-kaigo", price: "seikatsu-kaigo", treatment: "seikatsu-kaigo", label: "生活介護", units: &["seikatsu_kaigo", "seikatsu_kaigo.month"] },
    Price { id: "shuro-a", price: "shuro-keizoku", treatment: "shuro-a", label: "就労継続支援A型", units: &["shuro"] },
    Price { id: "shuro-b", price: "shuro-keizoku", treatment: "shuro-b", label: "就労継続支援B型", units: &["shuro"] },
    Price { id: "shuro-ikou", price: "shuro-ikou", treatment: "shuro-ikou", label: "就労移行支援", units: &["shuro"] },
    Price { id: "shuro-teichaku", price: "shuro-teichaku", treatment: "shuro-teichaku", label: "就労定着支援", units: &["shuro"] },
    Price { id: "shuro-sentaku", price: "shuro-sentaku", treatment: "shuro-sentaku", label: "就労選択支援", units: &["shuro"] },
    Price { id: "kyodo-seikatsu", price: "kyodo-seikatsu", treatment: "kyodo-seikatsu", label: "共同生活援助", units: &["group_home", "yokohama_gh"] },
    // 計画相談支援・地域相談支援: the 居宅介護's 1単位の単価; 処遇改善 at the 相談支援系's single rate.
    Price { id: "keikaku-soudan", price: "kyotaku-soudan", treatment: "soudan", label: "計画相談支援・地域相談支援", units: &["soudan"] },
];

/// In an [`Area::units`]: the module prices units entered directly at every
/// price, so it holds every price's rows (money.html's default module: a
/// user who types units needs no other).
pub const DIRECT: &str = "units";

/// Whether a module pricing `units` (its [`Area::units`]) holds the prices of `p`.
pub fn prices(units: &[&str], p: &Price) -> bool {
    units.contains(&ALL) || units.contains(&DIRECT) || p.units.iter().any(|u| units.contains(u))
}

/// Whether an area module pricing `units` keeps the row of `key`: every row
/// but the 単価 and 処遇改善 rates of the services it does not price (a module
/// without the yen chain, `units` empty, keeps what its groups hold; a key of
/// no known price is not a price's: its group decides).
pub fn holds_price(units: &[&str], key: &str) -> bool {
    if units.is_empty() {
        return true;
    }
    let part = |prefix: &str| key.strip_prefix(prefix).map(|r| r.split('.').next().unwrap_or(r));
    let (price, treatment) = (part("money.unit_price."), part("money.treatment."));
    let of = |p: &&Price| {
        price == Some(p.price)
            || treatment.is_some_and(|x| x == p.treatment || x.strip_suffix("-facility") == Some(p.treatment))
    };
    let mut known = PRICES.iter().filter(of).peekable();
    known.peek().is_none() || known.any(|p| prices(units, p))
}

/// Every group: the module holds the whole data.
pub const ALL: &str = "*";

/// The groups every module holds (the data's horizon).
pub const ALWAYS: &[&str] = &["dataset"];

/// Every area, in the order `scripts/build.sh` builds them, one per page or
/// pages: 横浜市 GH's month and its 設置費等補助 are two pages, 就労系's
/// services and their 対象者 too. `money` prices the units of 生活介護,
/// 共同生活援助 and 就労系, and the months carried from the pages of 計画相談支援
/// and 横浜市 GH, computed by their own rules in the same module, so it holds
/// their tables too; `money_<service>` holds the same calculators with one
/// service's units only (see [`UNITS`]), chosen by the request's service —
/// much smaller, so money.html loads the one of its service (measured in
/// README「性能」: a module by service pays off only where it is clearly
/// smaller, each costs a build).
#[rustfmt::skip]
pub const AREAS: &[Area] = &[
    Area { name: "seikatsu_kaigo", calculators: &["seikatsu_kaigo."], groups: &["seikatsu_kaigo"], cites: true, units: &[] },
    Area { name: "shuro", calculators: &["shuro.a.", "shuro.b.", "shuro.ikou.", "shuro.teichaku.", "shuro.sentaku."], groups: &["shuro", "!shuro.eligibility"], cites: true, units: &[] },
    Area { name: "shuro_eligibility", calculators: &["shuro.eligibility"], groups: &["shuro.eligibility", "shuro.sentaku.basic", "shuro.sentaku.same_day", "shuro.sentaku.same_day_allowed", "shuro.sentaku.same_operator"], cites: true, units: &[] },
    Area { name: "soudan", calculators: &["soudan."], groups: &["soudan"], cites: true, units: &[] },
    Area { name: "yokohama_gh", calculators: &["yokohama_gh.month"], groups: &["yokohama_gh", "!yokohama_gh.setup"], cites: true, units: &[] },
    Area { name: "yokohama_gh_setup", calculators: &["yokohama_gh.setup"], groups: &["yokohama_gh"], cites: true, units: &[] },
    Area { name: "kaikei", calculators: &["kaikei."], groups: &["kaikei"], cites: true, units: &[] },
    Area { name: "burden", calculators: &["money.burden_management"], groups: &["money.burden", "money.burden_cap", "money.burden_rate", "money.burden_management"], cites: true, units: &[] },
    Area { name: "money", calculators: &["money.office_month", "money.compare"], groups: &["money", "!money.burden_management", "seikatsu_kaigo", "group_home", "shuro", "!shuro.eligibility", "soudan", "yokohama_gh"], cites: true, units: &[ALL] },
    // money.html by its service (www/js/lib/core.mjs chooses): the yen chain
    // with one service's units; `money` above for the others and for
    // scenarios across services.
    Area { name: "money_seikatsu_kaigo", calculators: &["money.office_month", "money.compare"], groups: &["money", "!money.burden_management", "seikatsu_kaigo"], cites: true, units: &["seikatsu_kaigo", "units"] },
    Area { name: "money_group_home", calculators: &["money.office_month", "money.compare"], groups: &["money", "!money.burden_management", "group_home"], cites: true, units: &["group_home"] },
    Area { name: "money_shuro", calculators: &["money.office_month", "money.compare"], groups: &["money", "!money.burden_management", "shuro", "!shuro.eligibility"], cites: true, units: &["shuro"] },
    // 生活介護's month carried from its page (「円で見る」: the day-by-day calculator's request).
    Area { name: "money_seikatsu_kaigo_days", calculators: &["money.office_month", "money.compare"], groups: &["money", "!money.burden_management", "seikatsu_kaigo"], cites: true, units: &["seikatsu_kaigo.month"] },
    Area { name: "money_soudan", calculators: &["money.office_month", "money.compare"], groups: &["money", "!money.burden_management", "soudan", "!soudan.monitoring", "!soudan.monitoring_period"], cites: true, units: &["soudan"] },
    Area { name: "money_yokohama_gh", calculators: &["money.office_month", "money.compare"], groups: &["money", "!money.burden_management", "yokohama_gh", "!yokohama_gh.setup", "group_home"], cites: true, units: &["yokohama_gh"] },
    // The coverage page (and saving typed figures): every table and the rule
    // registry, no calculator, no citation.
    Area { name: "coverage", calculators: &[], groups: &[ALL], cites: false, units: &[] },
    // The front page: the version and 和暦 only, no table.
    Area { name: "base", calculators: &[], groups: &[], cites: false, units: &[] },
];

/// A key as its group reads it: after `rule.` for a rule's own row
/// (`rule.shuro.b.basic`) and after `rule.carry_forward.` for the mark of a
/// table renewed every 年度 (`rule.carry_forward.yokohama_gh`).
fn bare(key: &str) -> &str {
    let bare = key.strip_prefix("rule.").unwrap_or(key);
    bare.strip_prefix("carry_forward.").unwrap_or(bare)
}

/// A key's group: its first segment (`rule.shuro.b.basic` → `shuro`).
pub fn group(key: &str) -> &str {
    let b = bare(key);
    b.split('.').next().unwrap_or(b)
}

/// Whether an area module holding `groups` keeps the rows of `key`.
pub fn holds(groups: &[&str], key: &str) -> bool {
    let b = bare(key);
    let under = |p: &str| p == ALL || b == p || b.strip_prefix(p).is_some_and(|r| r.starts_with('.'));
    if ALWAYS.contains(&group(key)) {
        return true;
    }
    !groups.iter().any(|g| g.strip_prefix('!').is_some_and(under)) && groups.iter().any(|g| under(g))
}

/// The area whose module holds a calculator (`money.compare` → `money`).
pub fn area_of(calculator: &str) -> Option<&'static Area> {
    AREAS
        .iter()
        .find(|a| a.calculators.iter().any(|c| *c == calculator || (c.ends_with('.') && calculator.starts_with(c))))
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
        assert!(holds(&["shuro", "!shuro.eligibility"], "rule.shuro.b.basic"));
        assert!(!holds(&["shuro", "!shuro.eligibility"], "rule.shuro.eligibility.b"));
        assert!(holds(&["shuro.eligibility"], "rule.shuro.eligibility.b"));
        assert!(!holds(&["shuro.eligibility"], "shuro.b.basic.x"));
        assert!(holds(&["yokohama_gh"], "rule.carry_forward.yokohama_gh"));
    }

    #[test]
    fn a_money_module_by_service_holds_its_own_prices() {
        let gh = &["yokohama_gh"][..];
        assert!(holds_price(gh, "money.unit_price.kyodo-seikatsu.grade-1"));
        assert!(holds_price(gh, "money.treatment.kyodo-seikatsu.i"));
        assert!(!holds_price(gh, "money.unit_price.seikatsu-kaigo.grade-1"));
        assert!(!holds_price(gh, "money.treatment.shuro-b.i"));
        assert!(holds_price(gh, "money.grade.kanagawa-yokohama"));
        let sk = &["seikatsu_kaigo"][..];
        assert!(holds_price(sk, "money.treatment.seikatsu-kaigo-facility.i"));
        assert!(!holds_price(sk, "money.treatment.shuro-b-facility.i"));
        let shuro = &["shuro"][..];
        assert!(holds_price(shuro, "money.unit_price.shuro-keizoku.grade-1"));
        assert!(holds_price(shuro, "money.treatment.shuro-b-facility.i"));
        assert!(!holds_price(shuro, "money.treatment.soudan.i"));
        assert!(holds_price(&["soudan"], "money.unit_price.kyotaku-soudan.grade-1"));
        assert!(holds_price(&[ALL], "money.treatment.soudan.i"));
        assert!(holds_price(&[], "money.treatment.soudan.i"));
        // A key of no known price (a misspelling) is left to its group.
        assert!(holds_price(gh, "money.unit_price.shuro-b.grade-1"));
        // The module of units entered directly holds every price.
        assert!(holds_price(&["seikatsu_kaigo", DIRECT], "money.treatment.kyodo-seikatsu.i"));
        for p in PRICES {
            assert!(p.units.iter().all(|u| UNITS.contains(u)), "{}", p.id);
        }
    }

    #[test]
    fn calculators_find_their_area() {
        assert_eq!(area_of("shuro.b.month").map(|a| a.name), Some("shuro"));
        assert_eq!(area_of("shuro.eligibility").map(|a| a.name), Some("shuro_eligibility"));
        assert_eq!(area_of("yokohama_gh.setup").map(|a| a.name), Some("yokohama_gh_setup"));
        // The yen chain's calculators name the whole `money` (the modules by
        // service hold them too); 上限額管理 is `burden`'s.
        assert_eq!(area_of("money.office_month").map(|a| a.name), Some("money"));
        assert_eq!(area_of("money.burden_management").map(|a| a.name), Some("burden"));
        assert!(AREAS
            .iter()
            .filter(|a| !a.units.is_empty())
            .all(|a| a.units.iter().all(|u| *u == ALL || *u == DIRECT || UNITS.contains(u))));
        assert!(area_of("nope").is_none());
    }
}
