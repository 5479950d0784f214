// Time of the core in wasm (pkg/hoshu.js, loaded with initSync in node) on
// one request, doing the native benchmark's work: JSON text in, JSON text
// out (`calculateJson`, examples/bench.rs). Also, with objects in and out
// (`calculate`), pkg/hoshu.js and the site's area module of the request
// (AREA_DIR, e.g. pkg/areas/money: built for size, not speed). Reports
// figures; asserts nothing about time.
//
//   node tests/bench/wasm-bench.mjs [REQUEST.json] [RUNS] [SECONDS_PER_RUN] [AREA_DIR]
//
// Prints one JSON line: `{"side":"wasm","ok":…,"ms_per_call":[…],"object_ms_per_call":[…],"area_ms_per_call":[…]}`.
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { initSync, calculate, calculateJson } from "../../pkg/hoshu.js";

const file = process.argv[2] || "tests/cases/bench-request.json";
const runs = Number(process.argv[3] || 5);
const seconds = Number(process.argv[4] || 0.5);
const areaDir = process.argv[5];
initSync({ module: fs.readFileSync(new URL("../../pkg/hoshu_bg.wasm", import.meta.url)) });
const text = fs.readFileSync(file, "utf8");
const object = JSON.parse(text);

function timeRuns(work) {
  const warm = performance.now();
  for (let i = 0; i < 200 && performance.now() - warm < seconds * 1000; i++) work();
  const out = [];
  for (let r = 0; r < runs; r++) {
    const start = performance.now();
    let count = 0;
    while (count === 0 || performance.now() - start < seconds * 1000) {
      work();
      count++;
    }
    out.push((performance.now() - start) / count);
  }
  return out;
}

let sink = 0;
const ok = JSON.parse(calculateJson(text)).ok;
const textRuns = timeRuns(() => { sink += calculateJson(text).length; });
const objectRuns = timeRuns(() => { sink += calculate(object).ok ? 1 : 0; });
let areaRuns = null;
if (areaDir) {
  const area = await import(pathToFileURL(path.resolve(areaDir, "hoshu.js")).href);
  area.initSync({ module: fs.readFileSync(path.resolve(areaDir, "hoshu_bg.wasm")) });
  if (!area.calculate(object).ok) throw new Error(`${areaDir} does not answer the request`);
  areaRuns = timeRuns(() => { sink += area.calculate(object).ok ? 1 : 0; });
}
console.log(JSON.stringify({ side: "wasm", ok, bytes: text.length, ms_per_call: textRuns, object_ms_per_call: objectRuns, area: areaDir || null, area_ms_per_call: areaRuns }));
if (sink < 0) console.log(sink);
