// Problems shown beside their fields and in a summary, and the fields offered
// for figures the product lacks.

import { el, fill } from "./core.mjs";
import { lastTyped, saveTypedFigures } from "./figures.mjs";

function fieldId(field) {
  return "err-" + field.replace(/[^A-Za-z0-9_-]/g, "_");
}

/** Finds the element that shows a field's problem: `[data-field="<path>"]`, or its nearest parent path. */
export function fieldContainer(root, field) {
  let f = field;
  while (f) {
    const c = root.querySelector(`[data-field="${CSS.escape(f)}"]`);
    if (c) return c;
    const cut = Math.max(f.lastIndexOf("."), f.lastIndexOf("["));
    if (cut <= 0) break;
    f = f.slice(0, cut);
  }
  return null;
}

export function clearProblems(root, summary) {
  for (const e of root.querySelectorAll(".field-error")) e.remove();
  for (const c of root.querySelectorAll("[aria-invalid]")) {
    c.removeAttribute("aria-invalid");
    const ids = (c.getAttribute("aria-describedby") || "").split(" ").filter((i) => i && !i.startsWith("err-"));
    if (ids.length) c.setAttribute("aria-describedby", ids.join(" "));
    else c.removeAttribute("aria-describedby");
  }
  for (const c of root.querySelectorAll(".has-error")) c.classList.remove("has-error");
  if (summary) {
    summary.replaceChildren();
    summary.hidden = true;
  }
}

/**
 * A summary's message for a field in a table's row (a roster's: 利用者2,
 * 事業所3…), led by the row's name unless it names it already; beside the
 * field, the row shows it.
 */
function inRow(target, message) {
  const row = target?.closest("[data-row-label]")?.dataset.rowLabel;
  return row && !message.includes(row) ? `${row}：${message}` : message;
}

/**
 * Shows each problem beside its field (opening a closed <details> around it)
 * and in a summary with links to the fields; focuses the summary. What the
 * user typed is left as it is.
 */
export function showProblems(root, problems, summary) {
  clearProblems(root, summary);
  const items = [];
  for (const p of problems) {
    const container = fieldContainer(root, p.field);
    let target = null;
    if (container) {
      container.classList.add("has-error");
      const details = container.closest("details");
      if (details) details.open = true;
      const id = fieldId(p.field) + "-" + items.length;
      const msg = el("p", { class: "field-error", id }, el("span", { class: "visually-hidden" }, "エラー: "), p.message);
      container.append(msg);
      const controls = container.matches("input,select,textarea")
        ? [container]
        : [...container.querySelectorAll("input,select,textarea")];
      for (const c of controls) {
        c.setAttribute("aria-invalid", "true");
        const ids = (c.getAttribute("aria-describedby") || "").split(" ").filter(Boolean);
        ids.push(id);
        c.setAttribute("aria-describedby", ids.join(" "));
      }
      target = controls.find((c) => !c.disabled) || null;
    }
    items.push({ p, target });
  }
  if (summary) {
    summary.hidden = false;
    summary.append(
      el("h2", { id: "problems-heading" }, `入力内容を確認してください（${problems.length}件）`),
      el(
        "ul",
        {},
        items.map(({ p, target }) => {
          const text = inRow(target, p.message);
          if (target && target.id) {
            return el("li", {}, el("a", { href: `#${target.id}` }, text));
          }
          return el("li", {}, text);
        }),
      ),
    );
    summary.focus();
  }
}

/**
 * Offers, in one small form, an input for every figure the product lacks
 * (problems with code `missing_figure`: the core answers all of them at
 * once): label, unit, where to find it, and the value typed last time in
 * this browser. Values already typed stay. 生活介護's 基本報酬 cells are
 * offered as the office's own table (its 定員 tier, the 区分 and 時間 it
 * uses). `page` (optional) gives the core, for the table's registered values.
 */
export function offerMissingFigures(form, fieldset, problems, page = null) {
  const missing = problems.filter((p) => p.code === "missing_figure" && p.figure);
  const list = fieldset.querySelector(".figure-list");
  const keep = new Set(missing.map((p) => p.figure.key));
  const typed = new Map([...fieldset.querySelectorAll("input[name^='user_figures.']")].map((i) => [i.name, i.value]));
  const { tables, rest } = officeTables(missing);
  for (const row of [...list.children]) {
    const inputs = [...row.querySelectorAll("input")];
    const needed = inputs.some((i) => keep.has(i.name.slice("user_figures.".length)) || i.value.trim() !== "");
    // An office table asked for again is rebuilt below (with what was typed in it).
    if (!needed || tables.has(row.dataset.tier)) row.remove();
  }
  for (const [tier, keys] of tables) list.prepend(officeTable(tier, keys, page?.core, typed));
  for (const p of rest) {
    const name = `user_figures.${p.figure.key}`;
    if (form.elements.namedItem(name)) continue;
    list.append(figureRow(p.figure, lastTyped(p.figure.key), true));
  }
  offerSave(fieldset, page);
  fieldset.hidden = list.children.length === 0;
}

const SK_CELL = /^seikatsu_kaigo\.basic\.(cap-[^.]+)\.(kubun[^.]+)\.([^.]+)$/;

/** 生活介護's missing 基本報酬 cells, by 定員 tier; the other missing figures. */
function officeTables(missing) {
  const tables = new Map();
  const rest = [];
  for (const p of missing) {
    const m = SK_CELL.exec(p.figure.key);
    if (!m) {
      rest.push(p);
      continue;
    }
    if (!tables.has(m[1])) tables.set(m[1], []);
    tables.get(m[1]).push(p.figure);
  }
  return { tables, rest };
}

/** `生活介護サービス費（利用定員11〜20人・区分4・6時間以上7時間未満）` → its three parts. */
function cellParts(label) {
  const inner = label.slice(label.indexOf("（") + 1, label.lastIndexOf("）"));
  return inner.split("・");
}

/**
 * The office's own table: the cells of its 定員 tier for the 区分 and 所要時間
 * it uses, each an input (the registered value, if any, beside it).
 */
function officeTable(tier, figures, core, typed) {
  const kubuns = [...new Set(figures.map((f) => SK_CELL.exec(f.key)[2]))];
  const bands = [...new Set(figures.map((f) => SK_CELL.exec(f.key)[3]))];
  const known = new Map((core ? core.figures(`seikatsu_kaigo.basic.${tier}`) : []).map((f) => [f.key, f]));
  const label = (k) => known.get(k)?.label || figures.find((f) => f.key === k)?.label || k;
  const first = cellParts(figures[0].label);
  const cell = (kubun, band) => {
    const key = `seikatsu_kaigo.basic.${tier}.${kubun}.${band}`;
    const name = `user_figures.${key}`;
    const f = known.get(key);
    const now = f && f.value !== null ? `登録値 ${f.value}（${f.status === "official" ? "公的資料" : "二次資料"}）` : "未登録";
    const parts = cellParts(label(key));
    return el("td", {},
      el("input", { name, id: `uf-${key.replace(/[^A-Za-z0-9_-]/g, "_")}`, inputmode: "numeric", size: "6", autocomplete: "off",
        "aria-label": `${parts[1] || kubun}・${parts[2] || band}（単位/日）`, value: typed.get(name) || lastTyped(key) }),
      el("small", { class: "cell-hint" }, now));
  };
  return el("div", { class: "office-table", "data-tier": tier, "data-field": `user_figures.seikatsu_kaigo.basic.${tier}` },
    el("p", {}, el("strong", {}, `事業所の単位数表（${first[0] || tier}）`),
      " お手元のサービスコード表から、使う区分・所要時間のセルを入力してください。「この端末の資料セットに保存」すると、次からは入力しなくても計算します。"),
    el("div", { class: "table-wrap" }, el("table", { class: "office-cells" },
      el("caption", { class: "visually-hidden" }, `生活介護サービス費の単位数（${first[0] || tier}、単位/日）`),
      el("thead", {}, el("tr", {}, el("th", { scope: "col" }, "区分＼所要時間"),
        bands.map((b) => el("th", { scope: "col" }, cellParts(label(`seikatsu_kaigo.basic.${tier}.${kubuns[0]}.${b}`))[2] || b)))),
      el("tbody", {}, kubuns.map((k) => el("tr", {},
        el("th", { scope: "row" }, cellParts(label(`seikatsu_kaigo.basic.${tier}.${k}.${bands[0]}`))[1] || k),
        bands.map((b) => cell(k, b))))))),
    figures[0].where_to_find ? el("p", { class: "hint" }, `参照先: ${figures[0].where_to_find}`) : null);
}

/** The button that saves the typed figures as this browser's set (once per fieldset). */
function offerSave(fieldset, page) {
  if (!page || fieldset.querySelector(".save-typed")) return;
  const status = el("p", { class: "save-typed-status", role: "status" });
  const button = el("button", { type: "button", class: "save-typed", onclick: async () => {
    const figures = [...fieldset.querySelectorAll("input[name^='user_figures.']")]
      .filter((i) => i.value.trim() !== "")
      .map((i) => ({ key: i.name.slice("user_figures.".length), value: i.value.trim(), month: page.lastMonth || "" }));
    if (!figures.length) {
      status.textContent = "保存する値がありません。値を入力してください。";
      return;
    }
    let problems;
    try {
      problems = await saveTypedFigures(figures);
    } catch {
      problems = [{ message: "保存に使う計算エンジンを読み込めませんでした。ページを再読み込みしてください。" }];
    }
    if (problems.length) {
      fill(status, "保存できません: ", problems.map((p) => p.message).join(" "));
      return;
    }
    for (const i of fieldset.querySelectorAll("input[name^='user_figures.']")) i.value = "";
    status.textContent = `${figures.length}件の値を、この端末の資料セット「この端末で入力した値」に保存しました（このブラウザの中だけに保存され、送信されません）。`;
    page.calculate?.();
  } }, "入力した値をこの端末の資料セットに保存する");
  fieldset.append(el("div", { class: "button-row" }, button), status);
}

function unitLabel(unit) {
  return (
    {
      units_per_day: "単位/日",
      units_per_month: "単位/月",
      units_per_time: "単位/回",
      units: "単位",
      yen: "円",
      yen_per_month: "円/月",
      yen_per_day: "円/日",
      yen_per_unit: "円/単位",
      yen_per_m2: "円/㎡",
      minutes: "分",
      hours: "時間",
      days: "日",
      months: "か月",
      years: "年",
      persons: "人",
      count: "",
      points: "点",
      percent: "%",
      rate: "（率、例: 0.051）",
    }[unit] || ""
  );
}

function figureRow(figure, v, remembered = false) {
  const id = "uf-" + figure.key.replace(/[^A-Za-z0-9_-]/g, "_");
  const where = figure.where_to_find ? `参照先: ${figure.where_to_find}` : "お手元のサービスコード表の値を入力してください。";
  return el(
    "div",
    { class: "field", "data-field": `user_figures.${figure.key}` },
    el("label", { for: id }, figure.label),
    el("input", { id, name: `user_figures.${figure.key}`, inputmode: "decimal", autocomplete: "off", value: v, "aria-describedby": id + "-hint" }),
    el("span", { class: "unit" }, unitLabel(figure.unit)),
    el("p", { class: "hint", id: id + "-hint" }, where, v && remembered ? "（前回この端末で入力した値を入れてあります）" : ""),
  );
}

/** A registered figure's label and unit, by its key (from the core's data). */
function figureInfo(core, key) {
  const prefix = key.slice(0, key.lastIndexOf("."));
  const f = core && prefix ? core.figures(prefix).find((x) => x.key === key) : null;
  return f ? { key, label: f.label, unit: f.unit, where_to_find: "" } : { key, label: "登録されていない値", unit: "", where_to_find: "" };
}

/** Restores user-figure inputs from saved state (keys `user_figures.*`), each labelled as the data names it. */
export function restoreUserFigures(form, fieldset, params, core = null) {
  const list = fieldset.querySelector(".figure-list");
  for (const [k, v] of params) {
    if (!k.startsWith("user_figures.") || form.elements.namedItem(k)) continue;
    list.append(figureRow(figureInfo(core, k.slice("user_figures.".length)), v));
  }
  fieldset.hidden = list.children.length === 0;
}

/**
 * Where a table has ended (a month past its last 年度), the refusal offers to
 * compute with the previous 年度's figures, marked 前年度の単価による試算
 * everywhere — never by default: the user chooses it here.
 */
function offerCarryForward(page, problems) {
  const offer = problems.find((p) => p.carry_forward);
  const control = page.form?.elements?.namedItem("carry_forward");
  if (!offer || !control || !page.summary || !page.calculate) return;
  page.summary.append(el("div", { class: "button-row carry-forward-offer" },
    el("button", { type: "button", class: "primary", onclick: () => {
      control.value = "1";
      page.calculate();
    } }, offer.carry_forward),
    el("span", { class: "hint" }, "前年度の値を今年度に仮に当てはめた試算です。結果・根拠・CSV・印刷に「前年度の単価による試算」と表示します。")));
}

/**
 * Shows that the inputs need attention: each problem beside its field and in
 * the summary, a field offered for each missing figure (when the page has a
 * `figures` fieldset), and the result area emptied. What the user typed stays.
 */
export function showFailure(page, problems) {
  const { form, summary, result, figures = null, heading = "計算結果" } = page;
  if (figures) offerMissingFigures(form, figures, problems, page);
  showProblems(form, problems, summary);
  offerCarryForward(page, problems);
  result.dataset.state = "error";
  fill(result, el("h2", { id: "result-heading" }, heading),
    el("p", { class: "placeholder" }, "入力内容に確認が必要な箇所があります。上の一覧から該当の項目へ移動できます。"));
}
