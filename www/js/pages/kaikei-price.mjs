// 生産活動の販売価格と工賃の予算: builds a `kaikei.price` request, shows the
// break-even price, the surplus at a price and the 工賃 it funds, with the
// explanation, CSV and the state in the URL.

import { el } from "../lib/core.mjs";
import { cell, downloadCsv } from "../lib/csv.mjs";
import { renderSteps } from "../lib/explain.mjs";
import { text } from "../lib/form.mjs";
import { fmt, yen } from "../lib/format.mjs";
import { runPage } from "../lib/page.mjs";
import { resultActions, showResult, totals } from "../lib/result.mjs";

const FIELDS = ["fiscal_year", "volume", "operating_days", "daily_output", "manufacturing_cost_total",
  "manufacturing_cost_per_item", "sga_cost", "price", "users", "target_monthly_wage"];

/** The guideline's example (資料3 3 5) Tips《例》). */
const EXAMPLE = { operating_days: "200", daily_output: "50", manufacturing_cost_per_item: "50", sga_cost: "100000", price: "110" };

const form = document.getElementById("form");

function buildRequest() {
  const req = { calculator: "kaikei.price" };
  for (const f of FIELDS) req[f] = text(form, f);
  return req;
}

function render(r, page) {
  const rows = [
    ["販売数量", `${fmt.format(r.volume)}個`],
    ["必要経費（製造原価＋販管費）", `${yen(r.total_cost)}（${yen(r.manufacturing_cost)}＋${yen(r.sga_cost)}）`],
    ["1個あたり必要経費", `${r.cost_per_item}円`],
    ["損益分岐点の販売価格", el("strong", { "data-testid": "break-even" }, yen(r.break_even_price))],
  ];
  if (r.price !== null) {
    rows.push(
      ["販売価格・売上高", `1個 ${yen(r.price)}・${yen(r.sales)}`],
      ["剰余金", el("strong", { "data-testid": "surplus" }, yen(r.surplus))],
      ["賃金総額に反映できる額", el("strong", { "data-testid": "wage-fund" }, yen(r.wage_fund))],
    );
    if (r.users !== null) rows.push(["1人あたりの工賃", `年額 ${yen(r.wage_per_user_year)}・月額 ${yen(r.wage_per_user_month)}（${r.users}人・${r.months}か月）`]);
  }
  if (r.target_price !== null) {
    rows.push(["目標の工賃に必要な販売価格", el("strong", { "data-testid": "target-price" }, `1個 ${yen(r.target_price)}`)],
      ["目標賃金額合計", `${yen(r.target_wage_fund)}（月額 ${yen(r.target_monthly_wage)}×${r.users}人×${r.months}か月）`]);
  }
  showResult(page.result, "計算結果",
    el("p", {}, r.label),
    totals(rows),
    resultActions(() => csv(r)),
    el("h3", {}, "計算の根拠"),
    renderSteps(r.steps),
  );
}

function csv(r) {
  downloadCsv(`kaikei-price-${r.fiscal_year}.csv`, [
    ["計算", "生産活動の販売価格と工賃の予算"],
    ["年度（西暦）", r.fiscal_year], ["年度（和暦）", r.label.replace(/^.*（(.*)）$/, "$1")],
    ["販売数量（個）", r.volume], ["製造原価（円）", r.manufacturing_cost], ["販管費（円）", r.sga_cost], ["必要経費（円）", r.total_cost],
    ["1個あたり必要経費（円）", r.cost_per_item], ["損益分岐点の販売価格（円・1円未満切上げ）", r.break_even_price],
    ["販売価格（円）", cell(r.price)], ["売上高（円）", cell(r.sales)], ["剰余金（円）", cell(r.surplus)], ["賃金総額に反映できる額（円）", cell(r.wage_fund)],
    ["利用者数（人）", cell(r.users)], ["1人あたり年額（円・1円未満切捨て）", cell(r.wage_per_user_year)], ["1人あたり月額（円・1円未満切捨て）", cell(r.wage_per_user_month)],
    ["目標月額（円）", cell(r.target_monthly_wage)], ["目標賃金額合計（円）", cell(r.target_wage_fund)], ["目標に必要な販売価格（円・1円未満切上げ）", cell(r.target_price)],
  ]);
}

runPage({
  defaults: { fiscal_year: "2025" },
  buildRequest,
  render,
  init() {
    document.getElementById("example").addEventListener("click", () => {
      for (const f of FIELDS) if (f !== "fiscal_year") form.elements.namedItem(f).value = EXAMPLE[f] ?? "";
      document.getElementById("operating_days").focus();
    });
  },
  cleared: (page) => page.applyDefaults(),
});
