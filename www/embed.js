/*
 * One script tag embeds a calculator page into a host page:
 *
 *   <script src="/hoshu/embed.js" data-calculator="money" data-municipality="横浜市"
 *           data-lock="municipality" defer></script>
 *
 * It inserts an <iframe> (same folder as this script) right after the tag and
 * keeps its height fitted to the content. No request leaves the host's server,
 * and it works under a strict Content-Security-Policy (no inline style: the
 * frame's size is set through the CSSOM).
 *
 * Attributes (all optional but data-calculator):
 *   data-calculator    the page's name: seikatsu-kaigo, money, shuro, soudan, …
 *   data-title         the iframe's accessible title
 *   data-height        its height in px until the page reports its own
 *   data-municipality, data-month (YYYY-MM), data-service, data-fiscal-year
 *                      presets: the field starts with this value
 *   data-lock          presets fixed read-only, e.g. "municipality,month"
 *   data-theme-accent, data-theme-accent-dark, data-theme-text,
 *   data-theme-background (#rrggbb), data-theme-font-size (100%–200%)
 *                      the frame's colours and text size (a colour that would
 *                      bring text below 4.5:1 contrast is not used)
 *
 * 「この計算のURLをコピー」 in the frame gives this page's address with the
 * calculation in its fragment (#hoshu-<calculator>=…); opening it brings the
 * calculation back into the frame (presets and locks still come from here).
 */
(function () {
  var script = document.currentScript;
  if (!script) return;
  var name = (script.getAttribute("data-calculator") || "index").replace(/[^a-z0-9-]/g, "");
  var base = script.src.replace(/[^/]*$/, "");
  var origin = new URL(base, location.href).origin;
  var settings = /^(embed|lock)$|^(preset|theme)\./;

  var params = new URLSearchParams();
  // The calculation saved in this page's address, without any embedding setting.
  var mark = "hoshu-" + name + "=";
  location.hash.slice(1).split("&").forEach(function (part) {
    if (part.indexOf(mark) !== 0) return;
    try {
      new URLSearchParams(decodeURIComponent(part.slice(mark.length))).forEach(function (v, k) {
        if (!settings.test(k)) params.append(k, v);
      });
    } catch (e) {
      // a damaged fragment: start empty
    }
  });
  params.set("embed", "1");
  ["municipality", "month", "service", "fiscal-year"].forEach(function (k) {
    var v = script.getAttribute("data-" + k);
    if (v) params.set("preset." + k, v);
  });
  var lock = script.getAttribute("data-lock");
  if (lock) params.set("lock", lock.replace(/\s+/g, ""));
  ["accent", "accent-dark", "text", "background", "font-size"].forEach(function (k) {
    var v = script.getAttribute("data-theme-" + k);
    if (v) params.set("theme." + k, v);
  });

  var frame = document.createElement("iframe");
  frame.src = base + name + ".html?" + params.toString();
  frame.title = script.getAttribute("data-title") || "障害福祉サービス等報酬 計算機";
  frame.className = "hoshu-frame";
  frame.style.width = "100%";
  frame.style.border = "0";
  frame.style.height = (parseInt(script.getAttribute("data-height"), 10) || 1200) + "px";
  frame.setAttribute("loading", "lazy");
  script.parentNode.insertBefore(frame, script.nextSibling);

  window.addEventListener("message", function (e) {
    if (e.source !== frame.contentWindow || e.origin !== origin) return;
    var d = e.data;
    if (d && d.type === "hoshu:height" && typeof d.height === "number" && d.height > 0) {
      frame.style.height = Math.min(Math.ceil(d.height) + 2, 100000) + "px";
    } else if (d && d.type === "hoshu:hello") {
      // The frame asks where it is shown, for 「この計算のURLをコピー」.
      frame.contentWindow.postMessage({ type: "hoshu:host", url: location.href.split("#")[0] }, origin);
    }
  });
})();
