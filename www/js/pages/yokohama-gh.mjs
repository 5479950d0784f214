// 横浜市 障害者グループホーム（ホームの1か月）: builds a `yokohama_gh.month`
// request from the home's figures and the roster of residents (rows added and
// removed by keyboard, kept in the URL), and shows each resident's city
// additions, the vacancy subsidies, the totals per item and per claiming route,
// with the explanation, a CSV and print.

import { el } from "../lib/core.mjs";
import { downloadCsv } from "../lib/csv.mjs";
import { renderSteps } from "../lib/explain.mjs";
import { readFields, text, value } from "../lib/form.mjs";
import { thisMonth, yen } from "../lib/format.mjs";
import { runPage } from "../lib/page.mjs";
import { dataTable, num, resultActions, showResult, thead, totals } from "../lib/result.mjs";
import { toMoney } from "../lib/to-money.mjs";
import { Roster } from "../lib/roster.mjs";

const KUBUN = [["none", "非該当"], ["1", "区分1"], ["2", "区分2"], ["3", "区分3"], ["4", "区分4"], ["5", "区分5"], ["6", "区分6"]];
const AUTHORITY = [["yokohama", "横浜市"], ["other", "市外の自治体"]];
const CLAIM = [["basic", "本体請求あり"], ["additions_only", "入院等で加算のみ"], ["none", "入院等で請求なし"]];

/** The roster's columns. */
const RESIDENT_COLUMNS = [
  { name: "name", head: "呼び名", kind: "text" },
  { name: "kubun", head: "障害支援区分（月の初日）", kind: "select", options: KUBUN, blank: "選択" },
  { name: "authority", head: "援護の実施機関", kind: "select", options: AUTHORITY },
  { name: "other_rent_subsidy", head: "市外の自治体から家賃に係る助成あり", short: "市外から家賃助成", kind: "check" },
  { name: "other_staff_subsidy", head: "市外の自治体から人件費に係る助成あり", short: "市外から人件費助成", kind: "check" },
  { name: "move_in", head: "入居日（月内）", kind: "date" },
  { name: "move_out", head: "退居日（月内）", kind: "date" },
  { name: "trial", head: "体験利用", kind: "check" },
  { name: "national_claim", head: "国への請求", kind: "select", options: CLAIM },
  { name: "plan_missing_reduction", head: "個別支援計画未作成減算の対象", short: "計画未作成減算", kind: "check" },
  { name: "kubun_change_date", head: "区分の変更日", kind: "date" },
  { name: "new_kubun", head: "変更後の区分", kind: "select", options: KUBUN, blank: "変更なし" },
];
const SATELLITE_COLUMNS = [
  { name: "rent", head: "空室の月額家賃（円）", kind: "number" },
  { name: "start_month", head: "サテライト型住居の利用開始月", kind: "month" },
];

const ROUTE_SHORT = { monthly_kanagawa: "毎月（かながわシステム）", quarterly_invoice: "四半期（請求書）", yearly_grant: "年度（交付申請）" };
const ITEMS = ["rent_addition", "water_addition", "care_addition", "basic_operation", "service_management"];

const form = document.getElementById("form");
const residents = new Roster(form, {
  name: "residents", rowLabel: (i) => `入居者${i + 1}`, columns: RESIDENT_COLUMNS, numbered: true, add: "add-resident",
  newRow: () => ({ authority: "yokohama", national_claim: "basic" }),
});
const satellites = new Roster(form, {
  name: "satellites", field: "home.satellite_vacancies", rowLabel: (i) => `空室${i + 1}`, columns: SATELLITE_COLUMNS,
  sizes: { number: 8 }, numbered: true, add: "add-satellite", min: 0,
});

// ------------------------------------------------------------------ request

const HOME = {
  capacity: text, area: value, established_fiscal_year: text, building: value, monthly_rent: text,
  water_cost_per_resident: text, support: value, night_support: value, empty_rooms: text,
};

function buildRequest() {
  const home = readFields(form, "home.", HOME);
  if (home.building !== "rented") home.monthly_rent = null;
  home.satellite_vacancies = satellites.read();
  lastRequest = { calculator: "yokohama_gh.month", service_month: text(form, "service_month"), home, residents: residents.read() };
  return lastRequest;
}

/** The request last sent (carried by 「円で見る」, with the home's national 共同生活援助 報酬). */
let lastRequest = null;

// ------------------------------------------------------------------ render

function residentName(p) {
  return p.name ? `${p.index + 1} ${p.name}` : `入居者${p.index + 1}`;
}

function amountCell(it) {
  return num(it.eligible ? [yen(it.amount), el("br"), el("small", {}, ROUTE_SHORT[it.route])] : el("span", {}, "対象外"), { "data-testid": `r-${it.item}` });
}

function render(r, page) {
  const v = r.vacancy;
  const vacancyRow = (label, each, rooms, amount) => el("tr", {}, el("th", { scope: "row" }, label), num(yen(each)), num(rooms), num(yen(amount)));
  showResult(page.result, "計算結果",
    el("p", {}, `${r.month_label}・入居者${r.residents.length}人・空室${v.empty_rooms}室`),
    totals(
      ["合計（市単独加算＋運営費補助）", el("strong", { "data-testid": "total" }, yen(r.total))],
      r.route_totals.map((t) => [t.label, yen(t.amount), { "data-testid": `route-${t.route}` }]),
    ),
    el("h3", {}, "入居者ごとの市単独加算"),
    dataTable({ class: "gh-residents" }, "入居者ごとの市単独加算と請求方法",
      thead(["入居者", "在籍日数", "建物借上加算", "水道料金加算", "介護支援加算", "運営基本費", "サービス管理費", "合計"]),
      el("tbody", {}, r.residents.map((p) => el("tr", {},
        el("th", { scope: "row" }, residentName(p)),
        num(`${p.days_enrolled}/${p.month_days}日`),
        ITEMS.map((k) => amountCell(p[k])),
        num(el("strong", {}, yen(p.total))),
      ))),
      el("tfoot", {}, el("tr", {}, el("th", { scope: "row" }, "合計"), el("td", {}, ""),
        r.item_totals.slice(0, 5).map((t) => num(yen(t.amount))),
        num(yen(r.residents.reduce((a, p) => a + p.total, 0))))),
    ),
    el("h3", {}, "空室の運営費補助（2月に交付申請・年度分）"),
    dataTable({ class: "gh-vacancy" }, "空室の運営費補助",
      thead(["項目", "1室月額", "室数", "月額"]),
      el("tbody", {},
        vacancyRow("建物借上補助", v.rent_per_room, `${v.empty_rooms}室`, v.rent),
        vacancyRow("要介護支援費", v.care_per_room, `${v.empty_rooms}室`, v.care),
        v.satellite.map((a, i) => vacancyRow(`サテライト型住居に係る家賃補助（空室${i + 1}）`, a, "1室", a)),
      ),
      el("tfoot", {}, el("tr", {}, el("th", { scope: "row" }, "合計"), el("td", {}, ""), el("td", {}, ""), num(yen(v.total)))),
    ),
    el("h3", {}, "項目別の合計"),
    dataTable({ class: "gh-items" }, "項目別の合計",
      thead(["項目", "金額"]),
      el("tbody", {}, r.item_totals.map((t) => el("tr", {}, el("th", { scope: "row" }, t.label), num(yen(t.amount), { "data-testid": `item-${t.item}` })))),
    ),
    resultActions(() => csv(r)),
    toMoney(lastRequest, "国の共同生活援助の報酬と並べて円で見る（利用者負担・給付費・家賃助成）"),
    el("h3", {}, "入居者ごとの理由と請求方法"),
    r.residents.map((p) => el("details", { class: "day-steps" },
      el("summary", {}, `${residentName(p)}　合計 ${yen(p.total)}`),
      el("ul", {}, ITEMS.map((k) => el("li", {}, `${p[k].label}: ${p[k].eligible ? yen(p[k].amount) : "対象外"} — ${p[k].reason}`))))),
    el("h3", {}, "計算の根拠"),
    renderSteps(r.steps),
  );
}

function csv(r) {
  downloadCsv(`yokohama-gh-${r.service_month}.csv`, [
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
  ]);
}

// ------------------------------------------------------------------ start

/** The seed's example: 4人定員・365日、1月17日に区分2の入居者が入居。 */
function example(page) {
  form.reset();
  document.getElementById("service_month").value = "2026-01";
  document.getElementById("capacity").value = "4";
  document.getElementById("rent").value = "200000";
  document.getElementById("night").checked = true;
  residents.set([
    { name: "Aさん", kubun: "2", authority: "yokohama", national_claim: "basic", move_in: "2026-01-17" },
    { name: "Bさん", kubun: "4", authority: "yokohama", national_claim: "basic" },
    { name: "Cさん", kubun: "3", authority: "other", national_claim: "basic" },
  ]);
  satellites.set([]);
  document.getElementById("empty").value = "1";
  document.getElementById("service_month").dispatchEvent(new Event("change"));
  page.calculate();
}

runPage({
  defaults: { service_month: thisMonth },
  buildRequest,
  render,
  init(page) {
    for (const roster of [residents, satellites]) {
      roster.buildHead();
      roster.build(roster.stateCount(page.state));
    }
    document.getElementById("example").addEventListener("click", () => example(page));
  },
  cleared() {
    residents.reset();
    satellites.reset();
  },
});
