// Starts the production server (scripts/start.ts: `next start` behind a method check) from the existing build on a loopback port and waits until it answers;
// shared by the browser tests' setup, `npm run load` and `npm run audit`, which all measure or
// drive the production server.
import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { REPO_ROOT } from "@/server/content/files";

export { REPO_ROOT };

export interface RunningServer {
  base: string;
  pid: number | undefined;
  stop: () => void;
}

/**
 * Polls `url` until it answers below 500, or fails after `timeoutMs` with the last error; no
 * request waits past that time. With `alive`, it stops as soon as the server is known to be gone.
 */
export async function waitForServer(url: string, timeoutMs: number, alive: () => boolean = () => true): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    if (!alive()) throw new Error(`The app exited before it answered at ${url}`);
    try {
      const response = await fetch(url, { redirect: "manual", signal: AbortSignal.timeout(Math.max(1, deadline - Date.now())) });
      if (response.status < 500) return;
      lastError = new Error(`status ${response.status}`);
    } catch (error) {
      lastError = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`The app did not answer at ${url} within ${timeoutMs / 1000} s: ${String(lastError)}`);
}

/** A port that was free a moment ago on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export function hasBuild(): boolean {
  return existsSync(path.join(REPO_ROOT, ".next", "BUILD_ID"));
}

/**
 * `npm <args>` in `cwd`, in its own process group (so `stop` ends it whole, the server npm runs
 * included), answering at 127.0.0.1:`port` within `timeoutMs`.
 */
export async function spawnServer(cwd: string, args: readonly string[], port: number, env: Record<string, string>, timeoutMs: number): Promise<RunningServer> {
  const child = spawn("npm", args, { cwd, env: { ...process.env, ...env }, stdio: "ignore", detached: true });
  child.unref();
  const stop = () => killGroup(child.pid, "SIGTERM");
  const base = `http://127.0.0.1:${port}`;
  try {
    await waitForServer(`${base}/kk`, timeoutMs);
  } catch (error) {
    stop();
    throw error;
  }
  return { base, pid: child.pid, stop };
}

/** Starts the built app on 127.0.0.1:`port` in its own process group (so `stop` ends it whole). */
export async function startNextServer(port: number, env: Record<string, string> = {}): Promise<RunningServer> {
  if (!hasBuild()) throw new Error("No build found in .next: run `npm run build` first.");
  // `npm start`, as a user runs it: the server's flags (its heap limit) are written there only.
  return spawnServer(REPO_ROOT, ["start", "--silent", "--", "-p", String(port), "-H", "127.0.0.1"], port, env, 60_000);
}

/** Sends `signal` to a whole process group; one already gone is fine. */
export function killGroup(pgid: number | undefined, signal: NodeJS.Signals): void {
  try {
    if (pgid) process.kill(-pgid, signal);
  } catch {
    // Already gone.
  }
}

/** The processes of a process group, each with its /proc state letter ("Z" for a zombie). */
export function groupProcesses(pgid: number): { pid: number; state: string }[] {
  const found: { pid: number; state: string }[] = [];
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      const [state, , group] = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (Number(group) === pgid) found.push({ pid: Number(name), state: state! });
    } catch {
      // The process ended meanwhile.
    }
  }
  return found;
}

/** Resident memory (MB) of every process in the server's process group: tsx, and the server it runs. */
export function groupRssMb(pgid: number | undefined): number {
  if (pgid === undefined) return NaN;
  let kb = 0;
  for (const { pid } of groupProcesses(pgid)) {
    try {
      const rss = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
      if (rss) kb += Number(rss[1]);
    } catch {
      // The process ended meanwhile.
    }
  }
  return Math.round(kb / 1024);
}
