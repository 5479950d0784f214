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
 * summarised by `summary(part)`.
 */
export function explanation(heading, steps, partsHeading, parts, summary) {
  return [
    el("h3", {}, heading),
    renderSteps(steps),
    el("h4", {}, partsHeading),
    parts.map((p) => stepsDetails(summary(p), p.steps)),
  ];
}

/** A closed <details> of one part's steps (a day, a user, a case), with anything to show before them. */
export function stepsDetails(summary, steps, ...before) {
  return el("details", { class: "day-steps" }, el("summary", {}, summary), before, renderSteps(steps));
}
