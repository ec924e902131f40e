// Glossary search: build the index once, then query it. See search.ts for the ranking.
export { buildSearchIndex, kazakhCollator } from "./build-index";
export { searchGlossary, type SearchOptions } from "./search";
export { MATCH_KINDS, type MatchKind, type MatchWhy, type SearchIndex, type SearchResult, type SpanFinder } from "./types";
export { toResultRow, type ResultRow } from "./result-row";
export { readSearchParams, MAX_QUERY_CHARS, RESULTS_PER_PAGE, type SearchParams } from "./params";
