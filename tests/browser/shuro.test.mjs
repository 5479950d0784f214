// 就労系 pages: a B型 provider computes the 平均工賃月額 and the month's units by
// keyboard; the table switch of 令和8年6月; A型/移行/定着/選択 each answer; a bad
// field is answered beside it; the eligibility helper; nothing leaves the origin;
// axe finds nothing.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { withPage, waitReady, assertNoErrors, assertNoOffOrigin, axeViolations, formatViolations, screenshot, shutdown } from "./harness.mjs";
import { fillShuroBOffice } from "./fixtures.mjs";

after(shutdown);

test("B型: 平均工賃月額 from the previous year's figures, band, units, explanation, URL state", { timeout: 90000 }, async () => {
  await withPage("shuro.html?service=b", async (page, ctx) => {
    await waitReady(page);
    // The 福祉専門職員配置等加算 ratios in the hint come from data/ (rates shown as percentages).
    const hint = await page.locator('[data-figure-value="shuro.welfare_professional.qualified_ratio.i"]').first().evaluate((e) => e.parentElement.textContent);
    assert.match(hint, /社会福祉士等が35%以上、\(Ⅱ\) 25%以上、\(Ⅲ\) 常勤職員が75%以上又は勤続3年以上が30%以上/);
    await fillShuroBOffice(page);
    await page.fill("#u-0-meal_days", "10");
    await page.focus("#u-0-meal_days");
    await page.keyboard.press("Enter");
    await page.waitForSelector('#result[data-state="ok"]');
    assert.equal(await page.textContent('[data-testid="basic-units"]'), "758単位/日");
    assert.match(await page.textContent('[data-testid="band"]'), /3万円以上3.5万円未満/);
    assert.equal(await page.textContent('[data-testid="total-units"]'), "15,460単位");
    const steps = await page.locator("#result ol.steps").first().innerText();
    assert.ok(steps.includes("小数点第2位切上げ"), "the rounding is explained");
    assert.ok(steps.includes("公的資料"));
    const url = page.url();
    assert.ok(url.includes("office.wage_total=5000000"), url);
    await page.goto(url);
    await page.waitForSelector('#result[data-state="ok"]');
    assert.equal(await page.textContent('[data-testid="total-units"]'), "15,460単位");
    assert.deepEqual(await axeViolations(page), [], formatViolations(await axeViolations(page)));
    await screenshot(page, "shuro-b-result");
    assertNoOffOrigin(ctx);
    assertNoErrors(ctx);
  });
});

test("B型: 令和8年6月 twelve bands only for a 令和8改定対象 office", { timeout: 60000 }, async () => {
  await withPage("shuro.html?service=b", async (page, ctx) => {
    await waitReady(page);
    await page.fill("#service_month", "2026-06");
    await page.fill("#capacity", "20");
    await page.fill("#average_wage", "46000");
    await page.fill("#u-0-days", "1");
    await page.click('button[type="submit"]');
    await page.waitForSelector('#result[data-state="ok"]');
    assert.equal(await page.textContent('[data-testid="basic-units"]'), "837単位/日");
    await page.check("#r8_target");
    await page.click('button[type="submit"]');
    await page.waitForFunction(() => document.querySelector('[data-testid="basic-units"]')?.textContent === "812単位/日");
    assertNoOffOrigin(ctx);
  });
});

test("A型・移行・定着・選択 each answer; 選択 before 2025-10 is refused beside the month", { timeout: 90000 }, async () => {
  await withPage("shuro.html?service=a", async (page, ctx) => {
    await waitReady(page);
    await page.fill("#service_month", "2024-06");
    await page.fill("#capacity", "20");
    await page.fill("#score", "170");
    await page.fill("#u-0-days", "20");
    await page.click('button[type="submit"]');
    await page.waitForSelector('#result[data-state="ok"]');
    assert.equal(await page.textContent('[data-testid="basic-units"]'), "791単位/日");

    await page.check("#svc-ikou");
    await page.fill("#settled", "10");
    await page.fill("#settled_base", "20");
    await page.click('button[type="submit"]');
    await page.waitForFunction(() => document.querySelector('[data-testid="basic-units"]')?.textContent === "1,210単位/日");

    await page.check("#svc-teichaku");
    await page.fill("#retained", "19");
    await page.fill("#retained_base", "20");
    await page.click('button[type="submit"]');
    await page.waitForFunction(() => document.querySelector('[data-testid="basic-units"]')?.textContent === "3,512単位/月");

    await page.check("#svc-sentaku");
    await page.fill("#service_month", "2025-09");
    await page.fill("#u-0-days", "10");
    await page.click('button[type="submit"]');
    await page.waitForSelector("#problems:not([hidden])");
    assert.match(await page.locator('[data-field="service_month"] .field-error').innerText(), /就労選択支援/);
    await page.fill("#service_month", "2025-10");
    await page.fill("#c-b-total", "10");
    await page.fill("#c-b-top", "9");
    await page.click('button[type="submit"]');
    await page.waitForSelector('#result[data-state="ok"]');
    assert.equal(await page.textContent('[data-testid="total-units"]'), "10,100単位");
    assert.deepEqual(await axeViolations(page), [], formatViolations(await axeViolations(page)));
    await screenshot(page, "shuro-sentaku-result");
    assertNoOffOrigin(ctx);
    assertNoErrors(ctx);
  });
});

test("a bad field is answered beside it", { timeout: 60000 }, async () => {
  await withPage("shuro.html?service=b", async (page, ctx) => {
    await waitReady(page);
    await page.fill("#service_month", "2024-06");
    await page.fill("#capacity", "abc");
    await page.fill("#average_wage", "30000");
    await page.fill("#u-0-days", "40");
    await page.click('button[type="submit"]');
    await page.waitForSelector("#problems:not([hidden])");
    assert.match(await page.locator('[data-field="office.capacity"] .field-error').innerText(), /利用定員は数値で入力してください/);
    assert.ok(await page.locator('[data-field="users[0].days"] .field-error').count() > 0, "the user's days problem is beside the cell");
    assert.equal(await page.inputValue("#capacity"), "abc");
    assert.deepEqual(await axeViolations(page), [], formatViolations(await axeViolations(page)));
    await screenshot(page, "shuro-problem");
    assertNoOffOrigin(ctx);
  });
});

test("eligibility: 49歳 on 2025-10-01 must first use 就労選択支援; 50歳 may start B型 directly", { timeout: 60000 }, async () => {
  await withPage("shuro-eligibility.html", async (page, ctx) => {
    await waitReady(page);
    await page.selectOption("#service", "b");
    await page.fill("#date", "2025-10-01");
    await page.fill("#age", "49");
    await page.click('button[type="submit"]');
    await page.waitForSelector('#result[data-state="ok"]');
    assert.equal(await page.getAttribute('[data-testid="verdict"]', "data-verdict"), "needs_sentaku");
    await page.fill("#age", "50");
    await page.click('button[type="submit"]');
    await page.waitForFunction(() => document.querySelector('[data-testid="verdict"]')?.dataset.verdict === "direct");
    assert.deepEqual(await axeViolations(page), [], formatViolations(await axeViolations(page)));
    await screenshot(page, "shuro-eligibility");
    await page.fill("#age", "abc");
    await page.click('button[type="submit"]');
    await page.waitForSelector("#problems:not([hidden])");
    assert.ok(await page.locator('[data-field="age"] .field-error').count() > 0);
    assertNoOffOrigin(ctx);
    assertNoErrors(ctx);
  });
});
