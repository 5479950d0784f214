// Smoke test of the generated module (pkg/, web target) in node:
// it loads with initSync and answers. Run by `node --test tests/js/`.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import { initSync, calculators, version, calculate } from "../../pkg/hoshu.js";

initSync({ module: fs.readFileSync(new URL("../../pkg/hoshu_bg.wasm", import.meta.url)) });

test("pkg: version() is the crate version", () => {
  const pkg = JSON.parse(fs.readFileSync(new URL("../../pkg/package.json", import.meta.url), "utf8"));
  assert.equal(version(), pkg.version);
});

test("pkg: calculators() lists [name, title] pairs", () => {
  const list = calculators();
  assert.ok(Array.isArray(list) && list.length > 0);
  for (const pair of list) {
    assert.equal(pair.length, 2);
    assert.equal(typeof pair[0], "string");
    assert.equal(typeof pair[1], "string");
  }
  assert.ok(list.some(([name]) => name === "seikatsu_kaigo.day"));
});

test("pkg: calculate() answers the sample day request", () => {
  const request = JSON.parse(
    fs.readFileSync(new URL("../cases/bench-request.json", import.meta.url), "utf8"),
  );
  const resp = calculate(request);
  assert.equal(resp.ok, true, JSON.stringify(resp.problems));
  assert.deepEqual(resp.problems, []);
  assert.equal(resp.result.day.basic_units, 1000);
});

test("pkg: calculate() gives problems, not an exception, for a bad request", () => {
  const resp = calculate({ calculator: "no_such_calculator" });
  assert.equal(resp.ok, false);
  assert.ok(resp.problems.length > 0);
});
