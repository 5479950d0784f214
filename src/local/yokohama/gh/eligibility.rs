//! The two tables at the end of 資料4 第6節 (「横浜市障害者グループホームへの補助金等
//! 一覧表」 and 「市単独加算の詳細」), row by row: for each item, whether a
//! resident counts this month and how it is claimed, or why not; and the
//! home-level condition of 介護支援加算・要介護支援費 (a resident of the least
//! 区分 the data sets, on the first day).

use super::input::{Authority, Building, NationalClaim, Resident};
use super::output::{Item, ItemAmount};
use super::routes::{route_note, Route};
use super::stay::{contracted, Stay};
use super::{LOC_ADD, LOC_NOTE, LOC_ROUTE, LOC_TABLE2, SEED};
use crate::engine::params::{cite, PRODUCT_READING};
use crate::engine::trace::{yen, Citation, Step, Trace};
use crate::{key, rule};

/// The residents' situation as the two tables at the end of 第6節 read it.
#[derive(Clone, Copy, Debug)]
pub struct Situation {
    pub authority: Authority,
    pub rent_subsidy: bool,
    pub staff_subsidy: bool,
    pub on_first_day: bool,
    pub trial: bool,
    pub claim: NationalClaim,
    pub plan_missing: bool,
    pub building: Building,
    pub home_has_kubun2_plus: bool,
    /// The least 区分 of 介護支援加算's home condition (the figure).
    pub min_kubun: i64,
}

/// Whether `item` is paid for this resident, and how it is claimed; or why not.
pub fn eligibility(item: Item, s: &Situation) -> Result<Route, String> {
    match item {
        Item::RentAddition | Item::WaterAddition | Item::CareAddition => first_day_item(item, s),
        Item::BasicOperation | Item::ServiceManagement => yokohama_item(item, s),
        Item::VacancyRent | Item::SatelliteVacancyRent | Item::VacancyCare => Ok(Route::YearlyGrant),
    }
}

/// かながわシステム for a 横浜市 resident with a national claim; a quarterly 請求書 otherwise.
fn city_route(s: &Situation) -> Route {
    if s.authority == Authority::Yokohama && s.claim != NationalClaim::None {
        Route::MonthlyKanagawa
    } else {
        Route::QuarterlyInvoice
    }
}

/// 建物借上加算・水道料金加算・介護支援加算: residents on the first day, not 体験利用,
/// without the 市外 authority's 助成 (家賃; 人件費 for 介護支援加算); 建物借上加算 for a
/// rented building; 介護支援加算 in a home with a resident of the least 区分.
/// 資料4 第6節 3 (1)・4, 末尾の二つの表.
pub fn first_day_item(item: Item, s: &Situation) -> Result<Route, String> {
    if s.trial {
        return Err("体験利用者は運営基本費・サービス管理費のみ請求します（第6節 3 (1)）。".into());
    }
    if !s.on_first_day {
        return Err("算定対象は月の初日時点の入居者です（月途中で入居：市単独加算の詳細 表 ×）。".into());
    }
    if s.authority == Authority::Other {
        if item == Item::CareAddition && s.staff_subsidy {
            return Err("市外の援護の実施機関から人件費に係る助成金等を受給している入居者は対象外です（第6節 4 介護支援加算「入居者」）。".into());
        }
        if item != Item::CareAddition && s.rent_subsidy {
            return Err("市外の援護の実施機関から家賃に係る助成金等を受給している入居者は対象外です（第6節 4「入居者」、市単独加算の詳細 表 ×）。".into());
        }
    }
    if item == Item::RentAddition && s.building == Building::Owned {
        return Err("法人所有の建物には建物借上加算はありません（補助金等一覧表 ×）。".into());
    }
    if item == Item::CareAddition && !s.home_has_kubun2_plus {
        return Err(format!(
            "区分{}以上の入居者が入居中のホームに限ります（第6節 4 介護支援加算 対象）。",
            s.min_kubun
        ));
    }
    Ok(city_route(s))
}

/// 運営基本費・サービス管理費: 横浜市 residents only, in a month with a national
/// claim; サービス管理費 not in a month of 個別支援計画未作成減算. 資料4 第6節 4.
pub fn yokohama_item(item: Item, s: &Situation) -> Result<Route, String> {
    if s.authority == Authority::Other {
        return Err("横浜市が援護の実施機関である入居者に限ります（第6節 4「入居者」、市単独加算の詳細 表 ×）。".into());
    }
    if s.claim == NationalClaim::None {
        return Err("国への本体請求も加算の請求もない月は請求できません（第6節 4（注意））。".into());
    }
    if item == Item::ServiceManagement && s.plan_missing {
        return Err("基本報酬が個別支援計画未作成減算の対象となる月は対象外です（第6節 4 サービス管理費）。".into());
    }
    Ok(Route::MonthlyKanagawa)
}

rule!(pub HOME_KUBUN2 = "yokohama_gh.home_kubun2", "介護支援加算の対象ホーム（区分の要件を満たす入居者が入居中か、月の初日）", source "資料4 第6節 4 介護支援加算 対象", fn home_has_kubun2_plus, keys ["yokohama_gh.care_addition.min_kubun"]);
/// The home has a resident of 区分 at least the figure on the first day (any
/// resident under contract, of any authority; 体験利用 excluded) — the condition
/// of 介護支援加算 and 要介護支援費. Returns the answer and the least 区分.
pub fn home_has_kubun2_plus(t: &mut Trace, residents: &[Resident], stays: &[Stay]) -> Option<(bool, i64)> {
    let (min_kubun, cit) = t.int(key!("yokohama_gh.care_addition.min_kubun"))?;
    let n = contracted(residents, stays).count();
    let has = contracted(residents, stays).any(|x| i64::from(x.kubun) >= min_kubun);
    let k = format!("区分{min_kubun}");
    t.step(
        Step::of(&HOME_KUBUN2)
            .title(format!("{k}以上の入居者が入居中のホームか（月の初日）"))
            .input("月の初日の入居者（体験利用を除く）", format!("{n}人"))
            .value(if has {
                format!("該当（{k}以上の入居者あり）")
            } else {
                "非該当".to_string()
            })
            .source(cit)
            .source(cite(PRODUCT_READING, &format!("資料4 第6節 4 介護支援加算 対象「{k}以上の入居者が入居中」の入居者")))
            .note(format!("本製品の解釈: 「{k}以上の入居者が入居中」は、月の初日に利用契約のある入居者（体験利用を除き、援護の実施機関を問わない）の月の初日の区分で判定します。")),
    );
    Some((has, min_kubun))
}

/// The resident's item: its amount and route when the tables say it counts,
/// or 0 and the reason when not. `detail` (the item's own step) is explained
/// only when it counts.
pub fn claim(t: &mut Trace, item: Item, unit: i64, s: &Situation, x: &Resident, detail: Option<Step>) -> ItemAmount {
    match eligibility(item, s) {
        Ok(route) => {
            let reason = route_note(route, x);
            if let Some(st) = detail {
                t.step(st.value(yen(unit)).note(reason.clone()));
            }
            ItemAmount { item, label: item.label(), eligible: true, amount: unit, route: Some(route), reason }
        }
        Err(why) => ItemAmount { item, label: item.label(), eligible: false, amount: 0, route: None, reason: why },
    }
}

rule!(pub FIRST_DAY_ITEMS = "yokohama_gh.resident_first_day_items", "建物借上加算・水道料金加算・介護支援加算の対象（月の初日の入居者）", source "資料4 第6節 4 加算の内容、第6節 末尾「市単独加算の詳細」表、第6節 2 請求方法の概要", fn first_day_items, keys ["rule.yokohama_gh.city_additions"]);
/// One resident's 建物借上加算・水道料金加算・介護支援加算, as the tables decide
/// them (counted on the first day, never 日割り).
pub fn first_day_items(
    t: &mut Trace,
    who: &str,
    x: &Resident,
    stay: &Stay,
    rule_add: &Citation,
    items: [&ItemAmount; 3],
) -> Option<i64> {
    let total = super::amounts::sum(t, items.iter().map(|i| i.amount), who)?;
    let yes_no = |b: bool| if b { "はい" } else { "いいえ" };
    let mut st = Step::of(&FIRST_DAY_ITEMS)
        .title(format!("{who}: 建物借上加算・水道料金加算・介護支援加算"))
        .input("援護の実施機関", x.authority.label())
        .input("月の初日に入居", yes_no(stay.on_first))
        .input("体験利用", yes_no(x.trial))
        .value(yen(total))
        .source(rule_add.clone())
        .source(cite(SEED, LOC_ADD))
        .source(cite(SEED, LOC_TABLE2))
        .source(cite(SEED, LOC_ROUTE));
    if x.claim != NationalClaim::Basic {
        st = st.source(cite(SEED, LOC_NOTE));
    }
    for it in items {
        st = st.note(format!("{}: {} — {}", it.label, yen(it.amount), it.reason));
    }
    t.step(st.note("日割り計算は行いません（月の初日時点の入居者）。"));
    Some(total)
}
