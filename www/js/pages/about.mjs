// このサイトについて: the version, the data's date and 収録範囲 (the figures'
// sources per calculator and 年度 are on coverage.html), what this site keeps
// in this browser (listed live) and a button that clears it.

import { el, fill } from "../lib/core.mjs";
import { markReady, startPage } from "../lib/page.mjs";

/** Storage of this site: Cache Storage entries "hoshu-…" and localStorage keys "hoshu…". */
const CACHE_PREFIX = "hoshu-";
const LOCAL_PREFIX = "hoshu";

/** 収録範囲: from the first 年度 of the data to its horizon (the core's coverage(), as on coverage.html). */
function showRange(core) {
  const c = core.coverage();
  const from = `${c.fiscal_years[0].year}-04`;
  document.getElementById("coverage-range").textContent = `${core.wareki(from)}（${from}）から${c.horizon_label}（${c.horizon}）サービス提供分まで`;
}

async function showDataDate(core) {
  const out = document.getElementById("about-data-date");
  try {
    const info = await (await fetch("build-info.json")).json();
    out.textContent = info.data_date ? `${core.wareki(info.data_date)}（${info.data_date}）` : "不明（git の履歴のない版）";
  } catch {
    out.textContent = "不明";
  }
}

/** What this site keeps in this browser now. */
async function storedItems() {
  const items = [];
  const names = "caches" in window ? (await caches.keys()).filter((n) => n.startsWith(CACHE_PREFIX)) : [];
  for (const n of names) items.push(`オフライン用のファイルの写し（Cache Storage「${n}」、${(await (await caches.open(n)).keys()).length}件）`);
  for (let i = 0; i < localStorage.length; i++) {
    const k = localStorage.key(i);
    if (k && k.startsWith(LOCAL_PREFIX)) items.push(`保存した資料セットなど（localStorage「${k}」、${localStorage.getItem(k).length.toLocaleString("ja-JP")}文字）`);
  }
  return items;
}

async function showStored() {
  const items = await storedItems().catch(() => ["（確認できませんでした）"]);
  fill(document.getElementById("stored-list"), (items.length ? items : ["ありません"]).map((t) => el("li", {}, t)));
}

/** Removes what this site keeps: its caches, its service worker, its localStorage keys. */
async function clearStored() {
  if ("caches" in window) {
    for (const n of await caches.keys()) if (n.startsWith(CACHE_PREFIX)) await caches.delete(n);
  }
  if ("serviceWorker" in navigator) {
    for (const r of await navigator.serviceWorker.getRegistrations()) {
      if (new URL(r.scope).pathname === new URL("./", location.href).pathname) await r.unregister();
    }
  }
  for (const k of Object.keys(localStorage)) if (k.startsWith(LOCAL_PREFIX)) localStorage.removeItem(k);
  document.getElementById("clear-status").textContent = "消しました。オフライン用の写しは、次にページを開いたときに作り直されます。";
  await showStored();
}

startPage().then(async (c) => {
  document.getElementById("about-version").textContent = c.version();
  showRange(c);
  document.getElementById("clear-storage").addEventListener("click", clearStored);
  await Promise.all([showDataDate(c), showStored()]);
  markReady();
}, () => {});
