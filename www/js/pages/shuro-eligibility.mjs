// 就労系サービスの対象者: builds a `shuro.eligibility` request and shows the verdict with its reasons.

import { el } from "../lib/core.mjs";
import { downloadCsv } from "../lib/csv.mjs";
import { renderSteps } from "../lib/explain.mjs";
import { readFields, text, value } from "../lib/form.mjs";
import { runPage } from "../lib/page.mjs";
import { resultActions, showResult } from "../lib/result.mjs";

const FIELDS = {
  date: text, service: value, currently_using: value, work_experience: value, age: text, pension_grade1: value,
  assessed: value, beyond_standard_period: value, other_day_service_same_day: value,
  same_day_service: text, same_operator: value, no_other_operator_nearby: value,
};

const form = document.getElementById("form");

function render(r, page) {
  showResult(page.result, "判定結果",
    el("p", { class: "total", "data-testid": "verdict", "data-verdict": r.verdict }, el("strong", {}, r.message)),
    el("p", {}, `${r.service_label}　${r.date_label}`),
    resultActions(() => csv(r)),
    el("h3", {}, "判定の根拠"),
    renderSteps(r.steps));
}

function csv(r) {
  downloadCsv(`shuro-eligibility-${r.date}.csv`, [
    ["判定", "就労系サービスの対象者"],
    ["日付", r.date, r.date_label],
    ["サービス", r.service_label],
    ["結果", r.message],
    [],
    ["手順", "値", "根拠"],
    ...r.steps.map((s) => [s.title, s.value, s.sources.map((c) => `${c.title} ${c.locator}`).join(" / ")]),
  ]);
}

runPage({
  heading: "判定結果",
  buildRequest: () => ({ calculator: "shuro.eligibility", ...readFields(form, "", FIELDS) }),
  render,
});
