// 生産活動の販売価格と工賃の予算: builds a `kaikei.price` request, shows the
// break-even price, the surplus at a price and the 工賃 it funds, with the
// explanation, CSV and the state in the URL.

import {
  startPage, el, fill, text, showProblems, clearProblems, renderSteps, fmt, saveState, urlState, restoreState, downloadCsv, markReady, markFirstResult, resultActions, calculateAndShow,
} from "./core.mjs";

const FIELDS = ["fiscal_year", "volume", "operating_days", "daily_output", "manufacturing_cost_total",
  "manufacturing_cost_per_item", "sga_cost", "price", "users", "target_monthly_wage"];

/** The guideline's example (資料3 3 5) Tips《例》). */
const EXAMPLE = { operating_days: "200", daily_output: "50", manufacturing_cost_per_item: "50", sga_cost: "100000", price: "110" };

const form = document.getElementById("form");
const summary = document.getElementById("problems");
const result = document.getElementById("result");
let core = null;
let last = null;

function fiscalYear() {
  const t = (form.elements.namedItem("fiscal_year").value || "").trim().normalize("NFKC").replace(/年度?$/, "");
  let m = /^(\d{4})$/.exec(t);
  if (m) return Number(m[1]);
  m = /^(?:令和|R|r)(\d{1,2}|元)$/.exec(t);
  if (m) return 2018 + (m[1] === "元" ? 1 : Number(m[1]));
  return null;
}

function showWareki() {
  const y = fiscalYear();
  const w = core && y !== null ? core.wareki(`${y}-04`).replace(/年4月$/, "年度") : "";
  document.getElementById("fiscal_year-wareki").textContent = w ? `${y}年度（${w}）` : "";
}

function buildRequest() {
  const req = { calculator: "kaikei.price" };
  for (const f of FIELDS) req[f] = text(form, f);
  return req;
}

const yen = (n) => (n === null || n === undefined ? "—" : `${fmt.format(n)}円`);

function calculate() {
  if (!core) return;
  calculateAndShow(core, { form, summary, result }, buildRequest(), render);
}

function render(r) {
  last = r;
  result.dataset.state = "ok";
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
  fill(result,
    el("h2", { id: "result-heading" }, "計算結果"),
    el("p", {}, r.label),
    el("dl", { class: "totals" }, rows.map(([k, v]) => [el("dt", {}, k), el("dd", {}, v)])),
    resultActions(csv),
    el("h3", {}, "計算の根拠"),
    renderSteps(r.steps),
  );
  result.focus();
}

function csv() {
  if (!last) return;
  const r = last;
  const n = (x) => (x === null || x === undefined ? "" : x);
  downloadCsv(`kaikei-price-${r.fiscal_year}.csv`, [
    ["計算", "生産活動の販売価格と工賃の予算"],
    ["年度（西暦）", r.fiscal_year], ["年度（和暦）", r.label.replace(/^.*（(.*)）$/, "$1")],
    ["販売数量（個）", r.volume], ["製造原価（円）", r.manufacturing_cost], ["販管費（円）", r.sga_cost], ["必要経費（円）", r.total_cost],
    ["1個あたり必要経費（円）", r.cost_per_item], ["損益分岐点の販売価格（円・1円未満切上げ）", r.break_even_price],
    ["販売価格（円）", n(r.price)], ["売上高（円）", n(r.sales)], ["剰余金（円）", n(r.surplus)], ["賃金総額に反映できる額（円）", n(r.wage_fund)],
    ["利用者数（人）", n(r.users)], ["1人あたり年額（円・1円未満切捨て）", n(r.wage_per_user_year)], ["1人あたり月額（円・1円未満切捨て）", n(r.wage_per_user_month)],
    ["目標月額（円）", n(r.target_monthly_wage)], ["目標賃金額合計（円）", n(r.target_wage_fund)], ["目標に必要な販売価格（円・1円未満切上げ）", n(r.target_price)],
  ]);
}

async function main() {
  const state = urlState();
  restoreState(form, state);
  if (!text(form, "fiscal_year")) form.elements.namedItem("fiscal_year").value = "2025";
  document.getElementById("fiscal_year").addEventListener("input", showWareki);
  document.getElementById("example").addEventListener("click", () => {
    for (const f of FIELDS) if (f !== "fiscal_year") form.elements.namedItem(f).value = EXAMPLE[f] ?? "";
    document.getElementById("operating_days").focus();
  });
  document.getElementById("clear-form").addEventListener("click", () => {
    form.reset();
    form.elements.namedItem("fiscal_year").value = "2025";
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
