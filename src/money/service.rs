//! The service of the office's month, and the service whose 1単位の単価 and
//! 処遇改善加算の率 apply.

use crate::choices;
use crate::engine::areas::PRICES;
use crate::engine::problem::Problem;
use crate::national::shuro;
use serde::Serialize;

choices! {
    /// The service of the office's month.
    pub enum Service {
        SeikatsuKaigo: "seikatsu_kaigo" | "生活介護",
        GroupHome: "group_home" | "共同生活援助",
        /// 就労継続支援B型 (units from `shuro`).
        ShuroB: "shuro_b" | "就労継続支援B型",
        /// 就労継続支援A型.
        ShuroA: "shuro_a" | "就労継続支援A型",
        /// 就労移行支援.
        ShuroIkou: "shuro_ikou" | "就労移行支援",
        /// 就労定着支援.
        ShuroTeichaku: "shuro_teichaku" | "就労定着支援",
        /// 就労選択支援.
        ShuroSentaku: "shuro_sentaku" | "就労選択支援",
        /// 計画相談支援・障害児相談支援 (units from `soudan.month`, carried from its page).
        Soudan: "soudan" | "計画相談支援" | "障害児相談支援",
        /// Units entered directly, priced by a chosen price category.
        Units: "units",
    }
}

impl Service {
    pub fn label(self) -> &'static str {
        match (self, self.shuro()) {
            (_, Some(s)) => s.label(),
            (Service::SeikatsuKaigo, _) => "生活介護",
            (Service::GroupHome, _) => "共同生活援助（介護サービス包括型）",
            (Service::Soudan, _) => "計画相談支援・障害児相談支援",
            _ => "単位数を直接入力",
        }
    }
    /// The 就労系 service whose units `shuro` computes.
    pub(super) fn shuro(self) -> Option<shuro::Service> {
        Some(match self {
            Service::ShuroB => shuro::Service::B,
            Service::ShuroA => shuro::Service::A,
            Service::ShuroIkou => shuro::Service::Ikou,
            Service::ShuroTeichaku => shuro::Service::Teichaku,
            Service::ShuroSentaku => shuro::Service::Sentaku,
            _ => return None,
        })
    }
    /// Id of the service's 1単位の単価 and 処遇改善 rate (`engine::areas::PRICES`).
    pub(super) fn price_id(self) -> Option<&'static str> {
        Some(match self {
            Service::SeikatsuKaigo => "seikatsu-kaigo",
            Service::GroupHome => "kyodo-seikatsu",
            Service::ShuroB => "shuro-b",
            Service::ShuroA => "shuro-a",
            Service::ShuroIkou => "shuro-ikou",
            Service::ShuroTeichaku => "shuro-teichaku",
            Service::ShuroSentaku => "shuro-sentaku",
            Service::Soudan => "keikaku-soudan",
            Service::Units => return None,
        })
    }
    pub(super) const CHOICES: &'static str =
        "「生活介護」「共同生活援助」「就労継続支援B型」「就労継続支援A型」「就労移行支援」「就労定着支援」「就労選択支援」「計画相談支援・障害児相談支援」「単位数を直接入力」";
}

/// The service whose 1単位の単価 and 処遇改善 rate apply.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct PriceService {
    /// Key part of `money.unit_price.<id>`.
    pub price: &'static str,
    /// Key part of `money.treatment.<id>`.
    pub treatment: &'static str,
    pub label: &'static str,
}

impl PriceService {
    /// 相談支援 (計画相談支援・地域相談支援・障害児相談支援, priced together and
    /// given one 処遇改善 rate): the 給付費 is the whole 費用の額, no 利用者負担.
    pub fn without_burden(&self) -> bool {
        self.treatment == "soudan"
    }
}

/// Whether a request's units have no 利用者負担: 計画相談支援's carried
/// month, or units entered directly at a 相談支援 price.
pub(super) fn without_burden(service: Service, price_service: &crate::engine::input::Raw) -> bool {
    service == Service::Soudan
        || (service == Service::Units
            && price_service.as_text().and_then(|t| self::price_service(&t)).is_some_and(|p| p.without_burden()))
}

/// The price of an id (`shuro-b`): `engine::areas::PRICES`.
pub(super) fn price_service(id: &str) -> Option<PriceService> {
    let p = PRICES.iter().find(|p| p.id == id)?;
    Some(PriceService { price: p.price, treatment: p.treatment, label: p.label })
}

/// Whether this module holds the 単価 and 処遇改善 rates of the price `id`
/// (cfg `money_price`, set by `build.rs` from `areas::PRICES`: a money module
/// by service holds its own services' only; the whole core every one).
// (Every arm is `true` in the whole core, where clippy sees a `matches!`.)
#[allow(clippy::match_like_matches_macro)]
pub(super) fn price_here(id: &str) -> bool {
    match id {
        "seikatsu-kaigo" => cfg!(money_price = "seikatsu-kaigo"),
        "shuro-a" => cfg!(money_price = "shuro-a"),
        "shuro-b" => cfg!(money_price = "shuro-b"),
        "shuro-ikou" => cfg!(money_price = "shuro-ikou"),
        "shuro-teichaku" => cfg!(money_price = "shuro-teichaku"),
        "shuro-sentaku" => cfg!(money_price = "shuro-sentaku"),
        "kyodo-seikatsu" => cfg!(money_price = "kyodo-seikatsu"),
        "keikaku-soudan" => cfg!(money_price = "keikaku-soudan"),
        _ => false,
    }
}

/// The problem at `price_service` for a price this module does not hold.
pub(super) fn price_elsewhere(label: &str) -> Problem {
    Problem::bad_request(
        "price_service",
        // prose-figure: 「1単位の単価」 names the figure, it states none
        format!("このモジュールには「{label}」の1単位の単価と処遇改善加算の率がありません。pkg/areas/money/ のモジュールか、pkg/hoshu.js を使ってください。"),
    )
}

/// The ids a `units` request may choose.
pub(super) const PRICE_CHOICES: &str =
    "「生活介護」「就労継続支援A型」「就労継続支援B型」「就労移行支援」「就労定着支援」「就労選択支援」「共同生活援助」「計画相談支援・地域相談支援」";

#[cfg(test)]
mod tests {
    use super::*;

    /// The whole core holds every price, each with its arm in `price_here`.
    #[test]
    fn every_price_is_held_by_the_whole_core() {
        for p in PRICES {
            assert!(price_here(p.id), "{}: no cfg arm in price_here", p.id);
            assert!(price_service(p.id).is_some());
        }
        assert!(!price_here("nope"));
    }
}
