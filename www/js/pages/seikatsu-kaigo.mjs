// 生活介護 page: builds a `seikatsu_kaigo.month` request from the form, shows
// the result, its explanation, and every problem beside its field.

import { el } from "../lib/core.mjs";
import { downloadCsv } from "../lib/csv.mjs";
import { explanation } from "../lib/explain.mjs";
import { controlValue, duration, readFields, setControl, text, userFigures, value } from "../lib/form.mjs";
import { daysInMonth, hm, thisMonth, units, weekday } from "../lib/format.mjs";
import { runPage } from "../lib/page.mjs";
import { dataTable, num, resultActions, showResult, thead } from "../lib/result.mjs";
import { toMoney } from "../lib/to-money.mjs";

const SITUATIONS = [
  ["as_planned", "計画どおり"],
  ["shorter_unavoidable", "やむを得ない事情で短くなった（ア）"],
  ["clinic_visit", "定期通院による遅刻・早退・中抜け"],
  ["shorter_other", "本人の都合等で短くなった"],
  ["longer_caregiver", "介護者の就業等で長くなった（オ）"],
  ["short_business_day", "営業時間を短くしている日（問26）"],
];

const form = document.getElementById("form");
const monthInput = document.getElementById("service_month");
const body = document.getElementById("days-body");
let core = null;
/** The request last sent (carried by 「円で見る」). */
let lastRequest = null;

function currentMonth() {
  const m = /^(\d{4})-(\d{1,2})$/.exec((monthInput.value || "").trim());
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  return mo >= 1 && mo <= 12 ? { y, m: mo } : null;
}

/** Builds one row per day of the month, keeping what was typed for each day number. */
function buildDays() {
  const kept = new Map();
  for (const c of form.elements) if (c.name && c.name.startsWith("day.")) kept.set(c.name, controlValue(c));
  body.replaceChildren();
  const cm = currentMonth();
  if (!cm) {
    body.append(el("tr", {}, el("td", { colspan: "4" }, "サービス提供月を入力すると、日付の一覧が表示されます。")));
    return;
  }
  const n = daysInMonth(cm.y, cm.m);
  const holidays = monthHolidays(cm);
  for (let d = 1; d <= n; d++) body.append(dayRow(cm, d, holidays));
  for (const [k, v] of kept) {
    const c = form.elements.namedItem(k);
    if (c) setControl(c, v);
  }
}

/** 祝日・休日 of the month (the core's 祝日法 rules: not a 平日), date → name; none before the core is loaded. */
function monthHolidays(cm) {
  return new Map((core ? core.holidays(`${cm.y}-${String(cm.m).padStart(2, "0")}`) : []).map((h) => [h.date, h.name]));
}

/**
 * The rows built before the core was loaded, completed with what the core
 * gives (each day's 和暦, the 祝日): a row whose day is a 祝日 is built again
 * (keeping its values), the others only get their 和暦.
 */
function completeDays() {
  const cm = currentMonth();
  const rows = [...body.rows];
  if (!cm || rows.length !== daysInMonth(cm.y, cm.m)) return buildDays();
  const holidays = monthHolidays(cm);
  rows.forEach((row, i) => {
    const d = i + 1;
    const date = dayDate(cm, d);
    if (!holidays.has(date)) {
      row.querySelector(".wareki-small").textContent = core.wareki(date);
      return;
    }
    const kept = [...row.querySelectorAll("[name]")].map((c) => [c.name, controlValue(c)]);
    row.replaceWith(dayRow(cm, d, holidays));
    for (const [k, v] of kept) setControl(form.elements.namedItem(k), v);
  });
}

/** A day of the month as `2024-06-01`. */
function dayDate(cm, d) {
  return `${cm.y}-${String(cm.m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** One day's row: use, date (with its 和暦 and 祝日), situation, actual time. */
function dayRow(cm, d, holidays) {
  const wd = weekday(cm.y, cm.m, d);
  const date = dayDate(cm, d);
  const holiday = holidays.get(date);
  const label = `${cm.m}月${d}日（${holiday ? `${wd}・祝` : wd}）`;
  const use = el("input", { type: "checkbox", id: `day-${d}-use`, name: `day.${d}.use`, "data-date": date, "data-weekday": wd, "data-holiday": holiday || null });
  const sel = el("select", { id: `day-${d}-situation`, name: `day.${d}.situation`, "aria-label": `${label}の状況` },
    SITUATIONS.map(([v, t]) => el("option", { value: v }, t)));
  const h = el("input", { id: `day-${d}-h`, name: `day.${d}.actual.h`, inputmode: "numeric", size: "3", autocomplete: "off", "aria-label": `${label}の実際の時間（時間）` });
  const m = el("input", { id: `day-${d}-m`, name: `day.${d}.actual.m`, inputmode: "numeric", size: "3", autocomplete: "off", "aria-label": `${label}の実際の時間（分）` });
  const wareki = core ? core.wareki(date) : "";
  return el("tr", { class: holiday ? "holiday" : wd === "土" || wd === "日" ? "weekend" : "" },
    el("td", { class: "use" }, use, el("label", { for: use.id, class: "visually-hidden" }, `${label}を利用`)),
    el("td", { class: "date", "data-day": d }, el("span", {}, label), holiday ? el("span", { class: "holiday-name" }, ` ${holiday}`) : null,
      el("span", { class: "wareki-small" }, wareki)),
    el("td", { class: "situation", "data-day": d }, sel),
    el("td", { class: "actual", "data-day": d }, h, " 時間 ", m, " 分"),
  );
}

/** The request, and the mapping of `days[i]` to the table's rows (for problems). */
function buildRequest() {
  for (const e of body.querySelectorAll("[data-field]")) e.removeAttribute("data-field");
  const days = [];
  for (const use of body.querySelectorAll('input[type="checkbox"]')) {
    if (!use.checked) continue;
    const d = use.name.split(".")[1];
    const i = days.length;
    const row = use.closest("tr");
    row.querySelector("td.date").dataset.field = `days[${i}].date`;
    row.querySelector("td.situation").dataset.field = `days[${i}].situation`;
    row.querySelector("td.actual").dataset.field = `days[${i}].actual_minutes`;
    days.push({ date: use.dataset.date, situation: value(form, `day.${d}.situation`), actual_minutes: duration(form, `day.${d}.actual`) });
  }
  lastRequest = {
    calculator: "seikatsu_kaigo.month",
    service_month: text(form, "service_month"),
    office: readFields(form, "office.", { capacity: text, extension_addition: value }),
    user: readFields(form, "user.", { kubun: text, facility_resident: value }),
    plan: readFields(form, "plan.", {
      service_minutes: duration, transport_round_trip_minutes: duration, transport_service_not_local: value, transport_shared_route: value,
      trait_reason: text, behavior_score: text, trait_minutes: duration, in_home_care_minutes: duration,
    }),
    days,
    user_figures: userFigures(form),
  };
  return lastRequest;
}

function render(r, page) {
  const st = r.standard_time;
  showResult(page.result, "計算結果",
    el("p", { class: "total" },
      `${r.month_label}　合計 `, el("strong", { class: "total-units", "data-testid": "total-units" }, units(r.total_units)),
      `（基本報酬 ${units(r.basic_units_total)}＋延長支援加算 ${units(r.extension_units_total)}、利用 ${r.day_count}日）`),
    el("p", {}, `${r.capacity_tier}・${r.kubun}`),
    el("h3", {}, "標準的な時間（Q&A VOL.1 問29 の記載イメージ）"),
    el("table", { class: "layout" },
      el("caption", { class: "visually-hidden" }, "標準的な時間の内訳"),
      el("tbody", {}, st.layout.map((row, i) =>
        el("tr", { class: i === st.layout.length - 1 ? "sum" : "" }, el("th", { scope: "row" }, row.label), el("td", {}, row.text))))),
    el("p", {}, "実績記録票の「算定時間数」: ", el("strong", {}, st.santei_jikan), "（Q&A VOL.2 問22）"),
    el("h3", { class: "day-results-heading" }, "日ごとの所要時間区分と単位数"),
    dataTable({ class: "day-results" }, "日ごとの結果",
      thead(["日付", "その日の状況", "算定に用いた時間", "所要時間区分", "基本報酬", "延長支援加算", "計"]),
      el("tbody", {}, r.days.map((d) => el("tr", {},
        el("th", { scope: "row" }, d.date_label),
        el("td", {}, d.situation_label),
        el("td", {}, `${hm(d.basis_minutes)}（${d.basis === "standard" ? "標準的な時間" : "実際の時間"}）`),
        el("td", {}, d.band_label.replace("所要時間区分 ", "") + (d.capped_for_resident ? "（施設入所者の上限）" : "")),
        [d.basic_units, d.extension_units, d.total_units].map((x) => num(x)),
      ))),
      el("tfoot", {}, el("tr", {}, el("th", { scope: "row", colspan: "4" }, "合計"),
        [r.basic_units_total, r.extension_units_total, r.total_units].map((x) => num(x)))),
    ),
    resultActions(() => csv(r)),
    toMoney(lastRequest),
    explanation("計算の根拠", r.steps, "日ごとの根拠", r.days, (d) => `${d.date_label}　${units(d.total_units)}`, { print: false }),
  );
}

function csv(r) {
  downloadCsv(`seikatsu-kaigo-${r.service_month}.csv`, [
    ["計算", "生活介護 1か月の基本報酬"],
    ["サービス提供月", r.service_month, r.month_label],
    ["利用定員", r.capacity_tier],
    ["障害支援区分", r.kubun],
    ["標準的な時間（算定時間数）", r.standard_time.santei_jikan],
    ...r.standard_time.layout.map((l) => [l.label, l.text, l.minutes + "分"]),
    [],
    ["日付（西暦）", "日付（和暦）", "その日の状況", "算定に用いた時間（分）", "時間の種類", "所要時間区分", "基本報酬（単位）", "延長支援加算（単位）", "計（単位）"],
    ...r.days.map((d) => [d.date, core.wareki(d.date), d.situation_label, d.basis_minutes, d.basis === "standard" ? "標準的な時間" : "実際の時間",
      d.band_label.replace("所要時間区分 ", ""), d.basic_units, d.extension_units, d.total_units]),
    ["合計", "", "", "", "", "", r.basic_units_total, r.extension_units_total, r.total_units],
  ]);
}

function selectDays(pred) {
  for (const use of body.querySelectorAll('input[type="checkbox"]')) use.checked = pred(use.dataset.weekday, use.dataset.holiday);
}

runPage({
  defaults: { service_month: thisMonth },
  buildRequest,
  render,
  init(page) {
    // The days of the saved month, so that the saved days can be restored into them.
    if (page.state.get("service_month")) monthInput.value = page.state.get("service_month");
    buildDays();
    monthInput.addEventListener("change", buildDays);
    document.getElementById("select-weekdays").addEventListener("click", () => selectDays((w, holiday) => w !== "土" && w !== "日" && !holiday));
    document.getElementById("select-none").addEventListener("click", () => selectDays(() => false));
    // The keyboard past the month's days (up to four controls a day) to 計算する.
    document.getElementById("skip-days").addEventListener("click", (e) => {
      const calculate = document.getElementById("calculate");
      if (calculate.disabled) return; // the core still loading: the link only scrolls there
      e.preventDefault();
      calculate.focus();
    });
  },
  setup(page) {
    core = page.core;
    completeDays(); // each day's 和暦 and 祝日
  },
  cleared: buildDays,
});
