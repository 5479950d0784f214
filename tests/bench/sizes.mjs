// Sizes of the wasm each page loads (its area's module, pkg/areas/<area>/,
// named by the page's <html data-area>) and of the whole core (pkg/): raw,
// gzip -9 and brotli (quality 11), as a server would send them. Prints one
// JSON object. Reports figures; asserts nothing.
//
//   node tests/bench/sizes.mjs
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const size = (file) => {
  const b = fs.readFileSync(file);
  return {
    raw: b.length,
    gzip: zlib.gzipSync(b, { level: 9 }).length,
    brotli: zlib.brotliCompressSync(b, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
};
const areas = {};
for (const a of fs.readdirSync(path.join(root, "pkg/areas")).sort()) {
  areas[a] = { wasm: size(path.join(root, "pkg/areas", a, "hoshu_bg.wasm")), js: size(path.join(root, "pkg/areas", a, "hoshu.js")) };
}
const pages = fs.readdirSync(path.join(root, "dist")).filter((f) => f.endsWith(".html")).sort().map((page) => {
  const html = fs.readFileSync(path.join(root, "dist", page), "utf8");
  const usesCore = /pkg\/areas\/[a-z_]+\/hoshu_bg\.wasm/.exec(html);
  const area = /data-area="([a-z_]+)"/.exec(html)?.[1] ?? (usesCore ? "base" : null);
  // A page that picks its module from its URL (<html data-areas>, money.html):
  // its default and, once each, the module every other URL gets.
  const rules = (/data-areas="([^"]*)"/.exec(html)?.[1] || "").split(/\s+/).filter(Boolean).map((r) => r.split(":"));
  if (rules.length) {
    const by = [{ when: "", area }];
    for (const [when, a] of rules) if (!by.some((b) => b.area === a)) by.push({ when, area: a });
    return { page, area, by_url: by };
  }
  return { page, area: usesCore ? area : null };
});
const full = { wasm: size(path.join(root, "pkg/hoshu_bg.wasm")), js: size(path.join(root, "pkg/hoshu.js")) };
console.log(JSON.stringify({ areas, pages, full }));
