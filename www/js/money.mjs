// 事業所の1か月（円）: builds `money.office_month` / `money.compare` requests
// from the form, keeps users and saved scenarios in the URL, and shows the
// yen chain with its explanation.

import {
  startPage, el, fill, value, text, duration, userFigures, showProblems, clearProblems, offerMissingFigures, restoreUserFigures, renderSteps, fmt, saveState, urlState, restoreState, downloadCsv, markReady, markFirstResult, resultActions, showFailure, formParams,
} from "./core.mjs";
import { officeFieldsHtml, applyShuroService, readShuroOffice } from "./shuro-office.mjs";

const BURDEN = [["general-1", "一般1"], ["general-2", "一般2"], ["low-income", "低所得"], ["seikatsu-hogo", "生活保護"]];
const KUBUN = [["6", "区分6"], ["5", "区分5"], ["4", "区分4"], ["3", "区分3"], ["2", "区分2"], ["1", "区分1以下"]];

/** The users table's columns; `show` lists the services that use each. */
const SHURO = ["shuro_b", "shuro_a", "shuro_ikou", "shuro_teichaku", "shuro_sentaku"];
const DAILY_SHURO = ["shuro_b", "shuro_a", "shuro_ikou"];
const ALL = ["seikatsu_kaigo", "group_home", ...SHURO, "units"];
const COLUMNS = [
  { name: "label", head: "呼び名", kind: "text", show: ALL },
  { name: "burden_category", head: "利用者負担の区分", kind: "select", options: BURDEN, show: ALL },
  { name: "kubun", head: "障害支援区分", kind: "select", options: KUBUN, show: ["seikatsu_kaigo", "group_home"] },
  { name: "standard_minutes", head: "標準的な時間", kind: "duration", show: ["seikatsu_kaigo"] },
  { name: "days", head: "利用日数（GHは入居日数）", kind: "number", show: ["seikatsu_kaigo", "group_home", ...DAILY_SHURO, "shuro_sentaku"] },
  { name: "facility_resident", head: "施設入所者", kind: "check", show: ["seikatsu_kaigo"] },
  { name: "meal_days", head: "食事提供の日数", kind: "number", show: ["seikatsu_kaigo", ...DAILY_SHURO] },
  { name: "transport_one_ways", head: "送迎の片道回数", kind: "number", show: ["seikatsu_kaigo", ...DAILY_SHURO] },
  { name: "absence_responses", head: "欠席時対応の回数", kind: "number", show: ["seikatsu_kaigo", ...DAILY_SHURO] },
  { name: "plan_missing_month", head: "個別支援計画未作成減算（何か月目）", kind: "number", show: [...DAILY_SHURO, "shuro_teichaku"] },
  { name: "peer_support", head: "ピアサポート加算の対象", kind: "check", show: ["shuro_b"] },
  { name: "same_day_other_days", head: "他の日中活動サービスと同じ日の日数", kind: "number", show: ["shuro_sentaku"] },
  { name: "initial_days", head: "初期加算の日数", kind: "number", show: ["seikatsu_kaigo"] },
  { name: "trial", head: "体験利用", kind: "check", show: ["group_home"] },
  { name: "rent", head: "家賃（月額・円）", kind: "number", show: ["group_home"] },
  { name: "units", head: "月の単位数", kind: "number", show: ["units"] },
];

const form = document.getElementById("form");
const summary = document.getElementById("problems");
const result = document.getElementById("result");
const figures = document.getElementById("user-figures");
let core = null;
let last = null;

// ------------------------------------------------------------------ users table

function head(root) {
  const tr = root.querySelector("#users-head");
  tr.replaceChildren(
    ...COLUMNS.map((c) => el("th", { scope: "col", "data-col": c.name }, c.head)),
    el("th", { scope: "col" }, el("span", { class: "visually-hidden" }, "操作")),
  );
}

function cell(i, c) {
  const name = `users.${i}.${c.name}`;
  const rowLabel = `利用者${i + 1}`;
  const id = `u-${i}-${c.name}`;
  let control;
  if (c.kind === "select") {
    control = el("select", { id, name, "aria-label": `${rowLabel}の${c.head}` },
      c.name === "kubun" ? el("option", { value: "" }, "選択") : null,
      c.options.map(([v, t]) => el("option", { value: v }, t)));
  } else if (c.kind === "check") {
    control = el("input", { id, name, type: "checkbox", "aria-label": `${rowLabel}の${c.head}` });
  } else if (c.kind === "duration") {
    control = [
      el("input", { id, name: `${name}.h`, inputmode: "numeric", size: "2", autocomplete: "off", "aria-label": `${rowLabel}の${c.head}（時間）` }), " 時間 ",
      el("input", { id: `${id}-m`, name: `${name}.m`, inputmode: "numeric", size: "2", autocomplete: "off", "aria-label": `${rowLabel}の${c.head}（分）` }), " 分",
    ];
  } else {
    control = el("input", { id, name, inputmode: c.kind === "number" ? "numeric" : "text", size: c.kind === "text" ? "8" : "5", autocomplete: "off", "aria-label": `${rowLabel}の${c.head}` });
  }
  return el("td", { "data-field": `users[${i}].${c.name}`, "data-col": c.name }, control);
}

/** Builds `count` rows in the users table of `root` (the page's form or a detached copy). */
function buildRows(root, count) {
  const body = root.querySelector("#users-body");
  body.replaceChildren();
  for (let i = 0; i < count; i++) {
    body.append(el("tr", {}, COLUMNS.map((c) => cell(i, c)),
      el("td", {}, el("button", { type: "button", class: "remove-user", "data-index": i, "aria-label": `利用者${i + 1}を削除` }, "削除"))));
  }
  root.querySelector("#users-count").value = String(count);
}

/** Current values of every user row, to rebuild after adding or removing a row. */
function rowValues() {
  const n = Number(document.getElementById("users-count").value) || 0;
  const rows = [];
  for (let i = 0; i < n; i++) {
    const v = {};
    for (const c of form.elements) {
      if (c.name && c.name.startsWith(`users.${i}.`)) v[c.name.slice(`users.${i}.`.length)] = c.type === "checkbox" ? c.checked : c.value;
    }
    rows.push(v);
  }
  return rows;
}

function setRows(rows) {
  buildRows(form, rows.length);
  rows.forEach((v, i) => {
    for (const [k, x] of Object.entries(v)) {
      const c = form.elements.namedItem(`users.${i}.${k}`);
      if (!c) continue;
      if (c.type === "checkbox") c.checked = x;
      else c.value = x;
    }
  });
  applyService(form);
}

/** Shows the controls and columns the chosen service uses. */
function applyService(root) {
  const s = value(root, "service");
  for (const e of root.querySelectorAll("[data-show]")) e.hidden = !e.dataset.show.split(" ").includes(s);
  for (const c of COLUMNS) {
    for (const e of root.querySelectorAll(`[data-col="${c.name}"]`)) e.hidden = !c.show.includes(s);
  }
  applyShuroService(root, shuroKey(s));
}

/** `shuro_b` → `b` (the 就労系 fields' service key); other services → null. */
function shuroKey(s) {
  return SHURO.includes(s) ? s.slice("shuro_".length) : null;
}

// ------------------------------------------------------------------ request

function buildRequest(root) {
  const service = value(root, "service");
  const n = Number(root.querySelector("#users-count").value) || 0;
  const cols = COLUMNS.filter((c) => c.show.includes(service));
  const users = [];
  for (let i = 0; i < n; i++) {
    const u = {};
    for (const c of cols) {
      const name = `users.${i}.${c.name}`;
      if (c.kind === "duration") u[c.name] = duration(root, name);
      else if (c.kind === "check") u[c.name] = value(root, name);
      else u[c.name] = text(root, name);
    }
    users.push(u);
  }
  const office = {};
  if (service === "seikatsu_kaigo") {
    Object.assign(office, {
      capacity: text(root, "office.capacity"),
      staffing_addition: value(root, "office.staffing_addition"),
      welfare_professional: value(root, "office.welfare_professional"),
      nurses: text(root, "office.nurses"),
      transport_addition: value(root, "office.transport_addition"),
      transport_severe: value(root, "office.transport_severe"),
      transport_same_site: value(root, "office.transport_same_site"),
    });
  } else if (service === "group_home") {
    Object.assign(office, {
      newly_designated_r8: value(root, "office.newly_designated_r8"),
      night_support: value(root, "office.night_support"),
      night_support_persons: text(root, "office.night_support_persons"),
    });
  }
  return {
    calculator: "money.office_month",
    service_month: text(root, "service_month"),
    service,
    price_service: service === "units" ? value(root, "price_service") : null,
    region: { municipality: text(root, "region.municipality"), grade: text(root, "region.grade") },
    treatment: { level: value(root, "treatment.level"), facility: value(root, "treatment.facility") },
    office,
    ...(shuroKey(service) ? { shuro_office: readShuroOffice(root, shuroKey(service), "shuro_office.") } : {}),
    users,
    user_figures: userFigures(root),
  };
}

// ------------------------------------------------------------------ scenarios

function scenarioItems() {
  return [...document.querySelectorAll("#scenario-list > li")];
}

function addScenario(name, state) {
  const list = document.getElementById("scenario-list");
  const n = list.children.length;
  const nameId = `scenario-${n}-name`;
  list.append(el("li", { class: "scenario" },
    el("label", { for: nameId }, `シナリオ${n + 1}の名前`), " ",
    el("input", { id: nameId, name: `scenario.${n}.name`, value: name, size: "16", autocomplete: "off" }),
    el("input", { type: "hidden", name: `scenario.${n}.state`, value: state }),
    " ",
    el("button", { type: "button", class: "remove-scenario", "aria-label": `シナリオ${n + 1}を削除` }, "削除"),
  ));
  document.getElementById("scenarios-box").hidden = false;
}

function renumberScenarios() {
  const kept = scenarioItems().map((li) => [li.querySelector('input[name$=".name"]').value, li.querySelector('input[name$=".state"]').value]);
  document.getElementById("scenario-list").replaceChildren();
  kept.forEach(([n, s]) => addScenario(n, s));
  document.getElementById("scenarios-box").hidden = kept.length === 0;
}

/** The request a saved state would give, built in a detached copy of the form. */
function requestFromState(state) {
  const params = new URLSearchParams(state);
  const copy = form.cloneNode(true);
  // Back to the page's defaults first: a box left unticked in the saved state must not stay ticked from the live form.
  copy.reset();
  buildRows(copy, Number(params.get("users.count")) || 1);
  restoreUserFigures(copy, copy.querySelector("#user-figures"), params);
  restoreState(copy, params);
  applyService(copy);
  return buildRequest(copy);
}

/** The form's own state (without saved scenarios), as a query string. */
function formState() {
  return formParams(form, (name) => name.startsWith("scenario.")).toString();
}

// ------------------------------------------------------------------ calculate and render

function fail(problems) {
  showFailure({ form, summary, result, figures }, problems);
}

function calculate() {
  if (!core) return;
  saveState(form);
  const res = core.calculate(buildRequest(form));
  if (!res.ok) return fail(res.problems);
  clearProblems(form, summary);
  offerMissingFigures(form, figures, []);
  renderMonth(res.result);
  markFirstResult();
}

function compare() {
  if (!core) return;
  saveState(form);
  const scenarios = scenarioItems().map((li) => ({
    name: li.querySelector('input[name$=".name"]').value || null,
    request: requestFromState(li.querySelector('input[name$=".state"]').value),
  }));
  scenarios.push({ name: "いまの入力", request: buildRequest(form) });
  const res = core.calculate({ calculator: "money.compare", scenarios });
  if (!res.ok) return fail(res.problems);
  clearProblems(form, summary);
  renderCompare(res.result);
}

const yen = (n) => `${fmt.format(n)}円`;
const un = (n) => `${fmt.format(n)}単位`;

function renderMonth(r) {
  last = { kind: "month", r };
  const t = r.totals;
  result.dataset.state = "ok";
  fill(result, 
    el("h2", { id: "result-heading" }, "計算結果"),
    el("p", {}, `${r.month_label}・${r.service_label}・${r.grade_label}（1単位 ${r.unit_price}円）・${r.treatment_label}${r.treatment_rate ? `（${pct(r.treatment_rate)}）` : ""}`),
    r.shuro_basic ? el("p", { "data-testid": "shuro-basic" }, `基本報酬: ${r.shuro_basic.item}・${r.shuro_basic.band_label}（${r.shuro_basic.measure}）・${fmt.format(r.shuro_basic.units)}単位/${r.shuro_basic.per === "month" ? "月" : "日"}`) : null,
    el("dl", { class: "totals" },
      el("dt", {}, "総費用額"), el("dd", {}, el("strong", { "data-testid": "total-yen" }, yen(t.total_yen)), `（${un(t.total_units)}、うち処遇改善加算 ${un(t.treatment_units)}）`),
      el("dt", {}, "給付費（市町村への請求額）"), el("dd", {}, el("strong", { "data-testid": "benefit-yen" }, yen(t.benefit_yen))),
      el("dt", {}, "利用者負担額の合計"), el("dd", {}, yen(t.burden_yen)),
      t.rent_subsidy_yen ? [el("dt", {}, "家賃助成（利用者の収入）"), el("dd", {}, `${yen(t.rent_subsidy_yen)}（事業所の収入には含めません）`)] : null,
    ),
    el("h3", {}, "利用者ごとの内訳"),
    el("div", { class: "table-wrap" }, el("table", { class: "money-users" },
      el("caption", { class: "visually-hidden" }, "利用者ごとの内訳"),
      el("thead", {}, el("tr", {}, ["利用者", "単位数", "処遇改善加算", "合計単位", "総費用額", "1割相当額", "負担上限月額", "利用者負担額", "給付費", "家賃助成（利用者）"].map((h) => el("th", { scope: "col" }, h)))),
      el("tbody", {}, r.users.map((u) => el("tr", {},
        el("th", { scope: "row" }, u.label),
        ...[u.base_units, u.treatment_units, u.total_units].map((x) => el("td", { class: "num" }, fmt.format(x))),
        ...[u.total_yen, u.tenth_yen, u.burden_cap_yen, u.burden_yen, u.benefit_yen].map((x) => el("td", { class: "num" }, fmt.format(x))),
        el("td", { class: "num" }, u.rent_subsidy_yen == null ? "—" : fmt.format(u.rent_subsidy_yen)),
      ))),
      el("tfoot", {}, el("tr", {}, el("th", { scope: "row" }, "合計"),
        ...[t.base_units, t.treatment_units, t.total_units, t.total_yen].map((x) => el("td", { class: "num" }, fmt.format(x))),
        el("td", {}, ""), el("td", {}, ""),
        ...[t.burden_yen, t.benefit_yen, t.rent_subsidy_yen].map((x) => el("td", { class: "num" }, fmt.format(x))))),
    )),
    resultActions(csv),
    el("h3", {}, "計算の根拠（事業所）"),
    renderSteps(r.steps),
    el("h3", {}, "計算の根拠（利用者ごと）"),
    r.users.map((u) => el("details", { class: "day-steps" },
      el("summary", {}, `${u.label}　総費用額 ${yen(u.total_yen)}・利用者負担 ${yen(u.burden_yen)}`),
      el("table", { class: "lines" },
        el("caption", {}, `${u.label}の単位数の内訳`),
        el("thead", {}, el("tr", {}, ["項目", "単位", "回数・日数", "単位数"].map((h) => el("th", { scope: "col" }, h)))),
        el("tbody", {}, u.lines.map((l) => el("tr", {}, el("th", { scope: "row" }, l.item),
          el("td", { class: "num" }, fmt.format(l.per)), el("td", { class: "num" }, fmt.format(l.count)), el("td", { class: "num" }, fmt.format(l.units)))))),
      renderSteps(u.steps))),
  );
  result.focus();
}

function pct(rate) {
  return `${(Number(rate) * 100).toFixed(1).replace(/\.0$/, "")}%`;
}

function renderCompare(c) {
  last = { kind: "compare", c };
  const rows = [
    ["サービス提供月", (r) => r.month_label],
    ["サービス", (r) => r.service_label],
    ["級地・単価", (r) => `${r.grade_label}・${r.unit_price}円`],
    ["処遇改善加算", (r) => r.treatment_label],
    ["基本報酬の区分", (r) => (r.shuro_basic ? `${r.shuro_basic.band_label}（${fmt.format(r.shuro_basic.units)}単位）` : "—")],
    ["利用者数", (r) => `${r.users.length}人`],
    ["合計単位", (r) => un(r.totals.total_units)],
    ["総費用額", (r) => yen(r.totals.total_yen)],
    ["給付費", (r) => yen(r.totals.benefit_yen)],
    ["利用者負担額", (r) => yen(r.totals.burden_yen)],
  ];
  const diff = (i, key) => (i === 0 ? "—" : signed(c.differences[i - 1][key]));
  result.dataset.state = "ok";
  fill(result, 
    el("h2", { id: "result-heading" }, "シナリオの比較"),
    el("div", { class: "table-wrap" }, el("table", { class: "compare" },
      el("caption", { class: "visually-hidden" }, "シナリオの比較"),
      el("thead", {}, el("tr", {}, el("th", { scope: "col" }, "項目"), c.scenarios.map((s) => el("th", { scope: "col" }, s.name)))),
      el("tbody", {},
        rows.map(([label, f]) => el("tr", {}, el("th", { scope: "row" }, label), c.scenarios.map((s) => el("td", {}, f(s.result))))),
        el("tr", { class: "diff" }, el("th", { scope: "row" }, `総費用額の差（${c.scenarios[0].name}との差）`), c.scenarios.map((_, i) => el("td", { "data-testid": `diff-${i}` }, diff(i, "total_yen")))),
        el("tr", { class: "diff" }, el("th", { scope: "row" }, "給付費の差"), c.scenarios.map((_, i) => el("td", {}, diff(i, "benefit_yen")))),
        el("tr", { class: "diff" }, el("th", { scope: "row" }, "利用者負担額の差"), c.scenarios.map((_, i) => el("td", {}, diff(i, "burden_yen")))),
      ),
    )),
    resultActions(csv),
    c.scenarios.map((s) => el("details", { class: "day-steps" }, el("summary", {}, `${s.name}の計算の根拠`), renderSteps(s.result.steps))),
  );
  result.focus();
}

function signed(n) {
  return `${n > 0 ? "+" : ""}${fmt.format(n)}円`;
}

function csv() {
  if (!last) return;
  if (last.kind === "compare") {
    const c = last.c;
    const rows = [["項目", ...c.scenarios.map((s) => s.name)],
      ["サービス提供月（西暦）", ...c.scenarios.map((s) => s.result.service_month)],
      ["サービス提供月（和暦）", ...c.scenarios.map((s) => s.result.month_wareki)],
      ["サービス", ...c.scenarios.map((s) => s.result.service_label)],
      ["級地", ...c.scenarios.map((s) => s.result.grade_label)],
      ["1単位の単価（円）", ...c.scenarios.map((s) => s.result.unit_price)],
      ["処遇改善加算", ...c.scenarios.map((s) => s.result.treatment_label)],
      ["合計単位", ...c.scenarios.map((s) => s.result.totals.total_units)],
      ["総費用額（円）", ...c.scenarios.map((s) => s.result.totals.total_yen)],
      ["給付費（円）", ...c.scenarios.map((s) => s.result.totals.benefit_yen)],
      ["利用者負担額（円）", ...c.scenarios.map((s) => s.result.totals.burden_yen)],
      ["総費用額の差（円）", "", ...c.differences.map((d) => d.total_yen)]];
    return downloadCsv("hoshu-scenarios.csv", rows);
  }
  const r = last.r;
  const rows = [
    ["サービス提供月（西暦）", r.service_month], ["サービス提供月（和暦）", r.month_wareki], ["サービス", r.service_label],
    ["級地", r.grade_label], ["1単位の単価（円）", r.unit_price], ["処遇改善加算", r.treatment_label, r.treatment_rate ?? ""],
    ...(r.shuro_basic ? [["基本報酬", r.shuro_basic.item, r.shuro_basic.band_label, r.shuro_basic.measure, r.shuro_basic.units]] : []), [],
    ["利用者", "単位数", "処遇改善加算（単位）", "合計単位", "総費用額（円）", "1割相当額（円）", "負担上限月額（円）", "利用者負担額（円）", "給付費（円）", "家賃助成（利用者の収入・円）"],
    ...r.users.map((u) => [u.label, u.base_units, u.treatment_units, u.total_units, u.total_yen, u.tenth_yen, u.burden_cap_yen, u.burden_yen, u.benefit_yen, u.rent_subsidy_yen ?? ""]),
    ["合計", r.totals.base_units, r.totals.treatment_units, r.totals.total_units, r.totals.total_yen, "", "", r.totals.burden_yen, r.totals.benefit_yen, r.totals.rent_subsidy_yen],
  ];
  downloadCsv(`hoshu-${r.service_month}.csv`, rows);
}

// ------------------------------------------------------------------ start

function showWareki() {
  const m = document.getElementById("service_month");
  document.getElementById("service_month-wareki").textContent = core && m.value ? core.wareki(m.value) : "";
}

function fillMunicipalities() {
  const sel = document.getElementById("municipality");
  const keep = sel.value;
  for (const f of core.figures("money.grade")) {
    const id = f.key.slice("money.grade.".length);
    if (sel.querySelector(`option[value="${id}"]`)) continue;
    const name = f.label.replace(/^地域区分の級地（/, "").replace(/、.*$/, "");
    sel.append(el("option", { value: id }, f.value == null ? `${name}（級地未登録）` : `${name}（${f.value === "0" ? "その他" : f.value + "級地"}）`));
  }
  sel.value = keep;
}

async function main() {
  document.getElementById("shuro-office-fields").outerHTML = officeFieldsHtml("shuro_office.", "so-", null);
  head(form);
  const state = urlState();
  buildRows(form, Math.max(1, Number(state.get("users.count")) || 1));
  const scenarioKeys = [...state.keys()].filter((k) => /^scenario\.\d+\.state$/.test(k)).sort((a, b) => Number(a.split(".")[1]) - Number(b.split(".")[1]));
  for (const k of scenarioKeys) {
    const n = k.split(".")[1];
    addScenario(state.get(`scenario.${n}.name`) || "", state.get(k));
  }
  restoreUserFigures(form, figures, state);
  if (!state.get("service_month")) {
    const now = new Date();
    document.getElementById("service_month").value = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}`;
  }

  document.getElementById("service").addEventListener("change", () => applyService(form));
  document.getElementById("service_month").addEventListener("input", showWareki);
  document.getElementById("add-user").addEventListener("click", () => {
    const rows = rowValues();
    rows.push({});
    setRows(rows);
    form.elements.namedItem(`users.${rows.length - 1}.label`)?.focus();
  });
  form.addEventListener("click", (e) => {
    const b = e.target.closest("button");
    if (!b) return;
    if (b.classList.contains("remove-user")) {
      const rows = rowValues();
      if (rows.length <= 1) return;
      rows.splice(Number(b.dataset.index), 1);
      setRows(rows);
      document.getElementById("add-user").focus();
    } else if (b.classList.contains("remove-scenario")) {
      b.closest("li").remove();
      renumberScenarios();
      document.getElementById("save-scenario").focus();
    }
  });
  document.getElementById("save-scenario").addEventListener("click", () => {
    addScenario(`シナリオ${scenarioItems().length + 1}`, formState());
    saveState(form);
    scenarioItems().at(-1).querySelector("input").focus();
  });
  document.getElementById("compare").addEventListener("click", compare);
  document.getElementById("clear-form").addEventListener("click", () => {
    form.reset();
    document.getElementById("scenario-list").replaceChildren();
    document.getElementById("scenarios-box").hidden = true;
    setRows([{}]);
    history.replaceState(null, "", location.pathname);
    clearProblems(form, summary);
  });
  form.addEventListener("submit", (e) => { e.preventDefault(); calculate(); });

  core = await startPage();
  fillMunicipalities();
  restoreState(form, state);
  applyService(form);
  showWareki();
  markReady();
  if ([...state.keys()].length > 0) calculate();
}

main();
