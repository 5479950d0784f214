// CSV that Excel opens correctly, downloaded without leaving the page.

import { el } from "./core.mjs";

/** A CSV: UTF-8 with BOM, CRLF, every field quoted when needed. */
export function toCsv(rows) {
  const q = (v) => {
    let s = v === null || v === undefined ? "" : String(v);
    // A cell starting with = + @ would be read by Excel as a formula.
    if (/^[=+@\t\r]/.test(s)) s = "'" + s;
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return "\uFEFF" + rows.map((r) => r.map(q).join(",")).join("\r\n") + "\r\n";
}

let note = "";

/**
 * What the result the CSV is made from rests on, when any figure behind it is
 * not official (set by the page after each result; "" otherwise): written as
 * the CSV's first row, as on the headline and in print.
 */
export function setCsvNote(text) {
  note = text || "";
}

export function downloadCsv(filename, rows) {
  const all = note ? [["根拠についての注意", note], [], ...rows] : rows;
  const blob = new Blob([toCsv(all)], { type: "text/csv;charset=utf-8" });
  const a = el("a", { href: URL.createObjectURL(blob), download: filename });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

/** A value for a CSV cell: null and undefined as an empty cell. */
export const cell = (x) => (x === null || x === undefined ? "" : x);
