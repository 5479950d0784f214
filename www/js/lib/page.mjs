// The one life of a calculator page: restore the state from the URL, 入力を消す,
// calculate on submit, mark the page ready, calculate a saved state on arrival,
// recalculate as the user types once a result is shown. Also the page's
// frame: the core's loading status, the host's theme, embedding
// (embed-host.mjs), a city's presets and locks (presets.mjs), the offline
// copy (offline.mjs), printing.

import { calculate, el, loadCore, moduleReady } from "./core.mjs";
import { setCsvNote } from "./csv.mjs";
import { initEmbed } from "./embed-host.mjs";
import { fetchSiteSets, loadFigureSets, readSavedSets, rememberTyped, renderFigurePanel, requestSets } from "./figures.mjs";
import { registerOffline } from "./offline.mjs";
import { applyPresets, readPresets } from "./presets.mjs";
import { focusableScrollers } from "./scrollers.mjs";
import { applyTheme } from "./theme.mjs";
import { setControl, value } from "./form.mjs";
import { warekiText } from "./format.mjs";
import { clearProblems, offerMissingFigures, restoreUserFigures, showFailure } from "./problems.mjs";
import { updating } from "./result.mjs";
import { clearState, restoreState, saveState, saveStateWhenIdle, urlState } from "./state.mjs";
import { initExamples } from "./examples.mjs";
import { initPresent } from "./present.mjs";
import { inputSummary } from "./summary.mjs";

/** Marks the page ready (the wasm core is loaded); tests and embedders wait for it. */
export function markReady() {
  document.documentElement.dataset.ready = "true";
  performance.mark("hoshu:ready");
}

/**
 * Records the first result (read by the benchmark): `hoshu:first-result`
 * when it is in the page, `hoshu:first-paint` once the browser has laid it
 * out and painted it (the task after the next animation frame).
 */
export function markFirstResult() {
  const d = document.documentElement.dataset;
  if (d.firstResultMs) return;
  d.firstResultMs = String(Math.round(performance.now()));
  performance.mark("hoshu:first-result");
  requestAnimationFrame(() => setTimeout(() => {
    performance.mark("hoshu:first-paint");
    d.firstPaintMs = String(Math.round(performance.now()));
  }, 0));
}

/** The service month a request is for (`2026-11`), for figures saved from it. */
function requestMonth(request) {
  const r = request.scenarios ? request.scenarios.at(-1)?.request || {} : request;
  const m = r.service_month || r.service_date || r.start_month || "";
  return typeof m === "string" ? m.slice(0, 7) : "";
}

/** The form's hidden `carry_forward` control (前年度の単価による試算, chosen by the user). */
function carryForward(form) {
  return form?.elements?.namedItem("carry_forward")?.value === "1";
}

/**
 * The request as sent: the page's own fields, the figure sets in use (the
 * user's and the site's), and the carry-forward the user chose.
 */
function withOptions(page, request) {
  const sets = requestSets();
  const out = { ...request };
  if (sets.length) out.figure_sets = sets;
  if (carryForward(page.form)) out.carry_forward = true;
  return out;
}

/**
 * The flag on the headline of a result resting on figures that are not
 * official (secondary, typed, from a set, carried forward), with the count
 * per kind; the CSV says the same. Carried forward on request: how to stop.
 */
function showBasis(page, basis) {
  setCsvNote(basis?.flagged ? basis.label : "");
  const heading = page.result.querySelector("h2");
  if (!heading || !basis?.flagged) return;
  const stop = carryForward(page.form) && page.calculate
    ? el("button", { type: "button", class: "no-print", onclick: () => {
      page.form.elements.namedItem("carry_forward").value = "";
      page.calculate();
    } }, "前年度の単価による試算をやめる")
    : null;
  heading.after(el("div", { class: `basis-flag${basis.provisional ? " basis-provisional" : ""}`, "data-testid": "basis-flag" },
    el("p", {}, el("span", { "aria-hidden": "true" }, "⚠ "), el("strong", {}, basis.label)),
    stop));
}

/**
 * The calculate step every page shares: keeps the form's state in the URL,
 * asks the core (with the figure sets in use), and either renders the result
 * (`render(result)`, flagged when it rests on figures that are not official)
 * or shows the problems — every missing figure at once, and the offer to
 * carry the previous 年度 forward where a table has ended. `page` is
 * `{ form, summary, result, figures?, heading?, calculate? }`.
 *
 * `live` (a recalculation as the user types): the result is updated in
 * place without moving the focus, the URL is written when the browser is
 * idle, and a request that cannot be answered yet leaves the last result,
 * marked as not up to date, until the user asks (計算する) to see why.
 */
/**
 * `calculate`, saying so while the request's module is still to be fetched
 * (事業所の1か月 switched to another service loads that service's module):
 * the engine's status line tells it, the result is marked busy. A module
 * that cannot be loaded (offline before the site was kept) is answered as
 * a problem, never thrown.
 */
async function calculateLoading(page, core, request) {
  const waiting = !moduleReady(request);
  if (waiting) moduleWait(page, +1);
  try {
    return await (core.calculate || calculate)(request);
  } catch (e) {
    console.warn(`hoshu: 計算エンジンを読み込めませんでした（${e && e.message}）`);
    return { ok: false, problems: [{ code: "module_unavailable", field: "", message: "計算エンジンのこのサービスの部分を読み込めませんでした。接続を確かめて、もう一度「計算する」を押してください。" }] };
  } finally {
    if (waiting) moduleWait(page, -1);
  }
}

/** Calculations waiting for a module (a keystroke's and a 計算する's may overlap), and the status line's text before. */
const waits = { count: 0, text: null };

/** One more (+1) or one fewer (-1) calculation waiting: the first says so, the last restores. */
function moduleWait(page, step) {
  const status = document.getElementById("core-status");
  waits.count += step;
  if (step > 0 && waits.count === 1) {
    waits.text = status?.textContent ?? null;
    if (status) status.textContent = "計算エンジンのこのサービスの部分を読み込んでいます…";
    page.result.setAttribute("aria-busy", "true");
  } else if (waits.count === 0) {
    if (status && waits.text !== null) status.textContent = waits.text;
    page.result.removeAttribute("aria-busy");
  }
}

export async function calculateAndShow(core, page, request, render, { live = false } = {}) {
  const started = performance.now();
  // Only the latest calculation is shown; one the user asked for replaces a
  // recalculation still waiting for its frame.
  const mine = (page.seq = (page.seq || 0) + 1);
  if (!live && page.pendingLive) {
    cancelAnimationFrame(page.pendingLive);
    page.pendingLive = 0;
  }
  if (live) saveStateWhenIdle(page.form);
  else saveState(page.form);
  page.lastMonth = requestMonth(request);
  const typed = request.user_figures || request.scenarios?.at(-1)?.request?.user_figures;
  if (typed && Object.keys(typed).length) rememberTyped(typed);
  const res = await calculateLoading(page, core, withOptions(page, request));
  if (mine !== page.seq) return res;
  if (!res.ok) {
    if (live && page.result.dataset.state === "ok") {
      page.result.dataset.stale = "true";
      return res;
    }
    setCsvNote("");
    showFailure(page, res.problems);
    return res;
  }
  if (page.summary && !page.summary.hidden) clearProblems(page.form, page.summary);
  if (page.figures) offerMissingFigures(page.form, page.figures, [], page);
  // What is added after the result's heading is added again (the result
  // itself is updated in place).
  for (const e of page.result.querySelectorAll(":scope > .basis-flag, :scope > .print-summary")) e.remove();
  delete page.result.dataset.stale;
  updating(live, () => render(res.result));
  showBasis(page, res.basis);
  // The inputs in brief, printed under the result's heading (the form is not printed).
  const brief = inputSummary(page.form, page.core);
  if (brief) page.result.querySelector("h2")?.after(brief);
  markFirstResult();
  if (live) document.documentElement.dataset.lastUpdateMs = (performance.now() - started).toFixed(1);
  return res;
}

/**
 * Recalculates as the user types once a result is shown: at most once per
 * animation frame, before it is painted (no form submission per keystroke).
 */
function recalculateOnInput(page) {
  const run = () => {
    page.pendingLive = 0;
    if (page.result.dataset.state === "ok" || page.result.dataset.stale) page.calculate({ live: true });
  };
  const queue = (e) => {
    if (!e.target?.name || e.target.type === "file" || page.pendingLive) return;
    page.pendingLive = requestAnimationFrame(run);
  };
  page.form.addEventListener("input", queue);
  page.form.addEventListener("change", queue);
}

/** Opens every <details> while printing (but those left out of print), so trainers' printouts show each step. */
function printOpensDetails() {
  let opened = [];
  window.addEventListener("beforeprint", () => {
    opened = [...document.querySelectorAll("details:not([open]):not(.no-print)")];
    for (const d of opened) d.open = true;
  });
  window.addEventListener("afterprint", () => {
    for (const d of opened) d.open = false;
    opened = [];
  });
}

/** Common wiring: the theme, embed mode, the offline copy, scrolling tables by keyboard, printing, the loading indicator, and the page's own core module. */
export async function startPage() {
  applyTheme();
  initEmbed();
  registerOffline();
  focusableScrollers();
  printOpensDetails();
  const status = document.getElementById("core-status");
  try {
    const core = await loadCore();
    performance.mark("hoshu:core");
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

/**
 * The 和暦 beside each date, month or 年度 field: every `.wareki` element
 * whose id is `<field id>-wareki` (`data-wareki="fiscal-year"` for a 年度),
 * kept up to date as the field changes. Returns a function that updates all.
 */
function wireWareki(page) {
  const pairs = [...document.querySelectorAll('.wareki[id$="-wareki"]')]
    .map((out) => [document.getElementById(out.id.slice(0, -"-wareki".length)), out])
    .filter(([input]) => input);
  const update = ([input, out]) => { out.textContent = warekiText(page.core, out.dataset.wareki, input.value); };
  for (const pair of pairs) {
    for (const type of ["input", "change"]) pair[0].addEventListener(type, () => update(pair));
  }
  const cells = wireRosterWareki(page);
  return () => {
    pairs.forEach(update);
    cells();
  };
}

/**
 * The 和暦 below each date or month cell of a roster (roster.mjs: a
 * `[data-wareki-of]` element under its control), kept up to date as it is
 * typed and as rows are added, removed or restored. Returns a function that
 * updates all.
 */
function wireRosterWareki(page) {
  const write = (out) => {
    const input = document.getElementById(out.dataset.warekiOf);
    const text = input ? warekiText(page.core, input.type, input.value) : "";
    // Only a change is written: the observer below sees every write.
    if (out.textContent !== text) out.textContent = text;
  };
  const all = () => page.form.querySelectorAll("[data-wareki-of]").forEach(write);
  for (const type of ["input", "change"]) {
    page.form.addEventListener(type, (e) => {
      const out = e.target.id && document.getElementById(`${e.target.id}-wa`);
      if (out?.dataset.warekiOf === e.target.id) write(out);
    });
  }
  // Rows rebuilt (added, removed, restored): their values are set in the same task.
  new MutationObserver(all).observe(page.form, { childList: true, subtree: true });
  return all;
}

/**
 * Runs a calculator page. `spec`:
 *   buildRequest(page)      the request from the form
 *   render(result, page)    shows an ok result (see result.mjs)
 *   heading                 the result's heading (default 計算結果)
 *   defaults                { name: value or () => value } of a fresh page
 *   keep                    names whose values 入力を消す keeps (e.g. the page's service)
 *   init(page)              before the core loads: build and wire what needs no core
 *   setup(page)             the core is loaded (page.core): what needs the data, before the state is restored
 *   sync(page)              after the state is restored and after 入力を消す: what follows from the values (shown columns, labels)
 *   cleared(page)           入力を消す, after the form's reset (rows back to one, the page's own lists emptied)
 *   autoCalculate(state)    whether a saved state is calculated on arrival (default: any saved state)
 * A city's presets and locks (`preset.*`, `lock` in the URL) are applied after the saved state and after 入力を消す.
 * `page` is { form, summary, result, figures, heading, state, core, calculate(), show(request, render) }.
 */
export async function runPage(spec) {
  const page = {
    form: document.getElementById("form"),
    summary: document.getElementById("problems"),
    result: document.getElementById("result"),
    figures: document.getElementById("user-figures"),
    heading: spec.heading || "計算結果",
    state: urlState(),
    core: null,
    /** Calculates the form's request and shows the result, or the problems (`{ live }`: see calculateAndShow). */
    calculate: (options) => page.show(spec.buildRequest(page), spec.render, options),
    /** Asks the core for `request`; shows the result with `render(result, page)`, or the problems. */
    show: (request, render, options) => (page.core ? calculateAndShow(page.core, page, request, (r) => render(r, page), options) : null),
    /** Sets the values of a fresh page. */
    applyDefaults: () => {
      for (const [name, v] of Object.entries(spec.defaults || {})) {
        const c = page.form.elements.namedItem(name);
        if (c) setControl(c, typeof v === "function" ? v() : v);
      }
    },
  };
  const { form } = page;
  const presets = readPresets();
  const refreshWareki = wireWareki(page);
  // The request this page would send now (for embedders and the browser tests).
  window.hoshuRequest = () => spec.buildRequest(page);

  // 1. Before the core: a fresh page's values, the page's own building and wiring.
  const examples = initExamples();
  page.applyDefaults();
  spec.init?.(page);
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    page.calculate();
  });
  document.getElementById("clear-form")?.addEventListener("click", () => {
    // 入力を消す keeps the month (every field shown with its 和暦) and the page's own `keep`.
    const months = [...document.querySelectorAll('.wareki[id$="-wareki"]')]
      .map((out) => document.getElementById(out.id.slice(0, -"-wareki".length))?.name).filter(Boolean);
    const kept = [...months, ...(spec.keep || [])].map((name) => [name, value(form, name)]);
    const keep = () => { for (const [name, v] of kept) setControl(form.elements.namedItem(name), v); };
    form.reset();
    keep();
    applyPresets(form, presets);
    spec.cleared?.(page);
    keep(); // over the page's own defaults
    clearState();
    clearProblems(form, page.summary);
    spec.sync?.(page);
    refreshWareki();
  });

  // 2. The core, the figure sets (the site's and this browser's); what needs
  // the data; the saved state.
  if (!form.elements.namedItem("carry_forward")) {
    form.append(el("input", { type: "hidden", name: "carry_forward", id: "carry_forward", value: "" }));
  }
  // The site's figure sets are fetched while the core loads, not after it.
  const siteSets = fetchSiteSets();
  const core = startPage();
  readSavedSets();
  page.core = await core;
  await loadFigureSets(page.core, siteSets);
  const panel = el("div", { id: "figure-sets", class: "figure-set-panel" });
  (document.getElementById("core-status") || form).after(panel);
  renderFigurePanel(panel);
  spec.setup?.(page);
  if (page.figures) restoreUserFigures(form, page.figures, page.state, page.core);
  restoreState(form, page.state);
  applyPresets(form, presets, page.state);
  spec.sync?.(page);
  refreshWareki();

  // 3. A saved state is calculated at once (the worked examples are not
  // waited for); 集団指導: the page's worked examples (fetched while the
  // core loads) and 発表モード (examples.mjs, present.mjs); ready.
  const auto = spec.autoCalculate || ((state) => [...state.keys()].length > 0);
  if (auto(page.state)) page.calculate();
  await examples;
  initPresent(page);
  markReady();
  recalculateOnInput(page);
  return page;
}
