// A city's presets and locks (embed.js's data-municipality, data-month,
// data-service, data-fiscal-year, data-lock; or the same in a link's URL):
//
//   ?preset.municipality=横浜市&preset.month=2025-04&lock=municipality
//
// A preset sets its field on arrival, unless the saved state sets it; a locked
// preset always sets it, and the field is shown read-only with the reason
// (「市町村の設定により固定されています」). A value may be a field's value or
// the text of its choice ("就労継続支援B型"; "横浜市" for 神奈川県横浜市（2級地）).
// A name or value the page cannot use is ignored with a console warning.

import { el } from "./core.mjs";
import { setControl } from "./form.mjs";

/** Each preset's name and the form fields it may set (the first the page has). */
export const PRESET_FIELDS = {
  municipality: ["region.municipality"],
  month: ["service_month"],
  "fiscal-year": ["fiscal_year", "first_fiscal_year"],
  service: ["service"],
};

export const LOCK_NOTE = "市町村の設定により固定されています。";

/** The presets of a URL query: [{ name, value, locked }]. */
export function readPresets(params = new URLSearchParams(location.search)) {
  const locks = new Set((params.get("lock") || "").split(",").map((s) => s.trim()).filter(Boolean));
  const out = [];
  for (const [k, value] of params) {
    if (!k.startsWith("preset.")) continue;
    const name = k.slice("preset.".length);
    if (PRESET_FIELDS[name]) out.push({ name, value, locked: locks.has(name) });
    else console.warn(`hoshu: ${k} は使えない設定です（使えるもの: ${Object.keys(PRESET_FIELDS).join(", ")}）`);
  }
  for (const name of locks) {
    if (!out.some((p) => p.name === name)) console.warn(`hoshu: lock=${name} には値の設定（preset.${name}）がないため、固定しません`);
  }
  return out;
}

/** The field name and control a preset sets on this form, or null. */
function target(form, name) {
  for (const field of PRESET_FIELDS[name]) {
    const c = form.elements.namedItem(field);
    if (c) return { field, c };
  }
  return null;
}

/** [value, text] of each choice of a select or a radio group; null for a text or month field. */
function choices(c) {
  if (c instanceof RadioNodeList) return [...c].map((r) => [r.value, r.labels?.[0]?.textContent ?? ""]);
  if (c.tagName === "SELECT") return [...c.options].map((o) => [o.value, o.textContent]);
  return null;
}

/** The control's value that `wanted` names, or null. */
function resolve(c, wanted) {
  const w = wanted.trim();
  const list = choices(c);
  if (!list) return c.type === "month" && !/^\d{4}-\d{2}$/.test(w) ? null : w;
  const exact = list.find(([v, t]) => v === w || t.trim() === w);
  if (exact) return exact[0];
  const named = list.filter(([, t]) => {
    const n = t.replace(/（.*$/, "").trim();
    return n === w || (w.length >= 2 && n.endsWith(w));
  });
  return named.length === 1 ? named[0][0] : null;
}

/** Adds an id to an element's aria-describedby. */
function describe(e, id) {
  const ids = (e.getAttribute("aria-describedby") || "").split(" ").filter(Boolean);
  if (!ids.includes(id)) e.setAttribute("aria-describedby", [...ids, id].join(" "));
}

/** Shows a control fixed at `v`: read-only, the other choices gone or disabled, the reason beside it. */
function lock(c, field, v) {
  const first = c instanceof RadioNodeList ? c[0] : c;
  const box = first.closest("[data-field]") || first.parentElement;
  const noteId = `locked-${field.replace(/[^\w-]/g, "-")}`;
  if (!document.getElementById(noteId)) box.append(el("p", { class: "hint locked-note", id: noteId }, LOCK_NOTE));
  box.classList.add("locked");
  if (c instanceof RadioNodeList) {
    for (const r of c) r.disabled = r.value !== v;
    if (box.getAttribute("role") === "radiogroup") box.setAttribute("aria-readonly", "true");
    describe(box.getAttribute("role") ? box : first, noteId);
    return;
  }
  if (c.tagName === "SELECT") {
    for (const o of [...c.options]) if (o.value !== v) o.remove();
    for (const g of [...c.querySelectorAll("optgroup")]) if (!g.children.length) g.remove();
    c.setAttribute("aria-readonly", "true");
  } else {
    c.readOnly = true;
  }
  describe(c, noteId);
}

/**
 * Sets the form's fields from the presets: each preset whose field `state`
 * does not set (every one when `state` is null, e.g. after 入力を消す), and
 * every locked one, which is then shown read-only with the reason.
 */
export function applyPresets(form, presets, state = null) {
  for (const p of presets) {
    const t = target(form, p.name);
    if (!t) {
      console.warn(`hoshu: preset.${p.name} はこの計算機にない項目です`);
      continue;
    }
    const v = resolve(t.c, p.value);
    if (v === null) {
      console.warn(`hoshu: preset.${p.name}=${p.value} はこの計算機の選択肢・形式にありません`);
      continue;
    }
    if (p.locked || !state || !state.has(t.field)) setControl(t.c, v);
    if (p.locked) lock(t.c, t.field, v);
  }
}
