// Throughput of the core in wasm (pkg/, loaded with initSync in node): the
// page's own path, `calculate(request)` on a JS object, repeated. Reports
// figures; asserts nothing about time.
//
//   node tests/bench/wasm-bench.mjs [REQUEST.json] [SECONDS]
//
// Prints one line `wasm calc/s <n> (<count> calls in <secs> s)`.
import fs from "node:fs";
import { initSync, calculate } from "../../pkg/hoshu.js";

const file = process.argv[2] || "tests/cases/bench-request.json";
const seconds = Number(process.argv[3] || 2);
initSync({ module: fs.readFileSync(new URL("../../pkg/hoshu_bg.wasm", import.meta.url)) });
const request = JSON.parse(fs.readFileSync(file, "utf8"));

const first = calculate(request);
if (!first.ok) {
  console.error("the bench request is not answered:", JSON.stringify(first.problems));
  process.exit(1);
}
let sink = 0;
for (let i = 0; i < 200; i++) sink += calculate(request).ok ? 1 : 0;

const budget = seconds * 1000;
const start = performance.now();
let count = 0;
while (performance.now() - start < budget) {
  for (let i = 0; i < 100; i++) sink += calculate(request).ok ? 1 : 0;
  count += 100;
}
const secs = (performance.now() - start) / 1000;
console.log(`wasm calc/s ${(count / secs).toFixed(0)} (${count} calls in ${secs.toFixed(2)} s)`);
if (sink < 0) console.log(sink);
