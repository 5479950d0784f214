// モニタリング期間: builds a `soudan.monitoring` request and shows the national
// standard period and the months of the 支給決定期間 with モニタリング.

import { el } from "../lib/core.mjs";
import { monitoringCells, monthGrid as grid } from "../lib/month-grid.mjs";
import { downloadCsv } from "../lib/csv.mjs";
import { renderSteps } from "../lib/explain.mjs";
import { figureMap, readFields, showFigureValues, text, value } from "../lib/form.mjs";
import { runPage } from "../lib/page.mjs";
import { dataTable, num, resultActions, showResult, thead, totals } from "../lib/result.mjs";

const SERVICES = [
  ["home-3", [["kyotaku", "居宅介護"], ["kodo", "行動援護"], ["doko", "同行援護"], ["jyudo-homon", "重度訪問介護"], ["tanki", "短期入所"],
    ["gh-nichu", "日中サービス支援型共同生活援助"], ["iko", "就労移行支援"], ["teichaku", "就労定着支援"], ["kunren", "自立訓練"], ["jiritsu-seikatsu", "自立生活援助"]]],
  ["home-6", [["seikatsu-kaigo", "生活介護"], ["keizoku", "就労継続支援"], ["gh", "共同生活援助（日中サービス支援型を除く）"], ["chiiki-teichaku", "地域定着支援"], ["jido-tsusho", "障害児通所支援"]]],
  ["facility", [["shisetsu", "障害者支援施設（施設入所支援）"], ["ryoyo", "療養介護"], ["hokatsu", "重度障害者等包括支援"], ["chiiki-iko", "地域移行支援"]]],
];
const IDS = SERVICES.flatMap(([, list]) => list);

const form = document.getElementById("form");

function buildChecks() {
  for (const [group, list] of SERVICES) {
    document.getElementById(`group-${group}`).replaceChildren(...list.map(([id, label]) => el("div", { class: "field check" },
      el("input", { id: `svc-${id}`, name: `svc.${id}`, type: "checkbox" }), el("label", { for: `svc-${id}` }, label))));
  }
}

function buildRequest() {
  return {
    calculator: "soudan.monitoring",
    services: IDS.filter(([id]) => value(form, `svc.${id}`)).map(([id]) => id),
    ...readFields(form, "", { new_user: value, intensive: value, elderly_no_care_management: value, start_month: text, end_month: text, count_from: value, reading: value }),
  };
}

const KIND = { monitoring: "モニタリング", final: "モニタリング・計画案（終期月）", none: "—" };

/** The months as the guidebook draws them: a grid of cells marked モ / モ案, and whether 請求 is possible. */
function monthGrid(r) {
  return grid(monitoringCells(r.schedule), { id: "month-grid", "aria-label": "支給決定期間の月（モ: モニタリング、モ案: 終期月のモニタリング・計画案）" });
}

function render(r, page) {
  showResult(page.result, "計算結果",
    totals(
      ["国の標準期間", [el("strong", { "data-testid": "period" }, r.period_label), r.new_months ? `（最初の${r.new_months}か月は毎月）` : ""]],
      ["月の決め方", el("span", { "data-testid": "reading" }, r.reading_label)],
      ["モニタリングを行う月", r.schedule.filter((s) => s.kind !== "none").map((s) => s.label).join("、"), { "data-testid": "months" }],
    ),
    el("h3", {}, "月の一覧（モ：モニタリング　モ案：終期月のモニタリング・計画案）"),
    monthGrid(r),
    dataTable({ class: "lines", id: "schedule" }, el("caption", {}, "支給決定期間の各月"),
      thead(["月", "何か月目", "モニタリング", "継続サービス利用支援の請求"]),
      el("tbody", {}, r.schedule.map((s) => el("tr", { class: s.kind === "none" ? "" : "mon" },
        el("th", { scope: "row" }, s.label), num(s.index), el("td", {}, s.mark ? `${s.mark}　${KIND[s.kind]}` : "—"),
        el("td", {}, s.billable ? "請求できる" : "請求できない（予定月でない）")))),
    ),
    resultActions(() => csv(r)),
    el("h3", {}, "計算の根拠"),
    renderSteps(r.steps),
  );
}

function csv(r) {
  downloadCsv(`hoshu-monitoring-${r.schedule[0]?.month ?? ""}.csv`, [["国の標準期間", r.period_label], ["月の決め方", r.reading_label], [],
    ["月（西暦）", "月", "何か月目", "モニタリング", "印", "継続サービス利用支援の請求"],
    ...r.schedule.map((s) => [s.month, s.label, s.index, KIND[s.kind], s.mark, s.billable ? "請求できる" : "請求できない"])]);
}

runPage({
  buildRequest,
  render,
  init: buildChecks,
  // The periods in the groups' legends and hints, from the data.
  setup: (page) => showFigureValues(figureMap(page.core, "soudan.monitoring")),
});
