// 就労支援事業会計 積立金の台帳: builds a `kaikei.ledger` request from the
// form (years added and removed with buttons), keeps everything in the URL, and
// shows each year's limits, what was allowed and why.

import {
  startPage, el, fill, value, text, showProblems, clearProblems, renderSteps, fmt, saveState, urlState, restoreState, downloadCsv, markReady, markFirstResult, resultActions, calculateAndShow,
} from "./core.mjs";

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
const HISTORY = 3;

const form = document.getElementById("form");
const summary = document.getElementById("problems");
const result = document.getElementById("result");
const yearsBox = document.getElementById("years");
const countInput = document.getElementById("years-count");
let core = null;
let last = null;

// ------------------------------------------------------------------ 年度 labels

/** The 年度 typed in the first field (2024, "2024年度", "令和6年度", "R6"), or null. */
function firstYear() {
  const t = (value(form, "first_fiscal_year") || "").trim().normalize("NFKC").replace(/年度?$/, "");
  let m = /^(\d{4})$/.exec(t);
  if (m) return Number(m[1]);
  m = /^(?:令和|R|r)(\d{1,2}|元)$/.exec(t);
  if (m) return 2018 + (m[1] === "元" ? 1 : Number(m[1]));
  m = /^(?:平成|H|h)(\d{1,2}|元)$/.exec(t);
  if (m) return 1988 + (m[1] === "元" ? 1 : Number(m[1]));
  return null;
}

/** `2024年度（令和6年度）`, with the era from the core (the same rule as the results). */
function fyLabel(y) {
  if (y === null) return "";
  const w = core ? core.wareki(`${y}-04`).replace(/年4月$/, "年度") : "";
  return w ? `${y}年度（${w}）` : `${y}年度`;
}

function relabel() {
  const y = firstYear();
  document.getElementById("first_fiscal_year-wareki").textContent = y === null ? "" : fyLabel(y);
  for (let j = 0; j < HISTORY; j++) {
    const cell = document.getElementById(`h-${j}-label`);
    const back = HISTORY - j;
    cell.textContent = y === null ? `${back}年度前` : fyLabel(y - back) + (back === 1 ? "＝前年度" : "");
  }
  for (const fs of yearsBox.querySelectorAll("fieldset.year")) {
    const i = Number(fs.dataset.index);
    fs.querySelector(":scope > legend").textContent = `${i + 1}年度目${y === null ? "" : "：" + fyLabel(y + i)}`;
  }
}

// ------------------------------------------------------------------ rows

function buildHistory() {
  const body = document.getElementById("history-body");
  body.replaceChildren();
  for (let j = 0; j < HISTORY; j++) {
    body.append(el("tr", {},
      el("th", { scope: "row", id: `h-${j}-label` }, ""),
      el("td", { "data-field": `history[${j}].wages_paid` },
        el("input", { id: `h-${j}-wages`, name: `history.${j}.wages_paid`, inputmode: "numeric", size: "14", autocomplete: "off", "aria-labelledby": `h-${j}-label h-wages-head` })),
      el("td", { "data-field": `history[${j}].disaster`, class: "center" },
        el("input", { id: `h-${j}-disaster`, name: `history.${j}.disaster`, type: "checkbox", "aria-labelledby": `h-${j}-label h-disaster-head` })),
    ));
  }
  const heads = document.querySelectorAll("table.history thead th");
  heads[1].id = "h-wages-head";
  heads[2].id = "h-disaster-head";
}

function yearFieldset(i) {
  return el("fieldset", { class: "sub year", "data-index": i, "data-field": `years[${i}]` },
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

function yearValues() {
  const n = Number(countInput.value) || 0;
  const out = [];
  for (let i = 0; i < n; i++) {
    const v = {};
    for (const f of YEAR_FIELDS) {
      const c = form.elements.namedItem(`years.${i}.${f.name}`);
      if (c) v[f.name] = c.type === "checkbox" ? c.checked : c.value;
    }
    out.push(v);
  }
  return out;
}

function setYears(rows) {
  yearsBox.replaceChildren(...rows.map((_, i) => yearFieldset(i)));
  countInput.value = String(rows.length);
  rows.forEach((v, i) => {
    for (const [k, x] of Object.entries(v)) {
      const c = form.elements.namedItem(`years.${i}.${k}`);
      if (!c) continue;
      if (c.type === "checkbox") c.checked = x;
      else c.value = x;
    }
  });
  document.getElementById("remove-year").disabled = rows.length <= 1;
  relabel();
}

// ------------------------------------------------------------------ request

function buildRequest() {
  const history = [];
  for (let j = 0; j < HISTORY; j++) {
    history.push({ wages_paid: text(form, `history.${j}.wages_paid`), disaster: value(form, `history.${j}.disaster`) });
  }
  const years = [];
  const n = Number(countInput.value) || 0;
  for (let i = 0; i < n; i++) {
    const y = {};
    for (const f of YEAR_FIELDS) {
      const name = `years.${i}.${f.name}`;
      y[f.name] = f.kind === "check" ? value(form, name) : text(form, name);
    }
    years.push(y);
  }
  return {
    calculator: "kaikei.ledger",
    first_fiscal_year: text(form, "first_fiscal_year"),
    opening: {
      wage_reserve: text(form, "opening.wage_reserve"),
      equipment_reserve: text(form, "opening.equipment_reserve"),
      temporary_outstanding: text(form, "opening.temporary_outstanding"),
    },
    history,
    years,
  };
}

// ------------------------------------------------------------------ calculate and render

const yen = (n) => (n === null || n === undefined ? "—" : `${fmt.format(n)}円`);

function calculate() {
  if (!core) return;
  calculateAndShow(core, { form, summary, result }, buildRequest(), render);
}

function reserveCells(r, i, key) {
  return [
    el("td", { class: "num", "data-testid": `${key}-draw-${i}` }, yen(r.draw_allowed)),
    el("td", { class: "num", "data-testid": `${key}-reserve-${i}` }, yen(r.reserve_allowed)),
    el("td", { class: "num", "data-testid": `${key}-closing-${i}` }, yen(r.closing)),
    el("td", { class: "num" }, yen(r.ceiling)),
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
        el("th", { scope: "col", rowspan: "2" }, "過去3年間の平均", el("br"), "／最低工賃"),
        el("th", { scope: "col", rowspan: "2" }, "積立可能な額"),
        el("th", { scope: "colgroup", colspan: "4" }, "工賃変動積立金"),
        el("th", { scope: "colgroup", colspan: "4" }, "設備等整備積立金"),
        el("th", { scope: "col", rowspan: "2" }, "積立資産（未補填額）")),
      el("tr", {}, ["取崩し", "積立て", "残高", "上限"].flatMap((h) => el("th", { scope: "col" }, h)),
        ["取崩し", "積立て", "残高", "上限"].flatMap((h) => el("th", { scope: "col" }, h)))),
    el("tbody", {}, out.years.map((y, i) => el("tr", {},
      el("th", { scope: "row" }, `${y.fiscal_year}年度`, el("span", { class: "wareki-small" }, y.label.replace(/^.*（(.*)）$/, "$1"))),
      el("td", { class: "num" }, `${yen(y.wages_total)}${y.wage_top_up ? `（${yen(y.wage_top_up)}）` : ""}`),
      el("td", {}, y.wages_not_below_previous ? "はい" : "いいえ"),
      el("td", { class: "num" }, `${yen(y.average_wages)}／${yen(y.guaranteed_level)}`),
      el("td", { class: "num" }, yen(y.available)),
      reserveCells(y.wage_reserve, i, "wage"),
      reserveCells(y.equipment_reserve, i, "equipment"),
      el("td", { class: "num" }, `${yen(y.reserve_assets_required)}${y.temporary.closing_outstanding ? `（${yen(y.temporary.closing_outstanding)}）` : ""}`),
    ))),
  ));
}

/** 別紙3 (その他の積立金明細表) for one year, with the limits and what decided the amount. */
function statement(y) {
  const rows = [["工賃変動積立金", y.wage_reserve], ["設備等整備積立金", y.equipment_reserve]];
  const sum = (k) => y.wage_reserve[k] + y.equipment_reserve[k];
  return el("div", { class: "table-wrap", tabindex: "0", role: "region", "aria-label": `${y.label}の積立金の増減の表` }, el("table", { class: "statement" },
    el("caption", {}, `${y.label} 積立金の増減（別紙3 その他の積立金明細表の形）`),
    el("thead", {}, el("tr", {}, ["積立金の種類", "前期繰越額", "当期積立額", "当期取崩額", "当期末残高", "各年度の限度", "積立上限額", "積立額の決め手"].map((h) => el("th", { scope: "col" }, h)))),
    el("tbody", {}, rows.map(([name, r]) => el("tr", {},
      el("th", { scope: "row" }, name),
      ...[r.opening, r.reserve_allowed, r.draw_allowed, r.closing, r.yearly_limit, r.ceiling].map((x) => el("td", { class: "num" }, yen(x))),
      el("td", {}, r.limited_by_label + (r.over_ceiling ? "（残高が上限超過）" : ""))))),
    el("tfoot", {}, el("tr", {}, el("th", { scope: "row" }, "合計"),
      ...["opening", "reserve_allowed", "draw_allowed", "closing"].map((k) => el("td", { class: "num" }, yen(sum(k)))),
      el("td", {}, ""), el("td", {}, ""), el("td", {}, ""))),
  ));
}

function yearSection(y) {
  const notes = [y.wage_reserve.draw_note, y.equipment_reserve.draw_note, y.temporary.note].filter(Boolean);
  return el("section", { class: "year-result", "aria-labelledby": `yr-${y.fiscal_year}` },
    el("h3", { id: `yr-${y.fiscal_year}` }, y.label),
    el("dl", { class: "totals" },
      el("dt", {}, "積み立てられる額"), el("dd", {}, `工賃変動積立金 ${yen(y.wage_reserve.reserve_allowed)}・設備等整備積立金 ${yen(y.equipment_reserve.reserve_allowed)}`),
      el("dt", {}, "取り崩した額"), el("dd", {}, `工賃変動積立金 ${yen(y.wage_reserve.draw_allowed)}・設備等整備積立金 ${yen(y.equipment_reserve.draw_allowed)}`),
      el("dt", {}, "計上すべき積立資産"), el("dd", {}, `${yen(y.reserve_assets_required)}（実際に保有: ${yen(y.reserve_assets_held)}）`),
      el("dt", {}, "積立て後の次期繰越活動増減差額"), el("dd", {}, yen(y.carried_forward)),
    ),
    notes.length ? el("ul", { class: "notes" }, notes.map((n) => el("li", {}, n))) : "",
    statement(y),
    el("details", { class: "day-steps" },
      el("summary", {}, `${y.label}の計算の根拠（${y.steps.length}項目）`),
      renderSteps(y.steps)),
  );
}

function render(out) {
  last = out;
  result.dataset.state = "ok";
  fill(result,
    el("h2", { id: "result-heading" }, "計算結果"),
    el("p", { class: "total" }, `${out.years[0].label}〜${out.years.at(-1).label}`),
    summaryTable(out),
    resultActions(csv),
    el("h3", {}, "共通のきまり"),
    renderSteps(out.steps),
    out.years.map(yearSection),
  );
  result.focus();
}

function csv() {
  if (!last) return;
  const head = ["年度（西暦）", "年度（和暦）", "賃金・工賃の支払額（補填前）", "工賃変動積立金からの補填額", "支払総額", "前年度の支払実績額", "前年度を下回らない",
    "過去3年間の平均賃金・工賃", "保障すべき工賃水準", "当期末繰越活動増減差額", "その他の積立金取崩額", "積立可能な額",
    "工賃変動積立金 前期繰越額", "工賃変動積立金 当期取崩額", "工賃変動積立金 各年度の限度", "工賃変動積立金 積立上限額", "工賃変動積立金 当期積立額", "工賃変動積立金 当期末残高", "工賃変動積立金 決め手",
    "設備等整備積立金 前期繰越額", "設備等整備積立金 当期取崩額", "設備等整備積立金 各年度の限度", "設備等整備積立金 積立上限額", "設備等整備積立金 当期積立額", "設備等整備積立金 当期末残高", "設備等整備積立金 決め手",
    "一時繰替使用額", "一時繰替使用の未補填額（年度末）", "計上すべき積立資産", "次期繰越活動増減差額"];
  const n = (x) => (x === null || x === undefined ? "" : x);
  const rows = [["計算", "就労支援事業会計 積立金の台帳"], head,
    ...last.years.map((y) => {
      const w = y.wage_reserve;
      const e = y.equipment_reserve;
      return [y.fiscal_year, y.label.replace(/^.*（(.*)）$/, "$1"), y.wages_paid, y.wage_top_up, y.wages_total, y.previous_wages_total, y.wages_not_below_previous ? "はい" : "いいえ",
        n(y.average_wages), n(y.guaranteed_level), y.surplus, y.reserves_drawn, y.available,
        w.opening, w.draw_allowed, n(w.yearly_limit), n(w.ceiling), w.reserve_allowed, w.closing, w.limited_by_label,
        e.opening, e.draw_allowed, n(e.yearly_limit), n(e.ceiling), e.reserve_allowed, e.closing, e.limited_by_label,
        y.temporary.allowed, y.temporary.closing_outstanding, y.reserve_assets_required, y.carried_forward];
    })];
  downloadCsv(`kaikei-ledger-${last.first_fiscal_year}-${last.last_fiscal_year}.csv`, rows);
}

// ------------------------------------------------------------------ the rules box, from the data

/** A decimal rate as text ("0.1", "0.75") → percent text ("10", "75"), without binary floating point. */
function percentText(rate) {
  const [i, f = ""] = String(rate).split(".");
  const digits = f.padEnd(2, "0");
  const whole = (i + digits.slice(0, 2)).replace(/^0+(?=\d)/, "");
  const rest = digits.slice(2).replace(/0+$/, "");
  return rest ? `${whole}.${rest}` : whole;
}

function fillRules() {
  const figs = new Map(core.figures("kaikei").map((f) => [f.key, f]));
  for (const cell of document.querySelectorAll("[data-figure]")) {
    const f = figs.get(cell.dataset.figure);
    if (f && f.value !== null) cell.textContent = `${cell.dataset.of}${percentText(f.value)}%以内`;
  }
  for (const span of document.querySelectorAll("[data-figure-value]")) {
    const f = figs.get(span.dataset.figureValue);
    if (f && f.value !== null) span.textContent = f.value;
  }
}

// ------------------------------------------------------------------ start

async function main() {
  buildHistory();
  const state = urlState();
  setYears(Array.from({ length: Math.max(1, Math.min(10, Number(state.get("years.count")) || 1)) }, () => ({})));
  restoreState(form, state);
  if (!text(form, "first_fiscal_year")) form.elements.namedItem("first_fiscal_year").value = "2024";

  document.getElementById("first_fiscal_year").addEventListener("input", relabel);
  document.getElementById("add-year").addEventListener("click", () => {
    const rows = yearValues();
    if (rows.length >= 10) return;
    rows.push({});
    setYears(rows);
    const y = firstYear();
    document.getElementById("years-status").textContent = `${rows.length}年度目${y === null ? "" : `（${fyLabel(y + rows.length - 1)}）`}を追加しました。`;
    document.getElementById(`y-${rows.length - 1}-wages_paid`).focus();
  });
  document.getElementById("remove-year").addEventListener("click", () => {
    const rows = yearValues();
    if (rows.length <= 1) return;
    rows.pop();
    setYears(rows);
    document.getElementById("years-status").textContent = `${rows.length + 1}年度目を削除しました。`;
    document.getElementById("add-year").focus();
  });
  document.getElementById("clear-form").addEventListener("click", () => {
    form.reset();
    setYears([{}]);
    form.elements.namedItem("first_fiscal_year").value = "2024";
    history.replaceState(null, "", location.pathname + (new URLSearchParams(location.search).get("embed") ? "?embed=1" : ""));
    clearProblems(form, summary);
    relabel();
  });
  form.addEventListener("submit", (e) => { e.preventDefault(); calculate(); });

  core = await startPage();
  fillRules();
  relabel();
  markReady();
  if ([...state.keys()].length > 0) calculate();
}

main();
