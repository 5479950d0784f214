// The accessibility test report (JIS X 8341-3:2016 試験結果) that the browser
// tests publish as a page of the site: the checks a page and state go through
// (axe-core by criterion, a Tab cycle with focus visible and not obscured,
// the skip link, a keyboard-only calculation, reflow at 320 px, 200% zoom),
// and the writer of test-results/accessibility.json and dist/accessibility.html.
//
//   const rec = await auditState(page, { page: "money.html", state: "初期表示" });
//   rec.checks.trap = …;            // from tabCycle(), overflowAt(), …
//   writeReport(records, meta);     // after every page
//
// A criterion is 適合 only when a check of wcag.mjs decides it and passed on
// every page and state tested; 不適合 when axe or a check found a failure;
// 適用なし when the content it is about was found nowhere; otherwise 未確認,
// with the manual procedure.

import fs from "node:fs";
import path from "node:path";
import { axeRun, AXE_TAGS, DIST, RESULTS } from "./harness.mjs";
import { CRITERIA, JUDGES, axeTag } from "./wcag.mjs";

/** Every WCAG tag the report's axe runs use: A and AA of 2.0, 2.1 and 2.2. */
export const REPORT_TAGS = [...AXE_TAGS, "wcag22aa"];

/** axe-core's result in brief, made in the page (its passes hold thousands of nodes). */
async function axeSummary(target) {
  await axeRun(target, { tags: REPORT_TAGS, resultTypes: ["violations"], keep: true });
  return target.evaluate(() => {
    const brief = (list) => list.map((r) => ({
      id: r.id, tags: r.tags.filter((t) => t.startsWith("wcag")), nodes: r.nodes.length, impact: r.impact ?? null, help: r.help,
      targets: r.nodes.slice(0, 3).map((n) => n.target.join(" ")),
    }));
    const a = window.__hoshuAxe;
    delete window.__hoshuAxe;
    return { violations: brief(a.violations), incomplete: brief(a.incomplete), passes: brief(a.passes), inapplicable: a.inapplicable.map((r) => r.id) };
  });
}

/** What a page or frame holds that some criteria are about (media, images, animation, log-in fields, lang). */
function contentFacts() {
  const all = [...document.querySelectorAll("body *")];
  return {
    lang: document.documentElement.lang,
    media: document.querySelectorAll("audio, video, object, embed").length,
    images: all.filter((e) => e.matches("img, svg, canvas, picture, input[type=image]") || getComputedStyle(e).backgroundImage !== "none").length,
    animations: document.getAnimations().length,
    auth: document.querySelectorAll('input[type=password], [autocomplete~="current-password"], [autocomplete~="one-time-code"]').length,
  };
}

/** axe-core (A/AA of WCAG 2.0–2.2) and the content facts of a page or frame in one state. */
export async function auditState(target, { page, state, url }) {
  return {
    page, state, url: url ?? target.url(),
    axe: await axeSummary(target),
    facts: await target.evaluate(contentFacts),
    checks: {},
  };
}

/** The focused element: how it is named in the report, its focus ring, whether its centre is visible. */
function focusStep() {
  const e = document.activeElement;
  if (!e || e === document.body || e === document.documentElement) return { none: true };
  window.__a11yCount = (window.__a11yCount || 0) + 1;
  const again = window.__a11yFirst === e;
  window.__a11yFirst ??= e;
  const cs = getComputedStyle(e);
  const ring = (cs.outlineStyle !== "none" && parseFloat(cs.outlineWidth) > 0) || (cs.boxShadow && cs.boxShadow !== "none");
  // Visible: the centre of one of its boxes (a link may wrap over lines) is the element itself.
  const shown = [...e.getClientRects()].some((r) => {
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return Boolean(hit) && (hit === e || e.contains(hit) || (hit.tagName === "LABEL" && hit.control === e));
  });
  const main = document.querySelector("main");
  const inMain = Boolean(main && main.contains(e));
  const afterMain = Boolean(main && (inMain || main.compareDocumentPosition(e) & Node.DOCUMENT_POSITION_FOLLOWING));
  const text = (e.textContent || "").trim().replace(/\s+/g, " ").slice(0, 16);
  const desc = e.tagName.toLowerCase() + (e.id ? `#${e.id}` : "") + (e.name ? `[name="${e.name}"]` : "") + (text && /^(A|BUTTON|SUMMARY)$/.test(e.tagName) ? `「${text}」` : "");
  return { desc, ring: Boolean(ring), shown, again, submit: e.matches("#form button[type=submit]"), inMain, afterMain, skip: e.matches(".skip-link") };
}

/**
 * Presses Tab from the top of a freshly loaded page until the focus comes back
 * to the first element: every stop's focus ring and visibility (2.4.7, 2.4.11),
 * and no trap (2.1.2). Ends with the first element focused again.
 */
export async function tabCycle(page) {
  const tabbable = await page.evaluate(() => document.querySelectorAll("a[href], button, input, select, textarea, summary, [tabindex]").length);
  const max = tabbable + 20;
  const stops = [];
  let closed = false;
  for (let i = 0; i < max && !closed; i++) {
    await page.keyboard.press("Tab");
    const s = await page.evaluate(focusStep);
    if (s.none) continue;
    if (s.again) closed = true;
    else stops.push(s);
  }
  const noRing = stops.filter((s) => !s.ring).map((s) => s.desc);
  const hidden = stops.filter((s) => !s.shown).map((s) => s.desc);
  return {
    stops,
    trap: { ok: closed && stops.length > 0, detail: closed ? `${stops.length}か所を巡回して先頭に戻った` : `${max}回の Tab で先頭に戻らなかった` },
    focus: { ok: noRing.length === 0, detail: noRing.length ? `表示なし: ${noRing.slice(0, 5).join(", ")}` : `${stops.length}か所すべてに表示あり` },
    obscured: { ok: hidden.length === 0, detail: hidden.length ? `隠れている: ${hidden.slice(0, 5).join(", ")}` : `${stops.length}か所すべて中央が見える` },
  };
}

/**
 * After tabCycle (the first element, the skip link, is focused): Enter on it,
 * then Tab must land on main's first element (2.4.1). Then, if the page has a form, the
 * keyboard goes to 計算する and presses Enter: a result or the problems must
 * show, with the focus moved to them. Returns { skip, flow }.
 */
export async function keyboardFlow(page, stops) {
  const out = {};
  let from = 0; // the stop the focus is on
  const first = await page.evaluate(focusStep);
  if (stops[0]?.skip && first.skip) {
    await page.keyboard.press("Enter");
    await page.keyboard.press("Tab");
    const next = await page.evaluate(focusStep);
    // The next Tab goes to main's first element (or, when main has none, to the first one after it).
    const target = stops.find((s) => s.afterMain);
    const ok = Boolean(target) && next.desc === target.desc;
    out.skip = { ok, detail: ok ? `「本文へ移動」の後、${next.desc} へ移った` : `「本文へ移動」の後、${next.desc ?? "どこにも"} に移った（${target?.desc} のはず）` };
    from = Math.max(0, stops.findIndex((s) => s.desc === next.desc));
  } else {
    out.skip = { ok: false, detail: "最初の Tab で「本文へ移動」にフォーカスしなかった" };
  }
  const k = stops.findIndex((s) => s.submit);
  if (k < 0) return out;
  // To 計算する, the shorter way round (keys only).
  const n = stops.length;
  const forward = (k - from + n) % n;
  const key = forward <= n - forward ? "Tab" : "Shift+Tab";
  const onSubmitNow = () => page.evaluate(() => Boolean(document.activeElement?.matches("#form button[type=submit]")));
  let onSubmit = await onSubmitNow();
  for (let i = 0; i < n + 5 && !onSubmit; i++) {
    await page.keyboard.press(key);
    onSubmit = await onSubmitNow();
  }
  if (!onSubmit) {
    out.flow = { ok: false, detail: "キーボードで「計算する」に移れなかった" };
    return out;
  }
  await page.keyboard.press("Enter");
  const outcome = await page.waitForFunction(() => {
    const r = document.querySelector('#result[data-state="ok"]');
    const p = document.querySelector("#problems:not([hidden])");
    const a = document.activeElement;
    if (r && r.contains(a)) return "結果";
    if (p && p.contains(a)) return "入力の問題";
    return false;
  }, null, { timeout: 5000 }).then((h) => h.jsonValue(), () => null);
  out.flow = outcome
    ? { ok: true, detail: `Tab で「計算する」へ移り Enter、${outcome}を表示し、フォーカスがそこへ移った`, outcome }
    : { ok: false, detail: "Enter の後、結果も入力の問題も表示されなかった（又はフォーカスが移らなかった）" };
  return out;
}

/** At a viewport of `width`×`height`: does the page scroll sideways (data tables in their own scroller excepted)? */
export async function overflowAt(page, width, height) {
  await page.setViewportSize({ width, height });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  return page.evaluate((width) => {
    const doc = document.documentElement;
    const scrolls = (e) => {
      for (let a = e.parentElement; a && a !== document.body; a = a.parentElement) {
        const o = getComputedStyle(a).overflowX;
        if (o === "auto" || o === "scroll" || o === "hidden") return true;
      }
      return false;
    };
    const wide = [...document.querySelectorAll("main *, header *, footer *")]
      .filter((e) => e.getClientRects().length && e.getBoundingClientRect().right > doc.clientWidth + 1 && !scrolls(e))
      .filter((e, _, all) => !all.includes(e.parentElement))
      .slice(0, 5)
      .map((e) => e.tagName.toLowerCase() + (e.id ? `#${e.id}` : e.className ? `.${String(e.className).split(" ")[0]}` : ""));
    const ok = doc.scrollWidth <= doc.clientWidth + 1;
    return { ok, detail: ok ? `幅 ${width}px で横スクロールなし` : `幅 ${width}px で横スクロールあり（内容の幅 ${doc.scrollWidth}px: ${wide.join(", ")}）` };
  }, width);
}

// ------------------------------------------------------------------ the report

const esc = (t) => String(t ?? "").replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
const RESULT_CLASS = { 適合: "badge-official", 不適合: "badge-missing", 適用なし: "badge-reading", 未確認: "badge-secondary" };
const STATE_ORDER = ["初期表示", "キーボードで計算した後", "埋め込み表示"];
const CHECK_OF = { "auto:zoom": "zoom", "auto:reflow": "reflow", "auto:trap": "trap", "auto:skip": "skip", "auto:focus": "focus", "auto:obscured": "obscured" };

/** One criterion judged over every page and state: { result, tested, rules }. */
export function judge(c, records) {
  const tag = axeTag(c.id);
  const rules = new Map();
  for (const r of records) {
    for (const [kind, list] of [["violations", r.axe.violations], ["incomplete", r.axe.incomplete], ["passes", r.axe.passes]]) {
      for (const x of list.filter((x) => x.tags.includes(tag))) {
        const e = rules.get(x.id) || { violations: 0, incomplete: 0, passes: 0, where: [] };
        e[kind] += x.nodes;
        if (kind === "violations") e.where.push(`${r.page}（${r.state}）`);
        rules.set(x.id, e);
      }
    }
  }
  const axeText = rules.size
    ? `axe-core: ${[...rules].map(([id, e]) => `${id}（合格 ${e.passes}・違反 ${e.violations}・要確認 ${e.incomplete}）`).join("、")}`
    : "axe-core: この達成基準の規則が当てはまる要素なし";
  const violated = [...rules].filter(([, e]) => e.violations > 0);
  const tested = [];
  let result = "未確認";
  if (c.judge?.startsWith("auto:")) {
    tested.push(JUDGES[c.judge]);
    let ok;
    if (c.judge === "auto:contrast") {
      // axe could not decide some text (e.g. over an unknown background): a person must.
      const cc = rules.get("color-contrast");
      ok = !cc || cc.passes === 0 || cc.incomplete > 0 ? null : cc.violations === 0;
      if (cc?.incomplete) tested.push(`axe-core が判断できなかった文字 ${cc.incomplete} か所は、人の確認が必要`);
    }
    else if (c.judge === "auto:lang") ok = records.every((r) => r.facts.lang === "ja") && !violated.length;
    else {
      const done = records.map((r) => r.checks[CHECK_OF[c.judge]]).filter(Boolean);
      ok = done.length > 0 && done.every((x) => x.ok);
      const bad = records.filter((r) => r.checks[CHECK_OF[c.judge]] && !r.checks[CHECK_OF[c.judge]].ok);
      tested.push(`${done.length}の状態で試験${bad.length ? `、うち不合格: ${bad.map((r) => `${r.page}（${r.state}）: ${r.checks[CHECK_OF[c.judge]].detail}`).join("；")}` : "、すべて合格"}`);
      if (!done.length) ok = null;
    }
    result = ok === null ? "未確認" : ok ? "適合" : "不適合";
  } else if (c.judge?.startsWith("absent:")) {
    tested.push(JUDGES[c.judge]);
    const present = (r) => ({
      "absent:media": r.facts.media, "absent:images": r.facts.images, "absent:auth": r.facts.auth,
      "absent:flash": r.facts.media + r.facts.images + r.facts.animations,
    })[c.judge] > 0;
    const found = records.filter(present);
    result = found.length ? "未確認" : "適用なし";
    tested.push(found.length ? `該当する内容あり: ${found.map((r) => `${r.page}（${r.state}）`).slice(0, 5).join("、")}` : `${records.length}の状態のどれにもなし`);
  }
  if (violated.length) {
    result = "不適合";
    tested.push(`axe-core の違反: ${violated.map(([id, e]) => `${id}（${e.where.slice(0, 3).join("、")}）`).join("、")}`);
  }
  tested.push(axeText);
  return { result, tested };
}

function criteriaTable(judged) {
  const rows = judged.map(({ c, result, tested }) => `
        <tr>
          <th scope="row">${esc(c.id)}</th>
          <td>${esc(c.title)}</td>
          <td>${esc(c.level)}</td>
          <td>${c.since === "2.0" ? `JIS${c.removed ? "（2.2 で削除）" : ""}` : `${esc(c.since)} で追加`}</td>
          <td><span class="badge ${RESULT_CLASS[result]}">${esc(result)}</span></td>
          <td><ul>${tested.map((t) => `<li>${esc(t)}</li>`).join("")}</ul></td>
          <td>${result === "未確認" || result === "不適合" ? esc(c.manual) : ""}</td>
        </tr>`).join("");
  return `
  <div class="table-wrap">
    <table class="a11y-criteria">
      <caption>達成基準チェックリスト（適合レベル A・AA。規格の「JIS」は JIS X 8341-3:2016 = WCAG 2.0 の達成基準、「2.1 で追加」「2.2 で追加」は WCAG 2.1・2.2 で加わったもの）</caption>
      <thead><tr><th scope="col">番号</th><th scope="col">達成基準</th><th scope="col">レベル</th><th scope="col">規格</th><th scope="col">結果</th><th scope="col">試験した内容</th><th scope="col">確認の手順（未確認・不適合のもの）</th></tr></thead>
      <tbody>${rows}
      </tbody>
    </table>
  </div>`;
}

function mark(x) {
  if (!x) return "—";
  return `${x.ok ? "合格" : "不合格"}<br><small>${esc(x.detail)}</small>`;
}

function pagesTable(records) {
  const rows = records.map((r) => {
    const contrast = [...r.axe.violations, ...r.axe.incomplete, ...r.axe.passes].filter((x) => x.id === "color-contrast");
    const cc = r.axe.violations.some((x) => x.id === "color-contrast") ? "違反あり" : r.axe.incomplete.some((x) => x.id === "color-contrast") ? "要確認あり" : contrast.length ? "合格" : "—";
    return `
        <tr>
          <th scope="row"><a href="${esc(r.page)}">${esc(r.page)}</a></th>
          <td>${esc(r.state)}</td>
          <td class="num">${r.axe.violations.length}</td>
          <td class="num">${r.axe.passes.length}</td>
          <td class="num">${r.axe.incomplete.length}</td>
          <td>${esc(cc)}</td>
          <td>${mark(r.checks.flow)}</td>
          <td>${mark(r.checks.trap)}</td>
          <td>${mark(r.checks.focus)}</td>
          <td>${mark(r.checks.reflow)}</td>
          <td>${mark(r.checks.zoom)}</td>
        </tr>`;
  }).join("");
  return `
  <div class="table-wrap">
    <table class="a11y-pages">
      <caption>ページと状態ごとの結果（axe-core の数は規則の数）</caption>
      <thead><tr><th scope="col">ページ</th><th scope="col">状態</th><th scope="col">axe 違反</th><th scope="col">axe 合格</th><th scope="col">axe 要確認</th><th scope="col">コントラスト</th><th scope="col">キーボードだけで計算</th><th scope="col">キーボードの巡回</th><th scope="col">フォーカスの表示</th><th scope="col">幅 320px</th><th scope="col">200% 拡大</th></tr></thead>
      <tbody>${rows}
      </tbody>
    </table>
  </div>`;
}

/** The report's HTML (the part of accessibility.html between its report markers). */
export function renderReport(records, meta) {
  const judged = CRITERIA.map((c) => ({ c, ...judge(c, records) }));
  const count = (r) => judged.filter((j) => j.result === r).length;
  const pages = [...new Set(records.map((r) => r.page))];
  const states = [...new Set(records.map((r) => r.state))].sort((a, b) => STATE_ORDER.indexOf(a) - STATE_ORDER.indexOf(b));
  return `<div id="a11y-report" data-generated="${esc(meta.date)}">
  <h2>試験の概要</h2>
  <dl class="totals">
    <dt>規格</dt><dd>JIS X 8341-3:2016（WCAG 2.0 と一致）。WCAG 2.1・2.2 で加わった達成基準も併せて試験</dd>
    <dt>目標とする適合レベル</dt><dd>AA</dd>
    <dt>試験日</dt><dd id="a11y-date">${esc(meta.date)}</dd>
    <dt>試験した版</dt><dd id="a11y-version">${esc(meta.version)}</dd>
    <dt>試験の環境</dt><dd id="a11y-browser">${esc(meta.browser)}、axe-core ${esc(meta.axe)}、Playwright（自動の試験）</dd>
    <dt>依存したウェブコンテンツ技術</dt><dd>HTML、CSS、JavaScript、WebAssembly、WAI-ARIA</dd>
    <dt>対象範囲</dt><dd>このサイトのすべてのページ（${pages.length}ページ）。状態: ${states.map(esc).join("、")}</dd>
    <dt>結果</dt><dd id="a11y-summary">全${judged.length}達成基準のうち、適合 ${count("適合")}、不適合 ${count("不適合")}、適用なし ${count("適用なし")}、未確認 ${count("未確認")}</dd>
  </dl>
  <p>この結果は、テストを実行するたびに自動で作られます。「適合」は、下の対象ページと状態について、自動の試験で判断できる達成基準に限ります。自動の試験では判断できない達成基準は「未確認」とし、人が確認する手順を示しています。未確認の達成基準を確認するまでは、JIS X 8341-3:2016 の適合レベル AA に「準拠」とは表明できません。</p>
  <h2>達成基準チェックリスト</h2>${criteriaTable(judged)}
  <h2>対象ページと状態ごとの結果</h2>
  <p>状態: 「初期表示」は幅 1280px で開いた直後（入力欄のないページは、幅 320px と 200% 拡大の試験もこの状態）、「キーボードで計算した後」は Tab と Enter だけで「計算する」を押した後（幅 320px と 200% 拡大の試験もこの状態）、「埋め込み表示」は CSP（${esc(meta.csp)}）のもとで embed.js により自治体のページに埋め込んだ表示です。</p>${pagesTable(records)}
</div>`;
}

/** Writes test-results/accessibility.json and the report into dist/accessibility.html; returns the page's path. */
export function writeReport(records, meta) {
  fs.mkdirSync(RESULTS, { recursive: true });
  fs.writeFileSync(path.join(RESULTS, "accessibility.json"), JSON.stringify({ meta, records }, null, 1));
  const file = path.join(DIST, "accessibility.html");
  const page = fs.readFileSync(file, "utf8");
  const start = page.indexOf("<!-- report -->");
  const end = page.indexOf("<!-- /report -->");
  if (start < 0 || end < 0) throw new Error(`${file} lacks its <!-- report --> … <!-- /report --> markers`);
  fs.writeFileSync(file, `${page.slice(0, start)}<!-- report -->\n  ${renderReport(records, meta)}\n  ${page.slice(end)}`);
  return file;
}
