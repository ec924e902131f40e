// The server's view of the content: glossary and articles read from disk once per render pass
// (React `cache`), validated by lib/. A broken file throws, so `next build` stops with a
// message naming file, line and field instead of serving half-working pages.
import "server-only";
import { cache } from "react";
import { buildTermIndex, type TermIndex } from "@/lib/annotate";
import { loadArticles } from "@/lib/articles/load";
import type { Article } from "@/lib/articles/parse";
import { loadGlossary } from "@/lib/glossary/load";
import type { GlossaryEntry, Lang } from "@/lib/glossary/schema";
import { formatProblem, isError, type Problem } from "@/lib/problems";
import { readArticleSources, readGlossaryFiles } from "@/server/files";

/** Thrown when content has errors; the message lists every one, one per line. */
export class ContentError extends Error {
  constructor(
    what: string,
    readonly problems: Problem[],
  ) {
    super(`${what} has ${problems.length} error(s):\n${problems.map((p) => formatProblem(p)).join("\n")}`);
    this.name = "ContentError";
  }
}

function throwOnErrors(what: string, problems: readonly Problem[]): void {
  const errors = problems.filter(isError);
  if (errors.length > 0) throw new ContentError(what, errors);
}

/**
 * In production the files cannot change under a running server, so they are read once per
 * process (the API and search would otherwise re-read the glossary on every request); in
 * development they are re-read on each render so edits show up.
 */
function oncePerProcessInProduction<T>(load: () => T): () => T {
  let value: { v: T } | undefined;
  return () => {
    if (process.env.NODE_ENV !== "production") return load();
    value ??= { v: load() };
    return value.v;
  };
}

const readGlossary = oncePerProcessInProduction((): GlossaryEntry[] => {
  const { entries, problems } = loadGlossary(readGlossaryFiles());
  throwOnErrors("The glossary", problems);
  return entries;
});

export const getGlossary = cache((): GlossaryEntry[] => readGlossary());

const entriesById = cache((): Map<string, GlossaryEntry> => new Map(getGlossary().map((e) => [e.id, e])));

export const getEntry = cache((id: string): GlossaryEntry | undefined => entriesById().get(id));

const readArticles = oncePerProcessInProduction((): Article[] => {
  const { articles, problems } = loadArticles(readArticleSources());
  throwOnErrors("The articles", problems);
  return articles;
});

export const getArticles = cache((): Article[] => readArticles());

export const getArticle = cache((slug: string): Article | undefined => getArticles().find((a) => a.slug === slug));

/** The engine's index of the glossary's terms in one language, built once per glossary version. */
const termIndexes = new WeakMap<readonly GlossaryEntry[], Map<Lang, TermIndex>>();

export function getTermIndex(lang: Lang): TermIndex {
  const entries = getGlossary();
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
