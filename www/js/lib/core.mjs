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
  money: ["money."],
  coverage: [],
  base: [],
};

const modules = new Map();

/** The area module that holds a calculator (`money.compare` → `money`), or null. */
export function areaOf(calculator) {
  if (typeof calculator !== "string") return null;
  const match = (c) => c === calculator || (c.endsWith(".") && calculator.startsWith(c));
  return Object.keys(AREAS).find((a) => AREAS[a].some(match)) || null;
}

/** The page's own area (`<html data-area>`); `base` when it names none. */
export function pageArea() {
  const area = globalThis.document?.documentElement?.dataset?.area;
  return Object.hasOwn(AREAS, area) ? area : "base";
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

/** Loads an area's module once; resolves to its exports. */
export function loadArea(area) {
  if (!Object.hasOwn(AREAS, area)) return Promise.reject(new Error(`no area module "${area}"`));
  if (!modules.has(area)) {
    const loading = import(moduleUrl(area, "hoshu.js").href).then(async (m) => {
      await m.default({ module_or_path: (await compiledEarly(area)) || moduleUrl(area, "hoshu_bg.wasm") });
      globalThis.performance?.mark?.("hoshu:instantiated", { detail: area });
      return m;
    });
    // A failed load (offline, say) may be tried again later.
    loading.catch(() => modules.delete(area));
    modules.set(area, loading);
  }
  return modules.get(area);
}

/**
 * Answers a request (`{ calculator: "seikatsu_kaigo.month", … }`) with the
 * module of its calculator's area, loaded on demand. A request whose
 * calculator names no area is answered by the page's module (which says so).
 */
export async function calculate(request) {
  const m = await loadArea(areaOf(request?.calculator) || pageArea());
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
