// Reads the glossary page's and the search API's query parameters (?q=…&domain=…), the same way
// for both. An unknown domain is ignored rather than answered with nothing.
import { DOMAINS, type Domain } from "@/lib/glossary/schema";

/** Longer queries cannot be a term; cutting keeps the engine's work per request small. */
export const MAX_QUERY_CHARS = 200;

export interface SearchParams {
  q: string;
  domain?: Domain;
}

const isDomain = (value: unknown): value is Domain => typeof value === "string" && (DOMAINS as readonly string[]).includes(value);

export function readSearchParams(get: (name: string) => string | string[] | null | undefined): SearchParams {
  const first = (value: string | string[] | null | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";
  const q = first(get("q")).slice(0, MAX_QUERY_CHARS);
  const domain = first(get("domain"));
  return isDomain(domain) ? { q, domain } : { q };
}
