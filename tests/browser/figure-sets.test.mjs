// Figure sets on the site (issue 11): a figures/ folder served with the site
// is used on first load, and a broken file there is named without breaking the
// page; money.html asks every missing figure of a 生活介護 month in one submit,
// computes on the second, saves them as this browser's set and forgets them on
// 「この端末から消す」; 横浜市 GH for 2026-11 is refused by default and carried
// forward on request, marked 前年度の単価による試算 on the headline, the steps
// and the CSV; the coverage page shows the core's counts.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import {
  DIST, withPage, waitReady, startServer, launchBrowser, assertNoErrors, assertNoOffOrigin,
  axeViolations, formatViolations, screenshot, shutdown,
} from "./harness.mjs";

after(shutdown);

const CELL = "seikatsu_kaigo.basic.cap-11-20.kubun4.6-7h";
const OFFICE_SET = [
  "# title: A事業所のサービスコード表（生活介護）",
  "# publisher: A事業所",
  "# date: 2026-11-01",
  "key\tfrom\tto\tvalue\tunit\tstatus\tsource\tlocator\tnote",
  `${CELL}\t2024-04\t\t620\tunits_per_day\tsecondary\tA事業所のサービスコード表\t生活介護 11〜20人 区分4 6時間以上7時間未満\t生活介護サービス費（利用定員11〜20人・区分4・6時間以上7時間未満）`,
  "",
].join("\n");
const BROKEN_SET = OFFICE_SET.replace("\t620\t", "\t６２０\t").replace("A事業所の", "壊れた");

/** A copy of dist/ with a figures/ folder of `files` ({ name: text }), served on its own. */
async function siteWithFigures(files) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "hoshu-site-"));
  fs.cpSync(DIST, dir, { recursive: true });
  fs.mkdirSync(path.join(dir, "figures"), { recursive: true });
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, "figures", name), text);
  fs.writeFileSync(path.join(dir, "figures", "index.json"), JSON.stringify({ files: Object.keys(files) }));
  const server = await startServer(dir);
  return { dir, server, close: async () => { await server.close(); fs.rmSync(dir, { recursive: true, force: true }); } };
}

async function fillSeikatsuKaigo(page) {
  await page.fill("#service_month", "2026-11");
  await page.dispatchEvent("#service_month", "change");
  await page.fill("#capacity", "20");
  await page.selectOption("#kubun", "4");
  await page.fill("#svc-h", "6");
  await page.fill("#svc-m", "30");
  await page.check("#day-4-use");
}

test("a figures/ folder of the site is used on first load; a broken file there is named and the page still works", { timeout: 90000 }, async () => {
  const site = await siteWithFigures({ "office.tsv": OFFICE_SET, "broken.tsv": BROKEN_SET });
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext({ locale: "ja-JP", viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors = [];
    const offOrigin = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    page.on("request", (r) => { if (!r.url().startsWith(site.server.origin)) offOrigin.push(r.url()); });
    await page.goto(site.server.url("seikatsu-kaigo.html"));
    await waitReady(page);
    // The broken file: named, by line and column, visible without opening anything.
    const broken = page.locator('[data-testid="figure-set-broken"]');
    assert.ok(await broken.isVisible());
    const text = await broken.innerText();
    assert.match(text, /figures\/broken\.tsv/);
    assert.match(text, /5行目・4列目（値）/);
    assert.match(await page.textContent('[data-testid="figure-set-summary"]'), /このサイト 1件/);
    // The good file is used from the first calculation, with nothing loaded by the user.
    await fillSeikatsuKaigo(page);
    await page.click('button[type="submit"]');
    await page.waitForSelector('#result[data-state="ok"]');
    assert.equal(await page.textContent('[data-testid="total-units"]'), "620単位");
    const result = await page.locator("#result").textContent();
    assert.match(result, /資料セット「A事業所のサービスコード表（生活介護）」/);
    assert.match(await page.textContent('[data-testid="basis-flag"]'), /資料セット 1件/);
    // A fresh page from the URL computes the same on arrival.
    await page.goto(page.url());
    await page.waitForSelector('#result[data-state="ok"]');
    assert.equal(await page.textContent('[data-testid="total-units"]'), "620単位");
    assert.deepEqual(await axeViolations(page), [], formatViolations(await axeViolations(page)));
    await screenshot(page, "figure-sets-site");
    await page.setViewportSize({ width: 320, height: 800 });
    await screenshot(page, "figure-sets-site-320");
    assert.deepEqual(errors, []);
    assert.deepEqual(offOrigin, []);
    await context.close();
  } finally {
    await browser.close();
    await site.close();
  }
});

async function fillMoney(page) {
  await page.fill("#service_month", "2026-11");
  await page.selectOption("#service", "seikatsu_kaigo");
  await page.selectOption("#municipality", "kanagawa-yokohama");
  await page.selectOption("#treatment", "i-i");
  await page.fill("#capacity", "20");
  await page.fill("#u-0-label", "Aさん");
  await page.selectOption("#u-0-burden_category", "general-1");
  await page.selectOption("#u-0-kubun", "4");
  await page.fill("#u-0-standard_minutes", "6");
  await page.fill("#u-0-standard_minutes-m", "30");
  await page.fill("#u-0-days", "20");
}

test("money.html: every missing figure of a 生活介護 month in one submit, computed on the second, saved on this device and forgotten", { timeout: 90000 }, async () => {
  await withPage("money.html", async (page, ctx) => {
    await waitReady(page);
    await fillMoney(page);
    await page.click('button[type="submit"]');
    await page.waitForSelector("#user-figures:not([hidden])");
    const problems = await page.locator("#problems").innerText();
    assert.match(problems, /福祉・介護職員等処遇改善加算\(Ⅰイ\)の率（生活介護）/);
    assert.match(problems, /生活介護サービス費（利用定員11〜20人・区分4・6時間以上7時間未満）/);
    assert.match(problems, /入力内容を確認してください（2件）/);
    // The office's own table for its 定員 tier, and the rate, in one form.
    assert.match(await page.locator(".office-table").innerText(), /事業所の単位数表（利用定員11〜20人）/);
    await page.fill(`input[name="user_figures.${CELL}"]`, "620");
    await page.fill('input[name="user_figures.money.treatment.seikatsu-kaigo.i-i"]', "0.1");
    await page.click('button[type="submit"]');
    await page.waitForSelector('#result[data-state="ok"]');
    // 620 × 20 = 12,400 units, 処遇改善 10% = 1,240 → 13,640 × 10.98 円.
    assert.match(await page.locator("#result").innerText(), /13,640単位/);
    assert.match(await page.textContent('[data-testid="basis-flag"]'), /利用者入力 2件/);
    await screenshot(page, "money-missing-figures-computed");
    // Saved as this browser's set: the inputs empty, the result cites the set.
    await page.click("text=入力した値をこの端末の資料セットに保存する");
    // Saving loads the module holding every table (the first time), then recalculates.
    await page.waitForFunction(() => /資料セット 2件/.test(document.querySelector('[data-testid="basis-flag"]')?.textContent || ""));
    assert.match(await page.textContent('[data-testid="basis-flag"]'), /資料セット 2件/);
    assert.match(await page.textContent('[data-testid="figure-set-summary"]'), /この端末 1件/);
    // A new page of the same browser computes without asking.
    await page.goto(page.url());
    await page.waitForSelector('#result[data-state="ok"]');
    assert.match(await page.locator("#result").innerText(), /13,640単位/);
    // 「この端末から消す」: asked again.
    await page.click('[data-testid="figure-set-summary"]');
    await page.click("text=この端末から消す");
    await page.click('button[type="submit"]');
    await page.waitForSelector("#user-figures:not([hidden])");
    assert.equal(await page.inputValue(`input[name="user_figures.${CELL}"]`), "");
    assert.deepEqual(await axeViolations(page), [], formatViolations(await axeViolations(page)));
    assertNoOffOrigin(ctx);
    assertNoErrors(ctx);
  });
});

test("money.html: pasted rows become this browser's set (exported as TSV); a row an official figure overrides is named", { timeout: 60000 }, async () => {
  await withPage("money.html", async (page, ctx) => {
    await waitReady(page);
    await page.click('[data-testid="figure-set-summary"]');
    await page.fill("#fs-paste", "# title: 壊れ\nkey\tfrom\n");
    await page.click("text=貼り付けた行を読み込む");
    assert.match(await page.locator(".figure-set-status").innerText(), /読み込めません/);
    const official = "seikatsu_kaigo.basic.cap-71-80.kubun4.4-5h\t2024-04\t\t999\tunits_per_day\tofficial\t表\t区分4\t生活介護サービス費（利用定員71〜80人・区分4・4時間以上5時間未満）";
    await page.fill("#fs-paste", OFFICE_SET + official + "\n");
    await page.click("text=貼り付けた行を読み込む");
    assert.match(await page.locator(".figure-set-status").innerText(), /保存しました/);
    assert.match(await page.locator("ul.figure-set-notices").innerText(), /6行目.*999.*公的資料の値 319.*公的資料の値を使います/);
    assert.match(await page.textContent('[data-testid="figure-set-summary"]'), /この端末 1件/);
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("text=TSVで書き出す")]);
    const tsv = Buffer.concat(await (await download.createReadStream()).toArray()).toString("utf8");
    assert.ok(tsv.includes(CELL), tsv);
    assertNoOffOrigin(ctx);
    assertNoErrors(ctx);
  });
});

test("横浜市 GH 2026-11: refused by default, carried forward on request, marked on the headline, every step and the CSV", { timeout: 90000 }, async () => {
  await withPage("yokohama-gh.html", async (page, ctx) => {
    await waitReady(page);
    // The page opens on this month.
    const now = new Date();
    assert.equal(await page.inputValue("#service_month"), `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}`);
    await page.fill("#service_month", "2026-11");
    await page.fill("#capacity", "4");
    await page.fill("#rent", "200000");
    await page.check("#night");
    await page.fill("#empty", "1");
    await page.selectOption("#residents-0-kubun", "2");
    await page.click('button[type="submit"]');
    await page.waitForSelector("#problems:not([hidden])");
    assert.match(await page.locator("#problems").innerText(), /令和8年11月.*適用されません/);
    await page.getByRole("button", { name: "令和7年度の単価で試算する" }).click();
    await page.waitForSelector('#result[data-state="ok"]');
    const flag = await page.textContent('[data-testid="basis-flag"]');
    assert.match(flag, /前年度の単価による試算/);
    const steps = page.locator("#result li.step");
    const n = await steps.count();
    assert.ok(n > 3);
    for (let i = 0; i < n; i++) assert.match(await steps.nth(i).innerText(), /前年度の単価による試算/);
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("text=CSVをダウンロード")]);
    const csv = Buffer.concat(await (await download.createReadStream()).toArray()).toString("utf8");
    assert.match(csv, /根拠についての注意,前年度の単価による試算です。/);
    // Print shows the flag.
    await page.emulateMedia({ media: "print" });
    assert.ok(await page.locator('[data-testid="basis-flag"]').isVisible());
    await page.emulateMedia({ media: "screen" });
    // The choice is in the URL (shareable), and can be undone.
    assert.match(page.url(), /carry_forward=1/);
    await page.getByRole("button", { name: "前年度の単価による試算をやめる" }).click();
    await page.waitForSelector("#problems:not([hidden])");
    assert.deepEqual(await axeViolations(page), [], formatViolations(await axeViolations(page)));
    await screenshot(page, "yokohama-gh-carry-forward");
    assertNoOffOrigin(ctx);
    assertNoErrors(ctx);
  });
});

test("the coverage page shows the core's counts for every calculator and 年度", { timeout: 60000 }, async () => {
  await withPage("coverage.html", async (page, ctx) => {
    await waitReady(page);
    const expected = await page.evaluate(async () => {
      const { loadArea } = await import("./js/lib/core.mjs");
      return (await loadArea("coverage")).coverage([]);
    });
    for (const calc of expected.calculators) {
      for (const [y, fy] of expected.fiscal_years.entries()) {
        for (const s of ["official", "secondary", "missing", "ended"]) {
          const cell = await page.textContent(`[data-testid="cov-${calc.name}-${fy.year}-${s}"]`);
          assert.equal(cell.replace(/,/g, ""), String(calc.years[y][s]), `${calc.name} ${fy.year} ${s}`);
        }
      }
    }
    const gh = expected.calculators.find((c) => c.name === "yokohama_gh.month");
    assert.ok(gh.years.at(-1).ended > 0, "横浜市 GH's 令和8年度 is past its table");
    assert.deepEqual(await axeViolations(page), [], formatViolations(await axeViolations(page)));
    await screenshot(page, "coverage");
    assertNoOffOrigin(ctx);
    assertNoErrors(ctx);
  });
});
