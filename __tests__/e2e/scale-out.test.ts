// Any number of instances can serve the reader behind a load balancer: two instances of the
// standalone server from one build, run from a copy of .next/standalone as the Dockerfile ships
// it, behind Debian's nginx in round robin on loopback, share a bounded load, and every request is
// answered alike by both, and as `npm start` answers it. Skipped, saying so, only where nginx is
// not installed.
import { createHash } from "node:crypto";
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { blockedInlineScripts, raw } from "@/scripts/lib/probe/checks";
import { freePort } from "@/scripts/lib/next-server";
import { ARTICLE } from "./reader-helpers";
import { BASE_URL } from "./support/server";
import { copyStandalone, fileTimes, findNginx, nginxConfig, startNginx, startStandalone, type Started } from "./support/standalone";

const NGINX = findNginx();
const SKIPPED = "nginx is not installed: `apt-get install -y nginx` (.ci/run does it), then run this file again";
if (!NGINX) console.warn(`scale-out test skipped: ${SKIPPED}`);

/** The load: this many requests in all, this many at a time. */
const REQUESTS = 200;
const CONCURRENCY = 4;

interface Probe {
  name: string;
  path: string;
  init?: RequestInit;
}

/** The headers a client or a cache acts on; Date and the like differ between any two answers. */
const COMPARED_HEADERS = ["content-type", "cache-control", "content-security-policy", "x-content-type-options", "x-frame-options", "referrer-policy", "permissions-policy", "vary"];

interface Answer {
  upstream: string;
  status: number;
  headers: Record<string, string | null>;
  bodySha256: string;
}

/**
 * A page rendered on request carries a fresh CSP nonce, in its header and its scripts, by design;
 * it is replaced by a placeholder, and everything else must be byte for byte the same.
 */
async function answerOf(response: Response): Promise<Answer> {
  const nonce = /'nonce-([^']+)'/.exec(response.headers.get("content-security-policy") ?? "")?.[1];
  const unNonced = (text: string) => (nonce ? text.split(nonce).join("NONCE") : text);
  const headers: Record<string, string | null> = {};
  for (const name of COMPARED_HEADERS) {
    const value = response.headers.get(name);
    headers[name] = value === null ? null : unNonced(value);
  }
  const body = Buffer.from(await response.arrayBuffer());
  const normalized = nonce ? Buffer.from(unNonced(body.toString("utf8")), "utf8") : body;
  return { upstream: response.headers.get("x-upstream") ?? "", status: response.status, headers, bodySha256: createHash("sha256").update(normalized).digest("hex") };
}

const describeWithNginx = NGINX ? describe : describe.skip;

describeWithNginx(`two standalone instances behind nginx${NGINX ? "" : ` (skipped: ${SKIPPED})`}`, () => {
  const started: Started[] = [];
  let dir = "";
  /** The copy of .next/standalone both instances run from, and its files' times once copied. */
  let app = "";
  let copiedTimes: Record<string, number> = {};
  let front = "";
  let instances: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), "zan-scale-out-"));
    // nginx's worker runs as an unprivileged user when the test runs as root: it must reach its temp paths.
    chmodSync(dir, 0o755);
    const ports: number[] = [];
    while (ports.length < 3) {
      const port = await freePort();
      if (!ports.includes(port)) ports.push(port);
    }
    const [a = 0, b = 0, frontPort = 0] = ports;
    app = path.join(dir, "app");
    copyStandalone(app);
    copiedTimes = fileTimes(app);
    await Promise.all([startStandalone(app, a, started), startStandalone(app, b, started)]);
    instances = [`127.0.0.1:${a}`, `127.0.0.1:${b}`];
    const config = path.join(dir, "nginx.conf");
    writeFileSync(config, nginxConfig(dir, frontPort, [a, b]));
    await startNginx(NGINX!, dir, config, frontPort, started);
    front = `http://127.0.0.1:${frontPort}`;
  }, 150_000);

  afterAll(() => {
    for (const child of started) child.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("share a bounded load between both instances, which answer every request alike, and as `npm start` does", async () => {
    // A script the home page starts with: the static files the standalone folder must carry.
    const home = await (await fetch(`${front}/kk`)).text();
    const script = /<script[^>]+src="(\/_next\/static\/[^"]+\.js)"/.exec(home)?.[1];
    expect(script).toBeDefined();
    const probes: Probe[] = [
      { name: "home page (rendered on request)", path: "/kk" },
      { name: "article (prerendered)", path: `/ru/articles/${ARTICLE}` },
      { name: "glossary search API", path: `/api/search?q=${encodeURIComponent("сотынын")}` },
      {
        name: "annotate API",
        path: "/api/annotate",
        init: { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ text: "Жоғарғы Соттың шешімі алқабилер сотында қаралды", lang: "kk" }) },
      },
      { name: "static script", path: script! },
    ];

    // Requests in turn over the five probes; five is odd, so round robin cannot pair one probe with one instance.
    const answers: Answer[][] = probes.map(() => []);
    let next = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        for (let i = next++; i < REQUESTS; i = next++) {
          const probe = probes[i % probes.length]!;
          const headers = { ...(probe.init?.headers as Record<string, string> | undefined), "x-load": "1" };
          answers[i % probes.length]!.push(await answerOf(await fetch(`${front}${probe.path}`, { ...probe.init, headers, signal: AbortSignal.timeout(30_000) })));
        }
      }),
    );

    // Both instances served requests, as nginx's own log counts the load's (a line may be written
    // just after its answer arrived).
    let logged: string[] = [];
    for (let tries = 0; tries < 50; tries++) {
      logged = readFileSync(path.join(dir, "access.log"), "utf8").split("\n").filter((line) => line.split(" ")[1] === "1");
      if (logged.length >= REQUESTS) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const perInstance = Object.fromEntries(instances.map((instance) => [instance, logged.filter((line) => line.startsWith(`${instance} `)).length]));
    expect(logged).toHaveLength(REQUESTS);
    expect(Object.values(perInstance).reduce((sum, n) => sum + n, 0)).toBe(REQUESTS);
    for (const count of Object.values(perInstance)) expect(count).toBeGreaterThan(REQUESTS / 4);

    for (const [i, probe] of probes.entries()) {
      const all = answers[i]!;
      expect(all).toHaveLength(REQUESTS / probes.length);
      expect({ probe: probe.name, instances: [...new Set(all.map((a) => a.upstream))].sort() }).toEqual({ probe: probe.name, instances: [...instances].sort() });
      // The answer of `npm start` (the e2e server), whose upstream is none: each instance's must match it.
      const reference = await answerOf(await fetch(`${BASE_URL}${probe.path}`, probe.init));
      expect(reference.status).toBe(200);
      for (const answer of all) expect({ probe: probe.name, ...answer }).toEqual({ probe: probe.name, ...reference, upstream: answer.upstream });
    }
    // Nor did they keep anything on disk: the folder may be read-only (the image's is).
    expect(fileTimes(app)).toEqual(copiedTimes);
  }, 120_000);

  it("are the app's own server: pages keep their Content-Security-Policy, and TRACE is refused 405", async () => {
    for (const instance of instances) {
      const base = `http://${instance}`;
      for (const page of ["/kk", `/ru/articles/${ARTICLE}`]) {
        const response = await fetch(`${base}${page}`);
        const policy = response.headers.get("content-security-policy") ?? "";
        expect(policy).toMatch(/frame-ancestors 'none'/);
        expect(blockedInlineScripts(await response.text(), policy)).toBe(0);
      }
      // The prerendered article allows its inline scripts by the hashes the build wrote (.next/zan-csp.json).
      expect((await fetch(`${base}/ru/articles/${ARTICLE}`)).headers.get("content-security-policy")).toMatch(/'sha256-/);
      expect((await raw(base, "TRACE", "/kk")).status).toBe(405);
    }
  });
});
