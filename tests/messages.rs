//! No internal text reaches a user: every case's answer (its problems, its
//! steps, its lines) is read as a user reads it, and none holds a figure's
//! key (`user_figures.…`), a file's line (`seed l.2336`) or a list of codes
//! (`6, 5, 4, 3, 2, 1`). The fuzz test checks the same of mutated requests.

mod common;

#[test]
fn no_internal_text_in_any_answer() {
    assert!(common::internal_text("（6, 5, 4, 3, 2, 1）").is_some());
    assert!(common::internal_text("as_planned, shorter_other").is_some());
    assert!(common::internal_text("seed l.2336").is_some());
    assert!(common::internal_text("user_figures.money.treatment.i").is_some());
    assert!(common::internal_text("money.treatment.shuro-b.i").is_some());
    assert!(common::internal_text("Q&A VOL.1 問26、1,234単位、10.91円、第6の1").is_none());
    // Each text once, with the first case that shows it.
    let mut bad = std::collections::BTreeMap::new();
    for case in common::cases() {
        let resp = hoshu::api::to_value(&hoshu::api::run_json(&case.request().to_string()));
        for (path, why, text) in common::internal_texts(&resp) {
            bad.entry(text).or_insert_with(|| format!("{why} — {}::{} {path}", case.file, case.name));
        }
    }
    let n = bad.len();
    let shown: Vec<String> = bad.iter().take(120).map(|(t, w)| format!("{t}\n    {w}")).collect();
    assert!(n == 0, "{n} texts with internal text:\n{}", shown.join("\n"));
}
