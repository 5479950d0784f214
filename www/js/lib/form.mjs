// Reading and setting the form's controls, and showing figures of the data in
// the page's text.

/** The value of a named control as typed ("" when empty), or a boolean for a checkbox. */
export function value(form, name) {
  const c = form.elements.namedItem(name);
  if (!c) return null;
  if (c instanceof RadioNodeList) return c.value;
  if (c.type === "checkbox") return c.checked;
  return c.value;
}

/** A text value, or null when blank (so the core reports "required" rather than "invalid"). */
export function text(form, name) {
  const v = value(form, name);
  return typeof v === "string" && v.trim() !== "" ? v : null;
}

/** A duration from a pair of controls `<name>.h` and `<name>.m`: "H:M", or null when both are blank. */
export function duration(form, name) {
  const h = text(form, `${name}.h`);
  const m = text(form, `${name}.m`);
  if (h === null && m === null) return null;
  return `${h ?? "0"}:${m ?? "0"}`;
}

/**
 * A group of fields as the request wants them: `readFields(form, "office.",
 * { capacity: text, night_support: value })` → { capacity: "20" or null, night_support: "i" }.
 */
export function readFields(form, prefix, readers) {
  const out = {};
  for (const [k, read] of Object.entries(readers)) out[k] = read(form, prefix + k);
  return out;
}

/** The figures the user entered for missing figures (`user_figures.<key>` controls). */
export function userFigures(form) {
  const out = {};
  for (const c of form.elements) {
    if (c.name && c.name.startsWith("user_figures.") && c.value.trim() !== "") {
      out[c.name.slice("user_figures.".length)] = c.value;
    }
  }
  return out;
}

/** Sets one control (a checkbox from a boolean or "1"/"true", a radio group or any other control from text). */
export function setControl(c, v) {
  if (c instanceof RadioNodeList) c.value = v;
  else if (c.type === "checkbox") c.checked = v === true || v === "1" || v === "true";
  else c.value = v;
}

/** A control's value as kept when rows are rebuilt: a checkbox's state, or the text. */
export function controlValue(c) {
  return c.type === "checkbox" ? c.checked : c.value;
}

/** The registered figures under `prefix` (`core.figures`), by key. */
export function figureMap(core, prefix) {
  return new Map(core.figures(prefix).map((f) => [f.key, f]));
}

/** A decimal's text × 100, exactly (`"0.35"` → `"35"`, `"0.075"` → `"7.5"`): no binary float. */
export function percentText(v) {
  const m = /^(\d+)(?:\.(\d*))?$/.exec(String(v));
  if (!m) return String(v);
  const frac = (m[2] || "").padEnd(2, "0");
  const whole = (m[1] + frac.slice(0, 2)).replace(/^0+(?=\d)/, "");
  const rest = frac.slice(2).replace(/0+$/, "");
  return rest ? `${whole}.${rest}` : whole;
}

/**
 * Writes each figure's value into the elements that name it
 * (`data-figure-value="<key>"`; a rate as a percentage with
 * `data-figure-as="percent"`), so no page restates a figure of data/.
 */
export function showFigureValues(figures, root = document) {
  for (const e of root.querySelectorAll("[data-figure-value]")) {
    const f = figures.get(e.dataset.figureValue);
    if (f && f.value !== null) e.textContent = e.dataset.figureAs === "percent" ? percentText(f.value) : f.value;
  }
}

/**
 * A choice list from registered figures: `[id, label]` for each key under
 * `prefix`, the id being the key's last part, the label `label(figure, id)`.
 */
export function figureChoices(core, prefix, label) {
  const out = new Map();
  for (const f of core.figures(prefix)) {
    const id = f.key.slice(prefix.length + 1);
    if (!out.has(id)) out.set(id, label(f, id));
  }
  return [...out];
}

/** The text in the first （…） of a figure's label, up to `stop` ("地域区分の上乗せ割合（1級地）" → "1級地"). */
export function labelPart(label, stop = "）") {
  const from = label.indexOf("（") + 1;
  const to = label.indexOf(stop, from);
  return label.slice(from, to < 0 ? undefined : to);
}
