// Every occurrence of every glossary term in the articles and their translations, found by the
// term engine: as lines (for the exports' context sentences) and as aligned kk | ru | en triples
// (for the entry pages). Each built once per content from the corpus's spans (server/corpus.ts);
// entry pages look their triples up and pick one page of them.
import "server-only";
import { buildAlignedConcordance, type Triple } from "@/lib/concordance/aligned";
import { buildConcordance, type Occurrence } from "@/lib/concordance/occurrences";
import { getArticles } from "@/server/content";
import { corpusSpans, perContent } from "@/server/corpus";

export const getConcordance: () => Map<string, Occurrence[]> = perContent(() => buildConcordance(getArticles(), corpusSpans));

const getAlignedConcordance = perContent(() => buildAlignedConcordance(getArticles(), corpusSpans));

/** The entry's triples, in article and paragraph order (empty when it occurs nowhere). */
export function getTriples(entryId: string): readonly Triple[] {
  return getAlignedConcordance().get(entryId) ?? [];
}
