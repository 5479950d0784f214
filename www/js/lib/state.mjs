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

/** `?embed=…` of the page's URL, to be kept whatever else changes. */
function embedParam() {
  return new URLSearchParams(location.search).get("embed");
}

/** Writes every named control of the form into the page's URL query. */
export function saveState(form) {
  const params = formParams(form);
  const embed = embedParam();
  if (embed) params.set("embed", embed);
  const query = `?${params.toString()}`;
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

/** Empties the state in the URL (keeping `?embed=1`). */
export function clearState() {
  const embed = embedParam();
  history.replaceState(null, "", location.pathname + (embed ? `?embed=${encodeURIComponent(embed)}` : ""));
}

/** The saved state in the URL (empty when none). */
export function urlState() {
  const p = new URLSearchParams(location.search);
  p.delete("embed");
  return p;
}

/** Fills the form's controls from saved state; unknown names are ignored. */
export function restoreState(form, params) {
  for (const [k, v] of params) {
    const c = form.elements.namedItem(k);
    if (c) setControl(c, v);
  }
}
