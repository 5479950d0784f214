//! Unit tests of `src/engine/sets.rs`.

use super::*;

const TEXT: &str = "# title: 市の表\n# 発行者: 横浜市\n# date: 2026-04-01\n# url: https://example.jp/r8\nkey\tfrom\tto\tvalue\tunit\tstatus\tsource\tlocator\tnote\nyokohama_gh.basic.all-year.kubun1.cap-4\t2026-04\t2027-03\t27500\tyen_per_month\tofficial\t事務マニュアル\t第6節\t運営基本費\nrule.yokohama_gh.city_additions\t2026-04\t2027-03\t\trule\tofficial\t事務マニュアル\t第6節\t市単独加算\n";

#[test]
fn a_set_reads_its_header_and_finds_rows_by_month() {
    let s = FigureSet::parse(None, TEXT, "text").expect("a valid set");
    assert_eq!((s.name.as_str(), s.publisher.as_str()), ("市の表", "横浜市"));
    let m = |y, mo| YearMonth { year: y, month: mo };
    let r = s.row("yokohama_gh.basic.all-year.kubun1.cap-4", m(2026, 11)).expect("in force");
    assert_eq!(r.value, Some(Decimal::from(27500)));
    assert!(s.row("yokohama_gh.basic.all-year.kubun1.cap-4", m(2026, 3)).is_none());
    assert!(s.row("rule.yokohama_gh.city_additions", m(2026, 4)).is_some());
    let c = s.citation(r);
    assert_eq!(c.status, Status::Set);
    assert_eq!(c.url, "https://example.jp/r8");
    let sum = s.summary();
    assert_eq!((sum.rows, sum.keys), (2, 2));
    assert_eq!(sum.fiscal_years, vec!["令和8年度".to_string()]);
    // A name given by the request wins over the title.
    assert_eq!(FigureSet::parse(Some("A"), TEXT, "t").map(|s| s.name).ok(), Some("A".into()));
}

#[test]
fn the_one_sort_is_stable_and_agrees_with_std() {
    use crate::engine::rows::{sort_stable_by, sorted_order};
    assert!(sorted_order(0, &|_, _| std::cmp::Ordering::Equal).is_empty());
    let mut seed = 7u64;
    for n in [1usize, 2, 3, 5, 8, 31, 100, 257] {
        let mut v: Vec<(u64, usize)> = (0..n)
            .map(|i| {
                seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                ((seed >> 33) % 7, i)
            })
            .collect();
        let mut want = v.clone();
        want.sort_by_key(|p| p.0);
        sort_stable_by(&mut v, |a, b| a.0.cmp(&b.0));
        assert_eq!(v, want, "n = {n}");
    }
}
