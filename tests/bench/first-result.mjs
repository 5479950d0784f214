// Time from navigation start to the first result of a page in headless
// Chromium (Debian's, via playwright-core), served from dist/ on 127.0.0.1.
// Reports figures; asserts nothing about time.
//
//   node tests/bench/first-result.mjs [PAGE] [RUNS]     (default seikatsu-kaigo.html, 5)
//
// Each run is a fresh browser context (no cache). Times are performance.now()
// in the page (0 = navigation start): the page's own
// `<html data-first-result-ms>`, else when `#result[data-state="ok"]` appeared,
// and when `<html data-ready="true">` was set. Prints one JSON line.
import { withPage, shutdown } from "../browser/harness.mjs";

const pagePath = process.argv[2] || "seikatsu-kaigo.html";
const runs = Number(process.argv[3] || 5);

// Installed before the page's scripts: notes when the marks appear.
function watch() {
  const t = (window.__hoshuTimes = {});
  const check = () => {
    const d = document.documentElement.dataset;
    if (t.ready === undefined && d.ready === "true") t.ready = performance.now();
    if (t.resultOk === undefined && document.querySelector('#result[data-state="ok"]')) {
      t.resultOk = performance.now();
    }
  };
  new MutationObserver(check).observe(document, {
    subtree: true,
    attributes: true,
    attributeFilter: ["data-ready", "data-state"],
  });
}

const samples = [];
try {
  for (let i = 0; i < runs; i++) {
    const s = await withPage(
      pagePath,
      async (page, ctx) => {
        await page.addInitScript(watch);
        await page.goto(ctx.url, { waitUntil: "commit" });
        const got = await page
          .waitForFunction(
            () => {
              const t = window.__hoshuTimes || {};
              if (document.documentElement.dataset.firstResultMs || t.resultOk !== undefined) return true;
              // Ready for 3 s and still no result: the page shows none by itself.
              return t.ready !== undefined && performance.now() - t.ready > 3000 ? "none" : false;
            },
            null,
            { timeout: 15000 },
          )
          .then((h) => h.jsonValue())
          .then((v) => v === true)
          .catch(() => false);
        return page.evaluate((got) => {
          const t = window.__hoshuTimes || {};
          const own = document.documentElement.dataset.firstResultMs;
          return {
            firstResultMs: got ? (own !== undefined ? Number(own) : t.resultOk) : null,
            source: got ? (own !== undefined ? "data-first-result-ms" : "#result[data-state=ok]") : "none",
            readyMs: t.ready ?? null,
          };
        }, got);
      },
      { goto: false },
    ).catch((e) => ({ error: String(e.message || e) }));
    samples.push(s);
  }
} finally {
  await shutdown();
}

const med = (xs) => {
  const v = xs.filter((x) => typeof x === "number").sort((a, b) => a - b);
  return v.length ? v[Math.floor((v.length - 1) / 2)] : null;
};
console.log(
  JSON.stringify({
    page: pagePath,
    runs,
    firstResultMedianMs: med(samples.map((s) => s.firstResultMs)),
    firstResultMinMs: med(samples.map((s) => s.firstResultMs).filter((x) => x != null).sort((a, b) => a - b).slice(0, 1)),
    readyMedianMs: med(samples.map((s) => s.readyMs)),
    source: samples.find((s) => s.source)?.source ?? "none",
    errors: samples.filter((s) => s.error).map((s) => s.error),
  }),
);
