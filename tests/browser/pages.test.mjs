// Every page in dist/: it loads its own area's wasm module once (data-ready), throws nothing,
// logs no console error, requests nothing outside its own origin, has no axe
// (WCAG 2.1 A/AA) violation; 入力を消す works; a full-page screenshot goes to
// test-results/.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import {
  htmlPages,
  withPage,
  waitReady,
  assertNoErrors,
  assertNoOffOrigin,
  axeViolations,
  formatViolations,
  screenshot,
  shutdown,
} from "./harness.mjs";

after(shutdown);

const pages = htmlPages();

test("dist/ has pages", () => {
  assert.ok(pages.length > 0, "no *.html in dist/: run scripts/build.sh");
});

for (const p of pages) {
  test(`page ${p}`, { timeout: 60000 }, async () => {
    await withPage(p, async (page, ctx) => {
      const name = p.replace(/\.html$/, "");
      try {
        await waitReady(page, 15000);
      } catch (e) {
        await screenshot(page, name).catch(() => {});
        const detail = [...ctx.pageErrors, ...ctx.consoleErrors.map((m) => m.text)];
        if (detail.length) e.message += `\n  errors on the page:\n  ${detail.join("\n  ")}`;
        throw e;
      }
      // Let a first render and any late request settle.
      await page.waitForLoadState("networkidle", { timeout: 5000 }).catch(() => {});
      const shot = await screenshot(page, name);
      // Its own area's module, fetched once: the head's preload is the fetch
      // the module uses (not a second download), and no other area's wasm.
      const area = await page.evaluate(() => document.documentElement.dataset.area || "base");
      const wasm = ctx.requests.filter((u) => u.endsWith(".wasm")).map((u) => u.replace(/^.*?\/pkg\//, "pkg/"));
      assert.deepEqual(wasm, [`pkg/areas/${area}/hoshu_bg.wasm`], `${p}: the wasm requested`);
      assertNoOffOrigin(ctx);
      assertNoErrors(ctx);
      const violations = await axeViolations(page);
      assert.equal(
        violations.length,
        0,
        `${p}: ${violations.length} accessibility violation(s):\n${formatViolations(violations)}\n(screenshot: ${shot})`,
      );
      // 入力を消す empties the form without an error (a control named or id'd
      // "reset" would hide form.reset(): a regression this guards against).
      const clear = page.locator("#clear-form");
      if (await clear.count()) {
        await clear.click();
        await page.waitForTimeout(100);
        assertNoErrors(ctx);
        assert.equal(await page.evaluate(() => typeof document.getElementById("form").reset), "function", `${p}: form.reset is hidden by a control`);
      }
    });
  });
}
