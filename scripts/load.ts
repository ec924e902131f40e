// `npm run load`: measures POST /api/annotate under load. Starts `next start` from the existing
// build on a free loopback port (or uses LOAD_URL, which must be a loopback address), sends a
// ~5 KB Kazakh text made of the articles' own paragraphs with autocannon for 20 s (LOAD_SECONDS),
// prints requests/s, p50/p99 latency, errors against the target and the server's RSS before and
// after, then stops the server.
// A measurement, not a test: it exits 0 either way unless the run itself fails.
import { createRequire } from "node:module";
import { loadArticles } from "@/lib/articles/load";
import { readArticleSources } from "@/server/content/files";
import { freePort, groupRssMb, startNextServer, type RunningServer } from "./lib/next-server";

/** LOAD_SECONDS=60 for a soak (`npm run soak`). */
const DURATION_S = Number(process.env.LOAD_SECONDS ?? 20);
/** autocannon's default concurrency; LOAD_CONNECTIONS changes it. */
const CONNECTIONS = Number(process.env.LOAD_CONNECTIONS ?? 10);
const TEXT_BYTES = 5 * 1024;
const TARGET_P99_MS = 50;
const LOOPBACK = new Set(["127.0.0.1", "localhost", "[::1]", "::1"]);

interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number; average: number };
  errors: number;
  timeouts: number;
  non2xx: number;
}
type Autocannon = (opts: Record<string, unknown>) => Promise<AutocannonResult>;
const autocannon = createRequire(__filename)("autocannon") as Autocannon;

function kazakhText(): string {
  const { articles, problems } = loadArticles(readArticleSources());
  if (articles.length === 0) throw new Error(`No articles to build the text from (${problems.length} problems).`);
  const paragraphs = articles.flatMap((a) => a.kk.paragraphs.map((p) => p.text));
  let text = "";
  for (let i = 0; Buffer.byteLength(text) < TEXT_BYTES; i++) text += paragraphs[i % paragraphs.length] + "\n\n";
  return text;
}

async function startServer(): Promise<RunningServer> {
  if (process.env.LOAD_URL) {
    const url = new URL(process.env.LOAD_URL);
    if (!LOOPBACK.has(url.hostname)) throw new Error(`LOAD_URL must be a loopback address, got ${url.hostname}.`);
    return { base: url.origin, pid: undefined, stop: () => {} };
  }
  return startNextServer(await freePort());
}

async function main(): Promise<void> {
  const body = JSON.stringify({ text: kazakhText(), lang: "kk" });
  const server = await startServer();
  const { base } = server;
  // Ctrl-C during the run must not leave the server behind.
  process.once("SIGINT", () => {
    server.stop();
    process.exit(130);
  });
  try {
    const url = `${base}/api/annotate`;
    const check = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body });
    const spans = ((await check.json()) as { spans?: unknown[] }).spans?.length ?? 0;
    console.log(`POST ${url}: ${Buffer.byteLength(body)} bytes of JSON, status ${check.status}, ${spans} spans`);
    const rssBefore = groupRssMb(server.pid);
    console.log(`autocannon: ${CONNECTIONS} connections for ${DURATION_S} s… (server RSS ${rssBefore} MB)`);
    const result = await autocannon({
      url,
      method: "POST",
      headers: { "content-type": "application/json" },
      body,
      connections: CONNECTIONS,
      duration: DURATION_S,
    });
    const failures = result.errors + result.timeouts + result.non2xx;
    console.log(`requests/s   ${result.requests.average.toFixed(0)} (${result.requests.total} in all)`);
    console.log(`latency p50  ${result.latency.p50} ms`);
    console.log(`latency p99  ${result.latency.p99} ms (target < ${TARGET_P99_MS} ms: ${result.latency.p99 < TARGET_P99_MS ? "met" : "MISSED"})`);
    const rssAfter = groupRssMb(server.pid);
    console.log(`server RSS   ${rssBefore} MB before, ${rssAfter} MB after (${rssAfter - rssBefore >= 0 ? "+" : ""}${rssAfter - rssBefore} MB)`);
    console.log(`errors       ${result.errors} errors, ${result.timeouts} timeouts, ${result.non2xx} non-2xx (target 0: ${failures === 0 ? "met" : "MISSED"})`);
  } finally {
    server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
