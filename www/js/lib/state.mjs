// The form's state in the page's URL (shareable, bookmarkable).

import { setControl } from "./form.mjs";

/** The form's values as query parameters (checked boxes as 1, the checked radio, non-empty fields), except names `skip` refuses. */
export function formParams(form, skip = () => false) {
  const params = new URLSearchParams();
  for (const c of form.elements) {
    if (!c.name || c.disabled || c.type === "button" || c.type === "submit" || skip(c.name)) continue;
    if (c.type === "checkbox") {
      if (c.checked) params.set(c.name, "1");
    } else if (c.type === "radio") {
      if (c.checked) params.set(c.name, c.value);
    } else if (c.value !== "") {
      params.set(c.name, c.value);
    }
  }
  return params;
}

/**
 * Whether a query parameter is one of the embedding's settings rather than the
 * form's state: `embed`, `lock`, `preset.*` and `theme.*` (written by embed.js
 * or a link; see embed-host.mjs). They are kept whatever the form does.
 */
export function isFrameParam(name) {
  return name === "embed" || name === "lock" || name === "present" || name.startsWith("preset.") || name.startsWith("theme.");
}

/** The embedding's settings of the page's URL (empty when none). */
export function frameParams() {
  const out = new URLSearchParams();
  for (const [k, v] of new URLSearchParams(location.search)) if (isFrameParam(k)) out.append(k, v);
  return out;
}

/** `state` followed by `extra`, as one query. */
function joined(state, extra) {
  const out = new URLSearchParams(state);
  for (const [k, v] of extra) out.append(k, v);
  return out;
}

/** Writes every named control of the form into the page's URL query (the embedding's settings are kept). */
export function saveState(form) {
  const params = formParams(form);
  const query = `?${joined(params, frameParams()).toString()}`;
  // A history entry costs milliseconds: none when the URL already says it
  // (a shared link calculated on arrival).
  if (query !== location.search) history.replaceState(null, "", `${location.pathname}${query}${location.hash}`);
  return params;
}

let idleQueued = null;

/**
 * As `saveState`, once, when the browser is next idle (a recalculation per
 * keystroke writes the URL at most once per idle period: a history entry
 * costs several milliseconds).
 */
export function saveStateWhenIdle(form) {
  if (idleQueued) return;
  const later = globalThis.requestIdleCallback || ((f) => setTimeout(f, 200));
  idleQueued = later(() => {
    idleQueued = null;
    saveState(form);
  });
}

/** Empties the state in the URL (keeping the embedding's settings). */
export function clearState() {
  const kept = frameParams().toString();
  history.replaceState(null, "", location.pathname + (kept ? `?${kept}` : ""));
}

/** The saved state in the URL (empty when none), without the embedding's settings. */
export function urlState() {
  const p = new URLSearchParams();
  for (const [k, v] of new URLSearchParams(location.search)) if (!isFrameParam(k)) p.append(k, v);
  return p;
}

/** Fills the form's controls from saved state; unknown names are ignored. */
export function restoreState(form, params) {
  for (const [k, v] of params) {
    const c = form.elements.namedItem(k);
    if (c) setControl(c, v);
  }
}
