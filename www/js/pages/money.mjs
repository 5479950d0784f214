// 事業所の1か月（円）: builds `money.office_month` / `money.compare` requests
// from the form, keeps users and saved scenarios in the URL, and shows the
// yen chain with its explanation. A month in units carried from its own page
// (「円で見る」: `units_request`, a calculator's request as JSON in the URL)
// is priced here without typing it again: the form then shows only what money
// itself reads (地域区分, 処遇改善加算, each user's 利用者負担の区分, GH の家賃・体制).

import { MONEY_UNITS, areaFor, el, fill, loadArea } from "../lib/core.mjs";
import { figureChoices, figureMap, labelPart, readFields, showFigureValues, text, userFigures, value } from "../lib/form.mjs";
import { restoreUserFigures } from "../lib/problems.mjs";
import { formParams, restoreState, saveState } from "../lib/state.mjs";
import { downloadCsv } from "../lib/csv.mjs";
import { renderSteps, stepsDetails, unusedNotes } from "../lib/explain.mjs";
import { fmt, percentText, signedYen, thisMonth, units, yen } from "../lib/format.mjs";
import { runPage } from "../lib/page.mjs";
import { dataTable, linesTable, num, resultActions, showResult, thead, totals } from "../lib/result.mjs";
import { Roster } from "../lib/roster.mjs";
import { applyShuroService, officeFieldsHtml, readShuroOffice, shuroUser } from "../lib/shuro-office.mjs";

const KUBUN = [["6", "区分6"], ["5", "区分5"], ["4", "区分4"], ["3", "区分3"], ["2", "区分2"], ["1", "区分1以下"]];

/** The users table's columns; `show` lists the services that use each. */
const SHURO = ["shuro_b", "shuro_a", "shuro_ikou", "shuro_teichaku", "shuro_sentaku"];
const DAILY_SHURO = ["shuro_b", "shuro_a", "shuro_ikou"];
const ALL = ["seikatsu_kaigo", "group_home", ...SHURO, "units"];
/** `carried`: the services whose carried month still reads the column (money's own fields). */
const COLUMNS = [
  { name: "label", head: "呼び名", kind: "text", show: ALL },
  // options: the 利用者負担 categories of the data (setup)
  { name: "burden_category", head: "利用者負担の区分", kind: "select", options: [], show: ALL, carried: ALL },
  { name: "burden_cap", head: "受給者証の負担上限月額（区分より低い場合・円）", short: "受給者証の上限月額", kind: "text", show: ALL, carried: ALL },
  { name: "managed_burden", head: "上限額管理後の利用者負担額（上限額管理事業所が決めた額・円）", short: "上限額管理後の負担", kind: "text", show: ALL, carried: ALL },
  { name: "kubun", head: "障害支援区分", kind: "select", options: KUBUN, blank: "選択", show: ["seikatsu_kaigo", "group_home"] },
  { name: "standard_minutes", head: "標準的な時間", kind: "duration", show: ["seikatsu_kaigo"] },
  { name: "days", head: "利用日数（GHは入居日数）", kind: "number", show: ["seikatsu_kaigo", "group_home", ...DAILY_SHURO, "shuro_sentaku"] },
  { name: "facility_resident", head: "施設入所者", kind: "check", show: ["seikatsu_kaigo"] },
  { name: "meal_days", head: "食事提供の日数", kind: "number", show: ["seikatsu_kaigo", ...DAILY_SHURO] },
  { name: "transport_one_ways", head: "送迎の片道回数", kind: "number", show: ["seikatsu_kaigo", ...DAILY_SHURO] },
  { name: "absence_responses", head: "欠席時対応の回数", kind: "number", show: ["seikatsu_kaigo", ...DAILY_SHURO] },
  { name: "plan_missing_month", head: "個別支援計画未作成減算（何か月目）", kind: "number", show: [...DAILY_SHURO, "shuro_teichaku"] },
  { name: "peer_support", head: "ピアサポート加算の対象", kind: "check", show: ["shuro_b"] },
  { name: "same_day_other_days", head: "日中活動サービス（生活介護・自立訓練・就労移行・就労継続）と同じ日の日数（算定しない）", short: "日中活動サービスと同じ日", kind: "number", show: ["shuro_sentaku"] },
  { name: "same_day_hokago_days", head: "放課後等デイサービス・障害児入所支援と同じ日の日数（算定できる）", short: "放課後等デイ等と同じ日", kind: "number", show: ["shuro_sentaku"] },
  { name: "same_operator", head: "現在通所している就労継続支援・就労移行支援の事業所と同じ法人", short: "現在の事業所と同じ法人", kind: "check", show: ["shuro_sentaku"] },
  { name: "no_other_operator_nearby", head: "近隣に別の法人の就労選択支援・就労移行支援の事業所がない", short: "近隣に別法人の事業所なし", kind: "check", show: ["shuro_sentaku"] },
  { name: "employment_date", head: "就職日", kind: "date", show: ["shuro_teichaku"] },
  { name: "initial_days", head: "初期加算の日数", kind: "number", show: ["seikatsu_kaigo", ...DAILY_SHURO] },
  { name: "trial", head: "体験利用", kind: "check", show: ["group_home"] },
  { name: "rent", head: "家賃（月額・円）", kind: "text", show: ["group_home"], carried: ["group_home"] },
  { name: "units", head: "月の単位数", kind: "number", show: ["units"] },
].map((c) => ({ ...c, attrs: { "data-col": c.name } }));

const form = document.getElementById("form");
/** The users' names of the carried month (row headings), or null. */
let carriedLabels = null;
const users = new Roster(form, {
  name: "users", id: "u", rowLabel: (i) => carriedLabels?.[i] ?? `利用者${i + 1}`, columns: COLUMNS, add: "add-user",
  rowHead: (i) => (carriedLabels ? carriedLabels[i] ?? `利用者${i + 1}` : null),
  changed: (root) => applyService(root),
});

// ------------------------------------------------------------------ the carried month

/** The calculator of a carried month → money's service, and its users' names. */
const CARRIED = {
  "seikatsu_kaigo.month": { service: "seikatsu_kaigo", labels: () => ["利用者"] },
  "shuro.b.month": { service: "shuro_b" },
  "shuro.a.month": { service: "shuro_a" },
  "shuro.ikou.month": { service: "shuro_ikou" },
  "shuro.teichaku.month": { service: "shuro_teichaku" },
  "shuro.sentaku.month": { service: "shuro_sentaku" },
  "soudan.month": { service: "soudan", labels: (r) => (r.cases || []).map((c, i) => c.label || `ケース${i + 1}`) },
  "yokohama_gh.month": { service: "group_home", labels: (r) => (r.residents || []).map((x, i) => x.name || `入居者${i + 1}`) },
};
const PAGE_OF = {
  "seikatsu_kaigo.month": ["seikatsu-kaigo.html", "生活介護"],
  "soudan.month": ["soudan.html", "計画相談支援・障害児相談支援"],
  "yokohama_gh.month": ["yokohama-gh.html", "横浜市 グループホーム"],
};

/** The carried request in `root` (the form or a copy of it), or null. */
function carriedRequest(root) {
  const t = value(root, "units_request");
  if (!t) return null;
  try {
    const r = JSON.parse(t);
    return r && typeof r === "object" && CARRIED[r.calculator] ? r : null;
  } catch {
    return null;
  }
}

/** The users' names of a carried month, in order. */
function carriedNames(r) {
  const c = CARRIED[r.calculator];
  return c.labels ? c.labels(r) : (r.users || []).map((u, i) => u.label || `利用者${i + 1}`);
}

/** The page the month came from: a page of this site only (never another address). */
function carriedPage(root, r) {
  const from = value(root, "units_from") || "";
  if (/^[a-z-]+\.html(\?[^#]*)?$/.test(from)) return from;
  return PAGE_OF[r.calculator]?.[0] || `shuro.html?service=${r.calculator.split(".")[1]}`;
}

/** The box that says where the month comes from, with the way back and the way out. */
function showCarried(root, r) {
  const box = root.querySelector("#carried");
  if (!r) {
    box.hidden = true;
    box.replaceChildren();
    return;
  }
  const names = carriedNames(r);
  const title = PAGE_OF[r.calculator]?.[1] || document.querySelector(`#service option[value="${CARRIED[r.calculator].service}"]`)?.textContent || "";
  const who = r.calculator === "soudan.month" ? `ケース${names.length}件` : `${r.calculator === "yokohama_gh.month" ? "入居者" : "利用者"}${names.length}人`;
  fill(box,
    el("p", {}, el("strong", {}, "引き継いだ月: "), `${title}（${who}）`),
    el("p", { class: "hint" }, "単位数は元のページの入力から計算します。ここでは地域区分、処遇改善加算と、利用者ごとの利用者負担の区分を入力します。"),
    el("div", { class: "button-row" },
      el("a", { href: carriedPage(root, r), id: "carried-back" }, "元のページに戻って単位数の入力を直す"),
      el("button", { type: "button", id: "drop-carried" }, "引き継ぎをやめて、ここで入力する")));
  box.hidden = false;
}

/**
 * The 就労系 office hint's 福祉専門職員配置等加算 ratios (data/): from the
 * page's module, or, when it prices no 就労系 service, from the money module
 * that does (loaded once a 就労系 service is chosen). Offline, the hint keeps "…".
 */
async function showShuroRatios(core, shuroChosen) {
  if (!core) return;
  const prefix = "shuro.welfare_professional";
  const own = figureMap(core, prefix);
  if (own.size) return showFigureValues(own);
  if (!shuroChosen) return;
  const area = Object.keys(MONEY_UNITS).find((a) => MONEY_UNITS[a].includes("shuro"));
  const m = await loadArea(area).catch(() => null);
  if (m) showFigureValues(figureMap(m, prefix));
}

/** A user's 利用者負担 columns. */
const BURDEN_COLUMNS = ["burden_category", "burden_cap", "managed_burden"];

/** Whether column `c` is of 利用者負担 where there is none: units entered at a 相談支援 price (the core refuses them). */
function burdenless(root, service, c) {
  return service === "units" && PRICE_TREATMENT[value(root, "price_service")] === "soudan" && BURDEN_COLUMNS.includes(c.name);
}

/** Shows the controls and columns the chosen service uses (when the month is carried, only money's own). */
function applyService(root) {
  const carried = carriedRequest(root);
  if (carried) root.querySelector("#service").value = CARRIED[carried.calculator].service;
  const s = value(root, "service");
  const shown = (e) => e.dataset.show.split(" ").includes(s);
  const carriedShows = (e) => !carried || e.dataset.carried === undefined || e.dataset.carried.split(" ").includes(s);
  for (const e of root.querySelectorAll("[data-show], [data-carried]")) {
    e.hidden = (e.dataset.show !== undefined && !shown(e)) || !carriedShows(e);
  }
  for (const c of COLUMNS) {
    const on = c.show.includes(s) && (!carried || (c.carried || []).includes(s)) && !burdenless(root, s, c);
    for (const e of root.querySelectorAll(`[data-col="${c.name}"]`)) e.hidden = !on;
  }
  applyShuroService(root, carried ? null : shuroKey(s));
  // The carried month's users are its own: none is added or removed here.
  root.querySelector("#add-user").closest(".button-row").hidden = !!carried;
  for (const b of root.querySelectorAll("#users-body .remove-row")) b.closest("td").hidden = !!carried;
  const ops = root.querySelector("#users-head")?.lastElementChild;
  if (ops && !ops.dataset.col) ops.hidden = !!carried;
  root.querySelector("#users-carried-hint").hidden = !carried;
  // The sections' numbers count only the sections shown (1, 2, 3 — never 1, 2, 4).
  let n = 0;
  for (const num of root.querySelectorAll(".legend-num")) if (!num.closest("fieldset").hidden) num.textContent = `${++n}. `;
  const month = root.querySelector("#service_month");
  month.readOnly = !!carried;
  if (carried && carried.service_month) month.value = carried.service_month;
  applyTreatment(root);
}

// ------------------------------------------------------------------ 処遇改善加算: the levels of the month and service

/**
 * The treatment rows of the data: the page's module's (setup), and those of
 * the module that prices another service once it is chosen (a money module
 * by service holds its own services' rates only: loadTreatmentRows).
 */
const treatmentRows = [];
/** The modules whose treatment rows are in `treatmentRows`. */
const treatmentFrom = new Set();

function addTreatmentRows(core, area) {
  if (treatmentFrom.has(area)) return;
  treatmentFrom.add(area);
  const seen = new Set(treatmentRows.map((f) => `${f.key} ${f.from}`));
  treatmentRows.push(...core.figures("money.treatment").filter((f) => !seen.has(`${f.key} ${f.from}`)));
}

/**
 * The rows of the module that will price the form's service (it holds that
 * service's rates), loaded when the page's own lacks them; then its levels
 * are offered. Until then (or offline) the levels shown stay as they are.
 */
async function loadTreatmentRows(root) {
  const area = areaFor(buildRequest(root));
  if (!area || treatmentFrom.has(area)) return;
  const m = await loadArea(area).catch(() => null);
  if (!m) return;
  addTreatmentRows(m, area);
  applyTreatment(root);
}
/** The 処遇改善 key part of each service (money::service), and of each price category. */
const TREATMENT_OF = {
  seikatsu_kaigo: "seikatsu-kaigo", group_home: "kyodo-seikatsu", shuro_b: "shuro-b", shuro_a: "shuro-a",
  shuro_ikou: "shuro-ikou", shuro_teichaku: "shuro-teichaku", shuro_sentaku: "shuro-sentaku", soudan: "soudan",
};
const PRICE_TREATMENT = { "keikaku-soudan": "soudan" };

/** The 処遇改善 key part for the form's service (and 施設 when ticked and registered). */
function treatmentId(root, facility) {
  const s = value(root, "service");
  const base = s === "units" ? PRICE_TREATMENT[value(root, "price_service")] || value(root, "price_service") : TREATMENT_OF[s];
  return facility ? `${base}-facility` : base;
}

/** The levels in force in `month` for the key part `id`. */
function levelsInForce(id, month) {
  const prefix = `money.treatment.${id}.`;
  return new Set(treatmentRows.filter((f) => f.key.startsWith(prefix) && f.from <= month && (!f.to || month <= f.to))
    .map((f) => f.key.slice(prefix.length)));
}

/** Offers only the levels in force for the month and service; 施設の率 only where the data has it. */
function applyTreatment(root) {
  const month = /^\d{4}-\d{2}$/.test(value(root, "service_month") || "") ? value(root, "service_month") : null;
  if (!month || !treatmentRows.length) return;
  if (!treatmentRows.some((f) => f.key.startsWith(`money.treatment.${treatmentId(root, false)}.`))) {
    loadTreatmentRows(root);
    return;
  }
  const select = root.querySelector("#treatment");
  const facility = root.querySelector("#facility");
  const withFacility = levelsInForce(treatmentId(root, true), month);
  root.querySelector("#facility-field").hidden = withFacility.size === 0 || select.value === "none";
  if (root.querySelector("#facility-field").hidden) facility.checked = false;
  const levels = levelsInForce(treatmentId(root, facility.checked), month);
  for (const o of select.options) {
    const on = o.value === "none" || levels.has(o.value);
    o.hidden = !on;
    o.disabled = !on;
  }
  for (const g of select.querySelectorAll("optgroup")) g.hidden = ![...g.children].some((o) => !o.hidden);
  if (select.selectedOptions[0]?.disabled) select.value = "none";
}

/** `shuro_b` → `b` (the 就労系 fields' service key); other services → null. */
function shuroKey(s) {
  return SHURO.includes(s) ? s.slice("shuro_".length) : null;
}

// ------------------------------------------------------------------ request

const OFFICE = {
  seikatsu_kaigo: { capacity: text, staffing_addition: value, welfare_professional: value, nurses: text, transport_addition: value, transport_severe: value, transport_same_site: value },
  group_home: { newly_designated_r8: value, night_support: value, night_support_persons: text },
};

function buildRequest(root) {
  const service = value(root, "service");
  const carried = carriedRequest(root);
  if (carried) {
    return {
      calculator: "money.office_month",
      service_month: carried.service_month ?? null,
      region: { municipality: text(root, "region.municipality"), grade: text(root, "region.grade") },
      treatment: { level: value(root, "treatment.level"), facility: value(root, "treatment.facility") },
      office: service === "group_home" ? readFields(root, "office.", OFFICE.group_home) : {},
      users: service === "soudan" ? [] : users.read(root, COLUMNS.filter((c) => (c.carried || []).includes(service))),
      units_request: carried,
      user_figures: userFigures(root),
    };
  }
  return {
    calculator: "money.office_month",
    service_month: text(root, "service_month"),
    service,
    price_service: service === "units" ? value(root, "price_service") : null,
    region: { municipality: text(root, "region.municipality"), grade: text(root, "region.grade") },
    treatment: { level: value(root, "treatment.level"), facility: value(root, "treatment.facility") },
    office: readFields(root, "office.", OFFICE[service] || {}),
    ...(shuroKey(service) ? { shuro_office: readShuroOffice(root, shuroKey(service), "shuro_office.") } : {}),
    // 計画相談支援 is only carried from its page (its users are hidden here, and have no 利用者負担).
    users: service === "soudan" ? [] : users.read(root, COLUMNS.filter((c) => c.show.includes(service) && !burdenless(root, service, c))).map(shuroUser),
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

function setScenarios(list) {
  document.getElementById("scenario-list").replaceChildren();
  list.forEach(([n, s]) => addScenario(n, s));
  document.getElementById("scenarios-box").hidden = list.length === 0;
}

function renumberScenarios() {
  setScenarios(scenarioItems().map((li) => [li.querySelector('input[name$=".name"]').value, li.querySelector('input[name$=".state"]').value]));
}

/** The scenarios saved in the URL's state, in order. */
function savedScenarios(state) {
  return [...state.keys()].filter((k) => /^scenario\.\d+\.state$/.test(k))
    .map((k) => k.split(".")[1]).sort((a, b) => Number(a) - Number(b))
    .map((n) => [state.get(`scenario.${n}.name`) || "", state.get(`scenario.${n}.state`)]);
}

/** The request a saved state would give, built in a detached copy of the form. */
function requestFromState(state) {
  const params = new URLSearchParams(state);
  const copy = form.cloneNode(true);
  // Back to the page's defaults first: a box left unticked in the saved state must not stay ticked from the live form.
  copy.reset();
  users.build(Number(params.get("users.count")) || 1, copy);
  restoreUserFigures(copy, copy.querySelector("#user-figures"), params);
  restoreState(copy, params);
  applyService(copy);
  return buildRequest(copy);
}

/** The form's own state (without saved scenarios), as a query string. */
function formState() {
  return formParams(form, (name) => name.startsWith("scenario.")).toString();
}

function compare(page) {
  const scenarios = scenarioItems().map((li) => ({
    name: li.querySelector('input[name$=".name"]').value || null,
    request: requestFromState(li.querySelector('input[name$=".state"]').value),
  }));
  scenarios.push({ name: "いまの入力", request: buildRequest(form) });
  page.show({ calculator: "money.compare", scenarios }, renderCompare);
}

// ------------------------------------------------------------------ render

const pct = (rate) => `${percentText(rate)}%`;

function renderMonth(r, page) {
  const t = r.totals;
  const b = r.shuro_basic;
  showResult(page.result, "計算結果",
    el("p", {}, `${r.month_label}・${r.service_label}・${r.grade_label}（1単位 ${r.unit_price}円）・${r.treatment_label}${r.treatment_rate ? `（${pct(r.treatment_rate)}）` : ""}`),
    r.carried ? el("p", { "data-testid": "carried" }, `単位数: ${r.carried.title}のページで計算した月を引き継いでいます。`) : null,
    b ? el("p", { "data-testid": "shuro-basic" }, `基本報酬: ${b.item}・${b.band_label}（${b.measure}）・${fmt.format(b.units)}単位/${b.per === "month" ? "月" : "日"}`) : null,
    unusedNotes(r.users),
    r.service === "soudan" ? el("p", {}, "計画相談支援・障害児相談支援には利用者負担はありません（給付費は総費用額の全額です）。") : null,
    r.home ? homeParts(r.home) : null,
    totals(
      ["総費用額", [el("strong", { "data-testid": "total-yen" }, yen(t.total_yen)), `（${units(t.total_units)}、うち処遇改善加算 ${units(t.treatment_units)}）`]],
      ["給付費（市町村への請求額）", el("strong", { "data-testid": "benefit-yen" }, yen(t.benefit_yen))],
      ["利用者負担額の合計", yen(t.burden_yen)],
      t.rent_subsidy_yen ? ["家賃助成（利用者の収入）", `${yen(t.rent_subsidy_yen)}（事業所の収入には含めません）`] : null,
    ),
    el("h3", {}, "利用者ごとの内訳"),
    dataTable({ class: "money-users" }, "利用者ごとの内訳",
      thead(["利用者", "単位数", "処遇改善加算", "合計単位", "総費用額", "1割相当額", "負担上限月額", "利用者負担額", "給付費", "家賃助成（利用者）"]),
      el("tbody", {}, r.users.map((u) => el("tr", {},
        el("th", { scope: "row" }, u.label),
        [u.base_units, u.treatment_units, u.total_units, u.total_yen, u.tenth_yen, u.burden_cap_yen, u.burden_yen, u.benefit_yen].map((x) => num(x)),
        num(u.rent_subsidy_yen ?? "—"),
      ))),
      el("tfoot", {}, el("tr", {}, el("th", { scope: "row" }, "合計"),
        [t.base_units, t.treatment_units, t.total_units, t.total_yen].map((x) => num(x)),
        el("td", {}, ""), el("td", {}, ""),
        [t.burden_yen, t.benefit_yen, t.rent_subsidy_yen].map((x) => num(x)))),
    ),
    resultActions(() => monthCsv(r)),
    el("h3", {}, "計算の根拠（事業所）"),
    renderSteps(r.steps),
    el("h3", {}, "計算の根拠（利用者ごと）"),
    r.users.map((u) => stepsDetails(`${u.label}　総費用額 ${yen(u.total_yen)}・利用者負担 ${yen(u.burden_yen)}`, u.steps,
      linesTable(`${u.label}の単位数の内訳`, "回数・日数", u.lines))),
  );
}

/** A 横浜市 home's month: the national 報酬 and the city's amounts, each with its route, and their sum. */
function homeParts(h) {
  return [
    el("h3", {}, "ホームの1か月（国の報酬と横浜市の加算・補助）"),
    dataTable({ class: "home-parts", "data-testid": "home-parts" }, "ホームの1か月の内訳",
      thead(["内訳", "請求・受領の方法", "金額"]),
      el("tbody", {}, h.parts.map((p) => el("tr", {}, el("th", { scope: "row" }, p.label), el("td", {}, p.route), num(yen(p.amount))))),
      el("tfoot", {}, el("tr", {}, el("th", { scope: "row", colspan: "2" }, "合計"), num(yen(h.total), { "data-testid": "home-total" })))),
    stepsDetails(`横浜市の加算・補助の根拠（入居者${h.city.residents.length}人・合計 ${yen(h.city.total)}）`, h.city.steps),
  ];
}

function renderCompare(c, page) {
  const rows = [
    ["サービス提供月", (r) => r.month_label],
    ["サービス", (r) => r.service_label],
    ["級地・単価", (r) => `${r.grade_label}・${r.unit_price}円`],
    ["処遇改善加算", (r) => r.treatment_label],
    ["基本報酬の区分", (r) => (r.shuro_basic ? `${r.shuro_basic.band_label}（${fmt.format(r.shuro_basic.units)}単位）` : "—")],
    ["利用者数", (r) => `${r.users.length}人`],
    ["合計単位", (r) => units(r.totals.total_units)],
    ["総費用額", (r) => yen(r.totals.total_yen)],
    ["給付費", (r) => yen(r.totals.benefit_yen)],
    ["利用者負担額", (r) => yen(r.totals.burden_yen)],
  ];
  const diff = (i, key) => (i === 0 ? "—" : signedYen(c.differences[i - 1][key]));
  const diffRow = (label, key, testid) => el("tr", { class: "diff" }, el("th", { scope: "row" }, label),
    c.scenarios.map((_, i) => el("td", { "data-testid": testid ? `diff-${i}` : null }, diff(i, key))));
  showResult(page.result, "シナリオの比較",
    dataTable({ class: "compare" }, "シナリオの比較",
      el("thead", {}, el("tr", {}, el("th", { scope: "col" }, "項目"), c.scenarios.map((s) => el("th", { scope: "col" }, s.name)))),
      el("tbody", {},
        rows.map(([label, f]) => el("tr", {}, el("th", { scope: "row" }, label), c.scenarios.map((s) => el("td", {}, f(s.result))))),
        diffRow(`総費用額の差（${c.scenarios[0].name}との差）`, "total_yen", true),
        diffRow("給付費の差", "benefit_yen"),
        diffRow("利用者負担額の差", "burden_yen"),
      ),
    ),
    resultActions(() => compareCsv(c)),
    c.scenarios.map((s) => stepsDetails(`${s.name}の計算の根拠`, s.result.steps)),
  );
}

function compareCsv(c) {
  const row = (head, f) => [head, ...c.scenarios.map((s) => f(s.result))];
  downloadCsv("hoshu-scenarios.csv", [["項目", ...c.scenarios.map((s) => s.name)],
    row("サービス提供月（西暦）", (r) => r.service_month),
    row("サービス提供月（和暦）", (r) => r.month_wareki),
    row("サービス", (r) => r.service_label),
    row("級地", (r) => r.grade_label),
    row("1単位の単価（円）", (r) => r.unit_price),
    row("処遇改善加算", (r) => r.treatment_label),
    row("合計単位", (r) => r.totals.total_units),
    row("総費用額（円）", (r) => r.totals.total_yen),
    row("給付費（円）", (r) => r.totals.benefit_yen),
    row("利用者負担額（円）", (r) => r.totals.burden_yen),
    ["総費用額の差（円）", "", ...c.differences.map((d) => d.total_yen)]]);
}

function monthCsv(r) {
  const b = r.shuro_basic;
  downloadCsv(`hoshu-${r.service_month}.csv`, [
    ["サービス提供月（西暦）", r.service_month], ["サービス提供月（和暦）", r.month_wareki], ["サービス", r.service_label],
    ["級地", r.grade_label], ["1単位の単価（円）", r.unit_price], ["処遇改善加算", r.treatment_label, r.treatment_rate ?? ""],
    ...(b ? [["基本報酬", b.item, b.band_label, b.measure, b.units]] : []), [],
    ["利用者", "単位数", "処遇改善加算（単位）", "合計単位", "総費用額（円）", "1割相当額（円）", "負担上限月額（円）", "利用者負担額（円）", "給付費（円）", "家賃助成（利用者の収入・円）"],
    ...r.users.map((u) => [u.label, u.base_units, u.treatment_units, u.total_units, u.total_yen, u.tenth_yen, u.burden_cap_yen, u.burden_yen, u.benefit_yen, u.rent_subsidy_yen ?? ""]),
    ["合計", r.totals.base_units, r.totals.treatment_units, r.totals.total_units, r.totals.total_yen, "", "", r.totals.burden_yen, r.totals.benefit_yen, r.totals.rent_subsidy_yen],
  ]);
}

// ------------------------------------------------------------------ choices from the data

/** Appends `[value, text]` options to a select, keeping its first (blank) option and its value. */
function addOptions(select, options) {
  const keep = select.value;
  select.append(...options.map(([v, t]) => el("option", { value: v }, t)));
  select.value = keep;
}

function fillChoices(core) {
  // 処遇改善加算: the levels of each service and month (applyTreatment).
  addTreatmentRows(core, core.area);
  // 利用者負担の区分: the categories of 上限月額 ("一般1: …" → 一般1).
  COLUMNS.find((c) => c.name === "burden_category").options = figureChoices(core, "money.burden_cap", (f) => labelPart(f.label, ":"));
  // 級地: those of 地域区分の上乗せ割合 (grade-1 … grade-7, other → 0).
  addOptions(document.getElementById("grade"),
    figureChoices(core, "money.add_on_rate", (f) => labelPart(f.label)).map(([id, t]) => [id === "other" ? "0" : id.replace(/^grade-/, ""), t]));
  // 市町村: those whose 級地 is registered (or named as missing).
  addOptions(document.getElementById("municipality"), figureChoices(core, "money.grade", (f) => {
    const name = f.label.replace(/^地域区分の級地（/, "").replace(/、.*$/, "");
    return f.value == null ? `${name}（級地未登録）` : `${name}（${f.value === "0" ? "その他" : f.value + "級地"}）`;
  }));
}

// ------------------------------------------------------------------ start

runPage({
  defaults: { service_month: thisMonth },
  buildRequest: () => buildRequest(form),
  render: renderMonth,
  init(page) {
    document.getElementById("shuro-office-fields").innerHTML = officeFieldsHtml("shuro_office.", "so-", null);
    users.buildHead();
    setScenarios(savedScenarios(page.state));
    for (const id of ["service", "service_month", "price_service", "treatment", "facility"]) {
      document.getElementById(id).addEventListener("change", () => applyService(form));
    }
    form.addEventListener("click", (e) => {
      if (e.target.id !== "drop-carried") return;
      // Back to entering the units here: the carried month and its users' rows go.
      form.querySelector("#units_request").value = "";
      form.querySelector("#units_from").value = "";
      form.querySelector("#units_calculator").value = "";
      carriedLabels = null;
      showCarried(form, null);
      users.build(1);
      applyService(form);
      document.getElementById("service").focus();
    });
    form.addEventListener("click", (e) => {
      const b = e.target.closest("button.remove-scenario");
      if (!b) return;
      b.closest("li").remove();
      renumberScenarios();
      document.getElementById("save-scenario").focus();
    });
    document.getElementById("save-scenario").addEventListener("click", () => {
      addScenario(`シナリオ${scenarioItems().length + 1}`, formState());
      saveState(form);
      scenarioItems().at(-1).querySelector("input").focus();
    });
    document.getElementById("compare").addEventListener("click", () => compare(page));
  },
  setup(page) {
    document.getElementById("service").addEventListener("change", () => showShuroRatios(page.core, !!shuroKey(value(form, "service"))));
    fillChoices(page.core);
    // A carried month: one row per user of that month (its names as the rows' headings).
    const t = page.state.get("units_request");
    if (t) form.querySelector("#units_request").value = t;
    const carried = carriedRequest(form);
    carriedLabels = carried ? carriedNames(carried) : null;
    users.buildHead();
    users.build(carried ? Math.max(1, carriedLabels.length) : users.stateCount(page.state));
  },
  sync: (page) => {
    showCarried(form, carriedRequest(form));
    applyService(form);
    showShuroRatios(page.core, !!shuroKey(value(form, "service")));
  },
  cleared() {
    setScenarios([]);
    carriedLabels = null;
    users.reset();
  },
});
