// The site's area modules (pkg/areas/<area>/) against the whole core
// (pkg/hoshu.js, what npm users and embedders get): every case of
// tests/cases/ answered through the site's one calculate() (dist/js/lib/
// core.mjs, which loads each calculator's area module on demand) is the very
// response the whole core gives; each area module holds exactly its own
// calculators and names the module of any other.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import * as full from "../../pkg/hoshu.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
full.initSync({ module: fs.readFileSync(path.join(root, "pkg/hoshu_bg.wasm")) });

// core.mjs loads a module's wasm with fetch(), as a browser does; node's
// fetch does not read file: URLs, so they are read here.
const netFetch = globalThis.fetch;
globalThis.fetch = async (input, init) => {
  const url = new URL(input instanceof Request ? input.url : String(input));
  if (url.protocol !== "file:") return netFetch(input, init);
  return new Response(fs.readFileSync(url), { headers: { "content-type": "application/wasm" } });
};
// The served site (dist/: www/ with pkg/areas/ beside its js/).
const core = await import("../../dist/js/lib/core.mjs");

function cases() {
  const dir = path.join(root, "tests/cases");
  const walk = (d) => fs.readdirSync(d, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? walk(path.join(d, e.name)) : [path.join(d, e.name)]));
  return walk(dir).filter((f) => f.endsWith(".json")).sort().flatMap((f) => {
    const data = JSON.parse(fs.readFileSync(f, "utf8"));
    return (Array.isArray(data) ? data : []).map((c) => ({ file: path.relative(dir, f), ...c }));
  });
}

test("areas: core.mjs, Cargo.toml's area-* features and pkg/areas/ name the same areas", () => {
  const cargo = fs.readFileSync(path.join(root, "Cargo.toml"), "utf8");
  const features = [...cargo.matchAll(/^area-([a-z_]+)\s*=/gm)].map((m) => m[1]);
  assert.deepEqual(Object.keys(core.AREAS).sort(), [...features].sort());
  assert.deepEqual(fs.readdirSync(path.join(root, "pkg/areas")).sort(), [...features].sort());
  const pkg = JSON.parse(fs.readFileSync(path.join(root, "pkg/package.json"), "utf8"));
  assert.ok(pkg.files.includes("areas/*/hoshu_bg.wasm") && pkg.files.includes("hoshu_bg.wasm"), "the npm package holds the whole core and the areas");
});

test("areas: each module holds exactly its own calculators", async () => {
  const all = full.calculators().map(([n]) => n);
  for (const area of Object.keys(core.AREAS)) {
    const m = await core.loadArea(area);
    const own = all.filter((n) => core.areaOf(n) === area);
    assert.deepEqual(m.calculators().map(([n]) => n), own, area);
    assert.equal(m.version(), full.version());
  }
  assert.equal(core.areaOf("no_such.thing"), null);
});

test("areas: another area's calculator is refused by name, and calculate() routes it", async () => {
  const request = JSON.parse(fs.readFileSync(path.join(root, "tests/cases/bench-request.json"), "utf8"));
  const kaikei = await core.loadArea("kaikei");
  const refused = kaikei.calculate(request);
  assert.equal(refused.ok, false);
  assert.equal(refused.problems[0].field, "calculator");
  assert.match(refused.problems[0].message, /pkg\/areas\/seikatsu_kaigo\//);
  const routed = await core.calculate(request);
  assert.deepEqual(routed, full.calculate(request));
});

test("areas: every case answers the same through its area module as through the whole core", async () => {
  const all = cases();
  assert.ok(all.length > 100, `${all.length} cases`);
  let compared = 0;
  for (const c of all) {
    if (!core.areaOf(c.request?.calculator)) continue;
    const mine = await core.calculate(c.request);
    assert.deepEqual(mine, full.calculate(c.request), `${c.file}: ${c.name}`);
    compared++;
  }
  assert.ok(compared > 100, `${compared} compared`);
});

test("areas: figures() of an area module are the whole core's rows of that area", async () => {
  const sk = await core.loadArea("seikatsu_kaigo");
  assert.deepEqual(sk.figures("seikatsu_kaigo.time_band"), full.figures("seikatsu_kaigo.time_band"));
  assert.ok(sk.figures("seikatsu_kaigo.time_band").length > 0);
  // Another area's tables are not in it.
  assert.deepEqual(sk.figures("shuro.b.basic"), []);
  assert.ok(full.figures("shuro.b.basic").length > 0);
});

test("areas: only the modules with every table save typed figures and give the coverage", async () => {
  for (const area of Object.keys(core.AREAS)) {
    const m = await core.loadArea(area);
    assert.equal(typeof m.saveFigures === "function", area === "coverage", `${area} saveFigures`);
    assert.equal(typeof m.coverage === "function", area === "coverage", `${area} coverage`);
    assert.equal(typeof m.calculateJson, "undefined", `${area} calculateJson (pkg/hoshu.js only)`);
  }
  const cov = await core.loadArea("coverage");
  assert.deepEqual(cov.coverage([]), full.coverage([]));
});
