// 集団指導の配布資料: the examples a trainer picked from every calculator's
// list (www/examples/, with their requests attached at build), in the order
// chosen, each from a new A4 page: the example, its source, the figure the source
// gives, the result and its steps with their sources. The choice and the order
// are the URL's `ex` (`?ex=seikatsu-kaigo.q29,yokohama-gh.hiwari`).

import { el, fill } from "../lib/core.mjs";
import { renderSteps } from "../lib/explain.mjs";
import { markReady, startPage } from "../lib/page.mjs";

const pickBox = document.getElementById("pick");
const order = document.getElementById("order");
const handout = document.getElementById("handout");
const status = document.getElementById("session-status");
let pages = [];
let byKey = new Map();
let core = null;

/** The picked examples' keys (`page.id`) from the URL, those that exist, in order. */
function picked() {
  return (new URLSearchParams(location.search).get("ex") || "").split(",").filter((k) => byKey.has(k));
}

function save(keys) {
  const p = new URLSearchParams(location.search);
  if (keys.length) p.set("ex", keys.join(","));
  else p.delete("ex");
  history.replaceState(null, "", `${location.pathname}${p.toString() ? `?${p}` : ""}`);
  show();
}

function move(keys, i, d) {
  const out = [...keys];
  [out[i], out[i + d]] = [out[i + d], out[i]];
  return out;
}

/** The checkboxes, one group per calculator page. */
function renderPick() {
  const keys = picked();
  fill(pickBox, pages.map((pg) => el("fieldset", {},
    el("legend", {}, pg.title),
    el("ul", {}, pg.examples.map((ex) => {
      const key = `${pg.name}.${ex.id}`;
      const id = `pick-${pg.name}-${ex.id}`;
      return el("li", { class: "field check" },
        el("input", { type: "checkbox", id, checked: keys.includes(key), onchange: (e) => {
          const now = picked().filter((k) => k !== key);
          save(e.currentTarget.checked ? [...now, key] : now);
        } }),
        el("label", { for: id }, ex.title));
    })))));
}

/** The chosen order, with buttons to move each up or down. */
function renderOrder(keys) {
  document.getElementById("order-empty").hidden = keys.length > 0;
  fill(order, keys.map((k, i) => {
    const { ex } = byKey.get(k);
    return el("li", {}, ex.title,
      el("span", { class: "button-row" },
        el("button", { type: "button", disabled: i === 0, "aria-label": `「${ex.title}」を上へ`, onclick: () => save(move(keys, i, -1)) }, "↑ 上へ"),
        el("button", { type: "button", disabled: i === keys.length - 1, "aria-label": `「${ex.title}」を下へ`, onclick: () => save(move(keys, i, 1)) }, "↓ 下へ")));
  }));
}

/** One example's page of the handout. */
async function examplePage(k, n) {
  const { page, ex } = byKey.get(k);
  const res = await core.calculate(ex.request);
  return el("section", { class: "handout-page", "data-example": k, "aria-labelledby": `h-${n}` },
    el("h2", { id: `h-${n}` }, `${n}. ${ex.title}`),
    el("p", {}, el("strong", {}, "出典："), ex.source),
    el("p", {}, el("strong", {}, "計算機："), el("a", { href: `${page.name}.html?${ex.state}` }, page.title), "（この例を開く）"),
    res.ok
      ? [el("p", { class: "handout-figure" }, el("strong", {}, "資料の数値："), el("span", { "data-testid": "figure" }, ex.figure)),
        el("h3", {}, "計算の根拠"), renderSteps(res.result.steps || [])]
      : el("p", { class: "field-error" }, `この例は計算できませんでした：${res.problems.map((p) => p.message).join("、")}`));
}

async function show() {
  const keys = picked();
  renderOrder(keys);
  fill(handout, core ? await Promise.all(keys.map((k, i) => examplePage(k, i + 1))) : []);
  status.textContent = keys.length ? `${keys.length}件の例を選んでいます（印刷すると、1件ずつA4の新しいページから始まります）。` : "";
}

async function start() {
  const index = await (await fetch(new URL("../../examples/index.json", import.meta.url))).json();
  pages = await Promise.all(index.pages.map(async (pg) => ({
    ...pg, examples: (await (await fetch(new URL(`../../examples/${pg.name}.json`, import.meta.url))).json()).examples,
  })));
  byKey = new Map(pages.flatMap((page) => page.examples.map((ex) => [`${page.name}.${ex.id}`, { page, ex }])));
  renderPick();
  core = await startPage();
  document.getElementById("print-session").addEventListener("click", () => window.print());
  await show();
  markReady();
}

start();
