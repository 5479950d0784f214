// Starts, as soon as the page's head is read, what the first result waits
// for, while the page's JavaScript modules are still being fetched (a
// classic async script runs as soon as it arrives; modules wait for the
// whole module graph):
//   - compiling the page's WebAssembly module (js/lib/core.mjs takes it
//     from here). The page's head names its area (<html data-area>) and
//     preloads the wasm; this fetch is that preload's, so the wasm is
//     downloaded once. A page whose module depends on its URL
//     (<html data-areas>) has no preload: its module is chosen and fetched
//     here;
//   - fetching the site's figure sets index (figures/index.json, which must
//     be read before the first calculation: js/lib/figures.mjs) and the
//     page's worked examples (its `data-examples`: js/lib/examples.mjs).
// Each is taken once; when the page's modules ran first, they fetch for
// themselves and this script does nothing.
(function () {
  if (!window.__hoshuEarly) {
    var early = (window.__hoshuEarly = {});
    var start = function (name, url, init) {
      var response = fetch(url, init);
      response.catch(function () {});
      early[name] = { url: url.href, response: response };
    };
    var examples = document.currentScript && document.currentScript.getAttribute("data-examples");
    start("siteIndex", new URL("figures/index.json", document.baseURI), { cache: "no-cache" });
    if (examples) start("examples", new URL(examples, document.baseURI));
  }
  var root = document.documentElement;
  var area = root.getAttribute("data-area");
  // A page whose module depends on its URL (money.html: the service's;
  // js/lib/core.mjs pageArea reads the same rules): the first rule the URL
  // meets, `param=value:area` or `param:area` (the parameter given at all).
  var rules = (root.getAttribute("data-areas") || "").split(/\s+/);
  var params = new URLSearchParams(location.search);
  for (var i = 0; i < rules.length; i++) {
    var rule = rules[i].split(":"), cond = rule[0].split("=");
    if (rule.length === 2 && (cond.length === 1 ? params.get(cond[0]) : params.get(cond[0]) === cond[1])) {
      area = rule[1];
      break;
    }
  }
  if (rules.join("")) root.setAttribute("data-area", area);
  // The page's modules ran first and started the compile (js/lib/core.mjs).
  if (window.__hoshuCompiled) return;
  if (rules.join("")) {
    var link = document.createElement("link");
    link.rel = "modulepreload";
    link.href = "pkg/areas/" + area + "/hoshu.js";
    document.head.appendChild(link);
  }
  if (!area || !window.WebAssembly || typeof WebAssembly.compileStreaming !== "function") return;
  var url = new URL("pkg/areas/" + area + "/hoshu_bg.wasm", document.baseURI);
  var compiled = WebAssembly.compileStreaming(fetch(url));
  // A failure here is not the page's: core.mjs then loads the module itself.
  compiled.catch(function () {});
  window.__hoshuCompiled = { area: area, module: compiled };
})();
