// The WebAssembly instance answers hostile input by name and keeps working:
// a 10,000-deep object, a cyclic object, a Symbol, a function, a BigInt, NaN,
// Infinity, a typed array, a Date — then a valid request still computes.
// Run by `node --test tests/js/` after scripts/build.sh.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import { initSync, calculate, calculateJson } from "../../pkg/hoshu.js";

initSync({ module: fs.readFileSync(new URL("../../pkg/hoshu_bg.wasm", import.meta.url)) });

const valid = JSON.parse(fs.readFileSync(new URL("../cases/bench-request.json", import.meta.url), "utf8"));

function stillWorks() {
  const r = calculate(valid);
  assert.equal(r.ok, true, JSON.stringify(r.problems));
  assert.equal(r.result.day.basic_units, 1000);
}

function refusedByName(resp, fieldPattern) {
  assert.equal(resp.ok, false);
  assert.ok(resp.problems.length > 0, "at least one problem");
  for (const p of resp.problems) {
    assert.match(p.message, /[\u3040-\u30ff\u4e00-\u9fff]/, `Japanese message: ${p.message}`);
    assert.doesNotMatch(p.message, /invalid type|expected|RuntimeError/);
  }
  if (fieldPattern) assert.ok(resp.problems.some((p) => fieldPattern.test(p.field)), JSON.stringify(resp.problems));
}

test("a 10,000-deep object is refused by name, and the instance survives", () => {
  let deep = {};
  const root = deep;
  for (let i = 0; i < 10000; i++) { deep.x = {}; deep = deep.x; }
  refusedByName(calculate({ ...valid, office: root }), /^office/);
  stillWorks();
});

test("a cyclic object is refused by name, and the instance survives", () => {
  const office = { capacity: 20 };
  office.self = office;
  refusedByName(calculate({ ...valid, office }), /^office/);
  stillWorks();
});

test("Symbol, function, BigInt, NaN, Infinity, typed arrays and Dates are refused by field", () => {
  const cases = [
    [{ ...valid, office: { capacity: Symbol("x") } }, /^office\.capacity$/],
    [{ ...valid, office: { capacity: () => 1 } }, /^office\.capacity$/],
    [{ ...valid, office: { capacity: 20n } }, /^office\.capacity$/],
    [{ ...valid, office: { capacity: NaN } }, /^office\.capacity$/],
    [{ ...valid, office: { capacity: Infinity } }, /^office\.capacity$/],
    [{ ...valid, office: { capacity: new Uint8Array([1, 2]) } }, /^office\.capacity$/],
    [{ ...valid, service_date: new Date() }, /^service_date$/],
    [Symbol("whole"), /^$/],
    [42, /^$/],
  ];
  for (const [req, field] of cases) {
    refusedByName(calculate(req), field);
    stillWorks();
  }
});

test("numbers are read exactly: 20.5 is not an integer, 7.5e1 is 75", () => {
  const r = calculate({ ...valid, office: { capacity: 20.5 } });
  refusedByName(r, /^office\.capacity$/);
  assert.match(r.problems.find((p) => p.field === "office.capacity").message, /20\.5/);
  const ok = calculate({ ...valid, office: { capacity: 7.5e1 } });
  assert.equal(ok.ok, true, JSON.stringify(ok.problems));
});

test("a list beyond its limit is refused before any work, quickly", () => {
  const users = Array.from({ length: 100000 }, () => ({ burden_category: "general-1", units: 1 }));
  const t0 = performance.now();
  const r = calculate({ calculator: "money.office_month", service_month: "2024-06", service: "units", users });
  const ms = performance.now() - t0;
  refusedByName(r, /^users$/);
  assert.ok(ms < 1000, `refused in ${ms} ms`);
  stillWorks();
});

test("calculateJson answers JSON text with JSON text, also for text that is not JSON", () => {
  const ok = JSON.parse(calculateJson(JSON.stringify(valid)));
  assert.equal(ok.ok, true);
  const bad = JSON.parse(calculateJson("{ not json"));
  refusedByName(bad);
  stillWorks();
});
