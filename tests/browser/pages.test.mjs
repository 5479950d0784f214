// Every page in dist/: it loads its own area's wasm module once (data-ready), throws nothing,
// logs no console error, requests nothing outside its own origin, has no axe
// (WCAG 2.1 A/AA) violation; 入力を消す works; a full-page screenshot goes to
// test-results/. For the accessibility report (a11y-report.mjs), each page is
// also gone through by keyboard only (a Tab cycle with focus visible and not
// obscured, the skip link, 計算する by keyboard), at 320 px and at 200% zoom
// (after 計算する),
// and embedded by embed.js in a host page under the strict CSP (axe clean, no
// CSP violation, the frame's height fits its content). The last test writes
// the report (dist/accessibility.html, test-results/accessibility.json) and
// checks that it lists every page.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { execFileSync } from "node:child_process";
import {
  htmlPages, withPage, waitReady, assertNoErrors, assertNoOffOrigin, axeViolations, formatViolations, screenshot,
  shutdown, hostUrl, env, CSP, DIST, ROOT, AXE_TAGS,
} from "./harness.mjs";
import { auditState, keyboardFlow, overflowAt, tabCycle, writeReport } from "./a11y-report.mjs";

after(shutdown);

const pages = htmlPages();
/** Every page and state audited, for the report. */
const records = [];

test("dist/ has pages", () => {
  assert.ok(pages.length > 0, "no *.html in dist/: run scripts/build.sh");
});

/** Fails on axe violations of WCAG 2.0/2.1 A and AA in an audited state (2.2's are reported, not failed on). */
function assertAxeClean(rec, shot) {
  const bad = rec.axe.violations.filter((v) => v.tags.some((t) => AXE_TAGS.includes(t)));
  assert.equal(bad.length, 0, `${rec.page} (${rec.state}): ${bad.length} accessibility violation(s):\n${bad.map((v) => `  [${v.impact}] ${v.id}: ${v.help}\n    ${v.targets.join("\n    ")}`).join("\n")}${shot ? `\n(screenshot: ${shot})` : ""}`);
}

for (const p of pages) {
  const name = p.replace(/\.html$/, "");
  test(`page ${p}`, { timeout: 90000 }, async () => {
    await withPage(p, async (page, ctx) => {
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
      // Its JavaScript is one file, its bundle (scripts/build.sh), beside
      // js/boot.js and its area module's glue: no module as written (js/lib/, js/pages/).
      const bundle = await page.evaluate(() => new URL(document.querySelector('head script[type="module"]').src).pathname.slice(1));
      assert.match(bundle, /^js\/bundle\/[a-z-]+\.mjs$/, `${p}: the page's script`);
      const scripts = ctx.requests.map((u) => new URL(u).pathname.slice(1)).filter((u) => /\.m?js$/.test(u));
      assert.ok(scripts.includes(bundle), `${p}: its bundle is loaded`);
      const allowed = new Set([bundle, "js/boot.js", `pkg/areas/${area}/hoshu.js`]);
      assert.deepEqual(scripts.filter((u) => !allowed.has(u)), [], `${p}: scripts loaded besides its bundle, js/boot.js and its area's glue`);
      assertNoOffOrigin(ctx);
      assertNoErrors(ctx);
      const initial = await auditState(page, { page: p, state: "初期表示" });
      records.push(initial);
      assertAxeClean(initial, shot);

      // Keyboard only: the Tab cycle, the skip link, 計算する.
      const cycle = await tabCycle(page);
      const kb = await keyboardFlow(page, cycle.stops);
      Object.assign(initial.checks, { trap: cycle.trap, focus: cycle.focus, obscured: cycle.obscured, skip: kb.skip, ...(kb.flow ? { flow: kb.flow } : {}) });
      for (const k of ["trap", "focus", "obscured", "skip", "flow"]) {
        if (initial.checks[k]) assert.ok(initial.checks[k].ok, `${p}: keyboard check ${k}: ${initial.checks[k].detail}`);
      }
      // The state after 計算する (a page without a form is as it was), at 320 px (reflow) and at 640 px (200% of 1280).
      const done = kb.flow ? await auditState(page, { page: p, state: "キーボードで計算した後" }) : initial;
      done.checks.reflow = await overflowAt(page, 320, 800);
      done.checks.zoom = await overflowAt(page, 640, 450);
      await page.setViewportSize({ width: 1280, height: 900 });
      if (done !== initial) {
        records.push(done);
        assertAxeClean(done);
      }
      assertNoErrors(ctx);

      // 入力を消す empties the form without an error (a control named or id'd
      // "reset" would hide form.reset(): a regression this guards against).
      const clear = page.locator("#clear-form");
      if (await clear.count()) {
        await clear.click();
        await page.waitForTimeout(100);
        assertNoErrors(ctx);
        assert.equal(await page.evaluate(() => typeof document.getElementById("form").reset), "function", `${p}: form.reset is hidden by a control`);
      }

      // Embedded by embed.js in a city's page under the strict CSP.
      await page.goto(hostUrl(ctx, "host-script.html", { calculator: name }));
      const frame = await (await page.waitForSelector("iframe")).contentFrame();
      await frame.waitForFunction(() => document.documentElement.dataset.ready === "true", null, { timeout: 15000 });
      await page.waitForFunction(() => {
        const f = document.querySelector("iframe");
        return Math.abs(f.getBoundingClientRect().height - f.contentDocument.documentElement.getBoundingClientRect().height - 2) <= 1;
      }, null, { timeout: 5000 });
      const embedded = await auditState(frame, { page: p, state: "埋め込み表示", url: page.url() });
      records.push(embedded);
      assertAxeClean(embedded);
      assert.equal(await frame.evaluate(() => document.documentElement.scrollHeight <= document.documentElement.clientHeight + 1), true, `${p}: the frame's height fits its content`);
      assertNoOffOrigin(ctx);
      assertNoErrors(ctx); // no CSP violation in the host page or the frame
    });
  });
}

/** `0.1.0（コミット abc1234）` from pkg/package.json (the built package) and git, when there is a git checkout. */
function productVersion() {
  const v = JSON.parse(fs.readFileSync(path.join(ROOT, "pkg", "package.json"), "utf8")).version;
  try {
    const commit = execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
    const dirty = execFileSync("git", ["status", "--porcelain", "--untracked-files=no"], { cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
    return `${v}（コミット ${commit}${dirty ? "、未コミットの変更あり" : ""}）`;
  } catch {
    return v;
  }
}

test("the accessibility report: written from this run, lists every page, is itself accessible", { timeout: 60000 }, async () => {
  const { browser } = await env();
  const axeVersion = JSON.parse(fs.readFileSync(path.join(ROOT, "node_modules", "axe-core", "package.json"), "utf8")).version;
  const date = new Date().toLocaleDateString("ja-JP-u-ca-japanese", { era: "long", year: "numeric", month: "long", day: "numeric", timeZone: "Asia/Tokyo" });
  const iso = new Date().toLocaleDateString("sv-SE", { timeZone: "Asia/Tokyo" });
  const meta = { date: `${date}（${iso}）`, version: productVersion(), browser: `Chromium ${browser.version()}（ヘッドレス）`, axe: axeVersion, csp: CSP };
  writeReport(records, meta);
  await withPage("accessibility.html", async (page, ctx) => {
    await waitReady(page);
    const text = await page.locator("#a11y-report").innerText();
    for (const p of pages) assert.ok(text.includes(p), `the report lists ${p}`);
    assert.equal(await page.textContent("#a11y-date"), meta.date);
    assert.match(await page.textContent("#a11y-browser"), /^Chromium \d+/);
    assert.match(await page.textContent("#a11y-summary"), /適合 \d+、不適合 \d+、適用なし \d+、未確認 \d+/);
    // Criteria the tests cannot judge are never 適合.
    const rows = await page.$$eval("table.a11y-criteria tbody tr", (trs) => trs.map((tr) => [tr.cells[0].textContent, tr.cells[4].textContent]));
    assert.ok(rows.length >= 55, `every criterion of A and AA: ${rows.length}`);
    for (const id of ["1.1.1", "1.3.1", "2.4.2", "2.4.6", "3.3.1", "4.1.1", "4.1.2"]) {
      assert.equal(rows.find(([n]) => n === id)?.[1], "未確認", `${id} cannot be judged by the tests`);
    }
    await screenshot(page, "accessibility-report");
    const narrow = await overflowAt(page, 320, 800);
    assert.ok(narrow.ok, `the report reflows at 320 px: ${narrow.detail}`);
    await page.setViewportSize({ width: 1280, height: 900 });
    assert.deepEqual(await axeViolations(page), [], formatViolations(await axeViolations(page)));
    assertNoErrors(ctx);
  });
});
