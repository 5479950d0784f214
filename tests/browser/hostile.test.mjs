// The page's own WebAssembly instance survives hostile calls (a 10,000-deep
// object, a cyclic object, a Symbol, NaN, a BigInt): each is answered with a
// named problem, and the page's calculator still computes afterwards.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { withPage, waitReady, assertNoErrors, shutdown } from "./harness.mjs";

after(shutdown);

test("the page's core answers hostile values by name and keeps working", { timeout: 60000 }, async () => {
  await withPage("seikatsu-kaigo.html", async (page, ctx) => {
    await waitReady(page, 15000);
    const out = await page.evaluate(async () => {
      const { loadCore } = await import("./js/lib/core.mjs");
      const core = await loadCore();
      const valid = {
        calculator: "seikatsu_kaigo.day", service_date: "2024-06-03", office: { capacity: 75 }, user: { kubun: "6" },
        plan: { service_minutes: "4:00", transport_round_trip_minutes: "3:00", transport_service_not_local: true, trait_reason: "medical_care", trait_minutes: 30, in_home_care_minutes: 30 },
        day: { situation: "as_planned" },
      };
      let deep = {};
      const root = deep;
      for (let i = 0; i < 10000; i++) { deep.x = {}; deep = deep.x; }
      const cyclic = { capacity: 75 };
      cyclic.self = cyclic;
      const hostile = [
        { ...valid, office: root },
        { ...valid, office: cyclic },
        { ...valid, office: { capacity: Symbol("x") } },
        { ...valid, office: { capacity: NaN } },
        { ...valid, office: { capacity: 75n } },
      ];
      const answers = await Promise.all(hostile.map(async (r) => {
        try {
          const a = await core.calculate(r);
          return { ok: a.ok, fields: a.problems.map((p) => p.field), messages: a.problems.map((p) => p.message) };
        } catch (e) {
          return { threw: String(e) };
        }
      }));
      const after = await core.calculate(valid);
      return { answers, after: { ok: after.ok, units: after.result && after.result.day.basic_units } };
    });
    for (const a of out.answers) {
      assert.ok(!a.threw, `threw: ${a.threw}`);
      assert.equal(a.ok, false);
      assert.ok(a.fields.some((f) => f.startsWith("office")), JSON.stringify(a));
      assert.ok(a.messages.every((m) => /[\u3040-\u30ff\u4e00-\u9fff]/.test(m)), JSON.stringify(a));
    }
    assert.deepEqual(out.after, { ok: true, units: 1000 });
    assertNoErrors(ctx);
  });
});
