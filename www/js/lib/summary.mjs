// The inputs in brief, for a printed handout: every control the user set (left
// out: those still at their default, hidden, disabled, or inside an element
// marked `data-summary="skip"`), by its label, grouped by the form's sections.
// Shown only in print (site.css `.print-only`); the form itself is not printed.

import { el } from "./core.mjs";
import { warekiText } from "./format.mjs";

/** The text of the elements whose ids `ids` lists (aria-labelledby). */
function textOf(ids) {
  return ids.split(/\s+/).map((id) => document.getElementById(id)?.textContent.trim() || "").filter(Boolean).join(" ");
}

/** A control's name as a person reads it: its label, aria-label or aria-labelledby. */
function labelOf(c) {
  const label = c.labels && c.labels[0] ? c.labels[0].textContent.trim() : "";
  return label || c.getAttribute("aria-label") || textOf(c.getAttribute("aria-labelledby") || "")
    || textOf(c.closest("[aria-labelledby]")?.getAttribute("aria-labelledby") || "") || c.name;
}

/** What a control holds, when it is not its default (null otherwise); `core` gives the 和暦 of a date or month without one beside it (a roster's cells). */
function setValue(c, core) {
  if (c.type === "checkbox") return c.checked === c.defaultChecked ? null : c.checked ? "はい" : "いいえ";
  if (c.type === "radio") {
    if (!c.checked || c.defaultChecked) return null;
    return c.labels && c.labels[0] ? c.labels[0].textContent.trim() : c.value;
  }
  if (c.tagName === "SELECT") {
    const opts = [...c.options];
    const def = opts.find((o) => o.defaultSelected) || opts[0];
    const cur = c.selectedOptions[0];
    return !cur || cur === def ? null : cur.textContent.trim();
  }
  const v = c.value.trim();
  if (v === "" || v === c.defaultValue) return null;
  // A date, month or 年度 with its 和暦 as the form shows it beside the field.
  const beside = c.id ? document.getElementById(`${c.id}-wareki`) : null;
  const wareki = beside ? beside.textContent.trim() : ["date", "month"].includes(c.type) ? warekiText(core, c.type, v) : "";
  return wareki && !v.includes(wareki) ? `${v}（${wareki}）` : v;
}

/** The section a control belongs to: its outermost fieldset's legend. */
function sectionOf(c, form) {
  let top = null;
  for (let f = c.closest("fieldset"); f && form.contains(f); f = f.parentElement?.closest("fieldset")) top = f;
  return top?.querySelector(":scope > legend")?.textContent.trim() || "";
}

/** The summary of what is set in `form`, as a print-only section (null when nothing is); `core` (optional) for the 和暦 of a roster's dates. */
export function inputSummary(form, core = null) {
  const groups = new Map();
  for (const c of form.elements) {
    if (!c.name || c.disabled || ["hidden", "button", "submit", "reset"].includes(c.type)) continue;
    if (c.closest("[hidden]") || c.closest('[data-summary="skip"]')) continue;
    const v = setValue(c, core);
    if (v === null) continue;
    const name = c.type === "radio" ? labelOf(c.closest("[role=radiogroup]") || c) : labelOf(c);
    const key = sectionOf(c, form);
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push([name, v]);
  }
  if (!groups.size) return null;
  // A label is prefixed by its section only where another section has the
  // same label (a roster's 「入居者1の呼び名」 needs no 「入居者（…）・」 before it).
  const seen = new Map();
  for (const [section, items] of groups) for (const [k] of items) seen.set(k, (seen.get(k) || new Set()).add(section));
  const named = (section, k) => section && seen.get(k).size > 1 && !k.startsWith(section) ? `${section.replace(/^\d+\.\s*/, "")}・${k}` : k;
  return el("section", { class: "print-summary print-only" },
    el("h3", {}, "入力した内容"),
    el("dl", {}, [...groups].flatMap(([section, items]) => items.map(([k, v]) =>
      el("div", {}, el("dt", {}, named(section, k)), el("dd", {}, v))))));
}
