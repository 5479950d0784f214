/*
 * One script tag embeds a calculator page into a host page:
 *
 *   <script src="/path/to/hoshu/embed.js" data-calculator="seikatsu-kaigo" defer></script>
 *
 * It inserts an <iframe> (same folder as this script) right after the tag and
 * keeps its height fitted to the content. No request leaves the host's server.
 * Optional attributes: data-title (the iframe's accessible title), data-height
 * (initial height in px).
 */
(function () {
  var script = document.currentScript;
  if (!script) return;
  var name = (script.getAttribute("data-calculator") || "index").replace(/[^a-z0-9-]/g, "");
  var base = script.src.replace(/[^/]*$/, "");
  var frame = document.createElement("iframe");
  frame.src = base + name + ".html?embed=1";
  frame.title = script.getAttribute("data-title") || "障害福祉サービス等報酬 計算機";
  frame.style.width = "100%";
  frame.style.border = "0";
  frame.style.height = (parseInt(script.getAttribute("data-height"), 10) || 1200) + "px";
  frame.setAttribute("loading", "lazy");
  script.parentNode.insertBefore(frame, script.nextSibling);
  var origin = new URL(base, location.href).origin;
  window.addEventListener("message", function (e) {
    if (e.source !== frame.contentWindow || e.origin !== origin) return;
    var d = e.data;
    if (d && d.type === "hoshu:height" && typeof d.height === "number" && d.height > 0) {
      frame.style.height = Math.min(d.height + 16, 20000) + "px";
    }
  });
})();
