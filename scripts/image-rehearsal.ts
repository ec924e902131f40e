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
// DIR (default: a folder under the system's temporary folder) keeps the Debian root between runs;
// BUILD_ARG_NAME=value in the environment stands for `docker build --build-arg NAME=value`.
import { spawn, spawnSync, type SpawnSyncOptions } from "node:child_process";
import { cpSync, existsSync, lstatSync, mkdirSync, readFileSync, readdirSync, realpathSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { contextFiles, durationMs, parseDockerfile, parseDockerignore, resolve, resolvePairs, shellQuote, type IgnoreRules, type Instruction, type Stage } from "./lib/image/dockerfile";
import { freePort, waitForServer } from "./lib/next-server";

const REPO = path.resolve(__dirname, "..");
const argv = process.argv.slice(2);
const option = (name: string) => {
  const at = argv.indexOf(name);
  return at >= 0 ? argv[at + 1] : undefined;
};
const WORK = path.resolve(option("--work") ?? path.join(os.tmpdir(), "zan-image-rehearsal"));
const MIRROR = option("--mirror") ?? "http://deb.debian.org/debian";
const KEEP = argv.includes("--keep");
/** How long one request to the image's server may take. */
const REQUEST_TIMEOUT_MS = 30_000;

/** What stops the rehearsal; thrown, so that every `finally` on the way (unmounting, removing the stages) runs. */
class RehearsalFailure extends Error {}
function fail(message: string): never {
  throw new RehearsalFailure(message);
}

function run(command: string, args: string[], options: SpawnSyncOptions = {}): void {
  const result = spawnSync(command, args, { stdio: "inherit", ...options });
  if (result.status !== 0) fail(`${command} ${args.join(" ")} exited with ${result.status ?? result.signal}`);
}

const onPath = (command: string) => spawnSync("sh", ["-c", `command -v ${shellQuote(command)}`], { stdio: "ignore" }).status === 0;

// What is mounted and started is undone however the rehearsal ends: on an error, on Ctrl-C or a
// kill (the signal handlers exit, and exiting runs these).
const mounted: string[] = [];
const servers: number[] = [];
process.on("exit", () => {
  for (const pid of servers.splice(0)) {
    try {
      process.kill(-pid, "SIGKILL");
    } catch {
      // Already gone.
    }
  }
  while (mounted.length) spawnSync("umount", ["-l", mounted.pop()!], { stdio: "ignore" });
});
for (const [signal, code] of [["SIGINT", 130], ["SIGTERM", 143], ["SIGHUP", 129]] as const) {
  process.on(signal, () => {
    console.error(`\nimage:rehearse: ${signal}: stopped (the next run removes the stage folders under ${WORK})`);
    process.exit(code);
  });
}

/** A path inside a root as a path on this machine, refused where a symbolic link is on the way (an absolute one would lead out of the root). */
function hostPath(root: string, inside: string): string {
  let at = root;
  for (const part of path.posix.resolve("/", inside).split("/").filter(Boolean)) {
    at = path.join(at, part);
    let link = false;
    try {
      link = lstatSync(at).isSymbolicLink();
    } catch {
      // Not there yet: it is made below this point, not followed.
    }
    if (link) fail(`${inside} goes through the symbolic link ${path.relative(root, at)} inside the image; the rehearsal writes only to real folders`);
  }
  return at;
}

/** Refuses to delete a folder something is still mounted in (a run killed before it unmounted its /proc), and never crosses into another file system. */
function removeRoot(root: string): void {
  if (!existsSync(root)) return;
  const real = realpathSync(root);
  // /proc/mounts writes a space, tab, newline or backslash in a path as \040, \011, \012, \134.
  const points = readFileSync("/proc/mounts", "utf8").split("\n").map((line) => (line.split(" ")[1] ?? "").replace(/\\([0-7]{3})/g, (_, octal: string) => String.fromCharCode(parseInt(octal, 8))));
  const busy = points.filter((point) => point === real || point.startsWith(`${real}/`));
  if (busy.length) fail(`${busy.join(", ")} is still mounted: umount it, then run again`);
  run("rm", ["-rf", "--one-file-system", real]);
}

/** node:MAJOR-SUITE[-slim], the only kind of base the rehearsal can stand in for. */
function baseOf(stage: Stage): { node: string; suite: string } {
  const match = /^node:(\d+)-([a-z]+)(?:-slim)?$/.exec(stage.image);
  if (!match) fail(`Dockerfile:${stage.line}: FROM ${stage.image}: the rehearsal stands in only for node:MAJOR-SUITE[-slim] images`);
  return { node: match[1]!, suite: match[2]! };
}

/** The Debian root every stage starts from: debootstrap's minimal system, Node and npm as the node image lays them out, its user `node` (1000). */
function baseRoot(suite: string): string {
  const root = path.join(WORK, `base-${suite}-node${process.version}`);
  if (existsSync(path.join(root, ".rehearsal-ready"))) return root;
  removeRoot(root);
  mkdirSync(WORK, { recursive: true });
  console.log(`making the base: debootstrap --variant=minbase ${suite} from ${MIRROR} …`);
  run("debootstrap", ["--variant=minbase", suite, root, MIRROR], { stdio: ["ignore", "ignore", "inherit"] });
  // The node binary goes in alone: one built to load a shared libnode would not run there.
  const libraries = spawnSync("ldd", [process.execPath], { encoding: "utf8" }).stdout ?? "";
  if (/libnode/.test(libraries)) fail(`${process.execPath} loads a shared libnode; the rehearsal needs a Node built as one file (the official builds are)`);
  const npmDir = path.resolve(path.dirname(process.execPath), "..", "lib", "node_modules", "npm");
  if (!existsSync(path.join(npmDir, "bin", "npm-cli.js"))) fail(`npm is not beside this Node (${npmDir})`);
  mkdirSync(path.join(root, "usr/local/bin"), { recursive: true });
  mkdirSync(path.join(root, "usr/local/lib/node_modules"), { recursive: true });
  cpSync(process.execPath, path.join(root, "usr/local/bin/node"));
  cpSync(npmDir, path.join(root, "usr/local/lib/node_modules/npm"), { recursive: true, verbatimSymlinks: true });
  run("ln", ["-sf", "../lib/node_modules/npm/bin/npm-cli.js", path.join(root, "usr/local/bin/npm")]);
  run("ln", ["-sf", "../lib/node_modules/npm/bin/npx-cli.js", path.join(root, "usr/local/bin/npx")]);
  run("chroot", [root, "/usr/sbin/groupadd", "--gid", "1000", "node"]);
  run("chroot", [root, "/usr/sbin/useradd", "--uid", "1000", "--gid", "node", "--shell", "/bin/bash", "--create-home", "node"]);
  writeFileSync(path.join(root, ".rehearsal-ready"), `${new Date().toISOString()}\n`);
  return root;
}

// The environment the node image starts with; the Dockerfile's ENV adds to it.
const IMAGE_ENV: [string, string][] = [
  ["PATH", "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"],
  ["NODE_VERSION", process.versions.node],
];

/** Who a step runs as, found in the image's own /etc/passwd and /etc/group as the engine finds it. */
interface Account {
  spec: string;
  uid: number;
  gid: number;
  groups: number[];
  home: string;
}

function account(root: string, spec: string): Account {
  const table = (file: string) => readFileSync(path.join(root, "etc", file), "utf8").split("\n").filter(Boolean).map((line) => line.split(":"));
  const [userPart, groupPart] = spec.split(":", 2) as [string, string | undefined];
  const passwd = table("passwd");
  const group = table("group");
  const user = passwd.find((row) => row[0] === userPart || row[2] === userPart);
  if (!user && !/^\d+$/.test(userPart)) fail(`USER ${spec}: the image has no user ${userPart}`);
  const uid = Number(user?.[2] ?? userPart);
  let gid = Number(user?.[3] ?? 0);
  if (groupPart !== undefined) {
    const found = group.find((row) => row[0] === groupPart || row[2] === groupPart);
    if (!found && !/^\d+$/.test(groupPart)) fail(`USER ${spec}: the image has no group ${groupPart}`);
    gid = Number(found?.[2] ?? groupPart);
  }
  // The supplementary groups of a named user, unless a group was named.
  const groups = groupPart === undefined && user ? group.filter((row) => (row[3] ?? "").split(",").includes(user[0]!)).map((row) => Number(row[2])) : [];
  return { spec, uid, gid, groups, home: user?.[5] || "/" };
}

interface Built {
  root: string;
  env: Map<string, string>;
  workdir: string;
  account: Account;
  healthcheck?: Extract<Instruction, { kind: "HEALTHCHECK" }>;
  cmd?: string[];
}

function mountProc(root: string) {
  const proc = hostPath(root, "/proc");
  mkdirSync(proc, { recursive: true });
  run("mount", ["-t", "proc", "proc", proc]);
  mounted.push(proc);
}

/**
 * `chroot ROOT env -i VARS… /bin/sh -c 'cd DIR && …'`, as the engine runs a step in its container:
 * HOME from the account, then the build's arguments (`under`), which the stage's ENV overrides,
 * then what the run itself sets (`over`, as `docker run -e` does).
 */
function inRoot(built: Built, script: string, env: { under?: Map<string, string>; over?: Map<string, string> } = {}): string[] {
  const who = built.account;
  const vars = new Map([["HOME", who.home], ...(env.under ?? []), ...built.env, ...(env.over ?? [])]);
  const groups = who.groups.length ? [`--groups=${who.groups.join(",")}`] : [];
  return [`--userspec=${who.uid}:${who.gid}`, ...groups, built.root, "/usr/bin/env", "-i", ...[...vars].map(([k, v]) => `${k}=${v}`), "/bin/sh", "-c", `cd ${shellQuote(built.workdir)} && ${script}`];
}

/**
 * One COPY source (a file or a folder on this machine) to its destination as the engine copies:
 * a folder's contents into the destination, a file into it when it ends in / (or is "."), else
 * to that name. The copies are root's (the engine's COPY gives 0:0 without --chown) and keep
 * their modes and times.
 */
function copyTo(source: string, dest: string, destIsFolder: boolean): void {
  if (lstatSync(source).isDirectory()) {
    mkdirSync(dest, { recursive: true });
    run("cp", ["-R", "-P", "--preserve=mode,timestamps,links", `${source}/.`, dest]);
  } else {
    const target = destIsFolder ? path.join(dest, path.basename(source)) : dest;
    mkdirSync(path.dirname(target), { recursive: true });
    cpSync(source, target, { preserveTimestamps: true, verbatimSymlinks: true });
  }
}

function buildStage(stage: Stage, index: number, done: Map<string, Built>, ignore: IgnoreRules, suite: string): Built {
  const name = stage.name ?? `stage ${index}`;
  const root = path.join(WORK, `stage-${index}`);
  removeRoot(root);
  console.log(`\n== ${name} (Dockerfile:${stage.line}, FROM ${stage.image}: standing in, ${suite} with Node ${process.version}) ==`);
  run("cp", ["-a", baseRoot(suite), root]);
  writeFileSync(hostPath(root, "/etc/resolv.conf"), readFileSync("/etc/resolv.conf"));
  mountProc(root);
  const built: Built = { root, env: new Map(IMAGE_ENV), workdir: "/", account: account(root, "root") };
  const args = new Map<string, string>();
  // This machine's own certificate authorities, where it names extra ones, for the build's npm
  // to reach the registry through them; an engine's build here would need them passed the same way.
  const hostCa = process.env.NODE_EXTRA_CA_CERTS;
  const runEnv = new Map<string, string>();
  if (hostCa && existsSync(hostCa)) {
    writeFileSync(hostPath(root, "/tmp/rehearsal-host-ca.crt"), readFileSync(hostCa));
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
        mkdirSync(hostPath(root, built.workdir), { recursive: true });
        console.log(`${label} ${built.workdir}`);
        break;
      case "COPY": {
        const destText = resolve(step.dest, vars());
        const destInside = path.posix.resolve(built.workdir, destText);
        const dest = hostPath(root, destInside);
        const destIsFolder = /\/$/.test(destText) || destText === "." || destText === "..";
        const sources = step.sources.map((s) => resolve(s, vars()));
        if (step.from !== undefined) {
          const from = done.get(step.from);
          if (!from) fail(`${label}: --from=${step.from} names no earlier stage`);
          for (const source of sources) {
            const src = hostPath(from.root, path.posix.resolve("/", source));
            if (!existsSync(src)) fail(`${label}: ${source} does not exist in stage ${step.from}`);
            copyTo(src, dest, destIsFolder);
          }
          console.log(`${label} --from=${step.from} ${sources.join(" ")} → ${destInside} (${took(started)})`);
        } else {
          const context = contextFiles(REPO, ignore);
          let copied = 0;
          for (const source of sources) {
            const clean = path.posix.normalize(source).replace(/\/$/, "");
            const chosen = clean === "." ? context : context.filter((f) => f === clean || f.startsWith(`${clean}/`));
            if (chosen.length === 0) fail(`${label}: ${source} is not in the build context (or .dockerignore leaves it out)`);
            if (chosen.length === 1 && chosen[0] === clean) copyTo(path.join(REPO, clean), dest, destIsFolder);
            else {
              // A folder: only the files the context holds, each to its place under the destination.
              for (const file of chosen) copyTo(path.join(REPO, file), path.join(dest, path.posix.relative(clean === "." ? "" : clean, file)), false);
            }
            copied += chosen.length;
          }
          console.log(`${label} ${sources.join(" ")} → ${destInside}: ${copied} file(s) of the context (${took(started)})`);
        }
        break;
      }
      case "RUN": {
        console.log(`${label} ${step.command}`);
        const result = spawnSync("chroot", inRoot(built, step.command, { under: new Map([...args, ...runEnv]) }), { stdio: "inherit" });
        if (result.status !== 0) fail(`${label} exited with ${result.status ?? result.signal}`);
        console.log(`   (${took(started)})`);
        break;
      }
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
  run("rm", ["-f", hostPath(root, "/tmp/rehearsal-host-ca.crt")]);
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

/** Every entry under a folder with its size, mode, owner and modification time, to see that nothing changes. */
function listing(dir: string): Map<string, Entry> {
  const out = new Map<string, Entry>();
  const walk = (at: string) => {
    for (const name of readdirSync(at)) {
      const full = path.join(at, name);
      const stat = lstatSync(full);
      out.set(path.relative(dir, full), { folder: stat.isDirectory(), size: stat.size, uid: stat.uid, state: `${stat.size} ${stat.mode} ${stat.uid}:${stat.gid} ${stat.mtimeMs}` });
      if (stat.isDirectory()) walk(full);
    }
  };
  walk(dir);
  return out;
}

/** Runs a command in the image as its user; whether it exited 0 within `timeoutMs`. Asynchronous, so the server's output keeps flowing meanwhile. */
function probe(image: Built, script: string, over: Map<string, string>, timeoutMs: number): Promise<{ ok: boolean; out: string }> {
  return new Promise((done) => {
    const child = spawn("chroot", inRoot(image, script, { over }), { stdio: ["ignore", "pipe", "ignore"], timeout: timeoutMs, killSignal: "SIGKILL" });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.on("error", () => done({ ok: false, out }));
    child.on("close", (code) => done({ ok: code === 0, out }));
  });
}

async function serve(image: Built): Promise<void> {
  if (!image.cmd) fail("the last stage has no CMD");
  const port = await freePort();
  const app = hostPath(image.root, image.workdir);
  const before = listing(app);
  const files = [...before.values()].filter((e) => !e.folder);
  const bytes = files.reduce((sum, e) => sum + e.size, 0);
  const notRoot = [...before].filter(([, e]) => e.uid !== 0).map(([file, e]) => `${file} (uid ${e.uid})`);
  console.log(`\n== the image ==\n${image.workdir}: ${files.length} files in ${before.size - files.length} folders, ${(bytes / 1024 / 1024).toFixed(1)} MB; the server runs as ${image.account.spec} (uid ${image.account.uid})`);
  console.log(notRoot.length ? `not root's under ${image.workdir}: ${notRoot.slice(0, 10).join(", ")}${notRoot.length > 10 ? ` and ${notRoot.length - 10} more` : ""}` : `everything under ${image.workdir} is root's (uid 0)`);
  // Whatever under the folder the server's user could write to, asked of the kernel as that user.
  const writable = (await probe(image, `find ${shellQuote(image.workdir)} -writable -print 2>/dev/null`, new Map(), 60_000)).out.split("\n").filter(Boolean);
  console.log(writable.length ? `${image.account.spec} can write to: ${writable.slice(0, 10).join(", ")}${writable.length > 10 ? ` and ${writable.length - 10} more` : ""}` : `${image.account.spec} can write to nothing under ${image.workdir}`);

  // The image binds every interface of its container (HOSTNAME=0.0.0.0); here there is no
  // container around it, so it is given this machine's loopback, and a free port for 3000.
  const serverEnv = new Map([["PORT", String(port)], ["HOSTNAME", "127.0.0.1"]]);
  const server = spawn("chroot", inRoot(image, `exec ${image.cmd.map(shellQuote).join(" ")}`, { over: serverEnv }), { stdio: ["ignore", "pipe", "pipe"], detached: true });
  if (server.pid) servers.push(server.pid);
  let log = "";
  server.stdout.on("data", (d) => (log += d));
  server.stderr.on("data", (d) => (log += d));
  const running = () => server.exitCode === null && server.signalCode === null;
  const problems: string[] = [];
  const base = `http://127.0.0.1:${port}`;
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
      }
      if (!running()) fail(`the server exited (${server.exitCode ?? server.signalCode}) before it was healthy:\n${log.slice(-3000)}`);
      if (!healthy) fail(`the server was not healthy in time:\n${log.slice(-3000)}`);
    } else {
      await waitForServer(`${base}/`, 30_000).catch((error: unknown) => fail(`${String(error)}\n${log.slice(-3000)}`));
    }
    console.log(`healthy after ${took(started)} (${check ? "the HEALTHCHECK's command" : "the server answered"})`);

    const article = readdirSync(path.join(REPO, "articles")).sort()[0];
    const paths = ["/kk", "/ru", "/en", `/kk/articles/${article}`, `/en/articles/${article}/text.json`, "/en/glossary", "/en/glossary?q=kurt", "/kk/annotate", "/api/search?q=sot", "/exports/glossary.json", "/exports/glossary.tbx", "/kk/no-such-page"];
    for (const url of paths) {
      const response = await fetch(`${base}${url}`, { redirect: "manual", signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
      const body = Buffer.from(await response.arrayBuffer());
      const expected = url === "/kk/no-such-page" ? 404 : 200;
      console.log(`GET ${url} → ${response.status} ${response.headers.get("content-type") ?? ""} ${(body.length / 1024).toFixed(1)} KB`);
      if (response.status !== expected) problems.push(`${url} answered ${response.status}, not ${expected}`);
    }
    const annotated = await fetch(`${base}/api/annotate`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ text: "Алқабилер сотының үкімі шықты.", lang: "kk" }), signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
    const spans = annotated.ok ? ((await annotated.json()) as { spans?: { termId: string }[] }).spans ?? [] : [];
    console.log(`POST /api/annotate → ${annotated.status}, terms: ${spans.map((s) => s.termId).join(", ") || "none"}`);
    if (!spans.some((s) => s.termId === "jury-trial")) problems.push("/api/annotate did not find алқабилер соты");
    if (!running()) problems.push(`the server exited (${server.exitCode ?? server.signalCode}) while it was asked for its pages`);
  } finally {
    try {
      if (server.pid) process.kill(-server.pid, "SIGTERM");
    } catch {
      // Already gone.
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  const after = listing(app);
  const changed = [...new Set([...before.keys(), ...after.keys()])].filter((file) => before.get(file)?.state !== after.get(file)?.state);
  console.log(changed.length === 0 ? `nothing under ${image.workdir} changed while it served` : `changed under ${image.workdir}: ${changed.slice(0, 20).join(", ")}`);
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

  // An earlier stage is named by its AS name or by its index, as --from names it.
  const done = new Map<string, Built>();
  try {
    let last: Built | undefined;
    stages.forEach((stage, i) => {
      last = buildStage(stage, i, done, ignore, base.suite);
      done.set(String(i), last);
      if (stage.name) done.set(stage.name, last);
    });
    await serve(last!);
  } finally {
    while (mounted.length) spawnSync("umount", ["-l", mounted.pop()!], { stdio: "ignore" });
    if (!KEEP) stages.forEach((_, i) => removeRoot(path.join(WORK, `stage-${i}`)));
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`image:rehearse: ${error instanceof Error ? (error instanceof RehearsalFailure ? error.message : error.stack ?? error.message) : String(error)}`);
    process.exit(2);
  },
);
