// 就労支援事業会計 pages: an accountant enters three years by keyboard and reads
// each year's reserves; a bad amount and a year past the data's horizon are
// answered beside their fields; the bread example of the guideline comes out
// exactly; CSV with BOM; the URL carries the state; axe finds nothing.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { withPage, waitReady, assertNoErrors, assertNoOffOrigin, axeViolations, formatViolations, screenshot, shutdown } from "./harness.mjs";

after(shutdown);

async function csvOf(page) {
  const [download] = await Promise.all([page.waitForEvent("download"), page.click("text=CSVをダウンロード")]);
  const buf = Buffer.concat(await (await download.createReadStream()).toArray());
  assert.deepEqual([...buf.subarray(0, 3)], [0xef, 0xbb, 0xbf], "CSV starts with a UTF-8 BOM");
  const csv = buf.toString("utf8").slice(1);
  assert.ok(csv.includes("\r\n"), "CRLF line ends");
  return csv;
}

async function fillYear(page, i, v) {
  for (const [k, x] of Object.entries(v)) {
    if (typeof x === "boolean") await page.setChecked(`#y-${i}-${k}`, x);
    else await page.fill(`#y-${i}-${k}`, String(x));
  }
}

test("ledger: three years by keyboard, limits and reasons per year, CSV, URL round trip", { timeout: 90000 }, async () => {
  await withPage("kaikei-ledger.html", async (page, ctx) => {
    await waitReady(page);
    await page.fill("#first_fiscal_year", "令和6年度");
    assert.equal(await page.textContent("#first_fiscal_year-wareki"), "2024年度（令和6年度）");
    assert.match(await page.textContent("#h-2-label"), /2023年度（令和5年度）＝前年度/);
    // The rules box is filled from the data.
    assert.match(await page.locator("table.rule-table").innerText(), /過去3年間の平均賃金・工賃の10%以内[\s\S]*就労支援事業資産の取得価額の75%以内/);
    await page.fill("#h-0-wages", "1000000");
    await page.fill("#h-1-wages", "1200000");
    await page.fill("#h-2-wages", "1400000");
    await fillYear(page, 0, { wages_paid: 1500000, surplus: 400000, production_income: 3000000, asset_cost: 2000000 });
    // Add two years with the keyboard; focus moves into the new year.
    for (const n of [1, 2]) {
      await page.focus("#add-year");
      await page.keyboard.press("Enter");
      await page.waitForSelector(`#y-${n}-wages_paid`);
      assert.equal(await page.evaluate(() => document.activeElement.id), `y-${n}-wages_paid`);
    }
    assert.match(await page.textContent("#years-status"), /3年度目（2026年度（令和8年度））を追加しました/);
    await fillYear(page, 1, { wages_paid: 1600000, surplus: 100000, production_income: 3000000, asset_cost: 2000000 });
    await fillYear(page, 2, { wages_paid: 1200000, surplus: 50000, production_income: 3000000, asset_cost: 2000000, wage_draw: 500000 });
    await page.focus("#y-2-wage_draw");
    await page.keyboard.press("Enter");
    await page.waitForSelector('#result[data-state="ok"]');
    // 令和6年度: 10% of the average 1,200,000円 = 120,000円; the equipment reserve takes the rest of the surplus.
    assert.equal(await page.textContent('[data-testid="wage-reserve-0"]'), "120,000円");
    assert.equal(await page.textContent('[data-testid="equipment-reserve-0"]'), "280,000円");
    // 令和7年度: the surplus (100,000円), not the 10% (136,666円), limits.
    assert.equal(await page.textContent('[data-testid="wage-reserve-1"]'), "100,000円");
    // 令和8年度: wages fell below the past-3-year minimum: drawn to top up, no reserve.
    assert.equal(await page.textContent('[data-testid="wage-draw-2"]'), "200,000円");
    assert.equal(await page.textContent('[data-testid="wage-reserve-2"]'), "0円");
    assert.equal(await page.textContent('[data-testid="wage-closing-2"]'), "20,000円");
    const text = await page.locator("#result").innerText();
    assert.ok(text.includes("賃金・工賃が前年度を下回ったため積立て不可"), "names why no reserve");
    assert.ok(text.includes("積立可能な差額"), "names the surplus as the limit");
    const steps = await page.locator("#result").textContent();
    assert.ok(steps.includes("資料3 4 3) ◎積立金について"), "cites 資料3");
    assert.ok(steps.includes("本製品の解釈"), "shows the product's readings");
    const csv = await csvOf(page);
    assert.ok(csv.includes("2024,令和6年度,1500000,0,1500000,1400000,はい,1200000,1000000,400000,0,400000,0,0,120000,600000,120000,120000"), csv);
    // The whole state is in the URL.
    const url = page.url();
    assert.ok(url.includes("years.count=3"), url);
    await page.goto(url);
    await page.waitForSelector('#result[data-state="ok"]');
    assert.equal(await page.textContent('[data-testid="wage-draw-2"]'), "200,000円");
    assert.equal(await page.inputValue("#y-2-wage_draw"), "500000");
    // Remove the last year with the keyboard.
    await page.focus("#remove-year");
    await page.keyboard.press("Enter");
    // (On a loaded machine the press may be handled a frame later: wait for it, do not sample once.)
    await page.waitForFunction(() => document.querySelectorAll("fieldset.year").length !== 3, null, { timeout: 5000 }).catch(() => {});
    assert.equal(await page.locator("fieldset.year").count(), 2);
    assert.equal(await page.evaluate(() => document.activeElement.id), "add-year");
    await page.goto(url);
    await page.waitForSelector('#result[data-state="ok"]');
    assert.deepEqual(await axeViolations(page), [], formatViolations(await axeViolations(page)));
    await screenshot(page, "kaikei-ledger-result");
    assertNoOffOrigin(ctx);
    assertNoErrors(ctx);
  });
});

test("ledger: a bad amount and a year past the horizon are answered beside their fields", { timeout: 60000 }, async () => {
  await withPage("kaikei-ledger.html", async (page, ctx) => {
    await waitReady(page);
    await page.fill("#first_fiscal_year", "2024");
    await page.fill("#h-2-wages", "1000000");
    await fillYear(page, 0, { wages_paid: "abc", surplus: 0, production_income: 0, asset_cost: 0 });
    await page.click('button[type="submit"]');
    await page.waitForSelector("#problems:not([hidden])");
    assert.match(await page.locator('[data-field="years[0].wages_paid"] .field-error').innerText(), /賃金・工賃の支払額は金額で入力してください（例 18000、18,000円、1万8000円/);
    assert.equal(await page.getAttribute("#y-0-wages_paid", "aria-invalid"), "true");
    assert.equal(await page.inputValue("#y-0-wages_paid"), "abc", "the typed value is kept");
    assert.equal(await page.evaluate(() => document.activeElement.id), "problems");
    await screenshot(page, "kaikei-ledger-problem");
    await page.fill("#y-0-wages_paid", "1000000");
    await page.fill("#first_fiscal_year", "2027");
    await page.click('button[type="submit"]');
    await page.waitForSelector('[data-field="first_fiscal_year"] .field-error');
    assert.match(await page.locator('[data-field="first_fiscal_year"] .field-error').innerText(), /2027年度（令和9年度）.*計算できません.*収録範囲外/);
    assert.deepEqual(await axeViolations(page), [], formatViolations(await axeViolations(page)));
    assertNoOffOrigin(ctx);
    assertNoErrors(ctx);
  });
});

test("price: the guideline's bread example comes out exactly (60円, 500,000円)", { timeout: 60000 }, async () => {
  await withPage("kaikei-price.html", async (page, ctx) => {
    await waitReady(page);
    await page.fill("#fiscal_year", "2025");
    await page.focus("#example");
    await page.keyboard.press("Enter");
    assert.equal(await page.inputValue("#operating_days"), "200");
    await page.fill("#users", "10");
    await page.keyboard.press("Enter");
    await page.waitForSelector('#result[data-state="ok"]');
    assert.equal(await page.textContent('[data-testid="break-even"]'), "60円");
    assert.equal(await page.textContent('[data-testid="surplus"]'), "500,000円");
    assert.equal(await page.textContent('[data-testid="wage-fund"]'), "500,000円");
    const text = await page.locator("#result").innerText();
    assert.ok(text.includes("月額 4,166円"), text);
    assert.ok(text.includes("1円未満切上げ"), "names the rounding of the break-even price");
    assert.ok(text.includes("資料3 3 5) Tips"), "cites the Tips");
    const csv = await csvOf(page);
    assert.ok(csv.includes("年度（和暦）,令和7年度"), csv);
    assert.ok(csv.includes("損益分岐点の販売価格（円・1円未満切上げ）,60"), csv);
    assert.ok(csv.includes("賃金総額に反映できる額（円）,500000"), csv);
    const url = page.url();
    await page.goto(url);
    await page.waitForSelector('#result[data-state="ok"]');
    assert.equal(await page.textContent('[data-testid="wage-fund"]'), "500,000円");
    assert.deepEqual(await axeViolations(page), [], formatViolations(await axeViolations(page)));
    await screenshot(page, "kaikei-price-result");
    // A missing cost is answered beside its field.
    await page.fill("#manufacturing_cost_per_item", "");
    await page.click('button[type="submit"]');
    await page.waitForSelector('[data-field="manufacturing_cost_total"] .field-error');
    assert.match(await page.locator('[data-field="manufacturing_cost_total"] .field-error').innerText(), /製造原価/);
    assertNoOffOrigin(ctx);
    assertNoErrors(ctx);
  });
});
