// A page shown inside a host's iframe (`?embed=1`, by embed.js or the iframe
// snippet): hides the site's header, keeps the footer's links (このサイトについて,
// the accessibility report) opening in a new tab, tells the host the content's
// height, and learns the host page's address so that 「この計算のURLをコピー」
// gives the host page with the state (`#hoshu-<page>=<state>`, which embed.js
// passes back into the frame). Messages, all `{ type: "hoshu:…" }`:
//   frame → host  hoshu:height {height, page}   hoshu:hello {page}
//   host → frame  hoshu:host {url}              (embed.js only)

import { frameParams, urlState } from "./state.mjs";

let hostUrl = null;

/** Whether the page is shown embedded (`?embed=1`). */
export function embedded() {
  return new URLSearchParams(location.search).get("embed") === "1";
}

/** The page's name as embed.js's `data-calculator` names it ("seikatsu-kaigo"). */
export function pageName() {
  return (location.pathname.split("/").pop() || "index.html").replace(/\.html$/, "") || "index";
}

/** The content's height in CSS px (the document's own box, so the frame can shrink too). */
function contentHeight() {
  return Math.ceil(document.documentElement.getBoundingClientRect().height);
}

function post(message) {
  // Only a height, a path and a greeting: nothing of the form's content.
  if (window.parent !== window) window.parent.postMessage(message, "*");
}

/** Accepts the host page's address from embed.js in the parent window. */
function listenForHost() {
  window.addEventListener("message", (e) => {
    const d = e.data;
    if (e.source !== window.parent || !d || d.type !== "hoshu:host" || typeof d.url !== "string") return;
    try {
      const u = new URL(d.url);
      if (u.protocol === "https:" || u.protocol === "http:") hostUrl = u.href;
    } catch {
      // not an address: keep the fallback (the full page's address)
    }
  });
}

/** The footer's links open outside the frame, saying so. */
function footerLinksOutside() {
  for (const a of document.querySelectorAll(".site-footer a[href]")) {
    a.target = "_blank";
    a.rel = "noopener";
    a.append("（新しいタブで開きます）");
  }
}

/** In embed mode: the page's frame, its height for the host, and the host's address. */
export function initEmbed() {
  if (!embedded()) return;
  document.documentElement.classList.add("embedded");
  footerLinksOutside();
  listenForHost();
  let last = 0;
  const send = () => {
    const height = contentHeight();
    if (height === last) return;
    last = height;
    post({ type: "hoshu:height", height, page: location.pathname });
  };
  new ResizeObserver(send).observe(document.documentElement);
  post({ type: "hoshu:hello", page: pageName() });
  send();
}

/**
 * The address 「この計算のURLをコピー」 gives:
 *   - the page's own address when not embedded;
 *   - embedded by embed.js: the host page's address with the state in its
 *     fragment (`#hoshu-<page>=<state>`), which embed.js hands back to the frame;
 *   - embedded by the iframe snippet (the host is unknown): the full page's
 *     address with the state and the city's presets and locks (not `embed=1`).
 */
export function shareUrl() {
  if (!embedded()) return location.href;
  const state = urlState();
  if (hostUrl) {
    const u = new URL(hostUrl);
    u.hash = `hoshu-${pageName()}=${encodeURIComponent(state.toString())}`;
    return u.href;
  }
  const u = new URL(location.href);
  for (const [k, v] of frameParams()) if (k !== "embed" && !k.startsWith("theme.")) state.append(k, v);
  u.search = state.toString();
  u.hash = "";
  return u.href;
}
