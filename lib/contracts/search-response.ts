// What GET /api/search answers (app/api/search/route.ts builds it, the glossary page's search
// form reads it): the total, the page sent of how many, and that page's result rows, each with
// why it matched.
import { SUFFIX_TAGS, type Analysis, type Suffix } from "@/lib/annotate/types";
import { LANGS } from "@/lib/glossary/langs";
import type { ResultRow } from "@/lib/search/result-row";
import { MATCH_KINDS, type MatchWhy } from "@/lib/search/types";
import { isDomain, isStatus } from "./glossary-values";
import { arrayOf, isNumber, isString, oneOf, shape, type Guard } from "./guard";

export interface SearchResponse {
  /** How many entries matched; `results` holds one page of them. */
  total: number;
  /** The page sent (1-based) and the number of pages. */
  page: number;
  pages: number;
  results: ResultRow[];
}

const isSuffix: Guard<Suffix> = shape<Suffix>({ form: isString, tag: oneOf(SUFFIX_TAGS) });

export const isAnalysis: Guard<Analysis> = shape<Pick<Analysis, "lemma" | "stem" | "suffixes">, Pick<Analysis, "hyphen">>(
  { lemma: isString, stem: isString, suffixes: arrayOf(isSuffix) },
  { hyphen: isString },
);

const isMatchWhy: Guard<MatchWhy> = shape<Pick<MatchWhy, "form" | "lang">, Omit<MatchWhy, "form" | "lang">>(
  { form: isString, lang: oneOf(LANGS) },
  { query: isString, analysis: isAnalysis, typed: oneOf(["keyboard", "roman"]), edits: isNumber },
);

const isResultRow: Guard<ResultRow> = shape<Omit<ResultRow, "why">, Pick<ResultRow, "why">>(
  {
    id: isString,
    kk: isString,
    ru: isString,
    en: isString,
    domains: arrayOf(isDomain),
    status: isStatus,
    // An empty query lists the glossary: its rows are "browse", not a match.
    kind: oneOf([...MATCH_KINDS, "browse"]),
    matched: isString,
  },
  { why: isMatchWhy },
);

export const isSearchResponse: Guard<SearchResponse> = shape<SearchResponse>({ total: isNumber, page: isNumber, pages: isNumber, results: arrayOf(isResultRow) });
