// Every occurrence of every glossary term in the articles and their translations, found by the
// term engine. Built once per loaded set of articles (so once per process in production, where
// content is read once, and afresh after an edit in development); entry pages look their lines up.
import "server-only";
import { annotate } from "@/lib/annotate";
import type { Article } from "@/lib/articles/parse";
import { buildConcordance, type Occurrence } from "@/lib/concordance/occurrences";
import { getArticles, getTermIndex } from "@/server/content";

const built = new WeakMap<readonly Article[], Map<string, Occurrence[]>>();

export function getConcordance(): Map<string, Occurrence[]> {
  const articles = getArticles();
  let concordance = built.get(articles);
  if (!concordance) {
    concordance = buildConcordance(articles, (text, lang) => annotate(text, getTermIndex(lang)));
    built.set(articles, concordance);
  }
  return concordance;
}

export function getOccurrences(entryId: string): Occurrence[] {
  return getConcordance().get(entryId) ?? [];
}
