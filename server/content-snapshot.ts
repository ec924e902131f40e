// The content a build was made with, kept beside the build: `npm run build` writes the glossary
// and article files into .next/cache/zan-content.json before `next build` starts, and a production
// server (the build's prerendering included) reads only that file. So the prerendered pages, the
// API and the search answer from the same content, and an edit or a moved folder after the build
// changes nothing until the next build. Development and the command line read the files.
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { ArticleSources } from "@/lib/articles/load";
import type { SourceFile } from "@/lib/glossary/load";
import { readArticleSources, readGlossaryFiles, REPO_ROOT } from "@/server/files";

export interface ContentSnapshot {
  /** sha256 of the files' paths and texts: the content's version. */
  version: string;
  glossary: SourceFile[];
  articles: ArticleSources[];
}

/** Where the build keeps it (a function: tests replace server/files, REPO_ROOT with it). */
// In .next/cache, which `next build` keeps: it empties the rest of .next as it starts, and a
// snapshot there was gone by the time the server looked for it.
export const snapshotPath = (root: string = REPO_ROOT): string => path.join(root, ".next", "cache", "zan-content.json");

/** The content files as they are on disk now, with their version. */
export function takeSnapshot(glossaryDir?: string, articlesDir?: string): ContentSnapshot {
  const glossary = readGlossaryFiles(glossaryDir);
  const articles = readArticleSources(articlesDir);
  const hash = createHash("sha256");
  for (const file of glossary) hash.update(`${file.path}\0${file.source}\0`);
  for (const article of articles) {
    for (const file of Object.values(article.files)) hash.update(`${file.path}\0${file.source}\0`);
  }
  return { version: hash.digest("hex").slice(0, 16), glossary, articles };
}

let loaded: ContentSnapshot | undefined;

/**
 * The build's snapshot in production (read once); undefined elsewhere, and for a production server
 * not built with `npm run build`, which then reads the files, checked as at any start.
 */
function buildSnapshot(): ContentSnapshot | undefined {
  if (process.env.NODE_ENV !== "production") return undefined;
  if (loaded) return loaded;
  const file = snapshotPath();
  if (!existsSync(/*turbopackIgnore: true*/ file)) return undefined;
  loaded = JSON.parse(readFileSync(/*turbopackIgnore: true*/ file, "utf8")) as ContentSnapshot;
  return loaded;
}

/** The glossary files the server answers from: the build's, or (in development) the folder's as they are now. */
export const glossarySources = (): SourceFile[] => buildSnapshot()?.glossary ?? readGlossaryFiles();

/** The article files the server answers from, likewise. */
export const articleSources = (): ArticleSources[] => buildSnapshot()?.articles ?? readArticleSources();
