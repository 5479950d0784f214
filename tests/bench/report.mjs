// The benchmark's table (scripts/bench.sh): the figures of sizes.mjs,
// pages.mjs, examples/bench.rs and wasm-bench.mjs side by side, each goal of
// issue 15 reported as met or not. Reports; asserts nothing.
//
//   node tests/bench/report.mjs RESULTS_DIR HEADER_LINE…
import fs from "node:fs";
import path from "node:path";

const dir = process.argv[2];
const header = process.argv.slice(3);
const read = (f) => JSON.parse(fs.readFileSync(path.join(dir, f), "utf8"));
const sizes = read("sizes.json");
const pages = read("pages.json");
const thr = read("throughput.json");

const GOAL_KB = 120;
const kb = (b) => (b / 1024).toFixed(1);
const ms = (x) => (x == null ? "n/a" : x.toFixed(x < 10 ? 2 : 0));
const spread = (s) => (s ? `${ms(s.median)} (${ms(s.min)}–${ms(s.max)})` : "n/a");
const mark = (ok) => (ok == null ? "" : ok ? " ✓" : " ✗");
const med = (xs) => {
  const v = [...xs].sort((a, b) => a - b);
  return v[Math.floor((v.length - 1) / 2)];
};
const row = (cells, widths) => cells.map((c, i) => String(c).padEnd(widths[i])).join("  ").trimEnd();

const out = [...header, ""];

out.push(`1. The wasm each page loads (goal: ≤ ${GOAL_KB} KB gzip), KB = 1,024 bytes`);
const w1 = [24, 16, 10, 10, 10, 9];
out.push(row(["page", "module", "raw KB", "gzip KB", "brotli KB", "js gzip"], w1));
for (const p of sizes.pages) {
  if (!p.area) {
    out.push(row([p.page, "(none)", "", "", "", ""], w1));
    continue;
  }
  for (const { when, area } of p.by_url || [{ when: "", area: p.area }]) {
    const a = sizes.areas[area];
    const name = when ? `  ?${when.replace(/=.*/, "")}=${when.includes("=") ? when.split("=")[1] : "…"}` : p.page;
    out.push(row([name, `areas/${area}`, kb(a.wasm.raw), kb(a.wasm.gzip) + mark(a.wasm.gzip <= GOAL_KB * 1024), kb(a.wasm.brotli), kb(a.js.gzip)], w1));
  }
}
if (sizes.pages.some((p) => p.by_url)) out.push("   ?…: the module the page loads for that URL instead (<html data-areas>, the first rule met).");
out.push(row(["(npm, embedders)", "pkg/hoshu.js", kb(sizes.full.wasm.raw), kb(sizes.full.wasm.gzip), kb(sizes.full.wasm.brotli), kb(sizes.full.js.gzip)], w1));
const onDemand = sizes.areas.coverage;
if (onDemand) out.push(`   saving typed figures loads areas/coverage on demand (${kb(onDemand.wasm.gzip)} KB gzip), on the first save only.`);
out.push("");

const blank = pages.blank;
out.push(`2. Navigation → first result painted, headless Chromium, ${pages.runs} loads each (median (min–max) ms; 0 = navigation start)`);
out.push(`   blank page in the same run: ${spread(blank)} ms. Goals: first result painted ≤ 3× blank; instantiate → first result ≤ 50 ms; page update ≤ 16 ms`);
out.push("   static: the same page's HTML and styles without any script, painted (its form's own layout), loaded in turn with the page and the blank one");
const w2 = [24, 22, 8, 16, 9, 20, 14, 16, 16, 22];
out.push(row(["page", "first result painted", "× blank", "static", "× static", "in page (not painted)", "data-ready", "wasm fetch at", "inst. → result", "recalc: work/paint"], w2));
for (const p of pages.pages) {
  if (!p.url) {
    out.push(row([p.page, "no result with its defaults"], w2));
    continue;
  }
  const ratio = p.firstPaint && blank ? p.firstPaint.median / blank.median : null;
  out.push(row([
    p.page,
    spread(p.firstPaint),
    ratio == null ? "n/a" : ratio.toFixed(2) + mark(ratio <= 3),
    p.static ? ms(p.static.median) + (blank ? ` (${(p.static.median / blank.median).toFixed(1)}×)` : "") : "n/a",
    p.static && p.firstPaint ? (p.firstPaint.median / p.static.median).toFixed(2) : "n/a",
    spread(p.firstResult),
    p.ready ? ms(p.ready.median) : "n/a",
    p.wasmFetch ? ms(p.wasmFetch.median) : "n/a",
    p.instantiateToResult ? ms(p.instantiateToResult.median) + mark(p.instantiateToResult.median <= 50) : "n/a",
    p.update ? `${ms(p.update.median)}${mark(p.update.median <= 16)} / ${ms(p.updatePaint?.median)}` : "n/a",
  ], w2));
}
const fields = pages.pages.filter((p) => p.updateField).map((p) => `${p.page}: ${p.updateField}`);
if (fields.length) out.push(`   recalc: one number field changed by 1 as a keystroke; work = the page's calculation and result update + layout, paint = keystroke → painted (waits for the next frame): ${fields.join(", ")}`);
const errors = pages.pages.flatMap((p) => p.errors.map((e) => `${p.page}: ${e}`));
if (errors.length) out.push(`   errors: ${errors.join(" | ")}`);
out.push("");

out.push(`3. Native vs wasm on the same request and the same work (JSON text in → JSON text out), ms per call, median (min–max) of ${thr.runs} runs`);
const w3 = [44, 20, 20, 12, 20, 22];
out.push(row(["request", "native", "wasm pkg/hoshu.js", "wasm/native", "same, objects in/out", "site's area module (objects)"], w3));
const s = (xs) => (xs ? `${ms(med(xs))} (${ms(Math.min(...xs))}–${ms(Math.max(...xs))})` : "n/a");
for (const t of thr.requests) {
  const n = t.native.ms_per_call, w = t.wasm.ms_per_call;
  const ratio = med(w) / med(n);
  out.push(row([t.label, s(n), s(w), ratio.toFixed(2) + mark(ratio <= 1.5), s(t.wasm.object_ms_per_call), `${s(t.wasm.area_ms_per_call)} ${t.wasm.area ? t.wasm.area.replace("pkg/", "") : ""}`], w3));
  if (!t.native.ok || !t.wasm.ok) out.push(`   (${t.label}: the request is not answered ok: native ${t.native.ok}, wasm ${t.wasm.ok})`);
}
const big = thr.requests.find((t) => t.users);
if (big) {
  out.push(`   ${big.users.toLocaleString("en")} users (money.office_month, one request): ${ms(med(big.native.ms_per_call))} ms natively, ${ms(med(big.wasm.ms_per_call))} ms in wasm (pkg/hoshu.js, text), ${ms(med(big.wasm.area_ms_per_call || [NaN]))} ms in the money page's module (objects).`);
}
out.push("   pkg/hoshu.js is built for speed (opt-level 3, as the native release build), the area modules for size (\"z\", their own allocator: src/heap.rs).");
out.push("");
out.push("Figures only, nothing asserted; timings vary 1.5–2× on a shared machine, so goals are ratios within one run.");
console.log(out.join("\n"));
