// Print is a handout: the result, its steps and the inputs in brief — no empty
// form, no buttons, the days of a month in one table (not a block per day).
// A 21-day 生活介護 month fits 2 A4 pages (printed to PDF, its pages counted);
// every page's result prints without the form.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { withPage, waitReady, assertNoErrors, shutdown, RESULTS } from "./harness.mjs";
import { STATES, fillSeikatsuKaigo, submit } from "./fixtures.mjs";

after(shutdown);

/** The number of pages of a PDF (its page objects). */
function pdfPages(pdf) {
  return (pdf.toString("latin1").match(/\/Type\s*\/Page(?![a-zA-Z])/g) || []).length;
}

/** What shows in print: visible form controls, buttons, the inputs in brief, opened day blocks. */
async function printed(page) {
  await page.emulateMedia({ media: "print" });
  const r = await page.evaluate(() => {
    const shown = (e) => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== "hidden";
    return {
      controls: [...document.querySelectorAll("input, select, textarea")].filter(shown).map((e) => e.name || e.id),
      buttons: [...document.querySelectorAll("button, a.button-link")].filter(shown).map((e) => e.textContent.trim()),
      summary: shown(document.querySelector(".print-summary") || document.body) && !!document.querySelector(".print-summary"),
      dayBlocks: [...document.querySelectorAll("details.day-steps")].filter(shown).length,
    };
  });
  // Back to no emulation (page.pdf prints with print media then; "screen" would print the screen).
  await page.emulateMedia({ media: null });
  return r;
}

test("a 21-day 生活介護 month prints on 2 A4 pages: inputs in brief, the days in one table, no form", { timeout: 90000 }, async () => {
  await withPage("seikatsu-kaigo.html", async (page, ctx) => {
    await waitReady(page);
    await fillSeikatsuKaigo(page);
    await submit(page);
    assert.equal(await page.locator("table.day-results tbody tr").count(), 21);
    const p = await printed(page);
    assert.deepEqual(p.controls, [], "no form control is printed");
    assert.deepEqual(p.buttons, [], "no button is printed");
    assert.ok(p.summary, "the inputs are printed in brief");
    assert.equal(p.dayBlocks, 0, "the days are in one table, not a block each");
    const pdf = await page.pdf({ format: "A4" });
    fs.mkdirSync(RESULTS, { recursive: true });
    fs.writeFileSync(path.join(RESULTS, "print-seikatsu-kaigo-21-days.pdf"), pdf);
    assert.ok(pdfPages(pdf) <= 2, `21 days print on ${pdfPages(pdf)} A4 pages (at most 2)`);
    const brief = await page.locator(".print-summary").textContent();
    assert.ok(brief.includes("利用定員") && brief.includes("75"), brief);
    assert.match(brief, /サービス提供月[^（]*\d{4}-\d{2}（令和\d+年\d+月）/, "the month is printed with its 和暦, as the form shows it");
    assertNoErrors(ctx);
  });
});

for (const s of STATES) {
  test(`print of ${s.page}: the result and the inputs in brief, no form, no buttons`, { timeout: 60000 }, async () => {
    await withPage(s.page, async (page, ctx) => {
      await waitReady(page);
      await s.fill(page);
      await submit(page);
      const p = await printed(page);
      assert.deepEqual(p.controls, [], `${s.page}: form controls printed`);
      assert.deepEqual(p.buttons, [], `${s.page}: buttons printed`);
      assert.ok(p.summary, `${s.page}: the inputs in brief`);
      const pdf = await page.pdf({ format: "A4" });
      assert.ok(pdfPages(pdf) >= 1);
      assertNoErrors(ctx);
    });
  });
}

test("print of a roster's dates: 横浜市 GH 入居日 in the inputs in brief with its 和暦", { timeout: 60000 }, async () => {
  const ex = JSON.parse(fs.readFileSync(path.join(import.meta.dirname, "../../www/examples/yokohama-gh.json"), "utf8")).examples[0];
  await withPage(`yokohama-gh.html?${ex.state}`, async (page, ctx) => {
    await waitReady(page);
    await page.locator(".print-summary").waitFor({ state: "attached" });
    const brief = await page.locator(".print-summary").textContent();
    assert.match(brief, /入居日[^：]*：?\s*2026-01-17（令和8年1月17日）/, brief);
    assert.match(brief, /2026-01（令和8年1月）/, brief);
    // On screen too: below the cell's control, restored from the URL, as typed, and in a row added later.
    assert.equal(await page.textContent("#residents-0-move_in-wa"), "令和8年1月17日");
    assert.equal(await page.getAttribute("#residents-0-move_in", "aria-describedby"), "residents-0-move_in-wa");
    await page.fill("#residents-0-move_in", "2026-02-03");
    assert.equal(await page.textContent("#residents-0-move_in-wa"), "令和8年2月3日");
    await page.click("#add-resident");
    const last = (await page.locator("#residents-body tr").count()) - 1;
    await page.fill(`#residents-${last}-move_out`, "2026-01-31");
    assert.equal(await page.textContent(`#residents-${last}-move_out-wa`), "令和8年1月31日");
    // The other rows are kept as the roster is rebuilt, their 和暦 with them.
    assert.equal(await page.textContent("#residents-0-move_in-wa"), "令和8年2月3日");
    assertNoErrors(ctx);
  });
});
