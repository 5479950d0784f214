// Helpers for browser tests: a static server for dist/ on 127.0.0.1, Debian's
// Chromium driven by playwright-core (never a downloaded browser), request
// recording (no request may leave the server's origin), console and page
// errors, axe-core, and screenshots into test-results/.
//
//   import { after } from "node:test";
//   import { withPage, axeViolations, assertNoOffOrigin, shutdown } from "./harness.mjs";
//   after(shutdown);                       // closes the browser and the server
//   await withPage("seikatsu-kaigo.html", async (page, ctx) => { … });
//
// Each node test file runs in its own process; call `after(shutdown)` in it, or
// the open browser keeps that process alive.

import http from "node:http";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import assert from "node:assert/strict";
import { chromium } from "playwright-core";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
// HOSHU_DIST serves another built tree (e.g. a throwaway one to test the harness).
export const DIST = process.env.HOSHU_DIST ? path.resolve(process.env.HOSHU_DIST) : path.join(ROOT, "dist");
export const RESULTS = path.join(ROOT, "test-results");
export const CHROMIUM = process.env.CHROMIUM || "/usr/bin/chromium";
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-dev-shm-usage",
];

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".json": "application/json; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".ts": "text/plain; charset=utf-8",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
};

/** Every `*.html` under dist/ (not under dist/pkg), as paths relative to dist/ with "/". */
export function htmlPages(dir = DIST) {
  const out = [];
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) {
        if (path.relative(dir, p) !== "pkg") walk(p);
      } else if (e.name.endsWith(".html")) {
        out.push(path.relative(dir, p).split(path.sep).join("/"));
      }
    }
  };
  walk(dir);
  return out.sort();
}

/**
 * Starts a static server for `dir` on 127.0.0.1 and a free port.
 * Resolves to `{ origin, url(p), close() }`.
 */
export function startServer(dir = DIST) {
  if (!fs.existsSync(path.join(dir, "pkg", "areas", "base", "hoshu.js"))) {
    throw new Error(`${dir}/pkg/areas/ is missing: run scripts/build.sh first`);
  }
  const root = path.resolve(dir);
  const server = http.createServer((req, res) => {
    let rel;
    try {
      rel = decodeURIComponent(new URL(req.url, "http://x").pathname);
    } catch {
      res.writeHead(400).end("bad request");
      return;
    }
    let file = path.join(root, rel);
    if (file !== root && !file.startsWith(root + path.sep)) {
      res.writeHead(403).end("forbidden");
      return;
    }
    fs.stat(file, (err, st) => {
      if (!err && st.isDirectory()) {
        file = path.join(file, "index.html");
        st = fs.existsSync(file) ? fs.statSync(file) : null;
      }
      if (err || !st || !st.isFile()) {
        res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("not found");
        return;
      }
      const type = TYPES[path.extname(file).toLowerCase()] || "application/octet-stream";
      res.writeHead(200, {
        "content-type": type,
        "content-length": st.size,
        "cache-control": "no-store",
      });
      if (req.method === "HEAD") res.end();
      else fs.createReadStream(file).pipe(res);
    });
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      const origin = `http://127.0.0.1:${port}`;
      resolve({
        origin,
        url: (p = "") => `${origin}/${String(p).replace(/^\/+/, "")}`,
        close: () =>
          new Promise((r) => {
            server.closeAllConnections?.();
            server.close(() => r());
          }),
      });
    });
  });
}

/** Launches Debian's Chromium headless with the flags this machine needs. */
export async function launchBrowser() {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: run scripts/setup.sh --browser`);
  }
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

let shared = null;

/** The shared server and browser, started on first use. */
export async function env() {
  if (!shared) {
    shared = (async () => {
      const server = await startServer();
      const browser = await launchBrowser();
      return { server, browser };
    })();
  }
  return shared;
}

/** Closes the shared browser and server (call it in `after()`). */
export async function shutdown() {
  if (!shared) return;
  const s = shared;
  shared = null;
  const { server, browser } = await s;
  await browser.close().catch(() => {});
  await server.close();
}

function allowedUrl(u, origin) {
  if (u.startsWith("data:") || u.startsWith("blob:") || u.startsWith("about:")) return true;
  try {
    return new URL(u).origin === origin;
  } catch {
    return false;
  }
}

/**
 * Opens `pagePath` (relative to dist/) in a fresh context (locale ja-JP) and
 * calls `fn(page, ctx)`. ctx records:
 *   requests       every URL requested
 *   offOrigin      requested URLs outside the server's origin (aborted)
 *   consoleErrors  console.error messages and failed resource loads
 *   pageErrors     uncaught exceptions
 *   badResponses   responses with status ≥ 400
 * Options: `{ viewport, waitUntil, contextOptions, goto: false }`.
 */
export async function withPage(pagePath, fn, opts = {}) {
  const { server, browser } = await env();
  const context = await browser.newContext({
    locale: "ja-JP",
    viewport: opts.viewport || { width: 1280, height: 900 },
    ...(opts.contextOptions || {}),
  });
  const origin = server.origin;
  const ctx = {
    origin,
    url: server.url(pagePath),
    server,
    browser,
    context,
    requests: [],
    offOrigin: [],
    consoleErrors: [],
    consoleMessages: [],
    pageErrors: [],
    badResponses: [],
    failedRequests: [],
  };
  const noteOffOrigin = (u) => {
    if (!ctx.offOrigin.includes(u)) ctx.offOrigin.push(u);
  };
  // Nothing may leave the origin: record and abort anything that tries.
  await context.route(
    (u) => !allowedUrl(u.href, origin),
    (route) => {
      noteOffOrigin(route.request().url());
      return route.abort("blockedbyclient");
    },
  );
  const page = await context.newPage();
  page.on("request", (r) => {
    const u = r.url();
    ctx.requests.push(u);
    if (!allowedUrl(u, origin)) noteOffOrigin(u);
  });
  page.on("console", (m) => {
    const entry = { type: m.type(), text: m.text(), location: m.location() };
    ctx.consoleMessages.push(entry);
    if (m.type() === "error") ctx.consoleErrors.push(entry);
  });
  page.on("pageerror", (e) => ctx.pageErrors.push(e && e.stack ? e.stack : String(e)));
  page.on("response", (r) => {
    if (r.status() >= 400) ctx.badResponses.push(`${r.status()} ${r.url()}`);
  });
  page.on("requestfailed", (r) =>
    ctx.failedRequests.push(`${r.url()} (${r.failure()?.errorText ?? "failed"})`),
  );
  try {
    if (opts.goto !== false) {
      await page.goto(ctx.url, { waitUntil: opts.waitUntil || "load" });
    }
    return await fn(page, ctx);
  } finally {
    await context.close().catch(() => {});
  }
}

/** Waits until the page marks itself ready (`<html data-ready="true">`). */
export async function waitReady(page, timeout = 15000) {
  try {
    await page.waitForFunction(() => document.documentElement.dataset.ready === "true", null, {
      timeout,
    });
  } catch (e) {
    const state = await page
      .evaluate(() => ({
        ready: document.documentElement.dataset.ready ?? null,
        title: document.title,
      }))
      .catch(() => ({}));
    throw new Error(
      `${page.url()}: not ready after ${timeout / 1000}s — document.documentElement.dataset.ready ` +
        `is ${JSON.stringify(state.ready)} (the page sets it to "true" once the wasm core is ` +
        `loaded). ${e.message.split("\n")[0]}`,
    );
  }
}

const AXE_PATH = path.join(ROOT, "node_modules", "axe-core", "axe.min.js");
export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/** Runs axe-core (WCAG 2.0/2.1 A and AA) on the page; resolves to its violations. */
export async function axeViolations(page, { tags = AXE_TAGS, context = null } = {}) {
  if (!(await page.evaluate(() => typeof window.axe === "object"))) {
    await page.addScriptTag({ path: AXE_PATH });
    if (!(await page.evaluate(() => typeof window.axe === "object"))) {
      // A Content-Security-Policy may block the injected tag; evaluate is not blocked.
      await page.evaluate(fs.readFileSync(AXE_PATH, "utf8"));
    }
  }
  const result = await page.evaluate(
    ([tags, context]) =>
      window.axe.run(context ? document.querySelector(context) : document, {
        runOnly: { type: "tag", values: tags },
        resultTypes: ["violations"],
      }),
    [tags, context],
  );
  return result.violations;
}

/** Readable text of axe violations: rule, impact, help, and each node's target and summary. */
export function formatViolations(violations) {
  return violations
    .map((v) => {
      const nodes = v.nodes
        .map((n) => `    - ${n.target.join(" ")}\n      ${(n.failureSummary || "").replace(/\n/g, "\n      ")}`)
        .join("\n");
      return `  [${v.impact}] ${v.id}: ${v.help}\n    ${v.helpUrl}\n${nodes}`;
    })
    .join("\n");
}

/** Fails when axe finds any violation, listing them readably. */
export async function assertNoAxeViolations(page, opts) {
  const violations = await axeViolations(page, opts);
  assert.equal(
    violations.length,
    0,
    `${page.url()}: ${violations.length} accessibility violation(s):\n${formatViolations(violations)}`,
  );
}

/** Fails when any request left the server's origin (data: and blob: are allowed). */
export function assertNoOffOrigin(ctx) {
  assert.deepEqual(
    ctx.offOrigin,
    [],
    `requests outside ${ctx.origin}:\n  ${ctx.offOrigin.join("\n  ")}`,
  );
}

/** Fails on uncaught page errors, console errors, or responses ≥ 400. */
export function assertNoErrors(ctx) {
  assert.deepEqual(ctx.pageErrors, [], `page errors on ${ctx.url}:\n${ctx.pageErrors.join("\n")}`);
  assert.deepEqual(
    ctx.consoleErrors.map((m) => m.text),
    [],
    `console errors on ${ctx.url}:\n` +
      ctx.consoleErrors.map((m) => `  ${m.text} (${m.location?.url ?? ""}:${m.location?.lineNumber ?? ""})`).join("\n"),
  );
  assert.deepEqual(ctx.badResponses, [], `failed responses on ${ctx.url}`);
}

/** Saves a screenshot to test-results/<name>.png (full page by default); returns its path. */
export async function screenshot(page, name, { fullPage = true } = {}) {
  fs.mkdirSync(RESULTS, { recursive: true });
  const file = path.join(RESULTS, `${name.replace(/[^\w.-]+/g, "_")}.png`);
  await page.screenshot({ path: file, fullPage });
  return file;
}
