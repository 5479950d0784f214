// The one life of a calculator page: restore the state from the URL, 入力を消す,
// calculate on submit, mark the page ready, calculate a saved state on arrival.
// Also the page's frame: the core's loading status, the host's theme,
// embedding (embed-host.mjs), a city's presets and locks (presets.mjs), the
// offline copy (offline.mjs), printing.

import { loadCore } from "./core.mjs";
import { initEmbed } from "./embed-host.mjs";
import { registerOffline } from "./offline.mjs";
import { applyPresets, readPresets } from "./presets.mjs";
import { applyTheme } from "./theme.mjs";
import { setControl, value } from "./form.mjs";
import { warekiText } from "./format.mjs";
import { clearProblems, offerMissingFigures, restoreUserFigures, showFailure } from "./problems.mjs";
import { clearState, restoreState, saveState, urlState } from "./state.mjs";

/** Marks the page ready (the wasm core is loaded); tests and embedders wait for it. */
export function markReady() {
  document.documentElement.dataset.ready = "true";
}

/** Records the time of the first result (read by the benchmark). */
export function markFirstResult() {
  if (!document.documentElement.dataset.firstResultMs) {
    document.documentElement.dataset.firstResultMs = String(Math.round(performance.now()));
  }
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

/** Common wiring: the theme, embed mode, the offline copy, printing, the loading indicator, and the core. */
export async function startPage() {
  applyTheme();
  initEmbed();
  registerOffline();
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
  return () => pairs.forEach(update);
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
    /** Calculates the form's request and shows the result, or the problems. */
    calculate: () => page.show(spec.buildRequest(page), spec.render),
    /** Asks the core for `request`; shows the result with `render(result, page)`, or the problems. */
    show: (request, render) => (page.core ? calculateAndShow(page.core, page, request, (r) => render(r, page)) : null),
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

  // 1. Before the core: a fresh page's values, the page's own building and wiring.
  page.applyDefaults();
  spec.init?.(page);
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    page.calculate();
  });
  document.getElementById("clear-form")?.addEventListener("click", () => {
    const kept = (spec.keep || []).map((name) => [name, value(form, name)]);
    form.reset();
    for (const [name, v] of kept) setControl(form.elements.namedItem(name), v);
    applyPresets(form, presets);
    spec.cleared?.(page);
    clearState();
    clearProblems(form, page.summary);
    spec.sync?.(page);
    refreshWareki();
  });

  // 2. The core; what needs its data; the saved state.
  page.core = await startPage();
  spec.setup?.(page);
  if (page.figures) restoreUserFigures(form, page.figures, page.state);
  restoreState(form, page.state);
  applyPresets(form, presets, page.state);
  spec.sync?.(page);
  refreshWareki();

  // 3. Ready; a saved state is calculated at once.
  markReady();
  const auto = spec.autoCalculate || ((state) => [...state.keys()].length > 0);
  if (auto(page.state)) page.calculate();
  return page;
}
