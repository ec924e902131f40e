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
import { cpSync, existsSync, lstatSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { contextFiles, durationMs, parseDockerfile, parseDockerignore, substitute, type Instruction, type Stage } from "./lib/image/dockerfile";
import { freePort } from "./lib/next-server";

const REPO = path.resolve(__dirname, "..");
const argv = process.argv.slice(2);
const option = (name: string) => {
  const at = argv.indexOf(name);
  return at >= 0 ? argv[at + 1] : undefined;
};
const WORK = path.resolve(option("--work") ?? path.join(os.tmpdir(), "zan-image-rehearsal"));
const MIRROR = option("--mirror") ?? "http://deb.debian.org/debian";
const KEEP = argv.includes("--keep");

function fail(message: string): never {
  console.error(`image:rehearse: ${message}`);
  process.exit(2);
}

function run(command: string, args: string[], options: SpawnSyncOptions = {}): void {
  const result = spawnSync(command, args, { stdio: "inherit", ...options });
  if (result.status !== 0) fail(`${command} ${args.join(" ")} exited with ${result.status ?? result.signal}`);
}

const onPath = (command: string) => spawnSync("sh", ["-c", `command -v ${command}`], { stdio: "ignore" }).status === 0;

// What the rehearsal needs of the machine, said before anything is made.
if (process.getuid?.() !== 0) fail("it makes Debian roots and enters them with chroot: run it as root");
for (const command of ["debootstrap", "chroot", "mount", "umount"]) if (!onPath(command)) fail(`${command} is not installed (apt-get install -y debootstrap)`);

const stages = parseDockerfile(readFileSync(path.join(REPO, "Dockerfile"), "utf8"));
const ignore = parseDockerignore(existsSync(path.join(REPO, ".dockerignore")) ? readFileSync(path.join(REPO, ".dockerignore"), "utf8") : "");

/** node:MAJOR-SUITE[-slim], the only kind of base the rehearsal can stand in for. */
function baseOf(stage: Stage): { node: string; suite: string } {
  const match = /^node:(\d+)-([a-z]+)(?:-slim)?$/.exec(stage.image);
  if (!match) fail(`Dockerfile:${stage.line}: FROM ${stage.image}: the rehearsal stands in only for node:MAJOR-SUITE[-slim] images`);
  return { node: match[1]!, suite: match[2]! };
}
const bases = new Set(stages.map((s) => JSON.stringify(baseOf(s))));
if (bases.size !== 1) fail("the stages start from different images; the rehearsal makes one base");
const base = baseOf(stages[0]!);
if (process.versions.node.split(".")[0] !== base.node) fail(`FROM asks for Node ${base.node}; this machine's Node is ${process.version}`);

/** The Debian root every stage starts from: debootstrap's minimal system, Node and npm as the node image lays them out, its user `node` (1000). */
function baseRoot(): string {
  const root = path.join(WORK, `base-${base.suite}-node${process.version}`);
  if (existsSync(path.join(root, ".rehearsal-ready"))) return root;
  removeRoot(root);
  mkdirSync(WORK, { recursive: true });
  console.log(`making the base: debootstrap --variant=minbase ${base.suite} from ${MIRROR} …`);
  run("debootstrap", ["--variant=minbase", base.suite, root, MIRROR], { stdio: ["ignore", "ignore", "inherit"] });
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

interface Built {
  root: string;
  env: Map<string, string>;
  workdir: string;
  user: string;
  healthcheck?: Extract<Instruction, { kind: "HEALTHCHECK" }>;
  cmd?: string[];
}

const mounted: string[] = [];
function mountProc(root: string) {
  const proc = path.join(root, "proc");
  mkdirSync(proc, { recursive: true });
  run("mount", ["-t", "proc", "proc", proc]);
  mounted.push(proc);
}
function unmountAll() {
  while (mounted.length) spawnSync("umount", ["-l", mounted.pop()!], { stdio: "ignore" });
}
process.on("exit", unmountAll);

/** `chroot ROOT env -i VARS… /bin/sh -c 'cd DIR && exec …'`, as the engine runs a step in its container. */
function inRoot(built: Built, user: string, script: string, extraEnv: Map<string, string> = new Map()): string[] {
  const vars = [...built.env, ...extraEnv].map(([k, v]) => `${k}=${v}`);
  const userspec = user === "root" ? [] : [`--userspec=${user}:${user}`];
  const quoted = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
  return [...userspec, built.root, "/usr/bin/env", "-i", ...vars, `HOME=${user === "root" ? "/root" : `/home/${user}`}`, "/bin/sh", "-c", `cd ${quoted(built.workdir)} && ${script}`];
}

/** Where a COPY destination lands inside the stage's root. */
const inside = (built: Built, dest: string) => path.join(built.root, path.posix.resolve(built.workdir, dest));

/** Refuses to delete a folder something is still mounted in (a run killed before it unmounted its /proc). */
function removeRoot(root: string): void {
  const mounts = readFileSync("/proc/mounts", "utf8").split("\n").map((line) => line.split(" ")[1] ?? "").filter(Boolean);
  const inside = mounts.filter((point) => point === root || point.startsWith(`${root}/`));
  if (inside.length) fail(`${inside.join(", ")} is still mounted: umount it, then run again`);
  rmSync(root, { recursive: true, force: true });
}

function buildStage(stage: Stage, index: number, done: Map<string, Built>): Built {
  const name = stage.name ?? `stage ${index}`;
  const root = path.join(WORK, `stage-${index}`);
  removeRoot(root);
  console.log(`\n== ${name} (Dockerfile:${stage.line}, FROM ${stage.image}: standing in, ${base.suite} with Node ${process.version}) ==`);
  run("cp", ["-a", baseRoot(), root]);
  writeFileSync(path.join(root, "etc/resolv.conf"), readFileSync("/etc/resolv.conf"));
  mountProc(root);
  const built: Built = { root, env: new Map(IMAGE_ENV), workdir: "/", user: "root" };
  const args = new Map<string, string>();
  // This machine's own certificate authorities, where it names extra ones, for the build's npm
  // to reach the registry through them; an engine's build here would need them passed the same way.
  const hostCa = process.env.NODE_EXTRA_CA_CERTS;
  const runEnv = new Map<string, string>();
  if (hostCa && existsSync(hostCa)) {
    writeFileSync(path.join(root, "tmp/rehearsal-host-ca.crt"), readFileSync(hostCa));
    runEnv.set("NODE_EXTRA_CA_CERTS", "/tmp/rehearsal-host-ca.crt");
  }
  const vars = () => new Map([...args, ...built.env]);
  for (const step of stage.steps) {
    const started = Date.now();
    const label = `Dockerfile:${step.line} ${step.kind}`;
    switch (step.kind) {
      case "ARG":
        args.set(step.name, process.env[`BUILD_ARG_${step.name}`] ?? step.value ?? "");
        console.log(`${label} ${step.name}=${args.get(step.name)}`);
        break;
      case "ENV":
        for (const [key, value] of step.pairs) built.env.set(key, substitute(value, vars()));
        console.log(`${label} ${step.pairs.map(([k]) => `${k}=${built.env.get(k)}`).join(" ")}`);
        break;
      case "WORKDIR":
        built.workdir = path.posix.resolve(built.workdir, substitute(step.dir, vars()));
        mkdirSync(path.join(root, built.workdir), { recursive: true });
        console.log(`${label} ${built.workdir}`);
        break;
      case "COPY": {
        const dest = inside(built, substitute(step.dest, vars()));
        if (step.from) {
          const from = done.get(step.from);
          if (!from) fail(`${label}: --from=${step.from} names no earlier stage`);
          for (const source of step.sources) {
            const src = path.join(from.root, source);
            if (!existsSync(src)) fail(`${label}: ${source} does not exist in stage ${step.from}`);
            mkdirSync(dest, { recursive: true });
            run("cp", ["-a", statSync(src).isDirectory() ? `${src}/.` : src, dest]);
          }
          console.log(`${label} --from=${step.from} ${step.sources.join(" ")} → ${path.posix.resolve(built.workdir, step.dest)} (${took(started)})`);
        } else {
          const context = contextFiles(REPO, ignore);
          let copied = 0;
          for (const source of step.sources) {
            const clean = path.posix.normalize(source).replace(/\/$/, "");
            const chosen = clean === "." ? context : context.filter((f) => f === clean || f.startsWith(`${clean}/`));
            if (chosen.length === 0) fail(`${label}: ${source} is not in the build context (or .dockerignore leaves it out)`);
            // One file to a destination without a trailing slash is copied to that name, as the engine does.
            const toName = step.sources.length === 1 && chosen.length === 1 && chosen[0] === clean && !/\/$|^\.$/.test(step.dest);
            for (const file of chosen) {
              const relative = file === clean ? path.posix.basename(file) : path.posix.relative(clean === "." ? "" : clean, file);
              const target = toName ? dest : path.join(dest, relative);
              mkdirSync(path.dirname(target), { recursive: true });
              cpSync(path.join(REPO, file), target, { verbatimSymlinks: true });
            }
            copied += chosen.length;
          }
          console.log(`${label} ${step.sources.join(" ")} → ${path.posix.resolve(built.workdir, step.dest)}: ${copied} file(s) of the context (${took(started)})`);
        }
        break;
      }
      case "RUN": {
        console.log(`${label} ${step.command}`);
        const result = spawnSync("chroot", inRoot(built, built.user, step.command, new Map([...args, ...runEnv])), { stdio: "inherit" });
        if (result.status !== 0) fail(`${label} exited with ${result.status ?? result.signal}`);
        console.log(`   (${took(started)})`);
        break;
      }
      case "USER":
        built.user = substitute(step.user, vars());
        console.log(`${label} ${built.user}`);
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
  rmSync(path.join(root, "tmp/rehearsal-host-ca.crt"), { force: true });
  return built;
}

function took(started: number): string {
  return `${((Date.now() - started) / 1000).toFixed(1)} s`;
}

/** Every file under a folder with its size, mode, owner and modification time, to see that nothing changes. */
function listing(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (at: string) => {
    for (const name of readdirSync(at)) {
      const full = path.join(at, name);
      const stat = lstatSync(full);
      out.set(path.relative(dir, full), `${stat.size} ${stat.mode} ${stat.uid} ${stat.mtimeMs}`);
      if (stat.isDirectory()) walk(full);
    }
  };
  walk(dir);
  return out;
}

function sizeOf(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const [, entry] of listing(dir)) {
    files++;
    bytes += Number(entry.split(" ")[0]);
  }
  return { files, bytes };
}

async function serve(image: Built): Promise<void> {
  if (!image.cmd) fail("the last stage has no CMD");
  const port = await freePort();
  const app = path.join(image.root, image.workdir);
  const size = sizeOf(app);
  console.log(`\n== the image ==\n${image.workdir}: ${size.files} files, ${(size.bytes / 1024 / 1024).toFixed(1)} MB; the server runs as ${image.user}`);
  const owners = new Set([...listing(app).values()].map((v) => v.split(" ")[2]));
  const writable = spawnSync("chroot", inRoot(image, image.user, `touch ${image.workdir}/.written 2>/dev/null`), { stdio: "ignore" }).status === 0;
  console.log(`owners of ${image.workdir}: uid ${[...owners].join(", ")}; ${image.user} ${writable ? "CAN" : "cannot"} write there`);
  const before = listing(app);

  // The image binds every interface of its container (HOSTNAME=0.0.0.0); here there is no
  // container around it, so it is given this machine's loopback, and a free port for 3000.
  const serverEnv = new Map([["PORT", String(port)], ["HOSTNAME", "127.0.0.1"]]);
  const quoted = image.cmd.map((part) => `'${part.replace(/'/g, `'\\''`)}'`).join(" ");
  const server = spawn("chroot", inRoot(image, image.user, `exec ${quoted}`, serverEnv), { stdio: ["ignore", "pipe", "pipe"], detached: true });
  let log = "";
  server.stdout.on("data", (d) => (log += d));
  server.stderr.on("data", (d) => (log += d));
  const stop = () => {
    try {
      process.kill(-server.pid!, "SIGTERM");
    } catch {
      // already gone
    }
  };
  process.on("exit", stop);
  const problems: string[] = [];
  try {
    // The HEALTHCHECK's own command, as the engine runs it in the container, until it passes
    // or its start period (and one interval) is over.
    const check = image.healthcheck;
    const started = Date.now();
    const deadline = started + (check ? durationMs(check.options["start-period"] ?? "0s") + durationMs(check.options.interval ?? "30s") : 30_000);
    let healthy = false;
    while (!healthy && Date.now() < deadline && server.exitCode === null) {
      await new Promise((r) => setTimeout(r, 500));
      healthy = check
        ? spawnSync("chroot", inRoot(image, image.user, `exec ${check.command.map((p) => `'${p.replace(/'/g, `'\\''`)}'`).join(" ")}`, serverEnv), { stdio: "ignore", timeout: durationMs(check.options.timeout ?? "30s") }).status === 0
        : await fetch(`http://127.0.0.1:${port}/`).then(() => true, () => false);
    }
    if (!healthy) fail(`the server was not healthy in time:\n${log.slice(-3000)}`);
    console.log(`healthy after ${took(started)} (${check ? "the HEALTHCHECK's command" : "the server answered"})`);

    const article = readdirSync(path.join(REPO, "articles")).sort()[0];
    const paths = ["/kk", "/ru", "/en", `/kk/articles/${article}`, `/en/articles/${article}/text.json`, "/en/glossary", "/en/glossary?q=kurt", "/kk/annotate", "/api/search?q=sot", "/exports/glossary.json", "/exports/glossary.tbx", "/kk/no-such-page"];
    for (const url of paths) {
      const response = await fetch(`http://127.0.0.1:${port}${url}`, { redirect: "manual" });
      const body = Buffer.from(await response.arrayBuffer());
      const expected = url === "/kk/no-such-page" ? 404 : 200;
      console.log(`GET ${url} → ${response.status} ${response.headers.get("content-type") ?? ""} ${(body.length / 1024).toFixed(1)} KB`);
      if (response.status !== expected) problems.push(`${url} answered ${response.status}, not ${expected}`);
    }
    const annotated = await fetch(`http://127.0.0.1:${port}/api/annotate`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ text: "Алқабилер сотының үкімі шықты.", lang: "kk" }) });
    const spans = annotated.ok ? ((await annotated.json()) as { spans?: { termId: string }[] }).spans ?? [] : [];
    console.log(`POST /api/annotate → ${annotated.status}, terms: ${spans.map((s) => s.termId).join(", ") || "none"}`);
    if (!spans.some((s) => s.termId === "jury-trial")) problems.push("/api/annotate did not find алқабилер соты");
  } finally {
    stop();
    await new Promise((r) => setTimeout(r, 500));
  }
  const after = listing(app);
  const changed = [...new Set([...before.keys(), ...after.keys()])].filter((file) => before.get(file) !== after.get(file));
  console.log(changed.length === 0 ? `nothing under ${image.workdir} changed while it served` : `changed under ${image.workdir}: ${changed.slice(0, 20).join(", ")}`);
  if (changed.length) problems.push(`the server wrote under ${image.workdir}`);
  if (writable) problems.push(`${image.user} can write to ${image.workdir}`);
  if (problems.length) fail(`the rehearsal found:\n- ${problems.join("\n- ")}`);
  console.log("\nthe rehearsal passed");
}

async function main() {
  const done = new Map<string, Built>();
  let last: Built | undefined;
  stages.forEach((stage, i) => {
    last = buildStage(stage, i, done);
    done.set(stage.name ?? String(i), last);
  });
  try {
    await serve(last!);
  } finally {
    unmountAll();
    if (!KEEP) stages.forEach((_, i) => removeRoot(path.join(WORK, `stage-${i}`)));
  }
}

main().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));
