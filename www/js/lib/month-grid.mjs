// A month grid as the 四日市 guidebook draws モニタリング: months across, each
// cell with its month, a mark (モ / モ案 / 70% …) and a note (請求可 …).
// Used by soudan-monitoring (the schedule) and drills.html (モニタリング and
// 減算 timelines).

import { el } from "./core.mjs";

/** The month's short name in a grid: 令和6年9月 → 9月 (the year where it changes: the first cell and January). */
export function shortMonth(month, label, i) {
  const m = Number(month.slice(5, 7));
  return i === 0 || m === 1 ? label.replace(/（.*$/, "") : `${m}月`;
}

/**
 * The grid: `cells` are { month, mark, note, cls, title } (month: the text of
 * the cell's first line); `attrs` the list's (an id, its aria-label).
 */
export function monthGrid(cells, attrs) {
  return el("ol", { class: "month-grid", ...attrs },
    cells.map((c) => el("li", { class: c.cls || "", title: c.title || null },
      el("span", { class: "m" }, c.month),
      el("span", { class: "mark" }, c.mark || "—"),
      el("span", { class: "bill" }, c.note || ""))));
}

/** The cells of a モニタリング schedule (soudan.monitoring's `schedule`). */
export function monitoringCells(schedule, cls = (s) => (s.kind === "none" ? "" : s.kind === "final" ? "final" : "mon")) {
  return schedule.map((s, i) => ({
    month: shortMonth(s.month, s.label, i), mark: s.mark, note: s.billable ? "請求可" : "請求不可", cls: cls(s), title: s.label,
  }));
}
