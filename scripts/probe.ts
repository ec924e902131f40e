// `npm run probe`: the hardening's figures against the production build on a free loopback port
// (or PROBE_URL, loopback only): how long the worst inputs of the allowed size take and what a
// search sent meanwhile waits, the server's memory under many of the largest answers at once,
// and what unknown addresses leave behind. Every loop is bounded in count; it prints, and the
// assertions live in __tests__/e2e/security.test.ts.
import path from "node:path";
import { MAX_SPANS } from "@/lib/annotate-request/limits";
import { annotateBody, countFiles, markRunText, raw } from "./lib/probe/checks";
import { freePort, groupRssMb, REPO_ROOT, startNextServer } from "./lib/next-server";

const CONCURRENT = 40;


async function timed<T>(run: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t0 = performance.now();
  const value = await run();
  return { ms: Math.round(performance.now() - t0), value };
}

async function main(): Promise<void> {
  const server = await startNextServer(await freePort());
  const { base } = server;
  const post = (body: string) => fetch(`${base}/api/annotate`, { method: "POST", headers: { "content-type": "application/json" }, body });
  try {
    console.log(`server RSS at start: ${groupRssMb(server.pid)} MB`);

    const marks = annotateBody(markRunText());
    const [run, search] = await Promise.all([timed(() => post(marks)), timed(() => fetch(`${base}/api/search?q=sot`))]);
    console.log(`1 MB of combining marks: ${run.value.status} in ${run.ms} ms; a search sent meanwhile: ${search.value.status} in ${search.ms} ms (before: 199 s each)`);

    const shapes: Record<string, string> = {
      "one huge token": "с".repeat(500_000),
      "many tiny tokens": "а ".repeat(250_000),
      "hyphen chain": "сот-".repeat(125_000),
      "soft hyphens": "с\u00ad".repeat(250_000),
    };
    for (const [name, text] of Object.entries(shapes)) {
      const t = await timed(() => post(annotateBody(text)));
      console.log(`${name} (${text.length} chars): ${t.value.status} in ${t.ms} ms (${((t.ms * 1e6) / text.length).toFixed(0)} ns/char)`);
    }

    const largest = annotateBody("сот ".repeat(MAX_SPANS));
    const one = await post(largest);
    const bytes = (await one.arrayBuffer()).byteLength;
    console.log(`largest answer: ${MAX_SPANS} spans, ${(bytes / 1e6).toFixed(1)} MB of JSON, status ${one.status}`);
    const rssBefore = groupRssMb(server.pid);
    let peak = rssBefore;
    const sampler = setInterval(() => (peak = Math.max(peak, groupRssMb(server.pid))), 100);
    const many = await timed(() => Promise.all(Array.from({ length: CONCURRENT }, () => post(largest).then(async (r) => (await r.arrayBuffer(), r.status)))));
    // 140,000 occurrences: just under the 1 MB body limit, so each is annotated and then refused.
    const over = await timed(() => Promise.all(Array.from({ length: CONCURRENT }, () => post(annotateBody("сот ".repeat(140_000))).then(async (r) => (await r.arrayBuffer(), r.status)))));
    clearInterval(sampler);
    console.log(`${CONCURRENT} largest answers at once: statuses ${[...new Set(many.value)].join(",")} in ${many.ms} ms`);
    console.log(`${CONCURRENT} texts of 140,000 occurrences (under 1 MB) at once: statuses ${[...new Set(over.value)].join(",")} in ${over.ms} ms`);
    console.log(`server RSS: ${rssBefore} MB before, peak ${peak} MB, ${groupRssMb(server.pid)} MB after (before the limits: 1.9 GB for 10, 3 GB for 40)`);

    const serverDir = path.join(REPO_ROOT, ".next", "server");
    const files = countFiles(serverDir);
    const statuses = new Set<number>();
    for (let i = 0; i < 200; i++) statuses.add((await fetch(`${base}/kk/articles/probe-${i}`)).status);
    console.log(`200 unknown article slugs: statuses ${[...statuses].join(",")}; files in .next/server ${files} before, ${countFiles(serverDir)} after`);

    for (const [method, url, headers] of [
      ["TRACE", "/kk", {}],
      ["PUT", "/kk", {}],
      ["POST", "/kk/annotate", { "next-action": "0".repeat(40), origin: "https://evil.example", "content-type": "text/plain" }],
    ] as const) {
      console.log(`${method} ${url}${"origin" in headers ? " from another origin" : ""}: ${(await raw(base, method, url, headers, method === "POST" ? "[]" : undefined)).status}`);
    }
  } finally {
    server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
