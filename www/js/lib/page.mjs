// The one life of a calculator page: restore the state from the URL, 入力を消す,
// calculate on submit, mark the page ready, calculate a saved state on arrival.
// Also the page's frame: the core's loading status, embedding, printing.

import { loadCore } from "./core.mjs";
import { setControl, value } from "./form.mjs";
import { warekiText } from "./format.mjs";
import { clearProblems, offerMissingFigures, restoreUserFigures, showFailure } from "./problems.mjs";
import { clearState, restoreState, saveState, urlState } from "./state.mjs";
import { inputSummary } from "./summary.mjs";

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
  // The inputs in brief, printed under the result's heading (the form is not printed).
  const brief = inputSummary(page.form);
  if (brief) page.result.querySelector("h2")?.after(brief);
  markFirstResult();
  return res;
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
  const refreshWareki = wireWareki(page);
  // The request this page would send now (for embedders and the browser tests).
  window.hoshuRequest = () => spec.buildRequest(page);

  // 1. Before the core: a fresh page's values, the page's own building and wiring.
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
    spec.cleared?.(page);
    keep(); // over the page's own defaults

    clearState();
    clearProblems(form, page.summary);
    spec.sync?.(page);
    refreshWareki();
  });

  // 2. The core; what needs its data; the saved state.
  page.core = await startPage();
  spec.setup?.(page);
  if (page.figures) restoreUserFigures(form, page.figures, page.state, page.core);
  restoreState(form, page.state);
  spec.sync?.(page);
  refreshWareki();

  // 3. Ready; a saved state is calculated at once.
  markReady();
  const auto = spec.autoCalculate || ((state) => [...state.keys()].length > 0);
  if (auto(page.state)) page.calculate();
  return page;
}
