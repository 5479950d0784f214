// 計画相談支援・障害児相談支援の1か月: builds a `soudan.month` request from the
// office and the table of cases (rows added and removed by keyboard), keeps
// everything in the URL, and shows each case's units with the explanation.

import { el } from "../lib/core.mjs";
import { downloadCsv } from "../lib/csv.mjs";
import { renderSteps, stepsDetails } from "../lib/explain.mjs";
import { readFields, text, userFigures, value } from "../lib/form.mjs";
import { thisMonth, units } from "../lib/format.mjs";
import { runPage } from "../lib/page.mjs";
import { dataTable, linesTable, num, resultActions, showResult, thead, totals } from "../lib/result.mjs";
import { toMoney } from "../lib/to-money.mjs";
import { Roster } from "../lib/roster.mjs";

const KINDS = [["keikaku", "計画相談支援"], ["ji", "障害児相談支援"]];
const SERVICES = [["monitoring", "モニタリング（継続サービス利用支援）"], ["plan", "計画作成（サービス利用支援）"],
  ["both", "モニタリングの後に計画作成（同じ月）"], ["none", "なし（加算のみ）"]];
const PLAN_BASIS = [["", "入力しない（要件を確認しない）"], ["new", "新規に計画を作成（要件①）"], ["change", "作成済みの計画の変更・更新"], ["office_change", "相談支援事業所の変更"]];
const ROLES = [["specialist", "相談支援専門員"], ["assistant", "相談支援員"]];

/** The case table's columns. */
const COLUMNS = [
  { name: "label", head: "呼び名", kind: "text", size: 8 },
  { name: "kind", head: "種類", kind: "select", options: KINDS },
  { name: "service", head: "その月の支援", kind: "select", options: SERVICES },
  { name: "staff", head: "担当者", kind: "text" },
  { name: "staff_role", head: "担当者の職種", kind: "select", options: ROLES },
];

/** The 加算 inputs of a case, grouped as in the guidebook's table. */
const ADDITIONS = [
  ["請求の条件（受給者証・同じ月の支援）", [
    ["monitoring_months", "受給者証のモニタリング実施予定月（例: 2024-07, 2024-10。空欄は確認しない）", "months", null, "case"],
    ["both_decided", "同じ月にモニタリングと計画作成を行うことを市町村が決定した", "check", null, "case"],
  ]],
  ["実施加算", [
    ["upper_limit_management", "利用者負担上限額管理加算", "number", "回"],
    ["first", "初回加算（計画作成の月）", "check"],
    ["plan_basis", "初回加算：この月の計画", "select", PLAN_BASIS],
    ["prior_use_month", "初回加算：この月より前に障害福祉サービス・地域相談支援を利用した直近の月（例: 2024-01。なければ空欄）", "month"],
    ["first_extra_months", "初回加算：契約から3月を超え、3月経過後に月2回以上面接した月の数", "number", "月"],
    ["prior_transition", "前6月間に居宅介護支援事業所等連携加算・保育・教育等移行支援加算を算定している", "check"],
    ["hospital_info_i", "入院時情報連携加算（Ⅰ）医療機関に出向いて面談", "number", "回"],
    ["hospital_info_ii", "入院時情報連携加算（Ⅱ）それ以外の方法", "number", "回"],
    ["discharge", "退院・退所加算", "number", "回"],
    ["discharge_prior", "退院・退所加算：同じ入院・入所の間に既に算定した回数", "number", "回"],
  ]],
  ["居宅介護支援事業所等連携加算（計画相談）／保育・教育等移行支援加算（障害児相談）", [
    ["transition_visit", "訪問による面接（月2回以上の面接）", "number", "回"],
    ["transition_meeting", "会議参加", "number", "回"],
    ["transition_info", "情報提供（文書）", "number", "回"],
    ["services_ended", "障害福祉サービス等の利用を終了した日から6月以内である", "check"],
  ]],
  ["医療・保育・教育機関等連携加算", [
    ["medical_meeting", "面談・会議により情報の提供を受けて計画作成又はモニタリングを行った", "check"],
    ["medical_meeting_discharge_only", "その情報は退院・退所する施設の職員のみから受けた", "check"],
    ["medical_accompany", "通院同行", "number", "回"],
    ["medical_accompany_hospitals", "通院同行した病院等の数（空欄はすべて別の病院等）", "number", "か所"],
    ["medical_info_hospital", "情報提供（病院・訪問看護事業所）", "number", "回"],
    ["medical_info_other", "情報提供（それ以外の機関）", "number", "回"],
    ["medical_info_same_hospital", "病院等への情報提供は、同じ月に通院同行した病院等に対するもの", "check"],
  ]],
  ["集中支援加算（計画作成・モニタリングのない月）", [
    ["intensive_visit", "訪問（月2回以上の面接）", "number", "回"],
    ["intensive_meeting_held", "サービス担当者会議の開催", "number", "回"],
    ["intensive_meeting_attend", "会議参加", "number", "回"],
    ["intensive_meeting_same_as_transition", "その会議参加は連携加算・移行支援加算の会議参加と趣旨・つなぎ先が同様", "check"],
    ["intensive_accompany", "通院同行", "number", "回"],
    ["intensive_accompany_hospitals", "通院同行した病院等の数（空欄はすべて別の病院等）", "number", "か所"],
    ["intensive_info_hospital", "情報提供（病院・訪問看護事業所）", "number", "回"],
    ["intensive_info_other", "情報提供（それ以外の機関）", "number", "回"],
  ]],
  ["その他の加算", [
    ["conference", "サービス担当者会議実施加算（モニタリング時）", "number", "回"],
    ["conference_plan_changed", "その会議でサービス等利用計画を変更した", "check"],
    ["service_monitoring", "サービス提供時モニタリング加算", "number", "回"],
    ["hub_emergency", "地域生活支援拠点等相談強化加算", "number", "回"],
    ["community_joint", "地域体制強化共同支援加算", "number", "回"],
  ]],
];
const ADD_ITEMS = ADDITIONS.flatMap(([, items]) => items);

const BAND = { "kyoka-1": "機能強化型（Ⅰ）", "kyoka-2": "機能強化型（Ⅱ）", "kyoka-3": "機能強化型（Ⅲ）", "kyoka-4": "機能強化型（Ⅳ）", i: "（Ⅰ）40未満", ii: "（Ⅱ）40以上" };

const form = document.getElementById("form");

/** The 加算 of case `i`, in a closed panel of the row. */
function additionsCell(i) {
  return el("td", {}, el("details", { class: "case-additions" },
    el("summary", {}, `ケース${i + 1}の加算`),
    ADDITIONS.map(([group, items]) => el("fieldset", { class: "sub" },
      el("legend", {}, group),
      items.map((item) => additionField(i, item)))),
  ));
}

/** One control of case `i`'s panel (a case-level one when its scope is "case"). */
function additionField(i, [k, label, kind, extra, scope]) {
  const id = `c-${i}-a-${k}`;
  const name = scope === "case" ? `cases.${i}.${k}` : `cases.${i}.additions.${k}`;
  const field = scope === "case" ? `cases[${i}].${k}` : `cases[${i}].additions.${k}`;
  if (kind === "check") {
    return el("div", { class: "field check", "data-field": field }, el("input", { id, name, type: "checkbox" }), el("label", { for: id }, label));
  }
  if (kind === "select") {
    return el("div", { class: "field", "data-field": field }, el("label", { for: id }, label),
      el("select", { id, name }, extra.map(([v, t]) => el("option", { value: v }, t))));
  }
  if (kind === "month" || kind === "months") {
    return el("div", { class: "field", "data-field": field }, el("label", { for: id }, label),
      el("input", { id, name, size: kind === "months" ? "18" : "8", autocomplete: "off" }));
  }
  return el("div", { class: "field", "data-field": field }, el("label", { for: id }, label), el("input", { id, name, inputmode: "numeric", size: "3", autocomplete: "off" }), " ", el("span", { class: "unit" }, extra));
}

/** The months typed in one box ("2024-07, 2024-10"), each as the core reads it. */
const monthList = (v) => (typeof v === "string" ? v.split(/[,、，\s]+/).map((m) => m.trim()).filter(Boolean) : []);

const cases = new Roster(form, {
  name: "cases", id: "c", rowLabel: (i) => `ケース${i + 1}`, columns: COLUMNS, sizes: { text: 6 }, add: "add-case",
  extraHeads: ["加算"], extraCells: additionsCell, changed: markFilled,
});

/** Shows on each row's summary how many 加算 are entered. */
function markFilled() {
  for (let i = 0; i < cases.count(); i++) {
    const filled = ADD_ITEMS.filter(([k, , , , scope]) => {
      const v = value(form, scope === "case" ? `cases.${i}.${k}` : `cases.${i}.additions.${k}`);
      return v === true || (typeof v === "string" && v.trim() !== "" && v.trim() !== "0");
    }).length;
    const s = document.querySelector(`#cases-body tr:nth-child(${i + 1}) summary`);
    if (s) s.textContent = filled ? `ケース${i + 1}の加算（${filled}項目入力）` : `ケース${i + 1}の加算`;
  }
}

// ------------------------------------------------------------------ request

const OFFICE = {
  kind: value, staff_fte: text, chief: value, behavior: value, medical_care: value, mental: value, brain: value,
  peer_support: value, hub: value, community_system: value,
};

function buildRequest() {
  markFilled();
  const rows = cases.read();
  rows.forEach((c, i) => {
    c.additions = {};
    for (const [k, , kind, , scope] of ADD_ITEMS) {
      const target = scope === "case" ? c : c.additions;
      const name = scope === "case" ? `cases.${i}.${k}` : `cases.${i}.additions.${k}`;
      if (kind === "months") target[k] = monthList(value(form, name));
      else target[k] = kind === "check" ? value(form, name) : text(form, name);
    }
  });
  lastRequest = {
    calculator: "soudan.month",
    service_month: text(form, "service_month"),
    office: readFields(form, "office.", OFFICE),
    cases: rows,
    user_figures: userFigures(form),
  };
  return lastRequest;
}

/** The request last sent (carried by 「円で見る」). */
let lastRequest = null;

// ------------------------------------------------------------------ render

const bandLabel = (c) => (c.band ? BAND[c.band] || c.band : null);

function render(r, page) {
  const excludedCount = r.cases.reduce((a, c) => a + c.excluded.length, 0);
  showResult(page.result, "計算結果",
    el("p", {}, `${r.month_label}・${r.office_kind_label}・相談支援専門員 ${r.staff_fte}人（取扱順 ${r.threshold}件目以降は（Ⅱ））`),
    totals(
      ["事業所の合計", el("strong", { "data-testid": "total-units" }, units(r.total_units))],
      ["基本報酬", `${units(r.basic_units_total)}（${r.basic_case_count}件、うち（Ⅱ）${r.band_ii_count}件）`],
      ["加算", units(r.addition_units_total)],
      excludedCount ? ["算定しない加算", `${excludedCount}項目（理由はケースごとの内訳に表示）`] : null,
    ),
    el("h3", {}, "ケースごとの内訳"),
    dataTable({ class: "money-users", id: "case-results" }, "ケースごとの内訳",
      thead(["ケース", "種類", "その月の支援", "取扱順", "基本報酬の区分", "基本報酬", "加算", "合計", "算定しないもの"]),
      el("tbody", {}, r.cases.map((c) => el("tr", {},
        el("th", { scope: "row" }, c.label),
        el("td", {}, c.kind_label),
        el("td", {}, c.billed_service === c.service ? c.service_label : [c.service_label, el("br"), `→ 算定: ${c.billed_service_label}`]),
        num(c.position ?? "—"),
        el("td", {}, bandLabel(c) ?? "—"),
        [c.basic_units, c.addition_units, c.total_units].map((x) => num(x)),
        num(c.excluded.length ? `${c.excluded.length}項目` : "—"),
      ))),
      el("tfoot", {}, el("tr", {}, el("th", { scope: "row" }, "合計"), el("td", {}, ""), el("td", {}, ""), el("td", {}, ""), el("td", {}, ""),
        [r.basic_units_total, r.addition_units_total, r.total_units].map((x) => num(x)), el("td", {}, ""))),
    ),
    resultActions(() => csv(r)),
    toMoney(lastRequest),
    el("h3", {}, "計算の根拠（事業所）"),
    renderSteps(r.steps),
    el("h3", {}, "計算の根拠（ケースごと）"),
    r.cases.map((c) => stepsDetails(`${c.label}　${units(c.total_units)}${c.excluded.length ? `（算定しない加算 ${c.excluded.length}項目）` : ""}`, c.steps,
      linesTable(`${c.label}の単位数の内訳`, "回数", c.lines),
      c.excluded.length ? [el("h4", {}, "算定しないもの"), el("ul", { class: "excluded" }, c.excluded.map((x) => el("li", {}, el("strong", {}, `${x.item}（${x.count}回）`), "：", x.reason)))] : null)),
  );
}

function csv(r) {
  downloadCsv(`hoshu-soudan-${r.service_month}.csv`, [
    ["サービス提供月（西暦）", r.service_month], ["サービス提供月（和暦）", r.month_label], ["機能強化型", r.office_kind_label],
    ["相談支援専門員の員数（常勤換算）", r.staff_fte], ["（Ⅱ）となる取扱順", r.threshold], [],
    ["ケース", "種類", "その月の支援", "取扱順", "基本報酬の区分", "基本報酬（単位）", "加算（単位）", "合計（単位）"],
    ...r.cases.map((c) => [c.label, c.kind_label, c.service_label, c.position ?? "", bandLabel(c) ?? "", c.basic_units, c.addition_units, c.total_units]),
    ["合計", "", "", "", "", r.basic_units_total, r.addition_units_total, r.total_units], [],
    ["ケース", "項目", "単位", "回数", "単位数", "算定しない理由"],
    ...r.cases.flatMap((c) => [
      ...c.lines.map((l) => [c.label, l.item, l.per, l.count, l.units, ""]),
      ...c.excluded.map((x) => [c.label, x.item, "", x.count, 0, x.reason]),
    ]),
  ]);
}

// ------------------------------------------------------------------ start

runPage({
  defaults: { service_month: thisMonth },
  buildRequest,
  render,
  init(page) {
    cases.buildHead();
    cases.build(cases.stateCount(page.state));
    form.addEventListener("change", (e) => { if (e.target.name && e.target.name.includes(".additions.")) markFilled(); });
  },
  sync: markFilled,
  cleared: () => cases.reset(),
});
