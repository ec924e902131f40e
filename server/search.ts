// The glossary search index, built once per glossary (server/corpus.ts's perContent: until the
// next build in production), and one page of a search's results, as the glossary page and
// /api/search both answer.
import "server-only";
import { annotate } from "@/lib/annotate";
import { pageOf, type PageSlice } from "@/lib/paging";
import { buildSearchIndex, RESULTS_PER_PAGE, searchGlossary, toResultRow, type SearchParams, type SearchOptions, type SearchResult } from "@/lib/search";
import type { ResultRow } from "@/lib/search/result-row";
import { getGlossary, getTermIndex } from "@/server/content";
import { perContent } from "@/server/corpus";

const searchIndex = perContent(
  () => buildSearchIndex(getGlossary(), (text, lang) => annotate(text, getTermIndex(lang))),
  () => [getGlossary()],
);

function searchEntries(query: string, options: SearchOptions = {}): SearchResult[] {
  return searchGlossary(searchIndex(), query, options);
}

/** The page of results the parameters ask for, with the number of results in all. */
export function searchPage({ q, domain, page }: SearchParams): { rows: ResultRow[]; total: number; slice: PageSlice } {
  const results = searchEntries(q, domain ? { domain } : {});
  const slice = pageOf(results.length, page, RESULTS_PER_PAGE);
  return { rows: results.slice(slice.start, slice.end).map(toResultRow), total: results.length, slice };
}
