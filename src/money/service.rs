//! The service of the office's month, and the service whose 1単位の単価 and
//! 処遇改善加算の率 apply.

use crate::choices;
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
    /// Key of the service's 1単位の単価 and 処遇改善 rate (see `PRICE_SERVICES`).
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

const fn ps(price: &'static str, treatment: &'static str, label: &'static str) -> PriceService {
    PriceService { price, treatment, label }
}

const PRICE_SERVICES: &[(&str, PriceService)] = &[
    ("seikatsu-kaigo", ps("seikatsu-kaigo", "seikatsu-kaigo", "生活介護")),
    ("shuro-a", ps("shuro-keizoku", "shuro-a", "就労継続支援A型")),
    ("shuro-b", ps("shuro-keizoku", "shuro-b", "就労継続支援B型")),
    ("shuro-ikou", ps("shuro-ikou", "shuro-ikou", "就労移行支援")),
    ("shuro-teichaku", ps("shuro-teichaku", "shuro-teichaku", "就労定着支援")),
    ("shuro-sentaku", ps("shuro-sentaku", "shuro-sentaku", "就労選択支援")),
    ("kyodo-seikatsu", ps("kyodo-seikatsu", "kyodo-seikatsu", "共同生活援助")),
    // 計画相談支援・地域相談支援: the 居宅介護's 1単位の単価; 処遇改善 at the 相談支援系's single rate.
    ("keikaku-soudan", ps("kyotaku-soudan", "soudan", "計画相談支援・地域相談支援")),
];

/// The price category of an id (`shuro-b`).
pub(super) fn price_service(id: &str) -> Option<PriceService> {
    PRICE_SERVICES.iter().find(|(k, _)| *k == id).map(|(_, p)| *p)
}

/// The ids a `units` request may choose.
pub(super) const PRICE_CHOICES: &str =
    "「生活介護」「就労継続支援A型」「就労継続支援B型」「就労移行支援」「就労定着支援」「就労選択支援」「共同生活援助」「計画相談支援・地域相談支援」";
