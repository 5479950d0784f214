// A table wider than its box scrolls in its wrapper (.table-wrap); such a
// wrapper must be reachable by keyboard to be scrolled (WCAG 2.1.1; axe's
// scrollable-region-focusable). Whenever a wrapper scrolls — a narrow screen,
// 200% zoom, a host's content column — it becomes a named, focusable region;
// when it fits again, it stops being a tab stop. Wrappers a page made
// focusable itself stay so, their name saying while they scroll.

/** The name of a scrolling table's region: its caption, and that it scrolls. */
function regionName(wrap) {
  const caption = wrap.querySelector("caption")?.textContent.trim();
  return `${caption || "表"}（横にスクロールできます）`;
}

function update(wrap) {
  const scrolls = wrap.scrollWidth > wrap.clientWidth + 1;
  if (wrap.dataset.scrollFocus === undefined && wrap.hasAttribute("tabindex")) {
    // The page's own region: its name says so while it scrolls.
    const name = (wrap.dataset.regionName ??= wrap.getAttribute("aria-label") || "");
    const scrolling = name.includes("横にスクロールできます") ? name : `${name || "表"}（横にスクロールできます）`;
    wrap.setAttribute("aria-label", scrolls ? scrolling : name);
    return;
  }
  if (scrolls && wrap.dataset.scrollFocus === undefined) {
    wrap.dataset.scrollFocus = "";
    wrap.tabIndex = 0;
    wrap.setAttribute("role", "region");
    wrap.setAttribute("aria-label", regionName(wrap));
  } else if (!scrolls && wrap.dataset.scrollFocus !== undefined) {
    delete wrap.dataset.scrollFocus;
    for (const a of ["tabindex", "role", "aria-label"]) wrap.removeAttribute(a);
  }
}

/** Keeps every .table-wrap of the page (present and to come) reachable by keyboard while it scrolls. */
export function focusableScrollers() {
  const seen = new WeakSet();
  const resized = new ResizeObserver((entries) => {
    for (const e of entries) update(e.target.closest(".table-wrap"));
  });
  const watch = (root) => {
    for (const w of root.querySelectorAll?.(".table-wrap") ?? []) {
      if (seen.has(w)) continue;
      seen.add(w);
      resized.observe(w);
      if (w.firstElementChild) resized.observe(w.firstElementChild);
    }
  };
  watch(document);
  new MutationObserver((records) => {
    for (const r of records) for (const n of r.addedNodes) if (n.nodeType === 1) watch(n.parentElement || n);
  }).observe(document.body, { childList: true, subtree: true });
}
