// Works offline once loaded: registers the site's service worker (sw.js, at
// the site folder's root, so its scope is the folder). It caches the site's
// own files only; nothing is requested from anywhere else.
//
// A page served by an older version's worker while a new build's worker takes
// over (the first visit after an update) says so, with a button to reload: the
// new version may hold corrected figures, and the form's state is in the URL,
// so a reload keeps what was typed.

import { el } from "./core.mjs";

/** Registers sw.js; a browser without service workers (or a blocked one) simply stays online-only. */
export function registerOffline() {
  if (!("serviceWorker" in navigator) || !window.isSecureContext) return;
  const url = new URL("../../sw.js", import.meta.url);
  // Served by a worker already: a change of worker now is a new version.
  const servedByOld = Boolean(navigator.serviceWorker.controller);
  navigator.serviceWorker.addEventListener("controllerchange", () => {
    if (servedByOld) showUpdated();
  });
  // Registered once the page has loaded: the worker's first install fetches
  // every file of the site, which must not compete with the page's own.
  const register = () => navigator.serviceWorker.register(url, { scope: new URL("./", url).pathname }).catch((e) => {
    console.warn(`hoshu: オフライン用の保存を始められませんでした（${e && e.message}）`);
  });
  if (document.readyState === "complete") register();
  else window.addEventListener("load", register, { once: true });
}

/** The notice of a new version, once, at the top of the page's main content. */
function showUpdated() {
  if (document.querySelector('[data-testid="update-notice"]')) return;
  const main = document.querySelector("main") || document.body;
  main.prepend(el("div", { class: "update-notice no-print", role: "status", "data-testid": "update-notice" },
    el("p", {}, "この計算機の新しい版が届きました。再読み込みすると、新しい版（資料の値の更新を含みます）で計算します。入力した内容は保たれます。"),
    el("button", { type: "button", "data-testid": "update-reload", onclick: () => location.reload() }, "再読み込み")));
}
