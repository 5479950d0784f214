// Works offline once loaded: registers the site's service worker (sw.js, at
// the site folder's root, so its scope is the folder). It caches the site's
// own files only; nothing is requested from anywhere else.

/** Registers sw.js; a browser without service workers (or a blocked one) simply stays online-only. */
export function registerOffline() {
  if (!("serviceWorker" in navigator) || !window.isSecureContext) return;
  const url = new URL("../../sw.js", import.meta.url);
  navigator.serviceWorker.register(url, { scope: new URL("./", url).pathname }).catch((e) => {
    console.warn(`hoshu: オフライン用の保存を始められませんでした（${e && e.message}）`);
  });
}
