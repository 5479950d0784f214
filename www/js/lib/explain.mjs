// The explanation of a result: its ordered steps, each with the inputs used,
// the value, the notes and the citations of where the rule is written.

import { el } from "./core.mjs";

const STATUS_LABEL = {
  official: "公的資料",
  secondary: "二次資料・要確認",
  missing: "未登録",
  user: "利用者入力",
  reading: "本製品の解釈",
  set: "資料セット",
  provisional: "前年度の単価による試算",
};

/** One citation: its status badge, the document's title (a link when it has one) and the place in it. */
export function citation(c) {
  const title = c.url ? el("a", { href: c.url, rel: "noopener noreferrer", target: "_blank" }, c.title) : el("span", {}, c.title);
  return el(
    "li",
    { class: `cite cite-${c.status}` },
    el("span", { class: `badge badge-${c.status}` }, STATUS_LABEL[c.status] || c.status),
    " ",
    title,
    c.locator ? `　${c.locator}` : "",
  );
}

/** The explanation: an ordered list of steps with inputs, value, sources and notes. */
export function renderSteps(steps) {
  return el(
    "ol",
    { class: "steps" },
    steps.map((s) =>
      el(
        "li",
        { class: "step", "data-rule": s.rule },
        el("p", { class: "step-title" }, el("strong", {}, s.title), s.value ? el("span", { class: "step-value" }, `＝ ${s.value}`) : ""),
        s.inputs.length
          ? el("dl", { class: "step-inputs" }, s.inputs.map((i) => [el("dt", {}, i.name), el("dd", {}, i.value)]))
          : "",
        s.notes && s.notes.length ? el("ul", { class: "step-notes" }, s.notes.map((n) => el("li", {}, n))) : "",
        s.sources.length ? el("ul", { class: "step-sources", "aria-label": "根拠" }, s.sources.map(citation)) : "",
      ),
    ),
  );
}

/**
 * The explanation under a result: `heading` over the whole calculation's
 * steps, then `partsHeading` over each part's steps (a day, a user), closed,
 * summarised by `summary(part)`. `{ print: false }`: the parts are left out of
 * a printed handout (e.g. the days of a month, whose table the result shows).
 */
export function explanation(heading, steps, partsHeading, parts, summary, { print = true } = {}) {
  return [
    el("h3", {}, heading),
    renderSteps(steps),
    el("h4", { class: print ? null : "no-print" }, partsHeading),
    parts.map((p) => stepsDetails(summary(p), p.steps, { print })),
  ];
}

/**
 * A closed <details> of one part's steps (a day, a user, a case), with anything
 * to show before them; `{ print: false }` as the last argument leaves it out of print.
 */
export function stepsDetails(summary, steps, ...before) {
  const opts = before.length && before.at(-1) && before.at(-1).print !== undefined && !(before.at(-1) instanceof Node) ? before.pop() : {};
  return el("details", { class: opts.print === false ? "day-steps no-print" : "day-steps" }, el("summary", {}, summary), before, renderSteps(steps));
}

/** The notes of steps that say an entry was not used (rule `….unused`), each once. */
export function unusedNotes(parts) {
  const notes = new Map();
  for (const p of parts) {
    for (const s of p.steps || []) {
      if (s.rule.endsWith(".unused")) for (const n of s.notes) notes.set(`${p.label || ""}: ${n}`, [p.label, n]);
    }
  }
  return notes.size ? el("ul", { class: "unused-notes", "data-testid": "unused-notes" },
    [...notes.values()].map(([label, n]) => el("li", {}, label ? `${label}: ${n}` : n))) : null;
}
