//! 設置費等補助金 (`yokohama_gh.setup`, 資料4 第3節〜第5節): [`construction`]
//! 整備費 ①〜④ (設置費補助金, 法人負担1/4以上の※), [`initial_equipment`] 初度調弁費,
//! [`renovation`] 改修費, [`sprinkler`] スプリンクラー設置費; and their total.

pub mod construction;
pub mod initial_equipment;
pub mod input;
pub mod output;
pub mod renovation;
pub mod sprinkler;

use crate::engine::input::Reader;
use crate::engine::params::{read_user_figures, Ctx};
use crate::engine::date::fiscal_year_both;
use crate::engine::problem::{Code, Outcome, Problem, Problems};
use crate::engine::trace::{yen, Citation, Step, Trace};
use crate::rule;
use input::{check_setup, read_setup, Setup, SetupRequest};
use output::SetupOutput;

/// `yokohama_gh.setup`: the grants of one 年度's 設置費等補助金.
pub fn setup(req: &SetupRequest) -> Outcome<SetupOutput> {
    let mut ps = Problems::new();
    let mut r = Reader::new(&mut ps);
    let read = read_setup(&mut r, req);
    let uf = read_user_figures(&mut r, &req.user_figures);
    let Some(s) = read else {
        return Err(ps.into_vec());
    };
    check_setup(&mut ps, &s, &req.maintenance);
    if !ps.is_empty() {
        return Err(ps.into_vec());
    }
    let c = Ctx::fiscal_year(s.fiscal_year, "fiscal_year", &uf)?;
    let rule = c.rule("yokohama_gh.setup")?;
    let mut t = Trace::new(&c, "");
    let out = grants(&mut t, &rule, &s);
    let (t, out) = t.checked(out, "yokohama_gh.setup")?;
    out.map(|o| SetupOutput { steps: t.steps, ..o })
}

/// Each grant entered, then the total.
fn grants(t: &mut Trace, rule: &Citation, s: &Setup) -> Option<Outcome<SetupOutput>> {
    let maintenance = construction::maintenance(t, rule, &s.maintenance)?;
    let furnishing = initial_equipment::initial_equipment(t, rule, &s.items, s.is_move)?;
    let renovation = renovation::renovation(t, rule, &s.works)?;
    let sprinkler = sprinkler::sprinkler(t, rule, &s.sprinkler)?;
    let all = [&maintenance, &furnishing, &renovation, &sprinkler];
    if all.iter().all(|g| g.is_none()) {
        return Some(Err(vec![Problem::new(
            Code::Required,
            "maintenance.kind",
            "整備費・初度調弁費・改修費・スプリンクラー設置費のいずれかを入力してください。",
        )]));
    }
    let total = total(t, rule, all.iter().filter_map(|g| g.as_ref().map(|g| g.grant)))?;
    Some(Ok(SetupOutput {
        fiscal_year: s.fiscal_year,
        fiscal_year_label: fiscal_year_both(s.fiscal_year),
        maintenance,
        furnishing,
        renovation,
        sprinkler,
        total,
        steps: Vec::new(),
    }))
}

/// What a grant of items (初度調弁費の物品, 改修費の工事) counts: those of at
/// least the least amount, up to the 上限額.
pub struct Eligible {
    /// 補助上限額 and its source.
    pub cap: (i64, Citation),
    /// The least amount of an item and its source.
    pub least: (i64, Citation),
    /// The sum of the items counted (補助対象経費).
    pub counted: i64,
    /// How many items are below the least amount.
    pub excluded: usize,
}

/// The items of at least the figure `least_key` summed (checked, named
/// `what`), with the 上限額 `cap_key`; `None` in the result when no item is entered.
fn eligible(t: &mut Trace, items: &[i64], (cap_key, least_key): (&str, &str), what: &str) -> Option<Option<Eligible>> {
    if items.is_empty() {
        return Some(None);
    }
    let cap = t.int(cap_key)?;
    let (least, cit) = t.int(least_key)?;
    let counted = super::amounts::sum(t, items.iter().copied().filter(|a| *a >= least), what)?;
    Some(Some(Eligible { cap, least: (least, cit), counted, excluded: items.iter().filter(|a| **a < least).count() }))
}

rule!(pub TOTAL = "yokohama_gh.setup.total", "設置費等補助金の合計", source "資料4 第3節 設置費補助金／第4節 改修費補助金／第5節 スプリンクラー設置費補助金", fn total, keys ["rule.yokohama_gh.setup"]);
/// 設置費等補助金の合計: the sum of the grants.
pub fn total(t: &mut Trace, rule: &Citation, grants: impl IntoIterator<Item = i64>) -> Option<i64> {
    let total = super::amounts::sum(t, grants, "設置費等補助金の合計")?;
    t.step(Step::of(&TOTAL).value(yen(total)).source(rule.clone()));
    Some(total)
}
