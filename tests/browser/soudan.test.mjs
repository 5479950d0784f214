// 計画相談支援 pages: a month of cases with a limit and a 併給不可 explained, a
// problem beside its field inside the 加算 panel, the missing 機能強化型（Ⅰ）
// figure asked for, the CSV (BOM), the URL round trip, rows by keyboard, and the
// モニタリング helper reproducing the guidebook's 例①.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { withPage, waitReady, assertNoErrors, assertNoOffOrigin, axeViolations, formatViolations, screenshot, shutdown } from "./harness.mjs";

after(shutdown);

async function fillMonth(page) {
  await page.fill("#service_month", "2024-06");
  await page.selectOption("#office-kind", "kyoka-2");
  await page.fill("#staff_fte", "1");
  await page.selectOption("#chief", "ii");
  await page.fill("#c-0-label", "Aさん");
  await page.selectOption("#c-0-kind", "keikaku");
  await page.selectOption("#c-0-service", "plan");
  await page.click("#cases-body tr:nth-child(1) summary");
  await page.check("#c-0-a-first");
  await page.fill("#c-0-a-discharge", "1");
  // Keyboard: the add button by Enter, then the new row's first cell has focus.
  await page.focus("#add-case");
  await page.keyboard.press("Enter");
  assert.equal(await page.evaluate(() => document.activeElement.id), "c-1-label");
  await page.keyboard.type("Bくん");
  await page.selectOption("#c-1-kind", "ji");
  await page.selectOption("#c-1-service", "none");
  await page.click("#cases-body tr:nth-child(2) summary");
  await page.fill("#c-1-a-intensive_visit", "2");
}

test("a month of cases: units, a limit and a 併給不可 explained, CSV, URL", { timeout: 90000 }, async () => {
  await withPage("soudan.html", async (page, ctx) => {
    await waitReady(page);
    await fillMonth(page);
    await page.click('button[type="submit"]');
    await page.waitForSelector('#result[data-state="ok"]');
    // A: 1914 + 主任(Ⅱ)100 + 初回300 (退院・退所 excluded); B: 集中支援(訪問) 300 (1 of 2).
    assert.equal(await page.textContent('[data-testid="total-units"]'), "2,614単位");
    const text = await page.locator("#result").textContent();
    assert.ok(text.includes("初回加算を算定する月は退院・退所加算を算定できません"), "併給不可 explained");
    assert.ok(text.includes("入力2回のうち1回を算定"), "limit explained");
    assert.ok(text.includes("本製品の解釈"), "the 40件 reading is cited");
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("text=CSVをダウンロード")]);
    const buf = Buffer.concat(await (await download.createReadStream()).toArray());
    assert.deepEqual([...buf.subarray(0, 3)], [0xef, 0xbb, 0xbf], "CSV starts with a UTF-8 BOM");
    const csv = buf.toString("utf8").slice(1);
    assert.ok(csv.includes("サービス提供月（和暦）,2024年6月（令和6年6月）"), csv);
    assert.ok(csv.includes("Aさん,計画相談支援,サービス利用支援（計画作成）,1,機能強化型（Ⅱ）,1914,400,2314"), csv);
    assert.ok(csv.includes("Bくん,集中支援加算（訪問）,,1,0,"), csv);
    // State in the URL: a fresh page gives the same result.
    await page.goto(page.url());
    await page.waitForSelector('#result[data-state="ok"]');
    assert.equal(await page.textContent('[data-testid="total-units"]'), "2,614単位");
    assert.equal(await page.inputValue("#c-1-label"), "Bくん");
    assert.equal(await page.inputValue("#c-1-a-intensive_visit"), "2");
    await page.locator("#result details").first().evaluate((d) => { d.open = true; });
    assert.deepEqual(await axeViolations(page), [], formatViolations(await axeViolations(page)));
    await screenshot(page, "soudan-result");
    // Removing a row by keyboard.
    await page.focus('button[aria-label="ケース2を削除"]');
    await page.keyboard.press("Enter");
    assert.equal(await page.locator("#cases-body tr").count(), 1);
    assertNoOffOrigin(ctx);
    assertNoErrors(ctx);
  });
});

test("a problem beside its field inside the 加算 panel; the missing figure is asked for", { timeout: 90000 }, async () => {
  await withPage("soudan.html", async (page, ctx) => {
    await waitReady(page);
    await page.fill("#service_month", "2024-06");
    await page.selectOption("#c-0-service", "none");
    await page.click("#cases-body tr:nth-child(1) summary");
    await page.fill("#c-0-a-medical_accompany", "1");
    await page.fill("#c-0-a-medical_accompany_hospitals", "2");
    await page.click('button[type="submit"]');
    await page.waitForSelector('#result[data-state="error"]');
    const box = page.locator('[data-field="cases[0].additions.medical_accompany_hospitals"] .field-error');
    assert.match(await box.innerText(), /通院同行の回数/);
    assert.equal(await page.getAttribute("#c-0-a-medical_accompany_hospitals", "aria-invalid"), "true");
    // 機能強化型（Ⅰ）の継続サービス利用支援費 is missing in the seed: a field is offered.
    await page.fill("#c-0-a-medical_accompany_hospitals", "");
    await page.selectOption("#office-kind", "kyoka-1");
    await page.selectOption("#c-0-service", "monitoring");
    await page.click('button[type="submit"]');
    await page.waitForSelector("#user-figures:not([hidden])");
    await page.fill('input[name="user_figures.soudan.basic.keikaku.monitoring.kyoka-1"]', "1761");
    await page.click('button[type="submit"]');
    await page.waitForSelector('#result[data-state="ok"]');
    assert.equal(await page.textContent('[data-testid="total-units"]'), "2,061単位");
    assert.ok((await page.locator("#result").textContent()).includes("利用者入力"));
    assertNoOffOrigin(ctx);
  });
});

test("モニタリング期間: the guidebook's 例① (moved to 令和6年9月〜令和7年8月)", { timeout: 60000 }, async () => {
  await withPage("soudan-monitoring.html", async (page, ctx) => {
    await waitReady(page);
    await page.check("#svc-kyotaku");
    await page.check("#new_user");
    await page.fill("#start_month", "2024-09");
    await page.fill("#end_month", "2025-08");
    await page.click('button[type="submit"]');
    await page.waitForSelector('#result[data-state="ok"]');
    assert.equal(await page.textContent('[data-testid="period"]'), "3か月ごと");
    const months = await page.textContent('[data-testid="months"]');
    for (const m of ["令和6年9月", "令和6年10月", "令和6年11月", "令和7年2月", "令和7年5月", "令和7年8月"]) assert.ok(months.includes(m), months);
    assert.ok(!months.includes("令和6年12月"), months);
    assert.match(await page.locator("#schedule tbody tr:last-child").innerText(), /モ案/);
    assert.deepEqual(await axeViolations(page), [], formatViolations(await axeViolations(page)));
    await screenshot(page, "soudan-monitoring-result");
    // Reversed period: the problem is shown beside the end month.
    await page.fill("#end_month", "2024-08");
    await page.click('button[type="submit"]');
    await page.waitForSelector('#result[data-state="error"]');
    assert.match(await page.locator('[data-field="end_month"] .field-error').innerText(), /開始月/);
    assertNoOffOrigin(ctx);
    assertNoErrors(ctx);
  });
});
