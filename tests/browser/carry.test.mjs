// From a month in 単位 to 円 without typing it twice: each page's 「円で見る」
// carries its request into money.html, which prices it. A 生活介護 month gives
// the same 円 as the same month entered on money.html directly; a 横浜市 home
// shows the national 報酬 and the city's amounts whose sum is the parts; a
// 就労系 month's unused 送迎 count is noted; 計画相談支援 has no 利用者負担.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { withPage, waitReady, assertNoErrors, assertNoOffOrigin, axeViolations, formatViolations, screenshot, shutdown } from "./harness.mjs";
import { fillSeikatsuKaigo, fillShuroB, fillSoudan, fillYokohamaGh, setMonth, submit } from "./fixtures.mjs";

after(shutdown);

const yenOf = (t) => Number(t.replace(/[^\d-]/g, ""));

/** Follows the result's 「円で見る」 link to money.html (ready). */
async function toMoney(page) {
  await page.click('[data-testid="to-money"]');
  await page.waitForURL(/money\.html/);
  await waitReady(page);
  assert.equal(await page.isVisible("#carried"), true, "the carried month is named");
}

/** The area modules a page's context fetched, in order (pkg/areas/<area>/hoshu_bg.wasm). */
const wasmAreas = (ctx) => ctx.requests.filter((u) => u.endsWith(".wasm")).map((u) => u.replace(/^.*?\/pkg\/areas\/([^/]+)\/.*$/, "$1"));

test("生活介護: the month carried from seikatsu-kaigo.html gives the same 円 as the same month entered on money.html", { timeout: 120000 }, async () => {
  let carried;
  await withPage("seikatsu-kaigo.html", async (page, ctx) => {
    await waitReady(page);
    await fillSeikatsuKaigo(page);
    await submit(page);
    await toMoney(page);
    // Only money's own fields: no service, no office, no user's days or 区分.
    assert.equal(await page.isVisible("#service"), false);
    assert.equal(await page.isVisible("#capacity"), false);
    assert.equal(await page.locator("#users-table [data-col=kubun]:visible").count(), 0);
    assert.equal(await page.getAttribute("#service_month", "readonly"), "");
    await page.selectOption("#municipality", "kanagawa-yokohama");
    await page.selectOption("#u-0-burden_category", "general-1");
    await submit(page);
    carried = await page.textContent('[data-testid="total-yen"]');
    assert.match(await page.textContent('[data-testid="carried"]'), /生活介護のページ/);
    // money.html priced it with the module for 生活介護's carried month, not the whole yen chain.
    const wasm = ctx.requests.filter((u) => u.endsWith(".wasm")).map((u) => u.replace(/^.*?\/pkg\/areas\/([^/]+)\/.*$/, "$1"));
    assert.deepEqual(wasm, ["seikatsu_kaigo", "money_seikatsu_kaigo_days"]);
    assert.deepEqual(await axeViolations(page), [], formatViolations(await axeViolations(page)));
    await screenshot(page, "carry-seikatsu-kaigo-money");
    // The state is in the URL: the same result from a fresh page.
    await page.goto(page.url());
    await page.waitForSelector('#result[data-state="ok"]');
    assert.equal(await page.textContent('[data-testid="total-yen"]'), carried);
    // Back to the page the month came from, with its inputs.
    await page.click("#carried-back");
    await page.waitForURL(/seikatsu-kaigo\.html/);
    await page.waitForSelector('#result[data-state="ok"]');
    assert.equal(await page.inputValue("#capacity"), "75");
    assertNoOffOrigin(ctx);
    assertNoErrors(ctx);
  });
  await withPage("money.html", async (page, ctx) => {
    await waitReady(page);
    await setMonth(page, "#service_month", "2024-06");
    await page.selectOption("#service", "seikatsu_kaigo");
    await page.selectOption("#municipality", "kanagawa-yokohama");
    await page.fill("#capacity", "75");
    await page.selectOption("#u-0-burden_category", "general-1");
    await page.selectOption("#u-0-kubun", "6");
    await page.fill("#u-0-standard_minutes", "5");
    await page.fill("#u-0-days", "21");
    await submit(page);
    assert.equal(await page.textContent('[data-testid="total-yen"]'), carried, "the same month entered directly");
    assertNoErrors(ctx);
  });
});

test("横浜市 GH: the national 共同生活援助 報酬 and the city's amounts side by side, each with its route; the sum is the parts", { timeout: 90000 }, async () => {
  await withPage("yokohama-gh.html", async (page, ctx) => {
    await waitReady(page);
    await fillYokohamaGh(page);
    await submit(page);
    const city = await page.locator("#result").innerText();
    await toMoney(page);
    assert.equal(await page.isVisible("#night"), true, "the national 加算 of the home is asked for here");
    await page.selectOption("#municipality", "kanagawa-yokohama");
    await page.selectOption("#u-0-burden_category", "low-income");
    await page.fill("#u-0-rent", "１万８千円");
    await page.selectOption("#u-1-burden_category", "general-2");
    await submit(page);
    const rows = await page.locator('[data-testid="home-parts"] tbody tr').allInnerTexts();
    assert.ok(rows.length >= 5, rows.join("\n"));
    for (const route of ["国保連", "利用者", "かながわシステム", "請求書", "交付申請"]) {
      assert.ok(rows.some((r) => r.includes(route)), `${route} in\n${rows.join("\n")}`);
    }
    const parts = await page.locator('[data-testid="home-parts"] tbody td.num').allTextContents();
    const total = yenOf(await page.textContent('[data-testid="home-total"]'));
    assert.equal(parts.map(yenOf).reduce((a, b) => a + b, 0), total, "the sum equals the parts");
    assert.ok(total > yenOf(await page.textContent('[data-testid="benefit-yen"]')));
    assert.ok(city.length > 0);
    // Priced by the module for 横浜市 GH's carried month, not the whole yen chain.
    assert.deepEqual(wasmAreas(ctx), ["yokohama_gh", "money_yokohama_gh"]);
    // The rent typed 「１万８千円」 is read as 18,000円 (家賃助成: at most 10,000円).
    assert.ok((await page.locator("#result").textContent()).includes("家賃18,000円"));
    assert.deepEqual(await axeViolations(page), [], formatViolations(await axeViolations(page)));
    await screenshot(page, "carry-yokohama-gh-money");
    assertNoOffOrigin(ctx);
    assertNoErrors(ctx);
  });
});

test("就労系: the 送迎 note on shuro.html and on money.html; 計画相談支援: no 利用者負担", { timeout: 120000 }, async () => {
  await withPage("shuro.html?service=b", async (page, ctx) => {
    await waitReady(page);
    await fillShuroB(page);
    await submit(page);
    const note = "送迎加算を算定しない設定のため、送迎の回数（40回）は使われていません";
    assert.ok((await page.textContent('[data-testid="unused-notes"]')).includes(note));
    await toMoney(page);
    await page.selectOption("#municipality", "kanagawa-yokohama");
    await page.selectOption("#u-0-burden_category", "general-1");
    await submit(page);
    assert.ok((await page.textContent('[data-testid="unused-notes"]')).includes(note));
    assert.match(await page.textContent('[data-testid="shuro-basic"]'), /単位\/日/);
    assert.deepEqual(wasmAreas(ctx), ["shuro", "money_shuro"]);
    assertNoErrors(ctx);
  });
  await withPage("soudan.html", async (page, ctx) => {
    await waitReady(page);
    await fillSoudan(page);
    await submit(page);
    await toMoney(page);
    assert.equal(await page.isVisible("#users-table"), false, "no 利用者負担 to ask for");
    await page.selectOption("#municipality", "kanagawa-yokohama");
    await submit(page);
    const text = await page.locator("#result").innerText();
    assert.ok(text.includes("利用者負担はありません"), text);
    assert.equal(await page.textContent('[data-testid="benefit-yen"]'), await page.textContent('[data-testid="total-yen"]'));
    assert.deepEqual(wasmAreas(ctx), ["soudan", "money_soudan"]);
    // 引き継ぎをやめる: back to entering the month here.
    await page.click("#drop-carried");
    assert.equal(await page.isVisible("#carried"), false);
    assert.equal(await page.isVisible("#service"), true);
    assertNoErrors(ctx);
  });
});
