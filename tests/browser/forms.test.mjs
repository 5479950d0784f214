// Forms that do what they show: on money.html every visible field of every
// service choice changes the request (and the core never answers 「使いません」
// for one of them); 「平日をすべて選ぶ」 leaves 祝日 alone; 「入力を消す」 keeps
// the month on every page; the first option of every select is valid for the
// page's default month; a reloaded figure field keeps its label; scenario
// names keep their commas; amounts are read as people type them; the index
// lists one calculator per card.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { htmlPages, withPage, waitReady, assertNoErrors, axeViolations, formatViolations, shutdown } from "./harness.mjs";
import { fillMoney, setMonth, submit } from "./fixtures.mjs";

after(shutdown);

const request = (page) => page.evaluate(() => JSON.stringify(window.hoshuRequest()));

/** The form's controls a person can change now (shown, enabled, not read-only). */
async function visibleControls(page) {
  return page.evaluate(() => [...document.querySelectorAll("#form input, #form select, #form textarea")]
    .filter((c) => c.name && !["hidden", "button", "submit"].includes(c.type) && !c.disabled && !c.readOnly)
    .filter((c) => c.getClientRects().length > 0 && !c.closest("[hidden]"))
    .filter((c) => !c.name.startsWith("scenario.") && !c.name.startsWith("user_figures.") && c.name !== "service")
    .map((c) => c.id));
}

/** Changes one control as a person would. */
async function change(page, id) {
  const c = page.locator(`[id="${id}"]`);
  const kind = await c.evaluate((e) => (e.tagName === "SELECT" ? "select" : e.type));
  if (kind === "select") {
    const other = await c.evaluate((e) => [...e.options].find((o) => !o.disabled && !o.hidden && o.value !== e.value)?.value ?? null);
    if (other === null) return false;
    await c.selectOption(other);
  } else if (kind === "checkbox") {
    await c.setChecked(!(await c.isChecked()));
  } else if (kind === "radio") {
    if (await c.isChecked()) return false;
    await c.check();
  } else if (kind === "month") {
    await c.fill((await c.inputValue()) === "2025-04" ? "2025-05" : "2025-04");
  } else if (kind === "date") {
    await c.fill((await c.inputValue()) === "2025-04-01" ? "2025-04-02" : "2025-04-01");
  } else {
    await c.fill((await c.inputValue()) === "3" ? "4" : "3");
  }
  await c.dispatchEvent("change");
  return true;
}

test("money.html: every visible field of every service changes the request, and none is refused as unused", { timeout: 240000 }, async () => {
  await withPage("money.html", async (page, ctx) => {
    await waitReady(page);
    const services = await page.$$eval("#service option", (os) => os.map((o) => o.value));
    assert.ok(services.length >= 9, services.join(","));
    for (const s of services) {
      await page.click("#clear-form");
      await page.selectOption("#service", s);
      await page.dispatchEvent("#service", "change");
      const ids = await visibleControls(page);
      assert.ok(ids.length > 3, `${s}: ${ids.join(",")}`);
      const still = [];
      for (const id of ids) {
        if (!(await page.isVisible(`[id="${id}"]`))) continue; // hidden by an earlier change (e.g. 施設の率)
        const before = await request(page);
        if (!(await change(page, id))) continue;
        if ((await request(page)) === before) still.push(id);
      }
      assert.deepEqual(still, [], `${s}: fields that do not change the request`);
      // Every field shown is read by the core for this service: none is refused as unused.
      await page.click('form#form button[type="submit"]');
      await page.waitForSelector('#result[data-state="error"], #result[data-state="ok"]');
      const problems = (await page.locator("#problems").isVisible()) ? await page.locator("#problems").innerText() : "";
      assert.ok(!problems.includes("使いません"), `${s}: ${problems}`);
    }
    assertNoErrors(ctx);
  });
});

test("money.html: a service shows only its fields (no 就労系 office with 生活介護, no GH box with 生活介護)", { timeout: 60000 }, async () => {
  await withPage("money.html", async (page) => {
    await waitReady(page);
    await page.selectOption("#service", "seikatsu_kaigo");
    for (const id of ["#so-over_capacity", "#so-staff_total", "#newly", "#night", "#price_service"]) {
      assert.equal(await page.isVisible(id), false, `${id} is hidden for 生活介護`);
    }
    await page.selectOption("#service", "group_home");
    for (const id of ["#transport_severe", "#capacity", "#so-over_capacity"]) {
      assert.equal(await page.isVisible(id), false, `${id} is hidden for 共同生活援助`);
    }
    assert.equal(await page.isVisible("#newly"), true);
    await page.selectOption("#service", "shuro_b");
    assert.equal(await page.isVisible("#so-over_capacity"), true);
    assert.equal(await page.isVisible("#newly"), false);
  });
});

test("平日をすべて選ぶ leaves 祝日 (2026-11-03, 11-23) unticked and names them", { timeout: 60000 }, async () => {
  await withPage("seikatsu-kaigo.html", async (page, ctx) => {
    await waitReady(page);
    await setMonth(page, "#service_month", "2026-11");
    await page.click("#select-weekdays");
    const ticked = await page.$$eval("#days-body input[type=checkbox]:checked", (xs) => xs.map((x) => x.dataset.date));
    assert.ok(!ticked.includes("2026-11-03") && !ticked.includes("2026-11-23"), ticked.join(","));
    assert.ok(ticked.includes("2026-11-02") && ticked.includes("2026-11-24"));
    assert.equal(ticked.length, 19);
    assert.match(await page.textContent('td.date[data-day="3"]'), /文化の日/);
    assertNoErrors(ctx);
  });
});

test("入力を消す keeps the month on every page", { timeout: 120000 }, async () => {
  for (const p of htmlPages()) {
    await withPage(p, async (page, ctx) => {
      await waitReady(page);
      const fields = await page.$$eval('.wareki[id$="-wareki"]', (os) => os.map((o) => o.id.slice(0, -"-wareki".length)));
      if (!(await page.locator("#clear-form").count()) || !fields.length) return;
      const values = {};
      for (const id of fields) {
        const type = await page.getAttribute(`#${id}`, "type");
        values[id] = type === "date" ? "2025-06-02" : type === "month" ? "2025-06" : "令和7年度";
        await setMonth(page, `#${id}`, values[id]);
      }
      await page.click("#clear-form");
      for (const id of fields) assert.equal(await page.inputValue(`#${id}`), values[id], `${p}: #${id} kept`);
      assertNoErrors(ctx);
    });
  }
});

test("the first option of every select is valid for the page's default month", { timeout: 240000 }, async () => {
  for (const p of htmlPages()) {
    await withPage(p, async (page, ctx) => {
      await waitReady(page);
      if (!(await page.locator("form#form").count())) return;
      const selects = await page.$$eval("#form select", (ss) => ss.filter((s) => s.getClientRects().length > 0).map((s) => s.id));
      for (const id of selects) {
        await page.goto(ctx.url);
        await waitReady(page);
        const first = await page.$eval(`#${id}`, (s) => [...s.options].find((o) => !o.disabled && !o.hidden)?.value ?? null);
        if (first === null || !(await page.isVisible(`#${id}`))) continue;
        await page.selectOption(`#${id}`, first);
        await page.dispatchEvent(`#${id}`, "change");
        const field = await page.$eval(`#${id}`, (s) => s.closest("[data-field]")?.dataset.field || s.name);
        await page.click('form#form button[type="submit"]');
        await page.waitForSelector('#result[data-state="error"], #result[data-state="ok"]');
        const shown = await page.locator(`[data-field="${field}"] .field-error`).allTextContents();
        const refused = shown.filter((t) => /収録範囲外|施行前|適用されません|登録されていません|のいずれかを指定してください/.test(t));
        assert.deepEqual(refused, [], `${p}: the first option of #${id} (${first}) is refused`);
      }
      assertNoErrors(ctx);
    });
  }
});

test("a figure entered for a missing one keeps its label when the URL is reloaded", { timeout: 60000 }, async () => {
  await withPage("money.html", async (page) => {
    await waitReady(page);
    await fillMoney(page);
    await page.selectOption("#price_service", "shuro-ikou");
    await page.selectOption("#treatment", "none");
    await page.click('form#form button[type="submit"]');
    await page.waitForSelector("#user-figures:not([hidden])");
    const name = "user_figures.money.unit_price.shuro-ikou.grade-2";
    const label = await page.locator(`label[for="${await page.getAttribute(`input[name="${name}"]`, "id")}"]`).textContent();
    await page.fill(`input[name="${name}"]`, "10.96");
    await submit(page);
    await page.goto(page.url());
    await page.waitForSelector('#result[data-state="ok"]');
    const again = await page.locator(`label[for="${await page.getAttribute(`input[name="${name}"]`, "id")}"]`).textContent();
    assert.equal(again, label);
    assert.ok(!again.includes("money.unit_price"), again);
  });
});

test("scenario names keep their commas; amounts are read as typed (「4万5千円」)", { timeout: 90000 }, async () => {
  await withPage("money.html", async (page, ctx) => {
    await waitReady(page);
    await fillMoney(page);
    await page.click("#save-scenario");
    await page.fill("#scenario-0-name", "A案, 加算あり");
    await page.click("#compare");
    await page.waitForSelector("table.compare");
    assert.ok((await page.locator("table.compare thead").innerText()).includes("A案, 加算あり"));
    assertNoErrors(ctx);
  });
  await withPage("shuro.html?service=b", async (page, ctx) => {
    await waitReady(page);
    await setMonth(page, "#service_month", "2024-06");
    await page.fill("#capacity", "20");
    await page.fill("#average_wage", "4万5千円");
    await page.fill("#u-0-days", "20");
    await submit(page);
    assert.match(await page.textContent('[data-testid="band"]'), /4\.5万円以上/);
    assert.deepEqual(await axeViolations(page), [], formatViolations(await axeViolations(page)));
    assertNoErrors(ctx);
  });
});

test("index.html: one calculator per card", { timeout: 30000 }, async () => {
  await withPage("index.html", async (page) => {
    await waitReady(page);
    const counts = await page.$$eval(".cards > li", (lis) => lis.map((li) => li.querySelectorAll("h2").length));
    assert.ok(counts.length >= 11);
    assert.deepEqual(counts.filter((n) => n !== 1), []);
  });
});

test("a saved state calculated on arrival moves the focus to the result, unless the user has moved it first", { timeout: 60000 }, async () => {
  await withPage("kaikei-price.html", async (page, ctx) => {
    await waitReady(page);
    await page.fill("#fiscal_year", "2025");
    await page.focus("#example");
    await page.keyboard.press("Enter");
    await page.fill("#users", "10");
    await page.keyboard.press("Enter");
    await page.waitForSelector('#result[data-state="ok"]');
    const url = page.url();
    // Arrival: the result takes the focus once laid out.
    await page.goto(url);
    await page.waitForSelector('#result[data-state="ok"]');
    await page.waitForFunction(() => document.activeElement?.id === "result", null, { timeout: 5000 });
    // The user clicks a field as the result appears (before its next frame): the focus stays there.
    await page.addInitScript(() => {
      new MutationObserver((_, obs) => {
        if (document.getElementById("result")?.dataset.state !== "ok") return;
        obs.disconnect();
        document.querySelector("#form input:not([type=hidden])").focus();
      }).observe(document, { subtree: true, attributes: true, attributeFilter: ["data-state"] });
    });
    await page.goto(url);
    await page.waitForSelector('#result[data-state="ok"]');
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const focused = await page.evaluate(() => document.activeElement?.id);
    assert.notEqual(focused, "result");
    assert.equal(focused, await page.evaluate(() => document.querySelector("#form input:not([type=hidden])").id));
    assertNoErrors(ctx);
  });
});

test("a problem in a table's row names the row in the summary; money.html's 計画相談支援 asks only for its page's month", { timeout: 60000 }, async () => {
  await withPage("burden-management.html", async (page, ctx) => {
    await waitReady(page);
    await page.fill("#o-1-total_yen", "abc");
    await page.click('form#form button[type="submit"]');
    await page.waitForSelector("#problems:not([hidden])");
    const items = await page.$$eval("#problems li", (li) => li.map((x) => x.textContent));
    assert.ok(items.some((t) => t.startsWith("事業所2：")), items.join(" / "));
    // The link still takes the keyboard to the field, which stops below its label.
    await page.click('#problems a[href="#o-1-total_yen"]');
    assert.equal(await page.evaluate(() => document.activeElement?.id), "o-1-total_yen");
    assert.ok(await page.evaluate(() => document.getElementById("o-1-total_yen").getBoundingClientRect().top > 40), "the field is not at the window's top edge");
    assertNoErrors(ctx);
  });
  await withPage("money.html", async (page, ctx) => {
    await waitReady(page);
    await page.selectOption("#service", "soudan");
    await page.dispatchEvent("#service", "change");
    await page.click('form#form button[type="submit"]');
    await page.waitForSelector("#problems:not([hidden])");
    const items = await page.$$eval("#problems li", (li) => li.map((x) => x.textContent));
    assert.ok(items.some((t) => t.includes("計画相談支援のページ")), items.join(" / "));
    // Nothing about the users' fields, which this service hides (it has cases, carried from its page).
    assert.ok(!items.some((t) => /利用者/.test(t)), items.join(" / "));
    // Units entered at the 相談支援 price: no 利用者負担 to choose, and none charged.
    await page.selectOption("#service", "units");
    await page.dispatchEvent("#service", "change");
    await page.selectOption("#price_service", "keikaku-soudan");
    await page.dispatchEvent("#price_service", "change");
    assert.equal(await page.isVisible("#u-0-burden_category"), false, "no 利用者負担の区分 for 相談支援");
    await page.selectOption("#grade", "1");
    await page.fill("#u-0-units", "1000");
    await submit(page);
    assert.equal(await page.textContent('[data-testid="benefit-yen"]'), await page.textContent('[data-testid="total-yen"]'), "the 給付費 is the whole 総費用額");
    assertNoErrors(ctx);
  });
});
