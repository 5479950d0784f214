// Figure sets (資料セット): the figures this calculator lacks, brought in as
// tables in the shape of data/*.tsv.
//
//   * The site's own: a municipality or an office that hosts the site drops TSV
//     files into its figures/ folder and lists them in figures/index.json
//     ({"files": ["yokohama-r8.tsv"]}); every page loads them at start.
//   * The user's own: a file, pasted rows, or the figures a calculation asked
//     for — kept only in this browser (localStorage), exportable as TSV,
//     removable with 「この端末から消す」.
//
// Every set is checked by the core (checkFigureSet: the same rules as the
// product's data); a broken one is shown with its problems, by line and
// column, and never used. Nothing is ever sent anywhere: requests go to the
// core in this page, and the only fetches are of the site's own folder.

import { earlyFetch, el, fill, loadArea } from "./core.mjs";

const STORE = "hoshu.figureSets.v1";
const TYPED = "hoshu.typedFigures.v1";
/** The user's set that the figures typed into calculations are saved in. */
const TYPED_ID = "typed";
const TYPED_TITLE = "この端末で入力した値";

const state = { core: null, site: [], user: [], storageProblem: "" };
const listeners = new Set();

/** Calls `f()` whenever the sets change (loaded, added, removed). */
export function onFigureSetsChange(f) {
  listeners.add(f);
}

function changed() {
  for (const f of listeners) f();
}

function readStore(key, fallback) {
  try {
    const raw = localStorage.getItem(key);
    return raw ? JSON.parse(raw) : fallback;
  } catch {
    return fallback;
  }
}

function writeStore(key, value) {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, JSON.stringify(value));
    state.storageProblem = "";
    return true;
  } catch {
    state.storageProblem = "この端末に保存できませんでした（ブラウザの設定で保存が許可されていないか、容量が足りません）。";
    return false;
  }
}

function entry(core, origin, id, name, text, file = null) {
  const check = core.checkFigureSet(text, name || undefined);
  return { id, origin, file, name: check.set?.name || name || file || "資料セット", text, check };
}

/** A problem of the site's folder itself (not of a set's rows). */
function folderProblem(file, message) {
  return { id: `site:${file}`, origin: "site", file, name: file, text: "",
    check: { ok: false, problems: [{ code: "invalid", field: file, message }], notices: [] } };
}

/**
 * The site's sets as fetched: figures/index.json and the files it lists
 * (same folder only), each `{ file, name, text }` or `{ file, problem }`.
 * Needs no core, so a page starts it at once, while its core loads.
 */
export async function fetchSiteSets() {
  let index;
  try {
    const res = await earlyFetch("siteIndex", "figures/index.json", { cache: "no-cache" });
    if (!res.ok) return [];
    index = await res.json();
  } catch {
    return [{ file: "figures/index.json", problem: "figures/index.json を読めません（JSON の書式を確認してください）。" }];
  }
  const files = Array.isArray(index?.files) ? index.files : [];
  return Promise.all(files.map(async (f) => {
    const file = typeof f === "string" ? f : f?.file;
    const name = typeof f === "object" && f ? f.name : null;
    if (typeof file !== "string" || !/^[\w.-]+\.tsv$/.test(file)) {
      return { file: String(file), problem: `figures/index.json の「${String(file)}」は figures/ の中の .tsv ファイル名ではありません。` };
    }
    try {
      const res = await fetch(`figures/${file}`, { cache: "no-cache" });
      if (!res.ok) return { file, problem: `figures/${file} を読めません（${res.status}）。` };
      return { file, name, text: await res.text() };
    } catch {
      return { file, problem: `figures/${file} を読めません。` };
    }
  }));
}

/** The site's sets, checked by the core. */
async function loadSite(core, fetched) {
  return (await fetched).map((f) => (f.problem
    ? folderProblem(f.file, f.problem)
    : entry(core, "site", `site:${f.file}`, f.name, f.text, f.file)));
}

/**
 * Reads this browser's saved sets now (the first read of the store is slow:
 * a page does it while its core loads); `loadFigureSets` takes them.
 */
export function readSavedSets() {
  state.saved = readStore(STORE, []);
}

function loadUser(core) {
  const saved = state.saved ?? readStore(STORE, []);
  state.saved = undefined;
  return (Array.isArray(saved) ? saved : [])
    .filter((s) => s && typeof s.text === "string")
    .map((s) => entry(core, "user", String(s.id), s.name || "", s.text));
}

function saveUser() {
  return writeStore(STORE, state.user.map(({ id, name, text }) => ({ id, name, text })));
}

/**
 * Loads the site's and the user's sets (once per page, after the core);
 * `fetched`: the site's sets already being fetched (`fetchSiteSets()`).
 */
export async function loadFigureSets(core, fetched = fetchSiteSets()) {
  state.core = core;
  state.user = loadUser(core);
  state.site = await loadSite(core, fetched);
  changed();
  return state;
}

/** Every set, the user's first (their own figures come before the site's). */
export function allSets() {
  return [...state.user, ...state.site];
}

/** The sets a request carries: the usable ones. */
export function requestSets() {
  return allSets().filter((s) => s.check.ok).map((s) => ({ name: s.name, text: s.text }));
}

/** Adds a set of the user's (a file or pasted rows); answers the core's check. */
export function addUserSet(name, text) {
  const id = `u${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
  const e = entry(state.core, "user", id, name, text);
  if (e.check.ok) {
    state.user.push(e);
    saveUser();
    changed();
  }
  return e.check;
}

export function removeUserSet(id) {
  state.user = state.user.filter((s) => s.id !== id);
  if (id === TYPED_ID) writeStore(TYPED, null);
  saveUser();
  changed();
}

/** 「この端末から消す」: every set and typed value kept in this browser. */
export function clearThisDevice() {
  state.user = [];
  writeStore(STORE, null);
  writeStore(TYPED, null);
  changed();
}

/** The value typed last time for a figure (kept in this browser), or "". */
export function lastTyped(key) {
  const m = readStore(TYPED, {});
  return typeof m?.[key] === "string" ? m[key] : "";
}

/** Remembers what was typed for each figure (`{ key: value }`). */
export function rememberTyped(values) {
  const m = { ...readStore(TYPED, {}), ...values };
  writeStore(TYPED, m);
}

/**
 * Saves typed figures (`[{ key, value, month }]`) into the user's set
 * 「この端末で入力した値」 (created on first use); resolves to the core's
 * problems. Saving checks each key against every table of the product, so
 * it is done by the module that holds them all (the coverage area's, loaded
 * on the first save).
 */
export async function saveTypedFigures(figures, title = TYPED_TITLE) {
  const existing = state.user.find((s) => s.id === TYPED_ID);
  const today = new Date().toISOString().slice(0, 10);
  const saver = state.core.saveFigures ? state.core : await loadArea("coverage");
  const saved = saver.saveFigures({
    existing: existing ? existing.text : null,
    header: { title, publisher: "この端末の利用者", date: today },
    figures,
  });
  if (!saved.ok) return saved.problems;
  const e = entry(state.core, "user", TYPED_ID, existing?.name || title, saved.text);
  state.user = [...state.user.filter((s) => s.id !== TYPED_ID), e];
  saveUser();
  rememberTyped(Object.fromEntries(figures.map((f) => [f.key, String(f.value)])));
  changed();
  return [];
}

/** Downloads a set as a TSV file another colleague can load (UTF-8 with BOM for Excel). */
export function exportSet(s) {
  const blob = new Blob(["\uFEFF" + s.text], { type: "text/tab-separated-values;charset=utf-8" });
  const a = el("a", { href: URL.createObjectURL(blob), download: `${(s.file || s.name || "figures").replace(/[\\/:*?"<>|\s]+/g, "_").replace(/\.tsv$/, "")}.tsv` });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

// ------------------------------------------------------------------ the panel

const ORIGIN = { site: "このサイト", user: "この端末" };

function setItem(s, idx) {
  const sum = s.check.set;
  const headId = `fs-set-${idx}`;
  return el("li", { class: `figure-set figure-set-${s.origin}`, "data-set": s.id },
    el("p", { class: "figure-set-name", id: headId },
      el("span", { class: "badge badge-set" }, ORIGIN[s.origin]), " ", s.name,
      sum ? `（${sum.publisher}・${sum.date}、${sum.rows}行${sum.fiscal_years.length ? "・" + sum.fiscal_years.join("・") : ""}）` : ""),
    s.check.ok ? null : el("p", { class: "figure-set-error" }, "読み込めません（上に問題を示しています）。この資料セットは使いません。"),
    s.check.notices?.length ? el("ul", { class: "figure-set-notices" }, s.check.notices.slice(0, 5).map((p) => el("li", {}, p.message))) : null,
    el("div", { class: "button-row" },
      s.check.ok ? el("button", { type: "button", "aria-describedby": headId, onclick: () => exportSet(s) }, "TSVで書き出す") : null,
      s.origin === "user" ? el("button", { type: "button", "aria-describedby": headId, onclick: () => removeUserSet(s.id) }, "削除") : null));
}

function problemList(s) {
  const ps = s.check.problems;
  return el("div", { class: "figure-set-problems" },
    el("p", {}, el("strong", {}, `${s.file ? "figures/" + s.file : s.name}: 読み込めません（${ps.length}件の問題）。この資料セットは使いません。`)),
    el("ul", {}, ps.slice(0, 8).map((p) => el("li", {}, p.message))),
    ps.length > 8 ? el("p", {}, `ほか${ps.length - 8}件`) : null);
}

function summaryText() {
  const ok = allSets().filter((s) => s.check.ok);
  const n = (o) => ok.filter((s) => s.origin === o).length;
  const names = ok.map((s) => s.name).slice(0, 3).join("、");
  return ok.length
    ? `資料セット: このサイト ${n("site")}件・この端末 ${n("user")}件を使っています（${names}${ok.length > 3 ? " ほか" : ""}）`
    : "資料セット: なし（この計算機に登録のない値を、表のファイルで補えます）";
}

function addForm(status) {
  const file = el("input", { type: "file", id: "fs-file", accept: ".tsv,.txt,text/tab-separated-values,text/plain" });
  const paste = el("textarea", { id: "fs-paste", rows: "5", cols: "60", "aria-describedby": "fs-paste-hint" });
  const name = el("input", { id: "fs-name", size: "30", autocomplete: "off" });
  const report = (check) => fill(status, check.ok
    ? `「${check.set.name}」（${check.set.rows}行）をこの端末に保存しました。`
    : [`読み込めません（${check.problems.length}件の問題）:`, el("ul", {}, check.problems.slice(0, 8).map((p) => el("li", {}, p.message)))]);
  file.addEventListener("change", async () => {
    const f = file.files?.[0];
    if (!f) return;
    report(addUserSet(name.value.trim() || null, await f.text()));
    file.value = "";
  });
  return el("div", { class: "figure-set-add" },
    el("h3", {}, "資料セットを追加する"),
    el("div", { class: "field" }, el("label", { for: "fs-name" }, "名前（省略時は表の「# title:」）"), name),
    el("div", { class: "field" }, el("label", { for: "fs-file" }, "ファイルを読み込む（TSV）"), file),
    el("div", { class: "field" }, el("label", { for: "fs-paste" }, "行を貼り付ける"), paste,
      el("p", { class: "hint", id: "fs-paste-hint" }, "1行目から「# title: 名称」「# publisher: 発行者」「# date: 日付」、次に列名の行（key from to value unit status source locator note、タブ区切り）、そのあと値の行。")),
    el("div", { class: "button-row" },
      el("button", { type: "button", onclick: () => {
        const check = addUserSet(name.value.trim() || null, paste.value);
        report(check);
        if (check.ok) paste.value = "";
      } }, "貼り付けた行を読み込む")));
}

/**
 * The panel every calculator page shows under its status line: which sets are
 * in use, the problems of broken ones (visible), and the user's controls.
 */
export function renderFigurePanel(container) {
  const status = el("p", { class: "figure-set-status", role: "status" });
  const broken = el("div", { class: "figure-set-broken", "data-testid": "figure-set-broken" });
  const summary = el("summary", { "data-testid": "figure-set-summary" });
  const list = el("ul", { class: "figure-set-list" });
  fill(container, broken,
    el("details", { class: "figure-sets no-print" },
      summary,
      el("p", { class: "hint" }, "資料セットは、この計算機に登録のない値（未登録・二次資料・新しい年度）を補う表です。公的資料の値は置き換えません。計算の根拠には「資料セットの値」と表示します。この端末で追加した資料セットと入力した値は、このブラウザの中にだけ保存され、どこにも送信されません。"),
      list,
      addForm(status),
      status,
      el("div", { class: "button-row" },
        el("button", { type: "button", onclick: () => { clearThisDevice(); fill(status, "この端末に保存した資料セットと入力した値を消しました。"); } }, "この端末から消す"),
        el("a", { href: "coverage.html" }, "登録状況（年度ごとの公的資料・二次資料・未登録）"))));
  const draw = () => {
    const bad = allSets().filter((s) => !s.check.ok);
    fill(broken, bad.map((s) => problemList(s)));
    broken.hidden = bad.length === 0;
    summary.textContent = summaryText();
    fill(list, allSets().map(setItem));
    list.hidden = allSets().length === 0;
    if (state.storageProblem) status.textContent = state.storageProblem;
  };
  onFigureSetsChange(draw);
  draw();
}
