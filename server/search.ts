// The glossary search index, built once per server process from the glossary and the term
// engine's indexes (content does not change while the server runs; a new build reloads it).
import "server-only";
import { annotate } from "@/lib/annotate";
import type { GlossaryEntry } from "@/lib/glossary/schema";
import { buildSearchIndex, searchGlossary, type SearchIndex, type SearchOptions, type SearchResult } from "@/lib/search";
import { getGlossary, getTermIndex } from "@/server/content";

let built: { entries: readonly GlossaryEntry[]; index: SearchIndex } | undefined;

function searchIndex(): SearchIndex {
  const entries = getGlossary();
  if (built?.entries !== entries) {
    built = { entries, index: buildSearchIndex(entries, (text, lang) => annotate(text, getTermIndex(lang))) };
  }
  return built.index;
}

export function searchEntries(query: string, options: SearchOptions = {}): SearchResult[] {
  return searchGlossary(searchIndex(), query, options);
}
