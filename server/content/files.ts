// Reads the content files from disk. Plain node fs with no `server-only`, because the command
// line uses it as well as the server; everything past reading happens in lib/. The paths are
// only known at run time, so the bundler is told not to trace them (it would otherwise trace the
// whole project); next.config.ts ships glossary/, articles/ and messages/ explicitly.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import type { ArticleSources } from "@/lib/articles/load";
import type { SourceFile } from "@/lib/glossary/load";
import { LANGS } from "@/lib/glossary/schema";
import { decodeUtf8 } from "@/lib/text/utf8";

/**
 * The repository root: two folders above this file (server/content/), as scripts and tests see it. Bundlers may
 * relocate or rewrite `__dirname`, so when that folder is not the project, fall back to the
 * working directory (where `next build` and `npm run` are started).
 */
export const REPO_ROOT = findRepoRoot();

function findRepoRoot(): string {
  const fromHere = typeof __dirname === "string" ? path.resolve(__dirname, "..", "..") : undefined;
  if (fromHere && existsSync(/*turbopackIgnore: true*/ path.join(fromHere, "package.json")) && existsSync(/*turbopackIgnore: true*/ path.join(fromHere, "glossary"))) {
    return fromHere;
  }
  return process.cwd();
}
export const GLOSSARY_DIR = path.join(REPO_ROOT, "glossary");
export const ARTICLES_DIR = path.join(REPO_ROOT, "articles");

/** Paths in problems are relative to the working directory when inside it, so editors can click them. */
export function displayPath(absolute: string, cwd = process.cwd()): string {
  const relative = path.relative(cwd, absolute);
  return relative && !relative.startsWith("..") && !path.isAbsolute(relative) ? relative.split(path.sep).join("/") : absolute;
}

/** Every glossary/*.yaml file (schema.json and other files are not entries). */
export function readGlossaryFiles(dir: string = GLOSSARY_DIR): SourceFile[] {
  const absolute = path.resolve(/*turbopackIgnore: true*/ dir);
  return readdirSync(/*turbopackIgnore: true*/ absolute)
    .filter((name) => /\.ya?ml$/i.test(name))
    .sort()
    .map((name) => readGlossaryFile(path.join(absolute, name)));
}

/** One entry file, as readGlossaryFiles gives each. */
export function readGlossaryFile(file: string): SourceFile {
  const decoded = decodeUtf8(readFileSync(/*turbopackIgnore: true*/ file));
  return decoded.ok ? { path: displayPath(file), source: decoded.text } : { path: displayPath(file), source: "", notUtf8Line: decoded.line };
}

/** Every articles/<slug>/ folder with its kk.md, ru.md and en.md (the loader reports a missing one: kk.md an error, a translation a warning). */
export function readArticleSources(dir: string = ARTICLES_DIR): ArticleSources[] {
  const absolute = path.resolve(/*turbopackIgnore: true*/ dir);
  if (!existsSync(/*turbopackIgnore: true*/ absolute)) return [];
  return readdirSync(/*turbopackIgnore: true*/ absolute)
    .filter((name) => !name.startsWith(".") && statSync(/*turbopackIgnore: true*/ path.join(absolute, name)).isDirectory())
    .sort()
    .map((slug) => {
      const folder = path.join(absolute, slug);
      const files: ArticleSources["files"] = {};
      for (const lang of LANGS) {
        const file = path.join(folder, `${lang}.md`);
        if (existsSync(/*turbopackIgnore: true*/ file)) files[lang] = { path: displayPath(file), source: readFileSync(/*turbopackIgnore: true*/ file, "utf8") };
      }
      return { slug, dir: displayPath(folder), files };
    });
}
