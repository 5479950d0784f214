// Problems shown beside their fields and in a summary, and the fields offered
// for figures the product lacks.

import { el, fill } from "./core.mjs";

function fieldId(field) {
  return "err-" + field.replace(/[^A-Za-z0-9_-]/g, "_");
}

/** Finds the element that shows a field's problem: `[data-field="<path>"]`, or its nearest parent path. */
export function fieldContainer(root, field) {
  let f = field;
  while (f) {
    const c = root.querySelector(`[data-field="${CSS.escape(f)}"]`);
    if (c) return c;
    const cut = Math.max(f.lastIndexOf("."), f.lastIndexOf("["));
    if (cut <= 0) break;
    f = f.slice(0, cut);
  }
  return null;
}

export function clearProblems(root, summary) {
  for (const e of root.querySelectorAll(".field-error")) e.remove();
  for (const c of root.querySelectorAll("[aria-invalid]")) {
    c.removeAttribute("aria-invalid");
    const ids = (c.getAttribute("aria-describedby") || "").split(" ").filter((i) => i && !i.startsWith("err-"));
    if (ids.length) c.setAttribute("aria-describedby", ids.join(" "));
    else c.removeAttribute("aria-describedby");
  }
  for (const c of root.querySelectorAll(".has-error")) c.classList.remove("has-error");
  if (summary) {
    summary.replaceChildren();
    summary.hidden = true;
  }
}

/**
 * Shows each problem beside its field (opening a closed <details> around it)
 * and in a summary with links to the fields; focuses the summary. What the
 * user typed is left as it is.
 */
export function showProblems(root, problems, summary) {
  clearProblems(root, summary);
  const items = [];
  for (const p of problems) {
    const container = fieldContainer(root, p.field);
    let target = null;
    if (container) {
      container.classList.add("has-error");
      const details = container.closest("details");
      if (details) details.open = true;
      const id = fieldId(p.field) + "-" + items.length;
      const msg = el("p", { class: "field-error", id }, el("span", { class: "visually-hidden" }, "エラー: "), p.message);
      container.append(msg);
      const controls = container.matches("input,select,textarea")
        ? [container]
        : [...container.querySelectorAll("input,select,textarea")];
      for (const c of controls) {
        c.setAttribute("aria-invalid", "true");
        const ids = (c.getAttribute("aria-describedby") || "").split(" ").filter(Boolean);
        ids.push(id);
        c.setAttribute("aria-describedby", ids.join(" "));
      }
      target = controls.find((c) => !c.disabled) || null;
    }
    items.push({ p, target });
  }
  if (summary) {
    summary.hidden = false;
    summary.append(
      el("h2", { id: "problems-heading" }, `入力内容を確認してください（${problems.length}件）`),
      el(
        "ul",
        {},
        items.map(({ p, target }) => {
          if (target && target.id) {
            return el("li", {}, el("a", { href: `#${target.id}` }, p.message));
          }
          return el("li", {}, p.message);
        }),
      ),
    );
    summary.focus();
  }
}

/**
 * Offers an input for every figure the product lacks (problems with code
 * `missing_figure`), keeping values already typed.
 */
export function offerMissingFigures(form, fieldset, problems) {
  const missing = problems.filter((p) => p.code === "missing_figure" && p.figure);
  const list = fieldset.querySelector(".figure-list");
  const keep = new Set(missing.map((p) => p.figure.key));
  for (const row of [...list.children]) {
    const input = row.querySelector("input");
    if (!keep.has(input.name.slice("user_figures.".length)) && input.value.trim() === "") row.remove();
  }
  for (const p of missing) {
    const name = `user_figures.${p.figure.key}`;
    if (form.elements.namedItem(name)) continue;
    list.append(figureRow(p.figure, ""));
  }
  fieldset.hidden = list.children.length === 0;
}

function unitLabel(unit) {
  return (
    {
      units_per_day: "単位/日",
      units_per_month: "単位/月",
      units_per_time: "単位/回",
      units: "単位",
      yen: "円",
      yen_per_month: "円/月",
      yen_per_day: "円/日",
      yen_per_unit: "円/単位",
      minutes: "分",
      rate: "（率）",
    }[unit] || ""
  );
}

function figureRow(figure, v) {
  const id = "uf-" + figure.key.replace(/[^A-Za-z0-9_-]/g, "_");
  return el(
    "div",
    { class: "field", "data-field": `user_figures.${figure.key}` },
    el("label", { for: id }, figure.label),
    el("input", { id, name: `user_figures.${figure.key}`, inputmode: "decimal", autocomplete: "off", value: v, "aria-describedby": id + "-hint" }),
    el("span", { class: "unit" }, unitLabel(figure.unit)),
    el("p", { class: "hint", id: id + "-hint" }, figure.where_to_find ? `参照先: ${figure.where_to_find}` : "お手元のサービスコード表の値を入力してください。"),
  );
}

/** A registered figure's label and unit, by its key (from the core's data). */
function figureInfo(core, key) {
  const prefix = key.slice(0, key.lastIndexOf("."));
  const f = core && prefix ? core.figures(prefix).find((x) => x.key === key) : null;
  return f ? { key, label: f.label, unit: f.unit, where_to_find: "" } : { key, label: "登録されていない値", unit: "", where_to_find: "" };
}

/** Restores user-figure inputs from saved state (keys `user_figures.*`), each labelled as the data names it. */
export function restoreUserFigures(form, fieldset, params, core = null) {
  const list = fieldset.querySelector(".figure-list");
  for (const [k, v] of params) {
    if (!k.startsWith("user_figures.") || form.elements.namedItem(k)) continue;
    list.append(figureRow(figureInfo(core, k.slice("user_figures.".length)), v));
  }
  fieldset.hidden = list.children.length === 0;
}

/**
 * Shows that the inputs need attention: each problem beside its field and in
 * the summary, a field offered for each missing figure (when the page has a
 * `figures` fieldset), and the result area emptied. What the user typed stays.
 */
export function showFailure({ form, summary, result, figures = null, heading = "計算結果" }, problems) {
  if (figures) offerMissingFigures(form, figures, problems);
  showProblems(form, problems, summary);
  result.dataset.state = "error";
  fill(result, el("h2", { id: "result-heading" }, heading),
    el("p", { class: "placeholder" }, "入力内容に確認が必要な箇所があります。上の一覧から該当の項目へ移動できます。"));
}
