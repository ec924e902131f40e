// Builds the app (unless E2E_SKIP_BUILD=1 or E2E_BASE_URL points at a running server) and
// starts `next start` on a free local port; the teardown stops it.
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { BASE_URL, E2E_PORT, PID_FILE, REPO_ROOT } from "./server";

async function waitForServer(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url, { redirect: "manual" });
      if (response.status < 500) return;
      lastError = new Error(`status ${response.status}`);
    } catch (error) {
      lastError = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`The app did not answer at ${url} within ${timeoutMs} ms: ${String(lastError)}`);
}

export default async function globalSetup(): Promise<void> {
  if (process.env.E2E_BASE_URL) {
    await waitForServer(BASE_URL, 10_000);
    return;
  }
  const nextBin = path.join(REPO_ROOT, "node_modules", ".bin", "next");
  if (process.env.E2E_SKIP_BUILD !== "1" || !fs.existsSync(path.join(REPO_ROOT, ".next", "BUILD_ID"))) {
    execFileSync(nextBin, ["build"], { cwd: REPO_ROOT, stdio: "inherit" });
  }
  const server = spawn(nextBin, ["start", "-p", String(E2E_PORT), "-H", "127.0.0.1"], {
    cwd: REPO_ROOT,
    stdio: "ignore",
    detached: true,
  });
  server.unref();
  fs.writeFileSync(PID_FILE, String(server.pid));
  await waitForServer(BASE_URL, 60_000);
}
