// Processes a scale-out test starts on loopback: instances of the standalone server (the folder
// the Dockerfile ships) and an nginx in front of them, each in its own process group so that
// stopping it ends it whole, with a time limit after which it is ended anyway.
import { execFileSync, spawn } from "node:child_process";
import { cpSync, existsSync, lstatSync, readdirSync } from "node:fs";
import path from "node:path";
import { waitForServer } from "@/scripts/lib/next-server";
import { REPO_ROOT } from "./server";

export const STANDALONE_DIR = path.join(REPO_ROOT, ".next", "standalone");

export interface Started {
  name: string;
  stop: () => void;
  /** The last few kB it printed, for a failure's message. */
  output: () => string;
}

/** Ends a process left running past this, should the test's own cleanup never run. */
const LIFETIME_MS = 5 * 60_000;

function startGroup(name: string, command: string, args: string[], options: { cwd: string; env?: Record<string, string> }): Started {
  const child = spawn(command, args, { cwd: options.cwd, env: { ...process.env, ...options.env }, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  const keep = (chunk: Buffer) => (output = (output + chunk.toString("utf8")).slice(-4000));
  child.stdout.on("data", keep);
  child.stderr.on("data", keep);
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    clearTimeout(deadline);
    try {
      if (child.pid) process.kill(-child.pid, "SIGTERM");
    } catch {
      // Already gone.
    }
    child.stdout.destroy();
    child.stderr.destroy();
  };
  const deadline = setTimeout(stop, LIFETIME_MS);
  deadline.unref();
  return { name, stop, output: () => output };
}

/**
 * The build's standalone folder copied to `to`, as the Dockerfile copies it into the image: what
 * runs there can only use what the folder holds.
 */
export function copyStandalone(to: string): void {
  if (!existsSync(path.join(STANDALONE_DIR, "server.js"))) {
    throw new Error(`${STANDALONE_DIR}/server.js: missing; run \`npm run build\` (output: "standalone")`);
  }
  cpSync(STANDALONE_DIR, to, { recursive: true, verbatimSymlinks: true });
}

/** Every file below `dir` with its modification time: a server that keeps no state changes none. */
export function fileTimes(dir: string): Record<string, number> {
  const times: Record<string, number> = {};
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    const file = path.join(entry.parentPath, entry.name);
    times[path.relative(dir, file)] = lstatSync(file).mtimeMs;
  }
  return times;
}

/** `node server.js` in a standalone folder on 127.0.0.1:`port`, as the Docker image runs it. */
export async function startStandalone(dir: string, port: number, started: Started[]): Promise<Started> {
  const server = startGroup(`instance :${port}`, process.execPath, ["--max-old-space-size=512", "server.js"], {
    cwd: dir,
    env: { PORT: String(port), HOSTNAME: "127.0.0.1", NODE_ENV: "production" },
  });
  started.push(server);
  try {
    await waitForServer(`http://127.0.0.1:${port}/kk`, 60_000);
  } catch (error) {
    throw new Error(`${(error as Error).message}\n${server.output()}`);
  }
  return server;
}

/** Debian's nginx, where PATH or /usr/sbin has it (a user's PATH often lacks /usr/sbin). */
export function findNginx(): string | undefined {
  try {
    return execFileSync("sh", ["-c", "command -v nginx"], { encoding: "utf8" }).trim() || undefined;
  } catch {
    return existsSync("/usr/sbin/nginx") ? "/usr/sbin/nginx" : undefined;
  }
}

/**
 * A round-robin nginx on 127.0.0.1:`port` over `upstreams`, everything it writes kept in `dir`.
 * Each answer names the instance that gave it (X-Upstream, added by nginx, not the app), and the
 * access log does too, with the request's X-Load header (`-` when it has none).
 */
export function nginxConfig(dir: string, port: number, upstreams: readonly number[]): string {
  const temp = (kind: string) => `${kind}_temp_path ${path.join(dir, `${kind}-temp`)};`;
  return `
worker_processes 1;
daemon off;
pid ${path.join(dir, "nginx.pid")};
error_log ${path.join(dir, "error.log")} warn;
events { worker_connections 128; }
http {
  log_format upstream '$upstream_addr $http_x_load $status $request_method $request_uri';
  access_log ${path.join(dir, "access.log")} upstream;
  ${["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map(temp).join("\n  ")}
  upstream zan {
    ${upstreams.map((p) => `server 127.0.0.1:${p};`).join("\n    ")}
    keepalive 8;
  }
  server {
    listen 127.0.0.1:${port};
    location / {
      proxy_pass http://zan;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $http_host;
      # An instance that fails is a failure here, not a retry on the other one.
      proxy_next_upstream off;
      add_header X-Upstream $upstream_addr always;
    }
  }
}
`;
}

export async function startNginx(binary: string, dir: string, config: string, port: number, started: Started[]): Promise<Started> {
  const nginx = startGroup("nginx", binary, ["-p", dir, "-c", config, "-e", path.join(dir, "error.log")], { cwd: dir });
  started.push(nginx);
  try {
    await waitForServer(`http://127.0.0.1:${port}/kk`, 20_000);
  } catch (error) {
    throw new Error(`${(error as Error).message}\n${nginx.output()}`);
  }
  return nginx;
}
