// 横浜市 GH pages: a home with a roster of residents (a row added by keyboard),
// each resident's city additions with its claiming route, the totals, a CSV with
// a BOM, the URL round trip; a problem beside its field; the 設置費等補助金 page
// with the seed's 12,000,000円 → 9,000,000円 example; axe clean, nothing off-origin.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { withPage, waitReady, assertNoErrors, assertNoOffOrigin, axeViolations, formatViolations, screenshot, shutdown } from "./harness.mjs";
import { fillYokohamaHome } from "./fixtures.mjs";

after(shutdown);

test("a home's month: rows added by keyboard, amounts per resident and route, CSV with BOM, URL round trip", { timeout: 90000 }, async () => {
  await withPage("yokohama-gh.html", async (page, ctx) => {
    await waitReady(page);
    await fillYokohamaHome(page);
    // Add a resident with the keyboard: focus the button, press Enter; focus moves to the new row.
    await page.focus("#add-resident");
    await page.keyboard.press("Enter");
    assert.equal(await page.evaluate(() => document.activeElement.id), "residents-1-name");
    await page.keyboard.type("Bさん");
    await page.keyboard.press("Tab");
    await page.keyboard.press("End"); // 区分6
    await page.selectOption("#residents-1-kubun", "4");
    await page.focus("#add-resident");
    await page.keyboard.press("Enter");
    await page.keyboard.type("Cさん");
    await page.selectOption("#residents-2-kubun", "3");
    await page.selectOption("#residents-2-authority", "other");
    // Submit with the keyboard.
    await page.focus("#capacity");
    await page.keyboard.press("Enter");
    await page.waitForSelector('#result[data-state="ok"]');
    const rows = page.locator("table.gh-residents tbody tr");
    assert.equal(await rows.count(), 3);
    // The seed's example: 1月17日入居 → 運営基本費 6,774円; no first-day items.
    const a = await rows.nth(0).innerText();
    assert.ok(a.includes("6,774円"), a);
    assert.ok(a.includes("15/31日"), a);
    // 市外 → 四半期（請求書）.
    assert.ok((await rows.nth(2).innerText()).includes("四半期（請求書）"));
    // B: 25,000 + 1,300 + 24,170 + 0 + 5,000; A: 6,774 + 5,000 → monthly 67,244; C (市外): 50,470; 空室: 25,000 + 24,170.
    assert.equal(await page.textContent('[data-testid="route-monthly_kanagawa"]'), "67,244円");
    assert.equal(await page.textContent('[data-testid="route-quarterly_invoice"]'), "50,470円");
    assert.equal(await page.textContent('[data-testid="route-yearly_grant"]'), "49,170円");
    assert.equal(await page.textContent('[data-testid="total"]'), "166,884円");
    const steps = await page.locator("#result ol.steps").innerText();
    assert.ok(steps.includes("資料4 第6節"), "explanation cites 第6節");
    assert.ok(steps.includes("本製品の解釈"), "readings are shown");
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("text=CSVをダウンロード")]);
    const buf = Buffer.concat(await (await download.createReadStream()).toArray());
    assert.deepEqual([...buf.subarray(0, 3)], [0xef, 0xbb, 0xbf], "CSV starts with a UTF-8 BOM");
    const csv = buf.toString("utf8").slice(1);
    assert.ok(csv.includes("サービス提供月（和暦）,2026年1月（令和8年1月）"), csv);
    assert.ok(csv.includes("\r\n"));
    assert.ok(csv.includes("1 Aさん,15,31,0,対象外"), csv);
    // The whole state is in the URL.
    await page.goto(page.url());
    await page.waitForSelector('#result[data-state="ok"]');
    assert.equal(await page.textContent('[data-testid="total"]'), "166,884円");
    assert.equal(await page.inputValue("#residents-2-name"), "Cさん");
    assert.deepEqual(await axeViolations(page), [], formatViolations(await axeViolations(page)));
    await screenshot(page, "yokohama-gh-result");
    // Printable: on paper the buttons are gone and the roster's remove buttons too.
    await page.emulateMedia({ media: "print" });
    assert.equal(await page.locator("#add-resident").isVisible(), false);
    assert.equal(await page.locator("table.gh-residents").isVisible(), true);
    await screenshot(page, "yokohama-gh-print");
    await page.emulateMedia({ media: "screen" });
    // Remove a resident with the keyboard.
    await page.focus('button[aria-label="入居者2を削除"]');
    await page.keyboard.press("Enter");
    assert.equal(await page.locator("#residents-body tr").count(), 2);
    assert.equal(await page.inputValue("#residents-1-name"), "Cさん");
    assertNoOffOrigin(ctx);
    assertNoErrors(ctx);
  });
});

test("a problem is shown beside its field, and a month outside 令和7年度 is refused by name", { timeout: 60000 }, async () => {
  await withPage("yokohama-gh.html", async (page, ctx) => {
    await waitReady(page);
    await fillYokohamaHome(page);
    await page.fill("#residents-0-move_out", "2026-01-10");
    await page.click('button[type="submit"]');
    await page.waitForSelector("#problems:not([hidden])");
    const msg = await page.locator('[data-field="residents[0].move_out"] .field-error').innerText();
    assert.match(msg, /退居日が入居日より前です/);
    assert.equal(await page.getAttribute("#residents-0-move_out", "aria-invalid"), "true");
    assert.equal(await page.inputValue("#residents-0-move_out"), "2026-01-10");
    assert.deepEqual(await axeViolations(page), [], formatViolations(await axeViolations(page)));
    await screenshot(page, "yokohama-gh-problem");
    await page.fill("#residents-0-move_out", "");
    await page.fill("#capacity", "12");
    await page.click('button[type="submit"]');
    await page.waitForSelector('[data-field="home.capacity"] .field-error');
    assert.match(await page.locator('[data-field="home.capacity"] .field-error').innerText(), /定員4人から10人/);
    await page.fill("#capacity", "4");
    await page.fill("#service_month", "2026-04");
    await page.click('button[type="submit"]');
    await page.waitForSelector('[data-field="service_month"] .field-error');
    assert.match(await page.locator('[data-field="service_month"] .field-error').innerText(), /令和8年4月.*適用されません/);
    assertNoOffOrigin(ctx);
    assertNoErrors(ctx);
  });
});

test("設置費等補助金: 補助対象経費12,000,000円 → 9,000,000円, with the reading shown", { timeout: 60000 }, async () => {
  await withPage("yokohama-gh-setup.html", async (page, ctx) => {
    await waitReady(page);
    await page.selectOption("#building", "owned");
    await page.selectOption("#kind", "3");
    await page.fill("#facility", "12000000");
    await page.fill("#furnishing", "2999\n120000");
    await page.click('button[type="submit"]');
    await page.waitForSelector('#result[data-state="ok"]');
    assert.equal(await page.textContent('[data-testid="grant-maintenance"]'), "9,000,000円");
    assert.equal(await page.textContent('[data-testid="grant-furnishing"]'), "120,000円");
    assert.equal(await page.textContent('[data-testid="total"]'), "9,120,000円");
    assert.ok((await page.locator("#result").innerText()).includes("本製品の解釈"));
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("text=CSVをダウンロード")]);
    const buf = Buffer.concat(await (await download.createReadStream()).toArray());
    assert.deepEqual([...buf.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    assert.deepEqual(await axeViolations(page), [], formatViolations(await axeViolations(page)));
    await screenshot(page, "yokohama-gh-setup-result");
    // A bad line in a list is answered beside the list.
    await page.fill("#works", "abc");
    await page.click('button[type="submit"]');
    await page.waitForSelector('[data-field="renovation_works"] .field-error');
    assertNoOffOrigin(ctx);
    assertNoErrors(ctx);
  });
});
