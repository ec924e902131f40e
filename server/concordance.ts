// Every occurrence of every glossary term in the articles and their translations, found by the
// term engine once per render pass; the entry pages look their own lines up.
import "server-only";
import { cache } from "react";
import { annotate } from "@/lib/annotate";
import { buildConcordance, type Occurrence } from "@/lib/concordance/occurrences";
import { getArticles, getTermIndex } from "@/server/content";

const getConcordance = cache(
  (): Map<string, Occurrence[]> => buildConcordance(getArticles(), (text, lang) => annotate(text, getTermIndex(lang))),
);

export function getOccurrences(entryId: string): Occurrence[] {
  return getConcordance().get(entryId) ?? [];
}
