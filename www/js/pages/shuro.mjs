// 就労系 page: B型・A型・就労移行・就労定着・就労選択. Builds a `shuro.<service>.month`
// request from the form (only the fields of the chosen service), shows the band,
// each user's lines (基本報酬・加算・減算), the explanation, and every problem
// beside its field.

import { el } from "../lib/core.mjs";
import { downloadCsv } from "../lib/csv.mjs";
import { explanation, unusedNotes } from "../lib/explain.mjs";
import { figureMap, showFigureValues, text, userFigures, value } from "../lib/form.mjs";
import { fmt, thisMonth, units } from "../lib/format.mjs";
import { runPage } from "../lib/page.mjs";
import { clearProblems } from "../lib/problems.mjs";
import { num, resultActions, showResult, thead } from "../lib/result.mjs";
import { toMoney } from "../lib/to-money.mjs";
import { Roster } from "../lib/roster.mjs";
import { applyShuroService, officeFieldsHtml, readShuroOffice, shuroUser } from "../lib/shuro-office.mjs";

const SERVICES = {
  b: "就労継続支援B型",
  a: "就労継続支援A型",
  ikou: "就労移行支援",
  teichaku: "就労定着支援",
  sentaku: "就労選択支援",
};

/** Columns of the users table; `services` lists the services that use each. */
const COLUMNS = [
  { name: "label", head: "利用者名", kind: "text", services: "b a ikou teichaku sentaku" },
  { name: "days", head: "利用日数", kind: "number", services: "b a ikou sentaku" },
  { name: "meal_days", head: "食事提供の日数", kind: "number", services: "b a ikou" },
  { name: "transport_one_ways", head: "送迎の片道回数", kind: "number", services: "b a ikou" },
  { name: "absence_responses", head: "欠席時対応の回数", kind: "number", services: "b a ikou" },
  { name: "plan_missing_month", head: "個別支援計画未作成減算（何か月目）", kind: "number", services: "b a ikou teichaku" },
  { name: "peer_support", head: "ピアサポート加算の対象", kind: "check", services: "b" },
  { name: "initial_days", head: "初期加算の日数（利用開始から30日以内の利用日）", short: "初期加算の日数", kind: "number", services: "b a ikou" },
  { name: "employment_date", head: "就職日", kind: "date", services: "teichaku" },
  { name: "same_day_other_days", head: "日中活動サービス（生活介護・自立訓練・就労移行・就労継続）と同じ日の日数（算定しない）", short: "日中活動サービスと同じ日", kind: "number", services: "sentaku" },
  { name: "same_day_hokago_days", head: "放課後等デイサービス・障害児入所支援と同じ日の日数（算定できる）", short: "放課後等デイ等と同じ日", kind: "number", services: "sentaku" },
  { name: "same_operator", head: "現在通所している就労継続支援・就労移行支援の事業所と同じ法人", short: "現在の事業所と同じ法人", kind: "check", services: "sentaku" },
  { name: "no_other_operator_nearby", head: "近隣に別の法人の就労選択支援・就労移行支援の事業所がない", short: "近隣に別法人の事業所なし", kind: "check", services: "sentaku" },
].map((c) => ({ ...c, attrs: { "data-services": c.services } }));

const form = document.getElementById("form");
const users = new Roster(form, {
  name: "u", field: "users", body: "users-body", head: "users-head", rowLabel: (i) => `${i + 1}人目`,
  columns: COLUMNS, sizes: { text: 10, number: 4 }, rowField: true, add: "add-user", removeLast: "remove-user", max: 200,
  changed: applyService,
});

function service() {
  return value(form, "service") || "b";
}

/** Shows the fieldsets and columns of the chosen service; disables the others (so they are neither sent nor saved). */
function applyService() {
  const s = service();
  applyShuroService(form, s);
  document.getElementById("page-title").textContent = `${SERVICES[s]}：基本報酬と加算・減算`;
  document.title = `${SERVICES[s]}の基本報酬と加算・減算｜障害福祉サービス等報酬 計算機`;
}

function buildRequest() {
  const s = service();
  lastRequest = {
    calculator: `shuro.${s}.month`,
    service_month: text(form, "service_month"),
    office: readShuroOffice(form, s),
    users: users.read(form, COLUMNS.filter((c) => c.services.split(" ").includes(s))).map(shuroUser),
    user_figures: userFigures(form),
  };
  return lastRequest;
}

/** The request last sent (carried by 「円で見る」). */
let lastRequest = null;

const WP = { i: "(Ⅰ)", ii: "(Ⅱ)", iii: "(Ⅲ)" };
const KIND = { basic: "基本報酬", addition: "加算", reduction: "減算" };

function render(r, page) {
  const b = r.basic;
  showResult(page.result, "計算結果",
    el("p", { class: "total" }, `${r.service_label}　${r.month_label}　事業所の合計 `,
      el("strong", { class: "total-units", "data-testid": "total-units" }, units(r.total_units))),
    el("dl", { class: "summary-list" },
      el("dt", {}, "基本報酬"), el("dd", { "data-testid": "basic-item" }, b.item),
      el("dt", {}, "区分"), el("dd", { "data-testid": "band" }, b.band_label),
      el("dt", {}, "区分を決めた値"), el("dd", {}, b.measure),
      b.daily_average_users ? [el("dt", {}, "1日当たりの平均利用者数"), el("dd", {}, `${b.daily_average_users}人`)] : "",
      el("dt", {}, "所定単位数"), el("dd", { "data-testid": "basic-units" }, `${fmt.format(b.units)}単位/${b.per === "month" ? "月" : "日"}`),
      el("dt", {}, "福祉専門職員配置等加算"), el("dd", {}, r.welfare_professional ? WP[r.welfare_professional] : "算定なし"),
      r.service === "sentaku" ? [el("dt", {}, "特定事業所集中減算"), el("dd", {}, r.concentration_reduction ? "あり（1日200単位）" : "なし")] : ""),
    unusedNotes(r.users),
    el("h3", {}, "利用者ごとの単位数"),
    r.users.map((u, i) => el("div", { class: "table-wrap", tabindex: "0", role: "region", "aria-label": `${u.label}の単位数` },
      el("table", { class: "user-lines", "data-testid": `user-${i}` },
        el("caption", {}, `${u.label}　${units(u.total_units)}`),
        thead(["項目", "単位数", "回数・日数", "小計"]),
        el("tbody", {}, u.lines.map((l) => el("tr", { class: `kind-${l.kind}` },
          el("th", { scope: "row" }, l.item), num(l.per), num(l.count), num(l.units)))),
        el("tfoot", {}, el("tr", {}, el("th", { scope: "row", colspan: "3" }, "計"), num(u.total_units)))))),
    resultActions(() => csv(r)),
    toMoney(lastRequest),
    explanation("計算の根拠（事業所）", r.steps, "利用者ごとの根拠", r.users, (u) => `${u.label}　${units(u.total_units)}`),
  );
}

function csv(r) {
  downloadCsv(`shuro-${r.service}-${r.service_month}.csv`, [
    ["計算", `${r.service_label} 1か月の単位数`],
    ["サービス提供月", r.service_month, r.month_label],
    ["基本報酬", r.basic.item],
    ["区分", r.basic.band_label, r.basic.measure],
    ["所定単位数", r.basic.units, r.basic.per === "month" ? "単位/月" : "単位/日"],
    [],
    ["利用者", "項目", "種類", "単位数", "回数・日数", "小計（単位）"],
    ...r.users.flatMap((u) => [
      ...u.lines.map((l) => [u.label, l.item, KIND[l.kind], l.per, l.count, l.units]),
      [u.label, "計", "", "", "", u.total_units],
    ]),
    ["事業所の合計", "", "", "", "", r.total_units],
  ]);
}

runPage({
  defaults: { service_month: thisMonth },
  keep: ["service"],
  buildRequest,
  render,
  init(page) {
    document.getElementById("office-fields").outerHTML = officeFieldsHtml();
    users.buildHead();
    users.build(users.stateCount(page.state));
    for (const r of form.querySelectorAll('input[name="service"]')) r.addEventListener("change", () => { applyService(); clearProblems(form, page.summary); });
  },
  setup: (page) => showFigureValues(figureMap(page.core, "shuro.welfare_professional")),
  sync: applyService,
  cleared: () => users.reset(),
  // The service alone (from the index's links) is no state to calculate.
  autoCalculate: (state) => [...state.keys()].some((k) => k !== "service"),
});
