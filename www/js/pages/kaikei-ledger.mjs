// 就労支援事業会計 積立金の台帳: builds a `kaikei.ledger` request from the
// form (years added and removed with buttons), keeps everything in the URL, and
// shows each year's limits, what was allowed and why.

import { el } from "../lib/core.mjs";
import { cell, downloadCsv } from "../lib/csv.mjs";
import { renderSteps, stepsDetails } from "../lib/explain.mjs";
import { figureMap, readFields, showFigureValues, text, value } from "../lib/form.mjs";
import { fiscalYearLabel, parseFiscalYear, percentText, yen } from "../lib/format.mjs";
import { runPage } from "../lib/page.mjs";
import { num, resultActions, showResult, thead, totals } from "../lib/result.mjs";
import { Roster } from "../lib/roster.mjs";

/** The inputs of one year, grouped as an accountant reads the 決算. */
const YEAR_GROUPS = [
  ["賃金・工賃", [
    { name: "wages_paid", label: "賃金・工賃の支払額（工賃変動積立金からの補填を除く）", unit: "円" },
    { name: "disaster", label: "天災等により工賃が大幅に減少した年度", kind: "check" },
  ]],
  ["決算（就労支援事業活動計算書・別紙1）", [
    { name: "surplus", label: "当期末繰越活動増減差額（(13)、マイナスは「-」を付ける）", unit: "円" },
    { name: "production_income", label: "就労支援事業収入（生産活動収入）", unit: "円" },
    { name: "asset_cost", label: "就労支援事業資産の取得価額（年度末）", unit: "円" },
  ]],
  ["取崩し", [
    { name: "wage_draw", label: "工賃変動積立金を取り崩して工賃を補填する額", unit: "円" },
    { name: "equipment_purchase", label: "生産活動に要する設備等を導入した額（取得価額）", unit: "円" },
    { name: "equipment_draw", label: "設備等整備積立金を取り崩す額", unit: "円" },
  ]],
  ["積立希望額（空欄は認められる上限まで）", [
    { name: "wage_reserve_request", label: "工賃変動積立金", unit: "円" },
    { name: "equipment_reserve_request", label: "設備等整備積立金", unit: "円" },
  ]],
  ["積立資産の一時繰替使用", [
    { name: "benefit_delay_months", label: "自立支援給付費の受取の遅れ", unit: "か月", size: 4 },
    { name: "temporary_use", label: "一時繰替使用額", unit: "円" },
    { name: "temporary_repaid", label: "自立支援給付費による補填額", unit: "円" },
  ]],
];
const YEAR_FIELDS = YEAR_GROUPS.flatMap(([, fs]) => fs);

const form = document.getElementById("form");
/** How many past years the rules look back (the longest of the data's periods), set when the core is loaded. */
let historyYears = 0;
/** The years of 過去n年間の平均賃金・工賃 (kaikei.wage_reserve.average_years), for the headings. */
let averageYears = "—";
let core = null;

// ------------------------------------------------------------------ 年度 labels

function firstYear() {
  return parseFiscalYear(value(form, "first_fiscal_year"));
}

const fyLabel = (y) => fiscalYearLabel(core, y);

function relabel() {
  const y = firstYear();
  for (let j = 0; j < historyYears; j++) {
    const back = historyYears - j;
    document.getElementById(`h-${j}-label`).textContent = y === null ? `${back}年度前` : fyLabel(y - back) + (back === 1 ? "＝前年度" : "");
  }
  for (const fs of form.querySelectorAll("#years > fieldset.year")) {
    const i = Number(fs.dataset.index);
    fs.querySelector(":scope > legend").textContent = `${i + 1}年度目${y === null ? "" : "：" + fyLabel(y + i)}`;
  }
}

// ------------------------------------------------------------------ rows

/** The past years' rows: as many as the data's rules look back (過去n年間の平均・最低工賃). */
function buildHistory(figures) {
  averageYears = figures.get("kaikei.wage_reserve.average_years")?.value ?? "—";
  historyYears = Math.max(...["kaikei.wage_reserve.average_years", "kaikei.guaranteed_level.years"]
    .map((k) => Number(figures.get(k)?.value) || 0));
  const heads = form.querySelectorAll("table.history thead th");
  heads[1].id = "h-wages-head";
  heads[2].id = "h-disaster-head";
  document.getElementById("history-body").replaceChildren(...Array.from({ length: historyYears }, (_, j) => el("tr", {},
    el("th", { scope: "row", id: `h-${j}-label` }, ""),
    el("td", { "data-field": `history[${j}].wages_paid` },
      el("input", { id: `h-${j}-wages`, name: `history.${j}.wages_paid`, inputmode: "numeric", size: "14", autocomplete: "off", "aria-labelledby": `h-${j}-label h-wages-head` })),
    el("td", { "data-field": `history[${j}].disaster`, class: "center" },
      el("input", { id: `h-${j}-disaster`, name: `history.${j}.disaster`, type: "checkbox", "aria-labelledby": `h-${j}-label h-disaster-head` })),
  )));
}

function yearFieldset(i) {
  return el("fieldset", { class: "sub year", "data-index": i, "data-field": `years[${i}]`, "data-row-label": `${i + 1}年度目` },
    el("legend", {}, `${i + 1}年度目`),
    el("div", { class: "year-groups" },
      YEAR_GROUPS.map(([title, fields]) => el("fieldset", { class: "group" },
        el("legend", {}, title),
        fields.map((f) => {
          const id = `y-${i}-${f.name}`;
          const name = `years.${i}.${f.name}`;
          if (f.kind === "check") {
            return el("div", { class: "field check", "data-field": `years[${i}].${f.name}` },
              el("input", { id, name, type: "checkbox" }), el("label", { for: id }, f.label));
          }
          return el("div", { class: "field", "data-field": `years[${i}].${f.name}` },
            el("label", { for: id }, f.label),
            el("input", { id, name, inputmode: "numeric", size: String(f.size || 14), autocomplete: "off" }),
            el("span", { class: "unit" }, f.unit));
        }))),
    ),
  );
}

const years = new Roster(form, {
  name: "years", body: "years", row: yearFieldset, add: "add-year", removeLast: "remove-year", max: 10,
  changed: relabel,
  added: (n) => {
    const y = firstYear();
    document.getElementById("years-status").textContent = `${n}年度目${y === null ? "" : `（${fyLabel(y + n - 1)}）`}を追加しました。`;
  },
  removed: (n) => { document.getElementById("years-status").textContent = `${n + 1}年度目を削除しました。`; },
});

// ------------------------------------------------------------------ request

function buildRequest() {
  const history = [];
  for (let j = 0; j < historyYears; j++) {
    history.push({ wages_paid: text(form, `history.${j}.wages_paid`), disaster: value(form, `history.${j}.disaster`) });
  }
  return {
    calculator: "kaikei.ledger",
    first_fiscal_year: text(form, "first_fiscal_year"),
    opening: readFields(form, "opening.", { wage_reserve: text, equipment_reserve: text, temporary_outstanding: text }),
    history,
    years: years.read(form, YEAR_FIELDS),
  };
}

// ------------------------------------------------------------------ render

function reserveCells(r, i, key) {
  return [
    num(yen(r.draw_allowed), { "data-testid": `${key}-draw-${i}` }),
    num(yen(r.reserve_allowed), { "data-testid": `${key}-reserve-${i}` }),
    num(yen(r.closing), { "data-testid": `${key}-closing-${i}` }),
    num(yen(r.ceiling)),
  ];
}

function summaryTable(out) {
  return el("div", { class: "table-wrap", tabindex: "0", role: "region", "aria-label": "年度ごとの積立て・取崩しの表（横にスクロールできます）" }, el("table", { class: "ledger-summary" },
    el("caption", {}, "年度ごとの積立て・取崩し（円）"),
    el("thead", {},
      el("tr", {},
        el("th", { scope: "col", rowspan: "2" }, "年度"),
        el("th", { scope: "col", rowspan: "2" }, "賃金・工賃の支払総額", el("br"), "（うち補填）"),
        el("th", { scope: "col", rowspan: "2" }, "前年度以上"),
        el("th", { scope: "col", rowspan: "2" }, `過去${averageYears}年間の平均`, el("br"), "／最低工賃"),
        el("th", { scope: "col", rowspan: "2" }, "積立可能な額"),
        el("th", { scope: "colgroup", colspan: "4" }, "工賃変動積立金"),
        el("th", { scope: "colgroup", colspan: "4" }, "設備等整備積立金"),
        el("th", { scope: "col", rowspan: "2" }, "積立資産（未補填額）")),
      el("tr", {}, [1, 2].map(() => ["取崩し", "積立て", "残高", "上限"].map((h) => el("th", { scope: "col" }, h))))),
    el("tbody", {}, out.years.map((y, i) => el("tr", {},
      el("th", { scope: "row" }, `${y.fiscal_year}年度`, el("span", { class: "wareki-small" }, y.label.replace(/^.*（(.*)）$/, "$1"))),
      num(`${yen(y.wages_total)}${y.wage_top_up ? `（${yen(y.wage_top_up)}）` : ""}`),
      el("td", {}, y.wages_not_below_previous ? "はい" : "いいえ"),
      num(`${yen(y.average_wages)}／${yen(y.guaranteed_level)}`),
      num(yen(y.available)),
      reserveCells(y.wage_reserve, i, "wage"),
      reserveCells(y.equipment_reserve, i, "equipment"),
      num(`${yen(y.reserve_assets_required)}${y.temporary.closing_outstanding ? `（${yen(y.temporary.closing_outstanding)}）` : ""}`),
    ))),
  ));
}

/** 別紙3 (その他の積立金明細表) for one year, with the limits and what decided the amount. */
function statement(y) {
  const rows = [["工賃変動積立金", y.wage_reserve], ["設備等整備積立金", y.equipment_reserve]];
  const sum = (k) => y.wage_reserve[k] + y.equipment_reserve[k];
  return el("div", { class: "table-wrap", tabindex: "0", role: "region", "aria-label": `${y.label}の積立金の増減の表` }, el("table", { class: "statement" },
    el("caption", {}, `${y.label} 積立金の増減（別紙3 その他の積立金明細表の形）`),
    thead(["積立金の種類", "前期繰越額", "当期積立額", "当期取崩額", "当期末残高", "各年度の限度", "積立上限額", "積立額の決め手"]),
    el("tbody", {}, rows.map(([name, r]) => el("tr", {},
      el("th", { scope: "row" }, name),
      [r.opening, r.reserve_allowed, r.draw_allowed, r.closing, r.yearly_limit, r.ceiling].map((x) => num(yen(x))),
      el("td", {}, r.limited_by_label + (r.over_ceiling ? "（残高が上限超過）" : ""))))),
    el("tfoot", {}, el("tr", {}, el("th", { scope: "row" }, "合計"),
      ["opening", "reserve_allowed", "draw_allowed", "closing"].map((k) => num(yen(sum(k)))),
      el("td", {}, ""), el("td", {}, ""), el("td", {}, ""))),
  ));
}

function yearSection(y) {
  const notes = [y.wage_reserve.draw_note, y.equipment_reserve.draw_note, y.temporary.note].filter(Boolean);
  return el("section", { class: "year-result", "aria-labelledby": `yr-${y.fiscal_year}` },
    el("h3", { id: `yr-${y.fiscal_year}` }, y.label),
    totals(
      ["積み立てられる額", `工賃変動積立金 ${yen(y.wage_reserve.reserve_allowed)}・設備等整備積立金 ${yen(y.equipment_reserve.reserve_allowed)}`],
      ["取り崩した額", `工賃変動積立金 ${yen(y.wage_reserve.draw_allowed)}・設備等整備積立金 ${yen(y.equipment_reserve.draw_allowed)}`],
      ["計上すべき積立資産", `${yen(y.reserve_assets_required)}（実際に保有: ${yen(y.reserve_assets_held)}）`],
      ["積立て後の次期繰越活動増減差額", yen(y.carried_forward)],
    ),
    notes.length ? el("ul", { class: "notes" }, notes.map((n) => el("li", {}, n))) : "",
    statement(y),
    stepsDetails(`${y.label}の計算の根拠（${y.steps.length}項目）`, y.steps),
  );
}

function render(out, page) {
  showResult(page.result, "計算結果",
    el("p", { class: "total" }, `${out.years[0].label}〜${out.years.at(-1).label}`),
    summaryTable(out),
    resultActions(() => csv(out)),
    el("h3", {}, "共通のきまり"),
    renderSteps(out.steps),
    out.years.map(yearSection),
  );
}

function csv(out) {
  const head = ["年度（西暦）", "年度（和暦）", "賃金・工賃の支払額（補填前）", "工賃変動積立金からの補填額", "支払総額", "前年度の支払実績額", "前年度を下回らない",
    `過去${averageYears}年間の平均賃金・工賃`, "保障すべき工賃水準", "当期末繰越活動増減差額", "その他の積立金取崩額", "積立可能な額",
    "工賃変動積立金 前期繰越額", "工賃変動積立金 当期取崩額", "工賃変動積立金 各年度の限度", "工賃変動積立金 積立上限額", "工賃変動積立金 当期積立額", "工賃変動積立金 当期末残高", "工賃変動積立金 決め手",
    "設備等整備積立金 前期繰越額", "設備等整備積立金 当期取崩額", "設備等整備積立金 各年度の限度", "設備等整備積立金 積立上限額", "設備等整備積立金 当期積立額", "設備等整備積立金 当期末残高", "設備等整備積立金 決め手",
    "一時繰替使用額", "一時繰替使用の未補填額（年度末）", "計上すべき積立資産", "次期繰越活動増減差額"];
  const rows = [["計算", "就労支援事業会計 積立金の台帳"], head,
    ...out.years.map((y) => {
      const w = y.wage_reserve;
      const e = y.equipment_reserve;
      return [y.fiscal_year, y.label.replace(/^.*（(.*)）$/, "$1"), y.wages_paid, y.wage_top_up, y.wages_total, y.previous_wages_total, y.wages_not_below_previous ? "はい" : "いいえ",
        cell(y.average_wages), cell(y.guaranteed_level), y.surplus, y.reserves_drawn, y.available,
        w.opening, w.draw_allowed, cell(w.yearly_limit), cell(w.ceiling), w.reserve_allowed, w.closing, w.limited_by_label,
        e.opening, e.draw_allowed, cell(e.yearly_limit), cell(e.ceiling), e.reserve_allowed, e.closing, e.limited_by_label,
        y.temporary.allowed, y.temporary.closing_outstanding, y.reserve_assets_required, y.carried_forward];
    })];
  downloadCsv(`kaikei-ledger-${out.first_fiscal_year}-${out.last_fiscal_year}.csv`, rows);
}

// ------------------------------------------------------------------ the rules box, from the data

function fillRules(figures) {
  for (const td of document.querySelectorAll("[data-figure]")) {
    const f = figures.get(td.dataset.figure);
    // data-of may name another figure, as {key} (過去{…average_years}年間の…).
    const of = td.dataset.of.replace(/\{([a-z0-9_.-]+)\}/g, (_, k) => figures.get(k)?.value ?? "—");
    if (f && f.value !== null) td.textContent = `${of}${percentText(f.value)}%以内`;
  }
  showFigureValues(figures);
}

// ------------------------------------------------------------------ start

runPage({
  defaults: { first_fiscal_year: "2024" },
  buildRequest,
  render,
  init(page) {
    years.build(years.stateCount(page.state));
    document.getElementById("first_fiscal_year").addEventListener("input", relabel);
  },
  setup(page) {
    core = page.core;
    const figures = figureMap(core, "kaikei");
    buildHistory(figures);
    fillRules(figures);
  },
  sync: relabel,
  cleared(page) {
    years.reset();
    page.applyDefaults();
  },
});
