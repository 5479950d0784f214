// The WebAssembly core, one module per area (pkg/areas/<area>/: only that
// area's calculators and the figure tables they read), each loaded once and
// only when needed; and the DOM helpers every module builds with. No request
// ever leaves the page's origin.
//
//   calculate(request)   answers any request, loading its calculator's module
//                        on demand (the one calculate() of the site)
//   loadCore()           the page's own module (<html data-area>, preloaded by
//                        the page's head): its version, wareki, figures…

/**
 * The area modules built into pkg/areas/ (src/engine/areas.rs, the `area-*`
 * features of Cargo.toml), each with its calculators: whole names, or
 * beginnings ending in "." (the JS tests compare them with the built modules).
 */
export const AREAS = {
  seikatsu_kaigo: ["seikatsu_kaigo."],
  shuro: ["shuro.a.", "shuro.b.", "shuro.ikou.", "shuro.teichaku.", "shuro.sentaku."],
  shuro_eligibility: ["shuro.eligibility"],
  soudan: ["soudan."],
  yokohama_gh: ["yokohama_gh.month"],
  yokohama_gh_setup: ["yokohama_gh.setup"],
  kaikei: ["kaikei."],
  burden: ["money.burden_management"],
  money: ["money.office_month", "money.compare"],
  money_seikatsu_kaigo: ["money.office_month", "money.compare"],
  money_group_home: ["money.office_month", "money.compare"],
  money_shuro: ["money.office_month", "money.compare"],
  money_seikatsu_kaigo_days: ["money.office_month", "money.compare"],
  money_soudan: ["money.office_month", "money.compare"],
  money_yokohama_gh: ["money.office_month", "money.compare"],
  coverage: [],
  base: [],
};

/**
 * The money modules that price one service's units (src/engine/areas.rs,
 * `units`): the yen chain with that service only, much smaller than `money`
 * (which prices every one, and the months carried from 生活介護, 計画相談支援 and
 * 横浜市 GH). Each holds the 単価 and 処遇改善 rates of its own services only
 * ([`PRICE_UNITS`]) but the one that lists "units" (areas.rs `DIRECT`: the
 * page's default, every price): units entered directly go to a module that
 * holds their price.
 */
export const MONEY_UNITS = {
  money_seikatsu_kaigo: ["seikatsu_kaigo", "units"],
  money_group_home: ["group_home"],
  money_shuro: ["shuro"],
  money_seikatsu_kaigo_days: ["seikatsu_kaigo.month"],
  money_soudan: ["soudan"],
  money_yokohama_gh: ["yokohama_gh"],
};

/**
 * The months in units priced at each price (src/engine/areas.rs `PRICES`;
 * the id a `units` request names in `price_service`): a money module holds
 * a price's rows when it prices one of these.
 */
export const PRICE_UNITS = {
  "seikatsu-kaigo": ["seikatsu_kaigo", "seikatsu_kaigo.month"],
  "shuro-a": ["shuro"],
  "shuro-b": ["shuro"],
  "shuro-ikou": ["shuro"],
  "shuro-teichaku": ["shuro"],
  "shuro-sentaku": ["shuro"],
  "kyodo-seikatsu": ["group_home", "yokohama_gh"],
  "keikaku-soudan": ["soudan"],
};

const modules = new Map();

/** Whether an area's module holds a calculator. */
export function holds(area, calculator) {
  const match = (c) => c === calculator || (c.endsWith(".") && calculator.startsWith(c));
  return typeof calculator === "string" && Object.hasOwn(AREAS, area) && AREAS[area].some(match);
}

/** The area module that holds a calculator (`money.compare` → `money`, the whole one), or null. */
export function areaOf(calculator) {
  return Object.keys(AREAS).find((a) => holds(a, calculator)) || null;
}

/**
 * Where a `money.office_month` request's units come from: the months in
 * units (areas.rs `UNITS`) a module must price to answer it — for units
 * entered directly, those priced at its `price_service` ([`PRICE_UNITS`])
 * or "units" (every price);
 * [] when any money module may (an unknown price is refused by each); null
 * when not known here (the whole `money` module answers it).
 * (tests/areas.rs reads requests the same way.)
 */
export function unitsOf(request) {
  const carried = request?.units_request;
  if (carried != null) {
    const c = carried.calculator;
    if (typeof c === "string" && /^shuro\.[a-z]+\.month$/.test(c)) return ["shuro"];
    if (c === "soudan.month") return ["soudan"];
    if (c === "yokohama_gh.month") return ["yokohama_gh"];
    return c === "seikatsu_kaigo.month" ? [c] : null;
  }
  const s = request?.service;
  if (s === "units") return Object.hasOwn(PRICE_UNITS, request.price_service) ? [...PRICE_UNITS[request.price_service], "units"] : [];
  if (typeof s === "string" && /^shuro_[a-z]+$/.test(s)) return ["shuro"];
  return s === "seikatsu_kaigo" || s === "group_home" ? [s] : null;
}

/**
 * The module that answers a request: its calculator's area; for the yen
 * chain, the page's own module when it prices the request's units (every
 * scenario's, for money.compare), else the first that does ([`MONEY_UNITS`]),
 * else the whole `money`.
 */
export function areaFor(request) {
  const area = areaOf(request?.calculator);
  if (area !== "money") return area;
  const month = request.calculator === "money.office_month";
  const scenarios = request.calculator === "money.compare" && Array.isArray(request.scenarios) ? request.scenarios : null;
  const sources = month ? [unitsOf(request)] : scenarios ? scenarios.map((s) => unitsOf(s?.request)) : [null];
  const prices = (a, u) => u !== null && (u.length === 0 || u.some((x) => MONEY_UNITS[a]?.includes(x)));
  const fits = (a) => holds(a, request.calculator) && (a === "money" || sources.every((u) => prices(a, u)));
  const candidates = Object.keys(MONEY_UNITS).filter(fits);
  return fits(pageArea()) ? pageArea() : candidates[0] || area;
}

/**
 * The page's own area: `<html data-area>`, or the first of its
 * `data-areas` rules the URL meets (`param=value:area`, or `param:area` when
 * the parameter is given at all: money.html's service), as js/boot.js
 * chose it; `base` when it names none.
 */
export function pageArea() {
  const root = globalThis.document?.documentElement;
  const area = chosenArea(root, globalThis.location?.search);
  return Object.hasOwn(AREAS, area) ? area : "base";
}

/** The area of `<html>`'s `data-area` and `data-areas` for a query string. */
function chosenArea(root, search) {
  const params = new URLSearchParams(search || "");
  for (const rule of (root?.dataset?.areas || "").split(/\s+/).filter(Boolean)) {
    const [cond, area] = rule.split(":");
    const [name, value] = cond.split("=");
    if (value === undefined ? params.get(name) : params.get(name) === value) return area;
  }
  return root?.dataset?.area;
}

/** The URL of a file of an area's module (beside this site's js/). */
function moduleUrl(area, file) {
  return new URL(`../../pkg/areas/${area}/${file}`, import.meta.url);
}

/**
 * The page's module compiled by js/boot.js while the page loaded, if it was
 * this area's. When the page's modules ran first (boot.js is async: on a busy
 * machine it may arrive later), the compile starts here and boot.js, seeing
 * it, does not fetch the wasm a second time.
 */
async function compiledEarly(area) {
  let early = globalThis.__hoshuCompiled;
  if (!early && globalThis.document && area === pageArea() && typeof WebAssembly.compileStreaming === "function") {
    const module = WebAssembly.compileStreaming(fetch(moduleUrl(area, "hoshu_bg.wasm")));
    module.catch(() => {});
    early = globalThis.__hoshuCompiled = { area, module };
  }
  if (!early || early.area !== area) return null;
  return early.module.catch(() => null);
}

/**
 * `fetch(url, init)`, or the same fetch js/boot.js started while the page's
 * modules loaded (`name`: "siteIndex", "examples"), taken once and only when
 * it is of the same URL.
 */
export function earlyFetch(name, url, init) {
  const early = (globalThis.__hoshuEarly ||= {});
  const started = early[name];
  early[name] = null;
  const same = started && globalThis.document && started.url === new URL(url, document.baseURI).href;
  return same ? started.response : fetch(url, init);
}

/** The areas whose module is loaded and ready: a calculation with them starts at once. */
const ready = new Set();
/** How many times an area's module failed to load (a retry asks under another URL). */
const failures = new Map();

/** Whether a request's module is loaded (else `calculate` fetches and compiles it first). */
export function moduleReady(request) {
  return ready.has(areaFor(request) || pageArea());
}

/** Loads an area's module once; resolves to its exports. */
export function loadArea(area) {
  if (!Object.hasOwn(AREAS, area)) return Promise.reject(new Error(`no area module "${area}"`));
  if (!modules.has(area)) {
    // A module script that failed to load stays failed for this document
    // (the browser's module map keeps the failure): a retry asks for it
    // under another URL.
    const glue = moduleUrl(area, "hoshu.js");
    if (failures.get(area)) glue.searchParams.set("retry", failures.get(area));
    const loading = import(glue.href).then(async (m) => {
      await m.default({ module_or_path: (await compiledEarly(area)) || moduleUrl(area, "hoshu_bg.wasm") });
      globalThis.performance?.mark?.("hoshu:instantiated", { detail: area });
      ready.add(area);
      return m;
    });
    // A failed load (offline, say) may be tried again later.
    loading.catch(() => {
      modules.delete(area);
      failures.set(area, (failures.get(area) || 0) + 1);
    });
    modules.set(area, loading);
  }
  return modules.get(area);
}

/**
 * Answers a request (`{ calculator: "seikatsu_kaigo.month", … }`) with the
 * module of its calculator's area (the yen chain's by its units: see
 * [`areaFor`]), loaded on demand. A request whose
 * calculator names no area is answered by the page's module (which says so).
 */
export async function calculate(request) {
  const m = await loadArea(areaFor(request) || pageArea());
  return m.calculate(request);
}

/**
 * Loads the page's module; resolves to the core a page works with: that
 * module's functions (version, wareki, figures, checkFigureSet…), with
 * `calculate` answering any area.
 */
export function loadCore(area = pageArea()) {
  return loadArea(area).then((m) => ({ ...m, area, calculate }));
}

/** Small DOM builder: el("p", {class: "x"}, "text", child). Text is never parsed as HTML. */
export function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "class") e.className = v;
    else if (k === "text") e.textContent = v;
    else if (k.startsWith("on") && typeof v === "function") listen(e, k.slice(2), v);
    else e.setAttribute(k, v === true ? "" : String(v));
  }
  append(e, children);
  return e;
}

// An element's handlers, by event type: kept on the element so that
// `morph` can hand a kept element the handlers of its new version.
const HANDLERS = Symbol("handlers");

function listen(e, type, f) {
  if (!e[HANDLERS]) e[HANDLERS] = {};
  if (!e[HANDLERS][type]) e.addEventListener(type, (ev) => e[HANDLERS][type]?.(ev));
  e[HANDLERS][type] = f;
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

/**
 * As `fill`, changing only what differs: nodes of the same kind are kept and
 * their text, attributes and handlers updated, so a recalculation re-lays out
 * only the figures that changed. A <details> the reader opened stays open.
 */
export function morph(container, ...children) {
  const next = document.createElement(container.tagName);
  append(next, children);
  patchChildren(container, next);
}

function patchChildren(live, next) {
  const old = [...live.childNodes];
  const now = [...next.childNodes];
  now.forEach((n, i) => {
    const o = old[i];
    if (!o) live.append(n);
    else if (o.nodeType === n.nodeType && o.nodeName === n.nodeName && o.nodeType !== Node.COMMENT_NODE) patch(o, n);
    else live.replaceChild(n, o);
  });
  for (const o of old.slice(now.length)) o.remove();
}

function patch(o, n) {
  if (o.nodeType === Node.TEXT_NODE) {
    if (o.data !== n.data) o.data = n.data;
    return;
  }
  for (const a of [...o.attributes]) {
    if (!n.hasAttribute(a.name) && !(a.name === "open" && o.nodeName === "DETAILS")) o.removeAttribute(a.name);
  }
  for (const a of n.attributes) {
    if (o.getAttribute(a.name) !== a.value) o.setAttribute(a.name, a.value);
  }
  for (const type of Object.keys(o[HANDLERS] || {})) o[HANDLERS][type] = undefined;
  for (const [type, f] of Object.entries(n[HANDLERS] || {})) listen(o, type, f);
  patchChildren(o, n);
}
