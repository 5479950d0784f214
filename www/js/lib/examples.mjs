// Worked examples (集団指導): each calculator page's named examples from the
// seeds and the official Q&A, in www/examples/<page>.json. An example is the
// form's state (a URL query, so loading one is a link, kept in the address
// and shareable), its source (document, section or page), the figure the
// source gives, and the test case (tests/cases/…) whose request the page sends
// for it and whose expectations are the source's figures; the browser tests
// check both (tests/browser/present.test.mjs), so the examples cannot drift.
//
//   { "id": "q29", "title": "…", "source": "…", "state": "service_month=…",
//     "figure": "6時間", "case": { "file": "national/…/x.json", "name": "…" } }

import { earlyFetch, el } from "./core.mjs";
import { isFrameParam } from "./state.mjs";

let loaded = { list: [], current: null };

/** The page's name: `seikatsu-kaigo.html` → `seikatsu-kaigo`. */
export function pageName(path = location.pathname) {
  return (path.split("/").pop() || "index.html").replace(/\.html$/, "") || "index";
}

/** The address of a page's examples file. */
export function examplesUrl(name) {
  return new URL(`../../examples/${name}.json`, import.meta.url);
}

/** A page's examples (empty when it has none). */
export async function loadExamples(name) {
  try {
    const res = await earlyFetch("examples", examplesUrl(name));
    return res.ok ? (await res.json()).examples || [] : [];
  } catch {
    return [];
  }
}

/** The form's state of a query, sorted, without the frame's settings and the mode (`present`). */
export function stateKey(query) {
  return [...new URLSearchParams(query)].filter(([k]) => !isFrameParam(k) && k !== "present")
    .map(([k, v]) => `${k}=${v}`).sort().join("&");
}

/** The page's examples (empty until loaded, or when it has none). */
export function pageExamples() {
  return loaded.list;
}

/** The example whose state is the page's (null when none is loaded). */
export function currentExample() {
  return loaded.current;
}

/** The link that loads an example (keeping the frame's settings and the mode). */
export function exampleHref(ex, base = location.search) {
  const keep = [...new URLSearchParams(base)].filter(([k]) => isFrameParam(k) || k === "present");
  const q = new URLSearchParams(ex.state);
  for (const [k, v] of keep) q.set(k, v);
  return `?${q}`;
}

/** The list 「例を入れる」 under the page's heading: one link per example, with its source. */
function examplesList(list, current) {
  return el("details", { class: "examples no-print", id: "examples", open: current ? true : null },
    el("summary", {}, `例を入れる（集団指導の資料・Q&Aから ${list.length}件）`),
    el("ul", { class: "example-list" }, list.map((ex) => el("li", { "data-example": ex.id },
      el("a", { href: exampleHref(ex), "aria-current": ex === current ? "true" : null, "data-testid": `example-${ex.id}` }, ex.title),
      el("span", { class: "example-source" }, `出典：${ex.source}`),
      ex === current ? el("button", { type: "button", class: "example-handout", onclick: printHandout }, `この例の配布資料を印刷（A4 ${ex.handout_pages || 1}枚）`) : null))),
    el("p", { class: "hint" }, el("a", { href: "session.html" }, "集団指導の配布資料（例を選んでまとめて印刷）"), "　",
      el("a", { href: "drills.html" }, "よくある誤りと正しい計算（誤った事例）")));
}

/**
 * The one-page handout of the result on or off (present.css's `html.handout`):
 * the parts' details left out, the steps in two columns, each citation by its
 * place only, with the documents listed once under the result.
 */
export function setHandout(on) {
  const root = document.documentElement;
  document.getElementById("handout-docs")?.remove();
  root.classList.toggle("handout", on);
  const result = document.getElementById("result");
  if (!on || !result) return;
  const titles = [...new Set([...result.querySelectorAll("ul.step-sources li > a, ul.step-sources li > span:not(.badge)")]
    .map((t) => t.textContent.trim()).filter(Boolean))];
  const ex = currentExample();
  result.append(el("section", { id: "handout-docs", class: "handout-docs print-only" },
    ex ? el("p", {}, el("strong", {}, "例："), `${ex.title}（出典：${ex.source}）`) : null,
    titles.length ? el("p", {}, el("strong", {}, "根拠の資料："), titles.join("／")) : null));
}

/** Prints the loaded example as a handout (one A4 page; a home's month of three residents two: its `handout_pages`). */
export function printHandout() {
  setHandout(true);
  const done = () => {
    setHandout(false);
    window.removeEventListener("afterprint", done);
  };
  window.addEventListener("afterprint", done);
  window.print();
}

/** Loads the page's examples and shows their list; marks the loaded one. */
export async function initExamples() {
  const list = await loadExamples(pageName());
  const key = stateKey(location.search);
  loaded = { list, current: list.find((ex) => stateKey(ex.state) === key) || null };
  if (loaded.current) document.documentElement.dataset.example = loaded.current.id;
  window.hoshuHandout = setHandout; // (the browser tests print the handout with it)
  const main = document.querySelector("main");
  if (!list.length || !main) return loaded;
  const after = main.querySelector(".present-entry") || main.querySelector(":scope > .lead") || main.querySelector("h1");
  after?.after(examplesList(list, loaded.current));
  return loaded;
}
