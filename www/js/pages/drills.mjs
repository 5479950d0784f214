// よくある誤り（誤った事例）: a page per area (drills-<area>.html, its own
// area's module only) shows that area's drills of www/examples/drills.json — the
// mistaken calculation beside the right one, both asked of the core where
// it can be (the mistaken inputs as the office entered them), else a worked
// calculation; the rule that tells them apart and its source. A drill with a
// `grid` also shows its months: the モニタリング schedule (the wrong and the
// right month marked) or the 個別支援計画未作成減算 timeline (months 1–4).

import { areaOf, el, fill, pageArea } from "../lib/core.mjs";
import { stepsDetails } from "../lib/explain.mjs";
import { monitoringCells, monthGrid } from "../lib/month-grid.mjs";
import { markReady, startPage } from "../lib/page.mjs";

/** The value at a JSON pointer. */
function at(obj, pointer) {
  return pointer.split("/").slice(1).reduce((o, k) => (o == null ? undefined : o[k]), obj);
}

/**
 * A value as shown: true/false in Japanese, numbers with separators; no
 * value (null or empty text, e.g. a month with no モニタリング mark) as the
 * drill's own words for it (`show`'s third item), else 「—」.
 */
function shown(v, none = "—") {
  if (v === true) return "できる";
  if (v === false) return "できない";
  if (typeof v === "number") return v.toLocaleString("ja-JP");
  return v === null || v === undefined || v === "" ? none : v;
}

/** One side (wrong or right): its label, the core's values (or the worked calculation), its steps. */
async function side(core, s, kind) {
  const res = s.request ? await core.calculate(s.request) : null;
  return el("div", { class: `drill-side drill-${kind}`, "data-side": kind },
    el("h4", {}, el("span", { "aria-hidden": "true" }, kind === "wrong" ? "✗ " : "✓ "), s.label),
    s.worked ? el("p", { class: "drill-worked" }, s.worked) : null,
    res && res.ok ? [
      el("dl", { class: "totals" }, s.show.map(([k, p, none]) => [el("dt", {}, k), el("dd", { class: "drill-figure", "data-pointer": p }, shown(at(res, p), none))])),
      stepsDetails("計算の根拠（ステップと出典）", [...(res.result.steps || []), ...(res.result.day?.steps || [])], { print: false }),
    ] : null,
    res && !res.ok ? el("p", { class: "field-error" }, res.problems.map((p) => p.message).join("、")) : null);
}

/** The 個別支援計画未作成減算 timeline: months 1–4 of the drill's right request, each asked of the core. */
async function reductionGrid(core, d) {
  const base = d.right.request;
  const cells = await Promise.all([1, 2, 3, 4].map(async (n) => {
    const req = { ...base, users: base.users.map((u) => ({ ...u, plan_missing_month: n })) };
    const r = await core.calculate(req);
    const line = r.ok ? r.result.users[0].lines.find((l) => l.kind === "reduction") : null;
    return { month: `${n}か月目`, mark: line ? `${line.per}単位/日` : "—", note: line ? line.item.replace(/^個別支援計画未作成減算/, "") : "", cls: n >= 3 ? "reduced-more" : "reduced" };
  }));
  return [el("h4", {}, "減算の月ごとの推移（1〜4か月目）"),
    monthGrid(cells, { "aria-label": "個別支援計画未作成減算の1〜4か月目（各月の減算単位数）", "data-testid": "reduction-grid" })];
}

/** The モニタリング schedule with the wrong month (dashed) and the right one marked. */
async function monitoringGrid(core, d) {
  const r = await core.calculate(d.right.request);
  if (!r.ok) return null;
  const cls = (s) => (s.month === d.wrong.highlight ? "off" : s.kind === "none" ? "" : s.kind === "final" ? "final" : "mon");
  return [el("h4", {}, "支給決定期間の月（点線：誤ってモニタリングした月）"),
    monthGrid(monitoringCells(r.result.schedule, cls), { "aria-label": "支給決定期間の月（モ: モニタリング、モ案: 終期月、点線: 予定月でない月）", "data-testid": "monitoring-grid" })];
}

async function drill(core, d, n) {
  return el("section", { class: "drill", id: `drill-${d.id}`, "aria-labelledby": `drill-${d.id}-h` },
    el("h3", { id: `drill-${d.id}-h` }, `${n}. 【${d.area}】${d.title}`),
    el("p", {}, el("strong", {}, "よくある誤り："), d.mistake),
    el("div", { class: "drill-pair" }, await side(core, d.wrong, "wrong"), await side(core, d.right, "right")),
    el("p", { class: "drill-rule" }, el("strong", {}, "分かれ目の規則："), d.rule),
    el("p", { class: "drill-source" }, el("strong", {}, "出典："), d.source),
    d.grid === "plan-missing" ? await reductionGrid(core, d) : d.grid === "monitoring" ? await monitoringGrid(core, d) : null);
}

/** The area whose module answers a drill (its calculator's). */
const drillArea = (d) => areaOf((d.right.request || d.wrong.request).calculator);

/** The page of an area's drills: `shuro` → drills-shuro.html. */
const areaPage = (area) => `drills-${area.replace(/_/g, "-")}.html`;

/** drills.html: every drill, by area, as links to its area's page. */
function index(drills) {
  const areas = [...new Set(drills.map(drillArea))];
  fill(document.getElementById("drills-toc"), areas.map((a) => {
    const list = drills.filter((d) => drillArea(d) === a);
    return [el("h3", {}, el("a", { href: areaPage(a) }, list[0].area)),
      el("ul", {}, list.map((d) => el("li", {}, el("a", { href: `${areaPage(a)}#drill-${d.id}` }, d.title))))];
  }));
}

async function start() {
  const all = (await (await fetch(new URL("../../examples/drills.json", import.meta.url))).json()).drills;
  const area = pageArea();
  const drills = all.filter((d) => drillArea(d) === area);
  if (area === "base") index(all);
  else fill(document.getElementById("drills-toc"), drills.map((d) => el("li", {}, el("a", { href: `#drill-${d.id}` }, `【${d.area}】${d.title}`))));
  const core = await startPage();
  fill(document.getElementById("drills"), await Promise.all(drills.map((d, i) => drill(core, d, i + 1))));
  markReady();
}

start();
