// 発表モード (集団指導): a calculator's result on a projector, one step per
// screen in large type. `?present=1` or the 「発表モード」 button; the inputs
// in one line and the result first, then each step of the explanation (its
// inputs and figure highlighted, its sources as document title + section or
// page); next/previous by → ← Space PageDown PageUp Home End (a presenter's
// clicker sends PageDown/PageUp or arrows), Esc to leave. Focus moves to each
// step's heading and an aria-live region announces 「ステップ n / N: title」.
// 「入力を変える」 opens the page's own form in a drawer: a change is
// calculated at once and the slides follow, without leaving the mode.
//
// The slides are read from the rendered result (#result: its `li.step`s), so
// any page whose result shows steps can be presented; a MutationObserver
// keeps them up to date however the result is re-rendered.

import { el, fill } from "./core.mjs";
import { currentExample, exampleHref, pageExamples, printHandout } from "./examples.mjs";
import { inputSummary } from "./summary.mjs";

const NEXT = new Set(["ArrowRight", "ArrowDown", "PageDown", " ", "Spacebar"]);
const PREV = new Set(["ArrowLeft", "ArrowUp", "PageUp"]);

/** Whether the URL asks for the mode (`?present=1`). */
function asked() {
  return new URLSearchParams(location.search).get("present") === "1";
}

/** Keeps `present=1` in the page's URL (or removes it), leaving the rest as it is. */
function markUrl(on) {
  const p = new URLSearchParams(location.search);
  if (on) p.set("present", "1");
  else p.delete("present");
  const q = p.toString();
  history.replaceState(null, "", `${location.pathname}${q ? `?${q}` : ""}${location.hash}`);
}

/** The inputs in brief as one line: 「ラベル：値 ／ …」 (the form's sections left out; at most `max` items, then how many more). */
export function inputsLine(form, max = 10) {
  const s = form ? inputSummary(form) : null;
  if (!s) return "";
  const sections = [...form.querySelectorAll("fieldset > legend")].map((l) => `${l.textContent.trim().replace(/^\d+\.\s*/, "")}・`);
  const items = [...s.querySelectorAll("dl > div")].map((d) => {
    const k = d.querySelector("dt").textContent;
    const section = sections.find((p) => k.startsWith(p));
    return `${section ? k.slice(section.length) : k}：${d.querySelector("dd").textContent}`;
  });
  return items.slice(0, max).join(" ／ ") + (items.length > max ? ` ／ ほか${items.length - max}項目` : "");
}

/** A copy of a part of the result for a slide (without ids, which stay unique to the page). */
function copy(node) {
  const c = node.cloneNode(true);
  for (const e of [c, ...c.querySelectorAll("[id]")]) e.removeAttribute("id");
  return c;
}

/** The steps of the result shown on the page: those outside closed parts first (a day's, a user's), else all. */
function resultSteps(result) {
  const all = [...result.querySelectorAll("li.step")];
  const top = all.filter((s) => !s.closest("details"));
  return top.length ? top : all;
}

/**
 * The handout button's words: with the A4 pages of the loaded example's
 * handout (its `handout_pages`, checked by the browser tests), without a
 * count for any other result, whose length the page cannot promise.
 */
function handoutLabel() {
  const ex = currentExample();
  return ex ? `配布資料を印刷（A4 ${ex.handout_pages || 1}枚）` : "配布資料を印刷";
}

/** One step as a slide: its title, its figure (highlighted), its inputs, notes and sources. */
function stepSlide(step) {
  const title = step.querySelector(".step-title strong")?.textContent || "";
  const value = (step.querySelector(".step-value")?.textContent || "").replace(/^＝\s*/, "");
  const inputs = [...step.querySelectorAll("dl.step-inputs > dt")].map((dt) => [dt.textContent, dt.nextElementSibling?.textContent || ""]);
  const notes = [...step.querySelectorAll("ul.step-notes > li")].map((n) => n.textContent);
  const sources = [...step.querySelectorAll("ul.step-sources > li")].map(copy);
  return {
    title,
    body: () => [
      inputs.length ? el("dl", { class: "present-inputs", "aria-label": "この段階で使う入力と数値" },
        inputs.map(([k, v]) => el("div", {}, el("dt", {}, k), el("dd", {}, el("mark", {}, v))))) : "",
      value ? el("p", { class: "present-value" }, el("span", { class: "present-value-label" }, "結果"), el("mark", {}, value)) : "",
      notes.length ? el("ul", { class: "present-notes" }, notes.map((n) => el("li", {}, n))) : "",
      sources.length ? el("div", { class: "present-sources" }, el("p", { class: "present-sources-head" }, "根拠（資料名と箇所）"),
        el("ul", {}, sources)) : "",
    ],
  };
}

/** The first slide: the page's subject, the example (if one is loaded), the inputs in one line, the headline of the result. */
function firstSlide(page) {
  const h1 = document.querySelector("main h1")?.textContent || document.title;
  const ok = page.result.dataset.state === "ok";
  const lead = ok ? page.result.querySelector(":scope > p:not(.placeholder), :scope > .total") : null;
  const figures = ok ? page.result.querySelector("dl.totals, dl.summary-list") : null;
  const flag = ok ? page.result.querySelector(".basis-flag p") : null;
  const ex = currentExample();
  return {
    title: h1,
    body: () => [
      ex ? el("p", { class: "present-example" }, el("strong", {}, `例：${ex.title}`), el("br"), el("span", { class: "present-example-source" }, `出典：${ex.source}`)) : "",
      el("p", { class: "present-line" }, el("span", { class: "present-line-label" }, "入力"), inputsLine(page.form) || "（まだ入力されていません）"),
      flag ? el("div", { class: "basis-flag present-flag" }, copy(flag)) : "",
      lead || figures ? el("div", { class: "present-headline" }, lead && copy(lead), figures && copy(figures))
        : el("p", { class: "present-empty" }, page.result.dataset.state === "error"
          ? "入力に確認が必要な箇所があります。「入力を変える」で直してください。"
          : "まだ計算していません。「入力を変える」で入力するか、例を選んでください。"),
      !ok && pageExamples().length ? el("ul", { class: "present-examples" },
        pageExamples().map((e) => el("li", {}, el("a", { href: exampleHref(e) }, e.title)))) : "",
    ],
  };
}

/** Shrinks the slide's type until it fits its box (no scrolling on a projector), down to a readable minimum. */
function fit(box) {
  box.style.removeProperty("--present-scale");
  for (let scale = 1; scale > 0.5; scale -= 0.05) {
    box.style.setProperty("--present-scale", scale.toFixed(2));
    if (box.scrollHeight <= box.clientHeight + 1 && box.scrollWidth <= box.clientWidth + 1) return;
  }
}

/**
 * Wires the mode into a calculator page (`page` of runPage): the entry
 * button, `?present=1`, the keys, the drawer and the live region.
 */
export function initPresent(page) {
  const main = document.querySelector("main");
  if (!main || !page.form || !page.result) return null;
  const root = document.documentElement;
  let slides = [];
  let index = 0;

  const live = el("p", { class: "visually-hidden", "aria-live": "polite", id: "present-live" });
  const count = el("p", { class: "present-count", id: "present-count" });
  const heading = el("h2", { id: "present-heading", tabindex: "-1" });
  const body = el("div", { class: "present-body" });
  const slide = el("div", { class: "present-slide", id: "present-slide" }, heading, body);
  const button = (label, onclick, attrs = {}) => el("button", { type: "button", onclick, ...attrs }, label);
  const prev = button("← 前へ", () => go(index - 1), { id: "present-prev" });
  const next = button("次へ →", () => go(index + 1), { id: "present-next", class: "primary" });
  const drawerBtn = button("入力を変える", () => drawer(!root.classList.contains("present-drawer")), { id: "present-drawer-toggle", "aria-expanded": "false", "aria-controls": "form" });
  const box = el("section", { id: "present", class: "present", "aria-label": "発表モード", hidden: true },
    el("div", { class: "present-bar" },
      el("p", { class: "present-doc" }, document.querySelector("main h1")?.textContent || ""),
      count,
      el("div", { class: "present-buttons" }, prev, next, drawerBtn,
        button(handoutLabel(), printHandout, { id: "present-print" }),
        button("発表モードを終える", () => stop(), { id: "present-exit" }))),
    slide, live);
  document.body.append(box);

  // The drawer's head inside the form (shown only in the mode).
  const close = button("閉じる", () => drawer(false), { id: "present-drawer-close" });
  page.form.prepend(el("div", { class: "present-drawer-head", "data-summary": "skip" },
    el("p", {}, el("strong", {}, "入力を変える"), "　変えるとすぐに計算し直します。"), close));

  // The entry button, under the page's heading and lead.
  const entry = el("div", { class: "present-entry no-print" },
    button("発表モード（集団指導）", () => start(), { id: "present-start" }),
    el("span", { class: "hint" }, "　大きな文字で1画面に1ステップ。→ ← Space で進む・戻る、Esc で終了。"));
  (main.querySelector(":scope > .lead") || main.querySelector("h1") || main.firstChild)?.after(entry);

  function build() {
    slides = [firstSlide(page), ...resultSteps(page.result).map(stepSlide)];
    if (index >= slides.length) index = slides.length - 1;
  }

  function render({ focus = true, announce = true } = {}) {
    const s = slides[index];
    heading.textContent = s.title;
    fill(body, s.body());
    const label = index === 0 ? "入力と結果" : `ステップ ${index} / ${slides.length - 1}`;
    count.textContent = index === 0 ? `入力と結果（ステップ ${slides.length - 1}）` : label;
    box.dataset.index = String(index);
    prev.disabled = index === 0;
    next.disabled = index === slides.length - 1;
    fit(slide);
    if (announce) live.textContent = `${label}: ${s.title}`;
    if (focus) heading.focus();
  }

  function go(i) {
    if (!slides.length) return;
    const to = Math.max(0, Math.min(slides.length - 1, i));
    if (to === index && box.dataset.index === String(to)) return;
    index = to;
    render();
  }

  function drawer(open) {
    root.classList.toggle("present-drawer", open);
    drawerBtn.setAttribute("aria-expanded", String(open));
    if (open) page.form.querySelector("input:not([type=hidden]):not([disabled]), select:not([disabled])")?.focus();
    else drawerBtn.focus();
  }

  function start() {
    root.classList.add("presenting");
    box.hidden = false;
    markUrl(true);
    index = 0;
    build();
    render();
  }

  function stop() {
    root.classList.remove("presenting", "present-drawer");
    box.hidden = true;
    markUrl(false);
    document.getElementById("present-start")?.focus();
  }

  document.addEventListener("keydown", (e) => {
    if (!root.classList.contains("presenting") || e.altKey || e.ctrlKey || e.metaKey) return;
    const t = e.target;
    if (e.key === "Escape") {
      e.preventDefault();
      if (root.classList.contains("present-drawer")) drawer(false);
      else stop();
      return;
    }
    // Typing in the drawer, or pressing a button, keeps its own keys.
    if (page.form.contains(t) || t.closest?.("input, select, textarea")) return;
    if ((e.key === " " || e.key === "Enter") && t.closest?.("button, a")) return;
    if (NEXT.has(e.key)) go(index + 1);
    else if (PREV.has(e.key)) go(index - 1);
    else if (e.key === "Home") go(0);
    else if (e.key === "End") go(slides.length - 1);
    else return;
    e.preventDefault();
  });

  // A changed input in the drawer is calculated at once (once a result is
  // shown, the page's own recalculation as the user types does it).
  page.form.addEventListener("change", () => {
    if (root.classList.contains("presenting") && page.result.dataset.state !== "ok") page.calculate();
  });

  // The slides follow the result, however it is re-rendered.
  let pending = false;
  new MutationObserver(() => {
    if (pending || !root.classList.contains("presenting")) return;
    pending = true;
    queueMicrotask(() => {
      pending = false;
      build();
      const inDrawer = page.form.contains(document.activeElement);
      render({ focus: !inDrawer, announce: false });
      live.textContent = page.result.dataset.state === "ok" ? "計算し直しました。" : "入力に確認が必要な箇所があります。";
    });
  }).observe(page.result, { childList: true, subtree: true, characterData: true });

  window.addEventListener("resize", () => {
    if (root.classList.contains("presenting")) fit(slide);
  });

  if (asked()) start();
  return { start, stop, go };
}
