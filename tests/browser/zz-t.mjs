import { withPage, shutdown } from "./harness.mjs";
import fs from "node:fs";
const pg = process.argv[2] || "seikatsu-kaigo.html";
const url = fs.readFileSync("tests/bench/states.txt","utf8").split("\n").find(l=>l.startsWith(pg+"?"));
for (let i=0;i<4;i++) await withPage(url, async (page, ctx) => {
  await page.goto(ctx.url, { waitUntil: "commit" });
  await page.waitForFunction(() => performance.getEntriesByName("hoshu:first-paint").length > 0, null, { timeout: 20000 });
  const t = await page.evaluate(() => {
    const w = performance.getEntriesByType("resource").filter(e=>e.name.endsWith(".wasm")).map(e => Math.round(e.responseEnd));
    const m = performance.getEntriesByType("mark").map(e => e.name.replace("hoshu:","")+"="+Math.round(e.startTime));
    const nav = performance.getEntriesByType("navigation")[0];
    return "dcl="+Math.round(nav.domContentLoadedEventStart)+" wasmEnd="+w+" "+m.join(" ");
  });
  console.log(t);
}, { goto: false });
await shutdown();
