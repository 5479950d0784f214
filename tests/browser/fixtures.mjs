// A typical filled state of every page, with its result on screen: what the
// reflow, accessibility and print tests look at beyond the empty form.
//
//   for (const s of STATES) await withPage(s.page, async (page) => { await waitReady(page); await s.fill(page); … });
//
// `fill` types the inputs and submits; it resolves once the result is shown.

/** Submits the page's form and waits for its result (ok). */
export async function submit(page) {
  await page.click('form#form button[type="submit"]');
  await page.waitForSelector('#result[data-state="ok"]', { timeout: 15000 });
}

/** Sets a month/date field and tells the page (its days, its 和暦). */
export async function setMonth(page, selector, value) {
  await page.fill(selector, value);
  await page.dispatchEvent(selector, "change");
}

/** 生活介護: a 21-day month (2024-06's 平日 and one Saturday), one day shorter (ア). */
export async function fillSeikatsuKaigo(page) {
  await setMonth(page, "#service_month", "2024-06");
  await page.fill("#capacity", "75");
  await page.selectOption("#kubun", "6");
  await page.fill("#svc-h", "5");
  await page.fill("#trip-h", "1");
  await page.click("#select-weekdays");
  await page.check("#day-8-use");
  await page.selectOption("#day-4-situation", "shorter_unavoidable");
  await page.fill("#day-4-h", "3");
}

/** The money page: two users' units entered directly. */
export async function fillMoney(page) {
  await setMonth(page, "#service_month", "2024-06");
  await page.selectOption("#service", "units");
  await page.selectOption("#price_service", "shuro-b");
  await page.selectOption("#municipality", "kanagawa-yokohama");
  await page.selectOption("#treatment", "i");
  await page.fill("#u-0-label", "Aさん");
  await page.selectOption("#u-0-burden_category", "general-1");
  await page.fill("#u-0-units", "10000");
  await page.click("#add-user");
  await page.fill("#u-1-label", "Bさん");
  await page.selectOption("#u-1-burden_category", "low-income");
  await page.fill("#u-1-units", "500");
}

/** A 横浜市 home (令和8年1月, 4人定員, 空室1) and its resident of 区分2 who moved in on the 17th (資料4's 日割り). */
export async function fillYokohamaHome(page) {
  await setMonth(page, "#service_month", "2026-01");
  await page.fill("#capacity", "4");
  await page.fill("#rent", "200000");
  await page.check("#night");
  await page.fill("#empty", "1");
  await page.fill("#residents-0-name", "Aさん");
  await page.selectOption("#residents-0-kubun", "2");
  await page.fill("#residents-0-move_in", "2026-01-17");
}

/** A 横浜市 home's month (令和8年1月): a resident who moved in on the 17th, another of 区分4. */
export async function fillYokohamaGh(page) {
  await fillYokohamaHome(page);
  await page.click("#add-resident");
  await page.selectOption("#residents-1-kubun", "4");
}

/** 計画相談支援: two cases of an office of 機能強化型(Ⅱ). */
export async function fillSoudan(page) {
  await setMonth(page, "#service_month", "2024-06");
  await page.selectOption("#office-kind", "kyoka-2");
  await page.fill("#staff_fte", "1");
  await page.fill("#c-0-label", "Aさん");
  await page.selectOption("#c-0-kind", "keikaku");
  await page.selectOption("#c-0-service", "plan");
  await page.click("#cases-body tr:nth-child(1) summary");
  await page.check("#c-0-a-first");
  await page.click("#add-case");
  await page.selectOption("#c-1-kind", "ji");
  await page.selectOption("#c-1-service", "monitoring");
}

/** B型 (2024-06, 20人, 6:1): 平均工賃月額 from the previous 年度; one user of 20 days. */
export async function fillShuroBOffice(page) {
  await setMonth(page, "#service_month", "2024-06");
  await page.fill("#capacity", "20");
  await page.selectOption("#staffing_b", "6");
  await page.fill("#wage_total", "5000000");
  await page.fill("#wage_user_days", "3001");
  await page.fill("#wage_open_days", "250");
  await page.fill("#u-0-label", "利用者A");
  await page.fill("#u-0-days", "20");
}

/** B型: the office above; 送迎 entered while the office does not claim 送迎加算. */
export async function fillShuroB(page) {
  await fillShuroBOffice(page);
  await page.fill("#u-0-transport_one_ways", "40");
}

/** Every page with a form, and how to fill it for a result. */
export const STATES = [
  { page: "seikatsu-kaigo.html", fill: fillSeikatsuKaigo },
  { page: "money.html", fill: fillMoney },
  { page: "shuro.html?service=b", fill: fillShuroB },
  {
    page: "shuro-eligibility.html",
    fill: async (page) => {
      await page.selectOption("#service", "b");
      await page.fill("#date", "2025-10-01");
      await page.fill("#age", "49");
    },
  },
  { page: "soudan.html", fill: fillSoudan },
  {
    page: "soudan-monitoring.html",
    fill: async (page) => {
      await page.check("#svc-kyotaku");
      await page.check("#new_user");
      await setMonth(page, "#start_month", "2024-09");
      await setMonth(page, "#end_month", "2025-08");
    },
  },
  {
    page: "kaikei-ledger.html",
    fill: async (page) => {
      await page.fill("#first_fiscal_year", "令和6年度");
      await page.fill("#h-0-wages", "1000000");
      await page.fill("#h-1-wages", "1200000");
      await page.fill("#h-2-wages", "1400000");
      for (const [k, v] of Object.entries({ wages_paid: 1500000, surplus: 400000, production_income: 3000000, asset_cost: 2000000 })) {
        await page.fill(`#y-0-${k}`, String(v));
      }
    },
  },
  {
    page: "kaikei-price.html",
    fill: async (page) => {
      await page.fill("#fiscal_year", "2025");
      await page.focus("#example");
      await page.keyboard.press("Enter");
      await page.fill("#users", "10");
    },
  },
  { page: "yokohama-gh.html", fill: fillYokohamaGh },
  {
    page: "yokohama-gh-setup.html",
    fill: async (page) => {
      await page.selectOption("#building", "owned");
      await page.selectOption("#kind", "3");
      await page.fill("#facility", "12000000");
      await page.fill("#furnishing", "2999\n120000");
    },
  },
];
