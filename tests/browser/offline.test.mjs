// Works offline once loaded: the service worker (dist/sw.js) keeps the site
// and the wasm core; offline, a reload computes and another page opens; a new
// version (a new sw.js) takes over, deletes the old version's cache and the
// page served by the old one says so (with a reload button); nothing is
// requested off the origin.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { withPage, waitReady, assertNoOffOrigin, startServer, env, DIST, shutdown } from "./harness.mjs";

after(shutdown);

const SW = fs.readFileSync(path.join(DIST, "sw.js"), "utf8");
const VERSION = /^const VERSION = "([^"]+)";$/m.exec(SW)[1];
const STATE = "service_month=2024-06&office.capacity=75&user.kubun=6&plan.service_minutes.h=4&plan.service_minutes.m=0"
  + "&plan.transport_round_trip_minutes.h=3&plan.transport_service_not_local=1&plan.trait_reason=medical_care"
  + "&plan.trait_minutes.m=30&plan.in_home_care_minutes.m=30&day.3.use=1&day.4.use=1";

/** Waits until the service worker controls the page and has kept the site; resolves to the cache names. */
async function offlineReady(page) {
  for (let i = 0; i < 150; i++) {
    const names = await page.evaluate(async () => (navigator.serviceWorker.controller ? caches.keys() : []));
    if (names.length) return names;
    await page.waitForTimeout(100);
  }
  throw new Error("the service worker did not take control within 15 s");
}

/** Polls `fn` in the page (it may be async) until it returns true. */
async function until(page, fn, arg) {
  for (let i = 0; i < 150; i++) {
    if (await page.evaluate(fn, arg)) return;
    await page.waitForTimeout(100);
  }
  throw new Error(`not true within 15 s: ${fn}`);
}

test("offline after one visit: a reload computes, another page opens, nothing leaves the origin", { timeout: 60000 }, async () => {
  assert.notEqual(VERSION, "dev", "build.sh wrote the version into dist/sw.js");
  await withPage(`seikatsu-kaigo.html?${STATE}`, async (page, ctx) => {
    await waitReady(page);
    assert.deepEqual(await offlineReady(page), [`hoshu-${VERSION}`]);
    await ctx.context.setOffline(true);
    // The next visit finds the new version; it takes over at once.
    await page.reload();
    await waitReady(page);
    await page.waitForSelector('#result[data-state="ok"]');
    assert.equal(await page.textContent('[data-testid="total-units"]'), "2,000単位");
    // Another page, never opened before, comes from the kept copy too.
    await page.goto(`${ctx.origin}/money.html`);
    await waitReady(page);
    assert.equal(await page.evaluate(() => Boolean(navigator.serviceWorker.controller)), true);
    await ctx.context.setOffline(false);
    assertNoOffOrigin(ctx);
    assert.deepEqual(ctx.pageErrors, []);
  }, { serviceWorkers: "allow", route: false });
});

test("a new version takes over and deletes the old version's cache", { timeout: 60000 }, async () => {
  // A copy of dist/ of its own, whose sw.js is then replaced by a new build's.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "hoshu-sw-"));
  fs.cpSync(DIST, dir, { recursive: true });
  const server = await startServer(dir);
  const { browser } = await env();
  const context = await browser.newContext({ serviceWorkers: "allow" });
  try {
    const page = await context.newPage();
    const outside = [];
    page.on("request", (r) => { if (!r.url().startsWith(server.origin)) outside.push(r.url()); });
    await page.goto(server.url("index.html"));
    await waitReady(page);
    assert.deepEqual(await offlineReady(page), [`hoshu-${VERSION}`]);
    fs.writeFileSync(path.join(dir, "sw.js"), SW.replace(`"${VERSION}"`, '"next-version"'));
    // The next visit finds the new version; it takes over at once.
    await page.reload();
    await until(page, async () => (await caches.keys()).join() === "hoshu-next-version");
    // The page, served by the old version, says a new one has arrived; its button reloads.
    const notice = page.locator('[data-testid="update-notice"]');
    await notice.waitFor();
    assert.equal(await notice.getAttribute("role"), "status");
    assert.match(await notice.innerText(), /新しい版/);
    await Promise.all([page.waitForEvent("load"), page.click('[data-testid="update-reload"]')]);
    await waitReady(page);
    assert.equal(await notice.count(), 0, "after the reload, the page is the new version's: no notice");
    assert.deepEqual(outside, []);
  } finally {
    await context.close();
    await server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test("このサイトについて: lists what this site keeps in the browser and clears only that; states the data's range", { timeout: 60000 }, async () => {
  await withPage("about.html", async (page, ctx) => {
    await waitReady(page);
    await offlineReady(page);
    // What the city's own pages keep on the same origin is not this site's to clear.
    await page.evaluate(() => { localStorage.setItem("hoshu.figureSets.v1", "[]"); localStorage.setItem("city-banner", "closed"); });
    await page.reload();
    await waitReady(page);
    const stored = await page.locator("#stored-list").innerText();
    assert.match(stored, new RegExp(`Cache Storage「hoshu-${VERSION}」`));
    assert.match(stored, /localStorage「hoshu\.figureSets\.v1」/);
    assert.doesNotMatch(stored, /city-banner/);
    await page.click("#clear-storage");
    await page.waitForFunction(() => document.getElementById("stored-list").textContent.includes("ありません"));
    assert.deepEqual(await page.evaluate(async () => ({
      caches: await caches.keys(), workers: (await navigator.serviceWorker.getRegistrations()).length,
      kept: localStorage.getItem("city-banner"), ours: localStorage.getItem("hoshu.figureSets.v1"),
    })), { caches: [], workers: 0, kept: "closed", ours: null });
    // The data's range (its sources per calculator and 年度 are on coverage.html), the version and the data's date.
    assert.match(await page.textContent("#coverage-range"), /令和6年4月（2024-04）から令和9年3月（2027-03）サービス提供分まで/);
    assert.equal(await page.getAttribute('a[href="coverage.html"]', "href"), "coverage.html");
    assert.match(await page.textContent("#about-version"), /^\d+\.\d+\.\d+$/);
    assert.match(await page.textContent("#about-data-date"), /（\d{4}-\d{2}-\d{2}）|不明/);
    assertNoOffOrigin(ctx);
    assert.deepEqual(ctx.pageErrors, []);
  }, { serviceWorkers: "allow", route: false });
});
