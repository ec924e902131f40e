// The content read from disk and validated by lib/, with the engine's term indexes: what
// server/content.ts wraps for React's server rendering, and what the annotate API route (a Pages
// API route, outside React) uses directly. In production the content is the build's snapshot
// (server/content-snapshot.ts), read and checked once per process, at start (instrumentation.ts);
// in development the files are re-read on every call so edits show up. A broken file throws a ContentError listing every problem with file, line and
// field. No "server-only" marker here: that package refuses to load outside React server
// components. It reads the filesystem, so client code never imports it.
import { buildTermIndex, type TermIndex } from "@/lib/annotate";
import { loadArticles } from "@/lib/articles/load";
import type { Article } from "@/lib/articles/parse";
import { loadGlossary } from "@/lib/glossary/load";
import type { GlossaryEntry, Lang } from "@/lib/glossary/schema";
import { formatProblem } from "@/lib/problem-messages";
import { english } from "@/server/english";
import { isError, type Problem } from "@/lib/problems";
import { articleSources, glossarySources } from "@/server/content-snapshot";

/** Thrown when content has errors; the message lists every one, one per line. */
export class ContentError extends Error {
  constructor(
    what: string,
    readonly problems: Problem[],
  ) {
    super(`${what} has ${problems.length} error(s):\n${problems.map((p) => formatProblem(p, english)).join("\n")}`);
    this.name = "ContentError";
  }
}

function throwOnErrors(what: string, problems: readonly Problem[]): void {
  const errors = problems.filter(isError);
  if (errors.length > 0) throw new ContentError(what, errors);
}

function oncePerProcessInProduction<T>(load: () => T): () => T {
  let value: { v: T } | undefined;
  return () => {
    if (process.env.NODE_ENV !== "production") return load();
    value ??= { v: load() };
    return value.v;
  };
}

export const readGlossary = oncePerProcessInProduction((): GlossaryEntry[] => {
  const { entries, problems } = loadGlossary(glossarySources());
  throwOnErrors("The glossary", problems);
  return entries;
});

export const readArticles = oncePerProcessInProduction((): Article[] => {
  const { articles, problems } = loadArticles(articleSources());
  throwOnErrors("The articles", problems);
  return articles;
});

/** The engine's indexes of one glossary version, by language, each built on first use. */
const termIndexes = new WeakMap<readonly GlossaryEntry[], Map<Lang, TermIndex>>();

export function termIndexOf(entries: readonly GlossaryEntry[], lang: Lang): TermIndex {
  let byLang = termIndexes.get(entries);
  if (!byLang) {
    byLang = new Map();
    termIndexes.set(entries, byLang);
  }
  let index = byLang.get(lang);
  if (!index) {
    index = buildTermIndex(entries, lang);
    byLang.set(lang, index);
  }
  return index;
}
