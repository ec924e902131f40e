// The content read from disk and validated by lib/, with the engine's term indexes: what
// server/content/index.ts wraps for React's server rendering, and what the annotate API route (a Pages
// API route, outside React) uses directly. In production the content is the build's snapshot
// (server/content/source.ts), checked at start (instrumentation.ts); in development and in
// editing mode the files are looked at on every call so edits show up, and parsed again only when
// their version (a hash of their texts) has changed. A broken file throws a ContentError listing every problem with file, line and
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
import { contentSource } from "@/server/content/source";

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

interface LoadedContent {
  version: string;
  glossary: { entries: GlossaryEntry[]; problems: Problem[] };
  articles: { articles: Article[]; problems: Problem[] };
}

let current: LoadedContent | undefined;

/**
 * The content, parsed and checked once per version: while the files stay as they were, every
 * call returns the same objects, so whatever is kept per content (server/corpus.ts) stays.
 */
function loadedContent(): LoadedContent {
  const snapshot = contentSource().snapshot();
  if (current?.version !== snapshot.version) {
    const glossary = loadGlossary(snapshot.glossary);
    const articles = loadArticles(snapshot.articles);
    current = { version: snapshot.version, glossary: { entries: glossary.entries, problems: glossary.problems.filter(isError) }, articles: { articles: articles.articles, problems: articles.problems.filter(isError) } };
  }
  return current;
}

/** The version of the content the server answers from (a hash of its files). */
export const contentVersion = (): string => loadedContent().version;

export function readGlossary(): GlossaryEntry[] {
  const { entries, problems } = loadedContent().glossary;
  throwOnErrors("The glossary", problems);
  return entries;
}

export function readArticles(): Article[] {
  const { articles, problems } = loadedContent().articles;
  throwOnErrors("The articles", problems);
  return articles;
}

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
