// 集団指導 (issue 16): the worked examples of www/examples/<page>.json and the
// drills of www/examples/drills.json, through the wasm boundary (pkg/). Every
// example names a case of tests/cases/ whose expectations hold (the source's
// figures); every drill's wrong and right calculations give the figures it
// states, and each names its rule and source. (The browser test
// tests/browser/present.test.mjs checks the pages send those requests.)
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import { initSync, calculate } from "../../pkg/hoshu.js";

initSync({ module: fs.readFileSync(new URL("../../pkg/hoshu_bg.wasm", import.meta.url)) });

const dir = new URL("../../www/examples/", import.meta.url);
const read = (u) => JSON.parse(fs.readFileSync(u, "utf8"));
const at = (obj, pointer) => pointer.split("/").slice(1).reduce((o, k) => (o == null ? undefined : o[k]), obj);

/** The pointers of `expect` that `response` does not meet. */
function unmet(response, expect) {
  return Object.entries(expect).filter(([p, v]) => JSON.stringify(at(response, p)) !== JSON.stringify(v))
    .map(([p, v]) => `${p}: expected ${JSON.stringify(v)}, got ${JSON.stringify(at(response, p))}`);
}

const files = fs.readdirSync(dir).filter((f) => f.endsWith(".json") && f !== "drills.json");

test("every example names a case whose request gives the source's figures; ids are unique", () => {
  assert.ok(files.length >= 11);
  for (const f of files) {
    const { examples } = read(new URL(f, dir));
    assert.equal(new Set(examples.map((e) => e.id)).size, examples.length, `${f}: repeated ids`);
    for (const ex of examples) {
      for (const k of ["id", "title", "source", "state", "figure"]) assert.ok(ex[k], `${f} ${ex.id}: no ${k}`);
      const cases = read(new URL(`../../tests/cases/${ex.case.file}`, import.meta.url));
      const c = cases.find((x) => x.name === ex.case.name);
      assert.ok(c, `${f} ${ex.id}: case «${ex.case.name}» not in ${ex.case.file}`);
      assert.equal(c.source, ex.source, `${f} ${ex.id}: the case cites another source`);
      assert.deepEqual(unmet(calculate(c.request), c.expect), [], `${f} ${ex.id}`);
    }
  }
});

test("every drill: the wrong and the right calculation give the figures it states; rule and source named", () => {
  const { drills } = read(new URL("drills.json", dir));
  assert.ok(drills.length >= 5);
  for (const d of drills) {
    for (const k of ["id", "area", "title", "mistake", "rule", "source"]) assert.ok(d[k], `${d.id}: no ${k}`);
    for (const kind of ["wrong", "right"]) {
      const s = d[kind];
      assert.ok(s.label && (s.request || s.worked), `${d.id} ${kind}: a calculation`);
      if (!s.request) continue;
      const res = calculate(s.request);
      assert.equal(res.ok, true, `${d.id} ${kind}: ${JSON.stringify(res.problems)}`);
      assert.deepEqual(unmet(res, s.expect), [], `${d.id} ${kind}`);
      for (const [, p, none] of s.show) {
        const v = at(res, p);
        assert.notEqual(v, undefined, `${d.id} ${kind}: nothing at ${p}`);
        // A value with no text (a month without a mark) is shown in the drill's own words.
        if (v === null || v === "") assert.ok(none, `${d.id} ${kind}: ${p} is empty and the drill gives no words for it`);
      }
    }
  }
});
