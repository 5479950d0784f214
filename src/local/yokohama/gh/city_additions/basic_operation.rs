//! 運営基本費 (資料4 第6節 4): 単価 × 入居者数 by 援助体制, 月の初日の障害支援区分
//! and 定員; 日割り for a mid-month move: (単価 × 在籍日数) ÷ 当月日数, 1円未満切捨て
//! (【例】(14,000円 × 15日) ÷ 31日 = 6,774円).

use super::cap_key;
use crate::engine::date::date_both;
use crate::engine::params::{cite, PRODUCT_READING};
use crate::engine::rounding::Rounding;
use crate::engine::trace::{yen, Citation, Step, Trace};
use crate::local::yokohama::gh::input::{kubun_label, Home, Resident};
use crate::local::yokohama::gh::stay::Stay;
use crate::local::yokohama::gh::SEED;
use crate::{key, key_fmt, rule};

/// The 定員 column of the 運営基本費単価表: the top column holds every larger home.
pub struct Column {
    pub key: String,
    pub source: Citation,
}

/// The 定員 column (`cap-4` … `cap-7plus`).
pub fn column(t: &mut Trace, capacity: i64) -> Option<Column> {
    let (top, cit) = t.int(key!("yokohama_gh.basic.capacity_top"))?;
    let key = if capacity >= top { format!("cap-{top}plus") } else { cap_key(capacity) };
    Some(Column { key, source: cit })
}

/// The 区分 row: 区分1以下 share the first row; the table ends at 区分4, which
/// holds 区分5・6.
fn kubun_row(kubun: u8) -> &'static str {
    match kubun {
        0 | 1 => "kubun1",
        2 => "kubun2",
        3 => "kubun3",
        _ => "kubun4",
    }
}

/// 運営基本費の日割り: (単価 × 在籍日数) ÷ 当月日数, 1円未満切捨て (資料4 第6節 4).
/// `days` beyond the month count as the whole month; the result is never
/// beyond the 単価.
pub fn prorate(unit: i64, days: u32, month_days: u32) -> i64 {
    let month_days = month_days.max(1);
    let days = days.min(month_days);
    let q = (i128::from(unit) * i128::from(days)).div_euclid(i128::from(month_days));
    // With days ≤ month_days, q lies between 0 and the 単価: it fits.
    i64::try_from(q).unwrap_or(unit)
}

rule!(pub BASIC_OPERATION = "yokohama_gh.basic_operation", "運営基本費", source "資料4 第6節 4 運営基本費（単価表、日割の計算式）", fn basic_operation, keys ["yokohama_gh.basic."]);
/// 運営基本費 for resident `x`: its amount (日割り for a mid-month move) and its
/// step (valued once the tables say the resident counts).
pub fn basic_operation(
    t: &mut Trace,
    home: &Home,
    col: &Column,
    x: &Resident,
    stay: &Stay,
    who: &str,
) -> Option<(i64, Step)> {
    let key = key_fmt!("yokohama_gh.basic.{}.{}.{}", home.support.key(), kubun_row(x.kubun), col.key);
    let (unit, cit) = t.int(&key)?;
    let month_days = t.ctx.month.days();
    let prorated = stay.days < month_days;
    let amount = if prorated { prorate(unit, stay.days, month_days) } else { unit };
    let mut st = Step::of(&BASIC_OPERATION)
        .title(format!("{who}: 運営基本費"))
        .input("援助体制", home.support.label())
        .input("障害支援区分（月の初日）", kubun_label(x.kubun))
        .input("定員", format!("{}人", home.capacity))
        .input("単価", yen(unit))
        .source(cit)
        .source(col.source.clone())
        .source(cite(SEED, "資料4 第6節 4 運営基本費 算定方法（日割の計算式）"));
    if prorated {
        st = prorate_notes(st, unit, stay.days, month_days);
    }
    st = kubun_notes(st, x);
    Some((amount, st))
}

/// The 日割り's inputs and notes.
fn prorate_notes(st: Step, unit: i64, days: u32, month_days: u32) -> Step {
    st.input("在籍日数", format!("{days}日"))
        .input("当月日数", format!("{month_days}日"))
        .note(format!(
            "月の途中の入退居のため日割り: ({}×{days}日)÷{month_days}日、{}",
            yen(unit),
            Rounding::FloorYen.label()
        ))
        .note("本製品の解釈: 在籍日数は入居日と退居日を含めて数えます（資料4の例: 1月17日入居→15日）。")
        .source(cite(PRODUCT_READING, "資料4 第6節 4 運営基本費 在籍日数（退居日を含める）"))
}

/// The 区分 the 単価 was read by: 区分5・6 take 区分4's row; a mid-month change
/// applies from the next month (第6節 3 (1)).
fn kubun_notes(mut st: Step, x: &Resident) -> Step {
    if x.kubun >= 5 {
        st = st
            .note("本製品の解釈: 単価表の区分は「区分4」までのため、区分5・6は区分4の行（区分4以上）を適用します。")
            .source(cite(PRODUCT_READING, "資料4 第6節 4 ○運営基本費単価表 区分5・6"));
    }
    if let Some((d, k)) = x.kubun_change {
        st = st.note(format!(
            "{}に{}へ区分変更: 当該月の初日の区分（{}）で計算し、変更後の区分は翌月から適用します（第6節 3 (1) 運営基本費）。",
            date_both(d),
            kubun_label(k),
            kubun_label(x.kubun)
        ));
    }
    st
}
