// Measures the reader as a phone user meets it: Lighthouse (mobile emulation, Debian's Chromium)
// on the home page and the longest article, printing performance and accessibility against the
// targets, then the total blocking time of a generated 3,000-word article full of terms. It
// builds nothing: pass a running server (`--url http://host:port`, started with ZAN_AUDIT=1 for
// the long article) or it starts `next start` from the existing build. A measurement, not a test.
import { execFile, spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { loadArticles } from "@/lib/articles/load";
import { readArticleSources, REPO_ROOT } from "@/server/files";

const CHROME = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const PORT = Number(process.env.AUDIT_PORT ?? 3299);
const TARGETS = { performance: 0.95, accessibility: 1, tbtMs: 200 };
// Lighthouse varies from run to run (more so on a busy machine): each page is measured this
// many times and the median run is reported, as Lighthouse's own documentation advises.
const RUNS = Number(process.env.AUDIT_RUNS ?? 3);

function argUrl(): string | undefined {
  const i = process.argv.indexOf("--url");
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function waitFor(url: string, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url, { redirect: "manual" })).status < 500) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`No answer from ${url} within ${ms} ms`);
}

async function startServer(): Promise<{ base: string; server?: ChildProcess }> {
  const given = argUrl();
  if (given) return { base: given.replace(/\/$/, "") };
  if (!existsSync(path.join(REPO_ROOT, ".next", "BUILD_ID"))) {
    throw new Error("No build found in .next: run `npm run build` first, or pass --url of a running server.");
  }
  const bin = path.join(REPO_ROOT, "node_modules", ".bin", "next");
  const server = spawn(bin, ["start", "-p", String(PORT), "-H", "127.0.0.1"], {
    cwd: REPO_ROOT,
    env: { ...process.env, ZAN_AUDIT: "1" },
    stdio: "ignore",
    detached: true,
  });
  const base = `http://127.0.0.1:${PORT}`;
  await waitFor(`${base}/kk`, 60_000);
  return { base, server };
}

function longestArticle(): string {
  const { articles } = loadArticles(readArticleSources());
  const words = (slug: string) =>
    articles.find((a) => a.slug === slug)!.kk.paragraphs.reduce((n, p) => n + p.text.split(/\s+/).length, 0);
  const slugs = articles.map((a) => a.slug).sort((a, b) => words(b) - words(a));
  if (!slugs[0]) throw new Error("There are no articles to audit.");
  return slugs[0];
}

const mark = (ok: boolean) => (ok ? "ok  " : "MISS");

interface Audit {
  score: number | null;
  numericValue?: number;
}
interface Report {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] } | undefined>;
  audits: Record<string, Audit | undefined>;
}

/**
 * Lighthouse's command line in its own process (its page-side functions must reach the browser
 * untouched by tsx's transform). Its default configuration is a mid-range phone: mobile screen,
 * slow 4G and a 4× CPU slowdown.
 */
function lighthouse(url: string): Promise<Report> {
  const cli = path.join(REPO_ROOT, "node_modules", "lighthouse", "cli", "index.js");
  const args = [
    cli,
    url,
    `--chrome-path=${CHROME}`,
    "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage",
    "--only-categories=performance,accessibility",
    "--output=json",
    "--output-path=stdout",
    "--quiet",
  ];
  return new Promise((resolve, reject) => {
    execFile(process.execPath, args, { maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`Lighthouse failed on ${url}: ${stderr || error.message}`));
      else resolve(JSON.parse(stdout) as Report);
    });
  });
}

async function main(): Promise<void> {
  const { base, server } = await startServer();
  let missed = 0;
  try {
    const once = async (url: string) => {
      const { categories, audits } = await lighthouse(url);
      return {
        performance: categories.performance?.score ?? 0,
        accessibility: categories.accessibility?.score ?? 0,
        tbt: audits["total-blocking-time"]?.numericValue ?? Number.NaN,
        lcp: audits["largest-contentful-paint"]?.numericValue ?? Number.NaN,
        failed: Object.entries(audits)
          .filter(([id, a]) => a && a.score !== null && a.score < 1 && categories.accessibility?.auditRefs.some((r) => r.id === id && r.weight > 0))
          .map(([id]) => id),
      };
    };
    const run = async (url: string) => {
      const results = [];
      for (let i = 0; i < RUNS; i++) results.push(await once(url));
      results.sort((a, b) => a.performance - b.performance || b.tbt - a.tbt);
      const mid = Math.floor(results.length / 2);
      const tbts = results.map((r) => r.tbt).sort((a, b) => a - b);
      return { ...results[mid]!, tbt: tbts[mid]!, spread: results.map((r) => r.performance.toFixed(2)).join(" ") };
    };
    console.log(`Lighthouse, mobile emulation, median of ${RUNS} run(s) per page.`);
    const pages = [`${base}/kk`, `${base}/kk/articles/${longestArticle()}`];
    for (const url of pages) {
      const r = await run(url);
      console.log(`\n${url}`);
      console.log(`  ${mark(r.performance >= TARGETS.performance)} performance   ${r.performance.toFixed(2)} (target ≥ ${TARGETS.performance})`);
      console.log(`  ${mark(r.accessibility >= TARGETS.accessibility)} accessibility ${r.accessibility.toFixed(2)} (target ${TARGETS.accessibility.toFixed(2)})${r.failed.length ? `: ${r.failed.join(", ")}` : ""}`);
      console.log(`       total blocking time ${Math.round(r.tbt)} ms, largest contentful paint ${Math.round(r.lcp)} ms; performance in each run: ${r.spread}`);
      if (r.performance < TARGETS.performance || r.accessibility < TARGETS.accessibility) missed++;
    }
    const longUrl = `${base}/kk/audit-article`;
    const response = await fetch(longUrl);
    if (response.status !== 200) {
      console.log(`\n${longUrl}: status ${response.status} (start the server with ZAN_AUDIT=1 to serve the generated article)`);
      missed++;
    } else {
      const html = await response.text();
      const occurrences = (html.match(/data-term="/g) ?? []).length;
      const r = await run(longUrl);
      console.log(`\n${longUrl} (generated: 3,000+ words, ${occurrences} marked term occurrences)`);
      console.log(`  ${mark(r.tbt < TARGETS.tbtMs)} total blocking time ${Math.round(r.tbt)} ms (target < ${TARGETS.tbtMs} ms); performance ${r.performance.toFixed(2)} (each run: ${r.spread})`);
      if (r.tbt >= TARGETS.tbtMs) missed++;
    }
  } finally {
    if (server?.pid) process.kill(-server.pid, "SIGTERM");
  }
  console.log(missed === 0 ? "\nAll targets met." : `\n${missed} measurement(s) missed their target.`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
