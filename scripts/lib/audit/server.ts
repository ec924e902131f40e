// The server the audit measures: the one given with --url, or `next start` from the existing
// build (with ZAN_AUDIT=1, so the generated long article is served). The audit builds nothing.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { REPO_ROOT } from "@/server/files";

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

export interface AuditServer {
  base: string;
  stop: () => void;
}

export async function auditServer(givenUrl: string | undefined, port: number): Promise<AuditServer> {
  if (givenUrl) return { base: givenUrl.replace(/\/$/, ""), stop: () => {} };
  if (!existsSync(path.join(REPO_ROOT, ".next", "BUILD_ID"))) {
    throw new Error("No build found in .next: run `npm run build` first, or pass --url of a running server.");
  }
  const bin = path.join(REPO_ROOT, "node_modules", ".bin", "next");
  const server: ChildProcess = spawn(bin, ["start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: REPO_ROOT,
    env: { ...process.env, ZAN_AUDIT: "1" },
    stdio: "ignore",
    detached: true,
  });
  const base = `http://127.0.0.1:${port}`;
  const stop = () => {
    if (server.pid) process.kill(-server.pid, "SIGTERM");
  };
  try {
    await waitFor(`${base}/kk`, 60_000);
  } catch (error) {
    stop();
    throw error;
  }
  return { base, stop };
}
