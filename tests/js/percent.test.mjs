// A rate from data/ shown as a percentage on a page (data-figure-as="percent"):
// exact decimal text, never a binary float (0.075 → 7.5, not 7.499999…).
import { test } from "node:test";
import assert from "node:assert/strict";
import { percentText } from "../../www/js/lib/form.mjs";

test("a rate's text × 100, exactly", () => {
  const cases = { "0.35": "35", "0.30": "30", "0.075": "7.5", "1": "100", "0.5": "50", "1.25": "125", "0": "0", "0.001": "0.1" };
  for (const [v, want] of Object.entries(cases)) assert.equal(percentText(v), want, v);
});
