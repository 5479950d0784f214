// 横浜市 障害者グループホーム 設置費等補助金: builds a `yokohama_gh.setup`
// request, shows each grant with its cap and the explanation, CSV and print.

import {
  startPage, el, fill, value, text, showProblems, clearProblems, renderSteps, fmt, saveState, urlState, restoreState, downloadCsv, markReady, markFirstResult, resultActions, calculateAndShow,
} from "./core.mjs";

const form = document.getElementById("form");
const summary = document.getElementById("problems");
const result = document.getElementById("result");
let core = null;
let last = null;

const LABELS = { maintenance: "整備費（設置費補助金）", furnishing: "初度調弁費", renovation: "改修費", sprinkler: "スプリンクラー設置費" };
const LIMITED = { cost: "補助対象経費（実額）", cap: "上限額", share: "補助対象経費の3/4", rate: "補助対象経費×3/4", excluded: "対象外" };

const lines = (name) => {
  const t = value(form, name) || "";
  return t.split(/\r?\n/).map((s) => s.trim()).filter((s) => s !== "");
};

function buildRequest() {
  return {
    calculator: "yokohama_gh.setup",
    fiscal_year: text(form, "fiscal_year"),
    building: value(form, "building"),
    purpose: value(form, "purpose"),
    maintenance: {
      kind: text(form, "maintenance.kind"),
      sprinkler: value(form, "maintenance.sprinkler"),
      rights_cost: text(form, "maintenance.rights_cost"),
      remodel_cost: text(form, "maintenance.remodel_cost"),
      facility_cost: text(form, "maintenance.facility_cost"),
    },
    furnishing_items: lines("furnishing_items"),
    renovation_works: lines("renovation_works"),
    sprinkler: {
      area_m2: text(form, "sprinkler.area_m2"),
      pump_unit: value(form, "sprinkler.pump_unit"),
      works_cost: text(form, "sprinkler.works_cost"),
      office_cost: text(form, "sprinkler.office_cost"),
    },
  };
}

const yen = (n) => `${fmt.format(n)}円`;

function calculate() {
  if (!core) return;
  calculateAndShow(core, { form, summary, result }, buildRequest(), render);
}

function render(r) {
  last = r;
  const grants = Object.keys(LABELS).filter((k) => r[k]);
  result.dataset.state = "ok";
  fill(result,
    el("h2", { id: "result-heading" }, "計算結果"),
    el("p", {}, r.fiscal_year_label),
    el("dl", { class: "totals" }, el("dt", {}, "補助額の合計"), el("dd", {}, el("strong", { "data-testid": "total" }, yen(r.total)))),
    el("div", { class: "table-wrap" }, el("table", {},
      el("caption", { class: "visually-hidden" }, "補助金ごとの補助額"),
      el("thead", {}, el("tr", {}, ["補助金", "補助対象経費", "上限額", "補助額", "決め手"].map((h) => el("th", { scope: "col" }, h)))),
      el("tbody", {}, grants.map((k) => el("tr", {},
        el("th", { scope: "row" }, LABELS[k]),
        el("td", { class: "num" }, yen(r[k].eligible_cost)),
        el("td", { class: "num" }, yen(r[k].cap)),
        el("td", { class: "num", "data-testid": `grant-${k}` }, el("strong", {}, yen(r[k].grant))),
        el("td", {}, LIMITED[r[k].limited_by] + (r[k].reason ? `（${r[k].reason}）` : "")),
      ))),
    )),
    resultActions(csv),
    el("h3", {}, "計算の根拠"),
    renderSteps(r.steps),
  );
  result.focus();
}

function csv() {
  if (!last) return;
  const r = last;
  const rows = [["年度", r.fiscal_year_label], [], ["補助金", "補助対象経費（円）", "上限額（円）", "補助額（円）", "決め手"],
    ...Object.keys(LABELS).filter((k) => r[k]).map((k) => [LABELS[k], r[k].eligible_cost, r[k].cap, r[k].grant, LIMITED[r[k].limited_by]]),
    ["合計", "", "", r.total]];
  downloadCsv(`yokohama-gh-setup-${r.fiscal_year}.csv`, rows);
}

async function main() {
  const state = urlState();
  if (!state.get("fiscal_year")) document.getElementById("fiscal_year").value = "令和7年度";
  document.getElementById("clear-form").addEventListener("click", () => {
    form.reset();
    history.replaceState(null, "", location.pathname);
    clearProblems(form, summary);
  });
  form.addEventListener("submit", (e) => { e.preventDefault(); calculate(); });
  core = await startPage();
  restoreState(form, state);
  markReady();
  if ([...state.keys()].length > 0) calculate();
}

main();
