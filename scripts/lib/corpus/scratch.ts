// A scratch copy of the project with a generated corpus, for measuring how the build grows with
// the articles (scripts/bench-corpus.ts, and the e2e test that no page outgrows its limit). The
// copy holds the repository's tracked files (the working tree's versions), the real glossary,
// and N articles made from the project's own articles under new slugs and titles, as an
// editor's corpus would grow; node_modules is hard-linked, not copied (Turbopack resolves
// nothing outside the project's folder, so a symbolic link to it would not do).
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

export interface Scratch {
  root: string;
  remove(): void;
}

/** The project copied to a temporary folder with `count` articles generated from its own. */
export function scratchWithCorpus(repo: string, count: number): Scratch {
  const root = mkdtempSync(path.join(os.tmpdir(), "zan-corpus-"));
  const tracked = execFileSync("git", ["ls-files", "-z"], { cwd: repo, encoding: "utf8" }).split("\0").filter(Boolean);
  for (const file of tracked) {
    if (file.startsWith("articles/") || !existsSync(path.join(repo, file))) continue;
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    cpSync(path.join(repo, file), path.join(root, file));
  }
  execFileSync("cp", ["-al", path.join(repo, "node_modules"), path.join(root, "node_modules")]);
  writeCorpus(path.join(repo, "articles"), path.join(root, "articles"), count);
  return { root, remove: () => rmSync(root, { recursive: true, force: true }) };
}

/**
 * `count` articles, each a copy of one of the project's (in turn) under the slug `<slug>-<n>`,
 * its title numbered in every language so that titles differ, and a date spread over the
 * years, so that the home page's filters have something to choose from.
 */
export function writeCorpus(from: string, to: string, count: number): void {
  const originals = readdirSync(from).filter((name) => statSync(path.join(from, name)).isDirectory()).sort();
  if (originals.length === 0) throw new Error(`${from}: no article to copy`);
  for (let n = 0; n < count; n++) {
    const original = originals[n % originals.length]!;
    const folder = path.join(to, count <= originals.length ? original : `${original}-${n + 1}`);
    mkdirSync(folder, { recursive: true });
    for (const file of readdirSync(path.join(from, original))) {
      let text = readFileSync(path.join(from, original, file), "utf8");
      if (count > originals.length) {
        text = text.replace(/^title: (.*)$/m, (_, title: string) => `title: ${title} (${n + 1})`);
        const date = `${2010 + (n % 15)}-${String(1 + (n % 12)).padStart(2, "0")}-${String(1 + (n % 28)).padStart(2, "0")}`;
        text = /^date: /m.test(text) ? text.replace(/^date: .*$/m, `date: ${date}`) : text.replace(/^title: .*$/m, (line) => `${line}\ndate: ${date}`);
      }
      writeFileSync(path.join(folder, file), text);
    }
  }
}

export interface BuildResult {
  seconds: number;
  ok: boolean;
  output: string;
}

/** `npm run build` in the copy, timed. */
export function build(root: string): BuildResult {
  const started = process.hrtime.bigint();
  const run = spawnSync("npm", ["run", "build"], { cwd: root, encoding: "utf8", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" }, maxBuffer: 64 * 1024 * 1024 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { seconds, ok: run.status === 0, output: `${run.stdout}\n${run.stderr}` };
}

export interface OutputFile {
  /** Relative to .next/server/app. */
  path: string;
  bytes: number;
}

/** Every file the build wrote under .next/server/app: the prerendered pages and files. */
export function buildOutput(root: string): OutputFile[] {
  const base = path.join(root, ".next", "server", "app");
  const files: OutputFile[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      const stat = statSync(full);
      if (stat.isDirectory()) walk(full);
      else files.push({ path: path.relative(base, full).split(path.sep).join("/"), bytes: stat.size });
    }
  };
  if (existsSync(base)) walk(base);
  return files;
}

/** The prerendered HTML pages and JSON files (the things a reader downloads), as served. */
export const servedPages = (files: readonly OutputFile[]) => files.filter((f) => f.path.endsWith(".html"));
/** The JSON files a client may be sent: not the build's file traces (*.nft.json), which list the files a route's server code needs and only the build reads. */
export const servedJson = (files: readonly OutputFile[]) => files.filter((f) => (f.path.endsWith(".json.body") || f.path.endsWith(".json")) && !f.path.endsWith(".nft.json"));

/**
 * The files of the articles themselves (their pages in each interface language, the pages' data
 * and prefetch segments), not the code of a route under [locale] (the article route's, the
 * editing mode's article check), which does not grow with the corpus.
 */
export const articleFiles = (files: readonly OutputFile[]) => files.filter((f) => !f.path.startsWith("[") && /(^|\/)articles\/[^[]/.test(f.path));

/**
 * The whole glossary as JSON (/exports/glossary.json), the one JSON file a limit does not hold:
 * it is the download PRODUCT.md promises, and it grows with the glossary, not with the corpus
 * (__tests__/e2e/corpus-limits.test.ts checks that it is written from the glossary alone).
 */
export const GLOSSARY_DOWNLOAD = "exports/glossary.json.body";

/** Limits of the corpus issue: what no page, file or article may outgrow at any corpus size. */
export const LIMITS = { htmlBytes: 400 * 1024, jsonBytes: 1024 * 1024, perArticleBytes: 400 * 1024 } as const;
