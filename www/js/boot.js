// Starts compiling the page's WebAssembly module as soon as the page's head
// is read, while the page's JavaScript modules are still being fetched (a
// classic async script runs as soon as it arrives; modules wait for the whole
// module graph). js/lib/core.mjs takes the compiled module from here.
// The page's head names its area (<html data-area>) and preloads the wasm;
// this fetch is that preload's, so the wasm is downloaded once.
(function () {
  // The page's modules ran first and started the compile (js/lib/core.mjs).
  if (window.__hoshuCompiled) return;
  var area = document.documentElement.getAttribute("data-area");
  if (!area || !window.WebAssembly || typeof WebAssembly.compileStreaming !== "function") return;
  var url = new URL("pkg/areas/" + area + "/hoshu_bg.wasm", document.baseURI);
  var compiled = WebAssembly.compileStreaming(fetch(url));
  // A failure here is not the page's: core.mjs then loads the module itself.
  compiled.catch(function () {});
  window.__hoshuCompiled = { area: area, module: compiled };
})();
