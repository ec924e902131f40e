// Reads the glossary page's and the search API's query parameters (?q=…&domain=…&page=…), the
// same way for both. An unknown domain is ignored rather than answered with nothing; a page that
// is not a number is named back to the reader (lib/paging.ts).
import { DOMAINS, type Domain } from "@/lib/glossary/schema";
import { readPage } from "@/lib/paging";

/** Longer queries cannot be a term; cutting keeps the engine's work per request small. */
export const MAX_QUERY_CHARS = 200;

/** Rows on one page of the glossary (and in one answer of the search API). */
export const RESULTS_PER_PAGE = 50;

export interface SearchParams {
  q: string;
  domain?: Domain;
  /** The page asked for (1 when none); null when the parameter is not a page number. */
  page: number | null;
  /** The page parameter as sent, to name it when it is not understood. */
  pageText: string;
}

const isDomain = (value: unknown): value is Domain => typeof value === "string" && (DOMAINS as readonly string[]).includes(value);

export function readSearchParams(get: (name: string) => string | string[] | null | undefined): SearchParams {
  const first = (value: string | string[] | null | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";
  const q = first(get("q")).slice(0, MAX_QUERY_CHARS);
  const domain = first(get("domain"));
  const pageText = first(get("page")).slice(0, MAX_QUERY_CHARS);
  const page = readPage(pageText);
  return isDomain(domain) ? { q, domain, page, pageText } : { q, page, pageText };
}
