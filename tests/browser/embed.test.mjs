// A city's site under a strict Content-Security-Policy (harness: /csp/), with
// each of the three snippets (embed.js, the iframe, a plain link): no CSP
// violation, a result computed, no request off the origin. A city's presets
// and locks; 「この計算のURLをコピー」 inside a frame; the frame's height
// following its content; printing from inside the frame; the theme.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import {
  withPage, hostUrl, assertNoErrors, assertNoOffOrigin, axeViolations, formatViolations, screenshot, shutdown,
} from "./harness.mjs";

after(shutdown);

/** A money.html state: one user of 10,000 units in 横浜市 (2級地), B型, 処遇改善（Ⅰ） → 119,246円. */
const MONEY_STATE = "service_month=2024-06&service=units&price_service=shuro-b&treatment.level=i&users.count=1"
  + "&users.0.label=A&users.0.burden_category=general-1&users.0.units=10000";

/** The calculator's frame in a host page, once its core is ready. */
async function calculatorFrame(page) {
  const frame = await (await page.waitForSelector("iframe")).contentFrame();
  await frame.waitForFunction(() => document.documentElement.dataset.ready === "true", null, { timeout: 15000 });
  return frame;
}

/** The frame's size in the host page, and whether the frame's own document scrolls. */
async function frameFit(page, frame) {
  const box = await page.evaluate(() => document.querySelector("iframe").getBoundingClientRect().toJSON());
  const inner = await frame.evaluate(() => ({ scroll: document.documentElement.scrollHeight, client: document.documentElement.clientHeight }));
  return { width: box.width, height: box.height, scrolls: inner.scroll > inner.client + 1, content: inner.scroll };
}

/** Waits until the iframe's height has followed a change of its content. */
async function settled(page, frame) {
  await page.waitForFunction(() => {
    const f = document.querySelector("iframe");
    const d = f.contentDocument.documentElement;
    return Math.abs(f.getBoundingClientRect().height - d.getBoundingClientRect().height - 2) <= 1;
  }, null, { timeout: 5000 });
  return frameFit(page, frame);
}

function assertClean(ctx) {
  assertNoOffOrigin(ctx);
  assertNoErrors(ctx); // includes no CSP violation in any frame
}

test("embed.js under the strict CSP: preset city locked, a result computed, the height follows the content", { timeout: 60000 }, async () => {
  await withPage("index.html", async (page, ctx) => {
    await page.goto(hostUrl(ctx, "host-script.html", { calculator: "money", "data-municipality": "横浜市", "data-lock": "municipality" }));
    const frame = await calculatorFrame(page);
    const empty = await settled(page, frame);
    assert.ok(empty.width > 900, `the frame fills the host's column: ${empty.width}px`);
    assert.equal(empty.scrolls, false, "the frame's document does not scroll inside the frame");
    // The city is fixed and says why.
    const city = frame.locator("#municipality");
    assert.equal(await city.inputValue(), "kanagawa-yokohama");
    assert.equal(await city.locator("option").count(), 1, "no other city can be chosen");
    assert.equal(await city.getAttribute("aria-readonly"), "true");
    const note = await frame.locator(`#${(await city.getAttribute("aria-describedby")).split(" ").pop()}`).innerText();
    assert.equal(note, "市町村の設定により固定されています。");
    // Fewer fields (units entered directly): the frame shrinks.
    await frame.selectOption("#service", "units");
    const fewer = await settled(page, frame);
    assert.ok(fewer.height < empty.height - 100, `the frame shrank: ${empty.height} → ${fewer.height}`);
    // Computed by keyboard and mouse inside the frame.
    await frame.fill("#service_month", "2024-06");
    await frame.selectOption("#price_service", "shuro-b");
    await frame.selectOption("#treatment", "i");
    await frame.fill("#u-0-label", "A");
    await frame.selectOption("#u-0-burden_category", "general-1");
    await frame.fill("#u-0-units", "10000");
    await frame.focus("#u-0-units");
    await page.keyboard.press("Enter");
    await frame.waitForSelector('#result[data-state="ok"]');
    assert.equal(await frame.textContent('[data-testid="total-yen"]'), "119,246円");
    const full = await settled(page, frame);
    assert.ok(full.height > fewer.height + 200, `the frame grew with the result: ${fewer.height} → ${full.height}`);
    assert.equal(full.scrolls, false);
    // 入力を消す: the frame fits again; the locked city stays.
    await frame.click("#clear-form");
    assert.equal((await settled(page, frame)).scrolls, false);
    assert.equal(await city.inputValue(), "kanagawa-yokohama");
    // The footer's statement and links are in the frame, opening outside it.
    const about = frame.locator('.site-footer a[href="about.html"]');
    assert.ok(await about.isVisible(), "このサイトについて is linked from the frame");
    assert.equal(await about.getAttribute("target"), "_blank");
    assert.deepEqual(await axeViolations(frame), [], formatViolations(await axeViolations(frame)));
    assert.deepEqual(await axeViolations(page), [], "the host page with the frame");
    await screenshot(page, "embed-script-csp");
    assertClean(ctx);
  });
});

test("the iframe snippet under the strict CSP: its width and height attributes apply, a result computed", { timeout: 60000 }, async () => {
  await withPage("index.html", async (page, ctx) => {
    await page.goto(hostUrl(ctx, "host-iframe.html", { calculator: "money", query: `&preset.municipality=横浜市&lock=municipality&${MONEY_STATE}` }));
    const frame = await calculatorFrame(page);
    await frame.waitForSelector('#result[data-state="ok"]');
    assert.equal(await frame.textContent('[data-testid="total-yen"]'), "119,246円");
    const fit = await frameFit(page, frame);
    assert.ok(fit.width > 900 && fit.height >= 1600 && fit.height <= 1606, `width="100%" height="1600" apply (not 300×150): ${fit.width}×${fit.height}`);
    assertClean(ctx);
  });
});

test("a plain link under the strict CSP: the page opens with the city's preset and computes", { timeout: 60000 }, async () => {
  await withPage("index.html", async (page, ctx) => {
    await page.goto(hostUrl(ctx, "host-link.html", { calculator: "money", query: `preset.municipality=横浜市&${MONEY_STATE}` }));
    await Promise.all([page.waitForURL(/\/csp\/hoshu\/money\.html/), page.click("#calculator-link")]);
    await page.waitForSelector('#result[data-state="ok"]');
    assert.equal(await page.textContent('[data-testid="total-yen"]'), "119,246円");
    assert.equal(await page.inputValue("#municipality"), "kanagawa-yokohama");
    assert.ok(await page.locator(".site-header").isVisible(), "a link opens the full page, with its header");
    const res = await page.request.get(page.url());
    assert.equal(res.headers()["content-security-policy"], "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'");
    assertClean(ctx);
  });
});

test("presets: month and service locked, a saved state cannot change them, 入力を消す keeps them", { timeout: 60000 }, async () => {
  await withPage("index.html", async (page, ctx) => {
    // 生活介護: the month, locked; a saved state's other month is overridden.
    await page.goto(`${ctx.origin}/seikatsu-kaigo.html?service_month=2024-06&preset.month=2025-04&lock=month`);
    await page.waitForFunction(() => document.documentElement.dataset.ready === "true");
    assert.equal(await page.inputValue("#service_month"), "2025-04");
    assert.equal(await page.evaluate(() => document.getElementById("service_month").readOnly), true);
    assert.match(await page.locator('[data-field="service_month"]').innerText(), /市町村の設定により固定されています/);
    assert.match(await page.textContent("#service_month-wareki"), /令和7年4月/);
    await page.click("#clear-form");
    assert.equal(await page.inputValue("#service_month"), "2025-04", "入力を消す keeps a locked month");
    // 就労系: the service by its name, locked: the other services cannot be chosen.
    await page.goto(`${ctx.origin}/shuro.html?embed=1&preset.service=就労継続支援A型&lock=service`);
    await page.waitForFunction(() => document.documentElement.dataset.ready === "true");
    assert.equal(await page.evaluate(() => document.querySelector('input[name="service"]:checked').value), "a");
    assert.deepEqual(await page.evaluate(() => [...document.querySelectorAll('input[name="service"]')].filter((r) => !r.disabled).map((r) => r.value)), ["a"]);
    assert.match(await page.textContent("#page-title"), /就労継続支援A型/);
    assert.equal(await page.getAttribute('[data-field="service"]', "aria-readonly"), "true");
    assert.deepEqual(await axeViolations(page), [], formatViolations(await axeViolations(page)));
    // money: a service preset by its value, not locked: the saved state wins and the field stays free.
    await page.goto(`${ctx.origin}/money.html?service=group_home&preset.service=shuro_b&preset.municipality=川崎市`);
    await page.waitForFunction(() => document.documentElement.dataset.ready === "true");
    assert.equal(await page.inputValue("#service"), "group_home", "the saved state wins over an unlocked preset");
    assert.equal(await page.inputValue("#municipality"), "kanagawa-kawasaki");
    assert.ok((await page.locator("#municipality option").count()) > 2, "an unlocked preset leaves every choice");
    assert.equal(await page.getAttribute("#municipality", "aria-readonly"), null);
    // 入力を消す brings the presets back.
    await page.click("#clear-form");
    assert.equal(await page.inputValue("#service"), "shuro_b");
    // 就労支援事業会計: a 年度.
    await page.goto(`${ctx.origin}/kaikei-price.html?preset.fiscal-year=2025&lock=fiscal-year`);
    await page.waitForFunction(() => document.documentElement.dataset.ready === "true");
    assert.equal(await page.inputValue("#fiscal_year"), "2025");
    assert.equal(await page.evaluate(() => document.getElementById("fiscal_year").readOnly), true);
    assertClean(ctx);
  });
});

test("presets the page cannot use are ignored with a console warning, never an error", { timeout: 60000 }, async () => {
  await withPage("money.html?preset.municipality=どこにもない市&preset.month=令和6年&preset.color=red&lock=municipality,service", async (page, ctx) => {
    await page.waitForFunction(() => document.documentElement.dataset.ready === "true");
    assert.equal(await page.inputValue("#municipality"), "");
    assert.ok((await page.locator("#municipality option").count()) > 2, "an unknown city locks nothing");
    const warnings = ctx.consoleMessages.filter((m) => m.type === "warning").map((m) => m.text).join("\n");
    for (const want of ["preset.municipality=どこにもない市", "preset.month=令和6年", "preset.color", "lock=service"]) {
      assert.ok(warnings.includes(want), `warns about ${want}:\n${warnings}`);
    }
    assertClean(ctx);
  });
});

test("「この計算のURLをコピー」 in a frame gives the host page with the calculation; opening it restores it", { timeout: 60000 }, async () => {
  await withPage("index.html", async (page, ctx) => {
    await ctx.context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: ctx.origin });
    const host = hostUrl(ctx, "host-script.html", { calculator: "money", "data-municipality": "横浜市", "data-lock": "municipality" });
    await page.goto(`${host}#hoshu-money=${encodeURIComponent(`${MONEY_STATE}&lock=&region.municipality=tokyo-23ku`)}`);
    const frame = await calculatorFrame(page);
    // The fragment's calculation is shown; its attempt to unlock or change the city is not taken.
    await frame.waitForSelector('#result[data-state="ok"]');
    assert.equal(await frame.textContent('[data-testid="total-yen"]'), "119,246円");
    assert.equal(await frame.inputValue("#municipality"), "kanagawa-yokohama");
    await frame.fill("#u-0-units", "20000");
    await frame.click('button[type="submit"]');
    await frame.waitForFunction(() => document.querySelector('[data-testid="total-yen"]')?.textContent !== "119,246円");
    const total = await frame.textContent('[data-testid="total-yen"]');
    await frame.click("text=この計算のURLをコピー");
    await frame.waitForFunction(() => document.querySelector(".copy-status").textContent !== "");
    const copied = await frame.getAttribute(".copy-status", "data-url");
    assert.equal(await frame.textContent(".copy-status"), "URLをコピーしました。");
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), copied);
    assert.ok(copied.startsWith(`${host}#hoshu-money=`), copied);
    const state = new URLSearchParams(decodeURIComponent(new URL(copied).hash.slice("#hoshu-money=".length)));
    assert.equal(state.get("users.0.units"), "20000");
    assert.ok(![...state.keys()].some((k) => k === "embed" || k === "lock" || k.startsWith("preset.")), `only the calculation: ${state}`);
    // The copied address, opened afresh, shows the same calculation in the frame.
    await page.goto("about:blank");
    await page.goto(copied);
    const again = await calculatorFrame(page);
    await again.waitForSelector('#result[data-state="ok"]');
    assert.equal(await again.textContent('[data-testid="total-yen"]'), total);
    assert.equal(await again.inputValue("#u-0-units"), "20000");
    // The iframe snippet (the host is unknown): the full page's address, with the city's presets, without embed=1.
    await page.goto(hostUrl(ctx, "host-iframe.html", { calculator: "money", query: `&preset.municipality=横浜市&lock=municipality&${MONEY_STATE}` }));
    const plain = await calculatorFrame(page);
    await plain.waitForSelector('#result[data-state="ok"]');
    await plain.click("text=この計算のURLをコピー");
    await plain.waitForFunction(() => document.querySelector(".copy-status").textContent !== "");
    const full = new URL(await plain.getAttribute(".copy-status", "data-url"));
    assert.equal(full.pathname, "/csp/hoshu/money.html");
    assert.equal(full.searchParams.get("embed"), null);
    assert.equal(full.searchParams.get("lock"), "municipality");
    assert.equal(full.searchParams.get("users.0.units"), "10000");
    assertClean(ctx);
  });
});

test("printing from inside the frame prints the calculator's own document", { timeout: 60000 }, async () => {
  await withPage("index.html", async (page, ctx) => {
    await page.goto(hostUrl(ctx, "host-iframe.html", { calculator: "money", query: `&${MONEY_STATE}&region.municipality=kanagawa-yokohama` }));
    const frame = await calculatorFrame(page);
    await frame.waitForSelector('#result[data-state="ok"]');
    // Record which window's print() is called.
    await page.evaluate(() => { window.print = () => { document.documentElement.dataset.printed = "host"; }; });
    await frame.evaluate(() => { window.print = () => { document.documentElement.dataset.printed = "frame"; }; });
    await frame.click("text=印刷する");
    assert.equal(await frame.evaluate(() => document.documentElement.dataset.printed), "frame");
    assert.equal(await page.evaluate(() => document.documentElement.dataset.printed ?? null), null);
    assertClean(ctx);
  });
});

test("theme: a host's accent and text size apply; a colour below 4.5:1 is refused with a warning", { timeout: 60000 }, async () => {
  await withPage("index.html", async (page, ctx) => {
    const attrs = { calculator: "money", "data-theme-accent": "#005a32", "data-theme-font-size": "125%" };
    await page.goto(hostUrl(ctx, "host-script.html", attrs));
    let frame = await calculatorFrame(page);
    const look = () => frame.evaluate(() => ({
      accent: getComputedStyle(document.querySelector("button.primary")).backgroundColor,
      size: getComputedStyle(document.documentElement).fontSize,
    }));
    assert.deepEqual(await look(), { accent: "rgb(0, 90, 50)", size: "20px" });
    assert.deepEqual(await axeViolations(frame), [], formatViolations(await axeViolations(frame)));
    await screenshot(page, "embed-theme");
    assert.deepEqual(ctx.consoleMessages.filter((m) => m.text.includes("テーマ")), [], "a good theme warns of nothing");
    // Yellow links on white: refused, the default comes back, the console says why.
    await page.goto(hostUrl(ctx, "host-script.html", { ...attrs, "data-theme-accent": "#ffdd00" }));
    frame = await calculatorFrame(page);
    assert.deepEqual(await look(), { accent: "rgb(11, 92, 173)", size: "20px" });
    assert.ok(ctx.consoleMessages.some((m) => m.type === "warning" && m.text.includes("--theme-accent") && m.text.includes("4.5:1")),
      ctx.consoleMessages.map((m) => m.text).join("\n"));
    assertClean(ctx);
  });
});

test("theme: a city's edited css/theme.css applies; a colour below 4.5:1 there is refused with a warning", { timeout: 60000 }, async () => {
  await withPage("seikatsu-kaigo.html", async (page, ctx) => {
    // The city's copy of css/theme.css (the page checks theme properties set in any style sheet).
    let css = ":root { --theme-accent: #005a32; }";
    await page.route("**/css/theme.css", (route) => route.fulfill({ contentType: "text/css", body: css }));
    const accent = () => page.evaluate(() => getComputedStyle(document.querySelector("button.primary")).backgroundColor);
    await page.reload();
    await page.waitForFunction(() => document.documentElement.dataset.ready === "true");
    assert.equal(await accent(), "rgb(0, 90, 50)");
    assert.deepEqual(ctx.consoleMessages.filter((m) => m.text.includes("テーマ")), [], "a good theme warns of nothing");
    css = "@media screen { :root { --theme-accent: #ffdd00; } }";
    await page.reload();
    await page.waitForFunction(() => document.documentElement.dataset.ready === "true");
    assert.equal(await accent(), "rgb(11, 92, 173)", "the default accent comes back");
    assert.ok(ctx.consoleMessages.some((m) => m.type === "warning" && m.text.includes("--theme-accent") && m.text.includes("4.5:1")),
      ctx.consoleMessages.map((m) => m.text).join("\n"));
    assertClean(ctx);
  });
});
