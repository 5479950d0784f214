// 就労系サービスの対象者: builds a `shuro.eligibility` request and shows the verdict with its reasons.

import {
  startPage, el, fill, value, text, showProblems, clearProblems, renderSteps, saveState, urlState, restoreState, downloadCsv, markReady, markFirstResult, resultActions, calculateAndShow,
} from "./core.mjs";

const form = document.getElementById("form");
const summary = document.getElementById("problems");
const result = document.getElementById("result");
const dateInput = document.getElementById("date");
let core = null;
let last = null;

function showWareki() {
  document.getElementById("date-wareki").textContent = core && dateInput.value ? core.wareki(dateInput.value) : "";
}

function buildRequest() {
  return {
    calculator: "shuro.eligibility",
    date: text(form, "date"),
    service: value(form, "service"),
    currently_using: value(form, "currently_using"),
    work_experience: value(form, "work_experience"),
    age: text(form, "age"),
    pension_grade1: value(form, "pension_grade1"),
    assessed: value(form, "assessed"),
    beyond_standard_period: value(form, "beyond_standard_period"),
    other_day_service_same_day: value(form, "other_day_service_same_day"),
  };
}

function calculate() {
  if (!core) return;
  calculateAndShow(core, { form, summary, result, heading: "判定結果" }, buildRequest(), render);
}

function render(r) {
  last = r;
  result.dataset.state = "ok";
  fill(result,
    el("h2", { id: "result-heading" }, "判定結果"),
    el("p", { class: "total", "data-testid": "verdict", "data-verdict": r.verdict }, el("strong", {}, r.message)),
    el("p", {}, `${r.service_label}　${r.date_label}`),
    resultActions(csv),
    el("h3", {}, "判定の根拠"),
    renderSteps(r.steps));
  result.focus();
}

function csv() {
  if (!last) return;
  const r = last;
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

async function main() {
  const state = urlState();
  restoreState(form, state);
  dateInput.addEventListener("change", showWareki);
  dateInput.addEventListener("input", showWareki);
  document.getElementById("clear-form").addEventListener("click", () => {
    form.reset();
    history.replaceState(null, "", location.pathname + (new URLSearchParams(location.search).get("embed") ? "?embed=1" : ""));
    clearProblems(form, summary);
    showWareki();
  });
  form.addEventListener("submit", (e) => { e.preventDefault(); calculate(); });
  core = await startPage();
  showWareki();
  markReady();
  if ([...state.keys()].length > 0) calculate();
}

main();
