// 横浜市 障害者グループホーム 設置費等補助金: builds a `yokohama_gh.setup`
// request, shows each grant with its cap and the explanation, CSV and print.

import { el } from "../lib/core.mjs";
import { downloadCsv } from "../lib/csv.mjs";
import { renderSteps } from "../lib/explain.mjs";
import { readFields, text, value } from "../lib/form.mjs";
import { yen } from "../lib/format.mjs";
import { runPage } from "../lib/page.mjs";
import { dataTable, num, resultActions, showResult, thead, totals } from "../lib/result.mjs";

const LABELS = { maintenance: "整備費（設置費補助金）", furnishing: "初度調弁費", renovation: "改修費", sprinkler: "スプリンクラー設置費" };
const LIMITED = { cost: "補助対象経費（実額）", cap: "上限額", share: "補助対象経費の3/4", rate: "補助対象経費×3/4", excluded: "対象外" };

const form = document.getElementById("form");

/** The non-blank lines of a text area: one amount a line. */
const lines = (f, name) => (value(f, name) || "").split(/\r?\n/).map((s) => s.trim()).filter((s) => s !== "");

function buildRequest() {
  return {
    calculator: "yokohama_gh.setup",
    ...readFields(form, "", { fiscal_year: text, building: value, purpose: value }),
    maintenance: readFields(form, "maintenance.", { kind: text, sprinkler: value, rights_cost: text, remodel_cost: text, facility_cost: text }),
    ...readFields(form, "", { furnishing_items: lines, renovation_works: lines }),
    sprinkler: readFields(form, "sprinkler.", { area_m2: text, pump_unit: value, works_cost: text, office_cost: text }),
  };
}

function render(r, page) {
  const grants = Object.keys(LABELS).filter((k) => r[k]);
  showResult(page.result, "計算結果",
    el("p", {}, r.fiscal_year_label),
    totals(["補助額の合計", el("strong", { "data-testid": "total" }, yen(r.total))]),
    dataTable({}, "補助金ごとの補助額",
      thead(["補助金", "補助対象経費", "上限額", "補助額", "決め手"]),
      el("tbody", {}, grants.map((k) => el("tr", {},
        el("th", { scope: "row" }, LABELS[k]),
        num(yen(r[k].eligible_cost)),
        num(yen(r[k].cap)),
        num(el("strong", {}, yen(r[k].grant)), { "data-testid": `grant-${k}` }),
        el("td", {}, LIMITED[r[k].limited_by] + (r[k].reason ? `（${r[k].reason}）` : "")),
      ))),
    ),
    resultActions(() => csv(r)),
    el("h3", {}, "計算の根拠"),
    renderSteps(r.steps),
  );
}

function csv(r) {
  downloadCsv(`yokohama-gh-setup-${r.fiscal_year}.csv`, [["年度", r.fiscal_year_label], [], ["補助金", "補助対象経費（円）", "上限額（円）", "補助額（円）", "決め手"],
    ...Object.keys(LABELS).filter((k) => r[k]).map((k) => [LABELS[k], r[k].eligible_cost, r[k].cap, r[k].grant, LIMITED[r[k].limited_by]]),
    ["合計", "", "", r.total]]);
}

runPage({ defaults: { fiscal_year: "令和7年度" }, buildRequest, render });
