// The image's recipe as the engine reads it (scripts/lib/image/dockerfile.ts, which the image
// rehearsal carries out): the project's Dockerfile builds in one stage and ships only the
// standalone folder, run as an unprivileged user; its build context holds what `npm run build`
// reads (the content, the messages, the lock file) and none of what a build makes or a machine
// keeps for itself; and what the reader cannot carry out is refused with its line.
import { readFileSync } from "node:fs";
import path from "node:path";
import { contextFiles, durationMs, parseDockerfile, parseDockerignore, type Instruction } from "@/scripts/lib/image/dockerfile";
import { REPO_ROOT } from "@/scripts/lib/next-server";

const dockerfile = () => parseDockerfile(readFileSync(path.join(REPO_ROOT, "Dockerfile"), "utf8"));
const ignore = () => parseDockerignore(readFileSync(path.join(REPO_ROOT, ".dockerignore"), "utf8"));
const of = <K extends Instruction["kind"]>(steps: Instruction[], kind: K) => steps.filter((s): s is Extract<Instruction, { kind: K }> => s.kind === kind);

describe("the project's Dockerfile", () => {
  it("builds in one stage and ships the other from the standalone folder alone", () => {
    const [build, final] = dockerfile();
    expect(build!.name).toBe("build");
    expect(of(build!.steps, "RUN").map((s) => s.command)).toEqual(["npm ci --ignore-scripts --no-audit --no-fund", "npm run build"]);
    expect(of(final!.steps, "COPY")).toEqual([expect.objectContaining({ from: "build", sources: ["/app/.next/standalone"] })]);
    expect(of(final!.steps, "RUN")).toEqual([]);
  });

  it("runs the server as the node user with the start script's heap limit, checking its health on loopback", () => {
    const final = dockerfile()[1]!;
    expect(of(final.steps, "USER").map((s) => s.user)).toEqual(["node"]);
    expect(of(final.steps, "CMD")[0]!.command).toEqual(["node", "--max-old-space-size=512", "server.js"]);
    const [check] = of(final.steps, "HEALTHCHECK");
    expect(check!.command.join(" ")).toContain("http://127.0.0.1:");
    expect(durationMs(check!.options["start-period"]!)).toBe(30_000);
    expect(of(final.steps, "ENV").flatMap((s) => s.pairs)).toEqual(expect.arrayContaining([["NODE_ENV", "production"], ["NEXT_TELEMETRY_DISABLED", "1"]]));
  });
});

describe("the build context", () => {
  const files = contextFiles(REPO_ROOT, ignore());

  it("holds what the build reads: the lock file, the config, the content and the messages", () => {
    for (const file of ["package.json", "package-lock.json", "next.config.ts", "messages/kk.json", "scripts/snapshot-content.ts"]) expect(files).toContain(file);
    expect(files.some((f) => f.startsWith("glossary/") && f.endsWith(".yaml"))).toBe(true);
    expect(files.some((f) => /^articles\/[^/]+\/kk\.md$/.test(f))).toBe(true);
  });

  it("leaves out what a build makes and what a machine keeps for itself", () => {
    for (const folder of ["node_modules/", ".next/", ".git/", "tmp/", "coverage/"]) expect(files.filter((f) => f.startsWith(folder))).toEqual([]);
    expect(files.filter((f) => f.startsWith(".env") || f === "next-env.d.ts" || f === "Dockerfile")).toEqual([]);
  });
});

describe("reading a .dockerignore as the engine does", () => {
  it("matches from the context's root: * stays in one folder, ** crosses them, a folder takes what is in it", () => {
    const rules = parseDockerignore("*.log\ndocs/**/draft.md\n/build\n# a comment\n");
    expect(rules.ignores("a.log")).toBe(true);
    expect(rules.ignores("logs/a.log")).toBe(false);
    expect(rules.ignores("docs/x/y/draft.md")).toBe(true);
    expect(rules.ignores("docs/draft.md")).toBe(true);
    expect(rules.ignores("build/out/page.html")).toBe(true);
    expect(rules.ignores("src/build")).toBe(false);
    expect(rules.ignores("# a comment")).toBe(false);
  });

  it("refuses an exception with its line rather than build a context the engine would not", () => {
    expect(() => parseDockerignore("node_modules\n\n!node_modules/keep")).toThrow(".dockerignore:3: exceptions (!node_modules/keep) are not supported");
  });
});

describe("reading a Dockerfile", () => {
  it("joins continued lines, drops comments inside them and keeps each step's first line", () => {
    const [stage] = parseDockerfile("FROM node:20-bookworm-slim AS b\nENV A=1 \\\n# between\n    B=\"two words\"\nRUN echo $A\n");
    expect(stage!.steps).toEqual([
      { line: 2, kind: "ENV", pairs: [["A", "1"], ["B", "two words"]] },
      { line: 5, kind: "RUN", command: "echo $A" },
    ]);
  });

  it("names the file and line of what it cannot carry out", () => {
    expect(() => parseDockerfile("FROM node:20-bookworm-slim\nVOLUME /data\n")).toThrow("Dockerfile:2: VOLUME is an instruction the rehearsal does not carry out");
    expect(() => parseDockerfile("RUN true\n")).toThrow("Dockerfile:1: RUN comes before the first FROM");
    expect(() => parseDockerfile("FROM node:20-bookworm-slim\nCMD node server.js\n")).toThrow("Dockerfile:2: CMD is not in the exec form");
    expect(() => parseDockerfile("FROM node:20-bookworm-slim\nCOPY --chown=node . .\n")).toThrow("Dockerfile:2: COPY's only option the rehearsal knows is --from");
  });
});
