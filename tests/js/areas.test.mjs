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
    const own = all.filter((n) => core.holds(area, n));
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

test("areas: the money modules by service price the units src/engine/areas.rs gives them", () => {
  const rs = fs.readFileSync(path.join(root, "src/engine/areas.rs"), "utf8");
  const units = Object.fromEntries([...rs.matchAll(/Area \{ name: "(money_[a-z_]+)".*units: &\[([^\]]*)\]/g)]
    .map(([, name, list]) => [name, [...list.matchAll(/"([^"]+)"/g)].map((m) => m[1])]));
  assert.deepEqual(units, core.MONEY_UNITS);
  // …and the prices (areas.rs `PRICES`) at which units are priced.
  const prices = Object.fromEntries([...rs.matchAll(/Price \{ id: "([a-z-]+)".*units: &\[([^\]]*)\]/g)]
    .map(([, id, list]) => [id, [...list.matchAll(/"([^"]+)"/g)].map((m) => m[1])]));
  assert.ok(Object.keys(prices).length >= 8, JSON.stringify(prices));
  assert.deepEqual(prices, core.PRICE_UNITS);
});

test("areas: a money module by service ignores a figure typed for another module's key (money.html keeps the form's figures across services), and still refuses a misspelt one of its own", async () => {
  const c = cases().find((x) => x.request?.calculator === "money.office_month" && x.request.service === "group_home" && !x.request.units_request);
  assert.ok(c, "a 共同生活援助 case");
  const gh = await core.loadArea("money_group_home");
  const mine = gh.calculate(c.request);
  assert.equal(mine.ok, true, JSON.stringify(mine.problems));
  // A figure of 就労系 and a 単価 of 生活介護: another module's keys, never read here.
  const others = { "shuro.b.addition.meal": "30", "money.unit_price.seikatsu-kaigo.grade-2": "10.9" };
  const r = gh.calculate({ ...c.request, user_figures: { ...(c.request.user_figures || {}), ...others } });
  assert.deepEqual(r, mine);
  // The whole core holds them (and would use a typed 単価 of its own service).
  assert.equal(full.calculate({ ...c.request, user_figures: others }).ok, true);
  // A misspelt key of its own groups is still refused by name.
  const typo = gh.calculate({ ...c.request, user_figures: { "group_home.basic.i.kubun9": "100" } });
  assert.equal(typo.ok, false);
  assert.match(typo.problems[0].message, /本製品に登録されていません/);
  assert.equal(typo.problems[0].field, "user_figures.group_home.basic.i.kubun9");
});

test("areas: a money module by service holds the prices of its own services only; units entered directly go to one that holds theirs", async () => {
  const c = cases().find((x) => x.request?.calculator === "money.office_month" && x.request.service === "units" && x.request.price_service && !x.request.units_request);
  assert.ok(c, "a case of units entered directly");
  for (const area of Object.keys(core.MONEY_UNITS)) {
    const m = await core.loadArea(area);
    const parts = new Set(m.figures("money.unit_price").map((f) => f.key.split(".")[2]));
    for (const [id, units] of Object.entries(core.PRICE_UNITS)) {
      const held = [...units, "units"].some((u) => core.MONEY_UNITS[area].includes(u));
      const r = m.calculate({ ...c.request, price_service: id });
      const refused = r.problems.find((p) => /このモジュールには「.*」の1単位の単価と処遇改善加算の率がありません/.test(p.message));
      assert.equal(!refused, held, `${area} ${id}: ${JSON.stringify(r.problems)}`);
      if (refused) assert.equal(refused.field, "price_service");
      if (held) assert.deepEqual(r, full.calculate({ ...c.request, price_service: id }), `${area} ${id}`);
      const req = { ...c.request, price_service: id };
      assert.ok(core.unitsOf(req).some((u) => core.MONEY_UNITS[core.areaFor(req)]?.includes(u)), `${id} → ${core.areaFor(req)}`);
    }
    const every = core.MONEY_UNITS[area].includes("units");
    assert.ok(every ? parts.size === 7 : parts.size >= 1 && parts.size < 7, `${area} holds the unit prices of ${[...parts]}`);
  }
});

test("areas: calculate() sends money requests to the module of their service", async () => {
  const all = cases().filter((c) => /^money\.(office_month|compare)$/.test(c.request?.calculator));
  assert.ok(all.length > 20, `${all.length} money cases`);
  const used = new Set();
  for (const c of all) {
    const area = core.areaFor(c.request);
    used.add(area);
    const mine = (await core.loadArea(area)).calculate(c.request);
    // The module chosen never answers that it lacks the service's units.
    assert.ok(!mine.problems.some((p) => /このモジュールには/.test(p.message)), `${c.file}: ${c.name} (${area})`);
    assert.deepEqual(mine, full.calculate(c.request), `${c.file}: ${c.name} (${area})`);
  }
  assert.deepEqual([...used].sort(), ["money", ...Object.keys(core.MONEY_UNITS)].sort());
  const month = (service, extra = {}) => ({ calculator: "money.office_month", service, ...extra });
  assert.equal(core.areaFor(month("seikatsu_kaigo")), "money_seikatsu_kaigo");
  assert.equal(core.areaFor(month("group_home")), "money_group_home");
  assert.equal(core.areaFor(month("shuro_b")), "money_shuro");
  assert.equal(core.areaFor(month("units")), "money_seikatsu_kaigo");
  assert.equal(core.areaFor(month("shuro_a", { units_request: { calculator: "shuro.a.month" } })), "money_shuro");
  assert.equal(core.areaFor(month("soudan", { units_request: { calculator: "soudan.month" } })), "money_soudan");
  assert.equal(core.areaFor(month("group_home", { units_request: { calculator: "yokohama_gh.month" } })), "money_yokohama_gh");
  assert.equal(core.areaFor(month("seikatsu_kaigo", { units_request: { calculator: "seikatsu_kaigo.month" } })), "money_seikatsu_kaigo_days");
  assert.equal(core.areaFor(month("生活介護")), "money");
  const compare = (...services) => ({ calculator: "money.compare", scenarios: services.map((s) => ({ request: month(s) })) });
  assert.equal(core.areaFor(compare("shuro_b", "shuro_a", "units")), "money_shuro");
  assert.equal(core.areaFor(compare("shuro_b", "seikatsu_kaigo")), "money");
  const units = (price_service) => month("units", { price_service });
  // Units entered directly: the module that holds every price (money.html's default), or the service's own.
  assert.equal(core.areaFor(units("kyodo-seikatsu")), "money_seikatsu_kaigo");
  assert.equal(core.areaFor(units("shuro-b")), "money_seikatsu_kaigo");
  assert.equal(core.areaFor({ calculator: "money.compare", scenarios: [{ request: units("shuro-b") }, { request: month("shuro_a") }] }), "money_shuro");
  assert.equal(core.areaFor({ calculator: "money.compare", scenarios: [{ request: units("kyodo-seikatsu") }, { request: month("shuro_a") }] }), "money");
  assert.equal(core.areaFor({ calculator: "money.compare", scenarios: [{ request: units("shuro-b") }, { request: units("kyodo-seikatsu") }] }), "money_seikatsu_kaigo");
  assert.equal(core.areaFor({ calculator: "money.burden_management" }), "burden");
});

test("areas: a money module asked for another service's units says so, by field", async () => {
  const c = cases().find((x) => x.request?.calculator === "money.office_month" && x.request.service === "shuro_b" && !x.request.units_request);
  assert.ok(c, "a 就労継続支援B型 case");
  const sk = await core.loadArea("money_seikatsu_kaigo");
  const r = sk.calculate(c.request);
  assert.equal(r.ok, false);
  const p = r.problems.find((x) => /このモジュールには就労系サービスの単位数の計算がありません/.test(x.message));
  assert.ok(p, JSON.stringify(r.problems));
  assert.equal(p.field, "service");
  const carried = cases().find((x) => x.request?.units_request?.calculator === "soudan.month");
  assert.ok(carried, "a case carried from 計画相談支援");
  const shuro = await core.loadArea("money_shuro");
  const q = shuro.calculate(carried.request).problems.find((x) => /このモジュールには計画相談支援/.test(x.message));
  assert.equal(q?.field, "units_request.calculator");
  const gh = await core.loadArea("money_group_home");
  const sks = cases().find((x) => x.request?.calculator === "money.office_month" && x.request.service === "seikatsu_kaigo" && !x.request.units_request);
  assert.equal(gh.calculate(sks.request).problems.find((x) => /このモジュールには生活介護/.test(x.message))?.field, "service");
});
