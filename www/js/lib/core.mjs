// The WebAssembly core, loaded once, and the two DOM helpers every module
// builds with. No request ever leaves the page's origin.

import init, * as hoshu from "../../pkg/hoshu.js";

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
