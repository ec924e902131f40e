// The image's recipe as the engine reads it (scripts/lib/image/dockerfile.ts, which the image
// rehearsal carries out): the project's Dockerfile builds in one stage and ships only the
// standalone folder, run as an unprivileged user; its build context holds what `npm run build`
// reads (the content, the messages, the lock file) and none of what a build makes or a machine
// keeps for itself; and what the reader cannot carry out is refused with its line.
import { readFileSync } from "node:fs";
import path from "node:path";
import { contextFiles, durationMs, parseDockerfile, parseDockerignore, resolve, resolvePairs, type Instruction, type Word } from "@/scripts/lib/image/dockerfile";
import { REPO_ROOT } from "@/scripts/lib/next-server";

const dockerfile = () => parseDockerfile(readFileSync(path.join(REPO_ROOT, "Dockerfile"), "utf8"));
const ignore = () => parseDockerignore(readFileSync(path.join(REPO_ROOT, ".dockerignore"), "utf8"));
const none = new Map<string, string>();
const text = (word: Word) => resolve(word, none);
const of = <K extends Instruction["kind"]>(steps: Instruction[], kind: K) => steps.filter((s): s is Extract<Instruction, { kind: K }> => s.kind === kind);

describe("the project's Dockerfile", () => {
  it("builds in one stage and ships the other from the standalone folder alone", () => {
    const [build, final] = dockerfile();
    expect(build!.name).toBe("build");
    expect(of(build!.steps, "RUN").map((s) => s.command)).toEqual(["npm ci --ignore-scripts --no-audit --no-fund", "npm run build"]);
    const [copy, ...more] = of(final!.steps, "COPY");
    expect(more).toEqual([]);
    expect(copy!.from).toBe("build");
    expect(copy!.sources.map(text)).toEqual(["/app/.next/standalone"]);
    expect(of(final!.steps, "RUN")).toEqual([]);
  });

  it("runs the server as the node user with the start script's heap limit, checking its health on loopback", () => {
    const final = dockerfile()[1]!;
    expect(of(final.steps, "USER").map((s) => text(s.user))).toEqual(["node"]);
    expect(of(final.steps, "CMD")[0]!.command).toEqual(["node", "--max-old-space-size=512", "server.js"]);
    const [check] = of(final.steps, "HEALTHCHECK");
    expect(check!.command.join(" ")).toContain("http://127.0.0.1:");
    expect(durationMs(check!.options["start-period"]!)).toBe(30_000);
    expect(of(final.steps, "ENV").flatMap((s) => resolvePairs(s.pairs, none))).toEqual(expect.arrayContaining([["NODE_ENV", "production"], ["NEXT_TELEMETRY_DISABLED", "1"]]));
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
    const rules = parseDockerignore("*.log\ndocs/**/draft.md\n/build\n");
    expect(rules.ignores("a.log")).toBe(true);
    expect(rules.ignores("logs/a.log")).toBe(false);
    expect(rules.ignores("docs/x/y/draft.md")).toBe(true);
    expect(rules.ignores("docs/draft.md")).toBe(true);
    expect(rules.ignores("docs/mydraft.md")).toBe(false);
    expect(rules.ignores("docs/x/mydraft.md")).toBe(false);
    expect(rules.ignores("build/out/page.html")).toBe(true);
    expect(rules.ignores("src/build")).toBe(false);
  });

  it("takes a leading **/ as any folder or none, never as the end of a longer name", () => {
    const rules = parseDockerignore("**/foo\n");
    for (const file of ["foo", "a/foo", "a/b/foo", "a/foo/inside.txt"]) expect(rules.ignores(file)).toBe(true);
    for (const file of ["barfoo", "a/barfoo", "foobar", "a/foo.txt"]) expect(rules.ignores(file)).toBe(false);
    // Without the slash, too: ** before more of the pattern is whole folders.
    const bare = parseDockerignore("**foo\n");
    expect(bare.ignores("a/foo")).toBe(true);
    expect(bare.ignores("barfoo")).toBe(false);
  });

  it("reads a line starting with # as a comment, not a pattern; one indented is a pattern, as the engine reads it", () => {
    expect(parseDockerignore("# *.md\n").ignores("README.md")).toBe(false);
    expect(parseDockerignore("*.md\n").ignores("README.md")).toBe(true);
    expect(parseDockerignore("  #notes\n").ignores("#notes")).toBe(true);
  });

  it("refuses an exception with its line rather than build a context the engine would not", () => {
    expect(() => parseDockerignore("node_modules\n\n!node_modules/keep")).toThrow(".dockerignore:3: exceptions (!node_modules/keep) are not supported");
    expect(() => parseDockerignore("*.[ch]\n")).toThrow(".dockerignore:1: character classes and escapes (*.[ch]) are not supported");
  });
});

describe("reading a Dockerfile", () => {
  const steps = (body: string) => parseDockerfile(`FROM node:20-bookworm-slim AS b\n${body}`)[0]!.steps;

  it("joins continued lines with nothing between, drops comments inside them and keeps each step's first line", () => {
    expect(steps("ENV A=1 \\\n# between\n    B=\"two words\"\nRUN echo a\\\nb\n")).toEqual([
      { line: 2, kind: "ENV", pairs: [["A", ["1"]], ["B", ["two words"]]] },
      { line: 5, kind: "RUN", command: "echo ab" },
    ]);
    expect(steps("RUN echo a \\\n  b\n")).toEqual([{ line: 2, kind: "RUN", command: "echo a   b" }]);
    // A blank line inside goes by like a comment; the file's end ends the instruction.
    expect(steps("RUN echo a \\\n\n  b\nRUN c \\")).toEqual([
      { line: 2, kind: "RUN", command: "echo a   b" },
      { line: 5, kind: "RUN", command: "c" },
    ]);
  });

  it("fills in variables as the engine does: in double quotes and bare, never in single quotes or after a backslash", () => {
    const [env] = steps("ENV B=\"two $A\" C='$A' D=\\$A E=${A}x F=a\\ b G=\"\\$A\" H=$ I=cost$\n") as [Extract<Instruction, { kind: "ENV" }>];
    expect(resolvePairs(env.pairs, new Map([["A", "one"]]))).toEqual([
      ["B", "two one"],
      ["C", "$A"],
      ["D", "$A"],
      ["E", "onex"],
      ["F", "a b"],
      ["G", "$A"],
      ["H", "$"],
      ["I", "cost$"],
    ]);
  });

  it("reads every pair of one ENV against the variables as they were before the line", () => {
    const [env] = steps("ENV A=2 B=$A\n") as [Extract<Instruction, { kind: "ENV" }>];
    expect(resolvePairs(env.pairs, new Map([["A", "1"]]))).toEqual([["A", "2"], ["B", "1"]]);
    // A variable no step has set is empty, as in the engine.
    expect(resolvePairs(env.pairs, none)).toEqual([["A", "2"], ["B", ""]]);
  });

  it("reads stage names without regard to case, as the engine does", () => {
    const [first, second] = parseDockerfile("FROM node:20-bookworm-slim AS Build\nFROM node:20-bookworm-slim\nCOPY --from=BUILD /a /b\n");
    expect(first!.name).toBe("build");
    expect((second!.steps[0] as Extract<Instruction, { kind: "COPY" }>).from).toBe("build");
  });

  it("reads COPY's sources, destination and the stage it copies from, by name or by index", () => {
    const [a, b] = steps("COPY package.json package-lock.json ./\nCOPY --from=0 /app/$DIR /srv\n") as Extract<Instruction, { kind: "COPY" }>[];
    expect(a!.from).toBeUndefined();
    expect(a!.sources.map(text)).toEqual(["package.json", "package-lock.json"]);
    expect(text(a!.dest)).toBe("./");
    expect(b!.from).toBe("0");
    expect(b!.sources.map((w) => resolve(w, new Map([["DIR", "out"]])))).toEqual(["/app/out"]);
    expect(text(b!.dest)).toBe("/srv");
  });

  it("names the file and line of what it cannot carry out", () => {
    expect(() => parseDockerfile("FROM node:20-bookworm-slim\nVOLUME /data\n")).toThrow("Dockerfile:2: VOLUME is an instruction the rehearsal does not carry out");
    expect(() => parseDockerfile("RUN true\n")).toThrow("Dockerfile:1: RUN comes before the first FROM");
    expect(() => parseDockerfile("FROM node:20-bookworm-slim\nCMD node server.js\n")).toThrow("Dockerfile:2: CMD is not in the exec form");
    expect(() => steps("COPY --chown=node . .\n")).toThrow("Dockerfile:2: COPY's only option the rehearsal knows is --from");
    expect(() => steps("COPY [\"a b\", \"/c/\"]\n")).toThrow("Dockerfile:2: COPY's JSON form is not rehearsed");
    expect(() => steps("COPY *.json ./\n")).toThrow("Dockerfile:2: COPY sources with wildcards are not rehearsed: *.json");
    expect(() => steps("COPY a b /dest\n")).toThrow("Dockerfile:2: COPY with more than one source needs a destination folder ending in /: /dest");
    expect(() => steps("ENV NAME some value\n")).toThrow("Dockerfile:2: ENV is rehearsed in its NAME=value form only");
    expect(() => steps("ENV A=${B:-x}\n")).toThrow("Dockerfile:2: only $NAME and ${NAME} are rehearsed, not: ${B:-x}");
    expect(() => steps("ENV A=\"open\n")).toThrow("Dockerfile:2: a double quote is left open");
    expect(() => steps("WORKDIR /a b\n")).toThrow("Dockerfile:2: WORKDIR takes one word");
    expect(() => steps("ENV A=$1x\n")).toThrow("Dockerfile:2: the shell parameter $1 is not rehearsed");
    expect(() => steps("ENV A=\"$$\"\n")).toThrow("Dockerfile:2: the shell parameter $$ is not rehearsed");
    expect(() => steps("RUN --mount=type=cache,target=/root/.npm npm ci\n")).toThrow("Dockerfile:2: RUN's options (--mount=type=cache,target=/root/.npm) are not rehearsed");
    expect(() => steps("RUN cat <<EOF > /a\n")).toThrow("Dockerfile:2: RUN with a here-document is not rehearsed");
    expect(() => steps("RUN cat <<-\"EOF\"\n")).toThrow("Dockerfile:2: RUN with a here-document is not rehearsed");
    for (const command of ["echo $((1<<2))", "echo $((a<<b))", "grep x <<< foo", "echo \"a <<b\""]) expect(steps(`RUN ${command}\n`)).toEqual([{ line: 2, kind: "RUN", command }]);
    expect(() => steps("HEALTHCHECK --retries=3 CMD [\"true\"]\n")).toThrow("Dockerfile:2: HEALTHCHECK's --retries is not rehearsed");
  });

  it("refuses a parser directive on the first line, which would change how the rest reads; later, the same text is a comment", () => {
    expect(() => parseDockerfile("# escape=`\nFROM node:20-bookworm-slim\n")).toThrow("Dockerfile:1: the parser directive # escape=` is not rehearsed");
    expect(() => parseDockerfile("# syntax=docker/dockerfile:1\nFROM node:20-bookworm-slim\n")).toThrow("Dockerfile:1: the parser directive");
    expect(parseDockerfile("# a comment\n# escape=`\nFROM node:20-bookworm-slim\n")).toHaveLength(1);
  });
});
