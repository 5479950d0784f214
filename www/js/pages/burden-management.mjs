// 利用者負担上限額管理: builds a `money.burden_management` request from the
// month, the cap and the table of offices, and shows the 管理結果 with each
// office's 利用者負担 before and after the management.

import { el } from "../lib/core.mjs";
import { downloadCsv } from "../lib/csv.mjs";
import { renderSteps } from "../lib/explain.mjs";
import { figureChoices, labelPart, text, userFigures } from "../lib/form.mjs";
import { thisMonth, yen } from "../lib/format.mjs";
import { runPage } from "../lib/page.mjs";
import { dataTable, num, resultActions, showResult, thead, totals } from "../lib/result.mjs";
import { Roster } from "../lib/roster.mjs";

const COLUMNS = [
  { name: "label", head: "事業所", kind: "text", size: 18 },
  { name: "manager", head: "上限額管理事業所", kind: "check" },
  { name: "total_yen", head: "総費用額（円）", kind: "number", size: 9 },
  { name: "tenth_yen", head: "1割相当額（円・空欄は計算）", short: "1割相当額（円）", kind: "number", size: 8 },
];

/** The 請求 manual's example of 管理結果1 (上限9,300円; 自社 12,176円, 他社 2,270円). */
const EXAMPLE = [
  { label: "自社（居宅介護・同行援護）", manager: true, total_yen: "121760", tenth_yen: "12176" },
  { label: "他社（居宅介護）", manager: false, total_yen: "22700", tenth_yen: "2270" },
];

const form = document.getElementById("form");
const offices = new Roster(form, {
  name: "offices", id: "o", rowLabel: (i) => `事業所${i + 1}`, columns: COLUMNS, add: "add-office", min: 2, max: 50,
});

function buildRequest() {
  return {
    calculator: "money.burden_management",
    service_month: text(form, "service_month"),
    burden_category: text(form, "burden_category"),
    burden_cap: text(form, "burden_cap"),
    offices: offices.read(form),
    user_figures: userFigures(form),
  };
}

function render(r, page) {
  showResult(page.result, "計算結果",
    el("p", {}, `${r.month_label}・${r.burden_category}`),
    totals(
      ["管理結果", el("strong", { "data-testid": "result", "data-result": String(r.result) }, r.result_label)],
      ["負担上限月額", yen(r.cap_yen)],
      ["利用者負担額の合算額（管理前）", yen(r.burden_total_yen)],
      ["利用者が支払う額（管理後の合計）", el("strong", { "data-testid": "managed-total" }, yen(r.managed_total_yen))],
    ),
    dataTable({ class: "money-users", id: "offices-result" }, "事業所ごとの利用者負担",
      thead(["事業所", "上限額管理事業所", "総費用額", "1割相当額", "利用者負担額（管理前）", "管理結果後利用者負担額", "給付費"]),
      el("tbody", {}, r.offices.map((o) => el("tr", {},
        el("th", { scope: "row" }, o.label),
        el("td", {}, o.manager ? "管理事業所" : "—"),
        [o.total_yen, o.tenth_yen, o.burden_yen].map((x) => num(yen(x))),
        el("td", { class: "num" }, el("strong", {}, yen(o.managed_burden_yen))),
        num(yen(o.benefit_yen))))),
      el("tfoot", {}, el("tr", {}, el("th", { scope: "row" }, "合計"), el("td", {}, ""), el("td", {}, ""), el("td", {}, ""),
        num(yen(r.burden_total_yen)), num(yen(r.managed_total_yen)), el("td", {}, ""))),
    ),
    resultActions(() => csv(r)),
    el("h3", {}, "計算の根拠"),
    renderSteps(r.steps),
  );
}

function csv(r) {
  downloadCsv(`hoshu-burden-management-${r.service_month}.csv`, [
    ["サービス提供月（西暦）", r.service_month], ["サービス提供月（和暦）", r.month_label], ["利用者負担の区分", r.burden_category],
    ["負担上限月額（円）", r.cap_yen], ["管理結果", r.result, r.result_label], [],
    ["事業所", "上限額管理事業所", "総費用額（円）", "1割相当額（円）", "利用者負担額（管理前・円）", "管理結果後利用者負担額（円）", "給付費（円）"],
    ...r.offices.map((o) => [o.label, o.manager ? "○" : "", o.total_yen, o.tenth_yen, o.burden_yen, o.managed_burden_yen, o.benefit_yen]),
    ["合計", "", "", "", r.burden_total_yen, r.managed_total_yen, ""],
  ]);
}

runPage({
  defaults: { service_month: thisMonth },
  buildRequest,
  render,
  init(page) {
    offices.buildHead();
    document.getElementById("example").addEventListener("click", () => {
      form.elements.namedItem("burden_category").value = "general-1";
      form.elements.namedItem("burden_cap").value = "";
      offices.set(EXAMPLE);
      document.getElementById("o-0-label").focus();
    });
  },
  setup(page) {
    const select = document.getElementById("burden_category");
    select.replaceChildren(...figureChoices(page.core, "money.burden_cap", (f) => labelPart(f.label, ":")).map(([v, t]) => el("option", { value: v }, t)));
    offices.build(offices.stateCount(page.state));
  },
  cleared: () => offices.reset(),
});
