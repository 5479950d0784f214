// The rules of issue 14 on the site: the モニタリング page's reading choice and
// month grid (モ / モ案 / 請求可), the 上限額管理 page (管理結果 1 and 3, the
// 受給者証's cap refused above the category's), a 計画相談 case whose モニタリング
// falls outside the 受給者証's months, and the 就労系 fields (同一法人, 就職日).
// Each page keyboard-usable, axe-clean, reflowing at 320 px.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { withPage, waitReady, assertNoErrors, assertNoOffOrigin, axeViolations, formatViolations, screenshot, shutdown } from "./harness.mjs";

after(shutdown);

/** No horizontal scroll of the page itself (tables scroll inside their own box). */
async function assertReflows(page, name) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 1, `${name}: the page scrolls sideways by ${overflow}px`);
}

test("モニタリング: 国のQ&A (default) and 市町の運用 give different months; the grid marks モ / モ案 / 請求可", { timeout: 90000 }, async () => {
  await withPage("soudan-monitoring.html", async (page, ctx) => {
    await waitReady(page);
    // 国Q&A 例2 moved to 令和6年5月: 新規, 生活介護 (6月ごと).
    await page.check("#svc-seikatsu-kaigo");
    await page.check("#new_user");
    await page.fill("#start_month", "2024-05");
    await page.fill("#end_month", "2025-04");
    await page.click('button[type="submit"]');
    await page.waitForSelector('#result[data-state="ok"]');
    assert.match(await page.textContent('[data-testid="reading"]'), /国のQ&A/);
    let months = await page.textContent('[data-testid="months"]');
    assert.ok(months.includes("令和6年10月") && !months.includes("令和7年1月"), months);
    const grid = page.locator("#month-grid li");
    assert.equal(await grid.count(), 12);
    assert.match(await grid.nth(11).innerText(), /モ案[\s\S]*請求可/);
    assert.match(await grid.nth(7).innerText(), /請求不可/);
    assert.deepEqual(await axeViolations(page), [], formatViolations(await axeViolations(page)));
    await screenshot(page, "issue14-monitoring-national");
    // The 市町 reading, chosen by keyboard.
    await page.focus("#reading-municipal");
    await page.keyboard.press("Space");
    await page.click('button[type="submit"]');
    await page.waitForFunction(() => document.querySelector('[data-testid="reading"]')?.textContent.includes("市町"));
    months = await page.textContent('[data-testid="months"]');
    assert.ok(months.includes("令和7年1月") && !months.includes("令和6年10月"), months);
    assertNoOffOrigin(ctx);
    assertNoErrors(ctx);
  });
});

test("モニタリング: the grid reflows at 320 px", { timeout: 60000 }, async () => {
  await withPage("soudan-monitoring.html?svc.kyotaku=1&start_month=2024-04&end_month=2025-03", async (page) => {
    await waitReady(page);
    await page.waitForSelector('#result[data-state="ok"]');
    await assertReflows(page, "soudan-monitoring");
    await screenshot(page, "issue14-monitoring-320");
  }, { viewport: { width: 320, height: 800 } });
});

test("上限額管理: the example is 管理結果1; three offices are 3; a cap above the category's is refused beside its field", { timeout: 90000 }, async () => {
  await withPage("burden-management.html", async (page, ctx) => {
    await waitReady(page);
    await page.fill("#service_month", "2024-06");
    await page.click("#example");
    assert.equal(await page.evaluate(() => document.activeElement.id), "o-0-label");
    await page.click('button[type="submit"]');
    await page.waitForSelector('#result[data-state="ok"]');
    assert.equal(await page.getAttribute('[data-testid="result"]', "data-result"), "1");
    assert.equal(await page.textContent('[data-testid="managed-total"]'), "9,300円");
    assert.deepEqual(await axeViolations(page), [], formatViolations(await axeViolations(page)));
    await screenshot(page, "issue14-burden-management");
    // A third office by keyboard: 結果3.
    await page.focus("#add-office");
    await page.keyboard.press("Enter");
    assert.equal(await page.evaluate(() => document.activeElement.id), "o-2-label");
    await page.fill("#o-0-tenth_yen", "5000");
    await page.fill("#o-1-tenth_yen", "3000");
    await page.fill("#o-2-total_yen", "40000");
    await page.click('button[type="submit"]');
    await page.waitForFunction(() => document.querySelector('[data-testid="result"]')?.dataset.result === "3");
    const csvText = await page.locator("#offices-result").innerText();
    assert.ok(csvText.includes("1,300円"), csvText);
    // The 受給者証's cap above the category's (一般1 9,300円).
    await page.fill("#burden_cap", "9301");
    await page.click('button[type="submit"]');
    await page.waitForSelector('#result[data-state="error"]');
    assert.match(await page.locator('[data-field="burden_cap"] .field-error').innerText(), /超えています/);
    assertNoOffOrigin(ctx);
    assertNoErrors(ctx);
  });
});

test("上限額管理: reflows at 320 px", { timeout: 60000 }, async () => {
  await withPage("burden-management.html", async (page) => {
    await waitReady(page);
    await page.click("#example");
    await page.click('button[type="submit"]');
    await page.waitForSelector('#result[data-state="ok"]');
    await assertReflows(page, "burden-management");
    await screenshot(page, "issue14-burden-management-320");
  }, { viewport: { width: 320, height: 800 } });
});

test("計画相談: a モニタリング outside the 受給者証's months is not billed, with the reason", { timeout: 90000 }, async () => {
  await withPage("soudan.html", async (page, ctx) => {
    await waitReady(page);
    await page.fill("#service_month", "2024-06");
    await page.selectOption("#c-0-service", "monitoring");
    await page.click("#cases-body tr:nth-child(1) summary");
    await page.fill("#c-0-a-monitoring_months", "2024-07, 2024-10");
    await page.click('button[type="submit"]');
    await page.waitForSelector('#result[data-state="ok"]');
    assert.equal(await page.textContent('[data-testid="total-units"]'), "0単位");
    const text = await page.locator("#result").textContent();
    assert.ok(text.includes("モニタリング実施予定月"), text);
    assert.ok(text.includes("算定: 基本報酬なし"), text);
    assert.deepEqual(await axeViolations(page), [], formatViolations(await axeViolations(page)));
    assertNoOffOrigin(ctx);
    assertNoErrors(ctx);
  });
});

test("就労選択支援: 同じ法人 is refused beside its cell; 就労定着支援 past 42 months beside the 就職日", { timeout: 90000 }, async () => {
  await withPage("shuro.html?service=sentaku", async (page, ctx) => {
    await waitReady(page);
    await page.fill("#service_month", "2025-10");
    await page.fill("#u-0-days", "10");
    await page.check("#u-0-same_operator");
    await page.click('button[type="submit"]');
    await page.waitForSelector('#result[data-state="error"]');
    assert.match(await page.locator('[data-field="users[0].same_operator"] .field-error').innerText(), /同じ法人/);
    await page.check("#u-0-no_other_operator_nearby");
    await page.fill("#u-0-same_day_hokago_days", "3");
    await page.click('button[type="submit"]');
    await page.waitForSelector('#result[data-state="ok"]');
    assert.equal(await page.textContent('[data-testid="total-units"]'), "12,100単位");
    assert.deepEqual(await axeViolations(page), [], formatViolations(await axeViolations(page)));
    assertNoOffOrigin(ctx);
    assertNoErrors(ctx);
  });
  await withPage("shuro.html?service=teichaku", async (page, ctx) => {
    await waitReady(page);
    await page.fill("#service_month", "2024-11");
    await page.fill("#retained", "19");
    await page.fill("#retained_base", "20");
    await page.fill("#u-0-employment_date", "2021-04-10");
    await page.click('button[type="submit"]');
    await page.waitForSelector('#result[data-state="error"]');
    assert.match(await page.locator('[data-field="users[0].employment_date"] .field-error').innerText(), /42か月/);
    assertNoErrors(ctx);
  });
});
