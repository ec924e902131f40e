// Every occurrence of every glossary term in the articles and their translations, found by the
// term engine: as lines (for the exports' context sentences) and as aligned kk | ru | en triples
// (for the entry pages). Each built once per loaded set of articles (so once per process in
// production, where content is read once, and afresh after an edit in development); entry pages
// look their triples up and pick one page of them.
import "server-only";
import { annotate } from "@/lib/annotate";
import type { Article } from "@/lib/articles/parse";
import { buildAlignedConcordance, type Triple } from "@/lib/concordance/aligned";
import { buildConcordance, type Occurrence, type SpanFinder } from "@/lib/concordance/occurrences";
import { getArticles, getTermIndex } from "@/server/content";

const findSpans: SpanFinder = (text, lang) => annotate(text, getTermIndex(lang));
/** The same spans, each with the terms inside it that it won over, for marking a term inside a longer one. */
const findSpansWithInner: SpanFinder = (text, lang) => annotate(text, getTermIndex(lang), { inner: true });

function cachedPerArticles<T>(build: (articles: readonly Article[]) => T): () => T {
  const built = new WeakMap<readonly Article[], T>();
  return () => {
    const articles = getArticles();
    let value = built.get(articles);
    if (value === undefined) {
      value = build(articles);
      built.set(articles, value);
    }
    return value;
  };
}

export const getConcordance: () => Map<string, Occurrence[]> = cachedPerArticles((articles) => buildConcordance(articles, findSpans));

const getAlignedConcordance = cachedPerArticles((articles) => buildAlignedConcordance(articles, findSpansWithInner));

/** The entry's triples, in article and paragraph order (empty when it occurs nowhere). */
export function getTriples(entryId: string): readonly Triple[] {
  return getAlignedConcordance().get(entryId) ?? [];
}
