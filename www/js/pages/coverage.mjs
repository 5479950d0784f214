// 登録状況: for every calculator and 年度, how many of the figures it reads
// are official, secondary, missing or past their table's end — computed by
// the core from the data (`coverage()`), with what the site's and this
// browser's figure sets fill. Nothing here is written by hand.

import { el, fill } from "../lib/core.mjs";
import { loadFigureSets, onFigureSetsChange, renderFigurePanel, requestSets } from "../lib/figures.mjs";
import { markReady, startPage } from "../lib/page.mjs";
import { dataTable, num, thead } from "../lib/result.mjs";

const STATES = [
  ["official", "公的資料"],
  ["secondary", "二次資料"],
  ["missing", "未登録"],
  ["ended", "期限切れ"],
];
const STATE_LABEL = Object.fromEntries(STATES);

/** One 年度's table: a row per calculator. */
function yearTable(c, y) {
  const fy = c.fiscal_years[y];
  return el("section", { "aria-labelledby": `fy-${fy.year}` },
    el("h2", { id: `fy-${fy.year}` }, `${fy.label}（${fy.year}年度）`),
    dataTable({ class: "coverage", "data-year": String(fy.year) }, `${fy.label}の登録状況`,
      thead(["計算機", ...STATES.map(([, l]) => l), "資料セットで補う"]),
      el("tbody", {}, c.calculators.map((calc) => {
        const n = calc.years[y];
        return el("tr", {},
          el("th", { scope: "row" }, calc.title, el("br"), el("small", {}, calc.name)),
          STATES.map(([s]) => num(n[s], { "data-testid": `cov-${calc.name}-${fy.year}-${s}`, class: n[s] && (s === "missing" || s === "ended") ? "num warn" : "num" })),
          num(n.by_sets, { "data-testid": `cov-${calc.name}-${fy.year}-by_sets` }));
      }))));
}

/** A calculator's figures that are not official in some 年度, by key. */
function figureDetails(c, calc) {
  const rows = calc.figures.map((i) => c.figures[i]).filter((f) => f.years.some((s) => s && s !== "official"));
  if (!rows.length) return null;
  return el("details", { class: "day-steps" },
    el("summary", {}, `${calc.title}: 公的資料でない値（${rows.length}件）`),
    dataTable({ class: "coverage" }, `${calc.title}の公的資料でない値`,
      thead(["値", ...c.fiscal_years.map((f) => f.label)]),
      el("tbody", {}, rows.map((f) => el("tr", {},
        el("th", { scope: "row" }, f.label, el("br"), el("small", {}, f.key)),
        f.years.map((s) => {
          const [base, set] = s.split("+");
          return el("td", { class: `state-${base}` }, base ? STATE_LABEL[base] : "—", set ? "（資料セットで補う）" : "");
        }))))));
}

/** Calculators that read the same figures are listed once (the first of them). */
function distinct(calculators) {
  const seen = new Set();
  return calculators.filter((calc) => {
    const k = calc.figures.join(",");
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function render(core) {
  const c = core.coverage(requestSets());
  document.getElementById("coverage-horizon").textContent = `収録範囲: ${c.horizon_label}サービス提供分まで（${c.horizon}）。`;
  fill(document.getElementById("coverage"),
    c.fiscal_years.map((_, y) => yearTable(c, y)),
    el("h2", {}, "計算機ごとの内訳"),
    distinct(c.calculators).map((calc) => figureDetails(c, calc)));
}

startPage().then(async (core) => {
  await loadFigureSets(core);
  const panel = el("div", { id: "figure-sets", class: "figure-set-panel" });
  document.getElementById("core-status").after(panel);
  renderFigurePanel(panel);
  onFigureSetsChange(() => render(core));
  render(core);
  markReady();
}, () => {});
