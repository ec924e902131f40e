// The project's Dockerfile and .dockerignore read as the Docker engine reads them, for the image
// rehearsal (scripts/image-rehearsal.ts) on a machine that has no engine. Only what this
// project's files use is understood; anything else is refused with its file and line rather than
// skipped, so a rehearsal never passes over an instruction it did not carry out.
import { readdirSync } from "node:fs";
import path from "node:path";

export type Instruction =
  | { line: number; kind: "ARG"; name: string; value: string | undefined }
  | { line: number; kind: "ENV"; pairs: [string, string][] }
  | { line: number; kind: "WORKDIR"; dir: string }
  | { line: number; kind: "COPY"; from: string | undefined; sources: string[]; dest: string }
  | { line: number; kind: "RUN"; command: string }
  | { line: number; kind: "USER"; user: string }
  | { line: number; kind: "EXPOSE"; ports: string[] }
  | { line: number; kind: "HEALTHCHECK"; options: Record<string, string>; command: string[] }
  | { line: number; kind: "CMD"; command: string[] };

export interface Stage {
  line: number;
  image: string;
  name: string | undefined;
  steps: Instruction[];
}

export class DockerfileError extends Error {
  constructor(file: string, line: number, message: string) {
    super(`${file}:${line}: ${message}`);
  }
}

/** `["a", "b"]` (the exec form) as a list; a shell-form command is refused: the rehearsal runs what Docker would exec. */
function execForm(file: string, line: number, text: string, what: string): string[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new DockerfileError(file, line, `${what} is not in the exec form (a JSON list of strings): ${text}`);
  }
  if (!Array.isArray(parsed) || parsed.length === 0 || !parsed.every((part) => typeof part === "string")) {
    throw new DockerfileError(file, line, `${what} must be a non-empty JSON list of strings: ${text}`);
  }
  return parsed;
}

/** `k=v k2="v 2"` as pairs; quotes are taken off, a backslash keeps the next character. */
function keyValues(file: string, line: number, text: string): [string, string][] {
  const pairs: [string, string][] = [];
  const pattern = /\s*([A-Za-z_][A-Za-z0-9_]*)=("(?:[^"\\]|\\.)*"|'[^']*'|(?:[^\s"'\\]|\\.)*)/y;
  let at = 0;
  while (at < text.length) {
    if (/^\s*$/.test(text.slice(at))) break;
    pattern.lastIndex = at;
    const match = pattern.exec(text);
    if (!match) throw new DockerfileError(file, line, `ENV expects NAME=value pairs, not: ${text.slice(at).trim()}`);
    const raw = match[2] ?? "";
    const value = raw.startsWith("'") ? raw.slice(1, -1) : raw.replace(/^"|"$/g, "").replace(/\\(.)/g, "$1");
    pairs.push([match[1]!, value]);
    at = pattern.lastIndex;
  }
  if (pairs.length === 0) throw new DockerfileError(file, line, "ENV names no variable");
  return pairs;
}

/** `$NAME` and `${NAME}` replaced from the variables known at that step, as Docker does outside RUN. */
export function substitute(text: string, vars: ReadonlyMap<string, string>): string {
  return text.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}|\$([A-Za-z_][A-Za-z0-9_]*)/g, (_, braced: string | undefined, bare: string | undefined) => vars.get((braced ?? bare)!) ?? "");
}

/** The stages of a Dockerfile, each with its steps in order. */
export function parseDockerfile(text: string, file = "Dockerfile"): Stage[] {
  const stages: Stage[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const start = i + 1;
    let logical = lines[i]!;
    if (/^\s*(#|$)/.test(logical)) continue;
    while (/\\\s*$/.test(logical) && i + 1 < lines.length) {
      logical = logical.replace(/\\\s*$/, " ");
      i++;
      // A comment line inside a continued instruction is dropped, as the engine drops it.
      while (i + 1 < lines.length && /^\s*#/.test(lines[i]!)) i++;
      if (!/^\s*#/.test(lines[i]!)) logical += lines[i]!;
    }
    const match = /^\s*([A-Za-z]+)\s*(.*?)\s*$/.exec(logical)!;
    const kind = match[1]!.toUpperCase();
    const args = match[2]!;
    if (kind === "FROM") {
      const from = /^(\S+)(?:\s+AS\s+(\S+))?$/i.exec(args);
      if (!from) throw new DockerfileError(file, start, `FROM expects an image and an optional "AS name": ${args}`);
      stages.push({ line: start, image: from[1]!, name: from[2], steps: [] });
      continue;
    }
    const stage = stages.at(-1);
    if (!stage) throw new DockerfileError(file, start, `${kind} comes before the first FROM`);
    stage.steps.push(instruction(file, start, kind, args));
  }
  if (stages.length === 0) throw new DockerfileError(file, 1, "no FROM: the file describes no image");
  return stages;
}

function instruction(file: string, line: number, kind: string, args: string): Instruction {
  switch (kind) {
    case "ARG": {
      const arg = /^([A-Za-z_][A-Za-z0-9_]*)(?:=(.*))?$/.exec(args);
      if (!arg) throw new DockerfileError(file, line, `ARG expects NAME or NAME=default: ${args}`);
      return { line, kind, name: arg[1]!, value: arg[2] };
    }
    case "ENV":
      return { line, kind, pairs: args.includes("=") ? keyValues(file, line, args) : [[args.split(/\s+/)[0]!, args.replace(/^\S+\s+/, "")]] };
    case "WORKDIR":
      return { line, kind, dir: args };
    case "COPY": {
      const words = args.split(/\s+/);
      let from: string | undefined;
      while (words[0]?.startsWith("--")) {
        const flag = /^--from=(.+)$/.exec(words.shift()!);
        if (!flag) throw new DockerfileError(file, line, `COPY's only option the rehearsal knows is --from: ${args}`);
        from = flag[1];
      }
      if (words.length < 2) throw new DockerfileError(file, line, `COPY expects one or more sources and a destination: ${args}`);
      return { line, kind, from, sources: words.slice(0, -1), dest: words.at(-1)! };
    }
    case "RUN":
      if (args.startsWith("[")) return { line, kind, command: execForm(file, line, args, "RUN").map((part) => `'${part.replace(/'/g, `'\\''`)}'`).join(" ") };
      return { line, kind, command: args };
    case "USER":
      return { line, kind, user: args };
    case "EXPOSE":
      return { line, kind, ports: args.split(/\s+/) };
    case "HEALTHCHECK": {
      const options: Record<string, string> = {};
      let rest = args;
      for (let option = /^--([a-z-]+)=(\S+)\s+/.exec(rest); option; option = /^--([a-z-]+)=(\S+)\s+/.exec(rest)) {
        options[option[1]!] = option[2]!;
        rest = rest.slice(option[0].length);
      }
      const cmd = /^CMD\s+(.*)$/.exec(rest);
      if (!cmd) throw new DockerfileError(file, line, `HEALTHCHECK expects options then CMD [...]: ${args}`);
      return { line, kind, options, command: execForm(file, line, cmd[1]!, "HEALTHCHECK CMD") };
    }
    case "CMD":
      return { line, kind, command: execForm(file, line, args, "CMD") };
    default:
      throw new DockerfileError(file, line, `${kind} is an instruction the rehearsal does not carry out`);
  }
}

/** Docker's duration syntax as the HEALTHCHECK options use it ("30s", "1m30s", "500ms"), in milliseconds. */
export function durationMs(text: string): number {
  const units: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
  const parts = [...text.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h)/g)];
  if (parts.length === 0 || parts.map((p) => p[0]).join("") !== text) throw new Error(`not a duration: ${text}`);
  return parts.reduce((sum, [, n, unit]) => sum + Number(n) * units[unit!]!, 0);
}

/** A .dockerignore pattern as the engine matches it: against the whole path from the context's root, `*` within one folder, `**` across any. */
function patternRegex(pattern: string): RegExp {
  let source = "";
  const clean = path.posix.normalize(pattern.replace(/^\/+/, "")).replace(/\/+$/, "");
  for (let i = 0; i < clean.length; i++) {
    const c = clean[i]!;
    if (c === "*" && clean[i + 1] === "*") {
      source += ".*";
      i++;
      if (clean[i + 1] === "/") i++;
    } else if (c === "*") source += "[^/]*";
    else if (c === "?") source += "[^/]";
    else source += c.replace(/[.+^${}()|[\]\\]/g, "\\$&");
  }
  return new RegExp(`^${source}$`);
}

export interface IgnoreRules {
  /** Whether the path (relative to the context, with /) is left out of the build context. */
  ignores(relative: string): boolean;
}

/** The rules of a .dockerignore. An exception (`!pattern`) is refused: the rehearsal's context would not be the engine's. */
export function parseDockerignore(text: string, file = ".dockerignore"): IgnoreRules {
  const patterns: RegExp[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) return;
    if (line.startsWith("!")) throw new DockerfileError(file, i + 1, `exceptions (${line}) are not supported by the rehearsal`);
    patterns.push(patternRegex(line));
  });
  return {
    // A path is left out when it or a folder above it matches, as the engine leaves out a whole folder.
    ignores(relative) {
      const parts = relative.split("/");
      for (let n = 1; n <= parts.length; n++) {
        const prefix = parts.slice(0, n).join("/");
        if (patterns.some((p) => p.test(prefix))) return true;
      }
      return false;
    },
  };
}

/** The files of the build context (relative, with /), sorted: a folder left out is not entered. */
export function contextFiles(root: string, rules: IgnoreRules): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
      const relative = dir ? `${dir}/${entry.name}` : entry.name;
      if (rules.ignores(relative)) continue;
      if (entry.isDirectory()) walk(relative);
      else files.push(relative);
    }
  };
  walk("");
  return files.sort();
}
