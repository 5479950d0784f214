// Shared by every calculator page: loading the core, reading the form, showing
// problems beside their fields, rendering the explanation, URL state, CSV,
// print and embedding. No request ever leaves the page's origin.

import init, * as hoshu from "../pkg/hoshu.js";

let corePromise = null;

/** Loads the WebAssembly core once; resolves to the module's exports. */
export function loadCore() {
  if (!corePromise) corePromise = init().then(() => hoshu);
  return corePromise;
}

/** Small DOM builder: el("p", {class: "x"}, "text", child). Text is never parsed as HTML. */
export function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "class") e.className = v;
    else if (k === "text") e.textContent = v;
    else if (k.startsWith("on") && typeof v === "function") e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v === true ? "" : String(v));
  }
  append(e, children);
  return e;
}

function append(parent, children) {
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    parent.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
}

/** Replaces a container's content with the given children (nested arrays allowed). */
export function fill(container, ...children) {
  container.replaceChildren();
  append(container, children);
}

// ------------------------------------------------------------------ form values

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

// ------------------------------------------------------------------ problems

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
 * Shows each problem beside its field and in a summary with links to the
 * fields; focuses the summary. What the user typed is left as it is.
 */
export function showProblems(root, problems, summary) {
  clearProblems(root, summary);
  const items = [];
  for (const p of problems) {
    const container = fieldContainer(root, p.field);
    let target = null;
    if (container) {
      container.classList.add("has-error");
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

/** Restores user-figure inputs from saved state (keys `user_figures.*`). */
export function restoreUserFigures(form, fieldset, params) {
  const list = fieldset.querySelector(".figure-list");
  for (const [k, v] of params) {
    if (!k.startsWith("user_figures.") || form.elements.namedItem(k)) continue;
    const key = k.slice("user_figures.".length);
    list.append(figureRow({ key, label: key, unit: "", where_to_find: "" }, v));
  }
  fieldset.hidden = list.children.length === 0;
}

// ------------------------------------------------------------------ explanation

const STATUS_LABEL = {
  official: "公的資料",
  secondary: "二次資料・要確認",
  missing: "未登録",
  user: "利用者入力",
  reading: "本製品の解釈",
};

export function citation(c) {
  const title = c.url ? el("a", { href: c.url, rel: "noopener noreferrer", target: "_blank" }, c.title) : el("span", {}, c.title);
  return el(
    "li",
    { class: `cite cite-${c.status}` },
    el("span", { class: `badge badge-${c.status}` }, STATUS_LABEL[c.status] || c.status),
    " ",
    title,
    c.locator ? `　${c.locator}` : "",
  );
}

/** The explanation: an ordered list of steps with inputs, value, sources and notes. */
export function renderSteps(steps) {
  return el(
    "ol",
    { class: "steps" },
    steps.map((s) =>
      el(
        "li",
        { class: "step", "data-rule": s.rule },
        el("p", { class: "step-title" }, el("strong", {}, s.title), s.value ? el("span", { class: "step-value" }, `＝ ${s.value}`) : ""),
        s.inputs.length
          ? el("dl", { class: "step-inputs" }, s.inputs.map((i) => [el("dt", {}, i.name), el("dd", {}, i.value)]))
          : "",
        s.notes && s.notes.length ? el("ul", { class: "step-notes" }, s.notes.map((n) => el("li", {}, n))) : "",
        s.sources.length ? el("ul", { class: "step-sources", "aria-label": "根拠" }, s.sources.map(citation)) : "",
      ),
    ),
  );
}

// ------------------------------------------------------------------ numbers and dates

export const fmt = new Intl.NumberFormat("ja-JP");

export function hm(minutes) {
  return `${Math.floor(minutes / 60)}時間${String(minutes % 60).padStart(2, "0")}分`;
}

const WEEKDAYS = ["日", "月", "火", "水", "木", "金", "土"];
export function weekday(y, m, d) {
  return WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()];
}

export function daysInMonth(y, m) {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

// ------------------------------------------------------------------ state in the URL

/** Writes every named control of the form into the page's URL query (shareable, bookmarkable). */
/** The form's values as query parameters (checked boxes as 1, the checked radio, non-empty fields), except names `skip` refuses. */
export function formParams(form, skip = () => false) {
  const params = new URLSearchParams();
  for (const c of form.elements) {
    if (!c.name || c.disabled || c.type === "button" || c.type === "submit" || skip(c.name)) continue;
    if (c.type === "checkbox") {
      if (c.checked) params.set(c.name, "1");
    } else if (c.type === "radio") {
      if (c.checked) params.set(c.name, c.value);
    } else if (c.value !== "") {
      params.set(c.name, c.value);
    }
  }
  return params;
}

export function saveState(form) {
  const params = formParams(form);
  const embed = new URLSearchParams(location.search).get("embed");
  if (embed) params.set("embed", embed);
  const url = `${location.pathname}?${params.toString()}${location.hash}`;
  history.replaceState(null, "", url);
  return params;
}

/** The saved state in the URL (empty when none). */
export function urlState() {
  const p = new URLSearchParams(location.search);
  p.delete("embed");
  return p;
}

/** Fills the form's controls from saved state; unknown names are ignored. */
export function restoreState(form, params) {
  for (const [k, v] of params) {
    const c = form.elements.namedItem(k);
    if (!c) continue;
    if (c instanceof RadioNodeList) {
      c.value = v;
      continue;
    }
    if (c.type === "checkbox") c.checked = v === "1" || v === "true";
    else c.value = v;
  }
}

// ------------------------------------------------------------------ CSV and print

/** A CSV that Excel opens correctly: UTF-8 with BOM, CRLF, every field quoted when needed. */
export function toCsv(rows) {
  const q = (v) => {
    let s = v === null || v === undefined ? "" : String(v);
    // A cell starting with = + @ would be read by Excel as a formula.
    if (/^[=+@\t\r]/.test(s)) s = "'" + s;
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return "\uFEFF" + rows.map((r) => r.map(q).join(",")).join("\r\n") + "\r\n";
}

export function downloadCsv(filename, rows) {
  const blob = new Blob([toCsv(rows)], { type: "text/csv;charset=utf-8" });
  const a = el("a", { href: URL.createObjectURL(blob), download: filename });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

/** The row under a result: print, download the CSV (`onCsv`), copy the page's URL. */
export function resultActions(onCsv) {
  return el("div", { class: "button-row no-print" },
    el("button", { type: "button", onclick: () => window.print() }, "印刷する"),
    el("button", { type: "button", onclick: onCsv }, "CSVをダウンロード"),
    el("button", { type: "button", onclick: copyUrl }, "この計算のURLをコピー"),
    el("span", { role: "status", class: "copy-status" }));
}

async function copyUrl(e) {
  const status = e.currentTarget.parentElement.querySelector(".copy-status");
  try {
    await navigator.clipboard.writeText(location.href);
    status.textContent = "URLをコピーしました。";
  } catch {
    status.textContent = `このページのURL: ${location.href}`;
  }
}

// ------------------------------------------------------------------ page life

/** Marks the page ready (the wasm core is loaded); tests and embedders wait for it. */
export function markReady() {
  document.documentElement.dataset.ready = "true";
}

/**
 * Shows that the inputs need attention: each problem beside its field and in
 * the summary, a field offered for each missing figure (when `figures` is
 * given), and the result area emptied. What the user typed stays as it is.
 */
export function showFailure({ form, summary, result, figures = null, heading = "計算結果" }, problems) {
  if (figures) offerMissingFigures(form, figures, problems);
  showProblems(form, problems, summary);
  result.dataset.state = "error";
  fill(result, el("h2", { id: "result-heading" }, heading),
    el("p", { class: "placeholder" }, "入力内容に確認が必要な箇所があります。上の一覧から該当の項目へ移動できます。"));
}

/**
 * The calculate step every page shares: keeps the form's state in the URL,
 * asks the core, and either renders the result (`render(result)`) or shows
 * the problems. `page` is `{ form, summary, result, figures?, heading? }`.
 */
export function calculateAndShow(core, page, request, render) {
  saveState(page.form);
  const res = core.calculate(request);
  if (!res.ok) {
    showFailure(page, res.problems);
    return res;
  }
  clearProblems(page.form, page.summary);
  if (page.figures) offerMissingFigures(page.form, page.figures, []);
  render(res.result);
  markFirstResult();
  return res;
}

/** Records the time of the first result (read by the benchmark). */
export function markFirstResult() {
  if (!document.documentElement.dataset.firstResultMs) {
    document.documentElement.dataset.firstResultMs = String(Math.round(performance.now()));
  }
}

/**
 * When shown inside an iframe by embed.js (`?embed=1`): hides the site chrome
 * and tells the parent page the content height so the iframe fits.
 */
export function initEmbed() {
  const embedded = new URLSearchParams(location.search).get("embed") === "1";
  if (!embedded) return;
  document.documentElement.classList.add("embedded");
  const post = () => {
    const height = Math.ceil(document.documentElement.scrollHeight);
    window.parent.postMessage({ type: "hoshu:height", height, page: location.pathname }, "*");
  };
  new ResizeObserver(post).observe(document.body);
  post();
}

/** Opens every <details> while printing, so trainers' printouts show each step. */
function printOpensDetails() {
  let opened = [];
  window.addEventListener("beforeprint", () => {
    opened = [...document.querySelectorAll("details:not([open])")];
    for (const d of opened) d.open = true;
  });
  window.addEventListener("afterprint", () => {
    for (const d of opened) d.open = false;
    opened = [];
  });
}

/** Common wiring: loading indicator, embed mode, printing, and the core. */
export async function startPage() {
  initEmbed();
  printOpensDetails();
  const status = document.getElementById("core-status");
  try {
    const core = await loadCore();
    if (status) {
      status.textContent = `計算エンジン 準備完了（版 ${core.version()}）`;
      status.classList.add("ready");
    }
    for (const b of document.querySelectorAll("[data-needs-core]")) b.disabled = false;
    return core;
  } catch (e) {
    if (status) {
      status.textContent = "計算エンジンを読み込めませんでした。ページを再読み込みしてください。";
      status.classList.add("failed");
    }
    throw e;
  }
}
