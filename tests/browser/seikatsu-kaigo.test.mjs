// 生活介護 page: a provider fills the form with the keyboard, reads the month's
// result and explanation; a bad field gets its message beside it with what was
// typed kept; a missing figure is asked for and then used; the URL carries the
// state; nothing leaves the origin; axe finds nothing with a result shown.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { withPage, waitReady, assertNoErrors, assertNoOffOrigin, axeViolations, formatViolations, screenshot, shutdown } from "./harness.mjs";

after(shutdown);

async function fillPlan(page) {
  await page.fill("#service_month", "2024-06");
  await page.dispatchEvent("#service_month", "change");
  await page.fill("#capacity", "75");
  await page.selectOption("#kubun", "6");
  await page.fill("#svc-h", "4");
  await page.fill("#svc-m", "0");
  await page.fill("#trip-h", "3");
  await page.check("#not_local");
  await page.selectOption("#trait_reason", "medical_care");
  await page.fill("#trait-m", "30");
  await page.fill("#home-m", "30");
  await page.check("#day-3-use");
  await page.check("#day-4-use");
}

test("問29 example by keyboard: breakdown, units, explanation with sources", { timeout: 60000 }, async () => {
  await withPage("seikatsu-kaigo.html", async (page, ctx) => {
    await waitReady(page);
    await fillPlan(page);
    // Submit with the keyboard.
    await page.focus("#home-m");
    await page.keyboard.press("Enter");
    await page.waitForSelector('#result[data-state="ok"]');
    const total = await page.textContent('[data-testid="total-units"]');
    assert.equal(total, "2,000単位");
    const layout = await page.locator("table.layout").innerText();
    for (const want of ["サービス提供時間\t4時間00分", "送迎に係る配慮\t1時間00分", "障害特性に係る配慮\t0時間30分", "送迎時の移乗等\t0時間30分", "合計のサービス提供時間\t6時間00分"]) {
      assert.ok(layout.includes(want), `layout lacks ${want}: ${layout}`);
    }
    const steps = await page.locator("#result ol.steps").first().innerText();
    assert.ok(steps.includes("資料1 §2 (イ)"), "explanation cites 資料1 §2 (イ)");
    assert.ok(steps.includes("公的資料"), "explanation shows source status");
    // The state is in the URL: reloading it computes the same result.
    const url = page.url();
    assert.ok(url.includes("office.capacity=75"), url);
    await page.goto(url);
    await page.waitForSelector('#result[data-state="ok"]');
    assert.equal(await page.textContent('[data-testid="total-units"]'), "2,000単位");
    assert.deepEqual(await axeViolations(page), [], formatViolations(await axeViolations(page)));
    await screenshot(page, "seikatsu-kaigo-result");
    assertNoOffOrigin(ctx);
    assertNoErrors(ctx);
  });
});

test("a bad field is answered beside it, and what was typed is kept", { timeout: 60000 }, async () => {
  await withPage("seikatsu-kaigo.html", async (page, ctx) => {
    await waitReady(page);
    await fillPlan(page);
    await page.fill("#capacity", "abc");
    await page.click('button[type="submit"]');
    await page.waitForSelector("#problems:not([hidden])");
    const msg = await page.locator('[data-field="office.capacity"] .field-error').innerText();
    assert.match(msg, /利用定員は数値で入力してください/);
    assert.equal(await page.getAttribute("#capacity", "aria-invalid"), "true");
    assert.equal(await page.inputValue("#capacity"), "abc", "the typed value is kept");
    assert.equal(await page.inputValue("#svc-h"), "4");
    // The summary links to the field and has focus.
    assert.equal(await page.evaluate(() => document.activeElement.id), "problems");
    assert.equal(await page.getAttribute("#problems a", "href"), "#capacity");
    assert.deepEqual(await axeViolations(page), [], formatViolations(await axeViolations(page)));
    await screenshot(page, "seikatsu-kaigo-problem");
    assertNoOffOrigin(ctx);
  });
});

test("a missing figure is asked for, then used and marked as the user's", { timeout: 60000 }, async () => {
  await withPage("seikatsu-kaigo.html", async (page, ctx) => {
    await waitReady(page);
    await fillPlan(page);
    await page.fill("#capacity", "25");
    await page.fill("#svc-h", "2");
    await page.fill("#trait-m", "");
    await page.selectOption("#trait_reason", "none");
    await page.fill("#home-m", "");
    await page.fill("#trip-h", "");
    await page.click('button[type="submit"]');
    await page.waitForSelector("#user-figures:not([hidden])");
    const input = page.locator('#user-figures input[name="user_figures.seikatsu_kaigo.basic.cap-21-30.kubun6.lt3h"]');
    await input.fill("560");
    await page.click('button[type="submit"]');
    await page.waitForSelector('#result[data-state="ok"]');
    assert.equal(await page.textContent('[data-testid="total-units"]'), "1,120単位");
    assert.ok((await page.locator("#result").textContent()).includes("利用者入力"));
    assertNoOffOrigin(ctx);
  });
});

test("the keyboard can skip the month's days to 計算する", { timeout: 30000 }, async () => {
  await withPage("seikatsu-kaigo.html", async (page, ctx) => {
    await waitReady(page);
    await page.focus("#skip-days");
    await page.keyboard.press("Enter");
    assert.equal(await page.evaluate(() => document.activeElement?.id), "calculate");
    assertNoErrors(ctx);
  });
});
