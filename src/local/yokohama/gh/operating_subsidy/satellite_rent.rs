//! サテライト型住居に係る家賃補助 (運営費補助要綱, 資料4 第6節 5): for each room
//! of the 本体住居 reserved for a サテライト型住居's resident, the lesser of its
//! 月額家賃 and the 補助基準額, within the years the data sets from the month the
//! resident began to use the サテライト型住居.

use crate::engine::date::YearMonth;
use crate::engine::params::{cite, PRODUCT_READING};
use crate::engine::trace::{yen, Citation, Step, Trace};
use crate::local::yokohama::gh::routes::Route;
use crate::{key, rule};

/// The 補助基準額 and the years of the subsidy, with their sources.
struct Figures {
    cap: i64,
    cap_source: Citation,
    months: i64,
    years: i64,
    years_source: Citation,
}

rule!(pub SATELLITE_RENT = "yokohama_gh.satellite_vacancy", "サテライト型住居に係る家賃補助", source "資料4 第6節 5 サテライト型住居に係る家賃補助", fn satellite_rent, keys ["yokohama_gh.satellite_vacancy.cap", "yokohama_gh.satellite_vacancy.years"]);
/// サテライト型住居に係る家賃補助, one amount per reserved room.
pub fn satellite_rent(t: &mut Trace, satellites: &[(i64, YearMonth)]) -> Option<Vec<i64>> {
    let (cap, cap_source) = t.int(key!("yokohama_gh.satellite_vacancy.cap"))?;
    let (years, years_source) = t.int(key!("yokohama_gh.satellite_vacancy.years"))?;
    let months = t.mul(years, 12, "サテライト型住居に係る家賃補助の期間")?;
    let f = Figures { cap, cap_source, months, years, years_source };
    let mut out = Vec::new();
    for (i, (rent, start)) in satellites.iter().enumerate() {
        out.push(reserved_room(t, &f, i, *rent, *start));
    }
    Some(out)
}

/// One reserved room: its 月額家賃 up to the 補助基準額 while within the years
/// (the start month counted as the first).
fn reserved_room(t: &mut Trace, f: &Figures, i: usize, rent: i64, start: YearMonth) -> i64 {
    let month = t.ctx.month;
    let since = i64::from(month.year - start.year) * 12 + i64::from(month.month) - i64::from(start.month);
    let within = since < f.months;
    let amount = if within { rent.min(f.cap) } else { 0 };
    let (years, months, nth) = (f.years, f.months, since + 1);
    t.step(
        Step::of(&SATELLITE_RENT)
            .title(format!("サテライト型住居に係る家賃補助（本体住居の空室{}）", i + 1))
            .input("本体住居の空室の月額家賃", yen(rent))
            .input("補助基準額", yen(f.cap))
            .input("サテライト型住居の利用開始月", start.both())
            .value(yen(amount))
            .source(f.cap_source.clone())
            .source(f.years_source.clone())
            .source(cite(PRODUCT_READING, &format!("資料4 第6節 5 サテライト型住居に係る家賃補助「利用開始した月から{years}年以内」")))
            .note(if within {
                format!("利用開始月から{nth}か月目で、{years}年以内です。月額家賃と補助基準額の少ない方。")
            } else {
                format!("利用開始月から{nth}か月目で、{years}年（{months}か月）を過ぎています。")
            })
            // prose-figure: 1か月目 counts the start month (an ordinal, not a figure); the years and months are built from the figure
            .note(format!("本製品の解釈: 「利用開始した月から{years}年以内」は利用開始月を1か月目として{months}か月目までとします。"))
            .note(Route::YearlyGrant.label().to_string()),
    );
    amount
}
