// 就労系 page: B型・A型・就労移行・就労定着・就労選択. Builds a `shuro.<service>.month`
// request from the form (only the fields of the chosen service), shows the band,
// each user's lines (基本報酬・加算・減算), the explanation, and every problem
// beside its field.

import {
  startPage, el, fill, value, text, duration, userFigures, showProblems, clearProblems, offerMissingFigures, restoreUserFigures, renderSteps, fmt, saveState, urlState, restoreState, downloadCsv, markReady, markFirstResult, resultActions, calculateAndShow,
} from "./core.mjs";
import { officeFieldsHtml, readShuroOffice } from "./shuro-office.mjs";

const SERVICES = {
  b: "就労継続支援B型",
  a: "就労継続支援A型",
  ikou: "就労移行支援",
  teichaku: "就労定着支援",
  sentaku: "就労選択支援",
};

/** Columns of the users table: [key, heading, services, kind]. */
const COLUMNS = [
  ["label", "利用者名", "b a ikou teichaku sentaku", "text"],
  ["days", "利用日数", "b a ikou sentaku", "num"],
  ["meal_days", "食事提供の日数", "b a ikou", "num"],
  ["transport_one_ways", "送迎の片道回数", "b a ikou", "num"],
  ["absence_responses", "欠席時対応の回数", "b a ikou", "num"],
  ["plan_missing_month", "個別支援計画未作成減算（何か月目）", "b a ikou teichaku", "num"],
  ["peer_support", "ピアサポート加算の対象", "b", "check"],
  ["same_day_other_days", "他の日中活動サービスと同じ日の日数", "sentaku", "num"],
];

const form = document.getElementById("form");
const summary = document.getElementById("problems");
const result = document.getElementById("result");
const figures = document.getElementById("user-figures");
const monthInput = document.getElementById("service_month");
const head = document.getElementById("users-head");
const body = document.getElementById("users-body");
let core = null;
let last = null;

function service() {
  return value(form, "service") || "b";
}

/** Shows the fieldsets and columns of the chosen service; disables the others (so they are neither sent nor saved). */
function applyService() {
  const s = service();
  for (const e of form.querySelectorAll("[data-services]")) e.hidden = !e.dataset.services.split(" ").includes(s);
  for (const c of form.querySelectorAll("input, select")) {
    if (c.name === "service") continue;
    c.disabled = !!c.parentElement.closest("[data-services][hidden]");
  }
  document.getElementById("page-title").textContent = `${SERVICES[s]}：基本報酬と加算・減算`;
  document.title = `${SERVICES[s]}の基本報酬と加算・減算｜障害福祉サービス等報酬 計算機`;
}

function showWareki() {
  const out = document.getElementById("service_month-wareki");
  out.textContent = core && monthInput.value ? core.wareki(monthInput.value) : "";
}

function addUserRow() {
  const i = body.children.length;
  const tr = el("tr", { "data-field": `users[${i}]` });
  for (const [key, heading, svcs, kind] of COLUMNS) {
    const id = `u-${i}-${key}`;
    const name = `u.${i}.${key}`;
    const aria = `${i + 1}人目の${heading}`;
    let input;
    if (kind === "check") input = el("input", { type: "checkbox", id, name, "aria-label": aria });
    else input = el("input", { id, name, "aria-label": aria, autocomplete: "off", size: kind === "text" ? "10" : "4", inputmode: kind === "num" ? "numeric" : null });
    tr.append(el("td", { "data-field": `users[${i}].${key}`, "data-services": svcs }, input));
  }
  body.append(tr);
}

function buildHead() {
  head.replaceChildren(...COLUMNS.map(([, h, svcs]) => el("th", { scope: "col", "data-services": svcs }, h)));
}

function buildRequest() {
  const s = service();
  const v = (n) => {
    const c = form.elements.namedItem(n);
    return c && !c.disabled ? text(form, n) : null;
  };
  const f = (n) => {
    const c = form.elements.namedItem(n);
    return c && !c.disabled ? value(form, n) : false;
  };
  const office = readShuroOffice(form, s);
  const users = [];
  for (let i = 0; i < body.children.length; i++) {
    const u = {};
    for (const [key, , svcs, kind] of COLUMNS) {
      if (!svcs.split(" ").includes(s)) continue;
      u[key] = kind === "check" ? f(`u.${i}.${key}`) : v(`u.${i}.${key}`);
    }
    users.push(u);
  }
  return { calculator: `shuro.${s}.month`, service_month: text(form, "service_month"), office, users, user_figures: userFigures(form) };
}

function calculate() {
  if (!core) return;
  calculateAndShow(core, { form, summary, result, figures }, buildRequest(), render);
}

const WP = { i: "(Ⅰ)", ii: "(Ⅱ)", iii: "(Ⅲ)" };

function render(r) {
  last = r;
  const b = r.basic;
  result.dataset.state = "ok";
  fill(result,
    el("h2", { id: "result-heading" }, "計算結果"),
    el("p", { class: "total" }, `${r.service_label}　${r.month_label}　事業所の合計 `,
      el("strong", { class: "total-units", "data-testid": "total-units" }, `${fmt.format(r.total_units)}単位`)),
    el("dl", { class: "summary-list" },
      el("dt", {}, "基本報酬"), el("dd", { "data-testid": "basic-item" }, b.item),
      el("dt", {}, "区分"), el("dd", { "data-testid": "band" }, b.band_label),
      el("dt", {}, "区分を決めた値"), el("dd", {}, b.measure),
      b.daily_average_users ? [el("dt", {}, "1日当たりの平均利用者数"), el("dd", {}, `${b.daily_average_users}人`)] : "",
      el("dt", {}, "所定単位数"), el("dd", { "data-testid": "basic-units" }, `${fmt.format(b.units)}単位/${b.per === "month" ? "月" : "日"}`),
      el("dt", {}, "福祉専門職員配置等加算"), el("dd", {}, r.welfare_professional ? WP[r.welfare_professional] : "算定なし"),
      r.service === "sentaku" ? [el("dt", {}, "特定事業所集中減算"), el("dd", {}, r.concentration_reduction ? "あり（1日200単位）" : "なし")] : ""),
    el("h3", {}, "利用者ごとの単位数"),
    r.users.map((u, i) => el("div", { class: "table-wrap" },
      el("table", { class: "user-lines", "data-testid": `user-${i}` },
        el("caption", {}, `${u.label}　${fmt.format(u.total_units)}単位`),
        el("thead", {}, el("tr", {}, ["項目", "単位数", "回数・日数", "小計"].map((h) => el("th", { scope: "col" }, h)))),
        el("tbody", {}, u.lines.map((l) => el("tr", { class: `kind-${l.kind}` },
          el("th", { scope: "row" }, l.item),
          el("td", { class: "num" }, fmt.format(l.per)),
          el("td", { class: "num" }, fmt.format(l.count)),
          el("td", { class: "num" }, fmt.format(l.units))))),
        el("tfoot", {}, el("tr", {}, el("th", { scope: "row", colspan: "3" }, "計"), el("td", { class: "num" }, fmt.format(u.total_units))))))),
    resultActions(csv),
    el("h3", {}, "計算の根拠（事業所）"),
    renderSteps(r.steps),
    el("h4", {}, "利用者ごとの根拠"),
    r.users.map((u) => el("details", { class: "day-steps" }, el("summary", {}, `${u.label}　${fmt.format(u.total_units)}単位`), renderSteps(u.steps))),
  );
  result.focus();
}

function csv() {
  if (!last) return;
  const r = last;
  const rows = [
    ["計算", `${r.service_label} 1か月の単位数`],
    ["サービス提供月", r.service_month, r.month_label],
    ["基本報酬", r.basic.item],
    ["区分", r.basic.band_label, r.basic.measure],
    ["所定単位数", r.basic.units, r.basic.per === "month" ? "単位/月" : "単位/日"],
    [],
    ["利用者", "項目", "種類", "単位数", "回数・日数", "小計（単位）"],
    ...r.users.flatMap((u) => [
      ...u.lines.map((l) => [u.label, l.item, { basic: "基本報酬", addition: "加算", reduction: "減算" }[l.kind], l.per, l.count, l.units]),
      [u.label, "計", "", "", "", u.total_units],
    ]),
    ["事業所の合計", "", "", "", "", r.total_units],
  ];
  downloadCsv(`shuro-${r.service}-${r.service_month}.csv`, rows);
}

async function main() {
  document.getElementById("office-fields").outerHTML = officeFieldsHtml();
  const state = urlState();
  buildHead();
  let n = 1;
  for (const k of state.keys()) {
    const m = /^u\.(\d+)\./.exec(k);
    if (m) n = Math.max(n, Number(m[1]) + 1);
  }
  for (let i = 0; i < Math.min(n, 200); i++) addUserRow();
  if (!state.get("service_month")) {
    const now = new Date();
    monthInput.value = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}`;
  }
  restoreState(form, state);
  restoreUserFigures(form, figures, state);
  applyService();

  for (const r of form.querySelectorAll('input[name="service"]')) r.addEventListener("change", () => { applyService(); clearProblems(form, summary); });
  monthInput.addEventListener("change", showWareki);
  monthInput.addEventListener("input", showWareki);
  document.getElementById("add-user").addEventListener("click", () => { addUserRow(); applyService(); body.lastElementChild.querySelector("input").focus(); });
  document.getElementById("remove-user").addEventListener("click", () => { if (body.children.length > 1) body.lastElementChild.remove(); });
  document.getElementById("clear-form").addEventListener("click", () => {
    const s = service();
    form.reset();
    form.elements.namedItem("service").value = s;
    while (body.children.length > 1) body.lastElementChild.remove();
    history.replaceState(null, "", location.pathname + (new URLSearchParams(location.search).get("embed") ? "?embed=1" : ""));
    applyService();
    clearProblems(form, summary);
    showWareki();
  });
  form.addEventListener("submit", (e) => { e.preventDefault(); calculate(); });

  core = await startPage();
  showWareki();
  markReady();
  if ([...state.keys()].some((k) => k !== "service")) calculate();
}

main();
