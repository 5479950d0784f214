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
//
// A city's site under a strict Content-Security-Policy: every path under
// /csp/ is served with the header CSP below; /csp/hoshu/<p> is dist/<p> (the
// folder as a city would copy it) and /csp/<p> a host page of
// tests/browser/fixtures/ (its {{calculator}}, {{query}} and {{attrs}} filled
// from the request's query: see hostPage()). Service workers are blocked
// unless a test asks for them (`serviceWorkers: "allow"`), so each test sees
// the network as it is; CSP violations in any frame are recorded.

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
export const FIXTURES = path.join(ROOT, "tests", "browser", "fixtures");
/** The policy a city's web team would set (README: Embedding). */
export const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
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

const escapeHtml = (t) => String(t).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * A host page of fixtures/ with its placeholders filled from the request's
 * query: {{calculator}} (a page name), {{query}} (the `query` parameter, added
 * to the iframe's address), {{attrs}} (every `data-*` parameter as an
 * attribute of embed.js's tag). All values are written as escaped HTML text.
 */
export function hostPage(template, q) {
  const attrs = [...q].filter(([k]) => /^data-[a-z-]+$/.test(k)).map(([k, v]) => ` ${k}="${escapeHtml(v)}"`).join("");
  return template
    .replaceAll("{{calculator}}", escapeHtml((q.get("calculator") || "seikatsu-kaigo").replace(/[^a-z0-9-]/g, "")))
    .replaceAll("{{query}}", escapeHtml(q.get("query") || ""))
    .replaceAll("{{attrs}}", attrs);
}

/** The address of a host page of fixtures/ under the CSP, with its query: `hostUrl(ctx, "host-script.html", { calculator: "money" })`. */
export function hostUrl(ctx, name, query = {}) {
  return `${ctx.origin}/csp/${name}?${new URLSearchParams(query)}`;
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
      if (rel.includes("\0")) throw new Error("NUL");
    } catch {
      res.writeHead(400).end("bad request");
      return;
    }
    // /csp/hoshu/<p> → dist/<p>, /csp/<p> → fixtures/<p>, both under the strict CSP.
    const csp = rel.startsWith("/csp/");
    const base = !csp ? root : rel.startsWith("/csp/hoshu/") ? root : FIXTURES;
    if (csp) rel = rel.startsWith("/csp/hoshu/") ? rel.slice("/csp/hoshu".length) : rel.slice("/csp".length);
    let file = path.join(base, rel);
    if (file !== base && !file.startsWith(base + path.sep)) {
      res.writeHead(403).end("forbidden");
      return;
    }
    const headers = csp ? { "content-security-policy": CSP } : {};
    if (csp && base === FIXTURES && file.endsWith(".html") && fs.existsSync(file)) {
      const body = Buffer.from(hostPage(fs.readFileSync(file, "utf8"), new URL(req.url, "http://x").searchParams));
      res.writeHead(200, { ...headers, "content-type": TYPES[".html"], "content-length": body.length, "cache-control": "no-store" });
      res.end(req.method === "HEAD" ? undefined : body);
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
        ...headers,
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
 *   cspViolations  Content-Security-Policy violations in any frame
 * Options: `{ viewport, waitUntil, contextOptions, goto: false, serviceWorkers: "allow", route: false }`.
 */
export async function withPage(pagePath, fn, opts = {}) {
  const { server, browser } = await env();
  const context = await browser.newContext({
    locale: "ja-JP",
    viewport: opts.viewport || { width: 1280, height: 900 },
    serviceWorkers: opts.serviceWorkers || "block",
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
    cspViolations: [],
  };
  // Every Content-Security-Policy violation in any frame (the event the browser fires).
  await context.exposeBinding("__hoshuCspViolation", (source, v) => ctx.cspViolations.push(v));
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      window.__hoshuCspViolation({ directive: e.violatedDirective, blocked: e.blockedURI, source: e.sourceFile, line: e.lineNumber, page: location.href });
    });
  });
  const noteOffOrigin = (u) => {
    if (!ctx.offOrigin.includes(u)) ctx.offOrigin.push(u);
  };
  // Nothing may leave the origin: record and abort anything that tries. (A
  // route makes Chromium bypass service workers: `route: false` keeps them,
  // and off-origin requests are then recorded only.)
  if (opts.route !== false) await context.route(
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

/**
 * Runs axe-core on a page or a frame (injected by evaluate: a page's CSP
 * neither blocks it nor reports it); resolves to axe's whole result
 * (violations, passes, incomplete, inapplicable).
 */
export async function axeRun(target, { tags = AXE_TAGS, context = null, resultTypes = null, keep = false } = {}) {
  if (!(await target.evaluate(() => typeof window.axe === "object"))) {
    await target.evaluate(AXE_SOURCE());
  }
  // keep: the result stays in the page as window.__hoshuAxe (to be summarised there).
  return target.evaluate(
    async ([tags, context, resultTypes, keep]) => {
      const result = await window.axe.run(context ? document.querySelector(context) : document, {
        runOnly: { type: "tag", values: tags },
        ...(resultTypes ? { resultTypes } : {}),
      });
      if (!keep) return result;
      window.__hoshuAxe = result;
      return null;
    },
    [tags, context, resultTypes, keep],
  );
}

let axeSource = null;
const AXE_SOURCE = () => (axeSource ??= fs.readFileSync(AXE_PATH, "utf8"));

/** Runs axe-core (WCAG 2.0/2.1 A and AA) on a page or a frame; resolves to its violations. */
export async function axeViolations(target, { tags = AXE_TAGS, context = null } = {}) {
  return (await axeRun(target, { tags, context, resultTypes: ["violations"] })).violations;
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

/** Fails on uncaught page errors, console errors, responses ≥ 400, or CSP violations. */
export function assertNoErrors(ctx) {
  assert.deepEqual(ctx.pageErrors, [], `page errors on ${ctx.url}:\n${ctx.pageErrors.join("\n")}`);
  assert.deepEqual(
    ctx.consoleErrors.map((m) => m.text),
    [],
    `console errors on ${ctx.url}:\n` +
      ctx.consoleErrors.map((m) => `  ${m.text} (${m.location?.url ?? ""}:${m.location?.lineNumber ?? ""})`).join("\n"),
  );
  assert.deepEqual(ctx.badResponses, [], `failed responses on ${ctx.url}`);
  assert.deepEqual(ctx.cspViolations, [], `Content-Security-Policy violations on ${ctx.url}`);
}

/** Saves a screenshot to test-results/<name>.png (full page by default); returns its path. */
export async function screenshot(page, name, { fullPage = true } = {}) {
  fs.mkdirSync(RESULTS, { recursive: true });
  const file = path.join(RESULTS, `${name.replace(/[^\w.-]+/g, "_")}.png`);
  await page.screenshot({ path: file, fullPage });
  return file;
}
