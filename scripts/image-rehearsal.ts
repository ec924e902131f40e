// `npm run image:rehearse` (as root): the Dockerfile carried out step by step without a Docker
// engine, for a machine that has none, then the image's server started as its CMD says and
// asked for its pages. A rehearsal, not the image: each stage's base is a Debian root made by
// debootstrap, with this machine's Node put where the official node image keeps its own, standing
// in for the FROM image; everything after FROM is the Dockerfile's own (scripts/lib/image/
// dockerfile.ts reads it and refuses what it cannot carry out). `docker build` proves the same on
// a machine with an engine.
//
//   npm run image:rehearse -- [--work DIR] [--mirror URL] [--keep]
//
// DIR (default /var/cache/zan-image-rehearsal; it must be root's and writable by root alone)
// keeps the Debian root between runs; BUILD_ARG_NAME=value in the environment stands for
// `docker build --build-arg NAME=value`.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { chmodSync, cpSync, existsSync, lstatSync, mkdirSync, readFileSync, readdirSync, realpathSync, rmSync, symlinkSync, utimesSync, writeFileSync } from "node:fs";
import path from "node:path";
import { contextFiles, durationMs, parseDockerfile, parseDockerignore, resolve, resolvePairs, shellQuote, type Instruction, type Stage } from "./lib/image/dockerfile";
import { accountIn, hostPath, mountPointsUnder, RehearsalError, type Account } from "./lib/image/root";
import { freePort, groupProcesses, killGroup, waitForServer } from "./lib/next-server";

const REPO = path.resolve(__dirname, "..");
const argv = process.argv.slice(2);
const option = (name: string) => {
  const at = argv.indexOf(name);
  return at >= 0 ? argv[at + 1] : undefined;
};
const WORK = path.resolve(option("--work") ?? "/var/cache/zan-image-rehearsal");
const MIRROR = option("--mirror") ?? "http://deb.debian.org/debian";
const KEEP = argv.includes("--keep");
/** npm beside this machine's Node, as the official Node builds lay it out. */
const NPM_DIR = path.resolve(path.dirname(process.execPath), "..", "lib", "node_modules", "npm");
/** How long one request to the image's server may take. */
const REQUEST_TIMEOUT_MS = 30_000;

function fail(message: string): never {
  throw new RehearsalError(message);
}

// Every command the rehearsal waits for asynchronously (the build's steps, debootstrap, the
// server, the probes) runs in its own process group, so that a signal to the rehearsal reaches it
// only through the handlers below: they SIGTERM those groups, the step waiting on them fails,
// and the cleanup in main waits for the groups to end (endGroups), then unmounts and removes the
// stages. The short commands run in place (umount, ldd) stay in the rehearsal's own group.
// A signal after the first changes nothing: npm passes a Ctrl-C on to the script it runs, which
// has already had it from the terminal, so a second one is usually the same one again, and the
// cleanup is bounded (endGroups waits 15 s at most). Exiting still kills what is left and
// unmounts. The script runs in one process (`node --import tsx`, not the tsx command, whose
// parent process kills a child that does not answer a passed-on signal within 30 ms).
/** Every process group the rehearsal started (a group's id is the pid of the command that leads it). */
const groups = new Set<number>();
const mounted: string[] = [];
const stopped = new AbortController();
let stopCode = 0;
/** Whether a process group still has a process that is not a zombie (this machine's init may never reap one). */
const groupAlive = (pgid: number) => groupProcesses(pgid).some((p) => p.state !== "Z");
const liveGroups = () => [...groups].filter(groupAlive);
process.on("exit", () => {
  for (const pgid of liveGroups()) killGroup(pgid, "SIGKILL");
  while (mounted.length) spawnSync("umount", ["-l", mounted.pop()!], { stdio: "ignore" });
});
for (const [signal, code] of [["SIGINT", 130], ["SIGTERM", 143], ["SIGHUP", 129]] as const) {
  process.on(signal, () => {
    if (stopped.signal.aborted) return;
    stopCode = code;
    console.error(`\nimage:rehearse: ${signal}: stopping`);
    stopped.abort(new RehearsalError(`stopped by ${signal}`));
    for (const pgid of liveGroups()) killGroup(pgid, "SIGTERM");
  });
}

/**
 * Ends process groups as the engine stops a container: SIGTERM, then SIGKILL to what is left
 * after 10 s; returns when none has a live process, or 15 s on. A shell that ends on SIGTERM can
 * leave the command it ran still writing, so it is the group that is waited for, not the shell.
 */
async function endGroups(pgids: number[]): Promise<void> {
  const started = Date.now();
  for (const pgid of pgids) killGroup(pgid, "SIGTERM");
  let killed = false;
  for (let alive = pgids.filter(groupAlive); alive.length > 0 && Date.now() - started < 15_000; alive = alive.filter(groupAlive)) {
    if (!killed && Date.now() - started >= 10_000) {
      killed = true;
      for (const pgid of alive) killGroup(pgid, "SIGKILL");
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}

const checkStopped = () => {
  if (stopped.signal.aborted) throw stopped.signal.reason;
};

/** Starts a command in its own process group, known to the signal handlers and the cleanup. */
function start(command: string, args: string[], stdio: "inherit" | "quiet" | "capture", timeoutMs?: number): ChildProcess {
  checkStopped();
  const child = spawn(command, args, {
    stdio: stdio === "inherit" ? ["ignore", "inherit", "inherit"] : stdio === "quiet" ? ["ignore", "ignore", "inherit"] : ["ignore", "pipe", "pipe"],
    detached: true,
    timeout: timeoutMs,
    killSignal: "SIGKILL",
  });
  if (child.pid) groups.add(child.pid);
  return child;
}

/** Runs a command to its end; a non-zero exit, or a signal to the rehearsal meanwhile, fails the step. */
function run(command: string, args: string[], stdio: "inherit" | "quiet" = "inherit", what = `${command} ${args.join(" ")}`): Promise<void> {
  return new Promise((done, reject) => {
    const child = start(command, args, stdio);
    child.on("error", (error) => reject(new RehearsalError(`${command}: ${error.message}`)));
    child.on("close", (code, signal) => {
      if (stopped.signal.aborted) reject(stopped.signal.reason);
      else if (code === 0) done();
      else reject(new RehearsalError(`${what} exited with ${code ?? signal}`));
    });
  });
}

const onPath = (command: string) => spawnSync("sh", ["-c", `command -v ${shellQuote(command)}`], { stdio: "ignore" }).status === 0;

/** The folder the rehearsal works in: made root's and private; refused if it is a link or anyone but root could write to it (it deletes and enters what is there as root). */
function workFolder(): void {
  mkdirSync(WORK, { recursive: true, mode: 0o755 });
  const stat = lstatSync(WORK);
  if (!stat.isDirectory()) fail(`${WORK} is not a folder (a symbolic link?): give --work a real folder`);
  if (stat.uid !== 0 || (stat.mode & 0o022) !== 0) fail(`${WORK} must be root's and writable by root alone (it is uid ${stat.uid}, mode ${(stat.mode & 0o777).toString(8)})`);
  // Nor may anyone else be able to put another folder in its place: every folder above it is root's, and writable by others only where sticky (as /tmp is).
  for (let dir = path.dirname(realpathSync(WORK)); ; dir = path.dirname(dir)) {
    const above = lstatSync(dir);
    if (above.uid !== 0 || ((above.mode & 0o022) !== 0 && (above.mode & 0o1000) === 0)) fail(`${dir}, above ${WORK}, is not root's alone (uid ${above.uid}, mode ${(above.mode & 0o7777).toString(8)}): give --work a folder under root's own`);
    if (dir === path.dirname(dir)) break;
  }
}

/** Deletes a root the rehearsal made: never through a link, never with something still mounted in it, never into another file system. */
async function removeRoot(root: string): Promise<void> {
  let stat;
  try {
    stat = lstatSync(root);
  } catch {
    return;
  }
  if (stat.isSymbolicLink()) fail(`${root} is a symbolic link, not a root the rehearsal made: remove it by hand`);
  const busy = mountPointsUnder(readFileSync("/proc/mounts", "utf8"), realpathSync(root));
  if (busy.length) fail(`${busy.join(", ")} is still mounted: umount it, then run again`);
  // Not through run(), so that it also runs after a signal has stopped the rest.
  const status = await new Promise<number | string>((done) => {
    const rm = spawn("rm", ["-rf", "--one-file-system", root], { stdio: ["ignore", "ignore", "inherit"] });
    rm.on("error", (error) => done(error.message));
    rm.on("close", (code, signal) => done(code ?? signal ?? "no status"));
  });
  if (status !== 0) fail(`rm -rf ${root} exited with ${status}`);
}

/** node:MAJOR-SUITE[-slim], the only kind of base the rehearsal can stand in for. */
function baseOf(stage: Stage): { node: string; suite: string } {
  const match = /^node:(\d+)-([a-z]+)(?:-slim)?$/.exec(stage.image);
  if (!match) fail(`Dockerfile:${stage.line}: FROM ${stage.image}: the rehearsal stands in only for node:MAJOR-SUITE[-slim] images`);
  return { node: match[1]!, suite: match[2]! };
}

/** The Debian root every stage starts from: debootstrap's minimal system, Node and npm as the node image lays them out, its user `node` (1000). */
async function baseRoot(suite: string): Promise<string> {
  const root = path.join(WORK, `base-${suite}-node${process.version}`);
  if (existsSync(path.join(root, ".rehearsal-ready"))) return root;
  await removeRoot(root);
  console.log(`making the base: debootstrap --variant=minbase ${suite} from ${MIRROR} …`);
  await run("debootstrap", ["--variant=minbase", suite, root, MIRROR], "quiet");
  mkdirSync(path.join(root, "usr/local/bin"), { recursive: true });
  mkdirSync(path.join(root, "usr/local/lib/node_modules"), { recursive: true });
  cpSync(process.execPath, path.join(root, "usr/local/bin/node"));
  cpSync(NPM_DIR, path.join(root, "usr/local/lib/node_modules/npm"), { recursive: true, verbatimSymlinks: true });
  symlinkSync("../lib/node_modules/npm/bin/npm-cli.js", path.join(root, "usr/local/bin/npm"));
  symlinkSync("../lib/node_modules/npm/bin/npx-cli.js", path.join(root, "usr/local/bin/npx"));
  // Node must start there on Debian's libraries alone.
  await run("chroot", [root, "/usr/local/bin/node", "-e", "process.exit(0)"]).catch((error: unknown) => {
    checkStopped();
    fail(`${process.execPath} does not start in the Debian root (a library it needs is not there?): ${error instanceof Error ? error.message : String(error)}`);
  });
  await run("chroot", [root, "/usr/sbin/groupadd", "--gid", "1000", "node"]);
  await run("chroot", [root, "/usr/sbin/useradd", "--uid", "1000", "--gid", "node", "--shell", "/bin/bash", "--create-home", "node"]);
  writeFileSync(path.join(root, ".rehearsal-ready"), `${new Date().toISOString()}\n`);
  return root;
}

// The environment the node image starts with; the Dockerfile's ENV adds to it.
const IMAGE_ENV: [string, string][] = [
  ["PATH", "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"],
  ["NODE_VERSION", process.versions.node],
];

const account = (root: string, spec: string): Account => accountIn(spec, readFileSync(hostPath(root, "/etc/passwd", "read"), "utf8"), readFileSync(hostPath(root, "/etc/group", "read"), "utf8"));

interface Built {
  root: string;
  env: Map<string, string>;
  workdir: string;
  account: Account;
  healthcheck?: Extract<Instruction, { kind: "HEALTHCHECK" }>;
  cmd?: string[];
}

async function mountProc(root: string) {
  const proc = hostPath(root, "/proc", "write");
  mkdirSync(proc, { recursive: true });
  // Known before it is mounted, so that a stop during the mount still unmounts it (umount of a folder not mounted does nothing).
  mounted.push(proc);
  await run("mount", ["-t", "proc", "proc", proc]);
}

/**
 * `chroot ROOT env -i VARS… /bin/sh -c 'cd DIR || exit 1 ⏎ …'`, as the engine runs a step in its
 * container: HOME from the account, then the build's arguments (`under`), which the stage's ENV
 * overrides, then what the run itself sets (`over`, as `docker run -e` does). The groups are
 * always given, so chroot adds none of its own.
 */
function inRoot(built: Built, script: string, env: { under?: Map<string, string>; over?: Map<string, string> } = {}): string[] {
  const who = built.account;
  const vars = new Map([["HOME", who.home], ...(env.under ?? []), ...built.env, ...(env.over ?? [])]);
  return [`--userspec=${who.uid}:${who.gid}`, `--groups=${who.groups.join(",")}`, built.root, "/usr/bin/env", "-i", ...[...vars].map(([k, v]) => `${k}=${v}`), "/bin/sh", "-c", `cd ${shellQuote(built.workdir)} || exit 1\n${script}`];
}

/**
 * A file, link or folder on this machine copied to `target` inside a root, as the engine's COPY
 * copies: a folder's contents into the target, each entry with its mode and times and owned by
 * root (COPY gives 0:0 without --chown). Every write goes through hostPath, so none follows a
 * link the image holds.
 */
function copyEntry(source: string, root: string, target: string, top = true): void {
  const stat = lstatSync(source);
  const dest = hostPath(root, target, "write");
  if (stat.isDirectory()) {
    mkdirSync(dest, { recursive: true });
    for (const name of readdirSync(source)) copyEntry(path.join(source, name), root, path.posix.join(target, name), false);
    if (!top) {
      chmodSync(dest, stat.mode & 0o7777);
      utimesSync(dest, stat.atime, stat.mtime);
    }
  } else {
    mkdirSync(path.dirname(dest), { recursive: true });
    cpSync(source, dest, { preserveTimestamps: true, verbatimSymlinks: true, force: true });
  }
}

/** `context` is the build context's files, read once for every COPY of every stage. */
async function buildStage(stage: Stage, index: number, done: Map<string, Built>, context: readonly string[], suite: string): Promise<Built> {
  const name = stage.name ?? `stage ${index}`;
  const root = path.join(WORK, `stage-${index}`);
  await removeRoot(root);
  console.log(`\n== ${name} (Dockerfile:${stage.line}, FROM ${stage.image}: standing in, ${suite} with Node ${process.version}) ==`);
  await run("cp", ["-a", await baseRoot(suite), root]);
  writeFileSync(hostPath(root, "/etc/resolv.conf", "write"), readFileSync("/etc/resolv.conf"));
  await mountProc(root);
  const built: Built = { root, env: new Map(IMAGE_ENV), workdir: "/", account: account(root, "root") };
  const args = new Map<string, string>();
  // This machine's own certificate authorities, where it names extra ones, for the build's npm
  // to reach the registry through them; an engine's build here would need them passed the same way.
  const hostCa = process.env.NODE_EXTRA_CA_CERTS;
  const runEnv = new Map<string, string>();
  if (hostCa && existsSync(hostCa)) {
    writeFileSync(hostPath(root, "/tmp/rehearsal-host-ca.crt", "write"), readFileSync(hostCa));
    runEnv.set("NODE_EXTRA_CA_CERTS", "/tmp/rehearsal-host-ca.crt");
  }
  // What `$NAME` means outside RUN: the stage's ENV over its ARGs.
  const vars = () => new Map([...args, ...built.env]);
  for (const step of stage.steps) {
    const started = Date.now();
    const label = `Dockerfile:${step.line} ${step.kind}`;
    switch (step.kind) {
      case "ARG":
        args.set(step.name, process.env[`BUILD_ARG_${step.name}`] ?? (step.value ? resolve(step.value, vars()) : ""));
        console.log(`${label} ${step.name}=${args.get(step.name)}`);
        break;
      case "ENV": {
        for (const [key, value] of resolvePairs(step.pairs, vars())) built.env.set(key, value);
        console.log(`${label} ${step.pairs.map(([k]) => `${k}=${built.env.get(k)}`).join(" ")}`);
        break;
      }
      case "WORKDIR":
        built.workdir = path.posix.resolve(built.workdir, resolve(step.dir, vars()));
        mkdirSync(hostPath(root, built.workdir, "write"), { recursive: true });
        console.log(`${label} ${built.workdir}`);
        break;
      case "COPY": {
        const destText = resolve(step.dest, vars());
        const destInside = path.posix.resolve(built.workdir, destText);
        const destHost = hostPath(root, destInside, "write");
        // A file goes into the destination when it ends in / or is a folder already, else to that name, as the engine copies.
        const destIsFolder = /\/$/.test(destText) || destText === "." || destText === ".." || (existsSync(destHost) && lstatSync(destHost).isDirectory());
        const sources = step.sources.map((s) => resolve(s, vars()));
        if (step.from !== undefined) {
          const from = done.get(step.from);
          if (!from) fail(`${label}: --from=${step.from} names no earlier stage`);
          for (const source of sources) {
            const src = hostPath(from.root, path.posix.resolve("/", source), "read");
            if (!existsSync(src)) fail(`${label}: ${source} does not exist in stage ${step.from}`);
            copyEntry(src, root, !lstatSync(src).isDirectory() && destIsFolder ? path.posix.join(destInside, path.posix.basename(source)) : destInside);
          }
          console.log(`${label} --from=${step.from} ${sources.join(" ")} → ${destInside} (${took(started)})`);
        } else {
          let copied = 0;
          for (const source of sources) {
            const clean = path.posix.normalize(source).replace(/\/$/, "");
            const chosen = clean === "." ? context : context.filter((f) => f === clean || f.startsWith(`${clean}/`));
            if (chosen.length === 0) fail(`${label}: ${source} is not in the build context (or .dockerignore leaves it out)`);
            if (chosen.length === 1 && chosen[0] === clean) copyEntry(path.join(REPO, clean), root, destIsFolder ? path.posix.join(destInside, path.posix.basename(clean)) : destInside);
            // A folder: only the files the context holds, each to its place under the destination.
            else for (const file of chosen) copyEntry(path.join(REPO, file), root, path.posix.join(destInside, path.posix.relative(clean === "." ? "" : clean, file)));
            copied += chosen.length;
          }
          console.log(`${label} ${sources.join(" ")} → ${destInside}: ${copied} file(s) of the context (${took(started)})`);
        }
        break;
      }
      case "RUN":
        console.log(`${label} ${step.command}`);
        await run("chroot", inRoot(built, step.command, { under: new Map([...args, ...runEnv]) }), "inherit", label);
        console.log(`   (${took(started)})`);
        break;
      case "USER":
        built.account = account(root, resolve(step.user, vars()));
        console.log(`${label} ${built.account.spec} (uid ${built.account.uid}, gid ${built.account.gid})`);
        break;
      case "EXPOSE":
        console.log(`${label} ${step.ports.join(" ")}`);
        break;
      case "HEALTHCHECK":
        built.healthcheck = step;
        console.log(`${label} ${JSON.stringify(step.options)}`);
        break;
      case "CMD":
        built.cmd = step.command;
        console.log(`${label} ${JSON.stringify(step.command)}`);
        break;
    }
  }
  rmSync(hostPath(root, "/tmp/rehearsal-host-ca.crt", "write"), { force: true });
  return built;
}

function took(started: number): string {
  return `${((Date.now() - started) / 1000).toFixed(1)} s`;
}

interface Entry {
  folder: boolean;
  size: number;
  uid: number;
  state: string;
}

const entryOf = (full: string): Entry => {
  const stat = lstatSync(full);
  return { folder: stat.isDirectory(), size: stat.size, uid: stat.uid, state: `${stat.size} ${stat.mode} ${stat.uid}:${stat.gid} ${stat.mtimeMs}` };
};

/** The folder itself (as ".") and every entry under it with its size, mode, owner and modification time, to see that nothing changes. */
function listing(dir: string): Map<string, Entry> {
  const out = new Map<string, Entry>([[".", entryOf(dir)]]);
  const walk = (at: string) => {
    for (const name of readdirSync(at)) {
      const full = path.join(at, name);
      const entry = entryOf(full);
      out.set(path.relative(dir, full), entry);
      if (entry.folder) walk(full);
    }
  };
  walk(dir);
  return out;
}

/** Runs a command in the image as its user, asynchronously (the server's output keeps flowing meanwhile): its exit status within `timeoutMs`, and what it printed. */
function probe(image: Built, script: string, over: Map<string, string>, timeoutMs: number): Promise<{ ok: boolean; out: string; err: string }> {
  return new Promise((done) => {
    const child = start("chroot", inRoot(image, script, { over }), "capture", timeoutMs);
    let out = "";
    let err = "";
    child.stdout!.on("data", (d) => (out += d));
    child.stderr!.on("data", (d) => (err += d));
    child.on("error", (error) => done({ ok: false, out, err: err + error.message }));
    child.on("close", (code) => done({ ok: code === 0, out, err }));
  });
}

const some = (list: string[]) => `${list.slice(0, 10).join(", ")}${list.length > 10 ? ` and ${list.length - 10} more` : ""}`;

async function serve(image: Built): Promise<void> {
  if (!image.cmd) fail("the last stage has no CMD");
  const port = await freePort();
  const app = hostPath(image.root, image.workdir, "read");
  const before = listing(app);
  const files = [...before.values()].filter((e) => !e.folder);
  const bytes = files.reduce((sum, e) => sum + e.size, 0);
  const notRoot = [...before].filter(([, e]) => e.uid !== 0).map(([file, e]) => `${file} (uid ${e.uid})`);
  console.log(`\n== the image ==\n${image.workdir}: ${files.length} files in ${before.size - files.length} folders, ${(bytes / 1024 / 1024).toFixed(1)} MB; the server runs as ${image.account.spec} (uid ${image.account.uid})`);
  console.log(notRoot.length ? `not root's under ${image.workdir}: ${some(notRoot)}` : `${image.workdir} and everything under it is root's (uid 0)`);
  // Whatever under the folder the server's user could write to, asked of the kernel as that user.
  const found = await probe(image, `exec find ${shellQuote(image.workdir)} -writable -print`, new Map(), 60_000);
  checkStopped();
  if (!found.ok) fail(`find ${image.workdir} -writable as ${image.account.spec} did not finish: ${found.err.trim().split("\n").slice(-3).join("; ") || "no message"}`);
  const writable = found.out.split("\n").filter(Boolean);
  console.log(writable.length ? `${image.account.spec} can write to: ${some(writable)}` : `${image.account.spec} can write to nothing under ${image.workdir}`);

  // The image binds every interface of its container (HOSTNAME=0.0.0.0); here there is no
  // container around it, so it is given this machine's loopback, and a free port for 3000.
  const serverEnv = new Map([["PORT", String(port)], ["HOSTNAME", "127.0.0.1"]]);
  const server = start("chroot", inRoot(image, `exec ${image.cmd.map(shellQuote).join(" ")}`, { over: serverEnv }), "capture");
  let log = "";
  server.stdout!.on("data", (d) => (log += d));
  server.stderr!.on("data", (d) => (log += d));
  const running = () => server.exitCode === null && server.signalCode === null;
  const gone = () => `the server exited (${server.exitCode ?? server.signalCode})`;
  const problems: string[] = [];
  const base = `http://127.0.0.1:${port}`;
  /** A request to the server and its whole body; a failure on the way says the server's log. */
  const request = async (url: string, init: RequestInit = {}) => {
    try {
      const response = await fetch(`${base}${url}`, { redirect: "manual", ...init, signal: AbortSignal.any([AbortSignal.timeout(REQUEST_TIMEOUT_MS), stopped.signal]) });
      return { status: response.status, type: response.headers.get("content-type") ?? "", body: Buffer.from(await response.arrayBuffer()) };
    } catch (error) {
      checkStopped();
      return fail(`${init.method ?? "GET"} ${url}: ${error instanceof Error ? error.message : String(error)}${running() ? "" : `; ${gone()}`}\n${log.slice(-3000)}`);
    }
  };
  try {
    // The HEALTHCHECK's own command, as the engine runs it in the container, until it passes
    // or its start period (and one interval) is over.
    const check = image.healthcheck;
    const started = Date.now();
    if (check) {
      const deadline = started + durationMs(check.options["start-period"] ?? "0s") + durationMs(check.options.interval ?? "30s");
      let healthy = false;
      while (!healthy && Date.now() < deadline && running()) {
        await new Promise((r) => setTimeout(r, 500));
        healthy = (await probe(image, `exec ${check.command.map(shellQuote).join(" ")}`, serverEnv, durationMs(check.options.timeout ?? "30s"))).ok;
        checkStopped();
      }
      if (!healthy) fail(`${running() ? "the server was not healthy in time" : `${gone()} before it was healthy`}:\n${log.slice(-3000)}`);
    } else {
      await waitForServer(`${base}/`, 30_000, running).catch((error: unknown) => {
        checkStopped();
        fail(`${String(error)}\n${log.slice(-3000)}`);
      });
    }
    console.log(`healthy after ${took(started)} (${check ? "the HEALTHCHECK's command" : "the server answered"})`);

    const article = readdirSync(path.join(REPO, "articles")).sort()[0];
    const paths = ["/kk", "/ru", "/en", `/kk/articles/${article}`, `/en/articles/${article}/text.json`, "/en/glossary", "/en/glossary?q=kurt", "/kk/annotate", "/api/search?q=sot", "/exports/glossary.json", "/exports/glossary.tbx", "/kk/no-such-page"];
    for (const url of paths) {
      const response = await request(url);
      const expected = url === "/kk/no-such-page" ? 404 : 200;
      console.log(`GET ${url} → ${response.status} ${response.type} ${(response.body.length / 1024).toFixed(1)} KB`);
      if (response.status !== expected) problems.push(`${url} answered ${response.status}, not ${expected}`);
    }
    const annotated = await request("/api/annotate", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ text: "Алқабилер сотының үкімі шықты.", lang: "kk" }) });
    const spans = annotated.status === 200 ? (JSON.parse(annotated.body.toString("utf8")) as { spans?: { termId: string }[] }).spans ?? [] : [];
    console.log(`POST /api/annotate → ${annotated.status}, terms: ${spans.map((s) => s.termId).join(", ") || "none"}`);
    if (!spans.some((s) => s.termId === "jury-trial")) problems.push("/api/annotate did not find алқабилер соты");
    if (!running()) problems.push(`${gone()} while it was asked for its pages`);
  } finally {
    if (server.pid) await endGroups([server.pid]);
  }
  const after = listing(app);
  const changed = [...new Set([...before.keys(), ...after.keys()])].filter((file) => before.get(file)?.state !== after.get(file)?.state);
  console.log(changed.length === 0 ? `nothing under ${image.workdir} changed while it served` : `changed under ${image.workdir}: ${some(changed)}`);
  if (changed.length) problems.push(`the server wrote under ${image.workdir}`);
  if (writable.length) problems.push(`${image.account.spec} can write to ${writable.length} entries under ${image.workdir}`);
  if (notRoot.length) problems.push(`${notRoot.length} entries under ${image.workdir} are not root's`);
  if (problems.length) fail(`the rehearsal found:\n- ${problems.join("\n- ")}`);
  console.log("\nthe rehearsal passed");
}

async function main() {
  // What the rehearsal needs of the machine, said before anything is made.
  if (process.getuid?.() !== 0) fail("it makes Debian roots and enters them with chroot: run it as root");
  for (const command of ["debootstrap", "chroot", "mount", "umount", "ldd"]) if (!onPath(command)) fail(`${command} is not installed (apt-get install -y debootstrap)`);
  const stages = parseDockerfile(readFileSync(path.join(REPO, "Dockerfile"), "utf8"));
  const ignore = parseDockerignore(existsSync(path.join(REPO, ".dockerignore")) ? readFileSync(path.join(REPO, ".dockerignore"), "utf8") : "");
  const bases = new Set(stages.map((s) => JSON.stringify(baseOf(s))));
  if (bases.size !== 1) fail("the stages start from different images; the rehearsal makes one base");
  const base = baseOf(stages[0]!);
  if (process.versions.node.split(".")[0] !== base.node) fail(`FROM asks for Node ${base.node}; this machine's Node is ${process.version}`);
  // The node binary goes into the root alone: one built to load a shared libnode would not run there.
  if (/libnode/.test(spawnSync("ldd", [process.execPath], { encoding: "utf8" }).stdout ?? "")) fail(`${process.execPath} loads a shared libnode; the rehearsal needs a Node built as one file (the official builds are)`);
  if (!existsSync(path.join(NPM_DIR, "bin", "npm-cli.js"))) fail(`npm is not beside this Node (${NPM_DIR})`);
  workFolder();

  const context = contextFiles(REPO, ignore);

  // An earlier stage is named by its AS name or by its index, as --from names it.
  const done = new Map<string, Built>();
  let failure: unknown;
  try {
    let last: Built | undefined;
    for (const [i, stage] of stages.entries()) {
      last = await buildStage(stage, i, done, context, base.suite);
      done.set(String(i), last);
      if (stage.name) done.set(stage.name, last);
    }
    await serve(last!);
  } catch (error) {
    failure = error;
  }
  // Undone whatever happened above; a fault here is said, and does not hide the first one.
  if (failure !== undefined) await endGroups(liveGroups());
  while (mounted.length) spawnSync("umount", ["-l", mounted.pop()!], { stdio: "ignore" });
  if (!KEEP) {
    for (const [i] of stages.entries()) {
      try {
        await removeRoot(path.join(WORK, `stage-${i}`));
      } catch (error) {
        console.error(`image:rehearse: stage-${i} was not removed: ${error instanceof Error ? error.message : String(error)}`);
        failure ??= error;
      }
    }
  }
  if (failure !== undefined) throw failure;
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`image:rehearse: ${error instanceof RehearsalError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(stopCode || 2);
  },
);
