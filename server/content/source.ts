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
import { readArticleSources, readGlossaryFiles, REPO_ROOT } from "@/server/content/files";

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
  if (loaded) return loaded;
  const file = snapshotPath();
  if (!existsSync(/*turbopackIgnore: true*/ file)) return undefined;
  loaded = JSON.parse(readFileSync(/*turbopackIgnore: true*/ file, "utf8")) as ContentSnapshot;
  return loaded;
}

/**
 * Where the server's content comes from. Everything above it (the parsed glossary and articles,
 * the engine's indexes, the annotated corpus) is kept by the snapshot's version, so a source only
 * has to say what the content is now: files today, a database tomorrow.
 */
export interface ContentSource {
  /** "build": fixed for the process; "files": the folders as they are at each call. */
  readonly kind: "build" | "files";
  snapshot(): ContentSnapshot;
}

/** The glossary/ and articles/ folders as they are at each call (development, editing mode, the command line). */
export const filesSource: ContentSource = { kind: "files", snapshot: () => takeSnapshot() };

let readOnce: ContentSnapshot | undefined;
/** The build's snapshot; for a production server built without it, the files as read at start. */
const buildSource: ContentSource = { kind: "build", snapshot: () => buildSnapshot() ?? (readOnce ??= takeSnapshot()) };

/**
 * The files in development, editing mode included (a saved entry shows at once), the build's
 * snapshot in production.
 */
export function contentSource(): ContentSource {
  return process.env.NODE_ENV !== "production" ? filesSource : buildSource;
}
