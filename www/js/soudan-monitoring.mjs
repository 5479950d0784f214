// モニタリング期間: builds a `soudan.monitoring` request and shows the national
// standard period and the months of the 支給決定期間 with モニタリング.

import {
  startPage, el, fill, value, text, showProblems, clearProblems, renderSteps, saveState, urlState, restoreState, downloadCsv, markReady, markFirstResult, resultActions, calculateAndShow,
} from "./core.mjs";

const SERVICES = [
  ["home-3", [["kyotaku", "居宅介護"], ["kodo", "行動援護"], ["doko", "同行援護"], ["jyudo-homon", "重度訪問介護"], ["tanki", "短期入所"],
    ["gh-nichu", "日中サービス支援型共同生活援助"], ["iko", "就労移行支援"], ["teichaku", "就労定着支援"], ["kunren", "自立訓練"], ["jiritsu-seikatsu", "自立生活援助"]]],
  ["home-6", [["seikatsu-kaigo", "生活介護"], ["keizoku", "就労継続支援"], ["gh", "共同生活援助（日中サービス支援型を除く）"], ["chiiki-teichaku", "地域定着支援"], ["jido-tsusho", "障害児通所支援"]]],
  ["facility", [["shisetsu", "障害者支援施設（施設入所支援）"], ["ryoyo", "療養介護"], ["hokatsu", "重度障害者等包括支援"], ["chiiki-iko", "地域移行支援"]]],
];
const IDS = SERVICES.flatMap(([, list]) => list);

const form = document.getElementById("form");
const summary = document.getElementById("problems");
const result = document.getElementById("result");
let core = null;
let last = null;

function buildChecks() {
  for (const [group, list] of SERVICES) {
    const box = document.getElementById(`group-${group}`);
    box.replaceChildren(...list.map(([id, label]) => el("div", { class: "field check" },
      el("input", { id: `svc-${id}`, name: `svc.${id}`, type: "checkbox" }), el("label", { for: `svc-${id}` }, label))));
  }
}

function buildRequest() {
  return {
    calculator: "soudan.monitoring",
    services: IDS.filter(([id]) => value(form, `svc.${id}`)).map(([id]) => id),
    new_user: value(form, "new_user"),
    intensive: value(form, "intensive"),
    elderly_no_care_management: value(form, "elderly_no_care_management"),
    start_month: text(form, "start_month"),
    end_month: text(form, "end_month"),
    count_from: value(form, "count_from"),
  };
}

function calculate() {
  if (!core) return;
  calculateAndShow(core, { form, summary, result }, buildRequest(), render);
}

const KIND = { monitoring: "モニタリング", final: "モニタリング・計画案（終期月）", none: "—" };

function render(r) {
  last = r;
  result.dataset.state = "ok";
  fill(result,
    el("h2", { id: "result-heading" }, "計算結果"),
    el("dl", { class: "totals" },
      el("dt", {}, "国の標準期間"), el("dd", {}, el("strong", { "data-testid": "period" }, r.period_label), r.new_months ? `（最初の${r.new_months}か月は毎月）` : ""),
      el("dt", {}, "モニタリングを行う月"), el("dd", { "data-testid": "months" }, r.schedule.filter((s) => s.kind !== "none").map((s) => s.label).join("、")),
    ),
    el("div", { class: "table-wrap" }, el("table", { class: "lines", id: "schedule" },
      el("caption", {}, "支給決定期間の各月"),
      el("thead", {}, el("tr", {}, ["月", "何か月目", "モニタリング"].map((h) => el("th", { scope: "col" }, h)))),
      el("tbody", {}, r.schedule.map((s) => el("tr", { class: s.kind === "none" ? "" : "mon" },
        el("th", { scope: "row" }, s.label), el("td", { class: "num" }, s.index), el("td", {}, s.mark ? `${s.mark}　${KIND[s.kind]}` : "—")))),
    )),
    resultActions(csv),
    el("h3", {}, "計算の根拠"),
    renderSteps(r.steps),
  );
  result.focus();
}

function csv() {
  if (!last) return;
  const rows = [["国の標準期間", last.period_label], [], ["月（西暦）", "月", "何か月目", "モニタリング"],
    ...last.schedule.map((s) => [s.month, s.label, s.index, KIND[s.kind]])];
  downloadCsv(`hoshu-monitoring-${last.schedule[0]?.month ?? ""}.csv`, rows);
}

function showWareki() {
  for (const n of ["start_month", "end_month"]) {
    const m = document.getElementById(n);
    document.getElementById(`${n}-wareki`).textContent = core && m.value ? core.wareki(m.value) : "";
  }
}

async function main() {
  buildChecks();
  const state = urlState();
  for (const n of ["start_month", "end_month"]) document.getElementById(n).addEventListener("input", showWareki);
  document.getElementById("clear-form").addEventListener("click", () => {
    form.reset();
    history.replaceState(null, "", location.pathname);
    clearProblems(form, summary);
  });
  form.addEventListener("submit", (e) => { e.preventDefault(); calculate(); });
  core = await startPage();
  restoreState(form, state);
  showWareki();
  markReady();
  if ([...state.keys()].length > 0) calculate();
}

main();
