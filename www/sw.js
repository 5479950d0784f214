/*
 * The site's service worker: once a page has been loaded, every page, script,
 * style and the WebAssembly core are kept in the browser's Cache Storage, so
 * the calculators work offline (集団指導の会場, a 事業所 with a poor line).
 *
 * scripts/build.sh writes VERSION (a hash of the site's files) and FILES (every
 * file of dist/ but this one and accessibility.html) into dist/sw.js; a new
 * build is a new VERSION, so the browser installs the new worker, which takes
 * over at once (skipWaiting, clients.claim) and deletes the old version's cache.
 *
 * Only requests to the site's own origin are answered; nothing else is ever
 * requested. Pages are looked up without their query (the form's state).
 * It stores no input: only the site's own files.
 */
"use strict";

const VERSION = "dev";
const FILES = [];
const PREFIX = "hoshu-";
const CACHE = PREFIX + VERSION;

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches.open(CACHE)
      .then((cache) => cache.addAll(FILES.map((f) => new Request(f, { cache: "reload" }))))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((names) => Promise.all(names.filter((n) => n.startsWith(PREFIX) && n !== CACHE).map((n) => caches.delete(n))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(
    caches.open(CACHE)
      .then((cache) => cache.match(request, { ignoreSearch: true }))
      .then((hit) => hit || fetch(request)),
  );
});
