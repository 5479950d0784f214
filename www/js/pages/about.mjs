// このサイトについて: the version, the data's date and 収録範囲, the figures'
// sources by area (from the data), what this site keeps in this browser
// (listed live) and a button that clears it.

import { el, fill } from "../lib/core.mjs";
import { markReady, startPage } from "../lib/page.mjs";

/** The data's areas (the first part of a figure's key) and their names. */
const AREAS = [
  ["seikatsu_kaigo", "生活介護"],
  ["shuro", "就労系（B型・A型・就労移行・就労定着・就労選択）"],
  ["group_home", "共同生活援助"],
  ["soudan", "計画相談支援・障害児相談支援"],
  ["money", "1単位の単価・地域区分・処遇改善加算・利用者負担"],
  ["kaikei", "就労支援事業会計"],
  ["yokohama_gh", "横浜市 グループホーム（市単独加算・補助金）"],
];

/** Storage of this site: Cache Storage entries "hoshu-…" and localStorage keys "hoshu…". */
const CACHE_PREFIX = "hoshu-";
const LOCAL_PREFIX = "hoshu";

function monthText(core, m) {
  return m ? `${core.wareki(m)}（${m}）` : "期限なし";
}

function showCoverage(core) {
  const end = core.figures("dataset").find((f) => f.key === "dataset.verified_through");
  const rows = AREAS.map(([prefix, label]) => [label, core.figures(prefix)]).filter(([, f]) => f.length);
  const all = rows.flatMap(([, f]) => f);
  const from = all.map((f) => f.from).sort()[0];
  const to = end && end.value ? `${end.value.slice(0, 4)}-${end.value.slice(4)}` : null;
  document.getElementById("coverage-range").textContent = `${monthText(core, from)}から${to ? monthText(core, to) : "—"}サービス提供分まで`;
  const count = (f, s) => f.filter((x) => x.status === s).length;
  fill(document.querySelector("#coverage-table tbody"), rows.map(([label, f]) => {
    const first = f.map((x) => x.from).sort()[0];
    const last = f.some((x) => !x.to) ? null : f.map((x) => x.to).sort().at(-1);
    return el("tr", {},
      el("th", { scope: "row" }, label),
      el("td", { class: "num" }, count(f, "official")),
      el("td", { class: "num" }, count(f, "secondary")),
      el("td", { class: "num" }, count(f, "missing")),
      el("td", {}, `${core.wareki(first)}〜${last ? core.wareki(last) : ""}`));
  }));
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
  showCoverage(c);
  document.getElementById("clear-storage").addEventListener("click", clearStored);
  await Promise.all([showDataDate(c), showStored()]);
  markReady();
}, () => {});
