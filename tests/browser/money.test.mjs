// Money page: a month in yen, a missing price asked for, a secondary price
// flagged, the CSV (UTF-8 with BOM, 和暦 and 西暦), the URL round trip, and
// two scenarios compared.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { fillMoney as fill } from "./fixtures.mjs";
import { withPage, waitReady, assertNoErrors, assertNoOffOrigin, axeViolations, formatViolations, screenshot, shutdown } from "./harness.mjs";

after(shutdown);

test("a month in yen with its CSV, and the URL round trip", { timeout: 60000 }, async () => {
  await withPage("money.html", async (page, ctx) => {
    await waitReady(page);
    await fill(page);
    await page.click('button[type="submit"]');
    await page.waitForSelector('#result[data-state="ok"]');
    // A: 10000 + 930 = 10930 units × 10.91 = 119246.3 → 119,246円; B: 500 + 47 = 547 × 10.91 = 5967.77 → 5,967円
    assert.equal(await page.textContent('[data-testid="total-yen"]'), "125,213円");
    const text = await page.locator("#result").textContent();
    assert.ok(text.includes("1円未満切捨て"), "names the rounding");
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("text=CSVをダウンロード")]);
    const bytes = await (await download.createReadStream()).toArray();
    const buf = Buffer.concat(bytes);
    assert.deepEqual([...buf.subarray(0, 3)], [0xef, 0xbb, 0xbf], "CSV starts with a UTF-8 BOM");
    const csv = buf.toString("utf8").slice(1);
    assert.ok(csv.includes("サービス提供月（和暦）,令和6年6月"), csv);
    assert.ok(csv.includes("サービス提供月（西暦）,2024-06"), csv);
    assert.ok(csv.includes("\r\n"), "CRLF line ends");
    assert.ok(csv.includes("Aさん,10000,930,10930,119246,11924,9300,9300,109946"), csv);
    // The whole state is in the URL: a fresh page from it gives the same result.
    const url = page.url();
    await page.goto(url);
    await page.waitForSelector('#result[data-state="ok"]');
    assert.equal(await page.textContent('[data-testid="total-yen"]'), "125,213円");
    assert.equal(await page.inputValue("#u-1-label"), "Bさん");
    assert.deepEqual(await axeViolations(page), [], formatViolations(await axeViolations(page)));
    await screenshot(page, "money-result");
    assertNoOffOrigin(ctx);
    assertNoErrors(ctx);
  });
});

test("a missing price is asked for; a secondary price is flagged", { timeout: 60000 }, async () => {
  await withPage("money.html", async (page, ctx) => {
    await waitReady(page);
    await fill(page);
    await page.selectOption("#price_service", "shuro-ikou");
    await page.selectOption("#treatment", "none");
    await page.click('button[type="submit"]');
    await page.waitForSelector("#user-figures:not([hidden])");
    assert.match(await page.locator("#problems").innerText(), /1単位の単価（就労移行支援・2級地）/);
    await page.fill('input[name="user_figures.money.unit_price.shuro-ikou.grade-2"]', "10.96");
    await page.click('button[type="submit"]');
    await page.waitForSelector('#result[data-state="ok"]');
    assert.ok((await page.locator("#result").textContent()).includes("利用者入力"));
    await page.selectOption("#price_service", "seikatsu-kaigo");
    await page.click('button[type="submit"]');
    await page.waitForSelector('#result[data-state="ok"]');
    assert.ok((await page.locator("#result").textContent()).includes("二次資料・要確認"));
    assertNoOffOrigin(ctx);
  });
});

test("two scenarios side by side with the difference in yen", { timeout: 60000 }, async () => {
  await withPage("money.html", async (page, ctx) => {
    await waitReady(page);
    await fill(page);
    await page.click("#save-scenario");
    await page.fill("#u-0-units", "11000");
    await page.click("#compare");
    await page.waitForSelector("table.compare");
    // A: 11000 + 1023 (9.3%) = 12023 units × 10.91 = 131170.93 → 131,170円 (was 119,246円): +11,924円
    const diff = await page.textContent('[data-testid="diff-1"]');
    assert.equal(diff, "+11,924円");
    assert.deepEqual(await axeViolations(page), [], formatViolations(await axeViolations(page)));
    await screenshot(page, "money-compare");
    assertNoOffOrigin(ctx);
    assertNoErrors(ctx);
  });
});

test("就労系: a B型 office's month in yen, with its band; scenarios 令和8改定対象 or not; a 就労系 field's problem beside it", { timeout: 90000 }, async () => {
  await withPage("money.html", async (page, ctx) => {
    await waitReady(page);
    await page.fill("#service_month", "2026-06");
    await page.selectOption("#service", "shuro_b");
    // 「事業所の体制と加算」 is not shown for 就労系: the shown sections are numbered 1–3.
    const nums = await page.$$eval(".legend-num", (xs) => xs.filter((x) => x.checkVisibility()).map((x) => x.textContent.trim()));
    assert.deepEqual(nums, ["1.", "2.", "3."]);
    // The office's 福祉専門職員配置等加算 ratios in its hint come from data/, as on shuro.html
    // (from the 就労系 money module, loaded when the service is chosen).
    const ratio = '#shuro-office-fields [data-figure-value="shuro.welfare_professional.qualified_ratio.i"]';
    await page.waitForFunction((sel) => document.querySelector(sel)?.textContent !== "…", ratio, { timeout: 10000 });
    const hint = await page.locator(ratio).first().evaluate((e) => e.parentElement.textContent);
    assert.match(hint, /社会福祉士等が35%以上、\(Ⅱ\) 25%以上、\(Ⅲ\) 常勤職員が75%以上又は勤続3年以上が30%以上/);
    await page.selectOption("#municipality", "kanagawa-yokohama");
    await page.selectOption("#treatment", "i-i");
    await page.fill("#so-capacity", "20");
    await page.fill("#so-average_wage", "45000");
    await page.fill("#u-0-label", "Aさん");
    await page.selectOption("#u-0-burden_category", "general-1");
    await page.fill("#u-0-days", "20");
    await page.click('button[type="submit"]');
    await page.waitForSelector('#result[data-state="ok"]');
    // 令和6の区分（改定対象でない）: 837×20 = 16,740; 処遇改善 10.5% → 1,758 (1757.7); 18,498×10.91 = 201,813.18 → 201,813円
    assert.match(await page.textContent('[data-testid="shuro-basic"]'), /837単位\/日/);
    assert.equal(await page.textContent('[data-testid="total-yen"]'), "201,813円");
    await page.click("#save-scenario");
    await page.check("#so-r8_target");
    // 令和8改定対象: 812×20 = 16,240; 1,705 (1705.2); 17,945×10.91 = 195,779.95 → 195,779円
    await page.click("#compare");
    await page.waitForSelector('[data-testid="diff-1"]');
    assert.equal(await page.textContent('[data-testid="diff-1"]'), "-6,034円");
    // A 就労系 field's problem is shown beside it, and what was typed stays.
    await page.fill("#so-capacity", "abc");
    await page.click('button[type="submit"]');
    await page.waitForSelector('#result[data-state="error"]');
    const near = await page.locator('[data-field="shuro_office.capacity"]').textContent();
    assert.ok(near.includes("利用定員"), near);
    assert.equal(await page.inputValue("#so-capacity"), "abc");
    assert.deepEqual(await axeViolations(page), [], formatViolations(await axeViolations(page)));
    await screenshot(page, "money-shuro");
    assertNoOffOrigin(ctx);
    assertNoErrors(ctx);
  });
});

/** The filled form switched to a B型 month of 令和8年6月 (its module is then the 就労系 one). */
async function fillShuroB(page) {
  await page.selectOption("#service", "shuro_b");
  await page.fill("#service_month", "2026-06");
  await page.fill("#so-capacity", "20");
  await page.fill("#so-average_wage", "45000");
  await page.fill("#u-0-days", "20");
  await page.fill("#u-1-days", "20");
}

test("each service's own module: the URL's service is the one fetched; switching service fetches the other, same numbers", { timeout: 90000 }, async () => {
  const wasm = (ctx) => ctx.requests.filter((u) => u.endsWith(".wasm")).map((u) => u.replace(/^.*?\/pkg\/areas\/([^/]+)\/.*$/, "$1"));
  let shuroUrl;
  await withPage("money.html", async (page, ctx) => {
    await waitReady(page);
    await fill(page);
    await page.click('button[type="submit"]');
    await page.waitForSelector('#result[data-state="ok"]');
    assert.deepEqual(wasm(ctx), ["money_seikatsu_kaigo"], "生活介護 (the default): its own module only");
    // A B型 month: its module is loaded when the service changes.
    await fillShuroB(page);
    await page.click('button[type="submit"]');
    await page.waitForSelector('#result[data-state="ok"]');
    assert.deepEqual(wasm(ctx), ["money_seikatsu_kaigo", "money_shuro"]);
    shuroUrl = page.url();
    assert.match(shuroUrl, /service=shuro_b/);
    const total = await page.textContent('[data-testid="total-yen"]');
    // The page's module (生活介護's) still gives the page's choices.
    assert.equal(await page.evaluate(() => document.documentElement.dataset.area), "money_seikatsu_kaigo");
    assertNoErrors(ctx);
    // A fresh page from that URL fetches the 就労系 module only, and answers the same.
    await page.goto(shuroUrl);
    await waitReady(page);
    await page.waitForSelector('#result[data-state="ok"]');
    assert.equal(await page.textContent('[data-testid="total-yen"]'), total);
    assert.equal(await page.evaluate(() => document.documentElement.dataset.area), "money_shuro");
    assert.deepEqual(wasm(ctx).slice(2), ["money_shuro"]);
    assertNoErrors(ctx);
  });
});

test("a page opened on another service's module offers 生活介護's 処遇改善 levels once 生活介護 is chosen (from 生活介護's module, which holds its rates)", { timeout: 90000 }, async () => {
  const wasm = (ctx) => ctx.requests.filter((u) => u.endsWith(".wasm")).map((u) => u.replace(/^.*?\/pkg\/areas\/([^/]+)\/.*$/, "$1"));
  await withPage("money.html?service=group_home&service_month=2024-06", async (page, ctx) => {
    await waitReady(page);
    assert.deepEqual(wasm(ctx), ["money_group_home"]);
    await page.selectOption("#treatment", "i");
    // 共同生活援助: no rate for a 指定障害者支援施設, so no such box.
    assert.equal(await page.isVisible("#facility-field"), false);
    await page.selectOption("#service", "seikatsu_kaigo");
    // 生活介護's rates (with the 施設's) come with its module.
    await page.waitForSelector("#facility-field", { state: "visible" });
    assert.ok(wasm(ctx).includes("money_seikatsu_kaigo"));
    assert.equal(await page.locator('#treatment option[value="i"]').isDisabled(), false);
    assert.equal(await page.locator('#treatment option[value="i-i"]').isDisabled(), true, "令和8年6月's levels are not offered for 令和6年6月");
    assertNoErrors(ctx);
  });
});

test("another service's module: the page says it is loading it, and a module that cannot be fetched is answered, then fetched again", { timeout: 90000 }, async () => {
  await withPage("money.html", async (page, ctx) => {
    await waitReady(page);
    await fill(page);
    await page.click('button[type="submit"]');
    await page.waitForSelector('#result[data-state="ok"]');
    const ready = await page.textContent("#core-status");
    // The 就労系 module is first refused (offline, say), then held back a moment.
    let mode = "fail";
    let release;
    const held = new Promise((r) => { release = r; });
    await page.route("**/pkg/areas/money_shuro/**", async (route) => {
      if (mode === "fail") return route.abort("internetdisconnected");
      await held;
      return route.fallback();
    });
    await fillShuroB(page);
    await page.click('button[type="submit"]');
    await page.waitForSelector('#result[data-state="error"]');
    assert.match(await page.locator("#problems").innerText(), /計算エンジンのこのサービスの部分を読み込めませんでした/);
    assert.equal(await page.getAttribute("#result", "aria-busy"), null);
    // Fetched again on the next 計算する; while it comes, the status line says so and the result is busy.
    mode = "hold";
    await page.click('button[type="submit"]');
    await page.waitForFunction(() => document.getElementById("core-status").textContent.includes("読み込んでいます"));
    assert.equal(await page.getAttribute("#result", "aria-busy"), "true");
    release();
    await page.waitForSelector('#result[data-state="ok"]');
    assert.equal(await page.getAttribute("#result", "aria-busy"), null);
    assert.equal(await page.textContent("#core-status"), ready);
    assert.match(await page.textContent('[data-testid="total-yen"]'), /円/);
    // Nothing thrown past the page (the refused fetch is only a console line).
    assert.deepEqual(ctx.pageErrors, []);
    assertNoOffOrigin(ctx);
  });
});
