// 横浜市 障害者グループホーム（ホームの1か月）: builds a `yokohama_gh.month`
// request from the home's figures and the roster of residents (rows added and
// removed by keyboard, kept in the URL), and shows each resident's city
// additions, the vacancy subsidies, the totals per item and per claiming route,
// with the explanation, a CSV and print.

import {
  startPage, el, fill, value, text, showProblems, clearProblems, renderSteps, fmt, saveState, urlState, restoreState, downloadCsv, markReady, markFirstResult, resultActions, showFailure,
} from "./core.mjs";

const KUBUN = [["none", "非該当"], ["1", "区分1"], ["2", "区分2"], ["3", "区分3"], ["4", "区分4"], ["5", "区分5"], ["6", "区分6"]];
const AUTHORITY = [["yokohama", "横浜市"], ["other", "市外の自治体"]];
const CLAIM = [["basic", "本体請求あり"], ["additions_only", "入院等で加算のみ"], ["none", "入院等で請求なし"]];

/** The roster's columns. */
const RESIDENT_COLUMNS = [
  { name: "name", head: "呼び名", kind: "text" },
  { name: "kubun", head: "障害支援区分（月の初日）", kind: "select", options: KUBUN, blank: true },
  { name: "authority", head: "援護の実施機関", kind: "select", options: AUTHORITY },
  { name: "other_rent_subsidy", head: "市外の自治体から家賃に係る助成あり", short: "市外から家賃助成", kind: "check" },
  { name: "other_staff_subsidy", head: "市外の自治体から人件費に係る助成あり", short: "市外から人件費助成", kind: "check" },
  { name: "move_in", head: "入居日（月内）", kind: "date" },
  { name: "move_out", head: "退居日（月内）", kind: "date" },
  { name: "trial", head: "体験利用", kind: "check" },
  { name: "national_claim", head: "国への請求", kind: "select", options: CLAIM },
  { name: "plan_missing_reduction", head: "個別支援計画未作成減算の対象", short: "計画未作成減算", kind: "check" },
  { name: "kubun_change_date", head: "区分の変更日", kind: "date" },
  { name: "new_kubun", head: "変更後の区分", kind: "select", options: KUBUN, blank: true },
];
const SATELLITE_COLUMNS = [
  { name: "rent", head: "空室の月額家賃（円）", kind: "number" },
  { name: "start_month", head: "サテライト型住居の利用開始月", kind: "month" },
];

const TABLES = {
  residents: { columns: RESIDENT_COLUMNS, row: "入居者", field: "residents", min: 1 },
  satellites: { columns: SATELLITE_COLUMNS, row: "空室", field: "home.satellite_vacancies", min: 0 },
};

const ROUTE_SHORT = { monthly_kanagawa: "毎月（かながわシステム）", quarterly_invoice: "四半期（請求書）", yearly_grant: "年度（交付申請）" };
const ITEMS = ["rent_addition", "water_addition", "care_addition", "basic_operation", "service_management"];

const form = document.getElementById("form");
const summary = document.getElementById("problems");
const result = document.getElementById("result");
let core = null;
let last = null;

// ------------------------------------------------------------------ row tables (residents, satellite rooms)

function head(kind) {
  const t = TABLES[kind];
  document.getElementById(`${kind}-head`).replaceChildren(
    el("th", { scope: "col" }, "番号"),
    ...t.columns.map((c) => el("th", { scope: "col", title: c.head }, c.short || c.head)),
    el("th", { scope: "col" }, el("span", { class: "visually-hidden" }, "操作")),
  );
}

function cell(kind, i, c) {
  const t = TABLES[kind];
  const name = `${kind}.${i}.${c.name}`;
  const id = `${kind}-${i}-${c.name}`;
  const label = `${t.row}${i + 1}の${c.head}`;
  let control;
  if (c.kind === "select") {
    control = el("select", { id, name, "aria-label": label },
      c.blank ? el("option", { value: "" }, c.name === "new_kubun" ? "変更なし" : "選択") : null,
      c.options.map(([v, x]) => el("option", { value: v }, x)));
  } else if (c.kind === "check") {
    control = el("input", { id, name, type: "checkbox", "aria-label": label });
  } else if (c.kind === "date" || c.kind === "month") {
    control = el("input", { id, name, type: c.kind, "aria-label": label });
  } else {
    control = el("input", { id, name, inputmode: c.kind === "number" ? "numeric" : "text", size: "8", autocomplete: "off", "aria-label": label });
  }
  return el("td", { "data-field": `${t.field}[${i}].${c.name}` }, control);
}

function buildRows(root, kind, count) {
  const t = TABLES[kind];
  const body = root.querySelector(`#${kind}-body`);
  body.replaceChildren();
  for (let i = 0; i < count; i++) {
    body.append(el("tr", {}, el("th", { scope: "row" }, String(i + 1)), t.columns.map((c) => cell(kind, i, c)),
      el("td", {}, el("button", { type: "button", class: "remove-row", "data-kind": kind, "data-index": i, "aria-label": `${t.row}${i + 1}を削除` }, "削除"))));
  }
  root.querySelector(`#${kind}-count`).value = String(count);
}

function rowValues(kind) {
  const n = Number(document.getElementById(`${kind}-count`).value) || 0;
  const rows = [];
  for (let i = 0; i < n; i++) {
    const v = {};
    for (const c of TABLES[kind].columns) {
      const ctl = form.elements.namedItem(`${kind}.${i}.${c.name}`);
      if (ctl) v[c.name] = ctl.type === "checkbox" ? ctl.checked : ctl.value;
    }
    rows.push(v);
  }
  return rows;
}

function setRows(kind, rows) {
  buildRows(form, kind, rows.length);
  rows.forEach((v, i) => {
    for (const [k, x] of Object.entries(v)) {
      const c = form.elements.namedItem(`${kind}.${i}.${k}`);
      if (!c) continue;
      if (c.type === "checkbox") c.checked = x;
      else c.value = x;
    }
  });
}

function addRow(kind) {
  const rows = rowValues(kind);
  rows.push(kind === "residents" ? { authority: "yokohama", national_claim: "basic" } : {});
  setRows(kind, rows);
  form.elements.namedItem(`${kind}.${rows.length - 1}.${TABLES[kind].columns[0].name}`)?.focus();
}

function removeRow(kind, index) {
  const rows = rowValues(kind);
  if (rows.length <= TABLES[kind].min) return;
  rows.splice(index, 1);
  setRows(kind, rows);
  document.getElementById(kind === "residents" ? "add-resident" : "add-satellite").focus();
}

// ------------------------------------------------------------------ request

function buildRequest() {
  const residents = [];
  const n = Number(document.getElementById("residents-count").value) || 0;
  for (let i = 0; i < n; i++) {
    const r = {};
    for (const c of RESIDENT_COLUMNS) {
      const name = `residents.${i}.${c.name}`;
      r[c.name] = c.kind === "check" ? value(form, name) : text(form, name);
    }
    residents.push(r);
  }
  const satellite_vacancies = [];
  const s = Number(document.getElementById("satellites-count").value) || 0;
  for (let i = 0; i < s; i++) {
    satellite_vacancies.push({ rent: text(form, `satellites.${i}.rent`), start_month: text(form, `satellites.${i}.start_month`) });
  }
  const building = value(form, "home.building");
  return {
    calculator: "yokohama_gh.month",
    service_month: text(form, "service_month"),
    home: {
      capacity: text(form, "home.capacity"),
      area: value(form, "home.area"),
      established_fiscal_year: text(form, "home.established_fiscal_year"),
      building,
      monthly_rent: building === "rented" ? text(form, "home.monthly_rent") : null,
      water_cost_per_resident: text(form, "home.water_cost_per_resident"),
      support: value(form, "home.support"),
      night_support: value(form, "home.night_support"),
      empty_rooms: text(form, "home.empty_rooms"),
      satellite_vacancies,
    },
    residents,
  };
}

// ------------------------------------------------------------------ calculate and render

const yen = (n) => `${fmt.format(n)}円`;

function fail(problems) {
  showFailure({ form, summary, result }, problems);
}

function calculate() {
  if (!core) return;
  saveState(form);
  const res = core.calculate(buildRequest());
  if (!res.ok) return fail(res.problems);
  clearProblems(form, summary);
  render(res.result);
  markFirstResult();
}

function residentName(p) {
  return p.name ? `${p.index + 1} ${p.name}` : `入居者${p.index + 1}`;
}

function amountCell(it) {
  return el("td", { class: "num", "data-testid": `r-${it.item}` },
    it.eligible ? yen(it.amount) : el("span", {}, "対象外"),
    it.eligible ? el("br") : null,
    it.eligible ? el("small", {}, ROUTE_SHORT[it.route]) : null);
}

function render(r) {
  last = r;
  const v = r.vacancy;
  result.dataset.state = "ok";
  fill(result,
    el("h2", { id: "result-heading" }, "計算結果"),
    el("p", {}, `${r.month_label}・入居者${r.residents.length}人・空室${v.empty_rooms}室`),
    el("dl", { class: "totals" },
      el("dt", {}, "合計（市単独加算＋運営費補助）"), el("dd", {}, el("strong", { "data-testid": "total" }, yen(r.total))),
      r.route_totals.map((t) => [el("dt", {}, t.label), el("dd", { "data-testid": `route-${t.route}` }, yen(t.amount))]),
    ),
    el("h3", {}, "入居者ごとの市単独加算"),
    el("div", { class: "table-wrap" }, el("table", { class: "gh-residents" },
      el("caption", { class: "visually-hidden" }, "入居者ごとの市単独加算と請求方法"),
      el("thead", {}, el("tr", {}, ["入居者", "在籍日数", "建物借上加算", "水道料金加算", "介護支援加算", "運営基本費", "サービス管理費", "合計"].map((h) => el("th", { scope: "col" }, h)))),
      el("tbody", {}, r.residents.map((p) => el("tr", {},
        el("th", { scope: "row" }, residentName(p)),
        el("td", { class: "num" }, `${p.days_enrolled}/${p.month_days}日`),
        ITEMS.map((k) => amountCell(p[k])),
        el("td", { class: "num" }, el("strong", {}, yen(p.total))),
      ))),
      el("tfoot", {}, el("tr", {}, el("th", { scope: "row" }, "合計"), el("td", {}, ""),
        r.item_totals.slice(0, 5).map((t) => el("td", { class: "num" }, yen(t.amount))),
        el("td", { class: "num" }, yen(r.residents.reduce((a, p) => a + p.total, 0))))),
    )),
    el("h3", {}, "空室の運営費補助（2月に交付申請・年度分）"),
    el("div", { class: "table-wrap" }, el("table", { class: "gh-vacancy" },
      el("caption", { class: "visually-hidden" }, "空室の運営費補助"),
      el("thead", {}, el("tr", {}, ["項目", "1室月額", "室数", "月額"].map((h) => el("th", { scope: "col" }, h)))),
      el("tbody", {},
        el("tr", {}, el("th", { scope: "row" }, "建物借上補助"), el("td", { class: "num" }, yen(v.rent_per_room)), el("td", { class: "num" }, `${v.empty_rooms}室`), el("td", { class: "num" }, yen(v.rent))),
        el("tr", {}, el("th", { scope: "row" }, "要介護支援費"), el("td", { class: "num" }, yen(v.care_per_room)), el("td", { class: "num" }, `${v.empty_rooms}室`), el("td", { class: "num" }, yen(v.care))),
        v.satellite.map((a, i) => el("tr", {}, el("th", { scope: "row" }, `サテライト型住居に係る家賃補助（空室${i + 1}）`), el("td", { class: "num" }, yen(a)), el("td", { class: "num" }, "1室"), el("td", { class: "num" }, yen(a)))),
      ),
      el("tfoot", {}, el("tr", {}, el("th", { scope: "row" }, "合計"), el("td", {}, ""), el("td", {}, ""), el("td", { class: "num" }, yen(v.total)))),
    )),
    el("h3", {}, "項目別の合計"),
    el("div", { class: "table-wrap" }, el("table", { class: "gh-items" },
      el("caption", { class: "visually-hidden" }, "項目別の合計"),
      el("thead", {}, el("tr", {}, el("th", { scope: "col" }, "項目"), el("th", { scope: "col" }, "金額"))),
      el("tbody", {}, r.item_totals.map((t) => el("tr", {}, el("th", { scope: "row" }, t.label), el("td", { class: "num", "data-testid": `item-${t.item}` }, yen(t.amount))))),
    )),
    resultActions(csv),
    el("h3", {}, "入居者ごとの理由と請求方法"),
    r.residents.map((p) => el("details", { class: "day-steps" },
      el("summary", {}, `${residentName(p)}　合計 ${yen(p.total)}`),
      el("ul", {}, ITEMS.map((k) => el("li", {}, `${p[k].label}: ${p[k].eligible ? yen(p[k].amount) : "対象外"} — ${p[k].reason}`))))),
    el("h3", {}, "計算の根拠"),
    renderSteps(r.steps),
  );
  result.focus();
}

function csv() {
  if (!last) return;
  const r = last;
  const rows = [
    ["サービス提供月（西暦）", r.service_month], ["サービス提供月（和暦）", r.month_label],
    ["建物借上加算 1人月額（円）", r.rent_unit], ["水道料金加算 1人月額（円）", r.water_unit], ["介護支援加算 1人月額（円）", r.care_unit], [],
    ["入居者", "在籍日数", "当月日数",
      ...ITEMS.flatMap((k) => [`${r.residents[0]?.[k].label ?? k}（円）`, "請求方法"]), "合計（円）"],
    ...r.residents.map((p) => [residentName(p), p.days_enrolled, p.month_days,
      ...ITEMS.flatMap((k) => [p[k].amount, p[k].eligible ? p[k].route && ROUTE_SHORT[p[k].route] : `対象外: ${p[k].reason}`]), p.total]),
    [],
    ["項目", "金額（円）"], ...r.item_totals.map((t) => [t.label, t.amount]),
    [],
    ["請求方法", "金額（円）"], ...r.route_totals.map((t) => [t.label, t.amount]),
    ["合計", r.total],
  ];
  downloadCsv(`yokohama-gh-${r.service_month}.csv`, rows);
}

// ------------------------------------------------------------------ start

function showWareki() {
  const m = document.getElementById("service_month");
  document.getElementById("service_month-wareki").textContent = core && m.value ? core.wareki(m.value) : "";
}

/** The seed's example: 4人定員・365日、1月17日に区分2の入居者が入居。 */
function example() {
  form.reset();
  document.getElementById("service_month").value = "2026-01";
  document.getElementById("capacity").value = "4";
  document.getElementById("rent").value = "200000";
  document.getElementById("night").checked = true;
  setRows("residents", [
    { name: "Aさん", kubun: "2", authority: "yokohama", national_claim: "basic", move_in: "2026-01-17" },
    { name: "Bさん", kubun: "4", authority: "yokohama", national_claim: "basic" },
    { name: "Cさん", kubun: "3", authority: "other", national_claim: "basic" },
  ]);
  setRows("satellites", []);
  document.getElementById("empty").value = "1";
  showWareki();
  calculate();
}

async function main() {
  head("residents");
  head("satellites");
  const state = urlState();
  buildRows(form, "residents", Math.max(1, Number(state.get("residents.count")) || 1));
  buildRows(form, "satellites", Math.max(0, Number(state.get("satellites.count")) || 0));
  if (!state.get("service_month")) document.getElementById("service_month").value = "2025-04";

  document.getElementById("service_month").addEventListener("input", showWareki);
  document.getElementById("add-resident").addEventListener("click", () => addRow("residents"));
  document.getElementById("add-satellite").addEventListener("click", () => addRow("satellites"));
  document.getElementById("example").addEventListener("click", example);
  form.addEventListener("click", (e) => {
    const b = e.target.closest("button.remove-row");
    if (b) removeRow(b.dataset.kind, Number(b.dataset.index));
  });
  document.getElementById("clear-form").addEventListener("click", () => {
    form.reset();
    setRows("residents", [{}]);
    setRows("satellites", []);
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
