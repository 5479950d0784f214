// Reflow (WCAG 1.4.10) on every page and state: no page-level horizontal
// scroll at 320 and 390 CSS px (phones), at 200% zoom (a 1280 px window seen
// as 640 CSS px at device scale 2) and at 1280 px, for the empty form, the
// form's problems and a result; axe finds nothing in any of these states.
// Screenshots go to test-results/reflow-<page>-<state>-<width>.png (look at them).
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { htmlPages, withPage, waitReady, axeViolations, formatViolations, assertNoErrors, screenshot, shutdown } from "./harness.mjs";
import { STATES, submit } from "./fixtures.mjs";

after(shutdown);

const VIEWS = [
  { name: "320", viewport: { width: 320, height: 720 } },
  { name: "390", viewport: { width: 390, height: 844 } },
  { name: "zoom200", viewport: { width: 640, height: 450 }, contextOptions: { deviceScaleFactor: 2 } },
  { name: "1280", viewport: { width: 1280, height: 900 } },
];

/** The page's width beyond its window, and the outermost elements that stick out. */
async function overflow(page) {
  return page.evaluate(() => {
    const vw = document.documentElement.clientWidth;
    const out = [];
    for (const e of document.querySelectorAll("body *")) {
      const b = e.getBoundingClientRect();
      if (b.width === 0 || b.right <= vw + 1) continue;
      // Inside a scrolling box (a result table's .table-wrap): not the page's scroll.
      let p = e.parentElement;
      let inner = false;
      while (p && p !== document.body) {
        const s = getComputedStyle(p).overflowX;
        if (s === "auto" || s === "scroll" || s === "hidden") { inner = true; break; }
        p = p.parentElement;
      }
      if (!inner) out.push(`${e.tagName.toLowerCase()}${e.id ? "#" + e.id : ""}${e.className && typeof e.className === "string" ? "." + e.className.split(" ").join(".") : ""} (right ${Math.round(b.right)})`);
    }
    return { extra: document.documentElement.scrollWidth - vw, elements: out.slice(0, 5) };
  });
}

async function assertReflows(page, label) {
  const o = await overflow(page);
  assert.ok(o.extra <= 0, `${label}: the page scrolls sideways by ${o.extra}px: ${o.elements.join(", ")}`);
}

const pageName = (p) => p.replace(/\.html.*$/, "").replace(/[^\w-]/g, "_");

for (const p of htmlPages()) {
  const state = STATES.find((s) => s.page.split("?")[0] === p);
  test(`reflow and axe: ${p} (empty, problems, result) at 320, 390, 200% and 1280 px`, { timeout: 180000 }, async () => {
    for (const v of VIEWS) {
      await withPage(state?.page || p, async (page, ctx) => {
        await waitReady(page);
        const label = `${p} at ${v.name}`;
        await assertReflows(page, `${label} (empty)`);
        if (v.name === "390") {
          const a = await axeViolations(page);
          assert.equal(a.length, 0, `${label} (empty):\n${formatViolations(a)}`);
        }
        if (!state) return;
        // Problems: the empty form submitted (a page with defaults may already be complete).
        await page.click('form#form button[type="submit"]');
        await page.waitForSelector('#result[data-state="error"], #result[data-state="ok"]');
        await assertReflows(page, `${label} (problems)`);
        if (v.name === "390") {
          const a = await axeViolations(page);
          assert.equal(a.length, 0, `${label} (problems):\n${formatViolations(a)}`);
        }
        // A result.
        await page.goto(ctx.url);
        await waitReady(page);
        await state.fill(page);
        await submit(page);
        await page.waitForTimeout(50);
        await assertReflows(page, `${label} (result)`);
        // A table wider than its box is a region the keyboard reaches, named as scrolling.
        const wraps = await page.$$eval("#result .table-wrap", (ws) => ws.filter((w) => w.getClientRects().length > 0 && w.scrollWidth > w.clientWidth + 1)
          .map((w) => ({ tab: w.tabIndex, role: w.getAttribute("role"), name: w.getAttribute("aria-label") || "" })));
        for (const w of wraps) {
          assert.ok(w.tab === 0 && w.role === "region" && w.name.includes("横にスクロールできます"), `${label}: a scrolling table is ${JSON.stringify(w)}`);
        }
        await screenshot(page, `reflow-${pageName(p)}-result-${v.name}`);
        if (v.name === "390" || v.name === "1280") {
          const a = await axeViolations(page);
          assert.equal(a.length, 0, `${label} (result):\n${formatViolations(a)}`);
        }
        assertNoErrors(ctx);
      }, { viewport: v.viewport, contextOptions: v.contextOptions });
    }
  });
}
