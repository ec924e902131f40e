// The project's Dockerfile and .dockerignore read as the Docker engine reads them, for the image
// rehearsal (scripts/image-rehearsal.ts) on a machine that has no engine. Only what this
// project's files use is understood; anything else is refused with its file and line rather than
// skipped, so a rehearsal never passes over an instruction it did not carry out.
import { readdirSync } from "node:fs";
import path from "node:path";

/**
 * A word as the engine's lexer leaves it: quotes taken off, and the variables it names kept apart
 * from the literal text, to be filled in from the variables known at that step (`resolve`).
 */
export type Word = readonly (string | { variable: string })[];

export type Instruction =
  | { line: number; kind: "ARG"; name: string; value: Word | undefined }
  | { line: number; kind: "ENV"; pairs: [string, Word][] }
  | { line: number; kind: "WORKDIR"; dir: Word }
  | { line: number; kind: "COPY"; from: string | undefined; sources: Word[]; dest: Word }
  | { line: number; kind: "RUN"; command: string }
  | { line: number; kind: "USER"; user: Word }
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

/** One argument for `sh -c`, in single quotes. */
export function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
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

/** A variable's name, as the engine's lexer reads one. */
const NAME_SOURCE = "[A-Za-z_][A-Za-z0-9_]*";
const NAME = new RegExp(NAME_SOURCE, "y");
const WHOLE_NAME = new RegExp(`^${NAME_SOURCE}$`);
/** `NAME=` at the start of the text, the name captured. */
const NAME_IS = new RegExp(`^(${NAME_SOURCE})=`);

/**
 * Reads one word from `text` at `at`, as the engine's lexer reads a word outside RUN: `'…'` is
 * literal, `"…"` takes `\"`, `\\` and `\$` and fills in variables, a backslash outside quotes
 * keeps the next character, `$NAME` and `${NAME}` name a variable. Stops at unquoted white space.
 * The `${NAME:-word}` forms are refused, as is a quote left open.
 */
function readWord(file: string, line: number, text: string, at: number): { word: Word; end: number } {
  const word: (string | { variable: string })[] = [];
  let literal = "";
  const flush = () => {
    if (literal) word.push(literal);
    literal = "";
  };
  const variable = (i: number): number => {
    // text[i] is "$"; returns where the variable's name ends, or i + 1 for a lone "$".
    if (text[i + 1] === "{") {
      const close = text.indexOf("}", i + 2);
      const name = close < 0 ? "" : text.slice(i + 2, close);
      if (!WHOLE_NAME.test(name)) throw new DockerfileError(file, line, `only $NAME and \${NAME} are rehearsed, not: ${text.slice(i, close < 0 ? undefined : close + 1)}`);
      flush();
      word.push({ variable: name });
      return close + 1;
    }
    // $1, $@, $$ and the like are shell parameters the engine's lexer reads (empty in a build); refused rather than kept as text.
    if (/[0-9@*#?\-$!]/.test(text[i + 1] ?? "")) throw new DockerfileError(file, line, `the shell parameter $${text[i + 1]} is not rehearsed: ${text.slice(at)}`);
    NAME.lastIndex = i + 1;
    const match = NAME.exec(text);
    if (!match) {
      literal += "$";
      return i + 1;
    }
    flush();
    word.push({ variable: match[0] });
    return NAME.lastIndex;
  };
  let i = at;
  while (i < text.length && !/\s/.test(text[i]!)) {
    const c = text[i]!;
    if (c === "\\") {
      literal += text[i + 1] ?? "";
      i += 2;
    } else if (c === "'") {
      const close = text.indexOf("'", i + 1);
      if (close < 0) throw new DockerfileError(file, line, `a single quote is left open: ${text.slice(at)}`);
      literal += text.slice(i + 1, close);
      i = close + 1;
    } else if (c === '"') {
      i++;
      while (i < text.length && text[i] !== '"') {
        if (text[i] === "\\" && /["\\$]/.test(text[i + 1] ?? "")) {
          literal += text[i + 1];
          i += 2;
        } else if (text[i] === "$") i = variable(i);
        else literal += text[i++];
      }
      if (i >= text.length) throw new DockerfileError(file, line, `a double quote is left open: ${text.slice(at)}`);
      i++;
    } else if (c === "$") i = variable(i);
    else literal += text[i++];
  }
  flush();
  return { word, end: i };
}

/** A whole argument read as one word; white space outside quotes in it is refused. */
function oneWord(file: string, line: number, text: string, what: string): Word {
  const { word, end } = readWord(file, line, text, 0);
  if (end !== text.length) throw new DockerfileError(file, line, `${what} takes one word: ${text}`);
  return word;
}

/** A word's text with its variables filled in; a variable not known at that step is empty, as in the engine. */
export function resolve(word: Word, vars: ReadonlyMap<string, string>): string {
  return word.map((part) => (typeof part === "string" ? part : vars.get(part.variable) ?? "")).join("");
}

/** An ENV's pairs with their variables filled in: every pair reads them as they were before the line, as the engine reads them (`ENV A=2 B=$A` gives B the earlier A). */
export function resolvePairs(pairs: readonly [string, Word][], vars: ReadonlyMap<string, string>): [string, string][] {
  return pairs.map(([key, word]) => [key, resolve(word, vars)]);
}

/** `k=v k2="v 2"` as pairs. */
function keyValues(file: string, line: number, text: string): [string, Word][] {
  const pairs: [string, Word][] = [];
  let at = 0;
  for (;;) {
    while (at < text.length && /\s/.test(text[at]!)) at++;
    if (at >= text.length) break;
    const key = NAME_IS.exec(text.slice(at));
    if (!key) throw new DockerfileError(file, line, `ENV expects NAME=value pairs, not: ${text.slice(at)}`);
    const { word, end } = readWord(file, line, text, at + key[0].length);
    pairs.push([key[1]!, word]);
    at = end;
  }
  return pairs;
}

/** Directives the engine reads from the file's first lines, which change how the rest is read. */
const DIRECTIVE = /^\s*#\s*(syntax|escape|check)\s*=/i;

/** The stages of a Dockerfile, each with its steps in order. */
export function parseDockerfile(text: string, file = "Dockerfile"): Stage[] {
  const stages: Stage[] = [];
  const lines = text.split(/\r?\n/);
  // Only the first lines can be directives: after a comment, a blank line or an instruction, the same text is a comment.
  if (DIRECTIVE.test(lines[0] ?? "")) throw new DockerfileError(file, 1, `the parser directive ${lines[0]!.trim()} is not rehearsed (it changes how the file is read)`);
  for (let i = 0; i < lines.length; i++) {
    const start = i + 1;
    let logical = lines[i]!;
    if (/^\s*(#|$)/.test(logical)) continue;
    // A line ending in a backslash goes on with the next, joined with nothing between, as the
    // engine joins them; comment and blank lines inside a continued instruction are skipped, and
    // the end of the file ends it.
    while (/\\\s*$/.test(logical)) {
      logical = logical.replace(/\\\s*$/, "");
      while (i + 1 < lines.length && /^\s*(#|$)/.test(lines[i + 1]!)) i++;
      if (i + 1 >= lines.length) break;
      logical += lines[++i]!;
    }
    const match = /^\s*([A-Za-z]+)\s*(.*?)\s*$/.exec(logical);
    if (!match) throw new DockerfileError(file, start, `not an instruction: ${logical.trim()}`);
    const kind = match[1]!.toUpperCase();
    const args = match[2]!;
    if (kind === "FROM") {
      const from = /^(\S+)(?:\s+AS\s+(\S+))?$/i.exec(args);
      if (!from) throw new DockerfileError(file, start, `FROM expects an image and an optional "AS name": ${args}`);
      // Stage names are not case-sensitive: the engine lowercases them, and --from with them.
      stages.push({ line: start, image: from[1]!, name: from[2]?.toLowerCase(), steps: [] });
      continue;
    }
    const stage = stages.at(-1);
    if (!stage) throw new DockerfileError(file, start, `${kind} comes before the first FROM`);
    stage.steps.push(instruction(file, start, kind, args));
  }
  if (stages.length === 0) throw new DockerfileError(file, 1, "no FROM: the file describes no image");
  return stages;
}

/** The HEALTHCHECK options the rehearsal carries out: it waits the start period and one interval for the first pass, each try given the timeout. */
const HEALTHCHECK_OPTIONS = ["interval", "timeout", "start-period"];

function instruction(file: string, line: number, kind: string, args: string): Instruction {
  switch (kind) {
    case "ARG": {
      const arg = new RegExp(`^(${NAME_SOURCE})(?:=(.*))?$`).exec(args);
      if (!arg) throw new DockerfileError(file, line, `ARG expects NAME or NAME=default: ${args}`);
      return { line, kind, name: arg[1]!, value: arg[2] === undefined ? undefined : oneWord(file, line, arg[2], "ARG's default") };
    }
    case "ENV":
      // The older `ENV NAME value` form (one variable, the rest of the line its value) is left to the engine.
      if (!NAME_IS.test(args)) throw new DockerfileError(file, line, `ENV is rehearsed in its NAME=value form only: ${args}`);
      return { line, kind, pairs: keyValues(file, line, args) };
    case "WORKDIR":
      return { line, kind, dir: oneWord(file, line, args, "WORKDIR") };
    case "COPY": {
      if (args.startsWith("[")) throw new DockerfileError(file, line, `COPY's JSON form is not rehearsed: ${args}`);
      if (/["']/.test(args)) throw new DockerfileError(file, line, `quoted COPY paths are not rehearsed: ${args}`);
      const words = args.split(/\s+/);
      let from: string | undefined;
      while (words[0]?.startsWith("--")) {
        const flag = /^--from=(.+)$/.exec(words.shift()!);
        if (!flag) throw new DockerfileError(file, line, `COPY's only option the rehearsal knows is --from: ${args}`);
        from = flag[1]!.toLowerCase();
      }
      if (words.length < 2) throw new DockerfileError(file, line, `COPY expects one or more sources and a destination: ${args}`);
      const wildcard = words.slice(0, -1).find((w) => /[*?[]/.test(w));
      if (wildcard) throw new DockerfileError(file, line, `COPY sources with wildcards are not rehearsed: ${wildcard}`);
      const dest = words.at(-1)!;
      if (words.length > 2 && !dest.endsWith("/")) throw new DockerfileError(file, line, `COPY with more than one source needs a destination folder ending in /: ${dest}`);
      return { line, kind, from, sources: words.slice(0, -1).map((w) => oneWord(file, line, w, "a COPY source")), dest: oneWord(file, line, dest, "COPY's destination") };
    }
    case "RUN":
      if (args.startsWith("--")) throw new DockerfileError(file, line, `RUN's options (${args.split(/\s/)[0]}) are not rehearsed`);
      // `<<WORD`, `<<-WORD` or `<<"WORD"` starting a word; not `<<<` (a here-string), a shift inside $(( )) or text in quotes.
      if (/(?:^|\s)\d*<<(?!<)-?\s*["']?[A-Za-z_]/.test(args.replace(/\$\(\([^)]*\)\)/g, "").replace(/(?<!<<-?\s*)("(?:[^"\\]|\\.)*"|'[^']*')/g, "''"))) throw new DockerfileError(file, line, `RUN with a here-document is not rehearsed: ${args}`);
      if (args.startsWith("[")) return { line, kind, command: execForm(file, line, args, "RUN").map(shellQuote).join(" ") };
      return { line, kind, command: args };
    case "USER":
      return { line, kind, user: oneWord(file, line, args, "USER") };
    case "EXPOSE":
      return { line, kind, ports: args.split(/\s+/) };
    case "HEALTHCHECK": {
      const options: Record<string, string> = {};
      let rest = args;
      for (let option = /^--([a-z-]+)=(\S+)\s+/.exec(rest); option; option = /^--([a-z-]+)=(\S+)\s+/.exec(rest)) {
        options[option[1]!] = option[2]!;
        rest = rest.slice(option[0].length);
      }
      const unknown = Object.keys(options).find((name) => !HEALTHCHECK_OPTIONS.includes(name));
      if (unknown) throw new DockerfileError(file, line, `HEALTHCHECK's --${unknown} is not rehearsed (only --${HEALTHCHECK_OPTIONS.join(", --")})`);
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

/**
 * A .dockerignore pattern as the engine matches it: against the whole path from the context's
 * root, `*` and `?` within one folder, `**` across any number of folders (`**` followed by more is zero
 * or more whole folders, so it never matches only the end of a longer name).
 */
function patternRegex(pattern: string): RegExp {
  let source = "";
  const clean = path.posix.normalize(pattern.replace(/^\/+/, "")).replace(/\/+$/, "");
  for (let i = 0; i < clean.length; i++) {
    const c = clean[i]!;
    if (c === "*" && clean[i + 1] === "*") {
      // As the engine compiles it: `**` (and a slash after it) is any number of whole folders, or anything at the end.
      i++;
      if (clean[i + 1] === "/") i++;
      source += i + 1 >= clean.length ? ".*" : "(?:.*/)?";
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
    // The engine takes a line for a comment before it trims it: "  #x" is a pattern.
    if (raw.startsWith("#")) return;
    const line = raw.trim();
    if (line === "") return;
    if (/[[\\]/.test(line)) throw new DockerfileError(file, i + 1, `character classes and escapes (${line}) are not supported by the rehearsal`);
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
