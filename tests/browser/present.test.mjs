// 集団指導 (issue 16): 発表モード by keyboard (every step reachable, focus and
// aria-live), its large type without overflow at 1024×768 and 1920×1080, axe
// clean in the mode and with its drawer open; every page's worked example
// loads, sends its test case's request and shows the source's figure; a drill
// shows both calculations and its month grids; one example's handout prints
// on one A4 page, and the session handout one page per example.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { withPage, waitReady, assertNoErrors, assertNoAxeViolations, shutdown, ROOT, RESULTS, screenshot } from "./harness.mjs";

after(shutdown);

const EXAMPLES = path.join(ROOT, "www", "examples");
const pageExamples = fs.readdirSync(EXAMPLES).filter((f) => f.endsWith(".json") && f !== "drills.json")
  .map((f) => ({ page: f.replace(/\.json$/, ""), examples: JSON.parse(fs.readFileSync(path.join(EXAMPLES, f), "utf8")).examples }));
const caseOf = (ex) => JSON.parse(fs.readFileSync(path.join(ROOT, "tests", "cases", ex.case.file), "utf8")).find((c) => c.name === ex.case.name);
const byId = (page, id) => pageExamples.find((p) => p.page === page).examples.find((e) => e.id === id);
const url = (page, id, extra = "") => `${page}.html?${byId(page, id).state}${extra}`;

/** The number of pages of a PDF (its page objects). */
const pdfPages = (pdf) => (pdf.toString("latin1").match(/\/Type\s*\/Page(?![a-zA-Z])/g) || []).length;

async function resultShown(page) {
  await page.waitForSelector('#result[data-state="ok"]', { timeout: 15000, state: "attached" });
}

/** The mode's state: the slide's index, heading, focus, live text, overflow. */
const slideState = (page) => page.evaluate(() => {
  const slide = document.getElementById("present-slide");
  return {
    index: Number(document.getElementById("present").dataset.index),
    heading: document.getElementById("present-heading").textContent,
    focused: document.activeElement?.id,
    live: document.getElementById("present-live").textContent,
    overflowX: document.documentElement.scrollWidth > window.innerWidth || slide.scrollWidth > slide.clientWidth + 1,
    overflowY: slide.scrollHeight > slide.clientHeight + 1,
  };
});

test("every calculator page has worked examples; each loads, sends its case's request and shows the source's figure", { timeout: 120000 }, async () => {
  const pages = ["burden-management", "kaikei-ledger", "kaikei-price", "money", "seikatsu-kaigo", "shuro-eligibility", "shuro", "soudan-monitoring", "soudan", "yokohama-gh-setup", "yokohama-gh"];
  for (const p of pages) assert.ok(pageExamples.find((e) => e.page === p)?.examples.length, `${p} has no example`);
  await withPage("index.html", async (page, ctx) => {
    for (const { page: name, examples } of pageExamples) {
      for (const ex of examples) {
        await page.goto(`${ctx.origin}/${name}.html?${ex.state}`);
        await waitReady(page);
        await resultShown(page);
        const got = await page.evaluate(() => ({
          request: window.hoshuRequest(), text: document.getElementById("result").innerText,
          current: document.querySelector('#examples a[aria-current="true"]')?.textContent,
        }));
        const c = caseOf(ex);
        assert.ok(c, `${name} ${ex.id}: no case «${ex.case.name}» in tests/cases/${ex.case.file}`);
        assert.deepEqual(got.request, c.request, `${name} ${ex.id}: the page's request is not its case's`);
        assert.ok(got.text.includes(ex.figure), `${name} ${ex.id}: the result does not show ${ex.figure}`);
        assert.equal(got.current, ex.title, `${name} ${ex.id}: the list does not mark the loaded example`);
        // Its handout: one A4 page (a home's month of three residents: two),
        // as its button says.
        const label = await page.locator(".example-handout").textContent();
        assert.ok(label.includes(`A4 ${ex.handout_pages || 1}枚`), `${name} ${ex.id}: the handout button says «${label}»`);
        await page.evaluate(() => window.hoshuHandout(true));
        const pages = pdfPages(await page.pdf({ format: "A4" }));
        assert.ok(pages <= (ex.handout_pages || 1), `${name} ${ex.id}: the handout prints on ${pages} pages`);
        // …and prints the figure the example is about (a handout leaves the
        // parts' details out: the figure must be in what it keeps).
        await page.emulateMedia({ media: "print" });
        const printed = await page.evaluate(() => document.getElementById("result").innerText);
        await page.emulateMedia({ media: null });
        assert.ok(printed.includes(ex.figure), `${name} ${ex.id}: the handout does not print ${ex.figure}`);
      }
    }
    assertNoErrors(ctx);
  });
});

test("発表モード without a result: the page's examples on the first slide, each opening in the mode", { timeout: 60000 }, async () => {
  await withPage("kaikei-price.html?present=1", async (page, ctx) => {
    await waitReady(page);
    const link = page.locator(".present-examples a").first();
    assert.equal(await link.textContent(), byId("kaikei-price", "bread").title);
    await link.focus();
    await page.keyboard.press("Enter");
    await waitReady(page);
    await resultShown(page);
    await page.waitForFunction(() => document.querySelector(".present-headline"));
    assert.ok(page.url().includes("present=1"));
    assert.ok((await page.locator(".present-headline").textContent()).includes("60円"));
    assertNoErrors(ctx);
  });
});

test("発表モード by keyboard: every step reachable (→ ← Space PageDown PageUp Home End), focus and aria-live; the drawer re-runs live; Esc leaves", { timeout: 90000 }, async () => {
  await withPage(url("seikatsu-kaigo", "q29", "&present=1"), async (page, ctx) => {
    await waitReady(page);
    await resultShown(page);
    await page.waitForFunction(() => document.getElementById("present").dataset.index === "0" && document.querySelector(".present-headline"));
    const titles = await page.$$eval("#result li.step", (ls) => ls.filter((l) => !l.closest("details")).map((l) => l.querySelector(".step-title strong").textContent));
    assert.ok(titles.length >= 5, `${titles.length} steps`);
    let s = await slideState(page);
    assert.equal(s.index, 0);
    assert.equal(s.focused, "present-heading");
    assert.ok(await page.locator(".present-line").textContent().then((t) => t.includes("利用定員") && t.includes("75")), "the inputs in one line");
    assert.ok((await page.locator(".present-example").textContent()).includes("問29"), "the example and its source");
    const keys = ["ArrowRight", " ", "PageDown"];
    for (let i = 1; i <= titles.length; i++) {
      await page.keyboard.press(keys[i % keys.length]);
      s = await slideState(page);
      assert.equal(s.index, i);
      assert.equal(s.heading, titles[i - 1]);
      assert.equal(s.focused, "present-heading", "the focus moves to the step");
      assert.equal(s.live, `ステップ ${i} / ${titles.length}: ${titles[i - 1]}`);
      const sources = await page.$$eval(".present-sources li", (ls) => ls.map((l) => l.textContent));
      for (const src of sources) assert.doesNotMatch(src, /\bl\.\s?\d|行目|\.rs\b|\.tsv\b/, `a file line in a source: ${src}`);
    }
    await page.keyboard.press("ArrowRight");
    assert.equal((await slideState(page)).index, titles.length, "the last step stays");
    await page.keyboard.press("Home");
    assert.equal((await slideState(page)).index, 0);
    await page.keyboard.press("End");
    assert.equal((await slideState(page)).index, titles.length);
    await page.keyboard.press("PageUp");
    await page.keyboard.press("ArrowLeft");
    assert.equal((await slideState(page)).index, titles.length - 2);
    assert.ok(await page.locator(".present-slide mark").count() > 0, "the step's inputs and figure are highlighted");
    // A clicker's button, by a click: next.
    await page.click("#present-next");
    assert.equal((await slideState(page)).index, titles.length - 1);
    // Change an input in the drawer: calculated again, the mode stays.
    await page.click("#present-drawer-toggle");
    assert.ok(await page.locator("#form").isVisible());
    await page.fill("#svc-h", "5");
    await page.press("#svc-h", "Tab");
    await page.waitForFunction(() => document.getElementById("present-live").textContent === "計算し直しました。");
    await page.keyboard.press("Escape");
    assert.equal(await page.locator("#form").isVisible(), false, "Esc closes the drawer");
    await page.keyboard.press("Home");
    assert.ok((await page.locator(".present-headline").textContent()).includes("1,027"), "the headline follows the changed input (7時間)");
    await page.keyboard.press("Escape");
    assert.equal(await page.locator("#present").isVisible(), false);
    assert.ok(!page.url().includes("present=1"), "leaving the mode leaves the URL");
    assertNoErrors(ctx);
  });
});

for (const [w, h] of [[1024, 768], [1920, 1080]]) {
  test(`発表モード at ${w}×${h}: no slide overflows; axe clean (and with the drawer open)`, { timeout: 90000 }, async () => {
    await withPage(url("yokohama-gh", "hiwari", "&present=1"), async (page, ctx) => {
      await waitReady(page);
      await resultShown(page);
      await page.waitForFunction(() => document.querySelector(".present-headline"));
      const n = await page.$$eval("#result li.step", (ls) => ls.filter((l) => !l.closest("details")).length);
      for (let i = 0; i <= n; i++) {
        const s = await slideState(page);
        assert.equal(s.overflowX, false, `step ${i}: wider than the screen`);
        assert.equal(s.overflowY, false, `step ${i} (${s.heading}): taller than the screen`);
        if (i === 0 || i === 2) await screenshot(page, `present-${w}x${h}-step${i}`, { fullPage: false });
        await page.keyboard.press("PageDown");
      }
      await assertNoAxeViolations(page);
      await page.click("#present-drawer-toggle");
      await assertNoAxeViolations(page);
      // Printed while presenting: the result (the handout), not the slide nor the form.
      await page.emulateMedia({ media: "print" });
      assert.deepEqual(await page.evaluate(() => ["present", "result", "form"].map((id) => document.getElementById(id).getClientRects().length > 0)), [false, true, false]);
      await page.emulateMedia({ media: null });
      assertNoErrors(ctx);
    }, { viewport: { width: w, height: h } });
  });
}

test("a drill shows the wrong and the right calculation, the rule, its source and its month grid (a page per area)", { timeout: 60000 }, async () => {
  const { drills } = JSON.parse(fs.readFileSync(path.join(EXAMPLES, "drills.json"), "utf8"));
  const pages = await withPage("drills.html", async (page, ctx) => {
    await waitReady(page);
    const links = await page.$$eval("#drills-toc li a", (as) => as.map((a) => a.getAttribute("href")));
    assert.equal(links.length, drills.length, "the index lists every drill");
    assertNoErrors(ctx);
    return [...new Set(links.map((l) => l.split("#")[0]))];
  });
  assert.deepEqual(pages.sort(), ["drills-seikatsu-kaigo.html", "drills-shuro.html", "drills-soudan.html"]);
  let seen = 0;
  for (const p of pages) {
    await withPage(p, async (page, ctx) => {
      await waitReady(page);
      const ids = await page.$$eval("section.drill", (s) => s.map((x) => x.id.replace(/^drill-/, "")));
      seen += ids.length;
      for (const d of drills.filter((x) => ids.includes(x.id))) {
        const sec = page.locator(`#drill-${d.id}`);
        for (const kind of ["wrong", "right"]) {
          const text = await sec.locator(`[data-side="${kind}"]`).innerText();
          assert.ok(text.includes(d[kind].label), `${d.id}: the ${kind} side`);
          if (d[kind].request) assert.ok(await sec.locator(`[data-side="${kind}"] .drill-figure`).count() > 0, `${d.id}: ${kind} calculated`);
        }
        assert.ok((await sec.locator(".drill-rule").innerText()).length > 20);
        assert.ok((await sec.locator(".drill-source").innerText()).includes("出典"));
      }
      if (p === "drills-seikatsu-kaigo.html") {
        const t = await page.locator("#drill-transport-inside").innerText();
        assert.ok(t.includes("6時間以上7時間未満") && t.includes("4時間以上5時間未満"), `送迎を含めた区分と正しい区分: ${t}`);
      }
      if (p === "drills-shuro.html") {
        assert.deepEqual(await page.$$eval('[data-testid="reduction-grid"] li .mark', (m) => m.map((x) => x.textContent)),
          ["-251単位/日", "-251単位/日", "-418単位/日", "-418単位/日"], "計画未作成減算: 70% for months 1–2, 50% from the 3rd");
      }
      if (p === "drills-soudan.html") assert.equal(await page.locator('[data-testid="monitoring-grid"] li.off').count(), 1, "the month that was not set");
      await assertNoAxeViolations(page);
      assertNoErrors(ctx);
    });
  }
  assert.equal(seen, drills.length, "every drill is on its area's page");
});

test("one example's handout prints on exactly one A4 page; the session handout one page per example, kept in the URL", { timeout: 90000 }, async () => {
  fs.mkdirSync(RESULTS, { recursive: true });
  await withPage(url("seikatsu-kaigo", "q29"), async (page, ctx) => {
    await waitReady(page);
    await resultShown(page);
    assert.ok(await page.locator(".example-handout").isVisible(), "the loaded example offers its handout");
    await page.evaluate(() => window.hoshuHandout(true));
    const pdf = await page.pdf({ format: "A4" });
    fs.writeFileSync(path.join(RESULTS, "handout-seikatsu-kaigo-q29.pdf"), pdf);
    assert.equal(pdfPages(pdf), 1, `the handout prints on ${pdfPages(pdf)} pages`);
    assertNoErrors(ctx);
  });
  await withPage("session.html?ex=yokohama-gh-setup.setup3,seikatsu-kaigo.q29", async (page, ctx) => {
    await waitReady(page);
    assert.deepEqual(await page.$$eval("section.handout-page", (s) => s.map((x) => x.dataset.example)), ["yokohama-gh-setup.setup3", "seikatsu-kaigo.q29"]);
    await page.click('#order li:nth-child(2) button:has-text("上へ")');
    await page.waitForFunction(() => document.querySelector("section.handout-page")?.dataset.example === "seikatsu-kaigo.q29");
    assert.ok(page.url().includes("ex=seikatsu-kaigo.q29%2Cyokohama-gh-setup.setup3") || page.url().includes("ex=seikatsu-kaigo.q29,yokohama-gh-setup.setup3"), page.url());
    await page.check("#pick-kaikei-price-bread");
    await page.waitForFunction(() => document.querySelectorAll("section.handout-page").length === 3);
    assert.deepEqual(await page.$$eval('section.handout-page [data-testid="figure"]', (s) => s.map((x) => x.textContent)), ["6時間00分", "9,000,000円", "60円"]);
    const pdf = await page.pdf({ format: "A4" });
    fs.writeFileSync(path.join(RESULTS, "handout-session.pdf"), pdf);
    assert.equal(pdfPages(pdf), 3, `3 examples print on ${pdfPages(pdf)} pages`);
    await assertNoAxeViolations(page);
    assertNoErrors(ctx);
  });
});

test("the session handout of every example: each starts a page and keeps to its handout's pages", { timeout: 120000 }, async () => {
  const all = pageExamples.flatMap(({ page, examples }) => examples.map((ex) => ({ key: `${page}.${ex.id}`, pages: ex.handout_pages || 1 })));
  await withPage(`session.html?ex=${all.map((e) => e.key).join(",")}`, async (page, ctx) => {
    await waitReady(page);
    await page.waitForFunction((n) => document.querySelectorAll("section.handout-page").length === n, all.length);
    const pdf = await page.pdf({ format: "A4" });
    fs.mkdirSync(RESULTS, { recursive: true });
    fs.writeFileSync(path.join(RESULTS, "handout-session-all.pdf"), pdf);
    const want = all.reduce((n, e) => n + e.pages, 0);
    assert.equal(pdfPages(pdf), want, `${all.length} examples print on ${pdfPages(pdf)} A4 pages (their handouts: ${want})`);
    assertNoErrors(ctx);
  });
});
