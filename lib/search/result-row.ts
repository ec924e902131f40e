// What a search result shows (and what travels to the browser for as-you-type results): the
// three terms, domains, status, how it matched and why (the name matched, the query's form and
// its grammar). No definitions: the entry page has those.
import type { Domain, Status } from "@/lib/glossary/schema";
import type { MatchWhy, SearchResult } from "./types";

export interface ResultRow {
  id: string;
  kk: string;
  ru: string;
  en: string;
  domains: Domain[];
  status: Status;
  kind: SearchResult["kind"];
  matched: string;
  why?: MatchWhy;
}

export function toResultRow({ entry, kind, matched, why }: SearchResult): ResultRow {
  return {
    id: entry.id,
    kk: entry.kk.term,
    ru: entry.ru.term,
    en: entry.en.term,
    domains: [...entry.domains],
    status: entry.status,
    kind,
    matched,
    ...(why ? { why } : {}),
  };
}
