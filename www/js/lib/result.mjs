// The result area: its heading and content, the tables results are shown in,
// and the row of actions under a result (print, CSV, copy the URL).

import { el, fill, morph } from "./core.mjs";
import { shareUrl } from "./embed-host.mjs";
import { fmt } from "./format.mjs";

let live = false;

/** Runs `render` as a live update (`true`: the user is typing) or not. */
export function updating(isLive, render) {
  live = isLive;
  try {
    render();
  } finally {
    live = false;
  }
}

/**
 * Shows a result: the heading, then `children`, changing only what differs
 * from the result shown; marks the area ok and moves the focus to it —
 * except in a live update, which leaves the focus where the user types.
 */
export function showResult(result, heading, ...children) {
  const first = result.dataset.state !== "ok";
  result.dataset.state = "ok";
  if (first) fill(result, el("h2", { id: "result-heading" }, heading), ...children);
  else morph(result, el("h2", { id: "result-heading" }, heading), ...children);
  // The focus moves once the result is laid out (in the next frame), not
  // by forcing a layout here — unless the user has moved it meanwhile (a
  // field clicked while a saved state was calculated on arrival).
  if (!live) {
    const before = document.activeElement;
    requestAnimationFrame(() => {
      if (document.activeElement === before) result.focus();
    });
  }
}

/** A number cell: `num(1234)` → <td class="num">1,234</td> (text and elements as they are); `attrs` are added (e.g. a data-testid). */
export function num(x, attrs = {}) {
  return el("td", { class: "num", ...attrs }, typeof x === "number" || x === null ? fmt.format(x) : x);
}

/** A <thead> of column headings. */
export function thead(heads) {
  return el("thead", {}, el("tr", {}, heads.map((h) => el("th", { scope: "col" }, h))));
}

/**
 * A table in a scrolling wrapper (while it is wider than its box, a named
 * region the keyboard can scroll, saying so: js/lib/scrollers.mjs), with a
 * caption only screen readers read (unless `caption` is an element).
 */
export function dataTable(attrs, caption, ...parts) {
  return el("div", { class: "table-wrap" }, el("table", attrs,
    caption instanceof Node ? caption : el("caption", { class: "visually-hidden" }, caption), ...parts));
}

/** A breakdown of units: item, units each, count, units (the `lines` of a user or a case). */
export function linesTable(caption, countHead, lines) {
  return el("table", { class: "lines" },
    el("caption", {}, caption),
    thead(["項目", "単位", countHead, "単位数"]),
    el("tbody", {}, lines.map((l) => el("tr", {}, el("th", { scope: "row" }, l.item), num(l.per), num(l.count), num(l.units)))));
}

/**
 * A <dl class="totals"> from entries [term, description, description's
 * attributes?], or lists of such entries; null entries are left out.
 */
export function totals(...entries) {
  const list = entries.filter(Boolean).flatMap((e) => (e.length === 0 || Array.isArray(e[0]) ? e : [e]));
  return el("dl", { class: "totals" }, list.map(([dt, dd, attrs]) => [el("dt", {}, dt), el("dd", attrs || {}, dd)]));
}

/** The row under a result: print, download the CSV (`onCsv`), copy the page's URL. */
export function resultActions(onCsv) {
  return el("div", { class: "button-row no-print" },
    el("button", { type: "button", onclick: () => window.print() }, "印刷する"),
    el("button", { type: "button", onclick: onCsv }, "CSVをダウンロード"),
    el("button", { type: "button", onclick: copyUrl }, "この計算のURLをコピー"),
    el("span", { role: "status", class: "copy-status" }));
}

/** Copies the calculation's address (in a frame: the host page's, see embed-host.mjs); shows it when the clipboard refuses. */
async function copyUrl(e) {
  const status = e.currentTarget.parentElement.querySelector(".copy-status");
  const url = shareUrl();
  status.dataset.url = url;
  try {
    await navigator.clipboard.writeText(url);
    status.textContent = "URLをコピーしました。";
  } catch {
    status.textContent = `この計算のURL: ${url}`;
  }
}
