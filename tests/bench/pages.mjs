// The pages in headless Chromium (Debian's, via playwright-core), served from
// a copy of dist/ on 127.0.0.1 with a blank page beside them. Reports
// figures; asserts nothing about time.
//
//   node tests/bench/pages.mjs RUNS [PAGE.html[?state] …]   (default: every calculator page)
//
// For each page, first (not timed) the state that gives a result: its shared
// link in tests/bench/states.txt (or the state given), else the page's URL
// after 計算する with its own default values; then
// RUNS loads, each in a fresh browser context (nothing cached), of that URL,
// alternating with RUNS loads of the blank page (a page that only paints,
// with one module script — the least any page can do), so that both see the
// same machine load. Times are the page's performance.now() (0 = navigation
// start):
//
//   firstPaint   the result in the page and painted: the page's own
//                `hoshu:first-paint` mark (the task after the animation frame
//                that follows the result; the blank page marks the same way)
//   static       the same page's HTML and styles with no script at all
//                (bench-static-<page>: its scripts and preloads taken out, a
//                module that only marks the paint as the blank page does):
//                what its form alone costs to lay out and paint, loaded in
//                turn with it and the blank page
//   firstResult  the result in the page (`hoshu:first-result`)
//   ready        the data ready: core loaded, figure sets read, form restored (`hoshu:ready`)
//   wasmFetch    when the area module's wasm request started (Resource Timing)
//   instantiated the area module instantiated (`hoshu:instantiated`); and
//                instantiate → first result
//   update       a recalculation: a number field changed by one (an `input`
//                event, as a keystroke): the page's work — calculate and
//                update the result (its `data-last-update-ms`) and lay it out
//                (`update`) — and the keystroke → painted latency
//                (`updatePaint`, which includes waiting for the frame)
//
// Prints one JSON object.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const runs = Number(process.argv[2] || 5);
const wanted = process.argv.slice(3);

// A copy of dist/ with the blank page (dist/ itself stays as built).
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "hoshu-bench-"));
fs.cpSync(path.join(root, "dist"), dir, { recursive: true });
fs.writeFileSync(path.join(dir, "bench-blank.html"),
  '<!doctype html>\n<html lang="ja">\n<head>\n<meta charset="utf-8">\n<title>blank</title>\n' +
  '<link rel="icon" href="data:,">\n<script type="module" src="bench-blank.mjs"></script>\n</head>\n<body>\n<p>blank</p>\n</body>\n</html>\n');
fs.writeFileSync(path.join(dir, "bench-blank.mjs"),
  'performance.mark("hoshu:first-result");\nrequestAnimationFrame(() => setTimeout(() => performance.mark("hoshu:first-paint"), 0));\n');
/** The page without its scripts: its own layout and paint only (see `static` above). */
function staticCopy(file) {
  const name = `bench-static-${file}`;
  const html = fs.readFileSync(path.join(dir, file), "utf8")
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, "")
    .replace(/<link rel="(?:module)?preload"[^>]*>/g, "")
    .replace("</head>", '<script type="module" src="bench-blank.mjs"></script>\n</head>');
  fs.writeFileSync(path.join(dir, name), html);
  return name;
}
process.env.HOSHU_DIST = dir;
const { withPage, shutdown, htmlPages } = await import("../browser/harness.mjs");

const stats = (xs) => {
  const v = xs.filter((x) => typeof x === "number" && Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return null;
  return { median: v[Math.floor((v.length - 1) / 2)], min: v[0], max: v.at(-1), n: v.length };
};

/** The page's state that gives a result: its URL after 計算する with its defaults. */
async function resultState(pagePath) {
  return withPage(pagePath, async (page) => {
    await page.waitForFunction(() => document.documentElement.dataset.ready === "true", null, { timeout: 20000 });
    const area = await page.evaluate(() => document.documentElement.dataset.area || "base");
    const hasForm = await page.evaluate(() => !!document.getElementById("form"));
    if (!hasForm) return { area, url: null };
    if (!(await page.evaluate(() => document.getElementById("result")?.dataset.state === "ok"))) {
      await page.evaluate(() => document.getElementById("form").requestSubmit());
      await page.waitForFunction(() => ["ok", "error"].includes(document.getElementById("result")?.dataset.state), null, { timeout: 10000 }).catch(() => {});
    }
    await page.waitForTimeout(300); // the URL is written
    const ok = await page.evaluate(() => document.getElementById("result")?.dataset.state === "ok");
    return { area, url: ok ? page.url().replace(/^https?:\/\/[^/]+\//, "") : null };
  });
}

// No request routing (the browser tests' guard against requests leaving the
// origin): a route sends every request through the test driver and back,
// which delays each of a page's files, and the blank page has only two
// (measured: 生活介護 5.7 → 3.9× a blank page, same load).
async function measure(pagePath, recalc) {
  return withPage(pagePath, async (page, ctx) => {
    await page.goto(ctx.url, { waitUntil: "commit" });
    await painted(page);
    const t = await page.evaluate(() => {
      const at = (n) => performance.getEntriesByName(n)[0]?.startTime ?? null;
      const wasm = performance.getEntriesByType("resource").filter((r) => r.name.endsWith(".wasm"));
      return {
        firstPaint: at("hoshu:first-paint"),
        firstResult: at("hoshu:first-result"),
        ready: at("hoshu:ready"),
        instantiated: at("hoshu:instantiated"),
        wasmFetch: wasm.length ? Math.min(...wasm.map((r) => r.startTime)) : null,
        wasmFiles: wasm.map((r) => r.name.replace(/^.*\/pkg\//, "pkg/")),
      };
    });
    t.instantiateToResult = t.instantiated != null && t.firstResult != null ? t.firstResult - t.instantiated : null;
    if (recalc) Object.assign(t, await recalculate(page));
    return t;
  }, { goto: false, route: false });
}

/**
 * Waits for the page's `hoshu:first-paint` mark, asking from here every 50
 * ms: `waitForFunction` would inject Playwright's own script into the page
 * while it loads (~18 ms of the main thread, traced, right between the
 * result and its paint) and poll it in every animation frame, so the
 * harness would be timed with the page.
 */
async function painted(page) {
  const t0 = Date.now();
  while (!(await page.evaluate(() => performance.getEntriesByName("hoshu:first-paint").length > 0))) {
    if (Date.now() - t0 > 20000) throw new Error("no first paint in 20 s");
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** One keystroke's recalculation: a number field of the form, changed by one. */
async function recalculate(page) {
  return page.evaluate(async () => {
    const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    const result = document.getElementById("result");
    const fields = [...document.querySelectorAll('#form input[type="number"], #form input[inputmode="numeric"], #form input[inputmode="decimal"]')]
      .filter((i) => i.name && !i.disabled && i.offsetParent !== null && /^\d+$/.test(i.value.trim()));
    const html = document.documentElement;
    for (const input of fields) {
      for (const delta of [1, -1]) {
        const before = input.value;
        const next = String(Number(before) + delta);
        if (Number(next) < 0) continue;
        await frame();
        const mark = html.dataset.lastUpdateMs;
        const t0 = performance.now();
        input.value = next;
        input.dispatchEvent(new Event("input", { bubbles: true }));
        // The page recalculates in the next animation frame (its own time:
        // data-last-update-ms); the layout that follows is timed here.
        while (html.dataset.lastUpdateMs === mark && performance.now() - t0 < 2000) await new Promise((r) => setTimeout(r, 0));
        const l0 = performance.now();
        void document.body.offsetHeight;
        const layout = performance.now() - l0;
        await frame();
        const t2 = performance.now();
        const ok = result.dataset.state === "ok" && !result.dataset.stale && html.dataset.lastUpdateMs !== mark;
        input.value = before;
        input.dispatchEvent(new Event("input", { bubbles: true }));
        await frame();
        await frame();
        const script = Number(html.dataset.lastUpdateMs);
        if (ok) return { update: script + layout, updateScript: script, updateLayout: layout, updatePaint: t2 - t0, updateField: input.name };
      }
    }
    return { update: null, updateField: null };
  });
}

/** tests/bench/states.txt: a shared link per page. */
const states = new Map(fs.readFileSync(path.join(root, "tests/bench/states.txt"), "utf8").split("\n")
  .filter((l) => l.trim() && !l.startsWith("#")).map((l) => [l.split("?")[0], l.trim()]));

const out = { runs, blank: null, pages: [] };
try {
  const pages = wanted.length ? wanted : htmlPages(dir).filter((p) => !["bench-blank.html"].includes(p));
  const blank = [];
  for (const p of pages) {
    const [file] = p.split("?");
    const given = p.includes("?") ? p : states.get(file);
    const area = /data-area="([a-z_]+)"/.exec(fs.readFileSync(path.join(dir, file), "utf8"))?.[1] ?? null;
    const state = given ? { url: given, area } : await resultState(p);
    const entry = { page: file, url: state.url, area: state.area, samples: [] };
    out.pages.push(entry);
    if (!state.url) continue;
    const still = staticCopy(file);
    const statics = [];
    for (let i = 0; i < runs; i++) {
      blank.push(await measure("bench-blank.html", false).catch((e) => ({ error: String(e.message || e) })));
      statics.push(await measure(still, false).catch((e) => ({ error: String(e.message || e) })));
      entry.samples.push(await measure(state.url, i === 0 || i === runs - 1 || i % 2 === 0).catch((e) => ({ error: String(e.message || e) })));
    }
    entry.static = stats(statics.map((t) => t?.firstPaint));
  }
  out.blank = stats(blank.map((s) => s?.firstPaint));
  for (const e of out.pages) {
    const pick = (k) => stats(e.samples.map((s) => s?.[k]));
    for (const k of ["firstPaint", "firstResult", "ready", "wasmFetch", "instantiated", "instantiateToResult", "update", "updateScript", "updateLayout", "updatePaint"]) e[k] = pick(k);
    e.wasmFiles = e.samples.find((s) => s?.wasmFiles)?.wasmFiles ?? [];
    e.updateField = e.samples.find((s) => s?.updateField)?.updateField ?? null;
    e.errors = e.samples.filter((s) => s?.error).map((s) => s.error);
    delete e.samples;
  }
} finally {
  await shutdown();
  fs.rmSync(dir, { recursive: true, force: true });
}
console.log(JSON.stringify(out));
