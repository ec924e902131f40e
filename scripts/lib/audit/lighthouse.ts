// Runs Lighthouse's command line on one address with Debian's Chromium and returns the numbers
// the audit reports. Its own process, because its page-side functions must reach the browser
// untouched by tsx's transform. Its default configuration is a mid-range phone: mobile screen,
// slow 4G and a 4× CPU slowdown (simulated).
import { execFile } from "node:child_process";
import path from "node:path";
import { REPO_ROOT } from "@/server/content/files";

interface Report {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] } | undefined>;
  audits: Record<string, { score: number | null; numericValue?: number } | undefined>;
  environment?: { benchmarkIndex?: number };
}

export interface Measurement {
  performance: number;
  accessibility: number;
  tbt: number;
  lcp: number;
  /** Lighthouse's measure of the host's CPU (its 4× slowdown assumes a fast desktop, 1500–2000). */
  benchmarkIndex: number;
  /** Accessibility audits that did not pass. */
  failed: string[];
}

function runCli(url: string, chrome: string): Promise<Report> {
  const cli = path.join(REPO_ROOT, "node_modules", "lighthouse", "cli", "index.js");
  const args = [
    cli,
    url,
    `--chrome-path=${chrome}`,
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

export async function measure(url: string, chrome: string): Promise<Measurement> {
  const { categories, audits, environment } = await runCli(url, chrome);
  const weighted = new Set(categories.accessibility?.auditRefs.filter((r) => r.weight > 0).map((r) => r.id));
  return {
    performance: categories.performance?.score ?? 0,
    accessibility: categories.accessibility?.score ?? 0,
    tbt: audits["total-blocking-time"]?.numericValue ?? Number.NaN,
    lcp: audits["largest-contentful-paint"]?.numericValue ?? Number.NaN,
    benchmarkIndex: environment?.benchmarkIndex ?? Number.NaN,
    failed: Object.entries(audits)
      .filter(([id, a]) => weighted.has(id) && a && a.score !== null && a.score < 1)
      .map(([id]) => id),
  };
}

/** The run of median performance, with the median blocking time and CPU index, and each run's performance. */
function median(results: Measurement[]) {
  const spread = results.map((r) => r.performance.toFixed(2)).join(" ");
  const mid = Math.floor(results.length / 2);
  const middle = (values: number[]) => [...values].sort((a, b) => a - b)[mid]!;
  const byPerformance = [...results].sort((a, b) => a.performance - b.performance);
  return { ...byPerformance[mid]!, tbt: middle(results.map((r) => r.tbt)), benchmarkIndex: middle(results.map((r) => r.benchmarkIndex)), spread };
}

export type MedianMeasurement = ReturnType<typeof median>;

/**
 * Measures every address `runs` times, in rounds (each round visits every address once), so a
 * change in the machine's load touches all of them alike; the median of each.
 */
export async function measureRounds(urls: readonly string[], chrome: string, runs: number): Promise<MedianMeasurement[]> {
  const results: Measurement[][] = urls.map(() => []);
  for (let round = 0; round < runs; round++) {
    for (const [i, url] of urls.entries()) results[i]!.push(await measure(url, chrome));
  }
  return results.map(median);
}
